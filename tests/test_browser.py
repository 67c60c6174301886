"""The saved map in headless Chromium (Debian's), driven by Playwright, with the network blocked.

Screenshots of the example report and of a 10,000-report corpus go to ``docs/screenshots``
(``MAPPER_SCREENSHOTS`` to write them elsewhere); README links them.
"""

from __future__ import annotations

import io
import os
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from mapper import Report
from tests.conftest import SEED
from tests.test_map import XSS, dated, with_shared

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
SHOTS = Path(os.environ.get("MAPPER_SCREENSHOTS", ROOT / "docs" / "screenshots"))
LAND = "rgb(244, 241, 234)"      # the page's land colour: a region with none
OBJECTS = "Objects per region (drones, missiles, …)"


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium); .ci/run installs it")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_map(browser, path: Path, width: int = 1200, height: int = 800):
    page = browser.new_page(viewport={"width": width, "height": height})
    page.set_default_timeout(90_000)  # a loaded machine may be slow; a broken page still fails
    problems: list[str] = []
    remote: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"pageerror: {e}"))
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("dialog", lambda d: (problems.append(f"dialog: {d.message}"), d.dismiss()))

    def route(r):
        if r.request.url.startswith(("file:", "data:", "about:")):
            r.continue_()
        else:
            remote.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.goto(path.as_uri())
    page.wait_for_function("window.mapperApp && window.mapperApp.V")
    settle(page)
    return page, problems, remote


def settle(page) -> None:
    """Wait until the map has stopped moving."""
    page.wait_for_function("""() => {
        const map = mapperApp.map;
        return !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress);
    }""")
    page.wait_for_timeout(100)


def screen_point(page, lat: float, lon: float) -> list[float]:
    """Where (lat, lon) is on the page, once the map has stopped moving."""
    settle(page)
    return page.evaluate("""([lat, lon]) => {
        const map = mapperApp.map, p = map.latLngToContainerPoint([lat, lon]);
        const r = map.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    }""", [lat, lon])


def shot(page, name: str) -> Path:
    """A screenshot in the screenshots folder, as a small palette PNG when Pillow is at hand."""
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.wait_for_timeout(350)                   # popups and tooltips fade in
    png = page.screenshot()
    try:
        from PIL import Image
    except ImportError:
        path.write_bytes(png)
        return path
    image = Image.open(io.BytesIO(png)).convert("RGB")
    image.quantize(colors=256, method=Image.Quantize.FASTOCTREE, dither=Image.Dither.NONE).save(path, optimize=True)
    return path


def close_popup(page) -> None:
    """Close the popup and wait until it has faded out (it takes clicks until then)."""
    page.evaluate("mapperApp.map.closePopup()")      # its close button may lie under a control
    page.locator(".leaflet-popup").wait_for(state="detached")


def fills(page) -> dict[str, str]:
    return page.evaluate("""() => { const out = {};
        mapperApp.regions.eachLayer(l => { out[l.feature.properties.code] = l.options.fillColor; });
        return out; }""")


def labels(page, kind: str) -> list[str]:
    """Texts of the labels of a kind (region, place, city) shown on the map."""
    return page.evaluate("""(kind) => [...document.querySelectorAll('.mapper-' + kind + '-label')]
        .filter(e => e.style.display !== 'none' && e.style.visibility !== 'hidden')
        .map(e => e.textContent)""", kind)


def summary(page) -> str:
    return page.locator(".mapper-summary").inner_text()


def choose(page, text: str) -> None:
    """Click an entry of the layer control."""
    page.locator(".leaflet-control-layers").get_by_text(text, exact=True).click()
    settle(page)


def save(result, tmp_path: Path, name: str, **kwargs) -> Path:
    path = tmp_path / f"{name}.html"
    result.map(**kwargs).save(str(path))
    return path


# ---- the example report ----------------------------------------------------------------------

