"""Stage 6: write a result as GeoJSON, CSV, JSON and HTML files in one folder."""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import pandas as pd

from . import settings
from .exceptions import OutputError
from .geojson import feature_collection
from .totals import Totals

if TYPE_CHECKING:
    from .pipeline import Result

log = logging.getLogger(__name__)

#: The files written, always under these names inside the output folder.
FILES = {
    "regions": "regions.geojson", "places": "places.geojson", "incidents": "incidents.csv",
    "events": "events.csv", "unresolved": "unresolved.csv", "summary": "summary.json", "map": "map.html",
}


class CsvSink:
    """A CSV file written row by row, with fixed columns; missing values are empty."""

    def __init__(self, path: Path, columns: list[str]) -> None:
        self.path = path
        self._fh = open(path, "w", encoding="utf-8", newline="")
        self._writer = csv.DictWriter(self._fh, fieldnames=columns, extrasaction="ignore")
        self._writer.writeheader()

    @staticmethod
    def _cell(value):
        if value is None or value is pd.NA or (isinstance(value, float) and value != value):
            return ""
        return value

    def write(self, rows) -> None:
        self._writer.writerows({k: self._cell(v) for k, v in row.items()} for row in rows)

    def close(self) -> None:
        self._fh.close()


def write_table(path: Path, frame: pd.DataFrame, columns: list[str]) -> None:
    """Write a whole table the way :class:`CsvSink` writes rows."""
    sink = CsvSink(path, columns)
    try:
        sink.write(frame.to_dict("records"))
    finally:
        sink.close()


def prepare_outdir(outdir: str | Path) -> Path:
    """Create the output folder and check it can be written.

    Raises
    ------
    OutputError
        It cannot be created or written.
    """
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".mapper-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"{out}: cannot write output folder ({exc.strerror or exc})") from None
    return out


def _region_properties(regions: gpd.GeoDataFrame) -> list[dict]:
    return [{"region_code": r.region_code, "region_name": r.region_name, "name_local": r.name_local,
             "country": r.country, "disputed": bool(r.disputed), "incidents": int(r.incidents),
             "objects": int(r.objects), "places": [p for p in r.places.split(";") if p]}
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
    return json.loads(places_text(Totals.from_tables(result.incidents.iloc[0:0], result.places)))


def write_geojson_and_map(totals: Totals, regions: gpd.GeoDataFrame, summary: dict, skipped: pd.DataFrame,
                          paths: dict[str, Path], map_html: bool = True, **map_kwargs) -> dict[str, Path]:
    """Write ``regions.geojson``, ``places.geojson``, ``summary.json`` and ``map.html``."""
    try:
        paths["regions"].write_text(regions_text(regions), encoding="utf-8")
        paths["places"].write_text(places_text(totals), encoding="utf-8")
        with open(paths["summary"], "w", encoding="utf-8") as fh:
            json.dump({**summary, "skipped": skipped.to_dict(orient="records")}, fh, ensure_ascii=False,
                      indent=2, default=str)
        if map_html:
            from .webmap import map_from_totals

            map_from_totals(totals, regions, **map_kwargs).save(str(paths["map"]))
        else:
            paths = {k: v for k, v in paths.items() if k != "map"}
    except OSError as exc:
        raise OutputError(f"{paths['regions'].parent}: cannot write ({exc.strerror or exc})") from None
    log.info("wrote %s", ", ".join(str(p) for p in paths.values()))
    return paths


def write_outputs(result: "Result", outdir: str | Path, *, map_html: bool = True, **map_kwargs) -> dict[str, Path]:
    """Write every output file of a result into ``outdir``.

    Parameters
    ----------
    result : Result
    outdir : str or Path
        Created if missing. File names are fixed (``FILES``), so nothing is written
        outside it.
    map_html : bool
        Also render ``map.html``.
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
    """
    from .collect import UNRESOLVED_COLUMNS
    from .count import EVENT_COLUMNS, INCIDENT_COLUMNS

    out = prepare_outdir(outdir)
    paths = {k: out / v for k, v in FILES.items()}
    try:
        write_table(paths["incidents"], result.incidents, INCIDENT_COLUMNS)
        write_table(paths["events"], result.events, EVENT_COLUMNS)
        write_table(paths["unresolved"], result.unresolved, UNRESOLVED_COLUMNS)
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    totals = Totals.from_tables(result.incidents, result.places)
    return write_geojson_and_map(totals, result.regions, result.summary, result.skipped, paths,
                                 map_html=map_html, **map_kwargs)
