"""Russian and Ukrainian reports: mentions and events with the same types and rule ids as English.

Words are matched by lemma (pymorphy3, :mod:`._morph`), so the rules in ``mapper/rules/ru`` and
``mapper/rules/uk`` list each word once ("сбить" matches "сбиты", "сбито"); names are matched in
their case forms by stem keys ("в Курской области", "на Харківщині", "у Києві"), so a mention's
``text`` is the name as the gazetteer or boundary layer has it, at the offsets of the form written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, KeysView
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import chain, compress, count
from operator import not_
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np

from .. import _arrayfile
from .._arrayfile import StringColumn
from .. import text as _text
from ..reports import Report
from ..rules import Lexicon, load_lexicon
from ..text import figure, has_cyrillic, normalize
from . import _morph
from ._model import Cue, Event, Extraction, Kind, Mention, MentionKind, NameIndex, Role
from ._model import replaced as replace  # dataclasses.replace without its checks (its loop over fields in Python)
from ._morph import (adjective, common_word, full_participle, genitive_noun, governs, lemmas, nominative_phrases,
                     noun_or_adjective, person_word, place_lemma, plural_adjective, plural_nominative, plural_subject,
                     singular_adjective, singular_masculine_verb, singular_noun, stem_key, stem_word)
from ._regionnames import RegionNames
from ._slavic_regions import SlavicRegions
from ._tokens import TEXT_OF, WORD_OF, Token, in_code, split_sentences, tokenize

#: geography.toml: a city this big is named even as a sentence's first word the dictionary calls common
_LEX_BIG_CITY = load_lexicon().big_city
_WAR_COUNTRIES = frozenset({"UA", "RU"})
_PUNCT = frozenset(",;:()—–-")
_CLAUSE = frozenset(",;:")
_DASHES = frozenset("—–-")
_SET_APART = _DASHES | {","}  # a figure between dashes or commas: "дронов — 16 —", "дронов, 21,"
_GLUE = frozenset("-/:")
_RANGE_WORDS = frozenset({"на", "по", "до"})  # "з 17 на 18 липня", "с 5 по 7 мая", "від 10 до 15%"
_QUOTES = frozenset("«»\"„“”")
_STREET_GENITIVES = ("ова", "ева", "ёва", "ина", "ына")  # "на Ефремова", "на Гагарина": streets named after people
_BULLETS = frozenset("-–—•*·")
_CLAUSE_OPENERS = frozenset({"а", "и", "і", "й", "та"})
_AND = frozenset({"и", "і", "й", "та"})
_EXTENT_FROM = frozenset({"від", "од", "от"})  # "від Сумщини до Закарпаття"
#: City-regions by their Russian and Ukrainian one-word names (geography.toml ``city_regions``), as lemma keys.
_CITY_HEADS = frozenset({"губернатор", "глава", "губернатора", "главы", "губернатору"})
_CITY_REGIONS = {k: code for k, code in load_lexicon().city_regions.items() if has_cyrillic(k) and " " not in k}
#: Prepositions after a number with no noun: "семь над Воронежской", "по два — над Орловской".
_ABOUT = frozenset({"о", "об", "обо", "про"})  # "сообщал ещё об одном беспилотнике": a further one, told about
_IN_WORDS = frozenset({"в", "во", "у"})
_ELLIPSIS_BEFORE = frozenset({"над", "в", "во", "у", "на", "под", "під", "біля", "возле"})
_ROLE_RULES = {"origin": "role.origin.from", "direction": "role.direction.before", "airport": "role.airport.before",
               "sea": "role.sea.before", "title": "role.title.before", "time": "role.time.after",
               "reference": "role.reference.before"}
_ROLES = {"origin": Role.ORIGIN, "direction": Role.DIRECTION, "airport": Role.AIRPORT, "sea": Role.SEA,
          "title": Role.TITLE, "time": Role.TIME, "reference": Role.REFERENCE}
_OF = frozenset({"из", "з", "із"})
_IN_WORDS = frozenset({"в", "у", "во"})  # "У Москві заявили": the capital as the speaker
_UNDER = frozenset({"под", "під"})  # "под Москвой": near the city, in the region around it
_TARGETS = frozenset({"цель", "ціль"})  # "пять целей подавлено": targets, of the objects named before
_TERRITORY = frozenset({"территория", "територія", "территорией", "територією", "территории", "території"})
_CITY_NOUNS = frozenset({"місто", "город"})  # "у Київському районі міста": the district of a city
#: Ukrainian locative and dative endings after a changed consonant, and the nominative they come from.
#: Ukrainian forms of a town in "-ськ", "-цьк" (Новоросійськ, у Тихорецьку), never of a name in "-ське", "-ський"
_TOWN_IN_SK = ("ськ", "ську", "ськом", "цьк", "цьку", "цьком")
_NAMES_IN_SKE = ("ське", "ський", "ська", "цьке", "цький", "цька")
_TOWN_GENITIVE_SK = ("ська", "цька")  # the genitive of a town in "-ськ"; never a form of a name in "-ське", "-ський"
_NEUTER_SKE = ("ське", "ський", "цьке", "цький")
_ADJECTIVE_OBLIQUE_SK = ("ського", "ському", "цького", "цькому")  # an adjective's case; never a town in "-ськ"
_TOWNS_SK = ("ськ", "цьк")
_UK_ALTERNATIONS = (("ці", "ка"), ("зі", "га"), ("сі", "ха"), ("ці", "ець"))
#: The endings of the first part of a hyphened name in another case whose nominative ends in "-ець" / "-ец" (its е
#: drops: "Кам'янці", "Каменца"); "-ец" in its place gives the nominative's stem in either language.
_FLEETING_EC = ("цем", "ці", "ця", "цю", "це", "ца", "цу")
_FROM = frozenset({"из", "с", "со", "з", "із", "зі"})
_LINKS = frozenset({"и", "і", "й", "та", "в", "у", "во"})
_EACH = frozenset({"по"})
# "other" between a list of regions' adjectives and its region word ("у Сумській, Київській та інших областях",
# "в Курской и других областях"): the word still names the listed ones
_OTHER = frozenset({"інших", "іншими", "других", "другими", "иных", "иными"})
#: Singular objects listed before a numbered batch (rule count.listed_singles).
_LISTED = load_lexicon().rule("count.listed_singles")
_THERE = frozenset({"там", "де", "где"})  # "на Сумщину, там …", "на Чернігів, де …", "на Курск, где …"
_ALSO = frozenset({"а", "также", "також", "ещё", "еще", "ще"})  # "..., а також з Чауди"
#: "from" that is never "with": a name right after it is where something came from ("з Курської області").
_OUT_OF = frozenset({"из", "з", "із", "зі"})
_OPEN_BRACKET = frozenset({"("})
_MAX_NAME = 3
_PLACES_ONLY_WINDOW = 2
_ALERT_RULE, _ELABORATION_RULE = "role.alert.sentence", "event.elaboration"
_EARLIER_DATED_RULE = "background.opener"
_TEASER_RULE = "event.teaser_line"  # another story's headline run into the article (en events.toml)
_STAMPED_RULE = "background.other_story"  # a site's list of other stories, each headline over its time and date
_LOST_REACH = 8  # tokens either side of a number searched for a word of being lost by location
_CLAUSE_ENDS = frozenset({",", ";", ".", ":", "!", "?"})  # ... within its clause


Phrase = tuple[frozenset[str], ...]


class _Phrases:
    """Phrases of lemma keys (each word: the keys it matches), indexed by their first and last words' keys,
    so that a sentence is matched in time linear in its length, not in the number of phrases."""

    def __init__(self, phrases: list[Phrase], tags: list | None = None) -> None:
        self.phrases = phrases
        self.first: dict[str, list[tuple[Phrase, Any]]] = {}
        self.last: dict[str, list[tuple[Phrase, Any]]] = {}
        for p, tag in zip(phrases, tags or [None] * len(phrases)):
            for key in p[0]:
                self.first.setdefault(key, []).append((p, tag))
            for key in p[-1]:
                self.last.setdefault(key, []).append((p, tag))

    def __iter__(self):
        return iter(self.phrases)

    def at(self, s: "_Sentence", i: int) -> list[tuple[Phrase, Any]]:
        """The phrases (with their tags) that match from token ``i``, longest first."""
        if not 0 <= i < len(s.keys):
            return []
        first, keys = self.first, s.keys[i]
        if first.keys().isdisjoint(keys):  # most words start no phrase
            return []
        tried = [pt for key in keys if key in first for pt in first[key]]
        found = {id(p): (p, tag) for p, tag in tried if s.matches(i, p)}
        return sorted(found.values(), key=lambda pt: -len(pt[0]))

    def starting(self, s: "_Sentence") -> list[int]:
        """The tokens, in order, that a phrase may start at (a key of theirs is a first word's: :meth:`at` finds
        none at the others), found at C speed."""
        return list(compress(count(), map(not_, map(self.first.keys().isdisjoint, s.keys))))

    def ending(self, s: "_Sentence", j: int) -> int:
        """Length of the longest phrase that ends at token ``j`` (0: none)."""
        if not 0 <= j < len(s.keys):
            return 0
        last, keys = self.last, s.keys[j]
        if last.keys().isdisjoint(keys):
            return 0
        tried = [p for key in keys if key in last for p, _ in last[key]]
        return max((len(p) for p in tried if s.matches(j - len(p) + 1, p)), default=0)


def _listed_with_figure(toks: list[Token]) -> bool:
    """A line of a list that opens on a name, a dash and a figure ("Блешня — 15 приходів", "Грем'яч — 9 вибухів"):
    the first word is the list's village, though the Ukrainian dictionary knows it as a common noun."""
    return len(toks) > 2 and toks[0].is_cap and toks[1].text in _DASHES and toks[2].is_number


def _model_number(toks: list[Token], i: int) -> bool:
    """The number at ``i`` is the tail of a weapon's model name written with a hyphen ("3 С-300 по Донеччині",
    "Х-59 по Одещині"): no time before "по" (acc27-uk)."""
    return i >= 2 and toks[i - 1].text in _DASHES and toks[i - 2].is_word \
        and toks[i - 2].end == toks[i - 1].start and toks[i - 1].end == toks[i].start


def _phrases(words, lang: str, tags: list | None = None) -> _Phrases:
    """Each phrase as a tuple of the keys (lower form and lemmas) each of its words matches."""
    return _Phrases([tuple(frozenset(lemmas(t.text, lang)) for t in tokenize(w)) for w in words], tags)


def _words(words, lang: str) -> frozenset[str]:
    """The keys of one-word phrases, for :meth:`_Sentence.has`."""
    return frozenset(k for w in words for k in lemmas(w, lang))


def _last_keys(sets: Iterable[_Phrases]) -> frozenset[str]:
    """The keys of the last words of the phrases of all of ``sets``: no phrase of them ends at a token without one."""
    return frozenset(k for phrases in sets for k in phrases.last)


def _keys(tok: Token, lang: str) -> tuple[str, ...]:
    """The token's lower form and lemmas; a hyphened word ending in a common word also matches as its
    parts ("FPV-дроном" is a "дрон", "дрон-камікадзе" too), a hyphened name ("Приморсько-Ахтарськ") not."""
    return _word_keys(tok.text, lang) if tok.is_word else (tok.text,)


@lru_cache(maxsize=1 << 16)
def _word_keys(text: str, lang: str) -> tuple[str, ...]:
    """:func:`_keys` of a word (once per word form)."""
    keys = lemmas(text, lang)
    parts = text.split("-")
    if len(parts) > 1 and parts[-1][:1].islower():
        keys += tuple(k for p in parts if p for k in lemmas(p, lang) if k not in keys)
    return keys


@dataclass
class _Sentence:
    """One sentence's tokens with their lemma keys and what is taken (people, datelines)."""

    si: int
    toks: list[Token]
    keys: list[tuple[str, ...]]
    taken: list[bool] = field(default_factory=list)
    elsewhere: list[int] = field(default_factory=list)  #: tokens of names of seas, launch areas, ... (no location)
    regions: set[int] = field(default_factory=set)  #: the first tokens of region mentions
    nicknames: set[int] = field(default_factory=set)  #: tokens of districts' nicknames ("Нікопольщина")
    every_key: frozenset[str] | None = None  #: the keys of all its tokens, once asked for
    district_adjectives: set[tuple[int, str]] | None = None  #: names before a district word (:meth:`_elided_district`)
    report: str = ""  #: the whole report's text (:meth:`_district_town`)

    def starts(self, phrases: "_Phrases") -> bool:
        """Some token's key is the first word's of one of ``phrases`` and some token's the last word's of one (else
        none of them is in the sentence: "в прошлый раз" is not looked for token by token where no "раз" is)."""
        return self.holds(phrases.first.keys()) and self.holds(phrases.last.keys())

    def holds(self, words: frozenset[str] | KeysView[str]) -> bool:
        """Some token's key is one of ``words`` (a cheap test before a rule looks at each token; the smaller
        of the two sets is the one walked)."""
        if self.every_key is None:
            self.every_key = frozenset(chain.from_iterable(self.keys))
        return not words.isdisjoint(self.every_key)

    def matches(self, i: int, phrase: tuple[frozenset[str], ...]) -> bool:
        if i < 0 or i + len(phrase) > len(self.toks):
            return False
        return all(not want.isdisjoint(self.keys[i + k]) for k, want in enumerate(phrase))

    def ending_at(self, j: int, phrases: _Phrases) -> int:
        """Length of the longest phrase that ends at token ``j`` (0: none)."""
        return phrases.ending(self, j)

    def has(self, words: frozenset[str] | set[str], i: int) -> bool:
        return 0 <= i < len(self.toks) and not words.isdisjoint(self.keys[i])


def _folded_letter(lemma: str) -> bool:
    """A lemma whose letters the index folds (ї to і; й to и in a noun's "-ой", as "над Джанкоєм": Джанкой), not an
    adjective's "-ий" ("Донецка" is no village Донецкий)."""
    return "ї" in lemma or lemma.endswith("ой")


def _noun_region(s: _Sentence, m: Mention, lang: str) -> bool:
    """``m`` is a region told by a noun ("Кримом", "Кубанью"), not an adjective that may name a sea ("Азовським"):
    a list of seas after it ("над Кримом, Чорним та Азовським морями") does not make it one."""
    tok = next((t for t in s.toks if t.start >= m.start), None)
    return m.kind is MentionKind.REGION and tok is not None and not adjective(tok.text, lang)


