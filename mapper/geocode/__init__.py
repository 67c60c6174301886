"""Stage 3, geocode: place mentions to gazetteer places, namesakes chosen with the report's context.

=====================  ===========================================================
``_geocoders``         :class:`OfflineGazetteer`, the GeoNames index as a geopy ``Geocoder``
``_resolve``           :func:`geocode_mentions`: candidates, their regions, scores, choices
=====================  ===========================================================

The index itself is :mod:`mapper.gazetteer` (built once, cached on disk). Choosing among
namesakes needs each candidate's region, so this stage uses the region join of
:mod:`mapper.boundaries`.
"""

from __future__ import annotations

from ._geocoders import OfflineGazetteer
from ._resolve import PLACE_COLUMNS, Unresolved, UnresolvedKind, geocode_mentions, place_id

__all__ = ["OfflineGazetteer", "geocode_mentions", "Unresolved", "UnresolvedKind", "PLACE_COLUMNS", "place_id"]
