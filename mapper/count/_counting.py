"""Stage 5: events to incidents per region, with the same event told twice merged.

Within a report, a later event in the same region is the same incident when it is
of the same kind ("11 UAVs destroyed in Kaluga region" ... "10 drones intercepted
over Kaluga Oblast"), or when it gives no number (an elaboration or repetition).
Across reports, incidents of the same day, region and kind are merged.
A merged incident counts the larger of the figures, never their sum.
"""

from __future__ import annotations

import heapq
import logging
import math
import pickle
import re
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import date
from functools import cache, cached_property, lru_cache
from typing import IO, NamedTuple, cast

import pandas as pd

from .._enums import StrEnum
from ..extract import (Cue, Event, Extraction, Kind, MentionKind, Role, days_told, find_casualties,
                       official_regions, tells_casualties, tokenize)
from ..geocode import Unresolved, UnresolvedKind
from ..rules import load_lexicon
from ..schema import EVENT_COLUMNS, INCIDENT_COLUMNS
from ..text import CaselessPattern, normalize, shown

log = logging.getLogger(__name__)
_LEX = load_lexicon()
#: "the Russian capital": a city of a region of its own, never placing an incident from a title.
_CAPITAL_RULE = "region.capital"
#: Counts of all told so far in their region ("In total, 13 drones", "the number ... had risen to nine").
_IN_ALL_RULES = frozenset({"count.in_all", "count.risen_to"})
_FACILITY_RULE = "region.facility"  # a region told by a plant's adjective ("Волгоградский НПЗ")
#: "17 drones over the Belgorod region, seven of them over the city of Belgorod": some of its sentence's figure.
_OF_THEM = "count.of_them"
_NAMED = frozenset({Cue.REGION_NAME, Cue.REGION_WORD, Cue.STANDALONE})  # a region told by its own name
_REGIONS_BEFORE, _INHERIT, _SOLE, _OFFICIAL, _REMAINDER = (_LEX.rule(r) for r in (
    "event.regions_before", "event.inherit_region", "event.sole_region", "event.official_region",
    "event.shared_remainder"))
_HEADING, _AIRPORT_FRAME = _LEX.rule("event.region_heading"), _LEX.rule("event.airport_frame")
_FURTHER_OPENS = re.compile(r"(?:" + "|".join(map(re.escape, _LEX.rule("event.further_statement")["opens"]))
                            + r")\b", re.I)
_WORD = re.compile(r"\w+")
_HITS_AFTER_DOWNED = _LEX.rule("event.hits_after_downed")
_TITLE_CITY_ANAPHORS = tuple(normalize(p) for p in _LEX.title_city_anaphors or ())
#: "also" in a strike's sentence, and its debris words (:func:`_struck_after_downed`)
_ALSO, _HITS_NOT_WITH = (CaselessPattern(r"\b(?:" + "|".join(map(re.escape, _HITS_AFTER_DOWNED[key])) + r")\b")
                         for key in ("also", "not_with"))
_ONE_OF_WIDER = CaselessPattern(r"\b(?:" + "|".join(map(re.escape, sorted(_LEX.region_plurals)))
                                + r")\W+(?:\w+\W+){0,2}?(?:" + "|".join(map(re.escape, _INHERIT["not_after"])) + r")\b")


@cache
def _cue_rules(lang: str) -> frozenset[str]:
    """The ids of a language's place cues ("in the village of", "в селе"), read when a report of it is counted."""
    return frozenset(p.id for p in load_lexicon(lang).family("place_cue"))


