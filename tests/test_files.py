"""Attached files (issue 12): text extraction (service/files.py) and POST /v1/scan-file
(service/file_api.py), on real files made by tests/file_samples.py."""
from __future__ import annotations

import io
import json
import urllib.parse
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import file_samples as fs
from service import file_api
from service.files import FileError, extract

HOST = {"Host": "127.0.0.1:8765"}


def post(client, data: bytes, name: str, **headers):
    h = {"Content-Type": "application/octet-stream", "X-Mamori-File-Name": urllib.parse.quote(name), **HOST}
    h.update(headers)
    return client.post("/v1/scan-file", data=data, headers=h)


def first_content(ex):
    """The first part with the file's contents (the file-name part comes first)."""
    return next(p for p in ex.parts if p.kind != "name")


# ---- refused: a resident's name, address and My Number ------------------------------------

RESIDENT_FILES = {
    "名簿.xlsx": lambda: fs.xlsx(fs.residents(5)),
    "ケース記録.docx": lambda: fs.docx(fs.case_record_paragraphs()),
    "ケース記録.pdf": lambda: fs.pdf([["表紙：令和8年度 ケース記録"], fs.case_record_paragraphs()]),
    "名簿.csv": lambda: fs.csv_bytes(fs.residents(5)),
    "名簿_sjis.csv": lambda: fs.csv_bytes(fs.residents(5), encoding="cp932"),
    "会議資料.pptx": lambda: fs.pptx([["会議資料"], fs.case_record_paragraphs()]),
    "名簿表.docx": lambda: fs.docx(["名簿（表）"], [fs.HEADER] + fs.residents(3)),
}


