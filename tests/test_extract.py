"""Extraction on phrasings beyond the example report: tests of the rules, on a tiny gazetteer.

Every test here runs on ``tiny_extractor`` (54 gazetteer rows, tests/data/tiny_gazetteer.txt),
which knows every gazetteer name these texts hold; ``test_tiny_index_is_enough`` checks that
the whole gazetteer would find the same. A new phrasing: its words in mapper/rules/en/, and a
test here (add any new place name of its text to the tiny gazetteer).
"""

import ast
from pathlib import Path

import pytest

from mapper import Report


@pytest.fixture(scope="module")
def extractor(tiny_extractor):
    """Rule tests need no whole gazetteer."""
    return tiny_extractor


def ex(extractor, text):
    return extractor.extract(Report(id="t", text=text))


def regions_of(e):
    return [m.region_code for m in e.mentions if m.kind == "region"]


def places_of(e):
    return [m.text for m in e.mentions if m.kind == "place"]


@pytest.mark.parametrize("text, codes", [
    ("Drones attacked the Kaluga region overnight.", ["RU-KLU"]),
    ("A drone was shot down over Kaluga Oblast.", ["RU-KLU"]),
    ("Two UAVs were downed over the Moscow region.", ["RU-MOS"]),
    ("Debris fell in Krasnodar Krai.", ["RU-KDA"]),
    ("Air defences were active over the Republic of Tatarstan.", ["RU-TA"]),
    ("Drones were destroyed over the Kursk, Bryansk and Belgorod regions.", ["RU-BRY", "RU-BEL", "RU-KRS"]),
    ("Explosions were heard in Kharkiv Oblast and in the Dnipropetrovsk region.", ["UA-63", "UA-12"]),
    ("Russia struck the Kharkov region and the Zaporozhye region.", ["UA-63", "UA-23"]),
    ("A missile hit the Kirovohrad region; officials in the Kirovograd Oblast said.", ["UA-35", "UA-35"]),
    ("Drones targeted Crimea overnight.", ["UA-43"]),
    ("The Leningrad region governor said fragments were found.", ["RU-LEN"]),
    ("A drone crashed in the Belgorod Region's Shebekino district.", ["RU-BEL"]),
    ("Беспилотник сбит над Калужской областью.", []),
])
def test_region_mentions(extractor, text, codes):
    assert sorted(regions_of(ex(extractor, text))) == sorted(codes)


def test_city_named_like_region_is_a_place(extractor):
    e = ex(extractor, "Drones attacked Moscow and the Moscow region.")
    assert places_of(e) == ["Moscow"] and regions_of(e) == ["RU-MOS"]


@pytest.mark.parametrize("text, people", [
    ("The governor, Vladislav Shapsha, said drones were destroyed near Kaluga.", ["Vladislav Shapsha"]),
    ("Alexander Drozdenko, the governor of Leningrad region, reported debris.", ["Alexander Drozdenko"]),
    ("Governor Vyacheslav Gladkov said a drone hit Belgorod.", ["Vyacheslav Gladkov"]),
    ("Belgorod governor Gladkov said a drone hit Shebekino.", ["Gladkov"]),
    ("Ivan Fedorov wrote that Zaporizhzhia was shelled.", ["Ivan Fedorov"]),
])
def test_people_are_not_places(extractor, text, people):
    e = ex(extractor, text)
    assert e.people == people
    for person in people:
        for word in person.split():
            assert word not in places_of(e)


def test_surname_seen_once_is_a_person_later(extractor):
    e = ex(extractor, "Alexander Drozdenko, the governor, spoke. Drozdenko's report mentioned Kirishi.")
    assert places_of(e) == ["Kirishi"]


