"""Every output's columns, in one place: the CSV files, the GeoJSON properties and the GeoPackage layers.

The stages take their columns from here, so that a new column is added once and README's
outputs section has one list to follow. Lists (places, report ids, sources, rule ids, ...)
are JSON arrays in the GeoJSON files, arrays in Python, JSON arrays in GeoPackage text
fields, and ``;``-joined in the CSV files (:data:`CSV_LIST_SEPARATOR`), as they always were:
a spreadsheet shows ``a;b`` as it is, and a spreadsheet cell holding a JSON array would be
harder to read and to filter. Field types of the GeoJSON and GeoPackage layers (``*_FIELDS``)
are those of :func:`mapper.geojson.write_layer`.
"""

from __future__ import annotations

#: ``incidents.csv`` and ``Result.incidents``: one row per incident and region, after merging.
INCIDENT_COLUMNS = ["incident_id", "region_code", "region_name", "country", "kind", "objects", "object_kind",
                    "objects_shared", "shared_with", "killed", "injured", "date", "report_ids", "sources",
                    "places", "mentions", "sentences", "events", "languages", "rule_ids"]
#: ``events.csv`` (and the GeoPackage's ``events`` table): every telling of an event found in the text.
EVENT_COLUMNS = ["report_id", "event", "sentence", "kind", "count", "object_kind", "regions", "status", "text",
                 "rule", "lang"]
#: ``unresolved.csv`` (and ``unresolved`` table): every mention or event that could not be placed.
UNRESOLVED_COLUMNS = ["report_id", "kind", "text", "reason", "counted_in", "sentence", "mention", "rule", "lang"]

#: ``regions.geojson`` (and the GeoPackage's ``regions`` layer): one polygon per region.
REGION_FIELDS = {"region_code": "str", "region_name": "str", "name_local": "str", "country": "str",
                 "disputed": "bool", "incidents": "int", "objects": "int", "killed": "int", "injured": "int",
                 "places": "list", "languages": "list"}
#: ``places.geojson`` (and ``places`` layer): one point per gazetteer place. ``geonameid`` is
#: written as text when another geocoder's place ids (not all whole numbers) stand in for it.
PLACE_FIELDS = {"name": "str", "matched_name": "str", "geonameid": "int", "region_code": "str", "country": "str",
                "mentions": "int", "report_ids": "list", "roles": "list", "languages": "list"}
#: ``incidents.geojson`` (and ``incidents`` layer): one point per incident. ``date`` is ISO 8601
#: (``2024-03-13T00:00:00``: the day told; null for undated reports); ``precision`` is ``place``
#: (drawn at its first place in its region) or ``region`` (at an interior point of its region).
INCIDENT_FIELDS = {"incident_id": "int", "date": "datetime", "kind": "str", "objects": "int", "object_kind": "str",
                   "objects_shared": "int", "shared_with": "list", "killed": "int", "injured": "int",
                   "region_code": "str", "region_name": "str", "country": "str", "place": "str",
                   "precision": "str", "places": "list", "sources": "list", "report_ids": "list",
                   "languages": "list", "rule_ids": "list"}
#: The GeoPackage's tables without geometry, as in the CSV files but with lists.
EVENT_FIELDS = {"report_id": "str", "event": "int", "sentence": "int", "kind": "str", "count": "int",
                "object_kind": "str", "regions": "list", "status": "str", "text": "str", "rule": "list", "lang": "str"}
UNRESOLVED_FIELDS = {"report_id": "str", "kind": "str", "text": "str", "reason": "str", "counted_in": "list",
                     "sentence": "str", "mention": "int", "rule": "list", "lang": "str"}

#: How a list is written in a CSV cell.
CSV_LIST_SEPARATOR = ";"
#: ``precision`` of an incident point.
PRECISION_PLACE, PRECISION_REGION = "place", "region"
