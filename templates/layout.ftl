<#ftl output_format="HTML" strip_whitespace=true>
<#-- The frame of every HTML page. Reads the page keys documented in PageDocument and Views. -->
<#-- JBake answers every lookup of a data-model name by first asking its model extractors (copying
     the model and throwing an exception on a miss); as a global, content is found at once. -->
<#global content = content>
<#macro page crumbs=(content.crumbs)![] bodyClass="">
<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><#if content.type == "home">${content.site.title}<#else>${content.title} — Dân vận khéo Quảng Ngãi</#if></title>
<meta name="description" content="${content.description}">
<#if content.type == "error404">
<meta name="robots" content="noindex">
</#if>
<link rel="canonical" href="${content.canonical}">
<meta property="og:type" content="<#if content.type == "story">article<#else>website</#if>">
<meta property="og:title" content="${content.share.title}">
<meta property="og:description" content="${content.description}">
<meta property="og:url" content="${content.canonical}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${content.site.title}">
<meta property="og:image" content="${content.share.image}">
<meta property="og:image:type" content="${content.share.type}">
<meta property="og:image:width" content="${content.share.width?c}">
<meta property="og:image:height" content="${content.share.height?c}">
<meta property="og:image:alt" content="${content.share.alt}">
<meta name="twitter:card" content="summary_large_image">
<#if content.story??>
<meta property="article:published_time" content="${content.story.dateIso}">
</#if>
<meta name="theme-color" content="#a4161a">
<link rel="icon" href="${content.root}favicon.ico" sizes="32x32">
<link rel="icon" href="${content.root}favicon.svg" type="image/svg+xml">
<link rel="apple-touch-icon" href="${content.root}apple-touch-icon.png">
<link rel="manifest" href="${content.root}site.webmanifest">
<link rel="stylesheet" href="${content.root}${content.site.assets["css/site.css"]}">
<link rel="alternate" type="application/atom+xml" href="${content.root}feed.xml" title="Mô hình “Dân vận khéo” mới">
<link rel="alternate" type="application/feed+json" href="${content.root}feed.json" title="Mô hình “Dân vận khéo” mới (JSON Feed)">
<#list (content.feeds)![] as f>
<link rel="alternate" type="${f.type}" href="${content.root}${f.path}" title="${f.title}">
</#list>
<#-- data, not script: made and escaped by bake/StructuredData -->
<#if content.jsonLd??>
<script type="application/ld+json">${content.jsonLd?no_esc}</script>
</#if>
</head>
<body<#if bodyClass?has_content> class="${bodyClass}"</#if>>
<a class="skip" href="#noi-dung">Bỏ qua, đến nội dung chính</a>
<header class="site-header">
  <div class="wrap header-inner">
    <a class="brand" href="${content.root}">
      <span class="brand-org">${content.site.publisher}</span>
      <span class="brand-name">Dân vận khéo</span>
    </a>
    <#-- a disclosure without script: on wide screens the CSS shows its content and hides the summary -->
    <details class="menu">
      <summary>Mục lục</summary>
      <nav class="site-nav" aria-label="Mục chính">
        <ul>
        <#list content.site.nav as item>
          <li><a href="${content.root}${item.path}"<#if content.path?starts_with(item.path)> aria-current="<#if content.path == item.path>page<#else>true</#if>"</#if>>${item.label}</a></li>
        </#list>
        </ul>
      </nav>
    </details>
    <#if content.type != "search">
    <form class="header-search" role="search" method="get" action="${content.root}tim-kiem/">
      <label for="tim-nhanh" class="visually-hidden">Tìm mô hình</label>
      <input type="search" id="tim-nhanh" name="q" placeholder="Tìm mô hình…" autocomplete="off">
      <button type="submit">Tìm</button>
    </form>
    </#if>
  </div>
</header>
<#if crumbs?has_content>
<nav class="crumbs wrap" aria-label="Đường dẫn">
  <ol>
    <li><a href="${content.root}">Trang chủ</a></li>
    <#list crumbs as crumb>
    <li><#if crumb.path??><a href="${content.root}${crumb.path}">${crumb.label}</a><#else><span aria-current="page">${crumb.label}</span></#if></li>
    </#list>
  </ol>
