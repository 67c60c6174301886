"""The gazetteer index cache: memory-mapped arrays that load at once, rebuilt when damaged or stale,
never torn by builders running at once; the build's shortcuts give what the slow way gives."""

from __future__ import annotations

import json
import logging
import multiprocessing
import pickle
import re
import subprocess
import sys

import numpy as np
import pytest

from mapper import _arrayfile, gazetteer, settings
from mapper.boundaries import assign_regions
from mapper.gazetteer import KeyTable, StringColumn, load_index, place_regions
from mapper.text import is_latin_or_cyrillic, loose_key, normalize, word_prefixes
from tests.conftest import TINY_GAZETTEER

NAMES = ["Rostov-on-Don", "Budogoshch’", "BUDOGOSHCH", "Орёл", "Орел", "Kryvyi Rih", "Zaporizhzhia",
         "Sankt-Peterburg", "São Paulo", "Ærøskøbing", "İstanbul", "Ǆemal", "ﬁnland", "Ｋｉｒｏｖ", "Х\u0301арків",
         "  St. Petersburg (old)  ", "O'Higgins", "Малоярославец", "Київ", "ŁÓDŹ", "Straße", "ΣΊΣΥΦΟΣ", "a", "",
         "Kyiv\u200b", "Marʼinka", "x\u0308\u0301y", "Tsvitkove", "Khartsyzk", "Yasynuvata", "Hajj", "Aaa",
         "a\t-\x1c b", "O'-'Brien", "x__y..z", " (St) ", "A\x0b\x0c\rB", "\"Q\"", "-"]


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """A private cache folder, and no index or region table kept in memory from earlier tests."""
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    monkeypatch.setattr(settings, "use_cache", True)
    monkeypatch.setattr(gazetteer, "_loaded", {})
    monkeypatch.setattr(gazetteer, "_place_regions", {})
    return tmp_path / "cache"


def _same(a: gazetteer.GazetteerIndex, b: gazetteer.GazetteerIndex) -> None:
    assert list(a.name) == list(b.name) and list(a.admin1) == list(b.admin1)
    assert np.array_equal(a.lat, b.lat) and np.array_equal(a.population, b.population)
    assert sorted(a.keys) == sorted(b.keys)
    assert all(a.lookup(k) == b.lookup(k) for k in a.keys)


def test_bulk_steps_of_the_build_give_what_the_text_functions_give():
    assert gazetteer._name_keys(NAMES) == [normalize(n) for n in NAMES]
    assert gazetteer._name_keys(["Kyiv\0Oblast", "Орёл"]) == [normalize("Kyiv\0Oblast"), normalize("Орёл")]
    keys = [k for k in map(normalize, NAMES) if k]
    assert gazetteer._loose_keys(keys) == [loose_key(n) for n in NAMES if normalize(n)]
    assert gazetteer._word_prefixes(keys) == set(word_prefixes(keys))
    odd = ["AB", "KJA", "Moscow2", "Мск", "東京", "Kyiv", "x", "Ärø", "LED", "СПб", "Δelta", "٣Kirov"]
    old = [len(n) >= 2 and not any(c.isdigit() for c in n) and not (n.isupper() and len(n) <= 4 and
           not gazetteer.has_cyrillic(n)) and is_latin_or_cyrillic(n) for n in odd]
    assert [gazetteer._usable_alternate(n) for n in odd] == old


def test_key_table_finds_every_key_and_nothing_else():
    keys = [f"key {i}" for i in range(3000)] + ["", "é", "ключ"]
    table = KeyTable.build(keys, [(i, i + 1) for i in range(len(keys))])
    assert all(table.find(k) == i for i, k in enumerate(keys))
    assert "key 3000" not in table and "nope" not in table and 5 not in table
    assert table.values_of("ключ") == [len(keys) - 1, len(keys)] and table.values_of("x") == []
    assert list(table) == keys and len(table) == len(keys)
    table.MATERIALISE_AFTER = 10  # past so many lookups the keys go into a dict, with the same answers
    assert all(table.find(k) == i for i, k in enumerate(keys)) and table.dict is not None
    assert "nope" not in table and table.values_of("key 7") == [7, 8]
    back = pickle.loads(pickle.dumps(table))
    assert back.dict is None and back.values_of("key 7") == [7, 8]


