/* tacb-graph page, part 4 of 6: the side panel (views, language, search, legend and filters) and
   the cards (hover tooltip, selected node or edge), all built from text. */

var $ = function (id) { return document.getElementById(id); };
var selected = null;           // {node: index} or {edge: index}
var lastSearch = null;         // {text, res, note} to re-say in another language
var notice = null;             // {key, vars}: a note under the search box

/* ---------- cards ---------- */
function row(dl, key, value) {
  if (value === undefined || value === null || value === "") { return; }
  dl.appendChild(el("dt", null, t(key)));
  var dd = el("dd");
  if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
  dl.appendChild(dd);
}
function symbolLink(sym) {
  var a = el("a", null, sym);
  a.href = "https://undocs.org/" + encodeURI(sym);
  a.target = "_blank";
  a.rel = "noopener noreferrer";
  return a;
}
function nodeLink(i) {
  var b = el("button", "tacb-link", oneLine(shortName(nodeList[i])));
  b.type = "button";
  b.title = named(nodeList[i]);
  b.addEventListener("click", function () { selectNode(nodeList[i].id, { switchView: true }); });
  return b;
}
function measureText(i) {
  var full = data.viewData.full, k = full.n.indexOf(i);
  if (k < 0 || data.sizeBy === "mentions") { return null; }
  var v = full.v[k];
  return data.sizeBy === "pagerank" ? v.toFixed(4) : String(Math.round(v * 1000) / 1000);
}
function edgeDetail(e) {
  var bits = [];
  if (e.st && stanceById[e.st]) { bits.push(named(stanceById[e.st])); }
  if (e.az) { bits.push(state.lang === "en" ? e.ae : e.az); }
  if (e.m && e.m !== "Reported" && modalityById[e.m]) { bits.push(named(modalityById[e.m])); }
  return bits.join(" \u00b7 ");
}
function relationName(e) { return named(relById[e.r]); }
function nodeCard(i, withRelations) {
  var n = nodeList[i], card = el("div", "tacb-card");
  card.appendChild(el("div", "tacb-card-title", named(n)));
  var other = state.lang === "en" ? n.zh : n.en;
  if (other && other !== named(n)) { card.appendChild(el("div", "tacb-card-sub", other)); }
  var dl = el("dl");
  row(dl, "cls", named(classById[n.k]));
  row(dl, "iso3", n.iso3);
  row(dl, "m49", n.m49);
  if (n.sym) { row(dl, "symbol", symbolLink(n.sym)); }
  if (current && current.stance[i] && stanceById[current.stance[i]]) { row(dl, "stance", named(stanceById[current.stance[i]])); }
  row(dl, data.sizeBy, measureText(i));
  row(dl, "mentions", n.n);
  row(dl, "paragraphs", paras(n.p));
  if (withRelations) { row(dl, "iri", n.id); }
  card.appendChild(dl);
  var list = incident[i];
  if (!withRelations) {
    // on hover, a holder's stances in its own words; then how many relations the card lists
    list.filter(function (ei) { return edgeList[ei].r === "stance" && edgeList[ei].f === i; }).slice(0, 3)
      .forEach(function (ei) {
        var e = edgeList[ei];
        card.appendChild(el("div", "tacb-card-head", named(stanceById[e.st] || relById[e.r]) + " \u00b7 " +
                            oneLine(shortName(nodeList[e.t])) + (e.p && e.p.length ? " \u00b7 " + paras(e.p) : "")));
        var said = quotesOf(e);
        if (said.length) { card.appendChild(el("blockquote", null, shorten(said[0], QUOTE_MAX))); }
      });
    if (list.length) { card.appendChild(el("div", "tacb-card-sub", t("relationsOf", { n: list.length }))); }
    return card;
  }
  if (!list.length) { return card; }
  card.appendChild(el("div", "tacb-card-head", t("relationsOf", { n: list.length })));
  var ul = el("ul", "tacb-relations");
  var sorted = list.slice().sort(function (a, b) {
    var ea = edgeList[a], eb = edgeList[b];
    return relationName(ea).localeCompare(relationName(eb)) || (ea.p && ea.p[0] || 0) - (eb.p && eb.p[0] || 0);
  });
  sorted.slice(0, CARD_RELATIONS).forEach(function (ei) {
    var e = edgeList[ei], li = el("li"), out = e.f === i, r = relById[e.r];
    var head = el("div", "tacb-rel-head");
    head.appendChild(el("span", "tacb-rel-arrow", r.arrow ? (out ? "\u2192" : "\u2190") : "\u2014"));
    head.appendChild(el("span", "tacb-rel-name", relationName(e)));
    head.appendChild(nodeLink(out ? e.t : e.f));
    var detail = edgeDetail(e);
    if (detail) { head.appendChild(el("span", "tacb-rel-detail", detail)); }
    if (e.p && e.p.length) { head.appendChild(el("span", "tacb-rel-para", paras(e.p))); }
    li.appendChild(head);
    var said = quotesOf(e);
    if (said.length) { li.appendChild(el("blockquote", null, shorten(said[0], QUOTE_MAX))); }
    ul.appendChild(li);
  });
  card.appendChild(ul);
  if (list.length > CARD_RELATIONS) { card.appendChild(el("div", "tacb-card-sub", t("more", { n: list.length - CARD_RELATIONS }))); }
  return card;
}
function edgeCard(ei) {
  var e = edgeList[ei], card = el("div", "tacb-card"), r = relById[e.r];
  var a = nodeList[e.f], b = nodeList[e.t];
  card.appendChild(el("div", "tacb-card-title",
                      oneLine(shortName(a)) + (r.arrow ? " \u2192 " : " \u2014 ") + oneLine(shortName(b))));
  var dl = el("dl");
  row(dl, "relation", named(r));
  if (e.st && stanceById[e.st]) { row(dl, "stance", named(stanceById[e.st])); }
  if (e.az) { row(dl, "amount", state.lang === "en" ? e.ae : e.az); }
  row(dl, "period", e.per);
  row(dl, "year", e.yr);
  if (e.r !== "stance" && e.r !== "related" && e.r !== "coMention") {
    row(dl, "modality", named(modalityById[e.m || "Reported"] || { zh: t("reported"), en: t("reported") }));
  }
  if (e.rb && e.rb.length) {
    var span = el("span");
    e.rb.forEach(function (x, k) {
      if (k) { span.appendChild(document.createTextNode(", ")); }
      if (typeof x === "number") { span.appendChild(nodeLink(x)); } else { span.appendChild(document.createTextNode(x)); }
    });
    row(dl, "requestedBy", span);
  }
  row(dl, "paragraphs", paras(e.p));
  row(dl, "weight", e.w);
  card.appendChild(dl);
  var quotes = quotesOf(e);
  if (quotes.length) { card.appendChild(el("div", "tacb-card-sub", t("quotes"))); }
  quotes.slice(0, QUOTES_SHOWN).forEach(function (q) { card.appendChild(el("blockquote", null, shorten(q, QUOTE_MAX))); });
  if (quotes.length > QUOTES_SHOWN) { card.appendChild(el("div", "tacb-card-sub", t("more", { n: quotes.length - QUOTES_SHOWN }))); }
  return card;
}

