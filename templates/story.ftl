<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign s = content.story>
<@l.page>
<article class="story" data-story="${s.slug}">
  <h1>${s.title}</h1>
  <p class="lead">${s.summary}</p>
  <dl class="facts">
    <div><dt>Cơ quan thực hiện</dt><dd><a href="${content.root}${s.agency.path}" data-agency="${s.agency.id}">${s.agency.name}</a></dd></div>
    <div><dt>Địa bàn</dt><dd><#if s.provinceWide>Toàn tỉnh<#else><#list s.districts as d><a href="${content.root}${d.path}" data-district="${d.id}">${d.name}</a><#sep>, </#list><#if s.districts?has_content && s.communes?has_content>; </#if><#list s.communeUnits as c>${c.name}<#if c.from?has_content> (địa bàn năm 2023: <#list c.from as d><a href="${content.root}${d.path}" data-district="${d.id}">${d.name}</a><#sep>, </#list>)</#if><#sep>, </#list></#if></dd></div>
    <div><dt>Lĩnh vực</dt><dd><#list s.fields as f><a href="${content.root}${f.path}" data-field="${f.id}">${f.name}</a><#sep>, </#list></dd></div>
    <div><dt>Thời gian đăng</dt><dd><time datetime="${s.dateIso}">${s.date?cap_first}</time></dd></div>
  </dl>
  <#if s.asOf?? || s.renamed?has_content>
  <div class="note as-of">
    <#if s.asOf??><p>Nội dung, số liệu và tên gọi cơ quan, địa bàn trong bài theo tình hình ${s.asOf}, khi báo cáo được viết.</p></#if>
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
  <#if s.image??>
  <figure class="story-image"><img src="${content.root}${s.image.src}" alt="${s.image.alt}"></figure>
  </#if>
  <div class="prose">
${content.body?no_esc}
  </div>
</article>
<nav class="prev-next" aria-label="Mô hình khác">
  <#if content.previous??><a rel="prev" href="${content.root}${content.previous.path}"><span>Mô hình trước</span> ${content.previous.title}</a></#if>
  <#if content.next??><a rel="next" href="${content.root}${content.next.path}"><span>Mô hình tiếp theo</span> ${content.next.title}</a></#if>
</nav>
</@l.page>
