"""What the words around a name say of it: where something happened, where it came from, a
point of reference, an actor, a dateline; and which countries a sentence places things in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import event_kind
from .rules import load_lexicon
from .tokens import Token

if TYPE_CHECKING:
    from .extract import Extraction

_LEX = load_lexicon()
_POSSESSIVES = _LEX.possessives
_ORIGIN = _LEX.rule("role.origin.from")
_DIRECTION = _LEX.rule("role.reference.direction")
_DESCRIPTION = _LEX.rule("role.reference.description")
_DISTANCE = _LEX.rule("role.location.distance")


def mark_dateline(toks: list[Token], taken: list[bool]) -> None:
    """"MOSCOW, September 24." or "KYIV (Reuters) -": the dateline is no place of the story."""
    if len(toks) > 1 and toks[0].is_word and len(toks[0].text) >= _LEX.dateline_min_chars \
            and toks[0].text.isupper() and toks[1].text in _LEX.dateline_after:
        taken[0] = True


def is_actor(toks: list[Token], end: int) -> bool:
    """A capital followed by "regime", "forces", "says" ... stands for a government, not a place."""
    j = end
    if j < len(toks) and toks[j].text in _POSSESSIVES:
        j += 1
    return j < len(toks) and toks[j].lower in _LEX.actor_followers


def drop_descriptions(ext: "Extraction", toks: list[Token],
                      located: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names in a clause describing a place ("the Smolensk region, which lies between Minsk and
    Moscow") are references, not where something happened, unless the clause tells an incident."""
    zones = []
    for i, tok in enumerate(toks):
        if tok.lower in _DESCRIPTION["openers"] and i > 0 and toks[i - 1].text in _DESCRIPTION["after"]:
            j = i + 1
            while j < len(toks) and toks[j].text not in _DESCRIPTION["stops"] and not toks[j].is_number:
                j += 1
            text = ext.report.text[tok.start:toks[j - 1].end]
            if event_kind(text)[0] == "other":
                zones.append((i, j))
    if not zones:
        return located
    kept = []
    for t, m in located:
        if any(a <= t < b for a, b in zones):
            ext.mentions[m].role = "reference"
            ext.mentions[m].role_rule = _DESCRIPTION.id
        else:
            kept.append((t, m))
    return kept


def drop_origins(ext: "Extraction", toks: list[Token], located: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mark mentions after "from" ("launched from the Kursk region") as origins, and after "north
    of" and the like as references; keep the rest."""
    kept = []
    for t, m in located:
        # "Yaroslavl, northeast of Moscow": a point of reference, not where it happened
        if t > 1 and toks[t - 1].lower in _DIRECTION["of"] and toks[t - 2].lower in _DIRECTION["directions"]:
            ext.mentions[m].role = "reference"
            ext.mentions[m].role_rule = _DIRECTION.id
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
                ext.mentions[m].role_rule = _DISTANCE.id
                kept.append((t, m))
            else:
                ext.mentions[m].role = "origin"
                ext.mentions[m].role_rule = _ORIGIN.id
        else:
            kept.append((t, m))
    return kept


def country_cues(ext: "Extraction", si: int, toks: list[Token], taken: list[bool]) -> None:
    """Countries a sentence places things in: full weight where the country is a place ("in
    Ukraine", "Russia's Kursk region", "Ukrainian city", "of the Ukrainian Army"), a third where
    it may only be who acted ("Russia targeted", "Russian forces")."""
    cues: dict[str, float] = {}
    for j, tok in enumerate(toks):
        if not tok.is_word or taken[j]:
            continue
        low = tok.lower
        two = f"{low} {toks[j + 1].lower}" if j + 1 < len(toks) else ""
        for key in (two, low):
            if key in _LEX.country_cues:
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
                place = (before in prepositions or (before == "the" and before2 in prepositions)
                         or after in _LEX.place_nouns or after in _LEX.region_words or named)
                weight = weight if place else weight / _LEX.actor_divisor
                cc = _LEX.country_cues[key]
                cues[cc] = max(cues.get(cc, 0.0), weight)
                break
    if cues:
        ext.countries[si] = cues