def _words(words) -> CaselessPattern:
    """Any of ``words``, between word boundaries."""
    return CaselessPattern(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


# words of a scope wider than a region, in any language; the others' only looked for in non-ASCII text (their
# words are all non-ASCII but English's: tests/test_rules.py), so a run of English reads no other language's rules
_WIDE, _LOCAL_EN = _words(_LEX.wide_scope), _words(_LEX.local_scope or ["\x00"])
# a body's name that holds a wide-scope word but tells no scope ("the Armed Forces of Ukraine")
_WIDE_NAMES = re.compile(r"\b(?:" + "|".join(map(re.escape, _LEX.wide_scope_names or ["\x00"])) + r")\b", re.I)


@cache
def _other_scopes() -> tuple[CaselessPattern, CaselessPattern]:
    """The wide-scope words of Russian and Ukrainian, and the local-scope words of every language."""
    return (_words([w for lang in ("ru", "uk") for w in load_lexicon(lang).wide_scope if not w.isascii()]),
            _words([w for lang in ("en", "ru", "uk") for w in load_lexicon(lang).local_scope] or ["\x00"]))


@cache
def _slavic_actors() -> tuple[frozenset[str], CaselessPattern]:
    """The wide-scope words of Russian and Ukrainian that only name the attacker (clauses.toml
    ``local_scope_actors``: "ворог", "противник"), and the words of a total that keep such a sentence wide
    (``actor_totals``: "загалом", "всего")."""
    lexes = [load_lexicon(lang) for lang in ("ru", "uk")]
    return (frozenset(w for lex in lexes for w in lex.local_scope_actors),
            _words([w for lex in lexes for w in lex.actor_totals] or ["\x00"]))


@cache
def _own_waters() -> re.Pattern:
    """The sea words of every language that a city-region's own report keeps as its waters (clauses.toml
    ``own_waters``)."""
    words = [w for lang in ("en", "ru", "uk") for w in load_lexicon(lang).own_waters] or ["\x00"]
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def _wide_but_own_waters(text: str, just_told: bool, told: list[str] | None) -> bool:
    """Whether ``text`` tells of a wider scope (:func:`_wide`), a sea off a city-region told alone in the sentence
    right before it (``just_told``) not counting as one: after "Средства ПВО отразили атаку в Севастополе",
    "один БПЛА сбит над морем" is the city's (its waters, as a city-region's governor's "над морем" in
    ``_title_at_sea``).

    Parameters
    ----------
    text : str
        The event's sentence.
    just_told : bool
        Whether the sentence before it told of one region (:func:`_wide`).
    told : list of str or None
        The regions told just before the event, if any.

    Returns
    -------
    bool
    """
    if not _wide(text, just_told):
        return False
    if not just_told or told is None or len(told) != 1 or told[0] not in _LEX.city_admin1:
        return True
    waters = _own_waters()
    return waters.search(text) is None or _wide(waters.sub(" ", text), just_told)


# "Four Kalibr missiles were launched from the Black Sea": a sea the objects came from is no scope of theirs
_FROM_SEA = re.compile(r"\b(?:" + "|".join(map(re.escape, _LEX.role_prefixes["origin"])) + r")\s+(?:the\s+)?"
                            r"(?:\S+\s+){0,2}?(?:" + "|".join(map(re.escape, _LEX.role_suffixes["sea"]))
                            + r")\b", re.I)
# "the VNIIR plant, one of Russia's biggest makers of ...": a country ranking a site, no scope (clauses.toml)
_DESCRIPTOR = re.compile(r"\b(?:" + "|".join(map(re.escape, _LEX.wide_scope_descriptors or ["\x00"])) + r")\b", re.I)
_RECAP = CaselessPattern(r"^\W*(?:" + "|".join(map(re.escape, _INHERIT["recaps"])) + ")")


def _wide(text: str, just_told: bool = False) -> bool:
    """Whether ``text`` tells of a scope wider than a region ("across Ukraine", "по Україні"); not where it
    points back to the area just told ("окупанти вдарили по району двома дронами", "Russia used eight bombs against
    the city": ``local_scope``), nor, in Russian and Ukrainian, where it names only the attacker right after a
    sentence that told of one region (``just_told``: "Ворог атакував Харківщину. Ворог застосував 3 КАБ")."""
    plain = text.isascii()
    wide_other, local_any = (None, _LOCAL_EN) if plain else _other_scopes()
    local = local_any.search(text) is not None
    # not "the Armed Forces of Ukraine", not "one of Russia's largest"
    scoped = _DESCRIPTOR.sub(" ", _WIDE_NAMES.sub(" ", _FROM_SEA.sub(" ", text))) if plain else text
    wide = {m.group().lower() for m in _WIDE.finditer(scoped)}
    if wide and not (local and wide <= _LEX.local_scope_actors):  # "Russia" as the one who attacks
        return True
    if wide_other is None or local:
        return False
    found = {m.group().lower() for m in wide_other.finditer(text)}
    if found and just_told:
        actors, totals = _slavic_actors()
        return not found <= actors or totals.search(text) is not None
    return bool(found)


@cache
def _frame_gap(lang: str) -> re.Pattern[str]:
    """The text between a peninsula and a city-region on it that only frames the city (clauses.toml
    ``frame_fillers`` of ``lang``: prepositions and "occupied"), with commas, brackets and spaces."""
    words = sorted(load_lexicon(lang if lang in ("ru", "uk") else "en").frame_fillers, key=len, reverse=True)
    alt = "|".join(map(re.escape, words)) or "\x00"
    return re.compile(r"[\s,(]*(?:(?:" + alt + r")[\s,(]+){0,3}", re.I)


_PLACING = (Role.LOCATION, Role.TITLE)
#: A mention's name as the incidents list it (:func:`normalize`, kept for names told again).
_name_key = lru_cache(maxsize=1 << 16)(normalize)


class Status(StrEnum):
    """What became of a telling of an event (``events.csv``: ``status``)."""

    COUNTED = "counted"
    MERGED = "merged with an earlier telling"
    #: continues an event of an earlier sentence: ``elaborates event N``
    ELABORATES = "elaborates event"
    TOTAL = "total of the breakdown that follows"
    BACKGROUND = "background"
    NO_REGION = "no region"
    #: an elaboration naming places where the event it continues was not counted
    NOTHING_TOLD = "names places where nothing is told to have happened"
    #: "including two flying towards Moscow" with no place of its own
    PART = "part of an earlier count"


@dataclass
class _Incident:
    region: str
    kind: Kind
    objects: int | None
    object_kind: str | None
    day: date | None
    # ordered sets (dict keys, values unused): adding one is O(1) however often an incident is told
    reports: dict[str, None] = field(default_factory=dict)
    sources: dict[str, None] = field(default_factory=dict)
    languages: dict[str, None] = field(default_factory=dict)  #: the languages of its reports
    places: dict[str, None] = field(default_factory=dict)
    names: set[str] = field(default_factory=set)
    sentences: dict[str, None] = field(default_factory=dict)
    events: dict[str, None] = field(default_factory=dict)
    #: a figure told jointly for this region and others ("12 over the Tula, Kaluga and Oryol regions")
    shared: int | None = None
    shared_with: list[str] = field(default_factory=list)
    #: people killed and injured (the larger figure of the sentences telling them), None if untold
    killed: int | None = None
    injured: int | None = None
    rules: dict[str, None] = field(default_factory=dict)  # ids of the patterns behind its tellings
    seq: int = 0  # order of first telling in the whole run

    def merge_from(self, other: "_Incident") -> None:
        """Take in the same incident told in another report."""
        self.absorb(other.objects, other.object_kind, "", "", other.places, other.names, report="", source="")
        self.share(other.shared, other.shared_with)
        self.hurt(other.killed, other.injured)
        for seen, values in ((self.sentences, other.sentences), (self.events, other.events),
                             (self.reports, other.reports), (self.sources, other.sources),
                             (self.languages, other.languages), (self.rules, other.rules)):
            seen.update(dict.fromkeys(values))

    def values(self, incident_id: int, region_names: dict[str, tuple[str, str]]) -> tuple:
        """This incident as a row of ``INCIDENT_COLUMNS``, the values in their order."""
        name, country = region_names.get(self.region, (self.region, ""))
        return (incident_id, self.region, name, country, self.kind, self.objects, self.object_kind or "",
                self.shared, ";".join(self.shared_with), self.killed, self.injured,
                self.day.isoformat() if self.day else "", ";".join(self.reports), ";".join(self.sources),
                ";".join(self.places), ";".join(sorted(self.names)), " | ".join(self.sentences),
                ";".join(self.events), ";".join(self.languages), ";".join(self.rules))

    def row(self, incident_id: int, region_names: dict[str, tuple[str, str]]) -> dict:
        """This incident as a row of ``INCIDENT_COLUMNS``."""
        return dict(zip(INCIDENT_COLUMNS, self.values(incident_id, region_names)))

    def hurt(self, killed: int | None, injured: int | None) -> None:
        """Keep people killed and injured told again (the larger figure: a retelling, not more)."""
        if killed is not None and (self.killed is None or killed > self.killed):
            self.killed = killed
        if injured is not None and (self.injured is None or injured > self.injured):
            self.injured = injured

    def share(self, objects: int | None, others: list[str]) -> None:
        """Keep a figure told for this region jointly with ``others`` (the larger, if told twice)."""
        if objects is not None and (self.shared is None or objects > self.shared):
            self.shared, self.shared_with = objects, list(others)

    def absorb(self, objects: int | None, object_kind: str | None, sentence: str, event: str,
               places: Iterable[str], names: set[str], *, report: str, source: str, lang: str = "") -> None:
        if objects is not None and (self.objects is None or objects > self.objects):
            self.objects, self.object_kind = objects, object_kind
        for place in places:
            if place:
                self.places[place] = None
        # (setting a key again leaves it where it is: each an ordered set)
        if sentence:
            self.sentences[sentence] = None
        if event:
            self.events[event] = None
        if report:
            self.reports[report] = None
        if source:
            self.sources[source] = None
        if lang:
            self.languages[lang] = None
        self.names |= names


#: The kinds of the weapons that strike (not an aircraft or a boat damaged on the ground: "one plane was damaged").
_WEAPON_KINDS = frozenset({"drone", "missile", "bomb"})


@cache
def _slavic_words(lang: str, key: str, start: str) -> CaselessPattern | None:
    """Any of the words of clauses.toml ``key`` in ``lang`` (after ``start``, a regex), or None where the language has
    none; read the first time a Russian or Ukrainian report is met (an English run reads no other language's rules):
    ``struck_after_downed_not_with`` (:meth:`_ReportTally._single_struck_after_downed`), ``more_retold_with``
    (:func:`_fold_retold_post`)."""
    words = getattr(load_lexicon(lang), key) if lang in ("ru", "uk") else ()
    return CaselessPattern(start + "(?:" + "|".join(map(re.escape, words)) + ")") if words else None


def _fold_retold_post(ev: Event, tally: _Tally, lang: str) -> None:
    """Fold the earlier tellings of ``ev``'s figure into it when its further batch ("еще 24") is the governor's post
    retold: a figure of two or more, equal to the incident's largest, which two earlier sentences told already (a
    headline and a lead), in a sentence that quotes or reports the speaker's words (clauses.toml
    ``more_retold_with``). Those tellings were this batch: the tally's largest is given back, and the batch still adds
    to what was told before ("До этого ... накануне вечером ... четыре")."""
    if not ev.more or ev.count is None or ev.count < 2 or ev.count != tally.largest:
        return
    if sum(1 for s, v in tally.by_sentence.items() if s < ev.sentence and v == ev.count) < 2:
        return
    marks = _slavic_words(lang, "more_retold_with", "")
    if marks is not None and marks.search(ev.text) is not None:
        tally.largest, tally.under_top = 0, 0


def _another_kind(inc: _Incident, ev: Event) -> bool:
    """``ev`` counts weapons of a kind ``inc`` has counted none of so far, only other weapons ("дві ракети Х-59" after
    "керованою авіабомбою"): a batch of its own, added, not the same objects retold."""
    have = set(inc.object_kind.split(";")) if inc.object_kind else set()
    return bool(have) and have <= _WEAPON_KINDS and ev.object_kind in _WEAPON_KINDS and ev.object_kind not in have


def _struck_after_downed(inc: _Incident, ev: Event, tally: _Tally) -> bool:
    """``ev`` tells objects that struck, fewer than the shoot-down figure ``inc`` opened with, in a later sentence
    that says so with "also" (events.toml ``event.hits_after_downed``: ``also``; "Air defence downed 11 Shaheds over
    the region. ... The Russians also hit Nikopol with a kamikaze drone"): the objects shot down struck nothing, so
    these are a batch of their own, added, not some of the downed retold (not "one of them", nor debris, nor a strike
    figure as large as the downed one, which is the attack's total)."""
    if inc.kind is not Kind.SHOOTDOWN or ev.kind is not Kind.STRIKE or ev.count is None or ev.part:
        return False
    if _OF_THEM in ev.count_rule.split(";") or tally.top < 0 or tally.top >= ev.sentence:
        return False
    return ev.count < tally.largest and bool(_ALSO.search(ev.text)) and not _HITS_NOT_WITH.search(ev.text)


def _joined_kinds(have: str | None, new: str | None) -> str | None:
    """The kinds of the objects an incident sums, in the order told: "missile;drone"."""
    if not have or not new:
        return have or new
    return have if new in have.split(";") else f"{have};{new}"


class _Where(NamedTuple):
    """The districts and the settlements of a region a figure is told for (:meth:`_Tally.add`)."""

    districts: frozenset[str] = frozenset()
    settlements: frozenset[str] = frozenset()


_NOWHERE = _Where()


def _single_district(where: _Where, single_at: frozenset[str], more: bool) -> _Where:
    """Where a single object told at a place of a district ("в поселке Глушково Глушковского района беспилотник
    сбросил ...") stands in a breakdown by district: that district, so a figure told for another district of the
    region adds to it ("Ночью над Курчатовским районом сбиты три": four) and one told for the same district holds
    it. Nowhere for a further batch ("еще один", counted as such), a single told without its place, or one told
    after a figure of two or more, which may be one of its objects ("one of the two drones landed in the Istra
    district. ... a drone downed in the Odintsovo district": two).

    Parameters
    ----------
    where : _Where
        The districts and settlements the single was told for.
    single_at : frozenset of str
        The places of the object told one at a time.
    more : bool
        Whether the single is told as a further batch or after a figure of two or more.

    Returns
    -------
    _Where
        The single's district, or nowhere.
    """
    return _Where(districts=where.districts) if single_at and where.districts and not more else _NOWHERE


class _Tally:
    """Objects of an incident from its numbers in one report: the numbers of one sentence add up
    (its towns: "five near Novorossiysk and four near Anapa"), sentences tell the same objects
    again (the larger figure counts: the governor's 11 and the ministry's 10), and further batches
    ("three more", "another two", "a second drone") add to it. Kept as running sums, so each
    number costs the same however long the report."""

    __slots__ = ("by_sentence", "largest", "extra", "nearly", "single_places", "singles", "day", "top", "under_top",
                 "of_them", "district_names", "districts", "place_names", "places")

    def __init__(self) -> None:
        self.by_sentence: dict[int, int] = {}
        self.largest = 0
        self.extra = 0
        self.nearly = 0
        self.single_places: set[str] = set()  # the places of the objects told one at a time ("a drone hit X")
        self.singles = 0
        self.day = 0  # the day's figure told by an ordinal ("the seventh today"): all the others are in it
        self.top = -1  # the sentence that told the largest figure
        self.under_top = 0  # the figures told after it, less than it: its parts so far
        self.of_them = 0  # the last "N of them" told in a sentence of its own (:meth:`_rest_of_total`)
        self.district_names: set[str] = set()  # the districts figures were told for ("21 over the Shebekino district")
        self.districts = 0  # the sum of those figures, each at districts no figure was told for before
        self.place_names: set[str] = set()  # the settlements figures of two or more were told for ("two hit Ryabiki")
        self.places = 0  # the sum of those figures, each at settlements no figure was told for before

    def add(self, sentence: int, value: int, more: bool, nearly: bool = False,
            single_at: frozenset[str] = frozenset(), day: bool = False, part: bool = False, *,
            in_all: bool = False, of_them: bool = False, where: _Where = _NOWHERE) -> int:
        """Take in one number told in ``sentence``; the incident's objects so far. A further batch
        told in a sentence that counted some already adds to that sentence's figure ("three were shot
        down at 6 a.m., and two more at 7 a.m.", which another sentence may tell again as five). A
        round figure ("nearly 100") counts only while no other telling gives one. Objects told one at a
        time at places (``single_at``) add up where their places differ ("a drone hit X ... a drone hit
        Y"), and a figure told for them all retells them. A part ("including 12 near Kursk") within the figure
        its sentence told already for the incident is in it, as is the rest of a figure split by "N of them"
        (:meth:`_rest_of_total`). A figure ``in_all`` ("In total, 13 drones") holds all told so far. Figures told for
        districts of the region (``where``) add up where the districts differ, in any sentences ("21 over the
        Shebekino district. ... Five over the Belgorod district"): a governor's breakdown of the day by district,
        whose sum the incident has at least; so do figures told for one settlement each (:meth:`_breakdown`)."""
        if part and value <= self.by_sentence.get(sentence, 0) or more and self._rest_of_total(sentence, value):
            pass
        elif in_all:
            so_far = max((max(self.largest, self.singles) or self.nearly) + self.extra, value, self.districts)
            self.largest, self.extra, self.top, self.under_top = so_far, 0, sentence, 0
            self.by_sentence[sentence] = so_far
        elif nearly:
            self.nearly = max(self.nearly, value)
        elif day:
            self.day = max(self.day, value)
        elif more and sentence not in self.by_sentence and not self._completes(value):
            self.extra += value
        else:
            total = self.by_sentence[sentence] = self.by_sentence.get(sentence, 0) + value
            self._take(sentence, total, value)
            self.of_them = value if of_them and total == value < self.largest else 0
            if single_at:
                self.singles += value if self.single_places.isdisjoint(single_at) \
                    and self.place_names.isdisjoint(single_at) else 0
                self.single_places |= single_at
        if not (part or nearly or day or in_all):  # (not "one of them hit the X district")
            self._breakdown(value, where if value > 1 else _single_district(where, single_at, more or self.largest > 1),
                            more)
        return max((max(self.largest, self.singles + self.places) or self.nearly) + self.extra, self.day,
                   self.districts)

    def _breakdown(self, value: int, where: _Where, more: bool) -> None:
        """A figure told for ``districts`` of the region or for one of its settlements, where no figure was told
        before: a part of a breakdown by place, which the incident has at least in all (a governor's day: "Ryabiki:
        two drones. ... Shebekino: a drone hit a car", with the objects told one at a time at other places)."""
        districts, settlements = where
        if districts:
            self.districts += value if self.district_names.isdisjoint(districts) else 0
            self.district_names |= districts
        if len(settlements) == 1 and not more:  # (not a figure shared by a list of places)
            new = self.place_names.isdisjoint(settlements) and self.single_places.isdisjoint(settlements)
            self.places += value if new else 0
            self.place_names |= settlements

    def _take(self, sentence: int, total: int, value: int) -> None:
        """A sentence's figure: the largest so far (or told again), or maybe a part of it when told after it."""
        if total >= self.largest:
            self.largest, self.top, self.under_top = total, sentence, 0
        elif sentence > self.top:
            self.under_top += value

    def _completes(self, value: int) -> bool:
        """"Five drones were destroyed. Four were brought down by air defence. One more was shot down by the
        Territorial Defence": a further batch that, with the figures told after the largest one, makes it up
        is its last part, not an addition (kept as a part)."""
        return bool(self.under_top) and self.under_top + value == self.largest

    def _rest_of_total(self, sentence: int, value: int) -> bool:
        """A further batch told after "N of them" in a sentence of its own that makes up the figure with it:
        the rest of that figure, not more ("five drones attacked ... Three of them hit ... Another two did not
        reach their targets": five)."""
        return sentence not in self.by_sentence and self.of_them > 0 and self.of_them + value == self.largest


class _Placed(NamedTuple):
    """What counting reads of a placed mention."""

    region_code: object
    matched_name: str
    lat: float = math.nan
    lon: float = math.nan
    population: float = 0.0


#: A city of at least this many people (the first figure) spans about this many km from its point (the second):
#: a district of it named after a quarter ("у Салтівському районі") lies within (:meth:`_ReportTally._city_told`).
_CITY_SPANS = ((1_000_000, 15.0), (300_000, 10.0))


def _span(population: float) -> float:
    """How far a city of ``population`` spans from its point, in km (0 for a town too small to have districts)."""
    return next((km for least, km in _CITY_SPANS if population >= least), 0.0)


def _km(a: _Placed, b: _Placed) -> float:
    """The great-circle distance between two placed mentions, in km."""
    la, lb = math.radians(a.lat), math.radians(b.lat)
    h = math.sin((lb - la) / 2) ** 2 + math.cos(la) * math.cos(lb) * math.sin(math.radians(b.lon - a.lon) / 2) ** 2
    return 12_742.0 * math.asin(min(1.0, math.sqrt(h)))


#: Unresolved's fields, in order, as :func:`_counted_in` passes them (else it asks :func:`dataclasses.replace`).
_UNRESOLVED_FIELDS = ("report_id", "text", "sentence", "reason", "kind", "counted_in", "mention", "rule")
_UNRESOLVED_AS_KNOWN = tuple(f.name for f in fields(Unresolved)) == _UNRESOLVED_FIELDS


def _counted_in(u: Unresolved, regions: str) -> Unresolved:
    """``u`` with the regions its incident was counted in (itself when they are those it has)."""
    if u.counted_in == regions:
        return u
    if _UNRESOLVED_AS_KNOWN:  # what replace() makes, without its walk over the fields
        return Unresolved(u.report_id, u.text, u.sentence, u.reason, u.kind, regions, u.mention, u.rule)
    return replace(u, counted_in=regions)


def _code(value: object) -> str | None:
    """A region code, or None for a missing one (None, NaN, empty)."""
    return value if isinstance(value, str) and value else None


#: Per country code ("RU"), the words of its air defence (clauses.toml ``side_defences``).
_SIDE_DEFENCES = {side.upper(): CaselessPattern(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
                  for side, words in _LEX.side_defences.items()}
#: Per country code, the regions of the other country its air defence reaches (clauses.toml ``side_defence_reach``).
_SIDE_REACH = {side.upper(): frozenset(code.upper() for code in codes)
               for side, codes in _LEX.side_defence_reach.items()}


#: Per country code, its defence ministry (clauses.toml ``side_ministries``): a shoot-down it told is in its country.
_SIDE_MINISTRIES = {side.upper(): CaselessPattern(r"\b(?:" + "|".join(map(re.escape, words)) + r")\b")
                    for side, words in _LEX.side_ministries.items()}
#: kinds.toml's rule of a launch ("Russia launched 16 drones from Kursk"), which tells where they came from.
_LAUNCHED = "kind.strike.launched"


def _other_sides_ministry(ev: Event, regions: Iterable[str]) -> bool:
    """A shoot-down one side's defence ministry told ("the Russian Defence Ministry said its air defences destroyed
    101 drones") while none of ``regions`` lies in that country (or where its air defence reaches): not theirs."""
    if ev.kind is not Kind.SHOOTDOWN:
        return False
    return any(pattern.search(ev.text) and not any(r.startswith(side + "-") or r in _SIDE_REACH.get(side, ())
                                                   for r in regions)
               for side, pattern in _SIDE_MINISTRIES.items())


def _other_sides_defence(text: str, regions: Iterable[str]) -> bool:
    """The sentence tells of one country's air defence ("Russian air defences shot down 76 drones") and none of
    ``regions`` lies in that country: its figure is not theirs."""
    for side, pattern in _SIDE_DEFENCES.items():
        reach = _SIDE_REACH.get(side, frozenset())
        if pattern.search(text) and not any(r.startswith(side + "-") or r in reach for r in regions):
            return True
    return False


def _parts_over_regions(ext: Extraction) -> set[int]:
    """Sentences where a part of a figure is placed by a region's own name ("уничтожены 53 беспилотника, семь из
    них — над Самарской областью", "в том числе семь над ..."): the figure is over more than that region (its
    whole would not be told as a part of it), so it takes no region told before.

    Parameters
    ----------
    ext : Extraction
        The report's extraction.

    Returns
    -------
    set of int
        The sentences.
    """
    out: set[int] = set()
    for ev in ext.events:
        if ev.count is None or not (ev.part or ev.count_rule == _OF_THEM):  # "семь из них — над ...": a part
            continue
        placing = [ext.mentions[m] for m in ev.mentions if ext.mentions[m].role is Role.LOCATION]
        # told by the region's own name, not a plant's ("обломки одного из них упали на Волгоградский НПЗ в
        # Красноармейском районе": the figure is the city's)
        if placing and all(m.kind is MentionKind.REGION and m.rule != _FACILITY_RULE for m in placing):
            out.add(ev.sentence)
    return out


def _add_unique(seq: list[str], value: str) -> None:
    if value and value not in seq:
        seq.append(value)


class IncidentCounter:
    """Counts incidents report by report, so a corpus can be fed in chunks.

    Parameters
    ----------
    region_names : dict
        ``region_code -> (name, country)``.
    merge : bool
        Merge the same event told twice; ``False`` counts every telling.

    Examples
    --------
    >>> counter = IncidentCounter(names, merge=True)        # doctest: +SKIP
    >>> for chunk in chunks:                                 # doctest: +SKIP
    ...     counter.add(extractions, places, unresolved)
    >>> incidents, events = counter.finish()                 # doctest: +SKIP
    """

    def __init__(self, region_names: dict[str, tuple[str, str]], merge: bool = True) -> None:
        self.region_names = region_names
        self.merge = merge
        self.incidents: list[_Incident] = []
        self.event_rows: list[dict] = []

    def add(self, extractions: Sequence[Extraction], places: pd.DataFrame,
            unresolved: Sequence[Unresolved]) -> list[Unresolved]:
        """Count the events of some reports.

        Returns ``unresolved`` (this chunk's) with the regions each unresolved place
        mention's incident was counted in, followed by the events that have no region.
        """
        place_at = {(rid, m): _Placed(*rest) for rid, m, *rest in zip(
            *(places[c].tolist() for c in ("report_id", "mention", "region_code", "matched_name", "lat", "lon",
                                           "population")))}
        counted_in: dict[tuple[str, int], list[str]] = {}
        unplaced: list[Unresolved] = []
        for ext in extractions:
            tally = _ReportTally(self, ext, place_at, counted_in)
            self.event_rows.extend(tally.event_row(ev) for ev in ext.events)
            tally.casualties()
            tally.remainders()
            tally.peninsula_of_city()
            unplaced += tally.unplaced
        return [_counted_in(u, ";".join(counted_in.get((u.report_id, u.mention), ())))
                if u.mention is not None else u for u in unresolved] + unplaced

    def finish(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Merge across reports (when merging) and return ``(incidents, events)``."""
        merger = IncidentMerger(self.merge)
        return incident_table(merger.add(self.incidents), merger, self.region_names), event_frame(self.event_rows)


class _ReportTally:
    """What the events of one report become, telling by telling (see :class:`IncidentCounter`).

    ``place_at`` maps ``(report id, mention)`` to the resolved place; ``counted_in``
    collects, per mention, the regions its incident was counted in.
    """

    def __init__(self, counter: IncidentCounter, ext: Extraction, place_at: dict, counted_in: dict) -> None:
        self.counter, self.ext, self.place_at, self.counted_in = counter, ext, place_at, counted_in
        self.rep = ext.report
        self.own: list[_Incident] = []  # this report's incidents
        self.by_event: dict[int, list[_Incident]] = {}
        self.last: tuple[list[str], int] | None = None  # regions of the last counted event, and its sentence
        self._last_text = ""  # that event's text: did it tell of a wider scope too (:attr:`last_wide`)?
        self.unplaced: list[Unresolved] = []
        self.told: dict[int, _Tally] = {}  # incident (by id) -> its numbers in this report
        self.inherited = -1  # sentence whose numbers took the region told before it
        self.national = -1  # sentence of the last wide number left with no region ("Russia used 297 drones")
        self.district_singles: dict[str, frozenset[str]] = {}  # region -> a single object's district told last
        self.city_singles: dict[str, list[_Placed]] = {}  # region -> the cities a single object was told at
        self._placed: dict[tuple[int, str], list[int]] = {}  # (event, region) -> :meth:`_placed_in`
        placing = [m for m in ext.mentions if m.role in _PLACING]
        told = {ev.sentence for ev in ext.events if not ev.background}  # not "Planes are circling above the capital"
        # nor another story's headline ("Read also: ... attacks the Zhytomyr region"): background tells of none
        aside = {ev.sentence for ev in ext.events if ev.background} - told
        told_regions = [m for m in placing if m.kind is MentionKind.REGION and m.sentence not in aside
                        and (m.sentence in told or m.role is Role.TITLE)  # regions the report tells of
                        and not (m.role is Role.TITLE and m.rule == _CAPITAL_RULE)]
        self.sole = {m.region_code for m in told_regions}
        self.region_sentences = [(m.sentence, m.region_code) for m in told_regions]
        self.sole_rule = _SOLE.id
        if not self.sole:  # "Andrei Vorobyov said two drones were shot down": the region its head stands for
            heads = official_regions([t for name in ext.people for t in tokenize(name)], self.rep.date)
            if len(heads) == 1:
                self.sole, self.sole_rule = heads, _OFFICIAL.id
        if not self.sole:  # the one region named, in a sentence of no incident ("Грохот над Брянской областью")
            named = {m.region_code for m in placing if m.kind is MentionKind.REGION and m.sentence not in aside
                     and m.role is not Role.TITLE and m.cue in _NAMED}  # by its name: not "the capital", a title
            self.sole = named if len(named) == 1 else self.sole
        self.placed_sentences = {m.sentence for m in placing}
        # sentences placing figures in two regions or more: a figure of theirs with no place heads the breakdown
        spread: dict[int, set[str]] = {}
        for ev in ext.events:
            if ev.count is not None and ev.mentions:
                spread.setdefault(ev.sentence, set()).update(
                    ext.mentions[m].region_code or "" for m in ev.mentions if ext.mentions[m].role in _PLACING)
        self.breakdowns = {si for si, codes in spread.items() if len(codes - {""}) > 1}
        self.parted_wide = _parts_over_regions(ext)

    @property
    def last_wide(self) -> bool:
        """Whether the last counted event told of a wider scope too ("several regions, including ...")."""
        return bool(self._last_text) and _ONE_OF_WIDER.search(self._last_text) is not None

    def event_row(self, ev: Event) -> dict:
        """Count one event; its row of ``EVENT_COLUMNS``, with what became of it."""
        regions, names = self._regions_and_names(ev)
        rules = self.ext.event_rules(ev)
        row = {"report_id": self.rep.id, "event": ev.index, "sentence": ev.sentence, "kind": ev.kind,
               "count": ev.count, "object_kind": ev.object_kind, "regions": ";".join(regions), "text": shown(ev.text),
               "rule": ";".join(rules), "lang": self.rep.lang}
        row["status"], regions = self._status(ev, regions, names, row)
        if row["status"] is not None:
            return row
        targets = self._incidents_for(ev, regions, names, rules)
        self._remember(ev, targets)
        # the regions told in this sentence so far: a number later without a place takes the region
        # only where a sentence told of one region alone
        earlier = self.last[0] if self.last and self.last[1] == ev.sentence else []
        self.last = (list(dict.fromkeys(earlier + regions)), ev.sentence)
        self._last_text = ev.text  # "several regions, including X": looked for when needed (:attr:`last_wide`)
        row["status"] = Status.COUNTED if all(len(t.events) == 1 for t in targets) else Status.MERGED
        return row

    def _status(self, ev: Event, regions: list[str], names: set[str], row: dict) -> tuple[str | None, list[str]]:
        """What becomes of an event that is not counted (None for one to count), and the regions to
        count it in: for an event that names none, those told before it (put in ``row`` too)."""
        if ev.aggregate:
            return Status.TOTAL, regions
        if ev.background:
            return Status.BACKGROUND, regions
        if self._elaborates(ev, regions, names):
            return f"{Status.ELABORATES} {ev.continues}", regions
        if ev.elaboration and ev.continues in self.by_event:
            return Status.NOTHING_TOLD, regions
        if not regions:
            regions, rule = self._regions_told_before(ev)
            if regions:
                row["regions"], row["rule"] = ";".join(regions), row["rule"] + ";" + rule
        if not regions:
            if ev.part:
                return Status.PART, regions
            self._unplaced(ev, row["rule"])
            self.national = ev.sentence if ev.count is not None and _wide(ev.text) else self.national
            return Status.NO_REGION, regions
        return None, regions

    def _regions_told_before(self, ev: Event) -> tuple[list[str], str]:
        """The regions of an event that names none: a number without a place takes the one region
        just told of ("the governor said three drones had been destroyed") or the one region the
        whole report tells of; unplaced names the regions named just before, or that one region."""
        last, sole = self.last, self.sole
        headed = self._heading_frame(ev)
        if headed:
            return headed, _HEADING.id
        if self._armed_alike(ev):
            return list(cast(tuple, last)[0]), _INHERIT.id
        if (not ev.mentions or self._city_titles_only(ev)) and ev.count is not None and not ev.part \
                and not _wide_but_own_waters(ev.text, last is not None and len(last[0]) == 1
                                             and (ev.sentence - last[1] == 1 or ev.sentence == self.inherited),
                                             last[0] if last is not None else None) \
                and not _RECAP.match(ev.text) \
                and ev.sentence not in self.parted_wide:  # "As Ukrinform reported, 13 of 14 drones were destroyed"
            regions, rule = [], ""
            # a further batch takes the one region told before it in its own sentence too ("two over the
            # Bryansk region, and two more over the Klimovsky district"), as does a running figure ("two more over
            # the Bryansk region, bringing the total to 11"), and one more object told later
            # ("Ще одне влучання — ...: там ворог атакував об'єкт безпілотником") the region of the last event
            if last is not None and (0 < ev.sentence - last[1] <= _INHERIT["within"] or ev.sentence == self.inherited
                                     or ((ev.more or ev.count_rule in _IN_ALL_RULES) and ev.sentence == last[1])
                                     or (ev.more and ev.count == 1 and ev.sentence > last[1])
                                     or _further_batch(ev, last[1])) \
                    and len(last[0]) == 1 and not self.last_wide and ev.sentence not in self.breakdowns \
                    and not self._told_elsewhere(ev, last[0]):
                regions, rule = list(last[0]), _INHERIT.id
            elif len(sole) == 1 and ev.sentence not in self.placed_sentences \
                    and (last is None or (last[0] == list(sole) and not self.last_wide)) \
                    and not self._told_elsewhere(ev, sole):
                regions, rule = list(sole), self.sole_rule
            elif self._sole_so_far(ev) and not self._told_elsewhere(ev, cast(tuple, last)[0]):
                regions, rule = list(cast(tuple, last)[0]), _SOLE.id
            elif last is None and not sole and self._pointed_back(ev):
                regions, rule = self.airport_frame, _AIRPORT_FRAME.id
            self.inherited = ev.sentence if regions else self.inherited
            return regions, rule
        if not self._only_unplaced_names(ev):
            return [], ""
        if last is not None and ev.sentence - last[1] <= _REGIONS_BEFORE["within"]:
            return list(last[0]), _REGIONS_BEFORE.id
        return (list(sole), self.sole_rule) if len(sole) == 1 else ([], "")

    @cached_property
    def airport_frame(self) -> list[str]:
        """The one region of the airports the report names (mentions of role airport), or none where they lie in
        several: the frame of a number pointed back to the area just told (event.airport_frame)."""
        rid = self.rep.id
        codes = {self.place_at[(rid, m)].region_code for m, men in enumerate(self.ext.mentions)
                 if men.role is Role.AIRPORT and (rid, m) in self.place_at}
        return [code for code in codes if _code(code)] if len(codes) == 1 else []

    def _pointed_back(self, ev: Event) -> bool:
        """Whether ``ev``'s sentence points back to the area just told by a word of clauses.toml ``local_scope``
        ("На территории региона силы ПВО сбили два БПЛА"), in a language that has such words."""
        return bool(self.airport_frame) and _other_scopes()[1].search(ev.text) is not None

    def _armed_alike(self, ev: Event) -> bool:
        """A strike's further weapons told with where they came from, in the sentence that placed the strike ("attacked
        the Dnipropetrovsk region with four ballistic missiles from Crimea, and with five Kh-59s from the occupied part
        of the Zaporizhzhia region"): one attack on the one region, not a number with no place."""
        last = self.last
        if last is None or len(last[0]) != 1 or ev.sentence != last[1] or ev.mentions or ev.count is None or ev.part:
            return False
        return ev.kind is Kind.STRIKE and ev.kind_rule != _LAUNCHED and self._origin_told(ev)

    def _told_elsewhere(self, ev: Event, regions: Sequence[str]) -> bool:
        """Whether a number with no place is not the region's told just before (event.inherit_region): the other
        side's defence or defence ministry told it ("Russian air defences shot down 76 drones" after a Ukrainian
        oblast), or it is a launch from named sites ("The enemy also launched 16 Shaheds from Primorsko-Akhtarsk and
        Kursk"), which counts the raid, not the region it reached; or a number told had no region since the region's
        last event, and this one goes on with it (the breakdown of a whole raid's figure)."""
        if _other_sides_defence(ev.text, regions) or _other_sides_ministry(ev, regions):
            return True
        if (self.last[1] if self.last else -1) < self.national < ev.sentence:
            return True  # "The Air Force said Russia used 297 drones. Of these, 274 were shot down": the raid's figures
        return (ev.kind_rule == _LAUNCHED and self._origin_told(ev)) or self._retells_total(ev)

    def _retells_total(self, ev: Event) -> bool:
        """Whether ``ev``'s sentence names no place and tells again the total of a breakdown told before it: "281
        drones over the past day, nine of them over the Moscow region" then "the ministry said air defence had shot
        down two guided aerial bombs and 281 fixed-wing UAVs" (acc49-en-110) retells the raid, so none of its numbers
        is the region's told just before (a figure told with no place and no breakdown, "Eleven missiles were fired
        in all" after "all 11 Iskander missiles", may still be the region's)."""
        totals = self.breakdown_totals
        if ev.more or not totals:
            return False
        told = {(count, kind) for si, count, kind in totals if si < ev.sentence}
        return any(e.sentence == ev.sentence and not e.mentions and (e.count, e.object_kind) in told
                   for e in self.ext.events)

    @cached_property
    def breakdown_totals(self) -> list[tuple[int, int, str]]:
        """(sentence, number, kind) of the report's totals of a breakdown told with no place (``_retells_total``)."""
        return [(e.sentence, e.count, e.object_kind) for e in self.ext.events
                if e.aggregate and e.count is not None and not e.mentions]

    def _origin_told(self, ev: Event) -> bool:
        """``ev``'s sentence names where objects came from (a mention of role origin)."""
        return any(m.sentence == ev.sentence and m.role is Role.ORIGIN for m in self.ext.mentions)

    def _city_titles_only(self, ev: Event) -> bool:
        """Whether ``ev``'s only names are cities in an official's title, which never place it (``_regions_and_names``):
        "A downed Shahed fell 10 metres from the house of Dnipro mayor Borys Filatov" after "Russia attacked Dnipro"
        takes the region told before it, as a sentence naming nothing does; only where that is the titles' own region
        (not "Moscow Mayor Sergei Sobyanin said ..." after a figure of the Tver region)."""
        mentions, last = self.ext.mentions, self.last
        return last is not None and all(mentions[m].role is Role.TITLE and mentions[m].kind is not MentionKind.REGION
                                        and self._regions_of([m]) == last[0] for m in ev.mentions)

    def _sole_so_far(self, ev: Event) -> bool:
        """Whether a number with no place is told while the report has named one region alone so far, the one its
        last counted event was in and the only one of its country in the whole report ("Nikolayev said two drones
        fell on the plant", two sentences after Chuvashia, before the report turns to Ukraine's Rivne region): that
        region is the number's (event.sole_region)."""
        last = self.last
        if last is None or len(last[0]) != 1 or self.last_wide or ev.sentence in self.placed_sentences:
            return False
        region = last[0][0]
        before = {code for si, code in self.region_sentences if si <= ev.sentence}
        same_country = {code for _, code in self.region_sentences if code and code[:3] == region[:3]}
        return before == same_country == {region} and not _other_sides_defence(ev.text, before)

    @cached_property
    def headings(self) -> dict[int, str]:
        """Sentences that are a region's name alone on a line of their own ("📍Дніпропетровська область",
        "Харківщина:"), with no event, to that region (event.region_heading)."""
        ext, text = self.ext, self.ext.report.text
        told = {ev.sentence for ev in ext.events if ev.kind is not Kind.OTHER or ev.count is not None}
        codes: dict[int, set[str]] = {}
        for m in ext.mentions:
            if m.kind is MentionKind.REGION and m.role in _PLACING and m.cue in _NAMED and m.region_code \
                    and m.sentence not in told:
                codes.setdefault(m.sentence, set()).add(m.region_code)
        out = {}
        for si, found in codes.items():
            start, end = ext.sentence_spans[si]
            alone = not text[:start].strip(" \t") or text[:start].rstrip(" \t").endswith("\n")
            alone = alone and (not text[end:].strip(" \t") or text[end:].lstrip(" \t").startswith("\n"))
            if alone and len(found) == 1 and len(_WORD.findall(text[start:end])) <= _HEADING["max_words"]:
                out[si] = next(iter(found))
        return out

    def _heading_frame(self, ev: Event) -> list[str]:
        """The region of the heading over an event that names none (:attr:`headings`): the last heading before
        it, when no event after that heading was counted in another region; not a part, a wider scope or a recap."""
        before = [si for si in self.headings if si < ev.sentence]
        if not before or ev.part or _wide(ev.text) or _RECAP.match(ev.text) \
                or (ev.mentions and not self._only_unplaced_names(ev)):
            return []
        code = self.headings[max(before)]
        if self.last is not None and self.last[1] > max(before) and self.last[0] != [code]:
            return []
        return [code]

    def _regions_and_names(self, ev: Event) -> tuple[list[str], set[str]]:
        """The regions of an event's mentions and their names. A region in an official's title
        ("Belgorod Governor ...") places it only when nothing else does; a city in one ("Moscow
        Mayor ...") never."""
        mentions = self.ext.mentions
        names = {_name_key(mentions[m].text) for m in ev.mentions}
        titles = [m for m in ev.mentions
                  if mentions[m].kind is MentionKind.REGION and mentions[m].rule != _CAPITAL_RULE]
        regions = self._regions_of([m for m in ev.mentions if mentions[m].role is not Role.TITLE]) \
            or self._regions_of(titles) or self._title_city_told(ev)  # "the mayor of the capital": a city
        return self._city_on_peninsula(ev, regions, titles), names

    def _title_city_told(self, ev: Event) -> list[str]:
        """The region of a city named only in an official's title whose sentence tells the event in "the city"
        (clauses.toml ``title_city_anaphors``): "Kharkiv's mayor said Russian drones had hit civilian infrastructure
        in the city" is Kharkiv's (acc46-en-108)."""
        if not _TITLE_CITY_ANAPHORS or not ev.mentions:
            return []
        mentions = self.ext.mentions
        cities = [m for m in ev.mentions if mentions[m].role is Role.TITLE and mentions[m].kind is MentionKind.PLACE]
        if len(cities) != len(ev.mentions):  # (asked before the sentence is folded: most events name other places)
            return []
        text = " " + normalize(self.ext.sentence_text(ev.sentence)) + " "
        return self._regions_of(cities) if any(f" {p} " in text for p in _TITLE_CITY_ANAPHORS) else []

    def _city_on_peninsula(self, ev: Event, regions: list[str], titles: list[int]) -> list[str]:
        """The city-region (Sevastopol) of an official, named in the sentence only in the title, whose event is told
        only by the peninsula around the city (geography.toml: ``peninsula_of_city``): "the governor of Sevastopol
        said a drone was shot down in occupied Crimea" is the city's."""
        if len(regions) != 1:
            return regions
        mentions, rid, place_at = self.ext.mentions, self.rep.id, self.place_at
        # the title's city named as a region ("the governor of Sevastopol") or as a place ("the governor of the city
        # of Sevastopol in Russian-held Crimea", acc55-en-101)
        seats = [m for m in ev.mentions if mentions[m].role is Role.TITLE and (m in titles or (rid, m) in place_at)]
        codes = (mentions[m].region_code if m in titles else place_at[(rid, m)].region_code for m in seats)
        cities = [code for code in codes if code and _LEX.peninsula_of_city.get(code) == regions[0]]
        if cities and cities[0] not in self._regions_of([m for m, mm in enumerate(mentions)
                                                         if mm.sentence == ev.sentence and mm.role is not Role.TITLE]):
            return [cities[0]]
        return regions

    def _regions_of(self, mentions: list[int]) -> list[str]:
        """Regions of the mentions, in order: named regions, and the regions of placed places. A
        region that only says where a city of its own standing lies ("Sevastopol in Crimea") is
        not one more region."""
        rid, place_at, ext = self.rep.id, self.place_at, self.ext
        nested = {_LEX.surrounding_region.get(place_at[(rid, m)].region_code) for m in mentions
                  if (rid, m) in place_at and ext.mentions[m].region_hint} | self._peninsula_frames(mentions)
        regions: list[str] = []
        for m in mentions:
            mm = ext.mentions[m]
            if mm.kind is MentionKind.REGION:
                if mm.region_code not in nested:
                    _add_unique(regions, mm.region_code)
            elif (rid, m) in place_at and _code(place_at[(rid, m)].region_code):
                _add_unique(regions, place_at[(rid, m)].region_code)
        return regions

    def _peninsula_frames(self, mentions: list[int]) -> set[str]:
        """Peninsulas (Crimea) that only frame a city-region on them, named right beside it in the same sentence
        with nothing but a preposition, an "occupied" and a comma between (clauses.toml ``frame_fillers``;
        geography.toml ``peninsula_of_city``): "У Севастополі в окупованому Криму", "В окупованому Криму, у
        Севастополі, ..." tell one place, not two regions; "над Кримом і Севастополем" tells two."""
        ext, rid = self.ext, self.rep.id
        cities = [(ext.mentions[m], _LEX.peninsula_of_city[self.place_at[(rid, m)].region_code]) for m in mentions
                  if (rid, m) in self.place_at and self.place_at[(rid, m)].region_code in _LEX.peninsula_of_city]
        if not cities:
            return set()
        gap, text = _frame_gap(self.rep.lang), self.rep.text
        out: set[str] = set()
        for mm in (ext.mentions[m] for m in mentions if cities):
            if mm.kind is not MentionKind.REGION:
                continue
            for city, peninsula in cities:
                first, second = sorted((mm, city), key=lambda x: x.start)
                if city.sentence == mm.sentence and peninsula == mm.region_code \
                        and gap.fullmatch(text[first.end:second.start]):
                    out.add(peninsula)
        return out

    def _places_in(self, ev: Event, region: str) -> list[str]:
        rid, place_at = self.rep.id, self.place_at
        return [place_at[(rid, m)].matched_name for m in ev.mentions
                if (rid, m) in place_at and place_at[(rid, m)].region_code == region]

    def _single_places(self, ev: Event, region: str) -> frozenset[str]:
        """Where a single object told by ``ev`` came down in ``region``: its settlements found there, else the
        districts named after a town ("in a village of the Koriukivka district"); not a city in an official's
        title ("the head of the Chernihiv RMA")."""
        rid, place_at, mentions = self.rep.id, self.place_at, self.ext.mentions
        if self._headline(ev):
            return frozenset()  # "Под Курском при атаке FPV-дрона погиб пенсионер": the body's object, told loosely
        mine = self._placed_in(ev, region)
        towns = [m for m in mine if not mentions[m].district]
        return frozenset(place_at[(rid, m)].matched_name for m in towns or mine) or self._cued_unplaced(ev, region)

    def _settlements_of(self, ev: Event, region: str) -> frozenset[str]:
        """The settlements of ``region`` a figure is told for ("two drones hit Ryabiki"), not in a headline nor beside
        the region itself ("... a drone attack on Mykolaiv, and five Shaheds destroyed over the region")."""
        rid, place_at, mentions = self.rep.id, self.place_at, self.ext.mentions
        mine = self._placed_in(ev, region)
        if self._headline(ev) or any(mentions[m].kind is MentionKind.REGION for m in mine):
            return frozenset()
        return frozenset(place_at[(rid, m)].matched_name for m in mine if not mentions[m].district)

    def _headline(self, ev: Event) -> bool:
        """``ev`` is told by the report's first line, with no full stop and a body after it: a headline, which
        tells again, more loosely, what the body tells."""
        spans, text = self.ext.sentence_spans, self.ext.report.text
        if ev.sentence != 0 or len(spans) < 2:
            return False
        start, end = spans[0]
        line = text[start:end].rstrip()
        return "\n" in text[end:spans[1][0]] and line[-1:] not in ".!?»\"" and "\n" not in line

    def _districts_of(self, ev: Event, region: str) -> frozenset[str]:
        """The districts of ``region`` a figure is told for ("Над Шебекинским округом сбиты 21", "Валуйский — восемь",
        "В Валуйском округе под удар попали Борки и Казинка: пять беспилотников")."""
        mentions = self.ext.mentions
        return frozenset(self.place_at[(self.rep.id, m)].matched_name for m in self._placed_in(ev, region)
                         if mentions[m].district)

    def _placed_in(self, ev: Event, region: str) -> list[int]:
        """The mentions of ``ev`` placed in ``region``, but a region or city in an official's title."""
        found = self._placed.get((ev.index, region))  # asked up to four times for each event and region
        if found is None:
            rid, place_at, mentions = self.rep.id, self.place_at, self.ext.mentions
            found = self._placed[(ev.index, region)] = [
                m for m in ev.mentions if (rid, m) in place_at and place_at[(rid, m)].region_code == region
                and mentions[m].role is not Role.TITLE]
        return found

    def _cued_unplaced(self, ev: Event, region: str, districts: bool = False) -> frozenset[str]:
        """A single object at a village the gazetteer lacks, told by its cue ("in the village of Krasny Pakhar a
        drone attacked a truck"), in an event placing nothing in another region: the village's name, which tells it
        from the objects told one at a time at other places of ``region`` (the same name told again adds none),
        in every language ("в селе Грузское ... у хутора Масычево"); a headline's object is the body's
        (:meth:`_headline`). With ``districts``, districts the gazetteer could not place are named too
        (:meth:`_each`)."""
        rid, place_at, mentions = self.rep.id, self.place_at, self.ext.mentions
        if any((rid, m) in place_at and place_at[(rid, m)].region_code != region for m in ev.mentions):
            return frozenset()
        cued = _cue_rules(self.rep.lang or "en")
        return frozenset(_name_key(mentions[m].text) for m in ev.mentions
                         if mentions[m].kind is MentionKind.PLACE and (rid, m) not in place_at
                         and mentions[m].role is not Role.TITLE
                         and (mentions[m].rule in cued or (districts and mentions[m].district)))

    def _city_told(self, ev: Event, region: str, single: frozenset[str]) -> frozenset[str]:
        """A single object told at a city ("атакувала Харків дроном"), then one at a district of it named after a
        quarter within the city's span ("Безпілотник влучив у Салтівському районі"): the same object told again in
        detail, at the city's name (so it adds none)."""
        if not single:
            return single
        rid, place_at, mentions = self.rep.id, self.place_at, self.ext.mentions
        placed = self._placed_in(ev, region)
        mine = [place_at[(rid, m)] for m in placed]
        if mine and all(mentions[m].district for m in placed):
            city = next((c for c in self.city_singles.get(region, ()) for p in mine
                         if c.population > p.population and _km(c, p) <= _span(c.population)), None)
            if city is None:
                return single
            if region in self.district_singles:  # the settlement told next takes the city's place, not the quarter's
                self.district_singles[region] = frozenset({city.matched_name})
            return frozenset({city.matched_name})
        self.city_singles.setdefault(region, []).extend(p for p in mine if _span(p.population))
        return single

    def _in_district_told(self, ev: Event, region: str, single: frozenset[str]) -> frozenset[str]:
        """A single object told at a district named after a town ("атака безпілотника в Запорізькому районі"), then
        one at a settlement of the same region ("вдарили безпілотником по селу Михайло-Лукашеве"): the settlement
        most likely lies in the district, the same object told again in detail; it takes the district's place, so it
        adds none (once: a further settlement is another object)."""
        mentions = self.ext.mentions
        mine = self._placed_in(ev, region)
        towns = [m for m in ev.mentions if mentions[m].kind is MentionKind.PLACE and not mentions[m].district]
        if mine and not towns and all(mentions[m].district for m in mine):  # (a village unplaced is still one)
            self.district_singles[region] = single
            return single
        told = self.district_singles.pop(region, None)
        return told if told and single else single

    def _each(self, ev: Event, region: str, objects: int) -> int:
        """Objects told once for each of several places ("two each in the Kryvyi Rih and Dnipro
        districts"): as many times over as the event names places in ``region``, a district or a cued village
        the gazetteer could not place among them where the event places nothing elsewhere ("по одному ... в
        полях Чебоксарского и Красноармейского муниципальных округов")."""
        if not ev.each:
            return objects
        places = set(self._places_in(ev, region))
        if places:
            places |= self._cued_unplaced(ev, region, districts=True)
        return objects * max(1, len(places))

    def _elaborates(self, ev: Event, regions: list[str], names: set[str]) -> bool:
        """A sentence naming places of an event just told ("the affected cities were ...") adds
        them to its incidents."""
        prev = self.by_event.get(ev.continues) if ev.continues is not None else None
        if not prev or not set(regions) <= {i.region for i in prev}:
            return False
        for inc in prev:
            inc.absorb(None, None, ev.text, f"{self.rep.id}#{ev.index}", self._places_in(ev, inc.region),
                       names, report=self.rep.id, source=self.rep.source, lang=self.rep.lang)
        self._remember(ev, prev)
        return True

    def _only_unplaced_names(self, ev: Event) -> bool:
        """An event naming only places that could not be placed."""
        return bool(ev.mentions) and all(
            self.ext.mentions[m].kind is MentionKind.PLACE and (self.rep.id, m) not in self.place_at
            for m in ev.mentions)

    def _unplaced(self, ev: Event, rule: str) -> None:
        """An event with no region is listed as unresolved (unless it tells nothing at all)."""
        if ev.count is None and ev.kind is Kind.OTHER and not ev.mentions:
            return
        what = ", ".join(self.ext.mentions[m].text for m in ev.mentions)
        reason = (f"its places could not be placed ({what})" if ev.mentions
                  else "no place or region named for this incident")
        self.unplaced.append(Unresolved(self.rep.id, ev.text, ev.text, reason, kind=UnresolvedKind.EVENT, rule=rule))

    def _incidents_for(self, ev: Event, regions: list[str], names: set[str], rules: list[str]) -> list[_Incident]:
        """The incident of each region the event is in: one of this report's, or a new one.
        Objects told for several regions at once are not split between them (unless told for
        each); a region's numbers in one report add up or retell (:class:`_Tally`)."""
        # as many objects as regions over which they were downed: one each ("four drones over the Moscow,
        # Tambov, Bryansk and Oryol regions"), the only split the telling allows
        one_each = ev.count is not None and len(regions) > 1 and ev.count == len(regions)
        objects = ev.count if len(regions) == 1 or ev.each else (1 if one_each else None)
        if ev.count is not None and len(regions) > 1 and not ev.each and not one_each:
            log.info("%s: %d objects over %s not split between regions", self.rep.id, ev.count, ", ".join(regions))
        targets, rep, told, event = [], self.rep, self.told, f"{self.rep.id}#{ev.index}"
        for region in regions:
            match = self._same_incident(ev, region) if self.counter.merge else None
            if match is None:
                match = _Incident(region, ev.kind, None, None, self.rep.date)
                self.own.append(match)
                self.counter.incidents.append(match)
            elif match.kind is Kind.OTHER and ev.kind is not Kind.OTHER and len(regions) == 1:
                match.kind = ev.kind  # "the affected cities were ..." told before what happened there
            match.absorb(None, None, ev.text, event, self._places_in(ev, region), names,
                         report=rep.id, source=rep.source, lang=rep.lang)
            if objects is None and ev.count is not None:  # kept as a shared figure, not split
                match.share(ev.count, [r for r in regions if r != region])
            if objects is not None:
                tally = told.get(id(match))
                if tally is None:
                    tally = told[id(match)] = _Tally()
                single = self._city_told(ev, region, self._in_district_told(ev, region, self._single_places(
                    ev, region))) if ev.count_rule == "count.single_object" else None
                _fold_retold_post(ev, tally, rep.lang or "en")
                match.objects = tally.add(ev.sentence, self._each(ev, region, objects),
                                          ev.more or _another_kind(match, ev) or _struck_after_downed(match, ev, tally)
                                          or self._single_struck_after_downed(ev, tally)
                                          or self._another_day(ev, tally)
                                          or self._further_statement(ev, tally),
                                          ev.count_rule == "count.nearly", single or frozenset(),
                                          ev.count_rule == "count.day_ordinal", ev.part or ev.count_rule == _OF_THEM,
                                          in_all=ev.count_rule in _IN_ALL_RULES,
                                          of_them=_OF_THEM in ev.count_rule.split(";"),
                                          where=_Where(self._districts_of(ev, region),
                                                       frozenset() if single else self._settlements_of(ev, region)))
                match.object_kind = _joined_kinds(match.object_kind, ev.object_kind)
            for rule in rules:
                match.rules[rule] = None
            targets.append(match)
        return targets

    def _further_statement(self, ev: Event, tally: _Tally) -> bool:
        """Whether ``ev``'s figure is of a later statement told in a sentence of its own after one that counted in its
        incident (event.further_statement): its sentence's total with no place is a further batch ("another 70
        drones, among them 14 over the Bryansk Region"), or the sentence opens with one of ``opens`` ("In addition,
        ... two over the Belgorod Region"); a batch of its own, added."""
        if tally.top < 0 or tally.top == ev.sentence or ev.count is None or ev.more:
            return False
        if _FURTHER_OPENS.match(ev.text.lstrip()):
            return True
        return any(e.sentence == ev.sentence and e.more and not e.mentions and e.count is not None
                   and e.count > ev.count and e.index < ev.index for e in self.ext.events)

    def _single_struck_after_downed(self, ev: Event, tally: _Tally) -> bool:
        """Whether ``ev`` tells one object that struck a place of its own (a single object: "FPV-дроном противник
        ударив по Нікопольщині"), in a Ukrainian or Russian report, after a sentence whose figure was told only as
        downed ("Захисники неба знищили 15 із них"): an oblast head's day tells the drones downed over the region
        and then the strikes that got through, which the downed ones are not (a downed drone hits nothing); not
        debris nor one of them (clauses.toml ``struck_after_downed_not_with``)."""
        if ev.kind is not Kind.STRIKE or ev.count != 1 or ev.count_rule != "count.single_object" or ev.part \
                or tally.top < 0 or tally.top >= ev.sentence:
            return False
        not_with = _slavic_words(self.rep.lang or "en", "struck_after_downed_not_with", r"\b")
        if not_with is None or not_with.search(ev.text):
            return False
        told = [e for e in self.ext.events if e.sentence == tally.top and e.count is not None]
        return len(told) == 1 and told[0].kind is Kind.SHOOTDOWN  # (not a breakdown of a total by region)

    def _another_day(self, ev: Event, tally: _Tally) -> bool:
        """Whether ``ev``'s sentence dates its figure to a day its incident's largest figure so far was not told for
        ("On October 17 three missiles were downed over Kryvyi Rih." then "On the night of October 18 one drone was
        shot down and two missiles got through"): a batch of its own, added, not the same objects told again."""
        if tally.top < 0 or tally.top == ev.sentence or not any(c.isdigit() for c in ev.text):
            return False
        day = days_told(ev.text)
        top = days_told(self.ext.sentence_text(tally.top)) if day else frozenset()
        return bool(top) and top.isdisjoint(day)

    def _same_incident(self, ev: Event, region: str) -> _Incident | None:
        """This report's incident in ``region`` that ``ev`` tells again: of the same kind, told
        without a number or a kind of its own (an elaboration, a repetition), or counting the same
        objects (the ministry's "37 drones destroyed" and the governor's "35 drones targeted the
        region, fragments fell"); a missile after drones is another incident."""
        for inc in self.own:
            if inc.region == region and (inc.kind == ev.kind or ev.count is None
                                         or Kind.OTHER in (ev.kind, inc.kind)
                                         or inc.object_kind is None
                                         or ev.object_kind in inc.object_kind.split(";")):
                return inc
        return None

    def casualties(self) -> None:
        """People killed and injured told in the report go to the incident of their sentence, or of
        the last sentence before it that told of one ("A drone hit a house in Belgorod. Two people
        were killed."); told for incidents in several regions, they are not split (nor counted)."""
        lang = self.rep.lang or "en"
        if not self.by_event or not tells_casualties(self.rep.text, lang):
            return
        by_sentence: dict[int, list[_Incident]] = {}
        sentence_of = {ev.index: ev.sentence for ev in self.ext.events}
        for index, incidents in self.by_event.items():
            group = by_sentence.setdefault(sentence_of[index], [])
            group.extend(i for i in incidents if all(i is not g for g in group))
        told = sorted(by_sentence)
        for i in range(len(self.ext.sentence_spans)):
            hurt = find_casualties(self.ext.sentence_text(i), lang)
            earlier = [s for s in told if s <= i]
            if not hurt.rules or not earlier:
                continue
            targets = by_sentence[earlier[-1]]
            if len({t.region for t in targets}) != 1:
                log.info("%s: casualties told for several regions not split between them", self.rep.id)
                continue
            for t in targets:
                t.hurt(hurt.killed or None, hurt.injured or None)
                t.rules.update(dict.fromkeys(hurt.rules))

    def remainders(self) -> None:
        """"15 drones over the Belgorod and Bryansk regions ... 12 of them over Belgorod": a figure shared
        by regions all of which but one have a figure of their own (of the same objects, less in all)
        leaves the rest to that one (``event.shared_remainder``)."""
        groups: dict[tuple[int, frozenset[str]], list[_Incident]] = {}
        for inc in self.own:
            if inc.shared is not None and inc.shared_with:
                groups.setdefault((inc.shared, frozenset([inc.region, *inc.shared_with])), []).append(inc)
        for (shared, regions), members in groups.items():
            left = [m for m in members if m.objects is None]
            told = [m for m in members if m.objects is not None]
            if len(members) != len(regions) or len(left) != 1 or len({m.object_kind for m in told}) != 1:
                continue
            rest = shared - sum(m.objects or 0 for m in told)
            if rest > 0:
                left[0].objects, left[0].object_kind = rest, told[0].object_kind
                left[0].rules[_REMAINDER.id] = None

    def peninsula_of_city(self) -> None:
        """A report with an incident in a city-region (Sevastopol) keeps none in the peninsula around it (Crimea)
        told only by the peninsula's name, with no figure, no shared figure and no place, in sentences that tell
        nothing of the city (geography.toml: ``peninsula_of_city``): "Major Ukrainian drone attack on Crimea
        repelled" over a report on Sevastopol (not "Drones were shot down over Crimea and near Sevastopol")."""
        around = {_LEX.peninsula_of_city[inc.region]: inc for inc in self.own if inc.region in _LEX.peninsula_of_city}
        drop = [inc for inc in self.own if inc.region in around and inc.objects is None and inc.shared is None
                and not inc.places and around[inc.region].sentences.keys().isdisjoint(inc.sentences)]
        for inc in drop:
            for seq in (self.own, self.counter.incidents):  # by identity, from the end (this report's are last)
                del seq[next(k for k in range(len(seq) - 1, -1, -1) if seq[k] is inc)]

    def _remember(self, ev: Event, targets: list[_Incident]) -> None:
        self.by_event[ev.index] = targets
        for m in ev.mentions:
            seen = self.counted_in.setdefault((self.rep.id, m), [])
            for t in targets:
                _add_unique(seen, t.region)


def _further_batch(ev: Event, last: int) -> bool:
    """Whether ``ev`` is a further batch ("Another 17 rockets were intercepted earlier on Tuesday") told at most
    event.inherit_region's ``more_within`` sentences after the last counted event (sentence ``last``)."""
    return ev.more and 0 < ev.sentence - last <= _INHERIT["more_within"]


def _by_seq(incident: _Incident) -> int:
    return incident.seq


class IncidentMerger:
    """Merges the same incident told by different reports: same day, region and kind.

    Fed incidents chunk by chunk, it gives back at once those that can merge with
    nothing (undated, or merging off) and keeps the dated ones, one per day, region
    and kind, until :meth:`pending`. Every incident gets its place in the run's
    order (``seq``), so that results do not depend on chunking.

    A report of any day may come at any point of a corpus, so a dated incident can merge
    until the last report is read. Past ``capacity`` tellings taken in (incidents as the
    reports told them, merged or not: a merged incident grows with every report telling it,
    so counting the incidents kept would not bound memory when days, regions and kinds are
    few), all the incidents kept are appended to temporary files in ``folder``, one per
    group of days (:attr:`BUCKETS`), and never read back while reports come; :meth:`pending`
    merges each file's incidents (those of its days) at the end. Every incident is written
    and read at most once, so the cost per report does not grow with the corpus, and memory
    holds ``capacity`` tellings while reports are read, then the incidents of one group of days.

    Parameters
    ----------
    merge : bool
        Merge at all.
    capacity : int, optional
        Tellings of dated incidents kept in memory (checked after each chunk); None keeps all.
    folder : str or Path, optional
        Where the temporary files go (removed on :meth:`close`).
    """

    #: Groups of days (a day's group: its ordinal modulo this) written to files of their own.
    BUCKETS = 32

    def __init__(self, merge: bool = True, capacity: int | None = None, folder=None) -> None:
        self.merge = merge
        self.capacity = capacity
        self.folder = folder
        self.flushed = 0  # incidents written to the files
        self._seq = 0
        self._index: dict[tuple, _Incident] = {}
        self._told = 0  # tellings taken into the incidents of _index
        self._files: dict[int, IO[bytes]] = {}

    @property
    def held(self) -> int:
        """Tellings of dated incidents in memory now (what ``capacity`` bounds)."""
        return self._told

    def add(self, incidents: Iterable[_Incident]) -> list[_Incident]:
        """Take incidents (in order); return the ones that are final now."""
        final, index = [], self._index
        for inc in incidents:
            self._seq += 1
            inc.seq = self._seq
            if not self.merge or inc.day is None:
                final.append(inc)
                continue
            _merge_into(index, inc)
            self._told += 1
        if self.capacity is not None and self._told > self.capacity:
            self._flush()
        return final

    def _flush(self) -> None:
        """Append every incident kept to the file of its days; keep none."""
        groups: dict[int, list[_Incident]] = {}
        for inc in self._index.values():
            groups.setdefault(inc.day.toordinal() % self.BUCKETS, []).append(inc)
        for bucket, incidents in groups.items():
            if bucket not in self._files:
                self._files[bucket] = tempfile.TemporaryFile(dir=self.folder)
            pickle.dump(incidents, self._files[bucket], protocol=pickle.HIGHEST_PROTOCOL)
        self.flushed += len(self._index)
        self._index, self._told = {}, 0

    def pending(self) -> Iterator[_Incident]:
        """The dated incidents, merged, in order (those written to files merged there, a file at a time)."""
        if not self._files:
            return iter(sorted(self._index.values(), key=_by_seq))
        self._flush()
        return heapq.merge(*(self._merged(fh) for fh in self._files.values()), key=_by_seq)

    @staticmethod
    def _merged(fh: IO[bytes], batch: int = 64) -> Iterator[_Incident]:
        """The incidents of one file merged, in order: the file is rewritten with them, then read
        ``batch`` at a time (every file's generator holds its batch while :func:`heapq.merge` takes
        the next incident of each: with large batches, that was nearly every incident at once)."""
        fh.seek(0)
        merged: dict[tuple, _Incident] = {}
        for inc in sorted(_pickled(fh), key=_by_seq):  # the parts of an incident, merged in the order told
            _merge_into(merged, inc)
        ordered = list(merged.values())  # in seq order: each first told before the next
        del merged
        fh.seek(0)
        fh.truncate()
        for start in range(0, len(ordered), batch):
            pickle.dump(ordered[start:start + batch], fh, protocol=pickle.HIGHEST_PROTOCOL)
        del ordered
        fh.seek(0)
        yield from _pickled(fh)

    def close(self) -> None:
        """Close (and so remove) the temporary files."""
        for fh in self._files.values():
            fh.close()
        self._files = {}


def _merge_into(index: dict[tuple, _Incident], inc: _Incident) -> None:
    """Keep ``inc`` under its day, region and kind, or merge it into the incident kept there."""
    key = (inc.day, inc.region, inc.kind)
    target = index.get(key)
    if target is None:
        index[key] = inc
    else:
        target.merge_from(inc)


def _pickled(fh: IO[bytes]) -> Iterator:
    """The items of the lists pickled one after the other in ``fh``, from where it stands."""
    while True:
        try:
            yield from pickle.load(fh)
        except EOFError:
            return


def event_frame(rows: list[dict]) -> pd.DataFrame:
    """The events table from rows of ``EVENT_COLUMNS``."""
    out = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    out["count"] = out["count"].astype("Int64")
    return out


def incident_table(final: list[_Incident], merger: IncidentMerger,
                   region_names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """The incidents table: those final at once and those the merger kept, in run order, numbered."""
    ordered = heapq.merge(final, merger.pending(), key=_by_seq)
    return incident_frame([inc.values(n, region_names) for n, inc in enumerate(ordered, start=1)])


def incident_frame(rows: list) -> pd.DataFrame:
    """The incidents table from rows of ``INCIDENT_COLUMNS`` (dicts, or tuples of the values in order)."""
    out = pd.DataFrame(rows, columns=INCIDENT_COLUMNS)
    out["objects"] = out["objects"].astype("Int64")
    out["objects_shared"] = out["objects_shared"].astype("Int64")
    out["killed"] = out["killed"].astype("Int64")
    out["injured"] = out["injured"].astype("Int64")
    return out
