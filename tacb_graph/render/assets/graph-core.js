/* tacb-graph page, part 1 of 6: data, words in both languages, state, names and the URL fragment.
   The six parts run in order inside one function (see render/html.py); report text only ever
   reaches the page through textContent. */

var data = JSON.parse(document.getElementById("tacb-data").textContent);
var ID_BASE = "https://w3id.org/tacb/id/";
var UI = {
  zh: {
    language: "语言", search: "查找实体", find: "查找", classes: "类别", relations: "关系",
    stances: "立场", modalities: "事实的情态", views: "视图", placeholder: "名称、简称、ISO 代码或文号",
    isolates: "显示未连接的节点", table: "事实表", hideTable: "关闭事实表", copy: "复制",
    copied: "已复制 {n} 行", csv: "下载 CSV", collapse: "收起面板", expand: "展开面板",
    shown: "显示 {n} 个节点、{e} 条边（本视图共 {N} / {E}）",
    notFound: "未找到：{q}", found: "已选中：{l}", ambiguous: "“{q}”对应多个实体，请选择：",
    candidates: "未找到“{q}”，可能是：", switched: "{l} 不在此视图中，已切换到全图",
    notInView: "{l} 不在此视图中", egoNeedsFocus: "请先选中一个实体，再打开中心视图",
    noEdges: "此视图没有边", cls: "类别", iso3: "ISO 代码", m49: "M49", symbol: "文号",
    mentions: "提及次数", paragraphs: "段落", relation: "关系", weight: "权重", quotes: "引文",
    more: "另有 {n} 条", pagerank: "PageRank", degree: "度", iri: "IRI", name: "全称",
    stance: "立场", amount: "金额", period: "期间", year: "年份", modality: "情态",
    requestedBy: "请求方", detail: "说明", subject: "主体", object: "客体", quote: "引文",
    facts: "{n} 条事实", reported: "已报告", ego: "以 {l} 为中心", depth: "层数",
    title: "{t} — {v}", close: "关闭", relationsOf: "关系（{n}）"
  },
  en: {
    language: "Language", search: "Find an entity", find: "Find", classes: "Classes",
    relations: "Relations", stances: "Stances", modalities: "Modality of facts", views: "Views",
    placeholder: "name, short name, ISO code or symbol", isolates: "Show unconnected nodes",
    table: "Facts table", hideTable: "Close the facts table", copy: "Copy", copied: "{n} rows copied",
    csv: "Download CSV", collapse: "Hide panel", expand: "Show panel",
    shown: "{n} nodes, {e} edges shown (of {N} / {E} in this view)",
    notFound: "Not found: {q}", found: "Selected: {l}", ambiguous: "\u201c{q}\u201d fits several entities:",
    candidates: "No entity called \u201c{q}\u201d; did you mean:", switched: "{l} is not in this view; showing the full graph",
    notInView: "{l} is not in this view", egoNeedsFocus: "Select an entity first, then open the ego view",
    noEdges: "No edges in this view", cls: "Class", iso3: "ISO code", m49: "M49", symbol: "Symbol",
    mentions: "Mentions", paragraphs: "Paragraphs", relation: "Relation", weight: "Weight",
    quotes: "Quotes", more: "{n} more", pagerank: "PageRank", degree: "Degree", iri: "IRI",
    name: "Full name", stance: "Stance", amount: "Amount", period: "Period", year: "Year",
    modality: "Modality", requestedBy: "Requested by", detail: "Detail", subject: "Subject",
    object: "Object", quote: "Quote", facts: "{n} facts", reported: "Reported", ego: "Around {l}",
    depth: "Hops", title: "{t} \u2014 {v}", close: "Close", relationsOf: "Relations ({n})"
  }
};
var FONT = '"Noto Sans CJK SC", "WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif';
var QUOTE_MAX = 400, QUOTES_SHOWN = 3, CARD_RELATIONS = 40;

var nodeList = data.nodes, edgeList = data.edges;
var nodeById = new Map(), indexById = new Map();
nodeList.forEach(function (n, i) { nodeById.set(n.id, n); indexById.set(n.id, i); });
var classById = {}, relById = {}, stanceById = {}, modalityById = {}, viewById = {};
data.classes.forEach(function (c, i) { c.order = i; classById[c.id] = c; });
data.relations.forEach(function (r) { relById[r.id] = r; });
data.stances.forEach(function (s) { stanceById[s.id] = s; });
data.modalities.forEach(function (m) { modalityById[m.id] = m; });
data.views.forEach(function (v) { viewById[v.id] = v; });
// every edge touching a node, for cards
var incident = nodeList.map(function () { return []; });
edgeList.forEach(function (e, i) { incident[e.f].push(i); if (e.t !== e.f) { incident[e.t].push(i); } });

