"""Hostile input found by probing the CLI and the Python API: each a one-line error, a documented
exception, or output of a bounded size — never a traceback, a crash or a run out of memory."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import mapper


from tests.conftest import cli_exit as _exit, one_line_error as _one_line_error


def test_deeply_nested_telegram_export_is_an_error_not_out_of_memory(tmp_path):
    """ijson's prefixes grow with the depth (memory quadratic in it): 100,000 brackets in a 200 kB
    export took more than 2 GB. Run in a process held to 1 GB of memory, so a failure cannot hurt."""
    export = tmp_path / "result.json"
    depth = 100_000
    export.write_text('{"name": "x", "messages": [{"id": 1, "text": ' + "[" * depth + "]" * depth + "}]}",
                      encoding="utf-8")
    code = textwrap.dedent(f"""
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))
        from pathlib import Path
        from mapper.exceptions import InputError
        from mapper.telegram import channel_name, iter_messages
        path = Path({str(export)!r})
        try:
            channel_name(path, "result.json")
            list(iter_messages(path))
        except InputError as exc:
            print("InputError", exc)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.startswith("InputError") and "nested too deeply" in done.stdout


def test_telegram_export_deep_before_its_messages_is_an_error(tmp_path, capsys):
    export = tmp_path / "result.json"
    export.write_text('{"about": ' + "[" * 500 + "]" * 500 + ', "name": "x", "messages": []}', encoding="utf-8")
    assert _exit(["run", str(export), "-q", "-o", str(tmp_path / "out")]) == 2
    assert "nested too deeply" in _one_line_error(capsys)


def test_telegram_export_still_reads_messages_name_and_scalars(tmp_path):
    from mapper.telegram import channel_name, iter_messages

    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "Chan", "type": "public_channel", "other": {"messages": [9]},
                                  "messages": [{"id": 1, "text": ["a ", {"type": "bold", "text": "b"}],
                                                "n": 1.5}, "odd", 3]}), encoding="utf-8")
    assert channel_name(export, "result.json") == "Chan"
    assert list(iter_messages(export)) == [
        (1, {"id": 1, "text": ["a ", {"type": "bold", "text": "b"}], "n": 1.5}), (2, "odd"), (3, 3)]


