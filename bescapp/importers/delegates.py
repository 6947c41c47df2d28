"""Import the counterpart's delegation list from .xlsx or .csv, with a row-by-row report.

``plan_import`` reads the file and checks every row against the database without
writing anything; its ``Report`` says, row by row, who will be added, who matches
a person already on file, and what is wrong and where. ``apply_plan`` writes a
plan that has no errors, in the caller's transaction, so the import is all or
nothing. Accepted headers are listed in docs/import-delegates.md.

Messages come from the catalogue (``i18n.catalogue``), in the language asked for or
else the messages language: the window the interface's, the command line its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session

from ..domain import delegations as rules
from ..domain import text as texts
from ..domain.delegations import MemberProblem, PersonFields, problem_text
from ..domain.people import fold, honorific_code
from ..i18n.catalogue import N_, current, say
from ..i18n.formatting import format_number
from ..model.bilingual import Bilingual
from ..model.entities import (
    Agency,
    Attendance,
    AttendanceMode,
    Delegation,
    Meeting,
    Membership,
    Person,
    Role,
)
from ..store import delegations as ops
from ..store.changes import Changes, Kind
from ..store.snapshots import Snapshot, capture, restore
from .table import ImportProblem, Sheet, column_letter, read_sheet

# --------------------------------------------------------------------------- headers

# Folded header text (accents and case ignored, punctuation as spaces) -> field.
HEADERS: dict[str, tuple[str, ...]] = {
    "honorific": ("honorific", "salutation", "prefix", "courtesy title", "tratamiento",
                  "trato", "prefijo"),
    "full_name": ("full name", "nombre completo"),
    "given_names": ("given names", "given name", "first name", "first names", "forename",
                    "nombres", "nombre s", "nombre"),
    "name": ("name",),  # given names beside a surname column, else the full name
    "surnames": ("surname", "surnames", "last name", "last names", "family name", "apellidos",
                 "apellido"),
    "first_surname": ("first surname", "paternal surname", "apellido paterno", "primer apellido"),
    "second_surname": ("second surname", "maternal surname", "apellido materno",
                       "segundo apellido"),
    "title_en": ("title", "position", "job title", "title en", "title english",
                 "position english", "cargo en ingles", "cargo ingles", "puesto en ingles"),
    "title_es": ("cargo", "puesto", "title es", "title spanish", "position spanish",
                 "cargo en espanol", "cargo espanol", "puesto en espanol"),
    "agency": ("agency", "organization", "organisation", "department", "dependencia",
               "institucion", "organismo", "entidad", "agencia"),
    "email": ("email", "e mail", "email address", "mail", "correo", "correo electronico",
              "correo e", "e mail address"),
    "phone": ("phone", "telephone", "phone number", "tel", "mobile", "telefono", "celular",
              "tel movil", "numero de telefono"),
    "role": ("role", "function", "funcion", "rol", "papel"),
    "attendance": ("attendance", "status", "rsvp", "asistencia", "estatus", "estado",
                   "confirmacion"),
    "mode": ("mode", "attendance mode", "participation mode", "modality", "in person or virtual",
             "modalidad", "modalidad de participacion", "modalidad de asistencia",
             "presencial o virtual"),
    "order": ("order", "precedence", "no", "number", "orden", "precedencia", "num", "numero"),
    "biography_en": ("biography", "bio", "biography en", "biografia en ingles"),
    "biography_es": ("biografia", "semblanza", "biography es", "biografia en espanol"),
}
_BY_HEADER = {text: key for key, texts in HEADERS.items() for text in texts}

ROLE_WORDS = {
    Role.HEAD: ("head", "head of delegation", "chief of delegation", "jefe de delegacion",
                "jefa de delegacion", "titular", "jefe", "jefa"),
    Role.CO_CHAIR: ("co chair", "cochair", "co chairman", "copresidente", "copresidenta",
                    "co presidente", "co presidenta"),
    Role.MEMBER: ("member", "delegate", "miembro", "integrante", "delegado", "delegada"),
    Role.ADVISOR: ("advisor", "adviser", "asesor", "asesora"),
    Role.SUPPORT: ("support", "support staff", "staff", "apoyo", "personal de apoyo"),
}
ATTENDANCE_WORDS = {
    Attendance.INVITED: ("invited", "invitado", "invitada"),
    Attendance.CONFIRMED: ("confirmed", "yes", "confirmado", "confirmada", "si", "asiste"),
    Attendance.TENTATIVE: ("tentative", "pending", "maybe", "tentativo", "tentativa",
                           "por confirmar", "pendiente"),
    Attendance.DECLINED: ("declined", "no", "declino", "no asiste", "cancelado", "cancelada"),
}
# How someone attends: in the Mode column, or in the Attendance column where it also
# means confirmed ("Virtual" = confirmed and virtual), or beside an attendance word
# ("Confirmed (virtual)", "Por confirmar - en línea").
MODE_WORDS = {
    AttendanceMode.VIRTUAL: ("virtual", "en linea", "remote", "remoto", "remota", "online",
                             "video", "videoconference", "videoconferencia", "by video",
                             "a distancia"),
    AttendanceMode.IN_PERSON: ("in person", "presencial", "en persona", "on site", "onsite"),
}
_ROLE = {w: role for role, words in ROLE_WORDS.items() for w in words}
_ATTENDANCE = {w: a for a, words in ATTENDANCE_WORDS.items() for w in words}
_MODE = {w: mode for mode, words in MODE_WORDS.items() for w in words}


def attendance_and_mode(text: str) -> tuple[Attendance, AttendanceMode | None] | None:
    """What an Attendance cell says: whether, and perhaps how; None if not understood."""
    key = header_key(text)
    if key in _ATTENDANCE:
        return _ATTENDANCE[key], None
    if key in _MODE:  # "Virtual", "Presencial": they are coming, and this is how
        return Attendance.CONFIRMED, _MODE[key]
    for word, mode in sorted(_MODE.items(), key=lambda item: -len(item[0])):
        for rest in (key.removesuffix(f" {word}"), key.removeprefix(f"{word} ")):
            if rest != key and rest.strip() in _ATTENDANCE:
                return _ATTENDANCE[rest.strip()], mode
    return None
# Particles that belong to the surname after them: "de la Garza", "del Valle".
_PARTICLES = {"de", "del", "la", "las", "los", "y", "van", "von", "da", "di", "san", "santa"}


def header_key(text: str) -> str:
    return " ".join(re.sub(r"[^0-9a-z#]+", " ", fold(text)).split())


# --------------------------------------------------------------------------- messages

MESSAGES = {
    # whole-file problems
    "no_file": N_("The file does not exist."),
    "unreadable": N_("The file cannot be read: {reason}."),
    "not_spreadsheet": N_("This is not a spreadsheet bescapp can read. Save it as .xlsx or .csv."),
    "old_xls": N_("This is an Excel 97-2003 (.xls) workbook. Open it in Excel and save it as .xlsx."),
    "password": N_("The workbook is password-protected. Remove the password in Excel (File ▸ Info ▸ "
                   "Protect Workbook) and try again."),
    "empty": N_("The file is empty."),
    "no_rows": N_("The file has column headers but no people."),
    "no_header": N_("No column headers bescapp knows were found in the first {rows} rows. Expected, for"
                    " example: Name, Surname, Title, Agency (or Nombre, Apellidos, Cargo, Dependencia)."),
    "no_name_column": N_("The file has no name column (Name, Given names, Surname … or Nombre, "
                         "Apellidos …)."),
    "duplicate_column": N_("Columns {first} and {second} both hold \"{field}\"; keep one."),
    "merged_header": N_("The header row has merged cells ({ref}). Unmerge them so each column has its "
                        "own header."),
    "merged_cells": N_("Row {row} has merged cells ({ref}). Unmerge them so each person has their own "
                       "cells."),
    "too_many_rows": N_("The file has more than {limit} rows; a delegation list is much shorter. Check "
                        "that this is the right file, or split it."),
    "bad_csv": N_("The CSV file is malformed near row {row}: {reason}."),
    "csv_too_large": N_("The CSV file is {size}; a delegation list is far smaller (at most {limit} is "
                        "read). Check that this is the right file."),
    "csv_field_too_long": N_("Row {row} of the CSV file has a cell longer than {limit} characters; a "
                             "quote mark is probably missing."),
    "bad_utf16": N_("The file looks like UTF-16 text but cannot be read as UTF-16. Save it from Excel "
                    "as \"CSV UTF-8\"."),
    "too_many_columns": N_("Row {row} has a value in column {column}, beyond the first {limit} columns;"
                           " a delegation list has far fewer. Delete the extra columns."),
    "zip_entries": N_("The workbook is made of {count} parts (at most {limit} are read); this is not an"
                      " ordinary Excel file."),
    "part_too_large": N_("Inside the workbook, {part} unpacks to {more}{size} (at most {limit}); this "
                         "is not an ordinary delegation list."),
    "zip_ratio": N_("Inside the workbook, {part} unpacks to {size} from {packed}, more than {ratio} "
                    "times its packed size, as a \"zip bomb\" does; it is not read."),
    "unpacked_too_large": N_("The workbook unpacks to {more}{size} (at most {limit} are read); this is "
                             "not an ordinary delegation list."),
    "too_many_elements": N_("The {part} holds {more}{count} {what} (at most {limit}); this is not an "
                            "ordinary delegation list."),
    "not_a_worksheet": N_("The workbook's first sheet is a chart or a macro sheet. Move the delegation "
                          "list to the first sheet."),
    "no_meeting": N_("There is no meeting with id {meeting}."),
    # row outcomes
    "add": N_("new person"),
    "reuse": N_("matches a person on file"),
    "update": N_("already on this list: updated from the file"),
    "error": N_("error"),
    # row problems and notes
    "formula": N_("cell {cell} holds a formula ({formula}); formulas are not evaluated, paste the "
                  "values instead"),
    "bad_role": N_("unknown role \"{value}\" in {cell}"),
    "bad_attendance": N_("unknown attendance \"{value}\" in {cell}"),
    "bad_mode": N_("\"{value}\" in {cell} is neither in person nor virtual"),
    "mode_conflict": N_("{attendance_cell} says \"{said}\" but {mode_cell} says \"{other}\""),
    "virtual": N_("taking part virtually"),
    "in_person": N_("attending in person"),
    "bad_honorific": N_("unknown honorific \"{value}\" in {cell}"),
    "formula_text": N_("cell {cell} begins with \"{first}\" ({value}); kept as text, but a spreadsheet "
                       "would run it as a formula: check it"),
    "bad_order": N_("the order \"{value}\" in {cell} is not a whole number"),
    "same_order": N_("order {value} is also used in row {other}"),
    "same_person": N_("the same person as row {other}"),
    "unknown_agency": N_("agency \"{value}\" is not on file; left blank"),
    "person_problem": N_("{problem}"),
    "person_problem_at": N_("{problem} ({cell})"),
    # summary lines
    "unknown_columns": N_("Columns not used: {columns}."),
    "encoding": N_("The file was read as Windows-1252 text (it is not UTF-8)."),
    "encoding_utf16": N_("The file was read as UTF-16 text."),
    "summary": N_("{added} new, {reused} on file, {updated} updated, {errors} with errors."),
    "row": N_("Row {row}"),
    "nothing_saved": N_("Nothing was imported: correct the rows with errors and try again."),
    "dry_run": N_("Dry run: nothing was saved."),
    "imported": N_("Imported {count} people into the {party} list."),
}

def message(code: str, lang: str | None = None, **details) -> str:
    """One of ``MESSAGES`` in ``lang`` (default: the messages language)."""
    return say(MESSAGES[code], lang, **details)


_ELEMENTS = {"rows": N_("rows"), "cells": N_("cells"), "strings": N_("texts"),
             "elements": N_("XML tags"), "cell formats": N_("cell formats"),
             "merged ranges": N_("merged ranges")}
_PARTS = {"sheet": N_("first sheet"),
          "xl/sharedStrings.xml": N_("list of texts (xl/sharedStrings.xml)")}


def shorten(text: object, limit: int = 60) -> str:
    """A value as a message may quote it: one line, and a 1 MB name is not echoed whole."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else f"{text[:limit - 1]}…"


