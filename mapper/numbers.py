"""Numbers of objects in report text: "11 UAVs", "twenty drones", "8 over Bryansk Oblast"."""

from __future__ import annotations

from dataclasses import dataclass

from .lexicon import (ELLIPSIS_PREPOSITIONS, NUMBER_WORDS, OBJECT_MAX_WORDS, OBJECT_MODIFIER_STOP,
                      OBJECT_NOUNS, SINGLE_OBJECT_FOLLOWERS)
from .tokens import Token

_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
           "sept", "oct", "nov", "dec"}


@dataclass(frozen=True)
class Count:
    """A number of objects and where it stands (token index of the number)."""

    value: int
    kind: str
    token: int
    text: str


def number_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """``(value, tokens used)`` if a number (digits or words) starts at token ``i``."""
    tok = tokens[i]
    if tok.is_number:
        text = tok.text.replace(",", "")
        if "." in text:
            return None
        return int(text), 1
    low = tok.lower
    if i + 1 < len(tokens) and f"{low} {tokens[i + 1].lower}" in NUMBER_WORDS:
        return NUMBER_WORDS[f"{low} {tokens[i + 1].lower}"], 2
    if low in NUMBER_WORDS and low != "dozen":
        value = NUMBER_WORDS[low]
        # "twenty-five" is one token; "twenty five" two
        if "-" in low:
            return None
        if value >= 20 and i + 1 < len(tokens) and tokens[i + 1].lower in NUMBER_WORDS \
                and NUMBER_WORDS[tokens[i + 1].lower] < 10:
            return value + NUMBER_WORDS[tokens[i + 1].lower], 2
        return value, 1
    if "-" in low:
        parts = low.split("-")
        if len(parts) == 2 and all(p in NUMBER_WORDS for p in parts):
            return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]], 1
    return None


def _object_at(tokens: list[Token], i: int) -> tuple[str, int, str] | None:
    """``(kind, tokens used, noun)`` if an object noun phrase starts at ``i``."""
    for n in range(OBJECT_MAX_WORDS, 0, -1):
        if i + n > len(tokens):
            continue
        phrase = " ".join(t.lower for t in tokens[i:i + n])
        if phrase in OBJECT_NOUNS:
            return OBJECT_NOUNS[phrase], n, phrase
    return None


def _object_after(tokens: list[Token], j: int) -> tuple[str, int, str] | None:
    """Object noun after up to three modifiers from token ``j``: ``(kind, end, noun)``."""
    for skip in range(0, 4):
        k = j + skip
        if k >= len(tokens):
            return None
        found = _object_at(tokens, k)
        if found:
            return found[0], k + found[1], found[2]
        tok = tokens[k]
        if not tok.is_word or tok.lower in OBJECT_MODIFIER_STOP or number_at(tokens, k):
            if tok.text not in "-":
                return None
    return None


_BARE_VERBS = {"were", "was", "have", "had", "of"}


def find_counts(tokens: list[Token], anchors: set[int], last_kind: str | None = None) -> list[Count]:
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
    """
    out: list[Count] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        num = number_at(tokens, i)
        if num:
            value, used = num
            nxt = tokens[i + used] if i + used < len(tokens) else None
            if nxt is not None and nxt.lower in _MONTHS:
                i += used
                continue
            obj = _object_after(tokens, i + used)
            if obj:
                out.append(Count(value, obj[0], i, " ".join(t.text for t in tokens[i:obj[1]])))
                last_kind = obj[0]
                i = obj[1]
                continue
            if last_kind and nxt is not None and nxt.lower in ELLIPSIS_PREPOSITIONS \
                    and any(a in anchors for a in range(i + used + 1, i + used + 4)):
                out.append(Count(value, last_kind, i, " ".join(t.text for t in tokens[i:i + used + 1])))
                i += used
                continue
            if last_kind and nxt is not None and nxt.lower in _BARE_VERBS \
                    and any(a in anchors for a in range(i + used + 1, i + used + 7)):
                out.append(Count(value, last_kind, i, " ".join(t.text for t in tokens[i:i + used + 1])))
                i += used
                continue
            i += used
            continue
        if tok.lower in ("a", "an", "one", "single", "another"):
            obj = _object_after(tokens, i + 1)
            if obj and not obj[2].endswith("s") or (obj and obj[2] in ("aircraft", "uas", "atacms", "himars")):
                end = obj[1]
                follower = tokens[end] if end < len(tokens) else None
                if follower is None or not follower.is_word or follower.lower in SINGLE_OBJECT_FOLLOWERS:
                    out.append(Count(1, obj[0], i, " ".join(t.text for t in tokens[i:end])))
                    last_kind = obj[0]
                    i = end
                    continue
        i += 1
    return out