def test_seed_map(browser, seed_result, seed_path, tmp_path):
    page, problems, remote = open_map(browser, save(seed_result, tmp_path, "seed"))
    assert page.locator(".mapper-legend").inner_text().startswith("Incidents per region")
    if seed_path == SEED:
        shot(page, "seed")
    # hover over Kaluga Oblast (its polygon holds Kirov, 54.07N 34.30E): a tooltip with its name and counts
    page.mouse.move(*screen_point(page, 54.3, 35.2))
    tip = page.locator(".leaflet-tooltip")
    tip.wait_for()
    assert "Kaluga Oblast" in tip.inner_text() and "11" in tip.inner_text()
    choose(page, OBJECTS)
    assert page.locator(".mapper-legend").inner_text().startswith("Objects per region")
    page.mouse.click(*screen_point(page, 54.3, 35.2))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Borovsk" in popup.inner_text() and "Vladislav Shapsha" in popup.inner_text()
    if seed_path == SEED:
        page.mouse.move(5, 400)
        shot(page, "seed-objects-popup")
    assert problems == [] and remote == []


def test_markers_stay_above_regions_after_switching(browser, seed_result, tmp_path):
    """Incidents ⇄ Objects twice: the place and incident markers are still on top and take the clicks."""
    page, problems, remote = open_map(browser, save(seed_result, tmp_path, "order"))
    for name in (OBJECTS, "Incidents per region", OBJECTS, "Incidents per region"):
        choose(page, name)
    z = page.evaluate("""() => ['regions', 'places', 'points', 'labels'].map(
        n => +getComputedStyle(mapperApp.map.getPane('mapper-' + n)).zIndex)""")
    assert z[0] < z[1] < z[2] and z[0] < z[3]
    on_top = """([x, y]) => { const e = document.elementFromPoint(x, y);
        return e && e.closest('.leaflet-pane') ? e.closest('.leaflet-pane').className : ''; }"""
    kirov = screen_point(page, 54.06889, 34.29891)          # a place named (Places layer)
    borovsk = screen_point(page, 55.20343, 36.49088)        # the Kaluga incident, drawn at its first place
    assert "mapper-places-pane" in page.evaluate(on_top, kirov)
    assert "mapper-points-pane" in page.evaluate(on_top, borovsk)
    popup = page.locator(".leaflet-popup-content")
    page.mouse.click(*kirov)
    popup.wait_for()
    assert popup.locator("h4").inner_text() == "Kirov" and "GeoNames id" in popup.inner_text()
    close_popup(page)
    page.mouse.click(*screen_point(page, 55.20343, 36.49088))   # the popup may have panned the map
    page.wait_for_function("document.querySelector('.leaflet-popup-content h4')?.textContent === 'Borovsk'",
                           timeout=10_000)
    assert "Kind: Shot down" in popup.inner_text() and "Objects: 11" in popup.inner_text()
    assert problems == [] and remote == []


def test_labels_summary_and_attribution(browser, seed_result, tmp_path):
    """Names and counts on the regions hit, the places hit and large cities, without hovering."""
    page, problems, remote = open_map(browser, save(seed_result, tmp_path, "labels"))
    regions = set(labels(page, "region"))
    assert regions == {"Kaluga 1", "Bryansk 1", "Leningrad 1", "Moscow Oblast 1", "Donetsk 1"}
    assert {"Borovsk", "Kirishi", "Pokrovsk"} <= set(labels(page, "place"))
    cities = labels(page, "city")
    assert len(cities) >= 10 and {"Kyiv", "Minsk", "Warsaw"} <= set(cities)
    boxes = page.evaluate("""() => [...document.querySelectorAll('.mapper-maplabel')]
        .filter(e => e.style.display !== 'none' && e.style.visibility !== 'hidden')
        .map(e => { const r = e.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; })""")
    overlaps = [(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:]
                if a[0] < b[2] - 1 and b[0] < a[2] - 1 and a[1] < b[3] - 1 and b[1] < a[3] - 1]
    assert overlaps == []
    text = summary(page)
    for part in ("Incidents named in the reports", "Period: undated reports", "Reports: 1 telling of incidents",
                 "Incidents: 5", "Objects: 22", "Top regions: "):
        assert part in text, text
    choose(page, OBJECTS)
    assert set(labels(page, "region")) == {"Kaluga 11", "Bryansk 8", "Moscow Oblast 2", "Leningrad 1"}
    assert "Top regions: Kaluga 11 · Bryansk 8 · Moscow Oblast 2 · Leningrad 1" in summary(page)
    choose(page, "Labels")
    assert labels(page, "region") == [] and labels(page, "place") == []
    choose(page, "Cities")
    assert labels(page, "city") == []
    attribution = page.locator(".leaflet-control-attribution")
    for name in ("Leaflet", "Natural Earth", "GeoNames", "CC BY 4.0"):
        assert name in attribution.inner_text()
    assert attribution.locator("a[href='https://www.geonames.org/']").count() == 1
    assert problems == [] and remote == []


