from mapper.spill import SpillDict


def test_spill_dict_keeps_values_across_memory_and_disk(tmp_path):
    d = SpillDict(capacity=4, order=lambda v: v["seq"], folder=tmp_path)
    for i in range(20):
        d.put(("k", i), {"seq": i, "n": 0})
    assert d.spilled > 0 and list(tmp_path.glob("*.sqlite"))
    for i in range(0, 20, 3):   # values come back from disk and can be changed
        d.get(("k", i))["n"] += 1
    assert d.get(("missing",)) is None
    values = list(d.values_sorted())
    assert [v["seq"] for v in values] == list(range(20))
    assert [v["n"] for v in values] == [1 if i % 3 == 0 else 0 for i in range(20)]
    d.close()
    assert not list(tmp_path.glob("*.sqlite"))


def test_without_capacity_nothing_goes_to_disk(tmp_path):
    d = SpillDict(capacity=None, order=lambda v: v, folder=tmp_path)
    for i in range(1000):
        d.put(i, -i)
    assert d.spilled == 0 and not list(tmp_path.iterdir())
    assert list(d.values_sorted())[:2] == [-999, -998]


def test_an_incident_told_by_many_reports_keeps_each_once_in_order():
    import pickle
    from datetime import date

    from mapper.count._counting import _Incident
    from mapper.extract import Kind

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
