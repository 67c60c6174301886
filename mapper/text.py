"""Text helpers shared by the stages: name normalisation and transliteration."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar

_APOSTROPHES = "'’‘ʼʹ`´ʻ\u2033\""
_APOS_RE = re.compile(f"[{re.escape(_APOSTROPHES)}]")
_SEP_RE = re.compile(r"[\s\-‐‑‒–—_./,()]+")

# Russian and Ukrainian Cyrillic to Latin, BGN/PCGN-like, as news outlets spell names.
_CYR = {
    "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "ё": "e", "є": "ye",
    "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l", "м": "m",
    "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh",
    "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e",
    "ю": "yu", "я": "ya", "ў": "u",
}
_CYR_RE = re.compile("[\u0400-\u04ff]")
_Words = TypeVar("_Words", bound=Sequence[str])
_Value = TypeVar("_Value")


#: The largest figure read as a number of objects or people. Past it a run of digits is no count (a sum of
#: money, a serial or phone number, hostile text), and every sum of counts stays within 64-bit integers.
MAX_FIGURE = 10**9


def figure(digits: str) -> int | None:
    """The value of a run of digits (separators already taken out), or None past :data:`MAX_FIGURE`.

    Parameters
    ----------
    digits : str
        Decimal digits only.

    Returns
    -------
    int or None
    """
    if len(digits) > 10 or not digits.isdecimal():  # no huge int built to refuse it; "²" is no figure
        return None
    value = int(digits)
    return value if value <= MAX_FIGURE else None


#: The most characters of a sentence that a row of ``events.csv`` or ``unresolved.csv`` repeats: each event and
#: unplaced mention of a sentence is a row with its sentence, so a hostile sentence of a million characters naming
#: a place at every word would otherwise write its length times its names (the incidents keep each sentence once).
SHOWN_CHARS = 2000


def shown(text: str) -> str:
    """``text`` as a row repeats it: whole up to :data:`SHOWN_CHARS` characters, else cut there with "…"."""
    return text if len(text) <= SHOWN_CHARS else text[:SHOWN_CHARS] + "…"


#: Invisible marks that cut a word in two for the tokenizer: the soft hyphen (``&shy;``), zero-width
#: spaces, direction marks, embeddings, overrides and isolates, the word joiner and invisible operators,
#: a byte order mark inside the text, and the combining acute and grave accents of a stressed vowel
#: ("Боро́вск"); a zero-width (non-)joiner between letters (an emoji sequence keeps its joiners).
_INVISIBLE_RE = re.compile("[\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
                           "\ufeff\u0300\u0301]|(?<=\\w)[\u200c\u200d]|[\u200c\u200d](?=\\w)")


def clean_text(text: str) -> str:
    """``text`` in Unicode NFC, without the invisible marks that would cut its names in two.

    Parameters
    ----------
    text : str
        A report's text as read.

    Returns
    -------
    str
        The same text as a reader sees it: "Bor" and "ovsk" with a soft hyphen between are "Borovsk",
        "Боро́вск" is "Боровск", and a decomposed "й" (и and a combining breve) is one letter.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def has_cyrillic(text: str) -> bool:
    """True if ``text`` holds any Cyrillic letter."""
    return bool(_CYR_RE.search(text))


def transliterate(text: str) -> str:
    """Latin spelling of Russian or Ukrainian Cyrillic ``text``.

    Examples
    --------
    >>> transliterate("Будогощь")
    'Budogoshch'
    """
    out = []
    for ch in text:
        low = ch.lower()
        lat = _CYR.get(low)
        if lat is None:
            out.append(ch)
        elif ch != low and lat:
            out.append(lat[0].upper() + lat[1:])
        else:
            out.append(lat)
    return "".join(out)


@lru_cache(maxsize=200_000)
def normalize(name: str) -> str:
    """Key under which a place name is looked up.

    Case, diacritics, apostrophes and soft-sign marks, hyphens and ``ё``/``е`` are
    folded, so ``"Budogoshch’"``, ``"budogoshch"`` and ``"BUDOGOSHCH"`` share a key.

    Examples
    --------
    >>> normalize("Rostov-on-Don")
    'rostov on don'
    >>> normalize("Орёл") == normalize("Орел")
    True
    """
    text = _APOS_RE.sub("", name)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold().replace("ё", "е")
    return _SEP_RE.sub(" ", text).strip()


def word_prefixes(keys) -> frozenset[str]:
    """The proper word-prefixes of normalised keys of several words (``"rostov"``, ``"rostov on"``
    of ``"rostov on don"``).

    As :func:`normalize` folds a name character by character before it joins separators, the key of
    a run of words begins with the key of its first words: when that is neither a key nor one of
    these prefixes, no longer run is a key, and a scan can stop trying longer runs.
    """
    out: set[str] = set()
    for key in keys:
        if " " in key:
            parts = key.split(" ")
            out.update(" ".join(parts[:j]) for j in range(1, len(parts)))
    return frozenset(out)