def test_incident_points(browser, analyse, seed_result, tmp_path):
    """One symbol per incident at its place (hollow at the region's point), shaped by kind, sized by objects."""
    page, problems, remote = open_map(browser, save(seed_result, tmp_path, "points"))
    groups = page.evaluate("""() => mapperApp.pointGroups.map(g => ({name: mapperApp.pointName(g), kind: g.kind,
        region: g.region, radius: g.radius, n: g.n}))""")
    by = {g["name"]: g for g in groups}
    assert set(by) == {"Borovsk", "Kirishi", "Pokrovsk", "Bryansk Oblast", "Moscow Oblast"}
    assert [by[n]["kind"] for n in ("Borovsk", "Kirishi", "Pokrovsk")] == [0, 2, 3]   # shoot-down, debris, other
    assert by["Bryansk Oblast"]["region"] and by["Moscow Oblast"]["region"] and not by["Borovsk"]["region"]
    assert by["Borovsk"]["radius"] > by["Bryansk Oblast"]["radius"] > by["Moscow Oblast"]["radius"] \
        > by["Pokrovsk"]["radius"]                                    # 11, 8, 2 and no objects
    shapes = page.evaluate("""() => { const out = {};
        mapperApp.points.eachLayer(m => { out[m._mapperPoint.kind] = [m.options.shape, m.options.fillColor,
                                                                     m.options.dashArray]; });
        return out; }""")
    assert len({v[0] for v in shapes.values()}) == len(shapes)          # a shape per kind
    hollow = page.evaluate("""() => { let out = null; mapperApp.points.eachLayer(m => {
        if (m._mapperPoint.region) { out = [m.options.fillColor, m.options.dashArray]; } }); return out; }""")
    assert hollow == ["#ffffff", "3 2"]
    choose(page, "Incidents (points)")
    assert page.locator(".leaflet-mapper-points-pane path").count() == 0
    # launch sites: a layer of their own
    r = analyse(Report("o", "Drones launched from Yeysk attacked Odesa, where debris fell on a house.", "x",
                       date(2024, 5, 1)))
    page2, problems2, remote2 = open_map(browser, save(r, tmp_path, "origins"))
    assert page2.locator(".leaflet-mapper-origins-pane path").count() == 1
    assert "launch site" in page2.locator(".mapper-legend").inner_text()
    choose(page2, "Launch sites")
    assert page2.locator(".leaflet-mapper-origins-pane path").count() == 0
    assert problems == problems2 == [] and remote == remote2 == []


def test_a_run_with_nothing_found(browser, analyse, tmp_path):
    """No incident, no place: the regions, an empty summary, no time bar, and no error."""
    page, problems, remote = open_map(browser, save(analyse("Nothing happened anywhere today."), tmp_path, "empty"))
    assert "Incidents: 0" in summary(page) and "Top regions" not in summary(page)
    assert page.locator(".mapper-timebar").count() == 0 and labels(page, "region") == []
    assert set(fills(page).values()) == {"#f4f1ea"}
    assert problems == [] and remote == []


