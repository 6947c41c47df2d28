"""Limits on a zip archive from outside (.docx, and later .xlsx), checked before any parser sees it.

A .docx or .xlsx is a zip of XML parts, and what the zip's directory says about its
members can lie. So ``scan_zip`` inflates every member once, a chunk at a time, and
stops as soon as a limit is passed: the archive's own size, the size of its central
directory (how many members it can list), the bytes actually unpacked, and the number
of chosen elements (``<w:p`` paragraphs, ``<row`` rows ...) counted as text streams by,
never by building a tree. A 300 KB file of thirty million empty paragraphs is refused
in well under a second and a few megabytes of memory.

The same pass looks at every member, whatever its name or content type says, in the
encoding an XML parser would read it in (UTF-8, or UTF-16 with or without a byte-order
mark), and refuses a DOCTYPE or ENTITY declaration anywhere: they can make a parser
fetch files or addresses, or expand without end. Open Packaging Conventions allow only
UTF-8 and UTF-16 (ECMA-376 Part 2, 8.1.4), so a member declared in any other encoding
(UTF-7, EBCDIC ...) is refused too rather than read in a way this scan did not.

Nothing here knows Word or Excel; callers pass ``ZipLimits`` and word the ``ZipProblem``.
Standard library only, and the catalogue for the wording of ``ZipProblem``.
"""

from __future__ import annotations

import codecs
import io
import re
import struct
import zipfile
from dataclasses import dataclass, field
from typing import Any

from .i18n import catalogue
from .i18n.catalogue import N_
from .i18n.formatting import format_number

MB = 1024 * 1024
CHUNK = 1 * MB


@dataclass(frozen=True)
class ZipLimits:
    archive: int = 25 * MB  # the file as given
    directory: int = 2 * MB  # its central directory: about 20,000 members with long names
    members: int = 10_000
    unpacked: int = 100 * MB  # all members together, as actually inflated
    # Local element name -> the most allowed over all members, e.g. {"p": 200_000}.
    elements: dict[str, int] = field(default_factory=dict)


