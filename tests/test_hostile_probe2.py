"""Hostile use found in the second round of probing the CLI and the Python API: each a one-line
error, a documented exception or a skipped and counted file — never a traceback, a hang or a file
passed over unsaid."""

from __future__ import annotations

import json
import os
import re

import pandas as pd
import pytest

import mapper
from tests.conftest import cli_exit as _exit, one_line_error as _one_line_error


@pytest.mark.parametrize("reports", [None, 5, 2.5, object()])
def test_analyse_of_what_is_not_iterable_is_a_usage_error(reports):
    with pytest.raises(mapper.UsageError, match="an iterable of mapper.Report"):
        mapper.analyse(reports)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_a_fifo_or_broken_link_in_a_folder_is_refused_or_skipped_never_passed_over(tmp_path, capsys):
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "a.txt").write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    os.mkfifo(folder / "b.txt")                      # reading it would wait for a writer forever
    (folder / "c.txt").symlink_to(tmp_path / "gone.txt")
    out = tmp_path / "out"
    assert _exit(["run", str(folder), "-o", str(out)]) == 2
    assert "not a regular file" in _one_line_error(capsys)
    assert _exit(["run", str(folder), "-o", str(out), "--skip-bad"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["reports_read"] == 1 and summary["reports_skipped"] == 2
    assert sorted(os.path.basename(s["source"]) for s in summary["skipped"]) == ["b.txt", "c.txt"]
    assert all(s["line"] == 0 and "not a regular file" in s["reason"] for s in summary["skipped"])


@pytest.mark.parametrize("make", ["loop", "dangling"])
def test_output_folder_that_is_a_symlink_to_nowhere_says_so(tmp_path, capsys, make):
    report = tmp_path / "r.txt"
    report.write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    out = tmp_path / "out"
    if make == "loop":
        (tmp_path / "other").symlink_to(out)
        out.symlink_to(tmp_path / "other")
    else:
        out.symlink_to(tmp_path / "missing")
    assert _exit(["run", str(report), "-o", str(out)]) == 2
    assert "a symbolic link to nothing, or in a loop" in _one_line_error(capsys)
    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize("options, error", [({"chunksize": 5}, TypeError), ({"metric": "bogus"}, mapper.UsageError)])
def test_map_options_without_a_map_are_checked_not_dropped(tmp_path, options, error):
    report = tmp_path / "r.txt"
    report.write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    with pytest.raises(error):
        mapper.write_run(report, tmp_path / "out", map_html=False, **options)
    result = mapper.analyse([mapper.Report("a", "Two drones were shot down over Kaluga Oblast.")])
    with pytest.raises(error):
        result.to_files(tmp_path / "out2", map_html=False, **options)
    assert not (tmp_path / "out").exists() and not (tmp_path / "out2").exists()


def test_telegram_message_ids_that_are_no_ids_are_bad_records_and_a_missing_one_is_its_position(tmp_path, capsys):
    text = "Two drones were shot down over Kaluga Oblast."
    messages = [{"type": "message", "date": "2024-03-01T10:00:00", "text": text},
                {"id": None, "type": "message", "text": text}, {"id": 7, "type": "message", "text": text},
                {"id": {"x": 1}, "type": "message", "text": text}, {"id": True, "type": "message", "text": text},
                {"id": 1.5, "type": "message", "text": text}]
    export = tmp_path / "result.json"
    export.write_text(json.dumps({"name": "chan", "messages": messages}), encoding="utf-8")
    out = tmp_path / "out"
    assert _exit(["run", str(export), "-o", str(out)]) == 2
    assert "result.json:4: a message id {'x': 1} is not a number" in _one_line_error(capsys)
    assert _exit(["run", str(export), "-o", str(out), "--skip-bad"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["reports_read"] == 3 and [s["line"] for s in summary["skipped"]] == [4, 5, 6]
    ids = set(";".join(pd.read_csv(out / "incidents.csv")["report_ids"]).split(";"))
    assert ids == {"chan-1", "chan-2", "chan/7"}


@pytest.mark.parametrize("field, value, said", [("id", {"x": 1}, "its id is a JSON object"),
                                                 ("id", True, "its id is a JSON boolean"),
                                                 ("source", ["a"], "its source is a JSON array"),
                                                 ("url", {"u": 1}, "its url is a JSON object")])
def test_json_line_ids_and_sources_that_are_no_text_are_bad_records(tmp_path, capsys, field, value, said):
    lines = [{"id": 5, "text": "Two drones were shot down over Kaluga Oblast."},
             {"id": "b", field: value, "text": "Two drones were shot down over Kaluga Oblast."}]
    if field == "id":
        lines[1][field] = value
    path = tmp_path / "news.jsonl"
    path.write_text("".join(json.dumps(rec) + "\n" for rec in lines), encoding="utf-8")
    out = tmp_path / "out"
    assert _exit(["run", str(path), "-o", str(out)]) == 2
    assert f"news.jsonl:2: {said}, not a string or number" in _one_line_error(capsys)
    assert _exit(["run", str(path), "-o", str(out), "--skip-bad"]) == 0
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    assert summary["reports_read"] == 1 and [s["line"] for s in summary["skipped"]] == [2]
    assert pd.read_csv(out / "incidents.csv")["report_ids"].astype(str).tolist() == ["5"]


@pytest.mark.parametrize("field", ["id", "text", "source"])
def test_a_report_in_memory_with_a_lone_surrogate_is_an_input_error_not_a_unicode_error(tmp_path, field):
    fields = {"id": "a", "text": "Two drones were shot down over Kaluga Oblast.", "source": "wire"}
    fields[field] = "\ud800" + fields[field]
    reports = [mapper.Report("ok", "A drone hit Borovsk."), mapper.Report(**fields)]
    with pytest.raises(mapper.InputError, match=rf"item 2 .*{field} holds a lone surrogate"):
        mapper.analyse(reports).to_files(tmp_path / "out")


def test_iter_reports_takes_one_path_as_run_does_and_refuses_what_is_no_path(tmp_path):
    report = tmp_path / "kaluga.txt"
    report.write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    assert [r.id for r in mapper.iter_reports(str(report))] == ["kaluga"]   # not the letters of its name
    assert [r.id for r in mapper.iter_reports(report)] == ["kaluga"]
    for paths in (None, 5, [None], [str(report), 3]):
        with pytest.raises(mapper.UsageError, match="paths: a "):
            list(mapper.iter_reports(paths))
        with pytest.raises(mapper.UsageError, match="paths: a "):
            mapper.read_reports(paths)


@pytest.mark.parametrize("extra", [[], ["--engine", "dask", "--scheduler", "tcp://127.0.0.1:1"]])
def test_workers_without_a_local_dask_cluster_is_an_error_not_ignored(tmp_path, capsys, extra):
    report = tmp_path / "r.txt"
    report.write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    assert _exit(["run", str(report), "-o", str(tmp_path / "out"), "--workers", "4", *extra]) == 2
    assert "--workers needs --engine dask without --scheduler" in _one_line_error(capsys)
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("country", ["Russia", "", "R1", "РУ"])
def test_geocode_country_that_is_no_code_is_a_usage_error(capsys, country):
    assert _exit(["geocode", "Kirov", "--country", country]) == 2
    assert "is not a country code" in _one_line_error(capsys)


def _map_data(path) -> dict:
    page = path.read_text(encoding="utf-8")
    block = re.search(r'<script[^>]*type="application/json"[^>]*>(.*?)</script>', page, re.S)
    return json.loads(block.group(1))


def test_regions_of_a_users_layer_without_countries_are_drawn_on_the_map(tmp_path):
    gpd = pytest.importorskip("geopandas")
    from shapely.geometry import box

    layer_file = tmp_path / "layer.geojson"
    gpd.GeoDataFrame({"code": ["X-1", "X-2"], "name": ["West", "East"]},
                     geometry=[box(35, 53, 36.4, 56), box(36.4, 53, 38, 56)], crs=4326).to_file(layer_file)
    layer = mapper.load_boundaries(layer_file)
    result = mapper.analyse([mapper.Report("a", "A drone hit a house in Borovsk.")], boundaries=layer)
    assert result.incidents["region_code"].tolist() == ["X-2"]   # Borovsk, 36.49E: counted in East
    result.to_files(tmp_path / "out")
    drawn = _map_data(tmp_path / "out" / "map.html")["regions"]["features"]
    assert len(drawn) == 2


@pytest.mark.parametrize("address", ["garbage", "http://127.0.0.1:8786"])
def test_a_scheduler_address_dask_cannot_read_is_a_usage_error_not_an_internal_error(tmp_path, capsys, address):
    pytest.importorskip("distributed")
    report = tmp_path / "r.txt"
    report.write_text("Two drones were shot down over Kaluga Oblast.", encoding="utf-8")
    argv = ["run", str(report), "-o", str(tmp_path / "out"), "--engine", "dask", "--scheduler", address]
    assert _exit(argv) == 2
    assert "is not a Dask scheduler address such as tcp://host:8786" in _one_line_error(capsys)


@pytest.mark.parametrize("options", [{"width": "</script><script>alert(1)</script>"}, {"height": -5},
                                     {"width": True}, {"height": "100vh;color:red"}, {"title": 5}])
def test_map_sizes_and_titles_of_wrong_values_are_usage_errors_before_anything_is_drawn(options):
    result = mapper.analyse([mapper.Report("a", "Two drones were shot down over Kaluga Oblast.")])
    with pytest.raises(mapper.UsageError, match="must be"):
        result.map(**options)


def test_map_sizes_folium_takes_still_work():
    result = mapper.analyse([mapper.Report("a", "Two drones were shot down over Kaluga Oblast.")])
    for size in ("100%", "600px", 600, 450.5):
        assert result.map(width=size, height=size, title="</b>{{ 7*7 }}") is not None
