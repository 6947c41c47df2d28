"""What an exported communiqué came from, carried invisibly so it is recognised on return.

Two carriers that Word and LibreOffice keep when they save (``w:customXml``, which
editors drop, is not used):

- document custom properties (``docProps/custom.xml``, File ▸ Properties ▸ Custom):
  the meeting, the saved version the text is, the copy and the language;
- a hidden bookmark (its name starts with "_", as Word's own ``_Toc`` ones) around each
  paragraph in each language: ``_bescapp_3_en`` is paragraph 3 of what we sent, in
  English, wherever the counterpart moved it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

CUSTOM_PART = "/docProps/custom.xml"
CUSTOM_TYPE = "application/vnd.openxmlformats-officedocument.custom-properties+xml"
_CUSTOM_NS = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties"
_VT_NS = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
_PROPERTY_FMTID = "{D5CDD505-2E9C-101B-9397-08002B2CF9AE}"  # every user-defined property's
PREFIX = "bescapp."
_BOOKMARK = re.compile(r"^_bescapp_(\d+)_(en|es)$")


@dataclass(frozen=True)
class Identity:
    """What the file says it is: our meeting id, the saved version its text is (0: the
    working draft, which matched no saved version), the copy ("US"/"MX"), the language."""

    meeting: int
    version: int
    copy: str
    language: str
    paragraphs: int
    side: str = ""  # whose database wrote it: ids and numbers are that database's
    plenary: str = ""  # the meeting's kind and number, "plenary 12", the same in both

    def properties(self) -> dict[str, str]:
        return {f"{PREFIX}meeting": str(self.meeting), f"{PREFIX}version": str(self.version),
                f"{PREFIX}copy": self.copy, f"{PREFIX}language": self.language,
                f"{PREFIX}paragraphs": str(self.paragraphs), f"{PREFIX}side": self.side,
                f"{PREFIX}plenary": self.plenary}

    @classmethod
    def from_properties(cls, values: dict[str, str]) -> Identity | None:
        try:
            return cls(int(values[f"{PREFIX}meeting"]), int(values.get(f"{PREFIX}version", "0")),
                       values.get(f"{PREFIX}copy", ""), values.get(f"{PREFIX}language", ""),
                       int(values.get(f"{PREFIX}paragraphs", "0")),
                       values.get(f"{PREFIX}side", ""), values.get(f"{PREFIX}plenary", ""))
        except (KeyError, ValueError):
            return None


def plenary_of(meeting) -> str:
    return f"{meeting.kind.value} {meeting.number}"


def custom_properties_xml(values: dict[str, str]) -> bytes:
    items = "".join(
        f'<property fmtid="{_PROPERTY_FMTID}" pid="{pid}" name="{escape(name)}">'
        f"<vt:lpwstr>{escape(value)}</vt:lpwstr></property>"
        for pid, (name, value) in enumerate(values.items(), start=2))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<Properties xmlns="{_CUSTOM_NS}" xmlns:vt="{_VT_NS}">{items}</Properties>'
            ).encode()


def set_identity(doc, identity: Identity) -> None:
    """The identity as the document's custom properties."""
    package = doc.part.package
    part = Part(PackURI(CUSTOM_PART), CUSTOM_TYPE,
                custom_properties_xml(identity.properties()), package)
    package.relate_to(part, RT.CUSTOM_PROPERTIES)


def bookmark_name(number: int, lang: str) -> str:
    return f"_bescapp_{number}_{lang}"


def read_bookmark(name: str) -> tuple[int, str] | None:
    """(paragraph number, language) from one of our bookmark names."""
    found = _BOOKMARK.match(name or "")
    return (int(found.group(1)), found.group(2)) if found else None


def surround(paragraph, name: str, bookmark_id: str) -> None:
    """A bookmark around the paragraph's whole content."""
    p = paragraph._p
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), bookmark_id)
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), bookmark_id)
    props = p.find(qn("w:pPr"))
    if props is not None:
        props.addnext(start)
    else:
        p.insert(0, start)
    p.append(end)
