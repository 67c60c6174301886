"""Running totals of a run, in memory bounded by regions, places and days, not by reports.

:class:`Totals` takes place rows and incident rows as they come (places first: an
incident finds its place among those seen), and gives what the GeoJSON files and the
map need: counts and place names per region, one entry per gazetteer place, the first
incidents of each region for its popup, and counts per day, place (or region, when
only the region is known) and kind for the map's points and time controls. Both the
in-memory result and the streaming writer use it, so both write the same files.

Two columns of the incidents table are optional: ``objects_shared`` (a figure told
jointly for several regions) and ``shared_with`` (``;``-joined codes of the other
regions sharing it). When present, each region keeps the shared figures with the
regions they are shared with.
"""

from __future__ import annotations

from array import array
from functools import lru_cache
from itertools import filterfalse
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import geopandas as gpd
import pandas as pd

from .reports import ReportIds

#: Incidents kept per region for its popup (the rest are counted).
POPUP_INCIDENTS = 30

#: Key of where an incident is drawn: ``("p", place id)`` or ``("r", region code)``.
LocKey = tuple[str, object]


def _int_or_none(value) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value)


def _number(value) -> int:
    """``_int_or_none(value) or 0``, an int or None given without a call."""
    return value if type(value) is int else 0 if value is None else _int_or_none(value) or 0


def day_text(value) -> str:
    """An incident's day as ``YYYY-MM-DD`` (``""`` when undated), from text, a date or a Timestamp."""
    if type(value) is str:  # the common case first: a text's day ("" stays "")
        return value[:10]
    if value is None or value is pd.NaT or value != value or value == "":
        return ""
    return value[:10] if isinstance(value, str) else value.isoformat()[:10]  # strftime drops the 0 of year 0999


def _codes(value) -> tuple[str, ...]:
    """``;``-joined region codes as a sorted tuple (empty for NA or "")."""
    if not isinstance(value, str):
        return ()
    return _split_codes(value)


@lru_cache(maxsize=4096)
def _split_codes(value: str) -> tuple[str, ...]:
    return tuple(sorted({c.strip() for c in value.split(";") if c.strip()}))


