"""Files in and out under stress: ids, atomic outputs, the lock, symlinks, signals, odd input, CSV formulas."""

from __future__ import annotations

import csv
import errno
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import mapper
from mapper.cli import main
from mapper.output import LOCK_NAME, TMP_PREFIX, OutputFolder
from tests.conftest import ROOT, SEED

OUTPUTS = ["regions.geojson", "places.geojson", "incidents.csv", "events.csv", "unresolved.csv", "summary.json",
           "map.html"]


def run(capsys, *args):
    """``mapper run`` in this process: exit status, stdout, stderr."""
    rc = main(["-q", "run", *map(str, args)])
    out, err = capsys.readouterr()
    return rc, out, err


def cli(*args, **kw):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mapper", *map(str, args)], capture_output=True, text=True,
                          env=env, timeout=300, **kw)


def one_line_error(err, message):
    lines = err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and "Traceback" not in err, err


def snapshot(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def leftovers(out):
    return [p.name for p in Path(out).iterdir() if p.name.startswith(TMP_PREFIX) or p.name == LOCK_NAME
            or p.suffix == ".sqlite" or p.name.startswith("tmp")]


# -- item 2: every report keeps its own identity

def test_three_reports_of_one_name_are_counted_apart(tmp_path, capsys):
    texts = {"a": "Air defences shot down 5 drones over the Kursk region.",
             "b": "Air defences shot down 3 drones over the Belgorod region.",
             "c": "Air defences shot down 2 drones over the Voronezh region."}
    for folder, text in texts.items():
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "report.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    rc, stdout, err = run(capsys, tmp_path / "a", tmp_path / "b", tmp_path / "c", "--no-map", "-o", out)
    assert rc == 0, err
    regions = {f["properties"]["region_code"]: f["properties"]
               for f in json.loads((out / "regions.geojson").read_text())["features"]}
    assert [(regions[c]["incidents"], regions[c]["objects"]) for c in ("RU-KRS", "RU-BEL", "RU-VOR")] == \
        [(1, 5), (1, 3), (1, 2)]
    with open(out / "incidents.csv", encoding="utf-8") as fh:
        ids = [row["report_ids"] for row in csv.DictReader(fh)]
    assert len(set(ids)) == 3


def test_duplicate_ids_in_one_file_are_listed_in_summary(tmp_path, capsys):
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "7", "text": "Drones were shot down over the Kursk region."}\n'
                 '{"id": "7", "text": "Drones were shot down over the Belgorod region."}\n', encoding="utf-8")
    rc, stdout, err = run(capsys, p, "--no-map", "-o", tmp_path / "out")
    assert rc == 0, err
    assert "2 reports read (0 skipped, 1 ids made unique)" in stdout
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["ids_renamed"] == 1
    assert summary["renamed"] == [{"source": str(p), "line": 2, "id": "7", "new_id": f"7@{p}:2"}]
    assert summary["regions_with_incidents"] == 2


# -- item 3: a run's files are all from that run, or none are

@pytest.fixture
def old_run(tmp_path, capsys):
    """An output folder holding a complete earlier run, and a snapshot of its files."""
    out = tmp_path / "out"
    rc, _, err = run(capsys, SEED, "-o", out)
    assert rc == 0, err
    return out, snapshot(out)


def test_failed_run_leaves_the_earlier_outputs_as_they_were(tmp_path, capsys, old_run):
    out, before = old_run
    p = tmp_path / "r.jsonl"
    p.write_text('{"id": "1", "date": "2024-05-01", "text": "Drones were shot down over Kursk region."}\n{oops\n')
    rc, _, err = run(capsys, p, "-o", out)
    assert rc == 2
    one_line_error(err, ":2: malformed JSON")
    assert snapshot(out) == before and not leftovers(out)


def test_full_disk_while_writing_the_map_changes_nothing(tmp_path, capsys, old_run, monkeypatch):
    out, before = old_run
    import mapper.webmap

    def half_then_full(totals, regions, path, **kw):  # the map page is written by write_map, not folium
        Path(path).write_text("<html><head>")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(mapper.webmap, "write_map", half_then_full)
    rc, _, err = run(capsys, SEED, "-o", out)
    assert rc == 2
    one_line_error(err, "cannot write (No space left on device)")
    assert snapshot(out) == before and not leftovers(out)


