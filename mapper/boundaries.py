"""Admin-1 boundaries: load the shipped layer or the user's own, and join points to it.

The shipped layer (``data/boundaries/admin1.geojson``) is curated from Natural
Earth; users may pass any vector file GDAL reads (shapefile, GeoPackage,
GeoJSON) from GADM, geoBoundaries, OCHA or elsewhere. Column names are detected
for those sources, or given explicitly.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import pyproj
import shapely

from . import _arrayfile, settings
from .exceptions import BoundaryError, UsageError
from .textfiles import as_path

log = logging.getLogger(__name__)

#: Standard columns of a boundary layer inside mapper.
COLUMNS = ["region_code", "region_name", "name_local", "country", "disputed", "disputed_note",
           "aliases", "standalone", "geometry"]

# Candidate source columns, most specific first: shipped, Natural Earth, GADM, geoBoundaries, OCHA.
_CODE_COLS = ["region_code", "iso_3166_2", "ISO_1", "shapeISO", "ADM1_PCODE", "GID_1", "HASC_1", "code"]
_NAME_COLS = ["region_name", "name_en", "NAME_1", "shapeName", "ADM1_EN", "name", "NAME"]
_LOCAL_COLS = ["name_local", "NL_NAME_1", "ADM1_UA", "ADM1_RU", "name_ru", "name_uk", "gn_name"]
_COUNTRY_COLS = ["country", "iso_a2", "GID_0", "shapeGroup", "ADM0_PCODE", "ADM0_EN", "admin"]
_ALIAS_COLS = ["aliases", "VARNAME_1", "name_alt", "woe_name", "ADM1_REF"]


def _pick(columns: list[str], wanted: str | None, candidates: list[str], what: str, path: str) -> str | None:
    if wanted:
        if wanted not in columns:
            raise BoundaryError(f"{path}: no column {wanted!r} for the {what}; columns are: {', '.join(columns)}")
        return wanted
    lower = {c.lower(): c for c in columns}
    for cand in candidates:
        if cand.lower() in lower:
            return lower[cand.lower()]
    return None


def _country_code(value: object) -> str:
    """ISO alpha-2 from alpha-2, alpha-3 or a country name; the value itself otherwise."""
    import pycountry

    text = str(value or "").strip()
    if not text:
        return ""
    if len(text) == 2:
        return text.upper()
    try:
        return pycountry.countries.lookup(text).alpha_2
    except LookupError:
        return text


def load_boundaries(path: str | Path | None = None, *, layer: str | None = None, code_col: str | None = None,
                    name_col: str | None = None, country_col: str | None = None) -> gpd.GeoDataFrame:
    """Read an admin-1 layer into mapper's standard columns, in WGS 84.

    Parameters
    ----------
    path : str or Path, optional
        A vector file (shapefile, GeoPackage, GeoJSON, ...). Defaults to the shipped
        Natural Earth layer for Russia, Ukraine and Belarus.
    layer : str, optional
        Layer name in multi-layer files (GeoPackage).
    code_col, name_col, country_col : str, optional
        Source columns for the region code, English name and country; detected when
        not given (Natural Earth, GADM, geoBoundaries and OCHA names are known).

    Returns
    -------
    geopandas.GeoDataFrame
        Columns ``region_code, region_name, name_local, country, disputed,
        disputed_note, aliases, standalone, geometry``; invalid geometries repaired.

    Raises
    ------
    BoundaryError
        The file is missing, not a vector layer, not of polygons, or lacks a code or name column.
    """
    path = as_path(path, "the boundary file") or Path(settings.data_folder) / "admin1.geojson"
    stamp = _arrayfile.stamp(path.resolve())
    return _load(path, stamp if len(stamp) > 1 else None, layer, code_col, name_col, country_col).copy()


@functools.lru_cache(maxsize=4)
def _load(path: Path, stamp: tuple | None, layer: str | None, code_col: str | None,
          name_col: str | None, country_col: str | None) -> gpd.GeoDataFrame:
    """:func:`load_boundaries`, kept for the same file unchanged on disk (``stamp``), so that
    calling :func:`mapper.analyse` again does not read the layer again, and cached on disk so that
    the next process does not either."""
    if stamp is None:
        return _standard_layer(path, layer, code_col, name_col, country_col)
    tag = ("boundaries", stamp, layer, code_col, name_col, country_col)
    return _cached_layer(tag, lambda: _standard_layer(path, layer, code_col, name_col, country_col))


def _standard_layer(path: Path, layer: str | None, code_col: str | None, name_col: str | None,
                    country_col: str | None) -> gpd.GeoDataFrame:
    """The layer read from its file, in the standard columns, repaired, one row per region."""
    where = str(path)
    gdf = _read_polygons(path, layer, where)
    sources = _source_columns([c for c in gdf.columns if c != "geometry"], code_col, name_col, country_col, where)
    out = _repaired(_in_wgs84(_named_rows(_standard_columns(gdf, sources), where), where), where)
    shared = out["region_code"].duplicated(keep=False)
    if shared.any():  # parts of one region (islands, exclaves) as rows of their own: said, then joined
        codes = sorted(set(out.loc[shared, "region_code"]))
        log.warning("%s: %d rows share a region code with another row (%s); each code's polygons are joined "
                    "into one region, with the name of its first row", where, int(shared.sum()),
                    ", ".join(codes[:5]) + (", ..." if len(codes) > 5 else ""))
        out = out.dissolve(by="region_code", as_index=False, aggfunc="first")
    return out[COLUMNS].reset_index(drop=True)


def _read_polygons(path: Path, layer: str | None, where: str) -> gpd.GeoDataFrame:
    """The file's layer, or a BoundaryError unless it is a readable layer of polygons."""
    if not path.exists():
        raise BoundaryError(f"{where}: boundary file not found")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gdf = gpd.read_file(path, layer=layer, engine="pyogrio")
    except (pyogrio.errors.DataSourceError, pyogrio.errors.DataLayerError, ValueError) as exc:
        raise BoundaryError(f"{where}: not a readable vector layer ({str(exc).splitlines()[0]})") from None
    if "geometry" not in gdf or len(gdf) == 0 or not _has_geometry(gdf).any():
        raise BoundaryError(f"{where}: layer has no geometries")
    if layer is None:
        _say_which_layer(path, where)
    shapes = gdf.geometry[_has_geometry(gdf)]
    others = sorted(set(shapes.geom_type) - {"Polygon", "MultiPolygon"})
    if others:
        raise BoundaryError(f"{where}: layer holds {', '.join(others)} geometries; admin-1 boundaries are polygons")
    return gdf