var tooltip = $("tacb-tooltip");
function showTooltip(card, pointer) {
  tooltip.replaceChildren(card);
  tooltip.hidden = false;
  var box = container.getBoundingClientRect();
  var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
  var w = tooltip.offsetWidth, h = tooltip.offsetHeight;
  if (x + w > window.innerWidth) { x = Math.max(0, x - w - 28); }
  if (y + h > window.innerHeight) { y = Math.max(0, y - h - 28); }
  tooltip.style.left = x + "px";
  tooltip.style.top = y + "px";
}
function hideTooltip() { tooltip.hidden = true; tooltip.replaceChildren(); }
var details = $("tacb-details");
function showDetails() {
  if (!selected) { details.replaceChildren(); details.hidden = true; return; }
  var card = selected.node !== undefined ? nodeCard(selected.node, true) : edgeCard(selected.edge);
  var close = el("button", "tacb-close", "\u00d7");
  close.type = "button";
  close.title = t("close");
  close.setAttribute("aria-label", t("close"));
  close.addEventListener("click", function () { clearSelection(); });
  details.replaceChildren(close, card);
  details.hidden = false;
}
function clearSelection() {
  selected = null;
  network.unselectAll();
  showDetails();
}
/* the network's events, bound once it exists (see createNetwork) */
function bindNetwork() {
  network.on("hoverNode", function (p) { showTooltip(nodeCard(indexById.get(p.node), false), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(p.edge), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  network.on("click", function (p) {
    if (p.nodes.length) {
      selectNode(p.nodes[0], { camera: false });
    } else if (p.edges.length) {
      selected = { edge: p.edges[0] };
      showDetails();
    } else {
      clearSelection();
      state.focus = null;
      syncHash();
    }
  });
}

/* ---------- selecting and searching ---------- */
/* Select a node by IRI: shown (its class turned on, shown though unconnected) where it already is.
   Not in the view: with {switchView}, the full graph is shown; without, only a note. */
function selectNode(id, opts) {
  opts = opts || {};
  var i = indexById.get(id);
  if (i === undefined) { return false; }
  notice = null;
  if (!current || !current.nodes.has(i)) {
    if (!opts.switchView) {
      state.focus = id;
      notice = { key: "notInView", vars: { l: oneLine(shortName(nodeList[i])) } };
      renderSearchResult();
      syncHash();
      return false;
    }
    notice = { key: "switched", vars: { l: oneLine(shortName(nodeList[i])) } };
    setView("full", { keepNotice: true });
  }
  var n = nodeList[i];
  if (state.hiddenClasses.has(n.k)) { setFilter("cls", n.k, true, { fit: false }); }
  if (nodeHidden[i]) { forcedVisible.add(i); refilter(false); relabel(); }
  state.focus = id;
  selected = { node: i };
  network.selectNodes([id]);
  if (opts.camera !== false) {
    var p = current.pos[i], dom = network.canvasToDOM({ x: p[0], y: p[1] });
    if (dom.x < 0 || dom.y < 0 || dom.x > container.clientWidth || dom.y > container.clientHeight) {
      network.moveTo({ position: { x: p[0], y: p[1] }, scale: network.getScale(), animation: false });
      relabel();
    }
  }
  showDetails();
  renderSearchResult();
  syncHash();
  return true;
}
var result = $("tacb-search-result"), candidateList = $("tacb-candidates"), input = $("tacb-search-input");
function search(text) {
  var res = resolveName(text);
  lastSearch = { text: text, res: res };
  notice = null;
  if (res.iri) {
    selectNode(res.iri, { switchView: true });
  } else {
    clearSelection();       // a search that finds nothing leaves no stale card behind
    state.focus = null;
    syncHash();
  }
  renderSearchResult();
  return res.iri ? { iri: res.iri, candidates: [] } : { iri: null, candidates: res.ambiguous.concat(res.candidates) };
}
function renderSearchResult() {
  candidateList.replaceChildren();
  result.textContent = "";
  if (lastSearch) {
    var res = lastSearch.res;
    if (res.iri) {
      result.textContent = t("found", { l: oneLine(shortName(nodeById.get(res.iri))) });
    } else {
      var list = res.ambiguous.length ? res.ambiguous : res.candidates;
      result.textContent = t(res.ambiguous.length ? "ambiguous" : list.length ? "candidates" : "notFound", { q: lastSearch.text });
      list.slice(0, 12).forEach(function (id) {
        var li = el("li"), b = nodeLink(indexById.get(id));
        b.textContent = oneLine(shortName(nodeById.get(id))) + " \u2014 " + named(nodeById.get(id));
        li.appendChild(b);
        candidateList.appendChild(li);
      });
    }
  }
  if (notice) { result.textContent += (result.textContent ? " \u00b7 " : "") + t(notice.key, notice.vars); }
}
$("tacb-search").addEventListener("submit", function (ev) { ev.preventDefault(); search(input.value); });
(function () {
  var seen = new Set(), frag = document.createDocumentFragment();
  nodeList.forEach(function (n) {
    [n.zh, n.en, oneLine(n.sz), oneLine(n.se)].forEach(function (s) {
      if (s && !seen.has(s)) { seen.add(s); var o = el("option"); o.value = s; frag.appendChild(o); }
    });
  });
  $("tacb-names").appendChild(frag);
})();

/* ---------- legend and filters ---------- */
var SVG = "http://www.w3.org/2000/svg";
function svgEl(tag, attrs) {
  var e = document.createElementNS(SVG, tag);
  Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
  return e;
}
function polygon(points) { return points.map(function (p) { return p.join(","); }).join(" "); }
function starPoints() {
  var pts = [];
  for (var i = 0; i < 10; i++) { var a = Math.PI / 5 * i - Math.PI / 2, r = i % 2 ? 3 : 7; pts.push([8 + r * Math.cos(a), 8 + r * Math.sin(a)]); }
  return pts;
}
function hexPoints() {
  var pts = [];
  for (var i = 0; i < 6; i++) { var a = Math.PI / 3 * i; pts.push([8 + 7 * Math.cos(a), 8 + 7 * Math.sin(a)]); }
  return pts;
}
function classGlyph(c, color) {
  var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "class": "tacb-glyph" });
  var paint = { fill: color || c.color, stroke: "#333", "stroke-width": 1 };
  var shapes = {
    dot: function () { return svgEl("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, paint)); },
    square: function () { return svgEl("rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, paint)); },
    diamond: function () { return svgEl("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, paint)); },
    triangle: function () { return svgEl("polygon", Object.assign({ points: "8,1 15,14 1,14" }, paint)); },
    triangleDown: function () { return svgEl("polygon", Object.assign({ points: "1,2 15,2 8,15" }, paint)); },
    star: function () { return svgEl("polygon", Object.assign({ points: polygon(starPoints()) }, paint)); },
    hexagon: function () { return svgEl("polygon", Object.assign({ points: polygon(hexPoints()) }, paint)); }
  };
  svg.appendChild((shapes[c.shape] || shapes.dot)());
  return svg;
}
function lineGlyph(color, dashes, arrow) {
  var svg = svgEl("svg", { width: 26, height: 10, viewBox: "0 0 26 10", "class": "tacb-glyph" });
  var line = svgEl("line", { x1: 1, y1: 5, x2: arrow ? 19 : 25, y2: 5, stroke: color, "stroke-width": 2 });
  if (dashes) { line.setAttribute("stroke-dasharray", dashes.join(" ")); }
  svg.appendChild(line);
  if (arrow) { svg.appendChild(svgEl("polygon", { points: "18,1 25,5 18,9", fill: color })); }
  return svg;
}
function checkbox(list, kind, item, glyph) {
  var label = el("label");
  var box = el("input");
  box.type = "checkbox";
  box.checked = true;
  box.value = item.id;
  box.dataset[kind] = item.id;
  box.addEventListener("change", function () { setFilter(kind, item.id, box.checked); });
  var name = el("span", "tacb-name"), count = el("span", "tacb-count");
  label.append(box, glyph, name, count);
  list.appendChild(label);
  return { item: item, name: name, box: box, count: count, label: label };
}
var classBoxes = data.classes.map(function (c) { return checkbox($("tacb-classes"), "cls", c, classGlyph(c)); });
var relationBoxes = data.relations.map(function (r) {
  return checkbox($("tacb-relations"), "rel", r, lineGlyph(r.color, r.id === "coMention" ? [4, 3] : null, r.arrow));
});
var stanceRows = data.stances.map(function (s) {
  var label = el("div", "tacb-legend-row"), name = el("span", "tacb-name");
  label.append(classGlyph({ shape: "dot" }, s.color), name);
  $("tacb-stances").appendChild(label);
  return { item: s, name: name, label: label };
});
var modalityRows = data.modalities.map(function (m) {
  var label = el("div", "tacb-legend-row"), name = el("span", "tacb-name");
  label.append(lineGlyph("#444", m.dashes || null, false), name);
  $("tacb-modalities").appendChild(label);
  return { item: m, name: name, label: label };
});
function updateLegend() {
  var cls = {}, rel = {}, st = {}, mod = {};
  if (current) {
    current.nodes.forEach(function (i) {
      cls[nodeList[i].k] = (cls[nodeList[i].k] || 0) + 1;
      if (current.stance[i]) { st[current.stance[i]] = 1; }
    });
    current.edges.forEach(function (ei) {
      var e = edgeList[ei];
      rel[e.r] = (rel[e.r] || 0) + 1;
      if (e.st) { st[e.st] = 1; }
      if (e.r !== "stance" && e.r !== "related" && e.r !== "coMention") { mod[e.m || "Reported"] = 1; }
    });
  }
  var byStance = current && Object.keys(current.stance).length > 0;   // nodes coloured by stance
  classBoxes.forEach(function (b) {
    b.label.hidden = !cls[b.item.id];
    b.count.textContent = cls[b.item.id] || "";
    b.label.querySelector(".tacb-glyph").replaceWith(classGlyph(b.item, byStance ? "#e0e0e0" : null));
  });
  relationBoxes.forEach(function (b) { b.label.hidden = !rel[b.item.id]; b.count.textContent = rel[b.item.id] || ""; });
  stanceRows.forEach(function (b) { b.label.hidden = !st[b.item.id]; });
  modalityRows.forEach(function (b) { b.label.hidden = !mod[b.item.id]; });
  $("tacb-stance-box").hidden = !Object.keys(st).length;
  $("tacb-modality-box").hidden = Object.keys(mod).length < 2;
  $("tacb-relation-box").hidden = !Object.keys(rel).length;
}
/* turn a class ("cls") or relation ("rel") on or off */
function setFilter(kind, id, on, opts) {
  var set = kind === "cls" ? state.hiddenClasses : state.hiddenRelations;
  var known = kind === "cls" ? classById : relById;
  if (!(id in known)) { return false; }
  if (on) { set.delete(id); } else { set.add(id); }
  (kind === "cls" ? classBoxes : relationBoxes).forEach(function (b) { if (b.item.id === id) { b.box.checked = !!on; } });
  refilter(!opts || opts.fit !== false);
  updateStatus();
  if (typeof renderTable === "function") { renderTable(); }
  syncHash();
  return true;
}
function setIsolates(on) {
  state.isolates = !!on;
  $("tacb-isolates").checked = state.isolates;
  forcedVisible.clear();
  refilter(true);
  updateStatus();
  if (typeof renderTable === "function") { renderTable(); }
  syncHash();
}
$("tacb-isolates").addEventListener("change", function (ev) { setIsolates(ev.target.checked); });

var status = $("tacb-status");
function updateStatus() {
  var n = visibleNodes().length, e = visibleEdges().length;
  var N = current ? current.nodes.size : 0, E = current ? current.edges.length : 0;
  status.textContent = t("shown", { n: n, e: e, N: N, E: E });
  status.classList.toggle("tacb-note", !E);
  if (!E) { status.textContent += " \u2014 " + t("noEdges"); }
}

/* ---------- words: everything re-said in the current language ---------- */
var viewButtons = data.views.map(function (v) {
  var b = el("button", "tacb-view");
  b.type = "button";
  b.dataset.view = v.id;
  b.addEventListener("click", function () { setView(v.id); });
  $("tacb-views").appendChild(b);
  return { item: v, button: b };
});
$("tacb-depth").addEventListener("change", function (ev) { setDepth(parseInt(ev.target.value, 10)); });
function renderTitles() {
  var title = named(data.title), v = viewById[state.view];
  var sub = named(v);
  if (state.view === "ego" && state.focus && nodeById.get(state.focus)) {
    sub = t("ego", { l: oneLine(shortName(nodeById.get(state.focus))) });
  }
  $("tacb-title").textContent = title;
  $("tacb-subtitle").textContent = sub;
  document.title = t("title", { t: title, v: sub });
  viewButtons.forEach(function (b) {
    b.button.textContent = named(b.item);
    b.button.setAttribute("aria-pressed", String(b.item.id === state.view));
    b.button.title = named(b.item);
  });
  $("tacb-depth-box").hidden = state.view !== "ego";
}
function renderWords() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll("[data-ui]").forEach(function (e) { e.textContent = t(e.dataset.ui); });
  document.querySelectorAll("[data-ui-title]").forEach(function (e) {
    e.title = t(e.dataset.uiTitle);
    e.setAttribute("aria-label", t(e.dataset.uiTitle));
  });
  input.placeholder = t("placeholder");
  document.querySelectorAll('input[name="tacb-lang"]').forEach(function (r) { r.checked = r.value === state.lang; });
  classBoxes.concat(relationBoxes, stanceRows, modalityRows).forEach(function (b) { b.name.textContent = named(b.item); });
  renderTitles();
  renderSearchResult();
  updateStatus();
  showDetails();
  hideTooltip();
}
function setLang(lang) {
  if (lang !== "zh" && lang !== "en") { return false; }
  state.lang = lang;
  renderWords();
  relabelLanguage();
  if (typeof renderTable === "function") { renderTable(); }
  syncHash();
  return true;
}
document.querySelectorAll('input[name="tacb-lang"]').forEach(function (r) {
  r.addEventListener("change", function () { if (r.checked) { setLang(r.value); } });
});

/* ---------- the panel folds away ---------- */
function setPanel(open) {
  state.panel = !!open;
  document.body.classList.toggle("tacb-folded", !state.panel);
  $("tacb-expand").hidden = state.panel;
  resized();
}
$("tacb-collapse").addEventListener("click", function () { setPanel(false); });
$("tacb-expand").addEventListener("click", function () { setPanel(true); });
function resized() {
  network.setSize("100%", "100%");
  network.redraw();
  fitVisible();
}