class SlavicExtractor:
    """Finds mentions and events in Russian or Ukrainian reports (``lang`` ``ru`` or ``uk``).

    Parameters
    ----------
    index : NameIndex
        Settlement names (normalised) to look for.
    regions : RegionNames
        Region names of the boundary layer (their Russian and Ukrainian names come from
        ``data/boundaries/regions.csv``).
    lang : str
        ``ru`` or ``uk``.
    """

    def __init__(self, index: NameIndex, regions: RegionNames, lang: str) -> None:
        self.lang, self.index = lang, index
        self.lex: Lexicon = load_lexicon(lang)
        self.regions = SlavicRegions.build(regions, lang)
        self.places = _place_stems(index)
        lex = self.lex
        self.triggers = [(p.id, p["kind"], _phrases(p["words"], lang)) for p in lex.family("trigger")]
        self.background = [(p.id, _phrases(p["words"], lang)) for p in lex.family("background")]
        self.reaches_back = {p.id: p.params.get("reaches_back", 0) for p in lex.family("background")}
        self.cues = [(p.id, _phrases(p["words"], lang)) for p in lex.family("place_cue")]
        self.roles = {r: _phrases(ws, lang) for r, ws in lex.role_prefixes.items() if r in _ROLES}
        self.objects = _phrases(list(lex.object_nouns), lang, list(lex.object_nouns.values()))
        launched = lex.launched_object_nouns or {}
        self.launched = _phrases(list(launched), lang, list(launched.values()))
        self.launch_verbs, self.vague = _words(lex.launch_verbs, lang), _words(lex.vague_quantities or (), lang)
        kinds: dict[Any, set[str]] = {}  # the first words of the object phrases of each kind
        for key, tagged in self.objects.first.items():
            for _, tag in tagged:
                kinds.setdefault(tag, set()).add(key)
        self.object_firsts = {tag: frozenset(keys) for tag, keys in kinds.items()}
        self.numbers = {w: v for w, v in lex.number_words.items()}
        self.region_words = frozenset(lex.region_words)
        self.stop = frozenset(lex.all_stopwords)
        self.person_roles = frozenset(lex.person_roles)
        self.facilities = _words(lex.organisation_words, lang)  # "у Курской АЭС": in the region
        self.organisations = _words(lex.role_prefixes.get("organisation_names", ()), lang)  # "Черноморского флота"
        self.person_verbs = frozenset(lex.person_verbs)  # "— написав Чаус": who wrote, no place
        self.alerts = _phrases(lex.alert_cues, lang)
        self.more_words = frozenset(lex.count_more_before)
        self.ordinals = _words(lex.count_ordinals, lang)
        self.ordinal_episodes = _words(lex.count_ordinal_episodes or (), lang)
        self.ordinal_values = {key: value for word, value in lex.count_ordinal_values.items()
                               for key in _words([word], lang)}
        self.part_words = _phrases(lex.count_part_before, lang)
        self.of_them = (_OF, frozenset(lex.count_of_them) - _OF)  # "из них", "з них"
        self.rest_words = frozenset(lex.count_rest_words or ())
        self.people_numerals = frozenset(lex.people_numerals or ())  # "ще двоє": people, not objects
        self.platform_verbs = frozenset(lex.count_platform_verbs or ())  # "скинули з дрона": the platform
        self.verbs = frozenset(w for _, _, ph in self.triggers for p in ph if len(p) == 1 for w in p[0]) \
            | frozenset(lex.count_verb_words) | frozenset(lex.count_fall_verbs)
        self.districts = frozenset(lex.apposition_words)  # "над Кировским районом": a district, no region
        self.fillers = frozenset(lex.role_fillers)
        self.launch_heads = frozenset(lex.role_prefixes.get("origin_list", ()))
        self.given_names = frozenset(lex.person_names)
        self.given_lemmas = frozenset(name.lower() for name in self.given_names)
        self.time_words = frozenset(lex.role_prefixes.get("time_before", ()))
        self.suffixes = {r: _phrases(ws, lang) for r, ws in lex.role_suffixes.items() if r in _ROLES}
        self._read_roles(lex, lang)
        self._read_districts(lex, lang)
        self._read_words(lex, lang)

    def _read_roles(self, lex: Lexicon, lang: str) -> None:
        """The rules' words that give a name its role: attempts and targets, titles, nicknames, civil flights,
        named facilities, regions near."""
        # "пытались атаковать объекты Воронежской области": the facilities of a region lie in it
        self.attempts = _words(lex.role_prefixes.get("attempt", ()), lang) | self.verbs \
            | _words(lex.role_prefixes.get("hedge", ()), lang)
        self.targets = _words(lex.role_prefixes.get("target", ()), lang)
        self.attempts_on_regions = _phrases(lex.attempts_on_regions if lang == "ru" else (), lang)
        self.aside_sources = _words(lex.role_prefixes.get("aside_source", ()), lang)
        self.aside_telling = _words(lex.role_prefixes.get("aside_telling", ()), lang)
        self.airport_names = _words(lex.role_prefixes.get("airport_names", ()), lang)
        self.flight_words = _words(lex.role_prefixes.get("flight_words", ()), lang)
        self.partitive = _words(lex.role_prefixes.get("partitive", ()), lang)
        self.adjective_titles = _words(lex.role_prefixes.get("title_after_adjective", ()), lang)
        self.title_names = _phrases(lex.role_prefixes.get("title_names", ()), lang)
        self.nickname_suffixes = lex.role_prefixes.get("nickname_suffixes", ())
        self.nickname_endings = ("",) + lex.role_prefixes.get("nickname_endings", ())
        self.civil = _phrases(lex.role_prefixes.get("civil_flight", ()), lang)
        self.named_facilities = _words(lex.role_prefixes.get("named_facilities", ()), lang)
        self.near_regions = _phrases(lex.role_prefixes.get("near_regions", ()), lang)
        self.near_words = _words([p.split()[0] for p in lex.role_prefixes.get("near_regions", ())], lang)
        self.far_from = _phrases(lex.role_prefixes.get("far_from", ()), lang)
        self.far_beyond = lex.far_from_beyond

    def _read_districts(self, lex: Lexicon, lang: str) -> None:
        """The rules' words of districts: their towns' suffixes and endings, the words between, regions after "на"."""
        self.district_suffixes = lex.role_prefixes.get("district_suffixes", ())
        self.on_regions = {normalize(form): code.upper() for form, _, code in
                           (e.partition(":") for e in lex.role_prefixes.get("on_regions", ()))}
        self.irregular_towns = tuple((normalize(stem), town.title()) for stem, _, town in
                                     (e.partition(":") for e in lex.role_prefixes.get("irregular_towns", ())))
        endings = lex.role_prefixes.get("district_endings", ())  # the first before the bare stem ("Крымск", "Крым")
        self.district_endings = endings[:1] + ("",) + endings[1:]
        self.district_between = _words(lex.role_prefixes.get("district_between", ()), lang)
        self.district_words = _words(lex.role_prefixes.get("district_words", ()), lang)

    def _read_words(self, lex: Lexicon, lang: str) -> None:
        """The rules' words of damage, round figures, towns' facilities, capitals and downing verbs."""
        self.damage_verbs = _words(lex.role_prefixes.get("damage_verbs", ()), lang)
        self.nearly = _words(lex.role_prefixes.get("count_nearly", ()), lang)
        self.lost = _words(lex.role_prefixes.get("count_lost", ()), lang)
        self.town_facilities = _words(lex.role_prefixes.get("town_facilities", ()), lang)
        self.downing_verbs = _words(lex.count_verb_words, lang)
        self.approaches = _phrases(lex.approach_phrases or (), lang)
        # a report of eyewitnesses and channels with the official word missing (acc22-ru): its cues and sources
        self.unconfirmed_cues = _phrases(lex.role_prefixes.get("unconfirmed_cues", ()), lang)
        self.hearsay = _phrases(lex.role_prefixes.get("hearsay_sources", ()), lang)
        self.hearsay_rule = next((p.id for p in lex.family("background") if ".unconfirmed" in p.id), "")
        self.sums = _phrases(lex.sum_phrases or (), lang)
        self.capital_words = _words(lex.capital_words, lang)
        self.capital_names = lex.role_prefixes.get("capital_names", ())  # Ukraine's, then Russia's
        self.capital_attack = _words(lex.role_prefixes.get("capital_attack", ()), lang)  # "атаку ... на Москву"
        self.speaker_verbs = frozenset(lex.role_prefixes.get("speaker_verbs", ()))
        self.capital_local = _words(lex.role_prefixes.get("capital_local", ()), lang)  # "краевой столицы"
        self.house_words = _words(lex.role_prefixes.get("house_words", ()), lang)  # "возле дома 56"
        self.told_later = _words(lex.role_prefixes.get("told_later", ()), lang)  # "а позднее — о десяти"
        self.told_of = frozenset(lex.role_prefixes.get("told_of", ()))
        self.capital_of = (_words(lex.role_prefixes.get("capital_of_ukraine", ()), lang),
                           _words(lex.role_prefixes.get("capital_of_russia", ()), lang))
        self.adjective_endings = tuple(lex.role_prefixes.get("adjective_case_endings", ()))
        self.more_openers = tuple(tuple(p.split()) for p in lex.role_prefixes.get("more_openers", ()))
        self.besides = _words(lex.role_prefixes.get("besides", ()), lang)
        self.capital_region = _words(lex.role_prefixes.get("capital_region", ()), lang)
        self.transit = _words(lex.role_prefixes.get("transit", ()), lang)  # "через" right before a name: the way
        self.city_region_words = _words(lex.role_prefixes.get("city_region_words", ()), lang)  # "у Києві та області"
        self.capital_regions = tuple(c.upper() for c in lex.role_prefixes.get("capital_regions", ()))  # UA, RU
        self.district_ends = self.districts | self.district_words | self.town_facilities  # (a cheap test first)
        self.day_ordinals = {normalize(w): k + 1 for k, w in enumerate(lex.role_prefixes.get("day_ordinals", ()))}
        self.day_words = _words(lex.role_prefixes.get("day_words", ()), lang)
        self.among = _phrases(lex.count_among_places or (), lang)  # "11 дронів, зокрема на Миколаївщині"
        self.among_marks = {w.strip(",") for p in lex.count_among_places or () for w in p.split() if len(w) > 3}
        lowercase = lex.role_prefixes.get("lowercase_names", ())  # "на москву": their stems, looked for in a report
        self.lowercase_names, self.lowercase_stems = _words(lowercase, lang), tuple(n[:-1] for n in lowercase)

    # -- a report --------------------------------------------------------------------------
    def extract(self, report: Report) -> Extraction:
        """Mentions and events of one report, sentence by sentence."""
        split, heads = _join_lists(split_sentences(report.text, self.lex))
        ext = Extraction(report=report, sentence_spans=[(s, e) for s, e, _ in split])
        state = {"last_region": None, "last_event": None, "last_event_sentence": -10, "list_heads": heads,
                 "surnames": self._told_surnames(split), "stamped": _stamped_headlines(split)}
        city_districts: dict[str, str] = {}  # "Шевченківський район Харкова" told: a later "Шевченківському районі"
        text = report.text.lower() if self.lowercase_stems else ""
        lower = self.lowercase_names if any(stem in text for stem in self.lowercase_stems) else frozenset()
        for si, (_, _, toks) in enumerate(split):
            sent = _Sentence(si, toks, [_keys(t, self.lang) for t in toks], [False] * len(toks), report=report.text)
            self._people(ext, sent, state)
            located = self._regions(ext, sent, state) + self._places(ext, sent, city_districts, lower) \
                + self._capital(ext, sent)
            located.sort()
            located = self._assign_roles(ext, sent, located)
            self._events(ext, sent, located, state)
            self._note_hearsay(sent, state)
        _hearsay_background(ext, state, self.hearsay_rule)
        from ._extractor import _mark_totals  # the same totals and breakdowns as English
        _mark_totals(ext)
        return ext

    def _note_hearsay(self, s: _Sentence, state: dict) -> None:
        """Notes a sentence that says the official word is missing ("Минобороны эти данные пока не комментировало")
        and one told by eyewitnesses, residents, sources or a channel, or heard ("жители слышали взрывы")."""
        for key, phrases in (("unconfirmed_at", self.unconfirmed_cues), ("hearsay_at", self.hearsay)):
            if phrases.phrases and s.starts(phrases) and any(phrases.at(s, i) for i in phrases.starting(s)):
                state.setdefault(key, set()).add(s.si)

    # -- people and datelines --------------------------------------------------------------
    def _people(self, ext: Extraction, s: _Sentence, state: dict) -> None:
        toks, n = s.toks, len(s.toks)
        if s.si == 0 and n > 1 and toks[0].text.isupper() and len(toks[0].text) > 2 and toks[1].text == ",":
            s.taken[0] = True  # a dateline: "БЕЛГОРОД, 24 мая"
        elif self._dated_caps(s) or self._dated_line(s):
            s.taken[0] = True  # the same after a headline: "...\nМОСКВА, 7 октября. /ТАСС/.", "Москва 22 фев Вести."
        told = state.setdefault("surnames", set())
        for i, tok in enumerate(toks):
            if not tok.is_cap or s.taken[i] or self.title_names.at(s, i):  # "голова КМВА Тимур Ткаченко"
                continue
            if self._after_place_adjective(s, i):  # "в пос. Казачья Лопань Дергачевской громады": no "Лопань ..."
                continue
            initial = len(tok.text) == 1 and i + 2 < n and toks[i + 1].text == "." and toks[i + 2].is_cap
            titled = i > 0 and s.has(self.person_roles | self.person_verbs, i - 1) \
                and not self.regions.adjective(tok.text) and not s.has(self.region_words, i) \
                and not self.regions.standalone_of(tok.text) \
                and not self._city_region(s, i) \
                and not s.has(self.districts, i + 1)  # "Губернатор Севастополя": the city's; "начальник
            # Новгород-Сіверської РВА": a district's; "— написав Чаус": a person
            if initial or titled or stem_word(tok.text) in told or not told.isdisjoint(s.keys[i]) or (
                    (self._given(s, i) or person_word(tok.text, self.lang)) and self._named_person(s, i)):
                j = i
                while j < n and (toks[j].is_cap or toks[j].text == ".") and not self.regions.adjective(toks[j].text):
                    s.taken[j] = True
                    j += 1
                ext.people.append(ext.report.text[tok.start:toks[j - 1].end])
                if any(self._given(s, k) or person_word(toks[k].text, self.lang) for k in range(i, j - 1)):
                    told.add(stem_word(toks[j - 1].text))  # "В'ячеслав Чаус": a later "Чаус" is him
                    told.update(s.keys[j - 1])  # and its lemma: "Вениамин Кондратьев" ... "по словам Кондратьева"
                    if titled and i > 1 and self.regions.adjective(toks[i - 2].text):  # "рязанський губернатор
                        heads = state.setdefault("heads", {})                        # Павло Малков"
                        heads[stem_word(toks[j - 1].text)] = self.regions.adjective(toks[i - 2].text)
                    elif i > 2 and s.has(self.person_roles, i - 3) and s.has(self.region_words, i - 1):
                        code = self.regions.adjective(toks[i - 2].text) or self.regions.standalone_of(
                            f"{toks[i - 2].text} {toks[i - 1].text}")  # "губернатора Бєлгородської області
                        if code:                                         # В'ячеслава Гладкова"
                            state.setdefault("heads", {}).update(dict.fromkeys(map(stem_word, s.keys[j - 1]), code))

    def _dated_caps(self, s: _Sentence) -> bool:
        """A sentence opening on a name in capitals, a comma, a day and a month ("МОСКВА, 7 октября"):
        a dateline, wherever it stands in the report."""
        toks = s.toks
        return len(toks) > 3 and toks[0].is_word and toks[0].text.isupper() and len(toks[0].text) > 2 \
            and toks[1].text == "," and toks[2].is_number and s.has(self.lex.month_words, 3)

    def _dated_line(self, s: _Sentence) -> bool:
        """A sentence of a name, a day, a month and at most two words more, with no punctuation ("Москва 22 фев
        Вести."): an outlet's dateline, wherever it stands in the report."""
        toks = s.toks
        return 3 < len(toks) <= 6 and toks[0].is_word and toks[0].is_cap and toks[1].is_number \
            and s.has(self.lex.month_words, 2) and all(t.is_word or t.text == "." for t in toks[3:])

    def _told_surnames(self, split: list) -> set[str]:
        """The surnames a report tells after a given name of the rules' list anywhere in it ("губернатор
        Александр Гусев"): the surname alone in an earlier headline ("Гусев: ...") is him too, no town."""
        told: set[str] = set()
        for _, _, toks in split:
            for a, b in zip(toks, toks[1:]):
                if a.text in self.given_names and b.is_cap and b.is_word and not self.regions.adjective(b.text) \
                        and not self.regions.standalone_of(b.text):
                    told.add(stem_word(b.text))
                    told.update(_keys(b, self.lang))
        return told

    @staticmethod
    def _city_region(s: _Sentence, i: int) -> str | None:
        """The region a city of its own standing at ``i`` is ("Севастополя", "Петербурга"), if it is one."""
        return next((_CITY_REGIONS[n] for n in map(normalize, s.keys[i]) if n in _CITY_REGIONS), None)

    def _given(self, s: _Sentence, i: int) -> bool:
        """A given name of the rules' list at ``i``, in any case ("за словами Івана Федорова": not the village
        Іванів)."""
        return s.toks[i].text in self.given_names or (s.toks[i].is_cap and not self.given_lemmas.isdisjoint(s.keys[i]))

    def _named_person(self, s: _Sentence, i: int) -> bool:
        """A given name or surname next to another capitalised name word (not a place on its own); a given
        name of the rules' list before any capitalised word ("Володимир Когут", not the town Владимир)."""
        toks = s.toks
        if self._given(s, i) and i + 1 < len(toks) and toks[i + 1].is_cap and toks[i + 1].is_word:
            return True
        for j in (i - 1, i + 1):
            if 0 <= j < len(toks) and toks[j].is_cap and (person_word(toks[j].text, self.lang)
                                                          or toks[j].text in self.given_names):
                return True
        return False

    # -- regions -----------------------------------------------------------------------------
    def _regions(self, ext: Extraction, s: _Sentence, state: dict) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        toks, had_word = s.toks, state.get("region_list_at") == s.si  # the items of "в областях:" and a list
        i, capital = 0, len(self.capital_regions) == 2 and s.holds(self.capital_region)
        under, own = s.holds(_UNDER), s.holds(self.city_region_words)
        while i < len(toks):
            found = self._region_at(s, i, had_word) or (self._capital_region(ext, s, i) if capital else None) \
                or (self._around_city(s, i) if under else None) \
                or (self._city_and_region(ext, s, i) if own and toks[i - 1].lower in _LINKS else None)
            if found is None:
                i += 1
                continue
            end, code, cue, rule = found
            had_word = had_word or rule in ("region.name_and_word", "region.republic_of")
            out.append((i, len(ext.mentions)))
            s.regions.add(i)
            ext.mentions.append(_mention(ext, s, i, end, MentionKind.REGION, cue, rule=rule, code=code))
            for k in range(i, end):
                s.taken[k] = True
            state["last_region"] = code
            i = end
        if s.si in state["list_heads"] and len(toks) > 1 and toks[-1].text == ":" \
                and s.has(self.region_words, len(toks) - 2):  # "ППО працювала в областях:", then "- Харківській"
            state["region_list_at"] = s.si + 1
        return out

    def _around_city(self, s: _Sentence, i: int) -> tuple[int, str, Cue, str] | None:
        """"под Москвой", "под Петербургом", "під Києвом": the region around a city of its own standing
        (geography.toml ``around_city_regions``), as English "near Moscow"."""
        if i == 0 or s.toks[i - 1].lower not in _UNDER or s.taken[i] or not s.toks[i].is_cap:
            return None
        code = self._city_region(s, i) or next((_CITY_REGIONS[k.split("-")[-1]] for k in s.keys[i]
                                                 if k.split("-")[-1] in _CITY_REGIONS), None)
        around = self.lex.around_city_regions.get(code or "")
        return (i + 1, around, Cue.AROUND_CITY, "region.around_city") if around else None

    def _city_and_region(self, ext: Extraction, s: _Sentence, i: int) -> tuple[int, str, Cue, str] | None:
        """A bare region word after a city of its own standing (or the capital's word) and "та"/"і"/"и": "у Києві та
        області", "у столиці та області", "в Москве и области" name the region around the city too (clauses.toml
        ``city_region_words``; geography.toml ``around_city_regions``), not the city again."""
        if i < 2 or s.taken[i] or not s.has(self.city_region_words, i) or s.toks[i - 1].lower not in _LINKS \
                or (i + 1 < len(s.toks) and s.toks[i + 1].is_cap):
            return None
        code = self._city_region(s, i - 2)
        if code is None and s.has(self.capital_words, i - 2) and len(self.capital_names) == 2:
            code = _CITY_REGIONS.get(normalize(self.capital_names[1 if self._russian_told(ext) else 0]))
        around = self.lex.around_city_regions.get(code or "")
        return (i + 1, around, Cue.AROUND_CITY, "region.around_city") if around else None

    def _capital_region(self, ext: Extraction, s: _Sentence, i: int) -> tuple[int, str, Cue, str] | None:
        """"в столичном регионе", "над столичным регионом": the region around the capital of the country of the
        regions told before it (of the report's language when none); not "атаковавших столичный регион"."""
        if not s.has(self.capital_region, i) or not s.has(self.region_words, i + 1) or i == 0 \
                or s.toks[i - 1].lower not in _ELLIPSIS_BEFORE:
            return None
        return i + 2, self.capital_regions[1 if self._russian_told(ext) else 0], Cue.REGION_WORD, \
            "region.name_and_word"

    def _russian_told(self, ext: Extraction) -> bool:
        """Whether the region or capital city told last (of Russia or Ukraine) is Russia's, or, when none was, the
        report is in Russian: the country whose capital "столица" and "столичный регион" stand for."""
        told = [c for c in map(_region_of, ext.mentions) if c[:3] in ("RU-", "UA-")]
        return told[-1].startswith("RU-") if told else self.lang == "ru"

    def _region_at(self, s: _Sentence, i: int, had_word: bool) -> tuple[int, str, Cue, str] | None:
        toks = s.toks
        if s.taken[i] or not toks[i].is_word:
            return None
        if not self.region_words.isdisjoint(s.keys[i]) and i + 1 < len(toks) and toks[i + 1].is_cap:  # Республика
            code = self.regions.standalone_of(toks[i + 1].text)
            if code:
                return i + 2, code, Cue.REGION_WORD, "region.republic_of"
        standalone = self._standalone_at(s, i)
        if standalone:
            return standalone
        code, j = self._adjective_at(toks, i)
        if not code:
            return None
        first = j
        while j < len(toks) and (toks[j].text in ",-" or toks[j].lower in self.lex.region_name_joiners
                                 or (toks[j].is_word and self.regions.adjective(toks[j].text))
                                 or self._bracketed(s, j) or self._bracketed(s, j - 1)
                                 or self._bracketed(s, j + 1) or self._other_before_word(s, j)):
            j += 1  # "Белгородской, Курской и Брянской областей", "Белгородской (51) и Брянской (36) областями"
        if j < len(toks) and s.has(self.region_words, j):
            code = self.regions.adjective_with(toks[i].text, s.keys[j]) or code
            return first, code, Cue.REGION_WORD, "region.name_and_word" if j == first else "region.list"
        if j == first and s.has(self.adjective_titles, j):  # "Воронежский губернатор", "курський губернатор"
            return first, code, Cue.REGION_WORD, "region.governor"
        if toks[i].is_cap and self._facility_after(s, first, j) and adjective(toks[i].text, self.lang):
            return first, code, Cue.REGION_WORD, "region.facility"  # "у Курской АЭС": the region's
        # "шесть — над Смоленской и пять — над Брянской областями", "два над территорией Белгородской, два над ..."
        at = i - 1 - s.has(_TERRITORY, i - 1)
        later = at >= 0 and toks[at].lower in _ELLIPSIS_BEFORE and self._region_word_ahead(s, first)
        # "на две области — на Одесскую и на Сумскую": a region word just before names what the adjectives are
        later = later or any(s.has(self.region_words, k) for k in range(max(0, i - 8), i)) \
            or self._listed_after_region_colon(s, i)
        if (had_word or later) and toks[i].is_cap and not s.has(self.districts, first) \
                and not self._adjective_of_district(s, i):  # "..., над Курской — 3" (not "над Белгородским и
            return first, code, Cue.REGION_WORD, "region.list"  # Шебекинским округами": the districts)
        return None

    def _other_before_word(self, s: _Sentence, j: int) -> bool:
        """The token at ``j`` is "other" after a joiner and right before a region word ("Сумській та інших
        областях"): the list of adjectives goes on to that word."""
        return (0 < j < len(s.toks) - 1 and s.toks[j].lower in _OTHER
                and s.toks[j - 1].lower in self.lex.region_name_joiners and s.has(self.region_words, j + 1))

    def _region_bracket(self, s: _Sentence, i: int) -> bool:
        """The token at ``i`` is right after a bracket opened after a region's name ("Белгородской (51)", "в
        Орловской области (15 сбитых БПЛА)": the figure, and its noun, of that region)."""
        return i > 1 and s.toks[i - 1].text == "(" and (s.taken[i - 2] or i > 2 and s.taken[i - 3] and s.has(
            self.region_words, i - 2))

    def _bracketed(self, s: _Sentence, i: int) -> bool:
        """A figure in brackets after a name, in digits or one number word: "Белгородской (51)", "Астраханской
        (семь)"."""
        toks = s.toks
        return _trailing_number(toks, i) or (0 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text
                                             == ")" and not self.numbers.keys().isdisjoint(s.keys[i]))

    def _region_word_ahead(self, s: _Sentence, first: int) -> bool:
        """A region word after ``first`` that the adjectives before it may share, past other regions' adjectives,
        figures, prepositions, punctuation and brackets only ("шесть — над Белгородской и пять — над Орловской
        областями");
        not a region word of another name past other words ("У Хмельницькому пошкоджено будинок, повідомив голова
        Хмельницької ОВА": the city, not the oblast)."""
        toks, depth = s.toks, 0
        for k in range(first, len(toks)):
            if s.has(self.region_words, k):
                return True
            tok = toks[k]
            depth += (tok.text == "(") - (tok.text == ")")  # "Белгородской (26 БПЛА), Брянской (22) областями"
            if tok.is_word and not depth and not (
                    tok.lower in self.lex.region_name_joiners or tok.lower in _ELLIPSIS_BEFORE
                    or s.has(self.more_words, k) or tok.lower in _EACH or not self.numbers.keys().isdisjoint(s.keys[k])
                    or self.regions.adjective(tok.text)):
                return False
        return False

    def _listed_after_region_colon(self, s: _Sentence, i: int) -> bool:
        """The adjective at ``i`` ends a list of regions' adjectives (commas and joiners between them) that opens
        after a region word and a colon, however long ("ППО працювала в десяти областях: Хмельницькій, Вінницькій,
        ..., Херсонській і Миколаївській"): the word before the colon names them all."""
        toks, k = s.toks, i - 1
        while k > 0 and (toks[k].text in ",-" or toks[k].lower in self.lex.region_name_joiners
                         or (toks[k].is_word and self.regions.adjective(toks[k].text))):
            k -= 1
        return k > 0 and toks[k].text == ":" and s.has(self.region_words, k - 1)

    def _facility_after(self, s: _Sentence, first: int, j: int) -> bool:
        """A facility's noun right after a region's adjective ending at ``first`` ("Курской АЭС"), or past one
        adjective in lower case ("Саратовський нафтопереробний завод", not the stanitsa Saratovskaya), or past "and"
        and another place's adjective ("Саратовському та Новокуйбишевському НПЗ"): the facility is in the region."""
        toks = s.toks
        if j == first + 1 and toks[first].lower in self.lex.region_name_joiners:  # "Саратовському та
            # Новокуйбишевському НПЗ": the joiner the region list ran over, then another place's adjective
            return j + 1 < len(toks) and toks[j].is_cap and adjective(toks[j].text, self.lang) \
                and s.has(self.facilities, j + 1)
        if j != first:
            return False
        return s.has(self.facilities, j) or (j + 1 < len(toks) and toks[j].is_word and not toks[j].is_cap
                                             and adjective(toks[j].text, self.lang) and s.has(self.facilities, j + 1))

    def _standalone_at(self, s: _Sentence, i: int) -> tuple[int, str, Cue, str] | None:
        """A region's name alone at ``i`` ("Крым", "Подмосковье", "на Харківщині", "Ханты-Мансийский округ"), and an
        oblast told by its city's locative after "на" ("на Запоріжжі": uk ``on_regions``)."""
        toks = s.toks
        if i and toks[i - 1].lower == "на" and normalize(toks[i].text) in self.on_regions:  # "на Запоріжжі"
            return i + 1, self.on_regions[normalize(toks[i].text)], Cue.STANDALONE, "region.standalone"
        # "Крім того": a preposition, not Crimea
        named = toks[i].is_cap and s.keys[i][0] not in self.stop
        for width in (3, 2, 1) if named else ():
            if i + width <= len(toks) and all(map(WORD_OF, toks[i:i + width])):
                code = self.regions.standalone_of(" ".join(map(TEXT_OF, toks[i:i + width])))
                if code:
                    return i + width, code, Cue.STANDALONE, "region.standalone"
        return None

    def _adjective_at(self, toks: list[Token], i: int) -> tuple[str | None, int]:
        """The region of the adjective at ``i`` and the token after it; a hyphenated one
        ("Івано-Франківській") only whole."""
        if i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end \
                and toks[i + 2].start == toks[i + 1].end:
            return self.regions.adjective(toks[i].text + "-" + toks[i + 2].text), i + 3
        return self.regions.adjective(toks[i].text), i + 1

    # -- settlements ---------------------------------------------------------------------------
    def _places(self, ext: Extraction, s: _Sentence, city_districts: dict[str, str],
                lower: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
        """Places of a sentence; ``city_districts``: the stems of the city districts the report named with their
        city ("Шевченківський район Харкова") and that city, so a later "у Шевченківському районі" is in it;
        ``lower``: the keys of the names a place may be written with in lower case ("на москву"), when the
        report has one."""
        out: list[tuple[int, int]] = []
        toks, i = s.toks, 0
        while i < len(toks):
            if s.taken[i] or not (toks[i].is_cap or lower and s.has(lower, i)) \
                    or not toks[i].is_word or s.keys[i][0] in self.stop:
                i += 1
                continue
            city = city_districts.get(stem_word(toks[i].text)) if self._adjective_of_district(s, i) else None
            found = (i + 1, city, "place.gazetteer", True) if city else self._place_at(s, i, self._cue_before(s, i)
                                                                                         is not None)
            if found is None:
                city = self._of_a_city(s, i) if self._adjective_of_district(s, i) else None
                if city:
                    city_districts[stem_word(toks[i].text)] = city
                i += 1
                continue
            end, name, rule, gaz = found
            if self._city_after_district(s, end):  # "в Фокинском районе Брянска": a district of the city named
                i = end                             # after it, no town of its own (the city is the place)
                continue
            if gaz and end == i + 1 and name:
                name = self._told_before(ext, toks[i].text, name)
            out.append((i, len(ext.mentions)))
            m = _mention(ext, s, i, end, MentionKind.PLACE, Cue.GAZETTEER if gaz else Cue.CUE_WORD, rule=rule)
            # "у Рильському районі", "Запорізького району": a district named after a town, in the paragraph's region
            district = (self._district_after(s, end) and not city) or i in s.nicknames
            ext.mentions.append(_renamed(m, name, district=district))
            for k in range(i, end):
                s.taken[k] = True
            i = end
        return out

    def _told_before(self, ext: Extraction, written: str, name: str) -> str:
        """A case form two adjectival names share ("по Приморському": Приморське or Приморський) is the one the
        report named before ("Приморське", a village of the same front), not a namesake of the other gender."""
        if not written.lower().endswith(self.adjective_endings) or not normalize(name).endswith(_ADJECTIVAL_NAMES):
            return name
        stem = stem_key(written)
        for m in reversed(ext.mentions):
            if m.kind is MentionKind.PLACE and m.text != name and normalize(m.text).endswith(_ADJECTIVAL_NAMES) \
                    and stem_key(m.text) == stem:
                return m.text
        return name

    def _capital(self, ext: Extraction, s: _Sentence) -> list[tuple[int, int]]:
        """"у столиці", "над столицею", "столиці України": the capital of the country named after the word, else
        of the country of the region or capital city told last before it, else of the report's language; not
        "столиці регіону"."""
        out: list[tuple[int, int]] = []
        for i, tok in enumerate(s.toks) if len(self.capital_names) == 2 and s.holds(self.capital_words) else ():
            if s.taken[i] or not tok.is_word or not s.has(self.capital_words, i) or s.has(self.capital_local, i - 1):
                continue
            ua, ru = s.has(self.capital_of[0], i + 1), s.has(self.capital_of[1], i + 1)
            nxt = s.toks[i + 1] if i + 1 < len(s.toks) else None
            if not (ua or ru) and nxt is not None and nxt.is_word and genitive_noun(nxt.text, self.lang):
                continue  # "столиці регіону", "столица Кубани"
            end = i + 1 + (ua or ru)
            if not (ua or ru):  # the country of the region or capital city told last
                ru = self._russian_told(ext)
            out.append((i, len(ext.mentions)))
            m = _mention(ext, s, i, end, MentionKind.PLACE, Cue.GAZETTEER, rule="place.gazetteer")
            ext.mentions.append(_renamed(m, self.capital_names[1 if ru else 0].capitalize()))
            for k in range(i, end):
                s.taken[k] = True
        return out

    def _district_after(self, s: _Sentence, end: int) -> bool:
        """A district word after a name, past other district names of its ending ("в Солом'янському,
        Голосіївському та Дніпровському районах"; not "село Кругле Куп'янського району": a village, then the
        district it lies in)."""
        ending = s.toks[end - 1].lower[-2:]
        while end < len(s.toks) and (s.toks[end].text == "," or s.toks[end].lower in _LINKS
                                     or (s.toks[end].is_cap and s.toks[end].is_word
                                         and s.toks[end].lower[-2:] == ending)):
            end += 1
        return self._district_word_at(s, end)

    def _city_after_district(self, s: _Sentence, end: int) -> bool:
        """A district word right after the name that ends at ``end``, then a settlement the gazetteer knows
        ("в Фокинском районе Брянска", "в Советском районе Курска"): the district is the city's own."""
        toks, j = s.toks, end
        while j < len(toks) and s.has(self.district_between, j):
            j += 1
        if not s.has(self.districts, j):
            return False
        j += 1
        return j < len(toks) and toks[j].is_cap and toks[j].is_word and not s.taken[j] \
            and self._lookup(toks[j].text, [s.keys[j]]) is not None  # a region after it is taken already

    def _district_word_at(self, s: _Sentence, end: int) -> bool:
        """A district word at ``end``, or past words such as "муниципальном" before "округе"."""
        while end < len(s.toks) and s.has(self.district_between, end):  # "муниципальном округе", "міській громаді"
            end += 1
        return s.has(self.districts, end) or end > 0 and s.has(self.district_between, end - 1) \
            and s.has(self.district_words, end)

    def _adjective_of_district(self, s: _Sentence, i: int) -> bool:
        """The word at ``i`` is the adjective of a district word after it, past other adjectives of the same
        ending ("в Рязанском районе", "у Дніпровському та Печерському районах"; not the village in
        "Приморське Василівського району")."""
        toks, end = s.toks, i + 1
        if not s.holds(self.district_ends):
            return False
        while end < len(toks) and (toks[end].text == "," or toks[end].lower in _LINKS
                                   or (toks[end].is_cap and toks[end].is_word
                                       and toks[end].lower[-2:] == toks[i].lower[-2:])):
            end += 1
        return self._district_word_at(s, end) or s.has(self.town_facilities, end)  # "в Ізмаїльському порту"

    def _elided_district(self, s: _Sentence, i: int) -> bool:
        """An adjective with the ending of one told before it in the sentence with its district word, the word
        left out this time ("3 — над Павлоградським районом, 2 — над Нікопольським")."""
        if s.district_adjectives is None:  # the first tokens and endings of "Павлоградським районом", once
            s.district_adjectives = {(k, t.lower[-3:]) for k, t in enumerate(s.toks[:-1])
                                     if t.is_cap and s.has(self.districts, k + 1)}
        ending = s.toks[i].lower[-3:]
        return _suffix_near_end(s.toks[i].lower, self.district_suffixes) is not None \
            and (any(k < i and e == ending for k, e in s.district_adjectives) or self._listed_after_district(s, i))

    def _listed_after_district(self, s: _Sentence, i: int) -> bool:
        """An adjective listed after a district word and a colon, the word left out ("спрямовував дрони на громади
        Синельниківщини: у Покровській загорівся будинок, в Українській — трава": communities, not Pokrovsk)."""
        colon = next((k for k in range(i - 1, -1, -1) if s.toks[k].text == ":"), None)
        return colon is not None and adjective(s.toks[i].text, self.lang) \
            and any(s.has(self.districts, k) for k in range(colon))

    def _of_a_city(self, s: _Sentence, i: int) -> str | None:
        """The district word after the adjective at ``i`` is followed by a name ("Холодногірський і
        Шевченківський райони Харкова"): the adjective names a district of that city (its name), else None; not a
        person's name ("Новгород-Сіверської громади Олександр Селіверстов")."""
        end = i + 1
        while end < len(s.toks) and not s.has(self.districts, end):
            end += 1
        nxt = s.toks[end + 1] if end + 1 < len(s.toks) else None
        if nxt is None or not nxt.is_cap or not nxt.is_word or s.keys[end + 1][0] in self.stop or s.taken[end + 1]:
            return None
        return self._lookup(nxt.text, [s.keys[end + 1]])

    def _of_the_city(self, s: _Sentence, i: int) -> bool:
        """The district word after the adjective at ``i`` is followed by "міста", "города" ("у Київському районі
        міста"): a district of the city the report tells of, not a town named like the adjective."""
        end = i + 1
        while end < len(s.toks) and not s.has(self.districts, end):
            end += 1
        return s.has(_CITY_NOUNS, end + 1)

    @cached_property
    def irregular_stems(self) -> tuple[str, ...]:
        """The stems of uk ``irregular_towns`` (:meth:`_irregular_town`)."""
        return tuple(stem for stem, _ in self.irregular_towns)

    @cached_property
    def cue_ends(self) -> frozenset[str]:
        """The last words' keys of all place cues (:meth:`_cue_before` asks none where a token has none)."""
        return _last_keys(p for _, p in self.cues)

    @cached_property
    def cue_joins(self) -> dict[str, frozenset[str]]:
        """Per place cue, the links beside commas and joiners that carry it on along a list (places.toml ``joins``)."""
        return {p.id: frozenset(p.params.get("joins", ())) for p in self.lex.family("place_cue")}

    @cached_property
    def any_joins(self) -> frozenset[str]:
        """The links of every cue's ``joins`` (:attr:`cue_joins`)."""
        return frozenset().union(*self.cue_joins.values())

    @cached_property
    def role_ends(self) -> frozenset[str]:
        """The last words' keys of all role phrases before a name (:meth:`_role_before`)."""
        return _last_keys(self.roles.values())

    def _cue_before(self, s: _Sentence, i: int) -> str | None:
        if not s.has(self.cue_ends, i - 1):  # (no cue ends there: none is asked)
            return None
        for rule_id, phrases in self.cues:
            if s.ending_at(i - 1, phrases):
                return rule_id
        return None

    def _rule_before(self, s: _Sentence, i: int) -> str:
        """The id of the cue of the place at ``i``: its own, a village cue of the list it is in, or the gazetteer's."""
        return self._cue_before(s, i) or self._listed_village(s, i) or "place.gazetteer"

    def _listed_village(self, s: _Sentence, i: int) -> str | None:
        """The village cue of a list the place at ``i`` goes on ("по селам Белянка, Вознесеновка, Муром и Новая
        Таволжанка": Муром too is a village, no city of another region), back over its capitalised names, commas
        and joiners, and the links a cue's ``joins`` adds ("на дороге Казинка — Михайловка": a dash); None for the
        list's first name (its own cue) or a name after no comma or joiner."""
        toks, k, joined, joiners = s.toks, i - 1, set(), self.lex.list_joiners
        if k < 1 or not (_list_link(toks[k], joiners) or toks[k].text in self.any_joins):
            return None
        while k > 0 and (_list_link(toks[k], joiners) or toks[k].text in self.any_joins
                         or toks[k].is_cap and toks[k].is_word):
            if toks[k].text in self.any_joins and not _list_link(toks[k], joiners):
                joined.add(toks[k].text)  # a cue's own link ("—"), not a list's
            k -= 1
        rule = self._cue_before(s, k + 1)
        return rule if rule is not None and rule.endswith(".village_of") and joined <= self.cue_joins[rule] else None

    def _place_at(self, s: _Sentence, i: int, cued: bool) -> tuple[int, str, str, bool] | None:
        toks = s.toks
        district = self._adjective_of_district(s, i) or self._elided_district(s, i)
        if district and (self._of_a_city(s, i) or self._of_the_city(s, i)):
            return None  # "Шевченківський район Харкова", "у Київському районі міста": a district of a city, no town
        town = self._district_town(toks[i].text, s.report) if district else None
        if town:  # "Крымского района": Крымск before the village Крымское
            s.nicknames.add(i)
            return i + 1, town, "place.gazetteer", True
        for width in range(_MAX_NAME, 0, -1):
            words = toks[i:i + width]
            if len(words) < width or not all(t.is_word and not s.taken[i + k] for k, t in enumerate(words)):
                continue
            if width > 1 and not all(t.is_cap or t.lower in ("на", "над") for t in words):
                continue
            if i == 0 and width == 1 and not cued and common_word(words[0].text, self.lang) \
                    and not self._big_city_first(words[0].text) and not _listed_with_figure(toks):
                continue  # the first word of a sentence: "Ночью", "Сбито"
            if not cued and s.has(self.organisations, i + width) and adjective(words[-1].text, self.lang):
                continue  # "Черноморского флота": an organisation's name, no village
            if width == 1 and (self._opens_two_word_name(s, i) or self._closes_two_word_name(s, i, cued)):
                continue  # "по Малих Щербаках", a village the gazetteer lacks: "Малих" alone is no place ("Малий"),
            name = self._lookup(" ".join(t.text for t in words), [s.keys[i + k] for k in range(width)])
            if name:
                return i + width, name, self._rule_before(s, i), True
            if width == 2 and cued and self._adjective_and_noun(words):  # "с. Кам'яна Яруга", not "Кам'яна"
                phrase = nominative_phrases(tuple(t.text for t in words), self.lang)[0]
                return i + 2, _capitalised(phrase), self._rule_before(s, i), False
        nickname = None if s.has(self.organisations, i + 1) and adjective(toks[i].text, self.lang) \
            else self._nickname(toks[i].text)
        if nickname:
            s.nicknames.add(i)
            return i + 1, nickname, "place.gazetteer", True
        if cued:
            return i + 1, _nominative(toks[i].text, s.keys[i]), self._rule_before(s, i), False
        return None

    def _opens_two_word_name(self, s: _Sentence, i: int) -> bool:
        """The capitalised adjective at ``i`` and the capitalised noun right after it are one name ("Малих Щербаках",
        "Малые Щербаки"), so the adjective alone names no place; not before an acronym ("Запорізька АЕС")."""
        toks = s.toks
        if i + 1 >= len(toks) or s.taken[i + 1] or not toks[i + 1].is_cap or toks[i + 1].text.isupper():
            return False
        first, noun = toks[i].text, toks[i + 1].text
        if toks[i + 1].start != toks[i].end + 1 or self.regions.adjective(first) or self.regions.adjective(noun):
            return False
        return (adjective(first, self.lang) or self._descriptor(first)) and not adjective(noun, self.lang)

    def _closes_two_word_name(self, s: _Sentence, i: int, cued: bool) -> bool:
        """The capitalised noun at ``i`` ends a two-word name in brackets opened by a descriptive adjective of village
        names ("зерносховище (Нова Олександрівка)", the pair unknown to the gazetteer): the brackets hold the whole
        name, and the noun alone is another village (Олександрівка of Donetsk Oblast), no place; not after a cue,
        which reads the pair as one unknown name; outside brackets the noun may still be the place meant ("в Новой
        Москве")."""
        toks = s.toks
        return not cued and i > 1 and i + 1 < len(toks) and toks[i - 2].text == "(" and toks[i + 1].text == ")" \
            and not s.taken[i - 1] and self._descriptor(toks[i - 1].text) and self._opens_two_word_name(s, i - 1)

    def _descriptor(self, word: str) -> bool:
        """A descriptive adjective of village names ("Малих", "Нової"; places.toml ``name_adjective_stems``), which the
        dictionary may not tag as one ("малих": the noun "малі")."""
        low = word.lower()
        return any(low.startswith(stem) and low[len(stem):] in self.lex.name_adjective_endings
                   for stem in self.lex.name_adjective_stems)

    def _adjective_and_noun(self, words: list[Token]) -> bool:
        """Two words of one name: an adjective and a noun, neither a region's ("Кам'яна Яруга")."""
        return adjective(words[0].text, self.lang) and not adjective(words[1].text, self.lang) \
            and not any(self.regions.adjective(t.text) for t in words)

    def _nickname(self, word: str) -> str | None:
        """The town a district's nickname is made from ("Нікопольщина": the Nikopol district, "Куп'янщину":
        Куп'янськ's, "Охтирщині": Охтирка's), if the gazetteer has it; a region's own ("Харківщина") is
        read before, as a region."""
        low = word.lower()
        at = _suffix_near_end(low, self.nickname_suffixes)
        if at is None:
            return None
        base = word[:at - len(low)]
        for ending in self.nickname_endings:
            name = self._lookup(base + ending, [(normalize(base + ending),)])
            if name:
                return name
        return None

    def _district_town(self, word: str, report: str = "") -> str | None:
        """The town a district's or community's adjective is made from, by the gazetteer's exact names: the
        adjective's stem to the end of its suffix first ("Куп'янського": Куп'янськ, not Куп'ка; "Донецький":
        Донецьк), then with the endings ("Рязанском": Рязань, "Яковлевском": Яковлево, "Шосткинський": Шостка,
        "Дрогобицький": Дрогобич, "Білопільська": Білопілля), or None. Of a bare stem and its "-ка" town, both
        known ("Костянтинівська громада": Костянтинів, an alternate name of Starokostiantyniv, or Костянтинівка),
        the one the report (``report``) names in some case form ("у Костянтинівці")."""
        low = word.lower()
        irregular = self._irregular_town(low)
        if irregular:
            return irregular
        at = _suffix_near_end(low, self.district_suffixes)
        if at is None:
            return None
        base, known = word[:at], self.index.keys
        suffix = next(suf for suf in self.district_suffixes if low.startswith(suf, at))
        if normalize(base + word[at:at + len(suffix)]) in known:
            return base + word[at:at + len(suffix)]
        bases = (base, base[:-1]) if base.endswith("ь") else (base,)  # "Ізмаїльський": Ізмаїл
        town = next((b + e for e in self.district_endings for b in bases if normalize(b + e) in known), None)
        if town == base and report and normalize(base + "ка") in known and _told_with_k(base, report):
            return base + "ка"
        return town

    def _irregular_town(self, low: str) -> str | None:
        """The town a district's adjective or nickname made irregularly from it stands for ("запорізькому":
        Запоріжжя, "криворіжжі": Кривий Ріг; uk ``irregular_towns``), if the gazetteer has it."""
        key = normalize(low)  # "Куп'янському", "Купʼянському" alike; not "Куп'янськ-Вузловий", a name of its own
        if not key.startswith(self.irregular_stems):  # (most words: no stem's, tested at once)
            return None
        return next((town for stem, town in self.irregular_towns if key.startswith(stem)
                     and " " not in key[len(stem):] and normalize(town) in self.index.keys), None)

    def _big_city_first(self, written: str) -> bool:
        """A sentence's first word that a dictionary knows as a common word is still a city if the gazetteer has a
        big city of that name (geography.toml ``big_city``): the Ukrainian dictionary tags no place names, so
        "Саратов і Енгельс пережили атаку", "Херсон атакували дрони" open on the city, not on a noun."""
        index, name = self.index, normalize(written)
        lookup, population, country = (getattr(index, a, None) for a in ("lookup", "population", "country"))
        if self.lang != "uk" or lookup is None or population is None or country is None or name not in index.keys:
            return False  # (the Russian dictionary tags place names; an index of names alone in tests)
        # a city of the two countries the war is fought in, not "Усі" (Wuxi)
        return any(population[k] >= _LEX_BIG_CITY and country[k] in _WAR_COUNTRIES for k, _ in lookup(name))

    def _at_war(self, name: str) -> bool:
        """The gazetteer has a place of ``name`` (a lemma) in one of the two countries the war is fought in (True
        also for an index of names alone, which knows no countries: no reading is put before another there)."""
        lookup, country = getattr(self.index, "lookup", None), getattr(self.index, "country", None)
        if lookup is None or country is None:
            return True
        return any(country[k] in _WAR_COUNTRIES for k, _ in lookup(normalize(name)))

    def _lookup(self, written: str, keys: list[tuple[str, ...]]) -> str | None:
        """The gazetteer's name for a written form: itself, its lemma, or a name of the same stem."""
        known = self.index.keys
        irregular = self._irregular_town(written.lower()) if self.irregular_towns and len(keys) == 1 else None
        if irregular:
            return irregular
        forms: tuple[str | None, ...] = (place_lemma(written, self.lang),) if len(keys) == 1 else \
            nominative_phrases(tuple(written.split()), self.lang)  # "В Уфе": Уфа, not a village Уфе
        first = written.split()[0].lower()
        if len(keys) == 2 and self.lang == "uk" and first.endswith("ій"):  # "у Малій Токмачці": Мала Токмачка
            forms += tuple(f"{first[:-2]}а {f.split()[-1]}" for f in forms if f and len(f.split()) == 2)
        lemma = next((f for f in forms if f and normalize(f) in known), None)
        if lemma:
            return _capitalised(lemma, written)
        if normalize(written) in known:
            fleeting = _fleeting_vowel(keys[0][0]) if self.lang == "uk" and len(keys) == 1 else None
            # "в Орлі": Орел (Oryol), not Orly, whose Ukrainian name is the locative's letters
            return fleeting.title() if fleeting and fleeting in known else written
        plural = plural_nominative(written, self.lang) if len(keys) == 1 else None
        if plural and normalize(plural) in known:  # "В Шахтах": Шахты, not the village Шахта
            return _capitalised(plural, written)
        # a lemma as the index keeps it: "по Миколаєву" has the lemma миколаїв, whose ї the index folds to і (only ї:
        # a lemma in "-ий" is an adjective, "Донецка" is no village Донецкий)
        by_lemma = [lemma for lemma in keys[0][1:] if lemma in known or (_folded_letter(lemma) and normalize(lemma)
                                                                          in known)] if len(keys) == 1 else []
        # the lemma that keeps the written letters first: "у Воронежі" is Воронеж, not the village Вороніж
        # and, of two as near, one the war's countries have: "у Мені" is Мена of Chernihiv Oblast, not Мен (Maing)
        for lemma in sorted(by_lemma, key=lambda n: (-_common_prefix(n, normalize(written)), not self._at_war(n))):
            if _letters(lemma, self.lang)[0] == 0:
                return lemma.title()
        names = self.places.get(stem_key(written), []) + by_lemma
        if self.lang == "uk":
            names = _sk_names(normalize(written), names)
        if names:  # the name in the report's own letters first: "у Києві" is Київ, not Киев; then a lemma of the
            low = normalize(written)  # form ("у Хмельницькому": Хмельницький, not Хмельницьке)
            lemmas = {normalize(k) for k in keys[0][1:]} if len(keys) == 1 and low.endswith(self.adjective_endings) \
                else set()
            return min(names, key=lambda n: (_letters(n, self.lang), normalize(n) not in lemmas,
                                             not _feminine_of(n, low, self.lang), -_common_prefix(n, low), len(n),
                                             n)).title()
        if self.lang == "uk" and len(keys) == 1:
            low = keys[0][0]  # "в Охтирці": Охтирка (к, г, х before the ending і of the locative become ц, з, с)
            stem = next((low[:-2] + base for end, base in _UK_ALTERNATIONS if low.endswith(end)  # "у Тростянці":
                         and low[:-2] + base in known), None)  # Тростянець (the е of "-ець" drops)
            if stem:
                return stem.title()
            found = next((v.title() for v in _russian_spellings(keys[0]) if normalize(v) in known), None)
            return found or self._hyphened_fleeting(keys[0][0])
        return self._hyphened_fleeting(keys[0][0]) if len(keys) == 1 else None

    def _hyphened_fleeting(self, low: str) -> str | None:
        """A hyphened name whose first part drops the е of "-ець" / "-ец" in its other cases ("у Кам'янці-Подільському":
        Кам'янець-Подільський; "в Каменце-Подольском"), the rest an adjective: found by the stem of the first part's
        nominative before the rest (``_FLEETING_EC``); None for other words."""
        first, dash, rest = low.partition("-")
        end = next((e for e in _FLEETING_EC if first.endswith(e)), None) if dash and rest else None
        if end is None:
            return None
        names = self.places.get(stem_key(f"{first[:-len(end)]}ец-{rest}"), [])
        return min(names, key=lambda n: (_letters(n, self.lang), n)).title() if names else None

    # -- roles ---------------------------------------------------------------------------------
    def _assign_roles(self, ext: Extraction, s: _Sentence, located: list[tuple[int, int]]) -> list[tuple[int, int]]:
        out, previous = [], None
        listed = self._launch_list(s)
        for start, mi in located:
            role = self._role_before(s, start) or self._role_after(s, ext.mentions[mi])
            if role is None and (self._named_airport(s, start) or self._airport_aside(s, start, previous)):
                role = "airport"  # "полеты ограничили в Домодедове, Внукове и Жуковском", "Жуковский (Раменское)"
            if role is None and self._capital_attacked(s, start):
                role = "reference"  # "отразили атаку беспилотника на Москву": the target, no place (and not passed
                # on to "в Раменском округе" after it, where it happened)
            if start in s.regions and (self.title_names.at(s, start) or ext.mentions[mi].rule == "region.governor"):
                role = "title"  # "КМВА", "Київська міська військова адміністрація": who tells, not where
            if role is None and previous is not None and previous[1] != "reference" \
                    and (self._joined(s, previous[0], start)  # "подконтрольном Киеву Запорожье": not passed on
                         or previous[1] == "origin" and self._origin_goes_on(s, previous[0], start)):
                role = previous[1]  # "из Брянской и Курской областей": the role passes along the list
            if role is None and self._extent(s, start):
                role = "direction"  # "від Сумщини до Закарпаття": how far they flew, nothing happened there
            if role is None and len(located) > 1 and self._capital_speaking(s, start, ext.mentions[mi]):
                role = "title"  # "У Москві заявили, що ... над Бєлгородщиною": who tells, not where (with no
                # other place in the sentence the city may be where it happened: "У Москві повідомили про уламки")
            if role == "direction" and (self._there_after(s, ext.mentions[mi]) or self._downed_near(s, start)):
                role = None  # "летіли на Сумщину, там пошкоджено …": where they flew is where it happened
            if role is None and (self._bracketed_origin(s, start) or self._origin_seat(s, start)):
                role = "origin"  # "з напрямку (Приморсько-Ахтарськ, РФ)", "з мису Чауда в Криму" (acc27-uk)
            if role is None and listed is not None and listed <= start \
                    and all(t.text != ";" for t in s.toks[listed:start]):
                role = "origin"  # "з трьох напрямків: мис Чауда в Криму, а також Єйськ і Курськ"
            if role is not None:
                ext.mentions[mi] = replace(ext.mentions[mi], role=_ROLES[role], role_rule=_ROLE_RULES[role])
            if role == "title" and start and s.toks[start - 1].lower in _CITY_HEADS and self._city_region(s, start):
                # "Губернатор Севастополя": the city is a region of its own, told as a region in a title is (not a
                # mayor's city: "мэр Москвы" often tells of drones over the region around it, as English "Moscow Mayor")
                ext.mentions[mi] = _renamed(ext.mentions[mi], kind=MentionKind.REGION,
                                            region_code=self._city_region(s, start))
            previous = (start, role)
            out.append((start, mi))
        s.elsewhere = [t for t, mi in out if ext.mentions[mi].role not in (Role.LOCATION, Role.TITLE)]
        return [(t, mi) for t, mi in out if ext.mentions[mi].role in (Role.LOCATION, Role.TITLE)]

    def _capital_speaking(self, s: _Sentence, start: int, m: Mention) -> bool:
        """A capital after "у"/"в" with a plural verb of saying right after or right before it (clauses.toml
        ``role_prefixes.speaker_verbs``): "У Москві заявили, що ППО збила 20 дронів", "як повідомили в Києві" tell
        who speaks (the government), not where anything happened."""
        if not self.speaker_verbs or start == 0 or s.toks[start - 1].lower not in _IN_WORDS \
                or not any(k in self.capital_names for k in s.keys[start]):
            return False
        after = next((k for k, t in enumerate(s.toks) if t.start >= m.end), len(s.toks))
        return (after < len(s.toks) and s.toks[after].lower in self.speaker_verbs) \
            or (start > 1 and s.toks[start - 2].lower in self.speaker_verbs)

    def _downed_near(self, s: _Sentence, start: int) -> bool:
        """A city right after "на подлете к" in a sentence of downing ("сбиты на подлете к Воронежу"): where they
        fell, in the city's region; never a city that is a region of its own, whose approach may lie in the region
        around it ("на подлете к Москве", "к Санкт-Петербургу" stay a direction, as the set reads them), nor the
        capital told as such ("на подлете к столице")."""
        return bool(self.approaches) and start > 0 and bool(s.ending_at(start - 1, self.approaches)) \
            and s.holds(self.downing_verbs) and not s.has(self.capital_words, start) \
            and not any(k in _CITY_REGIONS or k in self.capital_names or k.split("-")[-1] in _CITY_REGIONS
                        for k in s.keys[start])

    def _extent(self, s: _Sentence, start: int) -> bool:
        """A name right after "від"/"от" with "до" and a name later in the sentence, or right after that "до"
        ("ракети фіксували над більшістю регіонів — від Сумщини до Закарпаття")."""
        toks = s.toks
        if start == 0:
            return False
        before = toks[start - 1].lower
        if before in _EXTENT_FROM:
            until = next((k for k, t in enumerate(toks[start + 1:], start + 1)
                          if t.lower == "до" and k + 1 < len(toks) and toks[k + 1].is_cap), None)
            return until is not None and not (_listing(toks, start, until) and self._downed(s))
        if before != "до":
            return False
        opened = next((k for k in range(start - 2, -1, -1) if toks[k].lower in _EXTENT_FROM), None)
        return opened is not None and not (_listing(toks, opened + 1, start - 1) and self._downed(s))

    def _downed(self, s: _Sentence) -> bool:
        """The sentence tells of objects downed ("о перехвате 18 беспилотников"), not of a flight tracked."""
        return self._kind(s)[0] is Kind.SHOOTDOWN

    def _launch_list(self, s: _Sentence) -> int | None:
        """Where a list of launch areas starts: after a colon or dash that follows an origin phrase or
        "from ... directions" ("з трьох напрямків: мис Чауда в Криму, а також Єйськ і Курськ")."""
        for k, tok in enumerate(s.toks):
            if (tok.text != ":" and tok.text not in _DASHES) or k == 0:
                continue
            if s.ending_at(k - 1, self.roles["origin"]):
                return k + 1
            if s.has(self.launch_heads, k - 1) and any(s.toks[j].lower in _FROM for j in range(max(0, k - 4), k)):
                return k + 1
        return None

    def _joined(self, s: _Sentence, a: int, b: int) -> bool:
        """Only list words between two mentions ("Брянской и Курской", "Курской, Орловской"), or a place
        and where it lies ("Шаталово в России", "Гвардійське в окупованому Криму")."""
        return all(t.text in ",-" or t.lower in _LINKS or s.taken[a + 1 + k] or s.has(self.fillers, a + 1 + k)
                   or s.has(self.region_words, a + 1 + k)  # "из Ростовской области и Краснодарского края"
                   for k, t in enumerate(s.toks[a + 1:b]))

    def _there_after(self, s: _Sentence, m: Mention) -> bool:
        """A comma and "там" or "де" right after a name ("летіли на Сумщину, там …", "на Чернігів, де …"): what
        follows happened at the place."""
        j = next((k for k, t in enumerate(s.toks) if t.start >= m.end), len(s.toks))
        return j + 1 < len(s.toks) and s.toks[j].text == "," and s.toks[j + 1].lower in _THERE

    def _role_after(self, s: _Sentence, m: Mention) -> str | None:
        """The role a word after a name (past a list of names) gives it: "над Черным и Азовским морями"
        (seas, not the village Азовская)."""
        j = next((k for k, t in enumerate(s.toks) if t.start >= m.end), len(s.toks))
        while j < len(s.toks) and (s.toks[j].is_cap or s.toks[j].lower in _LINKS or s.toks[j].text == ","):
            j += 1
        role = next((role for role, phrases in self.suffixes.items() if phrases.at(s, j)), None)
        if role == "sea" and _noun_region(s, m, self.lang):
            return None  # "над Росією, Кримом, Чорним та Азовським морями": Crimea is no sea
        return role

    def _beside_seas(self, ext: Extraction, s: _Sentence, mentions: list[int]) -> bool:
        """A region told by a noun in one list with seas ("над Кримом, Чорним та Азовським морями", "над Крымом и
        Черным морем"): a figure over that list is shared with the seas, no figure of the region's own."""
        sea = self.suffixes.get("sea")
        if sea is None or not s.holds(sea.first.keys()):
            return False  # most sentences name no sea
        for m in mentions:
            mm = ext.mentions[m]
            j = next((k for k, t in enumerate(s.toks) if t.start >= mm.end), len(s.toks))
            while j < len(s.toks) and (s.toks[j].is_cap or s.toks[j].lower in _LINKS or s.toks[j].text == ","):
                j += 1
            if sea.at(s, j) and _noun_region(s, mm, self.lang):
                return True
        return False

    def _time_zone(self, s: _Sentence, start: int) -> bool:
        """"по Москве" after a time ("в 23:00 по Москве", "утром по Москве"): a time zone, no place."""
        if start < 2 or s.toks[start - 1].lower != "по":
            return False
        number = s.toks[start - 2].is_number and not _model_number(s.toks, start - 2)
        return number or s.has(self.time_words, start - 2)

    def _after_origin(self, s: _Sentence, k: int) -> bool:
        """An origin phrase ends at token ``k`` ("з мису"), or a launch head after "з" does ("з південно-східного
        напрямку")."""
        if k < 0:
            return False
        if s.ending_at(k, self.roles["origin"]):
            return True
        return s.has(self.launch_heads, k) and any(s.toks[j].lower in _FROM for j in range(max(0, k - 3), k))

    def _bracketed_origin(self, s: _Sentence, start: int) -> bool:
        """A name in brackets right after an origin phrase or launch head ("з південно-східного напрямку
        (Приморсько-Ахтарськ, РФ)"): a launch area, not a place hit."""
        if not s.holds(_OPEN_BRACKET):
            return False
        k = start - 1
        while k >= 0 and s.toks[k].text not in "()" and s.toks[k].text not in ".;":
            k -= 1
        return k >= 1 and s.toks[k].text == "(" and self._after_origin(s, k - 1)

    def _origin_seat(self, s: _Sentence, start: int) -> bool:
        """Where a launch area the gazetteer lacks lies ("з мису Чауда в Криму", "з мису Чауда в окупованому
        Криму"): the region after "в"/"у" that follows a capitalised name right after an origin phrase."""
        k = start - 1
        while k >= 0 and s.has(self.fillers, k):
            k -= 1
        if k < 2 or s.toks[k].lower not in ("в", "у") or not s.toks[k - 1].is_cap:
            return False
        j = k - 1
        while j >= 0 and s.toks[j].is_cap and s.toks[j].is_word and not s.taken[j]:
            j -= 1
        return j < k - 1 and self._after_origin(s, j)

    def _origin_goes_on(self, s: _Sentence, a: int, b: int) -> bool:
        """A list of launch areas goes on past names the gazetteer lacks and where they lie ("з району
        Приморсько-Ахтарська в Росії та з мису Чауда в окупованому Криму": Crimea is a launch area too)."""
        origin = self.roles.get("origin")  # where it lies in brackets or after a dash: "Гвардійське (Крим)"
        return all(t.text in ",()" or t.text in _DASHES or t.lower in _LINKS or t.lower in _FROM or t.lower in _ALSO
                   or s.taken[a + 1 + k]
                   or (t.is_cap and t.is_word) or s.has(self.fillers, a + 1 + k)
                   or (origin is not None and s.ending_at(a + 1 + k, origin) > 0)
                   for k, t in enumerate(s.toks[a + 1:b]))

    def _role_before(self, s: _Sentence, start: int) -> str | None:
        """The role a phrase before a name gives it: "с территории Курской области", "з напрямку Курська",
        "губернатор ... области", "з тимчасово окупованого Криму" (past filler words), "Напрямки пуску — ..."."""
        skipped = start
        while start > 0 and (s.has(self.fillers, start - 1) or s.toks[start - 1].text in _DASHES):
            start -= 1
        if start > 0 and s.toks[start - 1].lower in _FROM and (start < skipped or s.toks[start - 1].lower in _OUT_OF):
            return "origin"  # "з окупованого Криму", "с временно оккупированной территории", "з Курської області"
        if self._time_zone(s, start):
            return "time"  # "с 20:00 до 23:00 по Москве"
        prev = s.toks[start - 1].lower if start else ""
        if (prev in _QUOTES and _quoted_after_acronym(s.toks, start)) \
                or (prev == "на" and _street_by_genitive(s.toks, start)) or self._far_from(s, start):
            # "в СТ «Ямал»", "ООО «Кубань»", "дом на Ефремова": a society's, a firm's, a street's; "в 115 км от
            # Харькова": a distant point of reference
            return "reference"
        if self._quoted_after_facility(s, start):
            return "reference"  # "нафтопроводу «Куйбишев — Тихорецьк»", "станціях «Зензеватка» і «Совхозная-2»"
        if start in s.regions and self._near_region(s, start):
            return "reference"  # "південні райони поблизу Херсонської і Запорізької областей": a neighbour
        if start > 0 and s.has(self.transit, start - 1):
            return "direction"  # "летить на Київ через Чернігівщину": the way (not "через обстріли Херсонщини")
        for back in (1, 2) if s.has(self.role_ends, start - 1) or s.has(self.role_ends, start - 2) else ():
            for role, phrases in self.roles.items():
                if s.ending_at(start - back, phrases) and (back == 1 or not s.toks[start - 1].is_cap
                                                           or (role == "airport" and start < skipped)):
                    # "аэропортов Поволжья — Саратова, Казани": the airports' area, a dash, then their towns
                    return None if self._targets_in(s, role, start, back) or self._partitive(s, role, start - back) \
                        else role
        return None

    def _far_from(self, s: _Sentence, start: int) -> bool:
        """A name after a distance beyond ``far_from_beyond`` (clauses.toml) and its "от"/"від" (ru, uk
        ``far_from``: "в 81 км от Белгорода и 115 км от Харькова", "за 100 км від Дніпра"): a point of reference,
        nothing happened there (as en's ``role.location.distance``; a nearer one, "в 5 км от Шебекино", stays where
        it happened)."""
        n = s.ending_at(start - 1, self.far_from) if start > 2 and self.far_from else 0
        number = s.toks[start - 1 - n].text if n and start > n else ""
        return number.isdigit() and int(number) > self.far_beyond

    def _quoted_after_facility(self, s: _Sentence, start: int) -> bool:
        """A name inside the quotes of a facility's name, or of a list of them, after the facility's noun
        ("нафтопроводу «Куйбишев — Тихорецьк»", "на станціях «Зензеватка» і «Совхозная-2»"): the facility, no
        town of that name (uk, ru ``named_facilities``)."""
        if not self.named_facilities or not s.holds(self.named_facilities):
            return False
        j, quoted = start - 1, False
        while j >= 0 and start - j <= 8 and (s.toks[j].text in _QUOTES or s.toks[j].text in _DASHES
                                              or s.toks[j].text == "," or s.toks[j].lower in _LINKS
                                              or s.toks[j].is_cap or s.toks[j].is_number):
            quoted = quoted or s.toks[j].text in "«\"„“"
            j -= 1
        return quoted and s.has(self.named_facilities, j)

    def _near_region(self, s: _Sentence, start: int) -> bool:
        """A region, or a list of regions, right after a word of nearness or a border (uk, ru ``near_regions``:
        "поблизу Херсонської і Запорізької областей", "межує із Запорізькою областю"): the area lies near it, nothing
        happened in it (a town "поблизу Бєлгорода" is not read so: its surroundings are in its region)."""
        if not s.holds(self.near_words):
            return False
        j = start - 1
        while j >= 0 and (j in s.regions or s.toks[j].lower in _LINKS or s.toks[j].text == ","):
            j -= 1
        return j >= 0 and s.ending_at(j, self.near_regions) > 0

    def _partitive(self, s: _Sentence, role: str, end: int) -> bool:
        """An origin phrase in "из"/"з" after a partitive head ("в одном из районов Воронежской области", "в
        одному з районів області"): one district of the region, where it happened, not a launch area."""
        return role == "origin" and s.has(self.partitive, end - s.ending_at(end, self.roles["origin"]))

    def _targets_in(self, s: _Sentence, role: str, start: int, back: int) -> bool:
        """"пытались атаковать объекты Воронежской области": the facilities attacked lie in the region (no
        direction), as "намагалися атакувати об'єкти Сумської області"; and "противник пытался атаковать Курскую
        область" (ru ``attempts_on_regions``): the region told with its word is where it happened ("атаковать Москву"
        stays a direction, and so does a part of a total, "восемь пытались атаковать Воронежскую область")."""
        if role != "direction" or start not in s.regions:
            return False
        if back == 2 and s.has(self.targets, start - 1):
            return True
        told = s.ending_at(start - back, self.attempts_on_regions) if s.has(self.region_words, start + 1) else 0
        return told > 0 and (start - back - told < 0 or not self._number_word(s, start - back - told))

    def _number_word(self, s: _Sentence, i: int) -> bool:
        """A figure or a number word at token ``i``."""
        return s.toks[i].is_number or not self.numbers.keys().isdisjoint(s.keys[i])

    # -- counts and events -------------------------------------------------------------------
    def _events(self, ext: Extraction, s: _Sentence, located: list[tuple[int, int]], state: dict) -> None:
        alert = self._alert_words(s)
        kind, kind_rule = self._kind(s, alert)
        if kind is Kind.OTHER and self._operated(s):
            return  # "курсантов, запускавших беспилотник, приняли за диверсантов": people flying it, no attack
        before = state.get("told_kind") if state.get("told_kind_at") == s.si - 1 else None
        told_kind = self._object_kind(s)
        counts = _outside(alert, self._counts(s, state.get("named_kind"), told_kind or before))
        if not counts:  # "ворог атакував область дронами. Захисники знищили 15 із них"
            state["told_kind"], state["told_kind_at"] = told_kind, s.si
        if counts:
            counts, located = self._read_counts(ext, s, counts, located, state)
        # "С 9:00 до 12:00 мск", "Ранее утром", "Кроме того": a batch of its own, not a retelling
        counts = self._own_batch(s, counts, state)
        background = next((rid for rid, ph in self.background if s.starts(ph) for i in ph.starting(s)
                           if ph.at(s, i)), "")
        bare = self._bare_dated(s, ext.report.date, state)  # (it notes the days each sentence tells)
        background = background or (_STAMPED_RULE if s.si in state["stamped"] else "")
        background = self._aside(s, background or self._earlier_dated(s, ext.report.date) or bare
                                 or self._dated_goes_on(s, state) or self._teaser_line(ext, s, located, state, counts),
                                 state)
        if self.reaches_back.get(background):
            _make_background(ext, s.si - self.reaches_back[background], s.si, background)
        text = ext.sentence_text(s.si)
        if not counts and kind is Kind.OTHER:
            if alert:  # "Повітряна тривога лунає в ... областях": where an alert was declared, no incident
                for _, m in located:
                    ext.mentions[m] = _renamed(ext.mentions[m], role=Role.ALERT, role_rule=_ALERT_RULE)
            elif located and not background:  # "Джерело: губернатор Волгоградської області": no elaboration
                self._places_only(ext, s, located, state, text)
            return
        if not counts:
            _add(ext, s, kind, kind_rule, None, [m for _, m in located], text, status_rule=background)
        told: set[int] = set()
        placed = _places_of_counts(s, counts, located, self.region_words, self.fillers)
        for c, mentions in self._among(s, placed, located, text):
            if c is not None and self._beside_seas(ext, s, mentions):
                c = None  # "128 над Росією, Кримом, Чорним та Азовським морями": the list's, not Crimea's
            _add(ext, s, kind, kind_rule, c, mentions, text, status_rule=background)
            told.update(mentions)
        besides = [m for t, m in located if m not in told and self._besides(s, t)]
        if besides:  # "Помимо Москвы и Подмосковья, 47 ...": those places had objects too, no figure here
            _add(ext, s, kind, kind_rule, None, besides, text, status_rule=background)
        state["last_event"], state["last_event_sentence"] = len(ext.events) - 1, s.si
        state["body_event"] = state.get("body_event") or s.toks[-1].text in ".!?»\""  # not a headline's line
        # a body event with a place, a region or a figure: a date after one opens another story ("Генштаб підтвердив
        # ураження двох НПЗ у Росії. У ніч на 28 серпня ...": the lead told neither, the date is its own)
        state["placed_body"] = state.get("placed_body") or bool(located or counts) and state["body_event"]

    def _read_counts(self, ext: Extraction, s: _Sentence, counts: list["_Count"], located: list[tuple[int, int]],
                     state: dict) -> tuple[list["_Count"], list[tuple[int, int]]]:
        """A sentence's figures read against the report so far (a second part, the next ordinal, a sum, "всего"; a
        headline told again), and its places: a figure with none takes the region of a head named before."""
        state["named_kind"] = counts[-1].kind
        counts = _second_part(s, counts, state)
        counts = self._next_ordinal(s, self._second_single(s, counts, state))
        counts = self._summed_up(s, counts)
        counts = self._told_later(s, self._in_all(s, self._whole_of(s, counts)))
        _headline_retold(ext, s, counts, state)
        return counts, located or self._head_region(ext, s, state)

    def _summed_up(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """A figure after "всего"/"итого" (a few words before it) equal to the sum of the figures told before it in
        the sentence ("кроме двух БПЛА ... сбит еще один — всего за ночь три БПЛА"): that figure alone, the parts
        retold by it."""
        for n, c in enumerate(counts[1:], 1) if len(counts) > 1 and self.sums.phrases else ():
            parts = counts[:n]
            if any(s.ending_at(k, self.sums) for k in range(max(parts[-1].end, c.start - 4), c.start)) \
                    and not any(p.each or p.part for p in parts) and sum(p.value for p in parts) == c.value:
                return [replace(c, more=False)] + counts[n + 1:]
        return counts

    def _whole_of(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """A sentence opening on "Из"/"Із" and a figure, then a smaller one: the first is the whole the second is a
        part of ("Из 40 дронов над областью сбиты 38": 38); with "остальные"/"решта" after the part ("Із семи ракет
        ППО збила одну, решта влучили в село") the whole came to the place: the first alone. The clause may open after
        a source's words and a comma ("За його даними, з 2432 БпЛА, націлених на ..., 2331 збили": 2331)."""
        at = counts[0].start - 1 if counts else -1
        if len(counts) < 2 or at < 0 or s.toks[at].lower not in _OF or (at and s.toks[at - 1].text != ",") \
                or counts[1].value >= counts[0].value:
            return counts
        first = replace(counts[0], part=False)
        if any(s.has(self.rest_words, k) for k in range(counts[1].end, len(s.toks))):
            return [first]
        return counts[1:]

    def _in_all(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """A sentence opening on "Всего"/"Итого" with one figure ("Всего с начала суток над регионом сбиты уже
        четыре БПЛА"), maybe its smaller parts after a colon and no region ("...: ночью сообщалось о двух"): the
        figure of all told so far (count.in_all, as English "In total, 13 drones"); the parts are in it."""
        first = counts[0] if counts else None
        if first is None or first.each or first.more or first.part or not self.sums.at(s, 0):
            return counts
        rest = counts[1:]
        colon = next((k for k in range(first.end, len(s.toks)) if s.toks[k].text == ":"), None)
        if rest and (colon is None or colon > rest[0].start or sum(c.value for c in rest) > first.value
                     or any(t > colon for t in s.regions)):
            return counts
        return [replace(first, rule="count.in_all")]

    def _told_later(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """Two figures told of ("о"/"про" before each), the second larger and after "позднее"/"пізніше" between
        them ("доложил о четырех сбитых БПЛА в Кингисеппском районе, а позднее — о десяти беспилотниках, сбитых над
        портом"): the second is the running figure of all told so far (count.in_all), the first in it."""
        if len(counts) != 2 or not s.holds(self.told_later):
            return counts
        first, second = counts
        told = all(c.start and s.toks[c.start - 1].lower in self.told_of for c in counts)
        if not told or second.more or second.each or second.value <= first.value \
                or not any(s.has(self.told_later, k) for k in range(first.end, second.start)):
            return counts
        return [first, replace(second, rule="count.in_all")]

    def _among(self, s: _Sentence, pairs: list, located: list[tuple[int, int]], text: str) -> list:
        """The counts with their mentions, less those told after "зокрема на", "у тому числі над" ... behind a
        count (clauses.toml ``count_among_places``): "знищили 11 «шахедів», зокрема на Миколаївщині" names one
        region of several, not where all 11 were; it has an incident with no figure of its own (``text``: the
        sentence's, looked at first for the phrases' longer words)."""
        low = text.lower()
        if not any(mark in low for mark in self.among_marks) or not any(c for c, _ in pairs):
            return pairs
        token_of = dict((m, t) for t, m in located)
        out = []
        for c, mentions in pairs:
            first = min((token_of[m] for m in mentions if token_of.get(m, -1) >= c.end), default=-1) if c else -1
            cue = next((k for k in range(c.end, first) if self.among.at(s, k)), None) if first >= 0 else None
            after = [m for m in mentions if token_of.get(m, -1) > cue] if cue is not None else []
            out.append((c, [m for m in mentions if m not in after]))
            if after:
                out.append((None, after))
        return out

    def _second_single(self, s: _Sentence, counts: list["_Count"], state: dict) -> list["_Count"]:
        """"Второй беспилотник тоже сбили" opening a sentence after single objects only ("Один аппарат упал на
        территории завода"): one more object; not after a figure of two or more ("Сбиты два дрона. Второй ...": one
        of them)."""
        most, c = state.get("most_told", 0), counts[0]
        state["most_told"] = max(most, c.value) if len(counts) == 1 else max(most, *(k.value for k in counts))
        if len(counts) == 1 and c.rule == "count.single_object" and most == 1 and not c.more \
                and self._opening_ordinal(s, c.start):
            return [replace(c, more=True)]
        return counts

    def _opening_ordinal(self, s: _Sentence, start: int) -> bool:
        """Whether an ordinal opens the sentence right before the object at ``start`` ("Второй беспилотник"), or
        before an episode noun that precedes it, maybe after a preposition ("Вторым ударом дрона", "Вследствие второго
        удара дрона", clauses.toml ``count_ordinal_episodes``)."""
        if start == 1:
            return s.has(self.ordinals, 0)
        return 2 <= start <= 3 and s.has(self.ordinal_episodes, start - 1) and s.has(self.ordinals, start - 2)

    def _next_ordinal(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """"два БпЛА перехопили вночі, а третій — близько десятої": an ordinal one past the figure told before it in
        the sentence (clauses.toml ``count_ordinal_values``), with no count of its own and no other noun after it
        ("третій день"), is one more object of that figure, told with its places ("Сбиты два дрона. Второй ...", one
        of them, is not one past)."""
        values = self.ordinal_values
        if not values or not s.holds(values.keys()):
            return counts
        out = list(counts)
        for k in range(len(s.toks)):
            value = next((values[key] for key in s.keys[k] if key in values), None)
            n = max((m for m, c in enumerate(out) if c.end <= k), default=None)
            if value is None or n is None or value != out[n].value + 1 or out[n].each \
                    or any(c.start <= k < c.end for c in out) \
                    or self._other_noun(s, k + 1) and not self._object_after(s, k + 1):
                continue
            out[n] = replace(out[n], value=value)
        return out

    def _operated(self, s: _Sentence) -> bool:
        """Every object the sentence names is the object of an active participle right before it ("подростков,
        запускавших дрон"): people flying a drone, no incident."""
        seen = False
        for i in self.objects.starting(s) if s.starts(self.objects) else ():
            if self.objects.at(s, i):
                if i == 0 or not s.toks[i - 1].is_word or not governs(s.toks[i - 1].text, s.toks[i].text, self.lang):
                    return False
                seen = True
        return seen

    @staticmethod
    def _head_region(ext: Extraction, s: _Sentence, state: dict) -> list[tuple[int, int]]:
        """A sentence with a number and no place, naming a region's head told before with the region's adjective
        ("рязанський губернатор Павло Малков … Малков заявив, що один безпілотник збили"): his region, as a mention
        of his surname."""
        heads = state.get("heads") or {}
        for k, tok in enumerate(s.toks):
            code = next((heads[key] for key in map(stem_word, s.keys[k]) if key in heads), None) \
                if tok.is_cap and tok.is_word else None  # his surname in any case: "Гладкова" … "Гладков"
            if code:
                ext.mentions.append(_mention(ext, s, k, k + 1, MentionKind.REGION, Cue.AUTHORITY,
                                             rule="region.governor", code=code))
                return [(k, len(ext.mentions) - 1)]
        return []

    def _time_window(self, s: _Sentence) -> bool:
        """The sentence opens on a window of time: "С 9:00 до 12:00 мск", "В период с 8:00 до 14:00" (a
        preposition of ``_FROM``, a time, a word of ``window_until``, a time, within its first words)."""
        toks = s.toks
        for i in range(min(3, len(toks) - 8)):
            if toks[i].lower in _FROM and _clock(toks, i + 1) and toks[i + 4].lower in self.lex.window_until \
                    and _clock(toks, i + 5):
                return True
        return False

    def _besides(self, s: _Sentence, t: int) -> bool:
        """The name at ``t`` follows a word of ``besides`` opening the sentence, before its first comma
        ("Помимо Москвы и Подмосковья, ...")."""
        first = next((k for k, tok in enumerate(s.toks) if tok.is_word), None)
        return first is not None and first < t and s.has(self.besides, first) \
            and all(tok.text != "," for tok in s.toks[first:t])

    def _more_opener(self, s: _Sentence) -> bool:
        """The sentence opens on a phrase of ``more_openers`` ("Кроме того, ..."), past the emoji or bullet a post
        opens its lines on ("❗️Без влучань не обійшлося: ...")."""
        first = next((k for k, t in enumerate(s.toks) if t.is_word), 0)
        words = tuple(t.lower for t in s.toks[first:first + 6] if t.is_word)[:4]  # (past a comma: "Втім, не ...")
        return any(words[:len(p)] == p for p in self.more_openers)

    def _earlier_today(self, s: _Sentence) -> bool:
        """The sentence opens on "Ранее" and a time of the same day within its next four words ("Ранее, около
        восьми утра, ...")."""
        words = [k for k, t in enumerate(s.toks[:8]) if t.is_word]
        return bool(words) and s.toks[words[0]].lower in self.lex.background_openers \
            and any(s.toks[k].lower in self.lex.earlier_today for k in words[1:5])

    def _teaser_line(self, ext: Extraction, s: _Sentence, located: list[tuple[int, int]], state: dict,
                     counts: list) -> str:
        """"Минобороны заявило о пяти сбитых дронах в Башкирии" on a line of its own with no full stop, between two
        lines that end with one, after the report's first event: another story's headline run into the article with
        no read-also cue (as English event.teaser_line), when the places it names the report names nowhere else;
        with no figure ("Удари росіян по Києву та області"), whatever it names: the title of the section after it,
        which tells its own incidents."""
        spans, text = ext.sentence_spans, ext.report.text
        if s.si < 2 or s.si + 1 >= len(spans) or not located or state["last_event"] is None \
                or self._ends_told(ext.sentence_text(s.si)):
            return ""
        start, end = spans[s.si]
        if "\n" not in text[spans[s.si - 1][1]:start] or "\n" not in text[end:spans[s.si + 1][0]] \
                or not self._ends_told(ext.sentence_text(s.si - 1)) or not self._ends_told(ext.sentence_text(s.si + 1)):
            return ""
        if not counts:
            return _TEASER_RULE
        rest = normalize(text[:start] + " " + text[end:])
        written = [normalize(text[ext.mentions[m].start:ext.mentions[m].end])[:5] for _, m in located]
        return "" if any(w in rest for w in written) else _TEASER_RULE

    def _ends_told(self, text: str) -> bool:
        """The line ``text`` ends with a full stop (maybe inside a closing quote)."""
        ends, tail = self.lex.sentence_ends, text.rstrip()[-2:]
        return bool(tail) and (tail[-1] in ends or tail[-1] == "…" or (tail[-1] in "»\")" and tail[:1] in ends))

    def _aside(self, s: _Sentence, background: str, state: dict) -> str:
        """The background rule of a sentence: a line that is only a read-also cue ("ЕЩЕ ПО ТЕМЕ") makes the
        lines after it that end with no full stop (other stories' headlines) background too, up to the first
        line that ends with one."""
        header = state.get("aside", "")
        if background:
            state["aside"] = background if self._cue_only(s) else ""
            return background
        ends = self.lex.sentence_ends
        last = [t.text for t in s.toks[-2:]]
        told = bool(last) and (last[-1] in ends or last[-1] == "…" or (last[-1] in "»\")" and last[0] in ends))
        state["aside"] = "" if told else header
        return state["aside"]

    def _earlier_dated(self, s: _Sentence, day: date | None) -> str:
        """"Ранее, 7 января, ..." (an opener of ``background_openers`` and a day of a month right after it):
        an earlier story with its own date, background, unless it is the report's ``day`` (earlier that day: a
        batch); a bare "Ранее" often retells the same night."""
        words = [k for k, t in enumerate(s.toks[:8]) if t.is_word or t.is_number]
        if len(words) < 3 or s.toks[words[0]].lower not in self.lex.background_openers:
            return ""
        told, month = words[1], words[2]
        if not (s.toks[told].is_number and s.has(self.lex.month_words, month)):
            return ""
        return "" if day is not None and s.toks[told].text == str(day.day) else _EARLIER_DATED_RULE

    def _bare_dated(self, s: _Sentence, day: date | None, state: dict) -> str:
        """A sentence opening on a date of its own ("3 сентября дрон атаковал ...", "Вечером 29 августа ...") after
        an incident the report told with no date or another: an earlier story, background; not a day told before
        (the story's own), nor the report's ``day``."""
        words = [k for k, t in enumerate(s.toks[:6]) if t.is_word or t.is_number]
        night = self._night_told(s, state)
        seen = state.setdefault("days", set())
        told_before = set(seen)
        if s.holds(self.lex.month_words):
            seen.update(t.text for k, t in enumerate(s.toks[:-1]) if t.is_number and s.has(self.lex.month_words, k + 1))
        k = 0  # "Вечером 29 августа", "Ночью и утром 24 октября": the times of day before the date
        while k < min(3, len(words)) and (s.toks[words[k]].lower in self.lex.earlier_today
                                          or s.toks[words[k]].lower in _DAY_TIMES and k + 1 < len(words)):
            k += 1
        k = self._dated_source(s, words, k)
        if len(words) > 4 and s.toks[words[0]].lower in _ELLIPSIS_BEFORE and s.has(self.time_words, words[1]) \
                and s.toks[words[2]].lower in _ELLIPSIS_BEFORE:
            k = 3  # "В ночь на 29 августа ..."
            if night and s.has(self.lex.night_words, words[1]):
                return ""  # "Цієї ночі ... У ніч на 3 жовтня ...": the night the report told of
        if len(words) < k + 2 or state["last_event"] is None or not (told_before or state.get("placed_body")):
            return ""  # (a date after a headline alone, or after a lead naming no place, is the story's own day)
        told, month = s.toks[words[k]], words[k + 1]
        if not (told.is_number and s.has(self.lex.month_words, month)) or told.text in told_before \
                or (day is not None and told.text == str(day.day)):
            return ""
        state["dated_at"] = s.si
        return _EARLIER_DATED_RULE

    def _dated_source(self, s: _Sentence, words: list[int], k: int) -> int:
        """The word after a source's document opening the sentence at word ``k`` ("В утренней сводке 15 ноября ...",
        clauses.toml ``dated_sources``: "в", maybe an adjective, the noun), where its date begins; else ``k``."""
        nouns = self.lex.dated_sources
        if not nouns or k >= len(words) or s.toks[words[k]].lower not in _IN_WORDS:
            return k
        return next((j + 1 for j in (k + 1, k + 2) if j + 2 < len(words) and s.has(nouns, words[j])), k)

    def _night_told(self, s: _Sentence, state: dict) -> bool:
        """A sentence before this one spoke of the night ("Цієї ночі ворог атакував ...") and an incident was
        told; notes whether this one speaks of it."""
        told = bool(state.get("night_seen")) and state.get("last_event") is not None
        if s.holds(self.lex.night_words):
            state["night_seen"] = True
        return told

    def _dated_goes_on(self, s: _Sentence, state: dict) -> str:
        """A sentence opening on "Также" right after one of another date ("Утром 7 марта Минобороны сообщило ...
        Также беспилотники перехватили над Крымом"): the same earlier story goes on, background too."""
        if state.get("dated_at") != s.si - 1 or not s.toks or s.toks[0].lower not in self.lex.background_goes_on:
            return ""
        state["dated_at"] = s.si
        return _EARLIER_DATED_RULE

    def _after_place_adjective(self, s: _Sentence, i: int) -> bool:
        """The capitalised word at ``i`` follows a capitalised adjective that names no region and no person
        ("Казачья Лопань", "Малая Рогань"): the second word of a place's name, never a given name starting a
        person ("Лопань Дергачевской" reads as a name and a surname)."""
        if i == 0 or not s.toks[i - 1].is_cap or not s.toks[i - 1].is_word or s.taken[i - 1]:
            return False
        prev = s.toks[i - 1].text
        return adjective(prev, self.lang) and not person_word(prev, self.lang) and not self.regions.adjective(prev)

    def _cue_only(self, s: _Sentence) -> bool:
        """The sentence is a background cue and punctuation alone ("Еще по теме:", "Читайте також")."""
        for _, phrases in self.background:
            for i in phrases.starting(s) if s.starts(phrases) else ():
                for p, _ in phrases.at(s, i)[:1]:
                    if not any(t.is_word or t.is_number for t in s.toks[:i] + s.toks[i + len(p):]):
                        return True
        return False

    def _places_only(self, ext: Extraction, s: _Sentence, located: list[tuple[int, int]], state: dict,
                     text: str) -> None:
        """A sentence naming places and no incident: it elaborates on the event just told (only what it
        adds counts), or is an incident of its own only if it names drones or the like; else nothing."""
        cont = state["last_event"] if s.si - state["last_event_sentence"] <= _PLACES_ONLY_WINDOW else None
        aerial = s.starts(self.objects) and any(self._aerial_at(s, i) for i in self.objects.starting(s))
        aerial = aerial or s.si in state["list_heads"]  # "По Белгородской области за сутки выпущены:" and a list
        if cont is None and not aerial:
            return
        _add(ext, s, Kind.OTHER, "event.places_only", None, [m for _, m in located], text, continues=cont,
             status_rule="" if aerial else _ELABORATION_RULE)

    def _aerial_at(self, s: _Sentence, i: int) -> bool:
        """An object named at ``i``, not an airliner in a clause of civil flights ("самолёт, летевший в ..., ушёл
        на запасной аэродром")."""
        found = self.objects.at(s, i)
        return bool(found) and not self._airliner(s, i, found[0][1])

    def _alert_words(self, s: _Sentence) -> set[int]:
        """Tokens of an alert phrase ("воздушная тревога", "угроза атаки БПЛА"): they tell no incident."""
        out: set[int] = set()
        for i in self.alerts.starting(s) if s.starts(self.alerts) else ():
            for p, _ in self.alerts.at(s, i):
                out.update(range(i, i + len(p)))
                out.update(self._alerted_object(s, i + len(p)))
        return out

    def _alerted_object(self, s: _Sentence, end: int) -> range:
        """The object named within two words after an alert phrase ("угроза применения ударных БПЛА"): the
        threat's, no incident's."""
        for j in range(end, min(end + 2, len(s.toks))):
            if j in s.regions:
                break
            found = self.objects.at(s, j)
            if found:
                return range(end, j + max(len(p) for p, _ in found))
        return range(0)

    def _kind(self, s: _Sentence, skip: set[int] | frozenset[int] = frozenset()) -> tuple[Kind, str]:
        best: tuple[int, str, str] | None = None
        priority = self.lex.kind_priority
        negations = frozenset(self.lex.negations)
        for rule_id, kind, phrases in self.triggers:
            for i in phrases.starting(s) if s.starts(phrases) else ():
                if i not in skip and phrases.at(s, i) and not s.has(negations, i - 1):
                    rank = priority.index(kind)
                    if best is None or rank < best[0]:
                        best = (rank, kind, rule_id)
                    break
        return (Kind(best[1]), best[2]) if best else (Kind.OTHER, "")

    def _object_kind(self, s: _Sentence) -> str | None:
        """The kind of the first object noun told in the sentence, numbered or not ("атакував область дронами")."""
        if not s.starts(self.objects):
            return None
        return next((kind for i in self.objects.starting(s) for _, kind in self.objects.at(s, i)[:1]), None)

    def _counts(self, s: _Sentence, named_kind: str | None, them_kind: str | None = None) -> list["_Count"]:
        """The counts of objects in the sentence; ``them_kind``: the kind of objects told with no number, which a
        number before "з них" counts ("знищили 15 із них")."""
        out: list[_Count] = []
        toks, i, lost, nums = s.toks, 0, False, self.numbers.keys()  # no figure nor number word: None, no call
        while i < len(toks):
            value, end = self._number(s, i) if toks[i].is_number or not nums.isdisjoint(s.keys[i]) else (None, i + 1)
            if value is None:
                i += 1
                continue
            kind = named_kind or (out[-1].kind if out else None)
            trailing = self._trailing_count(s, i, end, value, kind or them_kind)
            if trailing:
                out.append(trailing)
                i = end
                continue
            rule, total_end = self._of_total(s, end, value)
            told_them = s.has(self.of_them[0], end) and s.has(self.of_them[1], end + 1)
            kind = named_kind or (out[-1].kind if out else None) or (them_kind if told_them else None)
            obj = self._object_after(s, total_end) or self._ellipsis(s, i, end, kind) \
                or self._targets(s, end, kind or them_kind)
            if obj is None and kind is None:
                obj = self._unnamed(s, i, end, them_kind)
            if obj is None:
                i = end
                continue
            kind, obj_end, *them = obj
            if self._airliner(s, i, kind):
                i = obj_end  # "40 самолетов не смогли сесть": airliners, no objects
                continue
            if self._lost(s, i, obj_end):
                i, lost = obj_end, True  # "ще 46 локаційно втрачено": not told downed here, nor one object
                continue
            if obj_end == end and rule == "count.number_object":
                rule = "count.of_them" if them and them[0] else "count.ellipsis"
            each = i > 0 and toks[i - 1].lower in _EACH
            flag_at = i - 1 - each  # "ещё по три", "в том числе по два"
            more = s.has(self.more_words, flag_at) \
                or flag_at > 0 and toks[flag_at].lower in _ABOUT and s.has(self.more_words, flag_at - 1)
            part = s.ending_at(flag_at, self.part_words) > 0
            if s.has(self.nearly, i - 1):  # "Майже 100 дронів": a figure another telling may make exact
                rule = "count.nearly"
            closed = obj_end < len(toks) and toks[obj_end].text == ")" and self._region_bracket(s, i)
            out.append(_Count(i, obj_end, value, kind, "count.flags" if each else rule, each, more, part, closed))
            i = obj_end
        out = self._contrasted(s, out) + self._ordinal_ones(s, out) + self._day_ordinal(s, out)
        singles = self._singles_of_lists(s, out)
        if singles:
            return sorted(out + singles, key=lambda c: c.start)
        return out or ([] if lost else self._one_more_after(s, self._another_hit(s, self._single_object(s))))

    def _one_more_after(self, s: _Sentence, singles: list["_Count"]) -> list["_Count"]:
        """"ещё один" with no noun in a later clause after an object told in the singular ("Над Львовщиной сбили
        дрон, еще один упал в Пустомытах"): one more of that object (two in all), not the one retold."""
        if not singles or singles[0].more or not s.holds(self.more_words):
            return singles
        first, toks = singles[0], s.toks
        for k in range(first.end + 1, len(toks) - 1):
            if toks[k - 1].text in _CLAUSE or toks[k - 1].lower in _CLAUSE_OPENERS:
                if s.has(self.more_words, k) and any(self.numbers.get(key) == 1 for key in s.keys[k + 1]) \
                        and not self._object_after(s, k + 2) and not self._other_noun(s, k + 2):
                    return singles + [replace(first, start=k, end=k + 2, more=True)]
        return singles

    def _trailing_count(self, s: _Sentence, i: int, end: int, value: int, kind: str | None) -> "_Count | None":
        """A figure alone in brackets after a region ("над Белгородской (51)", "над Брянською областю (5)"; "Дроны
        сбиты в Орловской области (15)": of the objects told with no number)."""
        if kind and s.toks[i - 1].text == "(" and self._region_bracket(s, i) and self._bracketed(s, i):
            return _Count(i, end, value, kind, "count.trailing", trailing=True)
        return None

    def _unnamed(self, s: _Sentence, i: int, end: int, kind: str | None) -> tuple[str, int, bool] | None:
        """A figure with no noun of the objects the sentence told with no number: in a list of figures by place,
        or after a region's name and a dash."""
        if self._noun_before(s, i, end, kind):
            return self._ellipsis(s, i, end, kind)
        if self._dashed_after_place(s, i, end, kind):
            return kind, end, False  # type: ignore[return-value]
        return None

    def _of_total(self, s: _Sentence, end: int, value: int) -> tuple[str, int]:
        """The count's rule and the end of its figures: "12 из 15 дронов" is a part of a total (to after 15)."""
        if end + 1 < len(s.toks) and s.toks[end].lower in _OF:
            other, after = self._number(s, end + 1)
            if other is not None and other >= value:
                return "count.part_of_total", after
        return "count.number_object", end

    def _contrasted(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """Two sources' figures for one event in one sentence ("Минобороны насчитало шесть сбитых дронов, местные
        власти — восемь"): the second, with no noun, after a comma, a source and a dash, retells the first; the
        larger counts."""
        if len(counts) != 2 or counts[1].rule != "count.ellipsis" or not self.lex.count_sources:
            return counts
        first, second = counts
        between = range(first.end, second.start)
        if len(between) > 5 or s.toks[first.end].text != "," or s.toks[second.start - 1].text not in _DASHES \
                or not any(s.has(self.lex.count_sources, k) for k in between):
            return counts
        return [max(counts, key=lambda c: c.value)]

    def _noun_before(self, s: _Sentence, i: int, end: int, kind: str | None) -> bool:
        """An object noun told with no number before the figure at ``i`` of the sentence, a place preposition after
        it (past a dash): the objects a list of bare figures by place counts ("значительную часть беспилотников
        сбили ...: 16 — над ..., по 14 — над ..."; not "двоє людей — 36-річний чоловік")."""
        j = end + (end < len(s.toks) and s.toks[end].text in _DASHES)
        j += self._set_apart(s, i, j)
        return kind is not None and j < len(s.toks) and s.toks[j].lower in _ELLIPSIS_BEFORE \
            and s.starts(self.objects) and any(self.objects.at(s, k) for k in range(i))

    def _set_apart(self, s: _Sentence, i: int, j: int) -> int:
        """A figure set apart by dashes or commas, a verb of downing right after it ("Больше всего дронов — 16 —
        уничтожено над ...", "Больше всего дронов, 21, сбито над ..."): the tokens to pass over to its place."""
        toks = s.toks
        if i == 0 or toks[i - 1].text not in _SET_APART or j >= len(toks):
            return 0
        comma = toks[j].text == "," and toks[i - 1].text == ","
        k = j + comma
        apart = comma or toks[j - 1].text in _DASHES
        return k - j + 1 if apart and k + 1 < len(toks) and s.has(self.downing_verbs, k) else 0

    def _dashed_after_place(self, s: _Sentence, i: int, end: int, kind: str | None) -> bool:
        """A bare figure after a region's name and a dash that ends its clause, an object noun told with no number
        before it in the sentence: the objects downed there ("Больше всего беспилотников уничтожено над Ростовской
        областью — 16, ..."); not a figure of something else ("— 16 домов": a noun follows it)."""
        toks = s.toks
        if kind is None or i < 2 or toks[i - 1].text not in _DASHES or not (end >= len(toks) or toks[end].text in
                                                                              _CLAUSE_ENDS):
            return False
        placed = i - 2 in s.regions or s.has(self.region_words, i - 2)
        return placed and s.starts(self.objects) and any(self.objects.at(s, k) for k in range(i))

    def _own_batch(self, s: _Sentence, counts: list["_Count"], state: dict) -> list["_Count"]:
        """The counts as a batch of their own, not a retelling, when the sentence opens on a window of time, "Ранее
        утром" or "Кроме того" (all of them), or on the next district of a daily summary (all but its parts: "четыре
        из них" stays a part of the district's five)."""
        apart = bool(counts) and self._apart_in_time(s, state)
        if counts and (apart or self._time_window(s) or self._earlier_today(s) or self._more_opener(s)):
            return [replace(c, more=True) for c in counts]
        if counts and self._new_district(s, state):
            return [c if c.rule == "count.of_them" else replace(c, more=True) for c in counts]
        return counts

    def _apart_in_time(self, s: _Sentence, state: dict) -> bool:
        """A sentence with counts opening on a part of the day (``day_parts``, in its first six tokens) other than that
        of the last counted sentence that opened on one ("Уночі ППО знищила три «шахеди». Удень 25 квітня ворог
        атакував громаду FPV-дроном"): a batch of its own. It notes its own part of the day for the next; not a time
        of day: "з 21:00 до 22:00 за київським часом" and "близько 20:30 за московським" tell one batch."""
        parts_of = self.lex.day_parts
        parts = {parts_of[t.lower] for t in s.toks[:6] if t.lower in parts_of}
        if not parts:
            return False
        before = state.get("told_day_part", set())
        state["told_day_part"] = parts
        return bool(before) and not parts & before

    def _new_district(self, s: _Sentence, state: dict) -> bool:
        """A sentence opening on a district ("В Валуйском округе ...", "Над Борисовским районом ...") after one that
        opened on another: a daily summary's next district, whose figures are a batch of their own, not the first
        district's retold."""
        toks = s.toks
        k = 1 if toks and toks[0].lower in _ELLIPSIS_BEFORE else 0
        if k in s.regions:  # "На Миколаївщині ...": the next oblast of a roundup, whose districts are its own
            state["opening_districts"] = []
        if k + 1 >= len(toks) or not toks[k].is_cap or not s.has(self.districts | self.district_words, k + 1):
            return False
        stem, seen = stem_word(toks[k].text), state.setdefault("opening_districts", [])
        new = bool(seen) and stem not in seen
        seen.append(stem)
        return new

    def _another_hit(self, s: _Sentence, singles: list["_Count"]) -> list["_Count"]:
        """"Ще одне влучання — у …: ворог атакував об'єкт безпілотником": a sentence opening on "ще" and one (of
        hits, strikes) tells a further object, not the one told before again; not one more person ("Ще один чоловік
        загинув через атаку дрона": the drone of the person told, retold)."""
        words = [k for k, t in enumerate(s.toks[:4]) if t.is_word or t.is_number]
        if singles and len(words) > 1 and s.has(self.more_words, words[0]) \
                and any(self.numbers.get(k) == 1 for k in s.keys[words[1]]) \
                and not (len(words) > 2 and s.toks[words[2]].lower in self.lex.casualty_nouns):
            return [replace(singles[0], more=True)] + singles[1:]
        return singles

    def _lost(self, s: _Sentence, i: int, end: int) -> bool:
        """The clause of the number at ``i:end`` tells the objects were lost by location (``count_lost``: "ще 46
        локаційно втрачено", "п'ять ракет і 30 БпЛА втрачено локаційно"): not told downed where it says."""
        if not self.lost:
            return False
        j = i - 1
        while j >= max(0, i - _LOST_REACH) and s.toks[j].text not in _CLAUSE_ENDS:
            if s.has(self.lost, j):
                return True
            j -= 1
        j = end
        while j < min(len(s.toks), end + _LOST_REACH) and s.toks[j].text not in _CLAUSE_ENDS:
            if s.has(self.lost, j):
                return True
            j += 1
        return False

    def _day_ordinal(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """"Это уже седьмой БПЛА, уничтоженный над регионом за сегодняшний день": the day's figure (7), when no
        other count is told; an ordinal with its object noun, and "за" and a day word later in the sentence."""
        toks = s.toks
        if counts:  # another count is told: no day's figure (and no scan of the sentence for one)
            return []
        day = s.holds(self.day_words) and any(
            toks[k].lower == "за" and any(s.has(self.day_words, j) for j in range(k + 1, min(k + 3, len(toks))))
            for k in range(len(toks)))
        for i in range(len(toks)) if day else ():
            value = next((self.day_ordinals[normalize(k)] for k in s.keys[i] if normalize(k) in self.day_ordinals), 0)
            obj = self._object_after(s, i + 1) if value > 1 else None
            if obj:
                return [_Count(i, obj[1], value, obj[0], "count.day_ordinal")]
        return []

    def _ordinal_ones(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """One more object for each ordinal opening a later clause after "один" and its noun, the sentence's only
        count ("Один БПЛА сбила охрана, второй тоже уничтожен"): the objects told one by one, with no total."""
        if len(counts) != 1 or counts[0].value != 1 or s.keys[counts[0].start][0] not in self.lex.not_alone:
            return []
        return [_Count(k, k + 1, 1, counts[0].kind, "count.ordinal") for k in range(counts[0].end, len(s.toks))
                if s.has(self.ordinals, k)
                and (s.toks[k - 1].text in _CLAUSE or s.toks[k - 1].lower in _CLAUSE_OPENERS)]

    def _list_singles(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """One object for each item of a bulleted list (:func:`_join_lists`) that names one in the singular
        with no number ("- fpv-дрон;"); not an abbreviation ("• БпЛА (тип встановлюється)"), which may be many."""
        toks, out = s.toks, []
        items = [k for k, t in enumerate(toks) if (k == 0 or toks[k - 1].text in ";:") and _bullet(t)]
        for k, nxt in zip(items, items[1:] + [len(toks)]) if len(items) > 1 else ():
            i = next((j for j in range(k + 1, nxt) if toks[j].is_word or toks[j].is_number), nxt)
            if i == nxt or any(k < c.start < nxt for c in counts):
                continue
            found = self.objects.at(s, i)
            if not found:
                continue
            phrase, kind = found[0]
            typed = [t.lower for t in toks[i + len(phrase):i + len(phrase) + 2]]
            if sum(c.isupper() for c in toks[i].text.split("-")[-1]) > 1:  # "БпЛА", "КАБ", not "FPV-дрон": one only
                # of one type ("БпЛА типу «Ланцет»", "БпЛА, тип якого ...", and a type named in quotes: "БпЛА «Молния»")
                one = typed[:1] in (["типу"], ["типа"], ["«"]) or typed == [",", "тип"] \
                    or _bare_declined_abbreviation(toks[i + len(phrase) - 1].text, typed)
            else:
                one = singular_noun(toks[i + len(phrase) - 1].text.split("-")[-1], self.lang)
            if one:
                out.append(_Count(i, i + len(phrase), 1, kind, "count.single_object"))
        return out

    def _listed_singles(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """One object for each item named in the singular with no number right before the first numbered batch of
        the same list, of the same kind ("БпЛА типу «Герань-2», БпЛА типу «Молния», FPV-дрон і ще чотири БпЛА":
        1 + 1 + 1 + 4)."""
        first = next((c for c in counts if c.rule == "count.number_object"), None)
        if first is None or first.start < 2 or not (s.toks[first.start - 1].text == ","
                                                    or s.toks[first.start - 1].lower in _LISTED["links"]):
            return []
        out: list[_Count] = []
        k = first.start - 1  # walking back, item by item
        while True:
            linked = k
            while k >= 0 and (s.toks[k].text == "," or s.toks[k].lower in _LISTED["links"]):
                k -= 1
            item = self._single_item_ending(s, k) if k < linked else None
            if item is None or item.kind != first.kind:  # "беспилотник и 2 ракеты": told as such already
                return out
            out.insert(0, item)
            k = item.start - 1
            k -= k >= 0 and s.toks[k].is_word and singular_adjective(s.toks[k].text, self.lang)  # "ударний дрон"

    def _singles_of_lists(self, s: _Sentence, counts: list["_Count"]) -> list["_Count"]:
        """The objects named one by one in the singular beside the numbered batches of a list: a bulleted list's
        (:meth:`_list_singles`) or those before a batch (:meth:`_listed_singles`), and those at a list's ends."""
        singles = self._list_singles(s, counts) or self._listed_singles(s, counts)
        return singles + self._list_ends(s, counts, singles)

    def _list_ends(self, s: _Sentence, counts: list["_Count"], singles: list["_Count"]) -> list["_Count"]:
        """One object for each item named in the singular, of any kind, that opens or closes a list of two or more
        numbered batches ("атакували ракетою, 17 «шахедами», трьома КАБами та «молнией»": 1 + 17 + 3 + 1); one
        batch and a single of another kind ("безпілотник і 2 ракети") stay as :meth:`_listed_singles` tells them."""
        batches = [c for c in counts if c.rule == "count.number_object"]
        if len(batches) < 2:
            return []
        told = sorted(batches + singles, key=lambda c: c.start)
        out: list[_Count] = []
        k = told[0].start - 1  # walking back from the first item
        while True:
            linked = k
            while k >= 0 and (s.toks[k].text == "," or s.toks[k].lower in _LISTED["links"]):
                k -= 1
            item = self._single_item_ending(s, k, any_case=True) if k < linked else None
            if item is None:
                break
            out.insert(0, item)
            k = item.start - 1
            k -= k >= 0 and s.toks[k].is_word and singular_adjective(s.toks[k].text, self.lang)
        return out + self._list_tail(s, self._past_type(s, told[-1].end))

    def _past_type(self, s: _Sentence, k: int) -> int:
        """The token after the type told at ``k`` ("типу «Герань-2»", "«Шахед»"), or ``k`` when none is told."""
        toks = s.toks
        k += k < len(toks) and toks[k].lower in _LISTED["type_words"]
        if k < len(toks) and toks[k].text == "«":
            return next((j + 1 for j in range(k + 1, min(k + 6, len(toks))) if toks[j].text == "»"), k)
        return k

    def _list_tail(self, s: _Sentence, k: int) -> list["_Count"]:
        """The items named in the singular after the last numbered batch of a list that ends at ``k`` ("..., трьома
        КАБами та «молнией»"), one object each (:meth:`_list_ends`)."""
        toks, out = s.toks, list[_Count]()
        while True:
            linked = k
            while k < len(toks) and (toks[k].text == "," or toks[k].lower in _LISTED["links"]):
                k += 1
            if k == linked or k >= len(toks):
                return out
            k += toks[k].is_word and k + 1 < len(toks) and singular_adjective(toks[k].text, self.lang) \
                and bool(self.objects.at(s, k + 1))  # "та ударним дроном"
            item = self._single_item_starting(s, k)
            if item is None:
                return out
            out.append(item)
            k = self._past_type(s, item.end + (item.end < len(toks) and toks[item.end].text == "»"))

    def _single_item_starting(self, s: _Sentence, i: int) -> "_Count | None":
        """The object named in the singular, in any case, that starts at ``i`` ("ракетою", "«молнией»", "FPV-дроном");
        an abbreviation only with its type ("БпЛА типу «Ланцет»"), a number never ("трьома КАБами")."""
        toks = s.toks
        quoted = toks[i].text == "«"
        i += quoted
        found = self.objects.at(s, i) if i < len(toks) else None
        if not found:
            return None
        phrase, kind = found[0]
        end = i + len(phrase)
        last = toks[end - 1].text.split("-")[-1]
        if sum(c.isupper() for c in last) > 1:
            one = [t.lower for t in toks[end:end + 1]] in (["типу"], ["типа"])
        else:  # a name in quotes may be written in Russian in a Ukrainian report ("«молнией»")
            one = singular_noun(last, self.lang, any_case=True) or quoted and singular_noun(last, "ru", any_case=True)
        return _Count(i, end, 1, kind, _LISTED.id, more=True) if one else None

    def _single_item_ending(self, s: _Sentence, k: int, any_case: bool = False) -> "_Count | None":
        """The object named in the singular that ends at ``k`` (past its type: "БпЛА типу «Молния»"), if one does;
        with ``any_case`` in any case ("ракетою")."""
        toks, end = s.toks, k
        if k >= 0 and toks[k].text == "»":
            k = next((j for j in range(k - 1, max(k - 6, -1), -1) if toks[j].text == "«"), -1) - 1
            k -= k >= 0 and toks[k].lower in _LISTED["type_words"]
        for i in range(max(k - 2, 0), k + 1):
            found = self.objects.at(s, i)
            if not found or i + len(found[0][0]) - 1 != k:
                continue
            phrase, kind = found[0]
            if sum(c.isupper() for c in toks[i].text.split("-")[-1]) > 1:
                one = k < end  # an abbreviation with its type
            else:
                one = singular_noun(toks[k].text.split("-")[-1], self.lang, any_case=any_case)
            return _Count(i, k + 1, 1, kind, _LISTED.id, more=True) if one else None  # batches of one list
        return None

    def _airliner(self, s: _Sentence, i: int, kind: str) -> bool:
        """Objects of ``kind`` named at ``i`` are airliners: aircraft in a clause of civil flights (:meth:`_civil`)."""
        return kind == "aircraft" and self._civil(s, i)

    def _civil(self, s: _Sentence, i: int) -> bool:
        """A word of civil flights in the clause of the count at ``i`` ("не смогли сесть", "рейсы", "в
        аэропортах", "пасажирських літаків")."""
        j = i
        while j < len(s.toks):
            if s.toks[j].text in _CLAUSE:
                aside = self._participle_aside(s, j)  # "Семь самолетов, летевших в ..., ушли на запасные аэродромы"
                if aside is None:
                    break
                j = aside
            elif self.civil.at(s, j):
                return True
            j += 1
        return False

    def _participle_aside(self, s: _Sentence, j: int) -> int | None:
        """The closing comma of a participial phrase that opens with a comma at ``j`` ("самолетов, летевших в
        Северную столицу, ушли ..."), within ten tokens; None when none opens there."""
        toks = s.toks
        if toks[j].text != "," or j + 1 >= len(toks) or not toks[j + 1].is_word \
                or not full_participle(toks[j + 1].text, self.lang):
            return None
        return next((k for k in range(j + 2, min(j + 12, len(toks))) if toks[k].text == ","), None)

    def _single_object(self, s: _Sentence) -> list["_Count"]:
        """One object told in the singular with no number ("над областью сбита ракета", "обломки
        беспилотника упали"); never an abbreviation, which has no number of its own ("атака БПЛА"). One of each
        kind, in the order told: "ударили по Никополю беспилотником, а над районом сбита ракета" tells two."""
        out: list[_Count] = []
        for i, tok in enumerate(s.toks) if s.starts(self.objects) else ():
            one = self._single_at(s, i, tok)
            if one is not None and all(c.kind != one.kind for c in out):
                out.append(one)
                told = {c.kind for c in out}
                if not any(s.holds(words) for kind, words in self.object_firsts.items() if kind not in told):
                    break  # (no word of an object of another kind: no further one to look for)
        return out

    def _single_at(self, s: _Sentence, i: int, tok: Token) -> "_Count | None":
        """The object told in the singular at ``i`` (:meth:`_single_object`), if one is."""
        found = self.objects.at(s, i)
        if found and i > 1 and s.toks[i - 1].is_word and self._number(s, i - 2)[0] is not None:
            return None  # "312 ударів БпЛА", "5 атак дронов": the number counts another noun, of these objects
        if found and (self._plural_phrase(s, i, len(found[0][0])) or self._beside_vague(s, i, i + len(found[0][0]))):
            return None  # "збито крилаті ракети": many; "уламки ракети та кількох БпЛА": a part of a whole left unsaid
        if found and tok.is_word and tok.text.isupper() and self._told_singular(s, i, len(found[0][0])):
            return _Count(i, i + len(found[0][0]), 1, found[0][1], "count.single_object")
        if found and self._platform(s, i):
            return None  # "скинули з безпілотника боєприпас": the drone a munition fell from, not one downed or hit
        if found and self._airliner(s, i, found[0][1]):
            return None  # "Один самолёт, летевший в ..., ушёл на запасной аэродром": an airliner, no object
        if found and tok.is_word and not tok.text.isupper():
            phrase, kind = found[0]
            last = s.toks[i + len(phrase) - 1]
            if (i == 0 or s.toks[i - 1].text == ":") and len(phrase) == 1 and plural_subject(tok.text, self.lang):
                return None  # "Ракети летіли над ...", "Наслідки атаки: ракети влучили …": a clause opens on them
            if singular_noun(last.text, self.lang, any_case=i > 0 and s.has(self.ordinals, i - 1)) \
                    and not self._plural_abbreviation(s, i, len(phrase)) or (
                    sum(c.isupper() for c in last.text) > 1 and i > 0 and s.toks[i - 1].is_word
                    and singular_adjective(s.toks[i - 1].text, self.lang)):  # "уламки ворожого БпЛА"
                return _Count(i, i + len(phrase), 1, kind, "count.single_object")
        return None

    def _plural_phrase(self, s: _Sentence, i: int, n: int) -> bool:
        """The object phrase of ``n`` words at ``i`` opens on an adjective in the plural ("збито крилаті ракети",
        "повітряні цілі"; "ворожі ракети" past a one-word phrase): many objects with no number, though its noun
        may read as a singular ("ракети", "цілі")."""
        k = i if n > 1 else i - 1
        return k >= 0 and s.toks[k].is_word and not s.toks[k].text.isupper() \
            and plural_adjective(s.toks[k].text, self.lang)

    def _beside_vague(self, s: _Sentence, i: int, end: int) -> bool:
        """The object at ``i`` … ``end`` is joined by "і"/"та"/"и" to objects told by a word of a number left unsaid
        (objects.toml ``vague_quantities``: "уламки ракети та кількох БпЛА", "несколько дронов и ракета"): one part
        of a whole with no number."""
        toks = s.toks
        if not self.vague:
            return False
        after = end + 1 < len(toks) and toks[end].lower in _AND and s.has(self.vague, end + 1)
        i -= i > 0 and toks[i - 1].is_word and adjective(toks[i - 1].text, self.lang)  # "і крилату ракету"
        return after or i > 1 and toks[i - 1].lower in _AND and any(
            s.has(self.vague, k) for k in range(max(i - 4, 0), i - 1))

    def _plural_abbreviation(self, s: _Sentence, i: int, n: int) -> bool:
        """An abbreviation in mixed case ending the phrase of ``n`` words at ``i`` right after an adjective in the
        plural ("атакував місто ударними БпЛА", "ворожими БпЛА"): many, no number; the abbreviation alone reads as
        a singular noun."""
        last = s.toks[i + n - 1].text
        k = i + n - 2
        return sum(c.isupper() for c in last) > 1 and k >= 0 and s.toks[k].is_word \
            and plural_adjective(s.toks[k].text, self.lang)

    def _platform(self, s: _Sentence, i: int) -> bool:
        """The object at ``i`` after "з" ("із", "с") and a verb of dropping a few words before ("скинули з
        безпілотника боєприпас", "сбросили с дрона взрывчатку"): what the munition fell from, no object of its own."""
        if not self.platform_verbs or i < 2 or s.toks[i - 1].lower not in _FROM:
            return False
        return any(s.has(self.platform_verbs, k) for k in range(max(i - 5, 0), i - 1))

    def _told_singular(self, s: _Sentence, i: int, n: int) -> bool:
        """An abbreviation at ``i`` (``n`` words) right after a verb or short participle in the masculine singular
        ("сбит БПЛА"), or before a past verb ("БПЛА упал"; not "обломками БПЛА поврежден дом") or a short participle
        of downing ("БПЛА подавлен на границе"): one object."""
        toks = s.toks
        before = i > 0 and toks[i - 1].is_word and singular_masculine_verb(toks[i - 1].text, self.lang) \
            and not (i > 1 and (toks[i - 2].is_number or any(k in self.numbers for k in s.keys[i - 2])))
        k = i + n
        return before or (k < len(toks) and toks[k].is_word and singular_masculine_verb(
            toks[k].text, self.lang, participle=s.has(self.downing_verbs, k)))

    def _ellipsis(self, s: _Sentence, i: int, end: int, kind: str | None) -> tuple[str, int, bool] | None:
        """A number with no noun, of the objects named before, when a place follows it (past "из них"
        and a verb) or a dash sets it apart ("семь над Воронежской", "Курской — 3", "четыре из них
        перехвачены над ...", "— по одному"); and whether "из них" was told with it."""
        if not kind or self._other_noun(s, end) or s.toks[i].lower in self.people_numerals:
            return None  # "у Чугуївському районі — два будинки", "Два влучання — у ...": not the objects named before
        toks, j = s.toks, end
        them = s.has(self.of_them[0], j) and s.has(self.of_them[1], j + 1)
        j += 2 * them
        past = self._past_aside(s, j) if them else j
        base, j = (end if past == j else past), past
        them = them or (s.has(self.of_them[0], i - 2) and s.has(self.of_them[1], i - 1))  # "Из них 12 ..."
        # "Больше всего, 14, уничтожили над ...": a figure set apart by commas, as by dashes
        enclosed = 0 < i and toks[i - 1].text == "," and j < len(toks) and toks[j].text == "," and j == end
        # "Больше всего (103) перехвачено над ...": in brackets after no place (not "Брянской (103)", its own figure)
        enclosed = enclosed or (1 < i and toks[i - 1].text == "(" and j < len(toks) and toks[j].text == ")"
                                and j == end and not s.taken[i - 2] and self._bracket_opener(s, i - 2))
        j += enclosed
        while j < len(toks) and (toks[j].text in _DASHES or (j - base < 4 and s.has(self.attempts, j))):
            j += 1
        verb = j > end and s.has(self.verbs, j - 1)
        damage = verb and s.has(self.damage_verbs, j - 1)  # "ще шість пошкоджено": houses, no further objects
        j += verb and s.has(self.targets, j)  # "восемь пытались атаковать объекты Воронежской области"
        after = toks[j].lower if j < len(toks) else ""
        k = i - 1 - (i > 0 and toks[i - 1].lower in _EACH)
        k -= s.has(self.more_words, k)  # "— еще по одному"
        dashed = k >= 0 and toks[k].text in _DASHES
        downed = s.has(self.downing_verbs, i - 1 - s.has(self.more_words, i - 1))  # "На Житомирщині збито 10, на
        # Вінниччині — 7", "в Воронежской сбиты еще 11"
        further = verb and not damage and s.has(self.more_words, i - 1)  # "сбиты пять беспилотников, еще четыре
        # подавлены"
        # "направила на область беспилотники, 11 из них сбили защитники неба": downed of the objects told before
        downed = downed or (them and verb and not damage and s.has(self.downing_verbs, j - 1))
        # "з 2432 БпЛА, націлених на ..., 2331 збили": a bare figure after a comma and before a verb of downing, the
        # sentence's whole told before it with "з"/"из" and a number
        downed = downed or (i > 0 and toks[i - 1].text == "," and s.has(self.downing_verbs, end)
                            and self._whole_before(s, i))
        if after in _ELLIPSIS_BEFORE or dashed or further or downed or (verb and j in s.regions):
            return kind, end, them
        return None

    @staticmethod
    def _bracket_opener(s: _Sentence, k: int) -> bool:
        """The word at ``k`` before a bracketed figure is no name's (lower case, no region's): "всего (103)"."""
        tok = s.toks[k]
        return tok.is_word and not tok.is_cap and k not in s.regions

    def _whole_before(self, s: _Sentence, i: int) -> bool:
        """A whole told before ``i`` in the sentence: "з"/"из" right before a number ("з 2432 БпЛА")."""
        toks = s.toks
        return any(toks[k].lower in _OF and self._number(s, k + 1)[0] is not None for k in range(i - 1))

    def _named_airport(self, s: _Sentence, start: int) -> bool:
        """The name at ``start`` is an airport's own ("Внуково", "Шереметьево") in a sentence of flights
        ("ограничили полеты", "скорректировали расписание"): the airport, no place of an incident."""
        return s.has(self.airport_names, start) and any(s.has(self.flight_words, k) for k in range(len(s.toks)))

    @staticmethod
    def _airport_aside(s: _Sentence, start: int, previous: tuple[int, str | None] | None) -> bool:
        """A name in brackets right after an airport's ("аэропорты Домодедово и Жуковский (Раменское)"): the town
        the airport lies by, told as its address, no place of an incident."""
        return previous is not None and previous[1] == "airport" and start > 0 and s.toks[start - 1].text == "(" \
            and start - previous[0] <= 3

    def _capital_attacked(self, s: _Sentence, start: int) -> bool:
        """Russia's capital right after "на" with a noun of an attack at most three words before it ("отразили
        атаку беспилотника на Москву", "атака дронов на Москву"): the target the mayor names, no place of its own
        (clauses.toml ``capital_attack``)."""
        if not self.capital_attack or len(self.capital_names) != 2 or start < 2 or s.toks[start - 1].lower != "на" \
                or not s.holds(self.capital_attack) or self.capital_names[1] not in s.keys[start]:
            return False
        return any(s.has(self.capital_attack, k) for k in range(max(0, start - 4), start - 1))

    def _past_aside(self, s: _Sentence, j: int) -> int:
        """Past a source aside in commas at ``j`` ("37 из них, по данным ведомства, уничтожены над ...", "Один из
        них, как рассказал губернатор, сбит ..."): the token after its closing comma; ``j`` when none opens there."""
        toks = s.toks
        if not (j + 3 < len(toks) and toks[j].text == ","
                and ((toks[j + 1].lower == "по" and s.has(self.aside_sources, j + 2))
                     or (toks[j + 1].lower == "как" and s.has(self.aside_telling, j + 2)))):
            return j
        close = next((k for k in range(j + 3, min(len(toks), j + 8)) if toks[k].text == ","), None)
        return close + 1 if close is not None else j

    def _targets(self, s: _Sentence, end: int, kind: str | None) -> tuple[str, int, bool] | None:
        """A figure of "цели" in a sentence with a verb of downing, once objects were named ("Еще по пять целей
        подавлено над Тульской и Самарской областями"; "ворог атакував «шахедами» ... ППО знищила 20 цілей"): the
        objects named before, not aims."""
        if not kind or not s.has(_TARGETS, end) or not any(s.has(self.downing_verbs, k) for k in range(len(s.toks))):
            return None
        return kind, end + 1, False

    def _range_or_share(self, s: _Sentence, i: int) -> bool:
        """The number at ``i`` is a share ("15%") or opens a range of days or shares ("з 17 на 18 липня", "14–15
        липня", "10–15% потужностей"): no objects."""
        toks = s.toks
        k = i + 2 if i + 2 < len(toks) and toks[i + 2].is_number and (
            toks[i + 1].text in _DASHES or toks[i + 1].lower in _RANGE_WORDS) else i
        return k + 1 < len(toks) and (toks[k + 1].text == "%" or k > i and s.has(self.lex.month_words, k + 1))

    def _other_noun(self, s: _Sentence, i: int) -> bool:
        """A lower-case noun or adjective at ``i`` (a number before it counts no object: "— 20 приватних
        будинків"), but no word of a phrase the rules know ("— по одному", "— два з них")."""
        tok = s.toks[i] if i < len(s.toks) else None
        return tok is not None and tok.is_word and not tok.is_cap and noun_or_adjective(tok.text, self.lang) \
            and not s.has(self.of_them[0] | self.of_them[1] | self.more_words, i)

    def _number(self, s: _Sentence, i: int) -> tuple[int | None, int]:
        tok = s.toks[i]
        if not tok.is_number and (self.numbers.keys().isdisjoint(s.keys[i]) or tok.lower in self.lex.vague_plurals):
            return None, i + 1  # (most words: no number word either; "десятками дронов": dozens, no number)
        if tok.is_number and (_glued(s.toks, i) or in_code(s.toks, i) or _compound_word(s.toks, i)):
            return None, i + 1  # "Shahed-136/131", "21:00", "1e308", "33-летний": a model, a time, a notation, an age
        if tok.is_number:
            if i + 1 < len(s.toks) and s.has(self.lex.month_words, i + 1) or self._range_or_share(s, i):
                return None, i + 1  # a date: "24 мая", "з 17 на 18 липня"; a share: "10–15%"
            if i and s.has(self.house_words, i - 1 - (s.toks[i - 1].text == "№" and i > 1)):
                return None, i + 1  # a house number: "возле дома 56", "будинку № 3"
            value = figure(tok.text.replace(",", "").replace(".", "")) if tok.text.isdigit() else None
            return value, i + 1 + 2 * _numeral_ending(s.toks, i, self.lex.numeral_endings)
        value, j = 0, i
        while j < len(s.toks):
            word = next((self.numbers[k] for k in s.keys[j] if k in self.numbers), None)
            if word is None or (value and word >= value) or (value and word >= 10 and value < 100):
                break
            value, j = value + word, j + 1
        each = i > 0 and s.toks[i - 1].lower in _EACH  # "по одному"
        alone = j == i + 1 and s.keys[i][0] in self.lex.not_alone and not value > 1 and not each
        if alone and self._told_apart(s, j):
            return None, i + 1  # "два дрони: один — на кран, другий — на стоянку": the two told apart
        if alone and ((j + 1 < len(s.toks) and s.toks[j].text in _DASHES and s.toks[j + 1].lower in _ELLIPSIS_BEFORE)
                      or (i > 0 and s.toks[i - 1].text in _DASHES and j < len(s.toks)
                          and s.toks[j].lower in _ELLIPSIS_BEFORE)  # "— один над Курской областью;"
                      or (i > 0 and s.toks[i - 1].text in _DASHES
                          and (j == len(s.toks) or s.toks[j].text in _CLAUSE or s.toks[j].text == "."))
                      or (s.has(self.more_words, i - 1) and self._ellipsis(s, i, j, "any"))
                      or self._list_item_one(s, i, j) or self._bracketed(s, i)
                      or (s.has(self.of_them[0], j) and s.has(self.of_them[1], j + 1))):  # "Один из них сбит ..."
            return 1, j  # "один — над территорией Курской области", "ещё один сбит над Орловской", "Брянской (один)"
        if j == i or alone:
            return (1, j) if j > i and self._object_after(s, j) else (None, i + 1)
        return value, j

    def _list_item_one(self, s: _Sentence, i: int, j: int) -> bool:
        """"один" opening an item of a list of figures ("пять над Орловской, один над Тверской", "семь в Брянской и
        один над Липецкой"): after "," or "и", a place word and a capital after it, a figure told before it."""
        toks = s.toks
        return i > 0 and (toks[i - 1].text in _CLAUSE or toks[i - 1].lower in _CLAUSE_OPENERS) \
            and j + 1 < len(toks) and toks[j].lower in _ELLIPSIS_BEFORE and toks[j + 1].is_cap \
            and any(toks[k].is_number or any(key in self.numbers for key in s.keys[k]) for k in range(i - 1))

    def _told_apart(self, s: _Sentence, j: int) -> bool:
        """"один" with no noun after it, and an ordinal opening a later clause ("один — на кран, другий — на
        стоянку", "одна упала в порту, а вторая — ..."): the objects just counted told one by one."""
        return not self._object_after(s, j) and any(
            s.has(self.ordinals, k) and (s.toks[k - 1].text in _CLAUSE or s.toks[k - 1].lower in _CLAUSE_OPENERS)
            for k in range(j + 1, len(s.toks)))

    def _launched_at(self, s: _Sentence, i: int) -> list[tuple[Phrase, Any]]:
        """A target noun at ``i`` (objects.toml ``launched_object_nouns``) when the sentence holds a launch verb:
        "Позднее из Крыма запустили еще одну цель" is one more missile; a bare "цель" is otherwise an aim."""
        if not self.launch_verbs or not s.holds(self.launch_verbs):
            return []
        return self.launched.at(s, i)

    def _object_after(self, s: _Sentence, i: int) -> tuple[str, int] | None:
        """The object noun after a number, past a few modifiers ("11 украинских беспилотных аппаратов")."""
        for skip in range(0, 3):
            for phrase, kind in (self.objects.at(s, i + skip) or self._launched_at(s, i + skip))[:1]:
                return kind, i + skip + len(phrase) + (i + skip + len(phrase) < len(s.toks)
                                                       and s.toks[i + skip + len(phrase)].text in _QUOTES)
            if i + skip < len(s.toks) and s.toks[i + skip].text in _QUOTES:
                continue  # два «Шахеди»
            if i + skip >= len(s.toks) or not s.toks[i + skip].is_word or s.toks[i + skip].is_number:
                return None
            key = s.keys[i + skip][0]  # the lemmas too: "17 атак FPV-дронами" is a tally of attacks (атака)
            if key in self.lex.object_modifier_stop or not self.lex.not_objects_after.isdisjoint(s.keys[i + skip]):
                return None
        return None


#: words of a time of day and their link, before a date that opens a sentence ("Ночью и утром 24 октября")
_DAY_TIMES = frozenset({"ночью", "и"})


@dataclass
class _Count:
    start: int
    end: int
    value: int
    kind: str
    rule: str
    each: bool = False
    more: bool = False
    part: bool = False
    trailing: bool = False


def _outside(alert: set[int], counts: list[_Count]) -> list[_Count]:
    """The counts not of an alert phrase's object ("Тривогу через ударні БпЛА оголошували у ... областях": the
    singular "БпЛА" is the threat's, no object that came)."""
    return [c for c in counts if c.start not in alert] if alert else counts


def _headline_retold(ext: Extraction, s: _Sentence, counts: list[_Count], state: dict) -> None:
    """A headline's "сбиты еще 5 беспилотников" (a first line with no full stop) told again by the first figures of
    the body ("ПВО уничтожила еще пять"): one batch, so the headline's event keeps its places and gives up its
    figure."""
    if s.si == 0:
        if s.toks[-1].text not in ".!?»\"":
            state["headline_more"] = [(c.value, c.kind) for c in counts if c.more]
        return
    told = state.pop("headline_more", None)
    if not told or not any(c.more and (c.value, c.kind) in told for c in counts):
        return
    for k, ev in enumerate(ext.events):
        if ev.sentence == 0 and ev.more and (ev.count, ev.object_kind) in told:
            ext.events[k] = replace(ev, count=None, object_kind=None, more=False, count_rule="")


def _listing(toks: list[Token], start: int, until: int) -> bool:
    """Names listed between "от" and "до" ("от Белгородской, Брянской и Калужской областей до Курской"): with a
    downing told, the regions one by one, not how far something flew ("від Сумщини до Закарпаття")."""
    return any(t.text == "," or t.lower in ("и", "і", "та") for t in toks[start:until])


def _quoted_after_acronym(toks: list[Token], i: int) -> bool:
    """A name opening a quote right after an acronym in capitals ("СТ «Ямал»", "СНТ «Арабеск»", "АО «Кубань»")."""
    if i < 2 or toks[i - 1].text not in _QUOTES:
        return False
    word = toks[i - 2].text
    return 2 <= len(word) <= 5 and word.isalpha() and word.isupper()


def _street_by_genitive(toks: list[Token], i: int) -> bool:
    """A surname-like name in the genitive (after "на": "дом на Ефремова", "на Гагарина"): a street named after a
    person; a town there would be in the accusative or the locative ("на Ефремов", "в Ефремове")."""
    return toks[i].lower.endswith(_STREET_GENITIVES) and (i + 1 == len(toks) or not toks[i + 1].is_cap)


def _clock(toks: list[Token], i: int) -> bool:
    """A time of day at ``i``: "9", ":", "00"."""
    return toks[i].is_number and toks[i + 1].text in ":." and toks[i + 2].is_number and len(toks[i + 2].text) == 2


_UK_TO_RU = str.maketrans({"і": "и", "ї": "и", "є": "е", "'": "", "’": "", "ʼ": ""})


def _russian_spellings(keys: tuple[str, ...]) -> list[str]:
    """Russian spellings of a Ukrainian form of a town the gazetteer has only in Russian letters, from the form
    and its lemmas ("у Волгореченську": волгореченск, "Рильську": рыльск, "Сизранню": сызрань, "станиці
    Новомінська": новоминская): і, ї, є as и, е; "ськ" as "ск" (and cut after it, the case ending left out);
    "-ска", "-ске" as "-ская", "-ское"; then every и as ы."""
    out: list[str] = []
    for key in keys:
        low = key.translate(_UK_TO_RU)
        end = max(low.rfind("ськ"), low.rfind("цьк"))
        cut = low[:end + 3] if end > 2 else low
        for form in dict.fromkeys((low, cut)):  # "Новоросійськ": новороссийск (Russian doubles the с of Россия)
            form = form.replace("ськ", "ск").replace("цьк", "цк").replace("росий", "россий")
            forms = [form] + ([form + "я"] if form.endswith("ска") else []) \
                + ([form[:-1] + "ое"] if form.endswith("ске") else []) \
                + ([form[:-1] + "о"] if form.endswith(("ови", "еви")) else [])  # "у Кстові": кстово
            out += forms + [f.replace("и", "ы") for f in forms if "и" in f]
    return [v for v in dict.fromkeys(out) if v not in keys]


def _second_part(s: _Sentence, counts: list[_Count], state: dict) -> list[_Count]:
    """"… двома БпЛА. Один дрон збили. Ще один влучив у …": "ще один" right after a sentence that opens on "один"
    (one of the objects just told) is the other part, no further batch; ``state`` keeps the sentence that
    opened on one."""
    first = counts[0]
    if first.value == 1 and not any(t.is_word or t.is_number for t in s.toks[:first.start]):  # "«Один дрон"
        state["opened_on_one"] = s.si
    elif first.more and first.value == 1 and state.get("opened_on_one") == s.si - 1:
        return [replace(first, more=False)] + counts[1:]
    return counts


def _stamp(toks: list[Token]) -> bool:
    """A line of a clock time and a date alone ("09:50 11 гру 2025.", "08:47, 17.01.2026"): numbers, stops
    and commas, and at most two words (a month's)."""
    if len(toks) < 4 or not _clock(toks, 0):
        return False
    rest = toks[3:]
    return any(t.is_number for t in rest) and sum(t.is_word for t in rest) <= 2 \
        and all(t.is_word or t.is_number or t.text in ",." for t in rest)


def _stamped_headlines(split: list[tuple[int, int, list[Token]]]) -> set[int]:
    """The lines with no full stop right before a stamp line (:func:`_stamp`), when the report has two stamp
    lines or more: the headlines of a site's list of other stories, none of this report's incidents."""
    stamps = [k for k, (_, _, toks) in enumerate(split) if _stamp(toks)]
    if len(stamps) < 2:
        return set()
    return {k - 1 for k in stamps if k > 0 and split[k - 1][2] and split[k - 1][2][-1].text not in ".!?…"}


def _region_of(m: Mention) -> str:
    """The region a mention names: a region's code, or a capital city's that is a region of its own ("Москви")."""
    if m.kind is MentionKind.REGION:
        return m.region_code or ""
    return next((_CITY_REGIONS[n] for n in (normalize(m.text), stem_word(m.text)) if n in _CITY_REGIONS), "")


def _bullet(tok: Token) -> bool:
    """A list item's mark at the start of a line ("- ", "• ", "▪️ ")."""
    return tok.text in _BULLETS or unicodedata.category(tok.text[0]) == "So"


def _bare_declined_abbreviation(word: str, after: list[str]) -> bool:
    """An abbreviation ending in a consonant, which takes a plural ending ("КАБ", "КАБи"; "УАБ", "УАБы"), alone in its
    list item ("- КАБ;"): the singular, one bomb; not one ending in a vowel ("БпЛА"), the same word for many.

    Parameters
    ----------
    word : str
        The abbreviation as written.
    after : list[str]
        The lowered tokens right after it (up to two).

    Returns
    -------
    bool
        True when it names one object.
    """
    return word.isupper() and word[-1].lower() not in _VOWELS and (not after or after[0] in (";", "."))


_VOWELS = frozenset("аеєиіїоуюяёыэ")


def _join_lists(split: list[tuple[int, int, list[Token]]]) -> tuple[list[tuple[int, int, list[Token]]], set[int]]:
    """The lines of a bulleted list after a line ending with a colon ("За добу по області вдарили:", "- два
    КАБи;", "- сім БпЛА ...") joined as one sentence: the items' numbers add up, as in a list told in one
    sentence (the line that announces them stays apart: its numbers are no total of theirs); and the
    sentences that announce a list."""
    out: list[tuple[int, int, list[Token]]] = []
    heads: set[int] = set()
    listing, joined = False, False
    for start, end, toks in split:
        if listing and toks and not _bullet(toks[0]) and _unmarked_item(toks, out[-1][2], joined):
            toks = [Token("•", start, start)] + toks  # "два КАБи;" on a line of its own: an item with no mark
        if listing and toks and _bullet(toks[0]):
            if joined:  # an item not closed by ";" or ",", closed by one: "• Курская — 5 • Брянская — 3" as a list
                comma = [] if out[-1][2][-1].text in _CLAUSE else [Token(",", toks[0].start, toks[0].start)]
                out[-1] = (out[-1][0], end, out[-1][2] + comma + toks)
            else:
                heads.add(len(out) - 1)
                out.append((start, end, toks))
            joined = True
            continue
        listing, joined = bool(toks) and toks[-1].text == ":", False
        out.append((start, end, toks))
    return out, heads


def _unmarked_item(toks: list[Token], before: list[Token], joined: bool) -> bool:
    """A line with no bullet that is an item of a list all the same: the first one ends with ";" after the line
    that announces the list, a later one follows an item that ended with ";"."""
    return toks[-1].text == ";" if not joined else before[-1].text == ";"


def _feminine_of(name: str, low: str, lang: str) -> bool:
    """A feminine name ("Дмитриевская") for a written feminine oblique form of an adjective ("в станице
    Дмитриевской"), which a neuter namesake ("Дмитриевское") shares more letters with but cannot be."""
    return lang == "ru" and low.endswith(_FEMININE_OBLIQUE) and normalize(name).endswith(_FEMININE_NAMES)


_FEMININE_OBLIQUE, _FEMININE_NAMES = tuple(map(normalize, ("ской", "цкой"))), tuple(map(normalize, ("ская", "цкая")))


def _trailing_number(toks: list[Token], i: int) -> bool:
    """A number in brackets after a name: "Белгородской (51)"."""
    return 0 < i < len(toks) - 1 and toks[i].is_number and toks[i - 1].text == "(" and toks[i + 1].text == ")"


def _places_of_counts(s: _Sentence, counts: list[_Count], located: list[tuple[int, int]],
                      region_words: frozenset[str] = frozenset(), fillers: frozenset[str] = frozenset()):
    """Each count with the mentions of its clause; a clause without one takes those no other
    count's clause has (one count alone takes the sentence's)."""
    if len(counts) == 1:
        return _one_count(s, counts[0], located)
    clause = _clauses(s, region_words, fillers)
    claimed: set[int] = set()
    per: list[list[int] | None] = []
    for k, c in enumerate(counts):
        before = [m for t, m in located if t < c.start]
        if not c.trailing and _told_elsewhere(s, counts, k, clause, [t for t, _ in located]):
            per.append(None)  # "и шесть — над акваторией Черного моря": over the sea, no region's
            continue
        mine = before[-1:] if c.trailing else _clause_share(counts, k, located, clause)
        if not mine and c.rule == "count.of_them":
            mine = _clauses_after(counts, k, located, clause, claimed)  # "37 из них, по данным ведомства, ..."
        if not mine and k and per[k - 1] and _listed_after(s, counts[k - 1], c):
            mine = per[k - 1]  # type: ignore[assignment]  # "два БпЛА «Герань-2», 11 FPV-дронів і ще шість безпілотників": one list
        claimed.update(mine)
        per.append(mine)
    for k in range(len(counts) - 2, -1, -1):  # "3 КАБ і 4 FPV-дрони по Харківщині": the list's place after it
        if per[k] == [] and per[k + 1] and _list_goes_on(s, counts[k], counts[k + 1]):
            per[k] = per[k + 1]
    rest = [m for _, m in located if m not in claimed]
    return [(c, [] if mine is None else mine or rest) for c, mine in zip(counts, per)]


def _clauses_after(counts: list[_Count], k: int, located: list[tuple[int, int]], clause: list[int],
                   claimed: set[int]) -> list[int]:
    """The mentions of the clauses after count ``k``'s own up to the next count, none claimed: where a part told
    by "из них" with no place in its clause went ("37 из них, по данным ведомства, уничтожены над Брянской")."""
    c = counts[k]
    nxt = min((o.start for o in counts[k + 1:]), default=len(clause))
    return [m for t, m in located if clause[t] > clause[c.start] and c.end <= t < nxt and m not in claimed]


def _listed_after(s: _Sentence, prev: _Count, c: _Count) -> bool:
    """Count ``c`` follows ``prev`` in a list of objects: only a comma, a list word, "ще/еще" or a name in
    quotes («Герань-2») between them."""
    quoted = prev.end > 0 and s.toks[prev.end - 1].text in "«„“"  # the count took the opening quote
    for t in s.toks[prev.end:c.start]:
        if t.text in _QUOTES:
            quoted = t.text in "«„“" or (t.text == '"' and not quoted)
        elif not (quoted or t.text == "," or t.lower in _LINKS or t.lower in _ALSO):
            return False
    return True


def _list_goes_on(s: _Sentence, prev: _Count, c: _Count) -> bool:
    """Count ``c`` is the next item of a plain list with ``prev`` ("3 КАБ і 4 FPV-дрони"), so a place after the list
    is ``prev``'s too; not "13 над морем и еще один — над Крымом" (one more, with its own place) nor "22 дрона, 13 из
    них над областью" (a part)."""
    return _listed_after(s, prev, c) and c.rule == prev.rule and not (c.more or c.part or c.each or prev.each) \
        and not any(t.lower in _ALSO for t in s.toks[prev.end:c.start])


def _one_count(s: _Sentence, c: _Count, located: list[tuple[int, int]]):
    """One count takes the sentence's mentions; but in a sentence of parts set apart by ";", only its
    own part's, when it has some ("постраждали Одещина та Сумщина; лише над Сумщиною збито 14 дронів":
    the other regions have an incident without the number)."""
    part, n = [], 0
    for t in s.toks:  # the number of ";" before each token
        part.append(n)
        n += t.text == ";"
    mine = [m for t, m in located if part[t] == part[c.start]]
    if not mine or len(mine) == len(located):
        return [(c, [m for _, m in located])]
    return [(c, mine), (None, [m for _, m in located if m not in mine])]


def _told_elsewhere(s: _Sentence, counts: list[_Count], k: int, clause: list[int], placed: list[int]) -> bool:
    """A count followed in its clause, before the next count, by a name that is no location (a sea,
    a launch area) and by no location."""
    c = counts[k]
    nxt = min((o.start for o in counts if o.start > c.start), default=len(clause))
    def ahead(tokens: list[int]) -> bool:
        return any(c.start < t < nxt and clause[t] == clause[c.start] for t in tokens)
    return ahead(s.elsewhere) and not ahead(placed)


def _numeral_ending(toks: list[Token], i: int, endings: frozenset[str]) -> bool:
    """A case ending after the number at ``i``, joined by a hyphen without spaces: "37-ми", "2-х"."""
    return i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end \
        and toks[i + 2].start == toks[i + 1].end and toks[i + 2].lower in endings


def _glued(toks: list[Token], i: int) -> bool:
    """A number joined without spaces to a word or number by ``-``, ``/`` or ``:`` ("Шахед-136",
    "136/131", "21:00")."""
    tok = toks[i]
    before = i > 1 and toks[i - 1].text in _GLUE and toks[i - 1].end == tok.start == toks[i - 1].start + 1 \
        and toks[i - 2].end == toks[i - 1].start
    after = i + 2 < len(toks) and toks[i + 1].text in _GLUE and toks[i + 1].start == tok.end \
        and toks[i + 2].start == toks[i + 1].end and toks[i + 2].is_number
    return before or after


def _compound_word(toks: list[Token], i: int) -> bool:
    """A number joined by a hyphen to a word of more than three letters after it ("33-летний", "5-этажный",
    "35-річний"): one word of an age or a size, no figure of objects (a case ending, "5-ти", "2-х", is
    shorter)."""
    return i + 2 < len(toks) and toks[i + 1].text == "-" and toks[i + 1].start == toks[i].end \
        and toks[i + 2].start == toks[i + 1].end and toks[i + 2].is_word and len(toks[i + 2].text) > 3


def _clause_share(counts: list[_Count], k: int, located: list[tuple[int, int]], clause: list[int]) -> list[int]:
    """The mentions of count ``k``'s clause that are its own when other counts share the clause: those
    after it up to the next count ("шесть — над Белгородской и пять — над Орловской"), else those before
    it back to the one before ("над Курской — 3 и над Орловской — 2")."""
    c, here = counts[k], clause[counts[k].start]
    mine = [(t, m) for t, m in located if clause[t] == here]
    peers = [o for o in counts if clause[o.start] == here]
    if len(peers) == 1:
        return [m for _, m in mine]
    nxt = min((o.start for o in peers if o.start > c.start), default=len(clause))
    prev = max((o.end for o in peers if o.start < c.start), default=0)
    after = [m for t, m in mine if c.start <= t < nxt]
    # "над Курской областью сбиты две ракеты и три беспилотника": both counts are of the names before them
    return after or [m for t, m in mine if prev <= t < c.start] or [m for t, m in mine if t < c.start]


def _clauses(s: _Sentence, region_words: frozenset[str] = frozenset(),
             fillers: frozenset[str] = frozenset()) -> list[int]:
    """Clause number of each token: ``,;:`` start a clause, except a comma inside a list of names
    ("над Крымом, Калужской и Брянской областями"), also past role fillers ("над Саратовской областью, временно
    оккупированным Крымом и акваторией")."""
    out, n, toks, seas = [], 0, s.toks, set(s.elsewhere)
    for k, tok in enumerate(toks):
        j = k + 1
        while tok.text == "," and j < min(k + 3, len(toks) - 1) and s.has(fillers, j):
            j += 1
        # "по одному — над Республикой Крым, акваторией Азовского моря и Брянской областью": a sea named after a
        # word of water goes on with the list
        named = 0 < k < len(toks) - 1 and (s.taken[j] or j + 1 in seas)
        listed = tok.text == "," and named \
            and (s.taken[k - 1] or s.has(region_words, k - 1))  # "над Саратовской областью, Республикой ..."
        if tok.text in _CLAUSE and not listed:
            n += 1
        out.append(n)
    return out





def _add(ext: Extraction, s: _Sentence, kind: Kind, kind_rule: str, c: _Count | None, mentions: list[int],
         text: str, *, continues: int | None = None, status_rule: str = "") -> None:
    elaboration = status_rule == _ELABORATION_RULE
    ext.events.append(Event(
        ext.report.id, len(ext.events), s.si, kind, c.value if c else None, c.kind if c else None,
        tuple(mentions), text, continues=continues, background=bool(status_rule) and not elaboration,
        elaboration=elaboration, kind_rule=kind_rule,
        count_rule=c.rule if c else "", status_rule=status_rule, each=bool(c and c.each), more=bool(c and c.more),
        part=bool(c and c.part)))


def _hearsay_background(ext: Extraction, state: dict, rule: str) -> None:
    """In a report that says the official word is missing, the events of its hearsay sentences (and of the cue's
    own) become background: "SHOT: жители слышали взрывы ... Официальных комментариев пока нет" tells no incident."""
    if not state.get("unconfirmed_at"):
        return
    told = state.get("hearsay_at", set()) | state["unconfirmed_at"]
    for k, ev in enumerate(ext.events):
        if ev.sentence in told and not ev.background:
            ext.events[k] = replace(ev, background=True, elaboration=False, status_rule=rule)


def _make_background(ext: Extraction, first: int, before: int, rule: str) -> None:
    """The events of sentences ``first`` to ``before`` (not included) become background by ``rule``."""
    for k in range(len(ext.events) - 1, -1, -1):
        ev = ext.events[k]
        if ev.sentence < first:
            break
        if ev.sentence < before and not ev.background:
            ext.events[k] = replace(ev, background=True, elaboration=False, status_rule=rule)


def _mention(ext: Extraction, s: _Sentence, i: int, end: int, kind: MentionKind, cue: Cue, *, rule: str,
             code: str | None = None) -> Mention:
    start, stop = s.toks[i].start, s.toks[end - 1].end
    return Mention(ext.report.id, ext.report.text[start:stop], kind, s.si, start, stop, cue, code, rule=rule)


def _renamed(m: Mention, name: str | None = None, **changes) -> Mention:
    return replace(m, text=name or m.text, **changes)


#: The nominative endings of names that are adjectives ("Приморське", "Приморський", "Красная", "Луговое"), as keys.
_ADJECTIVAL_NAMES = tuple({normalize(e) for e in ("е", "ий", "ій", "а", "ая", "ое", "ый", "ой", "ее")})

_ONLY = {"uk": frozenset("іїєґ"), "ru": frozenset("ыэъё")}


def _list_link(tok: Token, joiners: frozenset[str]) -> bool:
    """A comma or one of the rules' list joiners ("и", "та"): a link between the names of one list."""
    return tok.text == "," or tok.lower in joiners


def _told_with_k(base: str, report: str) -> bool:
    """The report names the "-ка" town of the stem ``base`` (as written, capitalised) in some case form
    ("Костянтинівка", "у Костянтинівці", "Костянтинівку"): the stem with к, or with ц of the locative, then a case
    ending and the word's end; not a demonym in lower case ("чернігівці чули": the people of Чернігів)."""
    return re.search(re.escape(base) + r"[кц](?:а|и|і|у|ою|е|ой)\b", report) is not None


def _letters(name: str, lang: str) -> tuple[int, int]:
    """How many letters of ``name`` the other language alone writes, and (negated) how many ``lang`` alone
    does: the smaller, the more ``name`` is written in ``lang``."""
    other = "ru" if lang == "uk" else "uk"
    return sum(c in _ONLY[other] for c in name), -sum(c in _ONLY[lang] for c in name)


def _suffix_near_end(low: str, suffixes: Iterable[str]) -> int | None:
    """Where the first of ``suffixes`` that ends ``low`` begins (a case ending of up to three letters may
    follow it; not in the first three letters), or None."""
    return next((low.rindex(suf) for suf in suffixes
                 if suf in low[3:] and low.rindex(suf) >= len(low) - len(suf) - 3), None)



def _sk_names(low: str, names: list[str]) -> list[str]:
    """The gazetteer's names a normalised Ukrainian form in "-ськ-" may stand for: "у Новоросійську" is a town in
    "-ськ", not the village Новоросійське; "порт Новоросійська" the town's genitive, not Новоросійське's; and
    "в районі Покровського" an adjective's case, the village Покровське, not the town Покровськ (kept when no
    other name is left).

    Parameters
    ----------
    low : str
        The written form, normalised.
    names : list of str
        The candidate names.

    Returns
    -------
    list of str
        The names the form may stand for.
    """
    if low.endswith(_TOWN_IN_SK):
        return [n for n in names if not normalize(n).endswith(_NAMES_IN_SKE)]
    if low.endswith(_TOWN_GENITIVE_SK):
        return [n for n in names if not normalize(n).endswith(_NEUTER_SKE)]
    if low.endswith(_ADJECTIVE_OBLIQUE_SK):
        return [n for n in names if not normalize(n).endswith(_TOWNS_SK)] or names
    return names

def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _fleeting_vowel(low: str) -> str | None:
    """A Ukrainian locative in "-і" after two consonants with the vowel of its nominative put back: "орлі" is
    "орел" (the е of Орел drops in its other cases); None for other words."""
    if len(low) > 3 and low.endswith("і") and low[-2] in _CONSONANTS and low[-3] in _CONSONANTS:
        return f"{low[:-2]}е{low[-2]}"
    return None


_CONSONANTS = frozenset("бвгґджзклмнпрстфхцчшщ")


def _capitalised(name: str, written: str = "") -> str:
    """Each word of a lower-case name with its first letter capitalised ("кам'яна яруга": Кам'яна Яруга);
    of a hyphenated word written with as many parts, the parts written capitalised ("Ростове-на-Дону":
    Ростов-на-Дону)."""
    shown = written.split()
    out = []
    for k, word in enumerate(name.split()):
        parts, seen = word.split("-"), shown[k].split("-") if k < len(shown) else []
        if len(parts) > 1 and len(seen) == len(parts):
            out.append("-".join(p[:1].upper() + p[1:] if w[:1].isupper() else p for p, w in zip(parts, seen)))
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


def _nominative(word: str, keys: tuple[str, ...]) -> str:
    return (keys[1] if len(keys) > 1 else word).title()


_CACHE: dict[int, tuple[object, dict[str, list[str]]]] = {}


def _place_stems(index: NameIndex) -> dict[str, list[str]]:
    """``stem key -> Cyrillic names`` of the gazetteer, built once per index (and kept in the cache
    folder with an index that is cached there, as it takes a second or two to build)."""
    held = _CACHE.get(id(index))
    if held is not None and held[0] is index:
        return held[1]
    cache_key = getattr(index, "cache_key", "")
    if cache_key:
        parts = [cache_key, "string column", *(Path(m.__file__).read_bytes() for m in (_morph, _text))]  # type: ignore[arg-type]
        pairs = _arrayfile.cached("stems", parts, lambda: _pair_arrays(_stem_pairs(index.keys)), _pairs_of)
    else:
        pairs = _stem_pairs(index.keys)
    table: dict[str, list[str]] = {}
    for stem, key in pairs:
        table.setdefault(stem, []).append(key)
    _CACHE[id(index)] = (index, table)
    return table


def _stem_pairs(keys) -> list[tuple[str, str]]:
    """``(stem key, name)`` of the Cyrillic names of more than two characters among ``keys``, in order."""
    return [(stem_key(key), key) for key in keys
            if not key.isascii() and has_cyrillic(key) and len(key) > 2]  # isascii: most keys at once


def _pair_arrays(pairs: list[tuple[str, str]]) -> tuple[dict[str, np.ndarray], dict]:
    """The pairs as arrays: their strings in a :class:`~mapper._arrayfile.StringColumn`."""
    column = StringColumn.build(s for pair in pairs for s in pair)
    return {"blob": column.blob, "offsets": column.offsets}, {"pairs": len(pairs)}


def _pairs_of(meta: dict, arrays: dict[str, np.ndarray]) -> list[tuple[str, str]]:
    """The pairs of :func:`_pair_arrays`."""
    strings = list(StringColumn(arrays["blob"], arrays["offsets"]))  # checks the offsets
    if len(strings) != 2 * meta["pairs"]:
        raise ValueError("stem table damaged")
    return list(zip(strings[::2], strings[1::2]))
