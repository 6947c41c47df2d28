"""Help ▸ About says the version, the database open and where the log is, in both
languages; the window carries bescapp's icon."""

from PySide6.QtWidgets import QMessageBox

from bescapp import __version__, paths
from bescapp.app import application_icon
from bescapp.package_files import ICON_SIZES, icon


def test_about_names_version_database_and_log_in_english_and_spanish(fresh_app, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about",
                        staticmethod(lambda _w, title, text: shown.append((title, text))))
    window = fresh_app.window
    database = str(fresh_app.context.db.path)
    window.about_action.trigger()
    title, text = shown[-1]
    assert title == "About bescapp"
    assert f"bescapp {__version__}" in text
    assert f"Database: {database}" in text
    assert f"Log file: {paths.log_file()}" in text
    assert str(paths.log_file()).startswith(str(paths.log_dir()))

    fresh_app.set_language("es")
    window.about_action.trigger()
    title, text = shown[-1]
    assert title == "Acerca de bescapp"
    assert f"Base de datos: {database}" in text
    assert f"Archivo de registro: {paths.log_file()}" in text
    assert "Prepara" in text


def test_about_without_a_database_says_none_is_open(fresh_app, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda _w, title, text: shown.append(text)))
    fresh_app.context.set_database(None)
    fresh_app.window.about_action.trigger()
    assert "Database: none open" in shown[-1]


def test_the_icon_has_every_size_drawn(qapp):
    for size in ICON_SIZES:
        assert icon(size).is_file(), size
    assert icon().read_text(encoding="utf-8").lstrip().startswith("<?xml")
    made = application_icon()
    assert not made.isNull()
    assert {s.width() for s in made.availableSizes()} == set(ICON_SIZES)
