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


def test_times_in_each_locale_style():
    assert f.format_time(dt.time(13, 0), "en") == "1:00\u202fPM"
    assert f.format_time(dt.time(13, 0), "es") == "1:00\u202fp.m."


def test_numbers_and_percent():
    assert f.format_number(12345.5, "en") == "12,345.5"
    assert f.format_number(12345.5, "es") == "12,345.5"  # Mexico writes numbers as the U.S. does
    assert f.format_percent(75, "es") == "75%"


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
