"""GeoJSON and GeoPackage files written by GDAL (through pyogrio and Arrow), and GeoJSON text for the map.

Output files go through :func:`write_layer`: rows are turned into Arrow record batches a
few thousand at a time and streamed to GDAL (``pyogrio.write_arrow``), so a layer of any
length is written in bounded memory. GeoJSON files follow RFC 7946 (GDAL's ``RFC7946=YES``:
WGS 84, exterior rings counter-clockwise by the right-hand rule, geometries crossing the
antimeridian cut), with 7 decimals (about 1 cm) and no string ever read as JSON; lists are
JSON arrays. :func:`feature_collection` writes the map's own (smaller) GeoJSON text.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from functools import lru_cache
from itertools import repeat
from operator import methodcaller
from pathlib import Path
from types import NoneType
from typing import BinaryIO

import numpy as np
import pandas as pd
import shapely

#: GDAL's GeoJSON layer options for every GeoJSON file mapper writes (``WRITE_BBOX`` per layer).
GEOJSON_OPTIONS = {"RFC7946": "YES", "COORDINATE_PRECISION": "7", "AUTODETECT_JSON_STRINGS": "NO"}
#: Rows per Arrow record batch handed to GDAL.
BATCH_ROWS = 5000
#: Field types of :func:`write_layer`: ``int``, ``float``, ``bool``, ``str``, ``list`` (of strings),
#: ``datetime`` (a day or a moment, written as ISO 8601).
FIELD_TYPES = ("int", "float", "bool", "str", "list", "datetime")


def _clean(value):
    """JSON-ready scalar: numpy scalars to Python, NaN and NA to None."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def geometry_texts(geometries: Sequence, decimals: int) -> list[str | None]:
    """The GeoJSON of each geometry (None for a missing one), coordinates rounded to ``decimals``."""
    if not len(geometries):
        return []
    return shapely.to_geojson(shapely.set_precision(np.asarray(geometries, dtype=object), 10.0 ** -decimals)).tolist()


def feature_collection(geometries: Sequence, properties: Sequence[dict], decimals: int, *,
                       texts: Sequence[str | None] | None = None) -> str:
    """A GeoJSON FeatureCollection as text, coordinates rounded to ``decimals`` (or the geometries'
    :func:`geometry_texts` given as ``texts``)."""
    geoms = geometry_texts(geometries, decimals) if texts is None else texts
    features = [
        '{"type": "Feature", "properties": '
        + json.dumps({k: _clean(v) for k, v in props.items()}, ensure_ascii=False)
        + ', "geometry": ' + (geom if geom is not None else "null") + "}"
        for props, geom in zip(properties, geoms)
    ]
    return '{"type": "FeatureCollection", "features": [\n' + ",\n".join(features) + "\n]}\n"