@pytest.mark.parametrize("text, counts", [
    ("11 unmanned aerial vehicles (UAVs) were destroyed over Kursk region.", [(11, "drone")]),
    ("Air defences shot down twenty Ukrainian drones over the Bryansk region.", [(20, "drone")]),
    ("Twenty-five drones were intercepted over Belgorod Oblast.", [(25, "drone")]),
    ("10 drones were intercepted over Kaluga Oblast, 8 over Bryansk Oblast, and 2 over the Moscow region.",
     [(10, "drone"), (8, "drone"), (2, "drone")]),
    ("Russia launched 3 Iskander missiles and 40 Shahed drones at Kharkiv Oblast.",
     [(3, "missile"), (40, "drone")]),
    ("A drone was shot down over Kursk region.", [(1, "drone")]),
    ("A drone attack on Kursk region was repelled.", []),
    ("Over the course of a single day within a span of four hours in four cities.", []),
    ("On 5 May a dozen drones were downed over Tula Oblast.", [(12, "drone")]),
    ("A total of 1,200 drones were launched.", [(1200, "drone")]),
])
def test_counts(extractor, text, counts):
    e = ex(extractor, text)
    assert [(ev.count, ev.object_kind) for ev in e.events if ev.count is not None] == counts


@pytest.mark.parametrize("text, kind", [
    ("Drones were shot down over Kursk region.", "shootdown"),
    ("Air defence intercepted a missile over Belgorod Oblast.", "shootdown"),
    ("Debris from a downed drone fell on a house in Bryansk region.", "debris"),
    ("Fragments of a drone were found in Leningrad region.", "debris"),
    ("A missile struck an energy facility in Kharkiv Oblast.", "strike"),
    ("The governor of Tula Oblast visited the region.", None),
])
def test_event_kinds(extractor, text, kind):
    e = ex(extractor, text)
    kinds = [ev.kind for ev in e.events]
    if kind is None:
        assert kinds in ([], ["other"])
    else:
        assert kinds == [kind]


def test_breakdown_total_is_an_aggregate(extractor):
    e = ex(extractor, "Air defences destroyed 20 drones over three regions. "
                      "12 were downed over Kursk Oblast and 8 over Belgorod Oblast.")
    agg = [ev for ev in e.events if ev.aggregate]
    assert [ev.count for ev in agg] == [20]
    assert sorted(ev.count for ev in e.events if not ev.aggregate) == [8, 12]


def test_unknown_place_in_a_list_with_known_places(extractor):
    e = ex(extractor, "The affected villages were Borovsk, Zyxtrovo and Maloyaroslavets.")
    cues = {m.text: m.cue for m in e.mentions}
    assert cues == {"Borovsk": "gazetteer", "Zyxtrovo": "list", "Maloyaroslavets": "gazetteer"}


def test_unknown_place_after_cue_word(extractor):
    e = ex(extractor, "Debris fell near the village of Zyxtrovo in Bryansk region.")
    assert {m.text: m.cue for m in e.mentions if m.kind == "place"} == {"Zyxtrovo": "cue-word"}


def test_common_words_and_acronyms_are_not_places(extractor):
    e = ex(extractor, "Over the weekend, AD systems of the Army and the Ministry of Defense reported "
                      "via Telegram that TASS and Reuters confirmed it. These reports came Earlier.")
    assert places_of(e) == []


def test_sentence_of_places_without_incident_words_continues_the_last_event(extractor):
    e = ex(extractor, "11 drones were destroyed in Kaluga region. The affected cities were Borovsk and Kirov.")
    assert e.events[1].continues == 0


def test_country_cues(extractor):
    e = ex(extractor, "A command point in Krasnoarmeysk belonged to a unit of the Ukrainian Army. Russia said so. "
                      "Drones hit Russia's Kursk region and a Ukrainian city.")
    # a country as a place counts fully; as who acted, a third
    assert e.countries == {0: {"UA": 1.0}, 1: {"RU": 2 / 3}, 2: {"RU": 2.0, "UA": 1.0}}


