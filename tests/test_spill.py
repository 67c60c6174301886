import random
from datetime import date, timedelta

import pytest

from mapper.count import IncidentMerger
from mapper.count._counting import _Incident
from mapper.extract import Kind


def _told(rng, i):
    """An incident as one report tells it: few days, regions and kinds, so that many merge; ties in
    every figure, so that which telling wins shows."""
    inc = _Incident(rng.choice(["RU-KLU", "RU-BRY", "UA-14"]), rng.choice([Kind.SHOOTDOWN, Kind.DEBRIS]),
                    None, None, date(2024, 1, 1) + timedelta(days=rng.randint(0, 40)) if rng.random() < 0.9 else None)
    inc.absorb(rng.choice([None, 1, 2, 3]), rng.choice(["drone", "missile"]), f"sentence {rng.randint(0, 30)}",
               f"r{i}#0", [f"place {rng.randint(0, 5)}"], {f"name {rng.randint(0, 5)}"}, report=f"r{i}",
               source=rng.choice(["ministry", "governor"]), lang="en")
    inc.share(rng.choice([None, 4, 5]), ["RU-ORL"])
    inc.hurt(rng.choice([None, 0, 1]), rng.choice([None, 2]))
    inc.rules.update({f"rule.{rng.randint(0, 3)}": None})
    return inc


def _merged(capacity, folder, chunks):
    merger = IncidentMerger(True, capacity=capacity, folder=folder)
    final, held = [], []
    for chunk in chunks:
        final += merger.add(chunk)
        held.append(merger.held)
    rows = [inc.values(0, {}) for inc in sorted(final + list(merger.pending()), key=lambda inc: inc.seq)]
    return merger, rows, held


def test_incidents_waiting_on_disk_merge_as_in_memory(tmp_path):
    rng = random.Random(3)
    told = [_told(rng, i) for i in range(3000)]
    chunks = lambda: [[_copy(inc) for inc in told[i:i + 50]] for i in range(0, len(told), 50)]  # noqa: E731
    memory, expected, _ = _merged(None, tmp_path, chunks())
    disk, rows, held = _merged(7, tmp_path, chunks())
    assert memory.flushed == 0 and disk.flushed > 1000  # most incidents waited on disk, some many times
    assert max(held) <= 7  # memory holds at most the capacity after each chunk
    assert rows == expected
    # nothing lost: every telling is in the one incident of its day, region and kind
    assert sum(len(r[17].split(";")) for r in rows) == len(told)
    assert len(rows) == len({(inc.day, inc.region, inc.kind) for inc in told if inc.day}) + sum(
        inc.day is None for inc in told)
    disk.close()
    memory.close()
    assert not list(tmp_path.iterdir())  # the temporary files are gone


def test_tellings_of_few_incidents_wait_on_disk_too(tmp_path):
    # one day, region and kind: a single incident that grows with every report telling it
    rng = random.Random(5)
    told = []
    for i in range(600):
        inc = _told(rng, i)
        inc.day, inc.region, inc.kind = date(2024, 1, 1), "RU-KLU", Kind.SHOOTDOWN
        told.append(inc)
    memory, expected, _ = _merged(None, tmp_path, [[_copy(i) for i in told[k:k + 20]] for k in range(0, 600, 20)])
    disk, rows, held = _merged(50, tmp_path, [[_copy(i) for i in told[k:k + 20]] for k in range(0, 600, 20)])
    assert disk.flushed >= 600 // 60 and max(held) <= 50  # memory holds 50 tellings, not the 600
    assert rows == expected and len(rows) == 1 and len(rows[0][17].split(";")) == 600
    disk.close()
    memory.close()


def _copy(inc):
    import pickle

    return pickle.loads(pickle.dumps(inc))


def test_an_incident_told_by_many_reports_keeps_each_once_in_order():
    import pickle

    target = _Incident("RU-KLU", Kind.SHOOTDOWN, 1, "drone", date(2024, 1, 1))
    n = 50
    for i in list(range(n)) + list(range(0, n, 2)):  # every report twice, half of them three times
        other = _Incident("RU-KLU", Kind.SHOOTDOWN, i, "drone", date(2024, 1, 1))
        other.absorb(None, None, f"sentence {i % 7}", f"r{i}#0", [f"place {i % 5}"], {"x"}, report=f"r{i}", source="")
        target.merge_from(other)
        target.absorb(None, None, "", "", [], set(), report=f"r{i}", source="")
        if i == n // 2:
            target = pickle.loads(pickle.dumps(target))  # waited on disk
    assert list(target.reports) == [f"r{i}" for i in range(n)]
    assert list(target.events) == [f"r{i}#0" for i in range(n)]
    assert list(target.sentences) == [f"sentence {i}" for i in range(7)]
    assert list(target.places) == [f"place {i}" for i in range(5)]
    assert not target.sources and target.objects == n - 1


