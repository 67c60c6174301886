"""Start-up: a warm ``mapper run`` of the example with its map, beside ``import geopandas, folium``
in the same run, and the first run, which builds the gazetteer index and its caches.

Usage::

    python -m bench.start                 # median of 3 of each
    python -m bench.start --repeat 5 --json
    python -m bench.start --first 3       # and the median of 3 first runs (one by default)

Every measurement is a fresh process (``python -m mapper run data/reports/kaluga_drones_seed.txt -o
DIR``, as a user types it), timed as wall-clock time and as CPU time (user + system, from
``getrusage`` of the children, the build's forked helper included: the machine may be shared). Each first
run gets an empty cache folder (``MAPPER_CACHE``) of its own; the warm runs use the folder the first one
filled, and the import of geopandas and folium is measured between them, so that a busy machine weighs on
both alike; further first runs (``--first``) come between them too. The children run
without ``PYTHONDONTWRITEBYTECODE``: the first run leaves mapper's bytecode beside its modules, as
installing the package does, and the warm runs read it instead of compiling ~50 modules each time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "data" / "reports" / "kaluga_drones_seed.txt"
IMPORT = [sys.executable, "-c", "import geopandas, folium"]


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """``(wall, cpu)`` seconds of one run of ``cmd``; a failing command is an error."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def measure(repeat: int = 3, first_runs: int = 1) -> dict:
    """Times of ``first_runs`` first runs, of ``repeat`` warm runs and of ``repeat`` imports (medians, and
    each)."""
    with tempfile.TemporaryDirectory(prefix="mapper-bench-start-") as tmp:
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["MAPPER_CACHE"] = str(Path(tmp) / "cache")
        run = [sys.executable, "-m", "mapper", "run", str(EXAMPLE), "-o", str(Path(tmp) / "out"), "-q"]
        first = [timed(run, env)]
        warm, imports = [], []
        for n in range(max(repeat, first_runs - 1)):
            if n < repeat:
                imports.append(timed(IMPORT, env))
                warm.append(timed(run, env))
            if n < first_runs - 1:  # another empty cache folder
                first.append(timed(run, {**env, "MAPPER_CACHE": str(Path(tmp) / f"cache{n}")}))
    out = {}
    for name, times in (("first_run", first), ("warm_run", warm), ("import_geopandas_folium", imports)):
        out[name] = {"wall": statistics.median(t[0] for t in times), "cpu": statistics.median(t[1] for t in times),
                     "each_wall": [round(t[0], 3) for t in times]}
    out["ratio_wall"] = out["warm_run"]["wall"] / out["import_geopandas_folium"]["wall"]
    out["ratio_cpu"] = out["warm_run"]["cpu"] / out["import_geopandas_folium"]["cpu"]
    return out


def report(res: dict) -> str:
    """The measurements as a small table."""
    rows = [("import geopandas, folium", res["import_geopandas_folium"]),
            ("mapper run, warm, with its map", res["warm_run"]),
            ("mapper run, first (builds the index)", res["first_run"])]
    lines = [f"{'':40} {'wall s':>8} {'cpu s':>8}"]
    lines += [f"{name:40} {r['wall']:8.2f} {r['cpu']:8.2f}" for name, r in rows]
    lines.append(f"{'warm run / import':40} {res['ratio_wall']:7.2f}x {res['ratio_cpu']:7.2f}x")
    if len(res["first_run"]["each_wall"]) > 1:
        lines.append(f"{'first runs, each (wall s)':40} {' '.join(map(str, res['first_run']['each_wall']))}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Measure and print."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=3, help="warm runs and imports, the median shown (3)")
    parser.add_argument("--first", type=int, default=1, help="first runs, the median shown (1)")
    parser.add_argument("--json", action="store_true", help="print the measurements as JSON")
    args = parser.parse_args(argv)
    res = measure(args.repeat, args.first)
    print(json.dumps(res, indent=2) if args.json else report(res))
    return 0


if __name__ == "__main__":
    sys.exit(main())
