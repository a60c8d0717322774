/* tacb-graph page, part 6 of 6: switching views, the URL fragment, and window.tacbGraph.

   window.tacbGraph — a small API for links, scripts and tests:
     select(name)        find an entity as the search box does (label, short label, alias, ISO3,
                         symbol or IRI) and select it; returns {iri, candidates}
     setView(name)       show a story view: assistance, mandates, positions, money, ego, full
                         (ego shows the selected entity's neighbourhood; setDepth(n) widens it)
     setLang("zh"|"en"), setFilter("cls"|"rel", id, on), setIsolates(on), setTable(open)
     state()             {view, lang, focus, depth, hiddenClasses, hiddenRelations, isolates, table}
     resolve(name)       the resolver alone: {iri, ambiguous, candidates}
     egoPositions(iri, depth)  the ego view's layout of any entity, {iri: [x, y]}
     ready, timings      set once the first view is drawn (event "tacb:ready" on window)
   The state is mirrored in the URL fragment (#view=positions&lang=en&focus=LBY), so a link
   opens the page as it was. */

var applyingHash = false;
function syncHash() {
  if (applyingHash) { return; }
  var hash = "#" + encodeState();
  if (location.hash === hash) { return; }
  try { history.replaceState(null, "", hash); } catch (err) { location.replace(hash); }
}
function setView(id, opts) {
  opts = opts || {};
  if (!viewById[id]) { return false; }
  if (id === "ego" && !(state.focus && indexById.has(state.focus))) {
    notice = { key: "egoNeedsFocus", vars: {} };
    renderSearchResult();
    return false;
  }
  var v = viewOf(id);
  if (!v) { return false; }
  if (!opts.keepNotice) { notice = null; }
  state.view = id;
  hideTooltip();
  applyView(v);
  if (selected && selected.node !== undefined && current.nodes.has(selected.node) && !nodeHidden[selected.node]) {
    network.selectNodes([nodeList[selected.node].id]);
  } else if (selected) {
    selected = null;
    network.unselectAll();
  }
  updateLegend();
  renderTitles();
  renderSearchResult();
  updateStatus();
  showDetails();
  renderTable();
  syncHash();
  return true;
}
function setDepth(depth) {
  depth = Math.max(1, Math.min(3, parseInt(depth, 10) || 1));
  state.depth = depth;
  $("tacb-depth").value = String(depth);
  if (state.view === "ego") { setView("ego"); } else { syncHash(); }
  return true;
}
function snapshot() {
  return {
    view: state.view, lang: state.lang, focus: state.focus, depth: state.depth,
    hiddenClasses: Array.from(state.hiddenClasses).sort(), hiddenRelations: Array.from(state.hiddenRelations).sort(),
    isolates: state.isolates, table: state.table
  };
}
/* apply a fragment: language, filters, focus, then the view (a focus absent from it is kept) */
function applyHash(hash) {
  var s = decodeState(hash);
  applyingHash = true;
  try {
    if (s.lang === "zh" || s.lang === "en") { state.lang = s.lang; renderWords(); }
    state.hiddenClasses = new Set((s.hide || "").split(",").filter(function (c) { return c in classById; }));
    state.hiddenRelations = new Set((s.hiderel || "").split(",").filter(function (r) { return r in relById; }));
    classBoxes.forEach(function (b) { b.box.checked = !state.hiddenClasses.has(b.item.id); });
    relationBoxes.forEach(function (b) { b.box.checked = !state.hiddenRelations.has(b.item.id); });
    state.isolates = s.isolates === "1";
    $("tacb-isolates").checked = state.isolates;
    state.table = s.table === "1";
    if (s.depth) { state.depth = Math.max(1, Math.min(3, parseInt(s.depth, 10) || 1)); $("tacb-depth").value = String(state.depth); }
    var focus = s.focus ? resolveName(s.focus).iri : null;
    state.focus = focus;
    var view = viewById[s.view] ? s.view : state.view;
    if (!setView(view)) { setView(data.view === "ego" ? "full" : data.view); }
    if (focus) { selectNode(focus, { switchView: false }); }
    relabelLanguage();
  } finally {
    applyingHash = false;
  }
  syncHash();
}
window.addEventListener("hashchange", function () {
  if (location.hash.replace(/^#/, "") !== encodeState()) { applyHash(location.hash); }
});
window.addEventListener("resize", function () { fitVisible(); });

var api = window.tacbGraph = {
  get network() { return network; }, get nodes() { return nodes; }, get edges() { return edges; },
  get labelled() { return labelled; }, data: data,
  select: function (name) { return search(String(name)); },
  resolve: resolveName, setView: setView, setDepth: setDepth, setLang: setLang, setFilter: setFilter,
  setIsolates: setIsolates, setTable: setTable, setPanel: setPanel, sortTable: sortTable,
  tableText: function () { return tableTSV(); }, tableCSV: function () { return tableCSV(); },
  search: function (name) { return search(String(name)).iri; },
  state: snapshot, fit: fitVisible,
  visibleNodes: function () { return visibleNodes().map(function (i) { return nodeList[i].id; }); },
  visibleEdges: visibleEdges,
  egoPositions: function (iri, depth) {
    var i = indexById.get(iri);
    return i === undefined ? null : egoView(i, depth || 1).pos;
  },
  ready: false, timings: { script: performance.now() }
};

(function init() {
  renderWords();
  if (data.focus) { state.focus = data.focus; }
  if (location.hash.length > 1) {
    applyHash(location.hash);
  } else {
    if (!setView(state.view)) { setView("full"); }
    if (data.focus) { selectNode(data.focus, { switchView: false, camera: false }); }
  }
  setPanel(true);
  network.once("afterDrawing", function () {
    api.timings.firstDraw = api.timings.ready = performance.now();
    api.ready = true;
    window.dispatchEvent(new CustomEvent("tacb:ready"));
  });
  network.redraw();
})();
