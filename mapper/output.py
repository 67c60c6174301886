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
import operator
import os
import pickle
import shutil
import signal
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import chain, compress, repeat
from pathlib import Path
from types import NoneType
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd

from . import settings
from .exceptions import OutputError, OutputLockedError, UsageError, check_flag
from ._geojsonframe import write_framed
from .geojson import write_layer
from .schema import (EVENT_FIELDS, INCIDENT_FIELDS, PLACE_FIELDS, PRECISION_PLACE, PRECISION_REGION, REGION_FIELDS,
                     UNRESOLVED_FIELDS)
from .textfiles import display_path
from .totals import Totals, day_text

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX: no lock
    fcntl = None

if TYPE_CHECKING:
    from .pipeline import Result

log = logging.getLogger(__name__)

#: The files written, always under these names inside the output folder.
FILES = {
    "regions": "regions.geojson", "places": "places.geojson", "incident_points": "incidents.geojson",
    "gpkg": "mapper.gpkg", "incidents": "incidents.csv", "events": "events.csv", "unresolved": "unresolved.csv",
    "summary": "summary.json", "map": "map.html",
}
#: Formats of the geographic files: three GeoJSON files, or one GeoPackage with every layer.
FORMATS = ("geojson", "gpkg")
#: The GeoJSON files, by key of :data:`FILES`, with their GeoPackage layer names.
GEO_LAYERS = {"regions": "regions", "places": "places", "incident_points": "incidents"}


#: The lock file, and the start of the temporary folders' names, inside an output folder.
LOCK_NAME = ".mapper.lock"
TMP_PREFIX = ".mapper-tmp-"
#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_FORMULA_CHARS = frozenset(FORMULA_START)
#: :meth:`CsvSink._plain`'s arguments of ``isinstance`` and ``str.startswith``, one per cell
_STR, _FORMULA_STARTS = repeat(str), repeat(FORMULA_START)


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
        self.columns = list(columns)
        self._writer = csv.writer(self._fh)  # rows as lists: what csv.DictWriter writes, without its overhead
        self._get = operator.itemgetter(*self.columns) if len(self.columns) > 1 \
            else lambda row, column=self.columns[0]: (row[column],)
        self._writer.writerow(self.columns)
        self._plain_types: set[type] = {str, int, NoneType}  # types of cells written as they are (:meth:`_plain`)

    def _cells(self, values) -> list:
        """A row's cells as written: missing values empty, formulas neutralised (:func:`neutralise`'s
        test, inlined: this runs once per cell of a row that :meth:`_plain` does not pass)."""
        start, na = _FORMULA_CHARS if self.neutralise else frozenset(), pd.NA
        return [("'" + v if v[:1] in start else v) if isinstance(v, str)
                else "" if v is None or v is na or (isinstance(v, float) and v != v) else v for v in values]

    def _plain(self, values: Sequence) -> bool:
        """Whether cells are written as they are (as :meth:`_cells` would give them): each a text that is no
        formula (when neutralising), an integer, or None (which :mod:`csv` writes empty). Checked in C, with
        no Python step per cell."""
        types = set(map(type, values))
        if not types <= self._plain_types:
            if not all(t is NoneType or issubclass(t, (str, int)) for t in types):
                return False
            self._plain_types |= types
        return not (self.neutralise and any(map(str.startswith, compress(values, map(isinstance, values, _STR)),
                                                _FORMULA_STARTS)))

    def write(self, rows) -> None:
        """Write rows (dictionaries of the table's columns)."""
        rows = rows if isinstance(rows, list) else list(rows)
        try:
            values = list(map(self._get, rows))
        except KeyError:  # a row without some column: those cells are empty
            columns = self.columns
            values = [[row.get(c, "") for c in columns] for row in rows]
        self.write_values(values)

    def write_values(self, rows) -> None:
        """Write rows given as sequences of the table's columns, in order."""
        rows = rows if isinstance(rows, list) else list(rows)
        if not self._plain(list(chain.from_iterable(rows))):  # some cell to change: find its rows
            plain, cells = self._plain, self._cells
            rows = [row if plain(row) else cells(row) for row in rows]
        self._writer.writerows(rows)

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
        if path.is_dir():
            raise OutputError(f"{display_path(path)}: mapper's lock file is a folder here; remove it or choose "
                              "another -o")
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
        if not isinstance(outdir, (str, os.PathLike)) or not str(outdir).strip():
            raise UsageError(f"output folder: a path (str or Path), not {outdir!r:.60}")
        self.path = Path(outdir)
        where = display_path(self.path)
        if self.path.exists() and not self.path.is_dir():
            raise OutputError(f"{where}: cannot write output folder (it is a file)")
        if self.path.is_symlink() and not self.path.exists():
            raise OutputError(f"{where}: cannot write output folder (a symbolic link to nothing, or in a loop)")
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


