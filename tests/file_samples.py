"""Real attached files for the tests and the benchmark, made at test time.

xlsx by openpyxl, docx by python-docx (test-only generators: the service reads both with
zipfile + expat), pptx and ODF as hand-built zips, PDF by hand (a Type0 font with a
ToUnicode map, as word processors write Japanese), an encrypted xlsx by msoffcrypto-tool
(what Excel writes for 「パスワードを使用して暗号化」), an encrypted PDF by pypdf.

The residents' data is made up; the My Numbers carry valid check digits.
"""
from __future__ import annotations

import io
import random
import zipfile

HEADER = ["氏名", "住所", "個人番号", "生年月日", "電話番号"]
SURNAMES = ["山田", "佐藤", "鈴木", "高橋", "田中", "渡辺", "伊藤", "中村", "小林", "加藤", "吉田", "山本"]
GIVEN = ["太郎", "花子", "一郎", "美咲", "健太", "由美", "翔太", "陽子", "大輔", "真由美"]
TOWNS = ["大手町二丁目", "千代田町一丁目", "本町三丁目", "石倉町四丁目", "上小出町一丁目", "岩神町二丁目"]


def my_number(base11: str) -> str:
    q = [n + 1 if n <= 6 else n - 5 for n in range(1, 12)]
    s = sum(int(p) * w for p, w in zip(reversed(base11), q))
    r = s % 11
    return base11 + str(0 if r <= 1 else 11 - r)


def residents(n: int, seed: int = 7) -> list[list[str]]:
    rnd = random.Random(seed)
    rows = []
    for _ in range(n):
        name = rnd.choice(SURNAMES) + rnd.choice(GIVEN)
        addr = f"前橋市{rnd.choice(TOWNS)}{rnd.randint(1, 30)}番{rnd.randint(1, 20)}号"
        num = my_number("".join(str(rnd.randint(0, 9)) for _ in range(11)))
        born = f"{rnd.randint(1940, 2005)}/{rnd.randint(1, 12):02d}/{rnd.randint(1, 28):02d}"
        tel = f"090-{rnd.randint(1000, 9999)}-{rnd.randint(1000, 9999)}"
        rows.append([name, addr, num, born, tel])
    return rows


# What a benign attachment says: no person, no number, nothing non-public.
BENIGN_LINES = [
    "令和8年度 市民向け講座の開催予定",
    "会場は前橋市中央公民館、定員は各回30名です。",
    "申込みは市のホームページから受け付けます。",
    "講座の内容：表計算ソフトの基本操作、文書作成、生成AIの上手な使い方",
]


def xlsx(rows: list[list], header=HEADER, sheet="名簿", extra_sheet: bool = True) -> bytes:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    if header:
        ws.append(header)
    for r in rows:
        ws.append(r)
    if extra_sheet:
        ws2 = wb.create_sheet("メモ")
        ws2.append(["集計は月末に行う"])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def benign_xlsx() -> bytes:
    return xlsx([[line, i] for i, line in enumerate(BENIGN_LINES, 1)], header=["項目", "番号"])


def docx(paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    from docx import Document

    d = Document()
    for p in paragraphs:
        d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, v in enumerate(row):
                t.cell(i, j).text = v
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def case_record_paragraphs(seed: int = 3) -> list[str]:
    name, addr, num, born, tel = residents(1, seed)[0]
    return [
        "ケース記録（生活福祉課）",
        f"相談者：{name}さん（{born}生）",
        f"住所：{addr}",
        f"個人番号：{num}",
        "本日来庁。家賃の支払いについて相談があった。",
    ]


def pptx(slides: list[list[str]]) -> bytes:
    """A minimal presentation: one text box per line on each slide."""
    ns_a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    ns_p = "http://schemas.openxmlformats.org/presentationml/2006/main"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("ppt/presentation.xml", f'<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="{ns_p}"/>')
        for i, lines in enumerate(slides, 1):
            paras = "".join(f"<a:p><a:r><a:t>{_xml(t)}</a:t></a:r></a:p>" for t in lines)
            z.writestr(f"ppt/slides/slide{i}.xml",
                       f'<?xml version="1.0" encoding="UTF-8"?><p:sld xmlns:a="{ns_a}" xmlns:p="{ns_p}">'
                       f"<p:cSld><p:spTree><p:sp><p:txBody>{paras}</p:txBody></p:sp></p:spTree></p:cSld></p:sld>")
    return buf.getvalue()


def _xml(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def pdf(pages: list[list[str]]) -> bytes:
    """A PDF whose text is in a Type0/Identity-H font with a ToUnicode CMap (the way Word
    and Acrobat write Japanese): each character's code is its UTF-16 unit."""
    objs: list[bytes] = []

    def add(body: bytes) -> int:
        objs.append(body)
        return len(objs)

    cmap_lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                  "/CMapName /Mamori-UCS def", "/CMapType 2 def",
                  "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange", "100 beginbfrange"]
    count = 0
    for hi in range(256):
        if count == 100:
            cmap_lines += ["endbfrange", "100 beginbfrange"]
            count = 0
        cmap_lines.append(f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>")
        count += 1
    cmap_lines[-count - 1] = f"{count} beginbfrange"
    cmap_lines += ["endbfrange", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    cmap = "\n".join(cmap_lines).encode()
    tounicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /MamoriGothic /Flags 4 /FontBBox [0 -120 1000 880] "
                     b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>")
    cid = add(b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /MamoriGothic "
              b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              b"/FontDescriptor %d 0 R /DW 1000 >>" % descriptor)
    font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /MamoriGothic /Encoding /Identity-H "
               b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cid, tounicode))
    page_ids = []
    pages_id_placeholder = len(objs) + 1 + 2 * len(pages)
    for lines in pages:
        ops = [b"BT /F1 12 Tf 14 TL 50 780 Td"]
        for line in lines:
            ops.append(b"<" + line.encode("utf-16-be").hex().upper().encode() + b"> Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops)
        content = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_ids.append(add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_id_placeholder, content, font)))
    pages_id = add(b"<< /Type /Pages /Kids [%s] /Count %d >>"
                   % (b" ".join(b"%d 0 R" % p for p in page_ids), len(page_ids)))
    assert pages_id == pages_id_placeholder
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, xref))
    return out.getvalue()


