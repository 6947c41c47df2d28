"""The command line's help and argparse's own words follow the messages language
(``--language`` before the command), and leave nothing behind for the next run."""

import os

import pytest

from bescapp.cli import main, messages_language


def run(capsys, *argv: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as done:
        main(list(argv))
    out, err = capsys.readouterr()
    return done.value.code, out, err


def test_the_help_in_spanish(capsys):
    code, out, _err = run(capsys, "--language", "es", "--help")
    assert code == 0
    assert out.startswith("uso: bescapp [-h] [--database PATH]")
    assert "Prepare las reuniones plenarias de un comité ejecutivo bilateral." in out
    assert "\nargumentos posicionales:\n" in out
    assert "\nopciones:\n" in out
    assert "-h, --help            muestra esta ayuda y termina" in out
    assert "crea una base de datos nueva para una de las partes" in out
    assert "show this help message and exit" not in out
    assert "usage:" not in out


def test_a_commands_help_in_spanish_and_then_in_english_again(capsys):
    code, out, _err = run(capsys, "--language", "es", "export", "--help")
    assert code == 0
    assert out.startswith("uso: bescapp export [-h]")
    assert "la carpeta informativa interna de la delegación" in out
    assert os.environ.get("LANGUAGE") != "es"  # put back
    code, out, _err = run(capsys, "export", "--help")
    assert out.startswith("usage: bescapp export [-h]")
    assert "the delegation's internal briefing book" in out
    assert "show this help message and exit" in out


def test_argparse_refusals_in_spanish(capsys):
    code, _out, err = run(capsys, "--language", "es", "export", "agenda", "--meeting", "1")
    assert code == 2
    assert err.endswith("bescapp export agenda: error: faltan los argumentos obligatorios: "
                        "-o/--output\n")
    code, _out, err = run(capsys, "--language", "es", "check", "--no-such-option")
    assert err.endswith("bescapp: error: argumentos no reconocidos: --no-such-option\n")
    assert err.startswith("uso: bescapp")
    code, _out, err = run(capsys, "--language", "es", "export", "nada")
    assert "error: argumento DOCUMENT: opción no válida: 'nada' (elija entre 'agenda'," in err
    code, _out, err = run(capsys, "--language", "es", "demo", "--scale", "x")
    assert err.endswith("bescapp demo: error: argumento --scale: valor int no válido: 'x'\n")
    code, _out, err = run(capsys, "check", "--no-such-option")
    assert err.endswith("bescapp: error: unrecognized arguments: --no-such-option\n")


def test_the_messages_language_is_read_before_the_command_only(monkeypatch):
    monkeypatch.setenv("BESCAPP_LANGUAGE", "en")
    assert messages_language(["--language", "es", "check"]) == "es"
    assert messages_language(["--database", "x.db", "--language", "es", "check"]) == "es"
    # after the command, --language is the document's
    assert messages_language(["export", "agenda", "--language", "es"]) == "en"
    assert messages_language(["export", "agenda", "--language", "bilingual"]) == "en"
    assert messages_language(["--language"]) == "en"  # the parser itself then says what is wrong
    monkeypatch.setenv("BESCAPP_LANGUAGE", "es")
    assert messages_language(["check"]) == "es"
