"""The benchmark and evaluation scripts compute what they claim."""

import json

import pytest

from bench.evaluate import Score, breakdown, evaluate_mapper, haversine_km, lang, load, total
from bench.speed import measure_sjoin


def test_haversine():
    assert haversine_km(55.75, 37.62, 55.75, 37.62) == 0
    assert 630 < haversine_km(55.75, 37.62, 59.94, 30.31) < 640   # Moscow - St Petersburg


def test_score_metrics():
    s = Score()
    s.regions({"A", "B"}, {"A", "C"}, "r")
    s.place({"name": "x", "geonameid": 1, "lat": 0, "lon": 0}, (1, 0, 0), "r")
    s.place({"name": "y", "geonameid": 2, "lat": 0, "lon": 0}, (3, 0, 1), "r")     # 111 km off
    s.place({"name": "z", "geonameid": 4, "lat": 0, "lon": 0}, None, "r")
    s.count(5, 5, "r", "A")
    s.count(5, 4, "r", "B")
    assert s.row("t") == "| t | 0.50 | 0.50 | 0.50 | 0.33 | 0.67 | 0.50 | – |"


def test_evaluate_mapper_on_a_labelled_file(tmp_path):
    item = {"id": "x", "text": "Two drones were shot down over Kirovsk in the Leningrad region.",
            "places": [{"name": "Kirovsk", "geonameid": 548392, "lat": 59.88002, "lon": 30.99549}],
            "regions": ["RU-LEN"], "counts": {"RU-LEN": 2}}
    p = tmp_path / "labels.jsonl"
    p.write_text(json.dumps(item) + "\n")
    items = load(p)
    per_item = evaluate_mapper(items)
    s = total(per_item, items)
    assert (s.tp, s.fp, s.fn, s.counts_exact, s.exact) == (1, 0, 0, 1, 1), s.errors


def test_a_set_where_mapper_finds_no_incident_is_scored(tmp_path):
    item = {"id": "x", "text": "Nothing happened today.", "places": [], "regions": ["RU-LEN"], "counts": {"RU-LEN": 2}}
    p = tmp_path / "labels.jsonl"
    p.write_text(json.dumps(item) + "\n")
    items = load(p)
    s = total(evaluate_mapper(items), items)
    assert (s.tp, s.fp, s.fn, s.counts, s.counts_exact) == (0, 0, 1, 1, 0)


def test_scores_add_up_per_side_and_class():
    a, b = Score(tp=1, fn=1, counts=1, counts_exact=1), Score(tp=2, fp=2, counts=1)
    items = [{"id": "ru-1", "class": ["origin"]}, {"id": "ua-1", "class": ["origin", "frame"]}]
    both = total({"ru-1": a, "ua-1": b}, items)
    assert (both.tp, both.fp, both.fn, both.counts, both.counts_exact) == (3, 2, 1, 2, 1)
    table = breakdown({"ru-1": a, "ua-1": b}, items)
    assert "| side ru (1) | 1.00 | 0.50 |" in table and "| class origin (2) | 0.60 | 0.75 |" in table
    assert "| lang en (2) | 0.60 | 0.75 |" in table


def test_languages_are_scored_apart():
    a, b = Score(tp=1, fn=1), Score(tp=2, fp=2)
    items = [{"id": "en-1"}, {"id": "rul-1", "lang": "ru"}]
    assert [lang(it) for it in items] == ["en", "ru"]
    table = breakdown({"en-1": a, "rul-1": b}, items)
    assert "| lang en (1) | 1.00 | 0.50 |" in table and "| lang ru (1) | 0.50 | 1.00 |" in table


def test_a_place_labelled_in_its_dictionary_form_matches_the_form_written(tmp_path):
    item = {"id": "x", "text": "Two drones were shot down over Kirovsk in the Leningrad region.",
            "places": [{"name": "Kirovsk-on-Neva", "written": "Kirovsk", "geonameid": 548392,
                        "lat": 59.88002, "lon": 30.99549}],
            "regions": ["RU-LEN"], "counts": {"RU-LEN": 2}}
    p = tmp_path / "labels.jsonl"
    p.write_text(json.dumps(item) + "\n")
    items = load(p)
    s = total(evaluate_mapper(items), items)
    assert (s.places, s.exact) == (1, 1), s.errors


@pytest.mark.slow
def test_sjoin_benchmark_runs():
    out = measure_sjoin(10_000)
    assert out["points"] == 10_000 and 0 < out["matched"] < 10_000


def test_floor_finds_names_between_word_boundaries_only():
    pytest.importorskip("ahocorasick")
    from bench.speed import floor_scan

    import ahocorasick

    automaton = ahocorasick.Automaton()
    for name in ("kirov", "rostov on don"):
        automaton.add_word(f" {name} ", len(name))
    automaton.make_automaton()
    # "Kirovsk" holds "kirov" but not between boundaries; "Rostov-on-Don" folds to the name
    assert floor_scan(automaton, ["Drones over Kirov and Kirovsk.", "Rostov-on-Don, then KIROV"]) == 3
