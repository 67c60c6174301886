"""Map features as folium elements: region choropleths, place markers, legend, time control.

All text shown to a reader (region names, report sentences, sources) travels as
JSON data and is put into the page with ``textContent``, never as HTML, so a
report cannot inject markup or script into the map.
"""

from __future__ import annotations

from branca.element import Element, MacroElement
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
"""


class MapStyle(MacroElement):
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


class GeoData(MacroElement):
    """A GeoJSON object held once in a JavaScript variable, shared by several layers.

    ``data`` is GeoJSON text; it is escaped for the script element here.
    """

    _template = Template("""
{% macro script(this, kwargs) %}var {{ this.get_name() }} = {{ this.data }};{% endmacro %}
""")

    def __init__(self, data: str, name: str = "GeoData") -> None:
        super().__init__()
        self._name = name
        self.data = script_safe(data)


class Outline(Layer):
    """Non-interactive polygons drawn as a plain base (country outlines), from GeoJSON text."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = L.geoJSON({{ this.data }}, {
  interactive: false, style: {{ this.style|tojson }}
});
{% if this.show %}{{ this.get_name() }}.addTo({{ this._parent.get_name() }});{% endif %}
{% endmacro %}
""")

    def __init__(self, data: str, name: str = "Countries", style: dict | None = None) -> None:
        super().__init__(name=name, overlay=True, control=False, show=True)
        self._name = "Outline"
        self.data = script_safe(data)
        self.style = style or {"color": "#8c8c8c", "weight": 0.8, "fillColor": "#f4f1ea", "fillOpacity": 1}


class RegionLayer(Layer):
    """A choropleth of one metric over the regions, with tooltip, popup and legend.

    Parameters
    ----------
    data : GeoData
        The regions; each feature's properties hold ``region_name``,
        ``incidents``, ``objects`` and ``incident_list``.
    metric : str
        ``"incidents"`` or ``"objects"``.
    breaks, colors : list
        Lower bounds of the classes and their colours (same length).
    """

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var metric = {{ this.metric|tojson }}, title = {{ this.title|tojson }};
  var breaks = {{ this.breaks|tojson }}, colors = {{ this.colors|tojson }}, zero = {{ this.zero_color|tojson }};
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
  var layer = L.geoJSON({{ this.data.get_name() }}, {
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

    def __init__(self, data: GeoData, metric: str, title: str, breaks: list[int], colors: list[str],
                 name: str, show: bool = True, zero_color: str = "#d9d9d9") -> None:
        super().__init__(name=name, overlay=False, control=True, show=show)
        self._name = "RegionLayer"
        self.data, self.metric, self.title = data, metric, title
        self.breaks, self.colors, self.zero_color = breaks, colors, zero_color


class PlaceLayer(JSCSSMixin, Layer):
    """Places as circle markers sized by mentions; clustered when there are many."""

    _template = Template("""
{% macro script(this, kwargs) %}
var {{ this.get_name() }} = (function () {
  var group = {% if this.cluster %}L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40}){% else %}L.featureGroup(){% endif %};
  {{ this.places|tojson }}.forEach(function (p) {
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

    def __init__(self, places: list[dict], cluster: bool, name: str = "Places", show: bool = True) -> None:
        super().__init__(name=name, overlay=True, control=True, show=show)
        self._name = "PlaceLayer"
        self.places = places
        self.cluster = cluster
        self.default_js = CLUSTER_JS if cluster else []
        self.default_css = CLUSTER_CSS if cluster else []


class TimeControl(MacroElement):
    """A slider that recolours the region layers by day or week; its last stop shows all."""

    _template = Template("""
{% macro script(this, kwargs) %}
(function () {
  var periods = {{ this.periods|tojson }}, values = {{ this.values|tojson }};
  var layers = [{% for l in this.layers %}{{ l.get_name() }}{% if not loop.last %}, {% endif %}{% endfor %}];
  var ctl = L.control({position: 'topleft'});
  ctl.onAdd = function () {
    var d = mapper.el('div', 'mapper-time');
    d.appendChild(mapper.el('div', 'mapper-title', {{ this.title|tojson }}));
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

    def __init__(self, periods: list[str], values: dict, layers: list[RegionLayer], title: str) -> None:
        super().__init__()
        self._name = "TimeControl"
        self.periods, self.values, self.layers, self.title = periods, values, layers, title


class Title(Element):
    """A heading over the map (escaped text)."""

    def __init__(self, text: str) -> None:
        from html import escape

        super().__init__(f'<div style="position:absolute;z-index:1000;top:10px;left:60px;'
                         f'background:rgba(255,255,255,.9);padding:4px 10px;border-radius:4px;'
                         f'font:600 14px system-ui,sans-serif">{escape(text)}</div>')
