"""Candidates: every place a mention may be, from any geocoder, with its region and country."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..boundaries import assign_regions
from ..exceptions import UsageError
from ..extract import Extraction, MentionKind
from ..rules import load_lexicon

if TYPE_CHECKING:
    import geopandas as gpd
    from geopy.location import Location

log = logging.getLogger(__name__)
_LEX = load_lexicon()
#: City-region -> (country, GeoNames admin-1 code) of the city itself.
_CITY_ADMIN1 = {code: tuple(value.split(".", 1)) for code, value in _LEX.city_admin1.items()}


def raw(loc: Location, key: str, default=None):
    """A field of the geocoder's raw answer (``population``, ``match``, ``countrycode`` ...)."""
    fields = loc.raw
    return fields.get(key, default) if isinstance(fields, dict) else default


def place_id(loc: Location):
    """A stable id of a geocoded place: its GeoNames id, else the geocoder's own id, else its point."""
    fields = loc.raw if isinstance(loc.raw, dict) else {}
    for key in ("geonameid", "place_id", "osm_id", "id"):
        if fields.get(key) not in (None, ""):
            return fields[key]
    return f"{loc.latitude:.5f},{loc.longitude:.5f}"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place a mention may be: the geocoder's answer, the region it lies in (None outside
    every region), and its country (the geocoder's, else its region's).

    ``population`` and ``main_name`` (matched by its main or ASCII name, not another of its names) are
    read from the answer once, as every mention of the name scores them."""

    loc: Location
    region: str | None
    country: str
    population: int = field(init=False)
    main_name: bool = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "population", raw(self.loc, "population", 0) or 0)
        object.__setattr__(self, "main_name", raw(self.loc, "match") in ("name", "ascii"))


def fetch(geocoder, name: str) -> list[Location]:
    """Every place ``name`` may be: from :class:`OfflineGazetteer`, any geopy geocoder, or a
    geocode function such as ``RateLimiter(Nominatim(...).geocode)``."""
    if hasattr(geocoder, "candidates"):
        return geocoder.candidates(name)
    from geopy.exc import GeopyError  # another geocoder than the gazetteer: geopy is imported already
    from geopy.location import Location

    geocode = geocoder.geocode if hasattr(geocoder, "geocode") else geocoder
    try:
        found = geocode(name, exactly_one=False)
    except GeopyError as exc:
        log.warning("geocoder failed for %r: %s", name, exc)
        return []
    if isinstance(found, Location):
        found = [found]
    return _locations(found, name)


def _locations(found: object, name: str) -> list[Location]:
    """A geocoder's answer for ``name`` as a list of locations (none for an empty answer).

    Raises
    ------
    UsageError
        The answer is not a list of locations with a latitude and a longitude on the globe (a geocode
        function of one's own returning a string would fail deep inside, or place things nowhere).
    """
    if not found:
        return []
    if not isinstance(found, (list, tuple)) or not all(_on_globe(loc) for loc in found):
        raise UsageError(f"geocoder answered {found!r:.60} for {name!r}: not a geopy Location (or a list of them) "
                         f"with a latitude and longitude on the globe")
    return list(found)


def _on_globe(loc: object) -> bool:
    """Whether ``loc`` has a ``latitude`` in [-90, 90] and a ``longitude`` in [-180, 180] (numbers)."""
    lat, lon = getattr(loc, "latitude", None), getattr(loc, "longitude", None)
    numbers = all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in (lat, lon))
    return numbers and -90 <= lat <= 90 and -180 <= lon <= 180


#: Names a memo of :func:`candidates_of` keeps before it starts again (a long run names some thousands).
MEMO_NAMES = 200_000


def candidates_of(extractions: Sequence[Extraction], geocoder, regions: gpd.GeoDataFrame,
                  memo: dict[str, list[Candidate]] | None = None) -> dict[tuple[int, int], list[Candidate]]:
    """``(extraction, mention) -> candidates`` for every place mention, each name looked up once
    and every candidate joined to the region layer in one go.

    ``memo`` (name -> candidates) keeps the answers for later calls with the same geocoder and layer:
    a name told again in another chunk is neither looked up nor joined again."""
    got, memo = named_candidates(extractions, geocoder, regions, memo)
    return {(e, m): list(got.get(mm.text) or memo.get(mm.text, [])) for e, ext in enumerate(extractions)
            for m, mm in enumerate(ext.mentions) if mm.kind is MentionKind.PLACE}


def named_candidates(extractions: Sequence[Extraction], geocoder, regions: gpd.GeoDataFrame,
                     memo: dict[str, list[Candidate]] | None = None) -> tuple[dict[str, list[Candidate]],
                                                                              dict[str, list[Candidate]]]:
    """The candidates of the names of the place mentions, as :func:`candidates_of` finds them: ``(got, memo)``, the
    names looked up here and the memo (filled with them); a name's candidates are ``got.get(name) or
    memo.get(name, [])``, read per mention without a table of every mention."""
    memo = {} if memo is None else memo
    if len(memo) >= MEMO_NAMES:
        memo.clear()
    names = list(dict.fromkeys(mm.text for ext in extractions for mm in ext.mentions
                               if mm.kind is MentionKind.PLACE and mm.text not in memo))
    found = [fetch(geocoder, name) for name in names]
    locations = [loc for locs in found for loc in locs]
    in_region = _in_own_country(locations, _around_cities(locations, _regions_of(locations, geocoder, regions)),
                                regions)
    region_country = dict(zip(regions["region_code"], regions["country"]))
    joined = iter(zip(locations, in_region))
    got = {name: [Candidate(loc, region, raw(loc, "countrycode") or region_country.get(region, ""))
                  for loc, region in (next(joined) for _ in locs)] for name, locs in zip(names, found)}
    offline = hasattr(geocoder, "candidates")  # an online geocoder's empty answer may be a failure: asked again
    memo.update((name, cands) for name, cands in got.items() if cands or offline)
    return got, memo


def _regions_of(locations: list[Location], geocoder, regions: gpd.GeoDataFrame) -> list[str | None]:
    """The region of each location: gazetteer places' from the gazetteer's table of regions, the rest
    (another geocoder's answers) joined to the layer here."""
    known = geocoder.regions_of(locations, regions) if hasattr(geocoder, "regions_of") else {}
    rest = [n for n in range(len(locations)) if n not in known]
    if rest:
        import geopandas as gpd

        points = gpd.GeoDataFrame(geometry=gpd.points_from_xy([locations[n].longitude for n in rest],
                                                              [locations[n].latitude for n in rest]), crs=4326)
        known.update(zip(rest, assign_regions(points, regions).tolist()))
    return [known[n] for n in range(len(locations))]


#: Degrees from a region of its own country within which a place that a coarse boundary puts across the
#: border is given that region (as :func:`mapper.boundaries.assign_regions`'s ``max_distance``).
_OWN_COUNTRY_DISTANCE = 0.15


def _in_own_country(locs: list[Location], joined: list[str | None], regions: gpd.GeoDataFrame) -> list[str | None]:
    """Regions of candidates, with a place that a generalised boundary puts in a region of another country
    than the gazetteer's given the nearest region of its own country close by (Seredyna-Buda, Ukraine, in the
    Bryansk polygon: Sumy), and a place of a country the layer has no region of given none (Tulcea, Romania,
    and Tiraspol, Moldova, in the Odesa polygon). A place far from every region of its own country keeps the
    polygon's region (a gazetteer record with a wrong country)."""
    country = dict(zip(regions["region_code"], regions["country"])) if "country" in regions.columns else {}
    mapped = {c for c in country.values() if c}
    out = list(joined)
    for i, (loc, code) in enumerate(zip(locs, joined)):
        own = raw(loc, "countrycode") or ""
        if code is None or not own or not country.get(code) or country[code] == own:
            continue
        out[i] = _nearest_of_country(loc, own, regions) or code if own in mapped else None
    return out


def _nearest_of_country(loc: Location, country: str, regions: gpd.GeoDataFrame) -> str | None:
    """The region of ``country`` nearest to ``loc`` within :data:`_OWN_COUNTRY_DISTANCE` degrees, or None."""
    import shapely

    own = regions[regions["country"] == country]
    dist = shapely.distance(own.geometry.values, shapely.Point(loc.longitude, loc.latitude))
    best = int(dist.argmin())
    return own["region_code"].iloc[best] if dist[best] <= _OWN_COUNTRY_DISTANCE else None


def _around_cities(locs: list[Location], joined: list[str | None]) -> list[str | None]:
    """Regions of candidates, with the places that a coarse boundary puts inside a city of its own
    standing (Moscow, Kyiv) but that GeoNames files in the region around it given to that region
    (Podolsk, Khimki)."""
    out = list(joined)
    for i, (loc, code) in enumerate(zip(locs, joined)):
        own = _CITY_ADMIN1.get(code or "")
        if own and raw(loc, "countrycode") == own[0] and raw(loc, "admin1code") not in (None, "", own[1]):
            out[i] = _LEX.surrounding_region[code]
    return out
