<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page bodyClass="home">
<h1>Mô hình “Dân vận khéo” tỉnh Quảng Ngãi</h1>
<#if content.about??><p class="lead">${content.about} <a href="${content.root}gioi-thieu/">Tìm hiểu về phong trào</a></p></#if>
<ul class="stats" aria-label="Số liệu chính">
  <li><strong>${content.storyCount}</strong> mô hình</li>
  <li><strong>${content.agencyCount}</strong> cơ quan, địa phương</li>
  <li><strong>${content.districtCount}</strong> huyện, thị xã, thành phố có mô hình được nêu tên trong báo cáo</li>
</ul>
<#if content.inferredDistrictCount gt 0>
<p class="stats-note">Ngoài ra ${content.inferredDistrictCount} huyện chỉ gắn với mô hình cấp tỉnh mà báo cáo không nêu tên địa bàn (địa bàn do người biên soạn suy ra), nên không được tính.</p>
</#if>
<section aria-labelledby="bieu-do">
  <h2 id="bieu-do">Các mô hình qua số liệu</h2>
  <div class="charts">
    <figure class="picture">${content.levelChart?no_esc}<figcaption>Theo cấp của cơ quan thực hiện</figcaption></figure>
    <figure class="picture">${content.fieldChart?no_esc}<figcaption>Theo lĩnh vực; một mô hình có thể thuộc nhiều lĩnh vực</figcaption></figure>
  </div>
</section>
<#if content.showcase == "latest">
<section aria-labelledby="moi-nhat">
  <h2 id="moi-nhat">Mô hình mới đăng</h2>
  <@l.cards content.showcaseStories/>
  <p><a href="${content.root}mo-hinh/">Xem tất cả ${content.storyCount} mô hình</a></p>
</section>
<#else>
<section aria-labelledby="tieu-bieu">
  <h2 id="tieu-bieu">Mô hình tiêu biểu</h2>
  <#if content.showcaseStories?has_content>
  <p>Do biên tập viên chọn từ các mô hình báo cáo nêu kết quả cụ thể hoặc đề nghị nhân rộng.</p>
  <@l.cards content.showcaseStories/>
  </#if>
  <p><a href="${content.root}mo-hinh/">Xem tất cả ${content.storyCount} mô hình</a></p>
</section>
</#if>
<div class="browse">
<section aria-labelledby="theo-co-quan">
  <h2 id="theo-co-quan">Theo cơ quan</h2>
  <ul class="terms">
  <#list agency_terms?filter(x -> x.count gt 0) as term><li><a href="${content.root}${term.path}">${term.shortName}</a> <span class="count">${term.count}<span class="vh"> mô hình</span></span></li></#list>
  </ul>
</section>
<section aria-labelledby="theo-dia-ban">
  <h2 id="theo-dia-ban">Theo địa bàn</h2>
  <ul class="terms">
  <#list district_terms as term><li><a href="${content.root}${term.path}">${term.name}</a> <span class="count">${term.count}<span class="vh"> mô hình</span></span></li></#list>
  </ul>
</section>
<section aria-labelledby="theo-linh-vuc">
  <h2 id="theo-linh-vuc">Theo lĩnh vực</h2>
  <ul class="terms">
  <#list field_terms as term><li><a href="${content.root}${term.path}">${term.name}</a> <span class="count">${term.count}<span class="vh"> mô hình</span></span></li></#list>
  </ul>
</section>
</div>
</@l.page>
