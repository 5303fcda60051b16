<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#-- The search page: a plain GET form that assets/js/search.js enhances (no inline script). -->
<@l.page>
<h1>Tìm kiếm mô hình</h1>
<noscript>
<div class="note">
  <p>Chức năng tìm kiếm cần JavaScript, mà trình duyệt của bạn đang tắt. Bạn vẫn có thể tìm mô hình trong các danh sách:</p>
  <ul>
    <li><a href="${content.root}co-quan/">theo cơ quan</a></li>
    <li><a href="${content.root}dia-ban/">theo địa bàn</a></li>
    <li><a href="${content.root}linh-vuc/">theo lĩnh vực</a></li>
    <li><a href="${content.root}mo-hinh/">tất cả mô hình</a></li>
  </ul>
</div>
</noscript>
<form class="search" role="search" method="get" action="${content.root}${content.path}" data-index="${content.index}" data-root="${content.root}">
  <label for="q">Từ khóa</label>
  <div class="search-box">
    <input type="search" id="q" name="q" aria-describedby="q-goi-y" autocomplete="off" spellcheck="false">
    <button type="submit">Tìm</button>
  </div>
  <p id="q-goi-y" class="hint">Gõ có dấu hay không dấu đều được, ví dụ: <a href="?q=duc+pho">duc pho</a>, <a href="?q=ho+so+tau+ca">hồ sơ tàu cá</a>.</p>
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
<p id="trang-thai" class="search-status" role="status"></p>
<ol id="ket-qua" class="cards search-results" hidden></ol>
<button type="button" id="xem-them" class="more" hidden>Xem thêm kết quả</button>
<script src="${content.root}${content.site.assets["js/search.js"]}" defer></script>
</@l.page>
