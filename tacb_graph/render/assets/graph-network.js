/* tacb-graph page, part 3 of 6: the network. One vis DataSet of all nodes and one of all edges;
   a view or a filter changes only the `hidden` flags (and, for a view, positions, sizes, labels
   and colours) of the items that change, in one batched update each. Positions are never
   recomputed on a filter, so hiding and showing keeps the layout. */

var TOP_LABELS = 3, BASE_FONT = 14, MAX_VISIBLE = 26, LABEL_THRESHOLD = 13, MAX_BIG_LABELS = 160, LABEL_CHECKS = 600;
var EDGE_LABELS_MAX = 60;
// relations the story views leave unlabelled (colour and legend say them): they are too many
var QUIET = ["adoptedBy", "submittedInputTo", "stance", "related"];
var container = document.getElementById("tacb-network");
var current = null;            // the view on screen: {id, nodes: Set(index), edges: [index], ...}
var nodeHidden = new Uint8Array(nodeList.length).fill(1);
var edgeHidden = new Uint8Array(edgeList.length).fill(1);
var nodeFont = new Float64Array(nodeList.length).fill(BASE_FONT);
var forcedVisible = new Set();  // nodes shown because they were searched, though unconnected

function nodeColor(n, stance) {
  var c = stance && stanceById[stance] ? stanceById[stance].color : classById[n.k].color;
  var border = n.k === "_unnamed" ? "#666" : "#333";
  return { background: c, border: border, highlight: { background: c, border: "#000" },
           hover: { background: c, border: "#000" } };
}
function edgeColor(e) {
  var c = e.st && stanceById[e.st] ? stanceById[e.st].color : relById[e.r].color;
  return { color: c, highlight: c, hover: c, opacity: 0.85 };
}
function edgeDashes(e) {
  if (e.r === "coMention") { return [4, 4]; }
  var m = modalityById[e.m || "Reported"];
  return m ? m.dashes : false;
}
function edgeLabel(e, mode) {
  if (mode === "amount" && e.az) { return state.lang === "en" ? e.ae : e.az; }
  if ((mode === "relation" || mode === "amount") && e.r !== "coMention" && QUIET.indexOf(e.r) < 0) {
    var r = named(relById[e.r]);
    return e.m && e.m !== "Reported" && modalityById[e.m] ? r + " (" + named(modalityById[e.m]) + ")" : r;
  }
  return undefined;
}
function baseNode(n) {
  var c = classById[n.k];
  var item = { id: n.id, label: shortName(n), shape: c.shape, hidden: true, x: 0, y: 0, size: MIN_SIZE,
               color: nodeColor(n), font: { size: BASE_FONT } };
  if (n.k === "_unnamed") { item.shapeProperties = { borderDashes: [4, 3] }; }
  return item;
}
function baseEdge(e, i) {
  var r = relById[e.r];
  return { id: i, from: nodeList[e.f].id, to: nodeList[e.t].id, hidden: true, color: edgeColor(e),
           dashes: edgeDashes(e), arrows: { to: { enabled: !!r.arrow, scaleFactor: 0.6 } },
           width: 1.2 + Math.log2(Math.max(e.w || 1, 1)), smooth: false };
}

var nodes = new vis.DataSet(nodeList.map(baseNode));
var edges = new vis.DataSet(edgeList.map(baseEdge));
var large = nodeList.length > 1500 || edgeList.length > 4000;
var network = new vis.Network(container, { nodes: nodes, edges: edges }, {
  nodes: { font: { face: FONT, size: BASE_FONT, color: "#1a1a1a", strokeWidth: 4, strokeColor: "#ffffff", multi: false },
           borderWidth: 1.2, scaling: { label: { enabled: false, drawThreshold: LABEL_THRESHOLD, maxVisible: MAX_VISIBLE } } },
  edges: { font: { face: FONT, size: 12, color: "#333", strokeWidth: 4, strokeColor: "#ffffff", align: "horizontal" },
           scaling: { label: { enabled: false, drawThreshold: LABEL_THRESHOLD, maxVisible: MAX_VISIBLE } },
           selectionWidth: 2, hoverWidth: 1 },
  layout: { improvedLayout: false, randomSeed: 42 },
  physics: { enabled: false },
  interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: large, hideEdgesOnZoom: false,
                 zoomSpeed: 0.6 }
});

/* the on-screen size labels get at fit: larger on a larger screen */
function labelPx() {
  return Math.max(LABEL_THRESHOLD + 0.5, Math.min(18, container.clientHeight / 50));
}

