// Preview only (never in the published site): reloads the page after a rebuild and shows the
// problems of a failed build over the last good page, until they are fixed.
(function () {
  "use strict";
  var seen = null;
  var panel = null;

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

  function apply(status) {
    if (seen !== null && status.version !== seen) {
      location.reload();
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
