<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#assign t = content.taxonomy>
<@l.page>
<h1>${t.title}</h1>
<p class="lead">${content.description}</p>
<#if t.key == "co-quan">
  <#list ["tinh", "huyen", "xa"] as level>
  <#assign terms = t.terms?filter(x -> x.levelId == level && x.count gt 0)>
  <#if terms?has_content>
  <section aria-labelledby="cap-${level}">
    <h2 id="cap-${level}">${terms[0].level}</h2>
    <ul class="terms">
    <#list terms as term><li data-term="${term.id}" data-count="${term.count}"><a href="${content.root}${term.path}">${term.name}</a> <span class="count">${term.count} mô hình</span></li></#list>
    </ul>
  </section>
  </#if>
  </#list>
  <#assign others = t.terms?filter(x -> x.count == 0)>
  <#if others?has_content>
  <section aria-labelledby="co-quan-khac">
    <h2 id="co-quan-khac">Cơ quan khác được nêu trong báo cáo</h2>
    <p>Các cơ quan ban hành kế hoạch, gửi hoặc nhận báo cáo, hoặc là cấp trên của đơn vị có mô hình. Báo cáo không nêu mô hình riêng của các cơ quan này.</p>
    <ul class="terms">
    <#list others as term><li data-term="${term.id}" data-count="${term.count}"><a href="${content.root}${term.path}">${term.name}</a></li></#list>
    </ul>
  </section>
  </#if>
<#else>
  <#if content.tileMap??>
  <figure class="picture">
    ${content.tileMap?no_esc}
    <figcaption>Bản đồ năm 2023: mỗi ô là một huyện, thị xã, thành phố như trong báo cáo (đặt gần đúng vị trí trên bản đồ; các đơn vị này hoạt động đến ngày 30/6/2025). Màu ô theo số mô hình báo cáo nêu tên ở địa bàn đó:
    ${content.tileLegend?no_esc}
    Chọn một ô để xem các mô hình ở đó.</figcaption>
  </figure>
  </#if>
  <#if t.terms?filter(term -> term.lineage?? && term.lineage.successors?has_content)?has_content>
  <p>Từ ngày 01/7/2025 không còn cấp huyện; dưới mỗi địa bàn năm 2023 là các xã, phường, đặc khu hiện nay được lập từ địa bàn đó. <a href="${content.root}thay-doi-don-vi-hanh-chinh/">Thay đổi đơn vị hành chính từ ngày 01/7/2025</a></p>
  </#if>
  <#if t.terms?filter(term -> term.inferred?? && term.inferred gt 0)?has_content>
  <p>“Suy ra”: mô hình cấp tỉnh mà báo cáo không nêu tên địa bàn; người biên soạn gắn nó với các huyện này, nên bản đồ không tính.</p>
  </#if>
  <ul class="terms">
  <#list t.terms as term><li data-term="${term.id}" data-count="${term.count}"><a href="${content.root}${term.path}">${term.name}</a> <span class="meta"><#if term.terrain??><span class="tag">${term.terrain}</span> </#if><span class="count"><#if term.inferred?? && term.inferred gt 0><#if term.count gt term.inferred>${term.count - term.inferred} mô hình, </#if>${term.inferred} mô hình suy ra<#else>${term.count} mô hình</#if></span></span><#if term.lineage?? && term.lineage.successors?has_content> <span class="now">Nay thuộc: <#list term.lineage.successors as u>${u.name}<#sep>, </#list></span></#if></li></#list>
  </ul>
</#if>
<#if content.provinceWide??>
<section id="${content.provinceWideAnchor}" aria-labelledby="toan-tinh-h">
  <h2 id="toan-tinh-h">Mô hình áp dụng toàn tỉnh</h2>
  <p>Các mô hình của sở, ngành cấp tỉnh không gắn với một huyện cụ thể.</p>
  <@l.cards content.provinceWide/>
</section>
<p class="note">Địa bàn ghi theo 13 đơn vị hành chính cấp huyện của tỉnh Quảng Ngãi năm 2023, khi báo cáo được ban hành. Từ ngày 01 tháng 7 năm 2025, Việt Nam không còn cấp huyện.</p>
</#if>
</@l.page>