def test_string_column_reads_like_a_list():
    words = ["Kirov", "", "Київ", "São Paulo"]
    column = StringColumn.build(words)
    assert list(column) == words and column[-1] == "São Paulo" and column[1:3] == ["", "Київ"]
    with pytest.raises(IndexError):
        column[4]
    assert list(pickle.loads(pickle.dumps(column))) == words


def test_index_is_stored_as_arrays_and_read_back_the_same(cache):
    built = load_index(TINY_GAZETTEER)
    (stored,) = cache.glob("gazetteer-*.idx")
    gazetteer._loaded.clear()
    read = load_index(TINY_GAZETTEER)
    assert read is not built and isinstance(read.lat, np.ndarray) and read.cache_key == stored.stem
    _same(built, read)
    assert not list(cache.glob(".*tmp"))  # no temporary file left


@pytest.mark.parametrize("damage", ["truncate", "garbage", "header", "empty", "stale", "offsets"])
def test_a_damaged_or_stale_cache_is_rebuilt(cache, caplog, damage):
    good = load_index(TINY_GAZETTEER)
    (stored,) = cache.glob("gazetteer-*.idx")
    data = stored.read_bytes()
    if damage == "truncate":
        stored.write_bytes(data[:len(data) // 2])
    elif damage == "garbage":
        stored.write_bytes(b"\x89PNG\r\n" + data[6:])
    elif damage == "header":
        stored.write_bytes(data[:20] + b"}{" + data[22:])
    elif damage == "empty":
        stored.write_bytes(b"")
    elif damage == "stale":
        meta, arrays = _arrayfile.read(stored)
        _arrayfile.write(stored, dict(arrays), {**meta, "version": meta["version"] - 1})
    else:  # offsets that run backwards
        meta, arrays = _arrayfile.read(stored)
        arrays = dict(arrays)
        arrays["name.offsets"] = arrays["name.offsets"][::-1].copy()
        _arrayfile.write(stored, arrays, meta)
    gazetteer._loaded.clear()
    with caplog.at_level(logging.WARNING, logger="mapper.gazetteer"):
        again = load_index(TINY_GAZETTEER)
    assert "unreadable" in caplog.text and "rebuilding" in caplog.text
    _same(good, again)
    gazetteer._loaded.clear()
    _same(good, load_index(TINY_GAZETTEER))  # and the rebuilt file is whole again


def test_an_unwritable_cache_folder_is_a_warning(tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setattr(settings, "cache_folder", blocker / "cache")
    monkeypatch.setattr(gazetteer, "_loaded", {})
    with caplog.at_level(logging.WARNING, logger="mapper.gazetteer"):
        assert len(load_index(TINY_GAZETTEER)) > 10
    assert "cannot cache" in caplog.text


def _build_in_another_process(folder: str) -> int:
    settings.cache_folder = folder
    gazetteer._loaded.clear()
    return len(load_index(TINY_GAZETTEER))


def test_builders_at_once_leave_one_whole_file(cache):
    cache.mkdir()
    with multiprocessing.get_context("spawn").Pool(4) as pool:
        sizes = pool.map(_build_in_another_process, [str(cache)] * 8)
    assert len(set(sizes)) == 1
    assert [p.suffix for p in cache.iterdir()] == [".idx"]  # no temporary files left behind
    gazetteer._loaded.clear()
    assert len(load_index(TINY_GAZETTEER)) == sizes[0]


def test_array_file_is_replaced_whole(tmp_path):
    path = tmp_path / "a.arr"
    _arrayfile.write(path, {"x": np.arange(5), "e": np.zeros(0, dtype=np.uint8)}, {"n": 1})
    meta, arrays = _arrayfile.read(path)
    _arrayfile.write(path, {"x": np.arange(7)}, {"n": 2})  # a reader of the old file keeps its view
    assert meta == {"n": 1} and arrays["x"].tolist() == [0, 1, 2, 3, 4] and len(arrays["e"]) == 0
    assert _arrayfile.read(path)[1]["x"].tolist() == list(range(7))
    path.write_bytes(path.read_bytes()[:-64])
    with pytest.raises(_arrayfile.ArrayFileError, match="truncated"):
        _arrayfile.read(path)


def test_place_regions_are_the_spatial_join_of_the_places(cache, boundaries):
    index = load_index(TINY_GAZETTEER)
    table = place_regions(index, boundaries)
    import geopandas as gpd

    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(index.lon, index.lat), crs=4326)
    assert [table[i] for i in range(len(index))] == assign_regions(points, boundaries).tolist()
    assert len(list(cache.glob("regions-*.idx"))) == 1
    other = boundaries[boundaries["country"] == "UA"].reset_index(drop=True)  # a user's own layer
    assert [place_regions(index, other)[i] for i in range(len(index))] == assign_regions(points, other).tolist()
    assert len(list(cache.glob("regions-*.idx"))) == 2
    for stored in cache.glob("regions-*.idx"):
        stored.write_bytes(b"broken")
    gazetteer._place_regions.clear()
    assert [place_regions(index, boundaries)[i] for i in range(len(index))] == [table[i] for i in range(len(index))]


def test_a_layer_read_back_from_the_layer_cache_joins_from_the_same_region_table(cache):
    from mapper import boundaries

    boundaries._load.cache_clear()
    fresh = boundaries.load_boundaries()  # from its file (the layer cache is written)
    boundaries._load.cache_clear()
    cached = boundaries.load_boundaries()  # from the layer cache: its CRS is read back from PROJ JSON
    boundaries._load.cache_clear()
    assert str(fresh.crs) != str(cached.crs) and fresh.crs == cached.crs
    assert gazetteer._layer_fingerprint(fresh) == gazetteer._layer_fingerprint(cached)
    index = load_index(TINY_GAZETTEER)
    place_regions(index, fresh)
    gazetteer._place_regions.clear()
    place_regions(index, cached)
    assert len(list(cache.glob("regions-*.idx"))) == 1  # the second run joins no more
    other = fresh.set_crs(3857, allow_override=True)
    assert gazetteer._layer_fingerprint(other) != gazetteer._layer_fingerprint(fresh)


def test_regions_of_points_off_every_region_are_the_nearest_close_by(boundaries):
    import warnings

    import geopandas as gpd

    rng = np.random.default_rng(1)
    lon, lat = rng.uniform(20, 60, 4000), rng.uniform(40, 70, 4000)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon, lat), crs=4326)
    found = assign_regions(points, boundaries, max_distance=0.3)
    inside = gpd.sjoin(points, boundaries[["region_code", "geometry"]], how="left", predicate="within")
    inside = inside.groupby(level=0)["region_code"].first()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        nearest = gpd.sjoin_nearest(points, boundaries[["region_code", "geometry"]], how="left", max_distance=0.3)
    nearest = nearest.groupby(level=0)["region_code"].first()
    expected = [a if isinstance(a, str) else (b if isinstance(b, str) else None) for a, b in zip(inside, nearest)]
    assert found.tolist() == expected
    assert 0 < sum(isinstance(a, str) for a in inside) < sum(e is not None for e in expected) < len(expected)