def check_format(fmt: str) -> None:
    """Refuse an unknown format of the geographic files (:data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown output format {fmt!r} (one of {', '.join(FORMATS)})")


def check_options(fmt: str, map_html: bool, options: dict) -> None:
    """Refuse a format (:func:`check_format`) or map options the map does not know when a run begins,
    not once every report is read (with ``map_html=False`` too, where they would be dropped unsaid).

    Raises
    ------
    UsageError
        An unknown format, ``map_html`` that is no bool, or a value :class:`mapper.webmap.MapOptions` does
        not know (``metric="foo"``).
    TypeError
        An option it has not.
    """
    check_format(fmt)
    check_flag(map_html, "map_html")
    from .webmap import MapOptions

    MapOptions(**options)  # without a map too: a misspelt option (chunksize=) is refused, never dropped unsaid


class Spool:
    """Rows kept on disk in ``folder``, read back once, in the order written (bounded memory)."""

    def __init__(self, folder: Path) -> None:
        self._fh = tempfile.TemporaryFile(dir=folder)

    def write(self, rows: list[dict]) -> None:
        """Keep ``rows`` (a chunk of them, pickled together)."""
        if rows:
            pickle.dump(rows, self._fh)

    def __iter__(self) -> Iterator[dict]:
        """Every row kept so far, in order."""
        self._fh.seek(0)
        while True:
            try:
                yield from pickle.load(self._fh)
            except EOFError:
                return

    def close(self) -> None:
        """Close (and so remove) the temporary file."""
        self._fh.close()


def region_rows(regions: gpd.GeoDataFrame) -> Iterator[dict]:
    """``regions.geojson``'s features: :data:`mapper.schema.REGION_FIELDS` and the polygon."""
    for r in regions.to_dict("records"):
        yield {**{k: r.get(k) for k in REGION_FIELDS}, "disputed": bool(r.get("disputed")), "geometry": r["geometry"]}


def place_rows(totals: Totals) -> tuple[Iterator[dict], dict[str, str]]:
    """``places.geojson``'s features (made one at a time, each with its report ids) and fields
    (``geonameid`` as text when not all ids are numbers)."""
    from shapely.geometry import Point

    rows = ({**{k: p.get(k) for k in PLACE_FIELDS}, "report_ids": totals.report_ids(p), "roles": sorted(p["roles"]),
             "languages": list(p["languages"]), "geometry": Point(p["lon"], p["lat"])} for p in totals.place_list())
    numeric = all(isinstance(p["geonameid"], (int, np.integer)) for p in totals.place_list())
    return rows, PLACE_FIELDS if numeric else {**PLACE_FIELDS, "geonameid": "str"}


_INCIDENT_KEYS = list(INCIDENT_FIELDS)


