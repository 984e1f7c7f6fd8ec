/* graph-intel interactive link chart: no libraries, no network.
 *
 * The graph data sits in <script id="graph-data">. Positions start from the
 * Python radial layout and are refined by a small deterministic
 * force-directed pass (no Math.random, so a chart always opens the same
 * way). Drag an entity to move it, drag the background to pan, use the
 * wheel to zoom; click an entity or a link to see its evidence.
 */
(function () {
  "use strict";

  var SVG_NS = "http://www.w3.org/2000/svg";
  var DASHES = { confirmed: "", probable: "8 5", possible: "2 4" };
  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var svg = document.getElementById("chart");
  var viewport = document.getElementById("viewport");
  var panel = document.getElementById("panel-body");
  var byId = {};
  var view = { x: 0, y: 0, k: 1 };

  data.nodes.forEach(function (node) { byId[node.id] = node; });
  data.links = data.links.filter(function (link) { return byId[link.source] && byId[link.target]; });

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) { parent.appendChild(node); }
    return node;
  }

  function html(tag, text, parent, className) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (className) { node.className = className; }
    if (parent) { parent.appendChild(node); }
    return node;
  }

  /* ------------------------------------------------------------ layout */

  // Fruchterman-Reingold: all pairs repel with k^2/d, linked pairs attract
  // with d^2/k (so a lone link settles at length k), a weak pull to the
  // centre keeps components together. The temperature caps each move and
  // falls linearly, so the layout settles in a fixed number of steps.
  function settle(nodes, links, steps) {
    var k = 140, n = nodes.length;
    if (n < 2) { return; }
    var cx = 0, cy = 0;
    nodes.forEach(function (p) { cx += p.x; cy += p.y; });
    cx /= n; cy /= n;
    for (var step = 0; step < steps; step++) {
      var heat = 40 * (1 - step / steps) + 1;
      nodes.forEach(function (p) { p.dx = (cx - p.x) * 0.05; p.dy = (cy - p.y) * 0.05; });
      for (var i = 0; i < n; i++) {
        for (var j = i + 1; j < n; j++) {
          var a = nodes[i], b = nodes[j];
          var dx = a.x - b.x, dy = a.y - b.y;
          var d2 = Math.max(dx * dx + dy * dy, 1);
          var push = k * k / d2;          // (delta / d) * k^2 / d
          a.dx += dx * push; a.dy += dy * push;
          b.dx -= dx * push; b.dy -= dy * push;
        }
      }
      links.forEach(function (link) {
        var a = byId[link.source], b = byId[link.target];
        var dx = b.x - a.x, dy = b.y - a.y;
        var pull = Math.sqrt(dx * dx + dy * dy) / k;   // (delta / d) * d^2 / k
        a.dx += dx * pull; a.dy += dy * pull;
        b.dx -= dx * pull; b.dy -= dy * pull;
      });
      nodes.forEach(function (p) {
        if (p.pinned) { return; }
        var len = Math.sqrt(p.dx * p.dx + p.dy * p.dy);
        var move = Math.min(len, heat) / (len || 1);
        p.x += p.dx * move; p.y += p.dy * move;
      });
    }
  }

  /* ------------------------------------------------------------ drawing */

  function boxFor(node) {
    var lines = wrap(node.name, 22).concat(["[" + node.label + "]"]);
    var width = Math.max.apply(null, lines.map(function (l) { return l.length; })) * 6.6 + 16;
    return { lines: lines, w: width, h: lines.length * 13 + 10 };
  }

  function wrap(text, width) {
    var out = [], line = "";
    String(text).split(/\s+/).forEach(function (word) {
      if (line && (line + " " + word).length > width) { out.push(line); line = word; }
      else { line = line ? line + " " + word : word; }
    });
    out.push(line);
    return out;
  }

  function clip(from, to, box) {
    var dx = to.x - from.x, dy = to.y - from.y;
    if (!dx && !dy) { return { x: to.x, y: to.y }; }
    var s = Math.min(dx ? (box.w / 2 + 3) / Math.abs(dx) : Infinity, dy ? (box.h / 2 + 3) / Math.abs(dy) : Infinity, 1);
    return { x: to.x - dx * s, y: to.y - dy * s };
  }

  function drawLinks(layer) {
    data.links.forEach(function (link) {
      var g = el("g", { "class": "link", "data-id": link.id, "data-strength": link.strength,
                        "data-review": link.review }, layer);
      link.line = el("line", { "marker-end": "url(#arrow)", "stroke-dasharray": DASHES[link.strength] || "" }, g);
      link.hit = el("line", { "class": "hit" }, g);
      link.text = el("text", { "class": "link-label", "text-anchor": "middle" }, g);
      link.text.textContent = link.caption;
      g.addEventListener("click", function (event) { event.stopPropagation(); showLink(link); });
    });
  }

  function drawNodes(layer) {
    data.nodes.forEach(function (node) {
      node.box = boxFor(node);
      var g = el("g", { "class": "node" + (node.focus ? " focus" : ""), "data-id": node.id, "data-label": node.label }, layer);
      el("rect", { x: -node.box.w / 2, y: -node.box.h / 2, width: node.box.w, height: node.box.h, rx: 6, fill: node.colour }, g);
      var text = el("text", { "text-anchor": "middle", fill: node.text_colour }, g);
      node.box.lines.forEach(function (line, i) {
        var span = el("tspan", { x: 0, y: -node.box.h / 2 + 15 + i * 13 }, text);
        span.textContent = line;
      });
      node.group = g;
      dragNode(node);
    });
  }

  function place() {
    data.nodes.forEach(function (node) {
      node.group.setAttribute("transform", "translate(" + node.x.toFixed(1) + "," + node.y.toFixed(1) + ")");
    });
    data.links.forEach(function (link) {
      var a = byId[link.source], b = byId[link.target];
      var start = clip(b, a, a.box), end = clip(a, b, b.box);
      [link.line, link.hit].forEach(function (line) {
        line.setAttribute("x1", start.x.toFixed(1)); line.setAttribute("y1", start.y.toFixed(1));
        line.setAttribute("x2", end.x.toFixed(1)); line.setAttribute("y2", end.y.toFixed(1));
      });
      link.text.setAttribute("x", ((start.x + end.x) / 2).toFixed(1));
      link.text.setAttribute("y", ((start.y + end.y) / 2 - 3).toFixed(1));
    });
  }

  function applyView() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
  }

  function fit() {
    var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
    if (!xs.length) { return; }
    var box = svg.getBoundingClientRect();
    var w = Math.max.apply(null, xs) - Math.min.apply(null, xs) + 300;
    var h = Math.max.apply(null, ys) - Math.min.apply(null, ys) + 200;
    view.k = Math.min(box.width / w, box.height / h, 1.5);
    view.x = box.width / 2 - view.k * (Math.max.apply(null, xs) + Math.min.apply(null, xs)) / 2;
    view.y = box.height / 2 - view.k * (Math.max.apply(null, ys) + Math.min.apply(null, ys)) / 2;
    applyView();
  }

  /* ------------------------------------------------------------ interaction */

  function toChart(event) {
    return { x: (event.clientX - view.x) / view.k, y: (event.clientY - view.y) / view.k };
  }

  function dragNode(node) {
    node.group.addEventListener("pointerdown", function (event) {
      event.stopPropagation();
      var start = toChart(event), origin = { x: node.x, y: node.y }, moved = false;
      node.group.setPointerCapture(event.pointerId);
      function move(e) {
        var now = toChart(e);
        moved = moved || Math.abs(now.x - start.x) + Math.abs(now.y - start.y) > 3;
        node.x = origin.x + now.x - start.x; node.y = origin.y + now.y - start.y;
        node.pinned = true;
        place();
      }
      function up() {
        node.group.removeEventListener("pointermove", move);
        node.group.removeEventListener("pointerup", up);
        if (!moved) { showNode(node); }
      }
      node.group.addEventListener("pointermove", move);
      node.group.addEventListener("pointerup", up);
    });
  }

  function panAndZoom() {
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.closest(".link")) { return; }   // a click on a link selects it instead
      var start = { x: event.clientX - view.x, y: event.clientY - view.y };
      svg.setPointerCapture(event.pointerId);
      function move(e) { view.x = e.clientX - start.x; view.y = e.clientY - start.y; applyView(); }
      function up() { svg.removeEventListener("pointermove", move); svg.removeEventListener("pointerup", up); }
      svg.addEventListener("pointermove", move);
      svg.addEventListener("pointerup", up);
    });
    svg.addEventListener("wheel", function (event) {
      event.preventDefault();
      var factor = Math.exp(-event.deltaY * 0.0015), k = Math.min(Math.max(view.k * factor, 0.1), 5);
      var box = svg.getBoundingClientRect(), px = event.clientX - box.left, py = event.clientY - box.top;
      view.x = px - (px - view.x) * k / view.k; view.y = py - (py - view.y) * k / view.k; view.k = k;
      applyView();
    }, { passive: false });
  }

  /* ------------------------------------------------------------ side panel */

  function select(id) {
    Array.prototype.forEach.call(document.querySelectorAll(".selected"), function (n) { n.classList.remove("selected"); });
    var hit = document.querySelector('[data-id="' + CSS.escape(id) + '"]');
    if (hit) { hit.classList.add("selected"); }
  }

  function evidenceList(link, parent) {
    var list = html("ol", null, parent, "evidence");
    link.evidence.forEach(function (item) {
      var li = html("li", null, list);
      html("q", item.text, li);
      html("div", "document " + item.doc_id + ", characters " + item.start + "\u2013" + item.end, li, "source");
    });
  }

  function showNode(node) {
    select(node.id);
    panel.textContent = "";
    html("h2", node.name, panel);
    html("div", node.label + " \u00b7 " + node.id, panel, "muted");
    var props = html("dl", null, panel);
    Object.keys(node.properties).sort().forEach(function (key) {
      html("dt", key, props); html("dd", JSON.stringify(node.properties[key]), props);
    });
    html("h3", "Links", panel);
    var list = html("ul", null, panel, "links");
    data.links.filter(function (l) { return l.source === node.id || l.target === node.id; }).forEach(function (link) {
      var out = link.source === node.id, other = byId[out ? link.target : link.source];
      var li = html("li", (out ? "\u2192 " : "\u2190 ") + link.type + " " + other.name + " (" + link.documents + ")", list);
      li.addEventListener("click", function () { showLink(link); });
    });
  }

  function showLink(link) {
    select(link.id);
    panel.textContent = "";
    html("h2", link.type, panel);
    html("div", byId[link.source].name + " \u2192 " + byId[link.target].name, panel, "muted");
    var facts = html("dl", null, panel);
    [["documents", link.documents], ["claims", link.claims], ["confidence", link.confidence.toFixed(2)],
     ["line", link.strength], ["gradings", link.gradings.join(", ") || "none"],
     ["analyst", link.review || "not reviewed"]].forEach(function (pair) {
      html("dt", pair[0], facts); html("dd", pair[1], facts);
    });
    html("h3", "Evidence", panel);
    evidenceList(link, panel);
  }

  /* ------------------------------------------------------------ start */

  settle(data.nodes, data.links, 300);
  drawLinks(el("g", { "class": "links" }, viewport));
  drawNodes(el("g", { "class": "nodes" }, viewport));
  place();
  fit();
  panAndZoom();
  svg.addEventListener("click", function () { select(""); });
  window.addEventListener("resize", fit);
  // Read by tests and scripts: how much was drawn, and that drawing finished.
  document.documentElement.setAttribute("data-nodes", String(document.querySelectorAll("g.node").length));
  document.documentElement.setAttribute("data-links", String(document.querySelectorAll("g.link").length));
  document.documentElement.setAttribute("data-ready", "true");
})();
