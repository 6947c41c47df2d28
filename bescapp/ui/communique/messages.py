"""The communiqué store's refusals and pattern problems in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.communique import PatternProblem, clean_blockers
from ...i18n.formatting import format_number
from ...store.communique import CommuniqueProblem, Reason, Refusal
from ..labels import label

CONTEXT = "CommuniqueProblems"

# Each wording with the names of the values that fill %1, %2, %3.
WORDING = {
    Refusal.NO_MEETING: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "There is no meeting with id %1."), ("meeting_id",)),
    Refusal.PARAGRAPH_GONE: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The paragraph no longer exists; it may have been deleted."), ()),
    Refusal.LAST_PARAGRAPH: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "Paragraph %1 is the last one: there is nothing to merge it with."),
        ("number",)),
    Refusal.NO_LABEL: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "Give the version a label, e.g. “Rev. 2 — US proposal”."), ()),
    Refusal.LABEL_TOO_LONG: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The label is %1 characters long; at most %2."),
        ("length", "limit")),
    Refusal.EMPTY_DRAFT: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The working draft has no paragraphs to save."), ()),
    Refusal.TERM_NEEDS_EN: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The term needs its English form."), ()),
    Refusal.TERM_NEEDS_ES: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The term needs its Spanish form."), ()),
    Refusal.TERM_EMPTY: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "Give the term in English and Spanish."), ()),
    Refusal.TERM_GONE: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The term no longer exists; it may have been deleted."), ()),
    Refusal.UNSTORABLE_TEXT: (QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The text holds characters that cannot be stored; type it "
                              "again instead of pasting."), ()),
}

# A paragraph too long: which paragraph (or none) and which language, as whole sentences.
TOO_LONG = {
    ("en", True): QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "Paragraph %1: the English text is %2 characters long; "
        "a paragraph holds at most %3."),
    ("es", True): QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "Paragraph %1: the Spanish text is %2 characters long; "
        "a paragraph holds at most %3."),
    ("en", False): QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The English text is %2 characters long; "
        "a paragraph holds at most %3."),
    ("es", False): QT_TRANSLATE_NOOP(
        "CommuniqueProblems", "The Spanish text is %2 characters long; "
        "a paragraph holds at most %3."),
}


def _fill(template: str, values: list, language: str) -> str:
    text = QCoreApplication.translate(CONTEXT, template)
    for n, value in enumerate(values, start=1):
        shown = format_number(value, language) if isinstance(value, int) else str(value)
        text = text.replace(f"%{n}", shown)
    return text


def reason_text(reason: Reason, language: str) -> str:
    values = reason.values
    if reason.code is Refusal.TEXT_TOO_LONG:
        paragraph = values.get("paragraph")
        template = TOO_LONG[(values["lang"], paragraph is not None)]
        return _fill(template, [paragraph or "", values["length"], values["limit"]], language)
    template, names = WORDING[reason.code]
    return _fill(template, [values[name] for name in names], language)


def problem_text(problem: Exception, language: str) -> str:
    """What to tell the user about a refused edit or a pattern that cannot be filled."""
    if isinstance(problem, CommuniqueProblem):
        return "\n".join(reason_text(r, language) for r in problem.reasons)
    if isinstance(problem, PatternProblem):
        name = language_name(problem.lang)
        if problem.placeholder is not None:
            return _fill(QT_TRANSLATE_NOOP(
                "CommuniqueProblems", "The paragraph pattern “%1” (%2) has an unknown "
                "placeholder {%3}. Known placeholders: %4."),
                [problem.key, name, problem.placeholder, problem.known], language)
        return _fill(QT_TRANSLATE_NOOP(
            "CommuniqueProblems", "The paragraph pattern “%1” (%2) cannot be filled: "
            "a brace is out of place. Write literal braces as {{ and }}."),
            [problem.key, name], language)
    return str(problem)


def language_name(lang: str) -> str:
    return (QCoreApplication.translate("CommuniqueProblems", "English") if lang == "en"
            else QCoreApplication.translate("CommuniqueProblems", "Spanish"))


def clean_refusal_text(rows, language: str) -> str | None:
    """Why the clean communiqué cannot be exported yet, naming the paragraphs; None if it can."""
    pending, bracketed = clean_blockers(rows)
    if not pending and not bracketed:
        return None
    lines = [QCoreApplication.translate(
        "CommuniqueProblems", "The clean communiqué is printed only when every paragraph is agreed.")]
    if pending:
        listed = ", ".join(f"{format_number(r.position + 1, language)} "
                           f"({label(r.status.value).lower()})" for r in pending)
        lines.append(QCoreApplication.translate("CommuniqueProblems", "Not agreed yet: %1.")
                     .replace("%1", listed))
    if bracketed:
        listed = ", ".join(format_number(r.position + 1, language) for r in bracketed)
        lines.append(QCoreApplication.translate(
            "CommuniqueProblems", "Agreed but still showing square brackets: %1.").replace("%1", listed))
    lines.append(QCoreApplication.translate(
        "CommuniqueProblems", "Export the negotiating text instead, or agree the paragraphs first."))
    return "\n".join(lines)
