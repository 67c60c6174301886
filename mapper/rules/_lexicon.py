"""The frozen :class:`Lexicon` and :class:`Pattern`, and the schema their files are checked against.

Every word list, table and window size is a field of :class:`Lexicon`; its metadata
names the file it is read from (``_spec``). Phrase patterns are :class:`Pattern`
objects; ``FAMILIES`` says which ones a file may hold and which parameters each
takes. Adding a field here and an entry to its file is all a new list needs.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

#: Value types of fields and pattern parameters.
#: ``words``: lower-case strings, as a frozenset; ``phrases``: the same, in file order, as a tuple;
#: ``names``: strings of any case, as a frozenset; ``int_map`` / ``str_map``: tables of numbers or
#: labels; ``countries``: ``code -> {names, demonyms}``; ``int``, ``float``, ``str``, ``kind``
#: (one of ``kind_priority``), ``regex`` (compiled, case-insensitive).
TYPES = ("words", "phrases", "names", "int_map", "str_map", "countries", "int", "float", "str", "kind", "regex",
         "float_map", "code_map", "phrase_map")


def _spec(file: str, kind: str, derived: bool = False, optional: bool = False) -> Any:
    """A field read from ``file`` as ``kind``; ``optional``: a word list only some languages have
    (empty where the file leaves it out; an ``int`` is 0 there)."""
    return field(metadata={"file": file, "type": kind, "derived": derived, "optional": optional})


@dataclass(frozen=True, slots=True, eq=False)
class Pattern:
    """One phrase pattern: an id, an English example, and its parameters.

    Attributes
    ----------
    id : str
        Unique, dotted (``count.ellipsis``); written to ``events.csv`` and
        ``unresolved.csv`` for what it found.
    family : str
        The array of tables it came from (``trigger``, ``count``, ...).
    file : str
        The file it came from.
    example : str
        A phrase it handles.
    params : Mapping
        Its other keys, checked against its family's schema.
    """

    id: str
    family: str
    file: str
    example: str
    params: Mapping[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.params[name]


@dataclass(frozen=True, slots=True, eq=False)
class Family:
    """What a family of patterns may hold.

    ``params`` maps each parameter to its type, ``required`` those that must be
    given; ``ids`` lists the patterns the code expects (all must be there, no
    other is allowed), or is None for a family whose every pattern the code uses
    (a new one in the file is a new rule, with no code).
    """

    file: str
    params: Mapping[str, str]
    required: frozenset[str] = frozenset()
    ids: Mapping[str, Mapping[str, str]] | None = None


def _fixed(file: str, **ids: dict[str, str]) -> Family:
    """A family of named rules, each with its own parameters (all required)."""
    return Family(file, {}, frozenset(), MappingProxyType({k.replace("__", "."): MappingProxyType(v)
                                                           for k, v in ids.items()}))


#: Pattern families: the array-of-tables name in a file, and their parameters.
FAMILIES: Mapping[str, Family] = MappingProxyType({
    # kinds.toml: any number of trigger groups and background groups
    "trigger": Family("kinds.toml", {"kind": "kind", "words": "phrases", "without_aerial": "kind",
                                     "not_before": "words"},
                      frozenset({"kind", "words"})),
    # reaches_back: the sentences before it that it makes background too ("... these reports were not commented on")
    "background": Family("kinds.toml", {"words": "phrases", "reaches_back": "int"}, frozenset({"words"})),
    # places.toml: any number of groups of words that announce a place's name; joins: the links beside the list's
    # commas and joiners that carry a village cue on to the next name ("на дороге Казинка — Михайловка": a dash)
    "place_cue": Family("places.toml", {"words": "phrases", "joins": "words"}, frozenset({"words"})),
    # casualties.toml: any number of groups of words telling people killed or injured
    "casualty": Family("casualties.toml", {"column": "str", "position": "str", "words": "phrases", "people": "words"},
                       frozenset({"column", "position", "words"})),
    "place": _fixed(
        "places.toml",
        place__gazetteer={"min_chars": "int", "acronym_chars": "int"},
        place__before_noun={"nouns": "words", "materials": "words"},
        place__list={"nouns": "words", "lookback": "int"},
        place__in_region={"fillers": "words", "window": "int", "district_name_words": "int"},
        place__city_district={"words": "words", "articles": "words"},
        place__region_spelling={"population": "int"},
    ),
    "region": _fixed(
        "regions.toml",
        region__full_name={},
        region__republic_of={"prefixes": "phrases"},
        region__name_and_word={},
        region__facility={},
        region__governor={"nouns": "words", "adjectives": "words", "after_adjective": "words", "of": "words"},
        region__standalone={},
        region__list={"joiners": "words"},
        region__list_after={"after": "words"},
        region__capital={"articles": "words", "not_before": "words"},
        region__surrounding={"nouns": "words", "around": "words", "around_what": "words"},
        region__around_city={"window": "int", "after": "words", "list_nouns": "words", "list_skip": "words",
                             "list_window": "int", "attack_nouns": "words", "repel_words": "words",
                             "repel_before_off": "words", "attack_window": "int", "attack_targets": "words"},
        region__anaphora={"determiners": "words", "nouns": "words", "within": "int", "batch_words": "words"},
    ),
    "role": _fixed(
        "roles.toml",
        role__origin__from={"brackets": "words", "bracket_words": "int", "name_links": "words",
                            "over_names": "phrases", "count_clause_after": "words", "landmark_links": "words"},
        role__direction__before={}, role__reference__before={}, role__sea__before={}, role__title__before={},
        role__direction__capital_aim={"verbs": "words", "articles": "words", "after": "phrases"},
        role__airport__before={"hit_words": "words"}, role__alert__before={},
        role__airport__after={"struck_words": "words", "struck_window": "int"},
        role__time__after={}, role__sea__after={}, role__reference__after={},
        role__title__after={"of": "words", "articles": "words"},
        role__alert__sentence={}, role__reference__geography={},
        role__reference__direction={"directions": "words", "of": "words", "not_after": "words"},
        role__reference__description={"openers": "words", "after": "words", "stops": "words"},
        role__reference__origin_whereabouts={"near": "phrases", "window": "int", "stops": "words"},
        role__reference__earlier_day={"openers": "words", "parts": "words", "possessives": "words", "stops": "words",
                                      "days": "words", "month_in": "words"},
        role__location__distance={"units": "words", "reference_beyond": "int", "far_counts": "words",
                                   "far_of": "words"},
        role__reference__route={"links": "words"}, role__reference__vessel={"nouns": "words", "articles": "words"},
        role__reference__unharmed={"negations": "words", "outcomes": "words", "window": "int", "stops": "words"},
    ),
    "count": _fixed(
        "numbers.toml",
        count__number_object={"modifiers": "int", "modifiers_between_nouns": "int", "glue": "words",
                              "type_words": "words", "type_marks": "words", "shot_verbs": "words",
                              "shot_targets": "words", "shot_kind": "str"},
        count__part_of_total={"phrases": "phrases", "the_place_words": "words", "the_copulas": "words",
                              "the_copula_window": "int", "the_relative_verbs": "words",
                              "the_aerial_words": "words"},
        count__ellipsis={"prepositions": "words", "skip": "words", "another": "words", "anchor_window": "int",
                         "not_after": "words", "not_after_many": "words", "people_split_marks": "words",
                         "people_split_window": "int"},
        count__bare_verb={"verbs": "words", "anchor_window": "int", "of": "words", "of_determiners": "words"},
        count__told_before={"determiners": "words", "joiners": "words"},
        count__rest={"phrases": "phrases", "window": "int"},
        count__single_object={"determiners": "words", "numerals": "words", "followers": "words",
                              "plural_endings": "phrases", "singular_in_s": "words", "definite": "words",
                              "definite_modifiers": "words", "definite_after": "words",
                              "definite_passive": "words", "definite_participles": "words"},
        count__skip__platform={"verbs": "words", "before": "words", "lookback": "int"},
        count__skip__model={"hyphens": "words", "slashes": "words"},
        count__skip__power={"marks": "words"},
        count__skip__time={"marks": "words"},
        count__skip__label={"marks": "words", "dotted": "words"},
        count__skip__date={},
        count__skip__no_one={"before": "words"},
        count__of_the={"determiners": "words", "total_openings": "phrases"},
        count__of_them={"of": "words"},
        count__fraction={},
        count__trailing={"open": "words", "close": "words", "window": "int"},
        count__accounted_for={"verbs": "words", "for": "words"},
        count__others={},
        count__another_alone={"after": "words", "fillers": "words", "place_words": "words"},
        count__fall_verb={},
        count__nearly={"words": "words", "phrases": "phrases"},
        count__listed_singles={"links": "words", "type_words": "words"},
        count__in_all={"phrases": "phrases", "marks": "words"},
        count__risen_to={"verbs": "phrases", "to": "words", "not_after": "words", "direct": "phrases",
                        "figures": "words"},
        count__day_ordinal={"days": "phrases", "window": "int"},
        count__downed={"verbs": "words", "more_means": "words", "more_window": "int", "others": "words",
                      "particles": "words", "auxiliaries": "words"},
        count__ordinal={"determiners": "words", "followers": "words", "beyond_determiners": "words",
                        "ranked": "phrases"},
        count__flags={"each": "words", "each_window": "int", "more": "words", "not_more_after": "words",
                      "not_more_before": "words", "also": "words", "spread_prepositions": "words",
                      "spread_window": "int", "spread_quantifiers": "words", "each_of": "phrases",
                      "spread_at_country": "words"},
    ),
    "event": _fixed(
        "events.toml",
        event__places_only={"within": "int"},
        event__regions_before={"within": "int"},
        total__including={"regex": "regex"},
        total__breakdown={"next_sentences": "int"},
        total__headline_sum={"within": "int"},
        total__retold={},
        event__elaboration={},
        event__inherit_region={"within": "int", "not_after": "phrases", "recaps": "phrases", "more_within": "int"},
        event__sole_region={},
        event__region_heading={"max_words": "int"},
        event__airport_frame={},
        event__official_region={},
        event__shared_remainder={},
        event__joined_counts={"first": "words", "words": "words", "type_links": "words",
                              "clause_marks": "words", "place_words": "words"},
        total__towns={},
        total__implied_each={"sentences": "int"},
        event__earlier_batch={"regex": "regex"},
        event__hits_after_downed={"hit_verbs": "words", "not_with": "phrases", "also": "phrases"},
        event__respectively={"words": "words", "joiners": "words"},
        event__teaser_line={"lines": "int", "counters": "words"},
        event__headline_retold={"within": "int"},
        event__part_more_retold={"within": "int"},
        event__further_statement={"opens": "phrases"},
        event__quote_retells={"openers": "phrases", "after_colon": "words", "more_within": "int"},
        event__title_clause={"breaks": "words", "joiners": "words"},
        background__opener={},
        background__month={},
        background__abroad={"countries": "words", "min_weight": "int"},
        background__earlier_year={"before_year": "words", "clause_words": "words"},
        background__earlier_date={"openers": "phrases", "lead_sentences": "int", "min_days": "int",
                                  "max_days": "int", "day_parts": "phrases", "explicit_openers": "phrases",
                                  "present_cues": "phrases", "recap_cues": "phrases", "weekday_order": "phrases",
                                  "weekday_openers": "phrases", "weekday_max_days": "int",
                                  "further_back": "phrases", "goes_on": "phrases", "also": "words",
                                  "also_within": "int", "day_before": "phrases"},
    ),
})


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """Everything language-specific the extraction uses, read once from ``mapper/rules/<lang>/``.

    Each field's file is in its metadata; see the files for what each list is for.
    """

    lang: str
    folder: str
    # tokens.toml
    abbreviations: frozenset[str] = _spec("tokens.toml", "words")
    possessives: frozenset[str] = _spec("tokens.toml", "words")
    list_bullets: frozenset[str] = _spec("tokens.toml", "words", optional=True)
    sentence_ends: frozenset[str] = _spec("tokens.toml", "words")
    sentence_openers: frozenset[str] = _spec("tokens.toml", "words")
    #: Capitalised words this short before a full stop are initials, not sentence ends ("А. Богомаз").
    initial_letters: int = _spec("tokens.toml", "int")
    #: Clock times' abbreviations ("a.m.") and the words after them that go on with the sentence ("Moscow time").
    clock_abbreviations: frozenset[str] = _spec("tokens.toml", "words", optional=True)
    clock_zones: frozenset[str] = _spec("tokens.toml", "words", optional=True)
    # calendar.toml
    months: frozenset[str] = _spec("calendar.toml", "words")
    month_abbreviations: frozenset[str] = _spec("calendar.toml", "words")
    weekdays: frozenset[str] = _spec("calendar.toml", "words")
    month_numbers: Mapping[str, int] = _spec("calendar.toml", "int_map")
    # numbers.toml
    number_words: Mapping[str, int] = _spec("numbers.toml", "int_map")
    not_alone: frozenset[str] = _spec("numbers.toml", "words")
    people_numerals: frozenset[str] = _spec("numbers.toml", "words", optional=True)
    numeral_endings: frozenset[str] = _spec("numbers.toml", "words", optional=True)
    #: number words' plural forms, as written, that tell no number ("десятками дронов": dozens, not ten)
    vague_plurals: frozenset[str] = _spec("numbers.toml", "words", optional=True)
    # objects.toml
    object_nouns: Mapping[str, str] = _spec("objects.toml", "str_map")
    object_kinds: tuple[str, ...] = _spec("objects.toml", "phrases")
    aerial_kinds: frozenset[str] = _spec("objects.toml", "words")
    object_modifier_stop: frozenset[str] = _spec("objects.toml", "words")
    #: nouns that are objects only in a sentence with one of ``launch_verbs`` ("запустили еще одну цель")
    launched_object_nouns: Mapping[str, str] = _spec("objects.toml", "str_map", optional=True)
    launch_verbs: frozenset[str] = _spec("objects.toml", "words", optional=True)
    #: words of a number left unsaid ("кілька", "несколько"): an object named in the singular beside "і кількох БпЛА"
    #: is one part of a whole with no number
    vague_quantities: frozenset[str] = _spec("objects.toml", "words", optional=True)
    # kinds.toml
    kind_priority: tuple[str, ...] = _spec("kinds.toml", "phrases")
    negations: frozenset[str] = _spec("kinds.toml", "words")
    negation_chars: int = _spec("kinds.toml", "int")
    negation_words: int = _spec("kinds.toml", "int")
    aerial_words: tuple[str, ...] = _spec("kinds.toml", "phrases")
    passive_verbs: tuple[str, ...] = _spec("kinds.toml", "phrases")
    aerial_after_chars: int = _spec("kinds.toml", "int")
    aerial_before_chars: int = _spec("kinds.toml", "int")
    aerial_gap_words: int = _spec("kinds.toml", "int")
    passive_gap_words: int = _spec("kinds.toml", "int")
    sighting_words: tuple[str, ...] = _spec("kinds.toml", "phrases")
    # people.toml
    person_roles: frozenset[str] = _spec("people.toml", "words")
    person_verbs: frozenset[str] = _spec("people.toml", "words")
    surname_suffixes: tuple[str, ...] = _spec("people.toml", "phrases")
    person_names: frozenset[str] = _spec("people.toml", "names")
    articles: frozenset[str] = _spec("people.toml", "words")
    person_name_words: int = _spec("people.toml", "int")
    place_before_role: frozenset[str] = _spec("people.toml", "words", optional=True)
    officials: Mapping[str, str] = _spec("people.toml", "str_map")
    # places.toml
    stopwords: frozenset[str] = _spec("places.toml", "words")
    home_countries: frozenset[str] = _spec("places.toml", "names", optional=True)
    max_name_words: int = _spec("places.toml", "int")
    name_words: int = _spec("places.toml", "int")
    list_joiners: frozenset[str] = _spec("places.toml", "words")
    district_links: frozenset[str] = _spec("places.toml", "words")
    community_links: frozenset[str] = _spec("places.toml", "words", optional=True)
    district_words: frozenset[str] = _spec("places.toml", "words")
    district_qualifiers: frozenset[str] = _spec("places.toml", "words", optional=True)
    admin_words: frozenset[str] = _spec("places.toml", "words")
    name_adjective_stems: tuple[str, ...] = _spec("places.toml", "phrases", optional=True)
    district_adjective_endings: tuple[str, ...] = _spec("places.toml", "phrases", optional=True)
    name_adjective_endings: frozenset[str] = _spec("places.toml", "words", optional=True)
    # regions.toml
    region_words: frozenset[str] = _spec("regions.toml", "words")
    region_plurals: frozenset[str] = _spec("regions.toml", "words")
    region_type_words: frozenset[str] = _spec("regions.toml", "words")
    region_name_words: tuple[str, ...] = _spec("regions.toml", "phrases")
    region_name_joiners: frozenset[str] = _spec("regions.toml", "words")
    # roles.toml
    actor_followers: frozenset[str] = _spec("roles.toml", "words")
    dateline_min_chars: int = _spec("roles.toml", "int")
    dateline_after: frozenset[str] = _spec("roles.toml", "words")
    dateline_words: int = _spec("roles.toml", "int")
    dateline_word_chars: int = _spec("roles.toml", "int")
    dateline_joiners: frozenset[str] = _spec("roles.toml", "words")
    dateline_marks: frozenset[str] = _spec("roles.toml", "words")
    dateline_agencies: frozenset[str] = _spec("roles.toml", "words")
    actor_undone_by: frozenset[str] = _spec("roles.toml", "words")
    blame_verbs: frozenset[str] = _spec("roles.toml", "words", optional=True)
    blame_for: frozenset[str] = _spec("roles.toml", "words", optional=True)
    agent_by_verbs: frozenset[str] = _spec("roles.toml", "words", optional=True)
    reciprocal_verbs: frozenset[str] = _spec("roles.toml", "words", optional=True)
    actor_between: frozenset[str] = _spec("roles.toml", "words", optional=True)
    actor_auxiliaries: frozenset[str] = _spec("roles.toml", "words", optional=True)
    actor_after_auxiliary: frozenset[str] = _spec("roles.toml", "words", optional=True)
    source_openers: tuple[str, ...] = _spec("roles.toml", "phrases", optional=True)
    actor_asides: tuple[str, ...] = _spec("roles.toml", "phrases", optional=True)
    actor_relatives: frozenset[str] = _spec("roles.toml", "words", optional=True)
    pair_openers: frozenset[str] = _spec("roles.toml", "words", optional=True)
    causative_verbs: tuple[str, ...] = _spec("roles.toml", "phrases", optional=True)
    causative_to: frozenset[str] = _spec("roles.toml", "words", optional=True)
    recipient_verbs: frozenset[str] = _spec("roles.toml", "words", optional=True)
    pressure_nouns: frozenset[str] = _spec("roles.toml", "words", optional=True)
    pressure_on: frozenset[str] = _spec("roles.toml", "words", optional=True)
    seat_nationals: frozenset[str] = _spec("roles.toml", "words", optional=True)
    seat_of: frozenset[str] = _spec("roles.toml", "words", optional=True)
    seat_countries: frozenset[str] = _spec("roles.toml", "words", optional=True)
    speakers_in: frozenset[str] = _spec("roles.toml", "words", optional=True)
    settlement_of: frozenset[str] = _spec("roles.toml", "words", optional=True)
    actor_possessed: frozenset[str] = _spec("roles.toml", "words", optional=True)
    actor_deeds: frozenset[str] = _spec("roles.toml", "words", optional=True)
    # clauses.toml: how the parts of a sentence relate (counts, roles of names, frames)
    count_more_before: frozenset[str] = _spec("clauses.toml", "words")
    count_part_before: frozenset[str] = _spec("clauses.toml", "words")
    count_among_places: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    count_with_others: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    count_unnumbered_batch: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    struck_after_downed_not_with: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    more_retold_with: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    count_harm_verbs: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_harm_agents: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_of_them: frozenset[str] = _spec("clauses.toml", "words")
    count_rest_words: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_verb_words: frozenset[str] = _spec("clauses.toml", "words")
    count_fall_verbs: frozenset[str] = _spec("clauses.toml", "words")
    count_platform_verbs: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_downed: frozenset[str] = _spec("clauses.toml", "words")
    count_ordinals: frozenset[str] = _spec("clauses.toml", "words")
    count_ordinal_values: Mapping[str, int] = _spec("clauses.toml", "int_map", optional=True)
    count_ordinal_episodes: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_waves: frozenset[str] = _spec("clauses.toml", "words")
    count_wave_series_before: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_wave_series_nouns: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_fractions: Mapping[str, float] = _spec("clauses.toml", "float_map")
    count_spread_nouns: frozenset[str] = _spec("clauses.toml", "words")
    not_objects_after: frozenset[str] = _spec("clauses.toml", "words")
    object_anaphors: frozenset[str] = _spec("clauses.toml", "words")
    count_instrument_before: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_clause_stops: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_opening_place: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_opening_fillers: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_opening_after: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    role_prefixes: Mapping[str, tuple[str, ...]] = _spec("clauses.toml", "phrase_map")
    role_suffixes: Mapping[str, tuple[str, ...]] = _spec("clauses.toml", "phrase_map")
    #: ``role_prefixes``' ``far_from`` ("81 км от"): beyond this figure the name after it is a point of reference
    far_from_beyond: int = _spec("clauses.toml", "int", optional=True)
    side_defences: Mapping[str, tuple[str, ...]] = _spec("clauses.toml", "phrase_map", optional=True)
    side_defence_reach: Mapping[str, tuple[str, ...]] = _spec("clauses.toml", "phrase_map", optional=True)
    side_ministries: Mapping[str, tuple[str, ...]] = _spec("clauses.toml", "phrase_map", optional=True)
    role_fillers: frozenset[str] = _spec("clauses.toml", "words")
    attempts_on_regions: tuple[str, ...] = _spec("clauses.toml", "phrases")
    attempts_on_regions_skip: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    coast_approach: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    coast_words: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    role_lookback: int = _spec("clauses.toml", "int")
    list_link_words: frozenset[str] = _spec("clauses.toml", "words")
    apposition_words: frozenset[str] = _spec("clauses.toml", "words")
    title_words: frozenset[str] = _spec("clauses.toml", "words")
    title_between: frozenset[str] = _spec("clauses.toml", "words")
    agent_nouns: frozenset[str] = _spec("clauses.toml", "words")
    agent_determiners: frozenset[str] = _spec("clauses.toml", "words")
    agent_modifiers: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    agent_own_nouns: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    actor_phrases: tuple[str, ...] = _spec("clauses.toml", "phrases")
    organisation_words: frozenset[str] = _spec("clauses.toml", "words")
    unit_words: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    line_words: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    line_materials: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    quote_marks: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    quoted_name_nouns: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    alert_cues: tuple[str, ...] = _spec("clauses.toml", "phrases")
    threat_words: tuple[str, ...] = _spec("clauses.toml", "phrases")
    threat_adjectives: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    geography_cues: tuple[str, ...] = _spec("clauses.toml", "phrases")
    background_openers: tuple[str, ...] = _spec("clauses.toml", "phrases")
    month_openers: tuple[str, ...] = _spec("clauses.toml", "phrases")
    month_qualifiers: tuple[str, ...] = _spec("clauses.toml", "phrases")
    month_subject_verbs: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    window_until: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    earlier_today: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    day_parts: Mapping[str, str] = _spec("clauses.toml", "str_map", optional=True)
    background_goes_on: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    dated_sources: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    approach_phrases: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    sum_phrases: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    night_words: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    count_sources: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    wide_scope: tuple[str, ...] = _spec("clauses.toml", "phrases")
    local_scope: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    own_waters: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    local_scope_actors: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    wide_scope_names: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    wide_scope_descriptors: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    count_vague: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    actor_totals: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    frame_fillers: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    around_words: frozenset[str] = _spec("clauses.toml", "words")
    surrounding_words: frozenset[str] = _spec("clauses.toml", "words")
    capital_words: frozenset[str] = _spec("clauses.toml", "words")
    title_at_sea: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    title_at_sea_keeps: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    title_abroad: frozenset[str] = _spec("clauses.toml", "words", optional=True)
    title_city_anaphors: tuple[str, ...] = _spec("clauses.toml", "phrases", optional=True)
    # geography.toml: cities that are regions of their own, and capitals (not language data, but facts)
    surrounding_region: Mapping[str, str] = _spec("geography.toml", "code_map")
    around_city_regions: Mapping[str, str] = _spec("geography.toml", "code_map")
    peninsula_of_city: Mapping[str, str] = _spec("geography.toml", "code_map", optional=True)
    attack_aim_regions: Mapping[str, str] = _spec("geography.toml", "code_map", optional=True)
    city_admin1: Mapping[str, str] = _spec("geography.toml", "code_map")
    city_regions: Mapping[str, str] = _spec("geography.toml", "code_map")
    capitals: Mapping[str, str] = _spec("geography.toml", "code_map")
    big_city: int = _spec("geography.toml", "int")
    big_city_any_name: int = _spec("geography.toml", "int")
    # casualties.toml: people killed or injured, never objects
    casualty_nouns: frozenset[str] = _spec("casualties.toml", "words")
    casualty_qualifiers: frozenset[str] = _spec("casualties.toml", "words")
    casualty_links: frozenset[str] = _spec("casualties.toml", "words")
    casualty_one: frozenset[str] = _spec("casualties.toml", "words")
    casualty_before_gap: frozenset[str] = _spec("casualties.toml", "words")
    casualty_asides: frozenset[str] = _spec("casualties.toml", "words")
    # countries.toml
    countries: Mapping[str, Mapping[str, tuple[str, ...]]] = _spec("countries.toml", "countries")
    place_prepositions: frozenset[str] = _spec("countries.toml", "words")
    place_articles: frozenset[str] = _spec("countries.toml", "words")
    place_nouns: frozenset[str] = _spec("countries.toml", "words")
    country_name_weight: float = _spec("countries.toml", "float")
    demonym_weight: float = _spec("countries.toml", "float")
    actor_divisor: float = _spec("countries.toml", "float")
    # derived from the above by the loader
    #: Capitalised words never places by themselves: ``stopwords`` with month and weekday names.
    all_stopwords: frozenset[str] = _spec("", "words", derived=True)
    #: Abbreviations with the month abbreviations.
    all_abbreviations: frozenset[str] = _spec("", "words", derived=True)
    #: Month names and their abbreviations.
    month_words: frozenset[str] = _spec("", "words", derived=True)
    #: Most words in an object noun phrase.
    object_max_words: int = _spec("", "int", derived=True)
    #: ``country name or demonym -> country code``.
    country_cues: Mapping[str, str] = _spec("", "str_map", derived=True)
    #: Country names (stronger cues than demonyms).
    country_names: frozenset[str] = _spec("", "words", derived=True)
    #: Region words as a regex: a name holding one carries its own ("Kaluga Oblast").
    region_name_re: re.Pattern = _spec("", "regex", derived=True)
    #: Every pattern by id.
    patterns: Mapping[str, Pattern] = _spec("", "patterns", derived=True)

    def rule(self, rule_id: str) -> Pattern:
        """The pattern of that id (KeyError if none)."""
        return self.patterns[rule_id]

    def family(self, name: str) -> tuple[Pattern, ...]:
        """The patterns of a family, in file order."""
        return tuple(p for p in self.patterns.values() if p.family == name)