def _bytes(size: int, lang: str) -> str:
    """12.3 MB, 456 KB: enough to say what is too large."""
    if size >= 1024 * 1024:
        return f"{format_number(round(size / 1024 / 1024, 1), lang)} MB"
    return f"{format_number(max(1, round(size / 1024)), lang)} KB"


def problem_message(problem: ImportProblem, lang: str | None = None) -> str:
    lang = lang or current()
    details: dict[str, Any] = {k: shorten(v) if isinstance(v, str) else v for k, v in problem.details.items()}
    if problem.row is not None:
        details.setdefault("row", format_number(problem.row, lang))
    if problem.column is not None:
        details.setdefault("column", problem.column)
    for key in ("limit", "count"):
        if key in details and problem.code not in ("part_too_large", "unpacked_too_large",
                                                   "csv_too_large", "zip_ratio"):
            details[key] = format_number(details[key], lang)
    if problem.code in ("part_too_large", "unpacked_too_large", "csv_too_large", "zip_ratio"):
        for key in ("size", "limit", "packed"):
            if key in details:
                details[key] = _bytes(details[key], lang)
    if problem.code == "too_many_elements":
        what, part = problem.details["what"], problem.details["part"]
        details["what"] = say(_ELEMENTS[what], lang) if what in _ELEMENTS else details["what"]
        details["part"] = say(_PARTS[part], lang) if part in _PARTS else \
            say(N_("part {name}"), lang, name=details["part"])
    # "more than 12 MB": a prefix of the size, with its space
    details["more"] = say(N_("more than "), lang) if details.pop("at_least", False) else ""
    return message(problem.code, lang, **details)