# ---- colours, time, kinds, shared figures, links ------------------------------------------------

def legend_classes(page) -> list[tuple[int, int, str]]:
    """The legend's classes: (low, high, colour) read from the page."""
    rows = page.evaluate("""() => [...document.querySelectorAll('.mapper-class')].map(r =>
        [r.textContent, getComputedStyle(r.querySelector('.mapper-swatch')).backgroundColor])""")
    out = []
    for text, colour in rows:
        if text == "none" or not text[0].isdigit():
            continue
        low, _, high = text.replace(",", "").partition("–")
        out.append((int(low), int(high or low), colour))
    return out


def rgb(hex_colour: str) -> str:
    return "rgb({}, {}, {})".format(*(int(hex_colour[i:i + 2], 16) for i in (1, 3, 5)))


def test_colours_follow_the_legend(browser, analyse, tmp_path):
    reports = [Report(f"k{i}", "Drones were shot down over the Kursk region.", "x", date(2024, 5, 1 + i))
               for i in range(6)]
    reports += [Report(f"b{i}", "A drone hit an oil depot in Belgorod.", "x", date(2024, 5, 1 + i))
                for i in range(2)]
    reports += [Report("y", "Fourteen drones were shot down over the Bryansk region.", "x", date(2024, 5, 9))]
    result = analyse(*reports)
    page, problems, remote = open_map(browser, save(result, tmp_path, "colours"))
    regions = result.regions.set_index("region_code")
    assert regions.loc[["RU-KRS", "RU-BEL", "RU-BRY", "RU-ORL"], "incidents"].tolist() == [6, 2, 1, 0]
    for metric in ("incidents", "objects"):
        if metric == "objects":
            choose(page, OBJECTS)
        classes, colour = legend_classes(page), fills(page)
        assert len(classes) >= 2 and len({c for _, _, c in classes}) == len(classes)   # a colour per class
        assert {"RU-KRS", "RU-BEL", "RU-BRY", "RU-ORL"} <= set(colour)
        for code, v in regions.loc[list(colour), metric].items():
            want = LAND if v == 0 else next(c for lo, hi, c in classes if lo <= v <= hi)
            assert rgb(colour[code]) == want, (metric, code, v)
        assert page.locator(".mapper-class").first.inner_text() == "none"
    assert problems == [] and remote == []