def test_time_bar_of_dates_far_apart_lists_the_periods_with_incidents():
    """Two reports dated 0001-01-01 and 9999-12-31 made a time bar of 3.65 million days: a 73 MB page."""
    from mapper.webmap.data import MAX_PERIODS, period_labels

    assert period_labels({"0001-01-01", "2024-03-13", "9999-12-31", ""}, "day") == [
        "0001-01-01", "2024-03-13", "9999-12-31"]
    assert period_labels({"0001-01-01", "9999-12-31"}, "week") == ["0001-01-01", "9999-12-27"]
    assert period_labels({"2024-03-01", "2024-03-04"}, "day") == [
        "2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]                     # gaps kept as before
    ten_years = period_labels({"2014-01-01", "2023-12-31"}, "day")
    assert len(ten_years) == 3652 < MAX_PERIODS


def test_text_file_over_the_record_limit_is_an_error_or_skipped(tmp_path, capsys, monkeypatch):
    """A 50 MB text file was read whole and took 3 GB; it is bounded as a JSON line or CSV record is."""
    monkeypatch.setattr(mapper.settings, "max_record_bytes", 1000)
    big = tmp_path / "big.txt"
    big.write_text("Two drones hit Kursk. " + "word " * 300, encoding="utf-8")
    assert _exit(["run", str(big), "-q", "-o", str(tmp_path / "out")]) == 2
    assert "big.txt: larger than 1000 bytes" in _one_line_error(capsys)
    small = tmp_path / "small.txt"
    small.write_text("Two drones hit Kursk. " + "word " * 100, encoding="utf-8")
    from mapper.reports import ReadLog, iter_reports

    log = ReadLog()
    assert [r.id for r in iter_reports([big, small], skip_bad=True, log_=log)] == ["small"]
    assert [(s.source.endswith("big.txt"), s.line) for s in log.skipped] == [(True, 0)]


@pytest.mark.parametrize("argv, said", [
    (["--chunk-size", "99999999999999999999"], "chunk size must be a whole number from 1 to"),
])
def test_huge_option_values_are_one_line_errors(tmp_path, capsys, argv, said):
    """--chunk-size past sys.maxsize was an internal error (itertools.islice's ValueError)."""
    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kursk.", encoding="utf-8")
    assert _exit(["run", str(report), "-q", "-o", str(tmp_path / "out"), *argv]) == 2
    assert said in _one_line_error(capsys)


def test_wrong_api_option_values_are_usage_errors_before_the_run(tmp_path, monkeypatch):
    """A metric or time_by the map has not failed only once every report was read (a ValueError from
    deep in the map); an unknown engine was a bare ValueError. Now UsageError (a ValueError too),
    raised before any report is read."""
    from mapper.exceptions import UsageError

    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kursk.", encoding="utf-8")

    def no_reading(*args, **kwargs):
        raise AssertionError("reports read before the options were checked")

    monkeypatch.setattr(mapper.pipeline, "_setup", no_reading)
    for kwargs in ({"metric": "foo"}, {"time_by": "month"}):
        with pytest.raises(UsageError, match="metric|time_by"):
            mapper.write_run([report], tmp_path / "out", **kwargs)
    monkeypatch.undo()
    with pytest.raises(UsageError, match="engine"):
        mapper.write_run([report], tmp_path / "out", engine="foo", map_html=False)
    with pytest.raises(UsageError, match="chunk size"):
        mapper.write_run([report], tmp_path / "out", chunk_size=10**20, map_html=False)
    assert issubclass(UsageError, ValueError)


def test_report_fields_of_wrong_types_are_input_errors():
    """Report(text=None) was a TypeError from language detection, Report(id=None) an AttributeError
    deep in the collector, Report(source=5) a TypeError from str.join; Report(lang=5) is refused as well."""
    from mapper.exceptions import InputError

    for kwargs in ({"id": "a", "text": None}, {"id": "a", "text": 5}, {"id": None, "text": "x"},
                   {"id": ["a"], "text": "x"}, {"id": "a", "text": "x", "source": 5},
                   {"id": "a", "text": "x", "lang": 5}):
        with pytest.raises(InputError, match="string"):
            mapper.Report(**kwargs)
    assert mapper.Report(id=5, text="x").id == "5"
    assert mapper.Report(id="a", text="x", source=None).source == ""
    assert mapper.Report(id="a", text="Two drones hit Kursk.", lang=None).lang == "en"


def test_analyse_refuses_what_is_no_report_and_renames_taken_ids(analyse):
    """analyse("text") and analyse(["text"]) were AttributeErrors from deep in the extractor; two
    reports of one id a pandas MergeError."""
    from mapper.exceptions import UsageError

    for bad in ("Two drones hit Kursk.", ["Two drones hit Kursk."], [None], mapper.Report("a", "x")):
        with pytest.raises(UsageError, match="mapper.Report"):
            mapper.analyse(bad)
    same = [mapper.Report("a", "Two drones hit Kursk."), mapper.Report("a", "Three drones hit Kursk.")]
    result = analyse(*same, merge=False)
    assert sorted(result.incidents["report_ids"]) == ["a", "a@reports:2"]
    assert result.renamed.to_dict("records") == [
        {"source": "reports", "line": 2, "id": "a", "new_id": "a@reports:2"}]


def test_filters_take_dates_as_written_and_refuse_unknown_kinds():
    """Filters(since="2024-03-01") was a TypeError in the middle of the run (a date compared with a
    string); Filters(kinds={"strikes"}) left every incident out, silently but for a count."""
    from datetime import date

    from mapper.exceptions import UsageError

    f = mapper.Filters(since="2024-03-01", until="March 31, 2024", kinds="strike, Debris")
    assert (f.since, f.until, f.kinds) == (date(2024, 3, 1), date(2024, 3, 31), frozenset({"strike", "debris"}))
    assert mapper.Filters(kinds={mapper.extract.Kind.STRIKE}).kinds == {"strike"}
    assert mapper.Filters() == mapper.Filters(None, None, None)
    for kwargs, said in [({"since": "foo"}, "not a date"), ({"since": "2024-03-02", "until": "2024-03-01"}, "after"),
                         ({"kinds": {"strikes"}}, "'strikes' is not a kind"), ({"kinds": set()}, "not a kind")]:
        with pytest.raises(UsageError, match=said):
            mapper.Filters(**kwargs)


def test_run_arguments_of_wrong_types_are_usage_errors(tmp_path):
    """run(None), run(5), run(b"r.txt"), gazetteer=5, boundaries=5 and filters={} were TypeErrors and
    AttributeErrors from pathlib and the extractor; write_run(paths, None) a TypeError from pathlib."""
    import geopandas as gpd

    from mapper.exceptions import UsageError

    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kursk.", encoding="utf-8")
    for paths, kwargs in [(None, {}), (5, {}), (b"r.txt", {}), ([report, 5], {}), ({"a": 1}, {}),
                          ([report], {"gazetteer": 5}), ([report], {"boundaries": 5}),
                          ([report], {"filters": {"since": "2024-03-01"}})]:
        with pytest.raises(UsageError):
            mapper.run(paths, **kwargs)
    with pytest.raises(UsageError, match="filters"):
        mapper.analyse([mapper.Report("a", "x")], boundaries=gpd.GeoDataFrame(), filters={"kinds": "strike"})
    for outdir in (None, "", 5):
        with pytest.raises(UsageError, match="output folder"):
            mapper.write_run([report], outdir)


def test_empty_output_folder_option_is_an_error(tmp_path, capsys, monkeypatch):
    """-o "" wrote every output into the current folder."""
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kursk.", encoding="utf-8")
    assert _exit(["run", str(report), "-q", "-o", ""]) == 2
    assert "output folder" in _one_line_error(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.txt"]


def test_jsonl_errors_say_where_and_what(tmp_path):
    """"malformed JSON (Invalid control character at)" stopped mid-sentence; a text that is a number
    or a list was "no text field"."""
    from mapper.reports import ReadLog, iter_jsonl

    path = tmp_path / "n.jsonl"
    path.write_text('{"id": "a", "text": "broken\tline"}\n{"id": "b", "text": 5}\n{"id": "c", "body": ["x"]}\n'
                    '{"id": "d"}\n', encoding="utf-8")
    log = ReadLog()
    assert list(iter_jsonl(path, skip_bad=True, log_=log)) == []
    assert [s.reason for s in log.skipped] == [
        "malformed JSON (Invalid control character at: column 28)", "its text is a JSON int, not a string",
        "its body is a JSON list, not a string",
        "no text field (one of text, body, content, article, message)"]


def test_scheduler_without_the_dask_engine_is_an_error(tmp_path, capsys):
    """--scheduler was passed over without a word when --engine was local."""
    assert _exit(["run", str(tmp_path / "r.txt"), "--scheduler", "tcp://127.0.0.1:1", "-o", str(tmp_path)]) == 2
    assert "--scheduler needs --engine dask" in _one_line_error(capsys)


def test_geocode_names_the_country_it_looked_in(capsys):
    """`mapper geocode Kirov --country ZZ` said there was no place named 'Kirov' in the gazetteer."""
    assert _exit(["geocode", "Kirov", "--country", "zz"]) == 1
    err = capsys.readouterr().err
    assert "no place named 'Kirov' in country ZZ in the gazetteer" in err
    assert _exit(["geocode", "x" * 5000]) == 1
    assert len(capsys.readouterr().err) < 400


def test_csv_header_naming_a_column_twice_is_an_error(tmp_path, capsys):
    """With two "text" columns the second was read and the first lost without a word."""
    path = tmp_path / "two.csv"
    path.write_text("id,text,notes,notes,TEXT\na,Two drones hit Kursk.,x,y,Three drones hit Belgorod.\n",
                    encoding="utf-8")
    assert _exit(["run", str(path), "-q", "-o", str(tmp_path / "out")]) == 2
    assert "two.csv:1: the header names the column 'text' twice" in _one_line_error(capsys)
    path.write_text("id,text,notes,notes\na,Two drones hit Kursk.,x,y\n", encoding="utf-8")
    from mapper.reports import iter_csv

    assert [r.text for r in iter_csv(path)] == ["Two drones hit Kursk."]   # columns mapper never reads


def test_region_names_of_a_users_layer_reach_the_terminal_escaped(tmp_path, capsys):
    """A region name holding an ANSI escape sequence and a line break was printed as it was by the
    run's summary: a boundary file could colour, clear or rewrite the user's terminal."""
    import geopandas as gpd

    layer = mapper.load_boundaries()
    two = layer[layer["region_code"].isin(["RU-KLU", "RU-KRS"])].copy()
    two["region_name"] = two["region_code"].map({"RU-KLU": "Kaluga\x1b[2J", "RU-KRS": "Kursk\nfake line"})
    path = tmp_path / "b.geojson"
    gpd.GeoDataFrame(two[["region_code", "region_name", "geometry"]], crs=layer.crs).to_file(path)
    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kaluga Oblast. Three drones hit Kursk Oblast.", encoding="utf-8")
    assert _exit(["run", str(report), "--boundaries", str(path), "-q", "-o", str(tmp_path / "out")]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "Kaluga\\x1b[2J" in out and "Kursk\\nfake line" in out
    assert len(out.splitlines()) == 4


def test_a_file_named_twice_is_read_once(tmp_path, caplog):
    """`mapper run reports/ reports/a.txt` read a.txt twice and counted its incidents twice."""
    from mapper.reports import iter_reports

    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Two drones hit Kursk.", encoding="utf-8")
    (folder / "b.jsonl").write_text('{"id": "b", "text": "Two drones hit Belgorod."}\n', encoding="utf-8")
    ids = [r.id for r in iter_reports([folder, folder / "a.txt", str(folder / "b.jsonl"), folder / ".." / "reports"])]
    assert ids == ["a", "b"]
    assert "named more than once; read once" in caplog.text


def test_extract_report_and_geocoder_of_wrong_types_are_usage_errors(tmp_path):
    """extract_report(None) was an AttributeError from the extractor; geocoder=5 was taken and would
    fail at the first place; UsageError is importable from mapper as the other errors are."""
    assert mapper.UsageError is mapper.exceptions.UsageError and "UsageError" in mapper.__all__
    for bad in (None, 5, b"Two drones"):
        with pytest.raises(mapper.UsageError, match="extract_report"):
            mapper.extract_report(bad)
    report = tmp_path / "r.txt"
    report.write_text("Two drones hit Kursk.", encoding="utf-8")
    with pytest.raises(mapper.UsageError, match="geocoder"):
        mapper.run(report, geocoder=5)


def test_years_before_1000_keep_four_digits_and_pandas_says_nothing(analyse, tmp_path):
    """A report dated 0999-03-13 came out of Result.to_files as 999-03-13 (strftime drops the zero),
    incident_points failed on it, and pandas warned that it could not infer the dates' format."""
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("error", UserWarning)
        result = analyse(mapper.Report("old", "Two drones hit Kursk.", date="0999-03-13"),
                         mapper.Report("new", "Two drones hit Belgorod.", date="9999-12-31"))
        assert sorted(str(d.date()) for d in result.incident_points["date"]) == ["0999-03-13", "9999-12-31"]
        paths = result.to_files(tmp_path / "out", map_html=False)
    assert "0999-03-13" in paths["incidents"].read_text(encoding="utf-8")


def test_telegram_entity_pieces_without_text_add_nothing():
    """A piece whose text was null or missing was written into the report as "None"."""
    from mapper.telegram import message_text

    assert message_text(["Two ", None, {"type": "bold", "text": None}, {"type": "x"}, {"text": 7},
                         {"text": True}, {"text": " drones"}]) == "Two 7 drones"


@pytest.mark.parametrize("text, lang", [
    ("Air defences destroyed 18446744073709551617 drones over Kursk Oblast, and 9223372036854775807 drones and "
     "9223372036854775807 more over Kursk Oblast. 99999999999 people were injured.", "en"),
    ("Над Курской областью уничтожены 18446744073709551617 беспилотников и еще 9223372036854775807 дронов.", "ru"),
], ids=["en", "ru"])
def test_absurd_figures_are_no_counts_and_every_file_is_written(tmp_path, capsys, text, lang):
    """A figure past 64 bits (or two whose sum is) stopped the GeoJSON writer with an internal error (exit
    3): figures past ``mapper.text.MAX_FIGURE`` are no counts, the place still is."""
    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps({"id": "x", "text": text, "lang": lang}) + "\n", encoding="utf-8")
    assert _exit(["run", str(src), "-o", str(tmp_path / "out"), "-q"]) == 0, capsys.readouterr().err
    regions = json.loads((tmp_path / "out" / "regions.geojson").read_text(encoding="utf-8"))
    kursk = next(f["properties"] for f in regions["features"] if f["properties"]["region_code"] == "RU-KRS")
    assert kursk["incidents"] >= 1 and kursk["objects"] <= 10**9 and kursk["injured"] == 0


def test_figures_up_to_the_limit_still_count(analyse):
    from mapper.text import MAX_FIGURE, figure

    assert figure("1000000000") == MAX_FIGURE and figure("1000000001") is None and figure("²") is None
    res = analyse("Air defences destroyed 1,200 drones over Kursk Oblast.")
    assert int(res.regions.set_index("region_code").loc["RU-KRS", "objects"]) == 1200


@pytest.mark.parametrize("text, lang", [
    ("Air defences destroyed 1e308 drones over Kursk Oblast.", "en"),
    ("Air defences destroyed 0x1F drones over Kursk Oblast.", "en"),
    ("Над Курской областью уничтожены 1e308 беспилотников.", "ru"),
    ("Над Курщиною збито 2e9 безпілотників.", "uk"),
], ids=["en-exponent", "en-hex", "ru", "uk"])
def test_digits_run_together_with_letters_are_no_count(analyse, text, lang):
    """"1e308 drones" was counted as 308 and "0x1F" as 1: a number joined by letters to another number,
    with no space, is a notation; the place is still found."""
    res = analyse(mapper.Report(id="x", lang=lang, text=text)).regions.set_index("region_code")
    assert int(res.loc["RU-KRS", "incidents"]) == 1 and int(res.loc["RU-KRS", "objects"]) == 0


def test_gazetteer_and_boundary_arguments_of_wrong_types_are_usage_errors(tmp_path):
    """``load_index(5)``, ``load_boundaries(5)`` were TypeErrors from pathlib, ``geocode(None)`` one from the
    normaliser, ``reverse("abc")`` a bare float error; a folder given as the gazetteer was "not found"."""
    from mapper import GazetteerError, OfflineGazetteer, UsageError, load_boundaries, load_index

    for call in (lambda: load_index(5), lambda: load_boundaries(5)):
        with pytest.raises(UsageError, match="is a path"):
            call()
    with pytest.raises(GazetteerError, match="a folder, not a gazetteer file"):
        load_index(tmp_path)
    gaz = OfflineGazetteer()
    for call in (lambda: gaz.geocode(None), lambda: gaz.geocode(5), lambda: gaz.suggest(None),
                 lambda: gaz.geocode("Kursk", country_codes=5), lambda: gaz.geocode("Kursk", country_codes=[1]),
                 lambda: gaz.reverse("abc")):
        with pytest.raises(UsageError):
            call()
    assert gaz.geocode("Kursk", country_codes=("ru",)).raw["countrycode"] == "RU"


def test_coordinates_off_the_globe_and_a_limit_below_one_are_usage_errors():
    """``reverse((999, 999))`` answered with the place nearest to a point that is not on Earth, and
    ``geocode(..., limit=-1)`` dropped the last result."""
    from mapper import OfflineGazetteer, UsageError

    gaz = OfflineGazetteer()
    for call in (lambda: gaz.reverse((999, 999)), lambda: gaz.reverse("nan,10"), lambda: gaz.reverse((10, -181)),
                 lambda: gaz.geocode("Kirov", exactly_one=False, limit=-1),
                 lambda: gaz.geocode("Kirov", exactly_one=False, limit=True)):
        with pytest.raises(UsageError):
            call()
    assert gaz.reverse((54.75, 36.1)).raw["countrycode"] == "RU"
    assert len(gaz.geocode("Kirov", exactly_one=False, limit=2)) == 2


def test_a_layer_not_from_load_boundaries_and_a_merge_that_is_no_bool_are_usage_errors(boundaries):
    """A GeoDataFrame without mapper's columns failed deep in the extractor (AttributeError); merge="no"
    was taken as true."""
    from mapper import UsageError

    report = mapper.Report(id="r", text="Two drones were shot down over the Kursk region.")
    with pytest.raises(UsageError, match="no column region_code"):
        mapper.analyse([report], boundaries=boundaries.rename(columns={"region_code": "code"}))
    with pytest.raises(UsageError, match="merge"):
        mapper.analyse([report], merge="no")


def test_json_lines_files_joined_with_their_byte_order_marks_are_read(tmp_path):
    """``cat a.jsonl b.jsonl`` of two files written with a BOM leaves one opening a later line: it was an
    error at that line."""
    path = tmp_path / "joined.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + b'{"id": "a", "text": "One drone hit Kursk."}\n'
                     + b"\xef\xbb\xbf" + b'{"id": "b", "text": "Two drones hit Belgorod."}\n')
    assert [r.id for r in mapper.iter_reports([path])] == ["a", "b"]


def test_a_key_given_twice_in_a_json_line_is_a_bad_record(tmp_path, capsys):
    """``{"text": "...", "text": "..."}`` kept the last value and dropped the first without a word: the line
    is a bad record (exit 2, or skipped and counted with --skip-bad); a name repeated inside a nested object,
    which mapper does not read, is no fault."""
    src = tmp_path / "a.jsonl"
    src.write_text('{"id": "a", "text": "Two drones over Kursk Oblast.", "text": "Nothing."}\n'
                   '{"id": "b", "text": "One drone over Bryansk Oblast.", "meta": {"k": 1, "k": 2}}\n',
                   encoding="utf-8")
    assert _exit(["run", str(src), "-o", str(tmp_path / "out"), "-q"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ":1:" in err and "'text' given twice" in err
    assert _exit(["run", str(src), "-o", str(tmp_path / "out"), "-q", "--skip-bad"]) == 0
    summary = json.loads((tmp_path / "out" / "summary.json").read_text(encoding="utf-8"))
    assert summary["reports_read"] == 1 and summary["reports_skipped"] == 1, summary


@pytest.mark.parametrize("name, value", [("cache_folder", 5), ("cache_folder", ""), ("min_population", "x"),
                                         ("neutralise_csv", "no"), ("merge_memory", -1), ("max_record_bytes", 0),
                                         ("chunk_size", True), ("coordinate_decimals", 99), ("progress", 1)])
def test_a_setting_of_the_wrong_type_or_range_is_refused_when_set(monkeypatch, name, value):
    """``settings.cache_folder = 5`` failed later in pathlib, ``min_population = "x"`` in numpy,
    ``neutralise_csv = "no"`` counted as true, and ``merge_memory = -1`` or ``max_record_bytes = 0`` were taken:
    each is a UsageError as it is set, and the setting keeps its value."""
    from mapper import UsageError, settings

    before = getattr(settings, name)
    with pytest.raises(UsageError, match=f"settings.{name} is"):
        setattr(settings, name, value)
    assert getattr(settings, name) == before
    monkeypatch.setattr(settings, "cache_folder", "/tmp/a-cache-folder")
    assert settings.cache_folder == Path("/tmp/a-cache-folder")


def test_assign_regions_of_what_is_no_layer_is_a_usage_error(boundaries):
    """``assign_regions(5, layer)`` was a TypeError from inside geopandas, a layer without codes a KeyError."""
    import pandas as pd

    from mapper import UsageError, assign_regions

    for points, regions in ((5, boundaries), (pd.DataFrame({"x": [1]}), boundaries),
                            (boundaries[["geometry"]], boundaries[["geometry"]])):
        with pytest.raises(UsageError, match="assign_regions: "):
            assign_regions(points, regions)


def test_a_report_language_that_is_no_string_an_empty_place_name_and_a_telegram_text_that_is_a_number(capsys):
    """``Report(lang=5)`` was silently read as no language, ``mapper geocode ""`` said "no place named ''" with
    exit 1, and a Telegram message whose text is a number was listed as media only."""
    from mapper import InputError
    from mapper.telegram import record_of

    with pytest.raises(InputError, match="its lang is a string, not int"):
        mapper.Report(id="a", text="Two drones over Kursk.", lang=5)
    assert mapper.Report(id="a", text="Two drones over Kursk.", lang=None).lang == "en"
    assert _exit(["geocode", " "]) == 2 and "needs a place name" in capsys.readouterr().err
    assert record_of({"id": 7, "text": 5}, "chan") == "message 7 has no text (its text is a number, not a string)"
    assert record_of({"id": 8, "text": ""}, "chan") == "message 8 has no text (media only)"


def test_a_lock_file_that_is_a_folder_is_named(tmp_path, capsys):
    """A folder in place of ``.mapper.lock`` gave "cannot write output folder (Is a directory)", which did not
    say what was in the way."""
    (tmp_path / "out" / ".mapper.lock").mkdir(parents=True)
    src = tmp_path / "a.txt"
    src.write_text("Two drones were shot down over Kursk Oblast.", encoding="utf-8")
    assert _exit(["run", str(src), "-o", str(tmp_path / "out"), "-q"]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and ".mapper.lock: mapper's lock file is a folder" in err, err
