// Preview only (never in the published site): shows the page again after a rebuild (its new body
// in place of the old, or a reload where that is not enough) and the problems of a failed build
// over the last good page, until they are fixed.
(function () {
  "use strict";
  var seen = null;
  var panel = null;
  var asked = 0;

  function show(problems) {
    if (!panel) {
      panel = document.createElement("aside");
      panel.setAttribute("role", "alert");
      panel.setAttribute("style", "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:9999;" +
        "margin:0;padding:1rem 1.25rem;background:#fff4f4;color:#1b1b1b;border-top:6px solid #a4161a;" +
        "font:15px/1.5 system-ui,sans-serif;box-shadow:0 -4px 16px rgba(0,0,0,.25)");
      document.body.appendChild(panel);
    }
    panel.textContent = "";
    var title = document.createElement("strong");
    title.textContent = "Chưa xuất bản được — trang đang hiển thị là bản tốt gần nhất. Sửa các lỗi sau, trang sẽ tự tải lại:";
    panel.appendChild(title);
    var list = document.createElement("ul");
    problems.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      item.style.whiteSpace = "pre-wrap";
      list.appendChild(item);
    });
    panel.appendChild(list);
  }

  // the stylesheets and scripts a page loads: while they are the same, the new page can replace the
  // old one's body without a reload (no stylesheet fetched again, the reader's place kept)
  function outline(doc) {
    return Array.prototype.map.call(doc.querySelectorAll("link[rel=stylesheet], script[src]"), function (e) {
      return e.tagName + " " + (e.getAttribute("href") || e.getAttribute("src"));
    }).join("\n");
  }

  function refresh() {
    // a page that runs scripts of its own (search) is reloaded, so that they run on the new page
    if (document.querySelectorAll("script[src]:not([src='/__dvk/reload.js'])").length) {
      location.reload();
      return;
    }
    var mine = ++asked;
    fetch(location.href, { cache: "no-store" })
      .then(function (response) {
        if (!response.ok || (response.headers.get("Content-Type") || "").indexOf("text/html") !== 0) {
          throw new Error("not a page");
        }
        return response.text();
      })
      .then(function (html) {
        if (mine !== asked) {
          return; // a newer build's page is on its way
        }
        var next = new DOMParser().parseFromString(html, "text/html");
        if (outline(next) !== outline(document) || !next.body) {
          location.reload();
          return;
        }
        document.title = next.title;
        document.documentElement.lang = next.documentElement.lang;
        panel = null;
        // the new body's copy of this script is inert: this one, and its connection, stay
        document.body.replaceWith(document.adoptNode(next.body));
      })
      .catch(function () { location.reload(); });
  }

  function apply(status) {
    if (seen !== null && status.version !== seen) {
      seen = status.version;
      refresh();
      return;
    }
    seen = status.version;
    if (status.problems.length) {
      show(status.problems);
    } else if (panel) {
      panel.remove();
      panel = null;
    }
  }

  // when the server has too many pages open to push to this one, it is asked every second instead
  function poll() {
    fetch("/__dvk/status", { cache: "no-store" })
      .then(function (response) { return response.json(); })
      .then(apply)
      .catch(function () { /* the server is restarting: try again */ })
      .finally(function () { setTimeout(poll, 1000); });
  }

  // the server pushes the status when a build ends; EventSource reconnects by itself after a restart
  var events = new EventSource("/__dvk/events");
  events.onmessage = function (event) { apply(JSON.parse(event.data)); };
  events.onerror = function () {
    if (events.readyState === EventSource.CLOSED) {
      poll();
    }
  };
}());
