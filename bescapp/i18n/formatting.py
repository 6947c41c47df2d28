"""Every date, time and number that bescapp shows or exports, through Babel (CLDR).

English follows U.S. conventions and Spanish Mexican ones, since those are the
committee's two delegations: "March 4, 2020" / "4 de marzo de 2020".
No Qt here: the exports and the command line use the same functions.
"""

from __future__ import annotations

import datetime as dt

from babel import dates as babel_dates
from babel import numbers as babel_numbers

from .languages import LANGUAGES

LOCALES = {language.code: language.locale for language in LANGUAGES}

_ROMAN = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)


def locale_of(lang: str) -> str:
    try:
        return LOCALES[lang]
    except KeyError:
        raise ValueError(f"unknown language {lang!r}; expected one of {sorted(LOCALES)}") from None


# Abbreviated months as the GPO Style Manual (9.29) and the RAE's list of abbreviations
# write them, with their period; CLDR's short months have none ("Dec", "dic"). English
# keeps May, June and July whole.
SHORT_MONTHS = {
    "en": ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.",
           "Nov.", "Dec."),
    "es": ("ene.", "feb.", "mar.", "abr.", "may.", "jun.", "jul.", "ago.", "sept.", "oct.",
           "nov.", "dic."),
}


def format_date(value: dt.date, lang: str, style: str = "long") -> str:
    """``long``: "March 4, 2020"; ``full`` adds the weekday; ``medium``: "Dec. 31, 2019" /
    "31 dic. 2019" (the abbreviated month with its period)."""
    if style == "medium" and lang in SHORT_MONTHS:
        month = SHORT_MONTHS[lang][value.month - 1]
        if lang == "en":
            return f"{month} {value.day}, {value.year}"
        return f"{value.day} {month} {value.year}"
    return babel_dates.format_date(value, style, locale=locale_of(lang))


THIN_DASH = "\u2009–\u2009"  # between two dates with their months, as CLDR writes it


def format_date_range(start: dt.date, end: dt.date, lang: str) -> str:
    """"March 10–11, 2027" / "10–11 de marzo de 2027": the long form ``format_date`` uses.
    English CLDR has no long-month interval (Babel falls back to "Mar 10 – 11"), so English
    is put together here; Spanish has one."""
    if start == end:
        return format_date(start, lang)
    if lang != "en":
        return babel_dates.format_interval(start, end, "yMMMMd", locale=locale_of(lang))
    if start.year != end.year:
        return f"{format_date(start, lang)}{THIN_DASH}{format_date(end, lang)}"

    def month_day(day: dt.date) -> str:
        return babel_dates.format_date(day, "MMMM d", locale=locale_of(lang))

    if start.month == end.month:
        return f"{month_day(start)}–{end.day}, {start.year}"
    return f"{month_day(start)}{THIN_DASH}{month_day(end)}, {start.year}"


# How a database writes the clock in Spanish (File ▸ Database settings): the 12-hour
# "9:00 a. m." or the 24-hour "9:00 h" of many Mexican government programs. English
# always follows the GPO: "9:00 a.m.", never "AM".
TWELVE_HOUR = "12h"
TWENTY_FOUR_HOUR = "24h"
CLOCKS = (TWELVE_HOUR, TWENTY_FOUR_HOUR)
NBSP = "\u00a0"  # a time never breaks from its "a.m." or "h" at a line end
# The RAE writes "a. m." with a space inside; the GPO "a.m." closed up.
_DAY_HALVES = {"en": ("a.m.", "p.m."), "es": (f"a.{NBSP}m.", f"p.{NBSP}m.")}


def default_clock(side: str | None) -> str:
    """A Mexican database writes Spanish times on the 24-hour clock, as Mexican
    government programs usually do; a U.S. one keeps the 12-hour clock its English uses."""
    return TWENTY_FOUR_HOUR if side == "MX" else TWELVE_HOUR


