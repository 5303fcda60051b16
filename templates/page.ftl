<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<@l.page>
<article class="page">
  <h1>${content.title}</h1>
  <p class="lead">${content.summary}</p>
  <div class="prose">
${content.body?no_esc}
  </div>
</article>
</@l.page>
