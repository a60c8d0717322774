/* tacb-graph page, part 3 of 6: the network. One vis DataSet of all nodes and one of all edges,
   created once, already in the state of the first view. A view or a filter then changes only the
   `hidden` flags (and, for a view, positions, sizes, labels and colours) of the items that change,
   in one batched update each. Positions are never recomputed on a filter, so hiding and showing
   keeps the layout. vis-network does not draw an edge whose end is hidden, so hiding a class
   touches only nodes.

   A view with more than BULK_EDGES edges has them drawn by this script in one canvas pass per
   colour (vis draws edges one stroke each, 15,000 strokes a frame); their DataSet items stay
   hidden, so they have no hover card there (the table and the node cards still list them); its
   labels at low zoom are drawn by this script too (see relabel). */

var TOP_LABELS = 3, BASE_FONT = 14, MAX_VISIBLE = 26, LABEL_THRESHOLD = 13, MAX_BIG_LABELS = 160;
var LABEL_CHECKS = 600, EDGE_LABELS_MAX = 60, EGO_EDGE_LABELS = 20, BULK_EDGES = 3000;
var container = document.getElementById("tacb-network");
var nodes = null, edges = null, network = null;
var current = null;            // the view on screen: {id, nodes: Set(index), edges: [index], ...}
var nodeHidden = new Uint8Array(nodeList.length).fill(1);   // as vis has it
var edgeShown = new Uint8Array(edgeList.length);            // on screen (in view, relation on, ends shown)
var edgeVisHidden = new Uint8Array(edgeList.length).fill(1); // the DataSet's flag
var edgeLabelNow = [], edgeSmoothNow = new Float64Array(edgeList.length);
var nodeFont = new Float64Array(nodeList.length).fill(BASE_FONT);
var forcedVisible = new Set();  // nodes shown because they were searched, though unconnected
var fullPos = null;

function nodeColor(n, stance) {
  var c = stance && stanceById[stance] ? stanceById[stance].color : classById[n.k].color;
  var border = n.k === "_unnamed" ? "#666" : "#333";
  return { background: c, border: border, highlight: { background: c, border: "#000" },
           hover: { background: c, border: "#000" } };
}
function edgeStroke(e) { return e.st && stanceById[e.st] ? stanceById[e.st].color : relById[e.r].color; }
function edgeColor(e) { var c = edgeStroke(e); return { color: c, highlight: c, hover: c, opacity: 0.85 }; }
function edgeDashes(e) {
  if (e.r === "coMention") { return [4, 4]; }
  var m = modalityById[e.m || "Reported"];
  return m ? m.dashes : false;
}
function edgeWidth(e) { return 1.2 + Math.log2(Math.max(e.w || 1, 1)); }
// relations the views leave unlabelled (colour and legend say them): too many of them
var QUIET = data.quiet || [];
function edgeLabel(e, mode) {
  if (mode === "amount" && e.az) { return state.lang === "en" ? e.ae : e.az; }
  if ((mode === "relation" || mode === "amount") && QUIET.indexOf(e.r) < 0) {
    var r = named(relById[e.r]);
    return e.m && e.m !== "Reported" && modalityById[e.m] ? r + " (" + named(modalityById[e.m]) + ")" : r;
  }
  return undefined;
}

