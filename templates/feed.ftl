<#ftl output_format="XML" strip_whitespace=true>
<?xml version="1.0" encoding="utf-8"?>
<#-- An Atom feed: the site's (feed.xml) or one agency's, district's or field's (co-quan/ID/feed.xml).
     content.canonical is the page the feed follows, also the feed's id. -->
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${content.title}</title>
  <subtitle>${content.description}</subtitle>
  <id>${content.canonical}</id>
  <link rel="self" href="${content.canonical}feed.xml"/>
  <link rel="alternate" type="text/html" href="${content.canonical}"/>
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
