"""Issue #12, outputs: incidents.geojson, GeoJSON and GeoPackage written by GDAL, dates, casualties, filters.

The reports here are written for these tests (agency-style, our own words).
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
from datetime import date, datetime

import pandas as pd
import pyogrio
import pytest
import shapely
from shapely.geometry import shape

import mapper
from mapper.exceptions import InputError, RulesError
from mapper.extract import find_casualties
from mapper.reports import parse_date
from mapper.rules import load_lexicon, read_lexicon
from mapper.schema import INCIDENT_COLUMNS, INCIDENT_FIELDS, PLACE_FIELDS, REGION_FIELDS
from tests.conftest import ROOT

REPORTS = [
    {"id": "kursk", "date": "2024-03-13", "source": "agency-a",
     "text": "Air defences shot down five drones over the Kursk region overnight, the governor said."},
    {"id": "kaluga", "date": "March 14, 2024", "source": "agency-b",
     "text": "A drone struck a house in Borovsk in the Kaluga region. Two people were killed and three were "
             "injured, the governor said."},
    {"id": "belgorod", "date": "15.03.2024", "source": '["not", "a", "list"]',
     "text": "Debris of a missile fell in the Belgorod region; one civilian was wounded."},
    {"id": "bryansk", "date": "2024-03-16T02:10:00+03:00", "source": "=HYPERLINK(\"x\")",
     "text": "Three drones were destroyed over the Bryansk region."},
]


def cli(*args):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mapper", *args], capture_output=True, text=True, env=env,
                          timeout=300)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("in") / "news.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in REPORTS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def out(corpus, tmp_path_factory):
    folder = tmp_path_factory.mktemp("out")
    proc = cli("-q", "run", str(corpus), "-o", str(folder), "--no-map")
    assert proc.returncode == 0, proc.stderr
    return folder


@pytest.fixture(scope="module")
def result(corpus, boundaries, gazetteer):
    return mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer)


def _by_region(frame):
    return {r["region_code"]: r for r in frame.to_dict("records")}


# incidents.geojson

def test_incidents_geojson_reads_back_with_pyogrio(out):
    points = pyogrio.read_dataframe(out / "incidents.geojson")
    assert list(points.columns) == [*INCIDENT_FIELDS, "geometry"]
    assert points.crs.to_epsg() == 4326 and set(points.geom_type) == {"Point"}
    assert str(points["date"].dtype).startswith("datetime64")
    rows = _by_region(points)
    assert sorted(rows) == ["RU-BEL", "RU-BRY", "RU-KLU", "RU-KRS"]
    assert rows["RU-KRS"]["date"] == pd.Timestamp("2024-03-13") and rows["RU-KRS"]["objects"] == 5
    assert rows["RU-KLU"]["date"] == pd.Timestamp("2024-03-14") and rows["RU-BRY"]["date"] == pd.Timestamp("2024-03-16")
    assert rows["RU-KLU"]["kind"] == "strike" and rows["RU-KRS"]["kind"] == "shootdown"
    assert list(rows["RU-KLU"]["report_ids"]) == ["kaluga"] and list(rows["RU-KLU"]["sources"]) == ["agency-b"]
    assert "kind.strike.hit" in list(rows["RU-KLU"]["rule_ids"])


def test_incident_points_at_their_place_or_inside_their_region(out, boundaries):
    points = _by_region(pyogrio.read_dataframe(out / "incidents.geojson"))
    kaluga = points["RU-KLU"]
    assert kaluga["precision"] == "place" and kaluga["place"] == "Borovsk"
    places = {r["name"]: r for r in pyogrio.read_dataframe(out / "places.geojson").to_dict("records")}
    assert kaluga["geometry"].equals(places["Borovsk"]["geometry"])
    kursk = points["RU-KRS"]
    assert kursk["precision"] == "region" and pd.isna(kursk["place"])
    polygon = boundaries.set_index("region_code").geometry["RU-KRS"]
    assert polygon.contains(kursk["geometry"])


def test_incidents_geojson_in_python_and_streaming_alike(result, out, tmp_path):
    written = result.to_files(tmp_path / "py", map_html=False)
    for name in ("incidents.geojson", "regions.geojson", "places.geojson", "incidents.csv"):
        assert (tmp_path / "py" / name).read_bytes() == (out / name).read_bytes(), name
    assert written["incident_points"].name == "incidents.geojson"
    points = result.incident_points
    assert list(points.columns) == [*INCIDENT_FIELDS, "geometry"]
    assert list(points.loc[points["region_code"] == "RU-KLU", "report_ids"].iloc[0]) == ["kaluga"]


def test_incidents_geojson_with_incidents_waiting_on_disk(corpus, out, tmp_path, monkeypatch):
    """The streaming run's incidents (spilled to disk while they may merge) give the same file."""
    monkeypatch.setattr(mapper.settings, "merge_memory", 1)
    mapper.write_run(corpus, tmp_path, map_html=False, chunk_size=1)
    assert (tmp_path / "incidents.geojson").read_bytes() == (out / "incidents.geojson").read_bytes()


