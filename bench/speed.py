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


def measure_mapper(path: str, chunk_size: int) -> dict:
    """Time each stage of the streaming run (``mapper run``, no map) over a JSON Lines corpus."""
    import mapper
    import mapper.pipeline as pipeline_module
    from mapper.collect import FileCollector
    from mapper.pipeline import Pipeline, _chunks

    # the stages are timed in CPU time (the machine is shared): the pipeline's clock is swapped for it
    pipeline_module.time = types.SimpleNamespace(perf_counter=time.process_time)
    t0 = time.perf_counter()
    pipeline = Pipeline(mapper.load_boundaries(), mapper.OfflineGazetteer(), merge=True)
    _ = pipeline.extractor  # loads the gazetteer index
    startup = time.perf_counter() - t0
    timings: dict[str, float] = {"read": 0.0, "write": 0.0}
    n = 0
    with tempfile.TemporaryDirectory() as out:
        collector = FileCollector(pipeline, out)
        clock = time.process_time
        t = clock()
        per_chunk = []  # CPU seconds per report of each chunk, read to write
        for chunk in _chunks(mapper.iter_reports([path]), chunk_size):
            timings["read"] += clock() - t
            done = pipeline.process(chunk, timings)
            t_write = clock()
            collector.add(done)
            n += len(chunk)
            timings["write"] += clock() - t_write
            per_chunk.append((clock() - t) / len(chunk))
            t = clock()
        summary = collector.finish(map_html=False).summary
        timings["write"] += clock() - t
    total = sum(timings.values())
    return {"tool": "mapper", "reports": n, "startup_s": startup, **{f"{k}_s": v for k, v in timings.items()},
            "total_s": total, "reports_per_s": n / total, "incidents": summary["incidents"],
            "drift": drift(per_chunk), "maxrss_mb": _maxrss_mb()}


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
    return {"lang": lang, "reports": n, "chars": chars, "total_s": total, "us_per_report": 1e6 * total / n,
            "us_per_char": 1e6 * total / chars}


def language_rows(n: int) -> list[str]:
    """A table row per language: extraction time per report and per character, and per character
    against English's."""
    rows, base = [], None
    for lang in ("en", "ru", "uk"):
        m = _sub("extract", lang, str(n))
        base = base or m["us_per_char"]
        rows.append(f"| {lang} | {n:,} | {m['chars'] / n:,.0f} | {m['us_per_report']:,.0f} | "
                    f"{m['us_per_char']:.2f} | {m['us_per_char'] / base:.2f}× |")
        print(rows[-1], flush=True)
    return ["| language | reports | characters per report | µs per report | µs per character | per character "
            "vs en |", "|---|---|---|---|---|---|", *rows]


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


STAGES = ("read", "extract", "geocode+join", "count", "write")


def _median(runs: list[dict]) -> dict:
    """Per key, the median of the runs' numbers (peak memory: the largest)."""
    out = dict(runs[0])
    for key, value in runs[0].items():
        if isinstance(value, (int, float)) and key != "reports":
            out[key] = (max if key == "maxrss_mb" else statistics.median)([r[key] for r in runs])
    out["reports_per_s"] = out["reports"] / out["total_s"]
    return out


def _sub(kind: str, *args: str) -> dict:
    cmd = [sys.executable, "-m", "bench.speed", "--measure", kind, *args]
    env = dict(os.environ, PYTHONPATH=str(ROOT), OMP_NUM_THREADS="1")
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, cwd=ROOT, env=env).stdout
    return json.loads(out.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    p.add_argument("--points", type=int, default=1_000_000)
    p.add_argument("--chunk-size", type=int, default=2000)
    p.add_argument("--no-geotext", action="store_true")
    p.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    p.add_argument("--lang-reports", type=int, default=2000,
                   help="generated reports per language for the extraction rows (0: none)")
    p.add_argument("--markdown", help="also write the table to this file")
    p.add_argument("--measure", help=argparse.SUPPRESS)
    p.add_argument("args", nargs="*", help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.measure:
        fn = {"mapper": lambda: measure_mapper(a.args[0], int(a.args[1])),
              "geotext": lambda: measure_geotext(a.args[0]),
              "floor": lambda: measure_floor(a.args[0], int(a.args[1])),
              "sjoin": lambda: measure_sjoin(int(a.args[0])),
              "extract": lambda: measure_extract(a.args[0], int(a.args[1]))}[a.measure]
        print(json.dumps(fn()))
        return

    from bench.corpus import write_jsonl

    rows, ratios = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for size in a.sizes:
            path = write_jsonl(Path(tmp) / f"corpus-{size}.jsonl", size)
            mb = path.stat().st_size / 1e6
            f = _sub("floor", str(path), str(a.repeat))
            m = _median([_sub("mapper", str(path), str(a.chunk_size)) for _ in range(a.repeat)])
            rows.append(f"| mapper | {size:,} ({mb:.0f} MB) | {m['reports_per_s']:,.0f} | {m['total_s']:.1f} | "
                        f"{m['read_s']:.1f} / {m['extract_s']:.1f} / {m['geocode+join_s']:.1f} / "
                        f"{m['count_s']:.1f} / {m['write_s']:.1f} | {m['drift']:.2f} | {m['maxrss_mb']:,.0f} |")
            print(rows[-1], flush=True)
            rows.append(f"| floor: pyahocorasick, every cities500 name | {size:,} ({mb:.0f} MB) | "
                        f"{f['reports_per_s']:,.0f} | {f['total_s']:.2f} | – | – | {f['maxrss_mb']:,.0f} |")
            print(rows[-1], flush=True)
            ratios.append(f"| {size:,} | {m['total_s'] / f['total_s']:.0f}× | " + " / ".join(
                f"{m[k + '_s'] / f['total_s']:.1f}×" for k in STAGES) + " |")
            if not a.no_geotext:
                g = _sub("geotext", str(path))
                rows.append(f"| geotext 0.4 (cities only) | {size:,} ({mb:.0f} MB) | {g['reports_per_s']:,.0f} | "
                            f"{g['total_s']:.1f} | – | – | {g['maxrss_mb']:,.0f} |")
                print(rows[-1], flush=True)
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
    print()
    print(table)
    if a.markdown:
        Path(a.markdown).write_text(table, encoding="utf-8")


if __name__ == "__main__":
    main()
