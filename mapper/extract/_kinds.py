"""The kind of incident a sentence tells of: shoot-down, debris, strike or other.

The trigger words, negations and background cues are ``mapper/rules/<lang>/kinds.toml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..exceptions import RulesError
from ._model import Kind
from ..rules import load_lexicon
from ..text import CaselessPattern, FirstOf, fold_case, plain_case, trie_alternation

_LEX = load_lexicon()
for _kind in _LEX.kind_priority:
    if _kind not in Kind.__members__.values():
        raise RulesError(str(_LEX.folder) + "/kinds.toml", "kind_priority",
                         f"{_kind!r} is no kind the code knows ({', '.join(Kind)})")


def _trigger_re(words: list[str]) -> CaselessPattern:
    return CaselessPattern(r"\b" + trie_alternation(words))  # longest first


def _words_of(patterns) -> list[str]:
    return [w for p in patterns for w in p["words"]]


#: Per kind, in priority order: one regex of all its trigger words, longest first.
_TRIGGERS = {kind: _trigger_re(_words_of(p for p in _LEX.family("trigger") if p["kind"] == kind))
             for kind in _LEX.kind_priority}


@dataclass(frozen=True, slots=True)
class _Trigger:
    kind: Kind
    rule: str
    without_aerial: Kind | None  # the kind when no aerial object is named ("destroyed a pipeline")
    not_before: frozenset[str]  # the next words that make the word a weapon's type ("strike drones"), no deed


#: Trigger word -> what it gives.
_TRIGGER_OF = {w: _Trigger(Kind(p["kind"]), p.id, Kind(p["without_aerial"]) if "without_aerial" in p.params else None,
                           frozenset(p.params.get("not_before", ())))
               for p in _LEX.family("trigger") for w in p["words"]}
_NEXT_WORD = re.compile(r"\s+(\w+)")
_PRIORITY = [(Kind(kind), _TRIGGERS[kind]) for kind in _LEX.kind_priority]
#: Every trigger word of every kind: a sentence it finds nothing in has no kind (checked first, once).
_ANY_TRIGGER = _trigger_re(_words_of(_LEX.family("trigger")))
_NEGATIONS, _NEGATION_CHARS, _NEGATION_WORDS = _LEX.negations, _LEX.negation_chars, _LEX.negation_words
_AFTER_CHARS, _BEFORE_CHARS = _LEX.aerial_after_chars, _LEX.aerial_before_chars


def _owner(table: dict, matched: str):
    """What ``table`` holds for a word as a case-insensitive regex matched it."""
    found = table.get(matched.lower())
    if found is None:  # a case-insensitive match lower() does not undo ("ſ" for "s")
        found = next(v for w, v in table.items() if re.fullmatch(re.escape(w), matched, re.I))
    return found




def _first_found(words: list[str]) -> CaselessPattern | FirstOf:
    """A regex finding the first of ``words`` in a text as their alternation in order does: a trie (one
    branch per character) where no word begins another (then at most one matches at a place), else
    the trie to find the place and the alternation to pick the word there (:class:`~mapper.text.FirstOf`)."""
    if any(b.startswith(a) for a in words for b in words if a != b):
        return FirstOf(words)
    return CaselessPattern(r"\b" + trie_alternation(words))


_BACKGROUND = _first_found(_words_of(_LEX.family("background")))
_BACKGROUND_OF = {w: p.id for p in _LEX.family("background") for w in p["words"]}
_WORD = re.compile(r"\w+")
_AERIAL_RE = "(?:" + "|".join(re.escape(w) for w in _LEX.aerial_words) + ")"
_AERIAL_AFTER = CaselessPattern(r"\W+(?:\S+\s+){0,%d}?" % _LEX.aerial_gap_words + _AERIAL_RE)
_AERIAL_PASSIVE = CaselessPattern(_AERIAL_RE + r"\w*\W+(?:\S+\s+){0,%d}?(?:%s)\s+(?:\w+\s+){0,%d}$" % (
    _LEX.aerial_gap_words, "|".join(map(re.escape, _LEX.passive_verbs)), _LEX.passive_gap_words))


def _negated(text: str, start: int) -> bool:
    before = text[max(0, start - _NEGATION_CHARS):start]
    return bool({w.lower() for w in _WORD.findall(before)[-_NEGATION_WORDS:]} & _NEGATIONS)


def _aerial(text: str, start: int, end: int) -> bool:
    """An aerial object was what the trigger at ``start:end`` acted on: "destroyed four drones",
    "two drones were destroyed"; not "a drone strike destroyed an oil tank"."""
    after = text[end:end + _AFTER_CHARS]
    before = text[max(0, start - _BEFORE_CHARS):start]
    return bool(_AERIAL_AFTER.match(after) or _AERIAL_PASSIVE.search(before))


def _type_of(text: str, end: int, nouns: frozenset[str]) -> bool:
    """Whether the trigger word ending at ``end`` is a whole word right before one of ``nouns``: "strike drones",
    "attack UAVs" name a weapon's type, not a deed (kinds.toml ``not_before``)."""
    if end < len(text) and text[end].isalnum():
        return False  # "attacked drones": the word goes on
    nxt = _NEXT_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() in nouns


