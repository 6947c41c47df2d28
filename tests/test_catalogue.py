"""The core's gettext catalogue: complete, compiled, faithful to the code's placeholders.

The counterpart of test_translations.py (the window's Qt catalogue) for the words of
documents and of the command line (``bescapp.i18n.catalogue``).
"""

import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bescapp.i18n import catalogue

ROOT = Path(__file__).parents[1]
POT = ROOT / "translations" / "bescapp.pot"
PO = ROOT / "translations" / "es" / "LC_MESSAGES" / "bescapp.po"
MO = PO.with_suffix(".mo")
# Placeholders as str.format reads them: {name}, {name!r}, {name:,}
PLACEHOLDER = re.compile(r"\{([a-z_]+)(?:![rs])?(?::[^}]*)?\}")


def _read(path: Path):
    with path.open("rb") as f:
        return read_po(f)


def _keys(catalog) -> set[tuple[str | None, str]]:
    return {(m.context, m.id[0] if m.pluralizable else m.id) for m in catalog if m.id}


@pytest.fixture(scope="module")
def extracted(tmp_path_factory):
    """What the documented command (docs/translations.md) extracts from the code today."""
    out = tmp_path_factory.mktemp("pot") / "fresh.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", str(ROOT / "translations" / "babel.cfg"),
                                "-k", "say_n:1,2", "-o", str(out), str(ROOT)])
    return _read(out)


def test_the_template_and_the_spanish_catalogue_hold_every_message_of_the_code(extracted):
    code = _keys(extracted)
    assert len(code) > 200  # the extraction found the core's words at all
    for name, path in (("template", POT), ("Spanish catalogue", PO)):
        held = _keys(_read(path))
        assert code - held == set(), f"the {name} misses messages: refresh (docs/translations.md)"
        assert held - code == set(), f"the {name} holds messages the code no longer has"


def test_every_message_is_translated_and_none_is_fuzzy():
    untranslated = [m.id for m in _read(PO) if m.id and (
        m.fuzzy or not (all(m.string) if m.pluralizable else m.string.strip()))]
    assert untranslated == []


def test_translations_keep_the_placeholders():
    for message in _read(PO):
        if not message.id:
            continue
        ids = message.id if message.pluralizable else (message.id,)
        strings = message.string if message.pluralizable else (message.string,)
        wanted = {name for text in ids for name in PLACEHOLDER.findall(text)}
        for text in strings:
            assert set(PLACEHOLDER.findall(text)) == wanted, f"{message.id!r}: {text!r}"


def test_the_compiled_catalogue_is_the_spanish_catalogue_compiled():
    """The .mo is committed so a checkout runs as it is; it must be rebuilt after each
    edit of the .po (compared by content: a checkout sets every file's time)."""
    fresh = io.BytesIO()
    write_mo(fresh, _read(PO))
    fresh.seek(0)
    with MO.open("rb") as f:
        committed = gettext.GNUTranslations(f)._catalog
    assert gettext.GNUTranslations(fresh)._catalog == committed, \
        "run: pybabel compile -d translations -D bescapp"


def test_messages_read_in_either_language_and_fill_their_values():
    assert catalogue.say("wrote {path}", "en", path="a.docx") == "wrote a.docx"
    assert catalogue.say("wrote {path}", "es", path="a.docx") == "se escribió a.docx"
    assert catalogue.words("es").pgettext("woman", "Co-chair") == "Copresidenta"
    assert catalogue.say_n("paragraph {numbers} is not agreed", "paragraphs {numbers} are not agreed",
                           2, "es", numbers="1, 2") == "los párrafos 1, 2 no están acordados"
    assert catalogue.document_word("Agenda", "bilingual") == "Agenda / Orden del día"
    assert catalogue.document_word("Total", "bilingual") == "Total"  # once when the same
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        catalogue.words("fr")


@pytest.mark.parametrize(("environ", "language"), [
    ({}, "en"),
    ({"LANG": "es_MX.UTF-8"}, "es"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "es_ES"}, "es"),
    ({"LC_ALL": "en_GB", "LC_MESSAGES": "es_ES"}, "en"),
    ({"LANG": "es_MX.UTF-8", "BESCAPP_LANGUAGE": "en"}, "en"),
    ({"BESCAPP_LANGUAGE": "es"}, "es"),
    ({"BESCAPP_LANGUAGE": "fr", "LANG": "es_MX"}, "es"),
])
def test_the_environment_chooses_the_messages_language(environ, language):
    assert catalogue.environment_language(environ) == language
