"""The map's HTML: self-contained, small, escaped."""

import re

import pytest

from mapper.webmap import OfflineError, class_breaks, inline_assets

XSS = ('Drones were shot down over Kursk region <script>window.__xss=1</script> '
       '<img src=x onerror="window.__xss=2"> `${window.__xss=3}` </script><b>bold</b>.')


@pytest.fixture(scope="module")
def seed_html(seed_result):
    return seed_result.map().get_root().render()


def test_no_network_loads(seed_html):
    assert not re.search(r"<(script|link|img|iframe)[^>]+(src|href)=[\"']?(https?:)?//", seed_html, re.I)
    assert "cdn.jsdelivr" not in seed_html and "code.jquery.com" not in seed_html
    assert "mapper-asset:" not in seed_html
    assert "L.tileLayer" not in seed_html


def test_small(seed_html):
    assert len(seed_html.encode()) < 2_000_000


def test_inlines_leaflet_and_images(seed_html):
    assert "Leaflet 1.9.3" in seed_html
    assert "url(data:image/png;base64," in seed_html


def test_inline_refuses_remote_assets():
    with pytest.raises(OfflineError):
        inline_assets('<script src="https://cdn.example.org/x.js"></script>')
    with pytest.raises(OfflineError):
        inline_assets('<style>@import url("//fonts.example.org/a.css");</style>')


def test_report_text_travels_as_data_not_markup(analyse):
    html = analyse(XSS).map().get_root().render()
    assert "<script>window.__xss" not in html
    assert "<img src=x" not in html
    assert "window.__xss" in html  # the text is there, escaped as JSON
    assert "\\u003cscript\\u003e" in html


def test_online_tiles_only_when_asked(seed_result):
    html = seed_result.map(online_tiles=True).get_root().render()
    assert "tile.openstreetmap.org" in html


def test_time_slider_when_dated(analyse):
    from datetime import date

    from mapper import Report

    r = analyse(Report("a", "Drones were shot down over Kursk region.", "x", date(2024, 5, 1)),
                Report("b", "Drones were shot down over Belgorod region.", "x", date(2024, 5, 3)))
    html = r.map().get_root().render()
    assert "mapper-time" in html and "2024-05-03" in html
    assert "week of 2024-04-29" in r.map(time_by="week").get_root().render()


def test_map_is_byte_identical(seed_result, analyse):
    """Element ids come from the tree, not at random: same input, same bytes."""
    from datetime import date

    from mapper import Report

    first = seed_result.map().get_root().render()
    assert seed_result.map().get_root().render() == first       # a new map of the same result
    m = seed_result.map()
    assert m.get_root().render() == m.get_root().render() == first  # the same map rendered twice
    assert m._repr_html_() == seed_result.map()._repr_html_()    # Jupyter's inline view
    r = analyse(Report("a", "Drones were shot down over Kursk region.", "x", date(2024, 5, 1)),
                Report("b", "A drone hit Belgorod.", "y", date(2024, 5, 3)))
    assert r.map(title="T", online_tiles=True).get_root().render() == \
        r.map(title="T", online_tiles=True).get_root().render()
    assert not re.search(r"_[0-9a-f]{32}\b", first)               # no random element ids


CITIES = ["Kursk", "Belgorod", "Bryansk", "Oryol", "Tula", "Kaluga", "Smolensk", "Voronezh", "Lipetsk",
          "Tambov", "Ryazan", "Vladimir", "Ivanovo", "Yaroslavl", "Kostroma", "Tver", "Pskov", "Novgorod",
          "Vologda", "Kirov", "Penza", "Saratov", "Samara", "Ulyanovsk", "Kazan", "Cheboksary", "Izhevsk",
          "Perm", "Ufa", "Orenburg", "Volgograd", "Astrakhan", "Rostov-on-Don", "Krasnodar", "Stavropol",
          "Novorossiysk", "Sochi", "Taganrog", "Shakhty", "Engels", "Syzran"]


def test_clustering_when_many_places(analyse):
    r = analyse("Drones attacked " + ", ".join(CITIES) + ".")
    assert r.places["geonameid"].nunique() >= 40
    html = r.map().get_root().render()
    assert "L.markerClusterGroup" in html and "MarkerClusterGroup" in html


@pytest.mark.parametrize("values, breaks", [
    ([0, 0, 0], [1]),
    ([0, 1, 1, 3], [1, 3]),
    (list(range(0, 101)), [1, 17, 34, 50, 67, 83]),
])
def test_class_breaks(values, breaks):
    assert class_breaks(values) == breaks
