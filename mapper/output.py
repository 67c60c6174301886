"""Stage 6: write a result as GeoJSON, CSV, JSON and HTML files in one folder.

Files are written all at once (:class:`OutputFolder`): into a temporary folder
inside the output folder, moved into place when every one is complete, so that
the files in the folder are all from one run. A lock file keeps a second run
out of a folder while one writes there.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import shutil
import signal
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from . import settings
from .exceptions import OutputError, OutputLockedError
from .geojson import feature_collection
from .textfiles import display_path
from .totals import Totals

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock
    fcntl = None

if TYPE_CHECKING:
    from .pipeline import Result

log = logging.getLogger(__name__)

#: The files written, always under these names inside the output folder.
FILES = {
    "regions": "regions.geojson", "places": "places.geojson", "incidents": "incidents.csv",
    "events": "events.csv", "unresolved": "unresolved.csv", "summary": "summary.json", "map": "map.html",
}


#: The lock file, and the start of the temporary folders' names, inside an output folder.
LOCK_NAME = ".mapper.lock"
TMP_PREFIX = ".mapper-tmp-"
#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: str) -> str:
    """``value`` as a spreadsheet shows it but never runs it: a leading ``'`` before a formula's first character.

    Examples
    --------
    >>> neutralise("=1+1"), neutralise("Kursk")
    ("'=1+1", 'Kursk')
    """
    return "'" + value if value.startswith(FORMULA_START) else value


class CsvSink:
    """A CSV file written row by row, with fixed columns; missing values are empty.

    Text cells that a spreadsheet would run as a formula are neutralised
    (:func:`neutralise`) unless ``neutralise_formulas`` is False (default:
    ``settings.neutralise_csv``).
    """

    def __init__(self, path: Path, columns: list[str], neutralise_formulas: bool | None = None) -> None:
        self.path = path
        self.neutralise = settings.neutralise_csv if neutralise_formulas is None else neutralise_formulas
        self._fh = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._fh, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    def _cell(self, value):
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            return ""
        if self.neutralise and isinstance(value, str):
            return neutralise(value)
        return value

    def write(self, rows) -> None:
        """Write rows (dictionaries of the table's columns)."""
        self._writer.writerows({k: self._cell(v) for k, v in row.items()} for row in rows)

    def close(self) -> None:
        """Close the file."""
        self._fh.close()


def write_table(path: Path, frame: pd.DataFrame, columns: list[str]) -> None:
    """Write a whole table the way :class:`CsvSink` writes rows."""
    sink = CsvSink(path, columns)
    try:
        sink.write(frame.to_dict("records"))
    finally:
        sink.close()


def is_mapper_output(path: str | Path, outdir: str | Path | None = None) -> bool:
    """True if ``path`` is a file mapper wrote: one of its names (:data:`FILES`), in a
    folder that holds a ``summary.json`` or is ``outdir``."""
    path = Path(path)
    if path.name not in FILES.values():
        return False
    if (path.parent / FILES["summary"]).is_file():
        return True
    try:
        return outdir is not None and os.path.samefile(path.parent, outdir)
    except OSError:
        return False


_deferred: list[int] = []
_critical = 0


def defer_signal(signum: int) -> bool:
    """Called by a signal handler: True (and the signal is kept) while files are being moved into place."""
    if _critical:
        _deferred.append(signum)
    return bool(_critical)


@contextmanager
def _uninterrupted():
    """Signals whose handler calls :func:`defer_signal` wait until the block is done, then are raised again."""
    global _critical
    _critical += 1
    try:
        yield
    finally:
        _critical -= 1
        if not _critical and _deferred:
            signal.raise_signal(_deferred.pop())
            _deferred.clear()


def _take_lock(folder: Path) -> int:
    """Lock ``folder`` for this process (the lock file holds its pid); refuse if another run holds it."""
    path = folder / LOCK_NAME
    for _ in range(10):
        if path.is_symlink():
            path.unlink()
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0),
                     0o644)
        try:
            if fcntl is not None:  # released by the system when the process ends, however it ends
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            pid = os.read(fd, 32).decode("ascii", "replace").strip() or "?"
            os.close(fd)
            raise OutputLockedError(f"{display_path(folder)}: another mapper run (pid {pid}) is writing there; "
                                    "wait for it to end or choose another -o") from None
        try:  # the run that held the lock may have removed its file meanwhile: lock the file that is there
            same = os.path.samestat(os.fstat(fd), os.stat(path, follow_symlinks=False))
        except FileNotFoundError:
            same = False
        if same:
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            return fd
        os.close(fd)
    raise OutputLockedError(f"{display_path(folder)}: cannot lock the output folder")


