"""Shared fixtures: the shipped layer, the default gazetteer, a tiny gazetteer, the example report."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

import mapper

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SEED = ROOT / "data" / "reports" / "kaluga_drones_seed.txt"
#: 54 GeoNames rows (CC BY 4.0) in the dump format: every gazetteer name the texts of
#: tests/test_extract.py meet (so their extraction is the same as with the whole gazetteer,
#: which test_tiny_index_is_enough checks), and namesakes to choose among (Kirov x2, Kirovsk x3,
#: Krasnoarmeysk x3, Moscow x3).
TINY_GAZETTEER = DATA / "tiny_gazetteer.txt"
#: The real report the project started from, when ``shared/`` sits beside the checkout (never copied in).
ORIGINAL = ROOT.parent / "shared" / "reports" / "kaluga_drones_seed.txt"
SEEDS = [pytest.param(SEED, id="example")] + [
    pytest.param(ORIGINAL, id="original", marks=pytest.mark.skipif(not ORIGINAL.exists(),
                                                                   reason="../shared/reports not here"))]




def pytest_configure(config):
    """Refuse to test a compiled build older than its sources (it would shadow the edited modules)."""
    import sys

    if str(ROOT) not in sys.path:  # bench, beside mapper
        sys.path.insert(0, str(ROOT))
    from bench.compile import stale

    if stale():
        pytest.exit("compiled extraction older than its sources: rebuild (python -m bench.compile) or remove it "
                    "(python -m bench.compile --clean)", returncode=2)

@pytest.fixture(autouse=True, scope="session")
def no_network():
    """Tests must not touch the network: any connection to a non-local address fails."""
    real = socket.socket.connect

    def guarded(self, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("localhost", "::1")
                                          or host.startswith("/")):
            raise OSError(f"network access in tests: {address}")
        return real(self, address)

    socket.socket.connect = guarded
    yield
    socket.socket.connect = real


@pytest.fixture(scope="session")
def boundaries():
    return mapper.load_boundaries()


@pytest.fixture(scope="session")
def gazetteer():
    return mapper.OfflineGazetteer()


@pytest.fixture(scope="session")
def tiny_gazetteer():
    """An offline gazetteer over TINY_GAZETTEER: built in milliseconds, never cached on disk."""
    saved = mapper.settings.use_cache
    mapper.settings.use_cache = False
    try:
        return mapper.OfflineGazetteer(index=mapper.load_index(TINY_GAZETTEER))
    finally:
        mapper.settings.use_cache = saved


@pytest.fixture(scope="session")
def tiny_extractor(boundaries, tiny_gazetteer):
    """An extractor that knows only the tiny gazetteer's names: for tests of the rules."""
    return mapper.Extractor(tiny_gazetteer.index, mapper.RegionNames.from_boundaries(boundaries))


@pytest.fixture(scope="session")
def extractor(boundaries, gazetteer):
    return mapper.Extractor(gazetteer.index, mapper.RegionNames.from_boundaries(boundaries))


@pytest.fixture(scope="session")
def analyse(boundaries, gazetteer):
    """Run the pipeline on texts: ``analyse("text", ...)`` or ``analyse(Report, ...)``."""

    def run(*texts, merge=True):
        reports = [t if isinstance(t, mapper.Report) else mapper.Report(id=f"r{i}", text=t)
                   for i, t in enumerate(texts)]
        return mapper.analyse(reports, boundaries=boundaries, geocoder=gazetteer, merge=merge)

    return run


@pytest.fixture(scope="session", params=SEEDS)
def seed_path(request):
    """The project's example report, and the original it follows when it is at hand."""
    return request.param


@pytest.fixture(scope="session")
def seed_result(seed_path, boundaries, gazetteer):
    return mapper.run(seed_path, boundaries=boundaries, geocoder=gazetteer)


def cli_exit(argv: list[str]) -> int:
    """The exit status of ``mapper`` run with ``argv`` in this process."""
    from mapper.cli import main

    try:
        return main(argv) or 0
    except SystemExit as exc:
        return int(exc.code or 0)


def one_line_error(capsys) -> str:
    """The one line of error a command wrote (asserted to be one, and mapper's)."""
    err = [line for line in capsys.readouterr().err.strip().splitlines() if line.strip()]
    assert len(err) == 1 and err[0].startswith("mapper: error: "), err
    return err[0]


def region_row(result, code):
    rows = result.regions[result.regions["region_code"] == code]
    assert len(rows) == 1, code
    return rows.iloc[0]


def pytest_terminal_summary(terminalreporter):
    """Print what tests measured (``record_property("measured", ...)``): sizes and load times, never asserted."""
    lines = [f"{rep.nodeid}: {value}" for rep in terminalreporter.stats.get("passed", [])
             for key, value in getattr(rep, "user_properties", []) if key == "measured"]
    if lines:
        terminalreporter.section("measured")
        for line in lines:
            terminalreporter.write_line(line)
