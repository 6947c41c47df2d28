"""Edit Word files in a real LibreOffice through UNO, as a counterpart would; many per start.

Run by Debian's /usr/bin/python3, which has the ``uno`` module (``tests/libreoffice.py``
calls it): ``lo_edit.py JOBS.json``. Each job opens ``src``, optionally records changes,
replaces words, deletes the paragraph (or table row) holding a text, moves one paragraph
after another, adds a comment, and saves ``dst`` as Word 2007-365 (.docx); it writes
back how many tracked changes the file had on opening (``redlines_in``) and on saving.
"""
import contextlib
import json
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def count(enumerable):
    n, items = 0, enumerable.createEnumeration()
    while items.hasMoreElements():
        items.nextElement()
        n += 1
    return n


def paragraphs(text):
    items = text.createEnumeration()
    while items.hasMoreElements():
        yield items.nextElement()


def delete_holding(doc, needle):
    for table in (doc.TextTables.getByIndex(i) for i in range(doc.TextTables.Count)):
        rows = table.Rows
        for r in range(rows.Count):
            cell = table.getCellByName(f"A{r + 1}")
            if cell is not None and needle in cell.getString():
                for name in (f"A{r + 1}", f"B{r + 1}"):
                    c = table.getCellByName(name)
                    cursor = c.createTextCursor()
                    cursor.gotoStart(False)
                    cursor.gotoEnd(True)
                    cursor.setString("")
                return True
    for paragraph in paragraphs(doc.Text):
        if paragraph.supportsService("com.sun.star.text.Paragraph") and \
                needle in paragraph.getString():
            cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
            cursor.gotoEndOfParagraph(True)
            cursor.goRight(1, True)  # its paragraph mark too
            cursor.setString("")
            return True
    return False


def split_at(doc, needle):
    """A paragraph break typed just before ``needle`` (their paragraph split in two)."""
    search = doc.createSearchDescriptor()
    search.SearchString = needle
    found = doc.findFirst(search)
    found.Text.insertControlCharacter(found.getStart(), 0, False)  # PARAGRAPH_BREAK


def move_after(doc, needle, anchor):
    """Cut the paragraph holding ``needle`` and paste it after the one holding ``anchor``."""
    ctx_doc = doc.CurrentController
    frame = ctx_doc.Frame
    dispatcher = SM.createInstanceWithContext("com.sun.star.frame.DispatchHelper", CTX)
    found = [p for p in paragraphs(doc.Text)
             if p.supportsService("com.sun.star.text.Paragraph") and needle in p.getString()]
    view = ctx_doc.ViewCursor
    view.gotoRange(found[0].getStart(), False)
    view.gotoRange(found[0].getEnd(), True)
    view.goRight(1, True)
    dispatcher.executeDispatch(frame, ".uno:Cut", "", 0, ())
    target = [p for p in paragraphs(doc.Text)
              if p.supportsService("com.sun.star.text.Paragraph") and anchor in p.getString()]
    view.gotoRange(target[0].getEnd(), False)
    view.goRight(1, False)
    dispatcher.executeDispatch(frame, ".uno:Paste", "", 0, ())


def comment_on(doc, needle, author, words):
    search = doc.createSearchDescriptor()
    search.SearchString = needle
    found = doc.findFirst(search)
    note = doc.createInstance("com.sun.star.text.textfield.Annotation")
    note.Author, note.Content = author, words
    found.Text.insertTextContent(found, note, True)


def run(job, desktop):
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(job["src"]), "_blank", 0,
                                       (prop("Hidden", True),))
    result = {"redlines_in": count(doc.Redlines)}
    doc.setPropertyValue("RecordChanges", bool(job.get("track")))
    for old, new in job.get("replace", []):
        replace = doc.createReplaceDescriptor()
        replace.SearchString, replace.ReplaceString = old, new
        replace.SearchCaseSensitive = True
        result.setdefault("replaced", []).append(doc.replaceAll(replace))
    for needle in job.get("delete", []):
        result.setdefault("deleted", []).append(delete_holding(doc, needle))
    for needle in job.get("split", []):
        split_at(doc, needle)
    for needle, anchor in job.get("move", []):
        move_after(doc, needle, anchor)
    for needle, words in job.get("comment", []):
        comment_on(doc, needle, job.get("author", "Reviewer"), words)
    result["redlines_out"] = count(doc.Redlines)
    if job.get("dst"):
        doc.storeToURL(uno.systemPathToFileUrl(job["dst"]),
                       (prop("FilterName", "MS Word 2007 XML"),))
    doc.close(True)
    return result


def main(jobs_file):
    global SM, CTX
    with open(jobs_file) as f:
        jobs = json.load(f)
    pipe = f"bescappedit{os.getpid()}"
    profile = jobs["profile"]
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         f"-env:UserInstallation=file://{profile}", f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    CTX = None
    for _ in range(300):
        try:
            CTX = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            time.sleep(0.2)
    if CTX is None:
        office.kill()
        sys.exit("LibreOffice did not start")
    SM = CTX.ServiceManager
    desktop = SM.createInstanceWithContext("com.sun.star.frame.Desktop", CTX)
    try:
        if jobs.get("author"):  # the name LibreOffice records changes under
            provider = SM.createInstanceWithContext(
                "com.sun.star.configuration.ConfigurationProvider", CTX)
            access = provider.createInstanceWithArguments(
                "com.sun.star.configuration.ConfigurationUpdateAccess",
                (prop("nodepath", "/org.openoffice.UserProfile/Data"),))
            access.setPropertyValue("givenname", jobs["author"])
            access.setPropertyValue("sn", "")
            access.commitChanges()
        results = [run(job, desktop) for job in jobs["jobs"]]
    finally:
        with contextlib.suppress(Exception):
            desktop.terminate()
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()
    with open(jobs["out"], "w") as f:
        json.dump(results, f)


if __name__ == "__main__":
    main(sys.argv[1])
