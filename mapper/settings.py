"""Global settings, in one module (as in osmnx).

Change them before calling the pipeline::

    import mapper
    mapper.settings.cache_folder = "/tmp/mapper-cache"
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path

from .exceptions import UsageError


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


def _flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise UsageError(f"settings.{name} is True or False, not {value!r:.40}")
    return value


def _count(least: int, most: int | None = None):
    def check(name: str, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < least \
                or (most is not None and value > most):
            span = f"from {least} to {most}" if most is not None else f"{least} or more"
            raise UsageError(f"settings.{name} is a whole number {span}, not {value!r:.40}")
        return value
    return check


def _folder(name: str, value: object) -> Path:
    if not isinstance(value, (str, os.PathLike)) or str(value) == "":
        raise UsageError(f"settings.{name} is a folder (a path), not {value!r:.40}")
    return Path(value)


#: How each setting is checked when it is set (a wrong one is a UsageError at once, not a failure deep in a
#: later run); paths are kept as Path.
_CHECKS = {"data_folder": _folder, "cache_folder": _folder, "use_cache": _flag, "merge_duplicates": _flag,
           "progress": _flag, "neutralise_csv": _flag, "min_population": _count(0),
           "coordinate_decimals": _count(0, 15), "chunk_size": _count(1), "merge_memory": _count(0),
           "max_record_bytes": _count(1)}


class _Settings(types.ModuleType):
    """This module, whose settings are checked as they are set."""

    def __setattr__(self, name: str, value: object) -> None:
        """Set a setting, checked by its rule in ``_CHECKS``."""
        check = _CHECKS.get(name)
        super().__setattr__(name, value if check is None else check(name, value))


sys.modules[__name__].__class__ = _Settings
