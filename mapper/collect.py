"""Where chunk results go: into one in-memory :class:`Result`, or straight into files.

:class:`MemoryCollector` keeps every table (for Python and Jupyter).
:class:`FileCollector` writes events and unresolved rows as chunks arrive and keeps
only running totals and the incidents that may still merge, so a corpus of any
size is mapped in memory bounded by regions, places and days (``mapper run``).
Both produce the same files.
"""

from __future__ import annotations

import gc
import heapq
import logging
import pickle
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from . import settings
from .count import EVENT_COLUMNS, INCIDENT_COLUMNS, IncidentMerger, event_frame, incident_table
from .exceptions import OutputError
from .geocode import PLACE_COLUMNS
from .output import CsvSink, OutputFolder, Spool, write_geojson_and_map
from .schema import PLACE_FIELDS, UNRESOLVED_COLUMNS
from .textfiles import display_path
from .totals import ReportIds, Totals

if TYPE_CHECKING:
    from .pipeline import ChunkResult, Pipeline, Result

log = logging.getLogger(__name__)

MENTION_COLUMNS = ["report_id", "mention", "text", "kind", "sentence", "start", "end", "cue", "region_code",
                   "role", "rule"]
REPORT_COLUMNS = ["id", "source", "date", "mentions", "events", "lang"]
SKIPPED_COLUMNS = ["source", "line", "reason"]
RENAMED_COLUMNS = ["source", "line", "id", "new_id"]


#: Columns of ``Result.places``: those of ``places.geojson``, one row per gazetteer place.
PLACE_TABLE_COLUMNS = list(PLACE_FIELDS)
#: Columns of a place row that :meth:`Totals.add_place` reads.
_TOTALS_PLACE_COLUMNS = ["geonameid", "name", "matched_name", "region_code", "country", "lat", "lon", "report_id",
                         "role", "lang"]
#: Columns a placed mention gets in ``Result.mentions`` from its place (NA for the others).
_PLACED_COLUMNS = ["matched_name", "geonameid", "lat", "lon", "country", "population", "match", "score",
                   "candidates"]


def summary_of(*, reports: int, skipped: int, mentions: int, placed: int, places: int, unresolved: int,  # noqa: PLR0913
               events: int, incidents: int, regions_with_incidents: int, renamed: int = 0,
               filtered: dict | None = None) -> dict:
    """The run's summary (``summary.json`` and ``Result.summary``).

    Its keys name what :class:`~mapper.result.Result` and the output files name: ``mentions``
    (``Result.mentions``), ``mentions_placed`` (those of them put at a gazetteer place), ``places``
    (``Result.places``, the features of ``places.geojson``), ``unresolved``, ``events`` and
    ``incidents`` (the rows of their tables and CSV files); ``reports_read``, ``reports_skipped``
    and ``ids_renamed`` count ``Result.reports``, ``Result.skipped`` and ``Result.renamed``
    (listed as ``skipped`` and ``renamed`` in ``summary.json``); ``filtered`` (only with filters)
    what they left out.
    """
    out = {"reports_read": reports, "reports_skipped": skipped, "ids_renamed": renamed, "mentions": mentions,
           "mentions_placed": placed, "places": places, "unresolved": unresolved, "events": events,
           "incidents": incidents, "regions_with_incidents": regions_with_incidents}
    if filtered:
        out["filtered"] = dict(filtered)
    return out


def place_table(totals: Totals) -> gpd.GeoDataFrame:
    """One row per gazetteer place, with the properties of ``places.geojson`` (``report_ids``,
    ``roles`` and ``languages`` as lists)."""
    rows = [{**{k: p.get(k) for k in PLACE_TABLE_COLUMNS}, "report_ids": totals.report_ids(p),
             "roles": sorted(p["roles"]), "languages": list(p["languages"])} for p in totals.place_list()]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=PLACE_TABLE_COLUMNS), crs=4326,
                            geometry=gpd.points_from_xy([p["lon"] for p in totals.place_list()],
                                                        [p["lat"] for p in totals.place_list()]))


def mention_table(mentions: list[dict], placed: pd.DataFrame) -> pd.DataFrame:
    """Every mention; a placed one with its place (``matched_name``, ``geonameid``, ``lat``, ``lon``,
    ``country``, ``population``, ``match``, ``score``, ``candidates``) and its place's ``region_code``."""
    frame = pd.DataFrame(mentions, columns=MENTION_COLUMNS)
    found = placed[["report_id", "mention", "region_code", *_PLACED_COLUMNS]].astype(
        {"geonameid": object, "population": "Int64", "candidates": "Int64"})
    frame = frame.merge(found.rename(columns={"region_code": "place_region"}), how="left",
                        on=["report_id", "mention"], validate="one_to_one")
    frame["region_code"] = frame["region_code"].where(frame["region_code"].notna(), frame.pop("place_region"))
    frame["region_code"] = frame["region_code"].astype(object).where(frame["region_code"].notna(), None)
    return frame


