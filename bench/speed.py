"""Speed and memory of mapper's pipeline, stage by stage, beside geotext, and a 1M-point spatial join.

Usage::

    python -m bench.speed                 # 10k and 100k generated reports (a few minutes)
    python -m bench.speed --sizes 2000    # quicker
    python -m bench.speed --markdown bench/results.md

Each measurement runs in a fresh subprocess (so peak memory is its own), on one
core, short of rendering the map, as CPU time, the median of ``--repeat`` runs (3). The
corpus comes from :mod:`bench.corpus`. ``last / first quarter`` is the median CPU time per
report of the run's last quarter of chunks over that of its first: whether a report costs more
late in a large run, measured within one run (the machine's load moves times between runs).

The floor, measured in the same run: a pyahocorasick automaton over every cities500 name
and alternate name, scanning the same texts for names between word boundaries (both
lower-cased, runs of non-word characters made one space); the time to find names at all. mapper's stages are shown
as multiples of it.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import statistics
import time
import tracemalloc
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _maxrss_mb() -> float:
    """Peak resident memory of this process since its exec (``VmHWM``; ``ru_maxrss`` counts the parent's)."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _vm(key: str) -> float:
    """A ``/proc/self/status`` memory figure of this process in MB (``VmRSS``, ``VmHWM``), 0 where unknown."""
    try:
        for line in open("/proc/self/status", encoding="ascii"):
            if line.startswith(key + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _top_by_file(snapshot, limit: int = 8) -> list[list]:
    """The files holding the most memory in a :mod:`tracemalloc` snapshot: ``[file, MB, blocks]``."""
    root = str(ROOT) + os.sep
    stats = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)]).statistics("filename")
    return [[s.traceback[0].filename.replace(root, ""), s.size / 1e6, s.count] for s in stats[:limit]]


def measure_mapper(path: str, chunk_size: int, trace: bool = False) -> dict:
    """Time each stage of the streaming run (``mapper run``, no map) over a JSON Lines corpus.

    With ``trace``, :mod:`tracemalloc` follows the run (slower) and what it holds at the end of the
    stream and at its peak is given by file (``memory_by_file``)."""
    import mapper
    import mapper.pipeline as pipeline_module
    from mapper.collect import FileCollector
    from mapper.pipeline import Pipeline, _chunks

    # the stages are timed in CPU time (the machine is shared): the pipeline's clock is swapped for it
    pipeline_module.time = types.SimpleNamespace(perf_counter=time.process_time)
    t0 = time.perf_counter()
    pipeline = Pipeline(mapper.load_boundaries(), mapper.OfflineGazetteer(), merge=True)
    _ = pipeline.extractor  # loads the gazetteer index
    startup, startup_mb = time.perf_counter() - t0, _vm("VmRSS")
    timings: dict[str, float] = {"read": 0.0, "write": 0.0}
    n = 0
    if trace:
        tracemalloc.start()
    with tempfile.TemporaryDirectory() as out:
        collector = FileCollector(pipeline, out)
        clock = time.process_time
        t = clock()
        per_chunk = []  # CPU seconds per report of each chunk, read to write
        for chunk in _chunks(mapper.iter_reports([path]), chunk_size):
            timings["read"] += clock() - t
            staged = sum(timings.values())
            t_process = clock()
            done = pipeline.process(chunk, timings)
            t_write = clock()
            # what process() does besides its timed stages (the chunk's report, mention and unresolved rows)
            timings["write"] += (t_write - t_process) - (sum(timings.values()) - staged)
            collector.add(done)
            n += len(chunk)
            timings["write"] += clock() - t_write
            per_chunk.append((clock() - t) / len(chunk))
            t = clock()
        stream_mb = _vm("VmHWM")
        held = _top_by_file(tracemalloc.take_snapshot()) if trace else []
        summary = collector.finish(map_html=False).summary
        finish = clock() - t
        timings["write"] += finish
    total = sum(timings.values())
    memory = {"held_at_end_of_stream": held, "traced_peak_mb": tracemalloc.get_traced_memory()[1] / 1e6} \
        if trace else {}
    tracemalloc.stop()
    return {"tool": "mapper", "reports": n, "startup_s": startup, **{f"{k}_s": v for k, v in timings.items()},
            "total_s": total, "finish_s": finish, "reports_per_s": n / total, "incidents": summary["incidents"],
            "places": summary["places"], "events": summary["events"], "drift": drift(per_chunk),
            "maxrss_mb": _maxrss_mb(), "startup_mb": startup_mb, "stream_peak_mb": stream_mb,
            "memory_by_file": memory}


