"""Stage 5, count: events to incidents per region, the same event told twice merged.

:class:`IncidentCounter` counts a chunk of reports at a time (within a report);
:class:`IncidentMerger` merges the same incident told by different reports (same day,
region and kind), keeping what may still merge in memory or on disk.
"""

from __future__ import annotations

from ._counting import (EVENT_COLUMNS, INCIDENT_COLUMNS, IncidentCounter, IncidentMerger, Status, event_frame,
                        incident_frame, incident_table)

__all__ = ["IncidentCounter", "IncidentMerger", "Status", "EVENT_COLUMNS", "INCIDENT_COLUMNS", "event_frame",
           "incident_frame", "incident_table"]
