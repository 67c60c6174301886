"""Small, valid geometry for web maps: topology-preserving simplification and rounding."""

from __future__ import annotations

import logging

import geopandas as gpd
import shapely

log = logging.getLogger(__name__)


def simplify_shared(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """Simplify polygons so that neighbours keep one shared border (no gaps or slivers).

    Uses GEOS coverage simplification (``shapely.coverage_simplify``): each border
    shared by two regions is simplified once, the same way for both. A layer that
    is not a clean coverage (overlaps, slivers) is simplified polygon by polygon.
    """
    if tolerance <= 0 or len(gdf) == 0:
        return gdf
    out = gdf.copy()
    geoms = out.geometry.values
    if shapely.coverage_is_valid(geoms, gap_width=0.0):
        out["geometry"] = shapely.coverage_simplify(geoms, tolerance)
    else:
        log.info("boundaries are not a clean coverage; simplifying each polygon on its own")
        out["geometry"] = out.geometry.simplify(tolerance, preserve_topology=True)
    out["geometry"] = out.geometry.make_valid()
    return out
