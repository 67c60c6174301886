"""GeoJSON text, fast: geometries written by GEOS, properties by ``json``."""

from __future__ import annotations

import json
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd
import shapely


def _clean(value):
    """JSON-ready scalar: numpy scalars to Python, NaN and NA to None."""
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item"):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def feature_collection(geometries: Sequence, properties: Sequence[dict], decimals: int) -> str:
    """A GeoJSON FeatureCollection as text, coordinates rounded to ``decimals``."""
    geoms = shapely.to_geojson(shapely.set_precision(np.asarray(geometries, dtype=object), 10.0 ** -decimals)) \
        if len(geometries) else []
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