def test_time_controls(browser, analyse, tmp_path):
    """The slider, range, cumulative mode and play filter regions, points, places, popups, summary, chart."""
    page, problems, remote = open_map(browser, save(dated(analyse), tmp_path, "time"))
    assert page.locator(".mapper-bars rect").count() == 4                 # 1 to 4 May, one bar a day
    assert "Incidents: 6" in summary(page) and "Period: 2024-05-01 – 2024-05-04" in summary(page)
    slider = page.locator(".mapper-slider")
    # open Belgorod's popup (5 May's shoot-down is there), then look at the first day only: it follows
    page.mouse.click(*screen_point(page, 50.6, 37.2))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Incidents: 1" in popup.inner_text() and "Five drones" in popup.inner_text()
    slider.fill("0")
    assert "Incidents: 0" in popup.inner_text() and "Five drones" not in popup.inner_text()
    assert "2024-05-01" in page.locator(".mapper-time-label").inner_text()
    assert "Period: 2024-05-01" in summary(page) and "Incidents: 3" in summary(page)
    colour = fills(page)
    assert colour["RU-TUL"] != "#f4f1ea" and colour["RU-BRY"] == colour["RU-BEL"] == "#f4f1ea"
    assert points(page) == {"Kaluga Oblast", "Oryol Oblast", "Tula Oblast"}     # only the regions are known
    assert places(page) == set()                                           # Bryansk, Kursk: named on 2 May
    assert bar_classes(page) == ["mapper-bar on", "mapper-bar", "mapper-bar", "mapper-bar"]
    close_popup(page)
    slider.fill("1")                                                       # 2 May: Bryansk and Kursk
    assert points(page) == {"Bryansk", "Kursk"} and "Incidents: 2" in summary(page)
    assert places(page) == {"Bryansk", "Kursk"}
    page.locator(".mapper-cumulative input").check()                      # 1 and 2 May
    assert points(page) == {"Kaluga Oblast", "Oryol Oblast", "Tula Oblast", "Bryansk", "Kursk"}
    assert "Period: 2024-05-01 – 2024-05-02" in summary(page)
    assert bar_classes(page)[:3] == ["mapper-bar on", "mapper-bar on", "mapper-bar"]
    # a range: 2 to 4 May; the slider then runs over those days only
    page.locator(".mapper-from").fill("2024-05-02")
    assert "Period: 2024-05-02 – 2024-05-04" in summary(page) and "Incidents: 3" in summary(page)
    assert fills(page)["RU-TUL"] == "#f4f1ea" and slider.get_attribute("max") == "3"
    assert bar_classes(page)[0] == "mapper-bar out"
    page.locator(".mapper-to").fill("2024-05-03")
    assert "Period: 2024-05-02 – 2024-05-03" in summary(page) and "Incidents: 2" in summary(page)
    page.locator(".mapper-all").click()
    assert "Incidents: 6" in summary(page)
    # play steps through the days; pause stops it
    page.locator(".mapper-cumulative input").uncheck()
    page.locator(".mapper-play").click()
    page.wait_for_function("+document.querySelector('.mapper-slider').value >= 1")
    page.locator(".mapper-play").click()
    stopped = slider.input_value()
    page.wait_for_timeout(1600)
    assert slider.input_value() == stopped and page.locator(".mapper-play").inner_text() == "▶"
    shot(page, "time-filter")
    assert problems == [] and remote == []


def points(page) -> set[str]:
    return set(page.evaluate("() => mapperApp.pointGroups.map(g => mapperApp.pointName(g))"))


def places(page) -> set[str]:
    return set(page.evaluate("""() => { const out = [];
        mapperApp.places.eachLayer(m => out.push(mapperApp.data.locs.name[m._mapperLoc])); return out; }"""))


def bar_classes(page) -> list[str]:
    return page.evaluate("() => [...document.querySelectorAll('.mapper-bars rect')].map(r => r.getAttribute('class'))")


def test_kind_filter(browser, analyse, tmp_path):
    page, problems, remote = open_map(browser, save(dated(analyse), tmp_path, "kinds"))
    heights = "() => [...document.querySelectorAll('.mapper-bars rect')].map(r => +r.getAttribute('height'))"
    before = page.evaluate(heights)
    legend = page.locator(".mapper-legend")
    assert "Shot down (4)" in legend.text_content() and "Strike (1)" in legend.text_content()
    legend.locator("input[value=shootdown]").uncheck()
    assert points(page) == {"Bryansk", "Kursk"}
    assert "Incidents: 2 (strike, debris, other)" in summary(page)
    colour = fills(page)
    assert colour["RU-BEL"] == colour["RU-TUL"] == "#f4f1ea" and colour["RU-BRY"] != "#f4f1ea"
    after = page.evaluate(heights)
    assert after != before and after[0] == 0 and after[3] == 0           # 1 and 4 May: shoot-downs only
    assert "Shot down (4)" in legend.text_content()                       # still counted beside its box
    legend.locator("input[value=shootdown]").check()
    assert page.evaluate(heights) == before
    assert problems == [] and remote == []


