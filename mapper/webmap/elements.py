"""Map features as folium elements: region choropleths, place markers, legend, time control.

Nothing a run reads (report text, ids, sources, dates, the names in a boundary layer or
a gazetteer, the title) is ever part of a template's source. branca renders an element's
macros and then wraps the output in an ``Element``, which compiles it as a Jinja template
a second time; mapper's elements render through :class:`SafeMacro`, which keeps the output
as plain text. Their templates are constant and print only element names and constants.
The run's data is in one ``<script type="application/json">`` block (:class:`MapData`),
escaped so that nothing in it can close the element; the page reads it with ``JSON.parse``
and puts text on screen with ``textContent``, never as HTML.
"""

from __future__ import annotations

import json

from branca.element import Element, Figure, MacroElement
from folium.elements import JSCSSMixin
from folium.map import Layer
from jinja2 import Template

from ..geojson import script_safe
from .offline import CLUSTER_CSS, CLUSTER_JS

#: Helpers shared by the elements: building DOM nodes from text safely.
HELPERS_JS = """
var mapper = window.mapper || {};
mapper.el = function (tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
};
mapper.row = function (parent, label, value) {
  var r = mapper.el('div', 'mapper-row');
  r.appendChild(mapper.el('span', 'mapper-label', label + ': '));
  r.appendChild(mapper.el('span', 'mapper-value', value));
  parent.appendChild(r);
};
window.mapper = mapper;
"""

STYLE_CSS = """
html, body { width: 100%; height: 100%; margin: 0; padding: 0; }
.leaflet-container { background: #cfe3ef; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
.mapper-legend, .mapper-time { background: rgba(255,255,255,0.92); padding: 8px 10px; border-radius: 6px;
  box-shadow: 0 1px 4px rgba(0,0,0,0.3); }
.mapper-legend .mapper-title, .mapper-time .mapper-title { font-weight: 600; margin-bottom: 4px; }
.mapper-swatch { display: inline-block; width: 18px; height: 12px; margin-right: 6px; vertical-align: middle;
  border: 1px solid #999; }
.mapper-popup h4 { margin: 0 0 4px 0; font-size: 14px; }
.mapper-popup ol { margin: 6px 0 0 0; padding-left: 18px; }
.mapper-popup li { margin-bottom: 6px; }
.mapper-quote { color: #333; font-style: italic; margin-top: 3px; }
.mapper-meta { color: #666; font-size: 12px; }
.mapper-label { color: #555; }
.mapper-time input { width: 220px; }
.mapper-note { color: #8a3b00; font-size: 12px; }
path.leaflet-interactive:focus { outline: none; }
.mapper-heading { position: absolute; z-index: 1000; top: 10px; left: 60px; background: rgba(255,255,255,.9);
  padding: 4px 10px; border-radius: 4px; font: 600 14px system-ui, sans-serif; }
.mapper-heading:empty { display: none; }
"""



class Text(Element):
    """Literal text in a figure: rendered as it is, never compiled as a template."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self._name = "Text"
        self.text = text

    def render(self, **kwargs) -> str:
        return self.text


class SafeMacro(MacroElement):
    """A MacroElement whose rendered ``header``, ``html`` and ``script`` macros go into the
    figure as :class:`Text` (branca's own ``MacroElement`` compiles them as templates again)."""

    def render(self, **kwargs) -> None:
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


class JSONText(str):
    """Text that is already JSON (GeoJSON written by :func:`mapper.geojson.feature_collection`)."""


def data_json(parts: dict[str, object]) -> str:
    """One JSON object of ``parts`` (:class:`JSONText` values go in as they are), script-safe.

    ``<``, ``>``, ``&``, U+2028 and U+2029 are written as ``\\uXXXX`` escapes, so the text
    can stand inside a ``<script>`` element: no ``</script>`` or ``<!--`` can appear in it.
    """
    def one(value: object) -> str:
        if isinstance(value, JSONText):
            return str(value)
        return json.dumps(value, ensure_ascii=False, allow_nan=False)

    text = "{" + ", ".join(f"{json.dumps(k)}: {one(v)}" for k, v in parts.items()) + "}"
    return script_safe(text)


class MapData(SafeMacro):
    """The run's data, held once in a ``<script type="application/json">`` element.

    The page reads it into a JavaScript variable named like the element, which the
    other elements use. The data never passes through a template.

    Parameters
    ----------
    parts : dict
        Top-level keys of the data: ``title``, ``regions`` and ``outline`` (GeoJSON as
        :class:`JSONText`), ``layers``, ``places`` and ``time``.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = JSON.parse(document.getElementById({{ this.get_name()|tojson }}).textContent);
{% endmacro %}
""")

    def __init__(self, parts: dict[str, object]) -> None:
        super().__init__()
        self._name = "MapData"
        self.text = data_json(parts)

    def render(self, **kwargs) -> None:
        figure = self.get_root()
        if isinstance(figure, Figure):
            block = f'<script type="application/json" id="{self.get_name()}">{self.text}</script>'
            figure.header.add_child(Text(block), name=self.get_name())
        super().render(**kwargs)


