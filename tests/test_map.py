"""The map's HTML and data: self-contained, small, escaped; classes, colours, points, time, shared figures."""

import json
import re
import warnings

import numpy as np
import pandas as pd
import pytest

from mapper.webmap import KINDS, OfflineError, class_bounds, class_breaks, inline_assets, palette
from tests.test_map_security import DATA_BLOCK

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


def dated(analyse):
    """Three days of reports: shoot-downs, a strike, debris, one figure told for three regions."""
    from datetime import date

    from mapper import Report

    return analyse(
        Report("a", "Twelve drones were shot down over the Tula, Kaluga and Oryol regions.",
               "https://example.org/news/1", date(2024, 5, 1)),
        Report("b", "A drone hit an oil depot in Bryansk. Fragments of a drone fell in Kursk.",
               "ministry; javascript:alert(1)", date(2024, 5, 2)),
        Report("c", "Five drones were shot down over the Belgorod region.", "agency", date(2024, 5, 4)))


def without_shared(result):
    """The result as an older run or another tool gives it: no ``objects_shared`` columns."""
    import dataclasses

    return dataclasses.replace(result, incidents=result.incidents.drop(columns=["objects_shared", "shared_with"]))


def with_shared(result, figure: int = 12):
    """The joint figure in ``objects_shared``, set by hand."""
    import dataclasses

    inc = result.incidents.copy()
    joint = inc["region_code"].isin(["RU-TUL", "RU-KLU", "RU-ORL"])
    inc["objects_shared"] = pd.array([figure if j else pd.NA for j in joint], dtype="Int64")
    inc["shared_with"] = [";".join(c for c in ["RU-TUL", "RU-KLU", "RU-ORL"] if c != code) if j else ""
                          for code, j in zip(inc["region_code"], joint)]
    return dataclasses.replace(result, incidents=inc)


def map_data(m) -> dict:
    return json.loads(DATA_BLOCK.search(m.get_root().render()).group(2))


def test_time_periods_when_dated(analyse):
    r = dated(analyse)
    data = map_data(r.map())
    assert data["periods"] == ["2024-05-01", "2024-05-02", "2024-05-03", "2024-05-04"]   # gaps kept
    assert data["cells"]["rows"] == [3, 2, 0, 1, 0]                 # per period, undated last
    assert data["reports"] == [1, 1, 0, 1, 0]
    week = map_data(r.map(time_by="week"))
    assert week["by"] == "week" and week["periods"] == ["2024-04-29"]
    assert week["cells"]["rows"] == [6, 0]


def test_incidents_drawn_at_their_place_or_region(seed_result):
    data = map_data(seed_result.map())
    locs, cells = data["locs"], data["cells"]
    assert cells["rows"] == [5]                                     # the seed report has no date
    kinds = {data["locs"]["name"][loc]: KINDS[int(k)] for loc, k in zip(_undelta(cells), cells["kind"])}
    assert kinds == {"Borovsk": "shootdown", "Kirishi": "debris", "Pokrovsk": "other",
                     "Bryansk Oblast": "shootdown", "Moscow Oblast": "shootdown"}
    role = dict(zip(locs["name"], locs["role"]))
    assert role["Borovsk"] == role["Kirishi"] == 1 and role["Bryansk Oblast"] == role["Moscow Oblast"] == 4
    objects = {locs["name"][loc]: o for loc, o in zip(_undelta(cells), cells["obj"])}
    assert objects["Borovsk"] == 11 and objects["Bryansk Oblast"] == 8


def _undelta(cells: dict) -> list[int]:
    out, j = [], 0
    for n in cells["rows"]:
        for i in range(n):
            out.append(cells["loc"][j] + (out[-1] if i else 0))
            j += 1
    return out


def test_shared_figures_kept_with_their_regions(analyse):
    r = dated(analyse)
    bare = without_shared(r)
    plain = {f["properties"]["code"]: f["properties"] for f in map_data(bare.map())["regions"]["features"]}
    assert plain["RU-TUL"]["shared"] == [] and "sh" not in map_data(bare.map())["cells"]  # works without the columns
    counted = {f["properties"]["code"]: f["properties"] for f in map_data(r.map())["regions"]["features"]}
    assert counted["RU-TUL"]["shared"] == [[12, "Kaluga, Oryol"]]                      # the counting stage keeps it
    data = map_data(with_shared(r).map())
    props = {f["properties"]["code"]: f["properties"] for f in data["regions"]["features"]}
    assert props["RU-TUL"]["shared"] == [[12, "Kaluga, Oryol"]]
    assert props["RU-KLU"]["shared"] == [[12, "Oryol, Tula"]]
    assert props["RU-TUL"]["list"][0]["shared"] == 12 and props["RU-TUL"]["list"][0]["shared_with"] == "Kaluga, Oryol"
    cells = data["cells"]
    assert sorted(cells["sh"]) == [0, 0, 0, 12, 12, 12]
    assert round(sum(cells["sf"])) == 12                          # the figure counts once in totals


