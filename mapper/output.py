"""Stage 6: write a result as GeoJSON, CSV, JSON and HTML files in one folder."""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING


from . import settings
from .exceptions import OutputError
from .geojson import feature_collection

if TYPE_CHECKING:
    from .pipeline import Result

log = logging.getLogger(__name__)

#: The files :func:`write_outputs` writes, always under these names inside the output folder.
FILES = {
    "regions": "regions.geojson", "places": "places.geojson", "incidents": "incidents.csv",
    "events": "events.csv", "unresolved": "unresolved.csv", "summary": "summary.json", "map": "map.html",
}


def _region_features(result: "Result", all_regions: bool) -> tuple[list, list[dict]]:
    regions = result.regions if all_regions else result.regions[result.regions["incidents"] > 0]
    props = [{"region_code": row.region_code, "region_name": row.region_name, "name_local": row.name_local,
              "country": row.country, "disputed": bool(row.disputed), "incidents": int(row.incidents),
              "objects": int(row.objects), "places": [p for p in row.places.split(";") if p]}
             for row in regions.itertuples(index=False)]
    return list(regions.geometry.values), props


def _place_features(result: "Result") -> tuple[list, list[dict]]:
    geoms, props = [], []
    if len(result.places):
        for gid, grp in result.places.groupby("geonameid", sort=False):
            first = grp.iloc[0]
            geoms.append(first.geometry)
            props.append({"name": first["name"], "matched_name": first["matched_name"], "geonameid": gid,
                          "region_code": first["region_code"], "country": first["country"], "mentions": len(grp),
                          "report_ids": list(dict.fromkeys(grp["report_id"])), "roles": sorted(set(grp["role"]))})
    return geoms, props


def regions_geojson(result: "Result", decimals: int | None = None, all_regions: bool = True) -> dict:
    """Regions as a GeoJSON FeatureCollection.

    Properties: ``region_code``, ``region_name``, ``name_local``, ``country``,
    ``disputed``, ``incidents``, ``objects``, ``places`` (a list).
    """
    decimals = settings.coordinate_decimals if decimals is None else decimals
    return json.loads(feature_collection(*_region_features(result, all_regions), decimals))


def places_geojson(result: "Result", decimals: int | None = None) -> dict:
    """Places as GeoJSON points, one per gazetteer place.

    Properties: ``name`` (as written), ``matched_name``, ``geonameid``,
    ``region_code``, ``country``, ``mentions``, ``report_ids`` (a list), ``roles``
    (``location`` and/or ``origin``: named as where drones came from).
    """
    decimals = settings.coordinate_decimals if decimals is None else decimals
    return json.loads(feature_collection(*_place_features(result), decimals))


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
        decimals = settings.coordinate_decimals
        paths["regions"].write_text(feature_collection(*_region_features(result, True), decimals), encoding="utf-8")
        paths["places"].write_text(feature_collection(*_place_features(result), decimals), encoding="utf-8")
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