# GeoJSON by GDAL, RFC 7946

def _rings(geometry):
    polys = [geometry] if geometry.geom_type == "Polygon" else list(geometry.geoms)
    return [(p.exterior, list(p.interiors)) for p in polys]


def test_geojson_follows_rfc7946(out):
    fc = json.loads((out / "regions.geojson").read_text(encoding="utf-8"))
    assert "crs" not in fc and len(fc["bbox"]) == 4 and all("bbox" in f for f in fc["features"])
    for feature in fc["features"][:40]:
        for exterior, holes in _rings(shape(feature["geometry"])):
            assert exterior.is_ccw and not any(h.is_ccw for h in holes)  # the right-hand rule
    text = (out / "places.geojson").read_text(encoding="utf-8")
    for f in json.loads(text)["features"]:
        for c in f["geometry"]["coordinates"]:
            assert len(repr(c).partition(".")[2]) <= 7
    assert list(REGION_FIELDS) == list(fc["features"][0]["properties"])
    assert list(PLACE_FIELDS) == list(json.loads(text)["features"][0]["properties"])


def test_text_that_looks_like_json_stays_text(out):
    fc = json.loads((out / "incidents.geojson").read_text(encoding="utf-8"))
    props = {f["properties"]["region_code"]: f["properties"] for f in fc["features"]}
    assert props["RU-BEL"]["sources"] == ['["not", "a", "list"]']
    assert props["RU-BRY"]["sources"] == ['=HYPERLINK("x")']  # GeoJSON is data, not a spreadsheet
    assert isinstance(props["RU-KLU"]["places"], list) and props["RU-KLU"]["shared_with"] == []


def test_regions_geojson_and_python_dict_alike(result, out):
    assert mapper.regions_geojson(result) == json.loads((out / "regions.geojson").read_text(encoding="utf-8"))
    assert mapper.places_geojson(result) == json.loads((out / "places.geojson").read_text(encoding="utf-8"))


# CSV beside the GeoJSON

def test_csv_lists_are_joined_and_formulas_neutralised(out):
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert list(rows[0]) == INCIDENT_COLUMNS
    by = {r["region_code"]: r for r in rows}
    assert by["RU-BRY"]["sources"] == "'=HYPERLINK(\"x\")"
    points = _by_region(pyogrio.read_dataframe(out / "incidents.geojson"))
    for code, row in by.items():
        for column in ("report_ids", "places", "rule_ids"):
            assert row[column].split(";") if row[column] else [] == list(points[code][column])


# GeoPackage

def _plain(frame):
    """Rows as plain Python values (lists for arrays, None for NA), geometry as WKT."""
    def cell(v):
        if hasattr(v, "wkt"):
            return v.wkt
        if hasattr(v, "tolist") and not isinstance(v, (int, float)):
            return v.tolist()
        return None if v is None or (not isinstance(v, (list, str)) and pd.isna(v)) else v
    return [{k: cell(v) for k, v in r.items()} for r in frame.to_dict("records")]


