"""Stage 6: write a result as GeoJSON, CSV, JSON and HTML files in one folder."""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd
from shapely.geometry import mapping

from . import settings
from .exceptions import OutputError

if TYPE_CHECKING:
    from .pipeline import Result

log = logging.getLogger(__name__)

#: The files :func:`write_outputs` writes, always under these names inside the output folder.
FILES = {
    "regions": "regions.geojson", "places": "places.geojson", "incidents": "incidents.csv",
    "events": "events.csv", "unresolved": "unresolved.csv", "summary": "summary.json", "map": "map.html",
}


def _round(coords, decimals: int):
    if isinstance(coords, (float, int)):
        return round(float(coords), decimals)
    return [_round(c, decimals) for c in coords]


def _clean(value):
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if value is pd.NA or (hasattr(value, "__class__") and value.__class__.__name__ == "NAType"):
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _feature(geom, props: dict, decimals: int) -> dict:
    g = mapping(geom)
    return {"type": "Feature", "properties": {k: _clean(v) for k, v in props.items()},
            "geometry": {"type": g["type"], "coordinates": _round(g["coordinates"], decimals)}}


def regions_geojson(result: "Result", decimals: int | None = None, all_regions: bool = True) -> dict:
    """Regions as a GeoJSON FeatureCollection.

    Properties: ``region_code``, ``region_name``, ``name_local``, ``country``,
    ``disputed``, ``incidents``, ``objects``, ``places`` (a list).
    """
    decimals = settings.coordinate_decimals if decimals is None else decimals
    regions = result.regions if all_regions else result.regions[result.regions["incidents"] > 0]
    feats = []
    for row in regions.itertuples(index=False):
        feats.append(_feature(row.geometry, {
            "region_code": row.region_code, "region_name": row.region_name, "name_local": row.name_local,
            "country": row.country, "disputed": bool(row.disputed), "incidents": int(row.incidents),
            "objects": int(row.objects), "places": [p for p in row.places.split(";") if p],
        }, decimals))
    return {"type": "FeatureCollection", "features": feats}


def places_geojson(result: "Result", decimals: int | None = None) -> dict:
    """Places as GeoJSON points, one per gazetteer place.

    Properties: ``name`` (as written), ``matched_name``, ``geonameid``,
    ``region_code``, ``country``, ``mentions``, ``report_ids`` (a list).
    """
    decimals = settings.coordinate_decimals if decimals is None else decimals
    feats = []
    if len(result.places):
        for gid, grp in result.places.groupby("geonameid", sort=False):
            first = grp.iloc[0]
            feats.append(_feature(first.geometry, {
                "name": first["name"], "matched_name": first["matched_name"], "geonameid": gid,
                "region_code": first["region_code"], "country": first["country"], "mentions": len(grp),
                "report_ids": list(dict.fromkeys(grp["report_id"])),
            }, decimals))
    return {"type": "FeatureCollection", "features": feats}


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
    out = Path(outdir)
    try:
        out.mkdir(parents=True, exist_ok=True)
        probe = out / ".mapper-write-test"
        probe.write_text("")
        probe.unlink()
    except OSError as exc:
        raise OutputError(f"{out}: cannot write output folder ({exc.strerror or exc})") from None
    paths = {k: out / v for k, v in FILES.items()}
    try:
        with open(paths["regions"], "w", encoding="utf-8") as fh:
            json.dump(regions_geojson(result), fh, ensure_ascii=False)
        with open(paths["places"], "w", encoding="utf-8") as fh:
            json.dump(places_geojson(result), fh, ensure_ascii=False)
        result.incidents.to_csv(paths["incidents"], index=False)
        result.events.to_csv(paths["events"], index=False)
        result.unresolved.to_csv(paths["unresolved"], index=False)
        summary = dict(result.summary)
        summary["skipped"] = result.skipped.to_dict(orient="records")
        with open(paths["summary"], "w", encoding="utf-8") as fh:
            json.dump(summary, fh, ensure_ascii=False, indent=2, default=str)
        if map_html:
            result.map(**map_kwargs).save(str(paths["map"]))
        else:
            paths.pop("map")
    except OSError as exc:
        raise OutputError(f"{out}: cannot write ({exc.strerror or exc})") from None
    log.info("wrote %s", ", ".join(str(p) for p in paths.values()))
    return paths
