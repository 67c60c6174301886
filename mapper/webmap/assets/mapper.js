/* mapper's map page: regions, incident points, places, labels, time and kind filters, summary.
 *
 * Everything the run found comes from the page's one JSON block (read with JSON.parse by the
 * caller); every piece of it reaches the screen through textContent or as an attribute value,
 * never as HTML. Addresses become links only when they parse as http(s) URLs.
 */
(function () {
  'use strict';
  var M = window.mapper = window.mapper || {};

  var KINDS = ['shootdown', 'strike', 'debris', 'other'];
  var KIND_LABEL = ['Shot down', 'Strike', 'Debris', 'Other'];
  var KIND_NOUN = ['shoot-down', 'strike', 'debris find', 'other incident'];
  var KIND_COLOR = ['#1f5aa6', '#49006a', '#1b7837', '#595959'];
  var KIND_SHAPE = ['triangle', 'star', 'square', 'circle'];
  var LAND = '#f4f1ea', BORDER = '#a8a196', ORIGIN_COLOR = '#111111';
  var ATTRIBUTION = 'Boundaries, outlines: <a href="https://www.naturalearthdata.com/">Natural Earth</a> ' +
    '(public domain) · Places, cities: <a href="https://www.geonames.org/">GeoNames</a> ' +
    '(<a href="https://creativecommons.org/licenses/by/4.0/">CC BY 4.0</a>)';
  var DAY = 86400000;
  var POPUP = {maxWidth: 420, minWidth: 220, maxHeight: 340, autoPanPadding: [20, 20]};
  var PLACE_LABELS = 300, PLACES_SHOWN = 300, GROUP_FROM = 400, GROUP_PX = 24;

  /* ---- DOM helpers: text only ---- */

  M.el = function (tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  };
  M.row = function (parent, label, value) {
    var r = M.el('div', 'mapper-row');
    r.appendChild(M.el('span', 'mapper-label', label + ': '));
    r.appendChild(M.el('span', 'mapper-value', value));
    parent.appendChild(r);
    return r;
  };
  M.fmt = function (n) { return Math.round(n).toLocaleString('en-US'); };
  M.plural = function (n, noun) {
    noun = noun || 'object';
    var nouns = function (w) { return w + (/craft$/.test(w) ? '' : 's'); };
    if (noun.indexOf(';') >= 0) {  /* a summed list of kinds: "66 objects (missiles, drones)" */
      return M.plural(n, 'object') + ' (' + noun.split(';').map(nouns).join(', ') + ')';
    }
    return M.fmt(n) + ' ' + (n === 1 ? noun : nouns(noun));
  };

  /* An address as a link target: http(s) URLs only, anything else is not a link. */
  M.safeUrl = function (s) {
    s = String(s || '');
    if (!/^https?:\/\//i.test(s)) { return null; }
    try {
      var u = new URL(s);
      return (u.protocol === 'http:' || u.protocol === 'https:') ? u.href : null;
    } catch (e) { return null; }
  };
  /* "Source: a; b" with each http(s) address a link, the rest text. */
  M.sources = function (parent, text) {
    var parts = String(text || '').split(';').map(function (s) { return s.replace(/^ +| +$/g, ''); }).filter(Boolean);
    if (!parts.length) { return; }
    var d = M.el('div', 'mapper-meta mapper-sources');
    d.appendChild(document.createTextNode(parts.length > 1 ? 'Sources: ' : 'Source: '));
    parts.forEach(function (s, i) {
      if (i) { d.appendChild(document.createTextNode(', ')); }
      var url = M.safeUrl(s);
      if (url) {
        var a = M.el('a', null, s);
        a.href = url; a.target = '_blank'; a.rel = 'noopener noreferrer';
        d.appendChild(a);
      } else {
        d.appendChild(M.el('span', null, s));
      }
    });
    parent.appendChild(d);
  };

  /* ---- symbols ---- */

  function star(x, y, r) {
    var out = [];
    for (var i = 0; i < 10; i++) {
      var a = -Math.PI / 2 + i * Math.PI / 5, rr = i % 2 ? r * 0.48 : r * 1.15;
      out.push((i ? 'L' : 'M') + (x + rr * Math.cos(a)).toFixed(1) + ' ' + (y + rr * Math.sin(a)).toFixed(1));
    }
    return out.join(' ') + 'z';
  }
  /* SVG path of a symbol centred on (x, y) with size r. */
  M.shapePath = function (shape, x, y, r) {
    var circle = 'M' + (x - r) + ' ' + y + 'a' + r + ' ' + r + ' 0 1 0 ' + 2 * r + ' 0a' + r + ' ' + r +
      ' 0 1 0 ' + -2 * r + ' 0z';
    if (shape === 'triangle') {
      return 'M' + (x - r * 1.1) + ' ' + (y - r * 0.75) + 'L' + (x + r * 1.1) + ' ' + (y - r * 0.75) +
        'L' + x + ' ' + (y + r * 1.15) + 'z';
    }
    if (shape === 'square') {
      var s = r * 0.88;
      return 'M' + (x - s) + ' ' + (y - s) + 'h' + 2 * s + 'v' + 2 * s + 'h' + -2 * s + 'z';
    }
    if (shape === 'star') { return star(x, y, r); }
    if (shape === 'origin') {
      return circle + 'M' + (x - r * 1.6) + ' ' + y + 'h' + r * 3.2 + 'M' + x + ' ' + (y - r * 1.6) + 'v' + r * 3.2;
    }
    return circle;
  };
  /* A circle marker drawn as another shape, optionally moved by (dx, dy) pixels (SVG renderer). */
  M.ShapeMarker = L.CircleMarker.extend({
    options: {shape: 'circle', dx: 0, dy: 0},
    _updatePath: function () {
      if (!this._renderer._setPath) { L.CircleMarker.prototype._updatePath.call(this); return; }
      var p = this._point, o = this.options;
      var d = this._empty() ? 'M0 0' : M.shapePath(o.shape, p.x + o.dx, p.y + o.dy, this._radius);
      this._renderer._setPath(this, d);
    }
  });
  M.symbol = function (shape, fill, stroke, dashed) {
    var ns = 'http://www.w3.org/2000/svg', svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('width', '18'); svg.setAttribute('height', '18'); svg.setAttribute('class', 'mapper-symbol');
    var path = document.createElementNS(ns, 'path');
    path.setAttribute('d', M.shapePath(shape, 9, 9, 5.5));
    path.setAttribute('fill', fill); path.setAttribute('stroke', stroke); path.setAttribute('stroke-width', '1.5');
    if (dashed) { path.setAttribute('stroke-dasharray', '2 1.5'); }
    svg.appendChild(path);
    return svg;
  };
  function kindSymbol(k, regionOnly) {
    return regionOnly ? M.symbol(KIND_SHAPE[k], '#ffffff', KIND_COLOR[k], true)
                      : M.symbol(KIND_SHAPE[k], KIND_COLOR[k], '#ffffff', false);
  }

  /* ---- dates ---- */

  function isoOf(ms) { return new Date(ms).toISOString().slice(0, 10); }
  function mondayOf(day) {
    var ms = Date.parse(day + 'T00:00:00Z');
    if (isNaN(ms)) { return day; }
    return isoOf(ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY);
  }

  /* ---- the page ---- */

  M.start = function (map, data, options) {
    var app = new App(map, data, options || {});
    app.readyMs = window.performance ? performance.now() : null;   // since navigation started
    window.mapperApp = app;
    return app;
  };

  function App(map, data, options) {
    this.map = map;
    this.data = data;
    this.options = options;
    var P = data.periods.length;
    this.P = P;
    this.state = {metric: options.metric === 'objects' ? 'objects' : 'incidents', from: 0, to: P - 1, pos: -1,
                  cumulative: false, kinds: [true, true, true, true], tiles: false};
    this.periodIndex = {};
    for (var i = 0; i < P; i++) { this.periodIndex[data.periods[i]] = i; }
    this.offsets = [0];
    for (var j = 0; j < data.cells.rows.length; j++) { this.offsets.push(this.offsets[j] + data.cells.rows[j]); }
    this.regionIndex = {};
    this.openPopup = null;
    this.decode();
    this.build();
  }

  /* Undo the data's compact encodings (see mapper/webmap/data.py). */
  App.prototype.decode = function () {
    var c = this.data.cells, loc = c.loc, j = 0, n = new Array(loc.length).fill(1);
    for (var p = 0; p < c.rows.length; p++) {
      for (var i = 0; i < c.rows[p]; i++, j++) { if (i) { loc[j] += loc[j - 1]; } }
    }
    c.n.forEach(function (x) { n[x[0]] = x[1]; });
    c.n = n;
    this.data.locs.days.forEach(function (d) { for (var k = 2; k < d.length; k += 2) { d[k] += d[k - 2]; } });
  };

  App.prototype.build = function () {
    var map = this.map, self = this;
    this.panes();
    this.buildOutline();
    this.buildRegions();
    this.points = L.featureGroup();
    this.buildPlaces();
    this.labels = new Labels(this);
    this.buildControls();
    if (this.P) { this.buildTimebar(); }
    map.on('zoomend', function () { self.updatePoints(); });   // the labels follow on moveend
    map.on('popupopen', function (e) { self.openPopup = e.popup; });
    map.on('popupclose', function (e) { if (self.openPopup === e.popup) { self.openPopup = null; } });
    map.attributionControl.addAttribution(ATTRIBUTION);
    this.update();
    this.fit();
  };

  App.prototype.panes = function () {
    var map = this.map;
    [['mapper-outline', 250, false], ['mapper-tiles', 300, false], ['mapper-regions', 400, true],
     ['mapper-places', 600, true], ['mapper-points', 610, true], ['mapper-origins', 620, true],
     ['mapper-labels', 630, false]].forEach(function (p) {
      var pane = map.createPane(p[0]);
      pane.style.zIndex = p[1];
      if (!p[2]) { pane.style.pointerEvents = 'none'; }
    });
  };

  /* Fit the view to the data, beside the summary panel. */
  App.prototype.fit = function () {
    var v = this.data.view, panel = this.summaryBody && this.summaryBody.parentNode;
    this.fitTimebar();
    this.map.invalidateSize();
    var left = panel && panel.offsetWidth < this.map.getSize().x / 2 ? panel.offsetWidth + 20 : 20;
    this.map.fitBounds([[v[1], v[0]], [v[3], v[2]]], {paddingTopLeft: [left, 20], paddingBottomRight: [20, 20],
                                                       animate: false});
  };

  App.prototype.buildOutline = function () {
    L.geoJSON(this.data.outline, {pane: 'mapper-outline', interactive: false,
      style: {color: '#a3a3a3', weight: 0.8, fillColor: LAND, fillOpacity: 1}}).addTo(this.map);
  };

  /* ---- the filter window and the sums over it ---- */

  /* Periods [lo, hi] in view; undated rows count only when every date is shown. */
  App.prototype.window = function () {
    var s = this.state, P = this.P;
    if (!P) { return {lo: 0, hi: -1, undated: true, all: true}; }
    var all = s.pos < 0;
    var lo = all || s.cumulative ? s.from : s.from + s.pos;
    var hi = all ? s.to : s.from + s.pos;
    return {lo: lo, hi: hi, all: all, undated: all && s.from === 0 && s.to === P - 1};
  };

  App.prototype.periodOfDay = function (day) {
    if (!day) { return -1; }
    var i = this.periodIndex[this.data.by === 'week' ? mondayOf(day) : day];
    return i === undefined ? -1 : i;
  };

  App.prototype.inWindow = function (day, W) {
    var p = this.periodOfDay(day);
    return p < 0 ? W.undated : (p >= W.lo && p <= W.hi);
  };

  App.prototype.compute = function () {
    var d = this.data, c = d.cells, R = d.regions.features.length, P = this.P, W = this.window();
    var V = {W: W, inc: new Array(R).fill(0), obj: new Array(R).fill(0), sh: new Array(R).fill(0),
             points: {}, locN: {}, byKind: [0, 0, 0, 0], n: 0, objects: 0, share: 0, reports: 0,
             chart: new Array(P).fill(0)};
    var self = this;
    function scan(a, b, p) {
      for (var i = a; i < b; i++) {
        var k = +c.kind.charAt(i), n = c.n[i];
        var inWin = p < 0 ? W.undated : (p >= W.lo && p <= W.hi);
        if (p >= 0 && self.state.kinds[k]) { V.chart[p] += n; }
        if (!inWin) { continue; }
        V.byKind[k] += n;
        if (!self.state.kinds[k]) { continue; }
        self.addCell(V, i, k, p);
      }
    }
    for (var p = 0; p < P; p++) { scan(this.offsets[p], this.offsets[p + 1], p); }
    scan(this.offsets[P], this.offsets[P + 1], -1);
    for (var q = W.lo; q <= W.hi; q++) { V.reports += d.reports[q]; }
    if (W.undated) { V.reports += d.reports[P]; }
    return V;
  };

  App.prototype.addCell = function (V, i, k, p) {
    var c = this.data.cells, loc = c.loc[i], n = c.n[i], o = c.obj[i], r = this.data.locs.region[loc];
    var sh = c.sh ? c.sh[i] : 0, sf = c.sf ? c.sf[i] : 0;
    if (r >= 0) { V.inc[r] += n; V.obj[r] += o; V.sh[r] += sh; }
    V.n += n; V.objects += o; V.share += sf;
    V.locN[loc] = (V.locN[loc] || 0) + n;
    var key = loc * 4 + k, pt = V.points[key];
    if (!pt) { pt = V.points[key] = {loc: loc, kind: k, n: 0, obj: 0, sh: 0, first: p, last: p}; }
    pt.n += n; pt.obj += o; pt.sh += sh;
    if (p >= 0) {
      pt.first = pt.first < 0 ? p : Math.min(pt.first, p);
      pt.last = Math.max(pt.last, p);
    }
  };

  App.prototype.value = function (r) {
    return this.state.metric === 'objects' ? this.V.obj[r] : this.V.inc[r];
  };

  App.prototype.update = function () {
    this.V = this.compute();
    this.regions.setStyle(this.regionStyle.bind(this));
    this.updatePoints();
    this.updatePlaces();
    this.updateLegend();
    this.updateSummary();
    if (this.P) { this.updateTimebar(); }
    this.labels.layout();
    if (this.openPopup && this.openPopup.isOpen()) { this.openPopup.update(); }
  };

  /* ---- regions ---- */

  App.prototype.buildRegions = function () {
    var self = this, i = 0;
    this.regions = L.geoJSON(this.data.regions, {
      pane: 'mapper-regions',
      style: function () { return {fillColor: LAND, fillOpacity: 1, color: BORDER, weight: 0.6}; },
      onEachFeature: function (f, l) {
        l._mapperIndex = i;
        self.regionIndex[f.properties.code] = i++;
        l.bindTooltip(function () { return self.regionTooltip(l._mapperIndex); }, {sticky: true});
        l.bindPopup(function () { return self.regionPopup(l._mapperIndex); }, POPUP);
        l.on('mouseover', function () { l.setStyle({weight: 2.2, color: '#222222'}); });
        l.on('mouseout', function () { l.setStyle(self.regionStyle(f)); });
      }
    }).addTo(this.map);
    this.addPattern();
  };

  /* A hatch for regions whose objects were told only in figures shared with other regions. */
  App.prototype.addPattern = function () {
    var first = this.regions.getLayers()[0];
    var svg = first && first._renderer && first._renderer._container;
    if (!svg || !svg.namespaceURI) { return; }
    var ns = 'http://www.w3.org/2000/svg', defs = document.createElementNS(ns, 'defs');
    var pat = document.createElementNS(ns, 'pattern');
    pat.setAttribute('id', 'mapper-shared'); pat.setAttribute('patternUnits', 'userSpaceOnUse');
    pat.setAttribute('width', '7'); pat.setAttribute('height', '7'); pat.setAttribute('patternTransform', 'rotate(45)');
    var bg = document.createElementNS(ns, 'rect');
    bg.setAttribute('width', '7'); bg.setAttribute('height', '7'); bg.setAttribute('fill', LAND);
    var line = document.createElementNS(ns, 'rect');
    line.setAttribute('width', '3'); line.setAttribute('height', '7'); line.setAttribute('fill', '#fc8d59');
    pat.appendChild(bg); pat.appendChild(line); defs.appendChild(pat);
    svg.insertBefore(defs, svg.firstChild);
  };

  App.prototype.classColor = function (v) {
    var cfg = this.data.legend[this.state.metric];
    for (var i = cfg.lower.length - 1; i >= 0; i--) { if (v >= cfg.lower[i]) { return cfg.colors[i]; } }
    return cfg.colors[0];
  };

  App.prototype.regionStyle = function (f) {
    var r = this.regionIndex[f.properties.code], v = this.value(r), V = this.V;
    var fill = LAND, opacity = this.state.tiles ? 0.15 : 1;
    if (v > 0) { fill = this.classColor(v); opacity = 0.85; }
    else if (this.state.metric === 'objects' && V.sh[r] > 0) { fill = 'url(#mapper-shared)'; opacity = 1; }
    return {fillColor: fill, fillOpacity: opacity, color: v > 0 ? '#ffffff' : BORDER, weight: v > 0 ? 0.8 : 0.6,
            dashArray: f.properties.disputed ? '4 3' : null};
  };

  /* "12 shared with Kaluga, Oryol" for figures told jointly; "0" when there is none of either. */
  App.prototype.objectsText = function (r) {
    var V = this.V, o = V.obj[r], s = V.sh[r], groups = this.data.regions.features[r].properties.shared || [];
    if (!s) { return M.fmt(o); }
    var told;
    if (V.W.all && this.allKinds()) {
      told = groups.map(function (g) { return M.fmt(g[0]) + ' shared with ' + g[1]; }).join('; ');
    } else {
      var names = [];
      groups.forEach(function (g) {
        g[1].split(', ').forEach(function (n) { if (names.indexOf(n) < 0) { names.push(n); } });
      });
      told = M.fmt(s) + ' shared with ' + names.join(', ');
    }
    return o ? M.fmt(o) + ' (and ' + told + ')' : told;
  };

  App.prototype.allKinds = function () { return this.state.kinds.every(Boolean); };

  /* The kinds chosen, in words ("strike, debris"). */
  App.prototype.kindsText = function () {
    var kinds = this.state.kinds;
    return KIND_LABEL.filter(function (x, k) { return kinds[k]; }).join(', ').toLowerCase() || 'no kind';
  };

  App.prototype.regionTooltip = function (r) {
    var p = this.data.regions.features[r].properties, d = M.el('div', 'mapper-tip');
    d.appendChild(M.el('strong', null, p.name));
    M.row(d, 'Incidents', M.fmt(this.V.inc[r]));
    M.row(d, 'Objects', this.objectsText(r));
    if (p.disputed) { d.appendChild(M.el('div', 'mapper-note', 'Disputed: ' + p.note)); }
    return d;
  };

  App.prototype.regionPopup = function (r) {
    var p = this.data.regions.features[r].properties, d = M.el('div', 'mapper-popup'), W = this.V.W;
    d.appendChild(M.el('h4', null, p.name));
    if (p.local) { d.appendChild(M.el('div', 'mapper-meta', p.local + ' · ' + p.code)); }
    if (!W.all || !this.allKinds()) { d.appendChild(M.el('div', 'mapper-meta mapper-filter', this.filterText())); }
    M.row(d, 'Incidents', M.fmt(this.V.inc[r]));
    M.row(d, 'Objects', this.objectsText(r));
    if (p.places) { M.row(d, 'Places', p.places); }
    if (p.disputed) { d.appendChild(M.el('div', 'mapper-note', 'Disputed: ' + p.note)); }
    var self = this;
    this.incidentList(d, p.list.filter(function (e) { return self.listed(e); }), this.V.inc[r]);
    return d;
  };

  App.prototype.listed = function (e) {
    return this.state.kinds[KINDS.indexOf(e.kind) < 0 ? 3 : KINDS.indexOf(e.kind)] && this.inWindow(e.date, this.V.W);
  };

  /* The tellings of the incidents listed, and how many more there are in the window. */
  App.prototype.incidentList = function (parent, list, total) {
    if (list.length) {
      var ol = M.el('ol');
      list.forEach(function (inc) { ol.appendChild(incidentItem(inc)); });
      parent.appendChild(ol);
    }
    if (total > list.length) {
      parent.appendChild(M.el('div', 'mapper-meta', (list.length ? '… and ' : '') + M.plural(total - list.length,
        list.length ? 'more incident' : 'incident') + ' not listed here (incidents.csv has them all)'));
    }
  };

  function incidentItem(inc) {
    var li = M.el('li'), k = KINDS.indexOf(inc.kind);
    var meta = [inc.date || 'undated', KIND_LABEL[k < 0 ? 3 : k]];
    if (inc.objects !== null && inc.objects !== undefined) { meta.push(M.plural(inc.objects, inc.object_kind)); }
    if (inc.shared) {
      meta.push(M.plural(inc.shared, inc.object_kind) + ' told jointly with ' + (inc.shared_with || 'other regions'));
    }
    li.appendChild(M.el('div', 'mapper-meta', meta.join(' · ')));
    String(inc.sentence || '').split(' | ').forEach(function (q) {
      if (q) { li.appendChild(M.el('div', 'mapper-quote', q)); }
    });
    M.sources(li, inc.source);
    return li;
  }

  App.prototype.filterText = function () {
    var W = this.V.W, parts = [];
    if (!W.all || !W.undated) { parts.push(this.periodText(W)); }
    if (!this.allKinds()) {
      parts.push(this.kindsText());
    }
    return 'Showing ' + parts.join(' · ');
  };

  App.prototype.periodLabel = function (i, end) {
    var p = this.data.periods[i];
    if (this.data.by !== 'week') { return p; }
    return end ? isoOf(Date.parse(p + 'T00:00:00Z') + 6 * DAY) : p;
  };

  App.prototype.periodText = function (W) {
    if (!this.P) { return 'undated reports'; }
    var a = this.periodLabel(W.lo), b = this.periodLabel(W.hi, true);
    var text = a === b ? a : a + ' – ' + b;
    if (W.undated && this.data.cells.rows[this.P]) { text += ', and undated reports'; }
    return text;
  };

  /* ---- incident points ---- */

  /* One symbol per place (or region point) and kind in the window; when there are many, those
     closer than GROUP_PX on screen are drawn as one (at the mean of their places). */
  App.prototype.updatePoints = function () {
    var V = this.V, L_ = this.data.locs, pts = [], key;
    for (key in V.points) { pts.push(V.points[key]); }
    var cell = pts.length > GROUP_FROM ? GROUP_PX : 0, zoom = this.map.getZoom(), groups = {}, order = [];
    pts.forEach(function (pt) {
      var k = pt.loc + ':' + pt.kind;
      if (cell) {
        var p = this.map.project([L_.lat[pt.loc], L_.lon[pt.loc]], zoom);
        k = pt.kind + ':' + Math.floor(p.x / cell) + ':' + Math.floor(p.y / cell);
      }
      var g = groups[k];
      if (!g) {
        g = groups[k] = {kind: pt.kind, locs: [], n: 0, obj: 0, sh: 0, first: -1, last: -1, lat: 0, lon: 0,
                         region: true};
        order.push(g);
      }
      g.locs.push(pt.loc); g.n += pt.n; g.obj += pt.obj; g.sh += pt.sh;
      g.lat += L_.lat[pt.loc] * pt.n; g.lon += L_.lon[pt.loc] * pt.n;
      g.region = g.region && (L_.role[pt.loc] & 12) === 4;
      if (pt.first >= 0) { g.first = g.first < 0 ? pt.first : Math.min(g.first, pt.first); }
      g.last = Math.max(g.last, pt.last);
    }, this);
    var at = {};
    order.forEach(function (g) {
      g.lat /= g.n; g.lon /= g.n;
      var k = g.lat.toFixed(4) + ',' + g.lon.toFixed(4);
      g.at = k; at[k] = (at[k] || 0) + 1;
    });
    this.points.clearLayers();
    this.pointGroups = order;
    order.forEach(function (g) { this.points.addLayer(this.makePoint(g, at[g.at] > 1, zoom)); }, this);
    this.grouped = cell > 0;
  };

  /* Larger for more objects; smaller when zoomed out, where symbols would hide the regions. */
  function pointRadius(g, zoom) {
    var max = Math.max(7, Math.min(20, 2.2 * zoom)), min = zoom < 5 ? 3 : 4;
    return Math.min(max, min + 1.5 * Math.sqrt(g.obj + g.sh) + (g.n > 1 ? Math.min(2.5, Math.log(g.n)) : 0));
  }

  App.prototype.makePoint = function (g, crowded, zoom) {
    var k = g.kind, self = this, offset = crowded ? [[-6, -5], [6, -5], [-6, 6], [6, 6]][k] : [0, 0];
    g.radius = pointRadius(g, zoom);
    g.dx = offset[0]; g.dy = offset[1];
    var m = new M.ShapeMarker([g.lat, g.lon], {
      pane: 'mapper-points', shape: KIND_SHAPE[k], radius: g.radius, dx: g.dx, dy: g.dy,
      color: g.region ? KIND_COLOR[k] : '#ffffff', weight: g.region ? 2 : 1.2, dashArray: g.region ? '3 2' : null,
      fillColor: g.region ? '#ffffff' : KIND_COLOR[k], fillOpacity: g.region ? 0.85 : 0.95
    });
    m._mapperPoint = g;
    m.bindTooltip(function () { return self.pointTooltip(g); });
    m.bindPopup(function () { return self.pointPopup(m._mapperPoint); }, POPUP);
    return m;
  };

  App.prototype.pointName = function (g) {
    var names = this.data.locs.name;
    if (g.locs.length === 1) { return names[g.locs[0]]; }
    return names[g.locs[0]] + ' and ' + M.plural(g.locs.length - 1, 'place') + ' near it';
  };

  App.prototype.pointSummary = function (g) {
    var parts = [M.plural(g.n, KIND_NOUN[g.kind])];
    if (g.obj) { parts.push(M.plural(g.obj, 'object')); }
    if (g.sh) { parts.push(M.fmt(g.sh) + ' in figures shared with other regions'); }
    return parts.join(', ');
  };

  App.prototype.pointTooltip = function (g) {
    var d = M.el('div', 'mapper-tip');
    d.appendChild(M.el('strong', null, this.pointName(g)));
    d.appendChild(M.el('div', null, this.pointSummary(g)));
    return d;
  };

  App.prototype.pointPopup = function (g) {
    var L_ = this.data.locs, d = M.el('div', 'mapper-popup'), self = this, one = g.locs.length === 1 ? g.locs[0] : -1;
    d.appendChild(M.el('h4', null, this.pointName(g)));
    var regions = [];
    g.locs.forEach(function (i) {
      var r = L_.region[i], name = r >= 0 ? self.data.regions.features[r].properties.name : '';
      if (name && regions.indexOf(name) < 0) { regions.push(name); }
    });
    if (regions.length) { M.row(d, regions.length > 1 ? 'Regions' : 'Region', regions.join(', ')); }
    if (one >= 0 && L_.role[one] & 8) {
      d.appendChild(M.el('div', 'mapper-note', 'All incidents of the region: too many to draw place by place'));
    } else if (g.region) {
      d.appendChild(M.el('div', 'mapper-note', 'Only the region is known: drawn at a point inside it'));
    }
    if (g.locs.length > 1) {
      M.row(d, 'Places', g.locs.slice(0, 12).map(function (i) { return L_.name[i]; }).join(', ') +
        (g.locs.length > 12 ? ' …' : ''));
    }
    M.row(d, 'Kind', KIND_LABEL[g.kind]);
    M.row(d, 'Incidents', M.fmt(g.n));
    M.row(d, 'Objects', M.fmt(g.obj) + (g.sh ? ' (and ' + M.fmt(g.sh) + ' in figures shared with other regions)' : ''));
    if (g.first >= 0) {
      var a = this.periodLabel(g.first), b = this.periodLabel(g.last, true);
      M.row(d, 'Dates', a === b ? a : a + ' – ' + b);
    }
    this.incidentList(d, this.pointIncidents(g), g.n);
    return d;
  };

  /* The listed incidents (of the regions' popup lists) drawn at this symbol, in the window. */
  App.prototype.pointIncidents = function (g) {
    var L_ = this.data.locs, feats = this.data.regions.features, self = this, out = [], done = {};
    g.locs.forEach(function (i) {
      var r = L_.region[i];
      if (r < 0 || done[r]) { return; }
      done[r] = true;
      feats[r].properties.list.forEach(function (e) {
        if (g.locs.indexOf(e.loc) >= 0 && KINDS.indexOf(e.kind) === g.kind && self.inWindow(e.date, self.V.W)) {
          out.push(e);
        }
      });
    });
    return out.slice(0, 25);
  };

  /* ---- places named and launch sites ---- */

  App.prototype.buildPlaces = function () {
    var L_ = this.data.locs;
    this.places = this.options.cluster && L.markerClusterGroup
      ? L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40, clusterPane: 'mapper-places'})
      : L.featureGroup();
    this.origins = L.featureGroup();
    this.placeMarkers = [];
    this.originMarkers = [];
    for (var i = 0; i < L_.lat.length; i++) {
      if (L_.role[i] & 1) { this.placeMarkers.push(this.placeMarker(i)); }
      if (L_.role[i] & 2) { this.originMarkers.push(this.originMarker(i)); }
    }
    this.placesShown = null;
    this.hasOrigins = this.originMarkers.length > 0;
  };

  App.prototype.placeMarker = function (i) {
    var L_ = this.data.locs, self = this;
    var m = L.circleMarker([L_.lat[i], L_.lon[i]], {pane: 'mapper-places',
      radius: 3 + 1.2 * Math.sqrt(Math.min(L_.mentions[i], 25)),
      color: '#08306b', weight: 1, fillColor: '#6baed6', fillOpacity: 0.9});
    m._mapperLoc = i;
    m.bindTooltip(function () { return M.el('span', null, L_.name[i]); });
    m.bindPopup(function () { return self.placePopup(i, false); }, POPUP);
    return m;
  };

  App.prototype.originMarker = function (i) {
    var L_ = this.data.locs, self = this;
    var m = new M.ShapeMarker([L_.lat[i], L_.lon[i]], {pane: 'mapper-origins', shape: 'origin', radius: 5,
      color: ORIGIN_COLOR, weight: 1.6, fillColor: '#ffffff', fillOpacity: 0.9});
    m._mapperLoc = i;
    m.bindTooltip(function () { return M.el('span', null, L_.name[i] + ' (launch site)'); });
    m.bindPopup(function () { return self.placePopup(i, true); }, POPUP);
    return m;
  };

  /* Reports naming place i in the window (-1: every report, the window is all dates). */
  App.prototype.placeReports = function (i) {
    var W = this.V.W, days = this.data.locs.days[i], n = 0;
    if (W.all && W.undated) { return -1; }
    for (var j = 0; j < days.length; j += 2) {
      var p = days[j];
      if (p >= W.lo && p <= W.hi) { n += days[j + 1]; }
    }
    return n;
  };

  App.prototype.placePopup = function (i, origin) {
    var L_ = this.data.locs, d = M.el('div', 'mapper-popup'), r = L_.region[i];
    d.appendChild(M.el('h4', null, L_.name[i]));
    if (L_.written[i]) { M.row(d, 'Named in text', L_.written[i]); }
    M.row(d, 'Region', r >= 0 ? this.data.regions.features[r].properties.name : 'outside the boundary layer');
    if (origin) { d.appendChild(M.el('div', 'mapper-note', 'Named as a launch site, not an incident')); }
    M.row(d, 'Mentions', M.fmt(L_.mentions[i]));
    var n = this.placeReports(i);
    if (n >= 0) { M.row(d, 'Reports in these dates', M.fmt(n)); }
    M.row(d, 'Reports', L_.reports[i]);
    M.row(d, 'GeoNames id', L_.gid[i]);
    return d;
  };

  App.prototype.updatePlaces = function () {
    var self = this;
    function shown(list) { return list.filter(function (m) { return self.placeReports(m._mapperLoc) !== 0; }); }
    var places = shown(this.placeMarkers), origins = shown(this.originMarkers);
    var key = places.length + ':' + places.map(function (m) { return m._mapperLoc; }).join(',');
    if (key !== this.placesShown) {
      this.placesShown = key;
      this.places.clearLayers();
      if (this.places.addLayers) {
        this.places.addLayers(places);
      } else {
        places.forEach(function (m) { self.places.addLayer(m); });
      }
    }
    this.origins.clearLayers();
    origins.forEach(function (m) { self.origins.addLayer(m); });
  };

  /* ---- controls: layers, legend, summary ---- */

  App.prototype.buildControls = function () {
    var self = this, map = this.map;
    var inc = 'Incidents per region', obj = 'Objects per region (drones, missiles, …)', bases = {};
    this.bases = {incidents: L.layerGroup(), objects: L.layerGroup()};
    bases[inc] = this.bases.incidents;
    bases[obj] = this.bases.objects;
    this.bases[this.state.metric].addTo(map);
    var overlays = {'Incidents (points)': this.points, 'Places named': this.places};
    if (this.hasOrigins) { overlays['Launch sites'] = this.origins; }
    overlays['Labels'] = this.labels.toggle('labels');
    overlays['Cities'] = this.labels.toggle('cities');
    if (this.options.tiles) {
      var tiles = this.options.tiles;
      tiles.options.pane = 'mapper-tiles';
      overlays['OpenStreetMap (online)'] = tiles;
    }
    this.points.addTo(map);
    if (this.hasOrigins) { this.origins.addTo(map); }
    overlays['Labels'].addTo(map);
    overlays['Cities'].addTo(map);
    if (this.placeMarkers.length && this.placeMarkers.length <= PLACES_SHOWN) { this.places.addTo(map); }
    this.layerControl = L.control.layers(bases, overlays, {collapsed: false, position: 'topright'}).addTo(map);
    map.on('baselayerchange', function (e) {
      self.state.metric = e.layer === self.bases.objects ? 'objects' : 'incidents';
      self.legendMetric = null;
      self.update();
    });
    map.on('overlayadd overlayremove', function (e) {
      if (e.layer === self.options.tiles) { self.state.tiles = e.type === 'overlayadd'; self.update(); }
      if (e.layer === self.places) { self.labels.layout(); }
    });
    this.buildSummary();
    this.buildLegend();
  };

  App.prototype.buildSummary = function () {
    var ctl = L.control({position: 'topleft'}), self = this;
    ctl.onAdd = function () {
      var d = M.el('div', 'mapper-summary');
      d.appendChild(M.el('div', 'mapper-heading', self.data.title));
      self.summaryBody = M.el('div', 'mapper-summary-body');
      d.appendChild(self.summaryBody);
      L.DomEvent.disableClickPropagation(d);
      L.DomEvent.disableScrollPropagation(d);
      return d;
    };
    ctl.addTo(this.map);
  };

  App.prototype.updateSummary = function () {
    var V = this.V, d = this.summaryBody;
    d.textContent = '';
    M.row(d, 'Period', this.periodText(V.W));
    var reports = M.fmt(V.reports) + ' telling of incidents';
    if (V.W.all && V.W.undated && this.data.read) { reports += ', of ' + M.fmt(this.data.read) + ' read'; }
    M.row(d, 'Reports', reports);
    var inc = M.fmt(V.n);
    if (!this.allKinds()) {
      inc += ' (' + this.kindsText() + ')';
    }
    M.row(d, 'Incidents', inc);
    var share = Math.round(V.share), objects = M.fmt(V.objects + share);
    if (share) { objects += ' (' + M.fmt(share) + ' of them told for several regions at once)'; }
    M.row(d, 'Objects', objects);
    var top = this.topRegions(5);
    if (top.length) { M.row(d, 'Top regions', top.join(' · ')); }
  };

  App.prototype.topRegions = function (n) {
    var R = this.V.inc.length, order = [], self = this;
    for (var r = 0; r < R; r++) { if (this.value(r) > 0) { order.push(r); } }
    order.sort(function (a, b) { return self.value(b) - self.value(a) || a - b; });
    return order.slice(0, n).map(function (r) {
      return self.data.regions.features[r].properties.short + ' ' + M.fmt(self.value(r));
    });
  };

  App.prototype.buildLegend = function () {
    var ctl = L.control({position: 'bottomright'}), self = this;
    ctl.onAdd = function () {
      var d = M.el('div', 'mapper-legend');
      self.legendClasses = M.el('div', 'mapper-legend-classes');
      d.appendChild(self.legendClasses);
      d.appendChild(M.el('div', 'mapper-title mapper-kinds-title', 'Incidents by kind (filter)'));
      self.kindBoxes = KINDS.map(function (kind, k) { return self.kindRow(d, k); });
      var note = M.el('div', 'mapper-meta mapper-legend-row');
      note.appendChild(M.symbol('circle', '#ffffff', '#595959', true));
      note.appendChild(M.el('span', null, 'hollow, dashed: only the region is known'));
      d.appendChild(note);
      d.appendChild(M.el('div', 'mapper-meta', 'size: objects (drones, missiles, …)'));
      if (self.hasOrigins) {
        var o = M.el('div', 'mapper-meta mapper-legend-row');
        o.appendChild(M.symbol('origin', '#ffffff', ORIGIN_COLOR, false));
        o.appendChild(M.el('span', null, 'launch site named'));
        d.appendChild(o);
      }
      L.DomEvent.disableClickPropagation(d);
      L.DomEvent.disableScrollPropagation(d);
      return d;
    };
    ctl.addTo(this.map);
  };

  App.prototype.kindRow = function (parent, k) {
    var self = this, label = M.el('label', 'mapper-kind mapper-legend-row');
    var box = M.el('input');
    box.type = 'checkbox'; box.checked = true; box.value = KINDS[k];
    box.addEventListener('change', function () { self.state.kinds[k] = box.checked; self.update(); });
    label.appendChild(box);
    label.appendChild(kindSymbol(k, false));
    label.appendChild(M.el('span', null, KIND_LABEL[k]));
    var count = M.el('span', 'mapper-count');
    label.appendChild(count);
    parent.appendChild(label);
    return {box: box, count: count};
  };

  App.prototype.updateLegend = function () {
    var V = this.V;
    this.kindBoxes.forEach(function (b, k) { b.count.textContent = ' (' + M.fmt(V.byKind[k]) + ')'; });
    if (this.legendMetric === this.state.metric) { return; }
    this.legendMetric = this.state.metric;
    var cfg = this.data.legend[this.state.metric], d = this.legendClasses;
    d.textContent = '';
    d.appendChild(M.el('div', 'mapper-title', cfg.title));
    function item(cls, color, text) {
      var r = M.el('div', 'mapper-legend-row mapper-class'), s = M.el('span', 'mapper-swatch ' + (cls || ''));
      if (color) { s.style.background = color; }
      r.appendChild(s); r.appendChild(M.el('span', null, text));
      d.appendChild(r);
    }
    item('mapper-none', LAND, 'none');
    for (var i = 0; i < cfg.lower.length; i++) {
      var lo = cfg.lower[i], hi = cfg.upper[i];
      item('', cfg.colors[i], lo === hi ? M.fmt(lo) : M.fmt(lo) + '–' + M.fmt(hi));
    }
    if (this.state.metric === 'objects' && this.data.cells.sh) {
      item('mapper-hatch', null, 'only in figures told for several regions');
    }
  };

  /* ---- time bar under the map ---- */

  App.prototype.buildTimebar = function () {
    var map = this.map, box = map.getContainer(), self = this;
    var bar = M.el('div', 'mapper-timebar');
    var row = M.el('div', 'mapper-timectl');
    this.playButton = M.el('button', 'mapper-play', '▶');
    this.playButton.type = 'button';
    this.playButton.title = 'Play: step through the dates';
    this.playButton.addEventListener('click', function () { self.togglePlay(); });
    this.slider = M.el('input', 'mapper-slider');
    this.slider.type = 'range'; this.slider.min = 0; this.slider.step = 1;
    this.slider.addEventListener('input', function () { self.setPos(parseInt(self.slider.value, 10)); });
    this.timeLabel = M.el('span', 'mapper-time-label');
    var cum = M.el('label', 'mapper-cumulative');
    this.cumulativeBox = M.el('input');
    this.cumulativeBox.type = 'checkbox';
    this.cumulativeBox.addEventListener('change', function () {
      self.state.cumulative = self.cumulativeBox.checked;
      self.update();
    });
    cum.appendChild(this.cumulativeBox); cum.appendChild(document.createTextNode(' cumulative'));
    this.fromInput = this.dateInput('mapper-from', function (i) { self.setRange(i, self.state.to); });
    this.toInput = this.dateInput('mapper-to', function (i) { self.setRange(self.state.from, i); });
    var all = M.el('button', 'mapper-all', 'All dates');
    all.type = 'button';
    all.addEventListener('click', function () { self.stop(); self.setRange(0, self.P - 1); });
    [this.playButton, this.slider, this.timeLabel, cum, M.el('span', 'mapper-label', 'From'), this.fromInput,
     M.el('span', 'mapper-label', 'to'), this.toInput, all].forEach(function (e) { row.appendChild(e); });
    bar.appendChild(row);
    bar.appendChild(this.buildChart());
    box.parentNode.insertBefore(bar, box.nextSibling);
    this.timebar = bar;
    this.fullHeight = Math.abs(box.offsetHeight - box.parentNode.clientHeight) < 2;
    window.addEventListener('resize', function () { self.fitTimebar(); });
  };

  /* A map as high as the page shares it with the time bar under it. */
  App.prototype.fitTimebar = function () {
    if (!this.timebar || !this.fullHeight) { return; }
    var box = this.map.getContainer(), h = 'calc(100% - ' + this.timebar.offsetHeight + 'px)';
    if (box.style.height !== h) { box.style.height = h; this.map.invalidateSize(); }
  };

  App.prototype.dateInput = function (cls, onChange) {
    var input = M.el('input', cls), d = this.data, self = this;
    input.type = 'date';
    input.min = d.periods[0];
    input.max = this.periodLabel(this.P - 1, true);
    input.addEventListener('change', function () {
      if (!input.value) { return; }
      var day = input.value < input.min ? input.min : (input.value > input.max ? input.max : input.value);
      var i = self.periodOfDay(day);
      if (i < 0) { i = day <= d.periods[0] ? 0 : self.P - 1; }
      onChange(i);
    });
    return input;
  };

  App.prototype.setRange = function (from, to) {
    if (from > to) { var t = from; from = to; to = t; }
    this.state.from = Math.max(0, from);
    this.state.to = Math.min(this.P - 1, to);
    this.state.pos = -1;
    this.update();
  };

  App.prototype.setPos = function (v) {
    var n = this.state.to - this.state.from + 1;
    this.state.pos = v >= n ? -1 : Math.max(0, v);
    this.update();
  };

  App.prototype.togglePlay = function () {
    if (this.playing) { this.stop(); return; }
    var self = this, n = this.state.to - this.state.from + 1;
    if (this.state.pos < 0 || this.state.pos >= n - 1) { this.setPos(0); }
    this.playing = setInterval(function () {
      if (self.state.pos >= n - 1) { self.stop(); return; }
      self.setPos(self.state.pos + 1);
    }, this.options.step_ms || 700);
    this.playButton.textContent = '❚❚';
    this.playButton.title = 'Pause';
  };

  App.prototype.stop = function () {
    if (this.playing) { clearInterval(this.playing); }
    this.playing = null;
    if (this.playButton) {
      this.playButton.textContent = '▶';
      this.playButton.title = 'Play: step through the dates';
    }
  };

  App.prototype.buildChart = function () {
    var ns = 'http://www.w3.org/2000/svg', self = this, wrap = M.el('div', 'mapper-chart');
    this.chartTitle = M.el('div', 'mapper-chart-title');
    wrap.appendChild(this.chartTitle);
    var svg = document.createElementNS(ns, 'svg');
    svg.setAttribute('viewBox', '0 0 ' + this.P + ' 100');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('class', 'mapper-bars');
    this.bars = [];
    for (var i = 0; i < this.P; i++) {
      var rect = document.createElementNS(ns, 'rect');
      rect.setAttribute('x', i + 0.1); rect.setAttribute('width', 0.8);
      var t = document.createElementNS(ns, 'title');
      rect.appendChild(t);
      svg.appendChild(rect);
      this.bars.push(rect);
    }
    svg.addEventListener('click', function (e) {
      var box = svg.getBoundingClientRect(), i = Math.floor((e.clientX - box.left) / box.width * self.P);
      if (i < self.state.from || i > self.state.to) {
        self.setRange(Math.min(i, self.state.from), Math.max(i, self.state.to));
      }
      self.setPos(i - self.state.from);
    });
    wrap.appendChild(svg);
    var axis = M.el('div', 'mapper-axis');
    axis.appendChild(M.el('span', null, this.periodLabel(0)));
    axis.appendChild(M.el('span', null, this.periodLabel(this.P - 1)));
    wrap.appendChild(axis);
    return wrap;
  };

  App.prototype.updateTimebar = function () {
    var s = this.state, V = this.V, W = V.W, n = s.to - s.from + 1;
    this.slider.max = n;
    this.slider.value = s.pos < 0 ? n : s.pos;
    var label = s.pos < 0 ? 'All dates' + (n < this.P ? ' in the range' : '') : this.periodText(W);
    if (this.data.by === 'week' && s.pos >= 0 && !s.cumulative) { label = 'week of ' + this.periodLabel(W.lo); }
    this.timeLabel.textContent = label;
    this.fromInput.value = this.periodLabel(s.from);
    this.toInput.value = this.periodLabel(s.to, true);
    var max = 0;
    for (var i = s.from; i <= s.to; i++) { max = Math.max(max, V.chart[i]); }
    this.chartTitle.textContent = 'Incidents per ' + (this.data.by === 'week' ? 'week' : 'day') +
      (this.allKinds() ? '' : ' (kinds chosen)') + ' · highest ' + M.fmt(max);
    for (var j = 0; j < this.P; j++) {
      var h = max ? 100 * V.chart[j] / max : 0, rect = this.bars[j];
      rect.setAttribute('y', 100 - h); rect.setAttribute('height', h);
      var cls = j < s.from || j > s.to ? 'mapper-bar out' : (j >= W.lo && j <= W.hi ? 'mapper-bar on' : 'mapper-bar');
      rect.setAttribute('class', cls);
      rect.firstChild.textContent = this.periodLabel(j) + ': ' + M.plural(V.chart[j], 'incident');
    }
  };

  /* ---- labels: regions (name and count), places hit, cities; no two overlap ---- */

  function Labels(app) {
    this.app = app;
    this.show = {labels: true, cities: true};
    this.items = [];
    this.box = L.DomUtil.create('div', 'mapper-labelbox leaflet-zoom-hide', app.map.getPane('mapper-labels'));
    this.regionItems = app.data.regions.features.map(function (f, r) {
      return this.item('region', f.properties.label[1], f.properties.label[0], r);
    }, this);
    this.placeItems = {};
    this.cityItems = (app.data.cities || []).map(function (c) {
      var it = this.item('city', c[1], c[2], c[3]);
      it.el.textContent = c[0];
      it.el.classList.add('mapper-rank' + c[3]);
      return it;
    }, this);
    var self = this;
    app.map.on('viewreset moveend', function () { self.layout(); });
  }

  Labels.prototype.item = function (kind, lat, lon, ref) {
    var el = M.el('div', 'mapper-maplabel mapper-' + kind + '-label');
    el.style.display = 'none';
    this.box.appendChild(el);
    return {kind: kind, el: el, latlng: L.latLng(lat, lon), ref: ref, text: null, w: 0, h: 0};
  };

  Labels.prototype.toggle = function (what) {
    var self = this;
    var Toggle = L.Layer.extend({
      onAdd: function () { self.show[what] = true; self.layout(); },
      onRemove: function () { self.show[what] = false; self.layout(); }
    });
    return new Toggle();
  };

  Labels.prototype.candidates = function () {
    var app = this.app, V = app.V, out = [], self = this;
    if (this.show.labels) {
      this.regionItems.forEach(function (it, r) {
        var v = app.value(r), sh = app.state.metric === 'objects' ? V.sh[r] : 0;
        if (v > 0 || sh > 0) {
          var p = app.data.regions.features[r].properties;
          self.setRegionText(it, p.short, v > 0 ? M.fmt(v) : M.fmt(sh) + ' shared');
          it.priority = 3e9 + v;
          out.push(it);
        }
      });
      var locs = Object.keys(V.locN).map(Number).filter(function (i) { return !(app.data.locs.role[i] & 4); });
      locs.sort(function (a, b) { return V.locN[b] - V.locN[a] || a - b; });
      locs.slice(0, PLACE_LABELS).forEach(function (i) {
        var it = self.placeItem(i);
        it.priority = 2e9 + V.locN[i];
        out.push(it);
      });
      if (app.map.hasLayer(app.places) && app.placeMarkers.length <= PLACES_SHOWN) {
        app.placeMarkers.forEach(function (m) {
          var i = m._mapperLoc;
          if (V.locN[i] || !app.places.hasLayer(m)) { return; }
          var it = self.placeItem(i);
          it.priority = 1.5e9 + app.data.locs.mentions[i];
          out.push(it);
        });
      }
    }
    if (this.show.cities) {
      this.cityItems.forEach(function (it, i) { it.priority = 1e9 - i; out.push(it); });
    }
    return out;
  };

  Labels.prototype.setRegionText = function (it, name, count) {
    var text = name + '\u0000' + count;
    if (it.text === text) { return; }
    it.text = text; it.w = 0;
    it.el.textContent = '';
    it.el.appendChild(M.el('span', 'mapper-label-name', name));
    it.el.appendChild(document.createTextNode(' '));
    it.el.appendChild(M.el('span', 'mapper-label-count', count));
  };

  Labels.prototype.placeItem = function (i) {
    var it = this.placeItems[i];
    if (!it) {
      var L_ = this.app.data.locs;
      it = this.placeItems[i] = this.item('place', L_.lat[i], L_.lon[i], i);
      it.el.textContent = L_.name[i];
    }
    return it;
  };

  /* Show the candidates that fit, most important first, each at the first of its spots that is
     free (of labels; and of incident symbols, but for region labels); hide the others. */
  Labels.prototype.layout = function () {
    var map = this.app.map;
    if (!map._loaded || !this.app.V) { return; }
    var list = this.candidates(), on = new Set(list), self = this;
    this.all().forEach(function (it) { if (!on.has(it)) { it.el.style.display = 'none'; } });
    list.forEach(function (it) { it.el.style.display = ''; it.el.style.visibility = 'hidden'; });
    list.forEach(function (it) { if (!it.w) { it.w = it.el.offsetWidth; it.h = it.el.offsetHeight; } });
    list.sort(function (a, b) { return b.priority - a.priority; });
    var grid = new Grid(), symbols = new Grid(), size = map.getSize(), origin = map.containerPointToLayerPoint([0, 0]);
    this.obstacles(symbols);
    list.forEach(function (it) {
      var p = map.latLngToLayerPoint(it.latlng), spots = self.spots(it, p), box = null;
      for (var i = 0; i < spots.length && !box; i++) {
        var b = spots[i];
        var inView = b[0] > origin.x && b[2] < origin.x + size.x && b[1] > origin.y && b[3] < origin.y + size.y;
        // region labels go over symbols if they must (they are the map's first reading); others keep off
        if (inView && !grid.hits(b) && (it.kind === 'region' || !symbols.hits(b))) { box = b; }
      }
      if (!box) { it.el.style.display = 'none'; return; }
      grid.add(box);
      L.DomUtil.setPosition(it.el, L.point(box[0], box[1]));
      it.el.style.visibility = '';
    });
  };

  /* The incident symbols drawn, as boxes no label may cover. */
  Labels.prototype.obstacles = function (grid) {
    var app = this.app, map = app.map;
    if (!map.hasLayer(app.points)) { return; }
    (app.pointGroups || []).forEach(function (g) {
      var p = map.latLngToLayerPoint([g.lat, g.lon]), r = g.radius * 0.9;
      grid.add([p.x + g.dx - r, p.y + g.dy - r, p.x + g.dx + r, p.y + g.dy + r]);
    });
  };

  /* Where a label may go, best first: a region's below or above its point, a place's beside its own. */
  Labels.prototype.spots = function (it, p) {
    var w = it.w, h = it.h;
    function at(x, y) { return [x, y, x + w, y + h]; }
    if (it.kind === 'region') {
      return [at(p.x - w / 2, p.y + 8), at(p.x - w / 2, p.y - h - 8), at(p.x + 10, p.y - h / 2),
              at(p.x - w - 10, p.y - h / 2), at(p.x - w / 2, p.y + 22), at(p.x - w / 2, p.y - h - 22)];
    }
    if (it.kind === 'place') {
      var r = this.app.V.locN[it.ref] ? 10 : 5;
      return [at(p.x + r, p.y - h / 2), at(p.x - w - r, p.y - h / 2), at(p.x - w / 2, p.y - h - r),
              at(p.x - w / 2, p.y + r)];
    }
    return [at(p.x - 3, p.y - h / 2)];
  };

  Labels.prototype.all = function () {
    var out = this.regionItems.concat(this.cityItems);
    for (var k in this.placeItems) { out.push(this.placeItems[k]); }
    return out;
  };

  /* Boxes already placed, bucketed by 64-pixel cells. */
  function Grid() { this.cells = {}; }
  Grid.prototype.keys = function (b) {
    var out = [];
    for (var x = Math.floor(b[0] / 64); x <= Math.floor(b[2] / 64); x++) {
      for (var y = Math.floor(b[1] / 64); y <= Math.floor(b[3] / 64); y++) { out.push(x + ',' + y); }
    }
    return out;
  };
  Grid.prototype.hits = function (b) {
    var cells = this.cells;
    return this.keys(b).some(function (k) {
      return (cells[k] || []).some(function (o) {
        return b[0] < o[2] + 2 && o[0] < b[2] + 2 && b[1] < o[3] && o[1] < b[3];
      });
    });
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.keys(b).forEach(function (k) { (cells[k] = cells[k] || []).push(b); });
  };
}());
