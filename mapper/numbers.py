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
    """Object noun after up to three modifiers from token ``j``: ``(kind, end, noun)``.

    The phrase runs to its last object noun: "Shahed kamikaze drone", "Shahed-136/131
    attack UAVs".
    """
    found = None
    k = j
    skipped = 0
    while k < len(tokens) and skipped <= 3:
        hit = _object_at(tokens, k)
        if hit:
            found = (hit[0], k + hit[1], hit[2])
            k += hit[1]
            skipped = 1  # after a noun, up to two more modifiers may lead to another noun
            continue
        tok = tokens[k]
        glue = tok.text in "-/" or (tok.is_number and found is not None and tokens[k - 1].text in "-/")
        if glue:  # "Shahed-136/131": the model number binds to the noun
            k += 1
            continue
        if not tok.is_word or tok.lower in OBJECT_MODIFIER_STOP or number_at(tokens, k):
            break
        k += 1
        skipped += 1
    return found


def _ellipsis_end(tokens: list[Token], k: int) -> int | None:
    """Token index of the preposition in "8 over ...", "one more - over ...", or None."""
    while k < len(tokens) and (tokens[k].lower in ("more", "-", "–", "—") or tokens[k].text == ","):
        k += 1
    return k if k < len(tokens) and tokens[k].lower in ELLIPSIS_PREPOSITIONS else None


_LAUNCH_VERBS = {"launched", "fired", "dropped", "released", "launch", "fire", "drop"}
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
    n = len(tokens)

    def near_anchor(start: int, width: int) -> bool:
        return any(a in anchors for a in range(start, start + width))

    def add(value: int, kind: str, start: int, end: int) -> None:
        nonlocal last_kind
        out.append(Count(value, kind, start, " ".join(t.text for t in tokens[start:end])))
        last_kind = kind

    while i < n:
        tok = tokens[i]
        if i and tokens[i - 1].lower == "from" and any(t.lower in _LAUNCH_VERBS for t in tokens[max(0, i - 4):i]):
            i += 1  # "launched from an aircraft", "dropped from a drone": the platform, not a count
            continue
        if tok.is_number and i > 1 and tokens[i - 1].text in "-‐" and tokens[i - 2].is_word \
                and tokens[i - 2].end == tokens[i - 1].start:  # S-300, Tu-95, Kh-101: a model, not a count
            i += 1
            continue
        num = number_at(tokens, i)
        if tok.lower == "another" and last_kind:  # "... and another over the Kursk region"
            num = (1, 1)
        if num:
            value, used = num
            nxt = tokens[i + used] if i + used < n else None
            if nxt is not None and nxt.lower in _MONTHS:
                i += used
                continue
            # "28 out of 31 drones", "15 of 18 Shahed drones": the first number is what was hit
            of = i + used
            if of + 1 < n and tokens[of].lower == "out" and tokens[of + 1].lower == "of":
                of += 1
            total = number_at(tokens, of + 1) if of + 1 < n and tokens[of].lower == "of" else None
            if total:
                obj = _object_after(tokens, of + 1 + total[1])
                if obj:
                    add(value, obj[0], i, obj[1])
                    i = obj[1]
                    continue
            obj = _object_after(tokens, i + used) if tok.lower != "another" else None
            if obj:
                add(value, obj[0], i, obj[1])
                i = obj[1]
                continue
            prep = _ellipsis_end(tokens, i + used)
            if last_kind and prep is not None and near_anchor(prep + 1, 6):
                add(value, last_kind, i, prep + 1)
                i = prep
                continue
            if last_kind and nxt is not None and nxt.lower in _BARE_VERBS and near_anchor(i + used + 1, 6):
                add(value, last_kind, i, i + used + 1)
                i += used
                continue
            if tok.lower not in ("one", "another"):
                i += used
                continue
        if tok.lower in ("a", "an", "one", "single", "another"):
            obj = _object_after(tokens, i + 1)
            if obj and (not obj[2].endswith("s") or obj[2] in ("aircraft", "uas", "atacms", "himars")):
                end = obj[1]
                follower = tokens[end] if end < n else None
                if follower is None or not follower.is_word or follower.lower in SINGLE_OBJECT_FOLLOWERS:
                    add(1, obj[0], i, end)
                    i = end
                    continue
        i += 1
    return out