def event_kind(text: str, told_aerial: bool = False) -> tuple[Kind, str]:
    """Kind of incident a sentence tells of, by trigger words (debris first), and the id
    of the trigger group that gave it (``("other", "")`` for none).

    A trigger within three words after a negation ("no damage", "no casualties or
    damage", "without casualties") does not count. "Destroyed" is a shoot-down only
    when a drone, missile or other aerial object is named, or was told before the sentence
    (``told_aerial``: "26 of them were destroyed over the Belgorod region"); else a strike.
    """
    if not _ANY_TRIGGER.search(text):
        return Kind.OTHER, ""
    for kind, triggers in _PRIORITY:
        fallback = None
        for m in triggers.finditer(text):
            if _negated(text, m.start()):
                continue
            trigger = _owner(_TRIGGER_OF, m.group())
            if trigger.not_before and _type_of(text, m.end(), trigger.not_before):
                continue
            if trigger.without_aerial is None or told_aerial or _aerial(text, m.start(), m.end()):
                return kind, trigger.rule
            fallback = fallback or trigger
        if fallback:
            return fallback.without_aerial, fallback.rule
    return Kind.OTHER, ""


_OPENER_RULE, _MONTH_RULE = _LEX.rule("background.opener"), _LEX.rule("background.month")
_OPENER = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(c) for c in _LEX.background_openers) + ")")
_MONTH_OPENER = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(w) for w in _LEX.month_openers) + r")\s+(?:(?:"
                           + "|".join(re.escape(w) for w in _LEX.month_qualifiers) + r")\s*)?(?:"
                           + "|".join(sorted(_LEX.months)) + r")\b(?!\s+\d{1,2}\b)")
#: A month that is the subject of a recap ("January also saw strikes on ...": clauses.toml month_subject_verbs).
_MONTH_SUBJECT = CaselessPattern(r"^\W*(?:(?:" + "|".join(re.escape(w) for w in _LEX.month_qualifiers) + r")\s*)?(?:"
                                 + "|".join(sorted(_LEX.months)) + r")\s+(?:"
                                 + "|".join(re.escape(w) for w in _LEX.month_subject_verbs) + r")\b") \
    if _LEX.month_subject_verbs else None
_GEOGRAPHY = CaselessPattern(r"\b" + trie_alternation(_LEX.geography_cues) + r"\b")  # only whether one is there
_AERIAL_ANYWHERE = CaselessPattern(r"\b" + trie_alternation(_LEX.aerial_words))
_SIGHTING = CaselessPattern(r"\b" + trie_alternation(_LEX.sighting_words) + r"\b")
#: An object noun between word boundaries, the longest there (findall gives the whole match).
_OBJECT_WORD = CaselessPattern(r"\b" + trie_alternation(_LEX.object_nouns) + r"\b")