def test_import_mapper_defers_the_heavy_packages():
    code = ("import sys, mapper; heavy = ('geopandas', 'pandas', 'folium', 'pyogrio', 'shapely', 'geopy', "
            "'rapidfuzz', 'pymorphy3', 'matplotlib', 'numpy'); print([m for m in heavy if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_boundary_layers_read_from_the_cache_are_the_layers(cache, tmp_path):
    import geopandas as gpd

    from mapper import boundaries

    fresh = boundaries._standard_layer(settings.data_folder / "admin1.geojson", None, None, None, None)
    boundaries._load.cache_clear()
    first = boundaries.load_boundaries()
    boundaries._load.cache_clear()
    cached = boundaries.load_boundaries()  # from the layer file this time
    assert len(list(cache.glob("layer-*.idx"))) == 1
    for layer in (first, cached):
        assert layer.equals(fresh) and layer.crs == fresh.crs and layer.dtypes.equals(fresh.dtypes)
        assert list(layer.geometry.to_wkb()) == list(fresh.geometry.to_wkb())
    countries = gpd.read_file(settings.data_folder / "countries.geojson")
    boundaries.load_countries()
    again = boundaries.load_countries()
    assert again.equals(countries) and again["name"].isna().sum() == countries["name"].isna().sum() > 0
    for stored in cache.glob("layer-*.idx"):
        stored.write_bytes(stored.read_bytes()[:100])
    boundaries._load.cache_clear()
    assert boundaries.load_boundaries().equals(fresh)  # a damaged layer file is read again from the source
    boundaries._load.cache_clear()


def test_a_layer_read_with_a_warning_is_not_cached(cache, tmp_path, caplog):
    from mapper import boundaries

    src = tmp_path / "bowtie.geojson"
    src.write_text('{"type": "FeatureCollection", "features": [{"type": "Feature", "properties": '
                   '{"region_code": "XX-1", "region_name": "One"}, "geometry": {"type": "Polygon", '
                   '"coordinates": [[[0, 0], [1, 1], [1, 0], [0, 1], [0, 0]]]}}]}')
    for _ in range(2):
        boundaries._load.cache_clear()
        with caplog.at_level(logging.WARNING, logger="mapper.boundaries"):
            caplog.clear()
            boundaries.load_boundaries(src)
        assert "repairing 1 invalid" in caplog.text  # said each time: the repaired layer is not cached
    boundaries._load.cache_clear()
    assert not list(cache.glob("layer-*.idx"))


def test_a_damaged_cache_file_is_computed_again(cache, caplog):
    calls = []

    def compute():
        calls.append(1)
        return {"x": np.arange(3)}, {"n": 3}

    def decode(meta, arrays):
        return meta["n"], arrays["x"].tolist()

    assert _arrayfile.cached("test", ["a", b"b"], compute, decode) == (3, [0, 1, 2])
    assert _arrayfile.cached("test", ["a", b"b"], compute, decode) == (3, [0, 1, 2]) and len(calls) == 1
    (stored,) = cache.glob("test-*.idx")
    stored.write_bytes(b"MAPPERA\x01" + b"\xff" * 40)
    with caplog.at_level(logging.WARNING, logger="mapper._arrayfile"):
        assert _arrayfile.cached("test", ["a", b"b"], compute, decode) == (3, [0, 1, 2])
    assert len(calls) == 2 and "unreadable" in caplog.text
    assert _arrayfile.cached("test", ["ab", b""], compute, decode) and len(calls) == 3  # parts are kept apart


def test_simplified_regions_are_the_same_from_the_cache(cache, boundaries):
    from mapper.webmap import geometry

    fresh = geometry._simplified(boundaries, 0.02)
    for _ in range(2):
        out = geometry.simplify_shared(boundaries, 0.02)
        assert list(out.geometry.to_wkb()) == list(shapely_wkb(fresh)) and out.crs == boundaries.crs
    assert len(list(cache.glob("simplified-*.idx"))) == 1
    geometry.simplify_shared(boundaries, 0.02, keep=False)
    assert len(list(cache.glob("simplified-*.idx"))) == 1


def shapely_wkb(geoms):
    import shapely

    return shapely.to_wkb(np.asarray(geoms, dtype=object))


def test_candidates_take_their_region_from_the_table(cache, boundaries):
    import geopandas as gpd
    from geopy.location import Location

    from mapper.geocode import OfflineGazetteer

    gaz = OfflineGazetteer(TINY_GAZETTEER)
    locs = [loc for name in ("Kirov", "Moscow", "Krasnoarmeysk", "Borovsk") for loc in gaz.candidates(name)]
    moved = Location("Kirov, RU", (10.0, 10.0), {**locs[0].raw})  # another geocoder's answer with the same id
    found = gaz.regions_of([*locs, moved], boundaries)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy([loc.longitude for loc in locs],
                                                          [loc.latitude for loc in locs]), crs=4326)
    assert [found[n] for n in range(len(locs))] == assign_regions(points, boundaries).tolist()
    assert len(locs) not in found and len(set(found.values()) - {None}) >= 3