class ZipProblem(Exception):
    """An archive refused by ``scan_zip``.

    ``code``: not_zip, damaged, archive_too_large, too_many_members, unpacked_too_large,
    too_many_elements (``element``), declarations (``member``), encoding (``member``,
    ``detail`` = the encoding). ``limit`` is the limit passed, where one was.
    """

    def __init__(self, code: str, *, member: str = "", element: str = "", limit: int = 0,
                 detail: str = "") -> None:
        self.code, self.member, self.element, self.limit, self.detail = (
            code, member, element, limit, detail)
        super().__init__(self.text())

    def text(self, language: str | None = None) -> str:
        """The refusal in ``language`` (default: the messages language), sizes formatted."""
        lang = language or catalogue.current()
        size = format_number(self.limit // MB, lang) if self.limit >= MB else ""
        return catalogue.say(MESSAGES[self.code], lang, member=self.member,
                             element=self.element, detail=self.detail, megabytes=size,
                             limit=format_number(self.limit, lang))


MESSAGES = {
    "not_zip": N_("The file is not a zip archive."),
    "damaged": N_("The archive is damaged ({detail})."),
    "archive_too_large": N_("The archive is larger than {megabytes} MB."),
    "too_many_members": N_("The archive holds more than {limit} parts."),
    "unpacked_too_large": N_("The archive is larger than {megabytes} MB unpacked "
                             "(reached at {member})."),
    "too_many_elements": N_("The archive holds more than {limit} “{element}” elements "
                            "(reached in {member})."),
    "declarations": N_("{member} declares a DOCTYPE or an ENTITY, which is unsafe."),
    "encoding": N_("{member} is in an encoding that is not allowed ({detail})."),
}


@dataclass
class ZipScan:
    """What the scan saw: member names in archive order, bytes unpacked, element counts."""

    names: list[str]
    unpacked: int
    counts: dict[str, int]


_EOCD = b"PK\x05\x06"
_EOCD64_LOCATOR = b"PK\x06\x07"
_DECLARATION = r"<!\s{0,8}(?:DOCTYPE|ENTITY)"
_ENCODING = r"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']"""
_PREFIX = r"(?:[A-Za-z_][A-Za-z0-9_.-]{0,63}:)?"
_KEEP = 128  # longer than any match, so one split across two chunks is seen whole
UTF8_NAMES = {"utf-8", "utf8"}
UTF16_NAMES = {"utf-16", "utf16", "utf-16le", "utf-16be"}


def _directory_size(data: bytes) -> int | None:
    """The central directory's size from the end record (zip64 too); None if there is none."""
    tail_start = max(0, len(data) - (22 + 65535))
    at = data.rfind(_EOCD, tail_start)
    if at < 0 or len(data) < at + 22:
        return None
    entries, size = struct.unpack_from("<xxxxxxxxHI", data, at + 8)
    if entries == 0xFFFF or size == 0xFFFFFFFF:  # zip64: the real figures are elsewhere
        locator = at - 20
        if locator < 0 or data[locator:locator + 4] != _EOCD64_LOCATOR:
            return None
        (offset,) = struct.unpack_from("<Q", data, locator + 8)
        if offset + 56 > len(data) or data[offset:offset + 4] != b"PK\x06\x06":
            return None
        (size,) = struct.unpack_from("<Q", data, offset + 40)
    return size


class _Member:
    """Scans one member's text as it streams: declarations, element counts, encoding."""

    def __init__(self, name: str, first: bytes, counted: dict[str, re.Pattern]) -> None:
        self.name = name
        self.mode, skip = _sniff(first)
        if self.mode in ("UTF-32", "EBCDIC"):
            raise ZipProblem("encoding", member=name, detail=self.mode)
        self.skip = skip  # a byte-order mark, not text
        self.decoder = (codecs.getincrementaldecoder(self.mode)(errors="replace")
                        if self.mode != "bytes" else None)
        binary = self.mode == "bytes"
        self.declaration = re.compile(_DECLARATION.encode() if binary else _DECLARATION,
                                      re.IGNORECASE)
        self.counted = {element: re.compile(pattern.pattern.encode() if binary else pattern.pattern)
                        for element, pattern in counted.items()}
        self.pending: Any = b"" if binary else ""  # bytes in "bytes" mode, else str
        self.started = False

    def feed(self, chunk: bytes, counts: dict[str, int], final: bool = False) -> None:
        if self.skip:
            chunk, self.skip = chunk[self.skip:], 0
        text: Any = self.decoder.decode(chunk, final) if self.decoder else chunk  # as pending
        buffer = self.pending + text
        if not self.started and (len(buffer) >= 256 or final):
            self.started = True
            self._check_encoding(buffer[:256])
        cutoff = len(buffer) if final else max(0, len(buffer) - _KEEP)
        found = self.declaration.search(buffer)
        if found:
            raise ZipProblem("declarations", member=self.name)
        for element, pattern in self.counted.items():
            counts[element] += sum(1 for m in pattern.finditer(buffer) if m.start() < cutoff)
        self.pending = buffer[cutoff:]

    def _check_encoding(self, start) -> None:
        if isinstance(start, bytes):
            start = start.decode("latin-1")
        found = re.match(_ENCODING, start)
        if not found:
            return
        declared = found.group(1).lower()
        allowed = UTF8_NAMES | {"us-ascii", "ascii"} if self.mode == "bytes" else UTF16_NAMES
        if declared not in allowed:
            raise ZipProblem("encoding", member=self.name, detail=found.group(1))


def _sniff(first: bytes) -> tuple[str, int]:
    """How an XML parser would decode a member starting with ``first`` (XML 1.0, appendix F)."""
    if first.startswith((b"\x00\x00\xfe\xff", b"\xff\xfe\x00\x00", b"\x00\x00\x00<", b"<\x00\x00\x00")):
        return "UTF-32", 0
    if first.startswith(b"\xff\xfe"):
        return "utf-16-le", 2
    if first.startswith(b"\xfe\xff"):
        return "utf-16-be", 2
    if first[:2] in (b"<\x00", b" \x00", b"\t\x00", b"\n\x00", b"\r\x00"):
        return "utf-16-le", 0
    if first[:2] in (b"\x00<", b"\x00 ", b"\x00\t", b"\x00\n", b"\x00\r"):
        return "utf-16-be", 0
    if first.startswith(b"\x4c\x6f\xa7\x94"):  # "<?xm" in EBCDIC
        return "EBCDIC", 0
    return "bytes", 3 if first.startswith(codecs.BOM_UTF8) else 0


def scan_zip(data: bytes, limits: ZipLimits) -> ZipScan:
    """Inflate every member of ``data`` once within ``limits``; ZipProblem when one is passed."""
    if len(data) > limits.archive:
        raise ZipProblem("archive_too_large", limit=limits.archive)
    directory = _directory_size(data)
    if directory is None or not zipfile.is_zipfile(io.BytesIO(data)):
        raise ZipProblem("not_zip")
    if directory > limits.directory:
        raise ZipProblem("too_many_members", limit=limits.members)
    counted = {element: re.compile(f"<{_PREFIX}{re.escape(element)}(?=[\\s/>])")
               for element in limits.elements}
    counts = dict.fromkeys(limits.elements, 0)
    total = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > limits.members:
                raise ZipProblem("too_many_members", limit=limits.members)
            for info in infos:
                if info.is_dir():
                    continue
                with archive.open(info) as stream:
                    member = None
                    while chunk := stream.read(CHUNK):
                        total += len(chunk)
                        if total > limits.unpacked:
                            raise ZipProblem("unpacked_too_large", member=info.filename,
                                             limit=limits.unpacked)
                        member = member or _Member(info.filename, chunk[:4], counted)
                        member.feed(chunk, counts)
                        _check_counts(counts, limits, info.filename)
                    if member is not None:
                        member.feed(b"", counts, final=True)
                        _check_counts(counts, limits, info.filename)
            names = [info.filename for info in infos]
    except ZipProblem:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, OSError,
            RuntimeError, ValueError, struct.error, UnicodeDecodeError) as e:
        raise ZipProblem("damaged", detail=str(e) or type(e).__name__) from e
    return ZipScan(names, total, counts)


def _check_counts(counts: dict[str, int], limits: ZipLimits, member: str) -> None:
    for element, found in counts.items():
        if found > limits.elements[element]:
            raise ZipProblem("too_many_elements", member=member, element=element,
                             limit=limits.elements[element])