HEADER_SCAN_ROWS = 10


# --------------------------------------------------------------------------- the report

@dataclass(frozen=True)
class Note:
    code: str
    details: dict = field(default_factory=dict)
    is_error: bool = False

    def text(self, lang: str | None = None) -> str:
        details = dict(self.details)
        if self.code in ("person_problem", "person_problem_at"):
            details["problem"] = problem_text(MemberProblem(details["problem"]), lang)
        return message(self.code, lang, **details)


@dataclass
class Entry:
    """One row of the file: what it says and what will happen to it."""

    row: int
    person: PersonFields
    role: Role | None = None  # None: not in the file (a new member; an update keeps theirs)
    attendance: Attendance | None = None
    attendance_mode: AttendanceMode | None = None  # None: not in the file
    order: int | None = None
    outcome: str = "add"  # add, reuse, update, error
    person_id: int | None = None
    membership_id: int | None = None
    agency_text: str = ""
    notes: list[Note] = field(default_factory=list)

    @property
    def has_error(self) -> bool:
        return any(n.is_error for n in self.notes)

    def name(self) -> str:
        p = self.person
        return " ".join(x for x in (p.given_names, p.first_surname, p.second_surname) if x)


@dataclass
class Report:
    file: Path
    meeting_id: int
    party_code: str
    party_id: int
    entries: list[Entry]
    columns: dict[str, str]  # field -> column letter
    unknown_columns: list[str]
    encoding: str = ""

    @property
    def errors(self) -> list[Entry]:
        return [e for e in self.entries if e.has_error]

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    def count(self, outcome: str) -> int:
        return sum(1 for e in self.entries if not e.has_error and e.outcome == outcome)

    def summary(self, lang: str | None = None) -> str:
        return message("summary", lang, added=self.count("add"), reused=self.count("reuse"),
                       updated=self.count("update"), errors=len(self.errors))

    def outcome_text(self, entry: Entry, lang: str | None = None) -> str:
        return message("error" if entry.has_error else entry.outcome, lang)

    def lines(self, lang: str | None = None) -> list[str]:
        out = []
        for entry in self.entries:
            notes = "; ".join(n.text(lang) for n in entry.notes)
            text = f"{message('row', lang, row=entry.row)}: {shorten(entry.name()) or '—'}: " \
                   f"{self.outcome_text(entry, lang)}"
            out.append(f"{text} ({notes})" if notes else text)
        if self.unknown_columns:
            out.append(message("unknown_columns", lang, columns=", ".join(self.unknown_columns)))
        if self.encoding == "cp1252":
            out.append(message("encoding", lang))
        elif self.encoding == "utf-16":
            out.append(message("encoding_utf16", lang))
        out.append(self.summary(lang))
        return out