/* ---------- views ---------- */
function viewOf(id) {
  if (id === "ego") {
    var centre = state.focus ? indexById.get(state.focus) : undefined;
    if (centre === undefined) { return null; }
    var ego = egoView(centre, state.depth);
    var v = { id: "ego", nodes: new Set(ego.nodes), order: [], edges: ego.edges, curve: {}, stance: {},
              pos: {}, size: {}, edgeLabels: ego.edges.length <= EGO_EDGE_LABELS ? "relation" : "" };
    ego.nodes.forEach(function (i) { var id = nodeList[i].id; v.pos[i] = ego.pos[id]; v.size[i] = ego.size[id]; });
    v.order = ego.nodes.slice().sort(function (a, b) { return (v.size[b] - v.size[a]) || (a - b); });
    var seen = {};
    ego.edges.forEach(function (ei) {
      var e = edgeList[ei], key = Math.min(e.f, e.t) + ":" + Math.max(e.f, e.t);
      v.curve[ei] = 0.2 * (seen[key] || 0);
      seen[key] = (seen[key] || 0) + 1;
    });
    v.bulk = false;
    return v;
  }
  var d = data.viewData[id];
  if (!d) { return null; }
  if (!fullPos) {
    fullPos = {};
    var f = data.viewData.full;
    f.n.forEach(function (ni, k) { fullPos[ni] = [f.x[k], f.y[k]]; });
  }
  var out = { id: id, nodes: new Set(d.n), order: [], edges: d.e, curve: {}, stance: {}, pos: {}, size: {},
              edgeLabels: d.e.length <= EDGE_LABELS_MAX * 4 ? viewById[id].edgeLabels : "",
              bulk: d.e.length > BULK_EDGES };
  var rank = new Map();
  d.n.forEach(function (ni, k) {
    out.pos[ni] = d.shared ? fullPos[ni] : [d.x[k], d.y[k]];
    out.size[ni] = d.s[k];
    rank.set(ni, d.r[k]);
    if (d.st && d.st[k]) { out.stance[ni] = d.st[k]; }
  });
  out.order = d.n.slice().sort(function (a, b) { return rank.get(a) - rank.get(b); });
  d.e.forEach(function (ei, k) { if (d.c && d.c[k]) { out.curve[ei] = d.c[k]; } });
  return out;
}

/* which nodes and edges of view v are shown under the current filters */
function visibility(v) {
  var degree = new Map(), wantEdge = new Uint8Array(v.edges.length);
  v.edges.forEach(function (ei, k) {
    var e = edgeList[ei];
    if (!state.hiddenRelations.has(e.r) && !state.hiddenClasses.has(nodeList[e.f].k) &&
        !state.hiddenClasses.has(nodeList[e.t].k)) {
      wantEdge[k] = 1;
      degree.set(e.f, (degree.get(e.f) || 0) + 1);
      degree.set(e.t, (degree.get(e.t) || 0) + 1);
    }
  });
  var showNode = new Map();
  v.nodes.forEach(function (i) {
    var n = nodeList[i];
    showNode.set(i, !state.hiddenClasses.has(n.k) &&
      (state.isolates || degree.has(i) || forcedVisible.has(i) || (v.id === "ego" && n.id === state.focus)));
  });
  return { showNode: showNode, wantEdge: wantEdge };
}

