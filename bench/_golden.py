"""Golden outputs for refactoring: run mapper on fixed inputs and keep every file, to diff later.

Usage::

    python -m bench._golden write /tmp/before        # before a change
    python -m bench._golden write /tmp/after         # after it
    python -m bench._golden compare /tmp/before /tmp/after [--ignore-column rule]

Inputs: the example report; every report text written in ``tests/test_pipeline.py`` and
``tests/test_extract.py`` (each string literal that reads like a sentence, one report each);
and 2,000 generated reports (``bench.corpus``, seed 0). The last two are written once to
``/tmp/mapper-golden-inputs`` and reused, so later runs read the same reports. For each, the streaming run's files
(``write_run``, with the map) and, from the in-memory run, the mentions table and what the
extractor found per report (people, actors, country cues, events' flags), which no output
file shows whole. ``compare`` diffs the folders file by file; ``--ignore-column`` drops a
CSV column (one added on purpose) before comparing.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEST_FILES = [ROOT / "tests" / "test_pipeline.py", ROOT / "tests" / "test_extract.py"]
SEED = ROOT / "data" / "reports" / "kaluga_drones_seed.txt"
INPUTS = Path("/tmp/mapper-golden-inputs")
_FOLIUM_ID = re.compile(r"_[0-9a-f]{32}(?![0-9a-f])")
#: Mention fields as they were before any new one was added.
MENTION_FIELDS = ["report_id", "text", "kind", "sentence", "start", "end", "cue", "region_code",
                  "role", "region_hint"]
EVENT_FIELDS = ["report_id", "index", "sentence", "kind", "count", "object_kind", "mentions", "text", "continues",
                "aggregate", "background"]


def test_texts(sources: list[str] | None = None) -> list[str]:
    """Every string literal of the test files (or of these sources) that reads like report text."""
    out: list[str] = []
    for source in sources or [p.read_text(encoding="utf-8") for p in TEST_FILES]:
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
                if len(text) >= 12 and " " in text and text not in out:
                    out.append(text)
    return out


def _write_jsonl(path: Path, records) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return path


def _value(v):
    return v.value if hasattr(v, "value") else v


def _extraction_dump(result_reports, extractor) -> str:
    """One JSON line per report: what the extractor found, field by field."""
    lines = []
    for rep in result_reports:
        ext = extractor.extract(rep)
        lines.append(json.dumps({
            "id": rep.id,
            "mentions": [[_value(getattr(m, f)) for f in MENTION_FIELDS] for m in ext.mentions],
            "events": [[_value(getattr(e, f)) for f in EVENT_FIELDS] for e in ext.events],
            "countries": {str(k): v for k, v in sorted(ext.countries.items())},
            "people": ext.people, "actors": ext.actors,
        }, ensure_ascii=False, default=list))
    return "\n".join(lines) + "\n"


def write(out: Path) -> None:
    import mapper

    out.mkdir(parents=True, exist_ok=True)
    boundaries = mapper.load_boundaries()
    gazetteer = mapper.OfflineGazetteer()
    extractor = mapper.Extractor(gazetteer.index, mapper.RegionNames.from_boundaries(boundaries))
    inputs = INPUTS  # one place, as report sources (paths) are written in the outputs
    inputs.mkdir(parents=True, exist_ok=True)
    tests, corpus = inputs / "tests.jsonl", inputs / "bench2000.jsonl"
    if not tests.exists():  # made once, so that tests added later do not change the inputs
        _write_jsonl(tests, ({"id": f"t{i}", "text": t} for i, t in enumerate(test_texts())))
    if not corpus.exists():
        from bench.corpus import write_jsonl

        write_jsonl(corpus, 2000, seed=0)
    for name, path in (("seed", SEED), ("tests", tests), ("bench2000", corpus)):
        mapper.write_run([path], out / name, boundaries=boundaries, geocoder=gazetteer)
        reports = list(mapper.iter_reports([path]))
        result = mapper.analyse(reports, boundaries=boundaries, geocoder=gazetteer)
        result.mentions.to_csv(out / name / "mentions.csv", index=False)
        (out / name / "extractions.jsonl").write_text(_extraction_dump(reports, extractor), encoding="utf-8")
    print(f"wrote {out}")


def _csv_without(text: str, column: str) -> str:
    rows = list(csv.reader(io.StringIO(text)))
    if not rows or column not in rows[0]:
        return text
    k = rows[0].index(column)
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows([r[:k] + r[k + 1:] for r in rows])
    return buf.getvalue()


def _renumber(html: str) -> str:
    ids: dict[str, str] = {}
    return _FOLIUM_ID.sub(lambda m: ids.setdefault(m.group(), f"_id{len(ids)}"), html)


def compare(a: Path, b: Path, ignore: list[str]) -> int:
    """Print the files that differ; return how many."""
    names = sorted({p.relative_to(a) for p in a.rglob("*") if p.is_file()}
                   | {p.relative_to(b) for p in b.rglob("*") if p.is_file()})
    differ = 0
    for rel in names:
        pa, pb = a / rel, b / rel
        if not (pa.exists() and pb.exists()):
            print(f"only in one: {rel}")
            differ += 1
            continue
        ta, tb = pa.read_text(encoding="utf-8"), pb.read_text(encoding="utf-8")
        if rel.suffix == ".html":  # folium names elements with random ids: number them in order
            ta, tb = _renumber(ta), _renumber(tb)
        if rel.suffix == ".csv":
            for col in ignore:
                ta, tb = _csv_without(ta, col), _csv_without(tb, col)
        if ta != tb:
            print(f"differs: {rel}")
            differ += 1
    print(f"{len(names)} files, {differ} differ" + (f" (ignoring columns {', '.join(ignore)})" if ignore else ""))
    return differ


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench._golden")
    sub = ap.add_subparsers(dest="cmd", required=True)
    w = sub.add_parser("write")
    w.add_argument("out", type=Path)
    c = sub.add_parser("compare")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--ignore-column", action="append", default=[])
    args = ap.parse_args(argv)
    if args.cmd == "write":
        write(args.out)
        return 0
    return 1 if compare(args.a, args.b, args.ignore_column) else 0


if __name__ == "__main__":
    sys.exit(main())
