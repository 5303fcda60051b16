<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page>
<h1>Không tìm thấy trang</h1>
<p class="lead">Trang bạn tìm không có hoặc đã được chuyển đi.</p>
<ul>
  <li><a href="${content.root}">Về trang chủ</a></li>
  <li><a href="${content.root}mo-hinh/">Xem tất cả mô hình</a></li>
  <li><a href="${content.root}dia-ban/">Tìm mô hình theo địa bàn</a></li>
</ul>
</@l.page>
