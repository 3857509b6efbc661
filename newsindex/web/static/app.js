// newsindex search page. The state lives in the URL hash, so Back, reload and links work.
// Text from the index is always set with textContent; snippets (escaped HTML with <mark>)
// are rebuilt node by node, so no markup from the archive ever reaches innerHTML.
"use strict";

// The entity kinds (person, org, ...) come from the server's registry, written into the page.
const KINDS = JSON.parse(document.getElementById("kinds").textContent);
const DATE_FILTERS = ["since", "until", "mentions"];
const FORM_FILTERS = [...KINDS.map((k) => k.name), ...DATE_FILTERS];
const FILTERS = [...KINDS.map((k) => k.name), "source", ...DATE_FILTERS];
const STATE_KEYS = ["q", ...FILTERS, "sort", "match", "page"];
// An archive's own labels (Reuters' topic=grain): "name=value" each, any number of them, all
// to hold, in the URL as repeated label= parameters (the API's).
const LABEL = "label";
const LABELS = {
  ...Object.fromEntries(KINDS.map((k) => [k.name, k.noun])),
  source: "source", since: "since", until: "until", mentions: "mentions",
};
const PAGE_SIZE = 10;
// Wide screens show the facets beside the results; narrower ones fold them behind a control.
const WIDE = window.matchMedia("(min-width: 801px)");
const $ = (id) => document.getElementById(id);
let generation = 0;
let shownSearch = null; // the search (less its page) whose results are on screen

// "1 passage", "2,000 passages".
function counted(n, noun) {
  return `${n.toLocaleString()} ${noun}${n === 1 ? "" : "s"}`;
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === "text") node.textContent = value;
    else if (key === "class") node.className = value;
    else if (key.startsWith("data-")) node.setAttribute(key, value);
    else node[key] = value;
  }
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// ------------------------------------------------------------------------------ state and URL

function readState() {
  // The search lives in the hash; an address written by hand or by a form without the page's
  // script ("/?q=tariffs&person=Okafor") gives it in the query string instead.
  const given = location.hash.length > 1 ? location.hash.slice(1) : location.search.slice(1);
  const hash = new URLSearchParams(given);
  const state = {};
  for (const key of [...STATE_KEYS, "article", "at"]) {
    const value = hash.get(key);
    if (value) state[key] = value;
  }
  const labels = hash.getAll(LABEL).filter(Boolean);
  if (labels.length) state[LABEL] = labels;
  return state;
}

function hashOf(state) {
  const params = new URLSearchParams();
  for (const key of [...STATE_KEYS, "article", "at"]) {
    if (state[key] && !(key === "page" && state[key] === "1")) params.set(key, state[key]);
  }
  for (const label of state[LABEL] || []) params.append(LABEL, label);
  return "#" + params.toString();
}

function go(state) {
  location.hash = hashOf(state);
}

function searchState(state) {
  const out = {};
  for (const key of [...STATE_KEYS, LABEL]) if (state[key]) out[key] = state[key];
  return out;
}

function withFilter(field, value) {
  const state = searchState(readState());
  if (state[field] && state[field].toLowerCase() === value.toLowerCase()) delete state[field];
  else state[field] = value;
  delete state.page;
  return state;
}

function hasLabel(state, label) {
  return (state[LABEL] || []).some((l) => l.toLowerCase() === label.toLowerCase());
}

function withLabel(label) {
  // The search with the label "name=value" added, or taken away when it is there.
  const state = searchState(readState());
  const others = (state[LABEL] || []).filter((l) => l.toLowerCase() !== label.toLowerCase());
  state[LABEL] = hasLabel(state, label) ? others : [...others, label];
  if (!state[LABEL].length) delete state[LABEL];
  delete state.page;
  return state;
}

function apiQuery(state, extra) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const f of FILTERS) if (state[f]) params.set(f, state[f]);
  for (const label of state[LABEL] || []) params.append(LABEL, label);
  if (state.match) params.set("match", state.match);
  for (const [k, v] of Object.entries(extra)) params.set(k, v);
  return params.toString();
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`${response.status} ${response.statusText}`);
  }
  if (!response.ok) throw new Error(body.error || `${response.status} ${response.statusText}`);
  return body;
}

// ------------------------------------------------------------------------------------- render

