"""Numbers of objects in report text: "11 UAVs", "twenty drones", "8 over Bryansk Oblast".

The number words, object nouns and count patterns are ``mapper/rules/<lang>/numbers.toml``
and ``objects.toml``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..rules import load_lexicon
from ._tokens import Token

_LEX = load_lexicon()
NUMBER_WORDS, _NOT_ALONE = _LEX.number_words, _LEX.not_alone
OBJECT_NOUNS, _OBJECT_MAX_WORDS, _MODIFIER_STOP = _LEX.object_nouns, _LEX.object_max_words, _LEX.object_modifier_stop
_MONTHS = _LEX.month_words
_NUMBER_OBJECT = _LEX.rule("count.number_object")
_PART = _LEX.rule("count.part_of_total")
_PART_OF_TOTAL = [p.split() for p in _PART["phrases"]]
_ELLIPSIS = _LEX.rule("count.ellipsis")
_BARE_VERB = _LEX.rule("count.bare_verb")
_SINGLE = _LEX.rule("count.single_object")
_PLATFORM = _LEX.rule("count.skip.platform")
_MODEL_HYPHENS = _LEX.rule("count.skip.model")["hyphens"]
# the parameters looked at token by token, bound once
_MODIFIERS, _BETWEEN, _GLUE = (_NUMBER_OBJECT[k] for k in ("modifiers", "modifiers_between_nouns", "glue"))
_SKIP, _PREPOSITIONS, _ANOTHER, _ELLIPSIS_WINDOW = (_ELLIPSIS[k] for k in ("skip", "prepositions", "another",
                                                                          "anchor_window"))
_BARE_VERBS, _BARE_WINDOW = _BARE_VERB["verbs"], _BARE_VERB["anchor_window"]
_DETERMINERS, _NUMERALS, _FOLLOWERS, _PLURAL_ENDINGS, _SINGULAR_IN_S = (
    _SINGLE[k] for k in ("determiners", "numerals", "followers", "plural_endings", "singular_in_s"))
_PLATFORM_BEFORE, _PLATFORM_VERBS, _PLATFORM_LOOKBACK = (_PLATFORM[k] for k in ("before", "verbs", "lookback"))


@dataclass(frozen=True, slots=True)
class Count:
    """A number of objects, where it stands (token index of the number), and the rule that found it."""

    value: int
    kind: str
    token: int
    text: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Number:
    """A number in the text: its value and how many tokens it takes ("twenty five": 2)."""

    value: int
    width: int


@dataclass(frozen=True, slots=True)
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
        if "." in text:
            return None
        return Number(int(text), 1)
    low = tok.lower
    if i + 1 < len(tokens) and f"{low} {tokens[i + 1].lower}" in NUMBER_WORDS:
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


def _object_at(tokens: list[Token], i: int) -> ObjectPhrase | None:
    """The object noun (of up to ``object_max_words`` words) at ``i``, if any."""
    for n in range(_OBJECT_MAX_WORDS, 0, -1):
        if i + n > len(tokens):
            continue
        phrase = " ".join(t.lower for t in tokens[i:i + n])
        if phrase in OBJECT_NOUNS:
            return ObjectPhrase(OBJECT_NOUNS[phrase], i + n, phrase)
    return None


def _object_after(tokens: list[Token], j: int) -> ObjectPhrase | None:
    """Object noun after up to three modifiers from token ``j``.

    The phrase runs to its last object noun: "Shahed kamikaze drone", "Shahed-136/131
    attack UAVs".
    """
    found = None
    k = j
    skipped = 0
    most, between, glue_marks = _MODIFIERS, _BETWEEN, _GLUE
    while k < len(tokens) and skipped <= most:
        hit = _object_at(tokens, k)
        if hit:
            found = hit
            k = hit.end
            skipped = most - between  # after a noun, fewer modifiers may lead to another noun
            continue
        tok = tokens[k]
        glue = tok.text in glue_marks or (tok.is_number and found is not None and tokens[k - 1].text in glue_marks)
        if glue:  # "Shahed-136/131": the model number binds to the noun
            k += 1
            continue
        if not tok.is_word or tok.lower in _MODIFIER_STOP or number_at(tokens, k):
            break
        k += 1
        skipped += 1
    return found


def _ellipsis_end(tokens: list[Token], k: int) -> int | None:
    """Token index of the preposition in "8 over ...", "one more - over ...", or None."""
    skip, prepositions = _SKIP, _PREPOSITIONS
    while k < len(tokens) and tokens[k].lower in skip:
        k += 1
    return k if k < len(tokens) and tokens[k].lower in prepositions else None


def _total_after(tokens: list[Token], j: int) -> int | None:
    """Token index of the total in "28 out of 31", "15 of 18" (``j`` just after the part), or None."""
    n = len(tokens)
    for words in _PART_OF_TOTAL:
        end = j + len(words)
        if end < n and [t.lower for t in tokens[j:end]] == words:
            return end
    return None


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
    return _CountScan(tokens, anchors, last_kind).run()


class _CountScan:
    """One left-to-right pass over a sentence, trying the ``[[count]]`` patterns at each token."""

    def __init__(self, tokens: list[Token], anchors: set[int], last_kind: str | None) -> None:
        self.tokens, self.anchors, self.last_kind = tokens, anchors, last_kind
        self.out: list[Count] = []

    def run(self) -> list[Count]:
        tokens, i, n = self.tokens, 0, len(self.tokens)
        while i < n:
            if self._not_a_count(i):
                i += 1
                continue
            num = number_at(tokens, i)
            another = tokens[i].lower in _ANOTHER
            if another and self.last_kind:  # "... and another over the Kursk region"
                num = Number(1, 1)
            if num:
                after = self._after_number(i, num, another)
                if after is not None:
                    i = after
                    continue
            if tokens[i].lower in _DETERMINERS:
                after = self._single_object(i)
                if after is not None:
                    i = after
                    continue
            i += 1
        return self.out

    def _add(self, value: int, kind: str, start: int, end: int, rule: str) -> None:
        self.out.append(Count(value, kind, start, " ".join(t.text for t in self.tokens[start:end]), rule))
        self.last_kind = kind

    def _near_anchor(self, start: int, width: int) -> bool:
        return any(a in self.anchors for a in range(start, start + width))

    def _not_a_count(self, i: int) -> bool:
        """"launched from an aircraft", "dropped from a drone" (the platform); "S-300", "Tu-95" (a model)."""
        tokens, tok = self.tokens, self.tokens[i]
        if i and tokens[i - 1].lower in _PLATFORM_BEFORE \
                and any(t.lower in _PLATFORM_VERBS for t in tokens[max(0, i - _PLATFORM_LOOKBACK):i]):
            return True
        return tok.is_number and i > 1 and tokens[i - 1].text in _MODEL_HYPHENS and tokens[i - 2].is_word \
            and tokens[i - 2].end == tokens[i - 1].start

    def _after_number(self, i: int, num: Number, another: bool) -> int | None:
        """Try the patterns that start with a number; the token to go on from, or None to try
        the number as a single object's determiner ("one Shahed exploded")."""
        tokens, n = self.tokens, len(self.tokens)
        value, used = num.value, num.width
        nxt = tokens[i + used] if i + used < n else None
        if nxt is not None and nxt.lower in _MONTHS:  # "5 May": a date
            return i + used
        # "28 out of 31 drones", "15 of 18 Shahed drones": the first number is what was hit
        at = _total_after(tokens, i + used)
        total = number_at(tokens, at) if at is not None else None
        obj = _object_after(tokens, at + total.width) if total else None
        if obj:
            self._add(value, obj.kind, i, obj.end, _PART.id)
            return obj.end
        obj = _object_after(tokens, i + used) if not another else None
        if obj:  # "11 UAVs", "twenty Ukrainian drones"
            self._add(value, obj.kind, i, obj.end, _NUMBER_OBJECT.id)
            return obj.end
        prep = _ellipsis_end(tokens, i + used)  # "8 over Bryansk Oblast"
        if self.last_kind and prep is not None and self._near_anchor(prep + 1, _ELLIPSIS_WINDOW):
            self._add(value, self.last_kind, i, prep + 1, _ELLIPSIS.id)
            return prep
        if self.last_kind and nxt is not None and nxt.lower in _BARE_VERBS \
                and self._near_anchor(i + used + 1, _BARE_WINDOW):  # "12 were downed over ..."
            self._add(value, self.last_kind, i, i + used + 1, _BARE_VERB.id)
            return i + used
        return None if tokens[i].lower in _NUMERALS else i + used

    def _single_object(self, i: int) -> int | None:
        """"a drone that ...", "another drone was ...": one object; the token after it, or None."""
        tokens, n = self.tokens, len(self.tokens)
        obj = _object_after(tokens, i + 1)
        if obj and (not obj.noun.endswith(_PLURAL_ENDINGS) or obj.noun in _SINGULAR_IN_S):
            follower = tokens[obj.end] if obj.end < n else None
            if follower is None or not follower.is_word or follower.lower in _FOLLOWERS:
                self._add(1, obj.kind, i, obj.end, _SINGLE.id)
                return obj.end
        return None
