"""What a run gives back: :class:`Result` (every table, in memory) and, per chunk of reports,
:class:`ChunkResult` (what :meth:`mapper.pipeline.Pipeline.process` hands to a collector)."""

from __future__ import annotations

import html
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import pandas as pd

from .collect import RENAMED_COLUMNS, SKIPPED_COLUMNS, summary_of
from .geocode import PLACE_COLUMNS

#: Regions and places listed in the notebook summary of a result.
HTML_TOP = 10


@dataclass(repr=False)
class Result:
    """What one run found.

    Attributes
    ----------
    regions : geopandas.GeoDataFrame
        Every region of the boundary layer with ``incidents``, ``objects``, ``killed``,
        ``injured`` (zero where nothing happened), and ``places`` and ``languages``
        (``;``-joined strings, empty where nothing happened).
    places : geopandas.GeoDataFrame
        One point per gazetteer place named, with the properties of ``places.geojson``:
        ``name`` (as first written), ``matched_name``, ``geonameid``, ``region_code``,
        ``country``, ``mentions`` (how many), ``report_ids``, ``roles`` and ``languages`` (lists).
    incidents : pandas.DataFrame
        One row per incident and region, after merging, with the columns of ``incidents.csv``:
        ``date`` a datetime (NaT when undated), lists ``;``-joined as in the CSV file
        (:attr:`incident_points` has them as lists).
    events : pandas.DataFrame
        Every event found in the text, with what became of it.
    mentions : pandas.DataFrame
        Every place and region mention; a place mention that was placed also has its
        place (``matched_name``, ``geonameid``, ``lat``, ``lon``, ``country``,
        ``population``, ``match``, ``score``, ``candidates``) and its place's
        ``region_code``. :attr:`placed` has these rows alone.
    unresolved : pandas.DataFrame
        Mentions and events that could not be placed, with the reason.
    reports : pandas.DataFrame
        Every report read: ``id``, ``source``, ``date``, and how many mentions and
        events were found in it.
    skipped : pandas.DataFrame
        Records not read (with ``skip_bad``), with the reason.
    renamed : pandas.DataFrame
        Reports whose id an earlier report had: ``source``, ``line``, ``id`` and
        the ``new_id`` they got.
    filtered : dict
        What the filters (:class:`Filters`) left out: ``reports_outside_period``,
        ``incidents_of_other_kinds``, ``events_of_other_kinds`` (empty without filters).
    """

    regions: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    incidents: pd.DataFrame
    events: pd.DataFrame
    mentions: pd.DataFrame
    unresolved: pd.DataFrame
    reports: pd.DataFrame
    skipped: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=SKIPPED_COLUMNS))
    renamed: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=RENAMED_COLUMNS))
    filtered: dict[str, int] = field(default_factory=dict)

    @property
    def summary(self) -> dict[str, int]:
        """Counts of what was read, found, placed and left unresolved (the counts of ``summary.json``;
        with filters, what they left out)."""
        return summary_of(reports=len(self.reports) + self.filtered.get("reports_outside_period", 0),
                          skipped=len(self.skipped), mentions=len(self.mentions),
                          placed=len(self.placed), places=len(self.places), unresolved=len(self.unresolved),
                          events=len(self.events), incidents=len(self.incidents),
                          regions_with_incidents=int((self.regions["incidents"] > 0).sum()),
                          renamed=len(self.renamed), filtered=self.filtered)

    @property
    def incident_points(self) -> gpd.GeoDataFrame:
        """One point per incident, as ``incidents.geojson`` holds them: at its place, or at an interior
        point of its region (``precision``), lists as lists and dates as datetimes."""
        from .output import incident_points

        return incident_points(self)

    @property
    def placed(self) -> pd.DataFrame:
        """The place mentions put at a gazetteer place, one row each (``mapper.geocode.PLACE_COLUMNS``;
        ``name`` is the mention's text)."""
        if "geonameid" not in self.mentions:
            return pd.DataFrame(columns=PLACE_COLUMNS)
        rows = self.mentions[self.mentions["geonameid"].notna()].rename(columns={"text": "name"})
        if "lang" not in rows:  # the report's language, from the reports table
            langs = dict(zip(self.reports["id"], self.reports["lang"])) if "lang" in self.reports else {}
            rows = rows.assign(lang=[langs.get(r, "en") for r in rows["report_id"]])
        return rows[PLACE_COLUMNS].reset_index(drop=True)

    @property
    def period(self) -> tuple[date, date] | None:
        """First and last day of the dated reports, or None when none is dated."""
        days = pd.to_datetime(self.reports["date"], errors="coerce", format="ISO8601").dropna()
        return (days.min().date(), days.max().date()) if len(days) else None

    def __repr__(self) -> str:
        """One line: reports, incidents, objects, regions hit and the period."""
        period = self.period
        when = f", {period[0]} to {period[1]}" if period else ", undated"
        return (f"<Result: {len(self.reports)} reports, {len(self.incidents)} incidents, "
                f"{int(self.regions['objects'].sum())} objects, {int((self.regions['incidents'] > 0).sum())} "
                f"regions{when}>")

    def map(self, **kwargs):
        """An offline folium map of the result (see :func:`mapper.webmap.make_map`)."""
        from .webmap import make_map

        return make_map(self, **kwargs)

    def to_files(self, outdir: str | Path, **kwargs) -> dict[str, Path]:
        """Write GeoJSON, CSV and HTML outputs (see :func:`mapper.output.write_outputs`)."""
        from .output import write_outputs

        return write_outputs(self, outdir, **kwargs)

    def _repr_html_(self) -> str:
        """A summary for Jupyter: counts, period, the regions and places most hit (every text escaped)."""
        period = self.period
        s = self.summary
        counts = [("reports", s["reports_read"]), ("skipped", s["reports_skipped"]), ("incidents", s["incidents"]),
                  ("objects", int(self.regions["objects"].sum())), ("regions", s["regions_with_incidents"]),
                  ("places", s["places"]), ("unresolved", s["unresolved"]),
                  ("period", f"{period[0]} to {period[1]}" if period else "undated")]
        top = self.regions[self.regions["incidents"] > 0].sort_values(["incidents", "objects"], ascending=False)
        places = self.places.sort_values("mentions", ascending=False, kind="stable")
        return ("<div class=\"mapper-result\"><strong>mapper result</strong>"
                + _html_table(["", ""], counts)
                + _html_table(["region", "name", "incidents", "objects"],
                              top[["region_code", "region_name", "incidents", "objects"]].head(HTML_TOP).values)
                + _html_table(["place", "gazetteer", "region", "mentions"],
                              places[["name", "matched_name", "region_code", "mentions"]].head(HTML_TOP).values)
                + "</div>")