_EARLIER_DATE = _LEX.rule("background.earlier_date")
_MONTH_ALT = "|".join(re.escape(m) for m in sorted(_LEX.month_numbers, key=len, reverse=True))
_DAY_MONTH = r"\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:" + _MONTH_ALT + r")\b"
#: A month and a day: "October 26", "Oct. 26", "26 October" (groups: month, day; day, month).
_DATE = CaselessPattern(r"\b(?:(" + _MONTH_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b|(\d{1,2})(?:st|nd|rd|th)?\s+"
                        r"(?:of\s+)?(" + _MONTH_ALT + r")\b)")
#: "On October 26, ...", "Earlier, on 26 October ...": a sentence opened by its date.
_DATED_OPENER = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(o) for o in sorted(_EARLIER_DATE["openers"], key=len,
                                                                                   reverse=True))
                                + r")\s+(?:(?:" + "|".join(re.escape(p) for p in _EARLIER_DATE["day_parts"])
                                + r")\s+)?(?=(?:" + _MONTH_ALT + r")\.?\s+\d|" + _DAY_MONTH + ")")
#: "Earlier, on April 29, ...": an opener that says "earlier" itself (then, for ``_EXPLICIT_DATED``, a bare date:
#: not "Before that, on the evening of July 24", often the same day's earlier batch).
_EXPLICIT = r"^\W*(?:" + "|".join(re.escape(o) for o in _EARLIER_DATE["explicit_openers"]) + r")\s"
_EXPLICIT_OPENER = CaselessPattern(_EXPLICIT)
_EXPLICIT_DATED = CaselessPattern(_EXPLICIT + r"+(?=(?:" + _MONTH_ALT + r")\.?\s+\d|" + _DAY_MONTH + ")")
#: "... several times since the year began": a sentence that opens a recap of dates.
_RECAP = CaselessPattern(r"\b(?:" + "|".join(re.escape(c) for c in _EARLIER_DATE["recap_cues"]) + r")\b")
#: "today", "overnight": a sentence back on the report's own day.
_PRESENT = CaselessPattern(r"\b(?:" + "|".join(re.escape(c) for c in _EARLIER_DATE["present_cues"]) + r")\b")
#: "Earlier, ...", "Before that, ...": a paragraph that goes back further than the one before it.
_FURTHER_BACK = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(o) for o in _EARLIER_DATE["further_back"]) + ")")
#: "That night, ...": a sentence that goes on with the story before it.
_GOES_ON = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(o) for o in _EARLIER_DATE["goes_on"]) + r")\b")
#: Days of a leap year before each month: a date's day of the year.
_DAYS_BEFORE = (0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335)


def _need(words: list[str]) -> frozenset[str] | None:
    """``words`` as a set when all are plain lower-case ASCII words (a sentence whose runs of letters hold none of
    them has no match of a regex that needs one whole: :func:`~mapper.extract._tokens.runs_of`), else None."""
    return frozenset(words) if all(w.isascii() and w.isalpha() and w.islower() for w in words) else None


#: The months a date names and the weekdays "on Tuesday" names: a sentence with none of them has no date or weekday.
_MONTH_WORDS = _need(list(_LEX.month_numbers))


def _lacks(text: str, words: frozenset[str] | None, needed: frozenset[str] | None) -> bool:
    """Whether ``text``, whose runs of letters are among ``words``, holds none of ``needed`` (False where unknown)."""
    return words is not None and needed is not None and needed.isdisjoint(words) and plain_case(text)


