<#ftl output_format="HTML" strip_whitespace=true>
<#-- A fragment for another site's iframe (pages/EmbedPages): no site header, no script, no inline
     style; every link opens in the whole window, not inside the frame. -->
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${content.title} — Dân vận khéo Quảng Ngãi</title>
<meta name="description" content="${content.description}">
<link rel="stylesheet" href="${content.root}${content.site.assets["css/nhung.css"]}">
</head>
<body>
<main class="nhung">
<h1><a href="${content.root}${content.more}" target="_top">${content.title}</a></h1>
<#if content.entries?has_content>
<ul>
<#list content.entries as s>
  <li><a href="${content.root}${s.path}" target="_top">${s.title}</a> <time datetime="${s.dateIso}">${s.date}</time></li>
</#list>
</ul>
<#else>
<p>Chưa có mô hình nào.</p>
</#if>
<p class="more"><a href="${content.root}${content.more}" target="_top">${content.moreLabel} (${content.total})</a></p>
</main>
</body>
</html>