@pytest.mark.parametrize("name", sorted(RESIDENT_FILES))
def test_file_with_my_number_name_and_address_is_blocked(client, name):
    r = post(client, RESIDENT_FILES[name](), name)
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["verdict"] == "block"
    for t in ("JP_MY_NUMBER", "PERSON", "JP_ADDRESS"):
        assert body["counts"].get(t), (t, body["counts"])
    my = [f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"]
    assert my and all(f["action"] == "block" for f in my)
    for f in body["findings"]:
        assert f["part"] and f["location"] and f["context"]
        assert "●" in f["context"]


def test_values_never_appear_in_the_masked_contexts(client):
    rows = fs.residents(4)
    body = post(client, fs.xlsx(rows), "名簿.xlsx").get_json()
    contexts = " ".join(f["context"] for f in body["findings"])
    for name, addr, num, born, tel in rows:
        for v in (name, addr, num, tel):
            assert v not in contexts


def test_xlsx_finding_says_which_sheet_and_cell(client):
    rows = fs.residents(3)
    body = post(client, fs.xlsx(rows, sheet="住民名簿"), "x.xlsx").get_json()
    my = sorted((f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"), key=lambda f: f["start"])
    assert [f["location"] for f in my] == ["C2", "C3", "C4"]
    assert {f["part"] for f in my} == {"住民名簿"}
    assert all(f["part_kind"] == "sheet" for f in my)


def test_pdf_finding_says_which_page(client):
    body = post(client, fs.pdf([["表紙"], ["目次"], fs.case_record_paragraphs()]), "r.pdf").get_json()
    my = [f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"]
    assert my[0]["part"] == "3ページ" and my[0]["part_kind"] == "page"
    assert my[0]["location"] == "4行目"


def test_docx_finding_says_which_paragraph(client):
    body = post(client, fs.docx(fs.case_record_paragraphs()), "r.docx").get_json()
    my = [f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"]
    assert my[0]["location"] == "4段落目"


def test_numeric_my_number_cell_and_date_cell_are_read_as_excel_shows_them():
    import datetime

    num = fs.my_number("61829304758")
    data = fs.xlsx([["前橋 花子", int(num), datetime.date(1985, 4, 1)]], header=["氏名", "個人番号", "生年月日"])
    ex = extract(data, "n.xlsx")
    text = first_content(ex).text
    assert num in text and "1985/04/01" in text


def test_a_number_far_below_its_header_still_has_the_header_as_context(client):
    """A big sheet is scanned in pieces; each piece starts with the header row again."""
    filler = [[f"事業{i}", "市民協働課", str(1000 + i)] for i in range(3000)]
    num = fs.my_number("40739162583")
    rows = filler + [["事業X", "市民協働課", num]]
    data = fs.xlsx(rows, header=["事業名", "所管課", "個人番号"], extra_sheet=False)
    assert len(first_content(extract(data, "big.xlsx")).text) > file_api.CHUNK_CHARS
    body = post(client, data, "big.xlsx").get_json()
    my = [f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"]
    assert len(my) == 1 and my[0]["action"] == "block"
    assert my[0]["location"] == f"C{len(rows) + 1}"
    part_text = first_content(extract(data, "big.xlsx")).text
    assert part_text[my[0]["start"]:my[0]["end"]] == num  # offsets index the part's text


def test_hidden_sheet_and_cell_comments_are_scanned():
    from openpyxl import Workbook
    from openpyxl.comments import Comment

    wb = Workbook()
    wb.active.append(["メモ"])
    wb.active["A1"].comment = Comment("申請者 前橋 花子さん", "職員")
    hidden = wb.create_sheet("控え")
    hidden.append(["個人番号", fs.my_number("52806137294")])
    hidden.sheet_state = "hidden"
    buf = io.BytesIO()
    wb.save(buf)
    ex = extract(buf.getvalue(), "h.xlsx")
    names = [p.name for p in ex.parts]
    assert "控え（非表示）" in names
    assert any("コメント" in n and "花子" in p.text for n, p in zip(names, ex.parts))


# ---- passed: nothing personal ------------------------------------------------------------------

BENIGN_FILES = {
    "講座.xlsx": fs.benign_xlsx,
    "講座.docx": lambda: fs.docx(fs.BENIGN_LINES),
    "講座.pdf": lambda: fs.pdf([fs.BENIGN_LINES]),
    "講座.csv": lambda: "\n".join(fs.BENIGN_LINES).encode("utf-8"),
    "講座.pptx": lambda: fs.pptx([fs.BENIGN_LINES]),
    "予算.xlsx": lambda: fs.xlsx(fs.benign_rows(200), header=["事業名", "所管課", "予算額（円）", "前年度比", "備考"]),
}


@pytest.mark.parametrize("name", sorted(BENIGN_FILES))
def test_benign_file_is_allowed(client, name):
    r = post(client, BENIGN_FILES[name](), name)
    assert r.status_code == 200, r.get_json()
    body = r.get_json()
    assert body["verdict"] == "allow", body["findings"][:3]
    assert body["file"]["chars"] > 50 and body["complete"] is True


def test_pdf_with_no_text_answers_allow_with_zero_characters(client):
    body = post(client, fs.pdf([[]]), "scan.pdf").get_json()
    assert body["verdict"] == "allow" and body["file"]["chars"] == 0


# ---- refused with a clear message: encrypted, corrupt, too large, bombs -------------------------

def assert_error(r, status: int, code: str, words: str):
    assert r.status_code == status, r.get_data(as_text=True)
    err = r.get_json()["error"]
    assert err["code"] == code
    assert words in err["message"]
    return err


def test_password_protected_xlsx_is_refused_as_encrypted(client):
    r = post(client, fs.encrypted_xlsx(fs.residents(2)), "名簿.xlsx")
    assert_error(r, 422, "file_encrypted", "パスワード")


def test_password_protected_pdf_is_refused_as_encrypted(client):
    r = post(client, fs.encrypted_pdf([fs.case_record_paragraphs()]), "記録.pdf")
    assert_error(r, 422, "file_encrypted", "パスワード")


def test_pdf_protected_only_against_editing_is_read(client):
    data = fs.encrypted_pdf([fs.case_record_paragraphs()], password="")
    assert post(client, data, "記録.pdf").get_json()["verdict"] == "block"


@pytest.mark.parametrize("name,data", [
    ("名簿.xlsx", fs.xlsx(fs.residents(2))[:2000]),           # truncated zip
    ("名簿.xlsx", b"this is not a workbook at all" * 10),     # says xlsx, is not
    ("記録.pdf", fs.pdf([["a"]])[:40]),                        # truncated PDF
    ("記録.docx", b"PK\x03\x04" + b"\x00" * 200),              # a broken zip header
])
def test_corrupt_file_is_refused(client, name, data):
    assert_error(post(client, data, name), 422, "file_corrupt", "壊れて")


def test_legacy_binary_office_file_is_refused():
    with pytest.raises(FileError) as e:
        extract(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4096, "old.xls")
    assert e.value.code == "file_legacy_office"


def test_oversized_file_is_refused_before_it_is_read(client):
    data = b"a" * (file_api.MAX_FILE_BYTES + 1)
    err = assert_error(post(client, data, "big.txt"), 413, "file_too_large", "大きすぎる")
    assert "20MB" in err["message"]


def test_too_much_text_is_refused(client, monkeypatch):
    from service import files

    monkeypatch.setattr(files, "MAX_TEXT_CHARS", 1000)
    assert_error(post(client, fs.xlsx(fs.residents(100)), "x.xlsx"), 413, "file_too_much_text", "多すぎる")


def test_zip_bomb_is_refused_without_unpacking(client):
    assert_error(post(client, fs.zip_bomb(), "bomb.xlsx"), 422, "file_bomb", "展開後")


def test_many_members_each_under_the_ratio_still_hit_the_total_limit(monkeypatch):
    from service import files

    monkeypatch.setattr(files, "MAX_TOTAL_UNCOMPRESSED", 3 * 1024 * 1024)
    rows = [[f"{i}", "x" * 50] for i in range(60000)]
    with pytest.raises(FileError) as e:
        extract(fs.xlsx(rows, header=None), "x.xlsx")
    assert e.value.code == "file_bomb"


def test_xml_entity_expansion_is_refused(client):
    assert_error(post(client, fs.billion_laughs_docx(), "laughs.docx"), 422, "file_corrupt", "壊れて")


def test_image_is_unsupported_not_scanned(client):
    png = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
    assert_error(post(client, png, "screenshot.png"), 415, "unsupported_file_type", "画像")


def test_plain_zip_archive_is_unsupported(client):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("名簿.csv", "氏名\n前橋 花子")
    assert_error(post(client, buf.getvalue(), "files.zip"), 415, "unsupported_file_type", "圧縮")


def test_renamed_workbook_is_still_read_by_its_contents(client):
    body = post(client, fs.xlsx(fs.residents(2)), "data.bin").get_json()
    assert body["verdict"] == "block" and body["file"]["format"] == "xlsx"


# ---- the request itself ------------------------------------------------------------------------

def test_json_body_gets_a_json_415(client):
    r = client.post("/v1/scan-file", json={"text": "x"}, headers=HOST)
    assert_error(r, 415, "file_not_octet_stream", "octet-stream")


def test_foreign_origin_is_refused(client):
    r = post(client, b"abc", "a.txt", Origin="https://evil.example")
    assert r.status_code == 403


def test_extension_origin_may_send_the_file_name_header_in_a_preflight(client, policy):
    origin = policy.allowed_origins[0]  # the client's policy: deploy/dev-policy.toml
    r = client.options("/v1/scan-file", headers={**HOST, "Origin": origin, "Access-Control-Request-Method": "POST",
                                                 "Access-Control-Request-Headers": "x-mamori-file-name"})
    assert r.status_code == 204
    assert "X-Mamori-File-Name" in r.headers["Access-Control-Allow-Headers"]


def test_bad_percent_encoding_of_the_name_is_a_400(client):
    r = post(client, b"abc", "a.txt", **{"X-Mamori-File-Name": "%ff%fe.txt"})
    assert_error(r, 400, "bad_file_name", "UTF-8")


def test_findings_listed_are_capped_but_all_are_counted(client):
    body = post(client, fs.csv_bytes(fs.residents(120)), "many.csv").get_json()
    assert len(body["findings"]) == file_api.MAX_FINDINGS
    assert body["findings_total"] == sum(body["counts"].values()) > file_api.MAX_FINDINGS
    assert all(f["action"] == "block" for f in body["findings"][:10])


def test_a_file_over_the_json_limit_of_one_mib_is_accepted(client):
    """The app-wide 1 MiB limit is for JSON texts; a workbook with a picture is bigger."""
    import os

    buf = io.BytesIO(fs.benign_xlsx())
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("xl/media/image1.png", os.urandom(3 * 1024 * 1024), compress_type=zipfile.ZIP_STORED)
    data = buf.getvalue()
    assert len(data) > 3 * 1024 * 1024
    r = post(client, data, "講座.xlsx")
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["verdict"] == "allow"


def test_a_long_csv_repeats_its_header_and_says_row_and_column(client):
    filler = [[f"事業{i}", "市民協働課", str(1000 + i), "", ""] for i in range(2500)]
    num = fs.my_number("73019462851")
    rows = filler + [["事業X", "市民協働課", num, "", ""]]
    data = fs.csv_bytes(rows, header=["事業名", "所管課", "個人番号", "備考", "担当"])
    assert len(data.decode("utf-8-sig")) > file_api.CHUNK_CHARS
    body = post(client, data, "一覧.csv").get_json()
    my = [f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"]
    assert len(my) == 1 and my[0]["action"] == "block"
    assert my[0]["location"] == f"{len(rows) + 1}行目・3列目"


def test_a_lone_cell_far_to_the_right_counts_its_columns_against_the_text_limit(monkeypatch):
    """A row of one cell in column XFD renders as 16,383 tabs and the value: counted, so a
    sheet of such rows cannot make gigabytes of text from a small file."""
    from openpyxl import Workbook

    from service import files

    wb = Workbook()
    for r in range(1, 200):
        wb.active.cell(row=r, column=16384, value="x")
    buf = io.BytesIO()
    wb.save(buf)
    monkeypatch.setattr(files, "MAX_TEXT_CHARS", 1_000_000)
    with pytest.raises(FileError) as e:
        extract(buf.getvalue(), "wide.xlsx")
    assert e.value.code == "file_too_much_text"


def _rezip(data: bytes, replace: dict[str, bytes]) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            if info.filename not in replace:
                z.writestr(info.filename, src.read(info.filename))
        for name, body in replace.items():
            z.writestr(name, body)
    return out.getvalue()


def test_the_file_name_is_scanned_too(client):
    body = post(client, fs.benign_xlsx(), "前橋花子様_診断書.xlsx").get_json()
    person = [f for f in body["findings"] if f["type"] == "PERSON"]
    assert person and person[0]["part"] == "ファイル名・シート名" and person[0]["part_kind"] == "name"
    assert body["verdict"] == "block"


def test_words_deleted_with_track_changes_are_still_read():
    """Deleted text stays in a .docx (w:delText) and is in what ChatGPT would read."""
    data = fs.docx(["相談記録", "DELETED_HERE"])
    doc = zipfile.ZipFile(io.BytesIO(data)).read("word/document.xml").decode()
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    assert w in doc
    doc = doc.replace("<w:r><w:t>DELETED_HERE</w:t></w:r>",
                      '<w:del w:id="1" w:author="x"><w:r><w:delText>前橋 花子さんの個人番号は'
                      + fs.my_number("30571846209") + "</w:delText></w:r></w:del>")
    assert "w:delText" in doc
    ex = extract(_rezip(data, {"word/document.xml": doc.encode()}), "d.docx")
    assert "前橋 花子さんの個人番号は" in first_content(ex).text


def test_text_boxes_drawn_on_a_sheet_are_read():
    data = fs.benign_xlsx()
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    drawing = (f'<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
               f'xmlns:a="{a}"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p><a:r><a:t>担当 前橋 花子さん'
               f'</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>').encode()
    rels = ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rIdD" Target="../drawings/drawing1.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing"/>'
            '</Relationships>').encode()
    ex = extract(_rezip(data, {"xl/drawings/drawing1.xml": drawing,
                               "xl/worksheets/_rels/sheet1.xml.rels": rels}), "s.xlsx")
    shapes = [p for p in ex.parts if p.kind == "shapes"]
    assert shapes and "前橋 花子" in shapes[0].text and shapes[0].name == "名簿の図形"


_FUZZ_BASE = {}


def _fuzz_base(name: str) -> bytes:
    if name not in _FUZZ_BASE:
        _FUZZ_BASE[name] = {"x.xlsx": lambda: fs.xlsx(fs.residents(3)), "d.docx": lambda: fs.docx(fs.case_record_paragraphs()),
                            "p.pdf": lambda: fs.pdf([fs.case_record_paragraphs()]), "s.pptx": lambda: fs.pptx([["a"]]),
                            "c.csv": lambda: fs.csv_bytes(fs.residents(3))}[name]()
    return _FUZZ_BASE[name]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(["x.xlsx", "d.docx", "p.pdf", "s.pptx", "c.csv"]),
       edits=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=8),
       cut=st.one_of(st.none(), st.floats(0, 1)))
def test_a_damaged_file_is_read_or_refused_as_unreadable_never_a_crash(name, edits, cut):
    b = bytearray(_fuzz_base(name))
    for where, value in edits:
        b[int(where * len(b))] = value
    if cut is not None:
        b = b[:int(cut * len(b))]
    try:
        extract(bytes(b), name)
    except FileError as e:
        assert e.code in ("file_corrupt", "file_encrypted", "file_legacy_office", "file_bomb",
                          "unsupported_file_type", "file_too_much_text", "file_too_complex")


def test_with_worker_processes_the_pieces_are_scanned_in_parallel_with_the_same_answer(client):
    """`--workers 2` (a central instance): pieces go to both workers at once; the answer is
    the in-process one."""
    import subprocess

    from support import free_port, start_service

    filler = [[f"事業{i}", "市民協働課", str(1000 + i)] for i in range(6000)]
    rows = filler[:2000] + [["事業X", "市民協働課", fs.my_number("64027195385")]] + filler[2000:]
    data = fs.xlsx(rows, header=["事業名", "所管課", "個人番号"], extra_sheet=False)
    expected = post(client, data, "big.xlsx").get_json()
    assert expected["verdict"] == "block"
    port = free_port()
    proc = start_service(port, "--workers", "2", timeout=120)
    try:
        import urllib.request

        req = urllib.request.Request(f"http://127.0.0.1:{port}/v1/scan-file", data=data, method="POST",
                                     headers={"Content-Type": "application/octet-stream"})
        with urllib.request.urlopen(req, timeout=120) as r:
            got = json.loads(r.read())
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
    for key in ("verdict", "counts", "findings_total", "complete"):
        assert got[key] == expected[key], key
    assert [f["location"] for f in got["findings"]] == [f["location"] for f in expected["findings"]]
    assert got["file"]["scanned_chars"] >= expected["file"]["scanned_chars"]


def test_excel_unicode_text_is_read_as_a_table(client):
    """Excel's 「Unicode テキスト」: UTF-16 with a BOM, tab-separated, named .txt."""
    rows = fs.residents(3)
    text = "\r\n".join("\t".join(r) for r in [fs.HEADER] + rows) + "\r\n"
    data = text.encode("utf-16")
    body = post(client, data, "名簿.txt").get_json()
    assert body["verdict"] == "block"
    my = sorted((f for f in body["findings"] if f["type"] == "JP_MY_NUMBER"), key=lambda f: f["start"])
    assert [f["location"] for f in my] == ["2行目・3列目", "3行目・3列目", "4行目・3列目"]


def _post_live(url: str, data: bytes, name: str) -> tuple[int, dict]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(f"{url}/v1/scan-file", data=data, method="POST", headers={
        "Content-Type": "application/octet-stream", "X-Mamori-File-Name": urllib.parse.quote(name)})
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def test_the_real_server_takes_a_large_file_and_answers_an_oversized_one_in_json(live_service):
    """waitress in front (run_service.py) must let a file up to the limit through, and a larger
    one must still get the JSON error, not waitress's own text page."""
    import os

    buf = io.BytesIO(fs.benign_xlsx())
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("xl/media/image1.png", os.urandom(6 * 1024 * 1024), compress_type=zipfile.ZIP_STORED)
    status, body = _post_live(live_service, buf.getvalue(), "講座.xlsx")
    assert status == 200 and body["verdict"] == "allow", body
    status, body = _post_live(live_service, b"a" * (file_api.MAX_FILE_BYTES + 1), "big.txt")
    assert status == 413 and body["error"]["code"] == "file_too_large"


def _ods(rows: list[list[str]]) -> bytes:
    """A minimal OpenDocument spreadsheet (LibreOffice Calc's format)."""
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    body = "".join("<table:table-row>" + "".join(f"<table:table-cell><text:p>{c}</text:p></table:table-cell>"
                                                  for c in r) + "</table:table-row>" for r in rows)
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns}><office:body>'
               f'<office:spreadsheet><table:table table:name="名簿">{body}</table:table>'
               f"</office:spreadsheet></office:body></office:document-content>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress_type=zipfile.ZIP_STORED)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", "<manifest/>")
    return buf.getvalue()


def test_opendocument_spreadsheet_is_read_as_rows(client):
    rows = fs.residents(2)
    body = post(client, _ods([fs.HEADER] + rows), "名簿.ods").get_json()
    assert body["file"]["format"] == "ods"
    assert body["verdict"] == "block" and body["counts"].get("JP_MY_NUMBER") == 2
    text = first_content(extract(_ods([fs.HEADER] + rows), "n.ods")).text
    assert text.splitlines()[1] == "\t".join(rows[0])
