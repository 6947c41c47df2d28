"""Words shown for stored codes (meeting kinds, roles, statuses...), translated when shown.

The strings are marked with QT_TRANSLATE_NOOP so lupdate collects them under the
"Labels" context; ``label()`` translates at the moment of display, so a language
switch shows the new words on the next repaint.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_LABELS = {
    # meeting kinds
    "plenary": QT_TRANSLATE_NOOP("Labels", "Plenary"),
    "working_group": QT_TRANSLATE_NOOP("Labels", "Working group"),
    # session numbering
    "arabic": QT_TRANSLATE_NOOP("Labels", "Arabic (1, 2, 3)"),
    "roman": QT_TRANSLATE_NOOP("Labels", "Roman (I, II, III)"),
    # parties
    "US": QT_TRANSLATE_NOOP("Labels", "United States"),
    "MX": QT_TRANSLATE_NOOP("Labels", "Mexico"),
    # agenda kinds
    "session": QT_TRANSLATE_NOOP("Labels", "Session"),
    "item": QT_TRANSLATE_NOOP("Labels", "Item"),
    "break": QT_TRANSLATE_NOOP("Labels", "Break"),
    "meal": QT_TRANSLATE_NOOP("Labels", "Meal"),
    "signing": QT_TRANSLATE_NOOP("Labels", "Signing"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
    # delegation roles
    "head": QT_TRANSLATE_NOOP("Labels", "Head of delegation"),
    "co_chair": QT_TRANSLATE_NOOP("Labels", "Co-chair"),
    "member": QT_TRANSLATE_NOOP("Labels", "Member"),
    "advisor": QT_TRANSLATE_NOOP("Labels", "Advisor"),
    "support": QT_TRANSLATE_NOOP("Labels", "Support staff"),
    # attendance
    "invited": QT_TRANSLATE_NOOP("Labels", "Invited"),
    "confirmed": QT_TRANSLATE_NOOP("Labels", "Confirmed"),
    "tentative": QT_TRANSLATE_NOOP("Labels", "Tentative"),
    "declined": QT_TRANSLATE_NOOP("Labels", "Declined"),
    # how someone attends (attendance_mode), and attendance with it
    "in_person": QT_TRANSLATE_NOOP("Labels", "In person"),
    "virtual": QT_TRANSLATE_NOOP("Labels", "Virtual"),
    "invited/virtual": QT_TRANSLATE_NOOP("Labels", "Invited (virtual)"),
    "confirmed/virtual": QT_TRANSLATE_NOOP("Labels", "Confirmed (virtual)"),
    "tentative/virtual": QT_TRANSLATE_NOOP("Labels", "Tentative (virtual)"),
    # how a principal takes part (Membership.principal)
    "none": QT_TRANSLATE_NOOP("Labels", "Not a principal"),
    "host": QT_TRANSLATE_NOOP("Labels", "Host"),
    "co_host": QT_TRANSLATE_NOOP("Labels", "Co-host"),
    "visiting_head": QT_TRANSLATE_NOOP("Labels", "Head of the visiting delegation"),
    # action-line status
    "not_started": QT_TRANSLATE_NOOP("Labels", "Not started"),
    "on_track": QT_TRANSLATE_NOOP("Labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("Labels", "At risk"),
    "delayed": QT_TRANSLATE_NOOP("Labels", "Delayed"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
    # communiqué paragraph status
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "bracketed": QT_TRANSLATE_NOOP("Labels", "Bracketed"),
    "ad_referendum": QT_TRANSLATE_NOOP("Labels", "Ad referendum"),
    "agreed": QT_TRANSLATE_NOOP("Labels", "Agreed"),
    # moments of the visit schedule ("other" is the agenda's)
    "arrival": QT_TRANSLATE_NOOP("Labels", "Arrival"),
    "pre_brief": QT_TRANSLATE_NOOP("Labels", "Pre-brief"),
    "pull_aside": QT_TRANSLATE_NOOP("Labels", "Pull-aside"),
    "family_photo": QT_TRANSLATE_NOOP("Labels", "Family photo"),
    "press": QT_TRANSLATE_NOOP("Labels", "Press availability"),
    "working_lunch": QT_TRANSLATE_NOOP("Labels", "Working lunch"),
    "departure": QT_TRANSLATE_NOOP("Labels", "Departure"),
    # clearances of the briefing book
    "drafted": QT_TRANSLATE_NOOP("Labels", "Drafted by"),
    "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared by"),
}


def label(code: str) -> str:
    text = _LABELS.get(str(code))
    return QCoreApplication.translate("Labels", text) if text else str(code)


def attendance_label(attendance: str, mode: str) -> str:
    """Whether and how: "Confirmed", "Confirmed (virtual)"; a declined member is only
    declined."""
    if str(mode) == "virtual" and str(attendance) != "declined":
        return label(f"{attendance}/virtual")
    return label(attendance)


# The start of a suggested file name, per document, in the interface language.
_FILE_STEMS = {
    "agenda": QT_TRANSLATE_NOOP("FileNames", "agenda"),
    "delegations": QT_TRANSLATE_NOOP("FileNames", "delegations"),
    "contacts": QT_TRANSLATE_NOOP("FileNames", "contacts"),
    "actions": QT_TRANSLATE_NOOP("FileNames", "status-report"),
    "briefing_book": QT_TRANSLATE_NOOP("FileNames", "briefing-book"),
    "communique": QT_TRANSLATE_NOOP("FileNames", "communique"),
}


def meeting_text(db, meeting_id: int | None, language: str) -> str:
    """ "XII Reunión Plenaria — Ciudad de México, 4 de marzo de 2020" in ``language``;
    "" without a database or a meeting on file."""
    if db is None or meeting_id is None:
        return ""
    # Imported here: the window's frame paints before the store and Babel are loaded.
    from ..i18n.formatting import format_date, meeting_name
    from ..store.meetings import get_meeting

    with db.session() as session:
        meeting = get_meeting(session, meeting_id)
        if meeting is None:
            return ""
        return "%s — %s, %s" % (  # noqa: UP031
            meeting_name(meeting.kind.value, meeting.number, language),
            meeting.city.either(language),
            format_date(meeting.start_date, language),
        )


def file_name(document: str, *parts: object) -> str:
    """A suggested .docx name: "orden-del-dia-12-es.docx" in the Spanish interface."""
    stem = QCoreApplication.translate("FileNames", _FILE_STEMS[document])
    return "-".join([stem, *(str(p) for p in parts if p not in (None, ""))]) + ".docx"
