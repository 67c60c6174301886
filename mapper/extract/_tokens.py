"""Tokens and sentences of report text, with character offsets (sentences by each language's rules)."""

from __future__ import annotations

import re
from itertools import compress, count
from operator import and_, attrgetter

from ..rules import Lexicon, load_lexicon

_LEX = load_lexicon()
_TOKEN_RE = re.compile(
    r"\d+(?:[.,]\d{3})*(?:\.\d+|,\d{1,2}(?!\d))?"  # 20, 1,200, 3.5, 13,8 (a decimal comma)
    r"|[^\W\d_]+(?:[-‐'’][^\W\d_]+)*"       # words, hyphenated names, L'viv
    r"|\S"                                   # punctuation
)
_POSSESSIVES = _LEX.possessives
#: A token's attributes, read by ``map`` over a sentence's tokens (no Python loop).
TEXT_OF, LOWER_OF, CAP_OF, WORD_OF, NUMBER_OF = (attrgetter(k) for k in ("text", "lower", "is_cap", "is_word",
                                                                         "is_number"))


#: ``text -> (lower, is_word, is_cap, is_number)`` of the token texts seen (cleared when full).
_TRAITS: dict[str, tuple[str, bool, bool, bool]] = {}
_TRAITS_MAX = 100_000


def _traits(text: str) -> tuple[str, bool, bool, bool]:
    first = text[0]
    traits = (text.lower(), first.isalpha(), first.isupper(), first.isdecimal())
    if len(_TRAITS) >= _TRAITS_MAX:
        _TRAITS.clear()
    _TRAITS[text] = traits
    return traits


class Token:
    """A word, number or punctuation mark and where it stands in the text.

    ``lower``, ``is_word``, ``is_cap`` and ``is_number`` are computed once, as
    every stage looks at them: ``is_word`` the first character is a letter, ``is_cap``
    an upper-case one (a name in English text), ``is_number`` a digit ``int()`` reads
    (not "²").
    """

    __slots__ = ("text", "start", "end", "lower", "is_word", "is_cap", "is_number")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end
        self.lower, self.is_word, self.is_cap, self.is_number = _TRAITS.get(text) or _traits(text)

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Token) and (self.text, self.start, self.end) == (other.text, other.start, other.end)

    def __hash__(self) -> int:
        return hash((self.text, self.start, self.end))


#: The sentences of the report split last, and any other token list asked about since (by ``id``, each
#: kept with its list, so that no other list takes its ``id`` while it is here), with their words
#: (:func:`words_of`) and capitalised words (:func:`caps_of`); the sentence asked about last first.
_WORDS: dict[int, tuple[list[Token], frozenset[str]]] = {}
_CAPS: dict[int, tuple[list[Token], list[int]]] = {}
#: The token list asked about last and its answer, as plain globals (read at every call, set on a change).
_LAST_WORDS_OF: list[Token] | None = None
_LAST_WORDS: frozenset[str] = frozenset()
_LAST_CAPS_OF: list[Token] | None = None
_LAST_CAPS: list[int] = []
_SENTENCES_KEPT = 256


def _forget_sentences() -> None:
    """Let the kept answers go (a new report is split: its sentences are asked about next)."""
    global _LAST_WORDS_OF, _LAST_WORDS, _LAST_CAPS_OF, _LAST_CAPS
    _WORDS.clear()
    _CAPS.clear()
    _LAST_WORDS_OF, _LAST_WORDS, _LAST_CAPS_OF, _LAST_CAPS = None, frozenset(), None, []


def in_code(toks: list[Token], i: int) -> bool:
    """The number ``i`` is joined with no space, by letters, to another number ("1e308", "0x1F"): a notation.

    Parameters
    ----------
    toks : list of Token
        The sentence's tokens.
    i : int
        A number's token.

    Returns
    -------
    bool
        Whether number, letters and number run together before or after ``i``.
    """
    def run(k: int) -> bool:  # numbers k and k + 2 joined by the letters k + 1
        return 0 <= k and k + 2 < len(toks) and toks[k].is_number and toks[k + 1].is_word \
            and toks[k + 2].is_number and toks[k].end == toks[k + 1].start and toks[k + 1].end == toks[k + 2].start
    return run(i - 2) or run(i)


def words_of(toks: list[Token]) -> frozenset[str]:
    """The lower-cased words of a sentence's tokens, to tell at once that a rule's words are not in it.

    The answers for the sentences of the report split last are kept (the rules ask about the same
    sentence in turn, and a report's sentences are read twice); a token list must not change once
    asked about.
    """
    global _LAST_WORDS_OF, _LAST_WORDS
    if toks is _LAST_WORDS_OF:
        return _LAST_WORDS
    got = _WORDS.get(id(toks))
    if got is None or got[0] is not toks:
        got = (toks, frozenset(map(LOWER_OF, toks)))
        if len(_WORDS) >= _SENTENCES_KEPT:
            _WORDS.clear()
        _WORDS[id(toks)] = got
    _LAST_WORDS_OF, _LAST_WORDS = got
    return got[1]


