"""Word files from outside: limits, and what in them could reach outside.

Two kinds of .docx reach bescapp from elsewhere: a user's Word template (letterhead,
styles) and the background papers attached to agenda items, which the briefing book
merges in as annexes. Both are checked by ``check_package`` before python-docx parses
anything: the zip limits of ``bescapp.zip_limits`` (the archive, what it unpacks to,
its paragraphs), a DOCTYPE or ENTITY declaration in any part in any encoding, the two
parts every Word document has, and a macro document or template saved under .docx.

What could make Word fetch or run something on opening, above all because the book asks
Word to update every field when it opens: fields that include or link other files
(INCLUDEPICTURE, INCLUDETEXT, LINK, DDE, DDEAUTO ...) and relationships to outside
targets (a linked picture, a remote attached template, a linked OLE object). A template
that has any is refused (``reaching_out`` names the first); a background paper keeps
its text and loses only them (``make_inert``), since a paper is someone else's document
that the delegation still needs to read.
"""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass

from lxml import etree

from ..i18n.catalogue import N_, say
from ..zip_limits import MB, ZipLimits, ZipProblem, scan_zip
from .kit import ExportRefused

PARAGRAPHS = 200_000
DOCX_LIMITS = ZipLimits(archive=25 * MB, unpacked=100 * MB, elements={"p": PARAGRAPHS})
REQUIRED_PARTS = ("[Content_Types].xml", "word/document.xml")

# Fields Word evaluates by reading another file, an address or another program
# (INCLUDE and IMPORT are the older names of INCLUDETEXT and INCLUDEPICTURE).
FETCHING_FIELDS = frozenset({"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK",
                             "DDE", "DDEAUTO", "DATABASE"})
