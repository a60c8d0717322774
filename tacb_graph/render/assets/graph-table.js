/* tacb-graph page, part 5 of 6: the table of the facts on screen (the visible edges), sortable by
   any column, copied as tab-separated text, downloaded as CSV (UTF-8 with BOM, for spreadsheets). */

var COLUMNS = ["subject", "relation", "object", "detail", "paragraphs", "quote"];
var tableSort = { column: "paragraphs", dir: 1 };
var tableRows = [];

function factRow(ei) {
  var e = edgeList[ei];
  return {
    edge: ei,
    subject: oneLine(shortName(nodeList[e.f])), subjectFull: named(nodeList[e.f]),
    relation: named(relById[e.r]),
    object: oneLine(shortName(nodeList[e.t])), objectFull: named(nodeList[e.t]),
    detail: edgeDetail(e),
    paragraphs: paras(e.p), firstParagraph: e.p && e.p.length ? e.p[0] : Infinity,
    quote: quotesOf(e).join(" / ")
  };
}
function compareRows(a, b) {
  var c = tableSort.column, x, y;
  if (c === "paragraphs") { x = a.firstParagraph; y = b.firstParagraph; return ((x > y) - (x < y)) * tableSort.dir || a.edge - b.edge; }
  x = a[c] || ""; y = b[c] || "";
  return (x.localeCompare(y, state.lang === "en" ? "en" : "zh") * tableSort.dir) || a.edge - b.edge;
}
function renderTable() {
  var box = $("tacb-table");
  box.hidden = !state.table;
  $("tacb-table-toggle").setAttribute("aria-pressed", String(state.table));
  $("tacb-table-toggle").textContent = t(state.table ? "hideTable" : "table");
  if (!state.table) { return; }
  tableRows = visibleEdges().filter(function (ei) { return edgeList[ei].r !== "coMention"; }).map(factRow);
  tableRows.sort(compareRows);
  var head = $("tacb-table-head"), body = $("tacb-table-body");
  var tr = el("tr");
  COLUMNS.forEach(function (c) {
    var th = el("th"), b = el("button", "tacb-sort", t(c));
    b.type = "button";
    b.dataset.column = c;
    if (tableSort.column === c) { th.setAttribute("aria-sort", tableSort.dir > 0 ? "ascending" : "descending"); }
    b.addEventListener("click", function () { sortTable(c); });
    th.appendChild(b);
    tr.appendChild(th);
  });
  head.replaceChildren(tr);
  var frag = document.createDocumentFragment();
  tableRows.forEach(function (r) {
    var row = el("tr");
    row.dataset.edge = r.edge;
    COLUMNS.forEach(function (c) {
      var td = el("td", "tacb-col-" + c, r[c]);
      if (c === "subject") { td.title = r.subjectFull; }
      if (c === "object") { td.title = r.objectFull; }
      row.appendChild(td);
    });
    row.addEventListener("click", function () {
      selected = { edge: r.edge };
      network.selectEdges([r.edge]);
      showDetails();
    });
    frag.appendChild(row);
  });
  body.replaceChildren(frag);
  $("tacb-table-count").textContent = t("facts", { n: tableRows.length });
}
function sortTable(column, dir) {
  if (COLUMNS.indexOf(column) < 0) { return false; }
  tableSort = { column: column, dir: dir || (tableSort.column === column ? -tableSort.dir : 1) };
  renderTable();
  return true;
}
function tableCells() {
  return [COLUMNS.map(function (c) { return t(c); })].concat(tableRows.map(function (r) {
    return COLUMNS.map(function (c) { return r[c] || ""; });
  }));
}
function tableTSV() {
  return tableCells().map(function (cells) {
    return cells.map(function (s) { return String(s).replace(/[\t\r\n]+/g, " "); }).join("\t");
  }).join("\n") + "\n";
}
function tableCSV() {
  return tableCells().map(function (cells) {
    return cells.map(function (s) {
      s = String(s);
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    }).join(",");
  }).join("\r\n") + "\r\n";
}
function copyTable() {
  var text = tableTSV(), done = function () { $("tacb-table-note").textContent = t("copied", { n: tableRows.length }); };
  var fallback = function () {
    var area = el("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    try { document.execCommand("copy"); } catch (err) { /* selection stays for Ctrl+C */ }
    area.remove();
    done();
  };
  if (navigator.clipboard && navigator.clipboard.writeText) {
    navigator.clipboard.writeText(text).then(done, fallback);
  } else {
    fallback();
  }
  return text;
}
function downloadCSV() {
  var blob = new Blob(["\ufeff" + tableCSV()], { type: "text/csv;charset=utf-8" });
  var a = el("a");
  a.href = URL.createObjectURL(blob);
  a.download = "tacb-facts-" + state.view + ".csv";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
}
function setTable(open) {
  state.table = !!open;
  renderTable();
  resized();
  syncHash();
}
$("tacb-table-toggle").addEventListener("click", function () { setTable(!state.table); });
$("tacb-copy").addEventListener("click", copyTable);
$("tacb-csv").addEventListener("click", downloadCSV);
