"""People's names in report text, so that they are never taken for places.

"Vladislav Shapsha", "Alexander Drozdenko, the governor", "Governor Gladkov",
"Ivan Fedorov said"; a surname once seen is a person for the rest of the report.
"""

from __future__ import annotations

from datetime import date
from functools import cache

from ..exceptions import RulesError
from ..rules import load_lexicon
from ._tokens import LOWER_OF, Token, caps_of

_LEX = load_lexicon()
_ROLES, _VERBS, _NAMES = _LEX.person_roles, _LEX.person_verbs, _LEX.person_names
_SURNAME_SUFFIXES, _ARTICLES = _LEX.surname_suffixes, _LEX.articles
_PLACE_BEFORE_ROLE = _LEX.place_before_role
_REGION_WORDS, _STOPWORDS = _LEX.region_words, _LEX.all_stopwords


def _cap_run(tokens: list[Token], i: int, most: int = _LEX.person_name_words) -> int:
    """End (exclusive) of the run of capitalised words starting at ``i``."""
    j, stop = i, min(len(tokens), i + most)
    while j < stop:
        tok = tokens[j]
        if not (tok.is_word and tok.is_cap) or tok.lower in _REGION_WORDS or tok.lower in _STOPWORDS:
            break
        j += 1
    return j


def _is_role(tok: Token) -> bool:
    return tok.is_word and tok.lower in _ROLES


def find_people(tokens: list[Token], known_surnames: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """Token spans ``(start, end)`` of people's names in one sentence.

    Parameters
    ----------
    tokens : list of Token
        The sentence.
    known_surnames : set of str
        Lower-case surnames already seen in the report.
    """
    spans: list[tuple[int, int]] = []
    after = 0  # a name is looked for at each capitalised word past the last found
    for i in caps_of(tokens):
        if i < after:
            continue
        end = _cap_run(tokens, i)
        if end > i and _is_person(tokens, i, end):
            spans.append((i, end))
            after = end
        elif end > i and not known_surnames.isdisjoint(map(LOWER_OF, tokens[i:end])):
            spans.extend((k, k + 1) for k in range(i, end) if tokens[k].lower in known_surnames)
            after = end
    return spans


def _is_person(tokens: list[Token], i: int, end: int) -> bool:
    """The capitalised run ``tokens[i:end]`` (not empty) is a person's name, by the words around it (each looked
    at only when the ones before it tell nothing)."""
    n = len(tokens)
    if i and _is_role(tokens[i - 1]):  # "Governor Gladkov", "governor Vyacheslav Gladkov"
        return True
    given = tokens[i].text in _NAMES
    if end - i >= 2:
        if given:  # "Vladislav Shapsha"
            return True
        if i > 1 and tokens[i - 1].text == "," and _is_role(tokens[i - 2]):
            return True  # "the governor, Vladislav Shapsha"
        if end + 1 < n and tokens[end].text == "," and (i == 0 or tokens[i - 1].lower not in _PLACE_BEFORE_ROLE) \
                and (_is_role(tokens[end + 1]) or (
                    tokens[end + 1].lower in _ARTICLES and end + 2 < n and _is_role(tokens[end + 2]))):
            return True  # "Alexander Drozdenko, the governor"; not "In Nizhny Novgorod, Governor ..."
    # "Putin said", "Ivan Fedorov wrote"
    return end < n and tokens[end].lower in _VERBS and (given or tokens[end - 1].lower.endswith(_SURNAME_SUFFIXES))


def _terms(code_and_dates: str) -> list[tuple[str, date | None, date | None]]:
    """``"RU-KRS 2019-10-11..2024-05-15; ..."`` as ``(code, from, to)`` terms (people.toml: officials)."""
    out = []
    for term in code_and_dates.split(";"):
        try:
            code, days = term.split()
            start, _, end = days.partition("..")
            out.append((code, date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None))
        except ValueError:
            raise RulesError("people.toml", f"officials: {code_and_dates!r}",
                             "must be 'CODE FROM..' or 'CODE FROM..TO' terms joined by ';'") from None
    return out


_OFFICIALS = {name: _terms(value) for name, value in _LEX.officials.items()}


@cache
def _cyrillic_officials() -> dict[str, list[tuple[str, date | None, date | None]]]:
    """The heads in Russian's people.toml, in their case forms ("Гладкова"): read only when a name in Cyrillic is
    looked up, so an English run reads no other language's rules."""
    return {name: _terms(value) for name, value in load_lexicon("ru").officials.items()}


def official_regions(tokens: list[Token], day: date | None) -> set[str]:
    """Regions whose heads ``tokens`` name (capitalised surnames of people.toml's officials): on
    ``day``, only the heads then in office; undated, any head the name ever stood for.

    Examples
    --------
    >>> from mapper.extract._tokens import tokenize
    >>> sorted(official_regions(tokenize("Andrei Vorobyov said two drones were shot down."), None))
    ['RU-MOS']
    """
    out: set[str] = set()
    for tok in (t for t in tokens if t.is_cap):
        table = _OFFICIALS if tok.text.isascii() else _cyrillic_officials()
        for code, start, end in table.get(tok.lower, ()):
            if day is None or ((start is None or start <= day) and (end is None or day <= end)):
                out.add(code)
    return out