def report_days(incidents: Iterable) -> dict[str, str]:
    """The day (``YYYY-MM-DD``, ``""`` when undated) of each report telling of these incidents, keyed
    as :meth:`Totals.from_tables` keys them (the ``;``-separated parts of ``report_ids``)."""
    days: dict[str, str] = {}
    for inc in incidents:
        day = sys.intern(inc.day.isoformat()[:10]) if inc.day else ""  # one string a day, in each place's days
        for report in inc.reports:
            for part in report.split(";"):
                if part:
                    days.setdefault(part, day)
    return days


@contextmanager
def fewer_collections(gen0: int = 10_000) -> Iterator[None]:
    """Run Python's cyclic garbage collector less often, and over the objects made inside the block only
    (also a decorator).

    Counting and writing make many small dicts, lists and objects and nearly never a garbage
    cycle; at the default threshold (700 new objects), collections, and the full ones over every
    live object (the gazetteer, the incidents that may still merge), took about a tenth of a
    streaming run's time. Inside the block the youngest generation's threshold is ``gen0``
    and the objects there before it are left out of collections (:func:`gc.freeze`); after
    it, both are as they were (nothing is frozen when something was before: that is left as it is).
    """
    old, freeze = gc.get_threshold(), gc.get_freeze_count() == 0
    if freeze:
        gc.freeze()
    gc.set_threshold(max(gen0, old[0]), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        if freeze:
            gc.unfreeze()


class MemoryCollector:
    """Keeps every table and builds a :class:`~mapper.pipeline.Result`."""

    def __init__(self, pipeline: "Pipeline") -> None:
        self.pipeline = pipeline
        self.merger = IncidentMerger(pipeline.merge)
        self.final: list = []
        self.reports: list[dict] = []
        self.mentions: list[dict] = []
        self.places: list[pd.DataFrame] = []
        self.unresolved: list[dict] = []
        self.events: list[dict] = []
        self.filtered: Counter = Counter(dict.fromkeys(pipeline.filtered_keys(), 0))

    def add(self, chunk: "ChunkResult") -> None:
        """Keep a chunk's rows, merging its incidents with those kept so far."""
        self.final.extend(self.merger.add(chunk.incidents))
        self.filtered.update(chunk.filtered)
        self.reports.extend(chunk.reports)
        self.mentions.extend(chunk.mentions)
        if len(chunk.places):
            self.places.append(chunk.places)
        self.unresolved.extend(chunk.unresolved)
        self.events.extend(chunk.events)

    def result(self, skipped: pd.DataFrame | None = None, renamed: pd.DataFrame | None = None) -> "Result":
        """Build the :class:`~mapper.result.Result` of every chunk added."""
        from .result import Result

        incidents = incident_table(self.final, self.merger, self.pipeline.names.names)
        placed = pd.concat(self.places, ignore_index=True) if self.places else pd.DataFrame(columns=PLACE_COLUMNS)
        totals = Totals.from_tables(incidents, placed)
        incidents["date"] = pd.to_datetime(incidents["date"].replace("", None), format="ISO8601")  # NaT when undated
        return Result(
            regions=totals.regions(self.pipeline.boundaries), places=place_table(totals), incidents=incidents,
            events=event_frame(self.events), mentions=mention_table(self.mentions, placed),
            unresolved=pd.DataFrame(self.unresolved, columns=UNRESOLVED_COLUMNS).astype({"mention": "Int64"}),
            reports=pd.DataFrame(self.reports, columns=REPORT_COLUMNS),
            skipped=skipped if skipped is not None else pd.DataFrame(columns=SKIPPED_COLUMNS),
            renamed=renamed if renamed is not None else pd.DataFrame(columns=RENAMED_COLUMNS),
            filtered=dict(self.filtered))


@dataclass
class RunSummary:
    """What :func:`mapper.write_run` wrote and found."""

    summary: dict[str, int]
    regions: gpd.GeoDataFrame
    paths: dict[str, Path]
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))
    renamed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=RENAMED_COLUMNS))


def _disk_errors() -> tuple[type[Exception], ...]:
    """The errors of writing: OSError, and SQLite's where something imported it (none is raised before, so a run
    that writes no GeoPackage does without importing sqlite3)."""
    sqlite3 = sys.modules.get("sqlite3")
    return (OSError,) if sqlite3 is None else (OSError, sqlite3.Error)