function createNetwork(v) {
  var vis0 = visibility(v);
  var nodeItems = nodeList.map(function (n, i) {
    var inView = v.nodes.has(i), show = inView && vis0.showNode.get(i);
    nodeHidden[i] = show ? 0 : 1;
    var item = { id: n.id, label: shortName(n), shape: classById[n.k].shape, hidden: !show,
                 x: inView ? v.pos[i][0] : 0, y: inView ? v.pos[i][1] : 0, size: inView ? v.size[i] : MIN_SIZE,
                 color: nodeColor(n, v.stance[i]), font: { size: BASE_FONT } };
    if (n.k === "_unnamed") { item.shapeProperties = { borderDashes: [4, 3] }; }
    return item;
  });
  var edgeItems = [];
  if (!v.bulk) {
    v.edges.forEach(function (ei, k) {
      edgeVisHidden[ei] = vis0.wantEdge[k] ? 0 : 1;
      edgeItems.push(edgeItem(ei, v));
    });
  }
  nodes = new vis.DataSet(nodeItems);
  edges = new vis.DataSet(edgeItems);
  network = new vis.Network(container, { nodes: nodes, edges: edges }, {
    nodes: { font: { face: FONT, size: BASE_FONT, color: "#1a1a1a", strokeWidth: 4, strokeColor: "#ffffff" },
             borderWidth: 1.2, scaling: { label: { enabled: false, drawThreshold: LABEL_THRESHOLD, maxVisible: MAX_VISIBLE } } },
    edges: { font: { face: FONT, size: 12, color: "#333", strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" },
             scaling: { label: { enabled: false, drawThreshold: LABEL_THRESHOLD, maxVisible: MAX_VISIBLE } },
             selectionWidth: 2, hoverWidth: 1 },
    layout: { improvedLayout: false, randomSeed: 42 },
    physics: { enabled: false },
    interaction: { hover: true, tooltipDelay: 100, zoomSpeed: 0.6 }
  });
  network.on("beforeDrawing", drawBulkEdges);
  network.on("afterDrawing", drawOverlayLabels);
  network.on("zoom", function () { if (current && current.bulk) { relabel(); } });
  bindNetwork();
  current = v;
  settleEdges();
}

/* The vis item of edge ei as view v draws it. Edges become vis items only when a view that vis
   draws them in is shown (a big view's edges are drawn by drawBulkEdges and need none). */
var edgeCreated = new Uint8Array(edgeList.length);
function edgeItem(ei, v) {
  var e = edgeList[ei], r = relById[e.r], c = v.curve[ei] || 0;
  edgeCreated[ei] = 1;
  edgeSmoothNow[ei] = c;
  edgeLabelNow[ei] = edgeLabel(e, v.edgeLabels);
  return { id: ei, from: nodeList[e.f].id, to: nodeList[e.t].id, hidden: !!edgeVisHidden[ei], color: edgeColor(e),
           dashes: edgeDashes(e), arrows: { to: { enabled: !!r.arrow, scaleFactor: 0.6 } },
           width: edgeWidth(e), label: edgeLabelNow[ei],
           smooth: c ? { enabled: true, type: "curvedCW", roundness: c } : false };
}

/* show view `v`: positions, sizes, colours, labels of its items; everything else hidden */
function applyView(v) {
  forcedVisible.clear();
  if (!network) { createNetwork(v); fitVisible(); return; }
  var previous = current;
  current = v;
  var nodeUpdates = [], edgeUpdates = [];
  var vis1 = visibility(v);
  previous.nodes.forEach(function (i) {
    if (!v.nodes.has(i) && !nodeHidden[i]) { nodeUpdates.push({ id: nodeList[i].id, hidden: true }); nodeHidden[i] = 1; }
  });
  v.nodes.forEach(function (i) {
    var n = nodeList[i], show = vis1.showNode.get(i);
    nodeHidden[i] = show ? 0 : 1;
    nodeUpdates.push({ id: n.id, x: v.pos[i][0], y: v.pos[i][1], size: v.size[i], label: shortName(n),
                       color: nodeColor(n, v.stance[i]), hidden: !show });
  });
  var inView = new Map();
  v.edges.forEach(function (ei, k) { inView.set(ei, k); });
  previous.edges.forEach(function (ei) {
    if (!inView.has(ei) && !edgeVisHidden[ei]) { edgeUpdates.push({ id: ei, hidden: true }); edgeVisHidden[ei] = 1; }
  });
  var edgeAdds = [];
  v.edges.forEach(function (ei, k) {
    var hide = !vis1.wantEdge[k] || v.bulk;
    if (!edgeCreated[ei]) {
      if (!v.bulk) { edgeVisHidden[ei] = hide ? 1 : 0; edgeAdds.push(edgeItem(ei, v)); }
      return;
    }
    var e = edgeList[ei], c = v.curve[ei] || 0, label = edgeLabel(e, v.edgeLabels), u = { id: ei };
    var changed = false;
    if (edgeVisHidden[ei] !== (hide ? 1 : 0)) { u.hidden = hide; edgeVisHidden[ei] = hide ? 1 : 0; changed = true; }
    if (edgeLabelNow[ei] !== label) { u.label = label; edgeLabelNow[ei] = label; changed = true; }
    if (edgeSmoothNow[ei] !== c) {
      u.smooth = c ? { enabled: true, type: "curvedCW", roundness: c } : false;
      edgeSmoothNow[ei] = c;
      changed = true;
    }
    if (changed) { edgeUpdates.push(u); }
  });
  nodes.update(nodeUpdates);
  if (edgeUpdates.length) { edges.update(edgeUpdates); }
  if (edgeAdds.length) { edges.add(edgeAdds); }
  settleEdges();
  fitVisible();
}

/* ---------- filters: hidden flags, changed items only, one update each ---------- */
/* Set nodes' hidden flags: [[index, hidden], ...]. Many at once (a big view) are written into the
   DataSet's items and vis-network's node options in one pass, then vis recomputes once what it
   draws (its _updateVisibleIndices); DataSet.update would re-parse every option of every item
   (about 0.1 ms a node) and its data-changed event re-checks every edge and cluster. */
var FAST_HIDE = 200;
function setNodesHidden(changes) {
  if (!changes.length) { return; }
  var body = network.body && network.body.nodes, store = nodes._data;
  var fast = changes.length >= FAST_HIDE && body && store && typeof store.get === "function" &&
             network.body.emitter && typeof network.body.emitter.emit === "function";
  if (!fast) {
    nodes.update(changes.map(function (c) { return { id: nodeList[c[0]].id, hidden: c[1] }; }));
    return;
  }
  changes.forEach(function (c) {
    var id = nodeList[c[0]].id, item = store.get(id);
    if (item) { item.hidden = c[1]; }
    if (body[id]) { body[id].options.hidden = c[1]; }
  });
  if (typeof network._updateVisibleIndices === "function") {
    network._updateVisibleIndices();      // all a hidden flag changes: what is drawn
    requestRedraw();
  } else {
    network.body.emitter.emit("_dataChanged");
  }
}
function refilter(fit) {
  var v = current;
  if (!v) { return; }
  var vis1 = visibility(v), nodeChanges = [], edgeUpdates = [];
  v.nodes.forEach(function (i) {
    var show = vis1.showNode.get(i);
    if (nodeHidden[i] !== (show ? 0 : 1)) {
      nodeHidden[i] = show ? 0 : 1;
      nodeChanges.push([i, !show]);
    }
  });
  if (!v.bulk) {       // a hidden end hides an edge by itself; only relation filters touch edges
    v.edges.forEach(function (ei, k) {
      var hide = !vis1.wantEdge[k];
      if (edgeVisHidden[ei] !== (hide ? 1 : 0)) {
        edgeVisHidden[ei] = hide ? 1 : 0;
        edgeUpdates.push({ id: ei, hidden: hide });
      }
    });
  }
  setNodesHidden(nodeChanges);
  if (edgeUpdates.length) { edges.update(edgeUpdates); }
  settleEdges();
  if (fit) { fitVisible(); } else { requestRedraw(); }
}
/* what is on screen: an edge whose relation is on and whose ends are both shown */
var bulkGroups = [];
function settleEdges() {
  var v = current, groups = {};
  edgeShown.fill(0);
  v.edges.forEach(function (ei) {
    var e = edgeList[ei];
    if (!state.hiddenRelations.has(e.r) && !nodeHidden[e.f] && !nodeHidden[e.t]) {
      edgeShown[ei] = 1;
      if (v.bulk) {
        var dash = edgeDashes(e), key = edgeStroke(e) + "|" + (dash ? dash.join(",") : "");
        (groups[key] = groups[key] || { color: edgeStroke(e), dash: dash || [], arrow: !!relById[e.r].arrow, list: [] }).list.push(ei);
      }
    }
  });
  bulkGroups = Object.keys(groups).map(function (k) { return groups[k]; });
}
/* the edges of a big view, one path per colour, before vis draws the nodes over them */
function drawBulkEdges(ctx) {
  if (!current || !current.bulk) { return; }
  var body = network.body.nodes, s = network.getScale();
  ctx.save();
  ctx.globalAlpha = 0.55;
  ctx.lineWidth = Math.max(1.2, 0.6 / s);     // never thinner than 0.6 px on screen
  var arrows = s > 0.6;
  bulkGroups.forEach(function (g) {
    ctx.strokeStyle = g.color;
    ctx.fillStyle = g.color;
    ctx.setLineDash(g.dash);
    ctx.beginPath();
    g.list.forEach(function (ei) {
      var e = edgeList[ei], a = body[nodeList[e.f].id], b = body[nodeList[e.t].id];
      ctx.moveTo(a.x, a.y);
      ctx.lineTo(b.x, b.y);
    });
    ctx.stroke();
    if (arrows && g.arrow) {
      ctx.setLineDash([]);
      ctx.beginPath();
      g.list.forEach(function (ei) {
        var e = edgeList[ei], a = body[nodeList[e.f].id], b = body[nodeList[e.t].id];
        var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) || 1;
        var r = (current.size[e.t] || MIN_SIZE) + 1, ux = dx / d, uy = dy / d;
        var tx = b.x - ux * r, ty = b.y - uy * r, l = 9;
        ctx.moveTo(tx, ty);
        ctx.lineTo(tx - ux * l - uy * l * 0.45, ty - uy * l + ux * l * 0.45);
        ctx.lineTo(tx - ux * l + uy * l * 0.45, ty - uy * l - ux * l * 0.45);
        ctx.closePath();
      });
      ctx.fill();
    }
  });
  ctx.restore();
}
function visibleNodes() {
  var out = [];
  if (current) { current.nodes.forEach(function (i) { if (!nodeHidden[i]) { out.push(i); } }); }
  return out;
}
function visibleEdges() {
  return current ? current.edges.filter(function (ei) { return edgeShown[ei]; }) : [];
}