var state = {
  view: data.view, lang: data.lang === "en" ? "en" : "zh", focus: null, depth: data.depth || 1,
  hiddenClasses: new Set(), hiddenRelations: new Set(), isolates: false, table: false, panel: true
};

function t(key, vars) {
  var s = UI[state.lang][key];
  if (s === undefined) { s = key; }
  Object.keys(vars || {}).forEach(function (k) { s = s.split("{" + k + "}").join(String(vars[k])); });
  return s;
}
function named(x) { return state.lang === "en" ? x.en : x.zh; }
function shortName(n) { return state.lang === "en" ? n.se : n.sz; }
function oneLine(s) { return String(s || "").replace(/\n/g, " "); }
function el(tag, cls, text) {
  var e = document.createElement(tag);
  if (cls) { e.className = cls; }
  if (text !== undefined && text !== null) { e.textContent = String(text); }
  return e;
}
function shorten(s, max) { s = String(s); return s.length > max ? s.slice(0, max - 1) + "\u2026" : s; }
/* an edge's quotes in the page's language (e.ql: the language of each quote), else all of them */
function quotesOf(e) {
  var all = e.q || [], langs = e.ql || [];
  var own = all.filter(function (q, i) { return String(langs[i] || "").split("-")[0].toLowerCase() === state.lang; });
  return own.length ? own : all;
}
function paras(list) { return (list || []).map(function (p) { return "\u00b6" + p; }).join(", "); }

/* ---------- names: the resolver of tacb_graph/analyse/resolve.py ---------- */
function norm(s) { return String(s || "").normalize("NFKC").replace(/\s+/g, "").toLowerCase(); }
var nameIndex = new Map();     // normalised name -> [[node index, rank], ...]
nodeList.forEach(function (n, i) {
  (n.names || []).forEach(function (pair) {
    var list = nameIndex.get(pair[0]);
    if (!list) { list = []; nameIndex.set(pair[0], list); }
    list.push([i, pair[1]]);
  });
});
/* {iri} when one entity fits best; {ambiguous: [...]} when several fit equally;
   {candidates: [...]} (IRIs of the entities whose names contain the text) otherwise. */
function resolveName(text) {
  var key = norm(text);
  if (!key) { return { iri: null, ambiguous: [], candidates: [] }; }
  var exact = nameIndex.get(key);
  if (exact && exact.length) {
    var best = Math.min.apply(null, exact.map(function (p) { return p[1]; }));
    var found = [];
    exact.forEach(function (p) {
      if (p[1] === best && found.indexOf(nodeList[p[0]].id) < 0) { found.push(nodeList[p[0]].id); }
    });
    found.sort();
    if (found.length === 1) { return { iri: found[0], ambiguous: [], candidates: [] }; }
    return { iri: null, ambiguous: found, candidates: [] };
  }
  var close = [];
  nodeList.forEach(function (n) {
    if ((n.names || []).some(function (p) { return p[0].indexOf(key) >= 0; })) { close.push(n.id); }
  });
  close.sort();
  return { iri: null, ambiguous: [], candidates: close };
}
/* the shortest name a URL can carry for a node: its ISO3 code, its IRI tail, or its IRI */
function focusName(id) {
  var n = nodeById.get(id);
  if (n && n.iso3 && resolveName(n.iso3).iri === id) { return n.iso3; }
  if (id.indexOf(ID_BASE) === 0 && resolveName(id.slice(ID_BASE.length)).iri === id) {
    return id.slice(ID_BASE.length);
  }
  return id;
}

/* ---------- the URL fragment: #view=positions&lang=en&focus=LBY ---------- */
function encodeState() {
  var parts = [["view", state.view], ["lang", state.lang]];
  if (state.focus) { parts.push(["focus", focusName(state.focus)]); }
  if (state.view === "ego" && state.depth !== 1) { parts.push(["depth", state.depth]); }
  if (state.hiddenClasses.size) { parts.push(["hide", Array.from(state.hiddenClasses).sort().join(",")]); }
  if (state.hiddenRelations.size) { parts.push(["hiderel", Array.from(state.hiddenRelations).sort().join(",")]); }
  if (state.isolates) { parts.push(["isolates", 1]); }
  if (state.table) { parts.push(["table", 1]); }
  return parts.map(function (p) {
    return p[0] + "=" + encodeURIComponent(String(p[1])).replace(/%2C/g, ",").replace(/%2F/g, "/");
  }).join("&");
}
function decodeState(hash) {
  var out = {};
  String(hash || "").replace(/^#/, "").split("&").forEach(function (kv) {
    if (!kv) { return; }
    var i = kv.indexOf("=");
    var k = i < 0 ? kv : kv.slice(0, i), v = i < 0 ? "" : kv.slice(i + 1);
    try { out[k] = decodeURIComponent(v.replace(/\+/g, " ")); } catch (err) { out[k] = v; }
  });
  return out;
}
