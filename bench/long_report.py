"""Time per megabyte of one long report, from tens of kilobytes to tens of megabytes.

Usage::

    python -m bench.long_report                 # 0.05, 0.5, 2 and 8 MB
    python -m bench.long_report --mb 0.01 1 50  # up to 50 MB (a few minutes)

The report is the generated corpus (:mod:`bench.corpus`) joined into one text with no line
breaks, the worst case for sentence splitting and for anything that looks across a report.
Each size runs in a fresh process; CPU time of ``mapper.analyse`` (no map), and peak memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time


def measure(mb: float) -> dict:
    """One long report of about ``mb`` megabytes through the pipeline, in this process."""
    import mapper
    from bench.corpus import reports
    from bench.speed import _maxrss_mb

    mapper.analyse([mapper.Report("warm", "A drone was shot down over the Kursk region.")])
    parts, size = [], 0
    for rec in reports(10**9):
        parts.append(rec["text"])
        size += len(rec["text"]) + 1
        if size >= mb * 1_000_000:
            break
    text = " ".join(parts)
    t = time.process_time()
    result = mapper.analyse([mapper.Report("long", text)])
    cpu = time.process_time() - t
    return {"mb": len(text.encode()) / 1e6, "cpu": cpu, "mentions": len(result.mentions), "peak_mb": _maxrss_mb()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, nargs="+", default=[0.05, 0.5, 2, 8])
    p.add_argument("--measure", type=float, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.measure:
        print(json.dumps(measure(a.measure)))
        return
    print("| report | CPU s | s per MB | mentions | peak MB |\n|---|---|---|---|---|")
    for mb in a.mb:
        out = subprocess.run([sys.executable, "-m", "bench.long_report", "--measure", str(mb)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"| {r['mb']:.2f} MB | {r['cpu']:.1f} | {r['cpu'] / r['mb']:.1f} | {r['mentions']:,} "
              f"| {r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
