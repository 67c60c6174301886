"""Stage 6: an interactive, fully offline Folium map of a result."""

from __future__ import annotations

import logging
from datetime import date, timedelta
from typing import TYPE_CHECKING

import folium
import numpy as np
import pandas as pd
from shapely.geometry import box

from ..boundaries import load_countries
from .elements import GeoData, MapStyle, Outline, PlaceLayer, RegionLayer, TimeControl
from ..geojson import feature_collection
from .geometry import simplify_shared
from .offline import DEFAULT_CSS, DEFAULT_JS, OfflineError, OfflineFigure, inline_assets

if TYPE_CHECKING:
    from ..pipeline import Result

__all__ = ["make_map", "OfflineError", "inline_assets", "class_breaks"]

log = logging.getLogger(__name__)

PALETTE = ["#fee5d9", "#fcbba1", "#fc9272", "#fb6a4a", "#de2d26", "#a50f15"]  # ColorBrewer Reds
MAX_POPUP_INCIDENTS = 30
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


def _period(day: str, by: str) -> str:
    d = date.fromisoformat(day)
    if by == "week":
        start = d - timedelta(days=d.weekday())
        return f"week of {start.isoformat()}"
    return d.isoformat()


def _time_values(incidents: pd.DataFrame, by: str) -> tuple[list[str], dict]:
    dated = incidents[incidents["date"].astype(bool)]
    if dated.empty:
        return [], {}
    values: dict[str, dict[str, dict[str, int]]] = {}
    for row in dated.itertuples(index=False):
        per = values.setdefault(_period(row.date, by), {}).setdefault(row.region_code, {"incidents": 0, "objects": 0})
        per["incidents"] += 1
        per["objects"] += 0 if pd.isna(row.objects) else int(row.objects)
    return sorted(values), values


def _incident_lists(incidents: pd.DataFrame) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for row in incidents.itertuples(index=False):
        out.setdefault(row.region_code, []).append({
            "date": row.date, "kind": row.kind,
            "objects": None if pd.isna(row.objects) else int(row.objects), "object_kind": row.object_kind,
            "sentence": row.sentences, "source": row.sources,
        })
    return out


def make_map(result: "Result", *, metric: str = "incidents", online_tiles: bool = False,
             simplify: float = 0.04, decimals: int = 4, time_by: str = "day",
             title: str | None = None, width: str | int = "100%", height: str | int = "100%") -> folium.Map:
    """Build an offline Folium map of a result.

    Parameters
    ----------
    result : Result
        From :func:`mapper.run`.
    metric : {"incidents", "objects"}
        The choropleth shown first; the other is one click away in the layer control.
    online_tiles : bool
        Add an OpenStreetMap tile layer (off until chosen). Needs internet when viewed.
    simplify : float
        Simplification tolerance in degrees (topology-preserving).
    decimals : int
        Decimals kept in coordinates.
    time_by : {"day", "week"}
        Step of the time slider (shown when incidents have dates).

    Returns
    -------
    folium.Map
        Its HTML (``save``, ``_repr_html_``) has every asset inlined and loads nothing
        from the network, unless ``online_tiles`` was asked for and chosen.
    """
    if metric not in ("incidents", "objects"):
        raise ValueError("metric must be 'incidents' or 'objects'")
    regions = result.regions
    countries_used = set(result.incidents["country"]) | set(result.places["country"].dropna())
    shown = regions[regions["country"].isin(countries_used)] if countries_used else regions
    shown = simplify_shared(shown, simplify)
    active = shown[shown["incidents"] > 0]
    minx, miny, maxx, maxy = (active if len(active) else shown).total_bounds
    if len(result.places):
        minx, miny = min(minx, result.places["lon"].min()), min(miny, result.places["lat"].min())
        maxx, maxy = max(maxx, result.places["lon"].max()), max(maxy, result.places["lat"].max())

    m = folium.Map(tiles=None, location=[(miny + maxy) / 2, (minx + maxx) / 2], zoom_start=4,
                   width=width, height=height, control_scale=True, prefer_canvas=False)
    m.default_js, m.default_css = list(DEFAULT_JS), list(DEFAULT_CSS)
    fig = OfflineFigure()
    fig.add_child(m)
    m.add_child(MapStyle())

    countries = load_countries()
    frame = box(minx - 25, miny - 15, maxx + 25, maxy + 15)
    countries = countries[countries.intersects(frame)].copy()
    countries["geometry"] = countries.geometry.intersection(frame)
    m.add_child(Outline(feature_collection(countries.geometry.values, [{} for _ in range(len(countries))], 2)))
    if online_tiles:
        folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=True, show=False).add_to(m)

    lists = _incident_lists(result.incidents)
    props = [{"region_code": r.region_code, "region_name": r.region_name, "name_local": r.name_local,
              "country": r.country, "disputed": bool(r.disputed), "disputed_note": r.disputed_note,
              "incidents": int(r.incidents), "objects": int(r.objects), "places": r.places.replace(";", ", "),
              "incident_list": lists.get(r.region_code, [])[:MAX_POPUP_INCIDENTS],
              "incidents_more": max(0, len(lists.get(r.region_code, [])) - MAX_POPUP_INCIDENTS)}
             for r in shown.itertuples(index=False)]
    data = GeoData(feature_collection(shown.geometry.values, props, decimals), name="RegionData")
    m.add_child(data)

    layers = []
    for key, label in (("incidents", "Incidents"), ("objects", "Objects (drones, missiles, …)")):
        layer = RegionLayer(data, key, f"{label} per region", class_breaks(shown[key]),
                            PALETTE[:len(class_breaks(shown[key]))] if len(class_breaks(shown[key])) > 1
                            else [PALETTE[3]], name=label, show=(key == metric))
        m.add_child(layer)
        layers.append(layer)

    if len(result.places):
        names = dict(zip(regions["region_code"], regions["region_name"]))
        grouped = result.places.groupby("geonameid", sort=False)
        places = []
        for gid, grp in grouped:
            n = len(grp)
            code = grp["region_code"].iloc[0]
            places.append({
                "lat": round(float(grp["lat"].iloc[0]), 5), "lon": round(float(grp["lon"].iloc[0]), 5),
                "name": grp["name"].iloc[0], "matched_name": grp["matched_name"].iloc[0],
                "region_name": names.get(code, "outside the boundary layer") if code else "outside the boundary layer",
                "mentions": n, "report_ids": ", ".join(dict.fromkeys(grp["report_id"])),
                "geonameid": int(gid) if pd.notna(gid) else "", "radius": round(4 + 3 * min(n, 25) ** 0.5, 1),
                "origin_only": bool((grp["role"] == "origin").all()),
            })
        m.add_child(PlaceLayer(places, cluster=len(places) >= CLUSTER_FROM))

    periods, values = _time_values(result.incidents, time_by)
    if periods:
        m.add_child(TimeControl(periods, values, layers, f"Incidents by {time_by}"))
    folium.LayerControl(collapsed=False).add_to(m)
    m.fit_bounds([[miny, minx], [maxy, maxx]], padding=(20, 20))
    if title:
        from .elements import Title

        fig.html.add_child(Title(title))
    return m