def date_in(text: str, words: frozenset[str] | None = None) -> int | None:
    """The day of the year (of a leap year) of the first date in ``text`` ("October 29", "29 Oct."),
    or None. ``words``: the sentence's runs of letters (:func:`~mapper.extract._tokens.runs_of`), where known: a
    sentence naming no month is not searched."""
    if _lacks(text, words, _MONTH_WORDS):
        return None
    m = _DATE.search(text)
    if m is None:
        return None
    month = _LEX.month_numbers[fold_case(m.group(1) or m.group(4))]
    day = int(m.group(2) or m.group(3))
    return _DAYS_BEFORE[month - 1] + day if 1 <= day <= 31 else None


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def dated_within_months(text: str, before: str) -> bool:
    """``text`` tells a date no later than the end of the latest month the sentence ``before`` names ("In
    October, dozens of drones were downed." then "On September 13, Ukraine hit a shipyard": the recap goes back;
    not "... in November drones entered Moldova." then "On the night of December 3, Russia attacked").

    Parameters
    ----------
    text : str
        A sentence that opens with a date.
    before : str
        The sentence before it.

    Returns
    -------
    bool
    """
    told = date_in(text)
    months = [_LEX.month_numbers[w.lower()] for w in _CAPITALISED.findall(before) if w.lower() in _LEX.month_numbers]
    if told is None or not months:
        return False
    latest = max(months)
    return told <= (_DAYS_BEFORE[latest] if latest < 12 else 366)


#: A month and a day or two ("October 17", "17 October", "the night of 1-2 January", "October 17-18"): groups month,
#: day, second day; day, second day, month.
_SECOND_DAY = r"(?:\s*[-\u2013\u2014/]\s*(\d{1,2}))?"
_DAYS = CaselessPattern(r"\b(?:(" + _MONTH_ALT + r")\.?\s+(\d{1,2})(?:st|nd|rd|th)?" + _SECOND_DAY
                        + r"|(\d{1,2})(?:st|nd|rd|th)?" + _SECOND_DAY + r"\s+(?:of\s+)?(" + _MONTH_ALT + r"))\b")


def days_told(text: str) -> frozenset[tuple[int, int]]:
    """The days (month, day) of the one date an English sentence names ("On the night of October 18", "1-2 January");
    none where it names no date or several ("on April 13 ... on April 14": a day's chronicle, no one day of its own).

    Parameters
    ----------
    text : str
        A sentence.

    Returns
    -------
    frozenset of (int, int)
    """
    dates = list(_DAYS.finditer(text))
    if len(dates) != 1:
        return frozenset()
    m = dates[0]
    month = _LEX.month_numbers[fold_case(m.group(1) or m.group(6))]
    return frozenset((month, int(d)) for d in (m.group(2), m.group(3), m.group(4), m.group(5)) if d)


def earlier_date_rule(text: str, lead: int | None) -> str:
    """Id of ``background.earlier_date`` when ``text`` opens with a date some days before ``lead``, the
    day of the year its report is dated by ("On October 26 three drones attacked ..." in a story of
    October 29): a story of an earlier day; else ``""``."""
    m = _DATED_OPENER.match(text)
    told = date_in(text[m.end():]) if m else None
    if told is None:
        return ""
    if lead is None:  # "Earlier, on April 29, ..." says itself that it is an earlier day's
        return _EARLIER_DATE.id if _EXPLICIT_DATED.match(text) else ""
    return _EARLIER_DATE.id if _EARLIER_DATE["min_days"] <= (lead - told) % 366 <= _EARLIER_DATE["max_days"] else ""


_WEEKDAYS = {d: i for i, d in enumerate(_EARLIER_DATE["weekday_order"])}
_WEEKDAY_ALT = "|".join(sorted(_WEEKDAYS))
#: "Russia's Defence Ministry said on Tuesday": the weekday a report's lead tells.
_WEEKDAY_TOLD = CaselessPattern(r"\bon\s+(" + _WEEKDAY_ALT + r")\b")
#: "On Saturday, Russia said ...": a sentence opened by a weekday.
_WEEKDAY_OPENER = CaselessPattern(r"^\W*(?:" + "|".join(re.escape(o) for o in sorted(
    _EARLIER_DATE["weekday_openers"], key=len, reverse=True)) + r")\s+(" + _WEEKDAY_ALT + r")\b")


