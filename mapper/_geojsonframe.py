"""``regions.geojson`` without GDAL on a warm run: GDAL's own text for the geometries, kept, with the
properties of the run written between them.

Writing ``regions.geojson`` through GDAL takes about 0.1 s (the polygons of every region, cut at the
antimeridian and rounded, about 0.9 MB of text) although only the properties (counts, places) change
from run to run. So GDAL writes the layer once with empty properties; its text is split into the
collection's head, each feature's part after the properties (bbox and geometry) and the tail, and
kept in the cache folder under a digest of the geometries (WKB, in order), the layer's options and
the GDAL version. Later runs join those parts with the properties written as GDAL writes them (json-c
"spaced": ``{ "k": v, ... }``, ``[ "a", "b" ]``, ``[ ]``, strings escaped as JSON does with non-ASCII
kept). The first time, the file is also written by GDAL with the real properties and compared with the
joined text; if they differ anywhere the frame is marked unusable and GDAL writes every later file (with
a warning). Values the joiner does not write (floats, moments, a NUL in a string) go to GDAL as well.
``tests/test_geojson_frame.py`` compares the two writers on hostile values.
"""

from __future__ import annotations

import hashlib
import json
import logging
import tempfile
from pathlib import Path

import numpy as np
import shapely

from . import settings
from ._cachefile import cache_file, write_json

log = logging.getLogger(__name__)

#: Bumped when the stored frame's layout changes.
_VERSION = 1
_FEATURE = '{ "type": "Feature", "properties": '
#: Field kinds the joiner writes (others are written by GDAL).
_KINDS = frozenset({"str", "int", "bool", "list"})
#: Frames read or made in this process, by digest (None: none yet; ``usable`` False: GDAL writes every file).
_held: dict[str, dict | None] = {}


def _text(value, kind: str) -> str:
    """A property's value as GDAL writes it (``value`` as :func:`mapper.geojson._column` gives it)."""
    if kind == "list":
        return "[ " + ", ".join(json.dumps(v, ensure_ascii=False) for v in value) + " ]" if value else "[ ]"
    if value is None:
        return "null"
    if kind == "bool":
        return "true" if value else "false"
    return str(value) if kind == "int" else json.dumps(value, ensure_ascii=False)


def properties_text(columns: dict[str, list], fields: dict[str, str], i: int) -> str:
    """The ``properties`` object of row ``i`` as GDAL writes it."""
    return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)}: {_text(columns[k][i], t)}"
                            for k, t in fields.items()) + " }"


def _columns(rows: list[dict], fields: dict[str, str]) -> dict[str, list] | None:
    """The rows' cells as GDAL receives them, or None when the joiner cannot write one of them."""
    from .geojson import _column

    if not set(fields.values()) <= _KINDS:
        return None
    columns = {k: _column([r.get(k) for r in rows], t) for k, t in fields.items()}
    for k, t in fields.items():
        cells = columns[k] if t == "str" else [x for v in columns[k] for x in v] if t == "list" else ()
        if any(v is not None and "\x00" in v for v in cells):
            return None
    return columns


def _digest(geoms: np.ndarray, fields: dict[str, str], layer: str, options: dict) -> str:
    import pyogrio

    digest = hashlib.sha1(repr((_VERSION, layer, list(fields), sorted(options.items()),
                                pyogrio.__gdal_version_string__, pyogrio.__version__)).encode())
    for wkb in shapely.to_wkb(geoms):
        digest.update(b"-" if wkb is None else len(wkb).to_bytes(8, "little") + wkb)
    return digest.hexdigest()


def _split(text: str, nulls: str, n: int) -> dict | None:
    """GDAL's text of a layer whose properties are ``nulls`` cut into head, feature tails and tail."""
    start = text.find("\n" + _FEATURE) + 1
    end = text.rfind("\n]\n}")
    if start <= 0 or end < start:
        return None
    lines = text[start:end].split("\n")
    if len(lines) != n or not all(line.startswith(_FEATURE + nulls) for line in lines):
        return None
    tails = [line[len(_FEATURE) + len(nulls):] for line in lines]
    tails = [t[:-1] for t in tails[:-1]] + tails[-1:]  # the "," between features
    if not all(t.endswith(" }") for t in tails):
        return None
    return {"version": _VERSION, "head": text[:start], "tails": tails, "end": text[end:]}


