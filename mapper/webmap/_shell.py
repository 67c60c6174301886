"""The frame of a map page: the page folium renders, but for the run's data and the map's centre.

A map page holds the run's data in one JSON block and its centre in the script that makes the map;
everything else (Leaflet and mapper's code and style inlined, the elements' names, the options) is
the same for every run with the same options. The frame is rendered once by folium, with
stand-ins where the data and the centre go, split there, and kept in the cache folder (keyed on the
options and on the files of folium, branca, jinja2 and of this package, assets included), so that
later runs write their page by joining the parts: no folium, branca or jinja2 to import, no
template to compile. The run's data is put in as text, as folium's own page has it; it never
passes through a template either way.
"""

from __future__ import annotations

import json
import logging
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

from .. import settings
from .._cachefile import cache_file, stamp, write_json
from .offline import ASSETS, check_offline

if TYPE_CHECKING:
    from . import MapOptions

log = logging.getLogger(__name__)

#: Bumped when what a frame file holds changes.
_VERSION = 1
#: Stand-ins for the data block and the centre while the frame is rendered (each must appear once).
_DATA = "@@mapper-page-data-6c0f1d@@"
_CENTER = [-12.3456789012345, 123.456789012345]
_HERE = Path(__file__).resolve().parent

_held: dict[str, tuple[list[str], list[str]] | None] = {}


def page(opts: "MapOptions", cluster: bool, center: list[float], text: str) -> str:
    """The HTML of the page with the data block ``text`` and the map centred on ``center`` (``[lat, lon]``).

    Raises
    ------
    OfflineError
        The page would load something from the network.
    """
    frame = _frame(opts, cluster)
    if frame is None:  # the stand-ins could not be told apart in folium's page: render it whole
        from . import folium_map

        lat, lon = center
        return folium_map((lon, lat, lon, lat), opts, text, cluster).get_root().render()
    parts, order = frame
    values = {"data": text, "center": json.dumps(center)}
    html = parts[0] + values[order[0]] + parts[1] + values[order[1]] + parts[2]
    check_offline(html)
    return html


def _frame(opts: "MapOptions", cluster: bool) -> tuple[list[str], list[str]] | None:
    """The parts of the page between the stand-ins and the order of the stand-ins, from memory, from the
    cache folder, or rendered (None when the stand-ins are not each found once)."""
    key = _key(opts, cluster)
    if key in _held:
        return _held[key]
    path = cache_file("page", (key,), suffix=".json")
    frame = _read(path) if settings.use_cache and path.is_file() else None
    if frame is None:
        frame = _render(opts, cluster)
        if frame is not None and settings.use_cache:
            _write(path, frame)
    _held[key] = frame
    return frame


def _key(opts: "MapOptions", cluster: bool) -> str:
    """What the frame depends on: its options and the files that make it."""
    files = [stamp(spec.origin if spec else None) for spec in map(find_spec, ("folium", "branca", "jinja2"))]
    files += [stamp(p) for p in sorted(_HERE.glob("*.py"))]
    files += [stamp(p) for p in sorted(ASSETS.rglob("*")) if p.is_file()]
    tag = (_VERSION, repr(opts.width), repr(opts.height), opts.online_tiles, opts.metric, bool(cluster), files)
    return repr(tag)


def _render(opts: "MapOptions", cluster: bool) -> tuple[list[str], list[str]] | None:
    """The page folium renders with the stand-ins, split at them."""
    from . import folium_map

    lat, lon = _CENTER
    html = folium_map((lon, lat, lon, lat), opts, _DATA, cluster).get_root().render()
    marks = {"data": _DATA, "center": json.dumps(_CENTER)}
    if any(html.count(mark) != 1 for mark in marks.values()):
        log.warning("map page: stand-ins not found once each in folium's page; rendering every page whole")
        return None
    order = sorted(marks, key=lambda name: html.index(marks[name]))
    first, second = (marks[name] for name in order)
    head, rest = html.split(first)
    middle, tail = rest.split(second)
    return [head, middle, tail], order


def _read(path: Path) -> tuple[list[str], list[str]] | None:
    """The frame stored in ``path``, or None when it cannot be read (then it is rendered again)."""
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        parts, order = stored["parts"], stored["order"]
        if stored.get("version") != _VERSION or len(parts) != 3 or not all(isinstance(p, str) for p in parts) \
                or sorted(order) != ["center", "data"]:
            raise ValueError("not a page frame of this version")
        return parts, order
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        log.warning("map page cache %s unreadable (%s); rendering it again", path, exc)
        return None


def _write(path: Path, frame: tuple[list[str], list[str]]) -> None:
    """Store the frame in ``path`` (written to a temporary file, then renamed); an unwritable folder is a
    warning."""
    parts, order = frame
    try:
        write_json(path, {"version": _VERSION, "parts": parts, "order": order})
    except OSError as exc:
        log.warning("cannot cache the map page in %s: %s", path.parent, exc)
