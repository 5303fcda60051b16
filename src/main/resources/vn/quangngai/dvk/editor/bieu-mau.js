// The story form: checks as you type with the server's own check, previews with the real templates,
// saves the Markdown file, uploads photos, keeps a local copy. Everything shown is set as text.
(function () {
  "use strict";

  var token = document.querySelector('meta[name="dvk-token"]').content;
  var match = /^\/bien-tap\/sua\/([^/]+)\/$/.exec(location.pathname);
  var state = { opened: match ? decodeURIComponent(match[1]) : "", sha: "", published: false, slugTouched: !!match,
                catalog: null, chosen: { districts: [], communes: [], fields: [] }, photos: [], asOf: "", diskForm: null };
  var form = document.getElementById("bieu-mau");
  var $ = function (id) { return document.getElementById(id); };
  var names = { agencies: {}, districts: {}, communes: {}, fields: {} };

  function fold(text) {
    return String(text).normalize("NFD").replace(/\p{M}+/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")
      .toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  }

  function slugOf(title) {
    return fold(title).replace(/ /g, "-").slice(0, 80).replace(/-+$/, "");
  }

  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + String(d.getMonth() + 1).padStart(2, "0") + "-" + String(d.getDate()).padStart(2, "0");
  }

  function post(path, body, raw) {
    return fetch("/bien-tap/api/" + path, {
      method: "POST",
      headers: raw ? { "X-DVK-Token": token, "Content-Type": "application/octet-stream" }
                   : { "X-DVK-Token": token, "Content-Type": "application/json" },
      body: raw ? body : JSON.stringify(body)
    }).then(function (r) {
      return r.json().catch(function () { return { message: "Máy chủ trả lời lỗi " + r.status + "." }; })
        .then(function (json) { json.status = r.status; return json; });
    });
  }

  // ---- the form's values ----

  function agencyId() {
    var typed = $("agency").value.trim();
    if (!typed) { return ""; }
    var found = null;
    Object.keys(names.agencies).forEach(function (id) {
      if (names.agencies[id].name === typed || id === typed) { found = id; }
    });
    return found || typed;
  }

  function figureRows() {
    return Array.prototype.map.call(document.querySelectorAll("#figures-rows li"), function (li) {
      var inputs = li.querySelectorAll("input");
      return { value: inputs[0].value, label: inputs[1].value };
    });
  }

  function current() {
    return {
      slug: $("slug").value.trim(), title: $("title").value, date: $("date").value, asOf: state.asOf,
      agency: agencyId(), districts: state.chosen.districts.slice(), communes: state.chosen.communes.slice(),
      fields: state.chosen.fields.slice(), summary: $("summary").value, figures: figureRows(),
      photos: state.photos.map(function (p) { return { src: p.src, alt: p.alt, caption: p.caption, credit: p.credit }; }),
      body: $("body").value,
      draft: !$("status-ready").checked
    };
  }

  function fill(f) {
    $("title").value = f.title || "";
    $("slug").value = f.slug || "";
    $("date").value = /^\d{4}-\d{2}-\d{2}$/.test(f.date || "") ? f.date : "";
    state.asOf = f.asOf || "";
    $("agency").value = f.agency && names.agencies[f.agency] ? names.agencies[f.agency].name : (f.agency || "");
    ["districts", "communes", "fields"].forEach(function (key) { state.chosen[key] = (f[key] || []).slice(); drawChosen(key); });
    $("summary").value = f.summary || "";
    $("figures-rows").textContent = "";
    (f.figures || []).forEach(function (row) { addFigure(row.value, row.label); });
    state.photos = (f.photos || []).map(function (p) {
      return { src: p.src || "", alt: p.alt || "", caption: p.caption || "", credit: p.credit || "" };
    });
    if (f.image !== undefined) {
      // a copy kept by this browser before the form showed every photo: its one photo came first
      if (f.image && (!state.photos.length || state.photos[0].src !== f.image)) {
        state.photos.unshift({ src: f.image, alt: "", caption: "", credit: "" });
      }
      if (state.photos.length && f.imageAlt !== undefined) { state.photos[0].alt = f.imageAlt; }
    }
    drawPhotos();
    $("body").value = f.body || "";
    $(f.draft ? "status" : "status-ready").checked = true;
    showSlug();
  }

  // ---- pickers ----

  function fillList(key, items) {
    var list = $("ds-" + key);
    list.textContent = "";
    names[key === "agency" ? "agencies" : key] = {};
    items.forEach(function (item) {
      names[key === "agency" ? "agencies" : key][item.id] = item;
      var option = document.createElement("option");
      option.value = item.name;
      // Chrome matches what is typed against the label too: the folded name lets "mo duc" find "Mộ Đức"
      option.label = item.folded;
      list.appendChild(option);
    });
  }

  function loadCatalog() {
    var date = $("date").value || today();
    return fetch("/bien-tap/api/danh-muc?ngay=" + encodeURIComponent(date), { cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (c) {
        state.catalog = c;
        var typedAgency = agencyId();
        fillList("agency", c.agencies || []);
        fillList("districts", c.districts || []);
        fillList("communes", c.communes || []);
        fillList("fields", c.fields || []);
        // names of units the pickers no longer offer on this date, to show a story written before
        var all = c.allNames || {};
        ["agencies", "districts", "communes"].forEach(function (key) {
          Object.keys(all[key] || {}).forEach(function (id) {
            if (!names[key][id]) { names[key][id] = { id: id, name: all[key][id], folded: fold(all[key][id]) }; }
          });
        });
        if (typedAgency && names.agencies[typedAgency]) { $("agency").value = names.agencies[typedAgency].name; }
        ["districts", "communes", "fields"].forEach(drawChosen);
      });
  }

  function pickId(key, typed) {
    var table = names[key];
    var wanted = fold(typed);
    var ids = Object.keys(table);
    var exact = ids.filter(function (id) { return table[id].name === typed || id === typed || table[id].folded === wanted; });
    if (exact.length) { return exact[0]; }
    var partial = ids.filter(function (id) { return wanted && table[id].folded.indexOf(wanted) >= 0; });
    return partial.length === 1 ? partial[0] : null;
  }

  function drawChosen(key) {
    var box = document.querySelector('fieldset[data-key="' + key + '"] .chosen');
    box.textContent = "";
    state.chosen[key].forEach(function (id) {
      var li = document.createElement("li");
      var label = document.createElement("span");
      label.textContent = names[key][id] ? names[key][id].name : id;
      var remove = document.createElement("button");
      remove.type = "button";
      remove.textContent = "Bỏ";
      remove.setAttribute("aria-label", "Bỏ " + label.textContent);
      remove.addEventListener("click", function () {
        state.chosen[key] = state.chosen[key].filter(function (x) { return x !== id; });
        drawChosen(key);
        $(key).focus();
        changed();
      });
      li.appendChild(label);
      li.appendChild(remove);
      box.appendChild(li);
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll("fieldset.picker"), function (set) {
    var key = set.dataset.key;
    var input = $(key);
    function add() {
      var id = pickId(key, input.value.trim());
      if (!id) {
        say(input.value.trim() ? "Không có \"" + input.value.trim() + "\" trong danh sách; gõ vài chữ rồi chọn một dòng gợi ý." : "");
        return;
      }
      if (state.chosen[key].indexOf(id) < 0) { state.chosen[key].push(id); }
      input.value = "";
      drawChosen(key);
      say("Đã thêm " + names[key][id].name + ".");
      changed();
    }
    set.querySelector(".add button").addEventListener("click", add);
    input.addEventListener("keydown", function (e) { if (e.key === "Enter") { e.preventDefault(); add(); } });
    input.addEventListener("change", function () { if (pickId(key, input.value.trim()) && names[key][pickId(key, input.value.trim())].name === input.value.trim()) { add(); } });
  });

  $("agency").addEventListener("change", function () {
    var id = agencyId();
    var agency = names.agencies[id];
    if (agency && agency.district && names.districts[agency.district] && state.chosen.districts.indexOf(agency.district) < 0
        && state.chosen.districts.length === 0 && state.chosen.communes.length === 0) {
      state.chosen.districts.push(agency.district);
      drawChosen("districts");
      say("Đề xuất địa bàn theo cơ quan: " + names.districts[agency.district].name + ". Bỏ nếu không đúng.");
    }
    changed();
  });

  // ---- figures ----

  function addFigure(value, label) {
    var list = $("figures-rows");
    var li = document.createElement("li");
    var n = list.children.length + 1 + Math.floor(Math.random() * 1e6);
    [["Con số", value, "so-" + n], ["Điều được đếm", label, "dem-" + n]].forEach(function (part) {
      var wrap = document.createElement("div");
      var l = document.createElement("label");
      l.htmlFor = part[2];
      l.textContent = part[0];
      var input = document.createElement("input");
      input.type = "text";
      input.id = part[2];
      input.value = part[1] || "";
      input.setAttribute("aria-describedby", "loi-figures");
      input.addEventListener("input", changed);
      wrap.appendChild(l);
      wrap.appendChild(input);
      li.appendChild(wrap);
    });
    var remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = "Bỏ số liệu này";
    remove.addEventListener("click", function () { li.remove(); $("them-so-lieu").focus(); changed(); });
    li.appendChild(remove);
    list.appendChild(li);
    return li;
  }

  $("them-so-lieu").addEventListener("click", function () { addFigure("", "").querySelector("input").focus(); changed(); });

  // ---- slug ----

  function showSlug() {
    var slug = $("slug").value.trim();
    $("slug-dia-chi").textContent = slug ? "/mo-hinh/" + slug + "/" : "(chưa có: ghi Tên mô hình)";
    $("slug").readOnly = state.published;
    // a separate span: writing over the whole hint would remove slug-dia-chi, which the next call fills
    $("slug-khoa").textContent = state.published ? " — bài đã xuất bản ở địa chỉ này, địa chỉ không đổi được nữa." : "";
  }

  $("title").addEventListener("input", function () {
    if (!state.slugTouched && !state.published) { $("slug").value = slugOf($("title").value); showSlug(); }
  });
  $("slug").addEventListener("input", function () { state.slugTouched = true; showSlug(); });
  $("date").addEventListener("change", function () { loadCatalog().then(changed); });

  // ---- checks, as you type ----

  var checkTimer = null;
  var previewTimer = null;
  var checkRun = 0;

  function changed() {
    clearTimeout(checkTimer);
    clearTimeout(previewTimer);
    checkTimer = setTimeout(check, 300);
    previewTimer = setTimeout(preview, 700);
  }

  form.addEventListener("input", function (e) {
    if (e.target.id !== "photo") { changed(); }
  });
  form.addEventListener("change", function (e) {
    if (e.target.name === "status") { changed(); }
  });

  var controls = ["title", "date", "agency", "districts", "communes", "fields", "summary", "figures", "body", "image", "status"];

  function showProblems(problems) {
    var byControl = {};
    (problems || []).forEach(function (p) { (byControl[p.control] = byControl[p.control] || []).push(p); });
    var photoControls = [];
    state.photos.forEach(function (p, i) {
      photoControls.push("image-" + i, "image-" + i + "-alt", "image-" + i + "-caption", "image-" + i + "-credit");
    });
    controls.concat(photoControls).forEach(function (control) {
      var box = $("loi-" + control);
      if (!box) { return; }
      box.textContent = "";
      var list = byControl[control] || [];
      list.forEach(function (p) {
        var line = document.createElement("p");
        line.className = p.error ? "error" : "warning";
        line.textContent = (p.error ? "Lỗi: " : "Lưu ý: ") + p.message + (p.hint ? " — " + p.hint : "");
        box.appendChild(line);
      });
      var input = control === "figures" ? null : $(control);
      var invalid = list.some(function (p) { return p.error; });
      if (input) {
        if (invalid) { input.setAttribute("aria-invalid", "true"); } else { input.removeAttribute("aria-invalid"); }
      }
      if (control === "figures") {
        Array.prototype.forEach.call(document.querySelectorAll("#figures-rows input"), function (i) {
          if (invalid) { i.setAttribute("aria-invalid", "true"); } else { i.removeAttribute("aria-invalid"); }
        });
      }
    });
    var errors = (problems || []).filter(function (p) { return p.error; }).length;
    $("loi-chung").textContent = errors ? "Còn " + errors + " lỗi: bài chỉ lưu được dưới dạng Bản nháp cho đến khi sửa xong." : "";
  }

  function check() {
    var run = ++checkRun;
    return post("kiem-tra", { form: current() }).then(function (r) {
      if (run === checkRun) { showProblems(r.problems); }
      return r;
    });
  }

  var previewRun = 0;
  function preview() {
    var f = current();
    if (!f.slug) { return; }
    var run = ++previewRun;
    $("xem-truoc-trang-thai").textContent = "Đang dựng bản xem trước…";
    post("xem-truoc", { form: f, openedSlug: state.opened }).then(function (r) {
      if (run !== previewRun) { return; }
      if (r.url) {
        $("xem-truoc").src = r.url + "?lan=" + run;
        $("xem-truoc-trang-thai").textContent = "Bản xem trước (chưa lưu), dựng bằng đúng mẫu trang của trang web.";
      } else {
        $("xem-truoc-trang-thai").textContent = r.message || ("Chưa xem trước được: " + (r.problems || []).length + " lỗi, xem các lỗi bên trái.");
      }
    });
  }

  // ---- paste: clipboard HTML becomes Markdown on the server ----

  $("body").addEventListener("paste", function (e) {
    var html = e.clipboardData && e.clipboardData.getData("text/html");
    if (!html) { return; }
    e.preventDefault();
    var area = $("body");
    var start = area.selectionStart;
    var end = area.selectionEnd;
    var plain = e.clipboardData.getData("text/plain");
    post("dan", { html: html }).then(function (r) {
      var text = r.status === 200 ? r.markdown : plain;
      area.setRangeText(text, start, end, "end");
      say(r.status === 200 ? "Đã dán và đổi định dạng sang Markdown." : (r.message || "Đã dán như chữ thường."));
      changed();
    });
  });

  // ---- photos: the story's list, in the order published; the first is the main photo ----

  function photoField(p, i, key, text, describedBy) {
    var wrap = document.createElement("div");
    wrap.className = "field";
    var id = "image-" + i + "-" + key;
    var l = document.createElement("label");
    l.htmlFor = id;
    l.textContent = text;
    var input = document.createElement("input");
    input.type = "text";
    input.id = id;
    input.autocomplete = "off";
    input.value = p[key] || "";
    input.setAttribute("aria-describedby", (describedBy ? describedBy + " " : "") + "loi-" + id);
    input.addEventListener("input", function () { p[key] = input.value; });
    var box = document.createElement("div");
    box.id = "loi-" + id;
    box.className = "problems";
    wrap.appendChild(l);
    wrap.appendChild(input);
    wrap.appendChild(box);
    return wrap;
  }

  function photoButton(text, action) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    b.addEventListener("click", action);
    return b;
  }

  function drawPhotos(focus) {
    var list = $("ds-anh");
    list.textContent = "";
    var n = state.photos.length;
    state.photos.forEach(function (p, i) {
      var li = document.createElement("li");
      var h = document.createElement("p");
      h.className = "photo-name";
      h.id = "image-" + i;
      h.tabIndex = -1;
      h.textContent = (i === 0 ? "Ảnh chính: " : "Ảnh " + (i + 1) + ": ") + "assets/" + p.src;
      li.appendChild(h);
      // the photo as it will be published (small, upright); one just sent is already made
      var img = document.createElement("img");
      img.alt = "";
      img.addEventListener("error", function () { img.hidden = true; });
      img.src = "/bien-tap/api/anh-nho?src=" + encodeURIComponent(p.src);
      li.appendChild(img);
      var box = document.createElement("div");
      box.id = "loi-image-" + i;
      box.className = "problems";
      li.appendChild(box);
      li.appendChild(photoField(p, i, "alt", "Mô tả ảnh (bắt buộc)", "anh-goi-y"));
      li.appendChild(photoField(p, i, "caption", "Chú thích dưới ảnh (không bắt buộc)"));
      li.appendChild(photoField(p, i, "credit", "Người chụp hoặc nguồn ảnh (không bắt buộc)"));
      var actions = document.createElement("div");
      actions.className = "photo-actions";
      // each button names its photo: the same words are seen and read out
      var name = i === 0 ? "ảnh chính" : "ảnh " + (i + 1);
      if (i > 0) {
        actions.appendChild(photoButton(i === 1 ? "Làm ảnh chính" : "Đưa " + name + " lên trước", function () { move(i, i - 1); }));
      }
      if (i < n - 1) {
        actions.appendChild(photoButton("Đưa " + name + " xuống sau", function () { move(i, i + 1); }));
      }
      actions.appendChild(photoButton("Bỏ " + name, function () { removePhoto(i); }));
      li.appendChild(actions);
      list.appendChild(li);
    });
    $("anh-hien-tai").textContent = n ? "Bài có " + n + " ảnh." : "Chưa có ảnh.";
    if (focus) { focus(); }
  }

  function move(from, to) {
    var p = state.photos.splice(from, 1)[0];
    state.photos.splice(to, 0, p);
    drawPhotos(function () { $("image-" + to).focus(); });
    say("Đã chuyển ảnh assets/" + p.src + (to === 0 ? " lên làm ảnh chính." : " thành ảnh " + (to + 1) + "."));
    changed();
  }

  function removePhoto(i) {
    var p = state.photos.splice(i, 1)[0];
    drawPhotos(function () { (state.photos.length ? $("image-" + Math.min(i, state.photos.length - 1)) : $("photo")).focus(); });
    say("Đã bỏ ảnh khỏi bài; tệp assets/" + p.src + " vẫn còn trên máy, bấm Lưu để ghi bài.");
    changed();
  }

  function upload(file) {
    if (!file) { return Promise.resolve(); }
    if (file.size > 20 * 1024 * 1024) {
      var big = "Ảnh " + file.name + " lớn " + (file.size / 1024 / 1024).toFixed(1).replace(".", ",") + " MB, quá giới hạn 20 MB: hãy xuất lại ảnh nhỏ hơn (ví dụ gửi qua Zalo ở chất lượng thường) rồi chọn lại.";
      say(big);
      $("loi-image").textContent = big;
      return Promise.resolve();
    }
    say("Đang tải ảnh " + file.name + " lên…");
    return post("anh?slug=" + encodeURIComponent($("slug").value.trim()), file, true).then(function (r) {
      if (r.status !== 200) { say(r.message); $("loi-image").textContent = r.message; return; }
      $("loi-image").textContent = "";
      state.photos.push({ src: r.src, alt: "", caption: "", credit: "" });
      var added = state.photos.length - 1;
      drawPhotos();
      say(r.message + " Hãy ghi Mô tả ảnh cho ảnh " + (added === 0 ? "chính" : added + 1) + ".");
      changed();
    });
  }

  function uploadAll(files) {
    return Array.prototype.reduce.call(files || [], function (done, file) {
      return done.then(function () { return upload(file); });
    }, Promise.resolve());
  }

  $("photo").addEventListener("change", function () {
    var input = $("photo");
    uploadAll(input.files).then(function () { input.value = ""; });
  });
  var drop = $("khung-anh");
  drop.addEventListener("dragover", function (e) { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", function () { drop.classList.remove("over"); });
  drop.addEventListener("drop", function (e) {
    e.preventDefault();
    drop.classList.remove("over");
    uploadAll(e.dataTransfer.files);
  });

  // ---- save ----

  function say(text) { $("thong-bao").textContent = text || ""; }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var f = current();
    post("luu", { form: f, openedSlug: state.opened, sha256: state.sha }).then(function (r) {
      if (r.status === 200) {
        state.sha = r.sha256;
        state.opened = r.slug;
        state.published = r.published;
        state.slugTouched = true;
        state.diskForm = JSON.stringify(current());
        localStorage.removeItem(key());
        if (location.pathname !== "/bien-tap/sua/" + r.slug + "/") {
          history.replaceState(null, "", "/bien-tap/sua/" + r.slug + "/");
        }
        $("tieu-de-trang").textContent = "Sửa: " + f.title;
        $("xung-dot").hidden = true;
        showSlug();
        showProblems(r.problems);
        say(r.message);
      } else if (r.status === 409 && r.disk !== undefined) {
        $("xung-dot-chu").textContent = r.message;
        $("ban-tren-dia").value = r.disk;
        $("ban-cua-ban").value = r.mine;
        $("xung-dot").hidden = false;
        $("xung-dot").focus();
        say(r.message);
      } else {
        if (r.problems) { showProblems(r.problems); }
        say(r.message);
      }
    });
  });

  // ---- autosave in this browser, every few seconds ----

  function key() { return "dvk-bien-tap:" + (state.opened || "moi"); }

  setInterval(function () {
    var now = JSON.stringify(current());
    if (now !== state.diskForm) {
      localStorage.setItem(key(), JSON.stringify({ at: new Date().toISOString(), form: now }));
    }
  }, 3000);

  function offerRestore() {
    var saved = localStorage.getItem(key());
    if (!saved) { return; }
    var kept = JSON.parse(saved);
    if (kept.form === state.diskForm) { return; }
    var at = new Date(kept.at);
    $("khoi-phuc-chu").textContent = "Trình duyệt còn giữ một bản chưa lưu của bài này (lúc " + at.toLocaleTimeString("vi-VN")
      + " ngày " + at.toLocaleDateString("vi-VN") + "), khác bản trên đĩa.";
    $("khoi-phuc").hidden = false;
    $("khoi-phuc-co").addEventListener("click", function () {
      fill(JSON.parse(kept.form));
      $("khoi-phuc").hidden = true;
      say("Đã khôi phục bản tự lưu; bấm Lưu để ghi vào tệp.");
      changed();
    });
    $("khoi-phuc-khong").addEventListener("click", function () {
      localStorage.removeItem(key());
      $("khoi-phuc").hidden = true;
    });
  }

  // ---- start ----

  if (state.opened) {
    fetch("/bien-tap/api/bai/" + encodeURIComponent(state.opened), { cache: "no-store" })
      .then(function (r) { return r.json().then(function (j) { j.status = r.status; return j; }); })
      .then(function (r) {
        if (r.status !== 200) { say(r.message); return; }
        state.sha = r.sha256;
        state.published = r.published;
        $("date").value = r.form.date;
        return loadCatalog().then(function () {
          fill(r.form);
          state.diskForm = JSON.stringify(current());
          $("tieu-de-trang").textContent = "Sửa: " + (r.form.title || r.form.slug);
          document.title = "Sửa: " + (r.form.title || r.form.slug) + " — Biên tập Dân vận khéo";
          offerRestore();
          check();
          preview();
        });
      });
  } else {
    $("date").value = today();
    loadCatalog().then(function () { showSlug(); state.diskForm = JSON.stringify(current()); offerRestore(); });
  }
}());
