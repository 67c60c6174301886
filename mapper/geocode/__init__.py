"""Stage 3, geocode: place mentions to gazetteer places, namesakes chosen with the report's context.

=====================  ===========================================================
``_geocoders``         :class:`OfflineGazetteer`, the GeoNames index as a geopy ``Geocoder``
``_candidates``        every place a mention may be, with its region (one spatial join) and country
``_resolve``           :func:`geocode_mentions`: scores with the report's context, choices, one
                       reading per name per report
=====================  ===========================================================

The index itself is :mod:`mapper.gazetteer` (built once, cached on disk). Choosing among
namesakes needs each candidate's region, so this stage uses the region join of
:mod:`mapper.boundaries`.
"""

from __future__ import annotations

from ._candidates import place_id
from ._geocoders import IndexSettings, OfflineGazetteer
from ._resolve import PLACE_COLUMNS, Ranked, Unresolved, UnresolvedKind, geocode_mentions, rank_candidates

__all__ = ["OfflineGazetteer", "IndexSettings", "geocode_mentions", "Unresolved", "UnresolvedKind", "PLACE_COLUMNS",
           "place_id", "rank_candidates", "Ranked"]
