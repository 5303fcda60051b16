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

  var FORMAT = 2;
  // ten: a phone shows one or two; each result may need a hit file of its own
  var PAGE_SIZE = 10;
  var MAX_WORDS = 10;
  var HEAD = 2;
  var BODY = 1;
  // a story with more of the query's adjacent words side by side comes first, then one with more
  // of the words written as typed (marks and all), then by where the words are: a sum of HEAD and
  // BODY stays below EXACT, and a sum of EXACT below PHRASE
  var EXACT = 100;
  var PHRASE = 10000;
  var SUGGESTIONS_TRIED = 5;
  var VOCABULARY = "tu-vung/";
  // a district is typed without its kind ("Mộ Đức" for "Huyện Mộ Đức")
  var KINDS = /^(huyen|thi xa|thanh pho|tinh) /;
  var MARKS = { "\u0300": "f", "\u0301": "s", "\u0303": "x", "\u0309": "r", "\u0323": "j", "\u0302": "c", "\u0306": "b", "\u031b": "w", "đ": "d" };

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

  /** A query's words as typed, lower case, marks kept, each folding to one word or more. */
  function tokens(text) {
    return String(text).normalize("NFC").toLowerCase().split(/[^\p{L}\p{M}\p{N}]+/u)
      .filter(function (token) { return fold(token) !== ""; });
  }

  /** SearchIndex.phrase: the term for two adjacent folded words. */
  function phrase(first, second) {
    return first + "_" + second;
  }

  /** SearchIndex.exact: a word as written, as an ASCII term ("tịnh" → "tinh-j"), or null without marks. */
  function exact(token) {
    var marks = "";
    Array.from(String(token).toLowerCase().normalize("NFD")).forEach(function (c) {
      if (Object.prototype.hasOwnProperty.call(MARKS, c)) {
        marks += MARKS[c];
      } else if (/\p{M}/u.test(c)) {
        marks += "m";
      }
    });
    var folded = fold(token);
    return marks && folded && folded.indexOf(" ") < 0 ? folded + "-" + marks : null;
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
   * summary, agency, districts, fields) counts HEAD, in its body BODY; each pair of adjacent query
   * words found side by side in its head counts PHRASE, each word found in its head as typed
   * EXACT; higher totals first, then site order. postings: one {h, b} per word, null for a word no
   * story has; phrases, exacts: a set of story numbers each (optional); allowed: null, or the set
   * of story numbers the filters leave. Without words, the filtered stories in site order.
   */
  function rank(postings, allowed, phrases, exacts) {
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
    [[phrases || [], PHRASE], [exacts || [], EXACT]].forEach(function (bonus) {
      bonus[0].forEach(function (set) {
        set.forEach(function (n) {
          if (scores.has(n)) {
            scores.set(n, scores.get(n) + bonus[1]);
          }
        });
      });
    });
    var hits = [];
    scores.forEach(function (score, n) {
      if (allowed === null || allowed.has(n)) {
        hits.push([n, score]);
      }
    });
    hits.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    return hits.map(function (hit) { return hit[0]; });
  }

  /** Optimal string alignment distance (a swap of two letters counts one), or limit + 1 once over it. */
  function distance(a, b, limit) {
    if (Math.abs(a.length - b.length) > limit) {
      return limit + 1;
    }
    var d = [];
    for (var i = 0; i <= a.length; i++) {
      d.push([i]);
    }
    for (var j = 1; j <= b.length; j++) {
      d[0][j] = j;
    }
    for (i = 1; i <= a.length; i++) {
      var least = Infinity;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
        least = Math.min(least, d[i][j]);
      }
      if (least > limit) {
        return limit + 1;
      }
    }
    return d[a.length][b.length];
  }

  /** Names the query may carry, from the filters' choices [{key, id, name}]: each with its folded words. */
  function namesOf(choices) {
    var out = [];
    choices.forEach(function (c) {
      var folded = fold(c.name);
      out.push({ key: c.key, id: c.id, name: c.name, words: folded.split(" ") });
      var bare = folded.replace(KINDS, "");
      if (bare !== folded && bare.indexOf(" ") > 0) {
        out.push({ key: c.key, id: c.id, name: c.name, words: bare.split(" ") });
      }
    });
    return out;
  }

  /**
   * Finds the names of agencies, districts and fields in a query, longest first, for the kinds of
   * filter not already chosen: {text: the query without them, filters: [{key, id, name}]}.
   */
  function recognise(text, chosen, names) {
    var taken = new Set(chosen.map(function (f) { return f[0]; }));
    var typed = tokens(text);
    var folded = typed.map(fold);
    var kept = [];
    var found = [];
    for (var i = 0; i < typed.length;) {
      var best = null;
      names.forEach(function (n) {
        if (!taken.has(n.key) && (best === null || n.words.length > best.words.length)
            && n.words.every(function (w, k) { return folded[i + k] === w; })) {
          best = n;
        }
      });
      if (best === null) {
        kept.push(typed[i]);
        i++;
      } else {
        taken.add(best.key);
        found.push({ key: best.key, id: best.id, name: best.name });
        i += best.words.length;
      }
    }
    return found.length === 0 ? { text: text.trim(), filters: [] } : { text: kept.join(" "), filters: found };
  }

  /**
   * Runs a query over the index: m the manifest (with shardNames), load(path) → a promise of an
   * index file's JSON, text the words typed, chosen the filters chosen [[key, id]], names from
   * {@link namesOf}. Resolves to {results: story numbers in order, apart: true when no result has
   * the words side by side in its title, summary or names, text: the words searched,
   * recognised: filters named in the words [{key, id, name}], suggestion: the words searched
   * instead when the typed ones found nothing, or null}.
   */
  function find(m, load, text, chosen, names) {
    var named = recognise(text, chosen, names);
    var filters = chosen.concat(named.filters.map(function (f) { return [f.key, f.id]; }));
    return Promise.all(filters.map(function (f) { return filterNumbers(m, load, f[0], f[1]); })).then(function (sets) {
      var allowed = null;
      sets.forEach(function (set) {
        allowed = allowed === null ? set : new Set(Array.from(allowed).filter(function (n) { return set.has(n); }));
      });
      return match(m, load, named.text, allowed).then(function (found) {
        var out = { results: found.results, apart: found.apart, text: named.text, recognised: named.filters, suggestion: null };
        if (found.results.length > 0 || found.missing.length === 0) {
          return out;
        }
        return suggest(m, load, found).then(function (instead) {
          if (instead === null) {
            return out;
          }
          return match(m, load, instead, allowed).then(function (again) {
            if (again.results.length > 0) {
              out.suggestion = instead;
              out.results = again.results;
            }
            return out;
          });
        });
      });
    });
  }

  function termPostings(m, load, term) {
    var name = shardOf(term, m.shardNames);
    if (name === null) {
      return Promise.resolve(null);
    }
    return load("tu/" + name + ".json").then(function (shard) {
      return Object.prototype.hasOwnProperty.call(shard, term) ? shard[term] : null;
    });
  }

  function filterNumbers(m, load, key, id) {
    var ids = m.filters[key] || [];
    if (ids.indexOf(id) < 0) {
      return Promise.resolve(new Set());
    }
    return load("loc/" + key + "/" + id + ".json").then(function (gaps) { return new Set(numbers(gaps)); });
  }

  function distinct(list) {
    return Array.from(new Set(list));
  }

  /**
   * The stories of a phrase or written form (SearchFiles.termEntry): its head stories (gaps), or
   * of candidates (the stories with its words in their head) those not in {x}, or all of them (0).
   */
  function stories(posting, candidates) {
    if (posting === 0) {
      return new Set(candidates);
    }
    if (!posting) {
      return new Set();
    }
    if (Array.isArray(posting)) {
      return new Set(numbers(posting));
    }
    var without = new Set(numbers(posting.x));
    return new Set(candidates.filter(function (n) { return !without.has(n); }));
  }

  /** {results, apart, words: the query's folded words in order, missing: those no story has}. */
  function match(m, load, text, allowed) {
    var sequence = [];
    var written = [];
    tokens(text).forEach(function (token) {
      var parts = fold(token).split(" ");
      sequence.push.apply(sequence, parts);
      written.push(parts.length === 1 ? exact(token) : null);
    });
    sequence = sequence.slice(0, MAX_WORDS);
    var terms = distinct(sequence);
    var pairs = [];
    for (var i = 1; i < sequence.length; i++) {
      pairs.push(phrase(sequence[i - 1], sequence[i]));
    }
    pairs = distinct(pairs);
    var exacts = distinct(written.filter(Boolean));
    var all = terms.concat(pairs, exacts);
    return Promise.all(all.map(function (term) { return termPostings(m, load, term); })).then(function (postings) {
      var wordPostings = postings.slice(0, terms.length);
      var heads = new Map();
      terms.forEach(function (w, k) { heads.set(w, numbers(wordPostings[k] && wordPostings[k].h || [])); });
      var pairSets = pairs.map(function (pair, k) {
        var words = pair.split("_");
        var second = new Set(heads.get(words[1]));
        return stories(postings[terms.length + k], heads.get(words[0]).filter(function (n) { return second.has(n); }));
      });
      var exactSets = exacts.map(function (term, k) {
        return stories(postings[terms.length + pairs.length + k], heads.get(term.split("-")[0]) || []);
      });
      var results = rank(wordPostings, allowed, pairSets, exactSets);
      var together = results;
      pairSets.forEach(function (has) {
        together = together.filter(function (n) { return has.has(n); });
      });
      return {
        results: results,
        apart: pairs.length > 0 && results.length > 0 && together.length === 0,
        words: sequence,
        missing: terms.filter(function (w, k) { return !wordPostings[k]; })
      };
    });
  }

  /**
   * The query with each word the index lacks replaced by the nearest word of the vocabulary that
   * begins with the same letter (one edit for a word of up to three letters, two for a longer one); among the nearest few, one that
   * stands next to a neighbouring word in some story's head wins, then the nearer, then the more
   * common. Null when a word has nothing near.
   */
  function suggest(m, load, found) {
    var seq = found.words;
    var letters = distinct(found.missing.map(function (word) { return word[0]; })).filter(function (l) { return /[a-z]/.test(l); });
    // the words that begin as each missing one does: a typo seldom hits the first letter
    return Promise.all(letters.map(function (letter) {
      return load(VOCABULARY + letter + ".json").catch(function () { return []; });
    })).then(function (lists) {
      var byLetter = new Map();
      letters.forEach(function (letter, k) { byLetter.set(letter, lists[k]); });
      return Promise.all(seq.map(function (word, i) {
        if (found.missing.indexOf(word) < 0) {
          return word;
        }
        var limit = word.length <= 3 ? 1 : 2;
        var near = [];
        (byLetter.get(word[0]) || []).forEach(function (known, order) {
          var d = distance(word, known, limit);
          if (d <= limit) {
            near.push([known, d, order]);
          }
        });
        if (near.length === 0) {
          return null;
        }
        near.sort(function (a, b) { return a[1] - b[1] || a[2] - b[2]; });
        near = near.slice(0, SUGGESTIONS_TRIED);
        return Promise.all(near.map(function (candidate) {
          var joins = [];
          if (i > 0) {
            joins.push(termPostings(m, load, phrase(seq[i - 1], candidate[0])));
          }
          if (i + 1 < seq.length) {
            joins.push(termPostings(m, load, phrase(candidate[0], seq[i + 1])));
          }
          return Promise.all(joins).then(function (p) { return p.filter(Boolean).length; });
        })).then(function (joins) {
          var best = 0;
          joins.forEach(function (count, k) {
            if (count > joins[best]) {
              best = k;
            }
          });
          return near[best][0];
        });
      })).then(function (picked) {
        return picked.indexOf(null) >= 0 ? null : picked.join(" ");
      });
    });
  }

  function start(form) {
    var input = form.elements.q;
    var selects = Array.from(form.querySelectorAll("select"));
    var status = document.getElementById("trang-thai");
    var list = document.getElementById("ket-qua");
    var more = document.getElementById("xem-them");
    var heading = document.getElementById("ket-qua-dem");
    var browse = document.getElementById("duyet");
    var names = [];
    selects.forEach(function (select) {
      Array.from(select.options).forEach(function (option) {
        if (option.value) {
          names.push({ key: select.name, id: option.value, name: option.textContent });
        }
      });
    });
    names = namesOf(names);
    var root = form.getAttribute("data-root");
    var manifestUrl = new URL(form.getAttribute("data-index"), document.baseURI);
    var baseTitle = document.title;
    var manifest = null;
    var files = new Map();
    var run = 0;
    var results = [];
    var shown = 0;
    var searched = [];

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

    function loader(m) {
      return function (path) { return load(m, path); };
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

    function say(parts) {
      status.textContent = "";
      parts.forEach(function (part) {
        status.appendChild(typeof part === "string" ? document.createTextNode(part) : part);
      });
    }

    function link(text, q) {
      var a = element("a", "", text);
      a.setAttribute("href", address(q));
      return a;
    }

    /** Runs a query; focus: move focus to the results heading once shown (after the reader asked). */
    function search(q, focus) {
      var current = ++run;
      searched = words(q.q);
      document.title = q.q ? "“" + q.q + "” — " + baseTitle : baseTitle;
      if (words(q.q).length === 0 && q.filters.length === 0) {
        clear();
        heading.hidden = true;
        browse.hidden = false;
        status.textContent = "";
        return Promise.resolve();
      }
      status.textContent = "Đang tìm…";
      var m;
      return loadManifest().then(function (loaded) {
        m = loaded;
        return find(m, loader(m), q.q, q.filters, names);
      }).then(function (found) {
        if (current !== run) {
          return null;
        }
        var notes = [];
        if (found.recognised.length > 0) {
          found.recognised.forEach(function (f) {
            form.elements[f.key].value = f.id;
          });
          input.value = found.text;
          var now = query();
          history.replaceState(null, "", address(now));
          notes.push("Đã chọn bộ lọc " + found.recognised.map(function (f) {
            return form.querySelector("label[for='" + f.key + "']").textContent + ": " + f.name;
          }).join(", ") + " theo tên bạn gõ. ");
        }
        if (found.suggestion !== null) {
          var instead = query();
          instead.q = found.suggestion;
          notes.push("Không có mô hình nào chứa “" + found.text + "”. Có phải bạn muốn tìm “", link(found.suggestion, instead),
            "”? Dưới đây là kết quả cho “" + found.suggestion + "”.");
        }
        if (found.apart && found.suggestion === null) {
          notes.push("Không mô hình nào có đúng cụm “" + found.text + "” trong tên hay tóm tắt; dưới đây là các mô hình có những từ này ở những chỗ khác nhau.");
        }
        clear();
        results = found.results;
        return showMore(m, current).then(function () {
          heading.textContent = results.length === 0 ? "Không tìm thấy mô hình nào"
            : "Tìm thấy " + results.length + " mô hình";
          heading.hidden = false;
          browse.hidden = results.length > 0;
          if (results.length === 0) {
            notes.push("Hãy thử: gõ ít từ hơn, kiểm tra chính tả, bỏ bớt bộ lọc, hoặc xem các danh sách bên dưới.");
          }
          say(notes);
          if (focus) {
            heading.focus();
          }
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
      // found by today's name of a unit the story names: say so, with what it was called then
      var own = " " + fold([hit.title, hit.summary, hit.agency].concat(hit.districts).join(" ")) + " ";
      (hit.now || []).forEach(function (text) {
        var told = " " + fold(text) + " ";
        if (searched.some(function (w) { return own.indexOf(" " + w + " ") < 0 && told.indexOf(" " + w + " ") >= 0; })) {
          item.appendChild(element("p", "card-now", "Tìm thấy theo tên hiện nay: " + text));
        }
      });
      return item;
    }

    function submit() {
      var q = query();
      var target = address(q);
      if (target !== location.pathname + location.search) {
        history.pushState(null, "", target);
      }
      return search(q, true);
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
    // arriving with words (from the search box in a page's header) is a search the reader just asked for
    search(query(), input.value.trim() !== "");
  }

  if (typeof document !== "undefined") {
    var form = document.querySelector("form[data-index]");
    if (form) {
      start(form);
    }
  }

  return { fold: fold, words: words, exact: exact, numbers: numbers, shardOf: shardOf, rank: rank, distance: distance,
    namesOf: namesOf, recognise: recognise, find: find };
}());
