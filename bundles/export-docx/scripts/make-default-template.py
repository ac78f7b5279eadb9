#!/usr/bin/env python3
"""Writes the default Word template of the DOCX exporter (plan.docx) from the parts below.

The template carries what an administrator may change in Word: the named paragraph styles (fonts,
sizes, bold/italic, alignment, indents, spacing), the page setup (A4, margins), and the page-number
header (centred in the top margin, not on page 1). The exporter writes the body from the plan with
these styles and keeps everything else of the template. Entries have fixed times: same parts, same
bytes. Run: python3 scripts/make-default-template.py (from bundles/export-docx).
"""
import zipfile, pathlib

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
TNR = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"/>'

def style(sid, name, ppr='', rpr='', based='Normal'):
    b = f'<w:basedOn w:val="{based}"/>' if based else ''
    return (f'<w:style w:type="paragraph" w:customStyle="1" w:styleId="{sid}"><w:name w:val="{name}"/>{b}'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')

def sz(pt):
    return f'<w:sz w:val="{int(pt*2)}"/><w:szCs w:val="{int(pt*2)}"/>'

CENTER_TIGHT = '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:left="0" w:right="0" w:firstLine="0"/><w:jc w:val="center"/>'
BOLD = '<w:b/><w:bCs/>'
ITALIC = '<w:i/><w:iCs/>'
BODY = '<w:spacing w:before="0" w:after="120" w:line="276" w:lineRule="auto"/><w:ind w:firstLine="720"/><w:jc w:val="both"/>'

styles = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr>{TNR}{sz(14)}<w:lang w:val="vi-VN" w:eastAsia="vi-VN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/><w:rPr>{TNR}{sz(14)}</w:rPr></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
{style("CoQuanChuQuan", "Cơ quan chủ quản", CENTER_TIGHT, sz(13))}
{style("CoQuan", "Cơ quan ban hành", CENTER_TIGHT, BOLD + sz(13))}
{style("QuocHieu", "Quốc hiệu", CENTER_TIGHT, BOLD + sz(12))}
{style("TieuNgu", "Tiêu ngữ", CENTER_TIGHT, BOLD + sz(13))}
{style("DuongKe", "Đường kẻ", '<w:pBdr><w:top w:val="single" w:sz="6" w:space="0" w:color="000000"/></w:pBdr><w:spacing w:before="60" w:after="120" w:line="120" w:lineRule="exact"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>', sz(2))}
{style("SoKyHieu", "Số, ký hiệu", CENTER_TIGHT.replace('w:before="0"', 'w:before="60"'), sz(13))}
{style("DiaDanhNgay", "Địa danh và thời gian", CENTER_TIGHT.replace('w:before="0"', 'w:before="60"'), ITALIC + sz(14))}
{style("TenLoai", "Tên loại văn bản", CENTER_TIGHT.replace('w:before="0"', 'w:before="360"'), BOLD + sz(14))}
{style("TrichYeu", "Trích yếu", CENTER_TIGHT, BOLD + sz(14))}
{style("CanCu", "Căn cứ", BODY, ITALIC + sz(14))}
{style("NoiDung", "Nội dung", BODY, sz(14))}
{style("Muc1", "Mục cấp 1", BODY.replace('w:before="0"', 'w:before="120"'), BOLD + sz(14), "NoiDung")}
{style("Muc2", "Mục cấp 2", BODY, BOLD + sz(14), "NoiDung")}
{style("Muc3", "Mục cấp 3", BODY, BOLD + ITALIC + sz(14), "NoiDung")}
{style("Bang", "Ô bảng", '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>', sz(13))}
{style("BangTieuDe", "Tiêu đề bảng", '<w:spacing w:before="40" w:after="40" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="center"/>', BOLD + sz(13), "Bang")}
{style("NoiNhan", "Nơi nhận", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>', BOLD + ITALIC + sz(12))}
{style("NoiNhanDanhSach", "Danh sách nơi nhận", '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/><w:jc w:val="left"/>', sz(11))}
{style("ChucVu", "Quyền hạn, chức vụ", CENTER_TIGHT, BOLD + sz(14))}
{style("HoTen", "Họ tên người ký", CENTER_TIGHT, BOLD + sz(14))}
{style("SoTrang", "Số trang", CENTER_TIGHT, sz(14))}
</w:styles>'''

SECT = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
        '<w:headerReference w:type="first" r:id="rIdHeaderFirst"/>'
        '<w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701" w:header="567" w:footer="567" w:gutter="0"/>'
        '<w:titlePg/><w:docGrid w:linePitch="381"/></w:sectPr>')

document = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {W}><w:body>
<w:p><w:pPr><w:pStyle w:val="NoiDung"/></w:pPr><w:r><w:t xml:space="preserve">Mẫu Kế hoạch (Nghị định 30/2020/NĐ-CP). Nội dung trang này được thay bằng kế hoạch khi xuất; hãy sửa các kiểu (Cơ quan ban hành, Quốc hiệu, Tiêu ngữ, Nội dung, Nơi nhận, ...), lề trang và đầu trang.</w:t></w:r></w:p>
{SECT}
</w:body></w:document>'''

header = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="SoTrang"/></w:pPr><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:hdr>'''

header_first = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="SoTrang"/></w:pPr></w:p></w:hdr>'''

settings = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

content_types = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/header2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'''

rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'''

doc_rels = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdHeaderFirst" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header2.xml"/></Relationships>'''

core = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Kế hoạch</dc:title></cp:coreProperties>'''

parts = [("[Content_Types].xml", content_types), ("_rels/.rels", rels), ("docProps/core.xml", core),
         ("word/document.xml", document), ("word/_rels/document.xml.rels", doc_rels),
         ("word/styles.xml", styles), ("word/settings.xml", settings),
         ("word/header1.xml", header), ("word/header2.xml", header_first)]

out = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/vn/thidua/export/docx/internal/plan.docx"
with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
    for name, text in parts:
        info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, text.encode("utf-8"))
print(out)
