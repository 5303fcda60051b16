<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign s = content.story>
<#-- One photo: srcset from the pipeline's widths; the first is in view at once, the others load when scrolled to. -->
<#macro photo p first=false>
<figure class="photo">
  <img src="${content.root}${p.src}" srcset="<#list p.variants as v>${content.root}${v.path} ${v.width?c}w<#sep>, </#list>" sizes="(min-width: 44rem) 42rem, calc(100vw - 2rem)" width="${p.width?c}" height="${p.height?c}" alt="${p.alt}"<#if first> fetchpriority="high"<#else> loading="lazy"</#if> decoding="async">
  <#if p.caption?? || p.credit??><figcaption><#if p.caption??>${p.caption}</#if><#if p.caption?? && p.credit??> </#if><#if p.credit??><span class="credit">Ảnh: ${p.credit}</span></#if></figcaption></#if>
</figure>
</#macro>
<@l.page>
<article class="story" data-story="${s.slug}">
  <#if content.held??>
  <div class="note held" role="note"><p><strong>${content.held.label}:</strong> ${content.held.text}</p></div>
  </#if>
  <h1>${s.title}</h1>
  <p class="lead">${s.summary}</p>
  <#if s.images?has_content><@photo s.images[0] true/></#if>
  <dl class="facts">
    <div><dt>Cơ quan thực hiện</dt><dd><a href="${content.root}${s.agency.path}" data-agency="${s.agency.id}">${s.agency.name}</a></dd></div>
    <div><dt>Địa bàn</dt><dd><#if s.provinceWide>Toàn tỉnh<#else><#list s.districts as d><a href="${content.root}${d.path}" data-district="${d.id}">${d.name}</a><#sep>, </#list><#if s.districts?has_content && s.communes?has_content>; </#if><#list s.communeUnits as c>${c.name}<#if c.from?has_content> (địa bàn năm 2023: <#list c.from as d><a href="${content.root}${d.path}" data-district="${d.id}">${d.name}</a><#sep>, </#list>)</#if><#sep>, </#list><#if s.districtsInferred> <span class="inferred">(báo cáo không nêu tên huyện; địa bàn do người biên soạn suy ra)</span></#if></#if></dd></div>
    <div><dt>Lĩnh vực</dt><dd><#list s.fields as f><a href="${content.root}${f.path}" data-field="${f.id}">${f.name}</a><#sep>, </#list></dd></div>
    <div><dt>Thời gian đăng</dt><dd><time datetime="${s.dateIso}">${s.date?cap_first}</time></dd></div>
  </dl>
  <#if s.asOf?? || s.renamed?has_content>
  <div class="note as-of">
    <#if s.asOf??><p><strong>Thông tin tính đến ${s.asOf}</strong>, theo báo cáo của ${content.site.imprint.publisher.name}: nội dung, số liệu và tên gọi cơ quan, địa bàn trong bài là của thời điểm đó, không phải tình hình hiện nay.</p></#if>
    <#if s.renamed?has_content><p>Từ ngày 01/7/2025: <#list s.renamed as r>${r}<#sep> </#list> <a href="${content.root}thay-doi-don-vi-hanh-chinh/">Xem thay đổi đơn vị hành chính</a>.</p></#if>
  </div>
  </#if>
  <#if s.figures?has_content>
  <section class="figures" aria-labelledby="so-lieu">
    <h2 id="so-lieu">Số liệu theo báo cáo</h2>
    <ul>
    <#list s.figures as f>
      <li><strong>${f.value}</strong> <span>${f.label}</span></li>
    </#list>
    </ul>
  </section>
  </#if>
  <div class="prose">
${content.body?no_esc}
  </div>
  <#list s.images as p><#if p?index gt 0><@photo p/></#if></#list>
</article>
<nav class="prev-next" aria-label="Mô hình khác">
  <#if content.previous??><a rel="prev" href="${content.root}${content.previous.path}"><span>Mô hình trước</span> ${content.previous.title}</a></#if>
  <#if content.next??><a rel="next" href="${content.root}${content.next.path}"><span>Mô hình tiếp theo</span> ${content.next.title}</a></#if>
</nav>
</@l.page>
