<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${content.site.title}</title>
  <subtitle>Mô hình “Dân vận khéo” trong các cơ quan hành chính nhà nước tỉnh Quảng Ngãi</subtitle>
  <id>${content.site.baseUrl}</id>
  <link rel="self" href="${content.site.baseUrl}feed.xml"/>
  <link rel="alternate" type="text/html" href="${content.site.baseUrl}"/>
  <updated>${content.updated}</updated>
  <author><name>${content.site.publisher}</name></author>
<#list content.entries as s>
  <entry>
    <title>${s.title}</title>
    <id>${content.site.baseUrl}${s.path}</id>
    <link rel="alternate" type="text/html" href="${content.site.baseUrl}${s.path}"/>
    <updated>${s.dateIso}T00:00:00+07:00</updated>
    <published>${s.dateIso}T00:00:00+07:00</published>
    <summary>${s.summary}</summary>
    <category term="${s.agency.id}" label="${s.agency.name}"/>
  </entry>
</#list>
</feed>
