"""Text out of an attached file, for POST /v1/scan-file (service/file_api.py).

`extract(data, name)` returns the file's text as `Part`s — one per sheet, page,
slide or document section — each able to say where a character offset sits (a cell
like C3, a page line, a paragraph). Formats:

- OOXML (xlsx/xlsm, docx/docm, pptx/pptm) and ODF (ods/odt/odp): the zip and its XML
  read with the standard library (zipfile + expat). The field libraries (openpyxl,
  python-docx, python-pptx) build whole object models with lxml — several times slower
  and heavier for the one thing needed here, the text — and would add lxml to the
  service. A sheet comes out as tab-separated rows (empty cells kept, so columns line
  up) and dates as dates: the detectors read a table's header row for context (「個人番号」
  above a column of numbers), exactly as they do for a pasted TSV.
- PDF: pypdf (pure Python), page by page.
- Text (txt, csv, tsv, md, json, xml, html, log …): UTF-8 / UTF-16 with a BOM / cp932
  (Excel's "CSV" on Japanese Windows) / EUC-JP.

Fail closed: what cannot be read is refused with a FileError (a code with a Japanese
message in labels.ERROR_MESSAGES), never passed as "nothing found": a corrupt file, an
encrypted one (password-protected OOXML is an OLE compound file holding
`EncryptionInfo`; a PDF whose password is not empty), a legacy binary Office file, a zip
bomb (per-member and total uncompressed limits and a compression-ratio limit, enforced on
the bytes actually read), XML with a DOCTYPE (entity expansion), and too much text.
"Unsupported" (images, audio, archives) is its own answer: the extension shows its
notice that the contents were not checked.
"""
from __future__ import annotations

import codecs
import datetime as dt
import io
import logging
import re
import time
import warnings
import zipfile
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Callable, Optional
from xml.parsers import expat

MAX_FILE_BYTES = 20 * 1024 * 1024          # the request body
MAX_MEMBER_BYTES = 64 * 1024 * 1024        # one zip member, uncompressed
MAX_TOTAL_UNCOMPRESSED = 160 * 1024 * 1024  # every member read, together
MAX_RATIO = 120                            # uncompressed / compressed, for members over 1 MiB
RATIO_FLOOR = 1024 * 1024
MAX_ZIP_MEMBERS = 20_000
MAX_TEXT_CHARS = 2_000_000                 # extracted text, all parts together
MAX_PDF_PAGES = 2_000
MAX_PDF_PAGE_CONTENT = 16 * 1024 * 1024    # one page's content stream, decompressed
EXTRACT_SECONDS = 60.0                     # a last resort against pathological files

TEXT_EXTENSIONS = {"txt", "csv", "tsv", "tab", "md", "markdown", "json", "jsonl", "xml", "html", "htm",
                   "log", "ini", "yaml", "yml", "sql", "rtf", "eml", "vcf", "tex", "srt"}
LEGACY_OFFICE = {"xls", "doc", "ppt", "msg", "xlt", "dot", "pot"}
MEDIA_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"RIFF", b"BM", b"II*\x00", b"MM\x00*",
               b"ID3", b"OggS", b"fLaC", b"\x1aE\xdf\xa3", b"7z\xbc\xaf", b"Rar!", b"\x1f\x8b")

log = logging.getLogger("mamori.files")
# pypdf reports oddities of a file through logging and warnings; the service log must hold
# only the access-log shapes (tests/test_zz_logs.py), and a warning may quote the file.
logging.getLogger("pypdf").setLevel(logging.CRITICAL + 1)
warnings.filterwarnings("ignore", module=r"pypdf(\..*)?")


class FileError(Exception):
    """The file cannot be read: `code` is a key of labels.ERROR_MESSAGES; 415 for unsupported."""

    def __init__(self, code: str, status: int = 422):
        super().__init__(code)
        self.code = code
        self.status = status


