"""Start-up: what a run does before it reads a report."""

import subprocess
import sys


def test_a_run_reads_no_package_metadata():
    """The version is read for --version only, not each time the parser is made."""
    code = "import sys; from mapper.cli import _parser; _parser(); print('importlib.metadata' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_a_quiet_run_with_the_gazetteer_does_not_import_geopy_or_tqdm(tmp_path):
    """The pipeline looks names up in the gazetteer's index itself: geopy (which imports every geocoder it
    has, and requests) is imported only for OfflineGazetteer, the geopy Geocoder, or another geocoder;
    a run that shows no progress bar does not import tqdm."""
    from conftest import SEED, TINY_GAZETTEER

    code = ("import sys, mapper.cli; mapper.settings.use_cache = False; "
            f"mapper.cli.main(['run', {str(SEED)!r}, '--gazetteer', {str(TINY_GAZETTEER)!r}, '-o', "
            f"{str(tmp_path / 'out')!r}, '-q', '--no-map']); "
            "print('tqdm' in sys.modules, 'geopy' in sys.modules, 'mapper.geocode._geocoders' in sys.modules); "
            "import mapper; mapper.OfflineGazetteer; print('geopy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split()[-4:] == ["False", "False", "False", "True"]
    assert (tmp_path / "out" / "incidents.csv").is_file()


def test_the_index_geocoder_answers_as_the_offline_gazetteer(tiny_gazetteer):
    """IndexGeocoder (the pipeline's) and OfflineGazetteer (geopy's) give the same places, fields and order."""
    import pickle

    from mapper.geocode import IndexGeocoder

    light = pickle.loads(pickle.dumps(IndexGeocoder(index=tiny_gazetteer.index)))
    for name in ("Kirov", "Kaluga", "Kirow", "Nowhere-at-all"):
        ours, geopys = light.candidates(name), tiny_gazetteer.candidates(name)
        assert [(p.address, p.latitude, p.longitude, p.raw) for p in ours] == \
               [(p.address, p.latitude, p.longitude, p.raw) for p in geopys]
    assert light.candidates("Kirov")
