"""Untrusted and odd input: random text, hostile file names, a large stream with bounded memory."""

from __future__ import annotations

import csv
import json
import os
import random
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mapper import Report
from tests.conftest import ROOT

WORDS = ["drones", "shot", "down", "over", "the", "Kursk", "region", "Oblast", "Kirov", "11", "twenty", "a",
         "drone", "Republic", "of", "Tatarstan", ",", ".", "and", "Governor", "Vladislav", "Shapsha", "in",
         "village", "near", "Krai", "debris", "fell", "regions", "Moscow", "8", "UAVs", "’s", "(", ")", "-"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_extraction_never_crashes_on_random_unicode(extractor, text):
    ext = extractor.extract(Report(id="x", text=text))
    for m in ext.mentions:
        said = text[m.start:m.end]
        if ext.report.lang in ("ru", "uk"):
            # a Russian or Ukrainian name is kept in its dictionary form ("Черкас" -> "Черкасы",
            # "Нікопольщину" -> "Нікополь"); its span is still the words the report wrote
            assert said.strip() and said[:1].casefold() == m.text[:1].casefold(), (said, m.text)
        else:
            assert said == m.text


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join))
def test_extraction_never_crashes_on_report_like_text(extractor, text):
    ext = extractor.extract(Report(id="x", text=text))
    for ev in ext.events:
        assert all(0 <= m < len(ext.mentions) for m in ev.mentions)
        assert ev.count is None or ev.count >= 0


@pytest.mark.parametrize("text", [
    "On \u017funday two drones hit the Kursk region.",  # a long s: the regex reads "sunday"
    "On \u017feptember 3 two drones hit the Kursk region. On Sunday another drone came down.",
    "On 3 \u017feptember a drone hit the Kursk region. Earlier, on \u017faturday, two drones were downed.",
    "Ma\u0130 3: a drone hit the Kursk region; on Wednesday, \u212aursk's governor said.",
])
def test_odd_case_letters_in_dates_are_read_as_the_regex_reads_them(extractor, text):
    # the four letters outside ASCII a case-insensitive regex takes for ASCII ones had raised a KeyError where the
    # matched month or weekday was looked up lower-cased (text.fold_case)
    ext = extractor.extract(Report(id="x", text=text, date="2024-09-05"))
    assert ext.events


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=60))
def test_geocoder_never_crashes(gazetteer, name):
    found = gazetteer.geocode(name, exactly_one=False)
    assert isinstance(found, list)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join))
def test_every_place_mention_is_placed_or_listed(analyse, text):
    r = analyse(text)
    mentions = set(r.mentions.loc[r.mentions["kind"] == "place", "mention"])
    counted = set(r.placed.loc[r.placed["region_code"].notna(), "mention"])
    listed = set(r.unresolved.loc[r.unresolved["kind"] == "place", "mention"])
    assert mentions == counted | listed and not counted & listed


def test_report_ids_never_name_files(tmp_path, analyse):
    out = tmp_path / "out"
    r = analyse(Report(id="../../escape", text="Drones were shot down over Kursk region."),
                Report(id="/etc/passwd", text="Debris fell in Bryansk region."))
    written = r.to_files(out, map_html=False)
    assert all(p.parent == out for p in written.values())
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted(p.name for p in written.values())


def _run_measured(path, outdir, merge_memory=None):
    # VmHWM is this process's own peak; ru_maxrss would start from pytest's (inherited over fork)
    setting = f"mapper.settings.merge_memory = {merge_memory}\n" if merge_memory else ""
    code = ("import sys\nimport mapper.settings\nfrom mapper.cli import main\n" + setting +
            f"rc = main(['-q', 'run', {str(path)!r}, '--no-map', '-o', {str(outdir)!r}])\n"
            "hwm = [l.split()[1] for l in open('/proc/self/status') if l.startswith('VmHWM:')][0]\n"
            "print('MAXRSS', hwm, file=sys.stderr)\n"
            "sys.exit(rc)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=1800,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert proc.returncode == 0, proc.stderr
    rss_kb = int(proc.stderr.strip().splitlines()[-1].split()[1])
    return proc.stdout, rss_kb


def _write_jsonl(path, megabytes, seed=0):
    rng = random.Random(seed)
    regions = ["Kursk", "Belgorod", "Bryansk", "Voronezh", "Kaluga", "Tula", "Oryol"]
    filler = ("The statement came amid growing concerns over the use of unmanned systems, and analysts said "
              "the situation remains tense while officials assess the damage and the response. ") * 100
    n = written = 0
    with open(path, "w", encoding="utf-8") as fh:
        while written < megabytes * 1_000_000:
            text = (f"Air defences shot down {rng.randint(1, 30)} drones over the {rng.choice(regions)} "
                    f"region. " + filler)
            line = json.dumps({"id": f"r{n}", "date": f"2024-05-{1 + n % 28:02d}", "source": "gen",
                               "text": text}) + "\n"
            fh.write(line)
            written += len(line)
            n += 1
    return n


@pytest.mark.slow
def test_200mb_jsonl_streams_in_bounded_memory(tmp_path):
    small, big = tmp_path / "small.jsonl", tmp_path / "big.jsonl"
    _write_jsonl(small, 2)
    n_big = _write_jsonl(big, 200)
    assert big.stat().st_size >= 200_000_000
    _, rss_small = _run_measured(small, tmp_path / "out-small")
    # a few dated incidents in memory: the others wait on disk until the last report is read
    out, rss_big = _run_measured(big, tmp_path / "out-big", merge_memory=20)
    assert f"{n_big} reports read (0 skipped)" in out
    big.unlink()
    # holding the texts would add 200 MB and more; streaming adds only the (small) results
    assert rss_big - rss_small < 120_000, (rss_small, rss_big)
    # nothing lost on disk: one incident per day and region, every report's telling in one
    with open(tmp_path / "out-big" / "incidents.csv", encoding="utf-8") as fh:
        incidents = list(csv.DictReader(fh))
    assert len(incidents) == len({(i["date"], i["region_code"], i["kind"]) for i in incidents}) == 28 * 7
    told = [e for i in incidents for e in i["events"].split(";")]
    assert len(told) == len(set(told)) and {e.partition("#")[0] for e in told} == {f"r{n}" for n in range(n_big)}
