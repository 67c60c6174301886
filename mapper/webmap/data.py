"""The map's data: what the page needs from a run's totals, compact and ready for JSON.

Everything here is plain Python data (lists, dicts, strings, numbers) that goes into
the map's one JSON block (:class:`mapper.webmap.elements.MapData`); nothing in it is
ever part of a template. The page sums the counts itself for the dates and kinds chosen,
so the data holds them at the finest grain kept: per period, place (or region, when only
the region is known) and kind.
"""

from __future__ import annotations

import csv
import json
import logging
import warnings
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import shapely

from .. import _arrayfile, settings
from ..geojson import script_safe
from ..totals import Totals

log = logging.getLogger(__name__)

#: Kinds of incident, in the order the page indexes them.
KINDS = ["shootdown", "strike", "debris", "other"]
#: At most this many classes in a choropleth.
CLASSES = 5
#: ColorBrewer OrRd (9 classes: branca's ``color_brewer("OrRd", 9)`` written out, so that writing a map needs no
#: branca); which of them ``k`` classes use: never only the pale end.
SCHEME = ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"]
#: (the two palest are too near the land colour that means "none").
_PICK = {1: [6], 2: [4, 7], 3: [3, 5, 7], 4: [3, 4, 6, 8], 5: [3, 4, 5, 6, 8], 6: [3, 4, 5, 6, 7, 8]}
#: Incidents listed in all region popups together (each region gets at least ``POPUP_MIN``).
POPUP_BUDGET = 1000
POPUP_MIN = 3
#: Cells (period, place, kind) beyond which incidents are drawn per region (see :class:`MapTables`).
MAX_CELLS = 40_000
#: Most periods of the time bar with every period between the first and the last; dates further apart
#: (a typo such as 2204 for 2024, a year 1 or 9999) step through the periods with incidents only.
MAX_PERIODS = 3660
#: Longest sentence text kept in a popup entry.
SENTENCE_CHARS = 600
#: Report ids listed in a place's popup.
PLACE_REPORTS = 5
#: Suffixes and prefixes dropped from region names in labels and short texts.
_SUFFIXES = (" Oblast", " oblast", " Krai", " Region", " region", " Autonomous Okrug", " Autonomous Oblast")
_PREFIXES = ("Republic of ",)


def class_bounds(values, classes: int = CLASSES) -> tuple[list[int], list[int]]:
    """Lower and upper bounds of at most ``classes`` classes of the positive values.

    Fisher-Jenks natural breaks (``mapclassify.FisherJenks``); with no more distinct
    values than classes, one class per value. The first class starts at 1, so that the
    smaller counts of a date range fall in it.
    """
    vals = np.asarray([v for v in values if v and v > 0], dtype=float)
    if vals.size == 0:
        return [1], [1]
    distinct = np.unique(vals)
    k = min(classes, distinct.size)
    if k == distinct.size:
        uppers = [int(v) for v in distinct]
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")   # "Numba not installed": pure Python is fast enough for regions
            import mapclassify                # imported here: it takes a second (scipy), and few runs need it
            bins = mapclassify.FisherJenks(vals, k=k).bins
        uppers = sorted({int(b) for b in bins})
    lowers = [1] + [u + 1 for u in uppers[:-1]]    # the first class holds any count a date range gives
    return lowers, uppers


def class_breaks(values, classes: int = CLASSES) -> list[int]:
    """Lower bounds of the classes of :func:`class_bounds`."""
    return class_bounds(values, classes)[0]


def palette(k: int) -> list[str]:
    """``k`` sequential colours (ColorBrewer OrRd) that differ visibly, the last the darkest used."""
    return [SCHEME[i] for i in _PICK[max(1, min(k, max(_PICK)))]]


def legend(values, title: str) -> dict:
    """Title, class bounds and colours of one metric."""
    lower, upper = class_bounds(values)
    return {"title": title, "lower": lower, "upper": upper, "colors": palette(len(lower))}


def short_names(regions: pd.DataFrame) -> dict[str, str]:
    """``code -> name`` for labels: "Kaluga" for Kaluga Oblast, unless that is another region's name."""
    full = dict(zip(regions["region_code"], regions["region_name"]))

    def cut(name: str) -> str:
        for s in _SUFFIXES:
            if name.endswith(s) and len(name) > len(s):
                return name[: -len(s)]
        for p in _PREFIXES:
            if name.startswith(p) and len(name) > len(p):
                return name[len(p):]
        return name

    short = {code: cut(str(name)) for code, name in full.items()}
    taken = pd.Series(list(short.values())).value_counts()
    names = set(map(str, full.values()))
    return {code: s if s == full[code] or (taken[s] == 1 and s not in names) else str(full[code])
            for code, s in short.items()}


