"""Stage 6: an interactive, fully offline map of a result (Leaflet through folium)."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import box

from .. import _arrayfile, settings
from ..boundaries import load_countries
from ..exceptions import UsageError, check_flag
from ..geojson import feature_collection
from ..totals import Totals
from . import _shell, geometry
from .data import KINDS, JSONText, MapTables, cities_in, class_bounds, class_breaks, data_json, legend, palette
from .geometry import region_texts, simplify_shared
from .offline import DEFAULT_CSS, DEFAULT_JS, OfflineError, inline_assets

if TYPE_CHECKING:
    import folium

    from ..pipeline import Result

__all__ = ["make_map", "map_from_totals", "write_map", "MapOptions", "OfflineError", "inline_assets", "class_breaks",
           "class_bounds", "palette", "KINDS"]

log = logging.getLogger(__name__)

#: Places named from which their markers are clustered.
CLUSTER_FROM = 40
#: The region metrics: key -> legend title.
LAYERS = {"incidents": "Incidents per region", "objects": "Objects per region (drones, missiles, …)"}
DEFAULT_TITLE = "Incidents named in the reports"


def _view(regions: gpd.GeoDataFrame, lons: list[float], lats: list[float]) -> tuple[float, float, float, float]:
    """Bounds around the regions with incidents and the places (the whole layer if none).

    Regions count by a point inside each, so one reaching over the antimeridian (Chukotka) does not
    stretch the view round the world; longitudes west of -90 are taken east of 180 when the rest lies east.
    """
    active = regions[regions["incidents"] > 0]
    pts = (active if len(active) else regions).geometry.representative_point()
    lons = list(pts.x) + list(lons)
    lats = list(pts.y) + list(lats)
    if lons and max(lons) > 90:
        lons = [x + 360 if x < -90 else x for x in lons]
    if not lons:
        return (20.0, 40.0, 60.0, 70.0)
    pad = 1.0
    return (min(lons) - pad, min(lats) - pad, max(lons) + pad, max(lats) + pad)


def make_map(result: "Result", **kwargs) -> "folium.Map":
    """Build an offline map of a result (see :func:`map_from_totals` for options)."""
    kwargs.setdefault("reports_read", len(result.reports))
    return map_from_totals(Totals.from_tables(result.incidents, result.placed), result.regions, **kwargs)


@dataclass(frozen=True)
class MapOptions:
    """The options of a map: the keyword arguments of :func:`map_from_totals` and :func:`make_map`.

    Parameters
    ----------
    metric : {"incidents", "objects"}
        The choropleth shown first; the other is one click away in the layer control.
    online_tiles : bool
        Offer an OpenStreetMap tile layer (off until chosen). Needs internet when viewed.
    simplify : float
        Simplification tolerance in degrees (borders shared by two regions stay shared).
    decimals : int
        Decimals kept in the regions' coordinates.
    time_by : {"day", "week"}
        Period of the time controls (shown when incidents have dates).
    title : str, optional
        The heading of the summary panel (shown as text).
    width, height : str or int
        Size of the map (CSS length or pixels).
    reports_read : int, optional
        Reports read, shown in the summary beside those telling of incidents.

    Raises
    ------
    UsageError
        ``metric`` or ``time_by`` is not one of the values above, or ``online_tiles`` is no bool (a
        ValueError too).
    """

    metric: str = "incidents"
    online_tiles: bool = False
    simplify: float = 0.04
    decimals: int = 3
    time_by: str = "day"
    title: str | None = None
    width: str | int = "100%"
    height: str | int = "100%"
    reports_read: int | None = None

    def __post_init__(self) -> None:
        """Refuse a metric, period, size or title the map does not know."""
        if self.metric not in LAYERS:
            raise UsageError(f"metric must be 'incidents' or 'objects', not {self.metric!r}")
        if self.time_by not in ("day", "week"):
            raise UsageError(f"time_by must be 'day' or 'week', not {self.time_by!r}")
        check_flag(self.online_tiles, "online_tiles")  # "no" would add the online layer
        for name in ("width", "height"):
            if not _css_size(getattr(self, name)):
                raise UsageError(f"{name} must be pixels or a length such as '100%' or '600px', "
                                 f"not {getattr(self, name)!r:.60}")
        if self.title is not None and not isinstance(self.title, str):
            raise UsageError(f"title must be a string, not {type(self.title).__name__}")


def _css_size(value: object) -> bool:
    """Whether ``value`` is a size folium takes: a positive number of pixels, or ``N%`` / ``Npx``."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return value > 0
    return isinstance(value, str) and re.fullmatch(r"\d+(\.\d+)?(px|%)", value.strip()) is not None


