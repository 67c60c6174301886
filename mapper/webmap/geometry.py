"""Small, valid geometry for web maps: topology-preserving simplification and rounding."""

from __future__ import annotations

import logging

import geopandas as gpd
import numpy as np
import shapely

from .. import _arrayfile
from ..geojson import geometry_texts

log = logging.getLogger(__name__)


def simplify_shared(gdf: gpd.GeoDataFrame, tolerance: float, *, keep: bool = True) -> gpd.GeoDataFrame:
    """Simplify polygons so that neighbours keep one shared border (no gaps or slivers).

    Uses GEOS coverage simplification (``shapely.coverage_simplify``): each border
    shared by two regions is simplified once, the same way for both. A layer that
    is not a clean coverage (overlaps, slivers) is simplified polygon by polygon.
    With ``keep``, the result is kept in the cache folder, keyed on the geometries, the tolerance,
    the GEOS version and this module, so that the next map of the same regions does not compute it again
    (not for geometries that change from run to run, which would only fill the folder).
    """
    if tolerance <= 0 or len(gdf) == 0:
        return gdf
    out = gdf.copy()
    if not keep:
        out["geometry"] = _simplified(out, tolerance)
        return out
    wkb = _arrayfile.wkb_arrays(out.geometry.values)
    code = (shapely.geos_version_string, repr(_arrayfile.stamp(__file__)))  # another GEOS, or an edit here
    simplified = _arrayfile.cached(
        "simplified", (repr(float(tolerance)), *code, wkb["wkb"].tobytes(), wkb["wkb.offsets"].tobytes()),
        lambda: (_arrayfile.wkb_arrays(_simplified(out, tolerance)), {}),
        lambda meta, arrays: _checked(_arrayfile.wkb_geometries(arrays), len(out)))
    out["geometry"] = simplified
    return out


def _simplified(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoSeries:
    """The layer's geometries simplified (see :func:`simplify_shared`) and made valid."""
    geoms = gdf.geometry.values
    if shapely.coverage_is_valid(geoms, gap_width=0.0):
        simplified = gpd.GeoSeries(shapely.coverage_simplify(geoms, tolerance), index=gdf.index, crs=gdf.crs)
    else:
        log.info("boundaries are not a clean coverage; simplifying each polygon on its own")
        simplified = gdf.geometry.simplify(tolerance, preserve_topology=True)
    return simplified.make_valid().values


def _checked(geoms, rows: int):
    """The geometries, if there is one per row."""
    if len(geoms) != rows:
        raise ValueError(f"{len(geoms)} geometries for {rows} rows")
    return geoms


def region_texts(geoms, decimals: int) -> list[str | None]:
    """:func:`mapper.geojson.geometry_texts` of a layer's (simplified) regions, kept in the cache folder
    keyed on their WKB, the decimals and the GEOS version: the same regions are drawn run after run.
    """
    wkb = _arrayfile.wkb_arrays(geoms)

    def compute() -> tuple[dict, dict]:
        texts = geometry_texts(geoms, decimals)
        column = _arrayfile.StringColumn.build(t or "" for t in texts)
        return {"text": column.blob, "text.offsets": column.offsets,
                "missing": np.array([t is None for t in texts], dtype=bool)}, {}

    def decode(meta: dict, arrays: dict) -> list[str | None]:
        texts = list(_arrayfile.StringColumn(arrays["text"], arrays["text.offsets"]))
        if len(texts) != len(geoms) or len(arrays["missing"]) != len(texts):
            raise ValueError(f"{len(texts)} geometries for {len(geoms)} regions")
        return [None if gone else t for t, gone in zip(texts, arrays["missing"].tolist())]

    return _arrayfile.cached("geojson", (str(int(decimals)), shapely.geos_version_string, wkb["wkb"].tobytes(),
                                         wkb["wkb.offsets"].tobytes()), compute, decode)