def period_of(by: str):
    """A function from ``YYYY-MM-DD`` to the period's label: the day, or the Monday of its week."""
    if by == "day":
        return lambda day: day

    def week(day: str) -> str:
        d = date.fromisoformat(day)
        return (d - timedelta(days=d.weekday())).isoformat()

    return week


def period_labels(days, by: str) -> list[str]:
    """Every period from the first day's to the last's (gaps included), as labels; when they are more
    than :data:`MAX_PERIODS`, the periods of the days given only (the page's size grows with them)."""
    days = sorted(d for d in days if d)
    if not days:
        return []
    of = period_of(by)
    first, last = date.fromisoformat(of(days[0])), date.fromisoformat(of(days[-1]))
    step = 1 if by == "day" else 7
    if (last - first).days // step >= MAX_PERIODS:
        log.warning("dates from %s to %s: the time bar steps through the %ss with incidents only, without "
                    "the gaps between them", days[0], days[-1], by)
        return sorted({of(d) for d in days})
    return [(first + timedelta(days=i)).isoformat() for i in range(0, (last - first).days + 1, step)]


def label_points(geoms) -> list[list[float]]:
    """``[lon, lat]`` of a point well inside each geometry (its largest part's pole of inaccessibility),
    kept in the cache folder for the same geometries."""
    wkb = _arrayfile.wkb_arrays(geoms)
    return _arrayfile.cached(
        "labels", (shapely.geos_version_string, repr(_arrayfile.stamp(__file__)), wkb["wkb"].tobytes(),
                   wkb["wkb.offsets"].tobytes()),
        lambda: ({"xy": np.array(_label_points(geoms), dtype=np.float64).reshape(-1, 2)}, {}),
        lambda meta, arrays: _rows(arrays["xy"], len(geoms)))


def _rows(xy: np.ndarray, rows: int) -> list[list[float]]:
    """``[x, y]`` of each row, if there is one per geometry."""
    if xy.shape != (rows, 2):
        raise ValueError(f"{xy.shape} label points for {rows} geometries")
    return xy.tolist()


def _label_points(geoms) -> list[list[float]]:
    """:func:`label_points`, computed."""
    out = []
    for g in geoms:
        if g is None or g.is_empty:
            out.append([0.0, 0.0])
            continue
        parts = getattr(g, "geoms", [g])
        part = max(parts, key=lambda p: p.area)
        try:
            p = shapely.ops.polylabel(part, tolerance=max(0.01, part.length / 2000))
        except Exception:  # noqa: BLE001 - a degenerate part: fall back to GEOS's point on surface
            p = part.representative_point()
        out.append([round(p.x, 4), round(p.y, 4)])
    return out


@lru_cache(maxsize=1)
def load_cities(path: str | None = None) -> tuple[tuple, ...]:
    """Cities for orientation (``cities.csv``): ``(name, lat, lon, population, capital)``."""
    path = Path(path) if path else Path(settings.data_folder) / "cities.csv"
    if not path.exists():
        return ()
    with open(path, encoding="utf-8") as fh:
        return tuple((r["name"], float(r["lat"]), float(r["lon"]), int(r["population"]), int(r["capital"]))
                     for r in csv.DictReader(fh))


def cities_in(frame: tuple[float, float, float, float]) -> list[list]:
    """Cities inside ``(minx, miny, maxx, maxy)``, most important first: ``[name, lat, lon, rank]``."""
    minx, miny, maxx, maxy = frame
    inside = [c for c in load_cities() if miny <= c[1] <= maxy and minx <= c[2] <= maxx]
    inside.sort(key=lambda c: (-c[4], -c[3]))
    return [[name, lat, lon, 2 if cap else (1 if pop >= 1_000_000 else 0)] for name, lat, lon, pop, cap in inside]


