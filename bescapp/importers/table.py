"""Read a spreadsheet (.xlsx or .csv) into rows of text, refusing what we cannot trust.

Every file a staffer is sent may be hostile, so nothing is taken on its word:

- A workbook is a zip. Before any XML is parsed, its entries are counted and each
  part is unpacked through a bounded stream (the sizes the zip declares are checked
  first, then the bytes actually unpacked), so a zip bomb is refused within a
  second, naming what is too large, without ever holding more than one part.
- A sheet's declared size (``<dimension ref="A1:XFD1048576">``) is ignored: only
  the cells the file holds are read, row by row, with limits on rows (``MAX_ROWS``
  people), columns (``MAX_COLUMNS``) and XML elements.
- Formulas are never evaluated: a formula cell arrives as its formula and is
  reported, never used as a value. Text that *looks* like a formula (``=``, ``+``,
  ``-``, ``@`` first) is kept as text and flagged, since a spreadsheet would run it.
- A CSV is read whole only when it is at most ``MAX_CSV_BYTES``; UTF-8, UTF-16
  (with or without a byte-order mark) and Windows-1252 are understood.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
import re
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

MAX_ROWS = 5000  # a delegation list has tens of people; 5,000 is already generous
MAX_COLUMNS = 200
MAX_CSV_BYTES = 20 * 1024 * 1024
MAX_SHEET_BYTES = 50 * 1024 * 1024  # one worksheet part, unpacked
MAX_PART_BYTES = 10 * 1024 * 1024  # any other part (shared strings, styles ...), unpacked
MAX_UNPACKED_BYTES = 100 * 1024 * 1024  # the whole workbook, unpacked
MAX_ENTRIES = 1000  # parts in the zip; Excel writes about a dozen
MAX_RATIO = 200  # unpacked / packed, for a part over RATIO_FLOOR; XML packs ~5-30 times
RATIO_FLOOR = 1024 * 1024
MAX_ROW_ELEMENTS = 100_000  # <row> elements in the sheet, empty formatted rows included
MAX_CELL_ELEMENTS = 1_000_000  # <c> elements in the sheet
MAX_SHARED_STRINGS = 200_000
MAX_PART_ELEMENTS = 200_000  # XML tags in any other part (styles, relationships ...)
MAX_CELL_FORMATS = 70_000  # <xf> in styles.xml; Excel itself allows 64,000
MAX_MERGED = 10_000
CHUNK = 1024 * 1024
FORMULA_STARTS = ("=", "+", "-", "@")  # what a spreadsheet would run (CSV injection)

CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: old .xls, or an encrypted .xlsx
ZIP_SIGNATURE = b"PK\x03\x04"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
_ROW_TAG = re.compile(rb"<(?:\w+:)?row[\s/>]")
_CELL_TAG = re.compile(rb"<(?:\w+:)?c[\s/>]")
_SHARED_TAG = re.compile(rb"<(?:\w+:)?si[\s/>]")
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([^\"]+)\"")
# A cell with a value (<v>, <is> or <f> right inside) in a column of two or three letters.
_WIDE_CELL = re.compile(
    rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{2,3})(\d+)\"[^>]*>\s*<(?:\w+:)?(?:v|is|f)\b")


class ImportProblem(Exception):
    """A file bescapp cannot import, with where (row, column) when it is one place."""

    def __init__(self, code: str, *, row: int | None = None, column: str | None = None,
                 **details) -> None:
        self.code, self.row, self.column, self.details = code, row, column, details
        super().__init__(code)


@dataclass(frozen=True)
class Cell:
    text: str
    is_formula: bool = False  # a workbook formula: never evaluated, the row is refused

    @property
    def looks_like_formula(self) -> bool:
        """Text a spreadsheet would run as a formula if the list went back into one."""
        return not self.is_formula and self.text.startswith(FORMULA_STARTS)


@dataclass(frozen=True)
class Sheet:
    rows: list[tuple[int, list[Cell]]]  # (row number as the user sees it, cells)
    merged: list[tuple[int, int, str]]  # (first row, last row, range like "B1:C1")
    encoding: str = ""  # for a CSV: how it was read


def column_letter(index: int) -> str:
    """0 -> "A", 27 -> "AB"."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def column_index(letters: str) -> int:
    """"A" -> 0, "AB" -> 27."""
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - 64
    return index - 1


