// Stele's search: loads search.json (made at build time) and ranks articles by the query terms they
// contain. Terms are made exactly as Sources/StelePages/Producers/SearchTerms.swift makes them: pairs of
// Han characters (a lone one as itself) and lower-cased words of other scripts. A query of one character
// matches the pairs that hold it.
(function () {
  "use strict";
  var results = document.getElementById("search-results");
  if (!results || !window.fetch) return;
  var HAN = /[\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{323AF}]/u;
  var WORD = /[\p{Alphabetic}\p{N}]/u;

  function terms(text) {
    var found = [], han = [], word = "";
    function flushHan() {
      if (han.length === 1) found.push(han[0]);
      for (var i = 0; i + 1 < han.length; i++) found.push(han[i] + han[i + 1]);
      han = [];
    }
    function flushWord() {
      if (word) found.push(word.toLowerCase());
      word = "";
    }
    Array.from(text).forEach(function (c) {
      if (HAN.test(c)) { flushWord(); han.push(c); }
      else if (WORD.test(c)) { flushHan(); word += c; }
      else { flushHan(); flushWord(); }
    });
    flushHan();
    flushWord();
    return found;
  }

  // Documents with the most distinct query terms first, then by weight, then in index order.
  function rank(index, query) {
    var unique = Array.from(new Set(terms(query)));
    var scores = new Map();
    unique.forEach(function (term) {
      var postings = Object.prototype.hasOwnProperty.call(index.terms, term) ? index.terms[term] : [];
      if (!postings.length && HAN.test(term)) postings = pairsWith(index, term);
      for (var i = 0; i + 1 < postings.length; i += 2) {
        var score = scores.get(postings[i]) || { terms: 0, weight: 0 };
        score.terms += 1;
        score.weight += postings[i + 1];
        scores.set(postings[i], score);
      }
    });
    return Array.from(scores.entries()).sort(function (a, b) {
      return b[1].terms - a[1].terms || b[1].weight - a[1].weight || a[0] - b[0];
    }).map(function (entry) { return index.docs[entry[0]]; });
  }

  // A lone Han character the index holds only inside pairs (医 in 医生, 医院): the postings of every pair
  // that contains it, each document once with its best weight.
  function pairsWith(index, character) {
    var best = new Map();
    Object.keys(index.terms).forEach(function (key) {
      if (key.length > 4 || Array.from(key).indexOf(character) < 0) return;
      var postings = index.terms[key];
      for (var i = 0; i + 1 < postings.length; i += 2) {
        best.set(postings[i], Math.max(best.get(postings[i]) || 0, postings[i + 1]));
      }
    });
    var merged = [];
    best.forEach(function (weight, doc) { merged.push(doc, weight); });
    return merged;
  }

  function element(name, className, text) {
    var node = document.createElement(name);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The full list under the results would read as more results: it hides while a query is shown.
  var allArticles = document.getElementById("all-articles");

  function show(index, query) {
    results.textContent = "";
    if (allArticles) allArticles.hidden = !!query.trim();
    if (!query.trim()) { results.hidden = true; return; }
    var found = rank(index, query);
    var heading = element("h2", "", found.length
      ? results.getAttribute("data-count").replace("{n}", String(found.length))
      : results.getAttribute("data-none"));
    results.appendChild(heading);
    var list = element("ol", "article-list");
    found.forEach(function (doc) {
      var item = element("li"), article = element("article"), title = element("h2");
      var link = element("a", "", doc.title);
      link.href = doc.url;
      title.appendChild(link);
      article.appendChild(title);
      if (doc.date) {
        var meta = element("p", "meta"), time = element("time", "", doc.date);
        time.setAttribute("datetime", doc.date);
        meta.appendChild(time);
        article.appendChild(meta);
      }
      if (doc.summary) article.appendChild(element("p", "summary", doc.summary));
      item.appendChild(article);
      list.appendChild(item);
    });
    if (found.length) results.appendChild(list);
    results.hidden = false;
  }

  var query = new URLSearchParams(window.location.search).get("q") || "";
  var inputs = document.querySelectorAll("input[name=q]");
  inputs.forEach(function (input) { input.value = query; });
  fetch(results.getAttribute("data-index")).then(function (response) {
    if (!response.ok) throw new Error(response.status + " " + response.url);
    return response.json();
  }).then(function (index) {
    show(index, query);
    var field = document.getElementById("search-query");
    if (field) field.addEventListener("input", function () {
      show(index, field.value);
      var url = new URL(window.location.href);
      url.searchParams.set("q", field.value);
      window.history.replaceState(null, "", url);
    });
  }).catch(function (error) {
    results.hidden = false;
    results.textContent = String(error);
  });
})();