def _trim(text, limit: int = SENTENCE_CHARS) -> str:
    text = "" if text is None or text is pd.NA else str(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def deltas(values: list[int]) -> list[int]:
    """Each value less the one before it (the first as it is): small numbers for sorted runs."""
    return [v - (values[j - 1] if j else 0) for j, v in enumerate(values)]


class MapTables:
    """The run's totals as the page's tables: regions, places and points, cells, reports.

    Parameters
    ----------
    totals : Totals
    shown : geopandas.GeoDataFrame
        The regions drawn (already simplified), with ``incidents``, ``objects``, ``places``.
    by : {"day", "week"}
        Period of the time controls.
    max_cells : int
        With more cells (period, place, kind) than this, incidents are drawn per region
        rather than per place (counts per region, period and kind stay exact).
    """

    def __init__(self, totals: Totals, shown: gpd.GeoDataFrame, by: str, max_cells: int = MAX_CELLS) -> None:
        self.totals, self.shown, self.by = totals, shown.reset_index(drop=True), by
        self.codes = list(self.shown["region_code"])
        self.region_index = {c: i for i, c in enumerate(self.codes)}
        self.short = short_names(self.shown)
        self.labels = label_points(self.shown.geometry.values)
        self.periods = period_labels({k[0] for k in totals.cells}, by)
        self.period_index = {p: i for i, p in enumerate(self.periods)}
        self.of = period_of(by)
        self.per_region = len(totals.cells) > max_cells
        if self.per_region:
            log.info("%d cells of incidents: drawn per region, not per place", len(totals.cells))
        self.locs, self.loc_index = self._locations()

    def period(self, day: str) -> int:
        """Index of a day's period, or -1 for no date."""
        return self.period_index.get(self.of(day), -1) if day else -1

    def region_short(self, code: str) -> str:
        """Return a region's short name (its code when it has none)."""
        return self.short.get(code, code)

    def _locations(self) -> tuple[list[dict], dict]:
        """Places named (in first-seen order), then a point inside each region with incidents.

        A region's point stands for its incidents told without a place (role 4) or, when
        incidents are drawn per region, for all of them (role 4 + 8).
        """
        locs, index = [], {}
        for gid, p in self.totals.places.items():
            index[("p", gid)] = len(locs)
            locs.append({"lat": p["lat"], "lon": p["lon"], "name": p["matched_name"],
                         "written": p["name"] if p["name"] != p["matched_name"] else "",
                         "region": self.region_index.get(p["region_code"], -1), "place": p})
        for r, code in enumerate(self.codes):
            if self.totals.incidents.get(code):
                index[("r", code)] = len(locs)
                locs.append({"lat": self.labels[r][1], "lon": self.labels[r][0],
                             "name": self.shown.at[r, "region_name"], "written": "", "region": r, "place": None})
        return locs, index

    def where(self, key) -> int | None:
        """Index of the location an incident at ``key`` is drawn at."""
        if self.per_region and key is not None and key[0] == "p":
            p = self.totals.places.get(key[1])
            key = ("r", p["region_code"]) if p is not None else None
        return self.loc_index.get(key)

    def loc_table(self) -> dict:
        """Columns of the locations: where, names, region, place id, mentions, reports, roles, days.

        ``role`` is 1 for a place named where something happened, 2 for a launch site, 4 for a
        region's own point (8 added when it stands for all the region's incidents); ``days``
        lists ``period, reports`` pairs, the periods as differences (-1: undated).
        """
        cols = {k: [] for k in ("lat", "lon", "name", "written", "region", "gid", "mentions", "reports", "role",
                                "days")}
        for loc in self.locs:
            for k in ("name", "written", "region"):
                cols[k].append(loc[k])
            cols["lat"].append(round(loc["lat"], 4))
            cols["lon"].append(round(loc["lon"], 4))
            for k, v in (self._place_columns(loc["place"]) if loc["place"] is not None else
                         {"gid": "", "mentions": 0, "reports": "", "role": 4 | (8 if self.per_region else 0),
                          "days": []}).items():
                cols[k].append(v)
        return cols

    def _place_columns(self, p: dict) -> dict:
        gid = p["geonameid"]
        ids = self.totals.report_ids(p, PLACE_REPORTS + 1)
        per: dict[int, int] = {}
        for day, n in p["days"].items():
            i = self.period(day)
            per[i] = per.get(i, 0) + n
        periods = sorted(per)
        return {"gid": int(gid) if isinstance(gid, (int, np.integer, float)) and gid == gid else str(gid),
                "mentions": int(p["mentions"]),
                "reports": ", ".join(map(str, ids[:PLACE_REPORTS])) + (" …" if len(ids) > PLACE_REPORTS else ""),
                "role": (1 if p["roles"] - {"origin"} else 0) | (2 if "origin" in p["roles"] else 0),
                "days": [x for k, d in zip(periods, deltas(periods)) for x in (d, per[k])]}

    def cell_table(self) -> dict:
        """The counts per period, location and kind, sorted by period (undated last).

        ``rows[i]`` is how many rows period ``i`` has (the last entry: undated rows); ``loc``
        holds, within each period, differences to the row before; ``kind`` is a string of
        kind digits; ``n`` lists ``[row, incidents]`` for rows of more than one incident;
        ``sh`` and ``sf`` (shared figures and this region's part of them) are there only
        when a figure was shared.
        """
        merged: dict[tuple, list] = {}
        for (day, where, kind), values in self.totals.cells.items():
            loc = self.where(where)
            if loc is None:
                continue
            p = self.period(day)
            key = (p if p >= 0 else len(self.periods), loc, KINDS.index(kind) if kind in KINDS else 3)
            slot = merged.setdefault(key, [0, 0, 0, 0.0])
            for j, v in enumerate(values):
                slot[j] += v
        rows = sorted((k, v) for k, v in merged.items())
        counts = [0] * (len(self.periods) + 1)
        locs = []
        for j, ((p, loc, _), _) in enumerate(rows):
            counts[p] += 1
            locs.append(loc - rows[j - 1][0][1] if j and rows[j - 1][0][0] == p else loc)
        table = {"rows": counts, "loc": locs, "kind": "".join(str(k[2]) for k, _ in rows),
                 "n": [[j, v[0]] for j, (_, v) in enumerate(rows) if v[0] != 1], "obj": [v[1] for _, v in rows]}
        if any(v[2] for _, v in rows):
            table["sh"] = [v[2] for _, v in rows]
            table["sf"] = [round(v[3], 2) for _, v in rows]
        return table

    def reports(self) -> list[int]:
        """Reports that told of an incident, per period (the last entry: undated)."""
        out = [0] * (len(self.periods) + 1)
        for day, n in self.totals.reports_per_day.items():
            i = self.period(day)
            out[i if i >= 0 else len(self.periods)] += n
        return out

    def shared_text(self, code: str) -> list[list]:
        """A region's figures told jointly: ``[[figure, "Kaluga, Oryol"], ...]``, largest first."""
        groups = self.totals.shared.get(code, {})
        return sorted(([n, ", ".join(self.region_short(c) for c in partners)] for partners, n in groups.items()),
                      key=lambda g: (-g[0], g[1]))

    def popup_entries(self, code: str, cap: int) -> list[dict]:
        """The first ``cap`` incidents of a region, for its popup."""
        out = []
        for inc in self.totals.popups.get(code, [])[:cap]:
            loc = self.where(inc.get("where"))
            out.append({"date": inc["date"] or "", "kind": inc["kind"], "objects": inc["objects"],
                        "object_kind": inc["object_kind"] or "", "sentence": _trim(inc["sentence"]),
                        "source": _trim(inc["source"], 400), "loc": -1 if loc is None else loc,
                        "shared": inc.get("shared"),
                        "shared_with": ", ".join(self.region_short(c) for c in inc.get("shared_with") or [])})
        return out

    def region_props(self) -> list[dict]:
        """Properties of each region feature: names, totals, label point, shared figures, popup list."""
        active = max(1, sum(1 for c in self.codes if self.totals.incidents.get(c)))
        cap = max(POPUP_MIN, POPUP_BUDGET // active)
        out = []
        for i, r in enumerate(self.shown.itertuples(index=False)):
            listed = self.popup_entries(r.region_code, cap)
            out.append({"code": r.region_code, "name": r.region_name, "short": self.region_short(r.region_code),
                        "local": r.name_local, "country": r.country, "disputed": bool(r.disputed),
                        "note": r.disputed_note, "incidents": int(r.incidents), "objects": int(r.objects),
                        "places": r.places.replace(";", ", "), "label": self.labels[i],
                        "shared": self.shared_text(r.region_code), "list": listed,
                        "more": max(0, int(r.incidents) - len(listed))})
        return out


class JSONText(str):
    """Text that is already JSON (GeoJSON written by :func:`mapper.geojson.feature_collection`)."""


def data_json(parts: dict[str, object]) -> str:
    r"""One JSON object of ``parts`` (:class:`JSONText` values go in as they are), script-safe.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\uXXXX`` escapes, so the text
    can stand inside a ``<script>`` element: no ``</script>`` or ``<!--`` can appear in it.
    """
    def one(value: object) -> str:
        if isinstance(value, JSONText):
            return str(value)
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    text = "{" + ", ".join(f"{json.dumps(k)}: {one(v)}" for k, v in parts.items()) + "}"
    return script_safe(text)