class OutputFolder:
    """An output folder written all at once, by one run at a time.

    Files are written into :attr:`tmp`, a temporary folder inside it (so on the
    same file system), and moved into place by :meth:`commit` when they are all
    complete; :meth:`close` (on every way out, also from ``with``) removes the
    temporary folder and the lock. A symlink planted under an output's name is
    replaced, never written through.

    Parameters
    ----------
    outdir : str or Path
        Created if missing.

    Raises
    ------
    OutputError
        The folder cannot be created or written, or an output's name in it is a folder.
    OutputLockedError
        Another run is writing into it.
    """

    def __init__(self, outdir: str | Path) -> None:
        self.path = Path(outdir)
        where = display_path(self.path)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{where}: cannot write output folder (it is a file)")
        self._lock: int | None = None
        self.tmp: Path | None = None
        try:
            self.path.mkdir(parents=True, exist_ok=True)
            self._lock = _take_lock(self.path)
            for name in FILES.values():
                target = self.path / name
                if target.is_dir() and not target.is_symlink():
                    raise OutputError(f"{display_path(target)}: is a folder; mapper writes a file of that name")
            self._remove_stale()
            self.tmp = Path(tempfile.mkdtemp(prefix=TMP_PREFIX, dir=self.path))
        except OSError as exc:
            self.close()
            raise OutputError(f"{where}: cannot write output folder ({exc.strerror or exc})") from None
        except BaseException:
            self.close()
            raise

    def _remove_stale(self) -> None:
        """Remove temporary folders a killed run left (no run holds them: this one has the lock)."""
        for entry in os.scandir(self.path):
            if entry.name.startswith(TMP_PREFIX) and entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path, ignore_errors=True)

    def staged(self) -> dict[str, Path]:
        """``name -> path`` in the temporary folder of every output file."""
        return {k: self.tmp / v for k, v in FILES.items()}

    def commit(self, written: Iterable[str]) -> dict[str, Path]:
        """Move the files ``written`` (keys of :data:`FILES`) into place; remove the others' older copies.

        ``summary.json`` is moved last; termination signals wait until all are moved.
        """
        written = sorted(set(written), key=lambda k: k == "summary")
        final = {k: self.path / v for k, v in FILES.items() if k in written}
        try:
            with _uninterrupted():
                for key in written:
                    os.replace(self.tmp / FILES[key], final[key])
                for key in FILES.keys() - set(written):
                    old = self.path / FILES[key]
                    if old.is_symlink() or old.is_file():
                        log.info("removing %s of an earlier run (this run wrote none)", display_path(old))
                        old.unlink()
        except OSError as exc:
            raise OutputError(f"{display_path(self.path)}: cannot write ({exc.strerror or exc})") from None
        finally:
            self.close()
        return final

    def close(self) -> None:
        """Remove the temporary folder and the lock (safe to call twice)."""
        if self.tmp is not None:
            shutil.rmtree(self.tmp, ignore_errors=True)
            self.tmp = None
        if self._lock is not None:
            try:
                lock = self.path / LOCK_NAME
                if os.path.samestat(os.fstat(self._lock), os.stat(lock, follow_symlinks=False)):
                    lock.unlink()
            except OSError:
                pass
            os.close(self._lock)
            self._lock = None

    def __enter__(self) -> "OutputFolder":
        """Enter a ``with`` block that closes the folder when left."""
        return self

    def __exit__(self, *exc) -> None:
        """Close the folder (see :meth:`close`)."""
        self.close()


def _region_properties(regions: gpd.GeoDataFrame) -> list[dict]:
    return [{"region_code": r.region_code, "region_name": r.region_name, "name_local": r.name_local,
             "country": r.country, "disputed": bool(r.disputed), "incidents": int(r.incidents),
             "objects": int(r.objects), "places": [p for p in r.places.split(";") if p],
             "languages": [x for x in r.languages.split(";") if x]}
            for r in regions.itertuples(index=False)]


def _place_features(totals: Totals) -> tuple[list, list[dict]]:
    from shapely.geometry import Point

    geoms, props = [], []
    for p in totals.place_list():
        geoms.append(Point(p["lon"], p["lat"]))
        props.append({"name": p["name"], "matched_name": p["matched_name"], "geonameid": p["geonameid"],
                      "region_code": p["region_code"], "country": p["country"], "mentions": p["mentions"],
                      "report_ids": list(p["report_ids"]), "roles": sorted(p["roles"])})
    return geoms, props


