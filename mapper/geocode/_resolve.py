"""Stage 3: geocode place mentions, choosing among namesakes with the report's context.

Each candidate a geocoder offers is scored::

    log10(population) + 0.5 if the main name matched
    + 4 if it lies in a region named in the same or a neighbouring sentence
    + 1 if it lies in a region named elsewhere in the report
    + 1 if it lies in the region of another place named in the same sentence (2 for two or more)
    + 3 (country named) or 1.5 (demonym) in the same sentence, 0.5 in the report

so "four cities in Kaluga region ... Kirov" is Kirov of Kaluga Oblast, not the
city of Kirov, and "Krasnoarmeysk ... the Ukrainian Army" is Pokrovsk, Ukraine.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from operator import itemgetter

import geopandas as gpd
import pandas as pd

from .._enums import StrEnum
from ..extract import Cue, Extraction, Mention, MentionKind, Role
from ..lang import LANGUAGES
from ..reports import Report
from ..rules import load_lexicon
from ..text import CaselessPattern, has_cyrillic, normalize, transliterate
from ._candidates import Candidate, candidates_of, named_candidates, place_id, raw

NEAR_REGION, REPORT_REGION, SENTENCE_PLACE, HINTED_REGION = 4.0, 1.0, 2.0, 10.0
#: A sentence naming this many regions and big cities lists them: a region in it does not place a big name's namesake
LIST_OF_REGIONS = 3
NEAR_REGION_ACROSS = 2.0  # a region beside a big city's name but in another paragraph weighs half for its namesakes
VILLAGE_CLUSTER = 2  # this many, for a village told as one ("the villages of ...") with none in its namesake's region
CLUSTER = 3  # this many other places of a sentence in one region: a small namesake elsewhere is no reading
# (nor two backing each other among a dozen of one region: "..., Havrylivka, ..., Topolyne and the city of Kherson";
# other places of its own region fewer than a CLUSTER-th of the list's)
LONG_LIST = 6  # this many: no namesake elsewhere, however big, with at most one other place of the list there
#: ... where they make two thirds of the list's first readings, or this many times the next region's (a list of
#: villages, many with namesakes scattered over other regions, read each alone: "Berislav, ..., Molodizhne, ...")
DOMINANT = 3
SMALL_ELSEWHERE = 20000  # an alternate-name match this small, away from the regions named nearby, is no match
COUNTRY_IN_SENTENCE, COUNTRY_IN_REPORT, MAIN_NAME = 1.5, 0.5, 0.5
HOME_COUNTRY = 0.3  # a country the report's language most often tells of (places.toml home_countries)
#: An alternate-name match whose place's own name begins as the name written does (in Latin letters): a tie-break
#: between namesakes of about one size ("Слов'янськ", also an old name of Nikopol, is Sloviansk); 0.02 is the
#: log10 of a population 5 % larger.
SPELT_ALIKE, _SPELT_LETTERS = 0.02, 4
ALIAS_ABROAD = 40000  # a town this small, abroad, matched only by another of its names, is a namesake (Aleysk: 28,000;
# not Pokrovsk, 60,000, that "Krasnoarmeysk" names in a report on Kaluga)
SMALL_ABROAD = 5000  # a lone gazetteer hit smaller than this, abroad and out of context, is no place
DISTRICT_TOWN = 5000  # a district's town this big places the villages told in the district of a report naming no region
_LEX = load_lexicon()


@cache
def _village_rules(lang: str) -> frozenset[str]:
    """The ids of ``lang``'s cues "the village of Murom", "в селе Отрадное"."""
    return frozenset(p.id for p in load_lexicon(lang).family("place_cue") if p.id.endswith(".village_of"))


def _village_rule(rule: str | None) -> bool:
    """A village's cue of any language: a village, never a big city of another region (each language's rules
    read only when a rule id is not English's, so that a run of English reports reads no other language's)."""
    return rule is not None and rule.endswith(".village_of") and any(rule in _village_rules(lang) for lang in LANGUAGES)


_PLACING = (Role.LOCATION, Role.TITLE)

PLACE_COLUMNS = ["report_id", "mention", "sentence", "name", "matched_name", "geonameid", "lat", "lon",
                 "country", "population", "region_code", "match", "score", "candidates", "role", "lang"]