def test_stem_table_is_the_same_from_the_cache(cache):
    from types import SimpleNamespace

    from mapper.extract import _slavic

    keys = [normalize(n) for n in ("Київ", "Курская", "Орёл", "Kyiv", "Харків", "Ёж", "Курское", "Ки")]
    index = SimpleNamespace(keys=keys, cache_key="gazetteer-test")
    fresh: dict[str, list[str]] = {}
    for stem, key in _slavic._stem_pairs(keys):
        fresh.setdefault(stem, []).append(key)
    assert fresh[_slavic.stem_key("Курской")] == ["курская", "курское"] and "kyiv" not in sum(fresh.values(), [])
    tables = []
    for _ in range(2):
        _slavic._CACHE.clear()
        tables.append(_slavic._place_stems(index))
    (stored,) = cache.glob("stems-*.idx")
    assert tables[0] == tables[1] == fresh and list(tables[1]) == list(fresh)
    stored.write_bytes(b"garbage")
    _slavic._CACHE.clear()
    assert _slavic._place_stems(index) == fresh
    _slavic._CACHE.clear()
    assert _slavic._place_stems(SimpleNamespace(keys=keys, cache_key="gazetteer-other")) == fresh
    assert len(list(cache.glob("stems-*.idx"))) == 2


def _arrays_of(index: gazetteer.GazetteerIndex) -> dict[str, bytes]:
    return {k: np.ascontiguousarray(v).tobytes() for k, v in gazetteer._arrays(index).items()}


