"""People killed or injured told in a sentence (the ``[[casualty]]`` patterns of ``casualties.toml``).

"two people were killed", "three injured", "one civilian wounded", "killing at least four
residents", "a man was hurt": each number is read once, for the column of its pattern.
Casualties are never objects: the counting stage keeps them in the incidents' ``killed``
and ``injured`` columns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..rules import Lexicon, load_lexicon
from ..text import CaselessPattern, figure


@dataclass(frozen=True)
class Casualties:
    """People killed and injured told in one text, and the ids of the patterns that found them."""

    killed: int = 0
    injured: int = 0
    rules: tuple[str, ...] = ()


NONE = Casualties()


def _alt(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


#: An age before a noun of people: "67-year-old", "15-year-old".
_AGE = r"\d{1,3}-\w+(?:-\w+)*"


def _qualifier(lex: Lexicon) -> str:
    """One word before a noun of people: a qualifier of ``casualty_qualifiers`` or an age."""
    return rf"(?:{_AGE}|{_alt(lex.casualty_qualifiers)})"


def _number(lex: Lexicon) -> str:
    """A number (digits or number words, "twenty-five"), or "a"/"an" when a noun of people follows."""
    words = _alt(lex.number_words)
    return (rf"(?P<n>\d{{1,3}}(?:,\d{{3}})*|(?:{words})(?:-(?:{words}))?)(?!-\w)"
            rf"|(?P<one>{_alt(lex.casualty_one)})(?=\s+(?:{_qualifier(lex)}\s+){{0,2}}"
            rf"(?:{_alt(lex.casualty_nouns)})\b)")


@lru_cache(maxsize=4)
def _patterns(lang: str) -> tuple[tuple[re.Pattern, str, str], ...]:
    """One compiled regex per ``[[casualty]]`` pattern: ``(regex, column, id)``."""
    lex = load_lexicon(lang)
    number = _number(lex)
    noun = rf"(?:{_qualifier(lex)}\s+){{0,2}}(?:{_alt(lex.casualty_nouns)})"
    aside = rf",\s+(?:{_alt(lex.casualty_asides)})\s+[^,.;]{{1,60}},\s+"  # ", including a boy, "
    links = rf"(?:(?:{_alt(lex.casualty_links)})\s+){{0,3}}"
    gap = rf"(?:(?:{_alt(lex.casualty_before_gap)})\s+){{0,3}}"
    out: list[tuple[re.Pattern, str, str]] = []
    for p in lex.family("casualty"):
        words = _alt(p["words"])
        if p["position"] == "one":
            out.extend((re.compile(rx, re.I), p["column"], p.id) for rx in _one_person(lex, p, words, links))
            continue
        if p["position"] == "after":
            rx = rf"\b(?:{number})\s+(?:{noun}(?:\s+|{aside}))?{links}(?:{words})\b"
        else:
            rx = rf"\b(?:{words})\s+{gap}(?:{number})\s+{noun}\b"
        out.append((re.compile(rx, re.I), p["column"], p.id))
    return tuple(out)


def _one_person(lex: Lexicon, p, words: str, links: str) -> tuple[str, str]:
    """One person told without a number, by a noun in the singular before or after the word ("погиб
    мужчина", "поранено 60-річного чоловіка", "женщина получила ранения")."""
    qualifier = rf"(?:(?:\d{{1,3}}-\w+|{_alt(lex.casualty_qualifiers)})\s+){{0,2}}"
    person = rf"(?P<person>{_alt(p['people'])})"
    return (rf"\b(?:{words})\s+{qualifier}{person}\b",
            rf"(?<![\w-])(?:{qualifier}){person}\s+{links}(?:{words})\b")


@lru_cache(maxsize=4)
def _any_word(lang: str) -> CaselessPattern | None:
    """One pattern of every casualty word (case-insensitive; over an ASCII report's lower-cased
    text, case-sensitively: several times faster over a whole report)."""
    words = [w for p in load_lexicon(lang).family("casualty") for w in p["words"]]
    return CaselessPattern(rf"\b(?:{_alt(words)})\b") if words else None


def tells_casualties(text: str, lang: str = "en") -> bool:
    """Whether ``text`` holds a word of a ``[[casualty]]`` pattern (a quick test before the sentences)."""
    rx = _any_word(lang)
    return rx is not None and rx.search(text) is not None


def _number_group(m: re.Match) -> str:
    """The group that tells how many: a number, "a"/"один", or a person in the singular."""
    return next(g for g in ("n", "one", "person") if m.groupdict().get(g))


def _value(m: re.Match, numbers) -> int:
    if _number_group(m) != "n":
        return 1
    text = m["n"].lower()
    if text[0].isdigit():
        return figure(text.replace(",", "")) or 0  # past MAX_FIGURE: no count of people
    return sum(numbers[w] for w in text.split("-"))


def find_casualties(text: str, lang: str = "en") -> Casualties:
    """People killed and injured told in ``text`` (a sentence); each figure is read once.

    Examples
    --------
    >>> find_casualties("Two people were killed and three injured in the strike.")
    Casualties(killed=2, injured=3, rules=('casualty.killed.after', 'casualty.injured.after'))
    """
    lex = load_lexicon(lang)
    taken: list[tuple[int, int]] = []
    told_in: list[tuple[int, int]] = []
    told = {"killed": 0, "injured": 0}
    rules: list[str] = []
    for rx, column, rule_id in _patterns(lang):
        for m in rx.finditer(text):
            span = m.span(_number_group(m))
            before = text[:span[0]].split()[-1:] + text[:m.start()].split()[-1:]
            if any(a < span[1] and span[0] < b for a, b in taken) or any(w.lower() in lex.negations for w in before):
                continue  # read already, or "no one was injured", "не пострадали 3 человека"
            if _number_group(m) == "person" and any(a < m.end() and m.start() < b for a, b in told_in):
                continue  # "пятеро человек погибли": a person of a number told already
            taken.append(span)
            told_in.append(m.span())
            told[column] += _value(m, lex.number_words)
            if rule_id not in rules:
                rules.append(rule_id)
    return Casualties(told["killed"], told["injured"], tuple(rules)) if rules else NONE
