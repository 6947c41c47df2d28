"""The agenda editor's text rows come from the model's declaration: one row per declared
text, in the internal box exactly when the model says internal, labelled in both
languages, and every row reaches the value the editor hands to the undo step."""

from PySide6.QtWidgets import QApplication, QLabel

from bescapp.domain import preflight as checks
from bescapp.domain.agenda import AgendaProblem, Problem
from bescapp.i18n.catalogue import say
from bescapp.i18n.qt import LanguageSwitcher
from bescapp.model import fields
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import AgendaItem
from bescapp.store.agenda import ItemFields
from bescapp.ui.agenda.editor import AgendaEditor
from bescapp.ui.agenda.view import AgendaWorkspace
from bescapp.ui.export.wording import field_word

DECLARED = fields.of(AgendaItem, bilingual=True)


def test_one_row_per_declared_text_in_the_box_its_kind_says(qtbot):
    editor = AgendaEditor("en")
    qtbot.addWidget(editor)
    assert list(editor.texts) == [f.name for f in DECLARED]
    for f in DECLARED:
        for widget in editor.texts[f.name].values():
            assert editor.internal_box.isAncestorOf(widget) == f.internal, f.label
        assert editor.internal_box.isAncestorOf(editor.text_labels[f.name]) == f.internal


def test_every_row_is_labelled_in_english_and_spanish(qtbot):
    editor = AgendaEditor("en")
    qtbot.addWidget(editor)
    switcher = LanguageSwitcher(QApplication.instance())
    labels = {}
    try:
        for lang in ("en", "es"):
            switcher.apply(lang)
            labels[lang] = {name: label.text() for name, label in editor.text_labels.items()}
    finally:
        switcher.apply("en")
    assert labels["en"]["talking_points"] == "Talking points"
    assert labels["es"]["talking_points"] == "Puntos de conversación"
    for f in DECLARED:
        assert labels["en"][f.name], f.label
        assert labels["es"][f.name] != labels["en"][f.name], f.label


def test_every_row_reaches_the_edit_it_emits(qtbot):
    editor = AgendaEditor("en")
    qtbot.addWidget(editor)
    before = ItemFields(title=Bilingual("Opening", "Apertura"), duration_minutes=10)
    editor.show_item(7, before)
    for f in DECLARED:
        for lang, widget in editor.texts[f.name].items():
            typed = f"{f.name} {lang}"
            if hasattr(widget, "setPlainText"):
                widget.setPlainText(typed)
            else:
                widget.setText(typed)
    with qtbot.waitSignal(editor.edited) as emitted:
        editor.commit()
    item_id, was, after = emitted.args
    assert (item_id, was) == (7, before)
    assert {f.name: getattr(after, f.name) for f in DECLARED} == {
        f.name: Bilingual(f"{f.name} en", f"{f.name} es") for f in DECLARED}


def test_the_checks_word_every_agenda_text_they_look_at(qtbot):
    """The book's pre-flight looks at every declared text; each has its words on the command
    line (FIELD_WORDS) and in the window (wording.field_word), the same in Spanish."""
    assert tuple(f.name for f in DECLARED) == checks.BOOK_AGENDA_FIELDS
    switcher = LanguageSwitcher(QApplication.instance())
    try:
        switcher.apply("es")
        window = {name: field_word(name) for name in checks.BOOK_AGENDA_FIELDS}
    finally:
        switcher.apply("en")
    assert window == {name: say(checks.FIELD_WORDS[name], "es") for name in checks.BOOK_AGENDA_FIELDS}


def test_a_refusal_names_a_text_by_its_editor_label_when_no_other_word_has_it(qtbot, context):
    page = AgendaWorkspace(context, "en")
    qtbot.addWidget(page)
    # as a new row would have it; taken out again, else a later language switch that
    # reaches this editor would look for the row's label among its words
    page.editor.text_labels["venue_room"] = QLabel("Venue room")
    too_long = Problem(AgendaProblem.TOO_LONG, "venue_room", "en", 501, 500)
    try:
        worded = page.problem_text(too_long)
    finally:
        del page.editor.text_labels["venue_room"]
    assert worded.startswith("The venue room (English) has 501 characters")
    talking = Problem(AgendaProblem.TOO_LONG, "talking_points", "es", 20_001, 20_000)
    assert page.problem_text(talking).startswith("The talking points (Spanish) has 20,001")