def _say_which_layer(path: Path, where: str) -> None:
    """Warn when the file holds several layers and none was named: the first one is read."""
    names = [str(name) for name in pyogrio.list_layers(path)[:, 0]]
    if len(names) > 1:
        log.warning("%s: %d layers (%s); the first, %s, is read (choose one with --layer, or layer=)", where,
                    len(names), ", ".join(names[:5]) + (", ..." if len(names) > 5 else ""), names[0])


def _source_columns(columns: list[str], code_col: str | None, name_col: str | None, country_col: str | None,
                    where: str) -> dict[str, str | None]:
    """The source column of each standard one (None when the layer has none), given or detected."""
    code = _pick(columns, code_col, _CODE_COLS, "region code", where)
    name = _pick(columns, name_col, _NAME_COLS, "region name", where)
    if code is None and name is None:
        raise BoundaryError(f"{where}: no region code or name column found (give --code-col/--name-col); "
                            f"columns are: {', '.join(columns)}")
    own = {c: c if c in columns else None for c in ("disputed", "disputed_note", "standalone")}
    return {"region_code": code or name, "region_name": name or code,
            "name_local": _pick(columns, None, _LOCAL_COLS, "local name", where),
            "country": _pick(columns, country_col, _COUNTRY_COLS, "country", where),
            "aliases": _pick(columns, None, _ALIAS_COLS, "aliases", where), **own}


def _standard_columns(gdf: gpd.GeoDataFrame, sources: dict[str, str | None]) -> gpd.GeoDataFrame:
    """The layer with the standard columns, taken from their source columns (in the layer's CRS)."""
    def col(key: str, default: object = "") -> pd.Series:
        src = sources[key]
        if src is None:
            return pd.Series([default] * len(gdf), index=gdf.index)
        return gdf[src].where(gdf[src].notna(), default)

    return gpd.GeoDataFrame({
        "region_code": _text(col("region_code")),
        "region_name": _text(col("region_name")),
        "name_local": _text(col("name_local")),
        "country": col("country").map(_country_code),
        "disputed": col("disputed", False).astype(bool),
        "disputed_note": col("disputed_note").astype(str),
        "aliases": col("aliases").astype(str).str.replace("|", ";", regex=False),
        "standalone": col("standalone").astype(str),
    }, geometry=gdf.geometry.values, crs=gdf.crs)


def _text(values: pd.Series) -> pd.Series:
    """Cells as text, a whole number without ".0" (an integer column with a gap is read as floats: 1.0)."""
    return values.map(lambda v: str(int(v)) if isinstance(v, float) and v.is_integer() else str(v))


