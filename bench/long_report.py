"""Time per megabyte of one long report, from tens of kilobytes to tens of megabytes.

Usage::

    python -m bench.long_report                 # 0.05, 0.5, 2 and 8 MB
    python -m bench.long_report --mb 0.01 1 50  # up to 50 MB (a few minutes)

The report is the generated corpus (:mod:`bench.corpus`) joined into one text with no line
breaks, the worst case for sentence splitting and for anything that looks across a report.
Each size runs in a fresh process; CPU time of ``mapper.analyse`` (no map; median of three below
1 MB), the fixed cost of a call (a one-sentence report) and peak memory.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time


def _cpu(mapper, report, repeat: int) -> float:
    """Median CPU time of ``mapper.analyse`` on one report over ``repeat`` runs."""
    times = []
    for _ in range(repeat):
        t = time.process_time()
        mapper.analyse([report])
        times.append(time.process_time() - t)
    return statistics.median(times)


def measure(mb: float) -> dict:
    """One long report of about ``mb`` megabytes through the pipeline, in this process.

    Also the fixed cost of a call (a one-sentence report, same process), so that time per
    megabyte can be told apart from what every call pays whatever its length.
    """
    import mapper
    from bench.corpus import reports
    from bench.speed import _maxrss_mb

    tiny = mapper.Report("warm", "A drone was shot down over the Kursk region.")
    mapper.analyse([tiny])
    fixed = _cpu(mapper, tiny, 5)
    parts, size = [], 0
    for rec in reports(10**9):
        parts.append(rec["text"])
        size += len(rec["text"]) + 1
        if size >= mb * 1_000_000:
            break
    text = " ".join(parts)
    report = mapper.Report("long", text)
    t = time.process_time()
    mentions = len(mapper.analyse([report]).mentions)
    cpu = time.process_time() - t
    if mb < 1:  # short ones: the median of three
        cpu = statistics.median([cpu, _cpu(mapper, report, 1), _cpu(mapper, report, 1)])
    return {"mb": len(text.encode()) / 1e6, "cpu": cpu, "fixed": fixed, "mentions": mentions,
            "peak_mb": _maxrss_mb()}


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--mb", type=float, nargs="+", default=[0.05, 0.5, 2, 8],
                   help="sizes of the report in MB (default 0.05 0.5 2 8)")
    p.add_argument("--measure", type=float, help=argparse.SUPPRESS)
    a = p.parse_args(argv)
    if a.measure:
        print(json.dumps(measure(a.measure)))
        return
    print("| report | CPU s | s per MB | s per MB beyond a call's fixed cost | mentions | peak MB |\n"
          "|---|---|---|---|---|---|")
    for mb in a.mb:
        out = subprocess.run([sys.executable, "-m", "bench.long_report", "--measure", str(mb)],
                             capture_output=True, text=True, check=True)
        r = json.loads(out.stdout.strip().splitlines()[-1])
        beyond = (r["cpu"] - r["fixed"]) / r["mb"]
        print(f"| {r['mb']:.2f} MB | {r['cpu']:.2f} | {r['cpu'] / r['mb']:.1f} | {beyond:.1f} | {r['mentions']:,} "
              f"| {r['peak_mb']:.0f} |")


if __name__ == "__main__":
    main()
