"""Action-plan rules without Qt or a database: checks, overdue, roll-ups, the window."""

import datetime as dt
from types import SimpleNamespace as Row

import pytest

from bescapp.domain import actions as rules
from bescapp.domain.actions import ActionProblem, ActionsInvalid, NeedsConfirmation, Window
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import LineStatus

D = dt.date
TITLE = Bilingual("Expand lanes", "Ampliar carriles")


def codes(problems):
    return [p.code for p in problems]


def line(**kw):
    base = dict(title=TITLE, description=Bilingual(), due_date=D(2021, 1, 1), progress=10,
                status=LineStatus.ON_TRACK, plan_start=D(2020, 3, 4))
    return rules.line_problems(**{**base, **kw})


def test_a_good_line_has_no_problems():
    assert line() == []


def test_due_date_before_the_plan_start_is_refused_with_both_dates():
    problems = line(due_date=D(2019, 12, 31))
    assert codes(problems) == [ActionProblem.DUE_BEFORE_START]
    assert problems[0].field == "due_date"
    assert problems[0].text() == ("The due date December 31, 2019 is before the action plan's "
                                  "start (March 4, 2020).")
    assert problems[0].text("es") == ("La fecha límite 31 de diciembre de 2019 es anterior al "
                                      "inicio del plan de acción (4 de marzo de 2020).")


def test_a_line_carried_over_keeps_its_old_due_date():
    assert line(due_date=D(2019, 12, 31), old_due_date=D(2019, 12, 31)) == []


@pytest.mark.parametrize("progress", [-1, 101, 250])
def test_progress_outside_0_to_100_is_refused(progress):
    problems = line(progress=progress)
    assert codes(problems) == [ActionProblem.PROGRESS_RANGE]
    assert str(progress) in problems[0].text()


def test_completed_below_100_asks_for_confirmation():
    problems = line(status=LineStatus.COMPLETED, progress=90)
    assert codes(problems) == [ActionProblem.COMPLETED_BELOW_100]
    with pytest.raises(NeedsConfirmation):
        rules.raise_for(problems)
    rules.raise_for(problems, confirmed=True)  # the user said yes


def test_hard_problems_refuse_even_when_confirmed():
    with pytest.raises(ActionsInvalid, match="between 0 and 100"):
        rules.raise_for(line(progress=120), confirmed=True)


def test_no_title_is_refused():
    assert ActionProblem.NO_TITLE in codes(line(title=Bilingual(" ", "")))


def update(**kw):
    base = dict(date=D(2020, 2, 1), status=LineStatus.ON_TRACK, progress=20,
                created_on=D(2019, 1, 1), today=D(2020, 3, 1))
    return rules.update_problems(**{**base, **kw})


def test_update_in_the_future_is_refused():
    problems = update(date=D(2020, 3, 2))
    assert codes(problems) == [ActionProblem.UPDATE_IN_FUTURE]
    assert "March 2, 2020" in problems[0].text()
    assert "2 de marzo de 2020" in problems[0].text("es")


def test_update_before_the_line_existed_is_refused():
    problems = update(date=D(2018, 12, 31))
    assert codes(problems) == [ActionProblem.UPDATE_BEFORE_CREATED]
    assert problems[0].text() == ("The update is dated December 31, 2018, before the line "
                                  "existed (January 1, 2019).")


def test_update_on_the_creation_day_and_today_are_fine():
    assert update(date=D(2019, 1, 1)) == []
    assert update(date=D(2020, 3, 1)) == []


def test_overdue_means_past_due_and_still_open():
    as_of = D(2020, 3, 4)
    assert rules.is_overdue(D(2020, 1, 31), LineStatus.DELAYED, as_of)
    assert not rules.is_overdue(D(2020, 3, 4), LineStatus.DELAYED, as_of)  # due that day
    assert not rules.is_overdue(D(2019, 12, 31), LineStatus.COMPLETED, as_of)
    assert not rules.is_overdue(D(2019, 12, 31), LineStatus.CANCELLED, as_of)
    assert not rules.is_overdue(None, LineStatus.AT_RISK, as_of)


def test_rollup_counts_lines_per_plan_and_status():
    rows = [Row(plan_id=1, status="on_track", due_date=D(2021, 1, 1)),
            Row(plan_id=1, status="on_track", due_date=None),
            Row(plan_id=1, status="delayed", due_date=D(2020, 1, 1)),
            Row(plan_id=2, status="completed", due_date=D(2019, 1, 1))]
    roll = rules.rollup(rows, D(2020, 3, 4))
    assert roll[1].count(LineStatus.ON_TRACK) == 2
    assert roll[1].count("delayed") == 1
    assert roll[1].total == 3
    assert roll[1].overdue == 1
    assert roll[2].overdue == 0
    assert list(roll[1].counts) == [LineStatus.ON_TRACK, LineStatus.DELAYED]  # status order


def test_window_is_after_the_previous_plenary_and_up_to_the_meeting():
    window = Window(D(2019, 4, 10), D(2020, 3, 4))
    assert not window.holds(D(2019, 4, 10))
    assert window.holds(D(2019, 4, 11))
    assert window.holds(D(2020, 3, 4))
    assert not window.holds(D(2020, 3, 5))


def test_updates_in_and_completed_in_the_window():
    window = Window(D(2019, 4, 10), D(2020, 3, 4))
    ups = [Row(line_id=1, date=D(2019, 11, 20), status="completed"),
           Row(line_id=2, date=D(2019, 1, 15), status="completed"),
           Row(line_id=3, date=D(2019, 6, 1), status="on_track")]
    assert [u.line_id for u in rules.updates_in(ups, window)] == [3, 1]
    assert rules.completed_in(ups, window) == {1}


def test_status_as_of_a_date_comes_from_the_history():
    ups = [Row(date=D(2019, 1, 15), status="on_track", progress=80),
           Row(date=D(2019, 11, 20), status="completed", progress=100)]
    assert rules.status_as_of(ups, D(2019, 6, 1), "completed", 100) == (LineStatus.ON_TRACK, 80)
    assert rules.status_as_of(ups, D(2018, 6, 1), "completed", 100) == (
        LineStatus.NOT_STARTED, 0)
    assert rules.status_as_of(ups, D(2020, 3, 4), "completed", 100) == (
        LineStatus.COMPLETED, 100)


def test_an_update_on_the_as_of_day_counts_and_the_next_day_does_not():
    ups = [Row(date=D(2020, 3, 4), status="delayed", progress=30),
           Row(date=D(2020, 3, 5), status="completed", progress=100)]
    assert rules.counts_as_of(D(2020, 3, 4), D(2020, 3, 4))
    assert not rules.counts_as_of(D(2020, 3, 5), D(2020, 3, 4))
    assert rules.status_as_of(ups, D(2020, 3, 4), "completed", 100) == (LineStatus.DELAYED, 30)
    assert rules.last_update_as_of(ups, D(2020, 3, 4)) == D(2020, 3, 4)
    assert rules.last_update_as_of(ups, D(2020, 3, 3)) is None
    # The same day closes one meeting's "as of" and is left out of the next one's "since".
    assert not Window(D(2020, 3, 4), D(2021, 3, 4)).holds(D(2020, 3, 4))