def test_shared_figures_shown_as_shared(browser, analyse, tmp_path):
    page, problems, remote = open_map(browser, save(with_shared(dated(analyse)), tmp_path, "shared"))
    page.mouse.move(*screen_point(page, 53.6, 37.3))                      # Tula Oblast, off its point
    tip = page.locator(".leaflet-tooltip")
    tip.wait_for()
    assert "Objects: 12 shared with Kaluga, Oryol" in tip.inner_text()
    assert "Objects: 0" not in tip.inner_text()
    page.mouse.click(*screen_point(page, 53.6, 37.3))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "12 shared with Kaluga, Oryol" in popup.inner_text()
    assert "12 objects told jointly with Kaluga, Oryol" in popup.inner_text()   # each incident's figure
    assert "Objects: 19 (12 of them told for several regions at once)" in summary(page)   # 1 + 1 + 5 + 12
    choose(page, OBJECTS)
    assert fills(page)["RU-TUL"] == "url(#mapper-shared)"
    assert "Tula 12 shared" in labels(page, "region")
    assert "only in figures told for several regions" in page.locator(".mapper-legend").inner_text()
    assert problems == [] and remote == []


def test_source_links_and_long_popups(browser, analyse, tmp_path):
    """http(s) addresses are links; anything else stays text; a long popup scrolls."""
    reports = [Report("u", "A drone hit an oil depot in Bryansk.",
                      "https://example.org/a?b=1; javascript:alert(1); data:text/html,x; ministry", date(2024, 5, 2))]
    reports += [Report(f"k{i}", f"Drones were shot down over the Kursk region, the {i}th wave this month.",
                       f"http://example.org/k{i}", date(2024, 5, 1 + i)) for i in range(15)]
    page, problems, remote = open_map(browser, save(analyse(*reports), tmp_path, "links"))
    page.mouse.click(*screen_point(page, 53.3, 33.3))                     # Bryansk Oblast, off its point
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    links = popup.locator("a")
    assert links.count() == 1 and links.get_attribute("href") == "https://example.org/a?b=1"
    assert links.get_attribute("rel") == "noopener noreferrer"
    for text in ("javascript:alert(1)", "data:text/html,x", "ministry"):
        assert text in popup.inner_text()
    assert popup.locator("a[href^=javascript], a[href^=data]").count() == 0
    close_popup(page)
    page.mouse.click(*screen_point(page, 51.4, 35.2))                     # Kursk Oblast: 15 incidents
    popup.wait_for()
    assert popup.locator("li").count() == 15 and popup.locator("a").count() == 15
    scroll = page.evaluate("""() => { const c = document.querySelector('.leaflet-popup-content');
        const scrolled = c.classList.contains('leaflet-popup-scrolled');
        return [scrolled, c.scrollHeight, c.clientHeight]; }""")
    assert scroll[0] and scroll[1] > scroll[2]
    assert problems == [] and remote == []


# ---- hostile input, many places, a large corpus ------------------------------------------------

def test_hostile_report_text_does_not_run(browser, analyse, tmp_path):
    page, problems, remote = open_map(browser, save(analyse(XSS), tmp_path, "xss"))
    page.mouse.click(*screen_point(page, 51.4, 35.2))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "<script>window.__xss=1</script>" in popup.inner_text()   # shown as text
    assert popup.locator("img, script, b").count() == 0
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    assert problems == [] and remote == []


def test_many_places_cluster_without_errors(browser, analyse, tmp_path):
    from tests.test_map import CITIES

    reports = [Report(f"r{i}", f"A drone hit {name}, Russia.", "x", date(2024, 5, 1 + i % 20))
               for i, name in enumerate(CITIES)]
    page, problems, remote = open_map(browser, save(analyse(*reports), tmp_path, "many", time_by="week"))
    page.wait_for_selector(".marker-cluster")
    assert page.locator(".mapper-slider").count() == 1
    assert page.locator(".leaflet-control-layers").count() == 1
    page.locator(".mapper-slider").fill("0")
    assert page.locator(".mapper-time-label").inner_text() == "week of 2024-04-29"
    assert problems == [] and remote == []