def map_from_totals(totals: Totals, regions: gpd.GeoDataFrame, **options) -> "folium.Map":
    """Build an offline map from a run's totals.

    Parameters
    ----------
    totals : Totals
        Counts per region, places, popup incidents and counts per day, place and kind.
    regions : geopandas.GeoDataFrame
        The boundary layer with ``incidents``, ``objects`` and ``places``.
    **options
        The fields of :class:`MapOptions` (``metric``, ``time_by``, ``online_tiles``, ``title``, ...).

    Returns
    -------
    folium.Map
        Its HTML (``save``, ``_repr_html_``) has every asset inlined and loads nothing
        from the network, unless ``online_tiles`` was asked for and chosen. Every piece of
        the run's data is in one JSON block, never in a template's source; the same input
        gives the same bytes.

    Raises
    ------
    UsageError
        An option's value is not one :class:`MapOptions` knows (a ValueError too).
    TypeError
        An option that :class:`MapOptions` has not.
    """
    opts = MapOptions(**options)
    view, text, cluster = _page_data(totals, regions, opts)
    return folium_map(view, opts, text, cluster)


def write_map(totals: Totals, regions: gpd.GeoDataFrame, path: str | Path, **options) -> None:
    """Write the page of :func:`map_from_totals` to ``path``, byte for byte, without folium.

    The page's frame (every part but the run's data and the map's centre) is rendered once by
    folium for each set of options and kept in the cache folder (:mod:`mapper.webmap._shell`);
    the run's data goes into it as text, never through a template.

    Parameters
    ----------
    totals, regions, **options
        As for :func:`map_from_totals`.
    path : str or Path
        The HTML file written.

    Raises
    ------
    ValueError, TypeError
        As for :func:`map_from_totals`.
    OfflineError
        The page would load something from the network.
    """
    opts = MapOptions(**options)
    view, text, cluster = _page_data(totals, regions, opts)
    Path(path).write_bytes(_shell.page(opts, cluster, _center(view), text).encode("utf8"))


def _page_data(totals: Totals, regions: gpd.GeoDataFrame, opts: MapOptions) -> tuple[tuple, str, bool]:
    """The view, the page's JSON block and whether markers are clustered."""
    if totals.countries:  # the countries with incidents or places; a layer's region of no country is kept
        shown = regions[regions["country"].isin(totals.countries) | ~regions["country"].astype(bool)]
    else:
        shown = regions
    shown = simplify_shared(shown, opts.simplify)
    tables = MapTables(totals, shown, opts.time_by)
    locs = tables.loc_table()
    view = _view(shown, locs["lon"], locs["lat"])
    places = sum(1 for role in locs["role"] if role & 1)
    return view, data_json(_map_data(tables, shown, locs, view, opts)), places >= CLUSTER_FROM


def folium_map(view: tuple[float, float, float, float], opts: MapOptions, text: str, cluster: bool
               ) -> "folium.Map":
    """The folium map of a page: centred on ``view``, with the JSON block ``text``.

    Parameters
    ----------
    view : tuple of float
        ``(minx, miny, maxx, maxy)`` the map opens on.
    opts : MapOptions
    text : str
        The page's data, from :func:`mapper.webmap.data.data_json` (put in as it is).
    cluster : bool
        Cluster the markers of the places.

    Returns
    -------
    folium.Map
    """
    import folium

    from .elements import App, MapData, MapStyle

    m = _base_map(view, opts)
    data = MapData(text)
    tiles = None
    if opts.online_tiles:
        tiles = folium.TileLayer("OpenStreetMap", name="OpenStreetMap (online)", overlay=True, show=False,
                                 control=False)
    for child in (MapStyle(), data, tiles):
        if child is not None:
            m.add_child(child)
    m.add_child(App(data, metric=opts.metric, cluster=cluster, tiles=tiles))
    return m


