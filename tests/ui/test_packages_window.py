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
        return True, {}

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
    row = [dialog.table.item(0, c).text() for c in range(5)]  # the decision: a box
    assert row[2:] == ["“Comercio”", "“Nuestro”", "“Suyo”"]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # a conflict waits for a decision
    dialog.take_theirs.click()
    assert ok.isEnabled()
    assert dialog.prefer() == {review.changes[0].ident: "theirs"}


def edit_item(db, uuid, *, title=None, duration=None):
    """Change one agenda item (named by its UUID) as the agenda editor does."""
    with db.transaction() as session:
        item_id = session.scalar(select(AgendaItem.id).where(AgendaItem.uuid == uuid))
        fields = agenda.item_fields(session, item_id)
        texts = {n: getattr(fields, n) for n in agenda.TEXTS}
        if title is not None:
            texts["title"] = Bilingual(title, title + " (es)")
        agenda.update_item(session, item_id, agenda.ItemFields(
            kind=fields.kind, duration_minutes=fields.duration_minutes if duration is None
            else duration, fixed_start=fields.fixed_start, day=fields.day, **texts))


def item_by_uuid(db, uuid):
    with db.session() as session:
        item = session.scalar(select(AgendaItem).where(AgendaItem.uuid == uuid))
        return item.title.en, item.duration_minutes


def test_each_conflict_is_decided_on_its_own_as_one_undo_step(app, tmp_path, monkeypatch):
    """Two conflicts answered differently: their title for one item, our duration for the
    other; both land as chosen, and one undo takes the package back out."""
    window, context = app.window, app.context
    shown = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda *a, **k: shown.append(a[2])))
    with context.db.session() as session:
        mid = session.scalar(select(Meeting.id).where(Meeting.number == 12))
        first, second = session.scalars(select(AgendaItem.uuid).where(
            AgendaItem.meeting_id == mid, AgendaItem.kind == "item")
            .order_by(AgendaItem.id).limit(2))
    context.set_meeting(mid)
    ours = tmp_path / "ours.bescpkg"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(ours), "")))
    window.packages.send_action.trigger()
    fingerprint = shown[-1].split("\n")[-1]
    mx = tmp_path / "mx.db"
    assert cli_main(["init", "--database", str(mx), "--side", "mx"]) == 0
    assert cli_main(["--database", str(mx), "import", "package", str(ours), "--trust",
                     fingerprint]) == 0
    # both sides change the same two fields since the exchange, differently
    edit_item(context.db, first, title="Ours: ports of entry")
    edit_item(context.db, second, duration=25)
    their_db = open_database(mx)
    try:
        edit_item(their_db, first, title="Theirs: ports of entry")
        edit_item(their_db, second, duration=55)
    finally:
        their_db.close()
    theirs = tmp_path / "theirs.bescpkg"
    assert cli_main(["--database", str(mx), "export", "package", "--meeting", "1", "-o",
                     str(theirs)]) == 0

    seen = []

    def choose(dialog):
        conflicts = dialog.review.conflicts
        seen.append(sorted((c.key, c.field) for c in conflicts))
        ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
        assert not ok.isEnabled()
        for change in conflicts:
            dialog.decide(change, "theirs" if change.key == first else "ours")
        assert ok.isEnabled()
        assert not dialog.keep_ours.isChecked()
        assert not dialog.take_theirs.isChecked()
        return True, dialog.prefer()

    monkeypatch.setattr(review_dialog.PackageReviewDialog, "choose", choose)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (str(theirs), "")))
    steps = context.undo_stack.count()
    window.packages.open_action.trigger()
    assert seen == [sorted([(first, "title"), (second, "duration_minutes")])]
    assert item_by_uuid(context.db, first)[0] == "Theirs: ports of entry"
    assert item_by_uuid(context.db, second)[1] == 25  # ours kept
    assert context.undo_stack.count() == steps + 1
    context.undo_stack.undo()
    assert item_by_uuid(context.db, first)[0] == "Ours: ports of entry"
    assert item_by_uuid(context.db, second)[1] == 25
    context.undo_stack.redo()
    assert item_by_uuid(context.db, first)[0] == "Theirs: ports of entry"


def test_per_conflict_decisions_in_spanish_and_the_all_at_once_buttons(qtbot, app):
    from bescapp.domain.package_review import Area, Change, Review, What

    review = Review([
        Change(Area.AGENDA, What.RETITLED, "u1", {"en": "Trade", "es": "Comercio"}, "title",
               {"en": "Ours", "es": "Nuestro"}, {"en": "Theirs", "es": "Suyo"}, None, True),
        Change(Area.AGENDA, What.RETIMED, "u2", {"en": "Water", "es": "Agua"},
               "duration_minutes", 25, 55, 30, True)])
    app.set_language("es")
    dialog = review_dialog.PackageReviewDialog(review, "MX", "XIII Reunión Plenaria",
                                               "SHA256:abc", "es", app.window)
    qtbot.addWidget(dialog)
    assert dialog.table.horizontalHeaderItem(5).text() == "Decisión"
    box = dialog.table.cellWidget(0, 5)
    assert [box.itemText(i) for i in range(3)] == ["—", "Conservar la nuestra", "Tomar la de la contraparte"]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.decide(review.changes[0], "ours")
    assert not ok.isEnabled()  # one conflict still waits
    dialog.decide(review.changes[1], "theirs")
    assert ok.isEnabled()
    assert dialog.prefer() == {review.changes[0].ident: "ours", review.changes[1].ident: "theirs"}
    dialog.take_theirs.click()  # the shortcut settles every conflict alike
    assert dialog.prefer() == {c.ident: "theirs" for c in review.changes}
    assert dialog.take_theirs.isChecked()
    dialog.retranslate_ui()  # the decisions survive a language change
    assert dialog.prefer() == {c.ident: "theirs" for c in review.changes}
