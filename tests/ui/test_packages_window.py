"""Send package… and Open package… in the window: the file goes out, theirs comes back
through the fingerprint confirmation and the review, as one undo step."""

from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from bescapp.cli import main as cli_main
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem, Meeting
from bescapp.store import agenda
from bescapp.store.database import open_database
from bescapp.ui.packages import review_dialog


def titles(db, number=12):
    with db.session() as session:
        mid = session.scalar(select(Meeting.id).where(Meeting.number == number))
        return set(session.scalars(select(AgendaItem.title_en).where(
            AgendaItem.meeting_id == mid)))


def retitle_first_item(path, text):
    db = open_database(path)
    try:
        with db.transaction() as session:
            mid = session.scalar(select(Meeting.id).where(Meeting.number == 12))
            item_id = session.scalar(select(AgendaItem.id).where(
                AgendaItem.meeting_id == mid, AgendaItem.kind == "item").order_by(AgendaItem.id))
            fields = agenda.item_fields(session, item_id)
            texts = {n: getattr(fields, n) for n in agenda.TEXTS}
            texts["title"] = Bilingual(text, text + " (es)")
            agenda.update_item(session, item_id, agenda.ItemFields(
                kind=fields.kind, duration_minutes=fields.duration_minutes,
                fixed_start=fields.fixed_start, day=fields.day, **texts))
    finally:
        db.close()


def test_send_then_open_their_answer_as_one_undo_step(app, tmp_path, monkeypatch):
    window, context = app.window, app.context
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: shown.append(a[2])))
    with context.db.session() as session:
        context.set_meeting(session.scalar(select(Meeting.id).where(Meeting.number == 12)))
    ours = tmp_path / "ours.bescpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(ours), "")))
    window.packages.send_action.trigger()
    assert ours.exists()
    fingerprint = shown[-1].split("\n")[-1]
    assert fingerprint.startswith("SHA256:")

    mx = tmp_path / "mx.db"
    assert cli_main(["init", "--database", str(mx), "--side", "mx"]) == 0
    assert cli_main(["--database", str(mx), "import", "package", str(ours), "--trust",
                     fingerprint]) == 0
    retitle_first_item(mx, "Retitled in Mexico City")
    theirs = tmp_path / "theirs.bescpkg"
    assert cli_main(["--database", str(mx), "export", "package", "--meeting", "1", "-o",
                     str(theirs)]) == 0

    before = titles(context.db)
    reviewed = []

    def choose(dialog):
        reviewed.append([dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())])
        return True, None

    monkeypatch.setattr(review_dialog.PackageReviewDialog, "choose", choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(theirs), "")))
    steps = context.undo_stack.count()
    window.packages.open_action.trigger()  # their key: confirmed (question answers Yes)
    assert any("Retitled in Mexico City" in text for text in reviewed[0])
    assert "Retitled in Mexico City" in titles(context.db)
    assert len(titles(context.db) - before) == 1
    assert context.undo_stack.count() == steps + 1
    assert "Mexico" in shown[-1]
    context.undo_stack.undo()
    assert titles(context.db) == before
    context.undo_stack.redo()
    assert "Retitled in Mexico City" in titles(context.db)


def test_a_refused_package_says_why(app, tmp_path, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: warned.append(a[2])))
    bad = tmp_path / "bad.bescpkg"
    bad.write_bytes(b"not a zip")
    app.window.packages.open_file(bad)
    assert "not a meeting package" in warned[-1]


def test_the_review_dialog_shows_conflicts_side_by_side_in_spanish(qtbot, app):
    from bescapp.domain.package_review import Area, Change, Review, What

    review = Review([Change(Area.AGENDA, What.RETITLED, "u1", {"en": "Trade", "es": "Comercio"},
                            "title", {"en": "Ours", "es": "Nuestro"},
                            {"en": "Theirs", "es": "Suyo"}, None, True)])
    app.set_language("es")
    dialog = review_dialog.PackageReviewDialog(review, "MX", "XIII Reunión Plenaria",
                                               "SHA256:abc", "es", app.window)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Revisar el paquete"
    row = [dialog.table.item(0, c).text() for c in range(5)]
    assert row[2:] == ["“Comercio”", "“Nuestro”", "“Suyo”"]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a conflict waits for a decision
    dialog.take_theirs.setChecked(True)
    assert ok.isEnabled()
    assert dialog.prefer() == "theirs"
