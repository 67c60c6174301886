"""Choosing among namesakes with the report's context, on the tiny gazetteer (no whole gazetteer needed)."""

import pytest

import mapper


@pytest.fixture(scope="module")
def analyse_tiny(boundaries, tiny_gazetteer):
    def run(*texts):
        reports = [mapper.Report(id=f"r{i}", text=t) for i, t in enumerate(texts)]
        return mapper.analyse(reports, boundaries=boundaries, geocoder=tiny_gazetteer)
    return run


def chosen(result, name):
    rows = result.placed[result.placed["name"] == name]
    return list(zip(rows["geonameid"], rows["region_code"]))


class TestNamesakes:
    def test_the_largest_namesake_without_context(self, analyse_tiny):
        assert chosen(analyse_tiny("A drone hit an oil depot in Kirov."), "Kirov") == [(548408, "RU-KIR")]

    def test_a_region_named_nearby(self, analyse_tiny):
        r = analyse_tiny("Drones attacked four cities in the Kaluga region. Debris fell in Borovsk and Kirov.")
        assert chosen(r, "Kirov") == [(548410, "RU-KLU")]

    def test_one_reading_per_name_per_report(self, analyse_tiny):
        r = analyse_tiny("Drones attacked Borovsk and Kirov in the Kaluga region. Later Kirov was hit again.")
        assert chosen(r, "Kirov") == [(548410, "RU-KLU")] * 2

    def test_the_country_of_the_story(self, analyse_tiny):
        r = analyse_tiny("A command point in Krasnoarmeysk belonged to a unit of the Ukrainian Army.")
        assert chosen(r, "Krasnoarmeysk") == [(704422, "UA-14")]

    @pytest.mark.parametrize("text, code", [
        ("A drone attacked Kirovsk in the Leningrad region, the governor said.", "RU-LEN"),
        ("Shelling hit Kirovsk in Luhansk Oblast.", "UA-09"),
    ])
    def test_a_place_put_in_a_region_lies_there(self, analyse_tiny, text, code):
        assert [c for _, c in chosen(analyse_tiny(text), "Kirovsk")] == [code]

    def test_a_region_the_gazetteer_has_no_such_place_in(self, analyse_tiny):
        r = analyse_tiny("A drone hit a house in Kirov in the Bryansk region.")
        assert r.placed.empty
        u = r.unresolved[r.unresolved["kind"] == "place"]
        assert list(u["text"]) == ["Kirov"] and "Bryansk Oblast" in u.iloc[0]["reason"]
        assert list(u["rule"]) == ["place.gazetteer;place.in_region"]


def test_no_region_hint_gives_no_hint_bonus(tiny_gazetteer, boundaries):
    """A place named alone scores by population and name only: the bonus for a region told
    beside it ("Kirov, Kaluga region") needs such a region."""
    import math

    from mapper.geocode._resolve import HINTED_REGION, MAIN_NAME, rank_candidates

    alone = rank_candidates("Kirov", tiny_gazetteer, boundaries)
    assert alone
    for r in alone:
        c = r.candidate
        assert r.score == round(math.log10(c.population + 10) + (MAIN_NAME if c.main_name else 0), 3)
    hinted = rank_candidates("Kirov", tiny_gazetteer, boundaries, "RU-KLU")
    assert hinted[0].candidate.region == "RU-KLU"
    assert hinted[0].score >= HINTED_REGION


def test_a_small_place_in_the_region_of_a_big_city_told_before_is_in_the_story(boundaries):
    """"Russian troops" and a launch region make the story Russian; a small Ukrainian town told after a strike on
    Kharkiv lies in the region of that city, not outside the story's countries."""
    text = ("Overnight, Russian forces fired S-300 missiles at Kharkiv from the Belgorod region.\n"
            "One missile damaged a shop in Kharkiv.\nAnother hit a house in the village of Velykyi Burluk.")
    r = mapper.analyse([mapper.Report("r", text)], boundaries=boundaries)
    assert chosen(r, "Velykyi Burluk") == [(690193, "UA-63")]