# -- phrasings seen in agency and ministry reports (our own sentences in their style) ----------------
@pytest.mark.parametrize("text, counts", [
    ("Air defences destroyed 28 out of 31 Russia-launched drones over Odesa Oblast.", [(28, "drone")]),
    ("Ukraine downed 15 of 18 Shahed-136/131 attack drones over Mykolaiv Oblast.", [(15, "drone")]),
    ("One more drone was shot down over western Chernivtsi Oblast.", [(1, "drone")]),
    ("Two drones were downed over the Bryansk region and one more - over the Kaluga region.",
     [(2, "drone"), (1, "drone")]),
    ("Two drones were shot down over Belgorod region and another over the Kursk region.",
     [(2, "drone"), (1, "drone")]),
    ("In the Kryvyi Rih district of the Dnipropetrovsk region, air defence intercepted a Russian Shahed "
     "kamikaze drone.", [(1, "drone")]),
    ("Air defence systems destroyed 41 Ukrainian UAVs: 18 over the territory of the Belgorod region, "
     "12 over the territory of the Kursk region and 11 over the Bryansk region.",
     [(41, "drone"), (18, "drone"), (12, "drone"), (11, "drone")]),
])
def test_counts_in_agency_style(extractor, text, counts):
    e = ex(extractor, text)
    assert [(ev.count, ev.object_kind) for ev in e.events if ev.count is not None] == counts


def test_breakdown_after_a_colon_is_not_double_counted(extractor):
    e = ex(extractor, "Air defence systems destroyed 41 Ukrainian UAVs: 18 over the territory of the Belgorod "
                      "region, 12 over the territory of the Kursk region and 11 over the Bryansk region.")
    assert [ev.count for ev in e.events if ev.aggregate] == [41]


def test_launch_sites_are_not_where_it_happened(extractor):
    e = ex(extractor, "Overnight the enemy launched 17 Shahed drones from Cape Chauda (Crimea) and from the "
                      "Kursk region; 11 were destroyed over Mykolaiv Oblast.")
    located = {ext_m.text for ev in e.events for ext_m in (e.mentions[m] for m in ev.mentions)}
    assert "Mykolaiv Oblast" in located
    assert not located & {"Crimea", "Kursk region", "Cape Chauda", "Chauda"}
    roles = {m.text: m.role for m in e.mentions}
    assert roles.get("Crimea") == "origin" and roles.get("Kursk region") == "origin"


@pytest.mark.parametrize("text", [
    "The Kiev regime attempted a terrorist attack with drones over Belgorod region.",
    "Moscow says it shot down drones over the Belgorod region.",
    "Kyiv's forces launched drones at Belgorod region, the ministry said.",
])
def test_capitals_as_actors_are_not_places(extractor, text):
    e = ex(extractor, text)
    assert places_of(e) == [] and regions_of(e) == ["RU-BEL"]


def test_dateline_is_not_a_place(extractor):
    e = ex(extractor, "MOSCOW, September 24. /TASS/. Two drones were shot down over the Kursk region.")
    assert places_of(e) == [] and regions_of(e) == ["RU-KRS"]


def test_name_before_village_word_is_a_place(extractor):
    e = ex(extractor, "A drone was shot down over Zyxtrovka village in the Belgorod region.")
    assert {m.text: m.cue for m in e.mentions if m.kind == "place"} == {"Zyxtrovka": "cue-word"}


@pytest.mark.parametrize("text, kind", [
    ("A drone dropped an explosive device on a car in Belgorod.", "strike"),
    ("Two civilians were wounded in Kherson.", "strike"),
    ("No one was injured in Kursk by the drone, the governor said.", "other"),
])
def test_consequences_tell_a_strike(extractor, text, kind):
    assert [ev.kind for ev in ex(extractor, text).events] == [kind]


def test_debris_from_a_drone_counts_the_drone_but_a_platform_does_not(extractor):
    e = ex(extractor, "Fragments from a Ukrainian drone that had been shot down were found near Kirishi.")
    assert [ev.count for ev in e.events] == [1]
    e = ex(extractor, "An explosive device was dropped from a drone on a car in Belgorod.")
    assert [ev.count for ev in e.events] == [None]


def test_detected_and_destroyed_drones_are_shot_down(extractor):
    e = ex(extractor, "Drones had also been detected and destroyed in the Kursk and Belgorod regions.")
    assert [ev.kind for ev in e.events] == ["shootdown"]


