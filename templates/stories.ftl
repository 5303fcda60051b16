<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page>
<h1>Các mô hình “Dân vận khéo”</h1>
<p class="lead">${content.total} mô hình của các cơ quan, đơn vị, địa phương được nêu trong báo cáo sơ kết 03 năm của Sở Nội vụ.</p>
<@l.cards content.entries 2/>
<@l.pager content.pager/>
</@l.page>
