"""Any geopy geocoder (or a rate-limited geocode function) can stand in for the offline gazetteer."""

from geopy.extra.rate_limiter import RateLimiter
from geopy.geocoders.base import Geocoder
from geopy.location import Location

import mapper
from mapper.pipeline import Pipeline


class FakeNominatim(Geocoder):
    """Answers like Nominatim (its raw fields), from a table, with no network."""

    TABLE = {
        "Kirov": [Location("Kirov, Kirov Oblast, Russia", (58.6, 49.65), {"place_id": 11, "osm_id": 501}),
                  Location("Kirov, Kaluga Oblast, Russia", (54.07, 34.3), {"place_id": 12, "osm_id": 502})],
        "Borovsk": [Location("Borovsk, Kaluga Oblast, Russia", (55.2, 36.49), {"place_id": 13})],
    }

    def __init__(self):
        super().__init__()
        self.asked = []

    def geocode(self, query, exactly_one=True, timeout=None):
        self.asked.append(query)
        found = self.TABLE.get(query, [])
        return (found[0] if found else None) if exactly_one else found


def test_a_geopy_geocoder_plugs_in(boundaries):
    fake = FakeNominatim()
    r = mapper.analyse([mapper.Report("a", "Drones were shot down over Kirov and Borovsk in the Kaluga region.")],
                       boundaries=boundaries, geocoder=fake)
    assert set(fake.asked) == {"Kirov", "Borovsk"}
    assert set(r.placed["region_code"]) == {"RU-KLU"}          # context picks Kirov of Kaluga Oblast
    assert set(r.placed["geonameid"]) == {12, 13}               # the geocoder's own ids
    assert r.placed["matched_name"].tolist() == ["Kirov", "Borovsk"]


def test_a_rate_limited_geocode_function_plugs_in(boundaries, tmp_path):
    fake = FakeNominatim()
    limited = RateLimiter(fake.geocode, min_delay_seconds=0)
    r = mapper.analyse([mapper.Report("a", "Debris fell in Borovsk and Kirov, Kaluga region.")],
                       boundaries=boundaries, geocoder=limited)
    assert set(r.placed["region_code"]) == {"RU-KLU"}
    paths = r.to_files(tmp_path, map_html=False)
    assert '"geonameid": 13' in paths["places"].read_text()


def _two_chunks(geocoder, boundaries):
    pipeline = Pipeline(boundaries, geocoder, merge=True)
    first = pipeline.process([mapper.Report("a", "Drones were shot down over Kirov and Borovsk in the Kaluga region.")])
    later = "Debris fell in Borovsk and in the village of Yernov, Kaluga region."
    second = pipeline.process([mapper.Report("b", later)])
    return pipeline, first, second


def test_a_name_told_again_in_a_later_chunk_is_not_asked_again(boundaries):
    fake = FakeNominatim()
    pipeline, first, second = _two_chunks(fake, boundaries)
    assert fake.asked.count("Borovsk") == 1                      # the later chunk reads it from the memo
    assert second.places["geonameid"].tolist() == [13]
    # an empty answer of an online geocoder may be a failure: asked again in a later chunk
    pipeline.process([mapper.Report("c", "A drone fell near the village of Yernov in the Kaluga region.")])
    assert fake.asked.count("Yernov") == 2
    # another geocoder set on the pipeline: nothing of the first one's answers is kept
    other = FakeNominatim()
    pipeline.geocoder = other
    pipeline.process([mapper.Report("d", "Debris fell in Borovsk, Kaluga region.")])
    assert other.asked == ["Borovsk"]


def test_the_memo_changes_no_answer(boundaries):
    _, first, second = _two_chunks(mapper.OfflineGazetteer(), boundaries)
    fresh = Pipeline(boundaries, mapper.OfflineGazetteer(), merge=True)
    alone = fresh.process([mapper.Report("b", "Debris fell in Borovsk and in the village of Yernov, Kaluga region.")])
    assert second.places.equals(alone.places)
    assert [u["text"] for u in second.unresolved] == [u["text"] for u in alone.unresolved] == ["Yernov"]