def test_run_without_a_map_removes_the_older_map(tmp_path, capsys, old_run):
    out, _ = old_run
    rc, _, err = run(capsys, SEED, "--no-map", "-o", out)
    assert rc == 0, err
    assert not (out / "map.html").exists() and (out / "summary.json").exists()


def test_second_run_into_a_locked_folder_is_refused(tmp_path, capsys):
    out = tmp_path / "out"
    with OutputFolder(out):
        assert (out / LOCK_NAME).read_text().strip() == str(os.getpid())
        proc = cli("run", SEED, "--no-map", "-o", out)
        assert proc.returncode == 2
        one_line_error(proc.stderr, f"another mapper run (pid {os.getpid()}) is writing there")
        assert not (out / "summary.json").exists()
    assert not leftovers(out)


def test_stale_lock_and_temporary_folder_of_a_killed_run_are_taken_over(tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    (out / LOCK_NAME).write_text(f"{dead.pid}\n")
    (out / f"{TMP_PREFIX}old").mkdir()
    (out / f"{TMP_PREFIX}old" / "events.csv").write_text("half")
    rc, _, err = run(capsys, SEED, "--no-map", "-o", out)
    assert rc == 0, err
    assert not leftovers(out)


def test_symlinks_planted_in_the_output_folder_are_not_followed(tmp_path, capsys):
    out, outside = tmp_path / "out", tmp_path / "outside"
    out.mkdir()
    outside.mkdir()
    for name in ["events.csv", "summary.json", "map.html"]:
        (outside / name).write_text("keep me")
        (out / name).symlink_to(outside / name)
    (out / LOCK_NAME).symlink_to(outside / "lock")
    rc, _, err = run(capsys, SEED, "-o", out)
    assert rc == 0, err
    assert all((outside / n).read_text() == "keep me" for n in ["events.csv", "summary.json", "map.html"])
    assert not (outside / "lock").exists()
    assert all((out / n).is_file() and not (out / n).is_symlink() for n in OUTPUTS)


def _corpus(path, n):
    with open(path, "w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps({"id": f"r{i}", "date": f"2024-05-{1 + i % 28:02d}",
                                 "text": f"Air defences shot down {1 + i % 9} drones over the Kursk region."}) + "\n")


def test_sigterm_midway_leaves_the_earlier_outputs_and_no_temporary_files(tmp_path, old_run):
    out, before = old_run
    corpus = tmp_path / "big.jsonl"
    _corpus(corpus, 200_000)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "mapper", "-q", "run", str(corpus), "--chunk-size", "100",
                             "-o", str(out)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    deadline = time.time() + 120
    staged = []
    while time.time() < deadline and proc.poll() is None:  # wait until events are being written
        staged = [p for p in out.glob(f"{TMP_PREFIX}*/events.csv") if p.stat().st_size > 10_000]
        if staged:
            break
        time.sleep(0.05)
    assert staged, "the run never started writing"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 143, err
    one_line_error(err, "mapper: terminated")
    assert snapshot(out) == before and not leftovers(out)


# -- items 4 and 5: clear one-line errors, never an internal error

@pytest.mark.parametrize("content, args, message", [
    ("Беспилотник над Курской ".encode() + b"\xff" + " областью.".encode(), [], "r.txt:1: not valid UTF-8 text"),
    (bytes(range(128, 256)) * 4, [], "not UTF-8, and no other text encoding fits it with confidence"),
    ('{"text": "\\ud800 drones over Kursk"}\n'.encode(), [], ":1: text holds a lone surrogate"),
    (('{"text": "x", "a": ' + "[" * 50_000 + "]" * 50_000 + "}\n").encode(), [], ":1: malformed JSON (nested"),
    (b"Drones over Kursk region.", ["--chunk-size", "-1"], "argument --chunk-size: must be at least 1, not -1"),
    (b"Drones over Kursk region.", ["--chunk-size", "many"], "argument --chunk-size: 'many' is not a whole number"),
])
def test_bad_input_is_a_one_line_error(tmp_path, capsys, content, args, message):
    p = tmp_path / ("r.jsonl" if content.startswith(b"{") else "r.txt")
    p.write_bytes(content)
    try:
        rc, _, err = run(capsys, p, "--no-map", "-o", tmp_path / "out", *args)
    except SystemExit as exc:  # argparse
        rc, err = exc.code, capsys.readouterr().err
    assert rc == 2
    one_line_error(err, message)