class FileCollector:
    """Writes each chunk's rows at once; keeps totals and the incidents that may still merge.

    Every file, and the disk space of incidents waiting for a merge, is in a
    temporary folder inside ``outdir`` (:class:`~mapper.output.OutputFolder`)
    until :meth:`finish` moves the files into place; :meth:`abort` (or leaving a
    ``with`` block) removes it, so a run that fails or is stopped leaves the
    folder as it was.
    """

    def __init__(self, pipeline: "Pipeline", outdir: str | Path, fmt: str = "geojson") -> None:
        self.pipeline = pipeline
        self.fmt = fmt
        self.folder = OutputFolder(outdir)
        self.outdir = self.folder.path
        self.paths = self.folder.staged()
        self.totals = Totals()
        self.counts = dict.fromkeys(["reports", "mentions", "placed", "unresolved", "events"], 0)
        self.filtered: Counter = Counter(dict.fromkeys(pipeline.filtered_keys(), 0))
        self.events = self.unresolved = self._final = self.merger = None
        self.spools: dict[str, Spool] = {}
        try:
            self.merger = IncidentMerger(pipeline.merge, capacity=settings.merge_memory, folder=self.folder.tmp)
            self.totals.ids = ReportIds(tempfile.TemporaryFile(dir=self.folder.tmp))  # ids of places' reports
            self.events = CsvSink(self.paths["events"], EVENT_COLUMNS)
            self.unresolved = CsvSink(self.paths["unresolved"], UNRESOLVED_COLUMNS)
            self._final = tempfile.TemporaryFile(dir=self.folder.tmp)  # final incidents, in seq order
            # rows read again for the geographic files: the incidents, and for a GeoPackage the tables
            self.spools = {k: Spool(self.folder.tmp) for k in ("incidents", "events", "unresolved")
                           if k == "incidents" or fmt == "gpkg"}
        except OSError as exc:
            self.abort()
            raise OutputError(f"{display_path(self.outdir)}: cannot write ({exc.strerror or exc})") from None
        except BaseException:
            self.abort()
            raise

    @contextmanager
    def _writing(self):
        """Disk errors (a full disk, ...) as one :class:`OutputError`."""
        try:
            yield
        except _disk_errors() as exc:
            raise OutputError(f"{display_path(self.outdir)}: cannot write "
                              f"({getattr(exc, 'strerror', None) or exc})") from None

    def __enter__(self) -> "FileCollector":
        """Enter a ``with`` block that cleans up when left (see :meth:`__exit__`)."""
        return self

    def __exit__(self, *exc) -> None:
        """Close what is open and remove the temporary folder and lock (see :meth:`abort`)."""
        self.abort()

    @fewer_collections()
    def add(self, chunk: "ChunkResult") -> None:
        """Write a chunk's rows and fold its counts into the running totals."""
        self.totals.add_report_days(report_days(chunk.incidents))
        with self._writing():
            final = self.merger.add(chunk.incidents)
            if final:
                pickle.dump(final, self._final, protocol=pickle.HIGHEST_PROTOCOL)
            self.events.write(chunk.events)
            self.unresolved.write(chunk.unresolved)
            if "events" in self.spools:
                self.spools["events"].write(chunk.events)
                self.spools["unresolved"].write(chunk.unresolved)
        places, add = chunk.places, self.totals.add_place
        if len(places):  # column lists, not a dict per row from pandas
            for values in zip(*(places[c].tolist() for c in _TOTALS_PLACE_COLUMNS)):
                add(dict(zip(_TOTALS_PLACE_COLUMNS, values)))
        self.counts["reports"] += len(chunk.reports)
        self.counts["mentions"] += len(chunk.mentions)
        self.counts["placed"] += len(chunk.places)
        self.counts["unresolved"] += len(chunk.unresolved)
        self.counts["events"] += len(chunk.events)
        self.filtered.update(chunk.filtered)

    def abort(self) -> None:
        """Close what the run had open and remove its temporary folder and lock (safe to call twice)."""
        for part in (self.events, self.unresolved, self._final, self.merger, self.totals.ids, *self.spools.values()):
            try:
                if part is not None:
                    part.close()
            except _disk_errors():  # its folder goes next anyway
                pass
        self.folder.close()

    def _final_incidents(self) -> Iterator:
        """The incidents final at once, in order."""
        self._final.seek(0)
        while True:
            try:
                yield from pickle.load(self._final)
            except EOFError:
                return

    @fewer_collections()
    def finish(self, skipped: pd.DataFrame | None = None, renamed: pd.DataFrame | None = None,
               **map_kwargs) -> RunSummary:
        """Write incidents, GeoJSON, summary and map, move every file into place; return what was found."""
        try:
            return self._finish(skipped, renamed, **map_kwargs)
        finally:
            self.abort()

    def _finish(self, skipped: pd.DataFrame | None, renamed: pd.DataFrame | None, **map_kwargs) -> RunSummary:
        skipped = skipped if skipped is not None else pd.DataFrame(columns=SKIPPED_COLUMNS)
        renamed = renamed if renamed is not None else pd.DataFrame(columns=RENAMED_COLUMNS)
        geo = "regions.geojson, places.geojson, incidents.geojson" if self.fmt == "geojson" else "mapper.gpkg"
        steps = ["incidents.csv", geo + ", summary.json" + (", map.html" if map_kwargs.get("map_html", True) else "")]
        with writing_steps(steps) as step:
            next(step)
            n = self._write_incidents()
            regions = self.totals.regions(self.pipeline.boundaries)
            c = self.counts
            summary = summary_of(reports=c["reports"] + self.filtered.get("reports_outside_period", 0),
                                 skipped=len(skipped), mentions=c["mentions"], placed=c["placed"],
                                 places=len(self.totals.places), unresolved=c["unresolved"], events=c["events"],
                                 incidents=n, regions_with_incidents=len(self.totals.incidents),
                                 renamed=len(renamed), filtered=self.filtered)
            next(step)
            tables = {k: v for k, v in self.spools.items() if k != "incidents"}
            with self._writing():
                incidents = (dict(zip(INCIDENT_COLUMNS, row)) for row in self.spools["incidents"])
                written = write_geojson_and_map(self.totals, regions, summary, self.paths, skipped=skipped,
                                                renamed=renamed, incidents=incidents, fmt=self.fmt,
                                                tables=tables, **map_kwargs)
        paths = self.folder.commit(["incidents", "events", "unresolved"] + written)
        return RunSummary(summary=summary, regions=regions, paths=paths, skipped=skipped)

    def _write_incidents(self, batch: int = 2000) -> int:
        """Write ``incidents.csv`` in the order incidents were told, adding each to the totals; how many."""
        names, spool, totals = self.pipeline.names.names, self.spools["incidents"], self.totals
        n = 0
        with self._writing():
            self.events.close()
            self.unresolved.close()
            ordered = heapq.merge(self._final_incidents(), self.merger.pending(), key=lambda inc: inc.seq)
            sink = CsvSink(self.paths["incidents"], INCIDENT_COLUMNS)
            try:
                while incidents := list(islice(ordered, batch)):
                    rows = [inc.values(i, names) for i, inc in enumerate(incidents, start=n + 1)]
                    n += len(rows)
                    sink.write_values(rows)
                    spool.write(rows)
                    for row in rows:
                        totals.add_incident(dict(zip(INCIDENT_COLUMNS, row)))
            finally:
                sink.close()
        return n


