"""Self-contained HTML: every script and stylesheet inlined from vendored assets.

folium links leaflet, jQuery, Bootstrap and the rest from CDNs. A map made by
mapper asks for its assets as ``mapper-asset:NAME``; :class:`OfflineFigure`
replaces each such tag with the file's contents when rendering, turns images in
CSS into data URIs, and refuses to produce HTML that would still load anything
from an http(s) address.
"""

from __future__ import annotations

import base64
import re
from functools import lru_cache
from pathlib import Path

from ..exceptions import OfflineError

ASSETS = Path(__file__).resolve().parent / "assets"
PREFIX = "mapper-asset:"

#: What every map needs, replacing folium's defaults (jQuery, Bootstrap, Font Awesome, ... are dropped).
DEFAULT_JS = [("leaflet", PREFIX + "leaflet.js")]
DEFAULT_CSS = [("leaflet_css", PREFIX + "leaflet.css")]
CLUSTER_JS = [("markerclusterjs", PREFIX + "leaflet.markercluster.js")]
CLUSTER_CSS = [("markerclustercss", PREFIX + "MarkerCluster.css"),
               ("markerclusterdefaultcss", PREFIX + "MarkerCluster.Default.css")]

_SCRIPT_RE = re.compile(r'<script[^>]*\bsrc="' + re.escape(PREFIX) + r'([\w.\-]+)"[^>]*>\s*</script>')
_LINK_RE = re.compile(r'<link[^>]*\bhref="' + re.escape(PREFIX) + r'([\w.\-]+)"[^>]*/?>')
_CSS_URL_RE = re.compile(r"url\((['\"]?)(images/[\w.\-]+)\1\)")
#: What loads from the network, in three parts whose leftmost match is the first such tag or rule; each starts with a
#: literal, or a set of two letters (``u`` matches no other letter case-insensitively), so that the regex engine leaps
#: to the places where one can start: one case-insensitive alternation of them all tried at every character of a map
#: page (~0.8 MB) took ~0.08 s.
_REMOTE_RES = (
    re.compile(r"""<(?:script[^>]*\bsrc|link[^>]*\bhref|(?:img|iframe|source|embed)[^>]*\bsrc)"""
               r"""\s*=\s*["']?(?:https?:)?//""", re.I),
    re.compile(r"""@import\s+(?:url\()?["']?(?:https?:)?//""", re.I),
    re.compile(r"""[uU](?i:rl\(\s*["']?(?:https?:)?//)"""),
)
_SOURCEMAP_RE = re.compile(r"/[/*]# sourceMappingURL=\S+")


@lru_cache(maxsize=None)
def asset_text(name: str) -> str:
    """Contents of a vendored asset, ready to inline."""
    path = ASSETS / name
    if not path.is_file():
        raise OfflineError(f"asset {name!r} is not vendored in {ASSETS}")
    text = _SOURCEMAP_RE.sub("", path.read_text(encoding="utf-8"))
    if name.endswith(".css"):
        def data_uri(m: re.Match) -> str:
            img = (ASSETS / m.group(2)).read_bytes()
            return f"url(data:image/png;base64,{base64.b64encode(img).decode()})"

        text = _CSS_URL_RE.sub(data_uri, text)
    return text


def inline_assets(html: str) -> str:
    """Replace ``mapper-asset:`` script and link tags with inline code.

    Raises
    ------
    OfflineError
        If the result still loads a script, stylesheet, image or frame from the network.
    """
    html = _SCRIPT_RE.sub(lambda m: "<script>" + asset_text(m.group(1)).replace("</script", "<\\/script")
                          + "</script>", html)
    html = _LINK_RE.sub(lambda m: "<style>" + asset_text(m.group(1)) + "</style>", html)
    check_offline(html)
    return html


def check_offline(html: str) -> None:
    """Refuse a page that loads a script, stylesheet, image or frame from the network.

    Raises
    ------
    OfflineError
        Naming the start of the first such tag or rule.
    """
    starts = [found.start() for found in (remote.search(html) for remote in _REMOTE_RES) if found]
    if starts:
        start = min(starts)
        raise OfflineError(f"map would load from the network: {html[start:start + 120]!r}")


def __getattr__(name: str):
    """:class:`OfflineFigure` and :func:`stable_ids`, which live with the other branca elements
    (:mod:`mapper.webmap.elements`), imported when first asked for here."""
    if name in ("OfflineFigure", "stable_ids"):
        from . import elements

        return getattr(elements, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
