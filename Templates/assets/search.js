// The search page: finds posts in the static index the build writes
// (BlogKit's SearchIndex), with no server. Loaded only by search.mustache.
//
// A query is split as the index was (SearchTokenizer): words case-folded,
// Chinese as its pairs of neighbouring characters (one character alone as
// itself), so 自编码器 finds 变分自编码器. A post matches when it has every
// term; it ranks by where they stand (title, then headings, then text) and
// how rare they are.
(function () {
  "use strict";
  var root = document.querySelector(".search[data-index]");
  if (!root) return;
  var base = root.getAttribute("data-index");
  var input = root.querySelector(".search-input");
  var status = root.querySelector(".search-status");
  var list = root.querySelector(".search-results");
  var shown = 20;
  var meta = null;
  var shards = {};
  var htmls = {};
  var texts = {};
  var pages = new DOMParser();
  var latest = 0;

  function load(path) {
    return fetch(base + path).then(function (response) {
      if (!response.ok) throw new Error(path + ": " + response.status);
      return response.json();
    });
  }

  // A result's text, for its snippet: the page itself, fetched, its
  // formulas as their TeX (each <math> carries it), decoration left out.
  // Only the post's content is parsed, not the header, sidebar and
  // comments around it: parsing is the costly part, and it runs on the
  // thread the next key press waits for.
  function pageText(html) {
    var start = html.indexOf('<div class="post-content">');
    var end = start < 0 ? -1 : html.indexOf('<aside class="series">', start);
    if (end < 0 && start >= 0) end = html.indexOf('<section class="comments"', start);
    var page = pages.parseFromString(start < 0 ? html : html.slice(start, end < 0 ? html.length : end), "text/html");
    var content = page.querySelector(".post-content") || page.querySelector("main") || page.body;
    content.querySelectorAll("math").forEach(function (math) {
      var tex = math.querySelector('annotation[encoding="application/x-tex"]');
      math.replaceWith(tex ? " $" + tex.textContent + "$ " : math.textContent);
    });
    content.querySelectorAll("script, style, .heading-anchor, .copy-button, .toc, sup.footnote-ref").forEach(function (node) { node.remove(); });
    return content.textContent.replace(/\s+/g, " ").trim();
  }

  // A result page's HTML, fetched once.
  function pageHTML(url) {
    if (!htmls[url]) htmls[url] = fetch(url).then(function (response) { return response.ok ? response.text() : ""; }).catch(function () { return ""; });
    return htmls[url];
  }

  function loadMeta() {
    if (!meta) meta = load("meta.json");
    return meta;
  }

  // --- splitting, as SearchTokenizer does ---

  function fold(ch) {
    var code = ch.codePointAt(0);
    if (code >= 0xff01 && code <= 0xff5e) ch = String.fromCodePoint(code - 0xfee0);
    var lower = ch.toLowerCase();
    return Array.from(lower).length === 1 ? lower : ch;
  }

  function isCharacter(code) {
    return (code >= 0x2e80 && code <= 0x2fdf) || (code >= 0x3040 && code <= 0x30ff) || (code >= 0x3100 && code <= 0x312f) ||
      (code >= 0x31a0 && code <= 0x31bf) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) ||
      (code >= 0xf900 && code <= 0xfaff) || (code >= 0x20000 && code <= 0x3ffff);
  }

  var wordPart = /[\p{L}\p{N}]/u;

  // The query's runs: {kind: "word" | "characters", text}.
  function runs(query) {
    var result = [];
    var current = null;
    Array.from(query).forEach(function (original) {
      var ch = fold(original);
      var kind = isCharacter(ch.codePointAt(0)) ? "characters" : wordPart.test(ch) ? "word" : null;
      if (current && current.kind === kind) {
        current.text += ch;
      } else {
        current = kind ? { kind: kind, text: ch } : null;
        if (current) result.push(current);
      }
    });
    return result.filter(function (run) { return run.kind !== "word" || Array.from(run.text).length <= 40; });
  }

  function terms(query) {
    var seen = {};
    var result = [];
    runs(query).forEach(function (run) {
      var chars = Array.from(run.text);
      var found = run.kind === "word" || chars.length === 1 ? [run.text] : chars.slice(1).map(function (ch, i) { return chars[i] + ch; });
      found.forEach(function (term) {
        if (!seen[term]) { seen[term] = true; result.push(term); }
      });
    });
    return result;
  }

  function shardOf(term, count) {
    var hash = 0x811c9dc5;
    Array.from(term).forEach(function (ch) { hash = Math.imul(hash ^ ch.codePointAt(0), 0x01000193) >>> 0; });
    return hash % count;
  }

  function postings(term, count) {
    var number = shardOf(term, count);
    var key = count + "/" + number;
    if (!shards[key]) shards[key] = load("terms/" + number + ".json");
    return shards[key].then(function (shard) {
      var list = Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : [];
      var byDoc = new Map();
      var doc = 0;
      for (var i = 0; i < list.length; i += 2) {
        doc += list[i];
        byDoc.set(doc, list[i + 1]);
      }
      return byDoc;
    });
  }

  // Title 8, heading 4, times in the text up to 3 (SearchPostings).
  function score(weight) {
    return (weight & 8 ? 20 : 0) + (weight & 4 ? 6 : 0) + (weight & 3);
  }

  // The page says how many shards there are, so a query's shards load
  // beside meta.json rather than after it; a theme that does not say, or
  // a page older than the index, waits for meta.json's count.
  var pageShards = Number(root.getAttribute("data-shards")) || 0;

  function find(query) {
    var wanted = terms(query);
    if (!wanted.length) return Promise.resolve({ docs: [] });
    if (pageShards) wanted.forEach(function (term) { postings(term, pageShards).catch(function () {}); });
    return loadMeta().then(function (index) {
      return Promise.all(wanted.map(function (term) { return postings(term, index.shards); })).then(function (lists) {
        var total = index.docs.length;
        lists.sort(function (a, b) { return a.size - b.size; });
        var found = [];
        lists[0].forEach(function (weight, doc) {
          var sum = 0;
          for (var i = 0; i < lists.length; i++) {
            var w = lists[i].get(doc);
            if (w === undefined) return;
            sum += score(w) * Math.log(1 + total / lists[i].size);
          }
          found.push({ doc: doc, score: sum });
        });
        // Newest first among equals: entries are numbered newest first.
        found.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
        return { docs: found, index: index };
      });
    });
  }

  // --- showing ---

  function escape(text) {
    return text.replace(/[&<>"]/g, function (ch) { return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" }[ch]; });
  }

  // Where the query's runs stand in `text`, as [start, end) pairs of
  // indexes into it, merged; a Chinese run not found whole, by its pairs.
  function matches(text, query) {
    // Folded as `fold` folds, but for the whole text at once: a page's
    // text is thousands of characters.
    var folded = text.replace(/[\uff01-\uff5e]/g, function (ch) { return String.fromCharCode(ch.charCodeAt(0) - 0xfee0); }).toLowerCase();
    if (folded.length !== text.length) folded = text;
    var ranges = [];
    function mark(needle) {
      if (!needle) return false;
      var any = false;
      for (var at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
        ranges.push([at, at + needle.length]);
        any = true;
      }
      return any;
    }
    runs(query).forEach(function (run) {
      if (!mark(run.text) && run.kind === "characters") {
        var chars = Array.from(run.text);
        for (var i = 1; i < chars.length; i++) mark(chars[i - 1] + chars[i]);
      }
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    ranges.forEach(function (range) {
      var last = merged[merged.length - 1];
      if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
      else merged.push(range.slice());
    });
    return merged;
  }

  function marked(text, ranges, from, to) {
    var html = "";
    var at = from;
    ranges.forEach(function (range) {
      var start = Math.max(range[0], from), end = Math.min(range[1], to);
      if (start >= end || start < at) return;
      html += escape(text.slice(at, start)) + "<mark>" + escape(text.slice(start, end)) + "</mark>";
      at = end;
    });
    return html + escape(text.slice(at, to));
  }

  // About 120 characters around the first match, or the text's start.
  function snippet(text, query) {
    var ranges = matches(text, query);
    var first = ranges.length ? ranges[0][0] : 0;
    var from = Math.max(0, first - 40);
    var to = Math.min(text.length, from + 120);
    return (from > 0 ? "…" : "") + marked(text, ranges, from, to) + (to < text.length ? "…" : "");
  }

  function fill(template, name, value) {
    return template.split("{" + name + "}").join(value);
  }

  function show(query, result, ticket) {
    list.textContent = "";
    if (!result.docs.length) {
      status.textContent = query.trim() ? fill(root.getAttribute("data-none-label"), "query", query.trim()) : "";
      return;
    }
    status.textContent = fill(root.getAttribute("data-results-label"), "count", String(result.docs.length));
    var items = [];
    result.docs.slice(0, shown).forEach(function (found) {
      var doc = result.index.docs[found.doc];
      var item = document.createElement("li");
      item.className = "search-result";
      item.innerHTML = '<a class="search-result-title" href="' + escape(doc[0]) + '">' + marked(doc[1], matches(doc[1], query), 0, doc[1].length) +
        "</a>" + (doc[2] ? ' <span class="search-result-date">' + escape(doc[2]) + "</span>" : "") + '<p class="search-result-snippet"></p>';
      list.appendChild(item);
      items.push([item, doc[0]]);
    });
    // The pages for the snippets are asked for once the list is on screen.
    setTimeout(function () {
      items.forEach(function (shownItem) {
        var item = shownItem[0], url = shownItem[1];
        if (ticket !== latest) return;
        pageHTML(url).then(function (html) {
          // Results of an older query are not worth parsing for.
          if (ticket !== latest) return;
          if (texts[url] === undefined) texts[url] = pageText(html);
          item.querySelector(".search-result-snippet").innerHTML = snippet(texts[url], query);
        });
      });
    }, 0);
  }

  function run() {
    var query = input.value;
    var ticket = ++latest;
    var url = new URL(location.href);
    if (query.trim()) url.searchParams.set("q", query); else url.searchParams.delete("q");
    history.replaceState(null, "", url);
    find(query).then(function (result) {
      if (ticket === latest) show(query, result, ticket);
    }, function (error) {
      if (ticket === latest) status.textContent = String(error);
    });
  }

  var asked = new URLSearchParams(location.search).get("q");
  if (asked !== null) input.value = asked;
  input.addEventListener("input", run);
  input.addEventListener("focus", loadMeta);
  root.querySelector(".search-form").addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  if (input.value.trim()) run();
})();
