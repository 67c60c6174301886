"""The map page written from its cached frame (mapper.webmap._shell) is folium's page, byte for byte;
a damaged or stale frame is rendered again; a warm write imports neither folium, branca nor jinja2."""

import logging
import subprocess
import sys

import pytest

from mapper import settings
from mapper.totals import Totals
from mapper.webmap import MapOptions, OfflineError, _shell, folium_map, map_from_totals, write_map
from tests.conftest import TINY_GAZETTEER

XSS = 'Borovsk </script><script>alert(1)</script> {{ 7*7 }} {% raw %} url(data:x) "quoted" \u2028'


@pytest.fixture()
def cache(tmp_path, monkeypatch):
    """A private cache folder and no frame held in memory."""
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    monkeypatch.setattr(settings, "use_cache", True)
    monkeypatch.setattr(_shell, "_held", {})
    return tmp_path / "cache"


@pytest.fixture(scope="module")
def totals(seed_result):
    return Totals.from_tables(seed_result.incidents, seed_result.placed), seed_result.regions


OPTIONS = [{}, {"metric": "objects", "time_by": "week"}, {"online_tiles": True}, {"width": 800, "height": "60%"},
           {"title": XSS, "reports_read": 3}]


@pytest.mark.parametrize("options", OPTIONS)
def test_written_page_is_the_folium_page(cache, totals, tmp_path, options):
    folium_page = tmp_path / "folium.html"
    map_from_totals(*totals, **options).save(str(folium_page))
    for n in range(2):  # rendered and kept; then from the cache folder
        _shell._held.clear()
        written = tmp_path / f"written{n}.html"
        write_map(*totals, written, **options)
        assert written.read_bytes() == folium_page.read_bytes()
    assert len(list(cache.glob("page-*.json"))) == 1


@pytest.mark.parametrize("cluster", [False, True])
def test_any_data_and_centre_go_in_as_folium_puts_them(cache, cluster):
    opts = MapOptions(metric="objects")
    text = '{"title": "' + XSS.replace('"', "'").replace("<", "\\u003c") + '"}'
    for lat, lon in [(54.082975000000005, 35.460377158304226), (-0.0, 180.0), (1e-7, -179.99999999)]:
        expected = folium_map((lon, lat, lon, lat), opts, text, cluster).get_root().render()
        assert _shell.page(opts, cluster, [lat, lon], text) == expected


def test_a_page_loading_from_the_network_is_refused(cache):
    with pytest.raises(OfflineError):
        _shell.page(MapOptions(), False, [50.0, 30.0], '{"t": "x"} <img src="https://example.com/a.png">')


@pytest.mark.parametrize("damage", [b"", b"{", b'{"version": 1, "parts": ["a"], "order": []}',
                                    b'{"version": 0, "parts": ["a", "b", "c"], "order": ["data", "center"]}',
                                    b"\xff\xfe"])
def test_a_damaged_or_stale_frame_is_rendered_again(cache, totals, tmp_path, caplog, damage):
    first = tmp_path / "first.html"
    write_map(*totals, first)
    (stored,) = cache.glob("page-*.json")
    stored.write_bytes(damage)
    _shell._held.clear()
    again = tmp_path / "again.html"
    with caplog.at_level(logging.WARNING, logger="mapper.webmap._shell"):
        write_map(*totals, again)
    assert "unreadable" in caplog.text
    assert again.read_bytes() == first.read_bytes()
    assert stored.read_bytes() != damage  # written anew


def test_another_option_is_another_frame(cache, totals, tmp_path):
    write_map(*totals, tmp_path / "a.html")
    write_map(*totals, tmp_path / "b.html", metric="objects")
    assert len(list(cache.glob("page-*.json"))) == 2


def test_without_the_cache_the_page_is_the_same(cache, totals, tmp_path, monkeypatch):
    write_map(*totals, tmp_path / "a.html")
    monkeypatch.setattr(settings, "use_cache", False)
    _shell._held.clear()
    write_map(*totals, tmp_path / "b.html")
    assert (tmp_path / "a.html").read_bytes() == (tmp_path / "b.html").read_bytes()