# --------------------------------------------------------------------------- reading

def _map_columns(header: list, row_number: int) -> tuple[dict[str, int], list[str]]:
    found: dict[str, int] = {}
    unknown = []
    for index, cell in enumerate(header):
        if not cell.text:
            continue
        key = _BY_HEADER.get(header_key(cell.text))
        if key is None:
            unknown.append(f"{column_letter(index)} \"{shorten(cell.text, 40)}\"")
            continue
        if key in found:
            raise ImportProblem("duplicate_column", row=row_number, column=column_letter(index),
                                first=column_letter(found[key]), second=column_letter(index),
                                field=header[found[key]].text)
        found[key] = index
    if "name" in found:  # "Name" beside a surname column means given names
        has_surname = {"surnames", "first_surname"} & found.keys()
        target = "given_names" if has_surname else "full_name"
        found.setdefault(target, found["name"])
        del found["name"]
    return found, unknown


def _find_header(sheet: Sheet) -> int:
    """Index in sheet.rows of the header row: the first with two known headers."""
    for i, (_number, cells) in enumerate(sheet.rows[:HEADER_SCAN_ROWS]):
        known = sum(1 for c in cells if _BY_HEADER.get(header_key(c.text)))
        if known >= 2 or (known == 1 and len([c for c in cells if c.text]) == 1):
            return i
    raise ImportProblem("no_header", rows=HEADER_SCAN_ROWS)


def split_surnames(text: str) -> tuple[str, str]:
    """"López Hernández" -> ("López", "Hernández"); "de la Garza Ibarra" keeps its particles."""
    words = text.split()
    groups: list[list[str]] = []
    pending: list[str] = []
    for word in words:
        pending.append(word)
        if word.lower() not in _PARTICLES:
            groups.append(pending)
            pending = []
    if pending:
        if groups:
            groups[-1].extend(pending)
        else:
            groups.append(pending)
    if not groups:
        return "", ""
    return " ".join(groups[0]), " ".join(" ".join(g) for g in groups[1:])


def split_full_name(text: str, party_code: str) -> tuple[str, str, str]:
    """A full name into given names and surnames: Mexican names end in two surnames."""
    words = text.split()
    if len(words) < 2:
        return text.strip(), "", ""
    surname_words = 2 if party_code == "MX" and len(words) >= 3 else 1
    given, surnames = words[:-surname_words], " ".join(words[-surname_words:])
    first, second = split_surnames(surnames)
    return " ".join(given), first, second


def _entries(sheet: Sheet, party_code: str) -> tuple[list[Entry], dict[str, int], list[str]]:
    if not sheet.rows:
        raise ImportProblem("empty")
    header_at = _find_header(sheet)
    header_number, header = sheet.rows[header_at]
    for first, last, ref in sheet.merged:
        if first <= header_number <= last:
            raise ImportProblem("merged_header", row=header_number, ref=ref)
    for first, _last, ref in sheet.merged:
        if first > header_number:
            raise ImportProblem("merged_cells", row=first, ref=ref)
    columns, unknown = _map_columns(header, header_number)
    if not {"given_names", "full_name", "surnames", "first_surname"} & columns.keys():
        raise ImportProblem("no_name_column", row=header_number)
    data = sheet.rows[header_at + 1:]
    if not data:
        raise ImportProblem("no_rows")
    return [_entry(number, cells, columns, party_code) for number, cells in data], \
        columns, unknown