def by_first_word(phrases: Iterable[tuple[_Words, _Value]]) -> dict[str, list[tuple[_Words, _Value]]]:
    """Phrases (their words, each with a value) grouped by their first word, in the order given, so that
    a scan tries at a word only the phrases that can start there (empty phrases are left out).

    Examples
    --------
    >>> by_first_word([(("north", "of"), 1), (("near",), 2), (("north",), 3)])
    {'north': [(('north', 'of'), 1), (('north',), 3)], 'near': [(('near',), 2)]}
    """
    out: dict[str, list[tuple[_Words, _Value]]] = {}
    for words, value in phrases:
        if words:
            out.setdefault(words[0], []).append((words, value))
    return out


def trie_alternation(words) -> str:
    r"""A regex of ``words`` that matches as their alternation longest first does (``\b(?:drones|drone)``
    and ``\b`` + this find the same words at the same places), built as a trie so that the regex
    engine tries one branch per character instead of every word in turn. Words with capitals (which a
    caseless regex would try twice) make the plain alternation, longest first.

    Examples
    --------
    >>> trie_alternation(["drone", "drones", "dog"])
    '(?:d(?:og|rone(?:s|)))'
    """
    words = list(words)
    if any(word != word.lower() for word in words):
        return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    root: dict = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here: tried after every longer one
    return "(?:" + _trie_branches(root) + ")"


def _trie_branches(node: dict) -> str:
    branches = [re.escape(ch) + _trie_node(child) for ch, child in sorted(node.items()) if ch]
    return "|".join(branches + ([""] if "" in node else []))


def _trie_node(node: dict) -> str:
    if len(node) == 1:  # a word's end alone, or one way on
        return "" if "" in node else _trie_branches(node)
    return "(?:" + _trie_branches(node) + ")"


_ESCAPE = re.compile(r"\\.")
#: The text last folded by :class:`CaselessPattern` and its lower-cased form (None: not ASCII); the same
#: sentence is searched by many patterns in a row, so it is folded once.
_LAST_FOLD: list[tuple[str, str | None]] = [("", "")]


def _fold(text: str) -> str | None:
    """``text`` lower-cased if it is ASCII, else None (the last answer kept)."""
    last = _LAST_FOLD[0]
    if last[0] == text:
        return last[1]
    folded = text.lower() if text.isascii() else None
    _LAST_FOLD[0] = (text, folded)
    return folded


class _Unbuilt:
    """A :class:`CaselessPattern`'s case-sensitive regex before its first use: the first search compiles it and
    puts it in the stand-in's place, so later searches call the regex itself (no test on the way)."""

    __slots__ = ("owner",)

    def __init__(self, owner: CaselessPattern) -> None:
        self.owner = owner

    def search(self, text: str, pos: int = 0) -> re.Match | None:
        """As :meth:`re.Pattern.search`."""
        return self.owner._built().search(text, pos)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        """As :meth:`re.Pattern.match`."""
        return self.owner._built().match(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match]:
        """As :meth:`re.Pattern.finditer`."""
        return self.owner._built().finditer(text, pos)


