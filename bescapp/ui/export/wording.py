"""The window's words for pre-flight entries and export outcomes, through tr().

The domain and the exports word these in English and Spanish for the command
line; the window translates them with Qt like every other string it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from ...domain import preflight as checks
from ...export.kit import ExportError, ExportRefused
from ...export.safe_docx import DOCX_LIMITS, PARAGRAPHS, DocxProblem
from ...i18n.formatting import format_duration, format_number

translate = QCoreApplication.translate


def _interface_language() -> str:
    """The interface language (the switcher sets Qt's default locale with it)."""
    return "es" if QLocale().language() == QLocale.Language.Spanish else "en"


def _megabytes(size: int) -> str:
    return format_number(size // (1024 * 1024), _interface_language())

def field_word(name: str) -> str:
    return {
        "title": translate("ExportWording", "title"),
        "description": translate("ExportWording", "description"),
        "objective": translate("ExportWording", "objective"),
        "talking_points": translate("ExportWording", "talking points"),
        "background": translate("ExportWording", "background"),
        "desired_outcome": translate("ExportWording", "desired outcome"),
        "counterpart_position": translate("ExportWording", "counterpart's likely position"),
        "if_asked": translate("ExportWording", "if asked"),
        "biography": translate("ExportWording", "biography"),
        "internal_notes": translate("ExportWording", "internal notes"),
        "text": translate("ExportWording", "text"),
    }.get(name, name)


def briefing_word(name: str) -> str:
    """A meeting's briefing text as the book heads it (``domain.preflight.BRIEFING_WORDS``)."""
    return {
        "scene_setter": translate("ExportWording", "Scene-setter"),
        "objectives": translate("ExportWording", "Our objectives"),
        "likely_asks": translate("ExportWording", "Counterpart's likely asks"),
        "desired_outcome": translate("ExportWording", "Desired outcomes"),
        "press_guidance": translate("ExportWording", "Press guidance"),
        "if_asked": translate("ExportWording", "If asked"),
    }.get(name, name)


def language_word(code: str) -> str:
    return {"en": translate("ExportWording", "English"), "es": translate("ExportWording", "Spanish")}.get(
        code, code
    )


def part_word(part: str) -> str:
    return {
        "schedule": translate("ExportWording", "schedule at a glance"),
        "delegations": translate("ExportWording", "delegation lists"),
        "actions": translate("ExportWording", "action-plan status report"),
    }.get(part, part)


def annex_detail(detail: str) -> str:
    """The few words (``safe_docx.SHORT``, the book's own) saying why a paper is left out."""
    return {
        "empty file": translate("ExportWording", "empty file"),
        "missing": translate("ExportWording", "missing"),
        "a folder": translate("ExportWording", "a folder"),
        "cannot be read": translate("ExportWording", "cannot be read"),
        "not a Word document": translate("ExportWording", "not a Word document"),
        "unsafe content": translate("ExportWording", "unsafe content"),
        "links to outside files": translate("ExportWording", "links to outside files"),
        "larger than 25 MB": translate("ExportWording", "larger than %1 MB").replace(
            "%1", _megabytes(DOCX_LIMITS.archive)),
        "larger than 100 MB unpacked": translate(
            "ExportWording", "larger than %1 MB unpacked").replace(
            "%1", _megabytes(DOCX_LIMITS.unpacked)),
        "more than 200,000 paragraphs": translate(
            "ExportWording", "more than %1 paragraphs").replace(
            "%1", format_number(PARAGRAPHS, _interface_language())),
        "more than 10,000 parts": translate("ExportWording", "more than %1 parts").replace(
            "%1", format_number(DOCX_LIMITS.members, _interface_language())),
        "a document with macros (.docm)": translate("ExportWording",
                                                    "a document with macros (.docm)"),
        "a Word template (.dotx)": translate("ExportWording", "a Word template (.dotx)"),
        "damaged": translate("ExportWording", "damaged"),
        "open it in Word and save it again": translate("ExportWording",
                                                       "open it in Word and save it again"),
    }.get(detail, detail)


def workspace_word(name: str) -> str:
    return {
        "meetings": translate("ExportWording", "Meetings"),
        "agenda": translate("ExportWording", "Agenda"),
        "delegations": translate("ExportWording", "Delegations"),
        "actions": translate("ExportWording", "Action plans"),
        "communique": translate("ExportWording", "Communiqué"),
        "export": translate("ExportWording", "Export"),
    }.get(name, name)


def entry_text(entry: checks.Entry, lang: str) -> str:
    """One pre-flight entry as a sentence in the interface language."""
    subject = entry.subject.either(lang)
    v = entry.values
    kind = entry.kind
    if kind == checks.ONE_LANGUAGE:
        return (
            translate("ExportWording", "%1: the %2 has no %3 text.")
            .replace("%1", subject)
            .replace("%2", field_word(v["field"]))
            .replace("%3", language_word(v["language"]))
        )
    if kind == checks.BRIEFING_ONE_LANGUAGE:
        return (
            translate("ExportWording", "%1 (briefing): written in %2 only; there is no %3 text.")
            .replace("%1", briefing_word(v["field"]))
            .replace("%2", language_word(v["other"]))
            .replace("%3", language_word(v["language"]))
        )
    if kind == checks.NO_LEAD:
        return translate("ExportWording", "%1: no one leads this item.").replace("%1", subject)
    if kind == checks.LEAD_DECLINED:
        return (
            translate("ExportWording", "%1: %2 leads this item but declined to attend; "
                      "the joint agenda leaves the name out.")
            .replace("%1", subject)
            .replace("%2", v["name"])
        )
    if kind == checks.NO_TALKING_POINTS:
        return translate("ExportWording", "%1: no talking points.").replace("%1", subject)
    if kind == checks.OVERRUN:
        return (
            translate("ExportWording", "Day %1: %2 ends %3 after the end of the day.")
            .replace("%1", str(v["day"]))
            .replace("%2", subject)
            .replace("%3", format_duration(v["minutes"], lang))
        )
    if kind == checks.NO_BIOGRAPHY:
        return translate("ExportWording", "%1: no biography.").replace("%1", subject)
    if kind == checks.NOT_AGREED:
        return (
            translate("ExportWording", "Communiqué paragraph %1 is not agreed yet: %2")
            .replace("%1", str(v["number"]))
            .replace("%2", subject)
        )
    if kind == checks.AGREED_BRACKETED:
        return (
            translate("ExportWording", "Communiqué paragraph %1 is marked agreed but still "
                      "holds bracketed text: %2")
            .replace("%1", str(v["number"]))
            .replace("%2", subject)
        )
    if kind == checks.NOT_CONFORMING:
        return (
            translate("ExportWording", "Communiqué paragraph %1 is agreed, but nobody has "
                      "checked that its English and Spanish texts say the same (conformity): %2")
            .replace("%1", str(v["number"]))
            .replace("%2", subject)
        )
    if kind == checks.PREVIOUS_PLENARY:
        return (
            translate("ExportWording", "%1: the %2 (%3) names the previous plenary, “%4”.")
            .replace("%1", subject)
            .replace("%2", field_word(v["field"]))
            .replace("%3", language_word(v["language"]))
            .replace("%4", v["found"])
        )
    if kind == checks.PREVIOUS_PLENARY_PARAGRAPH:
        return (
            translate("ExportWording", "Communiqué paragraph %1 (%2) names the previous "
                      "plenary, “%3”.")
            .replace("%1", str(v["number"]))
            .replace("%2", language_word(v["language"]))
            .replace("%3", v["found"])
        )
    if kind == checks.GAP:
        return (
            translate("ExportWording", "%1: %2 left empty before its fixed start.")
            .replace("%1", subject)
            .replace("%2", format_duration(v["minutes"], lang))
        )
    if kind == checks.OVERLAP:
        return (
            translate("ExportWording", "%1: its fixed start overlaps the entry before it by "
                      "%2.")
            .replace("%1", subject)
            .replace("%2", format_duration(v["minutes"], lang))
        )
    if kind == checks.CITY_ONE_LANGUAGE:
        if v["language"] == "es":
            text = translate("ExportWording", "The meeting's city has no Spanish name: the "
                             "Spanish documents will use the English name “%1”.")
        else:
            text = translate("ExportWording", "The meeting's city has no English name: the "
                             "English documents will use the Spanish name “%1”.")
        return text.replace("%1", v["city"])
    if kind == checks.DAMAGED_ANNEX:
        return (
            translate("ExportWording", "%1: the background paper %2 cannot be included (%3).")
            .replace("%1", subject)
            .replace("%2", v["file"])
            .replace("%3", annex_detail(v["detail"]))
        )
    if kind == checks.ANNEX_NOT_MERGED:
        return (
            translate("ExportWording", "%1: the background paper %2 cannot be merged into the "
                      "briefing book (%3) and will be left out.")
            .replace("%1", subject)
            .replace("%2", v["file"])
            .replace("%3", annex_detail(v["detail"]))
        )
    if kind == checks.PART_MISSING:
        return translate(
            "ExportWording", "The %1 is not available in this version and will be left out."
        ).replace("%1", part_word(v["part"]))
    return entry.text(lang)


def step_text(step: str) -> str:
    return {
        "preflight": translate("ExportWording", "Checking…"),
        "cover": translate("ExportWording", "Writing the cover…"),
        "schedule": translate("ExportWording", "Writing the schedule…"),
        "items": translate("ExportWording", "Writing the agenda items…"),
        "delegations": translate("ExportWording", "Writing the delegation lists…"),
        "actions": translate("ExportWording", "Writing the status report…"),
        "saving": translate("ExportWording", "Saving…"),
        "pdf": translate("ExportWording", "Writing the PDF through LibreOffice…"),
        "done": translate("ExportWording", "Done."),
    }.get(step, "")


def template_text(problem: DocxProblem) -> str:
    name, detail = problem.name, problem.detail
    lang = _interface_language()
    text = {
        "missing": translate("ExportWording", "The template %1 does not exist."),
        "is_folder": translate("ExportWording", "The template %1 is a folder, not a Word document."),
        "unreadable": translate("ExportWording", "The template %1 cannot be read (%2)."),
        "too_large": translate("ExportWording", "The template %1 is larger than %3 MB.")
        .replace("%3", _megabytes(DOCX_LIMITS.archive)),
        "unpacked": translate(
            "ExportWording", "The template %1 was refused: unpacked, it would be larger than %3 MB."
        ).replace("%3", _megabytes(DOCX_LIMITS.unpacked)),
        "paragraphs": translate(
            "ExportWording", "The template %1 was refused: it has more than %3 paragraphs."
        ).replace("%3", format_number(PARAGRAPHS, lang)),
        "too_many_parts": translate(
            "ExportWording", "The template %1 was refused: it holds more than %3 parts."
        ).replace("%3", format_number(DOCX_LIMITS.members, lang)),
        "not_docx": translate("ExportWording", "%1 is not a Word document (.docx)."),
        "damaged": translate("ExportWording", "The template %1 is damaged and cannot be read (%2)."),
        "missing_part": translate("ExportWording", "%1 is not a Word document: it has no %2 part."),
        "entities": translate(
            "ExportWording",
            "The template %1 was refused: its part %2 declares a DOCTYPE or entities, "
            "which could make Word or bescapp fetch other files.",
        ),
        "encoding": translate(
            "ExportWording",
            "The template %1 was refused: its part %2 is not written in UTF-8 or UTF-16.",
        ),
        "macro": translate(
            "ExportWording",
            "%1 is a Word document with macros (.docm); save it in Word as a Word document "
            "(.docx) without macros.",
        ),
        "dotx": translate(
            "ExportWording",
            "%1 is a Word template (.dotx); open it in Word and save it as a Word document (.docx).",
        ),
        "external": translate(
            "ExportWording",
            "The template %1 was refused: it links to an outside file or address (%2), "
            "which Word would fetch on opening.",
        ),
        "field": translate(
            "ExportWording",
            "The template %1 was refused: it has a field that fetches or runs something "
            "when Word updates it (%2).",
        ),
    }.get(problem.code)
    if text is None:
        return str(problem)
    return text.replace("%1", name).replace("%2", detail)


def paper_refused_text(problem: DocxProblem) -> str:
    """A background paper not attached, and why, in the interface language."""
    from ...export.safe_docx import SHORT

    return (translate("ExportWording", "%1 was not attached: %2.")
            .replace("%1", problem.name).replace("%2", annex_detail(SHORT[problem.code])))


def reason_text(error: ExportError) -> str:
    """Why a file could not be written: bescapp's own refusals and the operating system
    errors it recognises in the interface language, any other as the system gave it."""
    return {
        "no_folder": translate("ExportWording", "the folder does not exist"),
        "not_docx_name": translate("ExportWording", "a Word document's name must end in .docx"),
        "is_folder": translate("ExportWording", "it is a folder"),
        "is_symlink": translate("ExportWording", "it is a symbolic link, and bescapp does not "
                                "replace links"),
        "not_word_file": translate("ExportWording", "the file there is not a Word document, "
                                   "so bescapp will not replace it"),
        "disk_full": translate("ExportWording", "the disk is full"),
        "name_too_long": translate("ExportWording", "the file name is too long for this disk"),
        "read_only": translate("ExportWording", "the disk is read-only"),
    }.get(error.code, error.reason)


def failure_text(error: BaseException) -> str:
    """What went wrong, for the message box."""
    from ...export.briefing_book import PreflightRefused

    if isinstance(error, DocxProblem):
        return template_text(error)
    if isinstance(error, PreflightRefused):
        return translate(
            "ExportWording",
            "The briefing book was not written: the pre-flight list has %1 entries and "
            "“Refuse while the pre-flight list has entries” is on.",
        ).replace("%1", str(len(error.entries)))
    if isinstance(error, ExportError):
        return (
            translate("ExportWording", "%1 could not be written: %2. Any earlier file there is unchanged.")
            .replace("%1", str(error.path))
            .replace("%2", reason_text(error))
        )
    if isinstance(error, ExportRefused):
        return translate("ExportWording", "Not exported: %1").replace("%1", str(error))
    if isinstance(error, OSError):  # a write the export did not word itself
        from ... import safe_write

        code, words = safe_write.reason(error)
        return failure_text(ExportError(error.filename or "", words, code))
    if isinstance(error, LookupError):
        return translate("ExportWording", "This document cannot be exported in this version.")
    return translate("ExportWording", "The export failed unexpectedly: %1").replace(
        "%1", str(error) or type(error).__name__
    )