_NAME_KEYS = ("given_names", "full_name", "surnames", "first_surname", "second_surname")
_FAULTS = {  # which columns can hold the fault, and how to tell the one that does
    MemberProblem.NAME_TOO_LONG: (_NAME_KEYS, lambda t: len(t) > rules.NAME_MAX),
    MemberProblem.INVISIBLE_NAME: (_NAME_KEYS, texts.invisible),
    MemberProblem.TITLE_TOO_LONG: (("title_en", "title_es"), lambda t: len(t) > rules.TITLE_MAX),
    MemberProblem.TEXT_TOO_LONG: (("biography_en", "biography_es"),
                                  lambda t: len(t) > rules.BIOGRAPHY_MAX),
    MemberProblem.BAD_EMAIL: (("email",), bool),
    MemberProblem.PHONE_TOO_LONG: (("phone",), lambda t: len(t) > rules.PHONE_MAX),
}


def _cells_at_fault(problem: MemberProblem, cells_of) -> list[str]:
    """The cells ("C7") that hold a person's problem, when the problem is in one place."""
    keys, faulty = _FAULTS.get(problem, ((), bool))
    return [cell for cell, text in cells_of(keys) if faulty(text)]


# "+52 55 1234 5678", "-5": a sign before digits runs nothing, so it is not flagged.
_PLAIN_NUMBER = re.compile(r"[+-][0-9 ().-]*")


def _entry(number: int, cells: list, columns: dict[str, int], party_code: str) -> Entry:
    notes: list[Note] = []

    def value(key: str) -> str:
        index = columns.get(key)
        if index is None or index >= len(cells):
            return ""
        cell = cells[index]
        note = None
        if cell.is_formula:
            note = Note("formula", {"cell": f"{column_letter(index)}{number}",
                                    "formula": shorten(cell.text, 40)}, is_error=True)
        elif cell.looks_like_formula and not _PLAIN_NUMBER.fullmatch(cell.text):
            note = Note("formula_text", {"cell": f"{column_letter(index)}{number}",
                                         "first": cell.text[0], "value": shorten(cell.text, 40)})
        if note is not None and note not in notes:  # a cell is read more than once
            notes.append(note)
        return "" if cell.is_formula else cell.text

    def where(key: str) -> str:
        return f"{column_letter(columns[key])}{number}"

    given, first, second = value("given_names"), value("first_surname"), value("second_surname")
    if value("surnames"):
        first_s, second_s = split_surnames(value("surnames"))
        first, second = first or first_s, second or second_s
    if value("full_name") and not (given or first):
        given, first, second = split_full_name(value("full_name"), party_code)
    honorific = honorific_code(value("honorific"), value("title_es"))
    if honorific is None:
        notes.append(Note("bad_honorific", {"value": shorten(value("honorific")),
                                            "cell": where("honorific")}, is_error=True))
        honorific = ""
    entry = Entry(number, PersonFields(
        honorific=honorific, given_names=given, first_surname=first, second_surname=second,
        title=Bilingual(value("title_en"), value("title_es")),
        biography=Bilingual(value("biography_en"), value("biography_es")),
        email=value("email"), phone=value("phone")).cleaned(), notes=notes)
    if value("role"):
        role = _ROLE.get(header_key(value("role")))
        if role is None:
            notes.append(Note("bad_role", {"value": shorten(value("role")),
                                           "cell": where("role")}, is_error=True))
        else:
            entry.role = role
    if value("attendance"):
        said = attendance_and_mode(value("attendance"))
        if said is None:
            notes.append(Note("bad_attendance", {"value": shorten(value("attendance")),
                                                 "cell": where("attendance")}, is_error=True))
        else:
            entry.attendance, entry.attendance_mode = said
    mode_said = True
    if value("mode"):
        mode = _MODE.get(header_key(value("mode")))
        mode_said = mode is not None and entry.attendance_mode in (None, mode)
        if mode is None:
            notes.append(Note("bad_mode", {"value": shorten(value("mode")), "cell": where("mode")},
                              is_error=True))
        elif entry.attendance_mode not in (None, mode):
            notes.append(Note("mode_conflict", {
                "attendance_cell": where("attendance"), "said": shorten(value("attendance")),
                "mode_cell": where("mode"), "other": shorten(value("mode"))}, is_error=True))
        else:
            entry.attendance_mode = mode
    if mode_said and entry.attendance_mode is not None and \
            entry.attendance != Attendance.DECLINED:
        notes.append(Note(entry.attendance_mode.value))  # the report says how they attend
    if value("order"):
        text = value("order").rstrip(".")
        if text.isdigit():
            entry.order = int(text)
        else:
            notes.append(Note("bad_order", {"value": shorten(value("order")),
                                            "cell": where("order")}, is_error=True))
    for problem in entry.person.problems():
        at = _cells_at_fault(problem, cells_of=lambda keys: [
            (where(k), cells[columns[k]].text) for k in keys
            if k in columns and columns[k] < len(cells)])
        notes.append(Note("person_problem_at" if at else "person_problem",
                          {"problem": problem.value, "cell": ", ".join(at)}, is_error=True))
    entry.agency_text = value("agency")
    return entry