class _NoBar:
    """What a run asks of a :mod:`tqdm` bar, doing nothing: the bar of a run told not to show one
    (``settings.progress`` off, ``mapper run -q``), which so does without importing tqdm."""

    def __init__(self, total: float | None = None, **_options) -> None:
        self.n, self.total = 0, total

    def update(self, n: float = 1) -> None:
        """Count ``n`` more done."""
        self.n += n

    def set_postfix_str(self, s: str = "", refresh: bool = True) -> None:
        """Nothing to show."""

    def refresh(self) -> None:
        """Nothing to draw."""

    def close(self) -> None:
        """Nothing to take off the screen."""


def progress_bar(**options):
    """A :mod:`tqdm` bar (a widget in Jupyter when ipywidgets is there, else text), shown when
    ``settings.progress`` is on and, outside Jupyter, only on a terminal (a :class:`_NoBar` when it
    is turned off)."""
    import warnings

    if options.get("disable", None if settings.progress else True) is True:
        return _NoBar(**options)
    with warnings.catch_warnings():  # tqdm.auto warns in Jupyter without ipywidgets, then draws text
        warnings.simplefilter("ignore")
        from tqdm.auto import tqdm
    options.setdefault("disable", None if settings.progress else True)
    return tqdm(**options)


@contextmanager
def writing_steps(steps: list[str], **bar_options) -> Iterator[Iterator[None]]:
    """A progress bar (:mod:`tqdm`) of the files being written: ``next()`` on what it gives starts
    the next step and names its files; the bar is full when the block ends without an error.
    ``bar_options`` go to :class:`tqdm.tqdm` (``file``, ``disable`` ...)."""
    bar = progress_bar(total=len(steps), desc="writing", unit=" step", leave=False, **bar_options)

    def advance() -> Iterator[None]:
        for i, files in enumerate(steps):
            bar.n = i
            bar.set_postfix_str(files)  # refreshes
            yield

    try:
        yield advance()
        bar.n = len(steps)
        bar.refresh()
    finally:
        bar.close()
