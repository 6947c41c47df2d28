"""The Spanish catalogue: complete, compiled, and faithful to the source's placeholders."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).parents[1]
TS = ROOT / "translations" / "bescapp_es.ts"
QM = ROOT / "translations" / "bescapp_es.qm"


def messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_every_message_is_translated():
    unfinished = [f"{ctx}: {m.findtext('source')!r}" for ctx, m in messages()
                  if m.find("translation").get("type") == "unfinished"
                  or not (m.findtext("translation") or "").strip()]
    assert unfinished == []


def test_translations_keep_placeholders():
    for ctx, message in messages():
        source = message.findtext("source")
        translation = message.findtext("translation") or ""
        assert sorted(re.findall(r"%\d|%n", source)) == sorted(re.findall(r"%\d|%n", translation)), \
            f"{ctx}: {source!r}"


def test_compiled_catalogue_matches_its_source(tmp_path):
    """The .qm is committed so a checkout runs as it is; it must be rebuilt after each edit."""
    fresh = tmp_path / "fresh.qm"
    subprocess.run([_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run pyside6-lrelease translations/bescapp_es.ts"


def test_catalogue_holds_every_string_of_the_code(tmp_path):
    """What lupdate finds in the code today is what the committed catalogue holds."""
    fresh = tmp_path / "fresh.ts"
    code = sorted(str(p) for p in (ROOT / "bescapp").rglob("*.py"))
    subprocess.run([_tool("pyside6-lupdate"), *code, "-ts", str(fresh)],
                   check=True, capture_output=True)
    found = {(c.findtext("name"), m.findtext("source"))
             for c in ET.parse(fresh).getroot().iter("context") for m in c.iter("message")}
    committed = {(ctx, m.findtext("source")) for ctx, m in messages()
                 if m.find("translation").get("type") not in ("vanished", "obsolete")}
    assert found - committed == set(), "refresh the catalogue (see docs/translations.md)"
    assert committed - found == set(), "the catalogue holds strings the code no longer has"


def _tool(name: str) -> str:
    import shutil

    return shutil.which(name) or str(Path(sys.executable).parent / name)
