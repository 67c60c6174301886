"""Stage 5: events to incidents per region, with the same event told twice merged.

Within a report, a later event in the same region is the same incident when it is
of the same kind ("11 UAVs destroyed in Kaluga region" ... "10 drones intercepted
over Kaluga Oblast"), or when it gives no number (an elaboration or repetition).
Across reports, incidents of the same day, region and kind are merged.
A merged incident counts the larger of the figures, never their sum.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

import pandas as pd

from .._enums import StrEnum
from ..extract import Extraction, Kind, MentionKind
from ..geocode import Unresolved, UnresolvedKind
from ..rules import load_lexicon
from ..text import normalize

log = logging.getLogger(__name__)
_REGIONS_BEFORE = load_lexicon().rule("event.regions_before")

INCIDENT_COLUMNS = ["incident_id", "region_code", "region_name", "country", "kind", "objects", "object_kind",
                    "date", "report_ids", "sources", "places", "mentions", "sentences", "events"]
EVENT_COLUMNS = ["report_id", "event", "sentence", "kind", "count", "object_kind", "regions", "status", "text",
                 "rule"]


class Status(StrEnum):
    """What became of a telling of an event (``events.csv``: ``status``)."""

    COUNTED = "counted"
    MERGED = "merged with an earlier telling"
    #: continues an event of an earlier sentence: ``elaborates event N``
    ELABORATES = "elaborates event"
    TOTAL = "total of the breakdown that follows"
    BACKGROUND = "background"
    NO_REGION = "no region"


@dataclass
class _Incident:
    region: str
    kind: Kind
    objects: int | None
    object_kind: str | None
    day: date | None
    reports: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    names: set[str] = field(default_factory=set)
    sentences: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    seq: int = 0  # order of first telling in the whole run

    def merge_from(self, other: "_Incident") -> None:
        """Take in the same incident told in another report."""
        self.absorb(other.objects, other.object_kind, "", "", other.places, other.names, "", "")
        for lst, values in ((self.sentences, other.sentences), (self.events, other.events),
                            (self.reports, other.reports), (self.sources, other.sources)):
            lst.extend(v for v in values if v not in lst)

    def row(self, incident_id: int, region_names: dict[str, tuple[str, str]]) -> dict:
        """This incident as a row of ``INCIDENT_COLUMNS``."""
        name, country = region_names.get(self.region, (self.region, ""))
        return {
            "incident_id": incident_id, "region_code": self.region, "region_name": name, "country": country,
            "kind": self.kind, "objects": self.objects, "object_kind": self.object_kind or "",
            "date": self.day.isoformat() if self.day else "", "report_ids": ";".join(self.reports),
            "sources": ";".join(self.sources), "places": ";".join(self.places),
            "mentions": ";".join(sorted(self.names)), "sentences": " | ".join(self.sentences),
            "events": ";".join(self.events),
        }

    def absorb(self, objects: int | None, object_kind: str | None, sentence: str, event: str,
               places: list[str], names: set[str], report: str, source: str) -> None:
        if objects is not None and (self.objects is None or objects > self.objects):
            self.objects, self.object_kind = objects, object_kind
        for lst, values in ((self.places, places), (self.sentences, [sentence]), (self.events, [event]),
                            (self.reports, [report]), (self.sources, [source])):
            lst.extend(v for v in values if v and v not in lst)
        self.names |= names


def _code(value: object) -> str | None:
    """A region code, or None for a missing one (None, NaN, empty)."""
    return value if isinstance(value, str) and value else None


def _add_unique(seq: list[str], value: str) -> None:
    if value and value not in seq:
        seq.append(value)


class IncidentCounter:
    """Counts incidents report by report, so a corpus can be fed in chunks.

    Parameters
    ----------
    region_names : dict
        ``region_code -> (name, country)``.
    merge : bool
        Merge the same event told twice; ``False`` counts every telling.

    Examples
    --------
    >>> counter = IncidentCounter(names, merge=True)        # doctest: +SKIP
    >>> for chunk in chunks:                                 # doctest: +SKIP
    ...     counter.add(extractions, places, unresolved)
    >>> incidents, events = counter.finish()                 # doctest: +SKIP
    """

    def __init__(self, region_names: dict[str, tuple[str, str]], merge: bool = True) -> None:
        self.region_names = region_names
        self.merge = merge
        self.incidents: list[_Incident] = []
        self.event_rows: list[dict] = []

    def add(self, extractions: Sequence[Extraction], places: pd.DataFrame,
            unresolved: Sequence[Unresolved]) -> list[Unresolved]:
        """Count the events of some reports.

        Returns ``unresolved`` (this chunk's) with the regions each unresolved place
        mention's incident was counted in, followed by the events that have no region.
        """
        place_at = {(r.report_id, r.mention): r for r in places.itertuples(index=False)}
        counted_in: dict[tuple[str, int], list[str]] = {}
        unplaced: list[Unresolved] = []
        for ext in extractions:
            self._add_report(ext, place_at, counted_in, unplaced)
        return [replace(u, counted_in=";".join(counted_in.get((u.report_id, u.mention), [])))
                if u.mention is not None else u for u in unresolved] + unplaced

    def _add_report(self, ext: Extraction, place_at: dict, counted_in: dict, unresolved: list[Unresolved]) -> None:
        merge = self.merge
        incidents = self.incidents
        event_rows = self.event_rows
        rep = ext.report
        own: list[_Incident] = []
        ev_incidents: dict[int, list[_Incident]] = {}
        last: tuple[list[str], int] | None = None  # regions of the last counted event, and its sentence

        def _places_in(mentions: list[int], region: str, rid: str = rep.id) -> list[str]:
            return [place_at[(rid, m)].matched_name for m in mentions
                    if (rid, m) in place_at and place_at[(rid, m)].region_code == region]

        for ev in ext.events:
            regions: list[str] = []
            names: set[str] = set()
            for m in ev.mentions:
                mm = ext.mentions[m]
                names.add(normalize(mm.text))
                if mm.kind is MentionKind.REGION:
                    _add_unique(regions, mm.region_code)
                elif (rep.id, m) in place_at:
                    p = place_at[(rep.id, m)]
                    if _code(p.region_code):
                        _add_unique(regions, p.region_code)
            row = {"report_id": rep.id, "event": ev.index, "sentence": ev.sentence, "kind": ev.kind,
                   "count": ev.count, "object_kind": ev.object_kind, "regions": ";".join(regions), "text": ev.text,
                   "rule": ";".join(ext.event_rules(ev))}
            event_id = f"{rep.id}#{ev.index}"

            def remember(targets: list[_Incident]) -> None:
                ev_incidents[ev.index] = targets
                for m in ev.mentions:
                    counted_in.setdefault((rep.id, m), [])
                    for t in targets:
                        _add_unique(counted_in[(rep.id, m)], t.region)

            if ev.aggregate:
                event_rows.append({**row, "status": Status.TOTAL})
                continue
            if ev.background:
                event_rows.append({**row, "status": Status.BACKGROUND})
                continue
            if ev.continues is not None and ev.continues in ev_incidents:
                prev = ev_incidents[ev.continues]
                if prev and set(regions) <= {i.region for i in prev}:
                    for inc in prev:
                        inc.absorb(None, None, ev.text, event_id, _places_in(ev.mentions, inc.region),
                                   names, rep.id, rep.source)
                    remember(prev)
                    event_rows.append({**row, "status": f"{Status.ELABORATES} {ev.continues}"})
                    continue
            if not regions and ev.mentions and last is not None and ev.sentence - last[1] <= _REGIONS_BEFORE["within"] \
                    and all(ext.mentions[m].kind is MentionKind.PLACE and (rep.id, m) not in place_at
                            for m in ev.mentions):
                regions = list(last[0])  # only unplaced names: the regions named just before
                row["regions"] = ";".join(regions)
                row["rule"] += ";" + _REGIONS_BEFORE.id
            if not regions:
                if ev.count is not None or ev.kind is not Kind.OTHER or ev.mentions:
                    what = ", ".join(ext.mentions[m].text for m in ev.mentions)
                    reason = (f"its places could not be placed ({what})" if ev.mentions
                              else "no place or region named for this incident")
                    unresolved.append(Unresolved(rep.id, ev.text, ev.text, reason, kind=UnresolvedKind.EVENT,
                                                 rule=row["rule"]))
                event_rows.append({**row, "status": Status.NO_REGION})
                continue
            objects = ev.count if len(regions) == 1 else None
            if ev.count is not None and len(regions) > 1:
                log.info("%s: %d objects over %s not split between regions", rep.id, ev.count, ", ".join(regions))
            targets = []
            for region in regions:
                here = _places_in(ev.mentions, region)
                match = None
                if merge:
                    for inc in own:
                        if inc.region != region:
                            continue
                        # the same kind, or a telling without a number (an elaboration, a
                        # repetition: "debris fell", "there was no damage") in a region already hit
                        if inc.kind == ev.kind or ev.count is None:
                            match = inc
                            break
                if match is None:
                    match = _Incident(region, ev.kind, None, None, rep.date)
                    own.append(match)
                    incidents.append(match)
                match.absorb(objects, ev.object_kind if objects is not None else None, ev.text, event_id,
                             here, names, rep.id, rep.source)
                targets.append(match)
            remember(targets)
            last = (regions, ev.sentence)
            event_rows.append({**row, "status": Status.COUNTED if all(len(t.events) == 1 for t in targets)
                               else Status.MERGED})

    def finish(self) -> tuple[pd.DataFrame, pd.DataFrame]:
        """Merge across reports (when merging) and return ``(incidents, events)``."""
        merger = IncidentMerger(self.merge)
        return incident_table(merger.add(self.incidents), merger, self.region_names), event_frame(self.event_rows)


class IncidentMerger:
    """Merges the same incident told by different reports: same day, region and kind.

    Fed incidents chunk by chunk, it gives back at once those that can merge with
    nothing (undated, or merging off) and keeps the dated ones, one per day, region
    and kind, until :meth:`pending`. Every incident gets its place in the run's
    order (``seq``), so that results do not depend on chunking.

    Parameters
    ----------
    merge : bool
        Merge at all.
    capacity : int, optional
        Dated incidents kept in memory; the least recently told go to a temporary
        SQLite file in ``folder`` (see :class:`mapper.spill.SpillDict`). None keeps all.
    """

    def __init__(self, merge: bool = True, capacity: int | None = None, folder=None) -> None:
        from ..spill import SpillDict

        self.merge = merge
        self._seq = 0
        self._index = SpillDict(capacity, order=lambda inc: inc.seq, folder=folder)

    def add(self, incidents: Iterable[_Incident]) -> list[_Incident]:
        """Take incidents (in order); return the ones that are final now."""
        final = []
        for inc in incidents:
            self._seq += 1
            inc.seq = self._seq
            if not self.merge or inc.day is None:
                final.append(inc)
                continue
            key = (inc.day, inc.region, str(inc.kind))  # plain strings: keys are pickled to disk
            target = self._index.get(key)
            if target is None:
                self._index.put(key, inc)
            else:
                target.merge_from(inc)
        return final

    def pending(self) -> Iterator[_Incident]:
        """The dated incidents, merged, in order (read back from disk where they were spilled)."""
        return self._index.values_sorted()

    def close(self) -> None:
        self._index.close()


def event_frame(rows: list[dict]) -> pd.DataFrame:
    """The events table from rows of ``EVENT_COLUMNS``."""
    out = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    out["count"] = out["count"].astype("Int64")
    return out


def incident_table(final: list[_Incident], merger: IncidentMerger,
                   region_names: dict[str, tuple[str, str]]) -> pd.DataFrame:
    """The incidents table: those final at once and those the merger kept, in run order, numbered."""
    ordered = sorted(final + list(merger.pending()), key=lambda inc: inc.seq)
    return incident_frame([inc.row(n, region_names) for n, inc in enumerate(ordered, start=1)])


def incident_frame(rows: list[dict]) -> pd.DataFrame:
    """The incidents table from rows of ``INCIDENT_COLUMNS``."""
    out = pd.DataFrame(rows, columns=INCIDENT_COLUMNS)
    out["objects"] = out["objects"].astype("Int64")
    return out


def count_incidents(extractions: Sequence[Extraction], places: pd.DataFrame, region_names: dict[str, tuple[str, str]],
                    unresolved: list[Unresolved], merge: bool = True) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Turn events into incidents per region (all reports at once; see :class:`IncidentCounter`).

    Parameters
    ----------
    extractions : sequence of Extraction
    places : pandas.DataFrame
        Resolved place mentions (from :func:`mapper.geocode_mentions`).
    region_names : dict
        ``region_code -> (name, country)``.
    unresolved : list of Unresolved
        Extended in place: events with no region; and the region an unresolved
        place mention's incident was counted in is filled in.
    merge : bool
        Merge the same event told twice; ``False`` counts every telling.

    Returns
    -------
    incidents : pandas.DataFrame
        One row per incident and region (``INCIDENT_COLUMNS``).
    events : pandas.DataFrame
        Every event with what became of it (``EVENT_COLUMNS``).
    """
    counter = IncidentCounter(region_names, merge)
    unresolved[:] = counter.add(extractions, places, unresolved)
    return counter.finish()