_WEEKDAY_WORDS = _need(list(_WEEKDAYS))


def weekday_in(text: str, words: frozenset[str] | None = None) -> int | None:
    """The weekday (Monday 0) of the first "on Tuesday" in ``text``, or None (``words`` as for :func:`date_in`)."""
    if _lacks(text, words, _WEEKDAY_WORDS):
        return None
    m = _WEEKDAY_TOLD.search(text)
    return _WEEKDAYS[fold_case(m.group(1))] if m else None


_DAY_BEFORE = CaselessPattern(r"\b(?:" + "|".join(re.escape(p) for p in _EARLIER_DATE["day_before"]) + r")\b")


def earlier_weekday_rule(text: str, lead: int | None) -> str:
    """Id of ``background.earlier_date`` when ``text`` opens with a weekday ``min_days`` to ``weekday_max_days`` before
    ``lead``, the weekday its report's lead tells ("On Saturday, Russia said ..." in a story told "on Tuesday"); else
    ``""``."""
    m = _WEEKDAY_OPENER.match(text)
    if m is None or lead is None:
        return ""
    before = (lead - _WEEKDAYS[fold_case(m.group(1))]) % 7  # 6: the day after the lead's
    if before == 1 and _DAY_BEFORE.search(text):
        before = 2  # "On Friday Kyiv said it had hit a command post the day before" in a story of Saturday
    return _EARLIER_DATE.id if _EARLIER_DATE["min_days"] <= before <= _EARLIER_DATE["weekday_max_days"] else ""


def long_before(text: str, lead: int | None) -> bool:
    """The sentence opens with a date more than ``max_days`` before ``lead``, the day of the year its report is
    dated by ("On August 28 ..." in a story of June 20: last year's), in the midst of a paragraph too."""
    m = _DATED_OPENER.match(text) if lead is not None else None
    told = date_in(text[m.end():]) if m else None
    return told is not None and (lead - told) % 366 > _EARLIER_DATE["max_days"]  # type: ignore[operator]


_EARLIER_YEAR = _LEX.rule("background.earlier_year")
#: A year of this century or the last, after one of background.earlier_year's ``before_year`` ("in 2023").
_YEAR_TOLD = CaselessPattern(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_EARLIER_YEAR["before_year"]))
                             + r")\s+((?:19|20)\d\d)\b")
_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
#: A word that opens a clause of its own: a year after it is the clause's aside, not the sentence's time.
_CLAUSE_WORD = CaselessPattern(r"\b(?:" + "|".join(re.escape(w) for w in sorted(_EARLIER_YEAR["clause_words"]))
                               + r")\b")


def latest_year(text: str) -> int | None:
    """The latest year ``text`` writes ("March 29, 2024": 2024), or None."""
    years = [int(y) for y in _YEAR.findall(text)]
    return max(years) if years else None


def earlier_year_rule(text: str, lead_year: int | None) -> str:
    """Id of ``background.earlier_year`` when ``text`` tells a year ("in 2023") before ``lead_year``, the latest year
    its report's lead writes ("Fragments were found in 2023, when Moscow was striking Ukrainian Danube ports such as
    Izmail" in a story dated "March 29, 2024"): an earlier year's story; else ``""``."""
    if lead_year is None or not _YEAR_TOLD.search(text):
        return ""
    return _EARLIER_YEAR.id if any(int(m.group(1)) < lead_year and not _CLAUSE_WORD.search(text[:m.start()])
                                   for m in _YEAR_TOLD.finditer(text)) else ""


def says_earlier(text: str) -> bool:
    """The sentence opens by saying it tells an earlier day ("Earlier, on April 29, ..."): its date is not the
    report's own."""
    return bool(_EXPLICIT_OPENER.match(text))


