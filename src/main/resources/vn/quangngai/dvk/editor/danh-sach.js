// The list of stories: filled from /bien-tap/api/bai with textContent only, filtered as search folds.
(function () {
  "use strict";

  /** Vietnamese.fold, as search.js folds: NFD, marks dropped, đ as d, lower case, other runs as one space. */
  function fold(text) {
    return String(text).normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  function day(iso) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
    return m ? m[3] + "/" + m[2] + "/" + m[1] : (iso || "");
  }

  var body = document.querySelector("#bang tbody");
  var filter = document.getElementById("loc");
  var count = document.getElementById("dem");
  var rows = [];

  function show() {
    var words = fold(filter.value).split(" ").filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var match = words.every(function (w) { return row.folded.indexOf(w) >= 0; });
      row.element.hidden = !match;
      if (match) { shown++; }
    });
    count.textContent = words.length ? "Có " + shown + " trong " + rows.length + " mô hình khớp." : rows.length + " mô hình.";
  }

  fetch("/bien-tap/api/bai", { cache: "no-store" })
    .then(function (r) { return r.json(); })
    .then(function (stories) {
      stories.forEach(function (s) {
        var tr = document.createElement("tr");
        var name = document.createElement("td");
        var link = document.createElement("a");
        link.href = "/bien-tap/sua/" + encodeURIComponent(s.slug) + "/";
        link.textContent = s.title;
        name.appendChild(link);
        tr.appendChild(name);
        [s.agency, day(s.date)].forEach(function (value) {
          var td = document.createElement("td");
          td.textContent = value;
          tr.appendChild(td);
        });
        var state = document.createElement("td");
        var badge = document.createElement("span");
        badge.className = "state " + fold(s.state).replace(/ /g, "-");
        badge.textContent = s.state;
        state.appendChild(badge);
        tr.appendChild(state);
        body.appendChild(tr);
        rows.push({ element: tr, folded: fold([s.title, s.agency, day(s.date), s.date, s.state, s.slug].join(" ")) });
      });
      show();
    })
    .catch(function () { count.textContent = "Không đọc được danh sách bài. Kiểm tra cửa sổ lệnh serve còn chạy không, rồi tải lại trang."; });

  filter.addEventListener("input", show);
}());