def script_safe(json_text: str) -> str:
    """JSON text that can stand inside an HTML ``<script>``: ``<``, ``>``, ``&`` escaped."""
    return (json_text.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _arrow_type(kind: str):
    import pyarrow as pa

    return {"int": pa.int64(), "float": pa.float64(), "bool": pa.bool_(), "str": pa.string(),
            "list": pa.list_(pa.string()), "datetime": pa.timestamp("s")}[kind]


def _value(value, kind: str):
    """A cell as Arrow takes it: NA, NaN and "" (of a number or a moment) to None."""
    if kind == "list":  # a list (or array), or the ";"-joined text of the CSV files; NA is an empty list
        if isinstance(value, str):
            return [v for v in value.split(";") if v]
        return [str(v) for v in value] if isinstance(value, (list, tuple, set, np.ndarray)) else []
    value = _clean(value)
    if value is None or (isinstance(value, str) and value == "" and kind != "str"):
        return None
    if kind == "datetime" and not isinstance(value, datetime):
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
        return datetime(day.year, day.month, day.day)
    return {"int": int, "float": float, "bool": bool, "str": str}.get(kind, lambda v: v)(value)


def _schema(fields: dict[str, str], geometry: bool):
    import pyarrow as pa

    return pa.schema([(k, _arrow_type(t)) for k, t in fields.items()] + ([("geometry", pa.binary())]
                                                                         if geometry else []))


def _batches(rows: Iterable[dict], fields: dict[str, str], schema, geometry: bool) -> Iterator:
    chunk: list[dict] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == BATCH_ROWS:
            yield _batch(chunk, fields, schema, geometry)
            chunk = []
    if chunk:
        yield _batch(chunk, fields, schema, geometry)


@lru_cache(maxsize=4096)
def _moment(text: str):
    """:func:`_value` of a day or moment given as text (a run's incidents have few distinct days)."""
    return _value(text, "datetime")


#: The types of cells Arrow takes as they are, per field type (:func:`_column`).
_AS_THEY_ARE = {"str": frozenset({str, NoneType}), "int": frozenset({int, NoneType})}
_SEMICOLON, _NONE = repeat(";"), repeat(None)


def _column(values: list, kind: str) -> list:
    """A column's cells as Arrow takes them (:func:`_value`), the common cells without a call each (and a column of
    cells all of the common types with no Python step per cell)."""
    types = set(map(type, values))
    if types <= _AS_THEY_ARE.get(kind, frozenset()):
        return values
    if kind == "str":
        if NoneType not in types and all(issubclass(t, str) for t in types):  # texts and StrEnums
            return list(map(str, values))
        return [v if type(v) is str else None if v is None else _value(v, kind) for v in values]
    if kind == "int":
        return [v if type(v) is int or v is None else _value(v, kind) for v in values]
    if kind == "list":
        if types == {str}:  # each text's ";"-separated parts, but empty ones
            return list(map(list, map(filter, _NONE, map(str.split, values, _SEMICOLON))))
        return [[x for x in v.split(";") if x] if type(v) is str else _value(v, kind) for v in values]
    if kind == "datetime":
        if types == {str}:
            return list(map(_moment, values))
        return [_moment(v) if type(v) is str else _value(v, kind) for v in values]
    return [_value(v, kind) for v in values]


def _batch(rows: list[dict], fields: dict[str, str], schema, geometry: bool):
    import pyarrow as pa

    columns = [pa.array(_column(list(map(methodcaller("get", k), rows)), t), type=_arrow_type(t))
               for k, t in fields.items()]
    if geometry:
        columns.append(pa.array(shapely.to_wkb(np.asarray([r["geometry"] for r in rows], dtype=object)),
                                type=pa.binary()))
    return pa.record_batch(columns, schema=schema)


def write_layer(target: str | Path | BinaryIO, rows: Iterable[dict], fields: dict[str, str], *, layer: str,
                geometry_type: str | None, driver: str = "GeoJSON", bbox: bool = False) -> None:
    """Write ``rows`` (dicts with ``fields`` and, unless ``geometry_type`` is None, ``geometry``,
    a shapely geometry in WGS 84) as one layer of a GeoJSON file or a GeoPackage.

    Parameters
    ----------
    target : str, Path or binary file object
        A GeoPackage file gets the layer added to the layers it has.
    fields : dict
        ``name -> type`` (one of :data:`FIELD_TYPES`), in the order written.
    geometry_type : str or None
        ``Point``, ``Unknown`` (any), or None for a table without geometry.
    bbox : bool
        GeoJSON: write each feature's and the collection's bounding box (``WRITE_BBOX``).
    """
    import pyarrow as pa
    import pyogrio

    geometry = geometry_type is not None
    schema = _schema(fields, geometry)
    failed: list[BaseException] = []

    def batches():  # an error here reaches GDAL as "error while accessing batch": keep it to raise it
        try:
            yield from _batches(rows, fields, schema, geometry)
        except BaseException as exc:
            failed.append(exc)
            raise

    options = {**GEOJSON_OPTIONS, "WRITE_BBOX": "YES" if bbox else "NO"} if driver == "GeoJSON" else {}
    kwargs = {"geometry_name": "geometry", "geometry_type": geometry_type, "crs": "EPSG:4326"} if geometry else {}
    try:
        pyogrio.write_arrow(pa.RecordBatchReader.from_batches(schema, batches()), target, driver=driver,
                            layer=layer, layer_options=options, **kwargs)
    except Exception:
        if failed:
            raise failed[0] from None
        raise
