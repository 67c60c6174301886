"""Stage 3: geocode place mentions, choosing among namesakes with the report's context.

Each candidate a geocoder offers is scored::

    log10(population) + 0.5 if the main name matched
    + 4 if it lies in a region named in the same or a neighbouring sentence
    + 1 if it lies in a region named elsewhere in the report
    + 1 if it lies in the region of another place named in the same sentence (2 for two or more)
    + 3 (country named) or 1.5 (demonym) in the same sentence, 0.5 in the report

so "four cities in Kaluga region ... Kirov" is Kirov of Kaluga Oblast, not the
city of Kirov, and "Krasnoarmeysk ... the Ukrainian Army" is Pokrovsk, Ukraine.
"""

from __future__ import annotations

import logging
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
import pandas as pd
from geopy.exc import GeopyError
from geopy.location import Location

from .._enums import StrEnum
from ..boundaries import assign_regions
from ..extract import Extraction, MentionKind
from ..text import normalize

log = logging.getLogger(__name__)

NEAR_REGION, REPORT_REGION, SENTENCE_PLACE, HINTED_REGION = 4.0, 1.0, 2.0, 10.0
SMALL_ELSEWHERE = 20000  # an alternate-name match this small, away from the regions named nearby, is no match
COUNTRY_IN_SENTENCE, COUNTRY_IN_REPORT, MAIN_NAME = 1.5, 0.5, 0.5
SMALL_ABROAD = 5000  # a lone gazetteer hit smaller than this, abroad and out of context, is no place

PLACE_COLUMNS = ["report_id", "mention", "sentence", "name", "matched_name", "geonameid", "lat", "lon",
                 "country", "population", "region_code", "match", "score", "candidates", "role"]


class UnresolvedKind(StrEnum):
    """What could not be placed (``unresolved.csv``: ``kind``)."""

    PLACE = "place"  #: a place mention
    EVENT = "event"  #: an event none of whose places or regions could be placed


@dataclass(frozen=True, slots=True)
class Unresolved:
    """A mention (or event) that could not be placed, why, and the rules that found it."""

    report_id: str
    text: str
    sentence: str
    reason: str
    kind: UnresolvedKind = UnresolvedKind.PLACE
    counted_in: str = ""
    mention: int | None = None
    rule: str = ""


def _candidates(geocoder, name: str) -> list[Location]:
    """Every place ``name`` may be: from :class:`OfflineGazetteer`, any geopy geocoder, or a
    geocode function such as ``RateLimiter(Nominatim(...).geocode)``."""
    if hasattr(geocoder, "candidates"):
        return geocoder.candidates(name)
    geocode = geocoder.geocode if hasattr(geocoder, "geocode") else geocoder
    try:
        found = geocode(name, exactly_one=False)
    except GeopyError as exc:
        log.warning("geocoder failed for %r: %s", name, exc)
        return []
    if isinstance(found, Location):
        found = [found]
    return list(found or [])


def place_id(loc: Location):
    """A stable id of a geocoded place: its GeoNames id, else the geocoder's own id, else its point."""
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    for key in ("geonameid", "place_id", "osm_id", "id"):
        if raw.get(key) not in (None, ""):
            return raw[key]
    return f"{loc.latitude:.5f},{loc.longitude:.5f}"


def _raw(loc: Location, key: str, default=None):
    raw = loc.raw if isinstance(loc.raw, dict) else {}
    return raw.get(key, default)


def _story_countries(ext: Extraction, region_country: dict[str, str]) -> set[str]:
    found = {cc for cues in ext.countries.values() for cc in cues}
    found |= {region_country.get(m.region_code, "") for m in ext.mentions if m.kind is MentionKind.REGION}
    return {c for c in found if c}