W_NAMESPACES = ("http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                "http://purl.oclc.org/ooxml/wordprocessingml/main")  # transitional, strict
R_NAMESPACES = ("http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                "http://purl.oclc.org/ooxml/officeDocument/relationships")
HYPERLINK_TYPES = {f"{ns}/hyperlink" for ns in R_NAMESPACES}
# Elements through which an outside hyperlink is only followed when clicked.
CLICKED = frozenset({"hyperlink", "hlinkClick", "hlinkHover", "hlinkMouseOver"})
MACRO_TYPES = ("macroEnabled",)
TEMPLATE_TYPE = "template.main+xml"

SAFE_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False,
                              huge_tree=False)

PROBLEM_TEXT = {
    "missing": N_("{what} does not exist."),
    "is_folder": N_("{what} is a folder, not a Word document."),
    "unreadable": N_("{what} cannot be read ({detail})."),
    "too_large": N_("{what} is larger than 25 MB."),
    "unpacked": N_("{what} was refused: unpacked, it would be larger than 100 MB."),
    "paragraphs": N_("{what} was refused: it has more than 200,000 paragraphs."),
    "too_many_parts": N_("{what} was refused: it holds more than 10,000 parts."),
    "not_docx": N_("{name} is not a Word document (.docx)."),
    "damaged": N_("{what} is damaged and cannot be read ({detail})."),
    "missing_part": N_("{name} is not a Word document: it has no {detail} part."),
    "entities": N_("{what} was refused: its part {detail} declares a DOCTYPE or entities, "
                   "which could make Word or bescapp fetch other files."),
    "encoding": N_("{what} was refused: its part {detail} is not written in UTF-8 or UTF-16."),
    "macro": N_("{name} is a Word document with macros (.docm); save it in Word as a "
                "Word document (.docx) without macros."),
    "dotx": N_("{name} is a Word template (.dotx); open it in Word and save it as a Word "
               "document (.docx)."),
    "external": N_("{what} was refused: it links to an outside file or address ({detail}), "
                   "which Word would fetch on opening."),
    "field": N_("{what} was refused: it has a field that fetches or runs something when Word "
                "updates it ({detail})."),
}
# "{what}" inside a sentence; the sentence starts with a capital whatever its order
WHAT = {"template": N_("the template {name}"), "paper": N_("the background paper {name}"),
        "draft": N_("the counterpart's draft {name}")}
# The same problems in a few words, for a pre-flight entry about a background paper
# ("... cannot be included (larger than 100 MB unpacked)"): kept as the English message,
# translated where shown (the pre-flight entry, the book's note, the window's Qt wording).
SHORT = {
    "missing": N_("missing"), "is_folder": N_("a folder"), "unreadable": N_("cannot be read"),
    "too_large": N_("larger than 25 MB"), "unpacked": N_("larger than 100 MB unpacked"),
    "paragraphs": N_("more than 200,000 paragraphs"), "too_many_parts": N_("more than 10,000 parts"),
    "not_docx": N_("not a Word document"), "damaged": N_("damaged"),
    "missing_part": N_("not a Word document"),
    "entities": N_("unsafe content"), "encoding": N_("unsafe content"),
    "macro": N_("a document with macros (.docm)"), "dotx": N_("a Word template (.dotx)"),
    "external": N_("links to outside files"), "field": N_("unsafe content"),
}


class DocxProblem(ExportRefused):
    """A .docx bescapp will not use: ``code`` says why, ``detail`` where; ``subject`` is
    "template" or "paper"."""

    subject = "template"

    def __init__(self, code: str, name: str, detail: str = "") -> None:
        self.code, self.name, self.detail = code, name, detail
        what = say(WHAT[self.subject], name=name)
        sentence = say(PROBLEM_TEXT[code])
        if sentence.startswith("{what}"):
            what = what[:1].upper() + what[1:]
        super().__init__(sentence.format(what=what, name=name, detail=detail))


class TemplateProblem(DocxProblem):
    subject = "template"


class PaperProblem(DocxProblem):
    subject = "paper"


class DraftProblem(DocxProblem):
    """The counterpart's edited communiqué (``export.counterpart``)."""

    subject = "draft"


_ZIP_CODES = {"not_zip": "not_docx", "damaged": "damaged", "archive_too_large": "too_large",
              "too_many_members": "too_many_parts", "unpacked_too_large": "unpacked",
              "too_many_elements": "paragraphs", "declarations": "entities",
              "encoding": "encoding"}


def check_package(data: bytes, name: str, problem: type[DocxProblem] = TemplateProblem) -> None:
    """Raise ``problem`` unless ``data`` is a .docx within the limits python-docx may parse."""
    try:
        scan = scan_zip(data, DOCX_LIMITS)
    except ZipProblem as e:
        code = _ZIP_CODES[e.code]
        detail = {"damaged": e.detail, "entities": e.member,
                  "encoding": f"{e.member}: {e.detail}"}.get(code, "")
        raise problem(code, name, detail) from e
    for part in REQUIRED_PARTS:
        if part not in scan.names:
            raise problem("missing_part", name, part)
    main = _main_content_type(data, name, problem)
    if any(marker in main for marker in MACRO_TYPES):
        raise problem("macro", name)
    if main.endswith(TEMPLATE_TYPE):
        raise problem("dotx", name)


def _main_content_type(data: bytes, name: str, problem: type[DocxProblem]) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        types = _parse(archive.read("[Content_Types].xml"), name, "[Content_Types].xml", problem)
    for override in types.iter("{*}Override"):
        if override.get("PartName", "").lower() == "/word/document.xml":
            return override.get("ContentType", "")
    return ""


def _parse(data: bytes, name: str, part: str, problem: type[DocxProblem]):
    try:
        return etree.fromstring(data, SAFE_PARSER)
    except etree.XMLSyntaxError as e:
        raise problem("damaged", name, f"{part}: {e}") from e


# --------------------------------------------------------------------------- reaching out

@dataclass
class _Field:
    begin: etree._Element  # the run holding the begin mark (complex fields) or the w:fldSimple
    code: list[str]
    runs: list  # runs from the begin mark to the separate mark, the code's own
    end: object | None = None
    dynamic: bool = False  # its name comes from a nested field
    result: bool = False  # past the separate mark

    def keyword(self) -> str:
        words = "".join(self.code).split()
        return words[0].upper().lstrip("\\") if words else ""

    def fetches(self) -> bool:
        return self.dynamic or self.keyword() in FETCHING_FIELDS


def _local(element) -> tuple[str, str]:
    q = etree.QName(element)
    return q.namespace or "", q.localname


def fields(root) -> list[_Field]:
    """Every field in a part: simple ones and complex ones (code split across runs), nested too."""
    tags = [f"{{{ns}}}{name}" for ns in W_NAMESPACES for name in ("r", "fldSimple")]
    found: list[_Field] = []
    stack: list[_Field] = []
    for element in root.iter(*tags):
        namespace, local = _local(element)
        if local == "fldSimple":
            instr = element.get(f"{{{namespace}}}instr", "")
            found.append(_Field(element, [instr], []))
            continue
        for field in stack:
            if not field.result:
                field.runs.append(element)
        for child in element:
            child_ns, child_local = _local(child)
            if child_ns not in W_NAMESPACES:
                continue
            if child_local == "fldChar":
                kind = child.get(f"{{{child_ns}}}fldCharType", "")
                if kind == "begin":
                    if stack and not stack[-1].result and not "".join(stack[-1].code).strip():
                        stack[-1].dynamic = True
                    stack.append(_Field(element, [], [element]))
                elif kind == "separate" and stack:
                    stack[-1].result = True
                elif kind == "end" and stack:
                    field = stack.pop()
                    field.end = element
                    found.append(field)
            elif child_local in ("instrText", "delInstrText") and stack and not stack[-1].result:
                stack[-1].code.append(child.text or "")
    found.extend(stack)  # a field never closed is still a field
    return found


def _field_name(field: _Field) -> str:
    return field.keyword() if not field.dynamic else "{ { … } }"  # its name comes from a field


def _relationship_targets(rels_root) -> dict[str, tuple[str, str]]:
    """External relationships: id -> (type, target)."""
    out = {}
    for rel in rels_root.iter("{*}Relationship"):
        if rel.get("TargetMode", "").lower() == "external":
            out[rel.get("Id", "")] = (rel.get("Type", ""), rel.get("Target", ""))
    return out


def _references(root) -> dict[str, set[str]]:
    """rId -> local names of the elements that refer to it (through any r: attribute)."""
    out: dict[str, set[str]] = {}
    if root is None:
        return out
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        for attribute, value in element.attrib.items():
            if attribute.startswith("{") and attribute[1:].split("}")[0] in R_NAMESPACES:
                out.setdefault(value, set()).add(etree.QName(element).localname)
    return out


def _fetched(rel_type: str, referrers: set[str]) -> bool:
    """An outside target Word would fetch on opening: anything but a hyperlink that is
    only followed when clicked."""
    return rel_type not in HYPERLINK_TYPES or not referrers <= CLICKED


def reaching_out(data: bytes, name: str, problem: type[DocxProblem] = TemplateProblem) -> None:
    """Raise ``problem`` ("field" or "external") at the first thing that reaches outside.

    Every part that holds XML is read, whatever its name says (``check_package`` first).
    """
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = [info.filename for info in archive.infolist()]
        rels = {}  # one part at a time: only the small relationship parts are kept
        for part in names:
            raw = archive.read(part)
            if not _looks_like_xml(raw):
                continue
            root = _parse(raw, name, part, problem)
            for field in fields(root):
                if field.fetches():
                    raise problem("field", name, f"{_field_name(field)}, {part}")
            if etree.QName(root).localname == "Relationships":
                rels[part] = root
            del root
        for part, root in rels.items():
            outside = _relationship_targets(root)
            if not outside:
                continue
            source = _source_of(part)
            references = {}
            if any(rel_type in HYPERLINK_TYPES for rel_type, _target in outside.values()) \
                    and source in names:
                references = _references(_parse(archive.read(source), name, source, problem))
            for rid, (rel_type, target) in outside.items():
                if _fetched(rel_type, references.get(rid, set())):
                    raise problem("external", name, target)


def _looks_like_xml(raw: bytes) -> bool:
    start = raw[:8].lstrip(b"\xef\xbb\xbf\xff\xfe \t\r\n\x00")
    return start.startswith(b"<")


def _source_of(rels_part: str) -> str:
    """word/_rels/document.xml.rels -> word/document.xml; _rels/.rels -> "" (the package)."""
    folder, _, file = rels_part.rpartition("_rels/")
    return folder + (file[: -len(".rels")] if file.lower().endswith(".rels") else file)


# --------------------------------------------------------------------------- making inert

def make_inert(document) -> list[str]:
    """Take out of a python-docx ``document`` every field and outside link that Word would
    fetch or run on opening; return what was taken out (field names, targets).

    A field keeps its last result as plain content (as Word's "unlink field" does): the
    reader sees what the author saw, and nothing is fetched again.
    """
    removed: list[str] = []
    package = document.part.package
    for part in package.iter_parts():
        element = getattr(part, "_element", None)
        blob_root = None
        if element is None and part.content_type.endswith("xml"):
            try:
                blob_root = etree.fromstring(part.blob, SAFE_PARSER)
            except etree.XMLSyntaxError:
                continue
        root = element if element is not None else blob_root
        if root is None:
            continue
        changed = _remove_fields(root, removed)
        changed |= _remove_outside_links(part, root, removed)
        if blob_root is not None and changed:
            part._blob = etree.tostring(blob_root, xml_declaration=True, encoding="UTF-8",
                                        standalone=True)
    return removed


def _detach(element) -> None:
    parent = element.getparent()
    if parent is not None:
        parent.remove(element)


def _remove_fields(root, removed: list[str]) -> bool:
    changed = False
    for field in fields(root):
        if not field.fetches():
            continue
        removed.append(_field_name(field))
        changed = True
        begin = field.begin
        if _local(begin)[1] == "fldSimple":  # its result runs take its place
            parent = begin.getparent()
            if parent is not None:
                for child in list(begin):
                    if _local(child)[1] != "fldData":
                        begin.addprevious(child)
                parent.remove(begin)
            continue
        for run in field.runs:
            _detach(run)
        if field.end is not None:
            _detach(field.end)
    return changed


def _remove_outside_links(part, root, removed: list[str]) -> bool:
    rels = getattr(part, "rels", None)
    if not rels:
        return False
    references = _references(root)
    outside = [rid for rid, rel in rels.items() if rel.is_external and
               _fetched(rel.reltype, references.get(rid, set()))]
    if not outside:
        return False
    for rid in outside:
        removed.append(rels[rid].target_ref)
        del rels[rid]
    gone = set(outside)
    for element in list(root.iter()):
        if not isinstance(element.tag, str):
            continue
        for attribute, value in list(element.attrib.items()):
            if value not in gone or not attribute.startswith("{"):
                continue
            if attribute[1:].split("}")[0] not in R_NAMESPACES:
                continue
            if etree.QName(attribute).localname == "link":  # a linked picture keeps its copy
                del element.attrib[attribute]
            else:
                _detach(element)
                break
    return True


def sanitized_detail(error: BaseException) -> str:
    """An error's text without Python object representations ("<_io.BytesIO object at 0x…>")."""
    text = re.sub(r"'?<[\w.]+ object at 0x[0-9a-fA-F]+>'?\s*", "", str(error)).strip()
    return text or type(error).__name__