@dataclass
class Part:
    """One sheet / page / slide / section. `text` is what is scanned; lines are rows."""
    name: str                       # 「名簿」 / 「3ページ」 / 「本文」 (shown to the user)
    kind: str                       # sheet | page | slide | body | header | notes | text | comments
    text: str
    delim: str = ""                 # "\t" / ",": a table, rows under a header row (repeated per chunk)
    line_labels: Optional[Callable[[int, int], str]] = None  # (line index, column index) -> "C3"

    def locate(self, offset: int) -> str:
        """Where `offset` sits, in the user's terms (a cell, a line)."""
        starts = self._line_starts()
        i = bisect_right(starts, offset) - 1
        col = self.text.count(self.delim, starts[i], offset) if self.delim else 0
        if self.line_labels is not None:
            return self.line_labels(i, col)
        return f"{i + 1}行目"

    def _line_starts(self) -> list[int]:
        s = getattr(self, "_starts", None)
        if s is None:
            s = [0] + [m.end() for m in re.finditer("\n", self.text)]
            self._starts = s
        return s


@dataclass
class Extracted:
    format: str
    parts: list[Part] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # sheet names: scanned with the file's name

    @property
    def chars(self) -> int:
        """Characters of the contents (not counting the file's and sheets' names): 0 = no text."""
        return sum(len(p.text) for p in self.parts if p.kind != "name")


class _Budget:
    """Bounds on what one file may cost: text, uncompressed bytes, time."""

    def __init__(self):
        self.chars = 0
        self.unzipped = 0
        self.deadline = time.monotonic() + EXTRACT_SECONDS

    def add_text(self, n: int) -> None:
        self.chars += n
        if self.chars > MAX_TEXT_CHARS:
            raise FileError("file_too_much_text", 413)

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise FileError("file_too_complex", 422)


# ---------------------------------------------------------------------------------------
# Which format
# ---------------------------------------------------------------------------------------

