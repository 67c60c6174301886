"""Stage 3, geocode: place mentions to gazetteer places, namesakes chosen with the report's context.

=====================  ===========================================================
``_index``             :class:`IndexGeocoder`, the GeoNames index as the pipeline's geocoder (no geopy)
``_geocoders``         :class:`OfflineGazetteer`, the same as a geopy ``Geocoder`` (imported when used)
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
from ._index import IndexGeocoder, IndexSettings
from ._resolve import PLACE_COLUMNS, Ranked, Unresolved, UnresolvedKind, geocode_mentions, rank_candidates

__all__ = ["OfflineGazetteer", "IndexGeocoder", "IndexSettings", "geocode_mentions", "Unresolved", "UnresolvedKind",
           "PLACE_COLUMNS", "place_id", "rank_candidates", "Ranked"]


def __getattr__(name: str):
    """:class:`OfflineGazetteer`, imported when first asked for (it imports geopy, which a run with the
    default gazetteer does without)."""
    if name == "OfflineGazetteer":
        from ._geocoders import OfflineGazetteer

        return OfflineGazetteer
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
