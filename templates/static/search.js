// Stele's search. The index is in shards (see Sources/StelePages/Search/SearchIndex.swift): this script
// fetches the small manifest, then only the term shards a query needs, ranks the documents, and fetches
// the fragments of the results it shows, ten at a time. Terms, ranking and snippets are made exactly as
// SearchTerms.swift, SearchIndex.ranked and SearchSnippet.swift make them, where the tests check them.
// Results are built with DOM methods and textContent only: nothing from the index is parsed as HTML.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results || !window.fetch || !window.TextEncoder) return;
  var HAN = /[\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{323AF}]/u;
  var WORD = /[\p{Alphabetic}\p{N}]/u;
  var BEFORE = 30, AFTER = 90;
  var manifestURL = results.getAttribute("data-index");
  var base = manifestURL.replace(/[^\/]*$/, "");
  var cache = new Map();

  function load(url) {
    if (!cache.has(url)) {
      cache.set(url, fetch(url).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.json();
      }));
    }
    return cache.get(url);
  }

  // The words of a query, as SearchTerms.words(in:): a run of Han characters with its pairs as terms
  // (a lone character as itself), any other word lower-cased as its own term.
  function words(query) {
    var found = [], han = [], word = "";
    function add(text, terms) {
      if (!found.some(function (w) { return w.text === text; })) found.push({ text: text, terms: terms });
    }
    function flushHan() {
      if (han.length === 1) add(han[0], [han[0]]);
      else if (han.length > 1) {
        var terms = [];
        for (var i = 0; i + 1 < han.length; i++) {
          if (terms.indexOf(han[i] + han[i + 1]) < 0) terms.push(han[i] + han[i + 1]);
        }
        add(han.join(""), terms);
      }
      han = [];
    }
    function flushWord() {
      if (word) add(word.toLowerCase(), [word.toLowerCase()]);
      word = "";
    }
    Array.from(query).forEach(function (c) {
      if (HAN.test(c)) { flushWord(); han.push(c); }
      else if (WORD.test(c)) { flushHan(); word += c; }
      else { flushHan(); flushWord(); }
    });
    flushHan();
    flushWord();
    return found;
  }

  // FNV-1a over the UTF-8 bytes, as SearchHash.swift: which shard holds a term.
  function shard(term, count) {
    var hash = 0x811c9dc5;
    new TextEncoder().encode(term).forEach(function (byte) {
      hash = Math.imul(hash ^ byte, 16777619) >>> 0;
    });
    return hash % count;
  }

  // A term's postings from its shard: document number → weight (numbers are stored as differences).
  function postings(shardData, term) {
    var list = Object.prototype.hasOwnProperty.call(shardData, term) ? shardData[term] : [];
    var map = new Map(), doc = 0;
    for (var i = 0; i + 1 < list.length; i += 2) {
      doc += list[i];
      map.set(doc, list[i + 1]);
    }
    return map;
  }

  // A document matches a word when it holds all its terms, weighing as its lightest; documents
  // matching more words first, then heavier, then newer (lower number).
  function rank(queryWords, shards) {
    var scores = new Map();
    queryWords.forEach(function (word) {
      var weights = null;
      word.terms.forEach(function (term) {
        var found = postings(shards.get(term), term), next = new Map();
        found.forEach(function (weight, doc) {
          if (weights === null) next.set(doc, weight);
          else if (weights.has(doc)) next.set(doc, Math.min(weights.get(doc), weight));
        });
        weights = next;
      });
      (weights || new Map()).forEach(function (weight, doc) {
        var score = scores.get(doc) || { words: 0, weight: 0 };
        score.words += 1;
        score.weight += weight;
        scores.set(doc, score);
      });
    });
    return Array.from(scores.entries()).sort(function (a, b) {
      return b[1].words - a[1].words || b[1].weight - a[1].weight || a[0] - b[0];
    }).map(function (entry) { return entry[0]; });
  }

  // Lower case per code point, kept when that would change the count (as SearchSnippet.fold).
  function fold(c) {
    var lower = c.toLowerCase();
    return Array.from(lower).length === 1 ? lower : c;
  }

  function firstMatch(folded, from, needles) {
    for (var start = from; start < folded.length; start++) {
      var best = 0;
      needles.forEach(function (needle) {
        if (needle.length <= best || start + needle.length > folded.length) return;
        for (var k = 0; k < needle.length; k++) if (folded[start + k] !== needle[k]) return;
        best = needle.length;
      });
      if (best) return { start: start, length: best };
    }
    return null;
  }

  // The snippet's parts, [text, isMatch]: around the first match of the words whole, else of their
  // terms, else the opening of the text (SearchSnippet.swift).
  function snippet(paragraphs, queryWords) {
    var lists = [queryWords.map(function (w) { return w.text; }),
                 [].concat.apply([], queryWords.map(function (w) { return w.terms; }))];
    for (var l = 0; l < lists.length; l++) {
      var needles = lists[l].map(function (n) { return Array.from(n); }).filter(function (n) { return n.length; });
      for (var p = 0; p < paragraphs.length; p++) {
        var chars = Array.from(paragraphs[p]), folded = chars.map(fold);
        var match = firstMatch(folded, 0, needles);
        if (!match) continue;
        var from = Math.max(0, match.start - BEFORE), to = Math.min(chars.length, match.start + match.length + AFTER);
        var parts = [], position = from;
        while (match && match.start + match.length <= to) {
          if (match.start > position) parts.push([chars.slice(position, match.start).join(""), false]);
          parts.push([chars.slice(match.start, match.start + match.length).join(""), true]);
          position = match.start + match.length;
          match = firstMatch(folded, position, needles);
        }
        if (position < to) parts.push([chars.slice(position, to).join(""), false]);
        if (from > 0) parts.unshift(["…", false]);
        if (to < chars.length) parts.push(["…", false]);
        return parts;
      }
    }
    var opening = Array.from(paragraphs[0] || ""), end = Math.min(opening.length, BEFORE + AFTER);
    return [[opening.slice(0, end).join("") + (end < opening.length ? "…" : ""), false]];
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // One result, as partials/article-list.mustache shows an article, the snippet in place of the summary.
  function item(doc, queryWords) {
    var li = element("li"), article = element("article"), title = element("h2");
    var link = element("a", "", doc.title);
    link.href = doc.url;
    title.appendChild(link);
    article.appendChild(title);
    if (doc.subtitle) article.appendChild(element("p", "subtitle", doc.subtitle));
    var meta = element("p", "meta");
    if (doc.date) {
      var time = element("time", "", doc.date);
      time.setAttribute("datetime", doc.date);
      meta.appendChild(time);
    }
    if (doc.authors && doc.authors.length) {
      var authors = element("span", "authors");
      doc.authors.forEach(function (name) { authors.appendChild(element("span", "author", name)); });
      meta.appendChild(authors);
    }
    article.appendChild(meta);
    var summary = element("p", "summary");
    snippet(doc.text || [], queryWords).forEach(function (part) {
      summary.appendChild(part[1] ? element("mark", "", part[0]) : document.createTextNode(part[0]));
    });
    article.appendChild(summary);
    if (doc.tags && doc.tags.length) {
      var tags = element("p", "tags");
      doc.tags.forEach(function (tag) {
        var a = element("a", "tag", tag[0]);
        a.href = tag[1];
        tags.appendChild(a);
      });
      article.appendChild(tags);
    }
    li.appendChild(article);
    return li;
  }

  // The static list of every article would read as more results: it hides while a query is shown.
  var allArticles = document.getElementById("all-articles");
  var generation = 0;

  function show(manifest, query) {
    var current = ++generation;
    var queryWords = words(query);
    if (allArticles) allArticles.hidden = queryWords.length > 0;
    if (!queryWords.length) { results.textContent = ""; results.hidden = true; return Promise.resolve(); }
    var terms = [].concat.apply([], queryWords.map(function (w) { return w.terms; }));
    var shards = new Map();
    return Promise.all(terms.map(function (term) {
      return load(base + manifest.terms + shard(term, manifest.shards) + ".json").then(function (data) {
        shards.set(term, data);
      });
    })).then(function () {
      if (current !== generation) return;
      var found = rank(queryWords, shards);
      results.textContent = "";
      results.appendChild(element("h2", "", found.length
        ? results.getAttribute("data-count").replace("{n}", String(found.length))
        : results.getAttribute("data-none")));
      results.hidden = false;
      if (!found.length) return;
      var list = element("ol", "article-list");
      results.appendChild(list);
      var more = element("button", "search-more", results.getAttribute("data-more"));
      more.type = "button";
      var shown = 0;
      function next() {
        var page = found.slice(shown, shown + manifest.shown);
        shown += page.length;
        more.disabled = true;
        return Promise.all(page.map(function (doc) {
          return load(base + manifest.fragments + doc + ".json");
        })).then(function (docs) {
          if (current !== generation) return;
          docs.forEach(function (doc) { list.appendChild(item(doc, queryWords)); });
          more.disabled = false;
          if (shown >= found.length && more.parentNode) more.parentNode.removeChild(more);
        });
      }
      more.addEventListener("click", function () { next().catch(fail); });
      if (found.length > manifest.shown) results.appendChild(more);
      return next();
    });
  }

  function fail(error) {
    results.hidden = false;
    results.textContent = String(error);
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  document.querySelectorAll("input[name=q]").forEach(function (input) { input.value = query; });
  load(manifestURL).then(function (manifest) {
    var field = document.getElementById("search-query");
    if (field) field.addEventListener("input", function () {
      show(manifest, field.value).catch(fail);
      var url = new URL(window.location.href);
      url.searchParams.set("q", field.value);
      window.history.replaceState(null, "", url);
    });
    return show(manifest, query);
  }).catch(fail);
})();
