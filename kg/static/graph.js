// kg graph page: builds the vis-network view from the JSON block and wires the controls.
// Untrusted text (labels, sentences, titles) is only ever assigned to textContent, .value
// or vis-network's string `title` (shown with innerText) -- never to innerHTML.
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"),
                                { nodes: nodes, edges: edges }, data.options);
  var byId = {};
  var degree = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; degree[n.id] = 0; });
  data.edges.forEach(function (e) { degree[e.from] += 1; degree[e.to] += 1; });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    if (cls) { node.className = cls; }
    return node;
  }
  function $(id) { return document.getElementById(id); }

  // ---- controls built from the data --------------------------------------------------
  function checkbox(box, value, text, count, color) {
    var label = el("label");
    var input = el("input");
    input.type = "checkbox";
    input.checked = true;
    input.value = value;
    label.appendChild(input);
    if (color) {
      var swatch = el("span", null, "kg-swatch");
      swatch.style.background = color;
      label.appendChild(swatch);
    }
    label.appendChild(el("span", text));
    label.appendChild(el("span", count, "kg-count"));
    box.appendChild(label);
    input.addEventListener("change", applyFilters);
  }
  function countBy(items, key) {
    var out = {};
    items.forEach(function (item) { out[item[key]] = (out[item[key]] || 0) + 1; });
    return out;
  }
  var famCount = countBy(data.edges, "kgFamily");
  data.families.forEach(function (f) {
    checkbox($("kg-families"), f.name, f.name, famCount[f.name] || 0, data.colors[f.tone]);
  });
  var typeCount = countBy(data.nodes, "kgType");
  data.types.forEach(function (t) {
    checkbox($("kg-types"), t.name, t.name + " (" + t.shape + ")", typeCount[t.name] || 0, t.color);
  });
  ["conflict", "cooperation", "neutral"].forEach(function (k) {
    $("kg-line-" + k).style.borderTopColor = data.colors[k];
  });
  if (data.dateMin) { $("kg-since").min = $("kg-until").min = data.dateMin; }
  if (data.dateMax) { $("kg-since").max = $("kg-until").max = data.dateMax; }
  var names = $("kg-names");
  data.nodes.forEach(function (n) {
    [n.label].concat(n.kgAliases || []).forEach(function (name) {
      var option = el("option");
      option.value = name;
      names.appendChild(option);
    });
  });

  // ---- filtering: hide (not remove) items so that counts and positions survive ----------
  function checked(boxId) {
    var out = {};
    $(boxId).querySelectorAll("input[type=checkbox]").forEach(function (i) { out[i.value] = i.checked; });
    return out;
  }
  function dateOk(dates, since, until, keepUndated) {
    if (!since && !until) { return true; }
    var dated = (dates || []).filter(Boolean);
    if (!dated.length) { return keepUndated; }
    return dated.some(function (d) { return (!since || d >= since) && (!until || d <= until); });
  }
  function applyFilters() {
    var fams = checked("kg-families");
    var types = checked("kg-types");
    var since = $("kg-since").value || null;
    var until = $("kg-until").value || null;
    var keepUndated = $("kg-undated").checked;
    var typeOk = {};
    var shownDegree = {};
    data.nodes.forEach(function (n) { typeOk[n.id] = types[n.kgType] !== false; });
    var edgeUpdates = data.edges.map(function (e) {
      var show = fams[e.kgFamily] !== false && typeOk[e.from] && typeOk[e.to] &&
                 dateOk(e.kgDates, since, until, keepUndated);
      if (show) {
        shownDegree[e.from] = (shownDegree[e.from] || 0) + 1;
        shownDegree[e.to] = (shownDegree[e.to] || 0) + 1;
      }
      return { id: e.id, hidden: !show };
    });
    // an entity stays visible only while one of its links does (or it never had any)
    var nodeUpdates = data.nodes.map(function (n) {
      return { id: n.id, hidden: !(typeOk[n.id] && (shownDegree[n.id] || degree[n.id] === 0)) };
    });
    nodes.update(nodeUpdates);
    edges.update(edgeUpdates);
    updateStats();
  }
  function counts() {
    return {
      nodes: nodes.get({ filter: function (n) { return !n.hidden; } }).length,
      edges: edges.get({ filter: function (e) { return !e.hidden; } }).length,
      totalNodes: nodes.length,
      totalEdges: edges.length
    };
  }
  function updateStats() {
    var c = counts();
    $("kg-stats").textContent = c.nodes + " of " + c.totalNodes + " entities, " +
                                c.edges + " of " + c.totalEdges + " links shown";
  }

  // ---- selection, search ---------------------------------------------------------------
  function showDetails(text) { $("kg-details").textContent = text; }
  network.on("click", function (params) {
    if (params.nodes.length) { showDetails(nodes.get(params.nodes[0]).title); }
    else if (params.edges.length) { showDetails(edges.get(params.edges[0]).title); }
  });
  function norm(s) { return String(s).replace(/\s+/g, " ").trim().toLowerCase(); }
  function find(query) {
    var q = norm(query);
    if (!q) { return null; }
    var names = function (n) { return [n.label].concat(n.kgAliases || []).map(norm); };
    var tests = [
      function (n) { return names(n).indexOf(q) >= 0; },
      function (n) { return names(n).some(function (s) { return s.indexOf(q) === 0; }); },
      function (n) { return names(n).some(function (s) { return s.indexOf(q) >= 0; }); }
    ];
    for (var i = 0; i < tests.length; i++) {
      var hits = data.nodes.filter(tests[i]);
      if (hits.length) {
        // prefer entities the filters currently show, then the best connected
        hits.sort(function (a, b) {
          return (nodes.get(a.id).hidden ? 1 : 0) - (nodes.get(b.id).hidden ? 1 : 0) ||
                 degree[b.id] - degree[a.id] || (a.label < b.label ? -1 : 1);
        });
        return hits[0];
      }
    }
    return null;
  }
  function focus(query) {
    var status = $("kg-search-status");
    var hit = find(query);
    if (!hit) { status.textContent = "No entity matches “" + query + "”."; return null; }
    if (nodes.get(hit.id).hidden) {
      status.textContent = "“" + hit.label + "” is hidden by the filters.";
      return hit.id;
    }
    network.selectNodes([hit.id]);
    network.focus(hit.id, { scale: 1.3, animation: false });
    status.textContent = "Found “" + hit.label + "”.";
    showDetails(hit.title);
    return hit.id;
  }
  $("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    focus($("kg-search").value);
  });

  // ---- physics, reset ------------------------------------------------------------------
  var api = { data: data, stabilized: false, applyFilters: applyFilters, counts: counts, focus: focus };
  function setPhysics(on) {
    network.setOptions({ physics: { enabled: on } });
    $("kg-physics").checked = on;
  }
  $("kg-physics").checked = true;  // the first layout runs with physics on
  $("kg-physics").addEventListener("change", function () { setPhysics(this.checked); });
  function settled() {
    // freeze the layout once it has settled: the picture stays still while reading
    setPhysics(false);
    api.stabilized = true;
    document.body.setAttribute("data-stabilized", "true");
  }
  if (data.nodes.length) {
    network.once("stabilizationIterationsDone", settled);
  } else {
    // nothing to lay out, so vis-network never reports a finished layout
    $("kg-search-status").textContent = "This graph has no facts to draw.";
    settled();
  }
  $("kg-reset").addEventListener("click", function () {
    document.querySelectorAll("#kg-families input, #kg-types input, #kg-undated").forEach(function (i) {
      i.checked = true;
    });
    $("kg-since").value = "";
    $("kg-until").value = "";
    applyFilters();
  });
  ["kg-since", "kg-until", "kg-undated"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters);
    $(id).addEventListener("input", applyFilters);
  });

  // exposed for users' consoles and for the browser tests
  window.network = network;
  window.nodes = nodes;
  window.edges = edges;
  window.kg = api;
  applyFilters();
})();
