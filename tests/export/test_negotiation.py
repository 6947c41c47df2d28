"""Negotiating by Word files: versions listed, revisions sent as tracked changes with a
hidden identity, the counterpart's edited file read back as their proposal version."""

import datetime as dt
import re
import zipfile

import pytest
from lxml import etree

from bescapp.cli import main
from bescapp.model.bilingual import Bilingual
from bescapp.model.entities import ParagraphStatus
from bescapp.store import communique as store
from bescapp.store.database import open_database
from bescapp.store.demo import load_demo
from tests.export.negotiation_draft import DRAFT

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
US = "Delegation of the United States of America"
MX = "Delegación de México"


def _demo_file(path):
    db = open_database(path, new=True)
    with db.transaction() as session:
        meeting = load_demo(session, "US")
        store.replace_draft(session, meeting, [(Bilingual(en, es), ParagraphStatus(status))
                                               for en, es, status in DRAFT])
    db.close()
    return meeting


@pytest.fixture
def negotiated(tmp_path):
    """The demo with Rev. 1 saved, then the draft edited (a word in each language, a
    paragraph removed, one added) and saved as Rev. 2. Yields (path, meeting id)."""
    return make_negotiated(tmp_path / "neg.db")


def make_negotiated(path):
    meeting = _demo_file(path)
    db = open_database(path)
    with db.transaction() as s:
        rows = store.draft_paragraphs(s, meeting)
        store.save_version(s, meeting, "Rev. 1", dt.datetime(2020, 2, 20, 10, 0))
        first = rows[0]
        store.edit_paragraph(s, first.id, text=Bilingual(
            first.text.en.replace("High-level", "Senior"),
            first.text.es.replace("alto nivel", "máximo nivel")))
        store.delete_paragraph(s, rows[2].id)
        store.add_paragraph(s, meeting, rows[3].id, Bilingual("A new paragraph.", "Un párrafo nuevo."))
        store.save_version(s, meeting, "Rev. 2", dt.datetime(2020, 3, 1, 9, 0))
    db.close()
    return path, meeting


def _xml(path, part="word/document.xml") -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode()


def _export(path, meeting, out, *extra):
    assert main(["export", "communique", "--database", str(path), "--meeting", str(meeting),
                 "-o", str(out), *extra]) == 0
    return out


def _draft(path, meeting):
    db = open_database(path)
    with db.session() as s:
        rows = [(r.text, r.status) for r in store.draft_paragraphs(s, meeting)]
        versions = [(v.number, v.label, v.origin) for v in store.list_versions(s, meeting)]
    db.close()
    return rows, versions


# --------------------------------------------------------------------------- versions