def test_a_warm_run_imports_no_template_engine(tmp_path):
    report = tmp_path / "r.txt"
    report.write_text("Two drones were shot down over Borovsk in Kaluga Oblast.", encoding="utf-8")
    code = ("import sys; from mapper import settings; settings.cache_folder = sys.argv[1]; "
            "import mapper; mapper.write_run(sys.argv[2], sys.argv[4], gazetteer=sys.argv[3]); "
            "print(sorted(m for m in ('folium', 'branca', 'jinja2') if m in sys.modules))")
    args = [sys.executable, "-c", code, str(tmp_path / "cache"), str(report), str(TINY_GAZETTEER)]
    first = subprocess.run([*args, str(tmp_path / "out1")], capture_output=True, text=True, check=True).stdout
    warm = subprocess.run([*args, str(tmp_path / "out2")], capture_output=True, text=True, check=True).stdout
    assert first.strip() == "['branca', 'folium', 'jinja2']"  # the frame is rendered once
    assert warm.strip() == "[]"
    assert (tmp_path / "out1" / "map.html").read_bytes() == (tmp_path / "out2" / "map.html").read_bytes()


def test_the_colour_scheme_is_brancas_orrd():
    from branca.utilities import color_brewer

    from mapper.webmap.data import SCHEME

    assert SCHEME == color_brewer("OrRd", 9)


def test_region_geojson_is_the_same_from_the_cache(cache, boundaries, caplog):
    from mapper.geojson import geometry_texts
    from mapper.webmap.geometry import region_texts, simplify_shared

    geoms = simplify_shared(boundaries, 0.04).geometry.values
    expected = geometry_texts(geoms, 3)
    assert region_texts(geoms, 3) == expected  # computed
    (stored,) = cache.glob("geojson-*.idx")
    assert region_texts(geoms, 3) == expected  # read back
    assert region_texts(geoms[:5], 3) == expected[:5] and region_texts(geoms, 2) != expected
    stored.write_bytes(stored.read_bytes()[:200])
    with caplog.at_level(logging.WARNING):
        assert region_texts(geoms, 3) == expected
    assert "unreadable" in caplog.text
    with_none = list(geoms[:3]) + [None]
    assert region_texts(with_none, 3) == geometry_texts(with_none, 3) == region_texts(with_none, 3)



def test_stand_ins_not_found_once_render_the_page_whole(cache, totals, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(_shell, "_DATA", "leaflet")  # in the inlined code many times over
    expected = tmp_path / "folium.html"
    map_from_totals(*totals).save(str(expected))
    with caplog.at_level(logging.WARNING, logger="mapper.webmap._shell"):
        write_map(*totals, tmp_path / "written.html")
    assert "not found once" in caplog.text and not list(cache.glob("page-*.json"))
    assert (tmp_path / "written.html").read_bytes() == expected.read_bytes()


def test_an_unwritable_cache_folder_is_a_warning(totals, tmp_path, monkeypatch, caplog):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setattr(settings, "cache_folder", blocker / "cache")
    monkeypatch.setattr(settings, "use_cache", True)
    monkeypatch.setattr(_shell, "_held", {})
    expected = tmp_path / "folium.html"
    map_from_totals(*totals).save(str(expected))
    with caplog.at_level(logging.WARNING, logger="mapper.webmap._shell"):
        write_map(*totals, tmp_path / "written.html")
    assert "cannot cache the map page" in caplog.text
    assert (tmp_path / "written.html").read_bytes() == expected.read_bytes()


def test_country_outline_kept_is_the_one_made(cache, totals, monkeypatch):
    # the outline (0.06 s a map) is made once for a frame and the regions drawn, then read back
    import mapper.webmap as webmap

    regions = totals[1]
    made = webmap._outline_of((10.0, 35.0, 80.0, 70.0), regions)
    assert webmap._outline((10.0, 35.0, 80.0, 70.0), regions) == made
    (kept,) = cache.glob("outline-*.idx")
    monkeypatch.setattr(webmap, "_outline_of", lambda *a: pytest.fail("made again"))
    assert webmap._outline((10.0, 35.0, 80.0, 70.0), regions) == made
    monkeypatch.undo()
    monkeypatch.setattr(settings, "cache_folder", cache)
    kept.write_bytes(kept.read_bytes()[:100])  # damaged: made again, the same
    assert webmap._outline((10.0, 35.0, 80.0, 70.0), regions) == made
    other = webmap._outline((20.0, 40.0, 60.0, 60.0), regions)  # another frame, another outline
    assert other != made and other == webmap._outline_of((20.0, 40.0, 60.0, 60.0), regions)
    assert len(list(cache.glob("outline-*.idx"))) == 2