#: The marks a word token holds between its letters ("Russia's", "mid-October": the token regex's joiners).
_JOINERS = re.compile(r"[-‐'’]")


def runs_of(toks: list[Token]) -> frozenset[str]:
    r""":func:`words_of` and the parts of its words that hold a joiner ("mid-october": "mid", "october"): every run of
    letters that stands between word boundaries in the sentence's lower-cased text (``\b[a-z]+\b``, ASCII) is one
    of them, as a token is a whole run of letters or runs joined by these marks. A rule that needs one of its words in
    a sentence (a month for a date) is not tried where they hold none.
    """
    words = words_of(toks)
    joined = " ".join(words)
    return words.union(_JOINERS.sub(" ", joined).split()) if _JOINERS.search(joined) else words


def caps_of(toks: list[Token]) -> list[int]:
    """Indices of the capitalised words (``is_word`` and ``is_cap``) of a sentence's tokens, where
    names may start: the scans for them look at these only.

    The answers are kept as :func:`words_of` keeps its; the caller must not change the list it gets.
    """
    global _LAST_CAPS_OF, _LAST_CAPS
    if toks is _LAST_CAPS_OF:
        return _LAST_CAPS
    got = _CAPS.get(id(toks))
    if got is None or got[0] is not toks:
        got = (toks, list(compress(count(), map(and_, map(CAP_OF, toks), map(WORD_OF, toks)))))
        if len(_CAPS) >= _SENTENCES_KEPT:
            _CAPS.clear()
        _CAPS[id(toks)] = got
    _LAST_CAPS_OF, _LAST_CAPS = got
    return got[1]


#: ``text -> (lower, is_word, is_cap, is_number)`` of the token texts :func:`tokenize` has seen, or ``()``
#: for a word with a possessive ending, which becomes two tokens (cleared when full).
_WORD_TRAITS: dict[str, tuple[str, bool, bool, bool] | tuple[()]] = {}


def _word_traits(word: str) -> tuple[str, bool, bool, bool] | tuple[()]:
    if len(_WORD_TRAITS) >= _TRAITS_MAX:
        _WORD_TRAITS.clear()
        _PIECES.clear()  # their words are asked about again
    traits = () if len(word) > 2 and word[-2:] in _POSSESSIVES and word[0].isalpha() else _traits(word)
    _WORD_TRAITS[word] = traits
    return traits


