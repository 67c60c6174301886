"""The Dask engine gives the same results as the local one (on a local cluster, loopback only)."""

import re

import pandas as pd
import pytest

import mapper
from bench.corpus import write_jsonl

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    return write_jsonl(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", 400, seed=3)


@pytest.fixture(scope="module")
def local_result(corpus, boundaries, gazetteer):
    return mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37)


def _same(a, b):
    pd.testing.assert_frame_equal(a.incidents, b.incidents)
    pd.testing.assert_frame_equal(a.events, b.events)
    pd.testing.assert_frame_equal(a.unresolved, b.unresolved)
    pd.testing.assert_frame_equal(a.mentions, b.mentions)
    pd.testing.assert_frame_equal(pd.DataFrame(a.places.drop(columns="geometry")),
                                  pd.DataFrame(b.places.drop(columns="geometry")))
    pd.testing.assert_frame_equal(a.regions.drop(columns="geometry"), b.regions.drop(columns="geometry"))


def test_chunking_does_not_change_results(corpus, boundaries, gazetteer, local_result):
    whole = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=100_000)
    _same(local_result, whole)
    assert local_result.summary["reports_read"] == 400 and local_result.summary["incidents"] > 100


def test_dask_local_cluster_gives_identical_results(corpus, boundaries, gazetteer, local_result):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster):
        result = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37, engine="dask")
    _same(local_result, result)


def test_dask_without_a_client_uses_processes(corpus, boundaries, gazetteer, local_result):
    pytest.importorskip("dask")
    result = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37, engine="dask")
    _same(local_result, result)


@pytest.mark.parametrize("merge_memory", [20_000, 3])  # 3: nearly every dated incident waits on disk
def test_streaming_writer_writes_the_same_files(corpus, boundaries, gazetteer, local_result, tmp_path,
                                                monkeypatch, merge_memory):
    from pathlib import Path

    monkeypatch.setattr(mapper.settings, "merge_memory", merge_memory)
    a, b = tmp_path / "memory", tmp_path / "stream"
    local_result.to_files(a)
    mapper.write_run(corpus, b, boundaries=boundaries, geocoder=gazetteer, chunk_size=29)
    assert not list(b.glob("*.sqlite")) and not list(b.glob("tmp*"))  # temporary files are gone
    for name in ["regions.geojson", "places.geojson", "incidents.csv", "events.csv", "unresolved.csv",
                 "summary.json"]:
        assert Path(a, name).read_bytes() == Path(b, name).read_bytes(), name
    # folium names its elements at random; apart from those names the maps are the same
    same = [re.sub(r"_[0-9a-f]{32}", "_", Path(d, "map.html").read_text()) for d in (a, b)]
    assert same[0] == same[1]
