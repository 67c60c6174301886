"""The saved map in headless Chromium (Debian's), driven by Playwright, with the network blocked."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.test_map import XSS

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed (apt-get install chromium); .ci/run installs it")
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def open_map(browser, path: Path):
    page = browser.new_page(viewport={"width": 1200, "height": 800})
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
    page.wait_for_selector(".folium-map path.leaflet-interactive")
    return page, problems, remote


def screen_point(page, lat: float, lon: float) -> list[float]:
    """Where (lat, lon) is on the page, once the map has stopped moving."""
    page.wait_for_function("""() => {
        const map = Object.values(window).find(v => v && v instanceof L.Map);
        return map && !map._animatingZoom && !(map._panAnim && map._panAnim._inProgress);
    }""")
    page.wait_for_timeout(100)
    return page.evaluate("""([lat, lon]) => {
        const map = Object.values(window).find(v => v && v instanceof L.Map);
        const p = map.latLngToContainerPoint([lat, lon]);
        const r = map.getContainer().getBoundingClientRect();
        return [p.x + r.left, p.y + r.top];
    }""", [lat, lon])


def test_seed_map(browser, seed_result, tmp_path):
    path = tmp_path / "map.html"
    seed_result.map().save(str(path))
    page, problems, remote = open_map(browser, path)
    assert page.locator("path.leaflet-interactive").count() > 100     # regions and markers drawn
    legend = page.locator(".mapper-legend")
    assert legend.count() == 1 and "Incidents per region" in legend.inner_text()
    # hover over Kaluga Oblast (its polygon holds Kirov, 54.07N 34.30E): a tooltip with its name and counts
    page.mouse.move(*screen_point(page, 54.3, 35.2))
    tip = page.locator(".leaflet-tooltip")
    tip.wait_for()
    assert "Kaluga Oblast" in tip.inner_text() and "11" in tip.inner_text()
    # switch the metric: the objects legend replaces the incidents legend
    page.get_by_text("Objects (drones, missiles, …)").click()
    assert "Objects" in page.locator(".mapper-legend").inner_text()
    page.mouse.click(*screen_point(page, 54.3, 35.2))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "Borovsk" in popup.inner_text() and "Vladislav Shapsha" in popup.inner_text()
    page.screenshot(path=str(tmp_path / "seed_map.png"))
    assert (tmp_path / "seed_map.png").stat().st_size > 10_000
    assert problems == [] and remote == []


def test_hostile_report_text_does_not_run(browser, analyse, tmp_path):
    path = tmp_path / "xss.html"
    analyse(XSS).map().save(str(path))
    page, problems, remote = open_map(browser, path)
    page.mouse.click(*screen_point(page, 51.7, 36.2))
    popup = page.locator(".leaflet-popup-content")
    popup.wait_for()
    assert "<script>window.__xss=1</script>" in popup.inner_text()   # shown as text
    assert popup.locator("img, script, b").count() == 0
    page.wait_for_timeout(200)
    assert page.evaluate("window.__xss") is None
    assert problems == [] and remote == []


def test_time_slider_recolours(browser, analyse, tmp_path):
    from datetime import date

    from mapper import Report

    r = analyse(Report("a", "Drones were shot down over Kursk region.", "x", date(2024, 5, 1)),
                Report("b", "Drones were shot down over Belgorod region.", "x", date(2024, 5, 3)))
    path = tmp_path / "time.html"
    r.map().save(str(path))
    page, problems, remote = open_map(browser, path)
    colours = """() => {
        const out = {};
        Object.values(window).filter(v => v && v instanceof L.GeoJSON && v.setValues).forEach(g =>
            g.eachLayer(l => { if (g._map) out[l.feature.properties.region_code] = l.options.fillColor; }));
        return out;
    }"""
    before = page.evaluate(colours)
    assert before["RU-KRS"] == before["RU-BEL"] != before["RU-ORL"]
    slider = page.locator(".mapper-time input")
    slider.fill("0")   # first day only
    after = page.evaluate(colours)
    assert after["RU-KRS"] != after["RU-BEL"] and after["RU-BEL"] == after["RU-ORL"]
    assert "2024-05-01" in page.locator(".mapper-time").inner_text()
    assert problems == [] and remote == []


def test_many_places_cluster_without_errors(browser, analyse, tmp_path):
    from datetime import date

    from mapper import Report
    from tests.test_map import CITIES

    reports = [Report(f"r{i}", f"A drone hit {name}, Russia.", "x", date(2024, 5, 1 + i % 20))
               for i, name in enumerate(CITIES)]
    path = tmp_path / "many.html"
    analyse(*reports).map(time_by="week").save(str(path))
    page, problems, remote = open_map(browser, path)
    page.wait_for_selector(".marker-cluster")
    assert page.locator(".mapper-time input").count() == 1
    assert page.locator(".leaflet-control-layers").count() == 1
    page.screenshot(path=str(tmp_path / "many.png"))
    assert problems == [] and remote == []


def test_hostile_names_show_as_text(browser, tmp_path, monkeypatch):
    """Payloads in every field (report, boundary layer, gazetteer, title) show as text; nothing runs."""
    from mapper import settings
    from tests.test_map_security import PAYLOADS, TITLE, WORDS, hostile_result, write_hostile_inputs

    monkeypatch.setattr(settings, "use_cache", False)
    result = hostile_result(write_hostile_inputs(tmp_path / "in"))
    path = tmp_path / "hostile.html"
    result.map(title=TITLE).save(str(path))
    page, problems, remote = open_map(browser, path)
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
        page.locator(".leaflet-popup-close-button").click()
        page.locator(".leaflet-popup").wait_for(state="detached")
    page.mouse.click(*screen_point(page, 50.5, 30.5 + 6))            # the place in region 6
    popup.wait_for()
    assert f"{WORDS[6]} {PAYLOADS[6]}" in popup.text_content()
    assert popup.locator("img").count() == 0
    page.wait_for_timeout(200)
    assert page.locator("img[src=x]").count() == 0
    assert problems == [] and remote == []
