/* conflict-kg graph view. Every string that comes from documents is shown with textContent:
   this script never parses strings as HTML, and never gives vis a `title` (whose popup can render HTML). */
(function () {
  "use strict";

  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  // Nodes, edges and evidence come packed as {k: keys, r: rows} (kg.views.html.pack_records).
  function unpack(p) {
    return p.r.map(function (row) {
      var o = {};
      for (var i = 0; i < p.k.length; i++) { o[p.k[i]] = row[i]; }
      return o;
    });
  }
  DATA.nodes = unpack(DATA.nodes);
  DATA.edges = unpack(DATA.edges);
  DATA.edges.forEach(function (e, i) {
    e.id = "e" + i;
    e.evidence = unpack({ k: DATA.evidenceKeys, r: e.evidence });
  });
  // Actor ids are data: any string, "constructor" and "__proto__" included. Every table keyed by
  // them has no prototype (dict()), and vis, whose own tables are plain objects, gets an id that
  // is no key of Object.prototype (a space before it: no actor id has one, they come from IRIs).
  function dict() { return Object.create(null); }
  var OBJECT_KEYS = {};
  function vid(id) { return id in OBJECT_KEYS ? " " + id : id; }
  function aid(v) { return typeof v === "string" && v.charAt(0) === " " ? v.slice(1) : v; }
  var docs = dict();
  Object.keys(DATA.docs).forEach(function (k) { docs[k] = DATA.docs[k]; });
  var timings = { parse: performance.now() - t0 };
  var WIKIDATA = /^Q[0-9]+$/;
  var MAX_RELATIONS = 100;

  // ---------- small DOM helpers (text only) ----------
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function normalize(s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
  }

  // ---------- indexes ----------
  var typeStyle = dict(), relStyle = dict(), nodeById = dict(), edgeById = dict(), nodeEdges = dict();
  DATA.types.forEach(function (t) { typeStyle[t.name] = t; });
  DATA.relations.forEach(function (r) { relStyle[r.name] = r; });
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; nodeEdges[n.id] = []; });
  DATA.edges.forEach(function (e) {
    edgeById[e.id] = e;
    nodeEdges[e.from].push(e.id);
    if (e.to !== e.from) { nodeEdges[e.to].push(e.id); }
  });
  var typeOn = dict(), relOn = dict();
  DATA.types.forEach(function (t) { typeOn[t.name] = true; });
  DATA.relations.forEach(function (r) { relOn[r.name] = true; });
  // what the reader asked to see beyond the asserted relations; the date range as indexes into DATA.dates
  var show = { isolated: false, denied: false, undated: true, from: 0, to: Math.max(DATA.dates.length - 1, 0), forced: null };
  var byRank = DATA.nodes.slice().sort(function (a, b) { return a.rank - b.rank; });

  function docName(id) {
    var d = docs[id];
    if (!d) { return id; }
    return d.title || d.path || id;
  }
  function nodeLabel(id) { return nodeById[id] ? nodeById[id].label : id; }

  // ---------- vis items ----------
  // Nodes carry no vis label: the page draws the labels itself (see "labels"), so that they never overlap.
  // One vis group per actor type holds its shape and colours, so that a node item is small.
  DATA.options.groups = {};
  DATA.types.forEach(function (t) {
    DATA.options.groups[vid(t.name)] = {
      shape: t.shape,
      color: { background: t.color, border: "#333333", highlight: { background: t.color, border: "#000000" },
               hover: { background: t.color, border: "#000000" } }
    };
  });
  function nodeItem(n) {
    return { id: vid(n.id), group: vid(n.type), size: n.size, x: n.x, y: n.y, hidden: n.degree === 0 };
  }
  var DENIED_COLOR = "#c0392b";
  function edgeItem(e) {
    var r = relStyle[e.predicate];
    if (e.denied) {
      return {
        id: e.id, from: vid(e.from), to: vid(e.to), hidden: true,
        label: (e.denied === "negated" ? "denied: " : "hypothetical: ") + e.predicate,
        color: { color: DENIED_COLOR, highlight: DENIED_COLOR, hover: DENIED_COLOR, opacity: 0.9 },
        dashes: [3, 5], width: 1.5,
        arrows: { to: { enabled: true, type: "bar", scaleFactor: 0.7 } },
        smooth: { enabled: true, type: "curvedCW", roundness: 0.35 }
      };
    }
    // Only what differs from the defaults of DATA.options.edges: vis builds 20,000 edges faster.
    var item = { id: e.id, from: vid(e.from), to: vid(e.to), color: r.color };
    if (DATA.edgeStyles && r.dashes) { item.dashes = r.dashes; }
    if (e.weight > 1) { item.width = Math.min(1 + 2 * Math.log2(e.weight), 9); }
    if (r.symmetric && DATA.arrows) { item.arrows = { to: false }; }
    if (e.curve > 0) {
      item.smooth = { enabled: true, type: e.curve % 2 ? "curvedCW" : "curvedCCW", roundness: 0.2 * Math.ceil(e.curve / 2) };
    }
    return item;
  }

  var container = document.getElementById("kg-network");
  var status = document.getElementById("kg-status");
  var nodes = new vis.DataSet(DATA.nodes.map(nodeItem));
  var edges = new vis.DataSet(DATA.edges.map(edgeItem));
  timings.datasets = performance.now() - t0;
  var view = { nodes: nodes, edges: edges, data: DATA, stable: false, stableAt: null, startedAt: t0,
               iterations: 0, physicsStopped: false, timings: timings, show: show };
  window.kgView = view;

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  timings.network = performance.now() - t0;
  // Fit the actors that are shown (those without relations wait, hidden, below the graph).
  function fitShown() {
    var ids = DATA.nodes.filter(function (n) { return !nodes.get(vid(n.id)).hidden; }).map(function (n) { return vid(n.id); });
    if (ids.length) { network.fit({ nodes: ids, animation: false }); }
    if (view.stable) { chooseLabels(); network.redraw(); }
  }
  fitShown();
  view.fitShown = fitShown;
  if (DATA.nodes.length === 0) {
    container.appendChild(el("div", null, "No actors in this view.")).id = "kg-empty";
  }
  view.network = network;

  // Positions come with the data: there is no physics to wait for. The view is usable once drawn.
  function ready() {
    if (view.stable) { return; }
    view.physicsStopped = true;
    view.stable = true;
    view.stableAt = performance.now();
    timings.stable = view.stableAt - t0;
    chooseLabels();
    network.redraw();
  }
  network.once("afterDrawing", ready);
  if (DATA.nodes.length === 0) { setTimeout(ready, 0); }

  // ---------- filters (legend) ----------
  function dateOk(e) {
    if (!DATA.dates.length) { return true; }
    var full = show.from === 0 && show.to === DATA.dates.length - 1;
    if (full && show.undated) { return true; }
    var since = DATA.dates[show.from], until = DATA.dates[show.to], dated = false;
    for (var i = 0; i < e.evidence.length; i++) {
      var ev = e.evidence[i], d = docs[ev.doc];
      var when = ev.date || (d && d.date) || "";
      if (!when) { continue; }
      dated = true;
      if (when.slice(0, since.length) >= since && when.slice(0, until.length) <= until) { return true; }
    }
    return !dated && show.undated;
  }
  function edgeVisible(e) {
    return (e.denied ? show.denied : relOn[e.predicate]) && typeOn[nodeById[e.from].type] &&
      typeOn[nodeById[e.to].type] && dateOk(e);
  }
  var lastHiddenLonely = 0;
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [], linked = dict();
    DATA.edges.forEach(function (e) {
      var hidden = !edgeVisible(e);
      if (!hidden) { linked[e.from] = true; linked[e.to] = true; }
      if (edges.get(e.id).hidden !== hidden) { edgeUpdates.push({ id: e.id, hidden: hidden }); }
    });
    var lonely = 0;
    DATA.nodes.forEach(function (n) {
      var hidden = !typeOn[n.type];
      if (!hidden && !linked[n.id]) {
        lonely += 1;
        hidden = !show.isolated && show.forced !== n.id;
      }
      if (nodes.get(vid(n.id)).hidden !== hidden) { nodeUpdates.push({ id: vid(n.id), hidden: hidden }); }
    });
    lastHiddenLonely = lonely;
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    syncLegend();
    chooseLabels();
    network.redraw();
  }
  var legendInputs = [];
  function syncLegend() {
    legendInputs.forEach(function (x) {
      var on = x.kind === "type" ? typeOn[x.name] : relOn[x.name];
      x.input.checked = on;
      x.li.classList.toggle("off", !on);
    });
    isolatedBox.checked = show.isolated;
    deniedBox.checked = show.denied;
    isolatedCount.textContent = String(lastHiddenLonely);
    undatedBox.checked = show.undated;
    fromInput.value = String(show.from);
    toInput.value = String(show.to);
    fromText.textContent = DATA.dates[show.from] || "";
    toText.textContent = DATA.dates[show.to] || "";
  }
  function legendItem(list, kind, spec) {
    var li = el("li");
    var label = el("label");
    var input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.dataset.kind = kind;
    input.dataset.name = spec.name;
    var swatch;
    if (kind === "type") {
      swatch = el("span", "kg-glyph", spec.glyph);
      swatch.style.color = spec.color;
    } else {
      swatch = el("span", "kg-line");
      swatch.style.borderTopColor = spec.color;
      swatch.style.borderTopStyle = spec.dashes === false || !DATA.edgeStyles ? "solid" : (spec.dashes[0] <= 2 ? "dotted" : "dashed");
    }
    label.appendChild(input);
    label.appendChild(swatch);
    label.appendChild(el("span", "kg-name", spec.name));
    label.appendChild(el("span", "kg-count", spec.count));
    li.appendChild(label);
    li.dataset.kind = kind;
    li.dataset.name = spec.name;
    list.appendChild(li);
    input.addEventListener("change", function () {
      if (kind === "type") { typeOn[spec.name] = input.checked; } else { relOn[spec.name] = input.checked; }
      applyFilters();
    });
    legendInputs.push({ kind: kind, name: spec.name, input: input, li: li });
  }
  var isolatedBox = document.getElementById("kg-show-isolated");
  var deniedBox = document.getElementById("kg-show-denied");
  var isolatedCount = document.getElementById("kg-isolated-count");
  document.getElementById("kg-denied-count").textContent = String(DATA.denied);
  var undatedBox = document.getElementById("kg-date-undated");
  var fromInput = document.getElementById("kg-date-from"), toInput = document.getElementById("kg-date-to");
  var fromText = document.getElementById("kg-date-from-text"), toText = document.getElementById("kg-date-to-text");
  fromInput.max = toInput.max = String(Math.max(DATA.dates.length - 1, 0));
  document.getElementById("kg-dates").hidden = DATA.dates.length === 0;
  lastHiddenLonely = DATA.isolated;
  var typeList = document.getElementById("kg-legend-types");
  var relList = document.getElementById("kg-legend-relations");
  DATA.types.forEach(function (t) { legendItem(typeList, "type", t); });
  DATA.relations.forEach(function (r) { legendItem(relList, "relation", r); });
  Array.prototype.forEach.call(document.querySelectorAll("[data-all]"), function (b) {
    b.addEventListener("click", function () {
      var on = b.dataset.on === "1";
      var target = b.dataset.all === "type" ? typeOn : relOn;
      Object.keys(target).forEach(function (k) { target[k] = on; });
      applyFilters();
    });
  });
  view.setType = function (name, on) { typeOn[name] = !!on; applyFilters(); };
  isolatedBox.addEventListener("change", function () { show.isolated = isolatedBox.checked; applyFilters(); });
  deniedBox.addEventListener("change", function () { show.denied = deniedBox.checked; applyFilters(); });
  undatedBox.addEventListener("change", function () { show.undated = undatedBox.checked; applyFilters(); });
  function onRange(which) {
    var a = Number(fromInput.value), b = Number(toInput.value);
    if (a > b) { if (which === "from") { b = a; } else { a = b; } }
    show.from = a; show.to = b;
    applyFilters();
  }
  fromInput.addEventListener("input", function () { onRange("from"); });
  toInput.addEventListener("input", function () { onRange("to"); });
  view.setShowIsolated = function (on) { show.isolated = !!on; applyFilters(); };
  view.setShowDenied = function (on) { show.denied = !!on; applyFilters(); };
  // Dates as in the data (YYYY, YYYY-MM or YYYY-MM-DD); "" or null: the first / the last date.
  view.setDateRange = function (since, until, undated) {
    var i, a = 0, b = DATA.dates.length - 1;
    for (i = 0; i < DATA.dates.length && since && DATA.dates[i] < since; i++) { a = i + 1; }
    for (i = DATA.dates.length - 1; i >= 0 && until && DATA.dates[i].slice(0, until.length) > until; i--) { b = i - 1; }
    show.from = Math.min(a, DATA.dates.length - 1); show.to = Math.max(b, show.from);
    if (undated !== undefined) { show.undated = !!undated; }
    applyFilters();
  };
  view.setRelation = function (name, on) { relOn[name] = !!on; applyFilters(); };

  // ---------- side panel ----------
  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  document.getElementById("kg-panel-close").addEventListener("click", function () {
    panel.hidden = true;
    network.unselectAll();
  });
  function nodeLink(id) {
    var b = el("button", "kg-link", nodeLabel(id));
    b.type = "button";
    b.addEventListener("click", function () { selectNode(id); });
    return b;
  }
  function evidenceList(e, parent) {
    e.evidence.forEach(function (ev) {
      var box = el("div", ev.modality === "negated" || ev.modality === "hypothetical" ? "kg-evidence kg-negated" : "kg-evidence");
      box.appendChild(el("blockquote", null, ev.sentence));
      var cite = docName(ev.doc);
      var d = docs[ev.doc];
      var when = ev.date || (d && d.date) || "";
      var parts = [cite];
      if (when) { parts.push(when); }
      parts.push("confidence " + Number(ev.confidence).toFixed(2));
      if (ev.modality && ev.modality !== "asserted") { parts.push(ev.modality); }
      box.appendChild(el("div", "kg-cite", "\u2014 " + parts.join(" \u00b7 ")));
      parent.appendChild(box);
    });
  }
  function deniedBadge(e) {
    return el("span", "kg-denied-badge", e.denied === "negated" ? "denied by the text" : "hypothetical");
  }
  function relationBlock(e, parent, withHeading) {
    var block = el("div", e.denied ? "kg-rel kg-denied" : "kg-rel");
    block.dataset.edge = e.id;
    var head = el("div", "kg-rel-head");
    if (withHeading) {
      head.appendChild(nodeLink(e.from));
      head.appendChild(document.createTextNode(" " + e.predicate + " "));
      head.appendChild(nodeLink(e.to));
    }
    block.appendChild(head);
    if (e.denied) {
      if (withHeading) { block.appendChild(deniedBadge(e)); }
      block.appendChild(el("div", "kg-meta", "not a relation of the graph: no document asserts it \u00b7 confidence " +
        Number(e.confidence).toFixed(2)));
    } else {
      var meta = e.weight + (e.weight === 1 ? " document" : " documents") + " \u00b7 confidence " +
        Number(e.confidence).toFixed(2) + (e.date ? " \u00b7 " + e.date : "");
      block.appendChild(el("div", "kg-meta", meta));
    }
    evidenceList(e, block);
    parent.appendChild(block);
  }
  function showNode(id) {
    var n = nodeById[id];
    if (!n) { return; }
    clear(body);
    body.dataset.kind = "node";
    body.dataset.id = id;
    body.appendChild(el("h2", null, n.label));
    var t = typeStyle[n.type];
    var typeLine = el("p", "kg-meta");
    var glyph = el("span", "kg-glyph", t.glyph);
    glyph.style.color = t.color;
    typeLine.appendChild(glyph);
    typeLine.appendChild(document.createTextNode(n.type + (n.date ? " \u00b7 " + n.date : "")));
    body.appendChild(typeLine);
    if (n.aliases.length) {
      body.appendChild(el("h3", null, "Other names"));
      body.appendChild(el("p", "kg-meta kg-aliases", n.aliases.join(" \u00b7 ")));
    }
    if (WIKIDATA.test(n.wikidata)) {
      var p = el("p", "kg-meta");
      var a = el("a", "kg-wikidata", "Wikidata " + n.wikidata);
      a.href = "https://www.wikidata.org/wiki/" + n.wikidata;
      a.target = "_blank";
      a.rel = "noopener noreferrer";
      p.appendChild(a);
      body.appendChild(p);
    }
    if (n.docs.length) {
      body.appendChild(el("h3", null, "Documents (" + n.docs.length + ")"));
      body.appendChild(el("p", "kg-meta", n.docs.map(docName).join(" \u00b7 ")));
    }
    var rels = nodeEdges[id].filter(function (eid) { return !edgeById[eid].denied; });
    var denied = nodeEdges[id].filter(function (eid) { return edgeById[eid].denied; });
    body.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
    rels.slice(0, MAX_RELATIONS).forEach(function (eid) { relationBlock(edgeById[eid], body, true); });
    if (rels.length > MAX_RELATIONS) {
      body.appendChild(el("p", "kg-meta", "\u2026 and " + (rels.length - MAX_RELATIONS) + " more; click an edge to see it."));
    }
    if (denied.length) {
      body.appendChild(el("h3", null, "Denied or hypothetical claims (" + denied.length + ")"));
      denied.slice(0, MAX_RELATIONS).forEach(function (eid) { relationBlock(edgeById[eid], body, true); });
    }
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showEdge(eid) {
    var e = edgeById[eid];
    if (!e) { return; }
    clear(body);
    body.dataset.kind = "edge";
    body.dataset.id = eid;
    var h = el("h2");
    h.appendChild(document.createTextNode(nodeLabel(e.from) + " " + e.predicate + " " + nodeLabel(e.to)));
    body.appendChild(h);
    if (e.denied) { body.appendChild(deniedBadge(e)); }
    var ends = el("p", "kg-meta");
    ends.appendChild(nodeLink(e.from));
    ends.appendChild(document.createTextNode(" \u2192 "));
    ends.appendChild(nodeLink(e.to));
    body.appendChild(ends);
    body.appendChild(el("h3", null, "Evidence (" + e.evidence.length + ")"));
    relationBlock(e, body, false);
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  network.on("click", function (params) {
    if (params.nodes.length) { showNode(aid(params.nodes[0])); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
    chooseLabels();
    network.redraw();
  });
  view.showNode = showNode;
  view.showEdge = showEdge;

  // ---------- hover tooltip ----------
  var tip = document.getElementById("kg-tip");
  function showTip(params, fill) {
    clear(tip);
    fill(tip);
    var rect = container.getBoundingClientRect();
    var x = rect.left + params.pointer.DOM.x + 14, y = rect.top + params.pointer.DOM.y + 14;
    tip.hidden = false;
    tip.style.left = Math.min(x, window.innerWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = Math.min(y, window.innerHeight - tip.offsetHeight - 8) + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (params) {
    var n = nodeById[aid(params.node)];
    showTip(params, function (t) {
      t.appendChild(el("div", "kg-tip-head", n.label));
      t.appendChild(el("div", null, n.type + " \u00b7 " + n.degree + (n.degree === 1 ? " relation" : " relations")));
      if (n.aliases.length) { t.appendChild(el("div", null, "also: " + n.aliases.slice(0, 6).join(", "))); }
    });
  });
  network.on("hoverEdge", function (params) {
    var e = edgeById[params.edge];
    showTip(params, function (t) {
      t.appendChild(el("div", "kg-tip-head", (e.denied ? (e.denied === "negated" ? "denied: " : "hypothetical: ") : "") +
        nodeLabel(e.from) + " " + e.predicate + " " + nodeLabel(e.to)));
      e.evidence.slice(0, 2).forEach(function (ev) {
        t.appendChild(el("div", null, "\u201c" + ev.sentence + "\u201d"));
        t.appendChild(el("div", "kg-cite", "\u2014 " + docName(ev.doc) + " \u00b7 " + Number(ev.confidence).toFixed(2)));
      });
      if (e.evidence.length > 2) { t.appendChild(el("div", null, "+" + (e.evidence.length - 2) + " more (click)")); }
    });
  });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  // ---------- search ----------
  var names = [];
  DATA.nodes.forEach(function (n) {
    names.push({ key: normalize(n.label), id: n.id, name: n.label, alias: false });
    n.aliases.forEach(function (a) { names.push({ key: normalize(a), id: n.id, name: a, alias: true }); });
  });
  function search(query) {
    var q = normalize(query);
    if (!q) { return []; }
    var best = dict();
    names.forEach(function (x) {
      var rank = -1;
      if (x.key === q) { rank = 0; }
      else if (x.key.indexOf(q) === 0) { rank = 1; }
      else if ((" " + x.key).indexOf(" " + q) >= 0) { rank = 2; }
      else if (x.key.indexOf(q) >= 0) { rank = 3; }
      if (rank < 0) { return; }
      var score = rank * 2 + (x.alias ? 1 : 0);
      if (!(x.id in best) || score < best[x.id].score) { best[x.id] = { id: x.id, score: score, name: x.name, alias: x.alias }; }
    });
    return Object.keys(best).map(function (k) { return best[k]; }).sort(function (a, b) {
      return a.score - b.score || (nodeLabel(a.id) < nodeLabel(b.id) ? -1 : nodeLabel(a.id) > nodeLabel(b.id) ? 1 : 0);
    }).slice(0, 12);
  }
  function selectNode(id) {
    var n = nodeById[id];
    if (!n) { return false; }
    if (!typeOn[n.type]) { typeOn[n.type] = true; }
    show.forced = id;
    applyFilters();
    network.selectNodes([vid(id)]);
    network.focus(vid(id), { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
    showNode(id);
    view.selected = id;
    return true;
  }
  var input = document.getElementById("kg-search");
  var results = document.getElementById("kg-results");
  var current = [];
  function renderResults() {
    clear(results);
    current.forEach(function (r, i) {
      var li = el("li", i === 0 ? "active" : null);
      li.setAttribute("role", "option");
      li.appendChild(el("span", null, nodeLabel(r.id)));
      if (r.alias) { li.appendChild(el("span", "kg-match", "(" + r.name + ")")); }
      li.appendChild(el("span", "kg-match", nodeById[r.id].type));
      li.addEventListener("mousedown", function (ev) { ev.preventDefault(); choose(r.id); });
      results.appendChild(li);
    });
    results.hidden = current.length === 0;
    if (input.value && !current.length) { status.textContent = "no actor matches"; } else if (view.stable) { status.textContent = ""; }
  }
  function choose(id) {
    results.hidden = true;
    input.value = nodeLabel(id);
    selectNode(id);
  }
  input.addEventListener("input", function () { current = search(input.value); renderResults(); });
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      current = search(input.value);
      if (current.length) { choose(current[0].id); } else { renderResults(); }
      ev.preventDefault();
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  input.addEventListener("blur", function () { results.hidden = true; });
  view.search = search;
  view.selectNode = selectNode;
  // ---------- labels ----------
  // The page draws node labels itself, after vis has drawn the graph: for the current view, nodes
  // are taken by rank (most relations first; the selected node and its neighbours before them) and
  // a label is kept only where its box overlaps no label kept before. Recomputed when the view or
  // the filters change; while a zoom or drag is under way the kept labels follow their nodes.
  var LABEL_FONT = "13px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
  var LABEL_H = 16, LABEL_PAD = 3, CELL = 64;
  var measurer = document.createElement("canvas").getContext("2d");
  measurer.font = LABEL_FONT;
  var textWidth = dict();
  function widthOf(n) {
    if (!(n.id in textWidth)) { textWidth[n.id] = Math.ceil(measurer.measureText(n.label).width); }
    return textWidth[n.id];
  }
  var chosen = dict(), drawnBoxes = [];
  // Where a label may go, in order: below its node, above, right, left.
  var SIDES = ["below", "above", "right", "left"];
  function labelBox(n, body, side) {
    var p = network.canvasToDOM({ x: body.x, y: body.y });
    var r = (body.shape && body.shape.radius ? body.shape.radius : n.size) * network.getScale();
    var w = widthOf(n) + 2 * LABEL_PAD;
    var x = p.x - w / 2, y = p.y + r + 2;
    if (side === "above") { y = p.y - r - 2 - LABEL_H; }
    else if (side === "right") { x = p.x + r + 3; y = p.y - LABEL_H / 2; }
    else if (side === "left") { x = p.x - r - 3 - w; y = p.y - LABEL_H / 2; }
    return { id: n.id, x: x, y: y, w: w, h: LABEL_H, side: side };
  }
  function Grid() { this.cells = dict(); }
  Grid.prototype.each = function (b, fn) {
    for (var gx = Math.floor(b.x / CELL); gx <= Math.floor((b.x + b.w) / CELL); gx++) {
      for (var gy = Math.floor(b.y / CELL); gy <= Math.floor((b.y + b.h) / CELL); gy++) {
        if (fn(gx + "," + gy) === false) { return false; }
      }
    }
    return true;
  };
  Grid.prototype.add = function (b) {
    var cells = this.cells;
    this.each(b, function (key) { (cells[key] = cells[key] || []).push(b); });
  };
  Grid.prototype.hits = function (b, except) {
    var cells = this.cells;
    return !this.each(b, function (key) {
      var cell = cells[key] || [];
      for (var k = 0; k < cell.length; k++) {
        var o = cell[k];
        if (o.id !== except && b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) { return false; }
      }
      return true;
    });
  };
  function chooseLabels() {
    var W = container.clientWidth, H = container.clientHeight;
    var labels = new Grid(), discs = new Grid(), out = dict();
    var selected = aid(network.getSelectedNodes()[0]);
    var first = [];
    if (selected && nodeById[selected]) {
      first.push(nodeById[selected]);
      nodeEdges[selected].forEach(function (eid) {
        var e = edgeById[eid];
        if (!edges.get(eid).hidden) { first.push(nodeById[e.from === selected ? e.to : e.from]); }
      });
    }
    var scale = network.getScale(), shown = [];
    DATA.nodes.forEach(function (n) {
      var body = network.body.nodes[vid(n.id)];
      if (!body || nodes.get(vid(n.id)).hidden) { return; }
      var p = network.canvasToDOM({ x: body.x, y: body.y });
      var r = (body.shape && body.shape.radius ? body.shape.radius : n.size) * scale;
      if (p.x + r < 0 || p.y + r < 0 || p.x - r > W || p.y - r > H) { return; }
      discs.add({ id: n.id, x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r });
      shown.push(n.id);
    });
    var visible = dict();
    shown.forEach(function (id) { visible[id] = true; });
    var seen = dict();
    first.concat(byRank).forEach(function (n) {
      if (seen[n.id] || !visible[n.id]) { return; }
      seen[n.id] = true;
      var body = network.body.nodes[vid(n.id)], best = null;
      for (var i = 0; i < SIDES.length; i++) {
        var b = labelBox(n, body, SIDES[i]);
        if (b.x < 0 || b.y < 0 || b.x + b.w > W || b.y + b.h > H || labels.hits(b)) { continue; }
        if (!discs.hits(b, n.id)) { best = b; break; }
        if (!best) { best = b; }  // over another node, but over no label: kept if nothing better
      }
      if (!best && n.id === selected) { best = labelBox(n, body, "below"); }
      if (best && (n.id === selected || !discs.hits(best, n.id) || n.rank < 12)) {
        labels.add(best);
        out[n.id] = best.side;
      }
    });
    chosen = out;
  }
  network.on("afterDrawing", function (ctx) {
    var ratio = network.canvas.pixelRatio || window.devicePixelRatio || 1;
    var selected = aid(network.getSelectedNodes()[0]);
    drawnBoxes = [];
    ctx.save();
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.font = LABEL_FONT;
    ctx.textAlign = "center";
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    Object.keys(chosen).forEach(function (id) {
      var n = nodeById[id], body = network.body.nodes[vid(id)];
      if (!n || !body || nodes.get(vid(id)).hidden) { return; }
      var b = labelBox(n, body, chosen[id]);
      ctx.font = id === selected ? "bold " + LABEL_FONT : LABEL_FONT;
      ctx.lineWidth = 4;
      ctx.strokeStyle = "rgba(255,255,255,0.92)";
      ctx.strokeText(n.label, b.x + b.w / 2, b.y + 1);
      ctx.fillStyle = "#1a1a1a";
      ctx.fillText(n.label, b.x + b.w / 2, b.y + 1);
      drawnBoxes.push({ id: id, x: b.x, y: b.y, w: b.w, h: b.h });
    });
    ctx.restore();
  });
  var relabel = null;
  function relabelSoon() {
    if (relabel) { clearTimeout(relabel); }
    relabel = setTimeout(function () { relabel = null; chooseLabels(); network.redraw(); }, 60);
  }
  network.on("zoom", relabelSoon);
  network.on("dragEnd", relabelSoon);
  network.on("animationFinished", relabelSoon);
  network.on("resize", relabelSoon);
  // The labels drawn last, as boxes in the graph's own coordinates (pixels from its top left).
  view.labels = function () { return drawnBoxes.slice(); };
  syncLegend();

  view.visibleCounts = function () {
    return { nodes: nodes.get({ filter: function (x) { return !x.hidden; } }).length,
             edges: edges.get({ filter: function (x) { return !x.hidden; } }).length };
  };
})();