def _named_rows(out: gpd.GeoDataFrame, where: str) -> gpd.GeoDataFrame:
    """The rows with a region code or name, a row lacking one taking the other (as a layer lacking the
    column does); the others are left out with a warning (none left: an error)."""
    code, name = out["region_code"].str.strip() == "", out["region_name"].str.strip() == ""
    if (code != name).any():
        out = out.assign(region_code=out["region_code"].where(~code, out["region_name"]),
                         region_name=out["region_name"].where(~name, out["region_code"]))
    blank = code & name
    if blank.all():
        raise BoundaryError(f"{where}: no row has a region code or name")
    if blank.any():
        log.warning("%s: %d rows with no region code or name left out", where, int(blank.sum()))
        return out[~blank]
    return out


def _in_wgs84(out: gpd.GeoDataFrame, where: str) -> gpd.GeoDataFrame:
    """The layer in WGS 84: reprojected, or taken as longitude/latitude when it has no CRS and fits."""
    if out.crs is None:
        if not _lon_lat(out.total_bounds):
            raise BoundaryError(f"{where}: no CRS given and coordinates are not longitude/latitude")
        log.warning("%s: no CRS given; assuming WGS 84 longitude/latitude", where)
        return out.set_crs(4326)
    if out.crs.is_geographic and not _lon_lat(out.total_bounds):  # GeoJSON is WGS 84 whatever it holds
        raise BoundaryError(f"{where}: coordinates are not longitude/latitude, though the layer's CRS is "
                            f"{out.crs.name} (projected coordinates in a GeoJSON file? give the file its CRS)")
    if out.crs.to_epsg() != 4326:
        log.info("%s: reprojecting from %s to WGS 84", where, out.crs.to_string())
        moved = out.to_crs(4326)
        minx, miny, maxx, maxy = moved.total_bounds
        if len(moved) > 1 and maxx - minx < 0.01 and maxy - miny < 0.01:  # degrees read as metres, most likely
            log.warning("%s: every region lies within a kilometre of %.3f, %.3f once reprojected from %s: are the "
                        "coordinates longitude/latitude declared in another CRS?", where, miny, minx,
                        out.crs.to_string())
        return moved
    return out


def _lon_lat(bounds: np.ndarray) -> bool:
    """Whether ``(minx, miny, maxx, maxy)`` lie within longitude and latitude (half a degree of slack)."""
    minx, miny, maxx, maxy = bounds
    return bool(-180.5 <= minx and maxx <= 180.5 and -90.5 <= miny and maxy <= 90.5)


def _has_geometry(gdf: gpd.GeoDataFrame) -> np.ndarray:
    """Whether each row has a geometry, neither missing nor empty (not ``GeoSeries.notna``: it warns of
    empty geometries on stderr)."""
    geoms = np.asarray(gdf.geometry.values)
    return ~(shapely.is_missing(geoms) | shapely.is_empty(geoms))


def _repaired(out: gpd.GeoDataFrame, where: str) -> gpd.GeoDataFrame:
    """The regions with a geometry (those without one said and left out), invalid ones made valid."""
    kept = _has_geometry(out)
    if not kept.all():
        log.warning("%s: %d rows without a geometry left out", where, int((~kept).sum()))
    out = out[kept]
    bad = ~out.geometry.is_valid
    if bad.any():
        log.warning("%s: repairing %d invalid geometries", where, int(bad.sum()))
        out.loc[bad, "geometry"] = out.loc[bad, "geometry"].make_valid()
    return out


def load_countries(path: str | Path | None = None) -> gpd.GeoDataFrame:
    """Country outlines for the map's base layer (shipped, Natural Earth)."""
    path = Path(path) if path else Path(settings.data_folder) / "countries.geojson"
    stamp = _arrayfile.stamp(path.resolve())
    if len(stamp) < 3:  # unreadable: GDAL says why
        return gpd.read_file(path, engine="pyogrio")
    return _cached_layer(("countries", stamp), lambda: gpd.read_file(path, engine="pyogrio"))


#: Bumped when what a layer's cache holds changes.
_LAYER_CACHE_VERSION = 1


def _cached_layer(tag: tuple, read: Callable[[], gpd.GeoDataFrame]) -> gpd.GeoDataFrame:
    """The layer ``read`` gives, stored once in the cache folder (geometries as WKB, text and flags as
    they are) and read from there by later processes: a fraction of the time GDAL takes to parse it."""
    if not settings.use_cache:
        return read()
    code = (_LAYER_CACHE_VERSION, _arrayfile.stamp(__file__), shapely.geos_version_string,
            pyogrio.__gdal_version_string__)  # an edit of this module or another GEOS or GDAL: read again
    path = _arrayfile.cache_file("layer", (repr(code), repr(tag)))
    if path.is_file():
        try:
            return _layer_from_arrays(*_arrayfile.read(path))
        except (OSError, ValueError, KeyError, TypeError, shapely.errors.GEOSException) as exc:
            log.warning("layer cache %s unreadable (%s); reading the layer again", path, exc)
    with _warnings_logged() as warned:
        gdf = read()
    stored = None if warned else _layer_arrays(gdf)  # a layer that was repaired or guessed at says so each time
    if stored is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _arrayfile.write(path, *stored)
        except OSError as exc:
            log.warning("cannot cache the layer in %s: %s", path.parent, exc)
    return gdf


