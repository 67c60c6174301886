"""People's names in report text, so that they are never taken for places.

"Vladislav Shapsha", "Alexander Drozdenko, the governor", "Governor Gladkov",
"Ivan Fedorov said"; a surname once seen is a person for the rest of the report.
"""

from __future__ import annotations

from datetime import date

from ..exceptions import RulesError
from ..rules import load_lexicon
from ._tokens import Token, caps_of

_LEX = load_lexicon()
_ROLES, _VERBS, _NAMES = _LEX.person_roles, _LEX.person_verbs, _LEX.person_names
_SURNAME_SUFFIXES, _ARTICLES = _LEX.surname_suffixes, _LEX.articles
_PLACE_BEFORE_ROLE = _LEX.place_before_role
_REGION_WORDS, _STOPWORDS = _LEX.region_words, _LEX.all_stopwords


def _cap_run(tokens: list[Token], i: int, most: int = _LEX.person_name_words) -> int:
    """End (exclusive) of the run of capitalised words starting at ``i``."""
    j = i
    while j < len(tokens) and j - i < most and tokens[j].is_word and tokens[j].is_cap \
            and tokens[j].lower not in _REGION_WORDS and tokens[j].lower not in _STOPWORDS:
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
        elif end > i and any(t.lower in known_surnames for t in tokens[i:end]):
            spans.extend((k, k + 1) for k in range(i, end) if tokens[k].lower in known_surnames)
            after = end
    return spans


def _is_person(tokens: list[Token], i: int, end: int) -> bool:
    """The capitalised run ``tokens[i:end]`` is a person's name, by the words around it."""
    n, run = len(tokens), tokens[i:end]
    prev = tokens[i - 1] if i else None
    prev2 = tokens[i - 2] if i > 1 else None
    after = tokens[end] if end < n else None
    after2 = tokens[end + 1] if end + 1 < n else None
    nxt2 = tokens[end + 2] if end + 2 < n else None
    given = run[0].text in _NAMES
    if prev is not None and _is_role(prev):  # "Governor Gladkov", "governor Vyacheslav Gladkov"
        return True
    if len(run) >= 2 and given:  # "Vladislav Shapsha"
        return True
    if len(run) >= 2 and prev is not None and prev.text == "," and prev2 is not None and _is_role(prev2):
        return True  # "the governor, Vladislav Shapsha"
    if len(run) >= 2 and after is not None and after.text == "," and after2 is not None \
            and (prev is None or prev.lower not in _PLACE_BEFORE_ROLE) and (
            _is_role(after2) or (after2.lower in _ARTICLES and nxt2 is not None and _is_role(nxt2))):
        return True  # "Alexander Drozdenko, the governor"
    # "Putin said", "Ivan Fedorov wrote"
    return after is not None and after.lower in _VERBS and (given or run[-1].lower.endswith(_SURNAME_SUFFIXES))


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
    for tok in tokens:
        for code, start, end in _OFFICIALS.get(tok.lower, ()) if tok.is_cap else ():
            if day is None or ((start is None or start <= day) and (end is None or day <= end)):
                out.add(code)
    return out