function snippetNodes(snippet) {
  // "a &lt;b&gt; <mark>c</mark>" -> text "a <b> " + <mark>c</mark>; any other tag stays text.
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  const out = [];
  let marked = false;
  for (const part of parts) {
    if (part === "<mark>") marked = true;
    else if (part === "</mark>") marked = false;
    else if (part) {
      const text = decodeEntities(part);
      out.push(marked ? el("mark", { text }) : document.createTextNode(text));
    }
  }
  return out;
}

const ENTITIES = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": "\"", "&#x27;": "'", "&#39;": "'" };

function decodeEntities(escaped) {
  // The library escapes with Python's html.escape, so these entities are all there can be.
  return escaped.replace(/&(?:lt|gt|amp|quot|#x27|#39);/g, (entity) => ENTITIES[entity]);
}

function fillForm(state) {
  $("q").value = state.q || "";
  for (const f of FORM_FILTERS) {
    $("f-" + f).value = state[f] || "";
  }
  $("f-sort").value = state.sort || "relevance";
  $("f-match").value = state.match || "auto";
}

function renderChips(state) {
  const box = $("chips");
  box.replaceChildren();
  for (const f of FILTERS) {
    if (!state[f]) continue;
    const remove = el("button", { type: "button", class: "chip", title: "Remove this filter" },
      el("span", { class: "chip-label", text: LABELS[f] + ": " }), state[f], " ×");
    remove.addEventListener("click", () => {
      const next = searchState(readState());
      delete next[f];
      delete next.page;
      go(next);
    });
    box.append(remove);
  }
  for (const label of state[LABEL] || []) {
    const [name, ...value] = label.split("=");
    const remove = el("button", { type: "button", class: "chip", title: "Remove this filter" },
      el("span", { class: "chip-label", text: name + ": " }), value.join("="), " ×");
    remove.addEventListener("click", () => go(withLabel(label)));
    box.append(remove);
  }
}

// A tag under a hit: a click filters by ``value`` in ``field``.
function filterTag(field, value, cls, title, text) {
  const tag = el("button", { type: "button", class: `tag ${cls}`, title, text });
  tag.addEventListener("click", (event) => {
    event.stopPropagation();
    closeArticleSilently();
    go(withFilter(field, value));
  });
  return tag;
}

function tagButtons(passage) {
  const tags = el("div", { class: "tags" });
  // Who is quoted comes first; a person, body or place also quoted is shown once, as quoted.
  const speaking = new Set(["speaker", "org_speaker"]);
  const quoted = new Set([...(passage.speakers || []), ...(passage.org_speakers || [])]);
  const ordered = [...KINDS.filter((k) => speaking.has(k.name)), ...KINDS.filter((k) => !speaking.has(k.name))];
  for (const { name: field, plural: key } of ordered) {
    for (const name of passage[key] || []) {
      if (!speaking.has(field) && quoted.has(name)) continue;
      tags.append(filterTag(field, name, field, `Filter by ${LABELS[field]}`, name));
    }
  }
  // The dates the passage mentions (a day, or a first and last day), each once and in
  // calendar order ("today (Wednesday)" names a day twice): one click filters by it.
  const spans = new Map((passage.mentions || []).map((m) => [`${m.start}..${m.end}`, m]));
  for (const { start, end } of [...spans.keys()].sort().map((key) => spans.get(key))) {
    const day = start === end;
    const value = day ? start : `${start}..${end}`;
    const text = day ? start : `${start} – ${end}`;
    tags.append(filterTag("mentions", value, "date", "Filter by mentioned date", text));
  }
  return tags.childElementCount ? tags : null;
}

function articleLink(articleId, position, text) {
  const state = { ...searchState(readState()), article: articleId, at: String(position) };
  return el("a", { class: "title", href: hashOf(state), text });
}

function hitItem(hit, heading) {
  const before = hit.context.filter((c) => c.position < hit.position);
  const after = hit.context.filter((c) => c.position > hit.position);
  const meta = el("div", { class: "hit-meta" },
    el("time", { text: hit.date || "undated" }),
    hit.source ? el("span", { class: "source", text: hit.source }) : null,
    hit.section ? el("span", { class: "section", text: "§ " + hit.section }) : null,
  );
  return el("li", { class: "hit", "data-id": hit.id },
    heading ? el("p", { class: "partial-head", text: heading }) : null,
    el("div", { class: "hit-head" }, articleLink(hit.article_id, hit.position, hit.title || hit.article_id), meta),
    ...before.map((c) => el("p", { class: "context", text: c.text })),
    el("p", { class: "snippet" }, ...snippetNodes(hit.snippet)),
    ...after.map((c) => el("p", { class: "context", text: c.text })),
    tagButtons(hit),
    hit.duplicates.length ? el("p", { class: "muted small", text: `and ${counted(hit.duplicates.length, "more near-identical passage")}` }) : null,
  );
}

function renderHits(results, state) {
  const list = $("hits");
  list.replaceChildren();
  list.start = results.offset + 1;
  for (const hit of results.hits) list.append(hitItem(hit, null));
  // Passages with some of the words complete a page the passages with every word left short.
  const partial = results.partial || [];
  partial.forEach((hit, i) => {
    const count = `${results.partial_total.toLocaleString()}${results.partial_is_lower_bound ? "+" : ""}`;
    list.append(hitItem(hit, i === 0 ? `Passages with some of the words but not all (${count}):` : null));
  });
  const shown = results.hits.length + partial.length;
  const more = results.total_is_lower_bound ? "+" : "";  // counted up to a bound: "10,000+"
  let summary = `${results.total.toLocaleString()}${more} passage${results.total === 1 && !more ? "" : "s"}`;
  if (partial.length) {
    summary += ` with every word, ${results.partial_total.toLocaleString()}${results.partial_is_lower_bound ? "+" : ""} with some`;
  }
  if (shown) summary += ` · showing ${results.offset + 1}–${results.offset + shown}`;
  $("summary").replaceChildren(summary);
  for (const note of results.notes || []) {
    $("summary").append(el("span", { class: "note", text: ` ${note}${/[.?!]$/.test(note) ? "" : "."}` }));
  }
  if (results.relaxed && results.relaxed.length) {
    const words = results.relaxed.join(", ");
    $("summary").append(el("span", { class: "note", text: ` No passage has all of ${words}; showing passages with any of them.` }));
  }
  if (results.suggestions && results.suggestions.length) {
    const link = el("a", { href: hashOf({ ...searchState(state), q: results.suggestions[0], page: "" }), text: results.suggestions[0] });
    $("summary").append(el("span", { class: "note" }, " Did you mean ", link, "?"));
  }
  renderPager(results, state);
}

function renderPager(results, state) {
  const pager = $("pager");
  pager.replaceChildren();
  if (results.pages <= 1) return;
  const page = results.page;
  const add = (label, target, disabled) => {
    const button = el("button", { type: "button", text: label, disabled });
    button.addEventListener("click", () => go({ ...searchState(state), page: String(target) }));
    pager.append(button);
  };
  add("← Previous", Math.min(page - 1, results.pages), page <= 1); // past the end: the last
  pager.append(el("span", { class: "muted", text: ` page ${page} of ${results.pages} ` }));
  add("Next →", page + 1, page >= results.pages);
}

function facetList(ul, items, active, title, pick) {
  // The rows of one facet, each a button with its count and a bar of its share.
  ul.replaceChildren();
  const max = Math.max(1, ...items.map((i) => i.count));
  for (const { name, count } of items) {
    const on = active(name);
    const button = el("button", { type: "button", class: "facet-item" + (on ? " active" : ""),
      title: on ? "Remove this filter" : title(name), "data-name": name },
      el("span", { class: "facet-name", text: name }),
      el("span", { class: "facet-count", text: count.toLocaleString() }));
    button.style.setProperty("--share", `${Math.round((100 * count) / max)}%`);
    button.addEventListener("click", () => {
      if (!WIDE.matches) $("facets-fold").open = false; // back to the results it opens
      go(pick(name));
    });
    ul.append(el("li", {}, button));
  }
}

function renderFacetLists(lists, state) {
  for (const section of document.querySelectorAll(".facet[data-key]")) {
    const field = section.dataset.field;
    const items = lists[section.dataset.key] || [];
    section.hidden = items.length === 0;
    facetList(section.querySelector("ul"), items,
      (name) => state[field] && state[field].toLowerCase() === name.toLowerCase(),
      (name) => `Only passages with ${LABELS[field]} ${name}`,
      (name) => withFilter(field, name));
  }
  // The archive's labels, one list per label name, after the sources.
  const box = $("label-facets");
  box.replaceChildren();
  for (const [label, items] of Object.entries(lists.labels || {})) {
    if (!items.length) continue;
    const ul = el("ul");
    box.append(el("section", { class: "facet", "data-label": label }, el("h2", { text: label }), ul));
    facetList(ul, items, (name) => hasLabel(state, `${label}=${name}`),
      (name) => `Only passages with the ${label} ${name}`,
      (name) => withLabel(`${label}=${name}`));
  }
}

function periodsBetween(first, last, by) {
  // Every label from first to last, so empty months show as gaps.
  const out = [];
  if (by === "year") {
    for (let y = +first; y <= +last; y++) out.push(String(y));
    return out;
  }
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m += 1;
    if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function renderHistogram(dates, state) {
  const figure = $("histogram");
  if (!dates.length) { figure.hidden = true; return; }
  let counts = new Map(dates.map((d) => [d.period, d.count]));
  let by = "month";
  const first = dates[0].period, last = dates[dates.length - 1].period;
  let labels = periodsBetween(first, last, "month");
  if (labels.length > 48) {
    by = "year";
    const years = new Map();
    for (const [p, n] of counts) years.set(p.slice(0, 4), (years.get(p.slice(0, 4)) || 0) + n);
    counts = years;
    labels = periodsBetween(first.slice(0, 4), last.slice(0, 4), "year");
  }
  const max = Math.max(...counts.values());
  const bars = $("bars");
  // A label per bar only when each gets the width of one (a phone has room for about six).
  const labelled = labels.length <= Math.min(16, Math.floor(($("results").clientWidth - 30) / 52));
  bars.replaceChildren();
  bars.classList.toggle("labelled", labelled);
  $("histogram").querySelector(".axis").hidden = labelled;
  const selected = state.since && state.since === state.until ? state.since : null;
  for (const label of labels) {
    const n = counts.get(label) || 0;
    const fill = el("span", { class: "fill" });
    fill.style.height = `${Math.max(n ? 3 : 0, Math.round(((labelled ? 68 : 100) * n) / max))}%`;
    const bar = el("button", { type: "button", class: "hbar" + (label === selected ? " active" : ""),
      title: `${label}: ${n} passage${n === 1 ? "" : "s"}`, "data-period": label, disabled: n === 0 },
      labelled && n ? el("span", { class: "count", text: String(n) }) : null,
      fill,
      labelled ? el("span", { class: "label", text: label }) : null);
    bar.addEventListener("click", () => {
      const next = searchState(readState());
      if (selected === label) { delete next.since; delete next.until; }
      else { next.since = label; next.until = label; }
      delete next.page;
      go(next);
    });
    bars.append(bar);
  }
  $("axis-first").textContent = labels[0];
  $("axis-last").textContent = labels.length > 1 ? labels[labels.length - 1] : "";
  $("histogram-caption").textContent = `Matching passages per ${by} (click a bar to filter)`;
  figure.hidden = false;
}

function clearFacets(state) {
  // Facets of an earlier search would offer names the failed one never matched.
  renderFacetLists({}, state);
  $("histogram").hidden = true;
}

function showError(message) {
  const box = $("error");
  box.textContent = message;
  box.hidden = !message;
}

// ------------------------------------------------------------------------------------ article

let openArticleId = null;

async function renderArticle(state) {
  const view = $("article");
  if (!state.article) {
    view.hidden = true;
    openArticleId = null;
    document.body.classList.remove("reading");
    return;
  }
  if (openArticleId !== state.article) {
    openArticleId = state.article;
    let article;
    try {
      article = await getJSON("api/articles/" + encodeURIComponent(state.article));
    } catch (err) {
      openArticleId = null;
      view.hidden = true;
      showError(err.message);
      return;
    }
    $("article-title").textContent = article.title || article.id;
    // The story's labels (Reuters' topics and countries, on every passage), each value once.
    const labels = {};
    for (const p of article.passages) {
      for (const [name, values] of Object.entries(p.labels || {})) {
        labels[name] = [...new Set([...(labels[name] || []), ...values])];
      }
    }
    const meta = [article.date || "undated", article.source, article.dateline, article.byline,
      ...Object.entries(labels).map(([name, values]) => `${name}: ${values.join(", ")}`)].filter(Boolean);
    $("article-meta").textContent = meta.join(" · ");
    const body = $("article-body");
    body.replaceChildren();
    let heading = null;
    for (const p of article.passages) {
      if (p.section && p.section !== heading) {
        heading = p.section;
        body.append(el("h2", { text: heading }));
      }
      body.append(el("div", { class: "passage", "data-position": String(p.position), id: "passage-" + p.position },
        el("p", { text: p.text }), tagButtons(p)));
    }
    if (article.url) {
      body.append(el("p", { class: "muted small" }, "Source: ", el("span", { text: article.url })));
    }
  }
  for (const node of document.querySelectorAll(".passage.current")) node.classList.remove("current");
  const current = $("passage-" + state.at);
  view.hidden = false;
  document.body.classList.add("reading");
  if (current) {
    current.classList.add("current");
    current.scrollIntoView({ block: "center" });
  }
  $("article-close").focus();
}

function closeArticle() {
  const state = readState();
  delete state.article;
  delete state.at;
  go(state);
}

function closeArticleSilently() {
  $("article").hidden = true;
  openArticleId = null;
  document.body.classList.remove("reading");
}

// ---------------------------------------------------------------------------------------- run

async function render() {
  const state = readState();
  const mine = ++generation;
  fillForm(state);
  renderChips(state);
  renderArticle(state);
  showError("");
  const hasSearch = state.q || FILTERS.some((f) => state[f]) || state[LABEL];
  document.body.classList.toggle("searching", Boolean(hasSearch));
  if (!hasSearch) {
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    $("histogram").hidden = true;
    $("summary").textContent = "Type words to search, or pick a name.";
    shownSearch = null;
    try {
      // The same request as loadStats: the server counts once per index version.
      const stats = await getJSON("api/stats?top=10");
      if (mine !== generation) return;
      const lists = {};
      const rows = (pairs) => pairs.map(([name, count]) => ({ name, count }));
      for (const { plural } of KINDS) lists[plural] = rows(stats["top_" + plural] || []);
      lists.labels = Object.fromEntries(
        Object.entries(stats.top_labels || {}).map(([label, pairs]) => [label, rows(pairs)]));
      renderFacetLists(lists, state);
    } catch (err) {
      if (mine !== generation) return;
      clearFacets(state);
      showError(err.message);
    }
    return;
  }
  const page = state.page || "1";
  const query = apiQuery(state, {});
  document.body.classList.add("loading");
  try {
    const [results, facets] = await Promise.all([
      getJSON(`api/search?${apiQuery(state, { page, limit: PAGE_SIZE, context: 1, sort: state.sort || "relevance" })}`),
      getJSON(`api/facets?${query}${query ? "&" : ""}by=month&top=12`),
    ]);
    if (mine !== generation) return;
    renderHits(results, state);
    renderFacetLists(facets, state);
    renderHistogram(facets.histogram.buckets, state);
    // Another page of the same search: show its first hit, not the pager at the bottom.
    const key = apiQuery(state, { sort: state.sort || "relevance" });
    if (key === shownSearch && $("results").getBoundingClientRect().top < 0) {
      $("results").scrollIntoView({ block: "start" });
    }
    shownSearch = key;
  } catch (err) {
    if (mine !== generation) return;
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    $("summary").textContent = "";
    clearFacets(state);
    shownSearch = null;
    showError(err.message);
  } finally {
    if (mine === generation) document.body.classList.remove("loading");
  }
}

async function loadStats() {
  try {
    const stats = await getJSON("api/stats?top=10");
    const span = stats.first_date ? `, ${stats.first_date} to ${stats.last_date}` : "";
    $("stats").textContent = `${counted(stats.articles, "article")}, ${counted(stats.passages, "passage")}${span}`;
  } catch (err) {
    showError(err.message);
  }
}

function submit(event) {
  event.preventDefault();
  const state = { q: $("q").value.trim() };
  for (const f of FORM_FILTERS) {
    const value = $("f-" + f).value.trim();
    if (value) state[f] = value;
  }
  const current = readState();
  if (current.source) state.source = current.source;
  if (current[LABEL]) state[LABEL] = current[LABEL];
  if ($("f-sort").value !== "relevance") state.sort = $("f-sort").value;
  if ($("f-match").value !== "auto") state.match = $("f-match").value;
  go(state);
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", submit);
  $("f-sort").addEventListener("change", () => $("search-form").requestSubmit());
  $("f-match").addEventListener("change", () => $("search-form").requestSubmit());
  $("article-close").addEventListener("click", closeArticle);
  $("article").addEventListener("click", (event) => { if (event.target === $("article")) closeArticle(); });
  document.addEventListener("keydown", (event) => { if (event.key === "Escape" && !$("article").hidden) closeArticle(); });
  window.addEventListener("hashchange", render);
  if (location.search && location.hash.length <= 1) {
    history.replaceState(null, "", location.pathname + hashOf(readState()));
  }
  $("facets-fold").open = WIDE.matches;
  WIDE.addEventListener("change", () => { $("facets-fold").open = WIDE.matches; });
  loadStats();
  render();
});
