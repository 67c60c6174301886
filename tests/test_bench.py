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


def test_flat_rows_show_the_streams_cost_per_report_apart_from_finishing():
    from bench.speed import _flat_row

    def run(n, total, finish):
        stages = {"read_s": 0.1 * total, "extract_s": 0.5 * total, "geocode+join_s": 0.1 * total,
                  "count_s": 0.1 * total, "write_s": 0.2 * total}
        return {"reports": n, "total_s": total, "finish_s": finish, "drift": 1.02, "startup_mb": 200,
                "stream_peak_mb": 250, "maxrss_mb": 260, "places": 10, "incidents": 20, **stages}

    small = run(1000, 1.5, 0.5)    # 1,000 µs per report in the stream, 0.5 s to finish
    big = run(10_000, 11.5, 0.5)   # 1,100 µs per report in the stream
    cells = _flat_row(10_000, 3, big, small, 181).strip("|").split("|")
    assert [c.strip() for c in cells[:4]] == ["10,000", "3", "1,150", "115 / 575 / 115 / 115 / 230"]
    assert [c.strip() for c in cells[4:8]] == ["575", "1,100", "0.50", "1.10"]
    assert cells[-1].strip() == "181 / 10 / 20"


def test_memory_by_file_names_the_files_holding_it():
    import tracemalloc

    from bench.speed import _top_by_file

    tracemalloc.start()
    try:
        held = [bytearray(100_000) for _ in range(20)]
        top = _top_by_file(tracemalloc.take_snapshot())
    finally:
        tracemalloc.stop()
    assert top[0][0] == "tests/test_bench.py" and top[0][1] >= 2.0 and len(held) == 20


def test_opcodes_are_counted_per_function_and_the_same_on_every_run():
    from bench.opcodes import count_opcodes

    n, first = count_opcodes("ru", 5)
    _, again = count_opcodes("ru", 5)
    assert n == 5 and first == again
    assert any(name == "_slavic.py" for name, _, _ in first)  # the Russian rules ran, and were counted
    assert sum(first.values()) > 1000 * n


def test_language_rows_show_extraction_against_the_floor_of_the_same_texts():
    from bench.speed import language_row

    en = language_row({"lang": "en", "reports": 2000, "chars": 720_000, "total_s": 1.8, "us_per_report": 900,
                       "us_per_char": 2.5,
                       "floor_s": 0.06}, None)
    ru = language_row({"lang": "ru", "reports": 2000, "chars": 460_000, "total_s": 1.6, "us_per_report": 800,
                       "us_per_char": 3.5,
                       "floor_s": 0.04}, en)
    assert [c.strip() for c in en["row"].strip("|").split("|")] == ["en", "2,000", "360", "900", "2.50", "1.00×",
                                                                    "30.0", "30.0×"]
    assert [c.strip() for c in ru["row"].strip("|").split("|")][5:] == ["1.40×", "20.0", "40.0×"]