def test_skip_bad_skips_records_and_files_and_counts_them(tmp_path, capsys):
    (tmp_path / "a.jsonl").write_bytes(b'{"id": "1", "text": "Drones were shot down over the Kursk region."}\n'
                                       b'{"text": "\\ud800"}\n{"text": "bad \xff byte"}\n')
    (tmp_path / "b.txt").write_bytes(bytes(range(128, 256)) * 4)
    (tmp_path / "c.csv").write_text('id,text\n1,"never closed\n2,Debris fell in the Bryansk region.\n',
                                    encoding="utf-8")
    rc, stdout, err = run(capsys, tmp_path, "--skip-bad", "--no-map", "-o", tmp_path / "out")
    assert rc == 0, err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["reports_read"] == 2 and summary["reports_skipped"] == 4
    assert [(Path(s["source"]).name, s["line"]) for s in summary["skipped"]] == \
        [("a.jsonl", 2), ("a.jsonl", 3), ("b.txt", 0), ("c.csv", 2)]


def test_file_name_that_is_not_utf8_is_read_and_written(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/2024-05-01 r\xff.txt"
    with open(name, "w", encoding="utf-8") as fh:
        fh.write("Drones were shot down over the Kursk region.")
    proc = cli("run", folder, "--no-map", "-o", tmp_path / "out")
    assert proc.returncode == 0, proc.stderr
    events = (tmp_path / "out" / "events.csv").read_text(encoding="utf-8")
    assert "2024-05-01 r\\xff" in events


def _gazetteer_row(lat="55.75222"):
    return "\t".join(["524901", "Moscow", "Moscow", "Moskva", lat, "37.61556", "P", "PPLC", "RU", "", "48", "", "",
                      "", "10381222", "", "144", "Europe/Moscow", "2022-12-10"]) + "\n"


@pytest.mark.parametrize("name, content, message", [
    ("g.txt", b"\x00\x01\x02\x03PK\x03\x04", "looks like a binary file"),
    ("g.txt", _gazetteer_row().encode("utf-16"), "UTF-16 or UTF-32 text"),
    ("g.json", b"[1, 2, 3]", "place 1: not a place record"),
    ("g.json", json.dumps({"1": {"geonameid": 1, "name": "X", "latitude": "abc", "longitude": 3}}).encode(),
     "place 1: latitude 'abc' is not a number"),
    ("g.txt", _gazetteer_row("abc").encode(), "g.txt:1: bad value (latitude 'abc' is not a number)"),
    ("g.txt", _gazetteer_row("99").encode(), "g.txt:1: bad value (latitude 99 is out of range"),
])
def test_bad_gazetteer_is_a_one_line_error(tmp_path, capsys, monkeypatch, name, content, message):
    monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")
    g = tmp_path / name
    g.write_bytes(content)
    (tmp_path / "r.txt").write_text("Drones over the Kursk region.")
    rc, _, err = run(capsys, tmp_path / "r.txt", "--gazetteer", g, "--no-map", "-o", tmp_path / "out")
    assert rc == 2
    one_line_error(err, message)


def test_output_names_that_are_folders_or_a_file_as_folder(tmp_path, capsys):
    out = tmp_path / "out"
    (out / "map.html").mkdir(parents=True)
    rc, _, err = run(capsys, SEED, "-o", out)
    assert rc == 2
    one_line_error(err, "map.html: is a folder")
    assert not leftovers(out)
    rc, _, err = run(capsys, SEED, "-o", SEED)
    assert rc == 2
    one_line_error(err, "cannot write output folder (it is a file)")


def test_point_layer_as_boundaries_is_refused(tmp_path, capsys):
    layer = tmp_path / "points.geojson"
    layer.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {"code": "X-1", "name": "A"},
         "geometry": {"type": "Point", "coordinates": [36.0, 51.0]}}]}))
    rc, _, err = run(capsys, SEED, "--boundaries", layer, "--no-map", "-o", tmp_path / "out")
    assert rc == 2
    one_line_error(err, "layer holds Point geometries; admin-1 boundaries are polygons")