def _suffix(name: str) -> str:
    name = (name or "").rsplit("/", 1)[-1].rsplit("\\", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def sniff(data: bytes, name: str) -> str:
    """The format to read: xlsx, docx, pptx, ods, odt, odp, pdf, text — or raises FileError."""
    head = data[:8]
    ext = _suffix(name)
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "zip"  # OOXML / ODF / a plain archive: decided by its contents
    if head.startswith(b"%PDF") or (data[:1024].find(b"%PDF-") != -1 and ext == "pdf"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        # OLE compound file: a password-protected OOXML file, or a legacy .xls/.doc/.ppt.
        if "EncryptionInfo".encode("utf-16-le") in data or "EncryptedPackage".encode("utf-16-le") in data:
            raise FileError("file_encrypted")
        raise FileError("file_legacy_office")
    if not data:
        return "text"
    if any(head.startswith(m) for m in MEDIA_MAGIC) or head[4:8] in (b"ftyp",):
        raise FileError("unsupported_file_type", 415)
    if ext in LEGACY_OFFICE:
        raise FileError("file_corrupt")  # says it is .xls but is no OLE file
    if ext in ("xlsx", "xlsm", "docx", "docm", "pptx", "pptm", "ods", "odt", "odp"):
        raise FileError("file_corrupt")  # says it is a zip-based document but is not a zip
    if ext == "pdf":
        raise FileError("file_corrupt")
    if _looks_textual(data):
        return "text"
    raise FileError("unsupported_file_type", 415)


def _looks_textual(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF8)):
        return True
    if b"\x00" in sample:
        return False
    control = sum(1 for b in sample if b < 9 or 13 < b < 27 or 27 < b < 32)
    return control <= len(sample) // 100


def extract(data: bytes, name: str = "") -> Extracted:
    if len(data) > MAX_FILE_BYTES:
        raise FileError("file_too_large", 413)
    budget = _Budget()
    kind = sniff(data, name)
    if kind == "pdf":
        ex = _pdf(data, budget)
    elif kind == "text":
        ex = _text(data, name, budget)
    else:
        ex = _zip(data, budget)
    # The file's own name and its sheets' names go to ChatGPT too (「山田太郎様_診断書.docx」).
    base = (name or "").replace("\\", "/").rsplit("/", 1)[-1]
    lines = [x for x in [base, *ex.names] if x.strip()]
    if lines:
        # First: it is tiny, and a scan that stops at the first block still covers it.
        ex.parts.insert(0, Part(name="ファイル名・シート名", kind="name", text="\n".join(lines)[:2000],
                                line_labels=lambda i, col: f"{i + 1}行目"))
    return ex


# ---------------------------------------------------------------------------------------
# Zip containers (OOXML, ODF) and their XML
# ---------------------------------------------------------------------------------------

class _Zip:
    """A zip read under the bomb limits."""

    def __init__(self, data: bytes, budget: _Budget):
        try:
            self.zf = zipfile.ZipFile(io.BytesIO(data))
            infos = self.zf.infolist()
        except Exception:  # whatever a damaged directory makes zipfile raise: unreadable
            raise FileError("file_corrupt") from None
        if len(infos) > MAX_ZIP_MEMBERS:
            raise FileError("file_bomb")
        self.infos = {i.filename: i for i in infos}
        self.budget = budget

    def names(self) -> list[str]:
        return list(self.infos)

    def has(self, name: str) -> bool:
        return name in self.infos

    def stream(self, name: str):
        """Yield the member's bytes in blocks, enforcing the limits on what is really read."""
        info = self.infos[name]
        if info.flag_bits & 0x1:
            raise FileError("file_encrypted")
        if info.file_size > MAX_MEMBER_BYTES:
            raise FileError("file_bomb")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise FileError("file_bomb")
        read = 0
        try:
            with self.zf.open(info) as f:
                while True:
                    block = f.read(256 * 1024)
                    if not block:
                        break
                    read += len(block)
                    self.budget.unzipped += len(block)
                    if read > MAX_MEMBER_BYTES or self.budget.unzipped > MAX_TOTAL_UNCOMPRESSED:
                        raise FileError("file_bomb")
                    self.budget.tick()
                    yield block
        except FileError:
            raise
        except Exception:  # zlib.error, a bad CRC, an unknown compression method …
            raise FileError("file_corrupt") from None

    def read(self, name: str) -> bytes:
        return b"".join(self.stream(name))


def _refuse_doctype(*_args):
    # OOXML and ODF never carry a DTD; one here can only be an entity-expansion attack.
    raise FileError("file_corrupt")


def _parse(z: _Zip, name: str, start: Callable, end: Callable, chars: Callable) -> None:
    """Stream one XML member through expat; element names are 'namespace local'."""
    p = expat.ParserCreate(namespace_separator=" ")
    p.buffer_text = True
    p.buffer_size = 65536
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    p.StartDoctypeDeclHandler = _refuse_doctype
    p.EntityDeclHandler = _refuse_doctype
    p.ExternalEntityRefHandler = _refuse_doctype
    p.StartElementHandler = start
    p.EndElementHandler = end
    p.CharacterDataHandler = chars
    try:
        for block in z.stream(name):
            p.Parse(block, False)
        p.Parse(b"", True)
    except expat.ExpatError:
        raise FileError("file_corrupt") from None


_LOCAL: dict[str, str] = {}


def _local(tag: str) -> str:
    """'namespace local' -> 'local' (memoised: a sheet has few distinct tags, many elements)."""
    loc = _LOCAL.get(tag)
    if loc is None:
        loc = tag.rsplit(" ", 1)[-1]
        if len(_LOCAL) < 10_000:
            _LOCAL[tag] = loc
    return loc


def _zip(data: bytes, budget: _Budget) -> Extracted:
    z = _Zip(data, budget)
    names = set(z.names())
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise FileError("file_encrypted")
    if "xl/workbook.xml" in names:
        return _xlsx(z)
    if "word/document.xml" in names:
        return _docx(z)
    if "ppt/presentation.xml" in names:
        return _pptx(z)
    if "content.xml" in names and "mimetype" in names:
        return _odf(z)
    if "[Content_Types].xml" in names:
        raise FileError("file_corrupt")  # an OOXML package without its main part
    raise FileError("unsupported_file_type", 415)  # a plain archive: contents not checked


def _rels(z: _Zip, path: str) -> dict[str, str]:
    """Relationship id -> target part path, for the part at `path`."""
    folder, _, base = path.rpartition("/")
    rel_path = f"{folder}/_rels/{base}.rels" if folder else f"_rels/{base}.rels"
    out: dict[str, str] = {}
    if not z.has(rel_path):
        return out

    def start(tag, attrs):
        if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
            target = attrs.get("Target", "")
            full = target.lstrip("/") if target.startswith("/") else _join(folder, target)
            out[attrs.get("Id", "")] = full

    _parse(z, rel_path, start, lambda t: None, lambda s: None)
    return out


def _join(folder: str, target: str) -> str:
    parts = (folder.split("/") if folder else []) + target.split("/")
    out: list[str] = []
    for p in parts:
        if p == "..":
            if out:
                out.pop()
        elif p and p != ".":
            out.append(p)
    return "/".join(out)


# ---- xlsx ----------------------------------------------------------------------------

_COL = re.compile(r"([A-Z]{1,3})(\d+)")
# Excel's built-in number formats that show a date (14–22 and the East Asian 27–36, 50–58).
_DATE_FORMAT_IDS = set(range(14, 23)) | set(range(27, 37)) | set(range(45, 48)) | set(range(50, 59))
_DATE_CODE = re.compile(r"[yd]|年|月|日|g{1,3}e")


def col_letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _col_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _shared_strings(z: _Zip, path: Optional[str]) -> list[str]:
    out: list[str] = []
    if not path or not z.has(path):
        return out
    buf: list[str] = []
    state = {"in_t": False, "skip": 0}

    def start(tag, attrs):
        loc = _local(tag)
        if loc == "si":
            buf.clear()
        elif loc == "rPh":  # the phonetic reading (ふりがな) repeats the cell's text
            state["skip"] += 1
        elif loc == "t" and not state["skip"]:
            state["in_t"] = True

    def end(tag):
        loc = _local(tag)
        if loc == "si":
            out.append("".join(buf))
            z.budget.add_text(len(out[-1]))
        elif loc == "rPh":
            state["skip"] -= 1
        elif loc == "t":
            state["in_t"] = False

    def chars(s):
        if state["in_t"]:
            buf.append(s)

    _parse(z, path, start, end, chars)
    return out


def _date_styles(z: _Zip, path: Optional[str]) -> set[int]:
    """Indexes of cellXfs whose number format shows a date."""
    if not path or not z.has(path):
        return set()
    custom: dict[int, str] = {}
    xfs: list[int] = []
    state = {"in_xfs": False}

    def start(tag, attrs):
        loc = _local(tag)
        if loc == "numFmt":
            try:
                custom[int(attrs.get("numFmtId", "-1"))] = attrs.get("formatCode", "")
            except ValueError:
                pass
        elif loc == "cellXfs":
            state["in_xfs"] = True
        elif loc == "xf" and state["in_xfs"]:
            try:
                xfs.append(int(attrs.get("numFmtId", "0")))
            except ValueError:
                xfs.append(0)

    def end(tag):
        if _local(tag) == "cellXfs":
            state["in_xfs"] = False

    _parse(z, path, start, end, lambda s: None)

    def is_date(fid: int) -> bool:
        if fid in custom:
            code = re.sub(r"\[[^\]]*\]|\"[^\"]*\"|\\.", "", custom[fid]).lower()
            return code != "general" and bool(_DATE_CODE.search(code))
        return fid in _DATE_FORMAT_IDS

    return {i for i, fid in enumerate(xfs) if is_date(fid)}


def _excel_date(value: str) -> Optional[str]:
    try:
        serial = float(value)
    except ValueError:
        return None
    if not 1 <= serial < 2958466:
        return None
    day = dt.date(1899, 12, 30) + dt.timedelta(days=int(serial))
    return f"{day.year}/{day.month:02d}/{day.day:02d}"


def _number(value: str) -> str:
    """A numeric cell as Excel shows it in General: 123456789012, not 1.23456789012E+11."""
    if "E" in value or "e" in value:
        try:
            f = float(value)
        except ValueError:
            return value
        if f.is_integer() and abs(f) < 1e16:
            return str(int(f))
        return value
    if value.endswith(".0"):
        return value[:-2]
    return value


_CELL_BREAKS = re.compile(r"\r\n|[\r\n\t]")


def _clean_cell(s: str) -> str:
    # A cell's own line breaks and tabs would break the row / column structure.
    if "\n" in s or "\t" in s or "\r" in s:
        return _CELL_BREAKS.sub(" ", s)
    return s


def _sheet(z: _Zip, path: str, strings: list[str], dates: set[int]) -> list[tuple[int, list[str]]]:
    """Rows of one worksheet: [(row number, [cell text by column from A])]."""
    rows: list[tuple[int, list[str]]] = []
    st = {"row": 0, "cells": None, "col": 0, "type": "n", "style": 0, "in_v": False, "in_t": False}
    buf: list[str] = []

    def start(tag, attrs):
        loc = _local(tag)
        if loc == "c":
            ref = attrs.get("r")
            m = _COL.match(ref) if ref else None
            st["col"] = _col_index(m.group(1)) if m else st["col"] + 1
            st["type"] = attrs.get("t", "n")
            try:
                st["style"] = int(attrs.get("s", "0"))
            except ValueError:
                st["style"] = 0
            buf.clear()
        elif loc == "v":
            st["in_v"] = True
        elif loc == "t":  # inline string <is><t>
            st["in_t"] = True
        elif loc == "row":
            try:
                st["row"] = int(attrs.get("r", "0")) or st["row"] + 1
            except ValueError:
                st["row"] += 1
            st["cells"] = {}
            st["col"] = 0

    def end(tag):
        loc = _local(tag)
        if loc == "v":
            st["in_v"] = False
        elif loc == "t":
            st["in_t"] = False
        elif loc == "c":
            raw = "".join(buf)
            t = st["type"]
            if t == "s":
                try:
                    val = strings[int(raw)]
                except (ValueError, IndexError):
                    val = ""
            elif t in ("inlineStr", "str", "e"):
                val = raw
            elif t == "b":
                val = "TRUE" if raw == "1" else "FALSE"
            elif raw and st["style"] in dates:
                val = _excel_date(raw) or raw
            else:
                val = _number(raw)
            if val and st["cells"] is not None:
                st["cells"][st["col"]] = _clean_cell(val)
        elif loc == "row":
            cells = st["cells"]
            if cells:
                width = max(cells)
                # Counted with its tabs: a lone cell in column XFD is 16,383 tabs of text.
                z.budget.add_text(width + sum(len(v) for v in cells.values()))
                row = [""] * width
                for c, v in cells.items():
                    row[c - 1] = v
                rows.append((st["row"], row))
            st["cells"] = None

    def chars(s):
        if st["in_v"] or st["in_t"]:
            buf.append(s)

    _parse(z, path, start, end, chars)
    return rows


def _table_part(name: str, kind: str, rows: list[tuple[int, list[str]]]) -> Part:
    """Rows as tab-separated lines. Empty cells before a value are kept (the tabs before a
    value say its column, whose header is the first line's cell); every line has at least
    one tab, so that a one-column list is still a table whose header names its column."""
    lines = []
    numbers = []
    for rnum, cells in rows:
        if len(cells) < 2:
            cells = cells + [""]
        lines.append("\t".join(cells))
        numbers.append(rnum)

    def label(i: int, col: int) -> str:
        return f"{col_letters(col + 1)}{numbers[i] if i < len(numbers) else i + 1}"

    return Part(name=name, kind=kind, text="\n".join(lines), delim="\t", line_labels=label)


def _xlsx(z: _Zip) -> Extracted:
    wb = "xl/workbook.xml"
    rels = _rels(z, wb)
    sheets: list[tuple[str, str, str]] = []  # (name, rel id, state)
    strings_path = styles_path = None
    for target in rels.values():
        if target.endswith("sharedStrings.xml"):
            strings_path = target
        elif target.endswith("styles.xml"):
            styles_path = target

    def start(tag, attrs):
        if _local(tag) == "sheet":
            rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
            sheets.append((attrs.get("name", ""), rid, attrs.get("state", "visible")))

    _parse(z, wb, start, lambda t: None, lambda s: None)
    strings = _shared_strings(z, strings_path or ("xl/sharedStrings.xml" if z.has("xl/sharedStrings.xml") else None))
    dates = _date_styles(z, styles_path or ("xl/styles.xml" if z.has("xl/styles.xml") else None))
    out = Extracted("xlsx")
    for i, (name, rid, state) in enumerate(sheets, 1):
        path = rels.get(rid)
        if not path or not z.has(path):
            continue  # a chart sheet, or a dangling reference
        rows = _sheet(z, path, strings, dates)
        out.names.append(name)
        label = name or f"Sheet{i}"
        if state != "visible":
            label += "（非表示）"
        if rows:
            out.parts.append(_table_part(label, "sheet", rows))
        sheet_rels = _rels(z, path)
        for target in sheet_rels.values():
            base = target.rsplit("/", 1)[-1].lower()
            if not base.endswith(".xml") or not z.has(target):
                continue
            if "comment" in base:
                # comments1.xml (Excel), comment1.xml (openpyxl), threadedComment1.xml (365)
                text = _all_text(z, target, para=("comment", "threadedComment"), text_tags=("t", "text"))
                if text.strip():
                    out.parts.append(Part(name=f"{label}のコメント", kind="comments", text=text))
            elif base.startswith("drawing"):
                # text boxes and shapes drawn on the sheet (DrawingML: a:p / a:t)
                text = _all_text(z, target)
                if text.strip():
                    out.parts.append(_para_part(f"{label}の図形", "shapes", text))
    return out


# ---- docx / pptx / odf: paragraphs -----------------------------------------------------

def _all_text(z: _Zip, path: str, para=("p",), text_tags=("t",), tab=("tab",), br=("br", "cr"),
              cell=("tc",), row=("tr",)) -> str:
    """Text of an XML part: one line per paragraph; a table row's cells on one line,
    tab-separated (so a docx table reads like a sheet)."""
    lines: list[str] = []
    cur: list[str] = []
    st = {"in_t": 0, "row_depth": 0}
    row_cells: list[list[str]] = []

    def flush_para():
        text = _clean_cell("".join(cur)) if st["row_depth"] else "".join(cur)
        cur.clear()
        if st["row_depth"] and row_cells:
            if row_cells[-1] and text:
                row_cells[-1].append(" ")
            row_cells[-1].append(text)
        elif text.strip():
            lines.append(text)
            z.budget.add_text(len(text) + 1)

    def start(tag, attrs):
        loc = _local(tag)
        if loc in text_tags:  # (in ODF a paragraph is its own text element: no elif)
            st["in_t"] += 1
        if loc in tab:
            cur.append("\t" if not st["row_depth"] else " ")
        elif loc in br:
            cur.append("\n" if not st["row_depth"] else " ")
        elif loc in row:
            st["row_depth"] += 1
            row_cells.clear()
        elif loc in cell and st["row_depth"]:
            row_cells.append([])
        elif loc == "s" and st["in_t"]:  # ODF <text:s/>: spaces
            cur.append(" ")

    def end(tag):
        loc = _local(tag)
        if loc in text_tags:
            st["in_t"] -= 1
        if loc in para:
            flush_para()
        elif loc in row:
            st["row_depth"] -= 1
            cells = ["".join(c) for c in row_cells]
            if any(c.strip() for c in cells):
                line = "\t".join(cells) if len(cells) > 1 else cells[0] + "\t"
                lines.append(line)
                z.budget.add_text(len(line) + 1)
            row_cells.clear()

    def chars(s):
        if st["in_t"]:
            cur.append(s)

    _parse(z, path, start, end, chars)
    if cur:
        flush_para()
    return "\n".join(lines)


def _numbered(names, prefix: str, suffix: str) -> list[tuple[int, str]]:
    rx = re.compile(re.escape(prefix) + r"(\d+)" + re.escape(suffix) + "$")
    out = []
    for n in names:
        m = rx.match(n)
        if m:
            out.append((int(m.group(1)), n))
    return sorted(out)


def _para_part(name: str, kind: str, text: str) -> Part:
    def label(i: int, col: int) -> str:
        return f"{i + 1}段落目"

    return Part(name=name, kind=kind, text=text, line_labels=label)


def _docx(z: _Zip) -> Extracted:
    out = Extracted("docx")
    names = z.names()
    # delText: words deleted with 変更履歴 on are still in the file (and in what ChatGPT reads).
    body = _all_text(z, "word/document.xml", text_tags=("t", "delText"))
    if body.strip():
        out.parts.append(_para_part("本文", "body", body))
    extra = [("word/footnotes.xml", "脚注", "notes"), ("word/endnotes.xml", "文末脚注", "notes"),
             ("word/comments.xml", "コメント", "comments")]
    for path, label, kind in extra:
        if z.has(path):
            text = _all_text(z, path)
            if text.strip():
                out.parts.append(_para_part(label, kind, text))
    for prefix, label in (("word/header", "ヘッダー"), ("word/footer", "フッター")):
        for _, path in _numbered(names, prefix, ".xml"):
            text = _all_text(z, path)
            if text.strip():
                out.parts.append(_para_part(label, "header", text))
    return out


def _pptx(z: _Zip) -> Extracted:
    out = Extracted("pptx")
    names = z.names()
    for n, path in _numbered(names, "ppt/slides/slide", ".xml"):
        text = _all_text(z, path)
        if text.strip():
            out.parts.append(_para_part(f"スライド{n}", "slide", text))
    for n, path in _numbered(names, "ppt/notesSlides/notesSlide", ".xml"):
        text = _all_text(z, path)
        if text.strip():
            out.parts.append(_para_part(f"スライド{n}のノート", "notes", text))
    for n, path in _numbered(names, "ppt/comments/comment", ".xml"):
        text = _all_text(z, path, para=("cm",), text_tags=("text",))
        if text.strip():
            out.parts.append(_para_part(f"コメント{n}", "comments", text))
    return out


def _odf(z: _Zip) -> Extracted:
    mimetype = z.read("mimetype").decode("ascii", "replace").strip()
    fmt = {"application/vnd.oasis.opendocument.spreadsheet": "ods",
           "application/vnd.oasis.opendocument.text": "odt",
           "application/vnd.oasis.opendocument.presentation": "odp"}.get(mimetype)
    if fmt is None:
        raise FileError("unsupported_file_type", 415)
    if z.has("META-INF/manifest.xml") and b"encryption-data" in z.read("META-INF/manifest.xml"):
        raise FileError("file_encrypted")
    text = _all_text(z, "content.xml", para=("p", "h"), text_tags=("p", "h", "span", "a"),
                     tab=("tab",), br=("line-break",), cell=("table-cell",), row=("table-row",))
    out = Extracted(fmt)
    if text.strip():
        out.parts.append(_para_part("本文", "body", text))
    return out


# ---------------------------------------------------------------------------------------
# PDF
# ---------------------------------------------------------------------------------------

def _pdf(data: bytes, budget: _Budget) -> Extracted:
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError, PyPdfError
    except ImportError:  # pragma: no cover - requirements.txt installs it
        raise FileError("unsupported_file_type", 415) from None
    out = Extracted("pdf")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many PDFs are "encrypted" only against editing, with an empty open password.
            try:
                ok = reader.decrypt("")
            except Exception:
                ok = 0
            if not ok:
                raise FileError("file_encrypted")
        pages = reader.pages
        if len(pages) > MAX_PDF_PAGES:
            raise FileError("file_too_much_text", 413)
        for n, page in enumerate(pages, 1):
            budget.tick()
            # pypdf bounds each stream's decompression; this bounds what one page may make
            # extract_text() walk (a page of a real document is well under 1 MB of operators).
            contents = page.get_contents()
            if contents is not None and len(contents.get_data()) > MAX_PDF_PAGE_CONTENT:
                raise FileError("file_too_complex")
            text = page.extract_text() or ""
            if text.strip():
                budget.add_text(len(text))
                out.parts.append(Part(name=f"{n}ページ", kind="page", text=text,
                                      line_labels=lambda i, col: f"{i + 1}行目"))
    except FileError:
        raise
    except (PdfReadError, PyPdfError):
        raise FileError("file_corrupt") from None
    except Exception:  # a damaged PDF makes pypdf raise almost anything: unreadable all the same
        raise FileError("file_corrupt") from None
    return out


# ---------------------------------------------------------------------------------------
# Text
# ---------------------------------------------------------------------------------------

def decode_text(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16", "replace")
    for enc in ("utf-8", "cp932", "euc_jp"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", "replace")


_TAG = re.compile(r"<[^>]{0,2000}>")


def _text(data: bytes, name: str, budget: _Budget) -> Extracted:
    text = decode_text(data).replace("\r\n", "\n").replace("\r", "\n")
    ext = _suffix(name)
    if ext in ("html", "htm"):
        import html

        text = html.unescape(_TAG.sub(" ", text))
    budget.add_text(len(text))
    out = Extracted(ext if ext in TEXT_EXTENSIONS else "text")
    delim = "\t" if ext in ("tsv", "tab") else "," if ext == "csv" else None
    if delim is None:
        # Excel's 「Unicode テキスト」 is a tab-separated table saved as .txt (UTF-16).
        head = [ln for ln in text[:20000].split("\n")[:50] if ln.strip()]
        if len(head) >= 2 and sum("\t" in ln for ln in head) >= 0.8 * len(head):
            delim = "\t"
    if text.strip():
        out.parts.append(Part(name=name.rsplit("/", 1)[-1] or "テキスト", kind="text", text=text,
                              delim=delim or "",
                              line_labels=(lambda i, col: f"{i + 1}行目・{col + 1}列目") if delim
                              else (lambda i, col: f"{i + 1}行目")))
    return out