def drift(per_chunk: list[float]) -> float:
    """How much more a report costs at the end of a run than at its start, within the run: the median
    cost per report of the last quarter of the chunks over that of the first (the first chunk, which
    warms caches, left out); 1.0 when there are fewer than 9 chunks."""
    if len(per_chunk) < 9:
        return 1.0
    quarter = (len(per_chunk) - 1) // 4
    return statistics.median(per_chunk[-quarter:]) / statistics.median(per_chunk[1:1 + quarter])


_NOT_WORD = re.compile(r"[\W_]+")


def floor_automaton():
    """A pyahocorasick automaton over every cities500 name, ASCII name and alternate name: each
    lower-cased, its runs of other characters than letters and digits made one space, between spaces."""
    import ahocorasick

    from mapper.gazetteer import default_source

    places = json.loads(default_source().read_bytes())
    automaton = ahocorasick.Automaton()
    for rec in places.values() if isinstance(places, dict) else places:
        for name in (rec.get("name") or "", rec.get("asciiname") or "", *(rec.get("alternatenames") or ())):
            key = _NOT_WORD.sub(" ", name.lower()).strip()
            if len(key) >= 2:
                automaton.add_word(f" {key} ", len(key))
    automaton.make_automaton()
    return automaton


def floor_scan(automaton, texts: list[str]) -> int:
    """Names found in ``texts`` between word boundaries (the text folded as the names are, so that
    every match of the automaton stands between spaces)."""
    found = 0
    for text in texts:
        for _ in automaton.iter(" " + _NOT_WORD.sub(" ", text.lower()) + " "):
            found += 1
    return found