def test_fewer_collections_restores_the_collector_and_still_collects_cycles():
    import gc
    import weakref

    from mapper.collect import fewer_collections

    class Node:
        pass

    before = gc.get_threshold()
    with pytest.raises(ZeroDivisionError), fewer_collections(gen0=12_345):
        assert gc.get_threshold()[0] == 12_345 and gc.get_freeze_count() > 0
        a, b = Node(), Node()
        a.other, b.other = b, a  # a cycle made inside the block
        gone = weakref.ref(a)
        del a, b
        gc.collect()
        assert gone() is None
        raise ZeroDivisionError
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0


def test_an_incident_row_has_every_column_in_its_place():
    from mapper.schema import INCIDENT_COLUMNS

    inc = _Incident("RU-KLU", Kind.SHOOTDOWN, None, None, date(2024, 1, 2))
    inc.absorb(11, "drone", "Eleven drones over Kaluga.", "r1#0", ["Borovsk"], {"kaluga"}, report="r1",
               source="governor", lang="en")
    inc.share(20, ["RU-BRY"])
    inc.hurt(1, 2)
    inc.rules["kind.shootdown"] = None
    assert len(inc.values(7, {})) == len(INCIDENT_COLUMNS)
    assert inc.row(7, {"RU-KLU": ("Kaluga Oblast", "RU")}) == {
        "incident_id": 7, "region_code": "RU-KLU", "region_name": "Kaluga Oblast", "country": "RU",
        "kind": "shootdown", "objects": 11, "object_kind": "drone", "objects_shared": 20, "shared_with": "RU-BRY",
        "killed": 1, "injured": 2, "date": "2024-01-02", "report_ids": "r1", "sources": "governor",
        "places": "Borovsk", "mentions": "kaluga", "sentences": "Eleven drones over Kaluga.", "events": "r1#0",
        "languages": "en", "rule_ids": "kind.shootdown"}


def _traced_growth(fill) -> int:
    """Bytes that ``fill()`` leaves allocated (traced by tracemalloc)."""
    import gc
    import tracemalloc

    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        kept = fill()
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del kept
    return grown


def test_totals_hold_no_python_object_per_report():
    from mapper.totals import Totals

    n = 20_000
    row = {"geonameid": 1, "name": "Borovsk", "matched_name": "Borovsk", "region_code": "RU-KLU", "country": "RU",
           "lat": 55.2, "lon": 36.5, "role": "location", "lang": "en"}

    def fill():
        totals = Totals()
        for start in range(0, n, 1000):  # chunk by chunk, as the streaming run feeds them
            totals.add_report_days({f"report {i}": "2024-01-01" for i in range(start, start + 1000, 2)})
            for i in range(start, start + 1000):
                totals.add_place({**row, "report_id": f"report {i}"})
                totals.add_place({**row, "report_id": f"report {i}"})  # named twice, listed once
        return totals

    totals = fill()
    place = totals.places[1]
    assert place["mentions"] == 2 * n and place["days"] == {"2024-01-01": n // 2, "": n // 2}
    assert totals.report_ids(place) == [f"report {i}" for i in range(n)]
    assert totals.reports_per_day == {"2024-01-01": n // 2}
    # a dict of report ids (and a report -> day dict) kept about 150 bytes a report
    assert _traced_growth(fill) < 40 * n


def test_seen_report_ids_take_a_few_bytes_each():
    from mapper.reports import _IdSet

    n = 20_000

    def fill():
        seen = _IdSet()
        for i in range(n):
            seen.add(f"https://news.example.org/2024/03/report-{i}")
        return seen

    assert "https://news.example.org/2024/03/report-7" in fill()
    assert _traced_growth(fill) < 70 * n  # a set of the strings: about 130 bytes each
