// Query page of `kg serve`. Result values are untrusted article text: they are
// only ever put into the page with textContent, never as HTML.
"use strict";

const PREFIXES = [
  ["kg:", "http://kg.example.org/ontology#"],
  ["ent:", "http://kg.example.org/entity/"],
  ["topic:", "http://kg.example.org/topic/"],
  ["ev:", "http://kg.example.org/event/"],
  ["art:", "http://kg.example.org/article/"],
  ["kgg:", "http://kg.example.org/graph/"],
];

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function shorten(iri) {
  for (const [prefix, ns] of PREFIXES) {
    if (iri.startsWith(ns)) return prefix + iri.slice(ns.length);
  }
  return iri;
}

function cell(binding) {
  if (!binding) return el("td", "");
  if (binding.type === "uri") {
    const td = el("td", shorten(binding.value), "iri");
    td.title = binding.value;
    return td;
  }
  if (binding.type === "bnode") return el("td", "_:" + binding.value, "bnode");
  return el("td", binding.value);
}

function showTable(data, target) {
  if (data.boolean !== undefined) {
    target.appendChild(el("p", "ASK: " + String(data.boolean)));
    return 0;
  }
  const vars = data.head.vars;
  const table = el("table");
  const head = table.createTHead().insertRow();
  for (const v of vars) head.appendChild(el("th", v));
  const body = table.createTBody();
  for (const row of data.results.bindings) {
    const tr = body.insertRow();
    for (const v of vars) tr.appendChild(cell(row[v]));
  }
  target.appendChild(table);
  return data.results.bindings.length;
}

function isGraphQuery(text) {
  // strip comments, PREFIX/BASE lines, then look at the first keyword
  const body = text.replace(/#[^\n]*/g, " ")
    .replace(/^\s*(PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*/gim, " ");
  return /^\s*(CONSTRUCT|DESCRIBE)\b/i.test(body);
}

async function run(event) {
  event.preventDefault();
  const query = document.getElementById("query").value;
  const format = document.getElementById("format").value;
  const status = document.getElementById("status");
  const results = document.getElementById("results");
  results.replaceChildren();
  let accept = format;
  if (format === "table") {
    accept = isGraphQuery(query) ? "text/turtle" : "application/sparql-results+json";
  }
  status.textContent = "running…";
  const started = performance.now();
  try {
    const response = await fetch("/sparql", {
      method: "POST",
      headers: {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
      body: new URLSearchParams({query}),
    });
    const text = await response.text();
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    if (!response.ok) {
      status.textContent = `HTTP ${response.status} after ${seconds} s`;
      results.appendChild(el("p", text, "error"));
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (format === "table" && type.startsWith("application/sparql-results+json")) {
      const rows = showTable(JSON.parse(text), results);
      status.textContent = `${rows} row(s) in ${seconds} s`;
    } else {
      results.appendChild(el("pre", text));
      status.textContent = `${type.split(";")[0]} in ${seconds} s`;
    }
  } catch (err) {
    status.textContent = "request failed";
    results.appendChild(el("p", String(err), "error"));
  }
}

async function loadExamples() {
  const select = document.getElementById("examples");
  const description = document.getElementById("example-description");
  let examples = [];
  try {
    examples = await (await fetch("/examples.json")).json();
  } catch (err) {
    description.textContent = "could not load examples: " + String(err);
    return;
  }
  examples.forEach((example, index) => {
    const option = el("option", example.name);
    option.value = String(index);
    select.appendChild(option);
  });
  select.addEventListener("change", () => {
    const example = examples[Number(select.value)];
    if (select.value === "" || !example) return;
    document.getElementById("query").value = example.query;
    description.textContent = example.description;
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("endpoint").textContent = new URL("/sparql", location.href).href;
  document.getElementById("query-form").addEventListener("submit", run);
  loadExamples();
});
