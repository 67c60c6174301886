"""Result: a short repr, an escaped HTML summary, one row per place, and the same names in
Result, summary.json and the output files."""

import json

import pandas as pd
import pytest

import mapper
from tests.conftest import ROOT

WEEK = ROOT / "data" / "reports" / "week_of_reports.jsonl"


@pytest.fixture(scope="module")
def week():
    return mapper.run(WEEK)


def test_repr_is_short_with_counts_and_period(week):
    text = repr(week)
    assert text == (f"<Result: 10 reports, {len(week.incidents)} incidents, {int(week.regions['objects'].sum())} "
                    f"objects, {int((week.regions['incidents'] > 0).sum())} regions, 2024-03-11 to 2024-03-19>")
    assert "\n" not in text and len(text) < 120
    assert week.period == (pd.Timestamp("2024-03-11").date(), pd.Timestamp("2024-03-19").date())


def test_repr_of_undated_reports(analyse):
    r = analyse("Two drones were shot down over the Kursk region.")
    assert repr(r).endswith("1 regions, undated>") and r.period is None


def test_repr_html_is_a_summary_not_the_map(week):
    page = week._repr_html_()
    assert "<iframe" not in page and "<script" not in page
    assert "Belgorod Oblast" in page and "2024-03-11 to 2024-03-19" in page and "Shebekino" in page


HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>&'


def test_repr_html_escapes_every_text_from_reports(week):
    r = mapper.Result(**{k: getattr(week, k).copy() for k in ("regions", "places", "incidents", "events",
                                                               "mentions", "unresolved", "reports")})
    hit = r.regions.index[r.regions["incidents"] > 0]
    r.regions.loc[hit, "region_name"] = HOSTILE
    r.regions.loc[hit, "region_code"] = HOSTILE
    r.places["name"] = HOSTILE
    r.places["matched_name"] = HOSTILE
    page = r._repr_html_()
    assert "<script" not in page and "<img" not in page and 'alert("x")' not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page and "&amp;" in page


def test_places_one_row_per_place_like_places_geojson(week, tmp_path):
    week.to_files(tmp_path, map_html=False)
    features = json.loads((tmp_path / "places.geojson").read_text())["features"]
    assert week.places["geonameid"].is_unique and len(week.places) == len(features)
    assert list(week.places.drop(columns="geometry").columns) == list(features[0]["properties"])
    table = week.places.drop(columns="geometry").to_dict("records")
    assert table == [f["properties"] for f in features]
    coords = [[round(p.x, 5), round(p.y, 5)] for p in week.places.geometry]
    assert coords == [[round(c, 5) for c in f["geometry"]["coordinates"]] for f in features]


def test_mentions_carry_their_place(week):
    m = week.mentions
    placed = m[m["geonameid"].notna()]
    assert set(placed["kind"]) == {"place"}
    assert len(week.placed) == len(placed) == int(week.places["mentions"].sum())
    shebekino = placed[placed["text"] == "Shebekino"].iloc[0]
    assert shebekino["region_code"] == "RU-BEL" and shebekino["score"] > 0
    assert shebekino["geonameid"] == week.places.set_index("name").loc["Shebekino", "geonameid"]
    regions = m[m["kind"] == "region"]
    assert regions["geonameid"].isna().all() and regions["region_code"].notna().all()


def test_summary_names_what_result_and_files_name(week, tmp_path):
    s = week.summary
    assert s["reports_read"] == len(week.reports) and s["reports_skipped"] == len(week.skipped)
    assert s["ids_renamed"] == len(week.renamed)
    for name in ("mentions", "places", "unresolved", "events", "incidents"):
        assert s[name] == len(getattr(week, name)), name
    assert s["mentions_placed"] == len(week.placed)
    paths = week.to_files(tmp_path, map_html=False)
    assert set(paths) == {"regions", "places", "incidents", "incident_points", "events", "unresolved", "summary"}
    assert {p.stem for k, p in paths.items() if k != "incident_points"} == set(paths) - {"incident_points"}
    assert paths["incident_points"].name == "incidents.geojson"      # the incidents as points, beside the CSV
    written = json.loads(paths["summary"].read_text())
    assert {k: written[k] for k in s} == s
    assert len(json.loads(paths["places"].read_text())["features"]) == written["places"]
    for name in ("incidents", "events", "unresolved"):
        assert len(pd.read_csv(paths[name])) == written[name], name


def test_streamed_summary_equals_in_memory_summary(week, tmp_path):
    done = mapper.write_run([WEEK], tmp_path, map_html=False)
    assert done.summary == week.summary
    assert json.loads((tmp_path / "summary.json").read_text())["places"] == len(week.places)
