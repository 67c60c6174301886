"""What the words around a name say of it: where something happened, where it came from, a
point of reference, an actor, a dateline; and which countries a sentence places things in."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .kinds import event_kind
from .lexicon import (ACTOR_FOLLOWERS, COUNTRY_CUES, COUNTRY_NAMES, DESCRIPTION_OPENERS, ORIGIN_FILLERS,
                      REGION_WORDS, STOPWORDS)
from .tokens import Token

if TYPE_CHECKING:
    from .extract import Extraction

_PLACE_PREPOSITIONS = {"in", "of", "across", "over", "inside", "into", "within", "throughout", "near"}
_PLACE_NOUNS = {"city", "cities", "town", "towns", "village", "villages", "territory", "border", "soil",
                "settlement", "settlements", "capital", "side", "airspace", "region", "regions", "oblast", "oblasts"}
_DIRECTIONS = {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
               "north-east", "north-west", "south-east", "south-west"}
_DISTANCE_UNITS = {"km", "kilometres", "kilometers", "miles", "mi", "metres", "meters", "m"}


def mark_dateline(toks: list[Token], taken: list[bool]) -> None:
    """"MOSCOW, September 24." or "KYIV (Reuters) -": the dateline is no place of the story."""
    if len(toks) > 1 and toks[0].is_word and len(toks[0].text) >= 3 and toks[0].text.isupper() \
            and toks[1].text in ",(-–—":
        taken[0] = True


def is_actor(toks: list[Token], end: int) -> bool:
    """A capital followed by "regime", "forces", "says" ... stands for a government, not a place."""
    j = end
    if j < len(toks) and toks[j].text in ("'s", "’s"):
        j += 1
    return j < len(toks) and toks[j].lower in ACTOR_FOLLOWERS


def drop_descriptions(ext: "Extraction", toks: list[Token],
                      located: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Names in a clause describing a place ("the Smolensk region, which lies between Minsk and
    Moscow") are references, not where something happened, unless the clause tells an incident."""
    zones = []
    for i, tok in enumerate(toks):
        if tok.lower in DESCRIPTION_OPENERS and i > 0 and toks[i - 1].text in (",", "—", "–", "("):
            j = i + 1
            while j < len(toks) and toks[j].text not in ",;.()—–" and not toks[j].is_number:
                j += 1
            text = ext.report.text[tok.start:toks[j - 1].end]
            if event_kind(text) == "other":
                zones.append((i, j))
    if not zones:
        return located
    kept = []
    for t, m in located:
        if any(a <= t < b for a, b in zones):
            ext.mentions[m].role = "reference"
        else:
            kept.append((t, m))
    return kept


def drop_origins(ext: "Extraction", toks: list[Token], located: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Mark mentions after "from" ("launched from the Kursk region") as origins, and after "north
    of" and the like as references; keep the rest."""
    kept = []
    for t, m in located:
        # "Yaroslavl, northeast of Moscow": a point of reference, not where it happened
        if t > 1 and toks[t - 1].lower == "of" and toks[t - 2].lower in _DIRECTIONS:
            ext.mentions[m].role = "reference"
            continue
        j = t - 1
        if j >= 0 and toks[j].text == "(":  # "from Cape Chauda (Crimea)": the bracket explains the origin
            j -= 1
            while j >= 0 and t - j < 6 and toks[j].is_word and toks[j].is_cap:
                j -= 1
        while j >= 0 and j > t - 7 and toks[j].lower in ORIGIN_FILLERS:
            j -= 1
        if j >= 0 and toks[j].lower == "from" and not (j > 0 and toks[j - 1].lower in _DISTANCE_UNITS):
            ext.mentions[m].role = "origin"  # but "10 km from Kupiansk" is where it happened
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
            if key in COUNTRY_CUES:
                weight = 2.0 if key in COUNTRY_NAMES else 1.0
                end = j + len(key.split())
                before = toks[j - 1].lower if j else ""
                before2 = toks[j - 2].lower if j > 1 else ""
                after = toks[end].lower if end < len(toks) else ""
                named = False  # "Russia's Kursk region", "Ukraine's Kharkiv"
                if after in ("'s", "’s") and end + 1 < len(toks):
                    nxt = toks[end + 1]
                    after = nxt.lower
                    named = nxt.is_word and nxt.is_cap and nxt.lower not in STOPWORDS
                place = (before in _PLACE_PREPOSITIONS or (before == "the" and before2 in _PLACE_PREPOSITIONS)
                         or after in _PLACE_NOUNS or after in REGION_WORDS or named)
                weight = weight if place else weight / 3
                cc = COUNTRY_CUES[key]
                cues[cc] = max(cues.get(cc, 0.0), weight)
                break
    if cues:
        ext.countries[si] = cues
