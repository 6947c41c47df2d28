import datetime as dt

import pytest

from bescapp.i18n import formatting as f


def test_long_dates_follow_each_language():
    day = dt.date(2020, 3, 4)
    assert f.format_date(day, "en") == "March 4, 2020"
    assert f.format_date(day, "es") == "4 de marzo de 2020"


def test_full_date_has_weekday_in_spanish():
    assert f.format_date(dt.date(2020, 3, 4), "es", "full") == "miércoles, 4 de marzo de 2020"


def test_meeting_names():
    assert f.meeting_name("plenary", 12, "en") == "12th Plenary Meeting"
    assert f.meeting_name("plenary", 12, "es") == "XII Reunión Plenaria"
    assert f.meeting_name("working_group", 3, "es") == "III Reunión del Grupo de Trabajo"


@pytest.mark.parametrize(
    ("n", "text"), [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"), (12, "12th"),
                    (13, "13th"), (21, "21st"), (22, "22nd"), (101, "101st"), (111, "111th")],
)
def test_english_ordinals(n, text):
    assert f.english_ordinal(n) == text


@pytest.mark.parametrize(("n", "text"), [(1, "I"), (4, "IV"), (9, "IX"), (12, "XII"),
                                         (14, "XIV"), (40, "XL"), (1994, "MCMXCIV")])
def test_roman_numerals(n, text):
    assert f.roman(n) == text


def test_roman_refuses_zero():
    with pytest.raises(ValueError, match="no Roman numeral"):
        f.roman(0)


NB = "\u00a0"  # a time never breaks from its "a.m." or "h"
T = dt.time


def test_english_times_as_the_gpo_writes_them_never_am():
    assert f.format_time(T(9, 0), "en") == f"9:00{NB}a.m."
    assert f.format_time(T(13, 5), "en") == f"1:05{NB}p.m."
    assert f.format_time(T(0, 30), "en") == f"12:30{NB}a.m."
    assert f.format_time(T(12, 0), "en") == f"12:00{NB}p.m."
    assert f.format_time(T(13, 0), "en", f.TWENTY_FOUR_HOUR) == f"1:00{NB}p.m."  # GPO either way
    assert "AM" not in f.format_time_range(T(9, 0), T(9, 35), "en")


def test_spanish_times_on_either_clock():
    assert f.format_time(T(9, 0), "es") == f"9:00{NB}a.{NB}m."  # the RAE's spaces
    assert f.format_time(T(13, 0), "es") == f"1:00{NB}p.{NB}m."
    assert f.format_time(T(9, 0), "es", f.TWENTY_FOUR_HOUR) == f"9:00{NB}h"
    assert f.format_time(T(13, 0), "es", f.TWENTY_FOUR_HOUR) == f"13:00{NB}h"


@pytest.mark.parametrize(("start", "end", "lang", "clock", "text"), [
    (T(9, 0), T(9, 35), "en", f.TWELVE_HOUR, f"9:00–9:35{NB}a.m."),
    (T(11, 55), T(12, 10), "en", f.TWELVE_HOUR, f"11:55{NB}a.m.–12:10{NB}p.m."),
    (T(9, 0), T(9, 35), "es", f.TWELVE_HOUR, f"9:00–9:35{NB}a.{NB}m."),
    (T(11, 55), T(12, 10), "es", f.TWELVE_HOUR, f"11:55{NB}a.{NB}m.–12:10{NB}p.{NB}m."),
    (T(9, 0), T(9, 35), "es", f.TWENTY_FOUR_HOUR, f"9:00–9:35{NB}h"),
    (T(11, 55), T(12, 10), "es", f.TWENTY_FOUR_HOUR, f"11:55–12:10{NB}h"),
])
def test_a_time_range_is_written_once(start, end, lang, clock, text):
    assert f.format_time_range(start, end, lang, clock) == text


def test_the_clock_follows_the_side_by_default_and_refuses_an_unknown_one():
    assert f.default_clock("MX") == f.TWENTY_FOUR_HOUR
    assert f.default_clock("US") == f.TWELVE_HOUR
    assert f.default_clock(None) == f.TWELVE_HOUR
    with pytest.raises(ValueError, match="unknown clock"):
        f.format_time(T(9, 0), "es", "am/pm")


@pytest.mark.parametrize(("day", "en", "es"), [
    (dt.date(2019, 12, 31), "Dec. 31, 2019", "31 dic. 2019"),
    (dt.date(2019, 9, 3), "Sept. 3, 2019", "3 sept. 2019"),
    (dt.date(2020, 5, 1), "May 1, 2020", "1 may. 2020"),
    (dt.date(2020, 6, 14), "June 14, 2020", "14 jun. 2020"),
    (dt.date(2020, 2, 28), "Feb. 28, 2020", "28 feb. 2020"),
])
def test_abbreviated_months_carry_their_period(day, en, es):
    assert f.format_date(day, "en", "medium") == en
    assert f.format_date(day, "es", "medium") == es


def test_numbers_and_percent():
    assert f.format_number(12345.5, "en") == "12,345.5"
    assert f.format_number(12345.5, "es") == "12,345.5"  # Mexico writes numbers as the U.S. does
    assert f.format_percent(75, "en") == "75%"
    assert f.format_percent(100, "es") == f"100{NB}%"  # the RAE's space before the sign


def test_durations():
    assert f.format_duration(45, "en") == "45 min"
    assert f.format_duration(90, "es") == "1 h 30 min"
    assert f.format_duration(120, "en") == "2 h"


def test_agenda_numbers():
    assert f.agenda_number([2, 1]) == "2.1"
    assert f.agenda_number([2, 1], roman_sessions=True) == "II.1"


def test_unknown_language_is_refused():
    with pytest.raises(ValueError, match="unknown language"):
        f.format_date(dt.date(2020, 3, 4), "fr")
