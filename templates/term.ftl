<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign t = content.taxonomy>
<#assign term = content.term>
<@l.page>
<div class="term" data-term="${term.id}" data-count="${term.count}">
<h1>${content.title}</h1>
<dl class="facts">
  <#if term.level??><div><dt>Cấp</dt><dd>${term.level}</dd></div></#if>
  <#if term.kind??><div><dt>Loại</dt><dd>${term.kind}</dd></div></#if>
  <#if term.terrain??><div><dt>Đặc điểm</dt><dd>${term.terrain}</dd></div></#if>
  <#if term.district??><div><dt>Địa bàn</dt><dd><a href="${content.root}${term.district.path}">${term.district.name}</a></dd></div></#if>
  <#if term.parent??><div><dt>Trực thuộc</dt><dd><a href="${content.root}${term.parent.path}">${term.parent.name}</a></dd></div></#if>
  <div><dt>Số mô hình</dt><dd>${term.count}</dd></div>
</dl>
<#if term.lineage?? && term.lineage.validTo??>
<p class="ended">Đơn vị này hoạt động đến ${term.lineage.validTo}. <a href="#thay-doi">Xem nay thuộc đơn vị nào</a>.</p>
</#if>
<#if content.entries?has_content>
<h2>Các mô hình</h2>
<@l.cards entries=content.entries via=content.via!{}/>
<@l.pager content.pager/>
<#else>
<p class="empty">Chưa có mô hình “Dân vận khéo” nào của <#if t.key == "linh-vuc">lĩnh vực này<#elseif t.key == "dia-ban">địa bàn này<#else>cơ quan này</#if> được nêu trong báo cáo sơ kết năm 2023.</p>
</#if>
<#if content.provinceWideCount??>
<p class="note">Ngoài ra, <a href="${content.root}${content.provinceWidePath}">${content.provinceWideCount} mô hình của các sở, ngành áp dụng trên toàn tỉnh</a>. Địa bàn ghi theo đơn vị hành chính năm 2023; từ ngày 01 tháng 7 năm 2025, Việt Nam không còn cấp huyện.</p>
</#if>
<#if term.communes?has_content>
<section class="now-units" aria-labelledby="xa-phuong-nay">
  <h2 id="xa-phuong-nay">Xã, phường, đặc khu hiện nay</h2>
  <p>Từ ngày 01/7/2025, địa bàn này thuộc các đơn vị dưới đây. Các mô hình báo cáo ghi cho cả địa bàn là mô hình của huyện cũ: báo cáo không nói chúng ở xã nào, nên trang không xếp chúng vào một xã, phường.</p>
  <ul>
  <#list term.communes as c><li data-commune="${c.id}">${c.name}<#if c.alsoFrom?has_content>: cũng gồm địa bàn cũ của <#list c.alsoFrom as d><a href="${content.root}${d.path}">${d.name}</a><#sep>, </#list> (xem cả mô hình ở đó)</#if><#if c.naming?has_content>. Mô hình nêu tên ${c.name}: <#list c.naming as s><a href="${content.root}${s.path}">${s.title}</a><#sep>; </#list></#if></li></#list>
  </ul>
</section>
</#if>
<#if term.lineage??>
<#assign h = term.lineage>
<section class="lineage" aria-labelledby="thay-doi">
  <h2 id="thay-doi">Sau năm 2023</h2>
  <dl class="facts">
    <#if h.validFrom??><div><dt>Có từ</dt><dd>${h.validFrom}</dd></div></#if>
    <#if h.validTo??><div><dt>Thời gian tồn tại</dt><dd>đến ${h.validTo}</dd></div></#if>
    <#if h.successors?has_content><div><dt>Nay thuộc</dt><dd><#list h.successors as u><#if u.path??><a href="${content.root}${u.path}">${u.name}</a><#else>${u.name}</#if><#sep>, </#list></dd></div>
    <#elseif h.validTo??><div><dt>Nay thuộc</dt><dd>Tên hiện nay chưa được ghi nhận: chưa tìm được nguồn công khai nêu tên đơn vị kế tiếp.</dd></div></#if>
    <#if h.predecessors?has_content><div><dt>Trước đây</dt><dd><#list h.predecessors as u><#if u.path??><a href="${content.root}${u.path}">${u.name}</a><#else>${u.name}</#if><#sep>, </#list></dd></div></#if>
    <#if h.act??><div><dt>Văn bản</dt><dd>${h.act}</dd></div></#if>
  </dl>
  <#if h.note??><p>${h.note}</p></#if>
  <details class="sources">
    <summary>Nguồn (${h.sources?size})</summary>
    <ul>
    <#list h.sources as c><li><cite>${c.title}</cite> (${c.issuer}<#if c.number??>, ${c.number}</#if><#if c.date??>, ${c.date}</#if>), <span class="url">${c.url}</span></li></#list>
    </ul>
  </details>
  <p><a href="${content.root}thay-doi-don-vi-hanh-chinh/">Thay đổi đơn vị hành chính từ ngày 01/7/2025</a></p>
</section>
</#if>
<p class="follow">Nhận tin mô hình mới: <#list content.feeds as f><a href="${content.root}${f.path}" type="${f.type}">${f.label}</a><#sep>, </#list>; <a href="${content.root}${content.embedPath}">khung nhúng cho trang web khác</a>.</p>
</div>
</@l.page>
