/* tacb-graph page, part 2 of 6: the ego view's layout, computed here for any entity.
   The same rules as tacb_graph/render/layout.py (node_box, remove_overlaps) and
   tacb_graph/render/rings.py (ring, ego_layout); tests check the two agree. */

var LABEL_UNITS = 20, BOX_GAP = 4, RING_GAP = 8, RING_SIZES = [16, 48], MIN_SIZE = 10, MAX_SIZE = 36;
var OVERLAP_MAX_NODES = 400;
var WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/;

function labelWidth(text) {
  var best = 0;
  String(text || "").split("\n").forEach(function (line) {
    var w = 0;
    for (var i = 0; i < line.length; i++) { w += WIDE.test(line[i]) ? 1.0 : 0.6; }
    best = Math.max(best, w);
  });
  return best;
}
function nodeBox(size, label, units) {
  units = units || LABEL_UNITS;
  var lines = label ? label.split("\n").length : 0;
  var width = Math.max(2 * size, labelWidth(label) * units * 1.05) + 2 * BOX_GAP;
  return [width, -size - BOX_GAP, size + BOX_GAP + lines * units * 1.2 + BOX_GAP];
}
function boxOf(n, size, units) {
  var a = nodeBox(size, n.sz, units), b = nodeBox(size, n.se, units);
  return [Math.max(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2])];
}
function sizesOf(ids, value) {
  var lo = Infinity, hi = -Infinity, out = {};
  ids.forEach(function (id) { lo = Math.min(lo, value(id)); hi = Math.max(hi, value(id)); });
  ids.forEach(function (id) {
    out[id] = hi <= lo ? (MIN_SIZE + MAX_SIZE) / 3 : MIN_SIZE + (MAX_SIZE - MIN_SIZE) * Math.sqrt((value(id) - lo) / (hi - lo));
  });
  return out;
}

function ringPlace(ids, boxes, inner, start, gaps) {
  var n = ids.length, pos = {};
  if (!n) { return [pos, inner]; }
  var k = n <= RING_SIZES[0] ? 1 : n <= RING_SIZES[1] ? 2 : 3;
  gaps = gaps || [];
  var slots = n + gaps.length;
  var width = 0, row = 0, top = 0;
  ids.forEach(function (id) {
    width += boxes[id][0];
    row = Math.max(row, boxes[id][2] - boxes[id][1]);
    top = Math.max(top, -boxes[id][1]);
  });
  width = width / n + RING_GAP;
  row += RING_GAP;
  var radius = Math.max(inner + top + RING_GAP, width / (2 * Math.sin(Math.min(Math.PI * k / slots, Math.PI / 2))));
  var slot = 0;
  ids.forEach(function (id, index) {
    if (gaps.indexOf(index) >= 0) { slot += 1; }
    var angle = start + 2 * Math.PI * (slot + 0.5) / slots, r = radius + (index % k) * row;
    pos[id] = [r * Math.cos(angle), r * Math.sin(angle)];
    slot += 1;
  });
  return [pos, radius + (k - 1) * row + row];
}

function removeOverlaps(pos, boxes, fixed, iterations) {
  var ids = Object.keys(pos), n = ids.length;
  if (n < 2 || n > OVERLAP_MAX_NODES) { return pos; }
  iterations = iterations || 200;
  var x = ids.map(function (id) { return pos[id][0]; }), y = ids.map(function (id) { return pos[id][1]; });
  var half = ids.map(function (id) { return boxes[id][0] / 2; });
  var mid = ids.map(function (id) { return (boxes[id][1] + boxes[id][2]) / 2; });
  var hh = ids.map(function (id) { return (boxes[id][2] - boxes[id][1]) / 2; });
  var pinned = ids.map(function (id) { return fixed.has(id); });
  for (var round = 0; round < iterations; round++) {
    var mx = new Float64Array(n), my = new Float64Array(n), hit = false;
    for (var i = 0; i < n; i++) {
      for (var j = i + 1; j < n; j++) {
        var dx = x[j] - x[i], ox = half[i] + half[j] - Math.abs(dx);
        if (ox <= 0) { continue; }
        var dy = (y[j] + mid[j]) - (y[i] + mid[i]), oy = hh[i] + hh[j] - Math.abs(dy);
        if (oy <= 0) { continue; }
        hit = true;
        var alongX = ox <= oy, amount = (alongX ? ox : oy) + 0.5;
        var sign = (alongX ? dx : dy) >= 0 ? 1 : -1;
        var si = pinned[i] ? 0 : (pinned[j] ? 1 : 0.5), sj = pinned[j] ? 0 : (pinned[i] ? 1 : 0.5);
        if (alongX) { mx[i] -= amount * sign * si; mx[j] += amount * sign * sj; }
        else { my[i] -= amount * sign * si; my[j] += amount * sign * sj; }
      }
    }
    if (!hit) { break; }
    for (var m = 0; m < n; m++) { x[m] += mx[m]; y[m] += my[m]; }
  }
  var out = {};
  ids.forEach(function (id, i) { out[id] = [x[i], y[i]]; });
  return out;
}