/* fit what is visible, from the stored positions (label room in screen pixels; fast at any size) */
function fitVisible() {
  var shown = visibleNodes();
  if (!shown.length) { network.moveTo({ position: { x: 0, y: 0 }, scale: 1, animation: false }); relabel(); return; }
  var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  shown.forEach(function (i) {
    var p = current.pos[i], s = current.size[i] || MIN_SIZE;
    minX = Math.min(minX, p[0] - s); maxX = Math.max(maxX, p[0] + s);
    minY = Math.min(minY, p[1] - s); maxY = Math.max(maxY, p[1] + s);
  });
  var w = container.clientWidth || 800, h = container.clientHeight || 600, px = labelPx();
  var side = 80, top = 12, bottom = 2 * px * 1.3 + 8;     // room for labels at the edges
  var scale = Math.min((w - 2 * side) / Math.max(maxX - minX, 1), (h - top - bottom) / Math.max(maxY - minY, 1), 2);
  scale = Math.max(scale, 0.02);
  var cy = (minY + maxY) / 2 + (bottom - top) / 2 / scale;
  network.moveTo({ position: { x: (minX + maxX) / 2, y: cy }, scale: scale, animation: false });
  relabel();
}

/* the on-screen size labels get at fit: larger on a larger screen */
function labelPx() {
  return Math.max(LABEL_THRESHOLD + 0.5, Math.min(18, container.clientHeight / 50));
}