# --------------------------------------------------------------------------- planning

def plan_import(session: Session, path: Path, meeting_id: int, party: str) -> Report:
    """Read the file and decide, row by row, what the import would do. Writes nothing."""
    if session.get(Meeting, meeting_id) is None:
        raise ImportProblem("no_meeting", meeting=meeting_id)
    party_row = ops.party_by_code(session, party)
    sheet = read_sheet(Path(path))
    entries, columns, unknown = _entries(sheet, party_row.code)
    _match(session, entries, meeting_id, party_row.id)
    return Report(Path(path), meeting_id, party_row.code, party_row.id, entries,
                  {k: column_letter(v) for k, v in columns.items()}, unknown, sheet.encoding)


def _match(session: Session, entries: list[Entry], meeting_id: int, party_id: int) -> None:
    agencies = list(session.scalars(select(Agency).where(Agency.party_id == party_id)))
    agency_names: dict[str, int] = {}
    for agency in agencies:
        for text in agency.known_as():
            agency_names.setdefault(fold(text), agency.id)
    seen_person: dict[tuple, int] = {}
    seen_order: dict[int, int] = {}
    for entry in entries:
        p = entry.person
        agency_text = entry.agency_text
        if agency_text:
            agency_id = agency_names.get(fold(agency_text))
            if agency_id is None:
                entry.notes.append(Note("unknown_agency", {"value": shorten(agency_text)}))
            entry.person = PersonFields(**{**p.__dict__, "agency_id": agency_id})
        key = (fold(p.given_names), fold(p.first_surname), fold(p.second_surname))
        if key in seen_person:
            entry.notes.append(Note("same_person", {"other": seen_person[key]}, is_error=True))
        seen_person.setdefault(key, entry.row)
        if entry.order is not None:
            if entry.order in seen_order:
                entry.notes.append(Note("same_order", {"value": entry.order,
                                                       "other": seen_order[entry.order]},
                                        is_error=True))
            seen_order.setdefault(entry.order, entry.row)
    _decide(session, entries, meeting_id, party_id)


def _decide(session: Session, entries: list[Entry], meeting_id: int, party_id: int) -> None:
    """New person, a person on file, or already on this list: decided on the database as
    it is now. ``apply_plan`` decides again inside its write transaction, so a plan shown
    a while ago (or made by two programs at once) never adds someone a second time."""
    people: dict[tuple[str, str], list[Person]] = {}
    for person in session.scalars(select(Person).order_by(Person.id)):
        people.setdefault((fold(person.given_names), fold(person.first_surname)), []).append(person)
    delegation = session.scalar(select(Delegation).where(
        Delegation.meeting_id == meeting_id, Delegation.party_id == party_id))
    on_list = {} if delegation is None else {
        m.person_id: m.id for m in session.scalars(select(Membership).where(
            Membership.delegation_id == delegation.id))}
    for entry in entries:
        p = entry.person
        key = (fold(p.given_names), fold(p.first_surname), fold(p.second_surname))
        match = None
        for person in people.get(key[:2], ()):
            theirs = fold(person.second_surname)
            if not key[2] or not theirs or key[2] == theirs:
                match = person
                break
        entry.person_id = match.id if match is not None else None
        entry.membership_id = on_list.get(match.id) if match is not None else None
        entry.outcome = "add" if match is None else \
            "update" if entry.membership_id else "reuse"


# --------------------------------------------------------------------------- writing

@dataclass(frozen=True)
class Receipt:
    """What an applied import did, so that it can be undone and redone exactly."""

    delegation_id: int
    before: Snapshot | None  # the delegation and its list before the import
    after: Snapshot  # the delegation and its list after
    people: Snapshot  # the people the import created
    person_ids: tuple[int, ...]
    meeting_id: int


def apply_plan(session: Session, report: Report) -> Receipt:
    """Write a plan without errors: new people, memberships, the list's new order.

    Bulk inserts through the tables (not one ORM object per row): 2,000 rows in
    well under a second. The list's order (``placed_by_role``): with an Order
    column, the file's people take its order and the members who are not in the
    file take their place among them by role; without one, everyone already on the
    list keeps their place and each newcomer takes theirs by role, in file order.
    """
    if report.has_errors:
        raise ValueError("a plan with errors is never applied")
    # 1. Decide again on the database as it is inside this transaction (see _decide).
    _decide(session, report.entries, report.meeting_id, report.party_id)
    # 2. The list as it was, for undo; then the list, created when the meeting had none.
    existing = session.scalar(select(Delegation).where(
        Delegation.meeting_id == report.meeting_id, Delegation.party_id == report.party_id))
    before = capture(session, Delegation.__table__, [existing.id]) if existing else None
    delegation_id = ops.delegation_for(session, report.meeting_id, report.party_id).id
    # 3. Everyone's place in the new order.
    ranked = sorted(report.entries, key=lambda e: (e.order is None, e.order or 0))
    current = ops.order_of(session, delegation_id)
    position_of = _new_positions(session, delegation_id, ranked, current,
                                 "order" in report.columns)
    # 4. The people not on file yet.
    person_ids = _add_people(session, [e for e in ranked if e.person_id is None])
    # 5. A membership for each newcomer, the file's words for those already on the list,
    #    and a new place for the members the file does not name.
    inserts, updates = _membership_rows(session, ranked, position_of, person_ids, delegation_id)
    _write_memberships(session, current, inserts, updates)
    # 6. What undo and redo need.
    return Receipt(delegation_id, before,
                   capture(session, Delegation.__table__, [delegation_id]),
                   capture(session, Person.__table__, person_ids), tuple(person_ids),
                   report.meeting_id)


