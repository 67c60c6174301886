"""The Dask engine gives the same results as the local one (on a local cluster, loopback only)."""

import re
from datetime import date

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


def test_filters_travel_to_dask(corpus, boundaries, gazetteer):
    pytest.importorskip("dask")
    from datetime import date

    filters = mapper.Filters(since=date(2024, 1, 10), until=date(2024, 2, 20), kinds=frozenset({"strike", "debris"}))
    local = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37, filters=filters)
    result = mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37, engine="dask",
                        filters=filters)
    _same(local, result)
    assert result.summary["filtered"] == local.summary["filtered"]
    assert set(result.incidents["kind"]) <= {"strike", "debris"} and len(result.incidents)


def test_dask_runs_show_progress(corpus, boundaries, gazetteer, monkeypatch):
    pytest.importorskip("dask")
    import mapper.pipeline

    done = []

    class Recorder(mapper.pipeline.Progress):
        def update(self, reports: int) -> None:
            done.append(reports)
            super().update(reports)

    monkeypatch.setattr(mapper.pipeline, "Progress", Recorder)
    filters = mapper.Filters(since=date(2024, 1, 10))
    mapper.run(corpus, boundaries=boundaries, geocoder=gazetteer, chunk_size=37, engine="dask", filters=filters)
    # one step per chunk, and every report read counted once, those the period leaves out included
    assert len(done) == -(-400 // 37) and sum(done) == 400


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


# -- every setting a worker needs travels with the task --------------------------------------------
SETTINGS_TEXTS = [
    ("2024-05-01", "Debris of a drone fell in Borovsk and Kirov in the Kaluga region, the governor said."),
    ("2024-05-01", "Air defences destroyed 11 drones over the Kaluga region overnight."),
    ("2024-05-02", "A missile hit Kharkiv. Fragments were found in the town of Kupiansk."),
    ("2024-05-02", "Two drones were shot down over Kirishi in the Leningrad region."),
    ("2024-05-03", "Shelling hit Kirovsk in Luhansk Oblast and a drone struck Moscow."),
]


@pytest.fixture(scope="module")
def settings_corpus(tmp_path_factory):
    import json

    path = tmp_path_factory.mktemp("settings") / "reports.jsonl"
    path.write_text("".join(json.dumps({"id": f"s{i}", "date": d, "source": "agency", "text": t}) + "\n"
                            for i, (d, t) in enumerate(SETTINGS_TEXTS)), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def cluster():
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def _on_dask_and_here(corpus, after_dask=None, **kwargs):
    """The same run on the cluster's workers and here; ``after_dask()`` checks what the workers did
    before this process loads anything."""
    on_dask = mapper.run(corpus, chunk_size=1, engine="dask", **kwargs)
    if after_dask is not None:
        after_dask()
    here = mapper.run(corpus, chunk_size=1, **kwargs)
    _same(here, on_dask)
    return here


class TestSettingsTravel:
    """Each setting is changed in the client only; the workers must work with it."""

    def test_user_gazetteer_and_cache_folder(self, cluster, settings_corpus, tmp_path, monkeypatch):
        from tests.conftest import TINY_GAZETTEER

        monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")

        def built_by_a_worker_where_told():
            assert list((tmp_path / "cache").glob("gazetteer-*.idx"))

        result = _on_dask_and_here(settings_corpus, built_by_a_worker_where_told, gazetteer=TINY_GAZETTEER)
        assert "Kupiansk" in set(result.unresolved["text"])  # not in the tiny gazetteer

    def test_minimum_population(self, cluster, settings_corpus, tmp_path, monkeypatch):
        from tests.conftest import TINY_GAZETTEER

        monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")
        monkeypatch.setattr(mapper.settings, "min_population", 20000)
        result = _on_dask_and_here(settings_corpus, gazetteer=TINY_GAZETTEER)
        assert "Borovsk" not in set(result.places["name"])  # 11,578 inhabitants

    def test_no_cache(self, cluster, settings_corpus, tmp_path, monkeypatch):
        from tests.conftest import TINY_GAZETTEER

        monkeypatch.setattr(mapper.settings, "cache_folder", tmp_path / "cache")
        monkeypatch.setattr(mapper.settings, "use_cache", False)

        def nothing_cached():  # the cache folder travels (above): a worker caching would write there
            assert not (tmp_path / "cache").exists()

        _on_dask_and_here(settings_corpus, nothing_cached, gazetteer=TINY_GAZETTEER)
        nothing_cached()

    def test_merging(self, cluster, settings_corpus, tiny_gazetteer, monkeypatch):
        merged = _on_dask_and_here(settings_corpus, geocoder=tiny_gazetteer)
        monkeypatch.setattr(mapper.settings, "merge_duplicates", False)
        apart = _on_dask_and_here(settings_corpus, geocoder=tiny_gazetteer)
        assert len(apart.incidents) > len(merged.incidents)

    def test_user_boundaries(self, cluster, settings_corpus, tiny_gazetteer, boundaries, tmp_path):
        layer = boundaries[boundaries["country"] == "RU"].rename(columns={"region_code": "ISO_1",
                                                                           "region_name": "NAME_1"})
        path = tmp_path / "russia.geojson"
        layer[["ISO_1", "NAME_1", "country", "geometry"]].to_file(path, driver="GeoJSON")
        result = _on_dask_and_here(settings_corpus, geocoder=tiny_gazetteer, boundaries=path)
        assert set(result.regions["country"]) == {"RU"}
        assert result.summary["regions_with_incidents"] >= 3