def measure_floor(path: str, repeat: int) -> dict:
    """CPU time of the floor over the texts of a corpus (read once, not timed): median of ``repeat`` scans."""
    automaton = floor_automaton()
    with open(path, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    times = []
    for _ in range(repeat):
        t = time.process_time()
        found = floor_scan(automaton, texts)
        times.append(time.process_time() - t)
    total = statistics.median(times)
    return {"tool": "floor", "reports": len(texts), "total_s": total, "reports_per_s": len(texts) / total,
            "names": found, "maxrss_mb": _maxrss_mb()}


def measure_extract(lang: str, n: int) -> dict:
    """Extraction alone (mentions and events, no geocoding) of ``n`` generated reports in one language:
    time per report and per character, after one report has loaded the index and dictionaries."""
    import mapper
    from bench.corpus import reports, slavic_reports
    from mapper.pipeline import Pipeline

    recs = list(reports(n) if lang == "en" else slavic_reports(n, lang))
    items = [mapper.Report(r["id"], r["text"], lang=lang) for r in recs]
    extractor = Pipeline(mapper.load_boundaries(), mapper.OfflineGazetteer(), merge=True).extractor
    extractor.extract(mapper.Report("warm", recs[-1]["text"] + " " + recs[0]["text"], lang=lang))
    t = time.process_time()
    for r in items:
        extractor.extract(r)
    total = time.process_time() - t
    chars = sum(len(r.text) for r in items)
    automaton, texts, floors = floor_automaton(), [r.text for r in items], []
    for _ in range(3):  # the floor over the same texts, in the same run (median of 3 scans)
        t = time.process_time()
        floor_scan(automaton, texts)
        floors.append(time.process_time() - t)
    return {"lang": lang, "reports": n, "chars": chars, "total_s": total, "us_per_report": 1e6 * total / n,
            "us_per_char": 1e6 * total / chars, "floor_s": statistics.median(floors)}


def language_rows(n: int) -> list[str]:
    """A table row per language: extraction time per report and per character, per character against
    English's, and as a multiple of the floor over the same texts in the same run."""
    rows = []
    for lang in ("en", "ru", "uk"):
        rows.append(language_row(_sub("extract", lang, str(n)), rows[0] if rows else None))
        print(rows[-1]["row"], flush=True)
    return ["| language | reports | characters per report | µs per report | µs per character | per character "
            "vs en | floor µs per report | extraction × floor |", "|---" * 8 + "|", *(r["row"] for r in rows)]


def language_row(m: dict, base: dict | None) -> dict:
    """One language's row of :func:`language_rows` (``base``: English's, None for English itself)."""
    n, per_char = m["reports"], m["us_per_char"]
    ratio = per_char / (base["us_per_char"] if base else per_char)
    row = (f"| {m['lang']} | {n:,} | {m['chars'] / n:,.0f} | {m['us_per_report']:,.0f} | {per_char:.2f} | "
           f"{ratio:.2f}× | {1e6 * m['floor_s'] / n:,.1f} | {m['total_s'] / m['floor_s']:.1f}× |")
    return {"us_per_char": per_char, "row": row}


def measure_geotext(path: str) -> dict:
    """geotext's city and country extraction over the same corpus (run in a subprocess)."""
    from geotext import GeoText

    GeoText("warm up the index")
    n = found = 0
    t = time.perf_counter()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            g = GeoText(json.loads(line)["text"])
            found += len(g.cities)
            n += 1
    total = time.perf_counter() - t
    return {"tool": "geotext", "reports": n, "total_s": total, "reports_per_s": n / total, "cities": found,
            "maxrss_mb": _maxrss_mb()}


def measure_sjoin(points: int) -> dict:
    """Join random points to the shipped regions with geopandas' spatial index."""
    import geopandas as gpd
    import numpy as np

    import mapper

    regions = mapper.load_boundaries()
    rng = np.random.default_rng(0)
    xs, ys = rng.uniform(22, 60, points), rng.uniform(44, 60, points)
    pts = gpd.GeoDataFrame(geometry=gpd.points_from_xy(xs, ys), crs=4326)
    t = time.perf_counter()
    joined = gpd.sjoin(pts, regions[["region_code", "geometry"]], how="left", predicate="within")
    total = time.perf_counter() - t
    return {"tool": "sjoin", "points": points, "total_s": total, "matched": int(joined["region_code"].notna().sum()),
            "maxrss_mb": _maxrss_mb()}


SIZES = [10_000, 100_000]
STAGES = ("read", "extract", "geocode+join", "count", "write")


def _median(runs: list[dict]) -> dict:
    """Per key, the median of the runs' numbers (memory: the largest)."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, (int, float)) and key != "reports":
            out[key] = (max if key.endswith("_mb") else statistics.median)([r[key] for r in runs])
    out["reports_per_s"] = out["reports"] / out["total_s"]
    return out


def _days(path: Path) -> int:
    """Distinct report days of a JSON Lines corpus."""
    with open(path, encoding="utf-8") as fh:
        return len({json.loads(line).get("date") for line in fh})


def _flat_row(size: int, runs: int, m: dict, base: dict | None, days: int) -> str:
    us = {k: 1e6 * m[k + "_s"] / size for k in STAGES}
    after = sum(us.values()) - us["extract"]
    stream = 1e6 * (m["total_s"] - m["finish_s"]) / size
    ratio = "1.00" if base is None else f"{stream / (1e6 * (base['total_s'] - base['finish_s']) / base['reports']):.2f}"
    return (f"| {size:,} | {runs} | {1e6 * m['total_s'] / size:,.0f} | " + " / ".join(f"{us[k]:,.0f}" for k in STAGES)
            + f" | {after:,.0f} | {stream:,.0f} | {m['finish_s']:.2f} | {ratio} | {m['drift']:.2f} | "
            f"{m['startup_mb']:,.0f} | {m['stream_peak_mb']:,.0f} | "
            f"{m['maxrss_mb']:,.0f} | {days:,} / {m['places']:,.0f} / {m['incidents']:,.0f} |")


def flat(sizes: list[int], repeat: int, chunk_size: int, trace_sizes: list[int]) -> str:
    """Whether a report costs the same at any corpus size, and what memory grows with: per size, CPU
    per report by stage (the median of several runs below 100,000 reports), in the stream alone (each
    chunk read, processed and written: what each report costs) and the seconds to finish (the incidents
    merged and written, the regions, places and incident points files: what a run costs once, or per
    region, place and incident rather than per report), the drift within the run,
    memory after startup, at the end of the stream and at the peak; with ``trace_sizes``, what the
    run holds at the end of its stream by file (:mod:`tracemalloc`, one run each, slower)."""
    from bench.corpus import write_jsonl

    rows, traced, base = [], {}, None
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(set(sizes) | set(trace_sizes)):
            path = write_jsonl(Path(tmp) / f"corpus-{size}.jsonl", size)
            if size in sizes:
                runs = max(1, min(repeat, 100_000 // size))
                m = _median([_sub("mapper", str(path), str(chunk_size)) for _ in range(runs)])
                rows.append(_flat_row(size, runs, m, base, _days(path)))
                base = base or m
                print(rows[-1], flush=True)
            if size in trace_sizes:
                traced[size] = _sub("mapper", str(path), str(chunk_size), "trace")["memory_by_file"]
    out = ["| reports | runs | µs per report | " + " / ".join(STAGES) + " (µs per report) | after extraction | "
           "µs per report read to written (the stream) | s to finish | stream × first size | last / first quarter | "
           "MB after startup | MB peak in stream | MB peak | "
           "days / places / incidents |", "|---" * 13 + "|", *rows]
    if traced:
        out += ["", "Held at the end of the stream (tracemalloc, by file, MB):", "",
                "| file | " + " | ".join(f"{s:,} reports" for s in traced) + " |", "|---|" + "---|" * len(traced)]
        files = list(dict.fromkeys(f for t in traced.values() for f, _, _ in t["held_at_end_of_stream"]))
        held = {s: {f: mb for f, mb, _ in t["held_at_end_of_stream"]} for s, t in traced.items()}
        out += [f"| {f} | " + " | ".join(f"{held[s].get(f, 0):.1f}" for s in traced) + " |" for f in files]
        out.append("| traced peak | " + " | ".join(f"{t['traced_peak_mb']:.1f}" for t in traced.values()) + " |")
    return "\n".join(out) + "\n"


def _sub(kind: str, *args: str) -> dict:
    cmd = [sys.executable, "-m", "bench.speed", "--measure", kind, *args]
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=SIZES,
                   help="reports in each generated corpus (default 10000 100000)")
    p.add_argument("--points", type=int, default=1_000_000,
                   help="random points of the spatial join (default 1000000)")
    p.add_argument("--chunk-size", type=int, default=2000, help="mapper's --chunk-size (default 2000)")
    p.add_argument("--no-geotext", action="store_true", help="leave out the geotext rows")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    p.add_argument("--lang-reports", type=int, default=2000,
                   help="generated reports per language for the extraction rows (0: none)")
    p.add_argument("--markdown", help="also write the table to this file")
    p.add_argument("--flat", action="store_true",
                   help="cost per report and memory at each of --sizes (default 1k, 10k, 50k, 200k) instead")
    p.add_argument("--trace", type=int, nargs="*", default=[],
                   help="with --flat: sizes also run under tracemalloc, what memory holds shown by file")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    return p


def _measure_one(a: argparse.Namespace) -> dict:
    """One measurement in this (child) process, as ``--measure NAME ARGS`` asks."""
    fn = {"mapper": lambda: measure_mapper(a.args[0], int(a.args[1]), a.args[2:] == ["trace"]),
          "geotext": lambda: measure_geotext(a.args[0]),
          "floor": lambda: measure_floor(a.args[0], int(a.args[1])),
          "sjoin": lambda: measure_sjoin(int(a.args[0])),
          "extract": lambda: measure_extract(a.args[0], int(a.args[1]))}[a.measure]
    return fn()


def _size_rows(path: Path, size: int, a: argparse.Namespace) -> tuple[list[str], str]:
    """The table rows of one corpus size (mapper, the floor, geotext) and its row of ratios to the floor."""
    mb = path.stat().st_size / 1e6
    f = _sub("floor", str(path), str(a.repeat))
    m = _median([_sub("mapper", str(path), str(a.chunk_size)) for _ in range(a.repeat)])
    rows = [f"| mapper | {size:,} ({mb:.0f} MB) | {m['reports_per_s']:,.0f} | {m['total_s']:.1f} | "
            f"{m['read_s']:.1f} / {m['extract_s']:.1f} / {m['geocode+join_s']:.1f} / "
            f"{m['count_s']:.1f} / {m['write_s']:.1f} | {m['drift']:.2f} | {m['maxrss_mb']:,.0f} |",
            f"| floor: pyahocorasick, every cities500 name | {size:,} ({mb:.0f} MB) | "
            f"{f['reports_per_s']:,.0f} | {f['total_s']:.2f} | – | – | {f['maxrss_mb']:,.0f} |"]
    ratio = f"| {size:,} | {m['total_s'] / f['total_s']:.0f}× | " + " / ".join(
        f"{m[k + '_s'] / f['total_s']:.1f}×" for k in STAGES) + " |"
    if not a.no_geotext:
        g = _sub("geotext", str(path))
        rows.append(f"| geotext 0.4 (cities only) | {size:,} ({mb:.0f} MB) | {g['reports_per_s']:,.0f} | "
                    f"{g['total_s']:.1f} | – | – | {g['maxrss_mb']:,.0f} |")
    for row in rows:
        print(row, flush=True)
    return rows, ratio


def _show(table: str, markdown: str | None) -> None:
    """Print the table, and write it to ``markdown`` when asked."""
    print()
    print(table)
    if markdown:
        Path(markdown).write_text(table, encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    a = _parser().parse_args(argv)
    if a.measure:
        print(json.dumps(_measure_one(a)))
        return
    if a.flat:
        sizes = a.sizes if a.sizes != SIZES else [1_000, 10_000, 50_000, 200_000]
        _show(flat(sizes, a.repeat, a.chunk_size, a.trace), a.markdown)
        return

    from bench.corpus import write_jsonl

    rows, ratios = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in a.sizes:
            size_rows, ratio = _size_rows(write_jsonl(Path(tmp) / f"corpus-{size}.jsonl", size), size, a)
            rows += size_rows
            ratios.append(ratio)
    s = _sub("sjoin", str(a.points))
    join = f"Spatial join of {s['points']:,} random points to the shipped regions: {s['total_s']:.2f} s " \
           f"({s['matched']:,} inside a region), peak memory {s['maxrss_mb']:,.0f} MB."
    langs = language_rows(a.lang_reports) if a.lang_reports else []
    table = "\n".join([
        "| tool | reports | reports/s | seconds | read / extract / geocode+join / count / write (s) | "
        "last / first quarter | peak MB |", "|---|---|---|---|---|---|---|", *rows]) + "\n\n" + "\n".join([
        "mapper's CPU time as a multiple of the floor's (same corpus, same run):", "",
        "| reports | streaming run | " + " / ".join(STAGES) + " |", "|---|---|---|", *ratios]) + "\n\n" + join + "\n" \
        + ("\n" + "\n".join(langs) + "\n" if langs else "")
    _show(table, a.markdown)


if __name__ == "__main__":
    main()