/* Labels at fit: the most important nodes (by rank) whose labels, at labelPx() on screen, cover
   neither another label nor another node get a font that large (the TOP_LABELS most important may
   cross nodes: a hub is always named); the others keep BASE_FONT, which vis only draws once it
   reaches LABEL_THRESHOLD px on screen (zooming in). No label is drawn below 12 px. */
function relabel() {
  if (!current) { return; }
  var s = network.getScale(), px = labelPx();
  var want = Math.max(BASE_FONT, px / s);
  var big = new Set();
  if (want > BASE_FONT) {
    var view = network.getViewPosition(), w = container.clientWidth, h = container.clientHeight;
    var toScreen = function (p) { return [(p[0] - view.x) * s + w / 2, (p[1] - view.y) * s + h / 2]; };
    var CELL = 64, grid = new Map();     // node discs and placed labels on screen, by 64 px cell
    var cellsOf = function (r, add) {
      var out = [];
      for (var gx = Math.floor(r[0] / CELL); gx <= Math.floor(r[2] / CELL); gx++) {
        for (var gy = Math.floor(r[1] / CELL); gy <= Math.floor(r[3] / CELL); gy++) {
          var key = gx + ":" + gy, list = grid.get(key);
          if (add) { if (!list) { list = []; grid.set(key, list); } list.push(add); } else if (list) { out.push(list); }
        }
      }
      return out;
    };
    current.nodes.forEach(function (i) {
      if (nodeHidden[i]) { return; }
      var c = toScreen(current.pos[i]), r = (current.size[i] || MIN_SIZE) * s;
      if (r < 3) { return; }            // specks a label may cross (a big graph at low zoom)
      if (c[0] < -r || c[1] < -r || c[0] > w + r || c[1] > h + r) { return; }
      var box = [c[0] - r, c[1] - r, c[0] + r, c[1] + r, i];
      cellsOf(box, box);
    });
    var hits = function (r, own, labelsOnly) {
      var clash = false;
      cellsOf(r).forEach(function (list) {
        for (var k = 0; k < list.length && !clash; k++) {
          var b = list[k];
          if (labelsOnly && b[4] !== -1) { continue; }
          if (b[4] !== own && r[0] < b[2] && b[0] < r[2] && r[1] < b[3] && b[1] < r[3]) { clash = true; }
        }
      });
      return clash;
    };
    var checked = 0;
    for (var k = 0; k < current.order.length && checked < LABEL_CHECKS && big.size < MAX_BIG_LABELS; k++) {
      var i = current.order[k];
      if (nodeHidden[i]) { continue; }
      checked++;
      var c = toScreen(current.pos[i]), label = shortName(nodeList[i]);
      var top = c[1] + (current.size[i] || MIN_SIZE) * s + 2;
      var bw = labelWidth(label) * px * 1.05 + 4, bh = label.split("\n").length * px * 1.25;
      var r = [c[0] - bw / 2, top, c[0] + bw / 2, top + bh, -1];
      if (r[2] < 0 || r[0] > w || r[3] < 0 || r[1] > h) { continue; }
      if (hits(r, i, checked <= TOP_LABELS)) { continue; }   // the top few may cross small nodes
      cellsOf(r, r);
      big.add(i);
    }
  }
  labelled = big.size;
  if (current.bulk) {             // a big view: labels drawn by drawOverlayLabels, no DataSet update
    overlay = Array.from(big);
    requestRedraw();
    return;
  }
  overlay = [];
  var updates = [];
  current.nodes.forEach(function (i) {
    var size = big.has(i) ? want : BASE_FONT;
    if (Math.abs(nodeFont[i] - size) > 1e-6) {
      nodeFont[i] = size;
      updates.push({ id: nodeList[i].id, font: { size: size } });
    }
  });
  if (updates.length) { nodes.update(updates); }
  if (current.edgeLabels && !current.bulk) {
    var ew = Math.max(12, px / s);
    edges.update(current.edges.filter(function (ei) { return edgeCreated[ei]; })
                             .map(function (ei) { return { id: ei, font: { size: ew } }; }));
  }
}
var labelled = 0, overlay = [];
function requestRedraw() {     // the next frame, once, however many ask for it
  if (network.body && network.body.emitter) { network.body.emitter.emit("_requestRedraw"); } else { network.redraw(); }
}
/* a big view's labels: the chosen nodes' names at labelPx() on screen, while vis draws none
   (its labels of BASE_FONT stay below the threshold until zoomed in this far) */