def opens_with_date(text: str) -> bool:
    """The sentence opens with a date ("On January 2 ...", "Earlier, on the night of June 18 ...")."""
    return bool(_DATED_OPENER.match(text))


def goes_further_back(text: str) -> bool:
    """The sentence opens with one of background.earlier_date's ``further_back`` ("Earlier, ...", "Before that,
    ..."): after an earlier day's paragraph, an earlier story still."""
    return bool(_FURTHER_BACK.search(text))


def goes_on(text: str) -> bool:
    """The sentence goes on with the story before it, not back on the report's own day: it opens with one of
    background.earlier_date's ``goes_on`` ("That night, ...") or holds ``also`` within its first
    ``also_within`` words ("Ukrainian forces also hit radar stations ..."), and tells no present cue."""
    if tells_present(text):
        return False
    if _GOES_ON.match(text):
        return True
    return any(w in _EARLIER_DATE["also"] for w in text.lower().split()[:_EARLIER_DATE["also_within"]])


def opens_same_time(text: str) -> bool:
    """The sentence opens with one of background.earlier_date's ``goes_on`` ("The same night, ...", "That day, ...")
    and tells no present cue: it goes on at the time of the sentence before it."""
    first = _FIRST_WORD.match(text[:_FIRST_WORD_CHARS])
    return first is not None and first.group(1).lower() in _GOES_ON_FIRST and bool(_GOES_ON.match(text)) \
        and not tells_present(text)


#: The first words of ``goes_on``: a cheap look before the pattern (most sentences open with none of them).
_GOES_ON_FIRST = frozenset(o.split()[0] for o in _EARLIER_DATE["goes_on"])
_FIRST_WORD = re.compile(r"\W*(\w+)")
_FIRST_WORD_CHARS = 40


def opens_recap(text: str) -> bool:
    """The sentence tells of several attacks over the year so far ("... several times since the year began")."""
    return bool(_RECAP.search(text))


def tells_present(text: str) -> bool:
    """The sentence is back on the report's own day ("today", "overnight", "again")."""
    return bool(_PRESENT.search(text))


def background_rule(text: str) -> str:
    """Id of the background cue of a sentence about what happened before or in general ("in
    recent months ...", "Since the start of the war, ...", "In October, Ukraine carried out ..."),
    or ``""``."""
    m = _BACKGROUND.search(text)
    if m:
        return _owner(_BACKGROUND_OF, m.group())
    if _OPENER.search(text):
        return _OPENER_RULE.id
    told_month = _MONTH_OPENER.search(text) or (_MONTH_SUBJECT is not None and _MONTH_SUBJECT.search(text))
    return _MONTH_RULE.id if told_month else ""


def cue_line(text: str) -> str:
    """Id of the background cue a sentence holds alone ("Read also", "Related:"), or ``""``: the lines after
    it that end with no full stop are the headlines of other stories."""
    m = _BACKGROUND.search(text)
    if m is None or re.search(r"\w", text[:m.start()] + text[m.end():]):
        return ""
    return _owner(_BACKGROUND_OF, m.group())


def is_geography(text: str) -> bool:
    """A sentence telling where places lie ("Oryol Oblast borders the Kursk region")."""
    return bool(_GEOGRAPHY.search(text))


def is_sighting(text: str) -> bool:
    """The sentence tells drones were only seen ("Drones were spotted over Lipetsk overnight")."""
    return bool(_SIGHTING.search(text))


def names_aerial(text: str) -> bool:
    """The sentence names drones, missiles or other aerial objects ("a drone command point")."""
    return bool(_AERIAL_ANYWHERE.search(text))


def object_kind_named(text: str) -> str | None:
    """The kind of the last object noun in ``text`` ("drone debris fell" -> drone), if any."""
    found = _OBJECT_WORD.findall(text)
    return _LEX.object_nouns.get(found[-1].lower()) if found else None
