"""The communiqué store's refusals and pattern problems in the interface language (worded
by the core's gettext catalogue), and why the clean communiqué cannot be printed yet."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.communique import PatternProblem, clean_blockers
from ...i18n.formatting import format_number
from ...store.communique import CommuniqueProblem, Reason
from ..labels import label

CONTEXT = "CommuniqueProblems"


def reason_text(reason: Reason, language: str) -> str:
    """A refusal of the communiqué store, worded by the core's catalogue (the same
    sentence as the command line's)."""
    return reason.text(language)


def problem_text(problem: Exception, language: str) -> str:
    """What to tell the user about a refused edit or a pattern that cannot be filled."""
    if isinstance(problem, CommuniqueProblem):
        return "\n".join(reason_text(r, language) for r in problem.reasons)
    if isinstance(problem, PatternProblem):
        return problem.text(language)
    return str(problem)


def clean_refusal_text(rows, language: str) -> str | None:
    """Why the clean communiqué cannot be exported yet, naming the paragraphs; None if it can."""
    pending, bracketed, unchecked = clean_blockers(rows)
    if not pending and not bracketed and not unchecked:
        return None
    lines = [QCoreApplication.translate(
        "CommuniqueProblems", "The clean communiqué is printed only when every paragraph is "
                              "agreed and conforming.")]
    if pending:
        listed = ", ".join(f"{format_number(r.position + 1, language)} "
                           f"({label(r.status.value).lower()})" for r in pending)
        lines.append(QCoreApplication.translate("CommuniqueProblems", "Not agreed yet: %1.")
                     .replace("%1", listed))
    if bracketed:
        listed = ", ".join(format_number(r.position + 1, language) for r in bracketed)
        lines.append(QCoreApplication.translate(
            "CommuniqueProblems", "Agreed but still showing square brackets: %1.").replace("%1", listed))
    if unchecked:
        listed = ", ".join(format_number(r.position + 1, language) for r in unchecked)
        lines.append(QCoreApplication.translate(
            "CommuniqueProblems", "Not checked for conformity (the English and Spanish texts "
                                  "saying the same): %1.").replace("%1", listed))
    lines.append(QCoreApplication.translate(
        "CommuniqueProblems", "Export the negotiating text instead, or agree the paragraphs "
                              "and check their conformity first."))
    return "\n".join(lines)