def _center(view: tuple[float, float, float, float]) -> list[float]:
    """The map's centre, ``[lat, lon]``, of a view."""
    minx, miny, maxx, maxy = view
    return [float((miny + maxy) / 2), float((minx + maxx) / 2)]


def _base_map(view: tuple[float, float, float, float], opts: MapOptions) -> "folium.Map":
    """An empty map centred on the view, in an :class:`OfflineFigure`, with no tile layer."""
    import folium

    from .elements import OfflineFigure

    m = folium.Map(tiles=None, location=_center(view), zoom_start=4,
                   width=opts.width, height=opts.height, control_scale=True)
    # with no tile layer the map has no zoom limits of its own; marker clustering needs them
    m.options.update({"minZoom": 2, "maxZoom": 14, "zoomSnap": 0.25, "zoomDelta": 0.5})
    m.default_js, m.default_css = list(DEFAULT_JS), list(DEFAULT_CSS)
    OfflineFigure().add_child(m)
    return m


def _map_data(tables: MapTables, shown: gpd.GeoDataFrame, locs: dict, view: tuple[float, float, float, float],
              opts: MapOptions) -> dict[str, object]:
    """The parts of the page's one JSON block: every piece of the run's data the map shows."""
    minx, miny, maxx, maxy = view
    frame = (minx - 25, miny - 15, maxx + 25, maxy + 15)
    return {
        "title": opts.title or DEFAULT_TITLE,
        "view": [round(v, 3) for v in view],
        "outline": JSONText(_outline(frame, shown)),
        "regions": JSONText(feature_collection(shown.geometry.values, tables.region_props(), opts.decimals,
                                               texts=region_texts(shown.geometry.values, opts.decimals))),
        "legend": {key: legend(shown[key], label) for key, label in LAYERS.items()},
        "by": opts.time_by,
        "periods": tables.periods,
        "reports": tables.reports(),
        "read": opts.reports_read,
        "locs": locs,
        "cells": tables.cell_table(),
        "cities": cities_in(frame),
    }


def _outline(frame: tuple[float, float, float, float], shown: gpd.GeoDataFrame) -> str:
    """GeoJSON of the country outlines in the frame, but those the regions drawn cover: made once for a
    frame, the regions drawn and the country layer, and kept in the cache folder (``outline-*.idx``)."""
    wkb = _arrayfile.wkb_arrays(shown.geometry.values)
    countries_file = _arrayfile.stamp((Path(settings.data_folder) / "countries.geojson").resolve())
    code = (shapely.geos_version_string, repr(_arrayfile.stamp(__file__)), repr(_arrayfile.stamp(geometry.__file__)))
    parts = (repr([float(v) for v in frame]), repr(list(shown["country"])), repr(countries_file), *code,
             wkb["wkb"].tobytes(), wkb["wkb.offsets"].tobytes())
    return _arrayfile.cached("outline", parts,
                             lambda: ({"text": np.frombuffer(_outline_of(frame, shown).encode(), np.uint8)}, {}),
                             lambda meta, arrays: arrays["text"].tobytes().decode())


def _outline_of(frame: tuple[float, float, float, float], shown: gpd.GeoDataFrame) -> str:
    """:func:`_outline`, made."""
    countries = load_countries()
    region_area = pd.Series(shapely.area(shown.geometry.values), index=shown.index).groupby(shown["country"]).sum()
    country_area = pd.Series(shapely.area(countries.geometry.values), index=countries.index).groupby(
        countries["country"]).sum()
    covered = {c for c, area in region_area.items() if area >= 0.95 * country_area.get(c, 0) > 0}
    countries = countries[~countries["country"].isin(covered)]
    clip = box(*frame)
    countries = countries[countries.intersects(clip)].copy()
    countries["geometry"] = countries.geometry.intersection(clip)
    # a base under the regions: coarser as the frame grows (0.05° to 0.15°)
    countries = simplify_shared(countries, min(0.15, max(0.05, (frame[2] - frame[0]) / 1500)), keep=False)
    return feature_collection(countries.geometry.values, [{} for _ in range(len(countries))], 2)