def read_sheet(path: Path) -> Sheet:
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError as e:
        raise ImportProblem("no_file") from e
    except OSError as e:
        raise ImportProblem("unreadable", reason=e.strerror or type(e).__name__) from e
    suffix = path.suffix.lower()
    if head.startswith(CFB_SIGNATURE):
        # An encrypted .xlsx is an OLE container too; Excel 97-2003 .xls is the other case.
        raise ImportProblem("old_xls" if suffix == ".xls" else "password")
    if head.startswith(ZIP_SIGNATURE):
        return _read_xlsx(path)
    if suffix in (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods", ".docx", ".pdf", ".zip"):
        raise ImportProblem("not_spreadsheet")
    return _read_csv(path)


# --------------------------------------------------------------------------- .xlsx

def _read_xlsx(path: Path) -> Sheet:
    _check_directory(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise ImportProblem("not_spreadsheet") from e
    with archive:
        sheet_name = _check_archive(archive)
        sheet_xml = _unpack(archive, archive.getinfo(sheet_name), MAX_SHEET_BYTES)
        merged = _scan_sheet(sheet_xml)
        del sheet_xml
        return Sheet(_sheet_rows(path, archive, sheet_name), merged)


def _check_directory(path: Path) -> None:
    """Count the zip's entries from its end record, before ``ZipFile`` makes an object for
    each (300,000 empty entries, 26 MB on disk, would cost it 160 MB)."""
    end_record = getattr(zipfile, "_EndRecData", None)  # the reader zipfile itself uses
    if end_record is None:
        return
    try:
        with path.open("rb") as f:
            end = end_record(f)
    except (OSError, ValueError, zipfile.BadZipFile) as e:
        raise ImportProblem("not_spreadsheet") from e
    if end is None:
        raise ImportProblem("not_spreadsheet")
    # zipfile's own indexes into its end record; typeshed does not declare private names.
    entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]  # type: ignore[attr-defined]
    if entries > MAX_ENTRIES or size > MAX_ENTRIES * 1024:  # a name is at most a few hundred
        raise ImportProblem("zip_entries", count=max(entries, size // 1024), limit=MAX_ENTRIES)


def _check_archive(archive: zipfile.ZipFile) -> str:
    """Refuse a zip that unpacks too large or holds too much; returns the first sheet's part."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        raise ImportProblem("zip_entries", count=len(infos), limit=MAX_ENTRIES)
    if any(info.flag_bits & 0x1 for info in infos):
        raise ImportProblem("password")
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        # A .xlsb (binary) workbook, a .docx or any other zip.
        raise ImportProblem("not_spreadsheet")
    total = 0
    for info in infos:  # what the zip declares: cheap, but a forged header can lie
        limit = _part_limit(info.filename)
        if info.file_size > limit:
            raise ImportProblem("part_too_large", part=info.filename, size=info.file_size,
                                limit=limit)
        if info.file_size > RATIO_FLOOR and \
                info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ImportProblem("zip_ratio", part=info.filename, size=info.file_size,
                                packed=info.compress_size, ratio=MAX_RATIO)
        total += info.file_size
    if total > MAX_UNPACKED_BYTES:
        raise ImportProblem("unpacked_too_large", size=total, limit=MAX_UNPACKED_BYTES)
    total = 0
    for info in infos:  # what the parts really unpack to, through a bounded stream
        if info.is_dir():
            continue
        if info.filename.startswith("xl/worksheets/"):  # read again, row by row, if first
            total += sum(len(chunk) for chunk in _chunks(archive, info, MAX_SHEET_BYTES))
        elif info.filename == "xl/sharedStrings.xml":
            data = _unpack(archive, info, MAX_PART_BYTES)
            count = len(_SHARED_TAG.findall(data))
            if count > MAX_SHARED_STRINGS:
                raise ImportProblem("too_many_elements", part=info.filename, what="strings",
                                    count=count, limit=MAX_SHARED_STRINGS)
            total += len(data)
            del data
        else:
            size, tags, formats = 0, 0, 0
            for chunk in _chunks(archive, info, _part_limit(info.filename)):
                size += len(chunk)
                tags += chunk.count(b"<")
                formats += chunk.count(b"<xf ") + chunk.count(b"<xf>")
            # openpyxl builds an object per element of styles.xml and of the other parts.
            for count, limit, what in ((tags, MAX_PART_ELEMENTS, "elements"),
                                       (formats, MAX_CELL_FORMATS, "cell formats")):
                if count > limit:
                    raise ImportProblem("too_many_elements", part=info.filename, what=what,
                                        count=count, limit=limit)
            total += size
        if total > MAX_UNPACKED_BYTES:
            raise ImportProblem("unpacked_too_large", size=total, limit=MAX_UNPACKED_BYTES,
                                at_least=True)
    return _first_sheet(archive)  # parsed only now that every part is known to be sane


def _part_limit(name: str) -> int:
    return MAX_SHEET_BYTES if name.startswith("xl/worksheets/") else MAX_PART_BYTES


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int):
    """The part's unpacked bytes, a chunk at a time, refused past ``limit``."""
    seen = 0
    try:
        with archive.open(info) as stream:
            while chunk := stream.read(CHUNK):
                seen += len(chunk)
                if seen > limit:
                    raise ImportProblem("part_too_large", part=info.filename, size=seen,
                                        limit=limit, at_least=True)
                yield chunk
    except ImportProblem:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, OSError, ValueError,
            NotImplementedError, RuntimeError) as e:
        # A bad CRC, a truncated part, an unknown compression, an encrypted entry.
        raise ImportProblem("not_spreadsheet") from e


def _unpack(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    return b"".join(_chunks(archive, info, limit))


def _first_sheet(archive: zipfile.ZipFile) -> str:
    """The first sheet's part name, from workbook.xml and its relationships."""
    try:
        workbook = ElementTree.fromstring(_unpack(archive, archive.getinfo("xl/workbook.xml"),
                                                  MAX_PART_BYTES))
        first = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
        if first is None:
            raise ImportProblem("empty")
        rel_id = first.get(f"{_REL}id")
        rels = ElementTree.fromstring(_unpack(
            archive, archive.getinfo("xl/_rels/workbook.xml.rels"), MAX_PART_BYTES))
    except (KeyError, ElementTree.ParseError) as e:
        raise ImportProblem("not_spreadsheet") from e
    target = next((r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")
                   if r.get("Id") == rel_id), None)
    if target is None:
        raise ImportProblem("not_spreadsheet")
    name = target.lstrip("/") if target.startswith("/") else str(PurePosixPath("xl") / target)
    if not name.startswith("xl/worksheets/"):
        raise ImportProblem("not_a_worksheet")  # a chart sheet or a macro sheet comes first
    try:
        archive.getinfo(name)
    except KeyError as e:
        raise ImportProblem("not_spreadsheet") from e
    return name


def _scan_sheet(data: bytes) -> list[tuple[int, int, str]]:
    """Byte searches over the sheet before it is parsed; returns its merged ranges."""
    if data.count(b"<row") > MAX_ROWS + 1 and \
            _rows_with_values(data, MAX_ROWS + 2) > MAX_ROWS + 1:
        raise ImportProblem("too_many_rows", limit=MAX_ROWS)
    for pattern, what, limit in ((_ROW_TAG, "rows", MAX_ROW_ELEMENTS),
                                 (_CELL_TAG, "cells", MAX_CELL_ELEMENTS)):
        if _count(pattern, data, limit + 1) > limit:
            raise ImportProblem("too_many_elements", part="sheet", what=what,
                                count=limit, limit=limit, at_least=True)
    for match in _WIDE_CELL.finditer(data) if b"<c" in data else ():
        if column_index(match.group(1).decode("ascii")) >= MAX_COLUMNS:
            column = match.group(1).decode("ascii")
            raise ImportProblem("too_many_columns", row=int(match.group(2)), column=column,
                                limit=MAX_COLUMNS)
    ranges = []
    for match in _MERGE.finditer(data) if b"mergeCell" in data else ():
        ref = match.group(1).decode("ascii", "replace")[:40]
        rows = [int(m.group(2)) for m in _CELL_REF.finditer(ref)]
        if rows:
            ranges.append((min(rows), max(rows), ref))
        if len(ranges) > MAX_MERGED:
            raise ImportProblem("too_many_elements", part="sheet", what="merged ranges",
                                count=MAX_MERGED, limit=MAX_MERGED, at_least=True)
    return ranges


def _count(pattern: re.Pattern, data: bytes, enough: int) -> int:
    found = 0
    for _match in pattern.finditer(data):
        found += 1
        if found >= enough:
            break
    return found


def _rows_with_values(data: bytes, enough: int) -> int:
    """Rows holding at least one value (formatted empty rows do not count), up to ``enough``.

    A row runs from its tag to the next row's: one pass, however the rows are closed."""
    found = 0
    starts = [m.start() for m in _ROW_TAG.finditer(data)] + [len(data)]
    for start, end in itertools.pairwise(starts):
        if data.find(b"<v", start, end) != -1 or data.find(b"<is", start, end) != -1:
            found += 1
            if found >= enough:
                break
    return found


def _sheet_rows(path: Path, archive: zipfile.ZipFile,
                sheet_name: str) -> list[tuple[int, list[Cell]]]:
    """The cells the sheet holds, row by row; missing rows and cells are not made up.

    openpyxl's read-only worksheet pads every row to the sheet's declared dimension
    (``A1:XFD1048576`` would be a million rows of 16,384 columns) and fills the rows
    missing between two rows; its sheet parser, which that worksheet drives, yields
    only the rows and cells the XML holds.
    """
    import openpyxl
    from openpyxl.worksheet._reader import WorkSheetParser

    # openpyxl warns (on stderr) about what it repairs or drops; the report says what matters.
    with path.open("rb") as file, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            # A file object, so that openpyxl does not judge the file by its name's suffix.
            workbook = openpyxl.load_workbook(file, read_only=True, data_only=False,
                                              keep_links=False)
        except Exception as e:  # openpyxl raises many kinds (KeyError, TypeError ...)
            raise ImportProblem("not_spreadsheet") from e
        try:
            return _parse_rows(workbook, archive, sheet_name, WorkSheetParser)
        except ImportProblem:
            raise
        except Exception as e:
            raise ImportProblem("not_spreadsheet") from e
        finally:
            workbook.close()


def _parse_rows(workbook, archive: zipfile.ZipFile, sheet_name: str,
                parser_class) -> list[tuple[int, list[Cell]]]:
    rows = []
    with archive.open(sheet_name) as source:
        parser = parser_class(
            source, workbook.shared_strings, data_only=False, epoch=workbook.epoch,
            date_formats=getattr(workbook, "_date_formats", set()),
            timedelta_formats=getattr(workbook, "_timedelta_formats", set()))
        for number, found in parser.parse():
            cells: dict[int, Cell] = {}
            for item in found:
                cell = _cell(item["value"], item["data_type"])
                if not cell.text:
                    continue
                if item["column"] > MAX_COLUMNS:
                    raise ImportProblem("too_many_columns", row=number,
                                        column=column_letter(item["column"] - 1),
                                        limit=MAX_COLUMNS)
                cells[item["column"] - 1] = cell
            if cells:
                rows.append((number, [cells.get(i, Cell("")) for i in range(max(cells) + 1)]))
                if len(rows) > MAX_ROWS + 1:  # + the header row
                    raise ImportProblem("too_many_rows", limit=MAX_ROWS)
    rows.sort(key=lambda r: r[0])  # rows may come in any order in the XML
    return rows


def _cell(value, data_type: str = "") -> Cell:
    if value is None:
        return Cell("")
    if data_type == "f" or type(value).__name__ in ("ArrayFormula", "DataTableFormula"):
        text = value if isinstance(value, str) else getattr(value, "text", None)
        return Cell(str(text or "=").strip(), is_formula=True)
    if isinstance(value, str):
        return Cell(value.strip())
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return Cell(str(value).strip())


# --------------------------------------------------------------------------- .csv

def _read_csv(path: Path) -> Sheet:
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise ImportProblem("csv_too_large", size=size, limit=MAX_CSV_BYTES)
        with path.open("rb") as f:
            data = f.read(MAX_CSV_BYTES + 1)  # a pipe or a device may say it is empty
    except OSError as e:
        raise ImportProblem("unreadable", reason=e.strerror or type(e).__name__) from e
    if len(data) > MAX_CSV_BYTES:
        raise ImportProblem("csv_too_large", size=len(data), limit=MAX_CSV_BYTES,
                            at_least=True)
    text, encoding = _decode(data)
    if "\x00" in text:
        raise ImportProblem("not_spreadsheet")
    if not text.strip():
        raise ImportProblem("empty")
    sample = text[:8192]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        first_line = sample.splitlines()[0] if sample.splitlines() else ""
        delimiter = max(",;\t", key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows = []
    try:
        for number, values in enumerate(reader, start=1):
            if len(values) > MAX_COLUMNS and any(v.strip() for v in values[MAX_COLUMNS:]):
                raise ImportProblem("too_many_columns", row=reader.line_num,
                                    column=column_letter(MAX_COLUMNS), limit=MAX_COLUMNS)
            cells = [Cell(v.strip()) for v in values[:MAX_COLUMNS]]
            if any(c.text for c in cells):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS + 1:
                    raise ImportProblem("too_many_rows", limit=MAX_ROWS)
    except csv.Error as e:
        if "field larger than field limit" in str(e):
            raise ImportProblem("csv_field_too_long", row=reader.line_num,
                                limit=csv.field_size_limit()) from e
        raise ImportProblem("bad_csv", row=reader.line_num, reason=str(e)) from e
    return Sheet(rows, [], encoding)


def _decode(data: bytes) -> tuple[str, str]:
    """The CSV's text and what it was read as: UTF-8, UTF-16 or, failing both, Windows-1252."""
    utf16 = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        utf16 = "utf-16"  # the codec reads the mark and drops it
    elif len(data) >= 2:
        # No mark: text in UTF-16 has a zero byte beside nearly every Latin letter.
        sample = data[:4096]
        even, odd = sample[0::2].count(0), sample[1::2].count(0)
        if odd > len(sample) // 4 and even == 0:
            utf16 = "utf-16-le"
        elif even > len(sample) // 4 and odd == 0:
            utf16 = "utf-16-be"
    if utf16:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError as e:
            raise ImportProblem("bad_utf16") from e
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows is Windows-1252; say so in the report.
        return data.decode("cp1252", errors="replace"), "cp1252"