def test_streaming_run_draws_the_same_map(analyse, tmp_path, boundaries, gazetteer):
    """write_run builds the map from running totals; the in-memory result from its tables: same data."""
    import mapper

    records = [{"id": "a", "date": "2024-05-01", "source": "https://example.org/1",
                "text": "Twelve drones were shot down over the Tula, Kaluga and Oryol regions. A drone hit Bryansk."},
               {"id": "b", "date": "2024-05-03", "source": "agency",
                "text": "Fragments of a drone fell in Kursk. Drones were launched from Cape Chauda."}]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(x) + "\n" for x in records), encoding="utf-8")
    mapper.write_run([path], tmp_path / "out", boundaries=boundaries, geocoder=gazetteer, chunk_size=1)
    streamed = json.loads(DATA_BLOCK.search((tmp_path / "out" / "map.html").read_text(encoding="utf-8")).group(2))
    in_memory = map_data(mapper.run(path, boundaries=boundaries, geocoder=gazetteer).map())
    streamed.pop("read"), in_memory.pop("read")
    assert streamed == in_memory


def test_many_cells_drawn_per_region(analyse):
    """Past ``max_cells`` the points stand for regions; counts per region, period and kind stay."""
    from mapper.totals import Totals
    from mapper.webmap.data import MapTables

    r = dated(analyse)
    totals = Totals.from_tables(r.incidents, r.placed)
    fine, coarse = (MapTables(totals, r.regions, "day", max_cells=n) for n in (100, 1))
    assert not fine.per_region and coarse.per_region
    a, b = fine.cell_table(), coarse.cell_table()
    assert a["rows"] == b["rows"] and a["kind"] == b["kind"] and a["obj"] == b["obj"]
    roles = coarse.loc_table()["role"]
    assert {roles[i] for i in _undelta(b)} == {12}                 # region points, standing for all


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
    ([0, 1, 1, 3], [1, 2]),                 # one class per value: 1, and 2–3
    ([0, 2, 5, 5, 9], [1, 3, 6]),           # 1–2, 3–5, 6–9
])
def test_class_breaks_few_values(values, breaks):
    assert class_breaks(values) == breaks


def test_class_breaks_are_fisher_jenks():
    import mapclassify

    values = [1, 1, 2, 3, 5, 8, 11, 40, 41, 90, 95, 300] + [0] * 20
    lower, upper = class_bounds(values)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")          # "Numba not installed"
        bins = mapclassify.FisherJenks(np.array([v for v in values if v]), k=5).bins
    assert upper == [int(b) for b in bins]
    assert lower[0] == 1 and all(lo == up + 1 for lo, up in zip(lower[1:], upper))   # classes meet
    assert upper[-1] == 300


def _lightness(hex_colour: str) -> float:
    """CIE L* of an sRGB colour."""
    rgb = [int(hex_colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in rgb]
    y = 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]
    return 116 * (y ** (1 / 3) if y > 0.008856 else 7.787 * y + 16 / 116) - 16


@pytest.mark.parametrize("k", range(1, 6))
def test_palette_reads_on_a_plain_background(k):
    """Classes differ visibly; few classes are not all pale; the top class is dark; none is not a class."""
    from mapper.webmap.data import SCHEME

    colours = palette(k)
    assert len(colours) == len(set(colours)) == k
    light = [_lightness(c) for c in colours]
    assert light == sorted(light, reverse=True)                     # sequential: darker for more
    assert all(a - b >= 8 for a, b in zip(light, light[1:]))         # neighbours differ visibly
    assert light[-1] <= 55                                            # the top class is never pale
    land = _lightness("#f4f1ea")                                     # "none" (the page's land colour)
    assert land - light[0] >= 10
    assert set(colours) <= set(SCHEME)                               # ColorBrewer OrRd


def test_legend_from_the_regions(seed_result):
    data = map_data(seed_result.map())
    assert data["legend"]["incidents"] == {"title": "Incidents per region", "lower": [1], "upper": [1],
                                           "colors": palette(1)}
    objects = data["legend"]["objects"]
    assert objects["lower"] == [1, 2, 3, 9] and objects["upper"] == [1, 2, 8, 11]


def test_no_jquery_shipped(seed_html):
    """Nothing on the page uses jQuery: it is not in the HTML, nor among the assets."""
    from mapper.webmap.offline import ASSETS, DEFAULT_JS

    assert "jquery" not in seed_html.lower()
    assert not any("jquery" in name for name, _ in DEFAULT_JS)
    assert not list(ASSETS.rglob("*jquery*"))


def test_map_options_are_checked_first():
    """A metric or period the map does not know, or an option it has not, fails before any work."""
    from mapper.webmap import MapOptions, map_from_totals

    assert MapOptions(metric="objects", time_by="week").metric == "objects"
    with pytest.raises(ValueError, match="metric"):
        MapOptions(metric="drones")
    with pytest.raises(ValueError, match="time_by"):
        map_from_totals(None, None, time_by="month")
    with pytest.raises(TypeError, match="colour"):
        map_from_totals(None, None, colour="red")