def test_hostile_names_show_as_text(browser, tmp_path, monkeypatch):
    """Payloads in every field (report, boundary layer, gazetteer, title) show as text; nothing runs."""
    from mapper import settings
    from tests.test_map_security import PAYLOADS, TITLE, WORDS, hostile_result, write_hostile_inputs

    monkeypatch.setattr(settings, "use_cache", False)
    result = hostile_result(write_hostile_inputs(tmp_path / "in"))
    page, problems, remote = open_map(browser, save(result, tmp_path, "hostile", title=TITLE))
    page.wait_for_timeout(300)
    assert page.locator(".mapper-heading").text_content() == TITLE
    popup = page.locator(".leaflet-popup-content")
    for i, p in enumerate(PAYLOADS):
        page.mouse.click(*screen_point(page, 50.15, 30.15 + i))    # region i, away from its place marker
        popup.wait_for()
        text = popup.text_content()
        assert f"Area{i} {p}" in text and f"Local{i} {p}" in text and f"src{i} {p}" in text, text
        if i % 2 == 0:
            assert f"Note{i} {p}" in text
        assert popup.locator("img, script, b").count() == 0
        close_popup(page)
    page.mouse.click(*screen_point(page, 50.85, 30.85 + 6))          # the place in region 6
    popup.wait_for()
    close_popup(page)
    choose(page, "Incidents (points)")
    page.mouse.click(*screen_point(page, 50.5, 30.5 + 6))
    popup.wait_for()
    assert f"{WORDS[6]} {PAYLOADS[6]}" in popup.text_content()
    assert popup.locator("img").count() == 0
    assert any(f"Area{i} " in t for t in labels(page, "region") for i in range(len(PAYLOADS)))
    page.wait_for_timeout(200)
    assert page.locator("img[src=x]").count() == 0
    assert problems == [] and remote == []


@pytest.fixture(scope="module")
def corpus_map(tmp_path_factory, boundaries, gazetteer):
    """map.html of a 10,000-report corpus (bench/corpus.py), written by the streaming run."""
    import mapper
    from bench.corpus import write_jsonl

    folder = tmp_path_factory.mktemp("corpus")
    path = write_jsonl(folder / "corpus.jsonl", 10_000)
    mapper.write_run([path], folder / "out", boundaries=boundaries, geocoder=gazetteer)
    return folder / "out" / "map.html"


@pytest.mark.slow
def test_large_corpus_map_size_and_load(browser, corpus_map, record_property):
    """Under 2 MB for 10,000 reports; the time to load in headless Chromium is measured and reported."""
    size = corpus_map.stat().st_size
    assert size < 2_000_000, size
    page, problems, remote = open_map(browser, corpus_map)
    ready_ms = page.evaluate("mapperApp.readyMs")
    record_property("measured", f"10,000-report map: {size / 1e6:.2f} MB, ready {ready_ms / 1000:.2f} s after "
                                f"navigation (goal: under 2 MB, under 2 s)")
    assert re.search(r"Incidents: [1-9]\d?,\d{3}\b", summary(page)) and page.locator(".mapper-bars rect").count() > 100
    shot(page, "corpus-10k")
    page.evaluate("mapperApp.map.setView([51.5, 36.5], 6, {animate: false})")
    settle(page)
    page.locator(".mapper-from").fill("2024-03-01")
    page.locator(".mapper-to").fill("2024-03-14")
    assert "Period: 2024-03-01 – 2024-03-14" in summary(page)
    shot(page, "corpus-10k-two-weeks")
    assert problems == [] and remote == []


def test_summed_kinds_read_as_objects_of_each_kind(browser, seed_result, tmp_path):
    page, problems, remote = open_map(browser, save(seed_result, tmp_path, "kinds"))
    said = page.evaluate("""() => [mapper.plural(66, 'missile;drone'), mapper.plural(1, 'drone'),
                                    mapper.plural(3, 'drone'), mapper.plural(2, 'aircraft'), mapper.plural(2, '')]""")
    assert said == ["66 objects (missiles, drones)", "1 drone", "3 drones", "2 aircraft", "2 objects"]
    assert problems == [] and remote == []