class MapStyle(SafeMacro):
    """Page CSS and the shared JavaScript helpers."""

    _template = Template("""
{% macro header(this, kwargs) %}<style>{{ this.css }}</style>{% endmacro %}
{% macro script(this, kwargs) %}{{ this.js }}{% endmacro %}
""")

    def __init__(self) -> None:
        super().__init__()
        self._name = "MapStyle"
        self.css = STYLE_CSS
        self.js = HELPERS_JS


class Outline(Layer, SafeMacro):
    """Non-interactive polygons drawn as a plain base (country outlines): ``data.outline``."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.data.get_name() }}.outline, {
  interactive: false, style: {{ this.style|tojson }}
});
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
""")

    def __init__(self, data: MapData, name: str = "Countries", style: dict | None = None) -> None:
        super().__init__(name=name, overlay=True, control=False, show=True)
        self._name = "Outline"
        self.data = data
        self.style = style or {"color": "#8c8c8c", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1}


class RegionLayer(Layer, SafeMacro):
    """A choropleth of one metric over the regions, with tooltip, popup and legend.

    Parameters
    ----------
    data : MapData
        ``data.regions`` is the GeoJSON of the regions; each feature's properties hold
        ``region_name``, ``incidents``, ``objects`` and ``incident_list``.
        ``data.layers[metric]`` holds the legend's ``title``, the classes' lower
        bounds ``breaks`` and their ``colors``.
    metric : {"incidents", "objects"}
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var data = {{ this.data.get_name() }}, metric = {{ this.metric|tojson }}, cfg = data.layers[metric];
  var title = cfg.title, breaks = cfg.breaks, colors = cfg.colors, zero = {{ this.zero_color|tojson }};
  var values = null;
  function valueOf(p) {
    if (!values) { return p[metric] || 0; }
    var v = values[p.region_code]; return v ? (v[metric] || 0) : 0;
  }
  function color(v) {
    if (!v) { return zero; }
    for (var i = breaks.length - 1; i >= 0; i--) { if (v >= breaks[i]) { return colors[i]; } }
    return colors[0];
  }
  function style(f) {
    var v = valueOf(f.properties);
    return {fillColor: color(v), fillOpacity: v ? 0.8 : 0.45, color: '#ffffff', weight: 0.7,
            dashArray: f.properties.disputed ? '4 3' : null};
  }
  function tooltip(l) {
    var p = l.feature.properties, d = mapper.el('div', 'mapper-tip');
    d.appendChild(mapper.el('strong', null, p.region_name));
    var v = values ? (values[p.region_code] || {}) : p;
    mapper.row(d, 'Incidents', v.incidents || 0);
    mapper.row(d, 'Objects', v.objects || 0);
    if (p.disputed) { d.appendChild(mapper.el('div', 'mapper-note', 'Disputed: ' + p.disputed_note)); }
    return d;
  }
  function popup(l) {
    var p = l.feature.properties, d = mapper.el('div', 'mapper-popup');
    d.appendChild(mapper.el('h4', null, p.region_name));
    if (p.name_local) { d.appendChild(mapper.el('div', 'mapper-meta', p.name_local + ' · ' + p.region_code)); }
    mapper.row(d, 'Incidents', p.incidents);
    mapper.row(d, 'Objects', p.objects);
    if (p.places) { mapper.row(d, 'Places', p.places); }
    if (p.disputed) { d.appendChild(mapper.el('div', 'mapper-note', 'Disputed: ' + p.disputed_note)); }
    var list = p.incident_list || [];
    if (list.length) {
      var ol = mapper.el('ol');
      list.forEach(function (inc) {
        var li = mapper.el('li');
        var meta = [inc.date || 'undated', inc.kind];
        if (inc.objects !== null && inc.objects !== undefined) {
          var noun = inc.object_kind || 'object';
          meta.push(inc.objects + ' ' + noun + (inc.objects === 1 || /craft$/.test(noun) ? '' : 's'));
        }
        li.appendChild(mapper.el('div', 'mapper-meta', meta.join(' · ')));
        (inc.sentence || '').split(' | ').forEach(function (q) { li.appendChild(mapper.el('div', 'mapper-quote', q)); });
        if (inc.source) { li.appendChild(mapper.el('div', 'mapper-meta', 'Source: ' + inc.source)); }
        ol.appendChild(li);
      });
      d.appendChild(ol);
      if (p.incidents_more) { d.appendChild(mapper.el('div', 'mapper-meta', '… and ' + p.incidents_more + ' more')); }
    }
    return d;
  }
  var layer = L.geoJSON(data.regions, {
    style: style,
    onEachFeature: function (f, l) {
      l.bindTooltip(tooltip, {sticky: true, className: 'mapper-tooltip'});
      l.bindPopup(popup, {maxWidth: 420, maxHeight: 360});
      l.on('mouseover', function () { l.setStyle({weight: 2.5, color: '#222'}); });
      l.on('mouseout', function () { layer.resetStyle(l); });
    }
  });
  layer.setValues = function (v) { values = v; layer.setStyle(style); };
  var legend = L.control({position: 'bottomright'});
  legend.onAdd = function () {
    var d = mapper.el('div', 'mapper-legend');
    d.appendChild(mapper.el('div', 'mapper-title', title));
    function item(c, label) {
      var r = mapper.el('div'), s = mapper.el('span', 'mapper-swatch');
      s.style.background = c; r.appendChild(s); r.appendChild(mapper.el('span', null, label)); d.appendChild(r);
    }
    item(zero, '0');
    for (var i = 0; i < breaks.length; i++) {
      var hi = i + 1 < breaks.length ? breaks[i + 1] - 1 : null;
      item(colors[i], hi === null ? breaks[i] + (i + 1 === breaks.length && breaks.length > 1 ? '+' : '')
                                  : (hi > breaks[i] ? breaks[i] + '–' + hi : String(breaks[i])));
    }
    return d;
  };
  var map = {{ this._parent.get_name() }};
  layer.on('add', function () { legend.addTo(map); });
  layer.on('remove', function () { legend.remove(); });
  {% if this.show %}layer.addTo(map);{% endif %}
  return layer;
})();
{% endmacro %}
""")

    def __init__(self, data: MapData, metric: str, name: str, show: bool = True,
                 zero_color: str = "#d9d9d9") -> None:
        if metric not in ("incidents", "objects"):
            raise ValueError("metric must be 'incidents' or 'objects'")
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "RegionLayer"
        self.data, self.metric, self.zero_color = data, metric, zero_color