def test_gpkg_holds_every_layer(corpus, out, tmp_path):
    (tmp_path / "regions.geojson").write_text("{}")  # of an earlier run: removed
    proc = cli("-q", "run", str(corpus), "-o", str(tmp_path), "--no-map", "--format", "gpkg")
    assert proc.returncode == 0, proc.stderr
    gpkg = tmp_path / "mapper.gpkg"
    assert [tuple(x) for x in pyogrio.list_layers(gpkg)] == [
        ("regions", "Unknown"), ("places", "Point"), ("incidents", "Point"), ("events", None), ("unresolved", None)]
    assert not list(tmp_path.glob("*.geojson"))
    for layer, name in (("incidents", "incidents.geojson"), ("places", "places.geojson")):
        a, b = pyogrio.read_dataframe(gpkg, layer=layer), pyogrio.read_dataframe(out / name)
        assert list(a.columns) == list(b.columns) and len(a) == len(b)
        assert _plain(a.drop(columns="geometry")) == _plain(b.drop(columns="geometry"))
        assert (shapely.distance(a.geometry.values, b.geometry.values) < 1e-6).all()  # the GeoJSON has 7 decimals
    events = pyogrio.read_dataframe(gpkg, layer="events", read_geometry=False)
    assert len(events) == len(pd.read_csv(out / "events.csv")) and list(events["regions"].iloc[0]) == ["RU-KRS"]
    assert (tmp_path / "incidents.csv").read_bytes() == (out / "incidents.csv").read_bytes()


def test_unknown_format_is_a_usage_error(result, tmp_path):
    with pytest.raises(mapper.MapperError, match="unknown output format 'shp'"):
        result.to_files(tmp_path, fmt="shp")
    proc = cli("run", "x.txt", "--format", "shp")
    assert proc.returncode == 2 and len(proc.stderr.strip().splitlines()) == 1


# Dates

@pytest.mark.parametrize("text", ["2024-03-13", "March 13, 2024", "13 March 2024", "Mar 13 2024", "13.03.2024",
                                  "2024-03-13T23:30:00+03:00", "2024-03-13T23:30:00Z", "2024-03-13 08:00",
                                  "13/03/2024", "Wednesday, March 13, 2024"])
def test_dates_in_the_formats_reports_use(text):
    assert parse_date(text) == date(2024, 3, 13)


@pytest.mark.parametrize("text, why", [("March 2024", "not a whole date"), ("03/04/2024", "ambiguous"),
                                       ("yesterday", "is not a date"), ("2024-02-30", "is not a date")])
def test_dates_refused_rather_than_guessed(text, why):
    with pytest.raises(InputError, match=why):
        parse_date(text, "here")


def test_report_takes_a_date_as_text_or_datetime():
    assert mapper.Report(id="a", text="t", date="2024-03-20").date == date(2024, 3, 20)
    assert mapper.Report(id="a", text="t", date="20 March 2024").date == date(2024, 3, 20)
    assert mapper.Report(id="a", text="t", date=datetime(2024, 3, 20, 23, 59)).date == date(2024, 3, 20)
    assert mapper.Report(id="a", text="t").date is None
    with pytest.raises(InputError, match="report 'a': date 'soon' is not a date"):
        mapper.Report(id="a", text="t", date="soon")


def test_incident_dates_are_datetimes_in_python(result):
    assert str(result.incidents["date"].dtype).startswith("datetime64")
    assert set(result.incidents["date"].dt.strftime("%Y-%m-%d")) == {"2024-03-13", "2024-03-14", "2024-03-15",
                                                                     "2024-03-16"}


def test_bad_date_is_one_line_naming_the_report_or_skipped(tmp_path):
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps(REPORTS[0]) + "\n" + json.dumps({**REPORTS[1], "date": "the 13th"}) + "\n")
    proc = cli("run", str(path), "-o", str(tmp_path / "o"), "--no-map")
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip().count("\n") == 0 and "r.jsonl:2: report 'kaluga': date 'the 13th'" in proc.stderr
    proc = cli("-q", "run", str(path), "-o", str(tmp_path / "o"), "--no-map", "--skip-bad")
    assert proc.returncode == 0
    summary = json.loads((tmp_path / "o" / "summary.json").read_text())
    assert summary["reports_read"] == 1 and summary["skipped"][0]["line"] == 2


# Casualties