def _new_positions(session: Session, delegation_id: int, ranked: list[Entry], current: list[int],
                   file_order: bool) -> dict[int | tuple[str, int], int]:
    """Each place key (``_place_key``) and its precedence, from 1, in the list's new order."""
    members = Membership.__table__
    roles_now = dict(session.execute(select(members.c.id, members.c.role).where(
        members.c.delegation_id == delegation_id)).all())
    sequence = placed_by_role(ranked, current, roles_now, file_order)
    return {key: n for n, key in enumerate(sequence, start=1)}


def _add_people(session: Session, newcomers: list[Entry]) -> list[int]:
    """Insert the people of these entries, in one statement; their new ids, in order."""
    if not newcomers:
        return []
    people = Person.__table__
    return list(session.scalars(
        insert(people).returning(people.c.id, sort_by_parameter_order=True),
        [_person_values(e.person) for e in newcomers]))


def _membership_rows(session: Session, ranked: list[Entry],
                     position_of: dict[int | tuple[str, int], int], new_person_ids: list[int],
                     delegation_id: int) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The memberships to insert and the updates (``key``: a membership's id) to make."""
    new_ids = iter(new_person_ids)  # in the order of the entries without a person on file
    reused = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(
        [e.person_id for e in ranked if e.person_id is not None])))}
    inserts: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    for entry in ranked:
        position = position_of[_place_key(entry)]
        if entry.membership_id is not None:
            updates.append(_update_values(entry, entry.membership_id, position))
        elif entry.person_id is not None:
            inserts.append(_insert_values(entry, entry.person_id, reused[entry.person_id],
                                          position, delegation_id))
        else:
            inserts.append(_insert_values(entry, next(new_ids), None, position, delegation_id))
    in_file = {e.membership_id for e in ranked}
    updates += [{"key": key, "precedence": n} for key, n in position_of.items()
                if isinstance(key, int) and key not in in_file]
    return inserts, updates


def _update_values(entry: Entry, membership_id: int, position: int) -> dict[str, object]:
    """A member already on the list: only what the file says replaces what we had."""
    fields = entry.person
    values: dict[str, object] = {"key": membership_id, "precedence": position}
    if entry.role is not None:
        values["role"] = entry.role.value
    if entry.attendance is not None:
        values["attendance"] = entry.attendance.value
    if entry.attendance_mode is not None:
        values["attendance_mode"] = entry.attendance_mode.value
    if not fields.title.is_empty():
        values.update(title_en=fields.title.en, title_es=fields.title.es)
    if fields.agency_id is not None:
        values["agency_id"] = fields.agency_id
    return values


def _insert_values(entry: Entry, person_id: int, person: Person | None, position: int,
                   delegation_id: int) -> dict[str, object]:
    """A new member: the file's title and agency, else those on file for the person
    (``person``: None for someone the import has just added)."""
    fields = entry.person
    title = fields.title if not fields.title.is_empty() or person is None else person.title
    agency_id = fields.agency_id if fields.agency_id is not None or person is None \
        else person.agency_id
    return {
        "precedence": position, "role": (entry.role or Role.MEMBER).value,
        "attendance": (entry.attendance or Attendance.INVITED).value,
        "attendance_mode": (entry.attendance_mode or AttendanceMode.IN_PERSON).value,
        "title_en": title.en, "title_es": title.es, "agency_id": agency_id,
        "delegation_id": delegation_id, "person_id": person_id,
        "internal_notes_en": "", "internal_notes_es": ""}


def _write_memberships(session: Session, current: list[int], inserts: list[dict[str, object]],
                       updates: list[dict[str, object]]) -> None:
    members = Membership.__table__
    ops.park(session, current)  # every member gets a new place: none may collide on the way
    for batch in _same_keys(updates):
        session.execute(update(members).where(members.c.id == bindparam("key"))
                        .values({k: bindparam(k) for k in batch[0] if k != "key"}), batch)
    if inserts:
        session.execute(insert(members), inserts)
    session.expire_all()


def _place_key(entry: Entry) -> int | tuple[str, int]:
    """An entry's place in the list: its membership's id, or a key of its own if new."""
    return entry.membership_id if entry.membership_id is not None else ("new", entry.row)