@dataclass
class Totals:
    """Counts per region, places, popup lists and counts per day, place and kind, fed row by row.

    ``cells`` maps ``(day, where, kind)`` to ``[incidents, objects, shared, share]``: ``day`` is
    ``YYYY-MM-DD`` or ``""``; ``where`` a :data:`LocKey`; ``shared`` the figures told jointly with
    other regions and ``share`` this region's even part of them (for totals that count a
    shared figure once). ``reports_per_day`` counts the reports that told of an incident, per day.

    Each place keeps the numbers of the reports naming it (``reports``, an :class:`array.array`;
    :meth:`report_ids` gives the ids) and ``days``: how many of them told of an incident on each
    day (``""``: of none, or undated). Memory so holds no Python object per report.
    Place rows learn the days of their reports from :meth:`add_report_days`, given first.
    """

    incidents: dict[str, int] = field(default_factory=dict)
    objects: dict[str, int] = field(default_factory=dict)
    killed: dict[str, int] = field(default_factory=dict)
    injured: dict[str, int] = field(default_factory=dict)
    region_places: dict[str, list[str]] = field(default_factory=dict)
    region_languages: dict[str, dict[str, None]] = field(default_factory=dict)
    popups: dict[str, list[dict]] = field(default_factory=dict)
    cells: dict[tuple[str, LocKey, str], list] = field(default_factory=dict)
    shared: dict[str, dict[tuple[str, ...], int]] = field(default_factory=dict)
    reports_per_day: dict[str, int] = field(default_factory=dict)
    ids: ReportIds = field(default_factory=ReportIds, repr=False, compare=False)
    places: dict[object, dict] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)
    place_keys: dict[tuple[str, str], object] = field(default_factory=dict)
    _region_place_set: dict[str, set[str]] = field(default_factory=dict, repr=False, compare=False)
    #: the days and numbers of the reports of the rows being added (a chunk's, or a whole table's)
    _days: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    _numbers: dict[str, int] = field(default_factory=dict, repr=False, compare=False)

    def add_incident(self, row: dict) -> None:
        """One row of the incidents table (``mapper.count.INCIDENT_COLUMNS``, and the optional
        ``objects_shared`` and ``shared_with``)."""
        code, get = row["region_code"], row.get
        objects = _number(row["objects"])
        shared = _number(get("objects_shared"))
        partners = tuple(c for c in _codes(get("shared_with")) if c != code) if shared else ()
        self.incidents[code] = self.incidents.get(code, 0) + 1
        self.objects[code] = self.objects.get(code, 0) + objects
        self.killed[code] = self.killed.get(code, 0) + _number(get("killed"))
        self.injured[code] = self.injured.get(code, 0) + _number(get("injured"))
        self.region_languages.setdefault(code, {}).update(dict.fromkeys(_codes(get("languages"))))
        seen = self._region_place_set.setdefault(code, set())
        parts = dict.fromkeys((row["places"] or "").split(";"))  # its places in order, once each
        parts.pop("", None)
        fresh = list(filterfalse(seen.__contains__, parts))  # those not seen before
        self.region_places.setdefault(code, []).extend(fresh)
        seen.update(fresh)
        where = self._where(code, row["places"])
        day = day_text(row["date"])
        self._add_popup(code, row, where, shared, partners, day)
        if shared:
            groups = self.shared.setdefault(code, {})
            groups[partners] = groups.get(partners, 0) + shared
        cell = self.cells.setdefault((day, where, row["kind"]), [0, 0, 0, 0.0])
        cell[0] += 1
        cell[1] += objects
        cell[2] += shared
        cell[3] += shared / (1 + len(partners))
        if row.get("country"):
            self.countries.add(row["country"])

    def location(self, row: dict) -> LocKey:
        """Where an incident (a row of the incidents table) is drawn: ``("p", place id)`` of its first
        place known in its region, else ``("r", region code)``."""
        return self._where(row["region_code"], row["places"])

    def _where(self, code: str, places: str | None) -> LocKey:
        """Where an incident is drawn: its first place known in its region, else the region."""
        for name in (places or "").split(";"):
            key = self.place_keys.get((code, name))
            if key is not None:
                return ("p", key)
        return ("r", code)

    def _add_popup(self, code: str, row: dict, where: LocKey, shared: int, partners: tuple[str, ...],
                   day: str) -> None:
        popup = self.popups.setdefault(code, [])
        if len(popup) < POPUP_INCIDENTS:
            popup.append({"date": day, "kind": row["kind"], "objects": _int_or_none(row["objects"]),
                          "object_kind": row["object_kind"], "sentence": row["sentences"], "source": row["sources"],
                          "where": where, "shared": shared or None, "shared_with": list(partners)})

    def add_place(self, row: dict) -> None:
        """One row of the places table (``mapper.geocode.PLACE_COLUMNS``)."""
        gid = row["geonameid"]
        place = self.places.get(gid)
        if place is None:
            place = self.places[gid] = {
                "name": row["name"], "matched_name": row["matched_name"], "geonameid": gid,
                "region_code": row["region_code"], "country": row["country"], "lat": float(row["lat"]),
                "lon": float(row["lon"]), "mentions": 0, "reports": array("I"), "days": {}, "roles": set(),
                "languages": {}}
        place["mentions"] += 1
        self._add_report(place, row["report_id"])
        place["roles"].add(row["role"])
        if row.get("lang"):
            place["languages"][row["lang"]] = None  # an ordered set: the languages of the reports naming it
        self.place_keys.setdefault((row["region_code"], row["matched_name"]), gid)
        if row["country"]:
            self.countries.add(row["country"])

    def _add_report(self, place: dict, report_id: str) -> None:
        """Number a place's report (once per place, in first-seen order) and count it under its day."""
        number = self._numbers.get(report_id)
        if number is None:
            number = self._numbers[report_id] = self.ids.add(report_id)
        reports = place["reports"]
        # numbers grow as reports come: only a report named again after another one is looked for
        if reports and (number == reports[-1] or (number < reports[-1] and number in reports)):
            return
        reports.append(number)
        day = self._days.get(report_id, "")
        place["days"][day] = place["days"].get(day, 0) + 1

    def add_report_days(self, days: Mapping[str, str]) -> None:
        """The day (``YYYY-MM-DD``, ``""`` when undated) of each report that told of an incident, among
        the reports whose place rows come next; those of earlier rows are forgotten (their ids are
        unique to them: :func:`mapper.iter_reports` renames an id taken before)."""
        self._days, self._numbers = days, {}
        for day in days.values():
            self.reports_per_day[day] = self.reports_per_day.get(day, 0) + 1

    def report_ids(self, place: dict, limit: int | None = None) -> list[str]:
        """The ids of the reports naming a place, in first-seen order (the first ``limit``)."""
        return self.ids.get(place["reports"][:limit])

    @classmethod
    def from_tables(cls, incidents: pd.DataFrame, places: pd.DataFrame) -> "Totals":
        """Totals of whole tables (the in-memory result)."""
        totals = cls()
        days: dict[str, str] = {}
        for reports, date in zip(incidents["report_ids"].tolist(), incidents["date"].tolist()):
            day = day_text(date)
            for report in (reports or "").split(";"):
                if report:
                    days.setdefault(report, day)
        totals.add_report_days(days)
        for row in places.drop(columns="geometry", errors="ignore").to_dict("records"):
            totals.add_place(row)
        for row in incidents.to_dict("records"):
            totals.add_incident(row)
        return totals

    def regions(self, boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """The boundary layer with ``incidents``, ``objects``, ``killed``, ``injured`` and ``places``
        (``;``-joined)."""
        out = boundaries.copy()
        out["incidents"] = [self.incidents.get(c, 0) for c in out["region_code"]]
        out["objects"] = [self.objects.get(c, 0) for c in out["region_code"]]
        out["killed"] = [self.killed.get(c, 0) for c in out["region_code"]]
        out["injured"] = [self.injured.get(c, 0) for c in out["region_code"]]
        out["places"] = [";".join(self.region_places.get(c, [])) for c in out["region_code"]]
        out["languages"] = [";".join(self.region_languages.get(c, {})) for c in out["region_code"]]
        return out

    def popup_more(self, code: str) -> int:
        """Incidents of a region left out of its popup."""
        return max(0, self.incidents.get(code, 0) - len(self.popups.get(code, [])))

    def place_list(self) -> Iterable[dict]:
        """One entry per gazetteer place, in first-seen order."""
        return self.places.values()