/* ---------- views ---------- */
function viewOf(id) {
  if (id === "ego") {
    var centre = state.focus ? indexById.get(state.focus) : undefined;
    if (centre === undefined) { return null; }
    var ego = egoView(centre, state.depth);
    var v = { id: "ego", nodes: new Set(ego.nodes), order: [], edges: ego.edges, curve: {}, stance: {},
              pos: {}, size: {}, edgeLabels: ego.edges.length <= EDGE_LABELS_MAX ? "relation" : "" };
    ego.nodes.forEach(function (i) { var id = nodeList[i].id; v.pos[i] = ego.pos[id]; v.size[i] = ego.size[id]; });
    v.order = ego.nodes.slice().sort(function (a, b) { return (v.size[b] - v.size[a]) || (a - b); });
    var seen = {};
    ego.edges.forEach(function (ei) {
      var e = edgeList[ei], key = Math.min(e.f, e.t) + ":" + Math.max(e.f, e.t);
      v.curve[ei] = 0.2 * (seen[key] || 0);
      seen[key] = (seen[key] || 0) + 1;
    });
    return v;
  }
  var d = data.viewData[id];
  if (!d) { return null; }
  var out = { id: id, nodes: new Set(d.n), order: [], edges: d.e, curve: {}, stance: {}, pos: {}, size: {},
              edgeLabels: d.e.length <= EDGE_LABELS_MAX * 4 ? viewById[id].edgeLabels : "" };
  d.n.forEach(function (ni, k) {
    out.pos[ni] = [d.x[k], d.y[k]];
    out.size[ni] = d.s[k];
    if (d.st && d.st[k]) { out.stance[ni] = d.st[k]; }
  });
  var rank = new Map();
  d.n.forEach(function (ni, k) { rank.set(ni, d.r[k]); });
  out.order = d.n.slice().sort(function (a, b) { return rank.get(a) - rank.get(b); });
  d.e.forEach(function (ei, k) { if (d.c && d.c[k]) { out.curve[ei] = d.c[k]; } });
  return out;
}
/* show view `v`: positions, sizes, colours, labels of its items; everything else hidden */
function applyView(v) {
  var previous = current;
  current = v;
  var nodeUpdates = [], edgeUpdates = [];
  if (previous) {
    previous.nodes.forEach(function (i) {
      if (!v.nodes.has(i)) { nodeUpdates.push({ id: nodeList[i].id, hidden: true }); nodeHidden[i] = 1; }
    });
    var keep = new Set(v.edges);
    previous.edges.forEach(function (ei) {
      if (!keep.has(ei)) { edgeUpdates.push({ id: ei, hidden: true }); edgeHidden[ei] = 1; }
    });
  }
  v.nodes.forEach(function (i) {
    var n = nodeList[i];
    nodeUpdates.push({ id: n.id, x: v.pos[i][0], y: v.pos[i][1], size: v.size[i], label: shortName(n),
                       color: nodeColor(n, v.stance[i]) });
  });
  v.edges.forEach(function (ei) {
    var e = edgeList[ei], c = v.curve[ei];
    edgeUpdates.push({ id: ei, label: edgeLabel(e, v.edgeLabels),
                       smooth: c ? { enabled: true, type: "curvedCW", roundness: c } : false });
  });
  nodes.update(nodeUpdates);
  edges.update(edgeUpdates);
  forcedVisible.clear();
  refilter(true);
}

/* ---------- filters: hidden flags, changed items only, one update each ---------- */
function refilter(fit) {
  var v = current;
  if (!v) { return; }
  var degree = new Map(), wantEdge = [];
  v.edges.forEach(function (ei) {
    var e = edgeList[ei];
    var on = !state.hiddenRelations.has(e.r) && !state.hiddenClasses.has(nodeList[e.f].k) &&
             !state.hiddenClasses.has(nodeList[e.t].k);
    wantEdge.push(on);
    if (on) {
      degree.set(e.f, (degree.get(e.f) || 0) + 1);
      degree.set(e.t, (degree.get(e.t) || 0) + 1);
    }
  });
  var nodeUpdates = [], edgeUpdates = [];
  v.nodes.forEach(function (i) {
    var n = nodeList[i];
    var show = !state.hiddenClasses.has(n.k) &&
               (state.isolates || degree.has(i) || forcedVisible.has(i) || (v.id === "ego" && nodeList[i].id === state.focus));
    if (nodeHidden[i] !== (show ? 0 : 1)) {
      nodeHidden[i] = show ? 0 : 1;
      nodeUpdates.push({ id: n.id, hidden: !show });
    }
  });
  v.edges.forEach(function (ei, k) {
    var e = edgeList[ei];
    var show = wantEdge[k] && !nodeHidden[e.f] && !nodeHidden[e.t];
    if (edgeHidden[ei] !== (show ? 0 : 1)) {
      edgeHidden[ei] = show ? 0 : 1;
      edgeUpdates.push({ id: ei, hidden: !show });
    }
  });
  if (nodeUpdates.length) { nodes.update(nodeUpdates); }
  if (edgeUpdates.length) { edges.update(edgeUpdates); }
  if (fit) { fitVisible(); }
}
function visibleNodes() {
  var out = [];
  if (current) { current.nodes.forEach(function (i) { if (!nodeHidden[i]) { out.push(i); } }); }
  return out;
}
function visibleEdges() {
  return current ? current.edges.filter(function (ei) { return !edgeHidden[ei]; }) : [];
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
    // node discs on screen, in a grid of 64 px cells
    var CELL = 64, grid = new Map();
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
      if (c[0] < -r || c[1] < -r || c[0] > w + r || c[1] > h + r) { return; }
      var box = [c[0] - r, c[1] - r, c[0] + r, c[1] + r, i];
      cellsOf(box, box);
    });
    var labels = [], checked = 0;
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
      labels.push(r);
      cellsOf(r, r);
      big.add(i);
    }
  }
  var updates = [];
  current.nodes.forEach(function (i) {
    var size = big.has(i) ? want : BASE_FONT;
    if (Math.abs(nodeFont[i] - size) > 1e-6) {
      nodeFont[i] = size;
      updates.push({ id: nodeList[i].id, font: { size: size } });
    }
  });
  if (updates.length) { nodes.update(updates); }
  if (current.edgeLabels) {
    var ew = Math.max(12, px / s);
    var eu = current.edges.map(function (ei) { return { id: ei, font: { size: ew } }; });
    edges.update(eu);
  }
  api.labelled = big.size;
}

function relabelLanguage() {
  if (!current) { return; }
  var nu = [], eu = [];
  current.nodes.forEach(function (i) { nu.push({ id: nodeList[i].id, label: shortName(nodeList[i]) }); });
  current.edges.forEach(function (ei) { eu.push({ id: ei, label: edgeLabel(edgeList[ei], current.edgeLabels) }); });
  nodes.update(nu);
  edges.update(eu);
  relabel();
}
