/* conflict-kg graph view. Every string that comes from documents is shown with textContent:
   this script never parses strings as HTML, and never gives vis a `title` (whose popup can render HTML). */
(function () {
  "use strict";

  var t0 = performance.now();
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
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
  var typeStyle = {}, relStyle = {}, nodeById = {}, edgeById = {}, nodeEdges = {};
  DATA.types.forEach(function (t) { typeStyle[t.name] = t; });
  DATA.relations.forEach(function (r) { relStyle[r.name] = r; });
  DATA.nodes.forEach(function (n) { nodeById[n.id] = n; nodeEdges[n.id] = []; });
  DATA.edges.forEach(function (e) {
    edgeById[e.id] = e;
    nodeEdges[e.from].push(e.id);
    if (e.to !== e.from) { nodeEdges[e.to].push(e.id); }
  });
  var typeOn = {}, relOn = {};
  DATA.types.forEach(function (t) { typeOn[t.name] = true; });
  DATA.relations.forEach(function (r) { relOn[r.name] = true; });

  function docName(id) {
    var d = DATA.docs[id];
    if (!d) { return id; }
    return d.title || d.path || id;
  }
  function nodeLabel(id) { return nodeById[id] ? nodeById[id].label : id; }

  // ---------- vis items ----------
  function nodeItem(n) {
    var t = typeStyle[n.type];
    return {
      id: n.id, label: n.label, shape: t.shape, size: n.size, x: n.x, y: n.y,
      color: { background: t.color, border: "#333333", highlight: { background: t.color, border: "#000000" },
               hover: { background: t.color, border: "#000000" } },
      font: t.shape === "box" || t.shape === "ellipse" ? { color: "#111111" } : undefined,
      hidden: false
    };
  }
  function edgeItem(e) {
    var r = relStyle[e.predicate];
    var item = {
      id: e.id, from: e.from, to: e.to,
      color: { color: r.color, highlight: r.color, hover: r.color, opacity: 0.85 },
      dashes: DATA.edgeStyles ? r.dashes : false,
      width: Math.min(1 + 2 * Math.log2(Math.max(1, e.weight)), 9),
      arrows: r.symmetric ? { to: false } : { to: { enabled: true, scaleFactor: 0.6 } },
      hidden: false
    };
    if (DATA.edgeLabels) { item.label = e.predicate; }
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
               iterations: 0, physicsStopped: false, timings: timings };
  window.kgView = view;

  var network = new vis.Network(container, { nodes: nodes, edges: edges }, DATA.options);
  timings.network = performance.now() - t0;
  if (DATA.nodes.length === 0) {
    container.appendChild(el("div", null, "No actors in this view.")).id = "kg-empty";
  }
  view.network = network;

  function settle(params) {
    if (view.stable) { return; }
    network.setOptions({ physics: { enabled: false } });
    view.physicsStopped = true;
    view.stable = true;
    view.stableAt = performance.now();
    timings.stable = view.stableAt - t0;
    view.iterations = params && params.iterations ? params.iterations : view.iterations;
    status.textContent = "";
  }
  network.on("stabilizationProgress", function (p) {
    view.iterations = p.iterations;
    status.textContent = "laying out\u2026 " + Math.round(100 * p.iterations / p.total) + "%";
    // Big graph on a slow machine: stop at the time budget rather than keep the CPU busy.
    if (performance.now() - t0 > DATA.layoutBudgetMs && p.iterations < p.total) {
      view.budgetHit = true;
      network.stopSimulation();
    }
  });
  network.once("stabilizationIterationsDone", settle);
  network.once("stabilized", settle);
  if (DATA.nodes.length === 0) { settle(); }

  // ---------- filters (legend) ----------
  function applyFilters() {
    var nodeUpdates = [], edgeUpdates = [];
    DATA.nodes.forEach(function (n) {
      var hidden = !typeOn[n.type];
      if (nodes.get(n.id).hidden !== hidden) { nodeUpdates.push({ id: n.id, hidden: hidden }); }
    });
    DATA.edges.forEach(function (e) {
      var hidden = !relOn[e.predicate] || !typeOn[nodeById[e.from].type] || !typeOn[nodeById[e.to].type];
      if (edges.get(e.id).hidden !== hidden) { edgeUpdates.push({ id: e.id, hidden: hidden }); }
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    syncLegend();
  }
  var legendInputs = [];
  function syncLegend() {
    legendInputs.forEach(function (x) {
      var on = x.kind === "type" ? typeOn[x.name] : relOn[x.name];
      x.input.checked = on;
      x.li.classList.toggle("off", !on);
    });
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
      var d = DATA.docs[ev.doc];
      var when = ev.date || (d && d.date) || "";
      var parts = [cite];
      if (when) { parts.push(when); }
      parts.push("confidence " + Number(ev.confidence).toFixed(2));
      if (ev.modality && ev.modality !== "asserted") { parts.push(ev.modality); }
      box.appendChild(el("div", "kg-cite", "\u2014 " + parts.join(" \u00b7 ")));
      parent.appendChild(box);
    });
  }
  function relationBlock(e, parent, withHeading) {
    var block = el("div", "kg-rel");
    block.dataset.edge = e.id;
    var head = el("div", "kg-rel-head");
    if (withHeading) {
      head.appendChild(nodeLink(e.from));
      head.appendChild(document.createTextNode(" " + e.predicate + " "));
      head.appendChild(nodeLink(e.to));
    }
    block.appendChild(head);
    var meta = e.weight + (e.weight === 1 ? " document" : " documents") + " \u00b7 confidence " +
      Number(e.confidence).toFixed(2) + (e.date ? " \u00b7 " + e.date : "");
    block.appendChild(el("div", "kg-meta", meta));
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
    var rels = nodeEdges[id];
    body.appendChild(el("h3", null, "Relations (" + rels.length + ")"));
    rels.slice(0, MAX_RELATIONS).forEach(function (eid) { relationBlock(edgeById[eid], body, true); });
    if (rels.length > MAX_RELATIONS) {
      body.appendChild(el("p", "kg-meta", "\u2026 and " + (rels.length - MAX_RELATIONS) + " more; click an edge to see it."));
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
    if (params.nodes.length) { showNode(params.nodes[0]); }
    else if (params.edges.length) { showEdge(params.edges[0]); }
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
    var n = nodeById[params.node];
    showTip(params, function (t) {
      t.appendChild(el("div", "kg-tip-head", n.label));
      t.appendChild(el("div", null, n.type + " \u00b7 " + nodeEdges[n.id].length + " relations"));
      if (n.aliases.length) { t.appendChild(el("div", null, "also: " + n.aliases.slice(0, 6).join(", "))); }
    });
  });
  network.on("hoverEdge", function (params) {
    var e = edgeById[params.edge];
    showTip(params, function (t) {
      t.appendChild(el("div", "kg-tip-head", nodeLabel(e.from) + " " + e.predicate + " " + nodeLabel(e.to)));
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
    var best = {};
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
    if (!typeOn[n.type]) { typeOn[n.type] = true; applyFilters(); }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300, easingFunction: "easeInOutQuad" } });
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
  view.visibleCounts = function () {
    return { nodes: nodes.get({ filter: function (x) { return !x.hidden; } }).length,
             edges: edges.get({ filter: function (x) { return !x.hidden; } }).length };
  };
})();
