<#ftl output_format="HTML" strip_whitespace=true>
<#import "layout.ftl" as l>
<#-- The open-data page: links to the JSON and CSV files and what each field means.
     Every CSV column the build writes (content.columns) must have its line in csvDocs. -->
<#assign csvDocs = {
  "slug": "Mã của mô hình, cũng là phần cuối địa chỉ trang (chữ thường không dấu, nối bằng gạch ngang). Không đổi khi tên đổi.",
  "title": "Tên mô hình, đúng như báo cáo ghi.",
  "agency_id": "Mã cơ quan thực hiện (ổn định, không đổi khi tên cơ quan đổi).",
  "agency_name": "Tên đầy đủ của cơ quan thực hiện.",
  "district_ids": "Mã các địa bàn (đơn vị hành chính cấp huyện năm 2023) nơi thực hiện mô hình. Để trống: mô hình thực hiện trên toàn tỉnh.",
  "district_names": "Tên các địa bàn đó, cùng thứ tự với district_ids. Để trống: toàn tỉnh.",
  "field_ids": "Mã các lĩnh vực của mô hình.",
  "field_names": "Tên các lĩnh vực đó, cùng thứ tự với field_ids.",
  "date": "Ngày đăng mô hình trên trang này, dạng NNNN-TT-NN (ISO 8601), ví dụ 2026-11-25.",
  "summary": "Tóm tắt mô hình trong một, hai câu.",
  "figures": "Các số liệu báo cáo nêu về mô hình, mỗi số liệu gồm con số và nội dung, ví dụ “Hơn 3.000 hồ sơ được tiếp nhận, giải quyết”. Để trống: báo cáo không nêu số liệu.",
  "url": "Địa chỉ đầy đủ của trang mô hình."
}>
<@l.page>
<article class="page data">
  <h1>${content.title}</h1>
  <p class="lead">Danh sách ${content.count} mô hình “Dân vận khéo” trên trang này, để cơ quan, báo chí, nhà nghiên cứu và người dân dùng lại trong bảng tính hay chương trình của mình.</p>
  <div class="prose">
    <h2>Tải về</h2>
    <ul>
      <li><a href="${content.root}${content.json}" type="application/json">mo-hinh.json</a>: định dạng JSON, mã UTF-8.</li>
      <li><a href="${content.root}${content.csv}" type="text/csv">mo-hinh.csv</a>: định dạng CSV, mã UTF-8 có BOM, mở được bằng Excel hay LibreOffice.</li>
    </ul>
    <#assign imprint = content.site.imprint>
    <p id="giay-phep" class="note"><#if imprint.licence??><strong>Điều kiện sử dụng lại:</strong> ${imprint.licence}<#else><strong>Chưa công bố giấy phép sử dụng lại</strong> cho dữ liệu và nội dung của trang. Muốn dùng lại, xin hỏi ý kiến cơ quan chủ quản, ${imprint.publisher.name}.</#if></p>
    <p>Hai tệp có cùng các mô hình, cùng thứ tự: mô hình đăng sau đứng trước, cùng ngày thì theo tên (thứ tự chữ cái tiếng Việt). Tệp được tạo lại mỗi lần trang được xuất bản, từ chính nội dung các trang mô hình.</p>

    <h2 id="csv">Tệp CSV</h2>
    <p>Dòng đầu là tên cột; mỗi dòng sau là một mô hình. Các cột ngăn cách bằng dấu phẩy; giá trị có dấu phẩy, dấu ngoặc kép hay xuống dòng được đặt trong dấu ngoặc kép (theo RFC 4180). Một ô có nhiều giá trị (nhiều địa bàn, lĩnh vực, số liệu) thì các giá trị ngăn cách bằng “<code>${content.separator}</code>”.</p>
    <p>Một ô bắt đầu bằng dấu =, +, -, @ (kể cả sau dấu cách), ký tự Tab hay ký tự về đầu dòng (CR) được thêm một dấu nháy đơn (<code>'</code>) ở đầu, để Excel hay LibreOffice hiểu đó là chữ chứ không chạy như công thức; tệp JSON giữ nguyên giá trị gốc.</p>
    <table>
      <caption>Các cột của mo-hinh.csv, theo thứ tự</caption>
      <thead><tr><th scope="col">Cột</th><th scope="col">Ý nghĩa</th></tr></thead>
      <tbody>
      <#list content.columns as column>
        <tr data-column="${column}"><td><code>${column}</code></td><td>${csvDocs[column]}</td></tr>
      </#list>
      </tbody>
    </table>

    <h2 id="json">Tệp JSON</h2>
    <p>Một đối tượng gồm thông tin chung và mảng <code>models</code>, mỗi phần tử là một mô hình. Mã, tên và ý nghĩa giống các cột CSV cùng tên.</p>
    <table>
      <caption>Các trường của mo-hinh.json</caption>
      <thead><tr><th scope="col">Trường</th><th scope="col">Ý nghĩa</th></tr></thead>
      <tbody>
        <tr data-field="title"><td><code>title</code></td><td>Tên trang web.</td></tr>
        <tr data-field="publisher"><td><code>publisher</code></td><td>Cơ quan xuất bản.</td></tr>
        <tr data-field="url"><td><code>url</code></td><td>Địa chỉ trang web.</td></tr>
        <tr data-field="schema"><td><code>schema</code></td><td>Địa chỉ trang này (mô tả dữ liệu).</td></tr>
        <tr data-field="count"><td><code>count</code></td><td>Số mô hình trong <code>models</code>.</td></tr>
        <tr data-field="models"><td><code>models</code></td><td>Các mô hình; mỗi mô hình có các trường dưới đây.</td></tr>
        <tr data-field="models[].slug"><td><code>slug</code></td><td>${csvDocs["slug"]}</td></tr>
        <tr data-field="models[].title"><td><code>title</code></td><td>${csvDocs["title"]}</td></tr>
        <tr data-field="models[].agency"><td><code>agency</code></td><td>Cơ quan thực hiện: <code>id</code> (mã, ổn định) và <code>name</code> (tên đầy đủ).</td></tr>
        <tr data-field="models[].districts"><td><code>districts</code></td><td>Các địa bàn (cấp huyện năm 2023), mỗi địa bàn có <code>id</code> và <code>name</code>. Mảng rỗng: toàn tỉnh.</td></tr>
        <tr data-field="models[].fields"><td><code>fields</code></td><td>Các lĩnh vực, mỗi lĩnh vực có <code>id</code> và <code>name</code>.</td></tr>
        <tr data-field="models[].date"><td><code>date</code></td><td>${csvDocs["date"]}</td></tr>
        <tr data-field="models[].summary"><td><code>summary</code></td><td>${csvDocs["summary"]}</td></tr>
        <tr data-field="models[].figures"><td><code>figures</code></td><td>Các số liệu báo cáo nêu, mỗi số liệu có <code>value</code> (con số, ví dụ “Hơn 3.000”) và <code>label</code> (nội dung, ví dụ “hồ sơ được tiếp nhận, giải quyết”). Mảng rỗng: báo cáo không nêu số liệu.</td></tr>
        <tr data-field="models[].url"><td><code>url</code></td><td>${csvDocs["url"]}</td></tr>
      </tbody>
    </table>

    <#if content.unitColumns??>
    <#assign unitDocs = {
      "id": "Mã của đơn vị (chữ thường không dấu), không đổi khi tên đổi.",
      "layer": "Lớp: co-quan (cơ quan), dia-ban (huyện, thị xã, thành phố năm 2023) hoặc xa-phuong (xã, phường, đặc khu từ ngày 01/7/2025).",
      "name": "Tên đầy đủ.",
      "kind": "Loại đơn vị (sở, ngành; Ủy ban nhân dân; huyện; xã; phường …).",
      "valid_from": "Ngày bắt đầu tồn tại, dạng NNNN-TT-NN, hoặc NNNN-TT khi nguồn chỉ cho biết tháng. Để trống: đã có trước báo cáo năm 2023.",
      "valid_to": "Ngày cuối cùng còn tồn tại, cùng dạng. Để trống: vẫn còn, hoặc chưa ghi nhận thay đổi.",
      "predecessor_ids": "Mã các đơn vị trước đó của đơn vị này (đơn vị nó được lập từ, hoặc tiếp nhận).",
      "predecessor_names": "Tên các đơn vị đó, cùng thứ tự.",
      "successor_ids": "Mã các đơn vị nay tiếp nhận đơn vị này (một hay nhiều). Để trống khi valid_to có giá trị: tên hiện nay chưa được ghi nhận vì chưa có nguồn.",
      "successor_names": "Tên các đơn vị đó, cùng thứ tự.",
      "act": "Số và ngày của văn bản làm thay đổi, ví dụ 1677/NQ-UBTVQH15 (2025-06-16). Để trống: chưa tìm được văn bản.",
      "source_ids": "Mã các nguồn đã đọc để ghi thay đổi (xem mảng sources của tệp JSON).",
      "source_urls": "Địa chỉ các nguồn đó, cùng thứ tự.",
      "note": "Ghi chú về thay đổi, viết lại bằng lời của trang."
    }>
    <h2 id="don-vi">Cơ quan, địa bàn, xã phường và các thay đổi từ năm 2025</h2>
    <p>Các cơ quan, 13 huyện, thị xã, thành phố năm 2023 và các xã, phường, đặc khu của tỉnh từ ngày 01/7/2025, kèm thời gian tồn tại, đơn vị trước và sau, văn bản và nguồn của từng thay đổi. Thông tin nào chưa có nguồn thì chưa được ghi.</p>
    <ul>
      <li><a href="${content.root}${content.registryJson}" type="application/json">don-vi.json</a>: mảng <code>units</code> (các trường như các cột dưới đây; <code>predecessors</code>, <code>successors</code> là các cặp <code>id</code>, <code>name</code>), mảng <code>acts</code> (văn bản: <code>id</code>, <code>number</code>, <code>title</code>, <code>issuer</code>, <code>date</code>, <code>sources</code>) và mảng <code>sources</code> (nguồn: <code>id</code>, <code>title</code>, <code>issuer</code>, <code>number</code>, <code>date</code>, <code>url</code>, <code>note</code>).</li>
      <li><a href="${content.root}${content.registryCsv}" type="text/csv">don-vi.csv</a>: mỗi dòng một đơn vị, cùng quy ước với mo-hinh.csv.</li>
    </ul>
    <table>
      <caption>Các cột của don-vi.csv, theo thứ tự</caption>
      <thead><tr><th scope="col">Cột</th><th scope="col">Ý nghĩa</th></tr></thead>
      <tbody>
      <#list content.unitColumns as column>
        <tr data-unit-column="${column}"><td><code>${column}</code></td><td>${unitDocs[column]}</td></tr>
      </#list>
      </tbody>
    </table>
    </#if>

    <h2 id="nhung">Bản tin và khung nhúng cho trang web khác</h2>
    <#assign e = content.embed>
    <p>Mỗi cơ quan, địa bàn và lĩnh vực có bản tin riêng bên cạnh trang của mình, dạng Atom (<code>feed.xml</code>) và JSON Feed 1.1 (<code>feed.json</code>); bản tin của cả trang: <a href="${content.root}feed.xml" type="application/atom+xml">feed.xml</a>, <a href="${content.root}feed.json" type="application/feed+json">feed.json</a>. Trang của từng nơi có liên kết tới bản tin của nơi đó.</p>
    <p>Trang web khác (ví dụ cổng tin của Sở) có thể hiện ${e.count} mô hình mới nhất trong một khung (<code>iframe</code>): <a href="${content.root}${e.home}">khung của cả trang</a>, và khung của từng cơ quan, địa bàn, lĩnh vực (liên kết “khung nhúng” trên trang của nơi đó). Ví dụ, chép đoạn mã sau vào trang cần hiện:</p>
    <#assign snippet = '<iframe src="' + content.site.baseUrl + e.examplePath + '" title="' + e.exampleTitle + '" width="100%" height="420" loading="lazy"></iframe>'>
    <pre><code>${snippet}</code></pre>
    <p>Thuộc tính <code>title</code> là tên khung mà trình đọc màn hình đọc lên; đổi theo nơi được nhúng. Liên kết trong khung mở trang mô hình ở cả cửa sổ.</p>
    <p><#if e.origins?has_content>Trang được phép nhúng khung: <#list e.origins as o><code>${o}</code><#sep>, </#list>.<#else>Hiện chỉ chính trang này được nhúng khung; trang web khác cần được ghi vào cấu hình (<code>site.embed.origins</code>) và cấu hình máy chủ web trước.</#if></p>

    <#if content.sources?has_content>
    <h2 id="nguon">Nguồn tài liệu</h2>
    <p>Nội dung các mô hình lấy từ <cite>${imprint.report.title}</cite> (${imprint.report.month}). Các thay đổi từ năm 2025 ghi theo những nguồn công khai dưới đây.</p>
    <ul class="sources-list">
    <#list content.sources as c><li><a href="${c.url}"><cite>${c.title}</cite></a> (${c.issuer}<#if c.number??>, ${c.number}</#if><#if c.date??>, ${c.date}</#if>)</li></#list>
    </ul>
    </#if>

    <h2 id="mo-tep">Mở tệp</h2>
    <ul>
      <li><strong>Excel</strong>: nháy đúp vào tệp CSV. Nếu mọi cột dồn vào cột A (máy đặt định dạng vùng dùng dấu chấm phẩy làm dấu ngăn cách danh sách), mở bằng Dữ liệu (Data) → Từ Văn bản/CSV (From Text/CSV), chọn mã 65001: Unicode (UTF-8) và dấu ngăn cách là dấu phẩy (Comma).</li>
      <li><strong>LibreOffice Calc</strong>: mở tệp, chọn bộ ký tự Unicode (UTF-8) và dấu ngăn cách là dấu phẩy.</li>
      <li><strong>Chương trình</strong>: tệp CSV bắt đầu bằng BOM của UTF-8; pandas, R (readr) tự bỏ qua; với mô-đun <code>csv</code> của Python, mở tệp với <code>encoding="utf-8-sig"</code>. Tệp JSON không có BOM.</li>
    </ul>
    <p>Địa bàn ghi theo đơn vị hành chính cấp huyện năm 2023, khi báo cáo được viết. Từ ngày 01 tháng 7 năm 2025, Việt Nam không còn cấp huyện.</p>
  </div>
</article>
</@l.page>