def _json_places() -> list:
    rows = [{"geonameid": 10 + n, "name": name, "latitude": 50.0 + n / 7, "longitude": 30 + n / 3,
             "countrycode": cc, "admin1code": adm, "population": pop, "alternatenames": alts}
            for n, (name, cc, adm, pop, alts) in enumerate([
                ("Kirov", "RU", "33", 470000, ["Киров", "Kirow", "KRV", "Vyatka1", "Вятка", "東京", "x", "Kirov"]),
                ("Kirov", "RU", "40", 30000, ["Киров", "КИРОВ", "Kirov 2", "Kírov"]),
                ("Орёл", "RU", "56", 300000, ["Orel", "Oryol", "ΟΡΕΛ", "Орел", "Ärø", "СПб"]),
                ("Small", "UA", None, None, None),
                ("Tiny", "", "", 10, []),
                ("Kyiv", "UA", "12", 2900000.0, ["Київ", "Kiev", "KIEV", "Kyïv", "Kyiv\u200b"])])]
    rows[0]["asciiname"] = "Kirov"
    rows[2]["asciiname"] = "Orel"
    rows[3]["asciiname"] = None
    return rows


@pytest.mark.parametrize("least", [0, 100])
def test_json_places_built_in_bulk_give_the_index_of_the_records_one_by_one(tmp_path, monkeypatch, least):
    monkeypatch.setattr(settings, "min_population", least)
    path = tmp_path / "cities.json"
    path.write_text(json.dumps({str(r["geonameid"]): r for r in _json_places()}), encoding="utf-8")
    bulk = gazetteer._build_json(path)
    one_by_one = gazetteer._build(gazetteer._iter_json(path), str(path))
    assert _arrays_of(bulk) == _arrays_of(one_by_one)
    assert len(bulk) == (6 if least == 0 else 4) and bulk.lookup("kirov")[0] == (0, 0)


@pytest.mark.parametrize("change", [("latitude", "55.5"), ("population", True), ("alternatenames", "A,B"),
                                    ("geonameid", 1e300), ("latitude", 91), ("name", " "), ("countrycode", 7)])