def encrypted_pdf(pages: list[list[str]], password: str = "himitsu") -> bytes:
    from pypdf import PdfReader, PdfWriter

    w = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf(pages))))
    w.encrypt(user_password=password, owner_password=password + "-owner", algorithm="AES-128")
    buf = io.BytesIO()
    w.write(buf)
    return buf.getvalue()


def encrypted_xlsx(rows: list[list], password: str = "himitsu") -> bytes:
    """What Excel writes for a workbook protected with an open password (ECMA-376 agile)."""
    import msoffcrypto.format.ooxml as ooxml

    plain = io.BytesIO(xlsx(rows))
    out = io.BytesIO()
    ooxml.OOXMLFile(plain).encrypt(password, out)
    return out.getvalue()


def csv_bytes(rows: list[list[str]], header=HEADER, encoding: str = "utf-8-sig") -> bytes:
    lines = [",".join(header)] + [",".join(r) for r in rows]
    return ("\r\n".join(lines) + "\r\n").encode(encoding)


def zip_bomb(size: int = 200 * 1024 * 1024) -> bytes:
    """An xlsx-shaped zip whose one sheet unpacks to `size` bytes of zeros (~1000:1)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("xl/workbook.xml",
                   '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Target="worksheets/sheet1.xml" '
                   'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"/>'
                   '</Relationships>')
        chunk = b"0" * (1024 * 1024)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            for _ in range(size // len(chunk)):
                f.write(chunk)
    return buf.getvalue()


def billion_laughs_docx() -> bytes:
    """A docx whose document.xml declares nested entities (the XML entity-expansion attack)."""
    xml = ('<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "ああああああああああ">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
           + ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
             '<w:body><w:p><w:r><w:t>&i;</w:t></w:r></w:p></w:body></w:document>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def big_xlsx(target_bytes: int = 1024 * 1024, seed: int = 11) -> bytes:
    """A residents' list of about `target_bytes` (the benchmark's 1 MB xlsx)."""
    n = 4000
    while True:
        data = xlsx(residents(n, seed), extra_sheet=False)
        if len(data) >= target_bytes:
            return data
        n = int(n * target_bytes / len(data) * 1.02) + 1


PROJECTS = ["市民清掃デー", "子育て支援アプリ運用", "道路補修（市道1-2号線）", "図書館システム更新", "観光パンフレット作成",
            "公民館講座", "防災訓練", "赤城南面千本桜まつり", "ごみ分別アプリ", "公共施設長寿命化計画"]
SECTIONS = ["市民協働課", "子育て支援課", "道路整備課", "中央図書館", "観光政策課", "生涯学習課", "危機管理室"]


def benign_rows(n: int, seed: int = 5) -> list[list]:
    """A budget table: projects, sections, amounts and a remark — nothing personal."""
    rnd = random.Random(seed)
    remarks = ["継続", "新規", "拡充", "縮小", "前年度並み", "国庫補助あり", "県補助あり", "債務負担行為", "", ""]
    return [[f"{rnd.choice(PROJECTS)}（{i}）", rnd.choice(SECTIONS), rnd.randint(100, 90000) * 1000,
             f"{rnd.randint(80, 130)}%", rnd.choice(remarks)] for i in range(1, n + 1)]


def big_benign_xlsx(target_bytes: int = 1024 * 1024, seed: int = 5) -> bytes:
    n = 4000
    while True:
        data = xlsx(benign_rows(n, seed), header=["事業名", "所管課", "予算額（円）", "前年度比", "備考"], extra_sheet=False)
        if len(data) >= target_bytes:
            return data
        n = int(n * target_bytes / len(data) * 1.02) + 1