#: Marks that end a word glued to them ("region.", "Kyiv,"): no letter, digit nor joiner of a token.
_TAIL_MARKS = frozenset(".,;:!?)]}\"”»")


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Split ``text`` into tokens; a possessive ``'s`` becomes a token of its own.

    As no token holds white space and every other character is in one, the text is split at
    white space first: a run seen before as one token, or a run of letters, is one token, and a
    word with a mark after it two; only the other runs go through the token regex. The tokens
    stand at ``offset`` plus their place in ``text``.
    """
    out = _tokens_in(text, text, 0)
    if offset:
        for tok in out:
            tok.start, tok.end = tok.start + offset, tok.end + offset
    return out


#: ``run -> ((token text, start, end, traits), ...)``: the tokens of each run of text (no white space) that is not
#: one token (:func:`_word_traits` gave no traits for it), at their places in the run (cleared when full).
_PIECES: dict[str, tuple[tuple[str, int, int, tuple[str, bool, bool, bool]], ...]] = {}
#: A run of text with no white space (``\S`` is what ``str.split`` does not split at), and its text and places.
_RUN_RE = re.compile(r"\S+")
_RUN_TEXT, _RUN_START, _RUN_END = re.Match.group, re.Match.start, re.Match.end


def _pieces(chunk: str) -> tuple[tuple[str, int, int, tuple[str, bool, bool, bool]], ...]:
    """The tokens of a run of text that is not one token: their texts, places in the run and traits."""
    known = _WORD_TRAITS.get
    words = (chunk,) if chunk.isalpha() else (chunk[:-1], chunk[-1]) \
        if chunk[-1] in _TAIL_MARKS and chunk[:-1].isalpha() else _TOKEN_RE.findall(chunk)
    out = []
    start = 0
    for word in words:  # the tokens of a run follow one another with nothing between
        stop = start + len(word)
        traits = known(word) or _word_traits(word)
        if traits:
            out.append((word, start, stop, traits))
        else:  # "Russia's": "Russia", "'s"
            name, ending = word[:-2], word[-2:]
            out.append((name, start, stop - 2, _TRAITS.get(name) or _traits(name)))
            out.append((ending, stop - 2, stop, _TRAITS.get(ending) or _traits(ending)))
        start = stop
    got = tuple(out)
    if not known(chunk):  # (a word alone is one token from now on)
        if len(_PIECES) >= _TRAITS_MAX:
            _PIECES.clear()
        _PIECES[chunk] = got
    return got


def _tokens_in(text: str, part: str, begin: int) -> list[Token]:
    """The tokens of ``part``, which is ``text`` from ``begin`` on (a line), at their places in ``text``.

    Any run of ``part`` that :func:`_word_traits` has been asked about, with traits, is one token: each such
    run was once one token, and a token's text alone splits into itself only. The tokens of any other run
    are kept (:func:`_pieces`). The runs, their places and their traits are found at C speed (``finditer``
    and ``map``, white space as ``str.split`` sees it); only the tokens are made in Python.
    """
    out: list[Token] = []
    append, pieces, new = out.append, _PIECES.get, object.__new__
    runs = list(_RUN_RE.finditer(text, begin, begin + len(part)))
    chunks = list(map(_RUN_TEXT, runs))
    for chunk, start, end, traits in zip(chunks, map(_RUN_START, runs), map(_RUN_END, runs),
                                         map(_WORD_TRAITS.get, chunks)):
        if traits:  # a token seen before, alone (Token(chunk, start, end), without the call)
            tok = new(Token)
            tok.text, tok.start, tok.end = chunk, start, end
            tok.lower, tok.is_word, tok.is_cap, tok.is_number = traits
            append(tok)
            continue
        for word, at, stop, traits in pieces(chunk) or _pieces(chunk):
            tok = new(Token)
            tok.text, tok.start, tok.end = word, start + at, start + stop
            tok.lower, tok.is_word, tok.is_cap, tok.is_number = traits
            append(tok)
    return out


#: A line opening with a lower-case label and an ISO date ("date 2023-12-17 (MENAFN- UkrinForm) ...", "updated
#: 2024-03-01"): a page's stamp under its headline, never a hard-wrapped line's going on.
_STAMP_LINE = re.compile(r"\s*[a-z]+:? \d{4}-\d{2}-\d{2}\b")


def split_sentences(text: str, lex: Lexicon | None = None) -> list[tuple[int, int, list[Token]]]:
    """Sentences of ``text`` as ``(start, end, tokens)``, by the ``tokens.toml`` rules of a language
    (``lex``; English by default).

    Lines are split first; within a line, a sentence end (``.``, ``!``, ``?``) ends a sentence
    when a capital, digit or sentence opener follows, the word before is no abbreviation
    ("Gen.", "с.", "смт") nor an initial (a capital word of at most ``initial_letters``), and
    the sentence so far is more than the mark. A line that ends in a word, with the next starting
    in a lower-case word, goes on there (hard-wrapped text: "Two drones fell" and "in Borovsk."), unless that
    line is a page's date stamp (``_STAMP_LINE``: "date 2023-12-17 (MENAFN- UkrinForm) ...").
    """
    lex = lex or _LEX
    out: list[tuple[int, int, list[Token]]] = []
    _forget_sentences()
    pos = 0
    carry: list[Token] = []  # a line's tail that may go on in the next line
    for line in text.splitlines(keepends=True):
        toks = _tokens_in(text, line, pos)
        pos += len(line)
        if carry and toks and toks[0].is_word and not toks[0].is_cap and not _STAMP_LINE.match(line):
            toks = carry + toks
        elif carry:
            out.append((carry[0].start, carry[-1].end, carry))
        carry = _line_sentences(toks, lex, out) if toks else []
    if carry:
        out.append((carry[0].start, carry[-1].end, carry))
    return out


def _clock_before(toks: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether the full stop at ``i`` ends a clock time's abbreviation ("a.m.": tokens.toml ``clock_abbreviations``)."""
    return i >= 3 and "".join(t.text for t in toks[i - 3:i]).lower() in lex.clock_abbreviations


def _line_sentences(toks: list[Token], lex: Lexicon, out: list[tuple[int, int, list[Token]]]) -> list[Token]:
    """The sentences of one line's tokens, added to ``out``; the last, when no mark ends the line, is given back
    instead (it may go on in the next line)."""
    ends, abbreviations, openers, initials = (lex.sentence_ends, lex.all_abbreviations, lex.sentence_openers,
                                              lex.initial_letters)
    first, last = 0, len(toks) - 1
    # only the marks are visited: the tokens' texts compared in one pass
    for i in list(compress(count(), map(ends.__contains__, map(TEXT_OF, toks)))):
        if i == last or i <= first:
            continue
        prev, nxt = toks[i - 1], toks[i + 1]
        if prev.lower in abbreviations or (prev.is_cap and len(prev.text) <= initials):
            continue
        if prev.end == toks[i].start and nxt.start == toks[i].end and prev.text[-1].isdigit() \
                and nxt.text[0].isdigit():  # "20.06.2023": a date's dots end nothing
            continue
        if prev.end == toks[i].start and nxt.start == toks[i].end and prev.is_word and nxt.text.isupper():
            continue  # "Censor.NET reports": a site's name, glued to its dot on both sides
        if nxt.lower in lex.clock_zones and _clock_before(toks, i, lex):
            continue  # "10:00 a.m. Moscow time": a clock time's zone
        if nxt.text[0].isupper() or nxt.text[0].isdigit() or nxt.text in openers:
            out.append((toks[first].start, toks[i].end, toks[first:i + 1]))
            first = i + 1
    if first <= last and toks[last].is_word:  # no mark ends the line
        return toks[first:]
    if first <= last:
        out.append((toks[first].start, toks[last].end, toks[first:]))
    return []
