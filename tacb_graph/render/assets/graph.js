/* tacb-graph interactive view. Reads the scene from #tacb-data (JSON), draws it with
   vis-network, and builds every piece of report text into the page with textContent. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("tacb-data").textContent);
  var UI = {
    zh: {
      language: "语言", search: "查找实体", find: "查找", classes: "类别", relations: "关系",
      placeholder: "名称、ISO 代码或文号", shown: "显示 {n} 个节点、{e} 条边（共 {N} / {E}）",
      notFound: "未找到：{q}", found: "已选中：{l}", noEdges: "此视图没有边（可用 --comention 显示共同提及）",
      cls: "类别", iso3: "ISO 代码", m49: "M49", symbol: "文号", mentions: "提及次数",
      paragraphs: "段落", relation: "关系", weight: "权重", quotes: "引文", more: "另有 {n} 条",
      pagerank: "PageRank", degree: "度", iri: "IRI"
    },
    en: {
      language: "Language", search: "Find an entity", find: "Find", classes: "Classes",
      relations: "Relations", placeholder: "name, ISO code or symbol",
      shown: "{n} nodes, {e} edges shown (of {N} / {E})", notFound: "Not found: {q}",
      found: "Selected: {l}", noEdges: "No edges in this view (try --comention for co-mentions)",
      cls: "Class", iso3: "ISO code", m49: "M49", symbol: "Symbol", mentions: "Mentions",
      paragraphs: "Paragraphs", relation: "Relation", weight: "Weight", quotes: "Quotes",
      more: "{n} more", pagerank: "PageRank", degree: "Degree", iri: "IRI"
    }
  };
  var FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';
  var QUOTE_MAX = 400, QUOTES_SHOWN = 3;

  var state = { lang: data.lang === "en" ? "en" : "zh", classes: {}, relations: {} };
  var nodeById = new Map();
  data.nodes.forEach(function (n) { nodeById.set(n.id, n); });
  var classById = {}, relById = {};
  data.classes.forEach(function (c) { classById[c.id] = c; state.classes[c.id] = true; });
  data.relations.forEach(function (r) { relById[r.id] = r; state.relations[r.id] = true; });

  function t(key, vars) {
    var s = UI[state.lang][key] || key;
    Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
    return s;
  }
  function named(x) { return state.lang === "en" ? x.en : x.zh; }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function shorten(s, max) { return s.length > max ? s.slice(0, max - 1) + "…" : s; }
  function paras(list) { return (list || []).map(function (p) { return "¶" + p; }).join(", "); }

  /* ---------- vis data ---------- */
  function visNode(n) {
    return { id: n.id, label: named(n), group: n.k, size: n.s, x: n.x, y: n.y };
  }
  function edgeLabel(e) { return e.r === "coMention" ? undefined : named(relById[e.r]); }
  function visEdge(e, i) {
    var r = relById[e.r];
    return {
      id: i, from: e.f, to: e.t, rel: e.r, label: edgeLabel(e),
      color: { color: r.color, highlight: r.color, hover: r.color, opacity: 0.8 },
      dashes: r.dashes, arrows: r.arrow ? "to" : "",
      width: 1 + Math.log2(Math.max(e.w || 1, 1)),
      smooth: e.c ? { enabled: true, type: "curvedCW", roundness: e.c } : false
    };
  }
  var groups = {};
  data.classes.forEach(function (c) {
    groups[c.id] = {
      shape: c.shape,
      color: { background: c.color, border: "#444", highlight: { background: c.color, border: "#000" },
               hover: { background: c.color, border: "#000" } }
    };
  });

  var nodes = new vis.DataSet(data.nodes.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return state.classes[n.group]; } });
  function nodeShown(id) { var n = nodeById.get(id); return !!n && state.classes[n.k]; }
  var edgeView = new vis.DataView(edges, {
    filter: function (e) { return state.relations[e.rel] && nodeShown(e.from) && nodeShown(e.to); }
  });

  var large = !data.physics;
  var options = {
    groups: groups,
    nodes: { font: { face: FONT, size: 14, strokeWidth: 3, strokeColor: "#ffffff" }, borderWidth: 1 },
    edges: { font: { face: FONT, size: 10, color: "#555", strokeWidth: 2, align: "horizontal" },
             arrows: { to: { scaleFactor: 0.5 } }, selectionWidth: 2 },
    layout: { improvedLayout: false, randomSeed: 42 },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: large, hideEdgesOnZoom: large },
    physics: data.physics ? {
      enabled: true, solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, centralGravity: 0.015, springLength: 90,
                          springConstant: 0.06, avoidOverlap: 0.4 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 50, fit: true }
    } : { enabled: false }
  };
  var container = document.getElementById("tacb-network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, options);

  /* ---------- tooltips and details, built from text ---------- */
  function row(dl, key, value) {
    if (value === undefined || value === null || value === "") { return; }
    dl.appendChild(el("dt", null, t(key)));
    var dd = el("dd");
    if (value instanceof Node) { dd.appendChild(value); } else { dd.textContent = String(value); }
    dl.appendChild(dd);
  }
  function measure(n) {
    var v = n.v;
    return data.sizeBy === "pagerank" ? v.toFixed(4) : String(Math.round(v * 1000) / 1000);
  }
  function symbolLink(sym) {
    var a = el("a", null, sym);
    a.href = "https://undocs.org/" + encodeURI(sym);
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  function nodeCard(n) {
    var card = el("div", "tacb-card");
    card.appendChild(el("div", "tacb-card-title", n.zh));
    if (n.en !== n.zh) { card.appendChild(el("div", "tacb-card-sub", n.en)); }
    var dl = el("dl");
    row(dl, "cls", named(classById[n.k]));
    row(dl, "iso3", n.iso3);
    row(dl, "m49", n.m49);
    if (n.sym) { row(dl, "symbol", symbolLink(n.sym)); }
    if (data.sizeBy !== "mentions") { row(dl, data.sizeBy, measure(n)); }
    row(dl, "mentions", n.n);
    row(dl, "paragraphs", paras(n.p));
    row(dl, "iri", n.id);
    card.appendChild(dl);
    return card;
  }
  function edgeCard(e) {
    var card = el("div", "tacb-card");
    var a = nodeById.get(e.f), b = nodeById.get(e.t), r = relById[e.r];
    card.appendChild(el("div", "tacb-card-title", named(a) + (r.arrow ? " → " : " — ") + named(b)));
    var dl = el("dl");
    row(dl, "relation", r.zh + " / " + r.en);
    row(dl, "paragraphs", paras(e.p));
    row(dl, "weight", e.w);
    card.appendChild(dl);
    var quotes = e.q || [];
    if (quotes.length) { card.appendChild(el("div", "tacb-card-sub", t("quotes"))); }
    quotes.slice(0, QUOTES_SHOWN).forEach(function (q) {
      card.appendChild(el("blockquote", null, shorten(q, QUOTE_MAX)));
    });
    if (quotes.length > QUOTES_SHOWN) {
      card.appendChild(el("div", "tacb-card-sub", t("more", { n: quotes.length - QUOTES_SHOWN })));
    }
    return card;
  }
  var tooltip = document.getElementById("tacb-tooltip");
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
  network.on("hoverNode", function (p) { showTooltip(nodeCard(nodeById.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(edgeCard(data.edges[p.edge]), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  var details = document.getElementById("tacb-details");
  var selected = null;
  function showDetails() {
    if (!selected) { details.replaceChildren(); return; }
    details.replaceChildren(selected.node ? nodeCard(selected.node) : edgeCard(selected.edge));
  }
  network.on("click", function (p) {
    if (p.nodes.length) { selected = { node: nodeById.get(p.nodes[0]) }; }
    else if (p.edges.length) { selected = { edge: data.edges[p.edges[0]] }; }
    else { selected = null; }
    showDetails();
  });

  /* ---------- filters and legend ---------- */
  var SVG = "http://www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    var e = document.createElementNS(SVG, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }
  function polygon(points) { return points.map(function (p) { return p.join(","); }).join(" "); }
  function star() {
    var pts = [];
    for (var i = 0; i < 10; i++) {
      var a = Math.PI / 5 * i - Math.PI / 2, r = i % 2 ? 3 : 7;
      pts.push([8 + r * Math.cos(a), 8 + r * Math.sin(a)]);
    }
    return pts;
  }
  function hexagon() {
    var pts = [];
    for (var i = 0; i < 6; i++) { var a = Math.PI / 3 * i; pts.push([8 + 7 * Math.cos(a), 8 + 7 * Math.sin(a)]); }
    return pts;
  }
  function classGlyph(c) {
    var svg = svgEl("svg", { width: 16, height: 16, viewBox: "0 0 16 16", "class": "tacb-glyph" });
    var paint = { fill: c.color, stroke: "#444", "stroke-width": 1 };
    var shapes = {
      dot: function () { return svgEl("circle", Object.assign({ cx: 8, cy: 8, r: 6 }, paint)); },
      square: function () { return svgEl("rect", Object.assign({ x: 2, y: 2, width: 12, height: 12 }, paint)); },
      diamond: function () { return svgEl("polygon", Object.assign({ points: "8,1 15,8 8,15 1,8" }, paint)); },
      triangle: function () { return svgEl("polygon", Object.assign({ points: "8,1 15,14 1,14" }, paint)); },
      triangleDown: function () { return svgEl("polygon", Object.assign({ points: "1,2 15,2 8,15" }, paint)); },
      star: function () { return svgEl("polygon", Object.assign({ points: polygon(star()) }, paint)); },
      hexagon: function () { return svgEl("polygon", Object.assign({ points: polygon(hexagon()) }, paint)); }
    };
    svg.appendChild((shapes[c.shape] || shapes.dot)());
    return svg;
  }
  function relationGlyph(r) {
    var svg = svgEl("svg", { width: 22, height: 10, viewBox: "0 0 22 10", "class": "tacb-glyph" });
    var line = svgEl("line", { x1: 1, y1: 5, x2: 21, y2: 5, stroke: r.color, "stroke-width": 2 });
    if (r.dashes) { line.setAttribute("stroke-dasharray", "4 3"); }
    svg.appendChild(line);
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
    var name = el("span", "tacb-name");
    label.append(box, glyph(item), name, el("span", "tacb-count", item.count));
    list.appendChild(label);
    return { item: item, name: name, box: box };
  }
  var classBoxes = data.classes.map(function (c) {
    return checkbox(document.getElementById("tacb-classes"), "cls", c, classGlyph);
  });
  var relationBoxes = data.relations.map(function (r) {
    return checkbox(document.getElementById("tacb-relations"), "rel", r, relationGlyph);
  });
  if (!data.relations.length) { document.getElementById("tacb-relations").hidden = true; }

  var status = document.getElementById("tacb-status");
  function updateStatus() {
    status.textContent = t("shown", { n: nodeView.length, e: edgeView.length, N: data.nodes.length, E: data.edges.length });
    status.classList.toggle("tacb-note", !data.edges.length);
    if (!data.edges.length) { status.textContent += " — " + t("noEdges"); }
  }
  function setFilter(kind, id, on) {
    var table = kind === "cls" ? state.classes : state.relations;
    if (!(id in table)) { return false; }
    table[id] = !!on;
    var boxes = kind === "cls" ? classBoxes : relationBoxes;
    boxes.forEach(function (b) { if (b.item.id === id) { b.box.checked = !!on; } });
    if (kind === "cls") { nodeView.refresh(); }
    edgeView.refresh();
    updateStatus();
    return true;
  }

  /* ---------- search ---------- */
  function norm(s) { return String(s || "").normalize("NFKC").replace(/\s+/g, "").toLowerCase(); }
  function names(n) { return [n.zh, n.en, n.iso3, n.sym].filter(Boolean).map(norm); }
  function findNode(query) {
    var q = norm(query), prefix = null, part = null;
    if (!q) { return null; }
    for (var i = 0; i < data.nodes.length; i++) {
      var n = data.nodes[i], ns = names(n);
      if (ns.indexOf(q) >= 0 || norm(n.id) === q) { return n; }
      if (!prefix && ns.some(function (s) { return s.indexOf(q) === 0; })) { prefix = n; }
      if (!part && ns.some(function (s) { return s.indexOf(q) >= 0; })) { part = n; }
    }
    return prefix || part;
  }
  var result = document.getElementById("tacb-search-result");
  var input = document.getElementById("tacb-search-input");
  function search(query) {
    var n = findNode(query);
    if (!n) { result.textContent = t("notFound", { q: query }); return null; }
    if (!state.classes[n.k]) { setFilter("cls", n.k, true); }
    network.selectNodes([n.id]);
    network.focus(n.id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 300 } });
    selected = { node: n };
    showDetails();
    result.textContent = t("found", { l: named(n) });
    return n.id;
  }
  document.getElementById("tacb-search").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(input.value);
  });
  var datalist = document.getElementById("tacb-names");
  (function () {
    var seen = new Set(), frag = document.createDocumentFragment();
    data.nodes.forEach(function (n) {
      [n.zh, n.en].forEach(function (s) {
        if (s && !seen.has(s)) { seen.add(s); var o = el("option"); o.value = s; frag.appendChild(o); }
      });
    });
    datalist.appendChild(frag);
  })();

  /* ---------- language ---------- */
  function setLang(lang) {
    if (lang !== "zh" && lang !== "en") { return false; }
    state.lang = lang;
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-ui]").forEach(function (e) { e.textContent = t(e.dataset.ui); });
    input.placeholder = t("placeholder");
    document.querySelectorAll('input[name="tacb-lang"]').forEach(function (r) { r.checked = r.value === lang; });
    classBoxes.concat(relationBoxes).forEach(function (b) { b.name.textContent = named(b.item); });
    nodes.update(data.nodes.map(function (n) { return { id: n.id, label: named(n) }; }));
    edges.update(data.edges.map(function (e, i) { return { id: i, label: edgeLabel(e) }; }));
    updateStatus();
    showDetails();
    return true;
  }
  document.querySelectorAll('input[name="tacb-lang"]').forEach(function (r) {
    r.addEventListener("change", function () { if (r.checked) { setLang(r.value); } });
  });

  /* ---------- ready signal ---------- */
  var api = window.tacbGraph = {
    network: network, nodes: nodes, edges: edges, nodeView: nodeView, edgeView: edgeView, data: data,
    setLang: setLang, setFilter: setFilter, search: search,
    ready: false, stabilized: !data.physics, timings: { script: performance.now() }
  };
  function settled() {
    if (api.stabilized) { return; }
    api.stabilized = true;
    api.timings.stabilized = performance.now();
    network.setOptions({ physics: { enabled: false } });
    network.redraw();
  }
  network.on("stabilizationIterationsDone", settled);
  network.on("stabilized", settled);
  network.on("afterDrawing", function () {
    if (!api.timings.firstDraw) { api.timings.firstDraw = performance.now(); }
    if (api.stabilized && !api.ready) {
      api.ready = true;
      api.timings.ready = performance.now();
      window.dispatchEvent(new CustomEvent("tacb:ready"));
    }
  });
  setLang(state.lang);
})();
