/*
 * Search on the "Dân vận khéo" site, in the browser, without a server and without a library.
 * It folds the query exactly as the build folds the stories (vn.quangngai.dvk.text.Vietnamese.fold),
 * then fetches only what the query needs (see vn.quangngai.dvk.search.SearchFiles): the manifest,
 * the index shard of each word, the filters chosen, and the hit files of the results on screen.
 * The page is a plain GET form (?q=…&co-quan=…&dia-ban=…&linh-vuc=…), so a search can be shared
 * as a link; this script runs it in place and keeps the address in step.
 */
var dvkSearch = (function () {
  "use strict";

  var FORMAT = 1;
  var PAGE_SIZE = 20;
  var MAX_WORDS = 10;
  var HEAD = 2;
  var BODY = 1;

  /** Vietnamese.fold: NFD, combining marks dropped, đ as d, lower case, any other run as one space. */
  function fold(text) {
    return String(text).normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  /** The distinct folded words of a query, in order. */
  function words(text) {
    var folded = fold(text);
    return folded ? Array.from(new Set(folded.split(" "))) : [];
  }

  /** Gaps back to story numbers: [3, 1, 1, 7] → [3, 4, 5, 12]. */
  function numbers(gaps) {
    var out = new Array(gaps.length);
    var n = 0;
    for (var i = 0; i < gaps.length; i++) {
      n += gaps[i];
      out[i] = n;
    }
    return out;
  }

  /** The shard of a word: the longest shard name that begins it (as Shards.shardOf), or null. */
  function shardOf(word, names) {
    for (var length = word.length; length > 0; length--) {
      if (names.has(word.slice(0, length))) {
        return word.slice(0, length);
      }
    }
    return null;
  }

  /**
   * Story numbers in result order. Every word must occur in a story; a word in its head (title,
   * summary, agency, districts, fields) counts HEAD, in its body BODY; higher totals first, then
   * site order (newest first). postings: one {h, b} per word, null for a word no story has;
   * allowed: null, or the set of story numbers the filters leave. Without words, the filtered
   * stories in site order.
   */
  function rank(postings, allowed) {
    var scores = null;
    for (var i = 0; i < postings.length; i++) {
      var p = postings[i];
      if (!p) {
        return [];
      }
      var here = new Map();
      numbers(p.h || []).forEach(function (n) { here.set(n, HEAD); });
      numbers(p.b || []).forEach(function (n) { here.set(n, BODY); });
      if (scores === null) {
        scores = here;
      } else {
        var both = new Map();
        scores.forEach(function (score, n) {
          if (here.has(n)) {
            both.set(n, score + here.get(n));
          }
        });
        scores = both;
      }
    }
    if (scores === null) {
      return allowed === null ? [] : Array.from(allowed).sort(function (a, b) { return a - b; });
    }
    var hits = [];
    scores.forEach(function (score, n) {
      if (allowed === null || allowed.has(n)) {
        hits.push([n, score]);
      }
    });
    hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return hits.map(function (hit) { return hit[0]; });
  }

  function start(form) {
    var input = form.elements.q;
    var selects = Array.from(form.querySelectorAll("select"));
    var status = document.getElementById("trang-thai");
    var list = document.getElementById("ket-qua");
    var more = document.getElementById("xem-them");
    var root = form.getAttribute("data-root");
    var manifestUrl = new URL(form.getAttribute("data-index"), document.baseURI);
    var baseTitle = document.title;
    var manifest = null;
    var files = new Map();
    var run = 0;
    var results = [];
    var shown = 0;

    function fetchJson(url, init) {
      return fetch(url, init).then(function (response) {
        if (!response.ok) {
          throw new Error(response.status + " " + url);
        }
        return response.json();
      });
    }

    function loadManifest() {
      if (manifest === null) {
        manifest = fetchJson(manifestUrl.href, { cache: "no-cache" }).then(function (m) {
          if (m.format !== FORMAT) {
            throw new Error("search index format " + m.format);
          }
          m.shardNames = new Set(m.shards);
          return m;
        });
        manifest.catch(function () { manifest = null; });
      }
      return manifest;
    }

    /** A file of the index, once per page; the build's version in the address keeps caches from mixing builds. */
    function load(m, path) {
      var url = new URL(path + "?v=" + m.version, manifestUrl).href;
      if (!files.has(url)) {
        var loading = fetchJson(url);
        files.set(url, loading);
        loading.catch(function () { files.delete(url); });
      }
      return files.get(url);
    }

    function wordPostings(m, word) {
      var name = shardOf(word, m.shardNames);
      if (name === null) {
        return Promise.resolve(null);
      }
      return load(m, "tu/" + name + ".json").then(function (shard) {
        return Object.prototype.hasOwnProperty.call(shard, word) ? shard[word] : null;
      });
    }

    function filterNumbers(m, key, id) {
      var ids = m.filters[key] || [];
      if (ids.indexOf(id) < 0) {
        return Promise.resolve(new Set());
      }
      return load(m, "loc/" + key + "/" + id + ".json").then(function (gaps) { return new Set(numbers(gaps)); });
    }

    function query() {
      var q = { q: input.value.trim(), filters: [] };
      selects.forEach(function (select) {
        if (select.value) {
          q.filters.push([select.name, select.value]);
        }
      });
      return q;
    }

    function address(q) {
      var params = new URLSearchParams();
      if (q.q) {
        params.set("q", q.q);
      }
      q.filters.forEach(function (f) { params.set(f[0], f[1]); });
      var search = params.toString();
      return location.pathname + (search ? "?" + search : "");
    }

    function fillFrom(params) {
      input.value = params.get("q") || "";
      selects.forEach(function (select) {
        select.value = params.get(select.name) || "";
        if (select.selectedIndex < 0) {
          select.value = "";
        }
      });
    }

    function clear() {
      results = [];
      shown = 0;
      list.textContent = "";
      list.hidden = true;
      more.hidden = true;
    }

    function search(q) {
      var current = ++run;
      var terms = words(q.q).slice(0, MAX_WORDS);
      document.title = q.q ? "“" + q.q + "” — " + baseTitle : baseTitle;
      if (terms.length === 0 && q.filters.length === 0) {
        clear();
        status.textContent = "";
        return Promise.resolve();
      }
      status.textContent = "Đang tìm…";
      var m;
      return loadManifest().then(function (loaded) {
        m = loaded;
        return Promise.all([
          Promise.all(terms.map(function (word) { return wordPostings(m, word); })),
          Promise.all(q.filters.map(function (f) { return filterNumbers(m, f[0], f[1]); }))
        ]);
      }).then(function (loaded) {
        if (current !== run) {
          return null;
        }
        var allowed = null;
        loaded[1].forEach(function (set) {
          allowed = allowed === null ? set : new Set(Array.from(allowed).filter(function (n) { return set.has(n); }));
        });
        clear();
        results = rank(loaded[0], allowed);
        return showMore(m, current).then(function () {
          status.textContent = results.length === 0
            ? "Không tìm thấy mô hình nào. Hãy thử từ khóa khác hoặc bỏ bớt bộ lọc."
            : "Tìm thấy " + results.length + " mô hình.";
        });
      }).catch(function () {
        if (current === run) {
          status.textContent = "Không tải được dữ liệu tìm kiếm. Vui lòng kiểm tra kết nối và thử lại.";
        }
      });
    }

    /** Shows the next PAGE_SIZE results, fetching only the hit files they are in. */
    function showMore(m, current) {
      var next = results.slice(shown, shown + PAGE_SIZE);
      var per = m.hitsPerFile;
      var needed = Array.from(new Set(next.map(function (n) { return Math.floor(n / per); })));
      return Promise.all(needed.map(function (file) { return load(m, "ket-qua/" + file + ".json"); })).then(function (loaded) {
        if (current !== run) {
          return;
        }
        var byFile = new Map();
        needed.forEach(function (file, i) { byFile.set(file, loaded[i]); });
        next.forEach(function (n) { list.appendChild(card(byFile.get(Math.floor(n / per))[n % per])); });
        shown += next.length;
        list.hidden = shown === 0;
        more.hidden = shown >= results.length;
      });
    }

    function element(name, className, text) {
      var el = document.createElement(name);
      if (className) {
        el.className = className;
      }
      if (text !== undefined) {
        el.textContent = text;
      }
      return el;
    }

    /** The same card the lists show (layout.ftl, macro card). */
    function card(hit) {
      var item = element("li", "card");
      var title = element("h2", "card-title");
      var link = element("a", "", hit.title);
      link.setAttribute("href", root + hit.path);
      title.appendChild(link);
      var meta = element("p", "card-meta");
      meta.appendChild(element("span", "", hit.agency));
      meta.appendChild(document.createTextNode(" · "));
      meta.appendChild(element("span", "", hit.districts.length ? hit.districts.join(", ") : "Toàn tỉnh"));
      item.appendChild(title);
      item.appendChild(meta);
      item.appendChild(element("p", "card-summary", hit.summary));
      return item;
    }

    function submit() {
      var q = query();
      var target = address(q);
      if (target !== location.pathname + location.search) {
        history.pushState(null, "", target);
      }
      return search(q);
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      submit();
    });
    selects.forEach(function (select) { select.addEventListener("change", submit); });
    more.addEventListener("click", function () {
      var first = shown;
      loadManifest().then(function (m) { return showMore(m, run); }).then(function () {
        var link = list.children[first] && list.children[first].querySelector("a");
        if (link) {
          link.focus();
        }
      });
    });
    window.addEventListener("popstate", function () {
      fillFrom(new URLSearchParams(location.search));
      search(query());
    });
    fillFrom(new URLSearchParams(location.search));
    search(query());
  }

  if (typeof document !== "undefined") {
    var form = document.querySelector("form[data-index]");
    if (form) {
      start(form);
    }
  }

  return { fold: fold, words: words, numbers: numbers, shardOf: shardOf, rank: rank };
}());
