<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#-- The search page: a plain GET form that assets/js/search.js enhances (no inline script). -->
<@l.page>
<h1>Tìm kiếm mô hình</h1>
<noscript>
<p class="note">Chức năng tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Bạn vẫn có thể tìm mô hình trong các danh sách bên dưới.</p>
</noscript>
<form class="search" role="search" method="get" action="${content.root}${content.path}" data-index="${content.index}" data-root="${content.root}">
  <label for="q">Từ khóa</label>
  <div class="search-box">
    <input type="search" id="q" name="q" aria-describedby="q-goi-y" autocomplete="off" spellcheck="false">
    <button type="submit">Tìm</button>
  </div>
  <p id="q-goi-y" class="hint">Có dấu hay không đều được; gõ tên cơ quan, địa bàn để lọc. Ví dụ: <a href="?q=mo+duc">mo duc</a>, <a href="?q=h%E1%BB%93+s%C6%A1+t%C3%A0u+c%C3%A1">hồ sơ tàu cá</a>.</p>
  <fieldset class="search-filters">
    <legend>Lọc theo</legend>
    <#list content.filters as f>
    <div>
      <label for="${f.key}">${f.label}</label>
      <select id="${f.key}" name="${f.key}">
        <option value="">${f.all}</option>
        <#list f.options as o><option value="${o.id}">${o.name}</option></#list>
      </select>
    </div>
    </#list>
  </fieldset>
</form>
<h2 id="ket-qua-dem" class="search-count" tabindex="-1" hidden></h2>
<p id="trang-thai" class="search-status" role="status"></p>
<ol id="ket-qua" class="cards search-results" hidden></ol>
<button type="button" id="xem-them" class="more" hidden>Xem thêm kết quả</button>
<nav id="duyet" class="search-browse" aria-labelledby="duyet-tieu-de">
  <h2 id="duyet-tieu-de">Xem mô hình theo danh sách</h2>
  <ul>
    <li><a href="${content.root}co-quan/">Theo cơ quan</a></li>
    <li><a href="${content.root}dia-ban/">Theo địa bàn</a></li>
    <li><a href="${content.root}linh-vuc/">Theo lĩnh vực</a></li>
    <li><a href="${content.root}mo-hinh/">Tất cả mô hình</a></li>
  </ul>
</nav>
<script src="${content.root}${content.site.assets["js/search.js"]}" defer></script>
</@l.page>
