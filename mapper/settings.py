"""Global settings, in one module (as in osmnx).

Change them before calling the pipeline::

    import mapper
    mapper.settings.cache_folder = "/tmp/mapper-cache"
"""

from __future__ import annotations

import os
from pathlib import Path


def _shipped_data() -> Path:
    """The shipped ``data/boundaries`` folder, in a checkout or an installed wheel."""
    checkout = Path(__file__).resolve().parent.parent / "data" / "boundaries"
    if (checkout / "admin1.geojson").exists():
        return checkout
    from importlib.resources import files

    return Path(str(files("mapper._data").joinpath("admin1.geojson"))).parent


#: Folder of the shipped boundary data: ``admin1.geojson`` and ``countries.geojson``.
data_folder: Path = _shipped_data()

#: Where the gazetteer index is cached after it is built once.
cache_folder: Path = Path(
    os.environ.get("MAPPER_CACHE", Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "mapper")
)

#: Use the on-disk cache of the gazetteer index.
use_cache: bool = True

#: Keep gazetteer entries with at least this population (0 keeps all of cities500).
min_population: int = 0

#: Merge the same event told twice (same region, same kind, same day).
merge_duplicates: bool = True

#: Show tqdm progress bars on long work.
progress: bool = True

#: Decimals kept in coordinates written to the map and GeoJSON.
coordinate_decimals: int = 5

#: Reports processed together; memory holds the texts of one chunk at a time.
chunk_size: int = 2000

#: Dated incidents a streaming run keeps in memory for a possible merge; past it they wait on disk
#: (written once, merged a group of days at a time at the end: :class:`mapper.count.IncidentMerger`).
merge_memory: int = 20_000

#: Largest record read from a JSON Lines or CSV file, and largest text file (bytes); a larger one is a
#: bad record.
max_record_bytes: int = 16_000_000

#: Neutralise spreadsheet formulas in CSV outputs: a cell starting with ``=``, ``+``, ``-``, ``@``,
#: a tab or a carriage return gets a leading ``'`` (OWASP's rule against CSV injection).
neutralise_csv: bool = True