/* as layout.py's room_at_fit: enlarge the label boxes to the size labels get when the page fits
   the view at 1280x720, and remove overlaps again, until they agree */
var FIT_AREA = [1280 - 300 - 2 * 80, 720 - 12 - 43], FIT_LABEL_PX = 13.5, FIT_MAX_NODES = 80;
function fitScale(pos, size) {
  var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity, r = -Infinity;
  Object.keys(pos).forEach(function (id) {
    minX = Math.min(minX, pos[id][0]); maxX = Math.max(maxX, pos[id][0]);
    minY = Math.min(minY, pos[id][1]); maxY = Math.max(maxY, pos[id][1]);
    r = Math.max(r, size[id]);
  });
  var w = maxX - minX + 2 * r, h = maxY - minY + 2 * r;
  return Math.min(FIT_AREA[0] / Math.max(w, 1), FIT_AREA[1] / Math.max(h, 1), 2);
}
function roomAtFit(pos, size, fixed) {
  var ids = Object.keys(pos);
  if (ids.length < 2 || ids.length > FIT_MAX_NODES) { return pos; }
  var units = LABEL_UNITS, scale = fitScale(pos, size);
  for (var round = 0; round < 4; round++) {
    var need = FIT_LABEL_PX / scale;
    if (need <= units * 1.02) { break; }
    units = need;
    var boxes = {};
    ids.forEach(function (id) { boxes[id] = boxOf(nodeById.get(id), size[id], units); });
    var moved = removeOverlaps(pos, boxes, fixed), after = fitScale(moved, size);
    if (after < 0.8 * scale) { break; }
    pos = moved;
    scale = after;
  }
  return pos;
}

/* neighbours of a node over every edge of the graph, either direction */
var adjacency = null;
function neighbours(i) {
  if (!adjacency) {
    adjacency = nodeList.map(function () { return []; });
    edgeList.forEach(function (e) {
      if (e.f !== e.t) { adjacency[e.f].push(e.t); adjacency[e.t].push(e.f); }
    });
  }
  return adjacency[i];
}
/* the ego view of node index `centre`: {nodes: [index], pos: {id: [x, y]}, size: {id: r}, edges: [index]} */
function egoView(centre, depth) {
  var full = data.viewData.full, value = {};
  full.n.forEach(function (ni, k) { value[nodeList[ni].id] = full.v[k]; });
  var seen = new Set([centre]), frontier = [centre], hops = [];
  for (var d = 0; d < depth; d++) {
    var next = new Set();
    frontier.forEach(function (i) { neighbours(i).forEach(function (j) { if (!seen.has(j)) { next.add(j); } }); });
    if (!next.size) { break; }
    next.forEach(function (j) { seen.add(j); });
    frontier = Array.from(next);
    hops.push(frontier);
  }
  var ids = Array.from(seen).map(function (i) { return nodeList[i].id; });
  var size = sizesOf(ids, function (id) { return value[id] || 0; });
  var boxes = {};
  ids.forEach(function (id) { boxes[id] = boxOf(nodeById.get(id), size[id]); });
  function order(a, b) {
    var na = nodeList[a], nb = nodeList[b];
    var ca = classById[na.k] ? classById[na.k].order : 1e9, cb = classById[nb.k] ? classById[nb.k].order : 1e9;
    if (ca !== cb) { return ca - cb; }
    var va = value[na.id] || 0, vb = value[nb.id] || 0;
    if (va !== vb) { return vb - va; }
    return na.id < nb.id ? -1 : na.id > nb.id ? 1 : 0;
  }
  var centreId = nodeList[centre].id, pos = {};
  pos[centreId] = [0, 0];
  var outer = Math.max(boxes[centreId][0] / 2, boxes[centreId][2]);
  hops.forEach(function (hop) {
    var placed = ringPlace(hop.slice().sort(order).map(function (i) { return nodeList[i].id; }),
                           boxes, outer, -Math.PI / 2, []);
    Object.keys(placed[0]).forEach(function (id) { pos[id] = placed[0][id]; });
    outer = placed[1];
  });
  pos = removeOverlaps(pos, boxes, new Set([centreId]));
  pos = roomAtFit(pos, size, new Set([centreId]));
  var edges = [];
  edgeList.forEach(function (e, i) { if (seen.has(e.f) && seen.has(e.t)) { edges.push(i); } });
  return { nodes: Array.from(seen), pos: pos, size: size, edges: edges };
}