def joined(frame: dict, columns: dict[str, list], fields: dict[str, str]) -> str:
    """The layer's text: the frame's parts and each row's properties."""
    features = ",\n".join(_FEATURE + properties_text(columns, fields, i) + tail
                          for i, tail in enumerate(frame["tails"]))
    return frame["head"] + features + frame["end"]


def _read(path: Path, n: int) -> dict | None:
    try:
        frame = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(frame, dict) or frame.get("version") != _VERSION or "usable" not in frame:
        return None
    if frame["usable"] and (len(frame.get("tails", ())) != n or not isinstance(frame.get("head"), str)):
        return None
    return frame


def _store(path: Path, frame: dict) -> None:
    if not settings.use_cache:
        return
    try:
        write_json(path, frame)
    except OSError as exc:
        log.debug("regions frame not kept: %s", exc)


def _make(geoms: np.ndarray, fields: dict[str, str], write) -> dict | None:
    """The frame, from GDAL's text of the layer with every property empty (None when it does not split)."""
    rows = [{"geometry": g} for g in geoms]
    with tempfile.TemporaryDirectory(prefix="mapper-frame-") as folder:
        path = Path(folder) / "layer.geojson"
        write(path, rows)
        text = path.read_text(encoding="utf-8")
    nulls = _columns(rows, fields)
    return None if nulls is None else _split(text, properties_text(nulls, fields, 0), len(rows))


def write_framed(target: str | Path, rows: list[dict], fields: dict[str, str], *, layer: str,
                 geometry_type: str, bbox: bool) -> None:
    """Write ``rows`` as :func:`mapper.geojson.write_layer` does to a GeoJSON file, byte for byte, from the
    layer's cached frame when there is one (see the module's text)."""
    from .geojson import GEOJSON_OPTIONS, write_layer

    def write(path, some_rows=rows):
        write_layer(path, some_rows, fields, layer=layer, geometry_type=geometry_type, bbox=bbox)

    columns = _columns(rows, fields) if rows and settings.use_cache else None
    if columns is None:
        return write(target, rows)
    geoms = np.asarray([r["geometry"] for r in rows], dtype=object)
    key = _digest(geoms, fields, f"{layer}/{geometry_type}", {**GEOJSON_OPTIONS, "WRITE_BBOX": str(bbox)})
    path = cache_file("frame", (key,), suffix=".json")
    if key not in _held:
        _held[key] = _read(path, len(rows)) if path.is_file() else None
    frame = _held[key]
    if frame is None:
        return _first(target, geoms, columns, fields, write, path, key)
    if not frame["usable"]:
        return write(target, rows)
    try:
        data = joined(frame, columns, fields).encode("utf-8")
    except UnicodeEncodeError:
        return write(target, rows)
    Path(target).write_bytes(data)


def _first(target, geoms: np.ndarray, columns: dict[str, list], fields: dict[str, str], write, path: Path,
           key: str) -> None:
    """No frame yet: GDAL writes the file (``write`` takes the run's rows by default); the frame is made and
    kept if it gives the same bytes."""
    write(target)
    frame = _make(geoms, fields, write)
    try:
        same = frame is not None and joined(frame, columns, fields).encode("utf-8") == Path(target).read_bytes()
    except UnicodeEncodeError:
        return  # no verdict on this layer: the next run tries again
    if frame is None or not same:
        log.warning("regions.geojson: the kept frame would not give GDAL's text; GDAL writes it every time")
        frame = {"version": _VERSION, "usable": False}
    else:
        frame = {**frame, "usable": True}
    _held[key] = frame
    _store(path, frame)
