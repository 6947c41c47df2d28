"""File ▸ Back up database: a backup that cannot be written says why in the interface language."""

import errno
import os

import pytest
from PySide6.QtWidgets import QMessageBox

import bescapp.app


@pytest.fixture
def warnings(app, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: told.append((title, text))))
    return told


# The errors are made in each test: an exception kept between tests keeps its traceback,
# and with it the frames and the window of the test that raised it.
@pytest.mark.parametrize(("number", "english", "spanish"), [
    (errno.ENOSPC, "the disk is full", "el disco está lleno"),
    (errno.EACCES, "you do not have permission to write there",
     "no tiene permiso para escribir ahí"),
    (errno.ENAMETOOLONG, "the file name is too long for this disk",
     "el nombre del archivo es demasiado largo"),
])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_known_reasons_are_worded(app, warnings, monkeypatch, tmp_path, number, english,
                                      spanish, language):
    def refuse(_source, _target):
        raise OSError(number, os.strerror(number))

    monkeypatch.setattr(bescapp.app, "backup", refuse)
    app.set_language(language)
    target = tmp_path / "copia.db"
    app.backup(target)
    [(title, text)] = warnings
    assert title == ("Backup not written" if language == "en" else "No se escribió la copia de seguridad")
    assert str(target) in text
    assert (english if language == "en" else spanish) in text
    assert os.strerror(number) not in text


def test_a_symbolic_link_is_refused_in_spanish_and_left_alone(app, warnings, tmp_path):
    elsewhere = tmp_path / "elsewhere.db"
    elsewhere.write_bytes(b"mine")
    link = tmp_path / "copia.db"
    link.symlink_to(elsewhere)
    app.set_language("es")
    app.backup(link)
    [(_title, text)] = warnings
    assert "es un enlace simbólico" in text
    assert link.is_symlink()
    assert elsewhere.read_bytes() == b"mine"


def test_another_reason_is_given_as_the_system_words_it(app, warnings, monkeypatch, tmp_path):
    def refuse(_source, _target):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(bescapp.app, "backup", refuse)
    app.backup(tmp_path / "copia.db")
    assert "Input/output error" in warnings[0][1]


def test_where_the_backup_went_is_read_whole_beside_the_meeting(app, tmp_path, qtbot):
    """The meeting's label steps aside while a message shows: it used to cut the backup's
    path off ("…/bescapp-2026-12-0XII Reunión Plenaria")."""
    window = app.window
    window.resize(1100, 700)
    target = tmp_path / "Delegation" / "Plenary XII" / "backups" / "bescapp-2026-12-02.db"
    target.parent.mkdir(parents=True)
    app.backup(target)
    assert target.exists()
    bar = window.statusBar()
    assert bar.currentMessage() == f"Backup written to {target}"
    assert not window.meeting_label.isVisible()
    assert bar.fontMetrics().horizontalAdvance(bar.currentMessage()) < bar.width()
    bar.clearMessage()
    assert window.meeting_label.isVisible()
    assert window.meeting_label.text().startswith("12th Plenary Meeting")


def test_a_message_wider_than_the_window_is_cut_in_the_middle_and_whole_in_the_tooltip(app):
    window = app.window
    window.resize(1100, 700)
    path = "/" + "/".join(f"folder-{n:02d}-of-the-delegation" for n in range(12)) + "/book.docx"
    window.status(f"Written to {path}")
    bar = window.statusBar()
    shown = bar.currentMessage()
    assert shown.startswith("Written to /folder-00")
    assert shown.endswith("/book.docx")
    assert "…" in shown
    assert bar.fontMetrics().horizontalAdvance(shown) < bar.width()
    assert bar.toolTip() == f"Written to {path}"
    bar.clearMessage()
    assert bar.toolTip() == ""
