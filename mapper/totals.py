"""Running totals of a run, in memory bounded by regions, places and days, not by reports.

:class:`Totals` takes incident rows and place rows as they come, and gives what the
GeoJSON files and the map need: counts and place names per region, one entry per
gazetteer place, the first incidents of each region for its popup, and counts per
day for the time slider. Both the in-memory result and the streaming writer use it,
so both write the same files.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import geopandas as gpd
import pandas as pd

#: Incidents kept per region for its popup (the rest are counted).
POPUP_INCIDENTS = 30


def _int_or_none(value) -> int | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None
    return int(value)


@dataclass
class Totals:
    """Counts per region, places, popup lists and daily counts, fed row by row."""

    incidents: dict[str, int] = field(default_factory=dict)
    objects: dict[str, int] = field(default_factory=dict)
    region_places: dict[str, list[str]] = field(default_factory=dict)
    popups: dict[str, list[dict]] = field(default_factory=dict)
    daily: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    places: dict[object, dict] = field(default_factory=dict)
    countries: set[str] = field(default_factory=set)

    def add_incident(self, row: dict) -> None:
        """One row of the incidents table (``mapper.count.INCIDENT_COLUMNS``)."""
        code = row["region_code"]
        objects = _int_or_none(row["objects"]) or 0
        self.incidents[code] = self.incidents.get(code, 0) + 1
        self.objects[code] = self.objects.get(code, 0) + objects
        names = self.region_places.setdefault(code, [])
        for p in (row["places"] or "").split(";"):
            if p and p not in names:
                names.append(p)
        popup = self.popups.setdefault(code, [])
        if len(popup) < POPUP_INCIDENTS:
            popup.append({"date": row["date"], "kind": row["kind"], "objects": _int_or_none(row["objects"]),
                          "object_kind": row["object_kind"], "sentence": row["sentences"], "source": row["sources"]})
        if row["date"]:
            per = self.daily.setdefault(row["date"], {}).setdefault(code, [0, 0])
            per[0] += 1
            per[1] += objects
        if row.get("country"):
            self.countries.add(row["country"])

    def add_place(self, row: dict) -> None:
        """One row of the places table (``mapper.geocode.PLACE_COLUMNS``)."""
        gid = row["geonameid"]
        place = self.places.get(gid)
        if place is None:
            place = self.places[gid] = {
                "name": row["name"], "matched_name": row["matched_name"], "geonameid": gid,
                "region_code": row["region_code"], "country": row["country"], "lat": float(row["lat"]),
                "lon": float(row["lon"]), "mentions": 0, "report_ids": {}, "roles": set()}
        place["mentions"] += 1
        place["report_ids"][row["report_id"]] = None  # an ordered set
        place["roles"].add(row["role"])
        if row["country"]:
            self.countries.add(row["country"])

    @classmethod
    def from_tables(cls, incidents: pd.DataFrame, places: pd.DataFrame) -> "Totals":
        """Totals of whole tables (the in-memory result)."""
        totals = cls()
        for row in incidents.to_dict("records"):
            totals.add_incident(row)
        for row in places.drop(columns="geometry", errors="ignore").to_dict("records"):
            totals.add_place(row)
        return totals

    def regions(self, boundaries: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
        """The boundary layer with ``incidents``, ``objects`` and ``places`` (``;``-joined)."""
        out = boundaries.copy()
        out["incidents"] = [self.incidents.get(c, 0) for c in out["region_code"]]
        out["objects"] = [self.objects.get(c, 0) for c in out["region_code"]]
        out["places"] = [";".join(self.region_places.get(c, [])) for c in out["region_code"]]
        return out

    def popup_more(self, code: str) -> int:
        """Incidents of a region left out of its popup."""
        return max(0, self.incidents.get(code, 0) - len(self.popups.get(code, [])))

    def periods(self, by: str = "day") -> tuple[list[str], dict[str, dict[str, dict[str, int]]]]:
        """Counts per region for each day (or ISO week, ``by="week"``)."""
        values: dict[str, dict[str, dict[str, int]]] = {}
        for day, per_region in self.daily.items():
            key = day
            if by == "week":
                d = date.fromisoformat(day)
                key = f"week of {(d - timedelta(days=d.weekday())).isoformat()}"
            bucket = values.setdefault(key, {})
            for code, (n, objects) in per_region.items():
                slot = bucket.setdefault(code, {"incidents": 0, "objects": 0})
                slot["incidents"] += n
                slot["objects"] += objects
        return sorted(values), values

    def place_list(self) -> Iterable[dict]:
        """One entry per gazetteer place, in first-seen order."""
        return self.places.values()
