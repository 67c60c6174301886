"""The command line: outputs written, one-line errors, no tracebacks."""

import json
import logging
import os
import subprocess
import sys

import pytest

import mapper
from tests.conftest import ROOT, SEED


def cli(*args, cwd=None):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mapper", *args], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300)


@pytest.fixture(scope="module")
def seed_out(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    proc = cli("run", str(SEED), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return out, proc


def test_run_writes_every_output(seed_out):
    out, proc = seed_out
    for name in ["regions.geojson", "places.geojson", "incidents.csv", "events.csv", "unresolved.csv",
                 "summary.json", "map.html"]:
        assert (out / name).stat().st_size > 0, name
    assert "RU-KLU" in proc.stdout and "Traceback" not in proc.stderr


def test_regions_geojson_properties(seed_out):
    out, _ = seed_out
    fc = json.loads((out / "regions.geojson").read_text())
    by_code = {f["properties"]["region_code"]: f["properties"] for f in fc["features"]}
    assert set(by_code["RU-KLU"]) >= {"region_code", "region_name", "country", "incidents", "objects", "places"}
    assert by_code["RU-KLU"]["objects"] == 11 and by_code["RU-KLU"]["region_name"] == "Kaluga Oblast"
    assert by_code["RU-KLU"]["places"] == ["Borovsk", "Kirov", "Maloyaroslavets"]
    assert by_code["UA-14"]["country"] == "UA" and by_code["UA-14"]["incidents"] == 1


def test_places_geojson_properties(seed_out):
    out, _ = seed_out
    fc = json.loads((out / "places.geojson").read_text())
    props = {f["properties"]["name"]: f["properties"] for f in fc["features"]}
    assert set(props["Kirov"]) >= {"name", "matched_name", "geonameid", "region_code", "mentions", "report_ids"}
    assert props["Kirov"]["geonameid"] == 548410
    assert props["Krasnoarmeysk"]["matched_name"] == "Pokrovsk" and props["Krasnoarmeysk"]["mentions"] == 2
    lon, lat = next(f["geometry"]["coordinates"] for f in fc["features"] if f["properties"]["name"] == "Kirov")
    assert (round(lat, 2), round(lon, 2)) == (54.07, 34.30)


def test_unresolved_csv(seed_out):
    out, _ = seed_out
    text = (out / "unresolved.csv").read_text()
    assert "Yernov" in text and "Shapsha" not in text.split("\n")[1].split(",")[2]


def test_geocode_command():
    proc = cli("geocode", "Kirov", "--region", "Kaluga", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = json.loads(proc.stdout)
    assert rows[0]["geonameid"] == 548410 and rows[0]["region_code"] == "RU-KLU"
    proc = cli("geocode", "Yernov")
    assert proc.returncode == 1 and "no place named" in proc.stderr


@pytest.mark.parametrize("setup, args, message", [
    (None, ["run", "/nonexistent.txt"], "no such file"),
    ("empty", ["run", "{p}"], "empty file"),
    ("binary", ["run", "{p}"], "binary"),
    ("badjson", ["run", "{p}"], ":2: malformed JSON"),
    ("notext", ["run", "{p}"], "no text column"),
    ("report", ["run", "{p}", "--boundaries", "{p}"], "not a readable vector layer"),
    ("report", ["geocode", "Kirov", "--region", "Atlantis"], "unknown region"),
])
def test_bad_input_one_line_error(tmp_path, setup, args, message):
    p = tmp_path / {"empty": "e.txt", "binary": "b.txt", "badjson": "r.jsonl", "notext": "r.csv",
                    "report": "r.txt", None: "x"}[setup]
    content = {"empty": b"", "binary": b"\x00\x01\x02PK\x03\x04", "badjson": b'{"text": "ok"}\n{oops\n',
               "notext": b"id,title\n1,x\n", "report": b"Drones over Kursk region.", None: None}[setup]
    if content is not None:
        p.write_bytes(content)
    proc = cli(*[a.format(p=p) for a in args], "-o", str(tmp_path / "out")) if args[0] == "run" else cli(*args)
    assert proc.returncode != 0
    err = proc.stderr.strip().splitlines()
    assert len(err) == 1 and message in err[0], proc.stderr
    assert "Traceback" not in proc.stderr


def test_skip_bad_goes_on_and_reports(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "1", "text": "Drones were shot down over Kursk region."}\n{oops\n')
    proc = cli("run", str(p), "--skip-bad", "-o", str(tmp_path / "out"), "--no-map")
    assert proc.returncode == 0, proc.stderr
    assert "1 reports read (1 skipped)" in proc.stdout
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["skipped"][0]["line"] == 2


def test_unwritable_output_folder(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = cli("run", str(SEED), "-o", str(blocker / "out"))
    assert proc.returncode != 0 and "cannot write output folder" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_failed_run_leaves_no_temporary_files(tmp_path):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "1", "date": "2024-05-01", "text": "Drones were shot down over Kursk region."}\n{oops\n')
    out = tmp_path / "out"
    proc = cli("run", str(p), "-o", str(out))
    assert proc.returncode != 0 and ":2: malformed JSON" in proc.stderr
    assert not [f for f in out.iterdir() if f.suffix == ".sqlite" or f.name.startswith("tmp")]


def test_version():
    proc = cli("--version")
    assert proc.returncode == 0 and proc.stdout.strip() == f"mapper {mapper_version()}"


def mapper_version():
    from importlib.metadata import version

    return version("mapper")


@pytest.mark.parametrize("command", ["run", "geocode", None])
def test_help_has_examples(command):
    proc = cli(*([command] if command else []), "--help")
    assert proc.returncode == 0
    examples = proc.stdout.split("examples:\n", 1)[1]
    lines = [line.strip() for line in examples.splitlines() if line.strip().startswith("mapper ")]
    assert len(lines) >= 3, proc.stdout
    if command:
        assert all(line.startswith(f"mapper {command} ") for line in lines)


def closed_pipe(*args):
    """Run mapper with its stdout a pipe whose reader has gone (as ``mapper ... | head`` after head exits)."""
    read, write = os.pipe()
    os.close(read)
    try:
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        return subprocess.run([sys.executable, "-m", "mapper", *args], stdout=write, stderr=subprocess.PIPE,
                              text=True, env=env, timeout=300)
    finally:
        os.close(write)


@pytest.mark.parametrize("args", [("geocode", "Kirov"), ("run", str(SEED), "--no-map")])
def test_closed_pipe_exits_quietly(args, tmp_path):
    proc = closed_pipe(*args, *(["-o", str(tmp_path)] if args[0] == "run" else []))
    assert proc.returncode == 1 and proc.stderr == ""
    if args[0] == "run":
        assert json.loads((tmp_path / "summary.json").read_text())["reports_read"] == 1  # the run was done


def test_head_of_geocode_output():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.run(f"'{sys.executable}' -m mapper geocode Kirov --limit 50 | head -1", shell=True,
                          capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0 and proc.stderr == "" and len(proc.stdout.splitlines()) == 1


def geocode_json(capsys, *args):
    from mapper.cli import main

    code = main(["geocode", *args, "--json"])
    return code, json.loads(capsys.readouterr().out or "[]")


@pytest.mark.parametrize("text, name, region", [
    ("Two drones were shot down over Kirov.", "Kirov", None),
    ("A drone hit Krasnoarmeysk.", "Krasnoarmeysk", None),
    ("Drones attacked Krasnoarmeysk in the Donetsk region.", "Krasnoarmeysk", "Donetsk"),
])
def test_geocode_ranks_by_the_pipelines_scores(text, name, region, analyse, capsys):
    chosen = analyse(text).placed.iloc[0]
    code, rows = geocode_json(capsys, name, *(["--region", region] if region else []), "--limit", "20")
    assert code == 0 and rows[0]["geonameid"] == chosen["geonameid"] and rows[0]["score"] == chosen["score"]
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)


def test_geocode_region_brings_its_namesake_first(capsys):
    _, alone = geocode_json(capsys, "Kirov")
    _, kaluga = geocode_json(capsys, "Kirov", "--region", "Kaluga")
    assert alone[0]["region_code"] == "RU-KIR" and kaluga[0]["region_code"] == "RU-KLU"
    assert kaluga[0]["score"] > next(r["score"] for r in alone if r["region_code"] == "RU-KLU")
    assert any(r["refused"] for r in kaluga)  # what the pipeline would refuse says why
    # of the candidate, not of the gazetteer: a Kirov of Kaluga Oblast is listed first
    refused = next(r["refused"] for r in kaluga if r["region_code"] == "RU-KIR")
    assert refused == "not in Kaluga Oblast, the region named beside it"  # (alone: "no place of that name in")


def test_geocode_did_you_mean(capsys):
    from mapper.cli import main

    assert main(["geocode", "Belgorot"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("mapper: no place named 'Belgorot' in the gazetteer; did you mean Belgorod")
    assert err.count("\n") == 1
    assert main(["geocode", "Qqxzvwj"]) == 1
    assert "did you mean" not in capsys.readouterr().err
    assert main(["geocode", "Kirov", "--region", "Narnia"]) == 2
    assert "unknown region 'Narnia'" in capsys.readouterr().err


def test_suggest_is_close_deterministic_and_ranked(gazetteer):
    assert gazetteer.suggest("Belgorot")[0] == "Belgorod"
    assert gazetteer.suggest("Maloyaroslavtes") == ["Maloyaroslavets"]
    assert gazetteer.suggest("Kirof")[0] == "Kirov"  # the city before the hamlet a letter closer ("Kirf")
    again = mapper.OfflineGazetteer().suggest("Belgorot")
    assert again == gazetteer.suggest("Belgorot") and len(again) <= 5
    assert gazetteer.suggest("Zzzzzzzz") == [] and gazetteer.suggest("") == []
    assert "Belgorod" not in gazetteer.suggest("Belgorod")  # an exact name is no suggestion


def test_dask_engine_keeps_dask_logs_at_warnings(tmp_path):
    """Importing dask.distributed sets its loggers to INFO with a handler of their own; a run on Dask
    then printed the cluster's every start and stop. mapper puts them back at warnings after the import."""
    code = ("import logging, sys; from mapper.cli import main; "
            "code = main(['run', sys.argv[1], '--engine', 'dask', '--scheduler', 'http://nowhere:1', '-o', "
            "sys.argv[2]]); print(code, logging.getLogger('distributed').getEffectiveLevel())")
    proc = subprocess.run([sys.executable, "-c", code, str(SEED), str(tmp_path / "out")], capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=300)
    assert proc.stdout.split() == ["2", str(logging.WARNING)], proc.stderr  # the bad address: exit 2


@pytest.mark.parametrize("command", ["run", "geocode"])
def test_help_states_every_default(command):
    """An option with a default says what it is; the run's epilog names every file a run can write."""
    import argparse

    from mapper.cli import _parser
    from mapper.output import FILES

    sub = next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices[command]
    for action in sub._actions:
        valued = action.nargs != 0 and action.default not in (None, argparse.SUPPRESS)
        if valued or action.dest in ("boundaries", "gazetteer", "layer", "code_col", "name_col"):
            assert "default" in (action.help or ""), action.option_strings
        assert action.help, action.option_strings or action.dest
    if command == "run":
        epilog = " ".join(sub.epilog.split())
        assert all(name in epilog for name in FILES.values()), epilog