# -- rule ids: what found each mention, count and role ---------------------------------------------
def test_counts_keep_their_rule(extractor):
    e = ex(extractor, "Air defence systems destroyed 41 Ukrainian UAVs: 18 over the territory of the Belgorod "
                      "region, 12 over the territory of the Kursk region and 11 over the Bryansk region.")
    assert [ev.count_rule for ev in e.events] == ["count.number_object"] + ["count.ellipsis"] * 3
    assert [ev.status_rule for ev in e.events] == ["total.breakdown", "", "", ""]
    assert {ev.kind_rule for ev in e.events} == {"kind.shootdown.air_defence"}  # the first trigger
    assert [m.rule for m in e.mentions] == ["region.name_and_word"] * 3
    e = ex(extractor, "Ukraine downed 15 of 18 Shahed-136/131 attack drones over Mykolaiv Oblast.")
    assert [ev.count_rule for ev in e.events] == ["count.part_of_total"]
    assert e.mentions[0].rule == "region.full_name"


def test_mentions_and_roles_keep_their_rule(extractor):
    e = ex(extractor, "Overnight the enemy launched 17 Shahed drones from Cape Chauda (Crimea) and from the "
                      "Kursk region; 11 were destroyed over Mykolaiv Oblast.")
    rules = {m.text: (m.rule, m.role_rule) for m in e.mentions}
    assert rules["Crimea"] == ("region.standalone", "role.origin.from")
    assert rules["Kursk region"] == ("region.name_and_word", "role.origin.from")
    assert rules["Mykolaiv Oblast"] == ("region.full_name", "")
    assert [ev.count_rule for ev in e.events] == ["count.number_object", "count.ellipsis"]  # past "were destroyed"
    e = ex(extractor, "Twenty drones were launched; 12 have hit Kursk Oblast.")
    assert [ev.count_rule for ev in e.events] == ["count.number_object", "count.bare_verb"]
    e = ex(extractor, "Debris fell near the village of Zyxtrovo, Bryansk region. The affected villages were "
                      "Borovsk and Zyxtrovka.")
    rules = {m.text: m.rules() for m in e.mentions}
    assert rules["Zyxtrovo"] == ["place.cue.village_of", "place.in_region"]
    assert rules["Zyxtrovka"] == ["place.list"] and rules["Borovsk"] == ["place.gazetteer"]
    assert e.events[1].kind_rule == "event.places_only"


# -- typed hand-offs ------------------------------------------------------------------------------
def test_mentions_and_events_are_typed_and_frozen(extractor):
    import dataclasses

    from mapper.extract import Cue, Kind, MentionKind, Role

    e = ex(extractor, "Two drones were shot down over the Kursk region, launched from the Bryansk region.")
    assert [ev.kind for ev in e.events] == [Kind.SHOOTDOWN] and e.events[0].kind == "shootdown"
    m = e.mentions[1]
    assert (m.kind, m.cue, m.role) == (MentionKind.REGION, Cue.REGION_WORD, Role.ORIGIN)
    assert f"{m.role}" == "origin" and str(m.cue) == "region-word"
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.role = Role.LOCATION


def test_quick_init_makes_what_the_dataclass_init_makes():
    """Mention and Event set their slots by a quicker __init__: the same signature, defaults and instances."""
    import dataclasses
    import inspect

    from mapper.extract import Cue, Event, Kind, Mention, MentionKind

    @dataclasses.dataclass(frozen=True, slots=True)
    class PlainMention(Mention):  # no new field: dataclasses writes its own __init__ again
        pass

    args = ("r", "Kursk", MentionKind.REGION, 0, 1, 6, Cue.REGION_NAME)
    quick, plain = Mention(*args, region_code="RU-KRS", district=True), PlainMention(*args, "RU-KRS", district=True)
    assert [getattr(quick, f.name) for f in dataclasses.fields(Mention)] \
        == [getattr(plain, f.name) for f in dataclasses.fields(Mention)]
    assert inspect.signature(Mention) == inspect.signature(PlainMention)
    ev = Event("r", 0, 1, Kind.STRIKE, 2, "drone", (0,), "text", more=True)
    assert ev == dataclasses.replace(ev) and hash(ev) == hash(dataclasses.replace(ev)) and "more=True" in repr(ev)
    assert (ev.continues, ev.rest) == (None, False)
    with pytest.raises(dataclasses.FrozenInstanceError):
        ev.count = 3
    with pytest.raises(TypeError):
        Event("r", 0)