def geocode_mentions(extractions: Sequence[Extraction], geocoder,
                     regions: gpd.GeoDataFrame) -> tuple[pd.DataFrame, list[Unresolved]]:
    """Geocode every place mention of the extractions.

    Parameters
    ----------
    extractions : sequence of Extraction
    geocoder : geopy.geocoders.base.Geocoder
        :class:`mapper.OfflineGazetteer` or any geopy geocoder.
    regions : geopandas.GeoDataFrame
        The boundary layer, used to know each candidate's region.

    Returns
    -------
    places : pandas.DataFrame
        One row per resolved mention (columns ``PLACE_COLUMNS``).
    unresolved : list of Unresolved
    """
    cand_rows: list[dict] = []
    per_mention: dict[tuple[int, int], list[int]] = {}
    cache: dict[str, list[Location]] = {}
    items = [(e, x, m) for e, x in enumerate(extractions) for m, mm in enumerate(x.mentions) if mm.kind is MentionKind.PLACE]
    for e, ext, m in items:
        name = ext.mentions[m].text
        if name not in cache:
            cache[name] = _candidates(geocoder, name)
        ids = []
        for loc in cache[name]:
            ids.append(len(cand_rows))
            cand_rows.append({"loc": loc, "lat": loc.latitude, "lon": loc.longitude})
        per_mention[(e, m)] = ids
    if cand_rows:
        pts = gpd.GeoDataFrame(cand_rows, geometry=gpd.points_from_xy([r["lon"] for r in cand_rows],
                                                                      [r["lat"] for r in cand_rows]), crs=4326)
        cand_region = assign_regions(pts, regions).tolist()
    else:
        cand_region = []
    region_country = dict(zip(regions["region_code"], regions["country"]))
    names = dict(zip(regions["region_code"], regions["region_name"]))
    cand_country = [_raw(r["loc"], "countrycode") or region_country.get(region, "")
                    for r, region in zip(cand_rows, cand_region)]

    rows: list[dict] = []
    unresolved: list[Unresolved] = []
    for e, ext in enumerate(extractions):
        story = _story_countries(ext, region_country)
        region_by_sentence: dict[int, set[str]] = {}
        for mm in ext.mentions:
            if mm.kind is MentionKind.REGION:
                region_by_sentence.setdefault(mm.sentence, set()).add(mm.region_code)
        all_regions = set().union(*region_by_sentence.values()) if region_by_sentence else set()
        report_countries: dict[str, float] = {}
        for cues in ext.countries.values():
            for cc in cues:
                report_countries[cc] = COUNTRY_IN_REPORT
        near_by_sentence = {si: set().union(*(region_by_sentence.get(k, set()) for k in (si - 1, si, si + 1)))
                            for si in {mm.sentence for mm in ext.mentions if mm.kind is MentionKind.PLACE}}

        def score(ci: int, mm, sentence_regions: Counter) -> tuple[float, float]:
            """(whole score, the part of it from the mention's own and neighbouring sentences)."""
            loc, region, country = cand_rows[ci]["loc"], cand_region[ci], cand_country[ci]
            pop = _raw(loc, "population", 0) or 0
            s = math.log10(pop + 10)
            if _raw(loc, "match") in ("name", "ascii"):
                s += MAIN_NAME
            local = 0.0
            if region and region in near_by_sentence[mm.sentence]:
                local += NEAR_REGION
            elif region and region in all_regions:
                s += REPORT_REGION
            if region and sentence_regions[region]:
                local += SENTENCE_PLACE * min(sentence_regions[region], 2) / 2  # a cluster counts more
            if region and region == mm.region_hint:
                local += HINTED_REGION
            local += COUNTRY_IN_SENTENCE * ext.countries.get(mm.sentence, {}).get(country, 0.0)
            s += report_countries.get(country, 0.0)
            return s + local, local

        mentions = [(m, mm) for m, mm in enumerate(ext.mentions) if mm.kind is MentionKind.PLACE]

        def rejection(ci: int, m: int, mm) -> str | None:
            """Why candidate ``ci`` cannot be what mention ``m`` means, or None."""
            loc, region, country = cand_rows[ci]["loc"], cand_region[ci], cand_country[ci]
            where = f"{_raw(loc, 'name', loc.address)}, {country}"
            if mm.region_hint and region != mm.region_hint:
                return f"no place of that name in {names.get(mm.region_hint, mm.region_hint)} in the gazetteer"
            near = near_by_sentence[mm.sentence]
            if near and region not in near and _raw(loc, "match") not in ("name", "ascii") \
                    and (_raw(loc, "population", 0) or 0) < SMALL_ELSEWHERE:
                return (f"no place of that name in {', '.join(sorted(names.get(c, c) for c in near))} in the "
                        f"gazetteer (only {where}, by another of its names)")
            if story and not (region in all_regions or region in neighbours[m] or country in story):
                if _raw(loc, "match") == "variant":
                    return f"only a spelling variant of a place outside the story's countries matches ({where})"
                if mm.cue == "gazetteer" and (_raw(loc, "population", 0) or 0) < SMALL_ABROAD:
                    return f"only small places outside the story's countries match ({where}); not taken as a place"
            return None

        # pass 1: best candidate alone; pass 2: with the regions of the other places in the sentence
        first: dict[int, int] = {}
        for m, mm in mentions:
            ids = per_mention[(e, m)]
            if ids:
                first[m] = max(ids, key=lambda ci: score(ci, mm, Counter())[0])
        choice: dict[int, tuple[float, int, float]] = {}  # mention -> (score, candidate, local evidence)
        refused: dict[int, str] = {}
        neighbours: dict[int, Counter] = {}
        for m, mm in mentions:
            neighbours[m] = Counter(cand_region[first[o]] for o, om in mentions
                                    if o != m and om.sentence == mm.sentence and o in first and cand_region[first[o]])
            ranked = sorted(((score(ci, mm, neighbours[m]), ci) for ci in per_mention[(e, m)]),
                            key=lambda t: t[0][0], reverse=True)
            for (total, local), ci in ranked:
                reason = rejection(ci, m, mm)
                if reason is None:
                    choice[m] = (total, ci, local)
                    break
                refused.setdefault(m, reason)
        # one sense per report: every mention of a name takes the reading of the mention with the
        # strongest local context (the first of equals), where that reading suits it
        decider: dict[str, int] = {}
        for m, mm in mentions:
            if m in choice:
                key = normalize(mm.text)
                if key not in decider or choice[m][2] > choice[decider[key]][2]:
                    decider[key] = m
        for m, mm in mentions:
            ids = per_mention[(e, m)]
            sentence_text = ext.sentence_text(mm.sentence)
            if not ids:
                unresolved.append(Unresolved(ext.report.id, mm.text, sentence_text,
                                             "not in the gazetteer", mention=m, rule=";".join(mm.rules())))
                continue
            if m not in choice:
                unresolved.append(Unresolved(ext.report.id, mm.text, sentence_text, refused[m], mention=m,
                                             rule=";".join(mm.rules())))
                continue
            best_score, best, _ = choice[m]
            shared = choice[decider[normalize(mm.text)]]
            if shared[1] != best and rejection(shared[1], m, mm) is None:
                best_score, best, _ = shared
            loc, region, country = cand_rows[best]["loc"], cand_region[best], cand_country[best]
            rows.append({
                "report_id": ext.report.id, "mention": m, "sentence": mm.sentence, "name": mm.text,
                "matched_name": _raw(loc, "name") or loc.address.split(",")[0],
                "geonameid": place_id(loc), "lat": loc.latitude, "lon": loc.longitude,
                "country": country, "population": _raw(loc, "population"), "region_code": region,
                "match": _raw(loc, "match", ""), "score": round(best_score, 3), "candidates": len(ids),
                "role": mm.role,
            })
            if region is None:
                unresolved.append(Unresolved(ext.report.id, mm.text, sentence_text,
                                             f"geocoded to {loc.address} but outside every region of the "
                                             f"boundary layer", mention=m, rule=";".join(mm.rules())))
    places = pd.DataFrame(rows, columns=PLACE_COLUMNS)
    places["region_code"] = places["region_code"].astype(object).where(places["region_code"].notna(), None)
    return places, unresolved
