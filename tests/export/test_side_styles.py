"""The negotiating communiqué shows each side's bracketed alternatives in a style of its
own (colour and wash, the side raised after it), with a legend, in the plain and the
tracked-changes export alike, by style alone; the clean text has neither. From a
database made by ``init``, in English, Spanish and both."""

import datetime as dt

import docx
import pytest
from docx.oxml.ns import qn

from bescapp.cli import main
from bescapp.export import house_style
from bescapp.model.bilingual import Bilingual as B
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.store import meetings
from bescapp.store.database import open_database
from tests import layout

TEXTS = [
    (B("The delegations met.", "Las delegaciones se reunieron."), ParagraphStatus.AGREED),
    (B("Both countries will [expand]US [consolidate]MX the lanes.",
       "Ambos países [ampliarán]US [consolidarán]MX los carriles."), ParagraphStatus.BRACKETED),
]
LEGEND = {"en": ("Alternatives proposed by each side:", "[United States]", "US", "[Mexico]", "MX"),
          "es": ("Alternativas propuestas por cada parte:", "[Estados Unidos]", "EUA", "[México]",
                 "MEX")}


@pytest.fixture
def drafted(fresh_path):
    path, side = fresh_path
    db = open_database(path)
    with db.transaction() as session:
        meeting = meetings.create_meeting(session, meetings.MeetingFields(
            number=13, start_date=dt.date(2026, 5, 6), end_date=dt.date(2026, 5, 6),
            city=B("Washington, D.C.", "Washington, D.C."), host_party="US"))
        store.replace_draft(session, meeting, [TEXTS[0]])
        store.save_version(session, meeting, "Rev. 1", dt.datetime(2026, 5, 1, 9, 0))
        store.replace_draft(session, meeting, TEXTS)
    db.close()
    return path, meeting, side


def _export(path, meeting, out, *extra):
    assert main(["export", "communique", "--database", str(path), "--meeting", str(meeting),
                 "-o", str(out), *extra]) == 0
    return docx.Document(str(out))


def _styled(doc):
    """(text, style name) of every run in a bracket or side style, body and tables."""
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for row in t.rows
                                         for cell in row.cells for p in cell.paragraphs]
    runs = [(r.text, r.style.name) for p in paragraphs for r in p.runs
            if r.style is not None and r.style.name.startswith("Bracket")]
    # the revisions' runs (inside w:ins) python-docx does not list: read the XML
    ids = {s.style_id: s.name for s in doc.styles if s.type is not None}
    for r in doc.element.body.iter(qn("w:r")):
        if r.getparent().tag == qn("w:ins"):
            style = r.find(f"{qn('w:rPr')}/{qn('w:rStyle')}")
            if style is not None and ids.get(style.get(qn("w:val")), "").startswith("Bracket"):
                runs.append(("".join(t.text for t in r.iter(qn("w:t"))),
                             ids[style.get(qn("w:val"))]))
    return runs


@pytest.mark.parametrize("language", ["en", "es"])
def test_each_side_has_its_style_and_the_legend_shows_both(drafted, tmp_path, language):
    path, meeting, side = drafted
    out = tmp_path / f"neg-{language}.docx"
    doc = _export(path, meeting, out, "--language", language)
    legend = next(p for p in doc.paragraphs if p.text.startswith(LEGEND[language][0]))
    runs = [(r.text, r.style.name) for r in legend.runs if r.text.strip()]
    first, second = ("US", "MX") if side == "us" else ("MX", "US")
    sample = {"US": LEGEND[language][1:3], "MX": LEGEND[language][3:5]}
    assert runs[1:] == [(sample[first][0], f"Bracketed Text {first}"),
                        (sample[first][1], f"Bracket Side {first}"),
                        (sample[second][0], f"Bracketed Text {second}"),
                        (sample[second][1], f"Bracket Side {second}")]
    assert legend.style.name == "Small"
    text_runs = _styled(doc)[4:]  # after the legend's samples: the text's
    assert [s for _t, s in text_runs] == ["Bracketed Text US", "Bracket Side US",
                                          "Bracketed Text MX", "Bracket Side MX"]
    # the two sides differ by their styles' colours, each based on the common style
    styles = {s.name: s for s in doc.styles if s.type is not None}
    colours = {side: styles[f"Bracketed Text {side}"].font.color.rgb for side in ("US", "MX")}
    assert colours["US"] != colours["MX"]
    assert str(colours["US"]) == house_style.SIDE_COLOURS["US"][0]
    assert styles["Bracketed Text MX"].base_style.name == "Bracketed Text"
    assert styles["Bracket Side MX"].base_style.name == "Bracket Side"
    assert layout.direct_formats(out) == []


def test_the_tracked_changes_show_the_sides_by_style_too(drafted, tmp_path):
    path, meeting, _side = drafted
    out = tmp_path / "rev.docx"
    doc = _export(path, meeting, out, "--language", "bilingual", "--changes-from", "1")
    inserted = [(t, s) for t, s in _styled(doc) if "[" in t or t in ("US", "MX")]
    assert ("[expand]", "Bracketed Text US") in inserted
    assert ("[consolidarán]", "Bracketed Text MX") in inserted
    assert ("MX", "Bracket Side MX") in inserted
    assert layout.direct_formats(out) == []  # no hand-set bold in the revisions
    texts = [p.text for p in doc.paragraphs]
    assert any(t.startswith("Alternatives proposed by each side:") for t in texts)
    assert any(t.startswith("Alternativas propuestas por cada parte:") for t in texts)


def test_no_legend_without_sides_nor_in_the_clean_text(drafted, tmp_path):
    path, meeting, _side = drafted
    db = open_database(path)
    with db.transaction() as session:
        rows = store.draft_paragraphs(session, meeting)
        store.edit_paragraph(session, rows[1].id, text=B("Both will expand the lanes.",
                                                         "Ambos ampliarán los carriles."),
                             status=ParagraphStatus.AGREED)
        for row in rows:
            store.set_conformity(session, row.id, "Ana Ruiz")
    db.close()
    for extra in ((), ("--clean",)):
        doc = _export(path, meeting, tmp_path / "c.docx", "--language", "bilingual", *extra)
        assert not any("Alternatives" in p.text for p in doc.paragraphs)
        assert _styled(doc) == []
