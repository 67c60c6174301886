"""The map's elements: the page's style and code, its data, and the call that starts it.

Nothing a run reads (report text, ids, sources, dates, the names in a boundary layer or
a gazetteer, the title) is ever part of a template's source. branca renders an element's
macros and then wraps the output in an ``Element``, which compiles it as a Jinja template
a second time; mapper's elements render through :class:`SafeMacro`, which keeps the output
as plain text. Their templates are constant and print only element names and constants.
The run's data is in one ``<script type="application/json">`` block (:class:`MapData`),
escaped so that nothing in it can close the element; the page's code (``assets/mapper.js``,
a constant file) reads it with ``JSON.parse`` and puts text on screen with ``textContent``,
never as HTML.
"""

from __future__ import annotations

from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from jinja2 import Template

from .data import JSONText, data_json
from .offline import CLUSTER_CSS, CLUSTER_JS, asset_text, inline_assets

__all__ = ["Text", "SafeMacro", "JSONText", "data_json", "MapData", "MapStyle", "App", "OfflineFigure", "stable_ids"]


class Text(Element):
    """Literal text in a figure: rendered as it is, never compiled as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Text"
        self.text = text

    def render(self, **kwargs) -> str:
        """Return the text as it is."""
        return self.text


class SafeMacro(MacroElement):
    """A MacroElement whose rendered ``header``, ``html`` and ``script`` macros go into the
    figure as :class:`Text` (branca's own ``MacroElement`` compiles them as templates again)."""

    def render(self, **kwargs) -> None:
        """Render the macros into the figure's header, body and script as literal text."""
        figure = self.get_root()
        if not isinstance(figure, Figure):
            raise TypeError(f"{type(self).__name__} can only be rendered inside a Figure")
        module = self._template.module
        for part in ("header", "html", "script"):
            macro = getattr(module, part, None)
            if macro is not None:
                getattr(figure, part).add_child(Text(str(macro(self, kwargs))), name=self.get_name())
        for child in self._children.values():
            child.render(**kwargs)


class MapData(SafeMacro):
    """The run's data, held once in a ``<script type="application/json">`` element.

    The page reads it into a JavaScript variable named like the element, which the
    other elements use. The data never passes through a template.

    Parameters
    ----------
    parts : dict or str
        Top-level keys of the data: ``title``, ``regions`` and ``outline`` (GeoJSON as
        :class:`JSONText`), ``layers``, ``places`` and ``time``; or their :func:`data_json` already.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = JSON.parse(document.getElementById({{ this.get_name()|tojson }}).textContent);
{% endmacro %}
""")

    def __init__(self, parts: dict[str, object] | str) -> None:
        super().__init__()
        self._name = "MapData"
        self.text = parts if isinstance(parts, str) else data_json(parts)

    def render(self, **kwargs) -> None:
        """Add the JSON block to the figure's body."""
        figure = self.get_root()
        if isinstance(figure, Figure):
            block = f'<script type="application/json" id="{self.get_name()}">{self.text}</script>'
            figure.header.add_child(Text(block), name=self.get_name())
        super().render(**kwargs)


class MapStyle(SafeMacro):
    """The page's CSS and code (``assets/mapper.css``, ``assets/mapper.js``): constant files."""

    _template = Template("""
{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
{% macro script(this, kwargs) %}{{ this.js }}{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapStyle"
        self.css = asset_text("mapper.css")
        self.js = asset_text("mapper.js").replace("</script", "<\\/script")


class App(JSCSSMixin, SafeMacro):
    """Starts the page: ``mapper.start(map, data, options)``.

    Parameters
    ----------
    data : MapData
    metric : {"incidents", "objects"}
        The choropleth shown first.
    cluster : bool
        Cluster the markers of the places named (and ship leaflet.markercluster).
    tiles : folium.TileLayer, optional
        An online tile layer offered in the layer control.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
mapper.start({{ this._parent.get_name() }}, {{ this.data.get_name() }}, {
  metric: {{ this.metric|tojson }}, cluster: {{ this.cluster|tojson }},
  tiles: {% if this.tiles %}{{ this.tiles.get_name() }}{% else %}null{% endif %}
});
{% endmacro %}
""")

    def __init__(self, data: MapData, metric: str, cluster: bool, tiles=None) -> None:
        if metric not in ("incidents", "objects"):
            raise ValueError("metric must be 'incidents' or 'objects'")
        super().__init__()
        self._name = "App"
        self.data, self.metric, self.cluster, self.tiles = data, metric, bool(cluster), tiles
        self.default_js = CLUSTER_JS if cluster else []
        self.default_css = CLUSTER_CSS if cluster else []


def stable_ids(root: Element) -> None:
    """Name the elements under ``root`` by their place in the tree, not at random.

    branca gives each element a random id, which ends up in the HTML (``map_3f2a...``);
    here an element's id is the path of child positions leading to it (``0_4``), so the
    same map gives the same bytes. Elements added while rendering go after their
    siblings and do not move the others.
    """
    def walk(element: Element, prefix: str) -> None:
        for i, child in enumerate(element._children.values()):
            child._id = f"{prefix}{i}"
            walk(child, f"{prefix}{i}_")

    walk(root, "")


class OfflineFigure(Figure):
    """A branca Figure whose HTML has every asset inlined (see :func:`inline_assets`) and
    whose elements are named by their place in the tree (see :func:`stable_ids`).

    Rendering leaves the figure as it found it: branca's elements add their parts to the
    figure's header, body and script while rendering, and a second rendering would keep
    the first one's parts too.
    """

    def render(self, **kwargs) -> str:
        """Render the page with assets inlined, leaving the figure as it was."""
        parts = (self.header, self.html, self.script)
        saved = [part._children.copy() for part in parts]
        stable_ids(self)
        try:
            html = super().render(**kwargs)
        finally:
            for part, children in zip(parts, saved):
                part._children = children
        return inline_assets(html)
