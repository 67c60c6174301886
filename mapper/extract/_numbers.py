"""Numbers of objects in report text: "11 UAVs", "twenty drones", "8 over Bryansk Oblast".

The number words, object nouns and count patterns are ``mapper/rules/<lang>/numbers.toml``
and ``objects.toml``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import compress, count
from operator import or_
from typing import cast

from ..rules import load_lexicon
from ..text import by_first_word, figure
from ._tokens import LOWER_OF, NUMBER_OF, TEXT_OF, Token, in_code, words_of

_LEX = load_lexicon()
NUMBER_WORDS, _NOT_ALONE = _LEX.number_words, _LEX.not_alone
#: The first words of the number words of two words ("a dozen"): where :func:`number_at` tries a pair.
_PAIR_FIRST = frozenset(w.split(" ", 1)[0] for w in NUMBER_WORDS if " " in w)
OBJECT_NOUNS, _OBJECT_MAX_WORDS, _MODIFIER_STOP = _LEX.object_nouns, _LEX.object_max_words, _LEX.object_modifier_stop
_MONTHS = _LEX.month_words
_NUMBER_OBJECT = _LEX.rule("count.number_object")
_PART = _LEX.rule("count.part_of_total")
_PART_OF_TOTAL = [p.split() for p in _PART["phrases"]]
_ELLIPSIS = _LEX.rule("count.ellipsis")
_BARE_VERB = _LEX.rule("count.bare_verb")
_SINGLE = _LEX.rule("count.single_object")
_TOLD = _LEX.rule("count.told_before")
_REST = _LEX.rule("count.rest")
#: "the rest" and the like by their first word, longest first.
_REST_BY_FIRST = by_first_word((p.split(), None) for p in sorted(_REST["phrases"], key=len, reverse=True))
_PLATFORM = _LEX.rule("count.skip.platform")
_MODEL_HYPHENS, _MODEL_SLASHES = _LEX.rule("count.skip.model")["hyphens"], _LEX.rule("count.skip.model")["slashes"]
# the parameters looked at token by token, bound once
_MODIFIERS, _BETWEEN, _GLUE = (_NUMBER_OBJECT[k] for k in ("modifiers", "modifiers_between_nouns", "glue"))
_SHOT_VERBS, _SHOT_TARGETS = (frozenset(_NUMBER_OBJECT[k]) for k in ("shot_verbs", "shot_targets"))
_SHOT_KIND = _NUMBER_OBJECT["shot_kind"]
_TYPE_WORDS, _TYPE_MARKS = _NUMBER_OBJECT["type_words"], _NUMBER_OBJECT["type_marks"]
_SKIP, _PREPOSITIONS, _ANOTHER, _ELLIPSIS_WINDOW = (_ELLIPSIS[k] for k in ("skip", "prepositions", "another",
                                                                          "anchor_window"))
_BARE_VERBS, _BARE_WINDOW = _BARE_VERB["verbs"], _BARE_VERB["anchor_window"]
_DETERMINERS, _NUMERALS, _FOLLOWERS, _PLURAL_ENDINGS, _SINGULAR_IN_S = (
    _SINGLE[k] for k in ("determiners", "numerals", "followers", "plural_endings", "singular_in_s"))
_NEARLY = _LEX.rule("count.nearly")
_NEARLY_WORDS = _NEARLY["words"]
_NEARLY_PAIRS = frozenset(tuple(p.split()) for p in _NEARLY["phrases"] if len(p.split()) == 2)
_IN_ALL = _LEX.rule("count.in_all")
_IN_ALL_PHRASES, _IN_ALL_MARKS = [p.split() for p in _IN_ALL["phrases"]], _IN_ALL["marks"]
_IN_ALL_LAST = frozenset(p[-1] for p in _IN_ALL_PHRASES)  # a phrase ends in one of these
_RISEN = _LEX.rule("count.risen_to")
_ACCOUNTED = _LEX.rule("count.accounted_for")
_RISEN_VERBS, _RISEN_TO = [p.split() for p in _RISEN["verbs"]], _RISEN["to"]
_RISEN_NOT_AFTER = frozenset(_RISEN["not_after"]) | frozenset(_LEX.rule("count.ellipsis")["not_after"])
_RISEN_DIRECT, _RISEN_FIGURES = [p.split() for p in _RISEN["direct"]], _RISEN["figures"]
_DEFINITE, _DEFINITE_MODIFIERS, _DEFINITE_AFTER = (_SINGLE[k] for k in ("definite", "definite_modifiers",
                                                                         "definite_after"))
_DEFINITE_PASSIVE, _DEFINITE_PARTICIPLES = _SINGLE["definite_passive"], _SINGLE["definite_participles"]
_PLATFORM_BEFORE, _PLATFORM_VERBS, _PLATFORM_LOOKBACK = (_PLATFORM[k] for k in ("before", "verbs", "lookback"))
_NO_ONE = _LEX.rule("count.skip.no_one")["before"]
_POWER_MARKS = _LEX.rule("count.skip.power")["marks"]
_TIME_MARKS = _LEX.rule("count.skip.time")["marks"]
_LABEL_MARKS, _LABEL_DOTTED = _LEX.rule("count.skip.label")["marks"], _LEX.rule("count.skip.label")["dotted"]
_DECIMAL_COMMA = re.compile(r",\d{1,2}$")  # "13,8 млн тонн": a decimal comma, no whole number
_OF_THE, _OF_THEM, _FRACTION = _LEX.rule("count.of_the"), _LEX.rule("count.of_them"), _LEX.rule("count.fraction")
_TRAILING, _OTHERS, _FALL_VERB = _LEX.rule("count.trailing"), _LEX.rule("count.others"), _LEX.rule("count.fall_verb")
_ANOTHER_ALONE = _LEX.rule("count.another_alone")
_DOWNED, _ORDINAL, _FLAGS = _LEX.rule("count.downed"), _LEX.rule("count.ordinal"), _LEX.rule("count.flags")
_THEM_WORDS, _VERB_WORDS, _ORDINALS = _LEX.count_of_them, _LEX.count_verb_words, _LEX.count_ordinals
_MORE_BEFORE, _PART_BEFORE, _WAVES = _LEX.count_more_before, _LEX.count_part_before, _LEX.count_waves
_SERIES_BEFORE, _SERIES_NOUNS = _LEX.count_wave_series_before, _LEX.count_wave_series_nouns
_FALL_VERBS, _DOWNED_WORDS, _ANAPHORS = _LEX.count_fall_verbs, _LEX.count_downed, _LEX.object_anaphors
_NOT_OBJECTS_AFTER, _SPREAD_NOUNS = _LEX.not_objects_after, _LEX.count_spread_nouns
#: Rules of counts whose object noun was told before the sentence: "26 of them", "25 over Bryansk".
TOLD_OBJECT_RULES = frozenset({_OF_THEM.id, _ELLIPSIS.id, _TOLD.id})
#: First words of the object nouns.
_OBJECT_FIRST = frozenset(phrase.split(" ")[0] for phrase in OBJECT_NOUNS)
#: Shares by their words: ``("a", "third") -> 1/3``.
_FRACTIONS = {tuple(k.split()): v for k, v in _LEX.count_fractions.items()}
_FRACTION_FIRST = frozenset(words[0] for words in _FRACTIONS)
#: The shares by their first word, in the order of ``_FRACTIONS``.
_FRACTIONS_BY_FIRST = by_first_word(_FRACTIONS.items())
#: Words a count may start with (besides digits and hyphenated numerals): the scan skips the rest.
_STARTERS = frozenset(w.split()[0] for w in NUMBER_WORDS) | _FRACTION_FIRST | _DETERMINERS | _ANOTHER
# pattern parameters read in the scans, bound once
_BARE_VERB_OF = _BARE_VERB["of"]
_BARE_VERB_OF_DETERMINERS = _BARE_VERB["of_determiners"]
_DOWNED_VERBS = _DOWNED["verbs"]
_DOWNED_MORE_MEANS = _DOWNED["more_means"]
_DOWNED_MORE_WINDOW = _DOWNED["more_window"]
_DOWNED_OTHERS, _DOWNED_PARTICLES, _DOWNED_AUX = _DOWNED["others"], _DOWNED["particles"], _DOWNED["auxiliaries"]
_ELLIPSIS_NOT_AFTER = _ELLIPSIS["not_after"]
_SPLIT_MARKS, _SPLIT_WINDOW = frozenset(_ELLIPSIS["people_split_marks"]), _ELLIPSIS["people_split_window"]
_ELLIPSIS_NOT_AFTER_MANY = _ELLIPSIS["not_after_many"]
_FLAGS_ALSO = _FLAGS["also"]
_FLAGS_EACH = _FLAGS["each"]
_FLAGS_EACH_WINDOW = _FLAGS["each_window"]
_FLAGS_EACH_OF = [p.split() for p in _FLAGS["each_of"]]
_FLAGS_MORE = _FLAGS["more"]
_FLAGS_NOT_MORE_AFTER = _FLAGS["not_more_after"]
_FLAGS_NOT_MORE_BEFORE = _FLAGS["not_more_before"]
_FLAGS_SPREAD_PREPOSITIONS = _FLAGS["spread_prepositions"]
_FLAGS_SPREAD_QUANTIFIERS = _FLAGS["spread_quantifiers"]
_FLAGS_SPREAD_WINDOW = _FLAGS["spread_window"]
_FLAGS_AT_COUNTRY = _FLAGS["spread_at_country"]
_OF_THE_DETERMINERS = _OF_THE["determiners"]
_TOTAL_OPENINGS = [p.split() for p in _OF_THE["total_openings"]]
_OF_THE_PLACE_WORDS = _PART["the_place_words"]
_OF_THE_COPULAS = _PART["the_copulas"]
_OF_THE_COPULA_WINDOW = _PART["the_copula_window"]
_OF_THE_RELATIVE, _OF_THE_AERIAL = _PART["the_relative_verbs"], _PART["the_aerial_words"]
_OF_THEM_OF = _OF_THEM["of"]
_ORDINAL_DETERMINERS = _ORDINAL["determiners"]
_ORDINAL_FOLLOWERS = _ORDINAL["followers"]
_ORDINAL_BEYOND = _ORDINAL["beyond_determiners"]
_ORDINAL_RANK = {word: k + 2 for k, word in enumerate(_ORDINAL["ranked"])}
_JOINED_AND = _LEX.rule("event.joined_counts")["first"]  # "two houses and three others"
_PEOPLE = _LEX.casualty_nouns  # "one person ... and eight others": people
_DAY_ORDINAL = _LEX.rule("count.day_ordinal")
_DAY_PHRASES = [tuple(p.split()) for p in _DAY_ORDINAL["days"]]
_DAY_WINDOW = _DAY_ORDINAL["window"]
_TOLD_DETERMINERS = _TOLD["determiners"]
_TOLD_JOINERS = _TOLD["joiners"]
_TRAILING_CLOSE = _TRAILING["close"]
_TRAILING_OPEN = _TRAILING["open"]
_TRAILING_WINDOW = _TRAILING["window"]
#: Words at which :meth:`_CountScan.run` tries a pattern (besides numbers and hyphenated words): the others it
#: passes over at once.
_SCAN_WORDS = _STARTERS | frozenset(_REST_BY_FIRST) | _ORDINAL_BEYOND | _TOLD_DETERMINERS | _DEFINITE


def _of_owner(tokens: list[Token], j: int) -> bool:
    """"one of Moscow's main routes for crude": "of", a name's possessive (count.bare_verb's ``of``) and no
    object noun after it: a part of what the name owns, no count."""
    return j + 3 < len(tokens) and tokens[j].lower in _BARE_VERB_OF and tokens[j + 1].is_cap \
        and tokens[j + 2].text in _LEX.possessives and _object_after(tokens, j + 3) is None


@dataclass(slots=True, unsafe_hash=True)  # hashable as when it was frozen (public)
class Count:
    """A number of objects, where it stands (token index of the number), and the rule that found it.

    ``each``: told once for several places ("five each over the Tver and Smolensk regions");
    ``more``: a further batch, not the same objects told again ("three more drones", "another
    two"); ``part``: some of a number just told ("including two flying towards Moscow");
    ``trailing``: told after its place ("Krasnodar Region (47)"); ``spread``: over regions the
    sentence does not name ("116 drones over ten regions"); ``rest``: what a total leaves over ("the
    rest over the Oryol region"), its ``value`` 0 until the total is known.
    """

    value: int
    kind: str
    token: int
    text: str
    rule: str = ""
    each: bool = False
    more: bool = False
    part: bool = False
    trailing: bool = False
    spread: bool = False
    rest: bool = False


@dataclass(slots=True)
class Number:
    """A number in the text: its value and how many tokens it takes ("twenty five": 2)."""

    value: int
    width: int


@dataclass(slots=True)
class ObjectPhrase:
    """An object noun phrase: the kind it counts as, the token after it, and its last noun."""

    kind: str
    end: int
    noun: str


def number_at(tokens: list[Token], i: int) -> Number | None:
    """The number (digits or words) that starts at token ``i``, if any."""
    tok = tokens[i]
    if tok.is_number:
        text = tok.text.replace(",", "")
        value = None if "." in text or _DECIMAL_COMMA.search(tok.text) else figure(text)  # not "3.5", "13,8"
        return None if value is None else Number(value, 1)
    low = tok.lower
    if low in _PAIR_FIRST and i + 1 < len(tokens) and f"{low} {tokens[i + 1].lower}" in NUMBER_WORDS:
        return Number(NUMBER_WORDS[f"{low} {tokens[i + 1].lower}"], 2)
    if low in NUMBER_WORDS and low not in _NOT_ALONE:
        value = NUMBER_WORDS[low]
        # "twenty-five" is one token; "twenty five" two
        if "-" in low:
            return None
        if value >= 20 and i + 1 < len(tokens) and tokens[i + 1].lower in NUMBER_WORDS \
                and NUMBER_WORDS[tokens[i + 1].lower] < 10:
            return Number(value + NUMBER_WORDS[tokens[i + 1].lower], 2)
        return Number(value, 1)
    if "-" in low:
        parts = low.split("-")
        if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
            return Number(NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]], 1)
    return None


def _label_number(tokens: list[Token], i: int) -> bool:
    """Whether the number at token ``i`` is a label's ("Hospital No. 2", "school #3"; ``count.skip.label``)."""
    if i and tokens[i - 1].text in _LABEL_MARKS:
        return True
    return i > 1 and tokens[i - 1].text == "." and tokens[i - 2].lower in _LABEL_DOTTED \
        and tokens[i - 2].end == tokens[i - 1].start


def _object_at(tokens: list[Token], i: int) -> ObjectPhrase | None:
    """The object noun (of up to ``object_max_words`` words) at ``i``, if any."""
    if tokens[i].lower not in _OBJECT_FIRST:  # a token holds no space: the first word of any phrase
        return None
    for n in range(_OBJECT_MAX_WORDS, 0, -1):
        if i + n > len(tokens):
            continue
        phrase = " ".join(map(LOWER_OF, tokens[i:i + n]))
        if phrase in OBJECT_NOUNS:
            return ObjectPhrase(OBJECT_NOUNS[phrase], i + n, phrase)
    return None


def _shot_targets_end(tokens: list[Token], i: int, j: int) -> int | None:
    """The end of "targets" (after up to ``modifiers`` words: "enemy air targets") when the number at ``i`` stands
    right after a shoot-down verb ("downed 11 targets", "shot down two enemy targets"); else None. Targets struck
    ("hit 30 targets in the region") are no objects."""
    if not i or tokens[i - 1].lower not in _SHOT_VERBS:
        return None
    for k in range(j, min(len(tokens), j + _MODIFIERS + 1)):
        if tokens[k].lower in _SHOT_TARGETS:
            return k + 1
        if not tokens[k].is_word or tokens[k].lower in _MODIFIER_STOP:
            return None
    return None


def _object_after(tokens: list[Token], j: int) -> ObjectPhrase | None:
    """Object noun after up to three modifiers from token ``j``.

    The phrase runs to its last object noun: "Shahed kamikaze drone", "Shahed-136/131
    attack UAVs".
    """
    words = words_of(tokens)
    if words.isdisjoint(_OBJECT_FIRST):
        return None  # no object noun in the sentence
    found = None
    k = j
    skipped = 0
    most, between, glue_marks = _MODIFIERS, _BETWEEN, _GLUE
    typing = not words.isdisjoint(_TYPE_WORDS)  # else no "aircraft type" in the sentence
    while k < len(tokens) and skipped <= most:
        typed = typing and _type_modifier_end(tokens, k)
        if typed:  # "aircraft—type UAVs": the noun before "type" is a modifier
            k, skipped = typed, skipped + 1
            continue
        hit = _object_at(tokens, k)
        if hit:
            found = hit
            k = hit.end
            skipped = most - between  # after a noun, fewer modifiers may lead to another noun
            continue
        tok = tokens[k]
        if found is not None and k == found.end and tok.lower in _NOT_OBJECTS_AFTER \
                and not any(_object_at(tokens, k + d) for d in (1, 2) if k + d < len(tokens)):
            return None  # "14 UAV attacks": attacks, not drones (but "a Shahed attack drone")
        glue = tok.text in glue_marks or (tok.is_number and k > j and tokens[k - 1].text in glue_marks)
        if glue:  # "Shahed-136/131": the model number binds to the noun
            k += 1
            continue
        if not tok.is_word or tok.lower in _MODIFIER_STOP or number_at(tokens, k):
            break
        k += 1
        skipped += 1
    return found


def _type_modifier_end(tokens: list[Token], k: int) -> int | None:
    """Index after "aircraft type" or "aircraft — type" at ``k`` (a word, an optional dash, "type"), or None."""
    j = k + 1
    if j < len(tokens) and tokens[j].text in _TYPE_MARKS:
        j += 1
    if j < len(tokens) and tokens[k].is_word and tokens[j].lower in _TYPE_WORDS:
        return j + 1
    return None


def _ellipsis_end(tokens: list[Token], k: int) -> tuple[int, bool] | None:
    """Token index of the preposition in "8 over ...", "one more - over ...", "five each over",
    "12 of them over ...", "six fell over ...", "nine more were brought down in ...", and whether
    "of them" stood before it; or None."""
    k = _skip_verbs(tokens, k)
    them = k + 1 < len(tokens) and tokens[k].lower in _OF_THEM_OF and tokens[k + 1].lower in _THEM_WORDS
    if them:
        k = _skip_verbs(tokens, k + 2)
    return (k, them) if k < len(tokens) and tokens[k].lower in _PREPOSITIONS else None


def _skip_verbs(tokens: list[Token], k: int) -> int:
    """Past the ellipsis' ``skip`` words and up to four words of a verb phrase ("were brought down")."""
    verbs, skip = 0, _SKIP
    while k < len(tokens):
        tok = tokens[k]
        if tok.lower in skip:
            k += 1
        elif verbs < 4 and tok.is_word and not tok.is_cap \
                and (tok.lower in _VERB_WORDS or (tok.lower.endswith("ed") and len(tok.lower) > 4)):
            k += 1
            verbs += 1
        else:
            break
    return k


def _share_placed(tokens: list[Token], end: int) -> bool:
    """Whether "N of the M drones" is a share told with a place: a place word right after the objects, a
    copula then a place word a few tokens on ("... it downed overnight were over the Saratov region"), or a verb
    telling of the total then "over" ("... Ukraine sent overnight over the Kursk region").

    Parameters
    ----------
    tokens : list of Token
        The sentence's tokens.
    end : int
        The token after the objects.

    Returns
    -------
    bool
        True when the share has its place.
    """
    if end < len(tokens) and tokens[end].lower in _OF_THE_PLACE_WORDS:
        return True
    told = False  # a clause telling of the total ("Ukraine sent overnight") before an aerial place word
    for k in range(end, min(end + _OF_THE_COPULA_WINDOW, len(tokens) - 1)):
        if tokens[k].lower in _OF_THE_COPULAS and tokens[k + 1].lower in _OF_THE_PLACE_WORDS:
            return True
        told = told or tokens[k].lower in _OF_THE_RELATIVE
        if told and tokens[k + 1].lower in _OF_THE_AERIAL:
            return True
        if tokens[k].text in (",", ";", ":"):
            return False
    return False


def _total_after(tokens: list[Token], j: int) -> int | None:
    """Token index of the total in "28 out of 31", "15 of 18" (``j`` just after the part), or None."""
    n = len(tokens)
    for words in _PART_OF_TOTAL:
        end = j + len(words)
        if end < n and list(map(LOWER_OF, tokens[j:end])) == words:
            if end + 1 < n and tokens[end].lower in _OF_THE_DETERMINERS and number_at(tokens, end + 1):
                return -(end + 1)  # "10 of the 16 drones over ...": the caller checks the place word
            return end
    return None


def _after_in_all(tokens: list[Token], i: int) -> bool:
    """"In total, 13 drones", "a total of 13 drones": the number at ``i`` right after one of count.in_all's
    phrases."""
    k = i - 1 if i and tokens[i - 1].text in _IN_ALL_MARKS else i
    return k > 0 and tokens[k - 1].lower in _IN_ALL_LAST \
        and any(k >= len(p) and list(map(LOWER_OF, tokens[k - len(p):k])) == p for p in _IN_ALL_PHRASES)


def _flags(tokens: list[Token], i: int, end: int, waves: bool) -> dict:
    """``each``, ``more`` and ``part`` of a count whose number starts at ``i`` and whose phrase
    ends at ``end``: "five each", "three more drones", "another two", "including two"; every
    count of a sentence telling of ``waves`` is a batch of its own."""
    n = len(tokens)
    before = list(map(LOWER_OF, tokens[max(0, i - 2):i]))
    after = list(map(LOWER_OF, tokens[i + 1:min(n, end + 2)]))
    more = bool(before) and before[-1] in _MORE_BEFORE \
        and not (len(before) == 2 and before[0] in _FLAGS_NOT_MORE_BEFORE)
    more = more or (i + 1 < n and tokens[i + 1].lower in _FLAGS_MORE
                    and not (i + 2 < n and tokens[i + 2].lower in _FLAGS_NOT_MORE_AFTER))
    more = more or waves or tokens[i].lower in _ANOTHER or any(t.lower in _ORDINALS for t in tokens[i + 1:end]) \
        or (end < n and tokens[end].lower in _FLAGS_ALSO)  # "a kamikaze drone also struck"
    return {"each": any(w in _FLAGS_EACH for w in after[:_FLAGS_EACH_WINDOW]) or _each_of(tokens, end), "more": more,
            "part": any(w in _PART_BEFORE for w in before)}


def _each_of(tokens: list[Token], end: int) -> bool:
    """"six more (drones) were destroyed over each of the Voronezh Region and Crimea": within count.flags'
    ``each_window`` tokens after the count's phrase (ending at ``end``), a preposition (count.ellipsis') and one of
    ``each_of`` ("each of"): told for each place after it."""
    lows = list(map(LOWER_OF, tokens[max(0, end - 1):end + _FLAGS_EACH_WINDOW + 2]))
    if not any(p[0] in lows for p in _FLAGS_EACH_OF):
        return False
    return any(lows[k - 1] in _PREPOSITIONS and lows[k:k + len(p)] == p
               for k in range(1, len(lows)) for p in _FLAGS_EACH_OF)


def _series_wave(tokens: list[Token], k: int) -> bool:
    """"the latest of a wave of air attacks", "a wider wave of strikes": the wave word at ``k`` names a series of
    attacks (after one of ``count_wave_series_before``, then "of" and one of ``count_wave_series_nouns`` within
    three words), not a batch of this incident."""
    return k > 0 and tokens[k - 1].lower in _SERIES_BEFORE and k + 1 < len(tokens) \
        and tokens[k + 1].lower == "of" and any(t.lower in _SERIES_NOUNS for t in tokens[k + 2:k + 5])


def _batch_waves(tokens: list[Token]) -> bool:
    """Whether a sentence holding a wave word tells waves of its incident: some wave word is not a series'."""
    return any(t.lower in _WAVES and not _series_wave(tokens, k) for k, t in enumerate(tokens))


def _spread(tokens: list[Token], end: int) -> bool:
    """"... drones over ten regions", "across 12 regions": a number over regions left unnamed; "108 drones at
    Ukraine": over the whole country (not "at Russia's Belgorod region")."""
    words = tokens[end:end + _FLAGS_SPREAD_WINDOW]
    if len(words) > 1 and words[0].lower in _FLAGS_AT_COUNTRY and words[1].lower in _LEX.country_names \
            and (len(words) < 3 or words[2].lower not in _LEX.possessives):
        return True
    for k in range(len(words) - 2):
        if words[k].lower not in _FLAGS_SPREAD_PREPOSITIONS:
            continue
        if number_at(words, k + 1) and words[k + 2].lower in _SPREAD_NOUNS:
            return True
        if words[k + 1].lower in _FLAGS_SPREAD_QUANTIFIERS \
                and any(w.lower in _SPREAD_NOUNS for w in words[k + 2:k + 4]):
            return True
    return False


def _fraction_at(tokens: list[Token], i: int) -> tuple[float, int] | None:
    """``(share, tokens used)`` for "a third of them", "half of them", "two-thirds of them"."""
    for words, share in _FRACTIONS_BY_FIRST.get(tokens[i].lower, ()):
        n = len(words)
        if tuple(map(LOWER_OF, tokens[i:i + n])) == words and i + n + 1 < len(tokens) \
                and tokens[i + n].lower in _OF_THEM_OF and tokens[i + n + 1].lower in _THEM_WORDS:
            return share, n + 2
    return None


def find_counts(tokens: list[Token], anchors: set[int], last_kind: str | None = None,
                last_value: int | None = None, told: dict[str, int] | None = None) -> list[Count]:
    """Numbers of objects in one sentence.

    Parameters
    ----------
    tokens : list of Token
        The sentence.
    anchors : set of int
        Token indices where a place or region mention starts; a bare number
        followed by a preposition and such a mention ("8 over Bryansk Oblast")
        counts the objects last named in the sentence.
    last_kind : str, optional
        Kind of objects last counted in the previous sentence, for "12 were downed
        over Kursk Oblast" after "20 drones ...".
    last_value : int, optional
        The number last counted in the previous sentence, for "a third of them ...".
    told : dict, optional
        ``kind -> number`` told first in the previous sentence with counts, for "the missiles and
        37 of the drones" after "117 drones and four missiles".
    """
    words = words_of(tokens)
    if last_kind is None and words.isdisjoint(_OBJECT_FIRST) and (words.isdisjoint(_SHOT_TARGETS)
                                                                  or words.isdisjoint(_SHOT_VERBS)):
        return []  # every count takes its kind from an object noun of the sentence (targets shot down) or last_kind
    scan = _CountScan(tokens, anchors, last_kind, last_value)
    scan.told = told or {}
    return scan.run()


def _parts_of_opening_total(tokens: list[Token], counts: list[Count]) -> None:
    """"Of the eight drones, only three were aimed at defence sites, and all three were destroyed": a sentence
    opening with one of count.of_the's ``total_openings`` right before its first count tells that total first; the
    counts after it are parts of it (marked in place)."""
    if len(counts) < 2:
        return
    first = counts[0].token
    words = [t.lower for t in tokens[:first] if t.is_word]  # not the quote mark of "'Of the eight drones, ..."
    if any(words == opening for opening in _TOTAL_OPENINGS):
        for count in counts[1:]:
            count.part = True


class _CountScan:
    """One left-to-right pass over a sentence, trying the ``[[count]]`` patterns at each token."""

    def __init__(self, tokens: list[Token], anchors: set[int], last_kind: str | None,
                 last_value: int | None = None) -> None:
        self.tokens, self.anchors, self.last_kind, self.last_value = tokens, anchors, last_kind, last_value
        self.value_before = last_value  #: the number told last before the sentence
        self.named_here = False  # the objects were named earlier in this sentence
        self.waves = not words_of(tokens).isdisjoint(_WAVES) and _batch_waves(tokens)
        self.out: list[Count] = []
        self.told: dict[str, int] = {}

    def run(self) -> list[Count]:
        """The counts of the sentence: the patterns tried at the tokens where one may start (any other token is
        passed over), going on from where each try leaves off."""
        tokens = self.tokens
        words = words_of(tokens)
        look = words & _SCAN_WORDS
        if "-" in "".join(words):  # a hyphenated word ("Shahed-type", "twenty-five") or the mark
            look |= {w for w in words if "-" in w}
        tries = list(compress(count(), map(or_, map(NUMBER_OF, tokens),  # the numbers and words of ``look``
                                           map(look.__contains__, map(LOWER_OF, tokens)))))
        at = 0
        while at < len(tries):
            i = tries[at]
            tok = tokens[i]
            if tok.is_number or tok.lower in _STARTERS or ("-" in tok.lower and tok.is_word):
                i = self._step(i)
            elif self.last_kind and tok.lower in _REST_BY_FIRST and self._rest(i):
                i += 1
            elif self.last_kind and tok.lower in _ORDINAL_BEYOND and self._beyond(i):
                i += 2
            elif not self.out and tok.lower in _ORDINAL_BEYOND and self._day_ordinal(i):
                i += 2
            elif not self.out and tok.lower in _ORDINAL_BEYOND and self._next_in_line(i):
                i += 2
            elif self.told and tok.lower in _TOLD_DETERMINERS:
                i = self._told_before(i)
            elif tok.lower in _DEFINITE and self._definite_single(i):  # "the wreckage of the downed Shahed"
                i = self._step(i)
            else:
                i += 1
            at = bisect_left(tries, i)  # the first token to try at or after ``i``
        _parts_of_opening_total(tokens, self.out)
        return self.out

    def _step(self, i: int) -> int:
        """Try the patterns at token ``i``; the token to go on from."""
        tokens = self.tokens
        if self._not_a_count(i):
            return i + 1
        frac = _fraction_at(tokens, i)
        if frac and self.last_value and self.last_kind:
            prep = _ellipsis_end(tokens, i + frac[1])
            if prep is not None:  # "a third of them over ..."
                self._add(max(1, round(self.last_value * frac[0])), self.last_kind, i, prep[0] + 1, _FRACTION.id)
                return prep[0]
        num = number_at(tokens, i)
        another = tokens[i].lower in _ANOTHER
        if another and self.last_kind:  # "... and another over the Kursk region"
            num = Number(1, 1)
        if num:
            after = self._after_number(i, num, another)
            if after is not None:
                return after
        if tokens[i].lower in _DETERMINERS or self._definite_single(i):
            after = self._single_object(i)
            if after is not None:
                return after
        return i + 1

    def _rest(self, i: int) -> bool:
        """"the rest over the Oryol and Bryansk regions": what a total leaves over (count.rest)."""
        tokens = self.tokens
        for words, _ in _REST_BY_FIRST[tokens[i].lower]:
            end = i + len(words)
            if list(map(LOWER_OF, tokens[i:end])) == words and _ellipsis_end(tokens, end) is not None:
                self.out.append(Count(0, cast(str, self.last_kind), i, " ".join(map(TEXT_OF, tokens[i:end])),
                                      _REST.id, rest=True))
                return True
        return False

    def _add(self, value: int, kind: str, start: int, end: int, rule: str, trailing: bool = False,
             part: bool = False) -> None:
        self.named_here = True
        if rule == _NUMBER_OBJECT.id and start > 0 and (self.tokens[start - 1].lower in _NEARLY_WORDS or start > 1 and (
                self.tokens[start - 2].lower, self.tokens[start - 1].lower) in _NEARLY_PAIRS):
            rule = _NEARLY.id  # "nearly 300 drones": a round figure, counted only while no other telling gives one
        elif rule == _NUMBER_OBJECT.id and _after_in_all(self.tokens, start):
            rule = _IN_ALL.id  # "In total, 13 drones": the figure of all told so far
        flags = _flags(self.tokens, start, end, self.waves)
        flags["part"] = flags["part"] or part
        self.out.append(Count(value, kind, start, " ".join(t.text for t in self.tokens[start:end]), rule,
                              trailing=trailing, spread=_spread(self.tokens, end), **flags))
        self.last_kind = kind
        if not flags["part"]:
            self.last_value = value

    def _near_anchor(self, start: int, width: int) -> bool:
        return any(a in self.anchors for a in range(start, start + width))

    def _not_a_count(self, i: int) -> bool:
        """"launched from an aircraft", "dropped from a drone" (the platform); "S-300", "Tu-95" (a
        model); "Shahed-131/136" (the second model number)."""
        tokens, tok = self.tokens, self.tokens[i]
        if i and tokens[i - 1].lower in _PLATFORM_BEFORE \
                and any(t.lower in _PLATFORM_VERBS for t in tokens[max(0, i - _PLATFORM_LOOKBACK):i]):
            return True
        if tok.is_number and ((i and tokens[i - 1].text in _POWER_MARKS and tokens[i - 1].end == tok.start)
                              or (i + 1 < len(tokens) and tokens[i + 1].text in _POWER_MARKS
                                  and tokens[i + 1].start == tok.end)):
            return True  # "10^30 drones": a power
        if tok.is_number and i > 1 and tokens[i - 1].text in _MODEL_SLASHES and tokens[i - 2].is_number \
                and tokens[i - 1].start == tokens[i - 2].end:
            return True
        if self._model_pair(i):
            return True  # "Shahed 131/136": the first of a pair of model numbers after a name
        if self._glued(i - 2, i - 1, _TIME_MARKS) or self._glued(i, i + 1, _TIME_MARKS):
            return True  # "at 04:09": a time of day
        if in_code(tokens, i):
            return True  # "1e308", "0x1F": digits and letters run together are a notation, no count
        if tok.is_number and _label_number(tokens, i):
            return True  # "City Hospital No. 2": a label
        return tok.is_number and i > 1 and tokens[i - 1].text in _MODEL_HYPHENS and tokens[i - 2].is_word \
            and tokens[i - 2].end == tokens[i - 1].start

    def _glued(self, i: int, k: int, marks) -> bool:
        """Token ``k``, one of ``marks``, joins the numbers ``i`` and ``k + 1`` with no space."""
        tokens = self.tokens
        return 0 <= i and k + 1 < len(tokens) and tokens[i].is_number and tokens[k].text in marks \
            and tokens[k + 1].is_number and tokens[i].end == tokens[k].start and tokens[k].end == tokens[k + 1].start

    def _model_pair(self, i: int) -> bool:
        """"Shahed 131/136 drones": a number glued by a slash to another, right after a capitalised
        name, is the first model number of the pair."""
        tokens = self.tokens
        if not (tokens[i].is_number and 0 < i and i + 2 < len(tokens)):
            return False
        slash, second, name = tokens[i + 1], tokens[i + 2], tokens[i - 1]
        return slash.text in _MODEL_SLASHES and slash.start == tokens[i].end and second.is_number \
            and second.start == slash.end and name.is_word and name.text[:1].isupper()

    def _date(self, i: int, num: Number) -> bool:
        """"23 October", "October 23": a date; and its year ("October 2023", "May 12, 2023")."""
        tokens, j = self.tokens, i + num.width
        if 1900 <= num.value <= 2100 and i > 2 and tokens[i - 1].text == "," and tokens[i - 2].is_number:
            i -= 2  # "May 12, 2023": the year of a date
        return (j < len(tokens) and tokens[j].lower in _MONTHS) \
            or (i > 0 and tokens[i - 1].lower in _MONTHS and tokens[i].is_number and num.value <= 31) \
            or (i > 0 and tokens[i - 1].lower in _MONTHS and 1900 <= num.value <= 2100)

    def _after_number(self, i: int, num: Number, another: bool) -> int | None:
        """Try the patterns that start with a number; the token to go on from, or None to try
        the number as a single object's determiner ("one Shahed exploded")."""
        tokens = self.tokens
        if i and tokens[i - 1].lower in _NO_ONE:
            return i + num.width  # "no one was injured"
        if self.last_kind is None and not words_of(tokens).isdisjoint(_OBJECT_FIRST):
            # "Most drones were downed over Crimea, where 30 were intercepted"
            self.last_kind = next((hit.kind for k in range(i - 1, -1, -1) if (hit := _object_at(tokens, k))), None)
            self.named_here = self.last_kind is not None
        if self._date(i, num):
            return i + num.width
        for pattern in (self._of_total, self._of_the, self._trailing, self._accounted_for, self._number_object,
                        self._others, self._another_alone,
                        self._ellipsis, self._fall_verb, self._downed, self._bare_verb, self._risen_to):
            after = pattern(i, num, another)
            if after is not None:
                return after
        return None if tokens[i].lower in _NUMERALS else i + num.width

    def _of_total(self, i: int, num: Number, another: bool) -> int | None:
        """"28 out of 31 drones", "15 of 18 Shahed drones": the first number is what was hit."""
        at = _total_after(self.tokens, i + num.width)
        the = at is not None and at < 0  # "10 of the 16 drones": only with a place word after the noun
        at = -at if at is not None and at < 0 else at
        total = number_at(self.tokens, at) if at is not None else None
        obj = _object_after(self.tokens, at + total.width) if total else None  # type: ignore[operator]
        if obj and the and not _share_placed(self.tokens, obj.end):
            return None
        if obj:
            self._add(num.value, obj.kind, i, obj.end, _PART.id)
            return obj.end
        return None

    def _of_the(self, i: int, num: Number, another: bool) -> int | None:
        """"29 of the drones were destroyed over ..."; "One of the Russian drones hit ..." (modifiers as before any
        object noun)."""
        tokens, of = self.tokens, i + num.width
        if of + 2 < len(tokens) and tokens[of].lower in _OF_THEM_OF \
                and tokens[of + 1].lower in _OF_THE_DETERMINERS:
            obj = _object_after(tokens, of + 2)
            if obj:
                self._add(num.value, obj.kind, i, obj.end, _OF_THE.id)
                return obj.end
        return None

    def _trailing(self, i: int, num: Number, another: bool) -> int | None:
        """"Krasnodar Region (47)": a number in brackets after its place; with its object noun too:
        "the Belgorod (four drones), Voronezh (four drones) ... regions"."""
        tokens, j, window = self.tokens, i + num.width, _TRAILING_WINDOW
        if not (i and tokens[i - 1].text in _TRAILING_OPEN and j < len(tokens)):
            return None
        obj = _object_after(tokens, j) if tokens[j].text not in _TRAILING_CLOSE else None
        kind, end = (obj.kind, obj.end) if obj else (self.last_kind, j)
        if end < len(tokens) and tokens[end].text in _TRAILING_CLOSE \
                and kind and self._near_anchor(max(0, i - window), window):
            self._add(num.value, kind, i, end, _TRAILING.id, trailing=True)
            return end
        return None

    def _accounted_for(self, i: int, num: Number, another: bool) -> int | None:
        """"the Mykolaiv region accounted for 12 of them, the Odesa region for 9": the number after "for" in a sentence
        that holds "accounted" counts the objects named last at the place told just before it."""
        tokens, j = self.tokens, i + num.width
        if not (i and tokens[i - 1].lower in _ACCOUNTED["for"] and self.last_kind
                and any(t.lower in _ACCOUNTED["verbs"] for t in tokens[:i])
                and self._near_anchor(max(0, i - _TRAILING_WINDOW), _TRAILING_WINDOW)):
            return None
        if j + 1 < len(tokens) and tokens[j].lower in _OF_THEM_OF and tokens[j + 1].lower in _THEM_WORDS:
            j += 2
        self._add(num.value, self.last_kind, i, j, _ACCOUNTED.id, trailing=True)
        return j

    def _number_object(self, i: int, num: Number, another: bool) -> int | None:
        """"11 UAVs", "twenty Ukrainian drones"; "had downed 11 targets over his region" (targets right after a
        shoot-down verb: numbers.toml count.number_object ``shot_targets``)."""
        obj = _object_after(self.tokens, i + num.width) if not another else None
        if obj:
            self._add(num.value, obj.kind, i, obj.end, _NUMBER_OBJECT.id)
            return obj.end
        end = _shot_targets_end(self.tokens, i, i + num.width) if not another else None
        if end:
            self._add(num.value, _SHOT_KIND, i, end, _NUMBER_OBJECT.id)
        return end

    def _others(self, i: int, num: Number, another: bool) -> int | None:
        """"two others struck the district": the objects last counted (not "three other rescuers":
        an adjective before a noun that names no objects; not "injured two others", "two others were hurt")."""
        j, tokens = i + num.width, self.tokens
        hurt = _ELLIPSIS_NOT_AFTER
        if (i and tokens[i - 1].lower in hurt) or any(t.lower in hurt for t in tokens[j + 1:j + 4]):
            return None  # "injured two others", "three others were hurt": people
        if self._others_of_things(i) or self._others_of_people(i):
            return None  # "damaged two houses and three others": more houses; "one person died ... and eight others"
        if self.last_kind and j < len(tokens) and tokens[j].lower in _ANAPHORS \
                and not (j + 1 < len(tokens) and tokens[j + 1].is_word and tokens[j + 1].lower not in _VERB_WORDS
                         and tokens[j + 1].lower not in _PREPOSITIONS and _object_after(tokens, j + 1) is None):
            self._add(num.value, self.last_kind, i, j + 1, _OTHERS.id)
            return j + 1
        return None

    def _another_alone(self, i: int, num: Number, another: bool) -> int | None:
        """"One UAV explosion was recorded within the city, and then another one": "another" ending its clause
        right after ``count.another_alone``'s ``after`` words, once objects were counted in the sentence, is one more
        of them (a further batch)."""
        tokens = self.tokens
        if not (another and self.named_here and self.last_kind and i
                and tokens[i - 1].lower in _ANOTHER_ALONE["after"]):
            return None
        j = i + 1
        filled = j < len(tokens) and tokens[j].lower in _ANOTHER_ALONE["fillers"]
        j += filled
        if j < len(tokens) and any(c.isalnum() for c in tokens[j].text) \
                and not (filled and tokens[j].lower in _ANOTHER_ALONE["place_words"]):  # "another 34 over ..."
            return None
        self._add(1, self.last_kind, i, j, _ANOTHER_ALONE.id)
        self.out[-1].more = True
        return j

    def _others_of_things(self, i: int) -> bool:
        """"two houses and three others": a number of things no object noun names, just before "and" and the
        number at ``i``, is what the others are more of."""
        tokens = self.tokens
        if i < 3 or tokens[i - 1].lower not in _JOINED_AND:
            return False
        for k in range(i - 3, max(-1, i - 6), -1):
            num = number_at(tokens, k)
            if num is not None:
                return _object_after(tokens, k + num.width) is None and tokens[k + num.width].is_word
        return False

    def _others_of_people(self, i: int) -> bool:
        """"one person died in the Kyiv region and eight others": the last number before "and" and the number at ``i``
        in the sentence counts people (``casualty_nouns``), so the others are people too."""
        tokens = self.tokens
        if i < 3 or tokens[i - 1].lower not in _JOINED_AND:
            return False
        for k in range(i - 2, -1, -1):
            num = number_at(tokens, k)
            if num is not None:
                return k + num.width < i and tokens[k + num.width].lower in _PEOPLE
        return False

    def _ellipsis(self, i: int, num: Number, another: bool) -> int | None:
        """"8 over Bryansk Oblast", "12 of them over ...", "six fell over ..." (not "wounded four in Kyiv", not
        "strike kills 35 in Sumy")."""
        before = self.tokens[i - 1].lower if i else ""
        if before in _ELLIPSIS_NOT_AFTER or (before in _ELLIPSIS_NOT_AFTER_MANY and num.value != 1) \
                or (before in _SPLIT_MARKS or before in _JOINED_AND) and self._people_split(i):
            return None
        found = _ellipsis_end(self.tokens, i + num.width)
        if found is not None and any(t.lower in _ELLIPSIS_NOT_AFTER for t in self.tokens[i + num.width:found[0]]):
            return None  # "two were killed and two more injured in the attack": people
        if self.last_kind and found is not None and (self._near_anchor(found[0] + 1, _ELLIPSIS_WINDOW)
                                                     or self._more_of_these(i, num, another)):
            self._add(num.value, self.last_kind, i, found[0] + 1, _OF_THEM.id if found[1] else _ELLIPSIS.id)
            # "one drone ... in the Ramensky district and another in the Stupinsky district": a further one
            self.out[-1].more = self.out[-1].more or (another and not found[1])
            return found[0]
        return None

    def _people_split(self, i: int) -> bool:
        """"killed two - one in the Donetsk region and one in ...": a casualty verb's number, then a dash or colon
        (``people_split_marks``) within ``people_split_window`` tokens before ``i`` and no object noun between: the
        bare numbers after it split the people."""
        tokens = self.tokens
        for k in range(i - 1, max(0, i - _SPLIT_WINDOW) - 1, -1):
            if _object_at(tokens, k) is not None:
                return False
            if tokens[k].lower in _SPLIT_MARKS and k >= 2 and tokens[k - 2].lower in _ELLIPSIS_NOT_AFTER \
                    and number_at(tokens, k - 1) is not None:
                return True
        return False

    def _more_of_these(self, i: int, num: Number, another: bool) -> bool:
        """"two drones ... over the Pogarsky district, and two more over the Starodubsky district": a
        further batch of the objects just counted in the sentence needs no named place after it."""
        j = i + num.width
        return self.named_here and (another or (i > 0 and self.tokens[i - 1].lower in _MORE_BEFORE)
                                    or (j < len(self.tokens) and self.tokens[j].lower in _FLAGS_MORE))

    def _fall_verb(self, i: int, num: Number, another: bool) -> int | None:
        """"two drones were shot down, and three came down": more of the objects just counted."""
        j = i + num.width
        if self.out and j < len(self.tokens) and self.tokens[j].lower in _FALL_VERBS:
            self._add(num.value, cast(str, self.last_kind), i, j + 1, _FALL_VERB.id)  # counted before: a kind
            return j
        return None

    def _downed(self, i: int, num: Number, another: bool) -> int | None:
        """"attacked with Shahed drones; one was destroyed"; "nine were shot down and 33 more (were) suppressed",
        "three more by electronic warfare"."""
        tokens, j = self.tokens, i + num.width
        more = j < len(tokens) and tokens[j].lower in _FLAGS_MORE
        them = self._downed_of_them(i, j)
        if them:
            self._add(num.value, them, i, j + 2, _OF_THEM.id, part=True)
            return j + 2
        j += int(more)
        told = self._more_told_before(i, j) if more and not self.named_here else None
        if told is not None:
            self._add(num.value, cast(str, self.last_kind), i, told, _DOWNED.id)
            return told
        if not self.named_here or j >= len(tokens) or (i and tokens[i - 1].lower in _ELLIPSIS_NOT_AFTER):
            return None
        if j + 1 < len(tokens) and tokens[j].lower in _DOWNED_VERBS and tokens[j + 1].lower in _DOWNED_WORDS:
            end = j + 2
        elif more and (tokens[j].lower in _DOWNED_WORDS or tokens[j].lower in _DOWNED_MORE_MEANS) \
                and not any(t.lower in _ELLIPSIS_NOT_AFTER for t in tokens[max(0, i - _DOWNED_MORE_WINDOW):i]):
            end = j + 1  # "and three more by electronic warfare", "and 33 more suppressed": the verb left out
        elif i and tokens[i - 1].lower in _DOWNED_WORDS and (more or tokens[j].lower in _DOWNED_OTHERS):
            end = j + int(not more)  # "destroyed five drones and intercepted three more / three others"
        else:
            return None
        self._add(num.value, cast(str, self.last_kind), i, end, _DOWNED.id)  # named before: a kind
        return end

    def _more_told_before(self, i: int, j: int) -> int | None:
        """"Three more were shot down in the afternoon" after a sentence that counted drones: "N more" as its
        sentence's first number, up to three of count.downed's ``auxiliaries`` from ``j``, then a count_downed
        word; the token after it, or None."""
        tokens = self.tokens
        if not self.last_kind or any(number_at(tokens, k) for k in range(i)):
            return None
        k = j
        while k < len(tokens) and k - j < 3 and tokens[k].lower in _DOWNED_AUX:
            k += 1
        return k + 1 if k > j and k < len(tokens) and tokens[k].lower in _DOWNED_WORDS else None

    def _downed_of_them(self, i: int, j: int) -> str | None:
        """"drones attacked Crimea; air defence shot down 22 of them": "N of them" right after a verb of
        count_downed ("shot down", "destroyed") counts the objects named before it in the sentence, or else those
        counted in the sentence before ("six UAVs were recorded over the region. Air defence neutralised five of
        them"): their kind, or None; some of any figure told."""
        tokens = self.tokens
        verb = i - 2 if i > 1 and tokens[i - 1].lower in _DOWNED_PARTICLES else i - 1
        if not (verb >= 0 and tokens[verb].lower in _DOWNED_WORDS and j + 1 < len(tokens)
                and tokens[j].lower in _OF_THEM_OF and tokens[j + 1].lower in _THEM_WORDS):
            return None
        return next((hit.kind for k in range(verb - 1, -1, -1) if (hit := _object_at(tokens, k))), self.last_kind)

    def _bare_verb(self, i: int, num: Number, another: bool) -> int | None:
        """"12 were downed over Kursk Oblast" (not "smoke rose over one of the installations of ...", nor
        "what the fall of one of them did: in Krasnogorsk ...", a part of the number told)."""
        j, tokens = i + num.width, self.tokens
        if j + 2 < len(tokens) and tokens[j].lower in _BARE_VERB_OF and _object_after(tokens, j + 2) is None \
                and (tokens[j + 1].lower in _BARE_VERB_OF_DETERMINERS or tokens[j + 1].lower in _THEM_WORDS):
            return None
        if _of_owner(tokens, j):
            return None
        if self.last_kind and j < len(tokens) and tokens[j].lower in _BARE_VERBS \
                and self._near_anchor(j + 1, _BARE_WINDOW):
            self._add(num.value, self.last_kind, i, j + 1, _BARE_VERB.id)
            return j
        return None

    def _risen_to(self, i: int, num: Number, another: bool) -> int | None:
        """"the number of drones shot down over the region had risen to nine", "the figure had reached seven": the
        running figure of the objects named before it in the sentence (or counted in the sentence before)."""
        tokens = self.tokens
        if i > 1 and tokens[i - 1].lower in _RISEN_TO:
            k, verbs = i - 1, _RISEN_VERBS
        elif any(t.lower in _RISEN_FIGURES for t in tokens[:i]):
            k, verbs = i, _RISEN_DIRECT  # "the figure had reached seven"
        else:
            return None
        if not any(k >= len(v) and list(map(LOWER_OF, tokens[k - len(v):k])) == v for v in verbs) \
                or any(t.lower in _RISEN_NOT_AFTER for t in tokens[:k]):
            return None  # not "the death toll rose to five"
        kind = next((hit.kind for j in range(k - 1, -1, -1) if (hit := _object_at(tokens, j))), None)
        if kind is None and not any(t.lower in _RISEN_FIGURES and tokens[j + 1].lower in _OF_THEM_OF
                                    for j, t in enumerate(tokens[:k - 1])):
            kind = self.last_kind  # "the figure had reached seven", not "the number of damaged houses rose to 12"
        if kind is None:
            return None
        self._add(num.value, kind, i, i + num.width, _RISEN.id)
        return i + num.width

    def _told_before(self, i: int) -> int:
        """"The missiles and 37 of the drones were destroyed over ...": an unnumbered plural noun
        joined to a count stands for all the objects of its kind told in the sentence before."""
        tokens = self.tokens
        obj = _object_after(tokens, i + 1)
        k = obj.end if obj else len(tokens)
        if obj is None or obj.kind not in self.told or not obj.noun.endswith(_PLURAL_ENDINGS) \
                or k + 1 >= len(tokens) or tokens[k].lower not in _TOLD_JOINERS or not number_at(tokens, k + 1):
            return i + 1
        self._add(self.told[obj.kind], obj.kind, i, k, _TOLD.id)
        return k

    def _ordinal(self, i: int) -> bool:
        """"a second was destroyed", "a third crashed in Khimki": an ordinal after token ``i`` followed by a
        verb, one more of the objects last counted (added)."""
        tokens, n = self.tokens, len(self.tokens)
        if i + 2 < n and tokens[i + 1].lower in _ORDINALS and self.last_kind \
                and (tokens[i + 2].lower in _VERB_WORDS or tokens[i + 2].lower in _ORDINAL_FOLLOWERS
                     or tokens[i + 2].lower in _FALL_VERBS) \
                and not any(t.lower in _ELLIPSIS_NOT_AFTER for t in tokens[i + 2:i + 5]):  # "a third was hurt"
            self._add(1, self.last_kind, i, i + 2, _ORDINAL.id)
            return True
        return False

    def _beyond(self, i: int) -> bool:
        """"Two missiles struck Kharkiv; the third was shot down": "the" and an ordinal ranked beyond the number
        just told is one more object (added); "three ...: two hit, the third was downed" is one of those."""
        rank = self._rank(i + 1)
        if not rank:
            return False
        told = [c.value for c in self.out] + ([self.value_before] if self.value_before is not None else [])
        return bool(told) and rank > max(told) and self._ordinal(i)

    def _next_in_line(self, i: int) -> bool:
        """"One drone hit a fuel tank. The second drone struck a substation.": "the", an ordinal ranked beyond the
        number told last before the sentence (or the report's figure of that kind), its object noun and a verb
        (count_verb_words, count_fall_verbs) open a sentence's counts: one more object (added); not "Two drones
        attacked. The second drone hit a house" (one of those told)."""
        tokens, rank = self.tokens, self._rank(i + 1)
        obj = _object_after(tokens, i + 2) if rank else None
        if obj is None or obj.end >= len(tokens) or obj.noun.endswith(_PLURAL_ENDINGS):
            return False
        before = self.value_before if self.value_before is not None else self.told.get(obj.kind)
        if before is None or rank <= before:  # "Two drones attacked. The second drone hit a house": one of those
            return False
        if tokens[obj.end].lower not in _VERB_WORDS and tokens[obj.end].lower not in _FALL_VERBS:
            return False
        self._add(1, obj.kind, i, obj.end, _ORDINAL.id)
        return True

    def _rank(self, i: int) -> int:
        """The rank of the ordinal at token ``i`` ("third": 3; ``ranked`` in numbers.toml), 0 for another word."""
        return _ORDINAL_RANK.get(self.tokens[i].lower, 0) if i < len(self.tokens) else 0

    def _definite_single(self, i: int) -> bool:
        """"(the wreckage) of the downed Shahed" at token ``i`` may be one object: "the" after one of
        ``definite_after`` and before one of ``definite_modifiers``, or "the drone was shot down" ("the", a single
        object noun, ``definite_passive`` and ``definite_participles``), with no objects counted before in the
        report (else it points back to them)."""
        tokens = self.tokens
        if self.told or tokens[i].lower not in _DEFINITE or i >= len(tokens) - 1:
            return False
        if i and tokens[i - 1].lower in _DEFINITE_AFTER and tokens[i + 1].lower in _DEFINITE_MODIFIERS:
            return True
        if _DEFINITE_PARTICIPLES.isdisjoint(words_of(tokens)):
            return False
        obj = _object_after(tokens, i + 1)  # "the drone was shot down over ..."
        return obj is not None and obj.end + 1 < len(tokens) and not obj.noun.endswith(_PLURAL_ENDINGS) \
            and tokens[obj.end].lower in _DEFINITE_PASSIVE and tokens[obj.end + 1].lower in _DEFINITE_PARTICIPLES

    def _day_ordinal(self, i: int) -> bool:
        """"The drone ... was the fifth in a day to attack the region", "the third drone since the morning": the
        day's figure (the rank), as the sentence's first count, of the objects after the ordinal, or else of those
        named last or before it in the sentence."""
        tokens, rank = self.tokens, self._rank(i + 1)
        if not rank:
            return False
        obj = _object_after(tokens, i + 2)
        start = obj.end if obj else i + 2
        words = list(map(LOWER_OF, tokens[start:start + _DAY_WINDOW]))
        if not any(tuple(words[k:k + len(p)]) == p for p in _DAY_PHRASES for k in range(len(words))):
            return False
        kind = obj.kind if obj else self.last_kind or next(
            (hit.kind for k in range(i - 1, -1, -1) if (hit := _object_at(tokens, k))), None)
        if kind is None:
            return False
        self._add(rank, kind, i, start, _DAY_ORDINAL.id)
        return True

    def _single_object(self, i: int) -> int | None:
        """"a drone that ...", "another drone was ...": one object; "a second was destroyed": one
        more of those last counted; the token after it, or None."""
        tokens, n = self.tokens, len(self.tokens)
        if tokens[i].lower in _ORDINAL_DETERMINERS and self._ordinal(i):
            return i + 2
        obj = _object_after(tokens, i + 1)
        if obj and (not obj.noun.endswith(_PLURAL_ENDINGS) or obj.noun in _SINGULAR_IN_S):
            follower = tokens[obj.end] if obj.end < n else None
            if follower is None or not follower.is_word or follower.lower in _FOLLOWERS:
                self._add(1, obj.kind, i, obj.end, _SINGLE.id)
                return obj.end
        return None