def _html_table(header: list[str], rows) -> str:
    """An HTML table whose every cell is escaped text."""
    def cells(tag, values):
        return "".join(f"<{tag}>{html.escape('' if v is None else str(v))}</{tag}>" for v in values)

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in rows)
    return f"<table><thead><tr>{cells('th', header)}</tr></thead><tbody>{body}</tbody></table>" if body else ""


@dataclass(frozen=True)
class Filters:
    """Which incidents a run keeps: of reports dated ``since`` to ``until`` (inclusive; with either,
    undated reports are left out), and of the ``kinds`` given (all when None).

    What is left out is counted (``summary.json``: ``filtered``), never silently dropped.
    ``since`` and ``until`` may be written as reports' dates are (``"2024-03-01"``, ``"March 1, 2024"``,
    a ``date``); ``kinds`` is a set of kinds or one string (``"strike,debris"``).

    Raises
    ------
    UsageError
        A date that is not one, ``since`` after ``until``, or a kind that is none of ``mapper.Kind``.
    """

    since: date | None = None
    until: date | None = None
    kinds: frozenset[str] | None = None

    def __post_init__(self) -> None:
        """Dates as days and kinds as a set of known kinds, or a UsageError saying what is wrong."""
        from .exceptions import InputError, UsageError
        from .extract import Kind
        from .reports import parse_date

        for name in ("since", "until"):
            try:
                object.__setattr__(self, name, parse_date(getattr(self, name), f"Filters({name}=...)"))
            except InputError as exc:
                raise UsageError(str(exc)) from None
        if self.since and self.until and self.since > self.until:
            raise UsageError(f"Filters: since {self.since} is after until {self.until}")
        if self.kinds is not None:
            kinds = self.kinds.split(",") if isinstance(self.kinds, str) else self.kinds
            kinds = frozenset(str(getattr(k, "value", k)).strip().lower() for k in kinds)
            known = [k.value for k in Kind]
            unknown = sorted(kinds - set(known)) or ([] if kinds else [""])
            if unknown:
                raise UsageError(f"Filters: {unknown[0]!r} is not a kind (one of {', '.join(known)})")
            object.__setattr__(self, "kinds", kinds)

    def keeps_day(self, day: date | None) -> bool:
        """A report of this day is kept."""
        if self.since is None and self.until is None:
            return True
        return day is not None and (self.since is None or day >= self.since) and (self.until is None
                                                                                   or day <= self.until)

    def keeps_kind(self, kind: str) -> bool:
        """An incident of this kind is kept."""
        return self.kinds is None or str(kind) in self.kinds


@dataclass
class ChunkResult:
    """What :meth:`Pipeline.process` found in one chunk of reports (small and picklable)."""

    reports: list[dict]
    mentions: list[dict]
    places: pd.DataFrame
    unresolved: list[dict]
    incidents: list
    events: list[dict]
    #: what the filters left out: ``reports_outside_period``, ``incidents_of_other_kinds``, ``events_of_other_kinds``
    filtered: Counter = field(default_factory=Counter)
