"""The rules' problems in the interface language, with dates and numbers in its format."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.actions import ActionProblem, Problem
from ...i18n.formatting import format_date, format_number

# Each wording with the names of the values that fill %1, %2.
WORDING = {
    ActionProblem.DUE_BEFORE_START: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The due date %1 is before the action plan's start (%2)."),
        ("due", "start")),
    ActionProblem.PROGRESS_RANGE: (QT_TRANSLATE_NOOP(
        "ActionProblems", "Progress must be between 0 and 100 (it is %1)."), ("progress",)),
    ActionProblem.UPDATE_IN_FUTURE: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The update is dated %1, which is after today (%2)."),
        ("date", "today")),
    ActionProblem.UPDATE_BEFORE_CREATED: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The update is dated %1, before the line existed (%2)."),
        ("date", "created")),
    ActionProblem.COMPLETED_BELOW_100: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The line is marked completed but its progress is %1%, not 100%."),
        ("progress",)),
    ActionProblem.NO_TITLE: (QT_TRANSLATE_NOOP(
        "ActionProblems", "Give the title in English or Spanish."), ()),
    ActionProblem.NO_CODE: (QT_TRANSLATE_NOOP(
        "ActionProblems", "Give the plan a code (such as POE)."), ()),
    ActionProblem.CODE_TAKEN: (QT_TRANSLATE_NOOP(
        "ActionProblems", "There is already a plan with the code %1."), ("code",)),
    ActionProblem.TOO_LONG: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The text is longer than %1 characters."), ("limit",)),
    ActionProblem.UNSTORABLE: (QT_TRANSLATE_NOOP(
        "ActionProblems", "The text holds characters that cannot be stored; type it again "
                          "instead of pasting."), ()),
}


def problem_text(problem: Problem, language: str) -> str:
    if problem.code not in WORDING:
        return problem.text()
    template, names = WORDING[problem.code]
    text = QCoreApplication.translate("ActionProblems", template)
    for n, name in enumerate(names, start=1):
        value = problem.value(name)
        if isinstance(value, dt.date):
            shown = format_date(value, language)
        elif isinstance(value, int):
            shown = format_number(value, language)
        else:
            shown = str(value)
        text = text.replace(f"%{n}", shown)
    return text


def problems_text(problems: list[Problem], language: str) -> str:
    return "\n".join(problem_text(p, language) for p in problems)
