"""Small, valid geometry for web maps: topology-preserving simplification and rounding."""

from __future__ import annotations

import logging
import warnings

import geopandas as gpd
import shapely

log = logging.getLogger(__name__)


def simplify_shared(gdf: gpd.GeoDataFrame, tolerance: float) -> gpd.GeoDataFrame:
    """Simplify polygons so that neighbours keep one shared border (no gaps or slivers).

    Uses the ``topojson`` package: borders become arcs, each simplified once.
    Falls back to per-polygon simplification if the topology cannot be built.
    """
    if tolerance <= 0 or len(gdf) == 0:
        return gdf
    try:
        import topojson

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            topo = topojson.Topology(gdf, toposimplify=tolerance, prevent_oversimplify=True)
            out = topo.to_gdf()
        out = out.set_crs(gdf.crs, allow_override=True) if gdf.crs else out
        out.index = gdf.index
        bad = out.geometry.isna() | out.geometry.is_empty
        out.loc[bad, "geometry"] = gdf.loc[bad, "geometry"].simplify(tolerance)
        out["geometry"] = out.geometry.make_valid()
        return out
    except Exception as exc:  # the map must still be drawn
        log.warning("topology-preserving simplification failed (%s); simplifying each polygon", exc)
        out = gdf.copy()
        out["geometry"] = out.geometry.simplify(tolerance, preserve_topology=True)
        return out


def round_geometry(gdf: gpd.GeoDataFrame, decimals: int) -> gpd.GeoDataFrame:
    """Round coordinates to ``decimals`` places (5 is about one metre)."""
    out = gdf.copy()
    grid = 10.0 ** -decimals
    out["geometry"] = shapely.set_precision(out.geometry.values, grid)
    return out[~out.geometry.is_empty]
