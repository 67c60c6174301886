"""Stage 6: an interactive, fully offline Folium map of a result."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import folium
import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import box

from ..boundaries import load_countries
from ..geojson import feature_collection
from ..totals import Totals
from .elements import JSONText, MapData, MapStyle, Outline, PlaceLayer, RegionLayer, TimeControl, Title
from .geometry import simplify_shared
from .offline import DEFAULT_CSS, DEFAULT_JS, OfflineError, OfflineFigure, inline_assets

if TYPE_CHECKING:
    from ..pipeline import Result

__all__ = ["make_map", "map_from_totals", "OfflineError", "inline_assets", "class_breaks"]

log = logging.getLogger(__name__)

PALETTE = ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"]  # ColorBrewer Reds
CLUSTER_FROM = 40


def class_breaks(values, classes: int = len(PALETTE)) -> list[int]:
    """Lower bounds of at most ``classes`` classes for positive integer values.

    One class per value when few distinct values; otherwise quantile bounds.
    """
    vals = np.asarray([v for v in values if v and v > 0], dtype=float)
    if vals.size == 0:
        return [1]
    distinct = np.unique(vals)
    if distinct.size <= classes:
        return [int(v) for v in distinct]
    qs = np.quantile(vals, np.linspace(0, 1, classes + 1)[:-1])
    out = sorted({int(np.floor(q)) for q in qs} | {1})
    return out[:classes]


def _view(regions: gpd.GeoDataFrame, places: list[dict]) -> tuple[float, float, float, float]:
    """Bounds around the regions with incidents and the places (the whole layer if none).

    Regions count by a point inside each, so one reaching over the antimeridian (Chukotka) does not
    stretch the view round the world; longitudes west of -90 are taken east of 180 when the rest lies east.
    """
    active = regions[regions["incidents"] > 0]
    pts = (active if len(active) else regions).geometry.representative_point()
    lons = list(pts.x) + [p["lon"] for p in places]
    lats = list(pts.y) + [p["lat"] for p in places]
    if lons and max(lons) > 90:
        lons = [x + 360 if x < -90 else x for x in lons]
    if not lons:
        return (20.0, 40.0, 60.0, 70.0)
    pad = 1.0
    return (min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)


def make_map(result: "Result", **kwargs) -> folium.Map:
    """Build an offline Folium map of a result (see :func:`map_from_totals` for options)."""
    return map_from_totals(Totals.from_tables(result.incidents, result.places), result.regions, **kwargs)


def map_from_totals(totals: Totals, regions: gpd.GeoDataFrame, *, metric: str = "incidents",
                    online_tiles: bool = False, simplify: float = 0.04, decimals: int = 4, time_by: str = "day",
                    title: str | None = None, width: str | int = "100%", height: str | int = "100%") -> folium.Map:
    """Build an offline Folium map from a run's totals.

    Parameters
    ----------
    totals : Totals
        Counts per region, places, popup incidents and daily counts.
    regions : geopandas.GeoDataFrame
        The boundary layer with ``incidents``, ``objects`` and ``places``.
    metric : {"incidents", "objects"}
        The choropleth shown first; the other is one click away in the layer control.
    online_tiles : bool
        Add an OpenStreetMap tile layer (off until chosen). Needs internet when viewed.
    simplify : float
        Simplification tolerance in degrees (borders shared by two regions stay shared).
    decimals : int
        Decimals kept in coordinates.
    time_by : {"day", "week"}
        Step of the time slider (shown when incidents have dates).
    title : str, optional
        A heading over the map, shown as text.
    width, height : str or int
        Size of the map (CSS length or pixels).

    Returns
    -------
    folium.Map
        Its HTML (``save``, ``_repr_html_``) has every asset inlined and loads nothing
        from the network, unless ``online_tiles`` was asked for and chosen. Every piece of
        the run's data is in one JSON block, never in a template's source; the same input
        gives the same bytes.

    Raises
    ------
    ValueError
        ``metric`` or ``time_by`` is not one of the values above.
    """
    if metric not in ("incidents", "objects"):
        raise ValueError("metric must be 'incidents' or 'objects'")
    if time_by not in ("day", "week"):
        raise ValueError("time_by must be 'day' or 'week'")
    shown = regions[regions["country"].isin(totals.countries)] if totals.countries else regions
    shown = simplify_shared(shown, simplify)
    places = list(totals.place_list())
    minx, miny, maxx, maxy = _view(shown, places)

    m = folium.Map(tiles=None, location=[(miny + maxy) / 2, (minx + maxx) / 2], zoom_start=4,
                   width=width, height=height, control_scale=True)
    # with no tile layer the map has no zoom limits of its own; marker clustering needs them
    m.options.update({"minZoom": 2, "maxZoom": 14})
    m.default_js, m.default_css = list(DEFAULT_JS), list(DEFAULT_CSS)
    OfflineFigure().add_child(m)
    periods, values = totals.periods(time_by)
    data = MapData({
        "title": title or "",
        "outline": JSONText(_outline(minx, miny, maxx, maxy)),
        "regions": JSONText(feature_collection(shown.geometry.values, _region_props(shown, totals), decimals)),
        "layers": {key: _legend(shown[key], label) for key, label in LAYERS.items()},
        "places": _markers(places, regions),
        "time": {"periods": periods, "values": values, "title": f"Incidents by {time_by}"},
    })
    for child in (MapStyle(), data, Outline(data)):
        m.add_child(child)
    if online_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=True, show=False).add_to(m)
    layers = [RegionLayer(data, key, name=label, show=(key == metric)) for key, label in LAYERS.items()]
    for layer in layers:
        m.add_child(layer)
    if places:
        m.add_child(PlaceLayer(data, cluster=len(places) >= CLUSTER_FROM))
    if periods:
        m.add_child(TimeControl(data, layers))
    folium.LayerControl(collapsed=False).add_to(m)
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(20, 20))
    if title:
        m.add_child(Title(data))
    return m


#: The region layers: metric -> name in the layer control.
LAYERS = {"incidents": "Incidents", "objects": "Objects (drones, missiles, …)"}


def _legend(values: pd.Series, label: str) -> dict:
    """Legend title, class lower bounds and colours of one metric."""
    breaks = class_breaks(values)
    colors = PALETTE[:len(breaks)] if len(breaks) > 1 else [PALETTE[3]]
    return {"title": f"{label} per region", "breaks": breaks, "colors": colors}


def _outline(minx: float, miny: float, maxx: float, maxy: float) -> str:
    """GeoJSON of the country outlines in a frame around the view."""
    countries = load_countries()
    frame = box(minx - 25, miny - 15, maxx + 25, maxy + 15)
    countries = countries[countries.intersects(frame)].copy()
    countries["geometry"] = countries.geometry.intersection(frame)
    return feature_collection(countries.geometry.values, [{} for _ in range(len(countries))], 2)


def _region_props(shown: gpd.GeoDataFrame, totals: Totals) -> list[dict]:
    """Properties of each region feature: names, counts, places and its popup's incidents."""
    return [{"region_code": r.region_code, "region_name": r.region_name, "name_local": r.name_local,
             "country": r.country, "disputed": bool(r.disputed), "disputed_note": r.disputed_note,
             "incidents": int(r.incidents), "objects": int(r.objects), "places": r.places.replace(";", ", "),
             "incident_list": totals.popups.get(r.region_code, []),
             "incidents_more": totals.popup_more(r.region_code)}
            for r in shown.itertuples(index=False)]


def _markers(places: list[dict], regions: gpd.GeoDataFrame) -> list[dict]:
    """One marker per place: where, its names, its region, mentions, reports and size."""
    names = dict(zip(regions["region_code"], regions["region_name"]))
    return [{
        "lat": round(p["lat"], 5), "lon": round(p["lon"], 5), "name": p["name"],
        "matched_name": p["matched_name"],
        "region_name": names.get(p["region_code"], "outside the boundary layer"),
        "mentions": p["mentions"], "report_ids": ", ".join(list(p["report_ids"])[:20])
        + (" …" if len(p["report_ids"]) > 20 else ""),
        "geonameid": int(p["geonameid"]) if pd.notna(p["geonameid"]) else "",
        "radius": round(4 + 3 * min(p["mentions"], 25) ** 0.5, 1), "origin_only": p["roles"] == {"origin"},
    } for p in places]