def test_versions_lists_number_first_then_label_date_and_origin(negotiated, capsys):
    path, meeting = negotiated
    assert main(["communique", "versions", "--database", str(path), "--meeting", str(meeting)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in lines] == ["0", "1", "2"]
    assert "Rev. 1" in lines[1]
    assert "Feb 20, 2020" in lines[1]
    assert lines[1].endswith("ours")
    assert main(["--language", "es", "communique", "versions", "--database", str(path),
                 "--meeting", str(meeting)]) == 0
    spanish = capsys.readouterr().out.splitlines()
    assert "20 feb 2020" in spanish[1]
    assert spanish[1].endswith("nuestra")
    assert spanish[0].split()[1:3] == ["Borrador", "de"]


def test_versions_of_an_unknown_meeting_says_so(negotiated, capsys):
    path, _ = negotiated
    assert main(["communique", "versions", "--database", str(path), "--meeting", "999"]) == 1
    assert "999" in capsys.readouterr().err


# --------------------------------------------------------------------------- out

def test_changes_from_writes_word_revisions_in_each_language(negotiated, tmp_path):
    path, meeting = negotiated
    xml = _xml(_export(path, meeting, tmp_path / "rev.docx", "--language", "bilingual",
                       "--changes-from", "1"))
    root = etree.fromstring(xml.encode())
    deleted = ["".join(d.itertext()) for d in root.iter(f"{W}del") if "".join(d.itertext())]
    inserted = ["".join(i.itertext()) for i in root.iter(f"{W}ins") if "".join(i.itertext())]
    assert "High-level" in deleted
    assert "alto" in deleted
    assert "Senior" in inserted
    assert "máximo" in inserted
    assert any(d.startswith("3. The delegations adopted") or d.startswith("The delegations adopted")
               for d in deleted), deleted  # the removed paragraph, whole
    assert "A new paragraph." in "".join(inserted)
    rows = root.findall(f".//{W}tr")
    assert sum(r.find(f"{W}trPr/{W}del") is not None for r in rows) == 1
    assert sum(r.find(f"{W}trPr/{W}ins") is not None for r in rows) == 1
    marks = list(root.iter(f"{W}ins", f"{W}del"))
    assert {m.get(f"{W}author") for m in marks} == {US}
    assert {m.get(f"{W}date") for m in marks} == {"2020-03-01T09:00:00"}  # Rev. 2, what we send


def test_changes_from_in_one_language_marks_whole_paragraphs(negotiated, tmp_path):
    path, meeting = negotiated
    xml = _xml(_export(path, meeting, tmp_path / "rev-es.docx", "--language", "es",
                       "--changes-from", "1"))
    root = etree.fromstring(xml.encode())
    marks = root.findall(f".//{W}pPr/{W}rPr/*")
    assert sorted(etree.QName(m).localname for m in marks) == ["del", "ins"]
    assert "High-level" not in xml
    assert "alto" in xml


def test_every_export_carries_its_identity(negotiated, tmp_path):
    path, meeting = negotiated
    out = _export(path, meeting, tmp_path / "plain.docx", "--language", "bilingual")
    custom = _xml(out, "docProps/custom.xml")
    assert f'name="bescapp.meeting"><vt:lpwstr>{meeting}<' in custom
    assert 'name="bescapp.version"><vt:lpwstr>2<' in custom  # the draft is Rev. 2
    names = re.findall(r'w:name="(_bescapp_[^"]+)"', _xml(out))
    rows, _ = _draft(path, meeting)
    assert names[:4] == ["_bescapp_1_en", "_bescapp_1_es", "_bescapp_2_en", "_bescapp_2_es"]
    assert len(names) == 2 * len(rows)
    assert "<w:customXml" not in _xml(out)


def test_changes_from_an_unknown_version_is_refused(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    assert main(["export", "communique", "--database", str(path), "--meeting", str(meeting),
                 "-o", str(tmp_path / "x.docx"), "--changes-from", "7"]) == 1
    assert "communique versions" in capsys.readouterr().err
    assert not (tmp_path / "x.docx").exists()


# --------------------------------------------------------------------------- in

def _rewrite(source, target, change):
    """A copy of the .docx with document.xml passed through ``change(root)``."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml":
                root = etree.fromstring(data)
                change(root)
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
            new.writestr(info, data)
    return target


def _track_replace(root, old, new, author=MX, date="2020-03-02T12:00:00Z"):
    """Word's way of recording a replacement: the old words deleted, the new inserted."""
    for t in root.iter(f"{W}t"):
        if t.text and old in t.text:
            run = t.getparent()
            before, after = t.text.split(old, 1)
            t.text = before
            deleted = etree.SubElement(etree.Element("x"), f"{W}del",
                                       {f"{W}id": "901", f"{W}author": author, f"{W}date": date})
            dr = etree.SubElement(deleted, f"{W}r")
            etree.SubElement(dr, f"{W}delText").text = old
            inserted = etree.Element(f"{W}ins", {f"{W}id": "902", f"{W}author": author,
                                                  f"{W}date": date})
            etree.SubElement(etree.SubElement(inserted, f"{W}r"), f"{W}t").text = new
            tail = etree.Element(f"{W}r")
            tail_t = etree.SubElement(tail, f"{W}t")
            tail_t.text = after
            tail_t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            run.addnext(tail)
            run.addnext(inserted)
            run.addnext(deleted)
            return
    raise AssertionError(old)


def _plain_replace(root, old, new):
    for t in root.iter(f"{W}t"):
        if t.text and old in t.text:
            t.text = t.text.replace(old, new, 1)
            return
    raise AssertionError(old)


def _import(path, meeting, *files, dry=False, lang=None):
    args = ([] if lang is None else ["--language", lang]) + [
        "import", "communique", *map(str, files), "--database", str(path),
        "--meeting", str(meeting), "--from", "mx"]
    return main(args + (["--dry-run"] if dry else []))


def test_tracked_changes_come_back_as_their_proposal(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")

    def edit(root):
        _track_replace(root, "excellent", "outstanding")
        _track_replace(root, "excelente", "extraordinaria")
    theirs = _rewrite(sent, tmp_path / "theirs.docx", edit)
    before = _draft(path, meeting)
    assert _import(path, meeting, theirs, dry=True) == 0
    out = capsys.readouterr().out
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding” (tracked by " \
           "Delegación de México)" in out
    assert "Paragraph 5 (Spanish): deleted “excelente”; inserted “extraordinaria”" in out
    assert _draft(path, meeting) == before  # a dry run changes nothing
    assert _import(path, meeting, theirs) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[-1] == "Saved as version 3: MX proposal — " + \
        out.splitlines()[-1].split("— ")[1]
    rows, versions = _draft(path, meeting)
    assert rows == before[0]  # never over the working draft
    assert versions[-1][0] == 3
    assert versions[-1][2] == "MX"
    db = open_database(path)
    with db.session() as s:
        proposal = store.paragraphs(s, store.version_numbered(s, meeting, 3).id)
        ours = store.paragraphs(s, store.version_numbered(s, meeting, 2).id)
    db.close()
    assert len(proposal) == len(ours)
    assert "outstanding" in proposal[4].text.en
    assert "extraordinaria" in proposal[4].text.es
    assert [p.text for i, p in enumerate(proposal) if i != 4] == \
        [p.text for i, p in enumerate(ours) if i != 4]


def test_untracked_edits_are_found_by_comparing_with_what_we_sent(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "en")
    theirs = _rewrite(sent, tmp_path / "theirs.docx",
                      lambda root: _plain_replace(root, "Public Safety", "Citizen Security"))
    capsys.readouterr()
    assert _import(path, meeting, theirs, dry=True, lang="es") == 0
    out = capsys.readouterr().out
    assert out.splitlines() == [
        "Párrafo 3 (inglés): se eliminó “Public Safety”; se insertó “Citizen Security” "
        "(editado sin control de cambios)", "Simulación: no se guardó nada."]


def test_a_stripped_file_falls_back_to_alignment_and_says_so(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")

    def strip(root):
        for mark in list(root.iter(f"{W}bookmarkStart", f"{W}bookmarkEnd")):
            mark.getparent().remove(mark)
        _plain_replace(root, "excellent", "outstanding")
    stripped = _rewrite(sent, tmp_path / "stripped.docx", strip)
    with zipfile.ZipFile(stripped) as z:  # and the custom properties gone too
        parts = {i.filename: z.read(i) for i in z.infolist() if i.filename != "docProps/custom.xml"}
    bare = tmp_path / "bare.docx"
    with zipfile.ZipFile(bare, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    assert _import(path, meeting, bare, dry=True) == 0
    out = capsys.readouterr().out
    assert "no bescapp marks" in out
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding”" in out


def test_a_communique_of_another_meeting_is_refused(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx")
    before = _draft(path, meeting)
    assert _import(path, meeting - 1, sent) == 1
    assert "not of meeting" in capsys.readouterr().err
    assert _draft(path, meeting) == before


@pytest.mark.parametrize(("name", "data", "words"), [
    ("notes.docx", b"just some text", "is not a Word document"),
    ("macro.docx", None, "macros"),
    ("entities.docx", "entities", "DOCTYPE"),
])
def test_hostile_files_are_refused_with_a_clear_message(negotiated, tmp_path, capsys, name, data,
                                                         words):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx")
    target = tmp_path / name
    if data is None:
        with zipfile.ZipFile(sent) as old, zipfile.ZipFile(target, "w") as new:
            for info in old.infolist():
                body = old.read(info)
                if info.filename == "[Content_Types].xml":
                    body = body.replace(b"document.main+xml", b"document.macroEnabled.main+xml")
                new.writestr(info, body)
    elif data == "entities":
        def doctype(_root):
            pass
        _rewrite(sent, target, doctype)
        with zipfile.ZipFile(target) as z:
            parts = {i.filename: z.read(i) for i in z.infolist()}
        parts["word/document.xml"] = parts["word/document.xml"].replace(
            b"?>", b'?><!DOCTYPE w [<!ENTITY x "y">]>', 1)
        with zipfile.ZipFile(target, "w") as z:
            for part, body in parts.items():
                z.writestr(part, body)
    else:
        target.write_bytes(data)
    before = _draft(path, meeting)
    assert _import(path, meeting, target) == 1
    err = capsys.readouterr().err
    assert words in err
    assert name in err
    assert _draft(path, meeting) == before


def test_several_authors_and_broken_brackets_are_named(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")

    def edit(root):
        _track_replace(root, "[expand]", "[expand", author="Ana López")
        _track_replace(root, "excelente", "extraordinaria", author="Luis Pérez")
    theirs = _rewrite(sent, tmp_path / "theirs.docx", edit)
    assert _import(path, meeting, theirs, dry=True) == 0
    out = capsys.readouterr().out
    assert "several authors (Ana López, Luis Pérez)" in out
    assert "Paragraph 5 (English): the square brackets no longer balance." in out


def test_our_own_revisions_are_not_read_as_theirs(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "rev.docx", "--language", "bilingual",
                   "--changes-from", "1")
    assert _import(path, meeting, sent, dry=True) == 0
    assert "No paragraph differs" in capsys.readouterr().out


def test_english_and_spanish_files_are_paired(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    en = _export(path, meeting, tmp_path / "en.docx", "--language", "en")
    es = _export(path, meeting, tmp_path / "es.docx", "--language", "es")
    es2 = _rewrite(es, tmp_path / "es2.docx",
                   lambda root: _track_replace(root, "excelente", "extraordinaria"))
    assert _import(path, meeting, en, es2) == 0
    out = capsys.readouterr().out
    assert "Paragraph 5 (Spanish): deleted “excelente”; inserted “extraordinaria”" in out
    assert "(English)" not in out


def test_comments_are_shown_with_their_paragraph(negotiated, tmp_path, capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")

    def comment(root):
        for t in root.iter(f"{W}t"):
            if t.text and "excellent" in t.text:
                t.getparent().addprevious(etree.Element(f"{W}commentRangeStart", {f"{W}id": "7"}))
                return
    commented = _rewrite(sent, tmp_path / "commented.docx", comment)
    comments = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="7" w:author="Ana López">'
                f"<w:p><w:r><w:t>Can we say “strong”?</w:t></w:r></w:p></w:comment></w:comments>")
    with zipfile.ZipFile(commented, "a") as z:
        z.writestr("word/comments.xml", comments)
    assert _import(path, meeting, commented, dry=True) == 0
    assert "Paragraph 5: comment by Ana López: Can we say “strong”?" in \
        capsys.readouterr().out.splitlines()


def test_their_own_two_column_communique_is_aligned_with_ours(negotiated, tmp_path, capsys):
    """A Word file bescapp never wrote: their own table, English | Spanish, under a heading
    row; its paragraphs are matched to ours by text and order, and the output says so."""
    from docx import Document

    path, meeting = negotiated
    db = open_database(path)
    with db.session() as s:
        ours = store.paragraphs(s, store.version_numbered(s, meeting, 2).id)
    db.close()
    doc = Document()
    doc.add_paragraph("Comunicado Conjunto México–Estados Unidos")
    table = doc.add_table(rows=1 + len(ours), cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "English", "Español"
    from bescapp.domain.communique import country_order
    for row, paragraph in zip(table.rows[1:], ours, strict=True):
        en, es = (country_order(paragraph.text.get(lang), lang, "US") for lang in ("en", "es"))
        row.cells[0].text = en.replace("excellent", "outstanding")
        row.cells[1].text = es
    theirs = tmp_path / "their-own.docx"
    doc.save(theirs)
    assert _import(path, meeting, theirs) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("Compared with the working draft")
    assert "no bescapp marks" in out[1]
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding” " \
           "(edited without tracking)" in out
    assert out[-1].startswith("Saved as version 3: ")


def _as_written_by_their_bescapp(source, target, plenary):
    """Our export as if the counterpart's own bescapp wrote it: their side, their ids."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "docProps/custom.xml":
                data = re.sub(rb'(name="bescapp.meeting"><vt:lpwstr>)\d+', rb"\g<1>4", data)
                data = data.replace(b">US</vt:lpwstr></property><property", b">MX</vt:lpwstr>"
                                    b"</property><property", 1)  # bescapp.copy stays first
                data = re.sub(rb'(name="bescapp.side"><vt:lpwstr>)US', rb"\g<1>MX", data)
                data = re.sub(rb'(name="bescapp.plenary"><vt:lpwstr>)[^<]+',
                              rb"\g<1>" + plenary.encode(), data)
            new.writestr(info, data)
    return target


def test_a_file_their_own_bescapp_wrote_is_matched_by_meeting_not_by_id(negotiated, tmp_path,
                                                                      capsys):
    path, meeting = negotiated
    sent = _export(path, meeting, tmp_path / "sent.docx", "--language", "bilingual")
    edited = _rewrite(sent, tmp_path / "edited.docx",
                      lambda root: _plain_replace(root, "excellent", "outstanding"))
    theirs = _as_written_by_their_bescapp(edited, tmp_path / "theirs.docx", "plenary 12")
    assert _import(path, meeting, theirs, dry=True) == 0
    out = capsys.readouterr().out.splitlines()
    assert "Paragraph 5 (English): deleted “excellent”; inserted “outstanding” " \
           "(edited without tracking)" in out
    other = _as_written_by_their_bescapp(edited, tmp_path / "other.docx", "plenary 11")
    assert _import(path, meeting, other, dry=True) == 1
    assert "is the communiqué of another meeting (11th Plenary Meeting), not of the 12th " \
           "Plenary Meeting" in capsys.readouterr().err