def _clock_of(lang: str, clock: str) -> str:
    locale_of(lang)  # an unknown language is refused here too
    if clock not in CLOCKS:
        raise ValueError(f"unknown clock {clock!r}; expected one of {CLOCKS}")
    return clock if lang == "es" else TWELVE_HOUR


def _bare(value: dt.time, clock: str) -> str:
    hour = value.hour if clock == TWENTY_FOUR_HOUR else (value.hour % 12 or 12)
    return f"{hour}:{value.minute:02d}"


def _mark(value: dt.time, lang: str, clock: str) -> str:
    return "h" if clock == TWENTY_FOUR_HOUR else _DAY_HALVES.get(lang, _DAY_HALVES["en"])[
        value.hour >= 12]


def format_time(value: dt.time, lang: str, clock: str = TWELVE_HOUR) -> str:
    """"9:00 a.m." (English, GPO); "9:00 a. m." or "9:00 h" (Spanish, RAE) by ``clock``."""
    clock = _clock_of(lang, clock)
    return f"{_bare(value, clock)}{NBSP}{_mark(value, lang, clock)}"


def format_time_range(start: dt.time, end: dt.time, lang: str, clock: str = TWELVE_HOUR) -> str:
    """A range written once: "9:00–9:35 a.m.", "9:00–9:35 h"; "11:55 a.m.–12:10 p.m."
    when the two halves of the day differ."""
    clock = _clock_of(lang, clock)
    if _mark(start, lang, clock) == _mark(end, lang, clock):
        return f"{_bare(start, clock)}\u2013{format_time(end, lang, clock)}"
    return f"{format_time(start, lang, clock)}\u2013{format_time(end, lang, clock)}"


def format_datetime(value: dt.datetime, lang: str) -> str:
    return babel_dates.format_datetime(value, "medium", locale=locale_of(lang))


def format_number(value: float, lang: str) -> str:
    return babel_numbers.format_decimal(value, locale=locale_of(lang))


def format_percent(percent: float, lang: str) -> str:
    """``percent`` is on a 0–100 scale, as progress is stored. Spanish puts a no-break
    space before the sign, as the RAE asks ("100 %"); CLDR's es_MX writes "100%"."""
    pattern = f"#,##0{NBSP}%" if lang == "es" else None
    return babel_numbers.format_percent(percent / 100, pattern, locale=locale_of(lang))


def format_duration(minutes: int, lang: str) -> str:
    """45 min, 1 h 30 min: the same abbreviations serve both languages."""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(f"{format_number(hours, lang)} h")
    if rest or not hours:
        parts.append(f"{format_number(rest, lang)} min")
    return " ".join(parts)


def roman(number: int) -> str:
    if not 0 < number < 4000:
        raise ValueError(f"no Roman numeral for {number}")
    out = []
    for value, letters in _ROMAN:
        count, number = divmod(number, value)
        out.append(letters * count)
    return "".join(out)


def english_ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 112th."""
    if 10 <= number % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def ordinal(number: int, lang: str) -> str:
    """The ordinal as each language writes it before a meeting's name: "12th" / "XII"."""
    return english_ordinal(number) if lang == "en" else roman(number)


_MEETING_NAMES = {
    ("plenary", "en"): "{ordinal} Plenary Meeting",
    ("plenary", "es"): "{ordinal} Reunión Plenaria",
    ("working_group", "en"): "{ordinal} Working Group Meeting",
    ("working_group", "es"): "{ordinal} Reunión del Grupo de Trabajo",
}


def meeting_name(kind: str, number: int, lang: str) -> str:
    """"12th Plenary Meeting" / "XII Reunión Plenaria"."""
    return _MEETING_NAMES[(str(kind), lang)].format(ordinal=ordinal(number, lang))


def agenda_number(path: list[int], *, roman_sessions: bool = False) -> str:
    """The computed number of an agenda entry from its 1-based position path: "2.1", "II.1"."""
    parts = [str(n) for n in path]
    if roman_sessions and parts:
        parts[0] = roman(path[0])
    return ".".join(parts)