</nav>
</#if>
<p class="print-masthead">${content.site.publisher} · Dân vận khéo Quảng Ngãi</p>
<main id="noi-dung" class="wrap" tabindex="-1">
<#nested>
</main>
<#assign imprint = content.site.imprint>
<footer class="site-footer">
  <div class="wrap footer-inner">
    <div class="footer-imprint">
      <p class="footer-org">Cơ quan chủ quản: <a href="${content.root}${imprint.publisher.path}">${imprint.publisher.name}</a></p>
      <p>Trang giới thiệu các mô hình trong Phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước tỉnh Quảng Ngãi.</p>
      <p>Chịu trách nhiệm nội dung: ${imprint.publisher.name}. Nội dung theo <cite>${imprint.report.title}</cite> của ${imprint.publisher.name}, ${imprint.report.month}, do ${imprint.report.signerTitle} ${imprint.report.signer} ký.</p>
      <#if imprint.contact??>
      <#assign c = imprint.contact>
      <ul class="contact">
        <#if c.address??><li>Trụ sở: ${c.address}</li></#if>
        <#if c.phone??><li>Điện thoại: <a href="${c.tel}">${c.phone}</a></li></#if>
        <#if c.email??><li>Thư điện tử: <a href="mailto:${c.email}">${c.email}</a></li></#if>
      </ul>
      </#if>
      <p class="licence"><#if imprint.licence??>Sử dụng lại nội dung và dữ liệu mở: ${imprint.licence}<#else>Chưa công bố điều kiện sử dụng lại nội dung và dữ liệu mở của trang; muốn dùng lại, xin hỏi ý kiến cơ quan chủ quản.</#if></p>
      <p>Địa bàn ghi theo đơn vị hành chính cấp huyện năm 2023. Từ ngày 01 tháng 7 năm 2025, Việt Nam không còn cấp huyện.</p>
    </div>
    <ul class="footer-links">
      <li><a href="${content.root}gioi-thieu/">Giới thiệu phong trào</a></li>
      <li><a href="${content.root}mo-hinh/">Tất cả mô hình</a></li>
      <li><a href="${content.root}tin-moi/">Theo dõi mô hình mới</a></li>
      <li><a href="${content.root}du-lieu/">Dữ liệu mở và nguồn tài liệu</a></li>
      <#if imprint.contact?? && imprint.contact.feedback??><li><a href="${imprint.contact.feedback}">Trang này có hữu ích không? Báo lỗi nội dung</a></li></#if>
      <#list imprint.links as link><li><a href="${link.url}">${link.label}</a></li></#list>
    </ul>
    <p class="print-url">Địa chỉ trang: ${content.canonical}</p>
  </div>
</footer>
</body>
</html>
</#macro>

<#-- A story in a list: title, agency, districts and summary; its first photo above them, as decoration (the title says what it is). -->
<#macro card s level=3 via="">
<li class="card<#if s.thumb??> has-thumb</#if>" data-story="${s.slug}">
  <h${level} class="card-title"><a href="${content.root}${s.path}">${s.title}</a></h${level}>
  <#if s.thumb??><img class="card-thumb" src="${content.root}${s.thumb.variants[0].path}" srcset="<#list s.thumb.variants as v>${content.root}${v.path} ${v.width?c}w<#sep>, </#list>" sizes="(min-width: 48rem) 31rem, calc(100vw - 4rem)" width="${s.thumb.width?c}" height="${s.thumb.height?c}" alt="" loading="lazy" decoding="async"></#if>
  <p class="card-meta"><span>${s.agency.shortName}</span> · <span><#if s.provinceWide>Toàn tỉnh<#else><#list s.districts as d>${d.name}<#sep>, </#list><#if s.districts?has_content && s.communes?has_content>; </#if><#list s.communes as c>${c}<#sep>, </#list><#if s.districtsInferred> (báo cáo không nêu tên, suy ra)</#if></#if></span></p>
  <#if via?has_content><p class="card-via">${via}</p></#if>
  <p class="card-summary">${s.summary}</p>
</li>
</#macro>

<#-- level: the heading level of each title, one below the heading the list sits under -->
<#-- via: story slug → why the story is in this list (a district page: the commune it names) -->
<#macro cards entries level=3 via={}>
<ul class="cards">
<#list entries as s><@card s level via[s.slug]!""/></#list>
</ul>
</#macro>

<#macro pager p>
<#if p.count gt 1>
<nav class="pager" aria-label="Phân trang">
  <#if p.previous??><a rel="prev" href="${content.root}${p.previous}"><span aria-hidden="true">←</span> Trang trước</a></#if>
  <span>Trang ${p.number} / ${p.count}</span>
  <#if p.next??><a rel="next" href="${content.root}${p.next}">Trang sau <span aria-hidden="true">→</span></a></#if>
</nav>
</#if>
</#macro>