class UnresolvedKind(StrEnum):
    """What could not be placed (``unresolved.csv``: ``kind``)."""

    PLACE = "place"  #: a place mention
    EVENT = "event"  #: an event none of whose places or regions could be placed


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A mention (or event) that could not be placed, why, and the rules that found it."""

    report_id: str
    text: str
    sentence: str
    reason: str
    kind: UnresolvedKind = UnresolvedKind.PLACE
    counted_in: str = ""
    mention: int | None = None
    rule: str = ""


def geocode_mentions(extractions: Sequence[Extraction], geocoder, regions: gpd.GeoDataFrame, *,
                     memo: dict[str, list[Candidate]] | None = None) -> tuple[pd.DataFrame, list[Unresolved]]:
    """Geocode every place mention of the extractions.

    Parameters
    ----------
    extractions : sequence of Extraction
    geocoder : geopy.geocoders.base.Geocoder
        :class:`mapper.OfflineGazetteer` or any geopy geocoder.
    regions : geopandas.GeoDataFrame
        The boundary layer, used to know each candidate's region.
    memo : dict, optional
        The candidates of the names looked up before with the same geocoder and layer (filled here):
        a name told again is neither looked up nor joined again. :class:`mapper.pipeline.Pipeline`
        keeps one across its chunks.

    Returns
    -------
    places : pandas.DataFrame
        One row per resolved mention (columns ``PLACE_COLUMNS``).
    unresolved : list of Unresolved
    """
    got, memo = named_candidates(extractions, geocoder, regions, memo)
    region_names = dict(zip(regions["region_code"], regions["region_name"]))
    region_country = dict(zip(regions["region_code"], regions["country"]))
    capitals = _capital_names(region_names.values())
    mapped = set(region_country.values())
    rows: list[dict] = []
    unresolved: list[Unresolved] = []
    for ext in extractions:  # each mention's candidates, as candidates_of gives them
        mentions = {m: list(got.get(mm.text) or memo.get(mm.text, [])) for m, mm in enumerate(ext.mentions)
                    if mm.kind is MentionKind.PLACE}
        if not mentions:  # no place to choose: no context to read
            continue
        context = _Context.of(ext, region_country, region_names, capitals, mapped)
        new_rows, new_unresolved = _resolve_report(context, mentions)
        rows += new_rows
        unresolved += new_unresolved
    return _places_frame(rows), unresolved


@dataclass(frozen=True, slots=True)
class _Choice:
    score: float
    candidate: Candidate
    local: float  # the part of the score from the mention's own and neighbouring sentences


@dataclass
class _Context:
    """What a report says that bears on its places: the regions and countries it names."""

    ext: Extraction
    region_names: dict[str, str]
    story: set[str]  #: countries the story is in
    all_regions: set[str]  #: regions named anywhere in the report
    report_countries: dict[str, float]
    near: dict[int, set[str]]  #: sentence -> regions named in it or a neighbouring sentence
    frames: dict[int, set[str]]  #: sentence -> regions that frame its places (:func:`regional_frames`)
    capitals: set[str]  #: names shared by a region and its capital
    #: (sentence, start) of a place -> the region of the district it is told to lie in (:func:`district_regions`)
    in_district: dict[tuple[int, int], str] = field(default_factory=dict)
    #: sentence -> regions of the big cities its paragraph tells of (:func:`city_frames`)
    cities: dict[int, set[str]] = field(default_factory=dict)
    #: sentence -> regions that frame a district named in it, carried over paragraphs (:func:`regional_frames`)
    district_frames: dict[int, set[str]] = field(default_factory=dict)
    #: sentences that name a region of their own (not only carry one from the sentence before, :func:`_framing`)
    own_frames: set[int] = field(default_factory=set)
    #: sentence -> regions named in it or a neighbouring sentence of its own paragraph (:func:`_near_in_paragraph`)
    near_scored: dict[int, set[str]] = field(default_factory=dict)
    #: (sentence, start) of the place names one of whose readings is a big city by its main name (:func:`_big_city`)
    big_named: set[tuple[int, int]] = field(default_factory=set)
    #: sentence -> how many of ``big_named`` it holds
    big_per_sentence: Counter = field(default_factory=Counter)
    #: the story puts things in a country with no regions on the map ("in Lithuania", "Lithuanian airspace")
    off_map: bool = False
    #: sentence -> the regions it names itself
    named: dict[int, set[str]] = field(default_factory=dict)

    @classmethod
    def of(cls, ext: Extraction, region_country: dict[str, str], region_names: dict[str, str],
           capitals: set[str], mapped: set[str] | None = None) -> "_Context":
        """The context of ``ext`` (``mapped``: the countries of ``region_country``, when known already)."""
        by_sentence: dict[int, set[str]] = {}
        for mm in ext.mentions:
            if mm.kind is MentionKind.REGION:
                by_sentence.setdefault(mm.sentence, set()).add(mm.region_code)
        story = {cc for cues in ext.countries.values() for cc in cues}
        story |= {region_country.get(m.region_code, "") for m in ext.mentions if m.kind is MentionKind.REGION}
        near = {si: set().union(by_sentence.get(si - 1, ()), by_sentence.get(si, ()), by_sentence.get(si + 1, ()))
                for si in {mm.sentence for mm in ext.mentions if mm.kind is MentionKind.PLACE}}
        framing = _framing(ext)  # read once: the frames in and across paragraphs, and the sentences naming one
        return cls(ext, region_names, {c for c in story if c},
                   set().union(*by_sentence.values()) if by_sentence else set(),
                   _report_countries(ext), near,
                   _carried(ext, framing), capitals, district_frames=_carried(ext, framing, paragraphs=False),
                   own_frames=set(framing), near_scored=_near_in_paragraph(ext, by_sentence, near),
                   off_map=_placed_off_map(ext, set(region_country.values()) if mapped is None else mapped),
                   named=by_sentence)

    def score(self, c: Candidate, mm: Mention, sentence_regions: Counter) -> tuple[float, float]:
        """(whole score, the part of it from the mention's own and neighbouring sentences)."""
        return _with_neighbours(self.parts(c, mm), sentence_regions, c.region)

    def parts(self, c: Candidate, mm: Mention) -> tuple[float, float, float, float]:
        """The parts of :meth:`score` that the other places of the sentence leave alone: the score but its local
        part, and the local part's nearby region, hinted region and country in the sentence (0.0 for none)."""
        region = c.region
        s = math.log10(c.population + 10)
        if c.main_name:
            s += MAIN_NAME
        elif _spelt_alike(mm.text, raw(c.loc, "name", "")):
            s += SPELT_ALIKE
        near = 0.0
        if region and (region in self.near_scored[mm.sentence] or region in self.frames.get(mm.sentence, ())):
            near = 0.0 if self._among_many_regions(mm, c) else NEAR_REGION
        elif region and region in self.near[mm.sentence]:  # beside it, but across a paragraph's end
            near = NEAR_REGION_ACROSS if self._big_namesake(mm, c) else NEAR_REGION
        elif region and region in self.all_regions:
            s += REPORT_REGION
        hinted = HINTED_REGION if region and mm.region_hint \
            and mm.region_hint in (region, _LEX.surrounding_region.get(region)) else 0.0
        country = COUNTRY_IN_SENTENCE * self.ext.countries.get(mm.sentence, {}).get(c.country, 0.0)
        return s + self.report_countries.get(c.country, 0.0), near, hinted, country

    def _big_namesake(self, mm: Mention, c: Candidate) -> bool:
        """``c`` is a lesser namesake of a big city ``mm`` also names by its main name ("Nikopol": a hamlet of
        Kharkiv Oblast beside the city of Dnipropetrovsk Oblast): a region told only in another paragraph beside
        it weighs ``NEAR_REGION_ACROSS`` for it."""
        return (mm.sentence, mm.start) in self.big_named and not _big_city(c)

    def _among_many_regions(self, mm: Mention, c: Candidate) -> bool:
        """``c`` is a lesser namesake of a big city ``mm`` names (:meth:`_big_namesake`) in a sentence that names
        ``LIST_OF_REGIONS`` or more regions and other big cities' names ("attacked in the western Lviv region, in Sumy
        and Kharkiv in the northeast, ... and Mykolaiv in the south"): a list over the country, where a region beside
        it is no sign of the town of that region (Mykolaiv of Lviv Oblast), so it weighs nothing for it."""
        if not self._big_namesake(mm, c):
            return False
        bigs = self.big_per_sentence[mm.sentence] - 1  # the others than mm
        return len(self.named.get(mm.sentence, ())) + bigs >= LIST_OF_REGIONS

    def _off_the_one_region(self, c: Candidate, mm: Mention, neighbours: Counter, where: str) -> str | None:
        """A small place of a region the report never names, found by the gazetteer alone, listed in a sentence
        beside a place of the one region the report names ("among them Prymorske, Stepove and Zelene" in a report
        on the Zaporizhzhia region: Prymorske lies in it, the small Stepove the gazetteer has only in Mykolaiv
        Oblast is no reading)."""
        if len(self.all_regions) == 1 and c.region not in self.all_regions \
                and _outnumbered(neighbours, c.region, next(iter(self.all_regions))) \
                and c.population < SMALL_ELSEWHERE and mm.cue is Cue.GAZETTEER and not mm.region_hint \
                and not mm.district and not self._city_on_frame(c.region, self.all_regions):
            return f"a small place ({where}) of a region the report never names, beside a place of the one it does"
        return None

    def _frame(self, mm: Mention, c: Candidate) -> set[str] | None:
        """The regions that frame ``mm`` (:func:`regional_frames`); in a report on one region, a district is of the
        region told before, in an earlier paragraph too ("... over the Kaluga Region." then, on a line of its own,
        "over the Dzerzhinsky District today"): no namesake town of another region (but "the Odesa district" of a
        "Recall" paragraph is named after its big centre, :meth:`_named_after_big_centre`)."""
        frame = self.frames.get(mm.sentence) or (
            self.district_frames.get(mm.sentence)
            if mm.district and len(self.all_regions) == 1 and not self._named_after_big_centre(c, mm) else None) \
            or self._village_frame(mm)
        return None if frame and mm.district and self._country_named_over(mm, frame) else frame

    def _village_frame(self, mm: Mention) -> set[str] | None:
        """In a report on one region, the region told in an earlier paragraph frames a village told as one ("In the
        village of Murom, a drone ..." two paragraphs after "the Belgorod region": not the city in Vladimir) or a
        place told in a sentence that names a district ("in the Borisovsky district a drone dropped two devices on
        Berezovka"); not where the sentence places what it tells in another country.

        Parameters
        ----------
        mm : Mention
            The place mention.

        Returns
        -------
        set of str or None
            The one region carried over paragraphs, or None.
        """
        if len(self.all_regions) != 1 or mm.district or mm.region_hint:
            return None
        if not (_village_rule(mm.rule) or self._names_district(mm.sentence) or self._names_the_region(mm.sentence)):
            return None
        frame = self.district_frames.get(mm.sentence)
        return None if not frame or self._country_named_over(mm, frame) else frame

    def _names_district(self, sentence: int) -> bool:
        """Sentence ``sentence`` names a district, known to the gazetteer or not ("in the Borisovsky district")."""
        if any(o.district and o.sentence == sentence for o in self.ext.mentions):
            return True
        lang = self.ext.report.lang if self.ext.report.lang in LANGUAGES else "en"
        words = load_lexicon(lang).district_words
        return any(w.lower() in words for w in re.findall(r"\w+", self.ext.sentence_text(sentence)))

    def _names_the_region(self, sentence: int) -> bool:
        """Sentence ``sentence`` refers back to the report's one region ("seven settlements of the region came under
        fire ... and the Krupets border crossing"): its places are the region's, as in a sentence naming a district
        (English ``region.anaphora``: a determiner before a region noun)."""
        if self.ext.report.lang not in (None, "en"):
            return False
        return _region_anaphor().search(self.ext.sentence_text(sentence)) is not None

    def _country_named_over(self, mm: Mention, regions: set[str]) -> bool:
        """Whether ``mm``'s sentence places what it tells in a country ("in Ukraine": COUNTRY_IN_SENTENCE or more, an
        actor's "Russia" is less) above all others, not that of ``regions``: "Russian forces struck the Nikopol
        district in Ukraine" in a paragraph on Moscow."""
        weights = self.ext.countries.get(mm.sentence, {})
        top = max(weights, key=weights.__getitem__, default="")
        return bool(top) and weights[top] >= COUNTRY_IN_SENTENCE and all(not r.startswith(top + "-") for r in regions)

    def _stands_out(self, c: Candidate, mm: Mention, frame: set[str]) -> bool:
        """A town the regional ``frame`` does not refuse: a big city, a capital named, or a facility's town
        (:meth:`_facility_town`)."""
        return _big_city(c) or self._named_capital(c, mm) or normalize(mm.text) in self.capitals \
            or self._facility_town(c, mm, frame)

    def _facility_town(self, c: Candidate, mm: Mention, frame: set[str]) -> bool:
        """A town of some size, in the country of the regional ``frame``, whose facility is named by it
        ("Новокуйбишевському НПЗ" in a report on Saratov Oblast): the facility tells where it is, so the frame does
        not refuse it (not "Куйбишевський НПЗ у Самарській області" as a town of Donetsk Oblast)."""
        return c.population >= SMALL_ELSEWHERE and any(r.startswith(c.country + "-") for r in frame) \
            and _facility_after(self.ext.report.text, mm.end)

    def rejection(self, c: Candidate, mm: Mention, neighbours: Counter) -> str | None:
        """Why candidate ``c`` cannot be what ``mm`` means (with ``neighbours``, the regions of the
        other places of its sentence), or None."""
        names, region = self.region_names, c.region
        where = f"{raw(c.loc, 'name', c.loc.address)}, {c.country}"
        if mm.region_hint and mm.region_hint not in (region, _LEX.surrounding_region.get(region)):
            return _no_place_in(names, mm.region_hint)
        district = self.in_district.get((mm.sentence, mm.start))
        if district and region != district and (not _big_city(c) or _village_rule(mm.rule) or mm.district):
            # "Pishchane in the Kupiansk district"; "the village of Murom in the Shebekino district", never the city
            return (f"no place of that name in {names.get(district, district)}, where the district it is told "
                    f"to lie in is, in the gazetteer (only {where})")
        frame = self._frame(mm, c)
        if frame and region not in frame and mm.role in _PLACING and not mm.region_hint \
                and not self._around_frame(region, frame) and not self._town_past_carried_frame(mm, c) \
                and (mm.district or _village_rule(mm.rule) or not self._stands_out(c, mm, frame)):
            return (f"no place of that name in {', '.join(sorted(names.get(r, r) for r in frame))}, the "
                    f"region the paragraph tells of, in the gazetteer (only {where})")
        if mm.district and not frame and self._of_another_city(c, mm):
            return f"a district named like one of another city ({where}), not of the city the paragraph tells of"
        if mm.district and not frame and self.all_regions and region not in self.all_regions \
                and not (c.population >= SMALL_ELSEWHERE and _facility_after(self.ext.report.text, mm.end)) \
                and (self._adjective_of(mm, c) or c.population < SMALL_ELSEWHERE and not _district_centre(c, mm)):
            # "Запорізького району" of a report on Zaporizhzhia Oblast (not "the Novhorod-Siverskyi district")
            return (f"a district named like a small place of another region ({where}), none of the regions "
                    f"the report tells of")
        if mm.district and self.all_regions and region not in self.all_regions and not neighbours[region] \
                and sum(neighbours[r] for r in self.all_regions) >= 2 - (c.population >= _LEX.big_city_any_name):
            # "в Чертковском, Куйбышевском и Дубовском районах" of a Rostov report: no Samara (Куйбышев); a big
            # city's adjective beside one place of the report's region too ("на Синельниківщині: у Покровській і
            # Миколаївській громадах": no Mykolaiv)
            return (f"a district named like a place of another region ({where}), told among places of the "
                    f"regions the report tells of")
        if neighbours and c.population < SMALL_ELSEWHERE and not mm.region_hint and _clustered_away(
                mm, (cluster := _top(neighbours))[1], neighbours[region]):  # "по Антонівці, ..., Широкій Балці"
            return (f"a small place ({where}) away from the {cluster[1]} places beside it in "
                    f"{names.get(cluster[0], cluster[0])}")
        near = self.near[mm.sentence] or self.all_regions  # else the regions the whole report names
        if near and region not in near and _LEX.surrounding_region.get(region) not in near and not c.main_name \
                and (c.population < SMALL_ELSEWHERE or _village_rule(mm.rule) and not _big_city(c)):
            return (f"no place of that name in {', '.join(sorted(names.get(r, r) for r in near))} in the "
                    f"gazetteer (only {where}, by another of its names)")
        if self.story and not (region in self.all_regions or region in neighbours or c.country in self.story
                               or region in self.cities.get(mm.sentence, ())):  # a big city's region told before
            if raw(c.loc, "match") == "variant":
                return f"only a spelling variant of a place outside the story's countries matches ({where})"
            if mm.cue is Cue.GAZETTEER and c.population < SMALL_ABROAD:
                return f"only small places outside the story's countries match ({where}); not taken as a place"
        return self._off_the_one_region(c, mm, neighbours, where) or self._apart(c, mm, neighbours, where)

    def _apart(self, c: Candidate, mm: Mention, neighbours: Counter, where: str) -> str | None:
        """A city of its own standing named by a district, or a reading apart from a long list of one region."""
        return self._city_of_its_own(mm, c.region, where) or _away_from_a_long_list(c, mm, neighbours, where) \
            or self._village_across_border(c, mm, where) or self._alias_abroad(c, mm, where) \
            or self._beyond_off_map_story(c, mm, where)

    def _beyond_off_map_story(self, c: Candidate, mm: Mention, where: str) -> str | None:
        """"It came down near the closed Shumsk checkpoint" in a story of a drone in Lithuania: a lone gazetteer hit
        below ``SMALL_ELSEWHERE``, in a country the story never names, in a report that names no region and puts
        things in a country with no regions on the map, is a namesake (Shumsk, Ternopil Oblast), not the place
        meant, which the gazetteer lacks (acc47-en-110).

        Parameters
        ----------
        c : Candidate
            The reading weighed.
        mm : Mention
            The name.
        where : str
            The reading's name and country, for the reason.

        Returns
        -------
        str or None
            Why the reading is rejected, or None.
        """
        if self.off_map and not self.all_regions and c.country not in self.story and mm.cue is Cue.GAZETTEER \
                and c.population < SMALL_ELSEWHERE and not mm.region_hint:
            return f"a small place ({where}) of a country the story, told abroad, never names"
        return None

    def _alias_abroad(self, c: Candidate, mm: Mention, where: str) -> str | None:
        """"In Aleisk, attacks on the residential sector wounded ..." in a report on the Kherson region: a town below
        ``ALIAS_ABROAD`` matched in Latin script only by another of its names, in a country none of the regions named
        in or beside its sentence (else in the report) lies in, is a namesake (Aleysk, Altai Krai), not the place
        meant (a garbled Aleshki).

        Parameters
        ----------
        c : Candidate
            The reading weighed.
        mm : Mention
            The name.
        where : str
            The reading's name and country, for the reason.

        Returns
        -------
        str or None
            Why the reading is rejected, or None.
        """
        near = self.near[mm.sentence] or self.all_regions
        if near and not c.main_name and not has_cyrillic(mm.text) and c.population < ALIAS_ABROAD \
                and mm.cue is Cue.GAZETTEER and not mm.region_hint and mm.role in _PLACING \
                and all(not r.startswith(c.country + "-") for r in near):
            return f"a town of another country ({where}) than the regions told, matched only by another of its names"
        return None

    def _village_across_border(self, c: Candidate, mm: Mention, where: str) -> str | None:
        """"near the village of Krupets in the Rylsky District" beside "Russia's Kursk Region": a small place of a
        country none of the report's regions lies in, even by its main name, is a namesake, not the village the
        gazetteer lacks (only where a region is named in its sentence or beside it)."""
        near = self.near[mm.sentence]  # regions named in its sentence or those beside it
        if _village_rule(mm.rule) and c.population < SMALL_ELSEWHERE and near and not mm.region_hint \
                and all(not r.startswith(c.country + "-") for r in self.all_regions | near) \
                and c.region not in self.cities.get(mm.sentence, ()):
            return f"a small place of another country ({where}) than the regions the report tells of"
        return None

    def _city_of_its_own(self, mm: Mention, region: str | None, where: str) -> str | None:
        """"Київський район" of a report on Odesa Oblast: a city that is a region of its own names no district of its
        own after itself (the Kyivskyi districts lie in Odesa, Kharkiv, Poltava), nor one around it; not while the
        report tells of that city."""
        if mm.district and region is not None and _LEX.city_regions.get(normalize(mm.text)) == region \
                and region not in self.all_regions \
                and normalize(self.ext.report.text[mm.start:mm.end]) != normalize(mm.text):
            return f"a district named after {where}, a city of its own standing the report does not tell of"
        return None

    def _of_another_city(self, c: Candidate, mm: Mention) -> bool:
        """A district read outside the big city the paragraph told of: "two in the Shevchenkivskyi district" after
        "Russian aircraft struck Kharkiv" is the city's district; not one named as a big centre itself, nor one
        whose sentence names ``c``'s country above any other ("struck the Nikopol district in Ukraine" in a story
        on Moscow's refinery)."""
        return c.region not in self.cities.get(mm.sentence, (c.region,)) and not self._named_after_big_centre(c, mm) \
            and not self._in_its_named_country(c, mm)

    def _in_its_named_country(self, c: Candidate, mm: Mention) -> bool:
        """Whether ``mm``'s sentence places what it tells in ``c``'s country, above all others and not that of the
        big cities its paragraph told of (:meth:`_country_named_over`)."""
        weights = self.ext.countries.get(mm.sentence, {})
        return self._country_named_over(mm, self.cities.get(mm.sentence, set())) \
            and weights.get(c.country) == max(weights.values())

    def _named_after_big_centre(self, c: Candidate, mm: Mention) -> bool:
        """"the Odesa district" written as the big city's own main name: a district named after its centre (a
        raion around that city), not a part of another city the paragraph told of before ("Recall: ... the Odesa
        district" after "head of the Kharkiv OVA")."""
        written = normalize(self.ext.report.text[mm.start:mm.end])
        return mm.district and c.population >= _LEX.big_city_any_name \
            and written == normalize(mm.text) == normalize(str(raw(c.loc, "name", "")))

    def _named_capital(self, c: Candidate, mm: Mention) -> bool:
        """The city its region is named after ("Khmelnytskyi" of Khmelnytskyi Oblast), written in Cyrillic letters
        ("у Хмельницькому"): it may be named outside the paragraph's region, as its English name may."""
        words = str(self.region_names.get(c.region or "", "")).split()
        return has_cyrillic(mm.text) and len(words) >= 2 and words[-1].lower() in _LEX.region_words \
            and normalize(" ".join(words[:-1])) == normalize(str(raw(c.loc, "name", "")))

    def _adjective_of(self, mm: Mention, c: Candidate) -> bool:
        """The district is told by an adjective of its town ("в Северском районе": Северск is only the name
        the extractor made of it), so the town of another region is no reading below a big city's size
        ("Рязанском районе": Рязань), nor in a city of its own standing told there ("Пушкинском районе" of
        Petersburg; not "Ломоносовском районе" of a Leningrad Oblast report naming no city) or the region around one
        the report names ("Мэр Москвы ... над Раменским районом")."""
        return normalize(self.ext.report.text[mm.start:mm.end]) != normalize(mm.text) \
            and c.population < _LEX.big_city_any_name \
            and (c.region not in _CITY_REGIONS or c.region not in self.cities.get(mm.sentence, ())) \
            and not any(_LEX.surrounding_region.get(r) == c.region for r in self.all_regions)

    def _town_past_carried_frame(self, mm: Mention, c: Candidate) -> bool:
        """A town of some size named in a sentence that tells one more batch ("еще", "ще", "another") and names no
        region of its own, the frame only carried from the sentence before ("Десять дронов сбиты над Белгородской
        областью. Еще один упал у Нововоронежа", "... у Нововоронежской АЭС"): a list may go on to another region;
        no district or village, whose namesakes abound."""
        return mm.sentence not in self.own_frames and c.population >= SMALL_ELSEWHERE \
            and (not mm.district or _facility_after(self.ext.report.text, mm.end)) \
            and mm.role is Role.LOCATION and not _village_rule(mm.rule) \
            and _tells_more(self.ext.sentence_text(mm.sentence))

    @staticmethod
    def _around_frame(region: str | None, frame: set[str]) -> bool:
        """``region`` surrounds the one city of its own standing the paragraph tells of ("Source:
        Moscow Mayor ... a drone was downed in the Ramenskoye district": the Moscow region), when the
        frame holds nothing else; or is a city on the peninsula the frame is (:meth:`_city_on_frame`)."""
        return region is not None and len(frame) == 1 and _LEX.surrounding_region.get(next(iter(frame))) == region \
            or _Context._city_on_frame(region, frame)

    @staticmethod
    def _city_on_frame(region: str | None, frame: set[str]) -> bool:
        """``region`` is a city of its own standing on the peninsula the paragraph tells of (geography.toml
        ``peninsula_of_city``): "вибухи у Феодосії ... та біля села Андріївка, поруч з аеродромом «Кача»" in a report on
        Crimea is Sevastopol's Andriivka, as the city lies on the peninsula."""
        return region is not None and _LEX.peninsula_of_city.get(region) in frame


@dataclass(frozen=True, slots=True)
class Ranked:
    """A candidate of :func:`rank_candidates`: the place, its score, and why the pipeline would refuse
    it (None: it would take it, if it scored best)."""

    candidate: Candidate
    score: float
    refused: str | None


def _placed_off_map(ext: Extraction, mapped: set[str]) -> bool:
    """Whether a sentence of the report puts things in a country with no regions on the map (``mapped`` the countries
    that have): a country cue of place weight (``COUNTRY_IN_SENTENCE`` or more: "in Lithuania", "Lithuanian
    airspace"), not only an actor's."""
    return any(cc not in mapped and w >= COUNTRY_IN_SENTENCE
               for cues in ext.countries.values() for cc, w in cues.items())


def _report_countries(ext: Extraction) -> dict[str, float]:
    """The countries a report names, each weighing ``COUNTRY_IN_REPORT`` where some sentence places things in it
    ("across Ukraine", "Russia's Kursk region"), less where the report names it only as who acted ("Russia's
    attacks", "Russia launched"): the weight of its strongest cue against a demonym used as a place (countries.toml);
    and the countries its language most often tells of (places.toml ``home_countries``), ``HOME_COUNTRY`` at least.

    Parameters
    ----------
    ext : Extraction
        The report's extraction (``countries``: sentence -> country -> cue weight).

    Returns
    -------
    dict
        Country code -> the score its candidates gain anywhere in the report.
    """
    best: dict[str, float] = {}
    for cues in ext.countries.values():
        for cc, weight in cues.items():
            best[cc] = max(best.get(cc, 0.0), weight)
    full = _LEX.demonym_weight
    out = {cc: COUNTRY_IN_REPORT * min(1.0, w / full) for cc, w in best.items()}
    for cc in load_lexicon(ext.report.lang if ext.report.lang in LANGUAGES else "en").home_countries:
        out[cc] = max(out.get(cc, 0.0), HOME_COUNTRY)  # a weak prior, below a country the report names
    return out


def rank_candidates(name: str, geocoder, regions: gpd.GeoDataFrame, region: str | None = None) -> list[Ranked]:
    """Every place ``name`` may be, best first, scored as the pipeline scores a place named in a
    sentence of a report (the module's scores), alone or beside the region ``region`` (an ISO
    3166-2 code of ``regions``: "Kirov, Kaluga region").

    Parameters
    ----------
    name : str
    geocoder : geopy Geocoder
        :class:`mapper.OfflineGazetteer` or any geopy geocoder.
    regions : geopandas.GeoDataFrame
        The boundary layer.
    region : str, optional
        The code of a region named beside it.

    Returns
    -------
    list of Ranked
        Highest score first (ties: larger population, then place id).
    """
    text = f"{name}, {region}" if region else name
    mentions = [Mention("query", name, MentionKind.PLACE, 0, 0, len(name), Cue.GAZETTEER, region_hint=region)]
    if region:
        mentions.append(Mention("query", region, MentionKind.REGION, 0, len(name) + 2, len(text), Cue.REGION_NAME,
                                region_code=region))
    ext = Extraction(Report(id="query", text=text), [(0, len(text))], mentions)
    cands = candidates_of([ext], geocoder, regions)[(0, 0)]
    region_names = dict(zip(regions["region_code"], regions["region_name"]))
    context = _Context.of(ext, dict(zip(regions["region_code"], regions["country"])), region_names,
                          _capital_names(region_names.values()))
    ranked = [Ranked(c, round(context.score(c, mentions[0], Counter())[0], 3),
                     context.rejection(c, mentions[0], Counter())) for c in cands]
    if region and any(r.refused is None for r in ranked):  # the gazetteer has one there: say it of the others
        outside = _no_place_in(region_names, region)
        ranked = [Ranked(r.candidate, r.score, f"not in {region_names.get(region, region)}, the region named "
                         f"beside it") if r.refused == outside else r for r in ranked]
    return sorted(ranked, key=lambda r: (-r.score, -r.candidate.population, str(place_id(r.candidate.loc))))


def _clustered_away(mm: Mention, most: int, here: int) -> bool:
    """The other places of a sentence, ``most`` of them in one region and ``here`` in a candidate's, leave a small
    candidate no reading: ``CLUSTER`` of them and the candidate's region backed by at most a third as many; or a
    village told as one ("the villages of Pokrovskoye and Uzmino" after Vsevolozhsk and Tosno) where
    ``VILLAGE_CLUSTER`` of them lie in one region and none in the candidate's."""
    if most >= CLUSTER and here < most // CLUSTER:
        return True
    return most >= VILLAGE_CLUSTER and not here and _village_rule(mm.rule)


def _away_from_a_long_list(c: Candidate, mm: Mention, neighbours: Counter, where: str) -> str | None:
    """A name listed among many villages of one region ("Antonivka, Sadove, ..., Zolota Balka, Lviv and the city of
    Kherson came under fire"), read as a place of another region where at most one other place of the list lies
    (the city Lviv, or a Havrylivka of Zaporizhzhia Oblast): a village of that region the gazetteer lacks. Not a
    city that is a region of its own (Kyiv, Moscow). The long list's region need only hold most of the list: small
    namesakes read alone in another region do not outweigh it (Poniativka, Pryozerne and Shyroka Balka of a Kherson
    list read in Odesa Oblast, acc57-en-105)."""
    if neighbours and (cluster := _top(neighbours))[1] >= LONG_LIST \
            and (_dominant(neighbours) or 2 * cluster[1] > sum(neighbours.values())) \
            and neighbours[c.region] <= 1 and c.region not in _CITY_REGIONS and mm.cue is Cue.GAZETTEER \
            and not mm.region_hint and not mm.district:
        return f"a place ({where}) away from the {cluster[1]} places listed beside it in {cluster[0]}"
    return None


def _outnumbered(neighbours: Counter, region: str | None, home: str) -> bool:
    """The other places of a sentence back ``region`` not at all while some lie in the report's one region ``home``;
    or a few namesakes read alone there back each other, outnumbered twice over by the places of ``home`` that hold
    most of the list ("Synkivka, Ivanivka and Stepova Novoselivka ..., Kozacha Lopan, Vovchansk, Okhrymivka,
    Kupiansk, Sadove" of a Kharkiv report: Ivanivka, Novoselivka and Sadove read alone in Odesa Oblast)."""
    if not neighbours[home]:
        return False
    return not neighbours[region] or 2 * neighbours[region] <= neighbours[home] and _dominant(neighbours) \
        and _top(neighbours)[0] == home


def _dominant(neighbours: Counter) -> bool:
    """The most common region of a sentence's other places holds two thirds of them, or ``DOMINANT`` times as many as
    the next region (villages of one oblast, some read alone as namesakes scattered over several others)."""
    counts = sorted(neighbours.values(), reverse=True)
    return 3 * counts[0] >= 2 * sum(counts) or len(counts) > 1 and counts[0] >= DOMINANT * counts[1]


def _top(neighbours: Counter) -> tuple[str, int]:
    """The region most of a sentence's other places lie in, and how many (the first of equals, as
    ``most_common(1)`` gives it, without its heap)."""
    return max(neighbours.items(), key=itemgetter(1))


def _home_first(context: _Context, ranked: list, neighbours: Counter) -> list:
    """``ranked`` (score, candidate) with the readings in the report's one region first, where the other places of
    the sentence cluster there (``CLUSTER`` or more, ``DOMINANT`` times any other region's) and the best reading lies
    in a region the report never names, with at most one other place of the sentence: a village of a list ("Bilenke,
    Malynivka, Preobrazhenka, Poltavka, Kamianske" of a Zaporizhzhia report) is the village of that region, not the
    big namesake city of another."""
    home = next(iter(context.all_regions)) if len(context.all_regions) == 1 else None
    top = ranked[0][1].region if ranked else None
    if home is None or top in (home, None) or neighbours[top] > 1 or neighbours[home] < CLUSTER \
            or not _dominant(neighbours) or _top(neighbours)[0] != home:
        return ranked
    return [r for r in ranked if r[1].region == home] + [r for r in ranked if r[1].region != home]


def _no_place_in(names: dict[str, str], region: str) -> str:
    """Why a place outside the region named beside it is refused, when the gazetteer has none inside."""
    return f"no place of that name in {names.get(region, region)} in the gazetteer"


def _capital_names(region_names) -> set[str]:
    """Names shared by a region and its capital ("Kherson" of "Kherson Oblast"): such a city may be
    named on its own in a paragraph about another region."""
    out = set()
    for name in region_names:
        words = str(name).split()
        if len(words) >= 2 and words[-1].lower() in _LEX.region_words:
            out.add(normalize(" ".join(words[:-1])))
    return out


def _big_city(c: Candidate) -> bool:
    """A city big enough to be named on its own outside the region a paragraph tells of."""
    return c.population >= _LEX.big_city_any_name or (c.population >= _LEX.big_city and c.main_name)


def _district_centre(c: Candidate, mm: Mention) -> bool:
    """A district named after its centre, written as the centre's own main name ("the
    Novhorod-Siverskyi district" and the town Novhorod-Siverskyi): it lies where its centre does."""
    return mm.district and c.main_name


def _near_in_paragraph(ext: Extraction, by_sentence: dict[int, set[str]],
                       near: dict[int, set[str]]) -> dict[int, set[str]]:
    """``sentence -> regions`` named in it or a neighbouring sentence of the same paragraph: the regions that score
    a place as told beside them. A region of the last line of another paragraph does not ("... in the Kharkiv
    region was shelled." then, on a line of its own, "Nikopol ... was shelled five times": the big city of
    Dnipropetrovsk Oblast, not a hamlet of Kharkiv Oblast); ``near`` (which crosses paragraphs) still decides
    what a place cannot be, and such a region still weighs ``NEAR_REGION`` (a quote on a line of its own after the
    line naming its region), but ``NEAR_REGION_ACROSS`` for a lesser namesake of a big city (:meth:`_big_namesake`).

    Parameters
    ----------
    ext : Extraction
        The report's mentions and sentences.
    by_sentence : dict of int to set of str
        The regions each sentence names.
    near : dict of int to set of str
        Each place sentence's regions, with both neighbours'.

    Returns
    -------
    dict of int to set of str
        For each sentence of ``near``, its own regions and those of its neighbours in its paragraph.
    """
    spans, text = ext.sentence_spans, ext.report.text
    if "\n" not in text:  # one paragraph: each sentence's neighbours are in it (``near`` is read, never written)
        return near
    out: dict[int, set[str]] = {}
    for si in near:
        regions = set(by_sentence.get(si, set()))
        if si > 0 and not _new_paragraph(text, spans[si - 1], spans[si][0]):
            regions |= by_sentence.get(si - 1, set())
        if si + 1 < len(spans) and not _new_paragraph(text, spans[si], spans[si + 1][0]):
            regions |= by_sentence.get(si + 1, set())
        out[si] = regions
    return out


def regional_frames(ext: Extraction, paragraphs: bool = True) -> dict[int, set[str]]:
    """``sentence -> regions`` that frame its places: the regions named where something happened in
    the sentence itself or, failing that, in the nearest sentence before it in the same paragraph
    ("In the Zaporizhzhia region, the enemy struck 12 settlements. Huliaipole, ... came under fire");
    in the report, when not ``paragraphs``."""
    return _carried(ext, _framing(ext), paragraphs)


@cache
def _region_anaphor() -> CaselessPattern:
    """"the region", "the oblast": English ``region.anaphora``'s determiners before its nouns."""
    rule = load_lexicon("en").rule("region.anaphora")
    determiners = "|".join(re.escape(w) for w in rule["determiners"])
    nouns = "|".join(re.escape(w) for w in rule["nouns"])
    return CaselessPattern(r"(?<!\w)(?:" + determiners + r")\s+(?:" + nouns + r")(?!\w)")


@cache
def _more_words() -> CaselessPattern:
    """The words that tell one more batch, in every language (``count_more_before``)."""
    words = sorted({w for lang in LANGUAGES for w in load_lexicon(lang).count_more_before}, key=len, reverse=True)
    return CaselessPattern(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


@cache
def _facility_words() -> frozenset[str]:
    """Facilities named by their town's adjective ("Нововоронежской АЭС"), in all languages (``organisation_words``)."""
    return frozenset(w for lang in LANGUAGES for w in load_lexicon(lang).organisation_words)


def _facility_after(text: str, end: int) -> bool:
    """The word after a name ending at ``end`` is a facility's ("Нововоронежской АЭС"): the adjective is its town's,
    no district's. A word in Latin letters is looked up in English's words alone (the other languages' are never
    plain ASCII: ``tests/test_rules.py``), so an English report reads no other language's rules."""
    m = re.match(r"\s+(\w+)", text[end:end + 40])
    if m is None:
        return False
    word = m.group(1).lower()
    return word in (_LEX.organisation_words if word.isascii() else _facility_words())


def _tells_more(text: str) -> bool:
    """The sentence tells one more batch ("Еще один беспилотник ...")."""
    return bool(_more_words().search(text))


def _framing(ext: Extraction) -> dict[int, set[str]]:
    """``sentence -> regions`` named in it where something happened (:func:`regional_frames`), none carried."""
    named: dict[int, set[str]] = {}
    for mm in ext.mentions:
        # a district named like a city ("у Київському районі Одеської області") frames no region of that city
        code = mm.region_code if mm.kind is MentionKind.REGION \
            else None if mm.district else _LEX.city_regions.get(normalize(mm.text))
        if code and mm.role in _PLACING:  # "the Kharkiv region", "Kyiv"
            named.setdefault(mm.sentence, set()).add(code)
    return named


def city_frames(ext: Extraction, first: dict[int, Candidate]) -> dict[int, set[str]]:
    """``sentence -> regions`` of the big cities (each mention read alone, in ``first``) named where
    something happened in the sentence or, failing that, in the nearest sentence before it (in an earlier
    paragraph too): a district named without its city ("the Kyivskyi district") is one of theirs; not a place told
    as a village ("the village of Murom in the Shebekino district" is no city of Vladimir Oblast)."""
    named: dict[int, set[str]] = {}
    for m, c in first.items():
        mm = ext.mentions[m]
        if c.region and not mm.district and mm.role in _PLACING and _big_city(c) and not _village_rule(mm.rule):
            named.setdefault(mm.sentence, set()).add(c.region)
    return _carried(ext, named, paragraphs=False)


def _carried(ext: Extraction, named: dict[int, set[str]], paragraphs: bool = True) -> dict[int, set[str]]:
    """Each sentence's ``named`` regions, else those of the nearest sentence before it in its paragraph
    (in the report, when not ``paragraphs``)."""
    frames: dict[int, set[str]] = {}
    if not named:  # nothing named: nothing carried
        return frames
    current: set[str] = set()
    text = ext.report.text
    paragraphs = paragraphs and "\n" in text  # no line break: one paragraph
    for si, (start, _) in enumerate(ext.sentence_spans):
        if paragraphs and si and _new_paragraph(text, ext.sentence_spans[si - 1], start):
            current = set()
        current = named.get(si, current)
        if current:
            frames[si] = current
    return frames


_CITY_REGIONS = frozenset(_LEX.city_regions.values())
_BULLETS = frozenset("•·*-–—▪►✅❗")


def _new_paragraph(text: str, previous: tuple[int, int], start: int) -> bool:
    """A line break between two sentences starts a new paragraph, unless it opens or leaves a list
    (a line ending in a colon, or a bulleted line: "За добу під ударами: • п'ять КАБів; ..."): a
    Telegram post's list is part of the paragraph that announces it."""
    if "\n" not in text[previous[1]:start]:
        return False
    before, first = text[previous[0]:previous[1]].rstrip(), text[start:start + 1]
    last_line = before[before.rfind("\n") + 1:]  # a list joined to the line that announces it ends on its last item
    return not (before.endswith(":") or first in _BULLETS or last_line[:1] in _BULLETS)




@cache
def _list_joiners(lang: str) -> frozenset[str]:
    """The words between the places of a list in ``lang``, and the comma."""
    return load_lexicon(lang).list_joiners | {","}


def district_regions(ext: Extraction, first: dict[int, Candidate], named: set[str]) -> dict[tuple[int, int], str]:
    """``(sentence, start) -> region`` of the places told to lie in a district of the same sentence,
    the district read as its own best candidate in one of the ``named`` regions of the report: "Pishchane
    in the Kupiansk district", "near Hrafske, Vovchansk and Mykolaivka in the Chuhuiv district" (a list before
    the district word shares it); not "Krasnaya Yaruga in the Krasnoyarsk district" of a Belgorod report."""
    text, mentions = ext.report.text, ext.mentions
    order = sorted((m for m, mm in enumerate(mentions) if mm.kind is MentionKind.PLACE),
                   key=lambda m: (mentions[m].sentence, mentions[m].start))
    out: dict[tuple[int, int], str] = {}
    lang = ext.report.lang if ext.report.lang in LANGUAGES else "en"
    for i, d in enumerate(order):
        dm, region = mentions[d], first[d].region if d in first else None
        if not (dm.district and (region in named or not named and d in first and first[d].population >= DISTRICT_TOWN)):
            continue  # a report naming no region: the region of the district's town ("у села ... Куп'янського району")
        allowed, after, communities = load_lexicon(lang).district_links | _list_joiners(lang), dm, False
        for k in reversed(order[:i]):
            km = mentions[k]
            gap = text[km.end:after.start]
            if km.sentence != dm.sentence:
                break
            if km.district and not _village_rule(km.rule):  # a community's adjective, or a list of them
                communities = _community_link(gap, lang) if after is dm else communities and _links(gap, allowed)
                if not communities:
                    break
            elif communities or not _links(gap, allowed):
                break
            out[(km.sentence, km.start)] = region
            allowed, after = _list_joiners(lang), km
    return out


def _community_link(gap: str, lang: str) -> bool:
    """The text between a community's adjective and the district after it tells that the community lies in the
    district (places.toml ``community_links``: "у Покровській громаді Нікопольського району"), not a list of
    districts ("в Солом'янському, Голосіївському та Дніпровському районах")."""
    words = gap.split()
    return bool(words) and all(w.lower() in load_lexicon(lang).community_links for w in words)


def _links(gap: str, allowed: frozenset[str]) -> bool:
    """The text between two places of a list, or between the list and its district, holds only ``allowed`` words
    and names: places of the list no mention holds ("сёла Новая Таволжанка, Безлюдовка и Киселёво Шебекинского
    округа": Киселёво)."""
    return all(w.lower() in allowed or w[:1].isupper() for w in gap.replace(",", " , ").split())


def _neighbours(mentions: list[Mention], candidates: dict[int, list[Candidate]],
                first: dict[int, Candidate]) -> dict[int, Counter]:
    """The regions of the first readings of the other places of each mention's sentence, not the name
    told again: one Counter per sentence and name, shared by its mentions (a sentence listing one name
    many times costs no more than a sentence naming it once: no product of its mentions)."""
    in_sentence: dict[int, list[int]] = {}  # a mention is weighed with its sentence's (found by sentence,
    for m in candidates:                    # not by a scan of the report: linear in its length)
        in_sentence.setdefault(mentions[m].sentence, []).append(m)
    shared: dict[tuple[int, str], Counter] = {}
    out: dict[int, Counter] = {}
    for m in candidates:
        key = (mentions[m].sentence, mentions[m].text)
        if key not in shared:
            shared[key] = Counter(first[o].region for o in in_sentence[key[0]]
                                  if o in first and first[o].region and mentions[o].text != key[1])
        out[m] = shared[key]
    return out


def _with_neighbours(parts: tuple[float, float, float, float], sentence_regions: Counter,
                     region: str | None) -> tuple[float, float]:
    """:meth:`_Context.score` from its :meth:`_Context.parts` and the regions of the other places of the sentence
    (added in the order they always were, so that the sums are the same to the last bit)."""
    s, local, hinted, country = parts
    if region and sentence_regions[region]:
        local += SENTENCE_PLACE * min(sentence_regions[region], 2) / 2  # a cluster counts more
    local += hinted
    local += country
    return s + local, local


def _resolve_report(context: _Context, candidates: dict[int, list[Candidate]]) -> tuple[list[dict], list[Unresolved]]:
    """Choose a reading of each place mention of one report: each alone first, then with the
    regions of the other places of its sentence; then one reading per name."""
    mentions = context.ext.mentions
    context.big_named = {(mentions[m].sentence, mentions[m].start) for m, cands in candidates.items()
                         if any(_big_city(c) and _named_as_written(c, mentions[m]) for c in cands)}
    context.big_per_sentence = Counter(si for si, _ in context.big_named)
    parts = {m: [context.parts(c, mentions[m]) for c in cands] for m, cands in candidates.items()}
    first = {m: cands[_first_best(parts[m])] for m, cands in candidates.items() if cands}
    if not context.all_regions and (home := _district_towns_region(mentions, first)):
        context.all_regions = {home}  # the report is on the region of the districts it names: weighed anew
        parts = {m: [context.parts(c, mentions[m]) for c in cands] for m, cands in candidates.items()}
        first = {m: cands[_first_best(parts[m])] for m, cands in candidates.items() if cands}
    neighbours = _neighbours(mentions, candidates, first)
    context.in_district = district_regions(context.ext, first, context.all_regions)  # before the choices
    context.cities = city_frames(context.ext, first)
    choice: dict[int, _Choice] = {}
    refused: dict[int, str] = {}
    for m, cands in candidates.items():
        picked = _best(context, mentions[m], cands, parts[m], neighbours[m])
        if isinstance(picked, _Choice):
            choice[m] = picked
        elif picked is not None:
            refused[m] = picked
    _drop_framed_namesakes(context, choice, refused)
    deciders = _deciders(mentions, choice)
    rows: list[dict] = []
    unresolved: list[Unresolved] = []
    for m, cands in candidates.items():
        mm = mentions[m]
        same = deciders.get(normalize(mm.text))
        if cands and m not in choice and same is not None and mm.role is Role.LOCATION and not mm.district \
                and choice[same].candidate.population >= SMALL_ELSEWHERE:
            choice[m] = choice[same]  # one town per name in a report, though named again elsewhere
        if m not in choice:
            reason = refused[m] if cands else "not in the gazetteer"
            unresolved.append(Unresolved(mm.report_id, mm.text, context.ext.sentence_text(mm.sentence), reason,
                                         mention=m, rule=";".join(mm.rules())))
            continue
        best = _shared_reading(context, m, choice, same, neighbours[m])
        rows.append(_place_row(mm, m, best, len(cands), context.ext.report.lang))
        if best.candidate.region is None:
            unresolved.append(Unresolved(mm.report_id, mm.text, context.ext.sentence_text(mm.sentence),
                                         f"geocoded to {best.candidate.loc.address} but outside every region of "
                                         f"the boundary layer", mention=m, rule=";".join(mm.rules())))
    return rows, unresolved


def _district_towns_region(mentions: list[Mention], first: dict[int, Candidate]) -> str | None:
    """The one region of the towns (``DISTRICT_TOWN`` or more) after which a report naming no region names its
    districts ("ВСУ атаковали четыре села Грайворонского городского округа", then the villages one by one): the
    report is on that region, as if it named it (its small places elsewhere, "Мокрой Орловке" of Stavropol, are no
    readings); None where there is no such district or they lie in several regions."""
    regions = {first[m].region for m in first if mentions[m].district and first[m].population >= DISTRICT_TOWN}
    return next(iter(regions)) if len(regions) == 1 else None


def _drop_framed_namesakes(context: _Context, choice: dict[int, "_Choice"], refused: dict[int, str]) -> None:
    """One sense per name: where a mention is refused every reading outside the one region a report tells of
    (:meth:`_Context._village_frame`: "In the village of Murom" of a Belgorod report), its name's other mentions (the
    headline's "... attacked Novaya Tavolzhanka, Murom and Berezovka") lose their readings outside that region too:
    the village meant is not in the gazetteer. So too where a village told as one is refused every reading outside the
    region of the district it is told to lie in ("поселок Чапаевский Грайворонского округа": not Chapayevsk of
    Samara): its name told again with no district ("В Чапаевском ...") is not that namesake either. And where a
    paragraph's regional frame refused it ("... wounded in Novovorontsovka and Mykilske" under "the Kherson region"),
    the name told again in a sentence no region frames ("on a man in Mykilske") is no small namesake elsewhere.

    Parameters
    ----------
    context : _Context
        The report's context.
    choice : dict
        mention -> chosen reading, pruned in place.
    refused : dict
        mention -> why it was refused, extended in place.
    """
    mentions = context.ext.mentions
    for m, reason in list(refused.items()):
        district = context.in_district.get((mentions[m].sentence, mentions[m].start))
        frame = context._village_frame(mentions[m]) \
            or ({district} if district and _village_rule(mentions[m].rule) else None)
        carried = None if frame else context.frames.get(mentions[m].sentence)
        if not (frame or carried):
            continue
        key = normalize(mentions[m].text)
        for n in [n for n, ch in choice.items() if normalize(mentions[n].text) == key
                  and ch.candidate.region not in (frame or carried) and not mentions[n].region_hint
                  and (frame or _unframed_small(context, mentions[n], ch.candidate))]:
            del choice[n]
            refused[n] = reason


def _unframed_small(context: _Context, mm: Mention, c: Candidate) -> bool:
    """``mm`` is told in a sentence no region frames, and its reading ``c`` is a small place (under
    ``SMALL_ELSEWHERE``): a name a paragraph's frame refused stays refused there."""
    return not context.frames.get(mm.sentence) and c.population < SMALL_ELSEWHERE


def _named_as_written(c: Candidate, mm: Mention) -> bool:
    """``c`` is named by its main name or by another spelt alike ("Mykolaiv" for the city Mykolayiv, acc46-en-113),
    not only by an old or foreign name of it."""
    return c.main_name or _spelt_alike(mm.text, raw(c.loc, "name", ""))


def _spelt_alike(written: str, name: str) -> bool:
    """The first letters of ``written`` and of a place's own ``name`` agree, both in Latin letters."""
    return len(written) >= _SPELT_LETTERS and _latin_start(written) == _latin_start(name)


@lru_cache(maxsize=1 << 16)
def _latin_start(text: str) -> str:
    """The first ``_SPELT_LETTERS`` letters of ``text`` in Latin letters, normalised (each name read once: every
    candidate of a name told again is weighed with it)."""
    return normalize(transliterate(text) if has_cyrillic(text) else text)[:_SPELT_LETTERS]


def _first_best(parts: list[tuple[float, float, float, float]]) -> int:
    """The position of the best of a mention's readings weighed alone (the first of equals), from their
    :meth:`_Context.parts`."""
    totals = [s + (near + hinted + country) for s, near, hinted, country in parts]  # as _with_neighbours adds
    return totals.index(max(totals))


def _best(context: _Context, mm: Mention, cands: list[Candidate], parts: list[tuple[float, float, float, float]],
          neighbours: Counter) -> _Choice | str | None:
    """The best-scoring candidate that fits, or the reason the best was refused (None: no candidates); ``parts``
    the candidates' :meth:`_Context.parts`."""
    ranked = sorted(((_with_neighbours(p, neighbours, c.region), c) for p, c in zip(parts, cands)),
                    key=lambda t: t[0][0], reverse=True)
    ranked = _home_first(context, ranked, neighbours)
    refused = None
    for (total, local), c in ranked:
        reason = context.rejection(c, mm, neighbours)
        if reason is None:
            return _Choice(total, c, local)
        refused = refused or reason
    return refused


def _deciders(mentions: list[Mention], choice: dict[int, _Choice]) -> dict[str, int]:
    """One sense per report: per name, the mention with the strongest local context (the first of equals)."""
    out: dict[str, int] = {}
    for m in choice:
        key = normalize(mentions[m].text)
        if key not in out or choice[m].local > choice[out[key]].local:
            out[key] = m
    return out


def _shared_reading(context: _Context, m: int, choice: dict[int, _Choice], decider: int,
                    neighbours: Counter) -> _Choice:
    """Mention ``m`` takes the reading of its name's decider where that reading suits it."""
    shared = choice[decider]
    if decider != m and context.rejection(shared.candidate, context.ext.mentions[m], neighbours) is None:
        return shared
    return choice[m]


def _place_row(mm: Mention, m: int, best: _Choice, candidates: int, lang: str | None) -> dict:
    loc, c = best.candidate.loc, best.candidate
    fields = loc.raw if isinstance(loc.raw, dict) else {}  # as raw() reads them
    return {
        "report_id": mm.report_id, "mention": m, "sentence": mm.sentence, "name": mm.text,
        "matched_name": fields.get("name") or loc.address.split(",")[0],
        "geonameid": place_id(loc), "lat": loc.latitude, "lon": loc.longitude,
        "country": c.country, "population": fields.get("population"), "region_code": c.region,
        "match": fields.get("match", ""), "score": round(best.score, 3), "candidates": candidates, "role": mm.role,
        "lang": lang or "en",
    }


def _places_frame(rows: list[dict]) -> pd.DataFrame:
    places = pd.DataFrame(rows, columns=PLACE_COLUMNS)
    places["region_code"] = places["region_code"].astype(object).where(places["region_code"].notna(), None)
    return places