class IncidentPoints:
    """One point per incident: at its first place known in its region (``precision`` ``place``), else at
    an interior point of its region (``region``), which GEOS finds once per region."""

    def __init__(self, totals: Totals, regions: gpd.GeoDataFrame) -> None:
        self.totals = totals
        self._regions = dict(zip(regions["region_code"], regions.geometry))
        self._inside: dict[str, object] = {}
        self._points: dict[object, object] = {}

    def _region_point(self, code: str):
        if code not in self._inside:
            geom = self._regions.get(code)
            self._inside[code] = None if geom is None or geom.is_empty else geom.representative_point()
        return self._inside[code]

    def _place_point(self, key):
        """A place's point, made once (shapely geometries are immutable)."""
        point = self._points.get(key)
        if point is None:
            from shapely.geometry import Point

            place = self.totals.places[key]
            point = self._points[key] = Point(place["lon"], place["lat"])
        return point

    def row(self, incident: dict) -> dict:
        """A row of the incidents table as a feature of ``incidents.geojson`` (:data:`INCIDENT_FIELDS`)."""
        what, key = self.totals.location(incident)
        out = dict(zip(_INCIDENT_KEYS, map(incident.get, _INCIDENT_KEYS)))  # {k: incident.get(k) ...}, in C
        out["date"] = day_text(incident["date"]) or None
        if what == "p":
            out["place"], out["precision"] = self.totals.places[key]["matched_name"], PRECISION_PLACE
            out["geometry"] = self._place_point(key)
        else:
            out["place"], out["precision"], out["geometry"] = None, PRECISION_REGION, self._region_point(key)
        return out


def write_geo_files(paths: dict[str, Path], totals: Totals, regions: gpd.GeoDataFrame, incidents: Iterable[dict],
                    fmt: str = "geojson", tables: dict[str, Iterable[dict]] | None = None) -> list[str]:
    """Write regions, places and incident points as GeoJSON files (RFC 7946), or with the ``events`` and
    ``unresolved`` ``tables`` as one GeoPackage (``fmt="gpkg"``). Returns the keys of the files written."""
    places, place_fields = place_rows(totals)
    points = IncidentPoints(totals, regions)
    layers = [("regions", region_rows(regions), REGION_FIELDS, "Unknown", True),
              ("places", places, place_fields, "Point", False),
              ("incident_points", (points.row(r) for r in incidents), INCIDENT_FIELDS, "Point", False)]
    if fmt == "geojson":
        write_framed(paths["regions"], list(layers[0][1]), REGION_FIELDS, layer=GEO_LAYERS["regions"],
                     geometry_type="Unknown", bbox=True)
        for key, rows, fields, geometry_type, bbox in layers[1:]:
            write_layer(paths[key], rows, fields, layer=GEO_LAYERS[key], geometry_type=geometry_type, bbox=bbox)
        return list(GEO_LAYERS)
    check_format(fmt)
    tables = tables or {}
    layers += [(name, tables.get(name, ()), fields, None, False)
               for name, fields in (("events", EVENT_FIELDS), ("unresolved", UNRESOLVED_FIELDS))]
    for key, rows, fields, geometry_type, _ in layers:
        write_layer(paths["gpkg"], rows, fields, layer=GEO_LAYERS.get(key, key), geometry_type=geometry_type,
                    driver="GPKG")
    return ["gpkg"]


def _geojson(write) -> dict:
    """What a writer of one GeoJSON file writes, as a dict."""
    with tempfile.TemporaryDirectory(prefix="mapper-geojson-") as folder:
        path = Path(folder) / "layer.geojson"
        write(path)
        return json.loads(path.read_text(encoding="utf-8"))


def regions_geojson(result: "Result") -> dict:
    """The result's regions as a GeoJSON FeatureCollection, as ``regions.geojson`` holds them."""
    return _geojson(lambda path: write_layer(path, region_rows(result.regions), REGION_FIELDS, layer="regions",
                                             geometry_type="Unknown", bbox=True))


def places_geojson(result: "Result") -> dict:
    """The result's places as a GeoJSON FeatureCollection, as ``places.geojson`` holds them."""
    rows, fields = place_rows(Totals.from_tables(result.incidents.iloc[0:0], result.placed))
    return _geojson(lambda path: write_layer(path, rows, fields, layer="places", geometry_type="Point"))


