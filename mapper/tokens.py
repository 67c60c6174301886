"""Tokens and sentences of English report text, with character offsets."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d{3})*(?:\.\d+)?"          # 20, 1,200, 3.5
    r"|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*"       # words, hyphenated names, L'viv
    r"|\S"                                   # punctuation
)
_POSSESSIVE = ("'s", "’s")
_ABBREVIATIONS = {"st", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "no", "vs",
                  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
                  "u", "s", "e", "g", "i", "etc", "approx", "km", "ca"}


@dataclass(frozen=True)
class Token:
    """A word, number or punctuation mark and where it stands in the text."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()

    @property
    def is_cap(self) -> bool:
        """Starts with a capital letter (a name in English text)."""
        return self.text[0].isupper()

    @property
    def is_number(self) -> bool:
        return self.text[0].isdigit()


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; a possessive ``'s`` becomes a token of its own."""
    out: list[Token] = []
    for m in _TOKEN_RE.finditer(text):
        word, start = m.group(), m.start() + offset
        if len(word) > 2 and word[-2:] in _POSSESSIVE and word[0].isalpha():
            out.append(Token(word[:-2], start, start + len(word) - 2))
            out.append(Token(word[-2:], start + len(word) - 2, start + len(word)))
        else:
            out.append(Token(word, start, start + len(word)))
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``.

    Lines are split first; within a line, a ``.``, ``!`` or ``?`` ends a sentence
    when a capital, digit or quote follows and the word before is no abbreviation
    or initial.
    """
    spans: list[tuple[int, int]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        toks = tokenize(line, pos)
        start = None
        for i, tok in enumerate(toks):
            if start is None:
                start = tok.start
            if tok.text in ".!?":
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                prev = toks[i - 1] if i else None
                if nxt is None:
                    continue
                if prev is not None and prev.lower in _ABBREVIATIONS:
                    continue
                if nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text in "\"“«'‘":
                    spans.append((start, tok.end))
                    start = None
        if start is not None:
            spans.append((start, toks[-1].end))
        pos += len(line)
    return spans
