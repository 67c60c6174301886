"""Region and settlement mentions in one sentence: the ``[[region]]``, ``[[place]]`` and
``[[place_cue]]`` patterns of ``mapper/rules/<lang>/``.

Names are scanned left to right over capitalised words; a word once part of a mention
(or of a person's name, marked by the caller) is ``taken`` and not looked at again.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from dataclasses import dataclass
from itertools import compress, count

from ..rules import load_lexicon
from ..text import by_first_word, normalize, word_prefixes
from ._model import Cue, NameIndex
from ._regionnames import RegionNames
from ._tokens import LOWER_OF, TEXT_OF, Token, caps_of, words_of

_LEX = load_lexicon()
_STOPWORDS, _COUNTRY_CUES = _LEX.all_stopwords, _LEX.country_cues
_REGION_WORDS, _REGION_PLURALS = _LEX.region_words, _LEX.region_plurals
_GAZETTEER = _LEX.rule("place.gazetteer")
_ADJECTIVE_ENDINGS = _LEX.district_adjective_endings
_BEFORE_NOUN = _LEX.rule("place.before_noun")
_LIST = _LEX.rule("place.list")
_IN_REGION = _LEX.rule("place.in_region")
_REPUBLIC = _LEX.rule("region.republic_of")
_REPUBLIC_WORDS = [p.split() for p in _REPUBLIC["prefixes"]]
_REPUBLIC_FIRST = frozenset(words[0] for words in _REPUBLIC_WORDS if words)
_FULL_NAME = _LEX.rule("region.full_name")
_NAME_AND_WORD = _LEX.rule("region.name_and_word")
_GOVERNOR = _LEX.rule("region.governor")
_STANDALONE = _LEX.rule("region.standalone")
_REGION_LIST = _LEX.rule("region.list")
_ANAPHORA = _LEX.rule("region.anaphora")
_LIST_AFTER, _CAPITAL = _LEX.rule("region.list_after"), _LEX.rule("region.capital")
_SURROUNDING, _AROUND_CITY = _LEX.rule("region.surrounding"), _LEX.rule("region.around_city")
_ATTACH_FILLERS = _IN_REGION["fillers"] | _LEX.district_words
# what is looked at token by token, bound once
_MAX_NAME_WORDS, _NAME_WORDS, _NAME_JOINERS = _LEX.max_name_words, _LEX.name_words, _LEX.region_name_joiners
_LIST_JOINERS, _ADMIN_WORDS, _DISTRICT_WORDS = _LEX.list_joiners, _LEX.admin_words, _LEX.district_words
_SETTLEMENT_NOUNS = _BEFORE_NOUN["nouns"]
_MATERIALS = _BEFORE_NOUN["materials"]
_MIN_CHARS, _ACRONYM_CHARS = _GAZETTEER["min_chars"], _GAZETTEER["acronym_chars"]
_ANAPHOR_WORDS, _ANAPHOR_NOUNS = _ANAPHORA["determiners"], _ANAPHORA["nouns"]
_CITY_DISTRICT = _LEX.rule("place.city_district")
_REGION_SPELLING = _LEX.rule("place.region_spelling")
_STARTS_KEPT = 100_000  # words whose answer :meth:`MentionFinder._may_start` keeps
_CAPITAL_WORDS, _SURROUNDING_NOUNS = _LEX.capital_words, _SURROUNDING["nouns"]
#: First word of a place cue -> the cues (as word lists) and their pattern ids, longest first.
_CUES_BY_FIRST = by_first_word((cue.split(), rule) for cue, rule in sorted(
    ((w, p.id) for p in _LEX.family("place_cue") for w in p["words"]), key=lambda t: len(t[0]), reverse=True))
#: Words without which the region lists and "the capital" find nothing.
_MENTION_WORDS = frozenset(_REGION_PLURALS | _CAPITAL_WORDS)
_LONGEST_CUE = max((len(words) for cues in _CUES_BY_FIRST.values() for words, _ in cues), default=0)
# pattern parameters read in the scans, bound once
_AROUND_CITY_AFTER = _AROUND_CITY["after"]
_AROUND_CITY_LIST_NOUNS = _AROUND_CITY["list_nouns"]
_AROUND_CITY_LIST_SKIP = _AROUND_CITY["list_skip"]
_AROUND_CITY_LIST_WINDOW = _AROUND_CITY["list_window"]
_AROUND_CITY_WINDOW = _AROUND_CITY["window"]
_ATTACK_NOUNS, _REPEL_WORDS = _AROUND_CITY["attack_nouns"], _AROUND_CITY["repel_words"]
_ATTACK_WINDOW, _REPEL_BEFORE_OFF = _AROUND_CITY["attack_window"], _AROUND_CITY["repel_before_off"]
_ATTACK_TARGETS = _AROUND_CITY["attack_targets"]
_CAPITAL_ARTICLES = _CAPITAL["articles"]
_CAPITAL_NOT_BEFORE = _CAPITAL["not_before"]
_CITY_DISTRICT_ARTICLES = _CITY_DISTRICT["articles"]
_CITY_DISTRICT_WORDS = _CITY_DISTRICT["words"]
_GOVERNOR_ADJECTIVES = _GOVERNOR["adjectives"]
_GOVERNOR_AFTER_ADJECTIVE = _GOVERNOR["after_adjective"]
_GOVERNOR_NOUNS = _GOVERNOR["nouns"]
_GOVERNOR_OF = _GOVERNOR["of"]
_IN_REGION_DISTRICT_NAME_WORDS = _IN_REGION["district_name_words"]
_IN_REGION_WINDOW = _IN_REGION["window"]
_LIST_LOOKBACK = _LIST["lookback"]
_LIST_NOUNS = _LIST["nouns"]
_LIST_AFTER_AFTER = _LIST_AFTER["after"]
_REGION_LIST_JOINERS = _REGION_LIST["joiners"]
_SURROUNDING_AROUND = _SURROUNDING["around"]
_SURROUNDING_AROUND_WHAT = _SURROUNDING["around_what"]


@dataclass(slots=True, unsafe_hash=True)  # hashable as when it was frozen (public)
class Found:
    """A mention found in a sentence: its token span, why, the rule that found it, and for a
    region its code."""

    start: int
    end: int
    cue: Cue
    rule: str
    code: str | None = None


@dataclass(slots=True)
class _ListItem:
    start: int
    end: int
    known: bool  # already a mention (a gazetteer name)


def _span(found: Found) -> tuple[int, int]:
    return found.start, found.end


def _take(taken: list[bool], start: int, end: int) -> None:
    for j in range(start, end):
        taken[j] = True


def _scan(toks: list[Token], taken: list[bool], match, may_start) -> list[Found]:
    """Left to right over capitalised words not yet taken: ``match(i)`` gives a
    :class:`Found` or None (never where ``may_start(word)`` is false); each hit's tokens are
    taken and the scan goes on after it."""
    found: list[Found] = []
    end = 0
    for i in caps_of(toks):
        if i < end or taken[i] or not may_start(toks[i].text):
            continue
        hit = match(i)
        if hit:
            found.append(hit)
            _take(taken, hit.start, hit.end)
            end = hit.end
    return found


class _Memo:
    """Membership in a container (a :class:`mapper.gazetteer.KeyTable`) kept per key: the same words are
    asked about again and again, and a dict answers faster than the table (which, asked often
    enough, would build a dict of all its strings)."""

    __slots__ = ("container", "seen")

    def __init__(self, container) -> None:
        self.container = container
        self.seen: dict[str, bool] = {}

    def __contains__(self, key: str) -> bool:  # type: ignore[override]
        got = self.seen.get(key)
        if got is None:
            if len(self.seen) >= _STARTS_KEPT:
                self.seen.clear()
            got = self.seen[key] = key in self.container
        return got


def _memo(container):
    """``container`` behind a :class:`_Memo`, unless it is a dict or set already (or None)."""
    return container if container is None or isinstance(container, (dict, set, frozenset)) else _Memo(container)


class MentionFinder:
    """Finds region and settlement mentions in a sentence.

    Parameters
    ----------
    index : NameIndex
        Settlement names (normalised) to look for.
    regions : RegionNames
        Region names to look for.
    """

    def __init__(self, index: NameIndex, regions: RegionNames) -> None:
        self.index = index
        self.regions = regions
        self.max_region_words = min(regions.max_words, _MAX_NAME_WORDS)
        self.name_prefixes = _memo(_prefixes_of(index))
        self.keys = _memo(index.keys)
        region_keys = {**regions.full, **regions.stems, **regions.standalone}
        self.region_keys, self.region_prefixes = region_keys, word_prefixes(region_keys)
        self._starts: dict[str, tuple[bool, bool]] = {}  # word -> (may start a region, a place name)
        # one-word region names before a region word that the gazetteer does not know ("Zaporizhia")
        self._loose, self._people = getattr(index, "lookup_loose", None), getattr(index, "population", None)
        self._stray_stems = frozenset(k for k in regions.stems if " " not in k and k not in self.keys) \
            if self._loose is not None and self._people is not None else frozenset()

    def _may_start(self, word: str) -> tuple[bool, bool]:
        """Whether a region's name (or "Republic of ...") and a gazetteer name may start with ``word``:
        not when its key is neither a key nor a word-prefix of one (what :func:`_known_words` tells
        first), kept per word."""
        got = self._starts.get(word)
        if got is None:
            key = normalize(word)
            region = word.lower() in _REPUBLIC_FIRST or not key or key in self.region_keys \
                or key in self.region_prefixes
            place = self.name_prefixes is None or not key or key in self.keys or key in self.name_prefixes
            if len(self._starts) >= _STARTS_KEPT:
                self._starts.clear()
            got = self._starts[word] = (region, place)
        return got

    def _may_start_region(self, word: str) -> bool:
        return self._may_start(word)[0]

    def _may_start_place(self, word: str) -> bool:
        return self._may_start(word)[1]

    def finds_nothing(self, toks: list[Token]) -> bool:
        """Whether :meth:`regions_in`, :meth:`places_in` and :meth:`capitals_in` surely find nothing in a
        sentence, whatever is taken: no region list word nor "the capital", and at most one capitalised
        word (a list of names needs two), with which no region's or gazetteer name may start, and which
        has no place cue before it nor a settlement noun after it."""
        caps = caps_of(toks)
        if len(caps) > 1 or not words_of(toks).isdisjoint(_MENTION_WORDS):
            return False
        if not caps:
            return True
        c = caps[0]
        if c and not words_of(toks).isdisjoint(_CUES_BY_FIRST):
            return False
        if c + 1 < len(toks) and toks[c + 1].lower in _SETTLEMENT_NOUNS:
            return False
        return self._may_start(toks[c].text) == (False, False)

    # -- regions ------------------------------------------------------------------------
    def regions_in(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """Region mentions of a sentence, in text order (their tokens become taken)."""
        found = _scan(toks, taken, lambda i: self._region_at(toks, taken, i), self._may_start_region)
        found += self._region_lists(toks, taken, found)
        found += self._lists_after(toks, taken, {f.start: f.end for f in found})
        return sorted(found, key=_span)

    def _region_at(self, toks: list[Token], taken: list[bool], i: int) -> Found | None:
        """A region mention starting at token ``i``: "Republic of Tatarstan", "Kaluga Oblast",
        "Kaluga region", "Bryansk governor", "Crimea"."""
        n, names = len(toks), self.regions
        for words in _REPUBLIC_WORDS if toks[i].lower in _REPUBLIC_FIRST else ():
            w = len(words)
            if toks[i].lower == words[0] and i + w < n and list(map(LOWER_OF, toks[i:i + w])) == words:
                for k in range(min(self.max_region_words, n - i - w), 0, -1):
                    key = normalize(" ".join(map(TEXT_OF, toks[i + w:i + w + k])))
                    if key in names.stems:
                        return Found(i, i + w + k, Cue.REGION_WORD, _REPUBLIC.id, names.stems[key])
        for k in range(_known_words(toks, i, min(self.max_region_words, n - i), self.region_keys,
                                    self.region_prefixes), 0, -1):
            span = toks[i:i + k]
            if not all(t.is_word or t.text in _NAME_JOINERS for t in span) or any(taken[i:i + k]):
                continue
            key = _run_key(toks, i, k)
            nxt = toks[i + k] if i + k < n else None
            if key in names.full:
                return Found(i, i + k, Cue.REGION_NAME, _FULL_NAME.id, names.full[key])
            if key in names.stems and nxt is not None and nxt.lower in _REGION_WORDS \
                    and nxt.lower not in _REGION_PLURALS:
                return Found(i, i + k + 1, Cue.REGION_WORD, _NAME_AND_WORD.id, names.stems[key])
            if key in names.stems and (_governor_after(toks, i + k) or _governor_before(toks, i)):
                return Found(i, i + k, Cue.AUTHORITY, _GOVERNOR.id, names.stems[key])
            if key in names.standalone:
                return Found(i, i + k, Cue.STANDALONE, _STANDALONE.id, names.standalone[key])
        return None

    def _region_lists(self, toks: list[Token], taken: list[bool], found: list[Found]) -> list[Found]:
        """The other names of a list ending in a region word: "the Kursk, Bryansk and Belgorod
        regions", "Kherson, Donetsk, and Zaporizhzhia oblast"."""
        plural = not words_of(toks).isdisjoint(_REGION_PLURALS)
        heads: list[tuple[int, str | None]] = [(p, None) for p, tok in enumerate(toks)
                                               if tok.lower in _REGION_PLURALS] if plural else []
        heads += [(f.start, f.code) for f in found if f.cue in (Cue.REGION_WORD, Cue.REGION_NAME)
                  and toks[f.end - 1].lower in _REGION_WORDS
                  and f.start > 1 and (toks[f.start - 1].lower in _LIST_JOINERS or toks[f.start - 1].text == ",")]
        out: list[Found] = []
        for p, head_code in heads:
            j = p - 1
            while j >= 0:
                if toks[j].text == "," or toks[j].lower in _REGION_LIST_JOINERS:
                    j -= 1
                    continue
                stem = self._stem_ending_at(toks, taken, j)
                if stem and head_code and stem[1] == head_code:
                    break  # "hit Dnipro, Dnipropetrovsk Oblast Governor ...": the city and its region, no list
                if stem:  # "Nizhny Novgorod" whole, not "Novgorod"
                    start, code = stem
                    out.append(Found(start, j + 1, Cue.REGION_WORD, _REGION_LIST.id, code))
                    _take(taken, start, j + 1)
                    j = start - 1
                    continue
                if taken[j] and any(f.start <= j < f.end for f in found + out):
                    j -= 1
                    continue
                break
        return out

    def _lists_after(self, toks: list[Token], taken: list[bool], known: dict[int, int]) -> list[Found]:
        """"five oblasts: Kyiv, Cherkasy and Kherson", "the regions of Bryansk and Belgorod" (past
        regions already found in the list)."""
        out: list[Found] = []
        if words_of(toks).isdisjoint(_REGION_PLURALS):
            return out
        for p, tok in enumerate(toks[:-1]):
            if tok.lower not in _REGION_PLURALS or toks[p + 1].text not in _LIST_AFTER_AFTER:
                continue
            j = p + 2
            while j < len(toks):
                if toks[j].text == "," or toks[j].lower in _REGION_LIST_JOINERS:
                    j += 1
                    continue
                if j in known:
                    j = known[j]
                    continue
                stem = self._stem_starting_at(toks, taken, j)
                if stem is None:
                    break
                end, code = stem
                out.append(Found(j, end, Cue.REGION_WORD, _LIST_AFTER.id, code))
                _take(taken, j, end)
                j = end
        return out

    def _stem_ending_at(self, toks: list[Token], taken: list[bool], j: int) -> tuple[int, str] | None:
        """The longest region name (a stem: "Nizhny Novgorod", "Kursk") of free capitalised words
        ending at token ``j``: its first token and code."""
        for k in range(min(self.max_region_words, j + 1), 0, -1):
            span = toks[j - k + 1:j + 1]
            if all(t.is_cap and not taken[j - k + 1 + i] for i, t in enumerate(span)):
                code = self.regions.stems.get(normalize(" ".join(map(TEXT_OF, span))))
                if code:
                    return j - k + 1, code
        return None

    def _stem_starting_at(self, toks: list[Token], taken: list[bool], j: int) -> tuple[int, str] | None:
        """The longest region name of free capitalised words starting at token ``j``: the index
        after it and its code."""
        for k in range(min(self.max_region_words, len(toks) - j), 0, -1):
            span = toks[j:j + k]
            if all(t.is_cap and not taken[j + i] for i, t in enumerate(span)):
                code = self.regions.stems.get(normalize(" ".join(map(TEXT_OF, span))))
                if code:
                    return j + k, code
        return None

    # -- settlements ----------------------------------------------------------------------
    def places_in(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """Settlement mentions of a sentence, in text order (their tokens become taken)."""
        found = self._after_cues(toks, taken)
        found += _scan(toks, taken, lambda i: self._gazetteer_name_at(toks, taken, i), self._may_start_place)
        found += self._before_nouns(toks, taken)
        found += self._before_district(toks, taken)
        if not self._stray_stems.isdisjoint(words_of(toks)):
            found += self._region_spellings(toks, taken)
        found += self._lists(toks, taken, found)
        return sorted(found, key=_span)

    def _gazetteer_name_at(self, toks: list[Token], taken: list[bool], i: int) -> Found | None:
        """The longest run of capitalised words from ``i`` that the gazetteer knows."""
        runs = _name_runs(toks, taken, i, self.keys, self.name_prefixes)
        if runs is None:
            return self._gazetteer_name_by_keys(toks, taken, i)
        for k in reversed(runs):
            span = toks[i:i + k]
            if (k == 1 and not _plausible_single(toks[i])) or all(t.lower in _STOPWORDS for t in span):
                continue
            return Found(i, i + k, Cue.GAZETTEER, _GAZETTEER.id)
        return None

    def _gazetteer_name_by_keys(self, toks: list[Token], taken: list[bool], i: int) -> Found | None:
        """:meth:`_gazetteer_name_at` by the key of each run (where a word has no key of its own)."""
        keys = self.keys
        for k in range(_known_words(toks, i, min(_MAX_NAME_WORDS, len(toks) - i), keys, self.name_prefixes), 0, -1):
            span = toks[i:i + k]
            if any(taken[i:i + k]) or not all(t.is_word and t.is_cap for t in span):
                continue
            if _run_key(toks, i, k) not in keys:
                continue
            if (k == 1 and not _plausible_single(toks[i])) or all(t.lower in _STOPWORDS for t in span):
                continue
            return Found(i, i + k, Cue.GAZETTEER, _GAZETTEER.id)
        return None

    def _after_cues(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """"the village of Mokraya Orlovka": the whole name after the cue, known or not."""
        out: list[Found] = []
        caps = caps_of(toks)
        if not caps or words_of(toks).isdisjoint(_CUES_BY_FIRST):
            return out
        # a name starts with a capitalised word: a cue that finds one starts at most _LONGEST_CUE words before
        # (the cues' first words found at C speed, each kept where a capitalised word follows close enough)
        starts = [i for i in compress(count(), map(_CUES_BY_FIRST.__contains__, map(LOWER_OF, toks)))
                  if (k := bisect_right(caps, i)) < len(caps) and caps[k] <= i + _LONGEST_CUE]
        for i in starts:
            for words, rule in _CUES_BY_FIRST[toks[i].lower]:
                if list(map(LOWER_OF, toks[i:i + len(words)])) == words:
                    s = i + len(words)
                    e = _name_end(toks, s, taken)
                    if e > s:
                        key = normalize(" ".join(map(TEXT_OF, toks[s:e])))
                        out.append(Found(s, e, Cue.GAZETTEER if key in self.keys else Cue.CUE_WORD, rule))
                        _take(taken, s, e)
                    break
        return out

    @staticmethod
    def _before_nouns(toks: list[Token], taken: list[bool]) -> list[Found]:
        """"Tulyanka village": a name before a settlement noun."""
        out: list[Found] = []
        if words_of(toks).isdisjoint(_SETTLEMENT_NOUNS):
            return out
        for i in range(1, len(toks)):
            if toks[i].lower in _SETTLEMENT_NOUNS and not toks[i].is_cap:
                e = i - (toks[i - 1].lower in _MATERIALS and not toks[i - 1].is_cap)  # "the Ilsky oil refinery"
                s = e
                while s > 0 and e - s < _NAME_WORDS and _name_word(toks, s - 1, taken):
                    s -= 1
                if s < e:
                    out.append(Found(s, e, Cue.CUE_WORD, _BEFORE_NOUN.id))
                    _take(taken, s, e)
        return out

    def _before_district(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """"the Graivoron district": a town's name before a district word that the gazetteer knows only under another
        spelling (Grayvoron; the index's loose keys), so that the geocoder finds the town the district is named after;
        not an adjective ("the Kamensky district", "the Solomianskyi district": no town's own name)."""
        out: list[Found] = []
        lookup_loose = getattr(self.index, "lookup_loose", None)
        if lookup_loose is None or words_of(toks).isdisjoint(_DISTRICT_WORDS):
            return out
        for i in range(1, len(toks)):
            if toks[i].lower in _DISTRICT_WORDS and _name_word(toks, i - 1, taken) \
                    and not toks[i - 1].lower.endswith(_ADJECTIVE_ENDINGS) \
                    and normalize(toks[i - 1].text) not in self.keys and lookup_loose(toks[i - 1].text):
                out.append(Found(i - 1, i, Cue.GAZETTEER, _GAZETTEER.id))
                _take(taken, i - 1, i)
        return out

    def _region_spellings(self, toks: list[Token], taken: list[bool]) -> list[Found]:
        """"an industrial site in Zaporizhia": a free capitalised word that names a region before a region word
        ("Zaporizhia region", a spelling of the boundary layer) but is no gazetteer key, standing without its region
        word, is the big city the region is named after, under another spelling (the index's loose keys find
        Zaporizhzhia); only where a loose reading has ``population`` people or more. Called only for a sentence that
        holds such a word."""
        out: list[Found] = []
        lookup_loose, people, stray = self._loose, self._people, self._stray_stems
        if lookup_loose is None or people is None:  # (no such words without them: _stray_stems is empty)
            return out
        least = _REGION_SPELLING["population"]
        for i in caps_of(toks):
            word = toks[i].text
            if taken[i] or normalize(word) not in stray:
                continue
            if any(people[p] >= least for p in lookup_loose(word)):
                out.append(Found(i, i + 1, Cue.GAZETTEER, _REGION_SPELLING.id))
                _take(taken, i, i + 1)
        return out

    @staticmethod
    def _lists(toks: list[Token], taken: list[bool], known: list[Found]) -> list[Found]:
        """Unknown names in a list of places: with a known place in it ("Borovsk, Kirov,
        Maloyaroslavets, and Yernov") or announced ("the affected villages were A and B")."""
        out: list[Found] = []
        starts = {f.start: f.end for f in known}
        after = 0
        # a list starts at a name found, or at a capitalised word
        for i in sorted(starts.keys() | set(caps_of(toks))) if starts else caps_of(toks):
            if i < after or (i not in starts and not _name_word(toks, i, taken)):  # no list starts here
                continue
            items, j = _list_at(toks, taken, starts, i)
            if len(items) < 2:
                continue
            before = [t.lower for t in toks[max(0, items[0].start - _LIST_LOOKBACK):items[0].start]]
            if any(w in _LIST_NOUNS for w in before) or any(item.known for item in items):
                for item in items:
                    if not item.known:
                        out.append(Found(item.start, item.end, Cue.LIST, _LIST.id))
                        _take(taken, item.start, item.end)
            after = max(j, i + 1)
        return out

    # -- what the text says around a name ----------------------------------------------------
    @staticmethod
    def capitals_in(toks: list[Token], taken: list[bool]) -> list[tuple[int, int, str | None]]:
        """"the capital", "the Ukrainian capital": ``(start, end, country)`` of each, the country
        None where the text names none ("the capital": the one the report tells of)."""
        out: list[tuple[int, int, str | None]] = []
        if words_of(toks).isdisjoint(_CAPITAL_WORDS):
            return out
        lows = list(map(LOWER_OF, toks))
        articles = _CAPITAL_ARTICLES
        for i in range(1, len(toks)):
            if lows[i] not in _LEX.capital_words or taken[i] \
                    or (i + 1 < len(toks) and lows[i + 1] in _CAPITAL_NOT_BEFORE):
                continue
            if i + 1 < len(toks) and toks[i + 1].is_cap and normalize(toks[i + 1].text) in _LEX.city_regions:
                continue  # "the capital Moscow": the city's own name, found as a place, says which
            if lows[i - 1] in articles:
                out.append((i - 1, i + 1, None))
            elif lows[i - 1] in _COUNTRY_CUES:
                out.append((i - 1, i + 1, _COUNTRY_CUES[lows[i - 1]]))
        return out

    @staticmethod
    def surrounding_at(toks: list[Token]) -> int | None:
        """Token index of "surrounding" in "the surrounding region", or of "region" in "the region
        around it": the region around a city told just before."""
        nouns, words = _SURROUNDING_NOUNS, words_of(toks)
        if words.isdisjoint(nouns):  # "surrounding region", "region around it": a noun in both
            return None
        if words.isdisjoint(_LEX.surrounding_words) and words.isdisjoint(_SURROUNDING_AROUND):
            return None  # neither "surrounding" nor "around"
        for i in range(1, len(toks) - 1):
            low, nxt = toks[i].lower, toks[i + 1].lower
            around_it = low in nouns and i + 2 < len(toks) and nxt in _SURROUNDING_AROUND \
                and toks[i + 2].lower in _SURROUNDING_AROUND_WHAT
            if (low in _LEX.surrounding_words and nxt in nouns) or around_it:
                return i
        return None

    @staticmethod
    def around_city(toks: list[Token], s: int, e: int) -> str | None:
        """"near Moscow", "outside Kyiv": the region around a city that is a region of its own."""
        code = _LEX.city_regions.get(normalize(" ".join(map(TEXT_OF, toks[s:e]))))
        if code is None:
            return None
        if not any(t.lower in _LEX.around_words for t in toks[max(0, s - _AROUND_CITY_WINDOW):s]) \
                and not (e < len(toks) and toks[e].lower in _AROUND_CITY_AFTER) and not _in_region_list(toks, s) \
                and not _repelled_attack_on(toks, s):
            return None
        return _LEX.around_city_regions.get(code)

    def listed_region_name(self, toks: list[Token], s: int, e: int, bare_at: dict[int, int]) -> str | None:
        """The region a place at ``s:e`` is named after, when it stands in a list of regions ("Mykolaiv and Kherson
        (south)" after "the Kyiv and Chernihiv regions (north), Kirovohrad, Dnipropetrovsk ..."): a hint for
        its geocoding, so that the region's own city wins over a namesake village near another region listed."""
        if not (_in_region_list(toks, s) or city_in_bare_region_list(toks, s, e, bare_at)):
            return None
        return self.regions.stems.get(normalize(" ".join(map(TEXT_OF, toks[s:e]))))

    @staticmethod
    def is_district(toks: list[Token], e: int) -> bool:
        """The name ending before token ``e`` is a district's ("the Kramatorsk district", "the Dzerzhinsky District
        today"), also in a
        list before the district word ("the Shevchenkivskyi and Kholodnohirskyi districts"); not a village
        before a comma and its district ("the village of Novomykolaivka, Kupiansk district")."""
        j = e
        while j < len(toks) and j - e < 2 * _MAX_NAME_WORDS \
                and (toks[j].text == "," or toks[j].lower in _LIST_JOINERS
                     or (toks[j].is_word and toks[j].is_cap and toks[j].lower not in _DISTRICT_WORDS)):
            j += 1
        named = j
        if j + 1 < len(toks) and toks[j].lower in _LEX.district_qualifiers and toks[j + 1].lower in _DISTRICT_WORDS:
            j += 1  # "the Oktyabrsky rural district"
        if j == len(toks) or toks[j].lower not in _DISTRICT_WORDS or not (named == e or toks[named - 1].is_cap):
            return False
        # one district ("district", not "districts"): only the name right before it
        return toks[j].lower.endswith("s") or all(t.is_word for t in toks[e:named])

    @staticmethod
    def city_district(toks: list[Token], e: int, region_at: dict[int, str]) -> bool:
        """The name ending before token ``e`` is a district of the city named after it ("the
        Zheleznodorozhny district of Orel", "the Kyivskyi district of Kharkiv"), not a town of its
        own; not a district of a region ("the Synelnykove district of the Dnipropetrovsk region")."""
        n = len(toks)
        if not (e + 2 < n and toks[e].lower in _CITY_DISTRICT_WORDS and toks[e + 1].lower == "of"):
            return False
        k = e + 2 + (1 if toks[e + 2].lower in _CITY_DISTRICT_ARTICLES else 0)
        if k >= n or not toks[k].is_cap or k in region_at:
            return False
        j = k
        while j < n and toks[j].is_cap and j - k < _MAX_NAME_WORDS:
            j += 1
        return not (j < n and toks[j].lower in _LEX.region_words)

    @staticmethod
    def anaphor(toks: list[Token]) -> tuple[int, int] | None:
        """Token span of "the region", "his region", "the oblast" (not "the Kursk region")."""
        if words_of(toks).isdisjoint(_ANAPHOR_NOUNS):
            return None
        for i in range(len(toks) - 1):
            if toks[i].lower in _ANAPHOR_WORDS and toks[i + 1].lower in _ANAPHOR_NOUNS:
                return (i, i + 2)
        return None

    @staticmethod
    def attached_region(toks: list[Token], end: int, region_at: dict[int, str]) -> str | None:
        """The region a place name is placed in by the text itself: "Derhachi, Kharkiv region",
        "Kirovsk in the Leningrad region", "Mokraya Orlovka in the Graivoron District of the Belgorod Region"."""
        j, n = end, len(toks)
        while j < n and j - end < _IN_REGION_WINDOW:
            if j in region_at:
                return region_at[j]
            if toks[j].lower in _ATTACH_FILLERS:
                j += 1
                continue
            district_end = _district_name_end(toks, j, region_at)
            if district_end is None:
                return None
            j = district_end
        return None


def _prefixes_of(index: NameIndex) -> Container[str] | None:
    """The word-prefixes of the index's keys (stored with a :class:`mapper.GazetteerIndex`), or None
    for a container whose keys cannot be listed."""
    stored = getattr(index, "prefixes", None)
    if stored:
        return stored
    keys = index.keys
    return word_prefixes(keys) if isinstance(keys, (dict, set, frozenset, list, tuple)) else None


def _known_words(toks: list[Token], i: int, most: int, keys, prefixes: Container[str] | None) -> int:
    """How many words from ``i`` (at most ``most``) may still be a name of ``keys``: a run stops
    where its key is neither a key nor a word-prefix of one (longer runs begin with that key)."""
    if prefixes is None or most < 1:
        return most
    key = normalize(toks[i].text)  # the first word's key, looked up here: most runs stop at it
    if key and key not in keys and key not in prefixes:
        return 0
    for k in range(1, most + 1):
        key = _longer_key(toks, i, k, key) if k > 1 else key
        if not key:
            return most
        if key not in keys and key not in prefixes:
            return k - 1
    return most


def _name_runs(toks: list[Token], taken: list[bool], i: int, keys, prefixes: Container[str] | None) -> list[int] | None:
    """Lengths of the runs of free capitalised words from ``i`` (at most ``max_name_words``) whose key is
    one of ``keys``, shortest first, each key the one before, a space and the next word's: the runs stop
    where a key is neither a key nor a word-prefix of one (as :func:`_known_words`). None when a word has
    no key (a longer run's key is then not built so)."""
    out: list[int] = []
    key = ""
    for j in range(i, min(len(toks), i + _MAX_NAME_WORDS)):
        tok = toks[j]
        if taken[j] or not (tok.is_word and tok.is_cap):
            break
        last = normalize(tok.text)
        if not last:
            return None
        key = f"{key} {last}" if key else last
        if key in keys:
            out.append(j + 1 - i)
        elif prefixes is not None and key not in prefixes:
            break
    return out


def _run_key(toks: list[Token], i: int, k: int) -> str:
    """The key of the ``k`` tokens from ``i``: ``normalize(" ".join(their texts))``."""
    if k == 1:
        return normalize(toks[i].text)
    return normalize(" ".join([t.text for t in toks[i:i + k]]))


def _longer_key(toks: list[Token], i: int, k: int, shorter: str) -> str:
    """:func:`_run_key` of ``k`` tokens from ``i``, given ``shorter``, the key of the first ``k - 1`` (not
    empty for ``k`` > 1): as :func:`normalize` folds character by character and makes every run of
    separators one space, it is that key, a space and the last token's key when that is not empty."""
    last = normalize(toks[i + k - 1].text)
    return f"{shorter} {last}" if last else _run_key(toks, i, k)


def _governor_after(toks: list[Token], j: int) -> bool:
    """"governor", "regional governor", "region's governor" from token ``j``; after the name's possessive, past who
    made the official ("Sevastopol's Russian-installed governor": clauses.toml ``title_between``)."""
    if j < len(toks) and toks[j].text in _LEX.possessives:  # "Sevastopol's governor"
        j += 1 + (j + 1 < len(toks) and toks[j + 1].lower in _LEX.title_between)
    words = list(map(LOWER_OF, toks[j:j + 3])) + ["", "", ""]
    nouns = _GOVERNOR_NOUNS
    if words[0] in nouns:
        return True
    return words[0] in _GOVERNOR_ADJECTIVES and (
        words[1] in nouns or words[1] in _GOVERNOR_AFTER_ADJECTIVE
        or (words[1] in _LEX.possessives and words[2] in nouns))


def _governor_before(toks: list[Token], i: int) -> bool:
    """"the governor of" just before token ``i``: "Governor of Sevastopol Mikhail Razvozhayev"."""
    return i >= 2 and toks[i - 1].lower in _GOVERNOR_OF and toks[i - 2].lower in _GOVERNOR_NOUNS


def _district_name_end(toks: list[Token], j: int, region_at: dict[int, str]) -> int | None:
    """After "the Graivoron District" starting at ``j``: the token after the district word, or None."""
    n = len(toks)
    if not (toks[j].is_word and toks[j].is_cap):
        return None
    k = j
    while k < n and k - j < _IN_REGION_DISTRICT_NAME_WORDS and toks[k].is_word and toks[k].is_cap \
            and k not in region_at and toks[k].lower not in _DISTRICT_WORDS:
        k += 1
    return k + 1 if k < n and toks[k].lower in _DISTRICT_WORDS else None


def _plausible_single(tok: Token) -> bool:
    """A one-word name that may be a place: no stop word or country, long enough, no acronym (AD, UAV, TASS)."""
    low = tok.lower
    if low in _STOPWORDS or low in _COUNTRY_CUES or len(tok.text) < _MIN_CHARS:
        return False
    return not (tok.text.isupper() and len(tok.text) <= _ACRONYM_CHARS)


def _name_word(toks: list[Token], j: int, taken: list[bool]) -> bool:
    """Token ``j`` can be part of a place's name: capitalised, free, no stopword or country."""
    tok = toks[j]
    return tok.is_word and tok.is_cap and not taken[j] and tok.lower not in _STOPWORDS \
        and tok.lower not in _COUNTRY_CUES


def _name_end(toks: list[Token], i: int, taken: list[bool]) -> int:
    """End of a capitalised name (up to ``name_words`` words) starting at ``i``."""
    j = i
    while j < len(toks) and j - i < _NAME_WORDS and _name_word(toks, j, taken):
        j += 1
    return j


def _list_at(toks: list[Token], taken: list[bool], starts: dict[int, int], i: int) -> tuple[list[_ListItem], int]:
    """The names of a list starting at ``i`` (mentions already found, or capitalised names), and
    where the list stops."""
    items: list[_ListItem] = []
    n, j = len(toks), i
    while j < n:
        if j in starts:
            items.append(_ListItem(j, starts[j], True))
            j = starts[j]
        else:
            e = _name_end(toks, j, taken)
            if e == j or (e < n and toks[e].lower in _ADMIN_WORDS):  # "Volokonovsky district": no settlement
                break
            items.append(_ListItem(j, e, False))
            j = e
        k = j
        while k < n and (toks[k].text == "," or toks[k].lower in _LIST_JOINERS):
            k += 1
        if k == j or k >= n:
            break
        j = k
    return items, j


def _repelled_attack_on(toks: list[Token], s: int) -> bool:
    """The city at ``s`` is the aim of an attack the sentence tells was fought off ("air defences repelled a drone
    attack on Moscow", "an attack by several drones on Kyiv was foiled"): regions.toml ``region.around_city``
    ``attack_nouns``, ``repel_words``, ``repel_before_off``; "an attack on facilities in Moscow was thwarted":
    ``attack_targets``."""
    words = words_of(toks)
    on = s - 1
    if s >= 4 and toks[on].lower == "in" and toks[s - 2].lower in _ATTACK_TARGETS:
        on = s - 3
    if on < 1 or toks[on].lower != "on" or words.isdisjoint(_ATTACK_NOUNS):
        return False
    fought = not words.isdisjoint(_REPEL_WORDS) or any(
        t.lower in _REPEL_BEFORE_OFF and k + 1 < len(toks) and toks[k + 1].lower == "off" for k, t in enumerate(toks))
    return fought and any(t.lower in _ATTACK_NOUNS for t in toks[max(0, on - _ATTACK_WINDOW):on])


def _in_region_list(toks: list[Token], s: int) -> bool:
    """The name at token ``s`` is an item of a list of regions ("the Poltava and Dnipropetrovsk
    regions in the centre, Kiev in the north"): back over names and list words to a region noun."""
    if s == 0 or toks[s - 1].lower == "in":
        return False
    for j in range(s - 1, max(-1, s - 1 - _AROUND_CITY_LIST_WINDOW), -1):
        low = toks[j].lower
        if low in _AROUND_CITY_LIST_NOUNS:
            return True
        if not (low in _AROUND_CITY_LIST_SKIP or (toks[j].is_word and toks[j].is_cap)):
            return False
    return False



def listed_beside_bare_region(toks: list[Token], start: int, end: int, bare_at: dict[int, int]) -> bool:
    """The place at ``start:end`` and the region right after it and a comma, named by its bare name
    (``bare_at``: start -> end), are items of one list ("over Kherson, Zaporizhzhia, Dnipropetrovsk and
    Kyiv"), not a place and the region it lies in ("Derhachi, Kharkiv region"): the place follows a comma
    or a list word, or the region is followed by one."""
    if end + 1 >= len(toks) or toks[end].text != "," or end + 1 not in bare_at:
        return False
    after = bare_at[end + 1]
    before_is_list = start > 0 and (toks[start - 1].text == "," or toks[start - 1].lower in _LIST_JOINERS)
    after_is_list = after < len(toks) and (toks[after].text == "," or toks[after].lower in _LIST_JOINERS)
    return before_is_list or after_is_list


_BARE_LIST_WINDOW = 16  # tokens walked each way from a city over a list of names


def city_in_bare_region_list(toks: list[Token], start: int, end: int, bare_at: dict[int, int]) -> bool:
    """The name at ``start:end`` is an item of a list that also holds a region named by its bare name
    ("over Odessa, Kherson (south), Dnipropetrovsk (centre) and Kyiv (north)"): a list of regions, so a city
    of its own standing in it stands for the region around it. Walks over commas, list words, capitalised
    names and words in brackets."""
    if not bare_at:
        return False
    ends = {e - 1: s for s, e in bare_at.items()}
    return _bare_in_walk(toks, range(start - 1, max(-1, start - 1 - _BARE_LIST_WINDOW), -1), ends, "(", ")") \
        or _bare_in_walk(toks, range(end, min(len(toks), end + _BARE_LIST_WINDOW)), bare_at, ")", "(")


def _bare_in_walk(toks: list[Token], steps: range, marks: dict[int, int], opening: str, closing: str) -> bool:
    """Whether walking ``steps`` over list tokens reaches one of ``marks`` (a bare region's first or last
    token); ``closing`` a bracket skips to its ``opening`` one."""
    inside = False
    for j in steps:
        text = toks[j].text
        if inside:
            inside = text != opening
            continue
        if j in marks:
            return True
        if text == closing:
            inside = True
        elif not (text == "," or toks[j].lower in _LIST_JOINERS or (toks[j].is_word and toks[j].is_cap)):
            return False
    return False