# -- item 6: CSV injection

FORMULAS = ["=HYPERLINK(\"http://example.org\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("raw", [False, True])
def test_formulas_in_csv_cells_are_neutralised(tmp_path, capsys, raw):
    p = tmp_path / "r.jsonl"
    with open(p, "w", encoding="utf-8") as fh:
        for i, f in enumerate(FORMULAS):
            fh.write(json.dumps({"id": f, "source": f, "text": f"Drones were shot down over the Kursk region {i}."})
                     + "\n")
    out = tmp_path / "out"
    rc, _, err = run(capsys, p, "--no-map", "-o", out, *(["--raw-csv"] if raw else []))
    assert rc == 0, err
    with open(out / "events.csv", encoding="utf-8", newline="") as fh:
        ids = [row["report_id"] for row in csv.DictReader(fh)]
    assert ids == (FORMULAS if raw else ["'" + f for f in FORMULAS])
    with open(out / "incidents.csv", encoding="utf-8", newline="") as fh:
        cells = [v for row in csv.DictReader(fh) for v in row.values()]
    assert raw == any(v.startswith(("=", "+", "-", "@", "\t", "\r")) for v in cells)
    assert mapper.settings.neutralise_csv  # the option does not outlive the run


# -- item 8: outputs of mapper are never read as reports

def test_run_in_a_folder_holding_its_own_out_does_not_read_it(tmp_path):
    (tmp_path / "r.txt").write_text("Drones were shot down over the Kursk region.", encoding="utf-8")
    first = cli("-q", "run", ".", "--no-map", cwd=tmp_path)
    second = cli("-q", "run", ".", "--no-map", cwd=tmp_path)
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert first.stdout.splitlines()[0] == second.stdout.splitlines()[0]
    assert first.stdout.startswith("1 reports read (0 skipped)")


def test_skip_bad_never_stops_the_run_even_when_every_record_is_bad(tmp_path, capsys):
    p = tmp_path / "r.jsonl"
    p.write_text("{oops\n[1]\n", encoding="utf-8")
    rc, _, err = run(capsys, p, "--no-map", "-o", tmp_path / "out")
    assert rc == 2
    one_line_error(err, "r.jsonl:1: malformed JSON")
    rc, stdout, err = run(capsys, p, "--skip-bad", "--no-map", "-o", tmp_path / "out")
    assert rc == 0, err
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert (summary["reports_read"], [s["line"] for s in summary["skipped"]]) == (0, [1, 2])


def test_sigterm_while_files_move_into_place_waits_until_all_are_moved(tmp_path, monkeypatch):
    from mapper.cli import _on_signal
    from mapper.exceptions import Terminated

    out = tmp_path / "out"
    folder = OutputFolder(out)
    for key in ("events", "summary"):
        folder.staged()[key].write_text(key)
    real_replace, calls = os.replace, []

    def replace_then_signal(src, dst):
        real_replace(src, dst)
        calls.append(dst)
        if len(calls) == 1:
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(os, "replace", replace_then_signal)
    previous = signal.signal(signal.SIGTERM, _on_signal)
    try:
        with pytest.raises(Terminated):
            folder.commit(["events", "summary"])
    finally:
        signal.signal(signal.SIGTERM, previous)
    assert len(calls) == 2
    assert (out / "events.csv").read_text() == "events" and (out / "summary.json").read_text() == "summary"
    assert not leftovers(out)