def test_counting_returns_new_unresolved_rows(extractor):
    import pandas as pd

    from mapper.count import IncidentCounter
    from mapper.geocode import PLACE_COLUMNS, Unresolved

    e = ex(extractor, "Debris fell on the village of Zyxtrovo in the Kursk region. "
                      "15 drones were shot down across the country overnight.")  # wide: takes no region
    given = [Unresolved("t", "Zyxtrovo", e.sentence_text(0), "not in the gazetteer", mention=0)]
    before = list(given)
    out = IncidentCounter({}, merge=True).add([e], pd.DataFrame(columns=PLACE_COLUMNS), given)
    assert given == before and given[0].counted_in == ""  # the argument is not changed
    assert [(u.kind, u.counted_in) for u in out] == [("place", "RU-KRS"), ("event", "")]


def _texts_of_this_file() -> list[str]:
    """The report texts written in this file: its sentence-like string literals, docstrings aside."""
    tree = ast.parse(Path(__file__).read_text(encoding="utf-8"))
    docstrings = {id(n.value) for n in ast.walk(tree) if isinstance(n, ast.Expr) and isinstance(n.value, ast.Constant)}
    return [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
            and id(n) not in docstrings and " " in n.value and n.value[:1].isupper()]


def test_tiny_index_is_enough(tiny_extractor, boundaries, gazetteer):
    """Each text of this file extracts the same with the tiny gazetteer as with the whole one."""
    import mapper

    full = mapper.Extractor(gazetteer.index, mapper.RegionNames.from_boundaries(boundaries))
    texts = _texts_of_this_file()
    assert len(texts) > 60
    for text in texts:
        a, b = ex(tiny_extractor, text), ex(full, text)
        assert (a.mentions, a.events, a.people, a.actors, a.countries) == \
            (b.mentions, b.events, b.people, b.actors, b.countries), text


@pytest.mark.parametrize("text, rule", [
    ("Air defences downed 36 drones overnight, a third of them over the Bryansk region.", "count.fraction"),
    ("Air defences downed 30 drones; 12 of them over the Bryansk region.", "count.of_them"),
    ("Air defences downed 30 drones; 29 of the drones were destroyed over the Kursk region.", "count.of_the"),
    ("Drones were destroyed over the Krasnodar Region (47) and Crimea (12).", "count.trailing"),
    ("Two drones hit a depot in the Kursk region and two others struck the district.", "count.others"),
    ("Two drones were shot down over the Kursk region, and three came down in a field.", "count.fall_verb"),
    ("The Kursk region was attacked with Shahed drones; one was destroyed.", "count.downed"),
    ("A drone hit a house in the Kursk region, a second was destroyed.", "count.ordinal"),
])
def test_count_rules_are_named(extractor, text, rule):
    assert rule in [ev.count_rule for ev in ex(extractor, text).events]


@pytest.mark.parametrize("text, name, role, rule", [
    ("Drones heading for Moscow were shot down over the Kaluga region.", "Moscow", "direction",
     "role.direction.before"),
    ("A drone was shot down over the Kaluga region; flights at Kaluga airport were halted.", "Kaluga", "airport",
     "role.airport.before"),
    ("A drone was shot down over the Kaluga region; the Moscow and Kaluga airports were closed.", "Kaluga",
     "airport", "role.airport.after"),
    ("Moscow Mayor Sergei Sobyanin said a drone was shot down.", "Moscow", "title", "role.title.after"),
    ("The governor of the Kursk region said a drone hit a car.", "Kursk region", "title", "role.title.before"),
    ("A drone boat was destroyed off the coast of Crimea.", "Crimea", "sea", "role.sea.before"),
])
def test_roles_are_named(extractor, text, name, role, rule):
    got = {m.text: (m.role, m.role_rule) for m in ex(extractor, text).mentions}
    assert got[name] == (role, rule)


def test_totals_and_each_are_named(extractor):
    e = ex(extractor, "Air defences destroyed 41 drones overnight. 17 of them were downed over the Kursk region, "
                      "while ten were brought down over the Oryol and Lipetsk regions. Four more fell over the "
                      "Tula region.")
    assert e.events[0].aggregate and e.events[0].status_rule == "total.implied_each"
    assert [ev.each for ev in e.events[1:]] == [False, True, False]
    assert e.events[3].more
