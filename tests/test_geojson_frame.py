"""Issue #14: ``regions.geojson`` joined from GDAL's kept text gives GDAL's bytes, whatever the properties."""

from __future__ import annotations

import json
import logging

import pytest
import shapely
from shapely.geometry import Polygon, box

import mapper
from mapper import _geojsonframe as frame
from mapper.geojson import write_layer
from mapper.output import region_rows
from mapper.schema import REGION_FIELDS

#: Property values GDAL and the joiner must write alike: quotes, backslashes, slashes, control characters,
#: markup, non-ASCII, emoji, line and paragraph separators, a BOM, DEL, empty and missing values.
HOSTILE = ['"quoted" \\ back/slash', "tab\there\nnew\rline\b\f", "".join(map(chr, range(1, 32))),
           "<script>alert(1)</script>&amp;", "Калуга — Боровск’s «район»", "😀 \u2028\u2029\ufeff\x7f\x80",
           "", None, "{\"type\": \"Feature\"}", "  spaced  "]


def _rows(layer, k: int) -> list[dict]:
    """The layer's regions as ``regions.geojson`` rows, with hostile values rotated through the columns."""
    n = len(layer)
    layer = layer.assign(incidents=[(i * k) % 7 if i % 5 else None for i in range(n)],
                         objects=[(i + k) * 123456789012 for i in range(n)], killed=0,
                         injured=[i % 3 for i in range(n)],
                         places=[[HOSTILE[(i + j + k) % len(HOSTILE)] or "x" for j in range(i % 3)] for i in range(n)],
                         languages=[["en", "ru"][: i % 3] for i in range(n)],
                         name_local=[HOSTILE[(i + k) % len(HOSTILE)] for i in range(n)],
                         disputed=[bool(i % 2) for i in range(n)])
    return list(region_rows(layer))


def _gdal(tmp_path, rows, name="gdal.geojson") -> bytes:
    path = tmp_path / name
    write_layer(path, rows, REGION_FIELDS, layer="regions", geometry_type="Unknown", bbox=True)
    return path.read_bytes()


def _framed(tmp_path, rows, name="framed.geojson") -> bytes:
    path = tmp_path / name
    frame.write_framed(path, rows, REGION_FIELDS, layer="regions", geometry_type="Unknown", bbox=True)
    return path.read_bytes()


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """An empty cache folder and no frame held in memory."""
    monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")
    monkeypatch.setattr(frame, "_held", {})
    return tmp_path / "cache"


def _small_layer(boundaries):
    """A few shipped regions, one polygon across the antimeridian (GDAL cuts it) and one empty geometry."""
    layer = boundaries.iloc[:4].copy()
    geoms = list(layer.geometry)
    geoms[1] = Polygon([(170, 60), (-170, 60), (-170, 65), (170, 65)])
    geoms[2] = shapely.Polygon()
    geoms[3] = box(30.123456789, 50.987654321, 31.5, 52)
    return layer.set_geometry(geoms)


@pytest.mark.parametrize("small", [False, True], ids=["shipped-layer", "antimeridian-and-empty"])
def test_joined_file_is_gdals_byte_for_byte(boundaries, cache, tmp_path, small, monkeypatch):
    layer = _small_layer(boundaries) if small else boundaries
    first = _rows(layer, 1)
    assert _framed(tmp_path, first, "f1.geojson") == _gdal(tmp_path, first, "g1.geojson")  # GDAL's, frame made
    (kept,) = cache.glob("frame-*.json")
    assert json.loads(kept.read_text(encoding="utf-8"))["usable"] is True  # the joiner gave GDAL's bytes
    monkeypatch.setattr(frame, "_held", {})  # read back from the cache folder, as a later run does
    calls = []
    monkeypatch.setattr(frame, "_make", lambda *a: calls.append(a))
    for k in (2, 3, 4):
        rows = _rows(layer, k)
        assert _framed(tmp_path, rows, f"f{k}.geojson") == _gdal(tmp_path, rows, f"g{k}.geojson"), k
    assert not calls  # joined from the kept frame, never made again


def test_a_frame_giving_other_bytes_is_never_used(boundaries, cache, tmp_path, monkeypatch, caplog):
    rows = _rows(boundaries, 1)
    real = frame.properties_text
    monkeypatch.setattr(frame, "properties_text", lambda *a: real(*a).replace(": null", ":null"))
    with caplog.at_level(logging.WARNING, logger="mapper._geojsonframe"):
        assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)
    assert "GDAL writes it every time" in caplog.text
    monkeypatch.setattr(frame, "_held", {})
    monkeypatch.setattr(frame, "joined", lambda *a: pytest.fail("an unusable frame was joined"))
    rows = _rows(boundaries, 2)
    assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)


def test_a_damaged_frame_file_is_made_again(boundaries, cache, tmp_path, monkeypatch):
    rows = _rows(boundaries, 1)
    _framed(tmp_path, rows)
    (path,) = cache.glob("frame-*.json")
    for damage in ('{"version": 1, "usable": true, "tails": []}', "not json", '{"version": 1, "usable": true'):
        path.write_text(damage)
        monkeypatch.setattr(frame, "_held", {})
        rows = _rows(boundaries, 2)
        assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)


def test_a_nul_in_a_text_goes_to_gdal(boundaries, cache, tmp_path, monkeypatch):
    _framed(tmp_path, _rows(boundaries, 1))  # a usable frame exists
    monkeypatch.setattr(frame, "joined", lambda *a: pytest.fail("joined a value GDAL must write"))
    rows = _rows(boundaries, 2)
    rows[3]["name_local"] = "nul\x00inside"
    assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)
    assert frame._columns(rows[:1], {"share": "float"}) is None  # and a field kind the joiner does not write


def test_numbers_are_written_as_the_field_takes_them(boundaries, cache, tmp_path):
    _framed(tmp_path, _rows(boundaries, 1))
    rows = _rows(boundaries, 2)
    rows[3]["incidents"], rows[4]["objects"], rows[5]["disputed"] = 1.0, float("nan"), None
    assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)


def test_text_no_encoding_takes_fails_as_gdal_fails(boundaries, cache, tmp_path):
    _framed(tmp_path, _rows(boundaries, 1))
    rows = _rows(boundaries, 2)
    rows[0]["region_name"] = "lone \ud800 surrogate"
    with pytest.raises(Exception) as by_gdal:
        _gdal(tmp_path, rows)
    with pytest.raises(type(by_gdal.value)):
        _framed(tmp_path, rows)


def test_no_cache_means_gdal(boundaries, cache, tmp_path, monkeypatch):
    monkeypatch.setattr(mapper.settings, "use_cache", False)
    rows = _rows(boundaries, 1)
    assert _framed(tmp_path, rows) == _gdal(tmp_path, rows)
    assert not cache.exists() or not list(cache.glob("frame-*.json"))
