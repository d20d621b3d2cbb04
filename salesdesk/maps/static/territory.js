/* SalesDesk territory map: accounts by attention level, route, call pattern, home base.
 *
 * Data comes from data.js (window.SD_DATA, columns built by salesdesk/maps/data.py).
 * Every user text (names, towns, addresses) reaches the page as JSON data and is put
 * into the DOM with textContent only: nothing here builds HTML from data.
 * In the app, a QWebChannel bridge (window.qt) receives clicks, drags and placements;
 * in an exported map (no qt object) the page works on its own.
 */
(function () {
  "use strict";

  var map, data, renderer, markers = [], groups = {}, overlays = {};
  var ring = null, handle = null, hoverTip = null, selected = -1;
  var bridge = null, placing = false, visible = null, control = null, patternGroups = [];
  var touched = false, legend = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function escapeHtml(text) {
    // Only for labels Leaflet's layer control writes with innerHTML (our own labels).
    return String(text).replace(/[&<>"'`$\\]/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  function style(i) {
    var level = data.accounts.levels.charAt(i);
    return {
      renderer: renderer,
      radius: data.style.radius[level] || 4,
      color: "#ffffff",
      weight: 1,
      fillColor: data.style.colors[level] || "#7f7f7f",
      fillOpacity: 0.9,
      bubblingMouseEvents: false
    };
  }

  function tipContent(i) {
    var a = data.accounts, box = el("div", "sd-tip");
    box.appendChild(el("strong", null, a.names[i]));
    if (a.cities[i]) box.appendChild(el("div", null, a.cities[i]));
    box.appendChild(el("div", "sd-muted", data.labels.levels[a.levels.charAt(i)]));
    return box;
  }

  function send(method) {
    var args = Array.prototype.slice.call(arguments, 1);
    if (bridge && typeof bridge[method] === "function") bridge[method].apply(bridge, args);
  }

  // world-atlas stitches Russia and Fiji across 180 degrees for spherical drawing; on
  // Leaflet's flat map those steps become bands of land round the world. Antarctica's
  // rings (below -80) are right as they are.
  function unwrap(collection) {
    collection.features.forEach(function (f) {
      var g = f.geometry;
      if (!g) return;
      var polygons = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
      polygons.forEach(function (rings) {
        rings.forEach(function (ring) {
          var low = Infinity;
          for (var k = 0; k < ring.length; k++) low = Math.min(low, ring[k][1]);
          if (low <= -80) return;
          for (var i = 1; i < ring.length; i++) {
            ring[i][0] += 360 * Math.round((ring[i - 1][0] - ring[i][0]) / 360);
          }
        });
      });
    });
    return collection;
  }

  function addBaseMap(base) {
    var world = window.SD_WORLD;
    if (world && window.topojson && (world.overview || world.detail)) {
      var pane = map.createPane("sdBase");
      pane.style.zIndex = 150;
      var baseRenderer = L.canvas({ pane: "sdBase", padding: 0.1 });
      var landStyle = { stroke: false, fillColor: "#f2efe9", fillOpacity: 1 };
      var borderStyle = { color: "#a89f91", weight: 1, dashArray: "4 3", fill: false };
      var detailIds = {};
      var drawn = function (topo, skip) {
        var object = topo.objects.countries;
        var land = unwrap(topojson.feature(topo, object));
        if (skip) land.features = land.features.filter(function (f) { return !skip[f.id]; });
        L.geoJSON(land, { renderer: baseRenderer, interactive: false, style: landStyle }).addTo(map);
        var borders = topojson.mesh(topo, object, function (a, b) {
          return a !== b && !(skip && (skip[a.id] || skip[b.id]));
        });
        L.geoJSON(borders, { renderer: baseRenderer, interactive: false, style: borderStyle }).addTo(map);
      };
      if (world.detail) {
        world.detail.objects.countries.geometries.forEach(function (g) { detailIds[g.id] = true; });
      }
      if (world.overview) drawn(world.overview, detailIds);
      if (world.detail) drawn(world.detail, null);
      map.getContainer().classList.add("sd-sea");
    }
    if (!base || base.kind === "builtin") return;
    var options = {
      minZoom: 0, maxZoom: 19, maxNativeZoom: base.maxZoom || 19,
      attribution: base.attribution ? escapeHtml(base.attribution) : ""
    };
    if (base.kind === "vector" && window.protomapsL) {
      options.url = base.url;
      options.maxDataZoom = base.maxZoom || 15;
      options.flavor = "light";
      options.lang = document.documentElement.lang || "en";
      protomapsL.leafletLayer(options).addTo(map);
    } else if (base.kind === "raster") {
      L.tileLayer(base.url, options).addTo(map);
    }
  }

  function addAccounts() {
    var a = data.accounts, n = a.ids.length;
    groups.c = L.featureGroup();
    groups.p = L.featureGroup();
    for (var i = 0; i < n; i++) {
      if (a.lat[i] === null || a.lon[i] === null) { markers.push(null); continue; }
      var marker = L.circleMarker([a.lat[i], a.lon[i]], style(i));
      marker.sdIndex = i;
      markers.push(marker);
      groups[a.kinds.charAt(i)].addLayer(marker);
    }
    hoverTip = L.tooltip({ direction: "top", offset: [0, -6] });
    ["c", "p"].forEach(function (k) {
      groups[k].on("click", function (e) { select(e.layer.sdIndex, false, true); });
      groups[k].on("mouseover", function (e) {
        hoverTip.setLatLng(e.layer.getLatLng()).setContent(tipContent(e.layer.sdIndex));
        map.openTooltip(hoverTip);
      });
      groups[k].on("mouseout", function () { map.closeTooltip(hoverTip); });
      groups[k].addTo(map);
    });
    overlays[escapeHtml(data.labels.customers)] = groups.c;
    overlays[escapeHtml(data.labels.prospects)] = groups.p;
  }

  function addHome() {
    if (!data.home) return;
    var icon = L.divIcon({ className: "sd-home", iconSize: [22, 22], html: "" });
    var home = L.marker([data.home.lat, data.home.lon], { icon: icon, keyboard: false, zIndexOffset: 1000 });
    home.bindTooltip(function () {
      var box = el("div", "sd-tip");
      box.appendChild(el("strong", null, data.labels.home));
      box.appendChild(el("div", null, data.home.label));
      return box;
    });
    groups.home = L.layerGroup([home]).addTo(map);
    overlays[escapeHtml(data.labels.home)] = groups.home;
  }

  function routeLayer(route) {
    var layer = L.layerGroup();
    if (!route) return layer;
    L.polyline(route.path, { color: "#1f4e9c", weight: 4, opacity: 0.75, interactive: false }).addTo(layer);
    route.stops.forEach(function (stop, n) {
      var icon = L.divIcon({ className: "sd-stop", iconSize: [24, 24], html: "" });
      var m = L.marker([stop.lat, stop.lon], { icon: icon, keyboard: false, zIndexOffset: 900 });
      m.on("add", function () { if (m._icon) m._icon.textContent = String(n + 1); });
      m.bindTooltip(function () {
        var box = el("div", "sd-tip");
        box.appendChild(el("strong", null, (n + 1) + ". " + stop.name));
        if (stop.arrival) box.appendChild(el("div", null, stop.arrival));
        return box;
      });
      m.on("click", function () {
        var i = indexOf(stop.id);
        if (i >= 0) select(i, false, true);
      });
      m.addTo(layer);
    });
    return layer;
  }

  function patternLayers(pattern) {
    var result = [];
    if (!pattern) return result;
    Object.keys(pattern.weekdays).forEach(function (day) {
      var layer = L.featureGroup(), color = data.style.weekdays[Number(day)] || "#000";
      pattern.weekdays[day].forEach(function (i) {
        if (!markers[i]) return;
        var m = L.circleMarker(markers[i].getLatLng(), {
          renderer: renderer, radius: 11, color: color, weight: 3, fill: false, bubblingMouseEvents: false
        });
        m.sdIndex = i;
        layer.addLayer(m);
      });
      layer.on("click", function (e) { select(e.layer.sdIndex, false, true); });
      result.push([data.labels.weekdays[Number(day)], layer, color]);
    });
    return result;
  }

  function addLegend() {
    legend = L.control({ position: data.rtl ? "bottomleft" : "bottomright" });
    legend.onAdd = function () {
      var box = el("div", "sd-legend leaflet-bar");
      box.appendChild(el("div", "sd-legend-title", data.labels.legend));
      ["A", "B", "C", "D"].forEach(function (level) {
        var row = el("div", "sd-legend-row");
        var dot = el("span", "sd-dot");
        var r = data.style.radius[level];
        dot.style.background = data.style.colors[level];
        dot.style.width = dot.style.height = (2 * r) + "px";
        row.appendChild(dot);
        row.appendChild(el("span", null, data.labels.levels[level]));
        box.appendChild(row);
      });
      var counts = el("div", "sd-muted sd-legend-note", data.labels.counts);
      box.appendChild(counts);
      L.DomEvent.disableClickPropagation(box);
      return box;
    };
    legend.addTo(map);
  }

  function indexOf(id) {
    if (!data.index) {
      data.index = {};
      data.accounts.ids.forEach(function (v, i) { data.index[v] = i; });
    }
    var i = data.index[id];
    return i === undefined ? -1 : i;
  }

  function select(i, center, fromMap) {
    if (typeof i === "string") i = indexOf(i);
    if (i < 0 || i >= data.accounts.ids.length) return false;
    selected = i;
    if (fromMap) send("select", data.accounts.ids[i]);
    var marker = markers[i];
    if (!marker) {
      if (ring) ring.remove();
      if (handle) handle.remove();
      return false;
    }
    var where = marker.getLatLng();
    if (!ring) {
      ring = L.circleMarker(where, {
        renderer: renderer, radius: 14, color: "#111", weight: 3, fill: false, interactive: false
      });
    }
    ring.setLatLng(where).addTo(map);
    if (data.editable) {
      if (!handle) {
        var icon = L.divIcon({ className: "sd-handle", iconSize: [16, 16], html: "" });
        handle = L.marker(where, { icon: icon, draggable: true, keyboard: false, zIndexOffset: 2000 });
        handle.bindTooltip(el("span", null, data.labels.drag));
        handle.on("dragend", function () {
          var p = handle.getLatLng();
          send("moveAccount", data.accounts.ids[selected], p.lat, p.lng);
        });
      }
      handle.setLatLng(where).addTo(map);
    }
    // Centre on it (a pan redraws the canvas: tens of milliseconds at 10,000 markers);
    // "zoom" also zooms in to street level.
    if (center === "zoom") {
      map.setView(where, Math.max(map.getZoom(), 14), { animate: false });
    } else if (center) {
      var offset = map.latLngToContainerPoint(where).distanceTo(map.getSize().divideBy(2));
      if (offset > 2) map.panTo(where, { animate: false });
    }
    return true;
  }

  function moveTo(id, lat, lon) {
    var i = indexOf(id);
    if (i < 0) return false;
    data.accounts.lat[i] = lat;
    data.accounts.lon[i] = lon;
    if (markers[i]) {
      markers[i].setLatLng([lat, lon]);
    } else {
      markers[i] = L.circleMarker([lat, lon], style(i));
      markers[i].sdIndex = i;
      if (!visible || visible.charAt(i) === "1") groups[data.accounts.kinds.charAt(i)].addLayer(markers[i]);
    }
    select(i, false, false);
    return true;
  }

  function filter(mask) {
    visible = mask;
    for (var i = 0; i < markers.length; i++) {
      var m = markers[i];
      if (!m) continue;
      var group = groups[data.accounts.kinds.charAt(i)];
      var show = mask === null || mask.charAt(i) === "1";
      if (show && !group.hasLayer(m)) group.addLayer(m);
      else if (!show && group.hasLayer(m)) group.removeLayer(m);
    }
    return true;
  }

  function startPlacing() {
    placing = true;
    map.getContainer().classList.add("sd-placing");
    return true;
  }

  function stopPlacing() {
    placing = false;
    map.getContainer().classList.remove("sd-placing");
  }

  function fit() {
    if (data.bounds) map.fitBounds(data.bounds, { padding: [24, 24], maxZoom: 13, animate: false });
    else map.setView([20, 0], 2);
  }

  function view() {
    // Where the rep left the map, so a reload (new data) keeps it; null if never moved.
    if (!touched) return null;
    var c = map.getCenter();
    return [c.lat, c.lng, map.getZoom()];
  }

  function clearSelection() {
    selected = -1;
    if (ring) ring.remove();
    if (handle) handle.remove();
    return true;
  }

  // Everything drawn from the data: built at start, and again by reset() with new data.
  function buildLayers() {
    addAccounts();
    performance.mark("sd-accounts");
    addHome();
    var route = routeLayer(data.route);
    overlays[escapeHtml(data.labels.route)] = route;
    if (data.route) route.addTo(map);
    groups.route = route;
    control = L.control.layers(null, overlays, { collapsed: false, position: data.rtl ? "topleft" : "topright" }).addTo(map);
    setPattern(data.pattern);
    addLegend();
  }

  // New data on the same page (same base map): no navigation, no new renderer process.
  function reset(newData) {
    clearSelection();
    Object.keys(groups).forEach(function (k) { map.removeLayer(groups[k]); });
    patternGroups.forEach(function (layer) { map.removeLayer(layer); });
    if (control) control.remove();
    if (legend) legend.remove();
    map.closeTooltip(hoverTip);
    markers = []; groups = {}; overlays = {}; patternGroups = []; visible = null;
    data = newData;
    if (data.view) map.setView([data.view[0], data.view[1]], data.view[2], { animate: false });
    else if (!touched) fit();
    buildLayers();
    requestAnimationFrame(function () { performance.mark("sd-ready"); send("ready"); });
    return true;
  }

  function start(leafletMap) {
    performance.mark("sd-start");  // bench_map.py reads these marks
    map = leafletMap;
    data = window.SD_DATA;
    document.documentElement.dir = data.rtl ? "rtl" : "ltr";
    renderer = L.canvas({ padding: 0.1, tolerance: 4 });
    map.options.zoomSnap = 0.5;  // a territory fills the view better than at whole zooms
    map.options.renderer = renderer;
    // Place the view first: markers added at the final zoom are projected once.
    if (data.view) map.setView([data.view[0], data.view[1]], data.view[2], { animate: false });
    else fit();
    addBaseMap(data.base);
    performance.mark("sd-base");
    buildLayers();
    map.attributionControl.setPrefix(false);
    if (data.base && data.base.attribution) map.attributionControl.addAttribution(escapeHtml(data.base.attribution));
    // Until the rep moves the map, a resized window (the splitter settling) fits again.
    touched = Boolean(data.view);
    ["mousedown", "wheel", "keydown", "touchstart"].forEach(function (name) {
      map.getContainer().addEventListener(name, function () { touched = true; }, { passive: true });
    });
    var refit = function () {
      map.invalidateSize({ animate: false });
      if (!touched) fit();
    };
    if (window.ResizeObserver) new ResizeObserver(refit).observe(map.getContainer());
    else window.addEventListener("resize", refit);
    map.on("click", function (e) {
      if (!placing) return;
      stopPlacing();
      send("placeAt", e.latlng.lat, e.latlng.lng);
    });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && placing) { stopPlacing(); send("cancelPlacing"); }
    });
    if (window.qt && window.qt.webChannelTransport && window.QWebChannel) {
      new QWebChannel(window.qt.webChannelTransport, function (channel) {
        bridge = channel.objects.bridge;
        map.whenReady(function () {
          requestAnimationFrame(function () { performance.mark("sd-ready"); send("ready"); });
        });
      });
    }
    window.SD_READY = true;
    performance.mark("sd-end");
  }

  function setRoute(route) {
    var wasOn = groups.route && map.hasLayer(groups.route);
    if (groups.route) map.removeLayer(groups.route);
    data.route = route;
    var fresh = routeLayer(route);
    // The layer control keeps its entry: swap the layer inside the same group object.
    groups.route.clearLayers();
    fresh.eachLayer(function (l) { groups.route.addLayer(l); });
    if (wasOn || route) groups.route.addTo(map);
    return true;
  }

  function setPattern(pattern) {
    patternGroups.forEach(function (layer) { control.removeLayer(layer); map.removeLayer(layer); });
    patternGroups = [];
    data.pattern = pattern;
    patternLayers(pattern).forEach(function (pair) {
      // The label is escaped text after a swatch in the weekday's colour (our constant).
      var swatch = '<span class="sd-swatch" style="border-color:' + pair[2] + '"></span>';
      control.addOverlay(pair[1], swatch + escapeHtml(pair[0]));
      patternGroups.push(pair[1]);
    });
    return patternGroups.length;
  }

  window.SD = {
    start: start, select: select, moveTo: moveTo, filter: filter, fit: fit,
    startPlacing: startPlacing, stopPlacing: stopPlacing, setRoute: setRoute, setPattern: setPattern,
    selected: function () { return selected; },
    view: view, clearSelection: clearSelection, reset: reset,
    map: function () { return map; },
    marker: function (i) { return markers[i] || null; },
    markerCount: function () {
      var n = 0;
      ["c", "p"].forEach(function (k) { n += groups[k].getLayers().length; });
      return n;
    }
  };
})();