function drawOverlayLabels(ctx) {
  if (!current || !current.bulk || !overlay.length) { return; }
  var s = network.getScale();
  if (BASE_FONT * s >= LABEL_THRESHOLD - 1) { return; }
  var px = labelPx(), size = px / s, body = network.body.nodes;
  ctx.save();
  ctx.font = size + "px " + FONT;
  ctx.textAlign = "center";
  ctx.textBaseline = "top";
  ctx.lineJoin = "round";
  ctx.lineWidth = 4 / s;
  ctx.strokeStyle = "#ffffff";
  ctx.fillStyle = "#1a1a1a";
  overlay.forEach(function (i) {
    var n = body[nodeList[i].id];
    if (!n || nodeHidden[i]) { return; }
    var y = n.y + (current.size[i] || MIN_SIZE) + 2 / s;
    shortName(nodeList[i]).split("\n").forEach(function (line, k) {
      ctx.strokeText(line, n.x, y + k * size * 1.2);
      ctx.fillText(line, n.x, y + k * size * 1.2);
    });
  });
  ctx.restore();
}

function relabelLanguage() {
  if (!current) { return; }
  var nu = [], eu = [];
  current.nodes.forEach(function (i) { nu.push({ id: nodeList[i].id, label: shortName(nodeList[i]) }); });
  current.edges.forEach(function (ei) {
    var label = edgeLabel(edgeList[ei], current.edgeLabels);
    if (edgeCreated[ei] && label !== edgeLabelNow[ei]) { edgeLabelNow[ei] = label; eu.push({ id: ei, label: label }); }
  });
  nodes.update(nu);
  if (eu.length) { edges.update(eu); }
  relabel();
}