def incident_points(result: "Result") -> gpd.GeoDataFrame:
    """The result's incidents as points, as ``incidents.geojson`` holds them (dates as datetimes)."""
    totals = Totals.from_tables(result.incidents, result.placed)
    points = IncidentPoints(totals, result.regions)
    rows = [points.row(r) for r in result.incidents.to_dict("records")]
    frame = gpd.GeoDataFrame(rows, columns=[*INCIDENT_FIELDS, "geometry"], geometry="geometry", crs=4326)
    for k, kind in INCIDENT_FIELDS.items():
        if kind == "list":
            frame[k] = [v.split(";") if isinstance(v, str) and v else [] for v in frame[k]]
        elif kind == "int":
            frame[k] = frame[k].astype("Int64")
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601")
    return frame


def write_geojson_and_map(totals: Totals, regions: gpd.GeoDataFrame, summary: dict, paths: dict[str, Path],
                          map_html: bool = True, skipped: pd.DataFrame | None = None,
                          renamed: pd.DataFrame | None = None, *, incidents: Iterable[dict] = (),
                          fmt: str = "geojson", tables: dict[str, Iterable[dict]] | None = None,
                          **map_kwargs) -> list[str]:
    """Write the geographic files (:func:`write_geo_files`: ``regions.geojson``, ``places.geojson``,
    ``incidents.geojson`` from the rows of the incidents table, or ``mapper.gpkg``), ``summary.json``
    and ``map.html`` to ``paths``.

    ``summary.json`` lists the ``skipped`` records and the ``renamed`` ids besides the counts.
    Returns the keys of the files written.
    """
    def records(frame):
        return [] if frame is None else frame.to_dict(orient="records")

    import pyogrio.errors

    try:
        written = write_geo_files(paths, totals, regions, incidents, fmt, tables)
        with open(paths["summary"], "w", encoding="utf-8") as fh:
            json.dump({**summary, "skipped": records(skipped), "renamed": records(renamed)}, fh,
                      ensure_ascii=False, indent=2, default=str)
        if map_html:
            from .webmap import write_map

            write_map(totals, regions, paths["map"], **map_kwargs)
    except (OSError, pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError) as exc:
        raise OutputError(f"{display_path(paths['regions'].parent.parent)}: cannot write "
                          f"({getattr(exc, 'strerror', None) or exc})") from None
    return written + ["summary"] + (["map"] if map_html else [])


def write_outputs(result: "Result", outdir: str | Path, *, map_html: bool = True, fmt: str = "geojson",
                  **map_kwargs) -> dict[str, Path]:
    """Write every output file of a result into ``outdir``, all at once (:class:`OutputFolder`).

    Parameters
    ----------
    result : Result
    outdir : str or Path
        Created if missing. File names are fixed (``FILES``), so nothing is written
        outside it.
    map_html : bool
        Also render ``map.html`` (else an older ``map.html`` there is removed).
    fmt : {"geojson", "gpkg"}
        The geographic files: ``regions.geojson``, ``places.geojson`` and
        ``incidents.geojson``, or one ``mapper.gpkg`` with every layer.
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
    from .schema import EVENT_COLUMNS, INCIDENT_COLUMNS, UNRESOLVED_COLUMNS

    check_options(fmt, map_html, map_kwargs)
    incidents = result.incidents.assign(date=result.incidents["date"].map(day_text))
    with OutputFolder(outdir) as out:
        paths = out.staged()
        try:
            write_table(paths["incidents"], incidents, INCIDENT_COLUMNS)
            write_table(paths["events"], result.events, EVENT_COLUMNS)
            write_table(paths["unresolved"], result.unresolved, UNRESOLVED_COLUMNS)
        except OSError as exc:
            raise OutputError(f"{display_path(out.path)}: cannot write ({exc.strerror or exc})") from None
        totals = Totals.from_tables(result.incidents, result.placed)
        tables = {"events": result.events.to_dict("records"), "unresolved": result.unresolved.to_dict("records")}
        written = write_geojson_and_map(totals, result.regions, result.summary, paths, map_html=map_html,
                                        skipped=result.skipped, renamed=result.renamed,
                                        incidents=incidents.to_dict("records"), fmt=fmt, tables=tables, **map_kwargs)
        final = out.commit(["incidents", "events", "unresolved"] + written)
    log.info("wrote %s", ", ".join(display_path(p) for p in final.values()))
    return final
