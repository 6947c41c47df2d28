"""File ▸ Back up database: a backup that cannot be written says why in the interface language."""

import errno

import pytest
from PySide6.QtWidgets import QMessageBox

import bescapp.app


@pytest.fixture
def warnings(app, monkeypatch):
    told = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _parent, title, text, *a: told.append((title, text))))
    return told


@pytest.mark.parametrize(("error", "english", "spanish"), [
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full",
     "el disco está lleno"),
    (PermissionError(errno.EACCES, "Permission denied"),
     "you do not have permission to write there", "no tiene permiso para escribir ahí"),
    (OSError(errno.ENAMETOOLONG, "File name too long"),
     "the file name is too long for this disk", "el nombre del archivo es demasiado largo"),
])
@pytest.mark.parametrize("language", ["en", "es"])
def test_the_known_reasons_are_worded(app, warnings, monkeypatch, tmp_path, error, english,
                                      spanish, language):
    def refuse(_source, _target):
        raise error

    monkeypatch.setattr(bescapp.app, "backup", refuse)
    app.set_language(language)
    target = tmp_path / "copia.db"
    app.backup(target)
    [(title, text)] = warnings
    assert title == ("Backup not written" if language == "en" else "No se escribió la copia de seguridad")
    assert str(target) in text
    assert (english if language == "en" else spanish) in text
    assert error.strerror not in text


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
