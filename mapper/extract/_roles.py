"""What the words around a name say of it: where something happened, where it came from, a
point of reference, an actor, a dateline; and which countries a sentence places things in."""

from __future__ import annotations

from ._kinds import event_kind
from ._model import Kind, Role
from ..rules import load_lexicon
from ._tokens import Token

_LEX = load_lexicon()
_POSSESSIVES = _LEX.possessives
_ORIGIN = _LEX.rule("role.origin.from")
_DIRECTION = _LEX.rule("role.reference.direction")
_DESCRIPTION = _LEX.rule("role.reference.description")
_DISTANCE = _LEX.rule("role.location.distance")
_OPENERS, _COUNTRY_CUES = _DESCRIPTION["openers"], _LEX.country_cues  # looked at token by token

#: ``mention index -> (role, rule id)``, for the mentions a rule gave a role.
Roles = dict[int, tuple[Role, str]]


def is_dateline(toks: list[Token]) -> bool:
    """"MOSCOW, September 24." or "KYIV (Reuters) -": the sentence's first token is a dateline,
    no place of the story."""
    return len(toks) > 1 and toks[0].is_word and len(toks[0].text) >= _LEX.dateline_min_chars \
        and toks[0].text.isupper() and toks[1].text in _LEX.dateline_after


def is_actor(toks: list[Token], end: int) -> bool:
    """A capital followed by "regime", "forces", "says" ... stands for a government, not a place."""
    j = end
    if j < len(toks) and toks[j].text in _POSSESSIVES:
        j += 1
    return j < len(toks) and toks[j].lower in _LEX.actor_followers


def description_roles(text: str, toks: list[Token], located: list[tuple[int, int]]) -> Roles:
    """Names in a clause describing a place ("the Smolensk region, which lies between Minsk and
    Moscow") are references, not where something happened, unless the clause tells an incident.

    ``text`` is the report's text, ``located`` the ``(token, mention)`` pairs of the sentence.
    """
    zones = []
    for i, tok in enumerate(toks):
        if tok.lower in _OPENERS and i > 0 and toks[i - 1].text in _DESCRIPTION["after"]:
            j = i + 1
            while j < len(toks) and toks[j].text not in _DESCRIPTION["stops"] and not toks[j].is_number:
                j += 1
            if event_kind(text[tok.start:toks[j - 1].end])[0] is Kind.OTHER:
                zones.append((i, j))
    return {m: (Role.REFERENCE, _DESCRIPTION.id) for t, m in located if any(a <= t < b for a, b in zones)}


def origin_roles(toks: list[Token], located: list[tuple[int, int]]) -> Roles:
    """Mentions after "from" ("launched from the Kursk region") are origins, after "north of" and
    the like references; "10 km from Kupiansk" stays where it happened."""
    out: Roles = {}
    for t, m in located:
        # "Yaroslavl, northeast of Moscow": a point of reference, not where it happened
        if t > 1 and toks[t - 1].lower in _DIRECTION["of"] and toks[t - 2].lower in _DIRECTION["directions"]:
            out[m] = (Role.REFERENCE, _DIRECTION.id)
            continue
        j = t - 1
        if j >= 0 and toks[j].text in _ORIGIN["brackets"]:  # "from Cape Chauda (Crimea)": the bracket explains
            j -= 1
            while j >= 0 and t - j < _ORIGIN["bracket_words"] and toks[j].is_word and toks[j].is_cap:
                j -= 1
        while j >= 0 and j > t - _ORIGIN["lookback"] and toks[j].lower in _ORIGIN["fillers"]:
            j -= 1
        if j >= 0 and toks[j].lower in _ORIGIN["words"]:
            if j > 0 and toks[j - 1].lower in _DISTANCE["units"]:  # "10 km from Kupiansk": where it happened
                out[m] = (Role.LOCATION, _DISTANCE.id)
            else:
                out[m] = (Role.ORIGIN, _ORIGIN.id)
    return out


def country_cues(toks: list[Token], taken: list[bool]) -> dict[str, float]:
    """Countries a sentence places things in (``code -> weight``): full weight where the country
    is a place ("in Ukraine", "Russia's Kursk region", "Ukrainian city", "of the Ukrainian Army"),
    a third where it may only be who acted ("Russia targeted", "Russian forces"). Tokens already
    ``taken`` (people's names) are skipped."""
    cues: dict[str, float] = {}
    for j, tok in enumerate(toks):
        if not tok.is_word or taken[j]:
            continue
        low = tok.lower
        two = f"{low} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
        for key in (two, low):
            if key in _COUNTRY_CUES:
                weight = _LEX.country_name_weight if key in _LEX.country_names else _LEX.demonym_weight
                end = j + len(key.split())
                before = toks[j - 1].lower if j else ""
                before2 = toks[j - 2].lower if j > 1 else ""
                after = toks[end].lower if end < len(toks) else ""
                named = False  # "Russia's Kursk region", "Ukraine's Kharkiv"
                if after in _POSSESSIVES and end + 1 < len(toks):
                    nxt = toks[end + 1]
                    after = nxt.lower
                    named = nxt.is_word and nxt.is_cap and nxt.lower not in _LEX.all_stopwords
                prepositions = _LEX.place_prepositions
                place = (before in prepositions or (before in _LEX.place_articles and before2 in prepositions)
                         or after in _LEX.place_nouns or after in _LEX.region_words or named)
                weight = weight if place else weight / _LEX.actor_divisor
                cc = _LEX.country_cues[key]
                cues[cc] = max(cues.get(cc, 0.0), weight)
                break
    return cues