@pytest.mark.parametrize("text, killed, injured", [
    ("Two people were killed and three injured in the strike.", 2, 3),
    ("One civilian wounded, officials said.", 0, 1),
    ("The attack killed at least four residents, wounding two children.", 4, 2),
    ("A man was hurt by falling debris.", 0, 1),
    ("Twenty-five people died.", 25, 0),
    ("No one was injured.", 0, 0),
    ("No people were killed.", 0, 0),
    ("Three drones were destroyed.", 0, 0),
    ("Five drones injured nobody.", 0, 0),
    ("A bomb hit the village, killing a 67-year-old woman and injuring two others.", 1, 2),
    ("A 57-year-old man was killed in the strike.", 1, 0),
    ("A total of 13 people, including a 15-year-old boy, were injured in the city.", 0, 13),
    ("Drones hit a 9-storey building, injuring 3 people.", 0, 3),
])
def test_casualties_in_a_sentence(text, killed, injured):
    found = find_casualties(text)
    assert (found.killed, found.injured) == (killed, injured)


@pytest.mark.parametrize("pattern", load_lexicon().family("casualty"), ids=lambda p: p.id)
def test_casualty_rule_example(pattern):
    found = find_casualties(pattern.example)
    assert getattr(found, pattern["column"]) > 0 and found.rules == (pattern.id,)


def test_casualties_are_columns_never_objects(result, out):
    rows = _by_region(result.incidents)
    assert (rows["RU-KLU"]["killed"], rows["RU-KLU"]["injured"]) == (2, 3)
    assert rows["RU-KLU"]["objects"] == 1  # the drone, not the people
    assert (rows["RU-BEL"]["killed"], rows["RU-BEL"]["injured"]) == (pd.NA, 1) or pd.isna(rows["RU-BEL"]["killed"])
    assert pd.isna(rows["RU-KRS"]["killed"]) and rows["RU-KRS"]["objects"] == 5
    assert "casualty.killed.after" in rows["RU-KLU"]["rule_ids"].split(";")
    regions = _by_region(result.regions)
    assert (regions["RU-KLU"]["killed"], regions["RU-KLU"]["injured"]) == (2, 3)
    assert regions["RU-BEL"]["injured"] == 1 and regions["RU-TUL"]["killed"] == 0
    fc = json.loads((out / "regions.geojson").read_text(encoding="utf-8"))
    assert {f["properties"]["region_code"]: f["properties"]["killed"] for f in fc["features"]}["RU-KLU"] == 2


def test_casualties_of_a_merged_incident_are_the_larger_figure(analyse):
    r = analyse(mapper.Report(id="a", date="2024-03-14", text="A drone hit a house in the Kaluga region. "
                                                                 "Two people were killed."),
                mapper.Report(id="b", date="2024-03-14", text="Three people died after a drone struck a "
                                                                 "house in the Kaluga region."))
    assert len(r.incidents) == 1 and r.incidents["killed"].iloc[0] == 3


def test_casualties_told_for_several_regions_are_not_split(analyse):
    r = analyse("Drones attacked the Kursk and Belgorod regions; two people were injured.")
    assert len(r.incidents) == 2 and r.incidents["injured"].isna().all()


def test_casualty_rule_checked_on_load(tmp_path):
    import shutil

    rules = tmp_path / "en"
    shutil.copytree(load_lexicon().folder, rules)
    path = rules / "casualties.toml"
    path.write_text(path.read_text().replace('column = "injured"', 'column = "hurt"', 1))
    with pytest.raises(RulesError, match="casualty.injured.after.column.*'hurt' is not one of killed, injured"):
        read_lexicon(rules)


# Filters

def test_since_until_and_kind(corpus, tmp_path):
    proc = cli("-q", "run", str(corpus), "-o", str(tmp_path), "--no-map", "--since", "March 14, 2024",
               "--until", "2024-03-15", "--kind", "strike", "--kind", "debris,shootdown")
    assert proc.returncode == 0, proc.stderr
    points = pyogrio.read_dataframe(tmp_path / "incidents.geojson")
    assert sorted(points["region_code"]) == ["RU-BEL", "RU-KLU"]
    summary = json.loads((tmp_path / "summary.json").read_text())
    assert summary["reports_read"] == 4 and summary["filtered"] == {"reports_outside_period": 2,
                                                                    "incidents_of_other_kinds": 0,
                                                                    "events_of_other_kinds": 0,
                                                                    "places_of_other_kinds": 0}
    proc = cli("-q", "run", str(corpus), "-o", str(tmp_path), "--no-map", "--kind", "debris")
    points = pyogrio.read_dataframe(tmp_path / "incidents.geojson")
    assert list(points["region_code"]) == ["RU-BEL"]
    filtered = json.loads((tmp_path / "summary.json").read_text())["filtered"]
    assert filtered["incidents_of_other_kinds"] == 3 and filtered["events_of_other_kinds"] >= 3
    events = pd.read_csv(tmp_path / "events.csv")  # the events table keeps to the kinds asked for too
    assert len(events) and set(events["kind"]) == {"debris"}
    regions = _by_region(pyogrio.read_dataframe(tmp_path / "regions.geojson"))
    assert regions["RU-KLU"]["incidents"] == 0 and regions["RU-BEL"]["incidents"] == 1


