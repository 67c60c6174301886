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