class PlaceLayer(JSCSSMixin, Layer, SafeMacro):
    """Places (``data.places``) as circle markers sized by mentions; clustered when there are many."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40}){% else %}L.featureGroup(){% endif %};
  {{ this.data.get_name() }}.places.forEach(function (p) {
    var m = L.circleMarker([p.lat, p.lon], {radius: p.radius, color: '#08306b', weight: 1,
                                            fillColor: p.origin_only ? '#ffffff' : '#2171b5', fillOpacity: 0.85});
    m.bindTooltip(function () { return mapper.el('span', null, p.matched_name); });
    m.bindPopup(function () {
      var d = mapper.el('div', 'mapper-popup');
      d.appendChild(mapper.el('h4', null, p.matched_name));
      if (p.name !== p.matched_name) { mapper.row(d, 'Named in text', p.name); }
      mapper.row(d, 'Region', p.region_name);
      if (p.origin_only) { d.appendChild(mapper.el('div', 'mapper-note', 'Named as a launch site, not an incident')); }
      mapper.row(d, 'Mentions', p.mentions);
      mapper.row(d, 'Reports', p.report_ids);
      mapper.row(d, 'GeoNames id', p.geonameid);
      return d;
    });
    group.addLayer(m);
  });
  {% if this.show %}group.addTo({{ this._parent.get_name() }});{% endif %}
  return group;
})();
{% endmacro %}
""")

    def __init__(self, data: MapData, cluster: bool, name: str = "Places", show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceLayer"
        self.data = data
        self.cluster = bool(cluster)
        self.default_js = CLUSTER_JS if cluster else []
        self.default_css = CLUSTER_CSS if cluster else []


class TimeControl(SafeMacro):
    """A slider that recolours the region layers by day or week; its last stop shows all.

    ``data.time`` holds ``periods`` (labels, in order), ``values`` (``period ->
    region_code -> {"incidents", "objects"}``) and the control's ``title``.
    """

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var time = {{ this.data.get_name() }}.time, periods = time.periods, values = time.values;
  var layers = [{% for l in this.layers %}{{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}];
  var ctl = L.control({position: 'topleft'});
  ctl.onAdd = function () {
    var d = mapper.el('div', 'mapper-time');
    d.appendChild(mapper.el('div', 'mapper-title', time.title));
    var input = mapper.el('input'); input.type = 'range'; input.min = 0; input.max = periods.length;
    input.value = periods.length; input.step = 1;
    var label = mapper.el('div', 'mapper-meta', 'All dates');
    input.addEventListener('input', function () {
      var i = parseInt(input.value, 10);
      var v = i >= periods.length ? null : (values[periods[i]] || {});
      label.textContent = v === null ? 'All dates' : periods[i];
      layers.forEach(function (l) { l.setValues(v); });
    });
    L.DomEvent.disableClickPropagation(d);
    d.appendChild(input); d.appendChild(label);
    return d;
  };
  ctl.addTo({{ this._parent.get_name() }});
})();
{% endmacro %}
""")

    def __init__(self, data: MapData, layers: list[RegionLayer]) -> None:
        super().__init__()
        self._name = "TimeControl"
        self.data, self.layers = data, list(layers)


class Title(SafeMacro):
    """A heading over the map: the text of ``data.title``."""

    _template = Template("""
{% macro html(this, kwargs) %}<div class="mapper-heading" id="{{ this.get_name() }}"></div>{% endmacro %}
{% macro script(this, kwargs) %}
document.getElementById({{ this.get_name()|tojson }}).textContent = {{ this.data.get_name() }}.title || '';
{% endmacro %}
""")

    def __init__(self, data: MapData) -> None:
        super().__init__()
        self._name = "Title"
        self.data = data