def test_json_places_not_plain_are_read_one_by_one(tmp_path, change):
    rows = _json_places()
    rows[1][change[0]] = change[1]
    with pytest.raises(gazetteer._NotPlain):
        gazetteer._plain_places(rows)
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(rows), encoding="utf-8")
    try:
        expected = _arrays_of(gazetteer._build(gazetteer._iter_json(path), str(path)))
    except gazetteer.GazetteerError as exc:
        with pytest.raises(gazetteer.GazetteerError, match=re.escape(str(exc))):
            gazetteer._build_json(path)
    else:
        assert _arrays_of(gazetteer._build_json(path)) == expected


def test_bulk_alternate_checks_and_transliteration_give_what_the_per_name_ones_give():
    names = NAMES + ["AB", "KJA", "Moscow2", "Мск", "東京", "LED", "СПб", "Δelta", "٣Kirov", "Х\x00", "ОРЁЛ", "Київ",
             "", "a", "\ud83d", "9", "Ж", "Ab"]
    usable, cyrillic = gazetteer._usable_alternates(names)
    assert usable.tolist() == [gazetteer._usable_alternate(n) for n in names]
    assert cyrillic.tolist() == [gazetteer.has_cyrillic(n) for n in names]
    assert gazetteer._transliterated(names) == [gazetteer.transliterate(n) for n in names]


def test_loose_places_sorted_in_bulk_as_one_set_per_group_sorts_them():
    rng = np.random.default_rng(0)
    for _ in range(200):
        pairs = sorted({(int(rng.integers(6)), int(rng.integers(300))) for _ in range(int(rng.integers(1, 60)))})
        lid, lplace = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
        pops = rng.integers(0, 4, 300).tolist()  # many places as populous as each other
        starts = gazetteer._starts(lid, 6)
        expected = np.concatenate([sorted(set(lplace[a:b].tolist()), key=lambda i: -pops[i])
                                   for a, b in zip(starts[:-1], starts[1:]) if b > a])
        assert gazetteer._by_population(lid, lplace, starts, pops).tolist() == expected.tolist()


def test_cache_files_are_named_by_one_helper_from_stamps(tmp_path, monkeypatch):
    """Every cache (index, layers, map parts, page frame) is named by _arrayfile.cache_file from the stamps
    (path, size, time) of the files it depends on: an edited file gives another name."""
    from mapper import _arrayfile, settings

    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    source = tmp_path / "source.txt"
    source.write_text("a")
    first = _arrayfile.cache_file("thing", (repr(_arrayfile.stamp(source)),))
    assert first.parent == tmp_path / "cache" and first.name.startswith("thing-") and first.suffix == ".idx"
    assert _arrayfile.cache_file("thing", (repr(_arrayfile.stamp(source)),)) == first
    source.write_text("ab")
    assert _arrayfile.cache_file("thing", (repr(_arrayfile.stamp(source)),)) != first
    assert _arrayfile.stamp(tmp_path / "gone") == (str(tmp_path / "gone"),) and _arrayfile.stamp(None) == ()
    assert _arrayfile.cache_file("k", ("ab", "c")) != _arrayfile.cache_file("k", ("a", "bc"))  # parts stay apart
    assert _arrayfile.cache_file("page", ("x",), suffix=".json").suffix == ".json"


def test_an_edit_of_the_same_size_with_its_time_set_back_changes_the_stamp(tmp_path):
    """A gazetteer edited in place to a name of the same length, its modification time restored (``touch -r``),
    kept its cache key: the old index, with the old name, was read."""
    import os
    import time

    from mapper import _arrayfile

    source = tmp_path / "g.txt"
    source.write_text("Borovsk")
    before, st = _arrayfile.stamp(source), os.stat(source)
    time.sleep(0.05)  # past the file system's clock step
    source.write_text("BorovsX")
    os.utime(source, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert os.stat(source).st_size == st.st_size and os.stat(source).st_mtime_ns == st.st_mtime_ns
    assert _arrayfile.stamp(source) != before
