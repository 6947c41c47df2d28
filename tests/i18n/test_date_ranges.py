"""A meeting of more than one day is dated in the same long form as a one-day meeting:
"March 10–11, 2027", never "Mar 10 – 11, 2027" beside "March 10, 2027" (English CLDR has
no long-month interval, and Babel fell back to the abbreviated one)."""

import datetime as dt

import pytest

from bescapp.i18n.formatting import format_date_range

D = dt.date


@pytest.mark.parametrize(("start", "end", "en", "es"), [
    (D(2027, 3, 10), D(2027, 3, 10), "March 10, 2027", "10 de marzo de 2027"),
    (D(2027, 3, 10), D(2027, 3, 11), "March 10–11, 2027", "10–11 de marzo de 2027"),
    (D(2027, 3, 31), D(2027, 4, 1), "March 31\u2009–\u2009April 1, 2027",
     "31 de marzo\u2009–\u20091 de abril de 2027"),
    (D(2027, 12, 31), D(2028, 1, 1), "December 31, 2027\u2009–\u2009January 1, 2028",
     "31 de diciembre de 2027\u2009–\u20091 de enero de 2028"),
])
def test_long_month_names_in_both_languages(start, end, en, es):
    assert format_date_range(start, end, "en") == en
    assert format_date_range(start, end, "es") == es