@contextlib.contextmanager
def _warnings_logged() -> Iterator[list[logging.LogRecord]]:
    """The warnings this module logs inside the block."""
    records: list[logging.LogRecord] = []
    handler = logging.Handler(logging.WARNING)
    handler.emit = records.append
    log.addHandler(handler)
    try:
        yield records
    finally:
        log.removeHandler(handler)


def _layer_arrays(gdf: gpd.GeoDataFrame) -> tuple[dict, dict] | None:
    """``(arrays, meta)`` of a layer whose columns are text or flags (None for any other layer)."""
    if not isinstance(gdf.index, pd.RangeIndex) or gdf.index.start != 0 or gdf.index.step != 1 \
            or gdf.geometry.name != "geometry" or gdf.crs is None:
        return None
    columns: dict[str, list] = {}
    for name in gdf.columns:
        if name == "geometry":
            continue
        values = gdf[name]
        strings = values.dtype.name == "str"  # pandas' string dtype, whose only missing value is NaN
        listed = [v if type(v) is str else None for v in values] if strings or values.dtype == object else []
        if values.dtype == bool:
            columns[name] = ["bool", values.tolist()]
        elif listed and (strings or None not in listed):
            columns[name] = [str(values.dtype), listed]
        else:
            return None
    meta = {"columns": columns, "order": list(gdf.columns), "crs": gdf.crs.to_json(), "rows": len(gdf)}
    return _arrayfile.wkb_arrays(gdf.geometry.values), meta


def _layer_from_arrays(meta: dict, arrays: dict) -> gpd.GeoDataFrame:
    """The layer :func:`_layer_arrays` stored."""
    geometries, rows = _arrayfile.wkb_geometries(arrays), int(meta["rows"])
    if len(geometries) != rows:
        raise ValueError("geometries do not match the rows")
    data = {name: pd.Series(values, dtype=dtype) for name, (dtype, values) in meta["columns"].items()}
    if any(len(v) != rows for v in data.values()):
        raise ValueError("columns of different lengths")
    gdf = gpd.GeoDataFrame(data, geometry=geometries, crs=pyproj.CRS.from_json(meta["crs"]))
    return gdf[meta["order"]]


def assign_regions(points: gpd.GeoDataFrame, regions: gpd.GeoDataFrame,
                   max_distance: float = 0.15) -> pd.Series:
    """Region code of each point: the polygon holding it, else the nearest one close by.

    Parameters
    ----------
    points : geopandas.GeoDataFrame
        Points in WGS 84.
    regions : geopandas.GeoDataFrame
        A layer from :func:`load_boundaries`.
    max_distance : float
        In degrees: points just off a generalised coastline still get the region
        they lie beside; farther ones get none.

    Returns
    -------
    pandas.Series
        ``region_code`` per point index, ``None`` where no region is close.
    """
    for what, frame, column in (("points", points, "geometry"), ("regions", regions, "region_code")):
        if not isinstance(frame, gpd.GeoDataFrame):
            raise UsageError(f"assign_regions: {what} is a GeoDataFrame, not {type(frame).__name__}")
        if column not in frame.columns:
            raise UsageError(f"assign_regions: {what} has no {column} column"
                             + (" (a layer from load_boundaries has one)" if what == "regions" else ""))
    if len(points) == 0:
        return pd.Series([], dtype=object)
    joined = gpd.sjoin(points[["geometry"]], regions[["region_code", "geometry"]],
                       how="left", predicate="within")
    codes = joined.groupby(level=0)["region_code"].first()
    missing = codes[codes.isna()].index
    if len(missing):
        # the nearest region is looked for only where one lies within max_distance (a quick query of the
        # spatial index); the distance to every polygon near the others would cost far more
        close = missing[np.unique(regions.sindex.query(points.loc[missing].geometry, predicate="dwithin",
                                                       distance=max_distance)[0])]
    if len(missing) and len(close):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # degrees are fine for "close by"
            near = gpd.sjoin_nearest(points.loc[close, ["geometry"]], regions[["region_code", "geometry"]],
                                     how="left", max_distance=max_distance)
        codes.loc[missing] = near.groupby(level=0)["region_code"].first().reindex(missing)
    return codes.reindex(points.index).astype(object).where(codes.notna(), None)