def test_kind_leaves_out_the_places_of_the_incidents_it_leaves_out(boundaries, gazetteer):
    # places.geojson and the map listed the places of every incident, whatever --kind kept
    told = ("A drone struck a fuel depot in Novozybkov in the Bryansk region overnight, the governor said. "
            "Separately, air defences shot down three drones near Valuyki in the Belgorod region.")
    aside = " Both Novozybkov and Valuyki lie close to the border."  # no incident: the places it names stay
    for kind, kept, other in (("strike", "Novozybkov", "Valuyki"), ("shootdown", "Valuyki", "Novozybkov")):
        for text, names in ((told, [kept]), (told + aside, [kept, kept, other])):
            r = mapper.analyse([mapper.Report("a", text)], boundaries=boundaries, geocoder=gazetteer,
                               filters=mapper.Filters(kinds={kind}))
            assert sorted(r.placed["name"]) == sorted(names), (kind, text)
            assert r.summary["filtered"]["places_of_other_kinds"] == 1
            features = mapper.output.places_geojson(r)["features"]
            assert {f["properties"]["name"] for f in features} == set(names)


def test_filters_in_python(corpus, boundaries, gazetteer):
    r = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer,
                   filters=mapper.Filters(until=date(2024, 3, 13)))
    assert list(r.incidents["region_code"]) == ["RU-KRS"]
    assert r.summary["filtered"] == {"reports_outside_period": 3} and r.summary["reports_read"] == 4


@pytest.mark.parametrize("args, message", [
    (["--since", "13/14/2024"], "argument --since"), (["--until", "soon"], "argument --until"),
    (["--kind", "explosion"], "'explosion' is not a kind"), (["--kind", ","], "is not a kind"),
    (["--since", "2024-03-15", "--until", "2024-03-14"], "is after --until"),
])
def test_bad_filter_values(corpus, tmp_path, args, message):
    proc = cli("run", str(corpus), "-o", str(tmp_path), *args)
    assert proc.returncode == 2 and message in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and not (tmp_path / "summary.json").exists()


def test_gpkg_from_python_like_the_streaming_run(result, tmp_path):
    written = result.to_files(tmp_path, map_html=False, fmt="gpkg")
    assert sorted(written) == ["events", "gpkg", "incidents", "summary", "unresolved"]
    layers = {name: pyogrio.read_dataframe(written["gpkg"], layer=name) for name in ("incidents", "unresolved")}
    assert list(layers["incidents"].columns) == [*INCIDENT_FIELDS, "geometry"]
    assert str(layers["incidents"]["date"].dtype).startswith("datetime64")
    assert len(layers["unresolved"]) == len(result.unresolved)


def test_a_file_too_large_for_the_disk_leaves_the_folder_as_it_was(tmp_path):
    """GDAL's write errors are a one-line error (exit 2), the earlier files stay, no temporary file is left."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "regions.geojson").write_text("earlier")
    code = ("import resource, signal, sys\nsignal.signal(signal.SIGXFSZ, signal.SIG_IGN)\n"
            "resource.setrlimit(resource.RLIMIT_FSIZE, (300_000, 300_000))\nfrom mapper.cli import main\n"
            f"sys.exit(main(['-q', 'run', {str(ROOT / 'data/reports/kaluga_drones_seed.txt')!r}, '-o', {str(out)!r},"
            " '--no-map']))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 2 and "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert [p.name for p in out.iterdir()] == ["regions.geojson"]
    assert (out / "regions.geojson").read_text() == "earlier"
