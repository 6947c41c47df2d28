"""The window's words for pre-flight entries and export outcomes, through tr().

The domain and the exports word these in English and Spanish for the command
line; the window translates them with Qt like every other string it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain import preflight as checks
from ...export.kit import ExportError, ExportRefused
from ...export.template import TemplateProblem

translate = QCoreApplication.translate


def field_word(name: str) -> str:
    return {
        "title": translate("ExportWording", "title"),
        "description": translate("ExportWording", "description"),
        "objective": translate("ExportWording", "objective"),
        "talking_points": translate("ExportWording", "talking points"),
        "background": translate("ExportWording", "background"),
        "biography": translate("ExportWording", "biography"),
        "internal_notes": translate("ExportWording", "internal notes"),
        "text": translate("ExportWording", "text"),
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
    return {
        "empty file": translate("ExportWording", "empty file"),
        "not a Word document": translate("ExportWording", "not a Word document"),
        "unsafe content": translate("ExportWording", "unsafe content"),
        "links to outside files": translate("ExportWording", "links to outside files"),
        "too large": translate("ExportWording", "too large"),
        "damaged": translate("ExportWording", "damaged"),
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
            translate("ExportWording", "Day %1: %2 ends %3 min after the end of the day.")
            .replace("%1", str(v["day"]))
            .replace("%2", subject)
            .replace("%3", str(v["minutes"]))
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
            translate("ExportWording", "%1: %2 min are left empty before its fixed start.")
            .replace("%1", subject)
            .replace("%2", str(v["minutes"]))
        )
    if kind == checks.OVERLAP:
        return (
            translate("ExportWording", "%1: its fixed start overlaps the entry before it by "
                      "%2 min.")
            .replace("%1", subject)
            .replace("%2", str(v["minutes"]))
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
        "done": translate("ExportWording", "Done."),
    }.get(step, "")


def template_text(problem: TemplateProblem) -> str:
    name, detail = problem.name, problem.detail
    text = {
        "missing": translate("ExportWording", "The template %1 does not exist."),
        "too_large": translate(
            "ExportWording", "The template %1 is larger than 25 MB; it cannot be a letterhead template."
        ),
        "not_docx": translate("ExportWording", "%1 is not a Word document (.docx)."),
        "damaged": translate("ExportWording", "The template %1 is damaged and cannot be read (%2)."),
        "missing_part": translate("ExportWording", "%1 is not a Word document: it has no %2 part."),
        "entities": translate(
            "ExportWording",
            "The template %1 was refused: its part %2 declares a DOCTYPE or entities, "
            "which could make Word or bescapp fetch other files.",
        ),
        "external": translate(
            "ExportWording",
            "The template %1 was refused: it links to an outside file or address (%2), "
            "which Word would fetch on opening.",
        ),
    }.get(problem.code)
    if text is None:
        return str(problem)
    return text.replace("%1", name).replace("%2", detail)


def reason_text(error: ExportError) -> str:
    """Why a file could not be written: bescapp's own refusals in the interface language,
    the operating system's reason as it gave it."""
    return {
        "no_folder": translate("ExportWording", "the folder does not exist"),
        "not_docx_name": translate("ExportWording", "a Word document's name must end in .docx"),
        "is_folder": translate("ExportWording", "it is a folder"),
        "not_word_file": translate("ExportWording", "the file there is not a Word document, "
                                   "so bescapp will not replace it"),
    }.get(error.code, error.reason)


def failure_text(error: BaseException) -> str:
    """What went wrong, for the message box."""
    from ...export.briefing_book import PreflightRefused

    if isinstance(error, TemplateProblem):
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
    if isinstance(error, LookupError):
        return translate("ExportWording", "This document cannot be exported in this version.")
    return translate("ExportWording", "The export failed unexpectedly: %1").replace(
        "%1", str(error) or type(error).__name__
    )