class CaselessPattern:
    """A case-insensitive regex that runs, on ASCII text, as the case-sensitive one over the
    lower-cased text: the same matches at the same offsets, several times faster (``re.I``
    keeps Python's regex engine from skipping ahead by the first letters of a pattern).

    Only for patterns whose letters are lower-case ASCII (the rules' words are); any other
    pattern, and any text that is not ASCII, goes to the ``re.I`` regex itself. A match over
    the lower-cased text has lower-cased groups.

    Parameters
    ----------
    source : str
        The regex.
    """

    __slots__ = ("source", "folded", "_caseless")

    def __init__(self, source: str) -> None:
        self.source = source
        literal = _ESCAPE.sub("", source)
        #: the case-sensitive regex (a stand-in that compiles it on first use: a run needs only some of the rules'
        #: patterns), or None where the pattern has other letters
        self.folded: Any = _Unbuilt(self) if source.isascii() and literal == literal.lower() else None
        self._caseless: re.Pattern | None = None  # compiled when first needed: most text is ASCII

    def _pick(self, text: str) -> tuple[re.Pattern, str]:
        if self.folded is not None:
            folded = _fold(text)
            if folded is not None:
                return self._built(), folded
        if self._caseless is None:
            self._caseless = re.compile(self.source, re.I)
        return self._caseless, text

    def _built(self) -> re.Pattern:
        """The case-sensitive regex, compiled now if it was not yet."""
        folded = self.folded
        if isinstance(folded, _Unbuilt):
            folded = self.folded = re.compile(self.source)
        return folded

    def search(self, text: str) -> re.Match | None:
        """The first match anywhere in ``text``, or None."""
        if self.folded is not None:  # (_pick inlined: a sentence is searched by many patterns in a row)
            last = _LAST_FOLD[0]
            folded = last[1] if last[0] == text else _fold(text)
            if folded is not None:
                return self.folded.search(folded)
        pattern, text = self._pick(text)
        return pattern.search(text)

    def match(self, text: str, pos: int = 0) -> re.Match | None:
        r"""The match at the start of ``text`` (or at ``pos``, ``text`` before it still seen by ``\b``), or None."""
        if self.folded is not None:
            last = _LAST_FOLD[0]
            folded = last[1] if last[0] == text else _fold(text)
            if folded is not None:
                return self.folded.match(folded, pos)
        pattern, text = self._pick(text)
        return pattern.match(text, pos)

    def findall(self, text: str) -> list:
        """Every match in ``text``, as :meth:`re.Pattern.findall` gives them."""
        pattern, text = self._pick(text)
        return pattern.findall(text)

    def finditer(self, text: str) -> Iterator[re.Match]:
        """The matches in ``text``, in order."""
        if self.folded is not None:
            last = _LAST_FOLD[0]
            folded = last[1] if last[0] == text else _fold(text)
            if folded is not None:
                return self.folded.finditer(folded)
        pattern, text = self._pick(text)
        return pattern.finditer(text)


#: The characters outside ASCII that a case-insensitive regex takes for an ASCII letter ("ſ" for "s", the Kelvin
#: sign for "k", dotted and dotless i for "i"), and that letter: the only ones whose lower case is not what such a
#: regex matches.
_ODD_LETTERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_ODD_CASE = re.compile("[" + "".join(_ODD_LETTERS) + "]")
_ASCII_OF_ODD = str.maketrans(_ODD_LETTERS)


def plain_case(text: str) -> bool:
    """Whether a case-insensitive regex of lower-case ASCII letters matches in ``text`` only where the lower-cased
    text holds those letters: ``text`` has none of the four characters outside ASCII that such a regex takes for an
    ASCII letter."""
    return text.isascii() or _ODD_CASE.search(text) is None


def fold_case(word: str) -> str:
    """``word`` lower-cased as a case-insensitive regex of ASCII letters reads it: the four characters outside ASCII
    it takes for an ASCII letter (:func:`plain_case`: "ſunday", "Kursk" with the Kelvin sign) become that letter."""
    return word.translate(_ASCII_OF_ODD).lower()


class FirstOf:
    r"""The first of ``words`` in a text, as the case-insensitive regex ``\bw1|\bw2|...`` finds it (at the leftmost
    place where one of them starts a word, the first of them in order that does), where some word begins another
    (so that a trie, which tries longer words first, could pick another word at that place).

    The place is found by the trie of the words (:func:`trie_alternation`), which matches at the same places as their
    alternation but tries one branch per character; only there is the alternation tried, in order. The plain
    alternation would try every word at every place of the text.

    Parameters
    ----------
    words : list of str
        The words, in the order they are tried.
    """

    __slots__ = ("_where", "_which", "_words")

    def __init__(self, words: list[str]) -> None:
        self._where = CaselessPattern(r"\b" + trie_alternation(words))
        self._words = list(words)
        self._which: CaselessPattern | None = None  # compiled when first needed (most texts have none of the words)

    def search(self, text: str) -> re.Match | None:
        """The first match anywhere in ``text``, or None."""
        found = self._where.search(text)
        if found is None:
            return None
        which = self._which
        if which is None:
            which = self._which = CaselessPattern("|".join(r"\b" + re.escape(w) for w in self._words))
        return which.match(text, found.start())


_LOOSE = [
    (re.compile(r"(iy|yy|yi|ij|iy|ii|y|j)"), "i"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"(ts|tz)"), "c"),
    (re.compile(r"(.)\1"), r"\1"),
]


def loose_key(name: str) -> str:
    """A coarser key for spelling variants of transliteration.

    ``"Kryvyi Rih"`` and ``"Kryvyy Rih"`` share it; so do ``"Zaporizhzhia"`` and
    ``"Zaporizhzhya"``. Used only as a fallback after :func:`normalize` fails.
    """
    key = normalize(name)
    for pattern, repl in _LOOSE:
        key = pattern.sub(repl, key)
    return key


def is_latin_or_cyrillic(name: str) -> bool:
    """True if every letter of ``name`` is Latin or Cyrillic."""
    for ch in name:
        if ch.isalpha():
            n = unicodedata.name(ch, "")
            if not (n.startswith("LATIN") or n.startswith("CYRILLIC")):
                return False
    return True
