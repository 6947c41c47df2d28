"""Read a spreadsheet (.xlsx or .csv) into rows of text, refusing what we cannot trust.

Formulas are never evaluated: openpyxl opens the workbook with ``data_only=False``
so a formula cell arrives as its formula and is reported, never used as a value.
Files too large to be a delegation list are refused after reading ``MAX_ROWS``
rows, so a 50,000-row sheet is turned away in a fraction of a second.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.etree import ElementTree

MAX_ROWS = 5000  # a delegation list has tens of people; 5,000 is already generous
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # OLE2: old .xls, or an encrypted .xlsx
ZIP_SIGNATURE = b"PK\x03\x04"
_MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CELL_REF = re.compile(r"([A-Z]+)(\d+)")
_ROW = re.compile(rb"<(?:\w+:)?row\b[^>]*>(.*?)</(?:\w+:)?row>", re.DOTALL)
_MERGE = re.compile(rb"<(?:\w+:)?mergeCell\b[^>]*?\bref=\"([^\"]+)\"")


class ImportProblem(Exception):
    """A file bescapp cannot import, with where (row, column) when it is one place."""

    def __init__(self, code: str, *, row: int | None = None, column: str | None = None,
                 **details) -> None:
        self.code, self.row, self.column, self.details = code, row, column, details
        super().__init__(code)


@dataclass(frozen=True)
class Cell:
    text: str
    is_formula: bool = False


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


def read_sheet(path: Path) -> Sheet:
    path = Path(path)
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError as e:
        raise ImportProblem("no_file") from e
    except OSError as e:
        raise ImportProblem("unreadable", reason=e.strerror or str(e)) from e
    suffix = path.suffix.lower()
    if head.startswith(CFB_SIGNATURE):
        # An encrypted .xlsx is an OLE container too; Excel 97-2003 .xls is the other case.
        raise ImportProblem("old_xls" if suffix == ".xls" else "password")
    if head.startswith(ZIP_SIGNATURE):
        return _read_xlsx(path)
    if suffix in (".xlsx", ".xlsm", ".xls", ".ods", ".docx", ".pdf", ".zip"):
        raise ImportProblem("not_spreadsheet")
    return _read_csv(path)


def _read_xlsx(path: Path) -> Sheet:
    import openpyxl

    try:
        merged = _merged_ranges(path)
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError, ValueError,
            TypeError) as e:
        raise ImportProblem("not_spreadsheet") from e
    try:
        sheet = workbook.worksheets[0]
        rows = []
        # values_only skips a cell object per value (twice as fast); with data_only=False a
        # formula still arrives as its text ("=A1&B1") or as an ArrayFormula, never a result.
        for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [_cell(v) for v in values]
            if any(c.text for c in cells):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS + 1:  # + the header row
                    raise ImportProblem("too_many_rows", limit=MAX_ROWS)
        return Sheet(rows, merged)
    finally:
        workbook.close()


def _cell(value) -> Cell:
    if value is None:
        return Cell("")
    if isinstance(value, str):
        text = value.strip()
        return Cell(text, is_formula=text.startswith("=") and len(text) > 1)
    if type(value).__name__ in ("ArrayFormula", "DataTableFormula"):
        return Cell(str(getattr(value, "text", "") or "="), is_formula=True)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return Cell(str(value).strip())


def _merged_ranges(path: Path) -> list[tuple[int, int, str]]:
    """Merged ranges of the first sheet, read from its XML (read-only openpyxl has none)."""
    with zipfile.ZipFile(path) as archive:
        workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
        first = workbook.find(f"{_MAIN}sheets/{_MAIN}sheet")
        if first is None:
            raise ImportProblem("empty")
        rel_id = first.get(f"{_REL}id")
        rels = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
        target = next((r.get("Target") for r in rels.iter(f"{_PKG_REL}Relationship")
                       if r.get("Id") == rel_id), None)
        if target is None:
            raise ImportProblem("not_spreadsheet")
        name = target.lstrip("/") if target.startswith("/") else \
            str(PurePosixPath("xl") / target)
        # A byte search, not a parse: the merges sit after every row of the sheet.
        data = archive.read(name)
        if data.count(b"<row") > MAX_ROWS + 1 and \
                _rows_with_values(data, MAX_ROWS + 2) > MAX_ROWS + 1:
            # Refuse before openpyxl, which scans a sheet without <dimension> row by row.
            raise ImportProblem("too_many_rows", limit=MAX_ROWS)
        ranges = []
        for match in _MERGE.finditer(data) if b"mergeCell" in data else ():
            ref = match.group(1).decode("ascii", "replace")
            rows = [int(m.group(2)) for m in _CELL_REF.finditer(ref)]
            if rows:
                ranges.append((min(rows), max(rows), ref))
        return ranges


def _rows_with_values(data: bytes, enough: int) -> int:
    """Rows holding at least one value (formatted empty rows do not count), up to ``enough``."""
    found = 0
    for row in _ROW.finditer(data):
        if b"<v" in row.group(1) or b"<is" in row.group(1):
            found += 1
            if found >= enough:
                break
    return found


def _read_csv(path: Path) -> Sheet:
    data = path.read_bytes()
    if b"\x00" in data[:4096]:
        raise ImportProblem("not_spreadsheet")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        # Excel's plain "CSV" on Windows is Windows-1252; say so in the report.
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
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
            cells = [_csv_cell(v) for v in values]
            if any(c.text for c in cells):
                rows.append((number, cells))
                if len(rows) > MAX_ROWS + 1:
                    raise ImportProblem("too_many_rows", limit=MAX_ROWS)
    except csv.Error as e:
        raise ImportProblem("bad_csv", row=reader.line_num, reason=str(e)) from e
    return Sheet(rows, [], encoding)


def _csv_cell(value: str) -> Cell:
    value = value.strip()
    # A CSV cell starting with "=" becomes a formula when Excel opens the file.
    return Cell(value, is_formula=value.startswith("=") and len(value) > 1)