def placed_by_role(ranked: list[Entry], current: list[int], roles_now: dict[int, str],
                   file_order: bool) -> list[int | tuple[str, int]]:
    """The list's new order, as membership ids and new entries' keys (``_place_key``).

    Each person placed into a list goes after everyone of the same or a higher role
    (``rules.insertion_index``), so an imported co-chair lands below the head and
    above the members, never after the support staff. ``file_order``: the file's
    people in its order, and those on the list but not in the file placed among them;
    else the list as it is, and the file's newcomers placed into it in file order.
    """
    role_of: dict = {mid: Role(role) for mid, role in roles_now.items()}
    for entry in ranked:
        key = _place_key(entry)
        role_of[key] = entry.role or role_of.get(key) or Role.MEMBER
    sequence: list[int | tuple[str, int]]
    placing: list[int | tuple[str, int]]
    if file_order:
        sequence = [_place_key(e) for e in ranked]
        placing = [mid for mid in current if mid not in set(sequence)]
    else:
        sequence = list(current)
        placing = [_place_key(e) for e in ranked if e.membership_id is None]
    # What inserting one by one with rules.insertion_index gives, in linear time: each
    # person goes into the gap after the list's last member of the same or a higher role,
    # and within a gap those placed there stay in role order, then in their own order.
    ranks = [rules.role_rank(role_of[k]) for k in sequence]
    gap_for = {rank: 1 + max((i for i, r in enumerate(ranks) if r <= rank), default=-1)
               for rank in range(len(rules.ROLE_ORDER))}
    gaps: dict[int, list] = {}
    for key in placing:
        gaps.setdefault(gap_for[rules.role_rank(role_of[key])], []).append(key)
    out: list[int | tuple[str, int]] = []
    for gap in range(len(sequence) + 1):
        out += sorted(gaps.get(gap, ()), key=lambda k: rules.role_rank(role_of[k]))
        if gap < len(sequence):
            out.append(sequence[gap])
    return out


def _person_values(f: PersonFields) -> dict:
    return {"honorific": f.honorific, "given_names": f.given_names,
            "first_surname": f.first_surname, "second_surname": f.second_surname,
            "title_en": f.title.en, "title_es": f.title.es, "biography_en": f.biography.en,
            "biography_es": f.biography.es, "agency_id": f.agency_id, "email": f.email,
            "phone": f.phone, "internal_notes_en": "", "internal_notes_es": "",
            "is_sample": False}


def _same_keys(rows: list[dict]) -> list[list[dict]]:
    """executemany wants one shape of parameters per statement."""
    groups: dict[tuple, list[dict]] = {}
    for row in rows:
        groups.setdefault(tuple(sorted(row)), []).append(row)
    return list(groups.values())


def undo_import(session: Session, receipt: Receipt) -> Changes:
    session.execute(Delegation.__table__.delete().where(
        Delegation.__table__.c.id == receipt.delegation_id))
    if receipt.person_ids:
        session.execute(Person.__table__.delete().where(
            Person.__table__.c.id.in_(receipt.person_ids)))
    if receipt.before is not None:
        restore(session, receipt.before)
    session.expire_all()
    return Changes.of(Kind.DELEGATIONS, Kind.PEOPLE, meeting_id=receipt.meeting_id)


def redo_import(session: Session, receipt: Receipt) -> Changes:
    session.execute(Delegation.__table__.delete().where(
        Delegation.__table__.c.id == receipt.delegation_id))
    restore(session, receipt.people)
    restore(session, receipt.after)
    session.expire_all()
    return Changes.of(Kind.DELEGATIONS, Kind.PEOPLE, meeting_id=receipt.meeting_id)


def import_file(db, path: Path, meeting_id: int, party: str, *,
                dry_run: bool = False) -> tuple[Report, Receipt | None]:
    """Plan and, unless dry or wrong, apply in one transaction: all or nothing.

    The transaction holds the write lock from its first read (``Database.transaction``),
    so another import of the same list waits and then finds these people on file.
    A dry run only reads (it works on a read-only database too).
    """
    with db.session() if dry_run else db.transaction() as session:
        report = plan_import(session, path, meeting_id, party)
        if dry_run or report.has_errors:
            return report, None
        return report, apply_plan(session, report)


# --------------------------------------------------------------------------- command line

def import_from_cli(db, args) -> int:
    import sys

    try:
        report, receipt = import_file(db, Path(args.file), args.meeting, args.party,
                                      dry_run=args.dry_run)
    except ImportProblem as problem:
        places = [say(N_("row {row}"), row=problem.row)] if problem.row else []
        places += [say(N_("column {column}"), column=problem.column)] if problem.column else []
        where = f" ({', '.join(places)})" if places else ""
        print(f"bescapp: {args.file}{where}: {problem_message(problem)}", file=sys.stderr)
        return 1
    except ops.DelegationProblem as e:
        print(f"bescapp: {e}", file=sys.stderr)
        return 1
    for line in report.lines():
        print(line)
    if report.has_errors:
        print(message("nothing_saved"))
        return 1
    if receipt is None:
        print(message("dry_run"))
    else:
        print(message("imported", count=len(report.entries), party=report.party_code))
    return 0