def regions_text(regions: gpd.GeoDataFrame, decimals: int | None = None) -> str:
    """``regions.geojson``: one feature per region with ``region_code``, ``region_name``,
    ``name_local``, ``country``, ``disputed``, ``incidents``, ``objects``, ``places`` (a list)."""
    decimals = settings.coordinate_decimals if decimals is None else decimals
    return feature_collection(regions.geometry.values, _region_properties(regions), decimals)


def places_text(totals: Totals, decimals: int | None = None) -> str:
    """``places.geojson``: one point per gazetteer place with ``name`` (as written),
    ``matched_name``, ``geonameid``, ``region_code``, ``country``, ``mentions``,
    ``report_ids`` (a list) and ``roles`` (``location``, ``origin``: named as a launch site)."""
    decimals = settings.coordinate_decimals if decimals is None else decimals
    return feature_collection(*_place_features(totals), decimals)


def regions_geojson(result: "Result") -> dict:
    """The result's regions as a GeoJSON FeatureCollection (see :func:`regions_text`)."""
    return json.loads(regions_text(result.regions))


def places_geojson(result: "Result") -> dict:
    """The result's places as a GeoJSON FeatureCollection (see :func:`places_text`)."""
    return json.loads(places_text(Totals.from_tables(result.incidents.iloc[0:0], result.placed)))


def write_geojson_and_map(totals: Totals, regions: gpd.GeoDataFrame, summary: dict, paths: dict[str, Path],
                          map_html: bool = True, skipped: pd.DataFrame | None = None,
                          renamed: pd.DataFrame | None = None, **map_kwargs) -> list[str]:
    """Write ``regions.geojson``, ``places.geojson``, ``summary.json`` and ``map.html`` to ``paths``.

    ``summary.json`` lists the ``skipped`` records and the ``renamed`` ids besides the counts.
    Returns the keys of the files written.
    """
    def records(frame):
        return [] if frame is None else frame.to_dict(orient="records")

    try:
        paths["regions"].write_text(regions_text(regions), encoding="utf-8")
        paths["places"].write_text(places_text(totals), encoding="utf-8")
        with open(paths["summary"], "w", encoding="utf-8") as fh:
            json.dump({**summary, "skipped": records(skipped), "renamed": records(renamed)}, fh,
                      ensure_ascii=False, indent=2, default=str)
        if map_html:
            from .webmap import map_from_totals

            map_from_totals(totals, regions, **map_kwargs).save(str(paths["map"]))
    except OSError as exc:
        raise OutputError(f"{display_path(paths['regions'].parent.parent)}: cannot write "
                          f"({exc.strerror or exc})") from None
    return ["regions", "places", "summary"] + (["map"] if map_html else [])


def write_outputs(result: "Result", outdir: str | Path, *, map_html: bool = True, **map_kwargs) -> dict[str, Path]:
    """Write every output file of a result into ``outdir``, all at once (:class:`OutputFolder`).

    Parameters
    ----------
    result : Result
    outdir : str or Path
        Created if missing. File names are fixed (``FILES``), so nothing is written
        outside it.
    map_html : bool
        Also render ``map.html`` (else an older ``map.html`` there is removed).
    **map_kwargs
        Passed to :func:`mapper.webmap.make_map`.

    Returns
    -------
    dict
        ``name -> path`` of each file written.

    Raises
    ------
    OutputError
        The folder cannot be created or written.
    OutputLockedError
        Another run is writing into it.
    """
    from .collect import UNRESOLVED_COLUMNS
    from .count import EVENT_COLUMNS, INCIDENT_COLUMNS

    with OutputFolder(outdir) as out:
        paths = out.staged()
        try:
            write_table(paths["incidents"], result.incidents, INCIDENT_COLUMNS)
            write_table(paths["events"], result.events, EVENT_COLUMNS)
            write_table(paths["unresolved"], result.unresolved, UNRESOLVED_COLUMNS)
        except OSError as exc:
            raise OutputError(f"{display_path(out.path)}: cannot write ({exc.strerror or exc})") from None
        totals = Totals.from_tables(result.incidents, result.placed)
        written = write_geojson_and_map(totals, result.regions, result.summary, paths, map_html=map_html,
                                        skipped=result.skipped, renamed=result.renamed, **map_kwargs)
        final = out.commit(["incidents", "events", "unresolved"] + written)
    log.info("wrote %s", ", ".join(display_path(p) for p in final.values()))
    return final
