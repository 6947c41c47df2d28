"""Run by a Python that has LibreOffice's ``uno`` module (LibreOffice's own on Windows and
macOS, Debian's python3 with python3-uno), never by bescapp's interpreter, which has no
``uno``. It opens the .docx as a reader's LibreOffice would, updates the table of
contents and every other index (``soffice --convert-to`` leaves them empty), and writes a
PDF with bookmarks from the headings.

    python libreoffice_pdf.py SOFFICE SOURCE.docx TARGET.pdf PROFILE_FOLDER

Exit 0 written; 3 LibreOffice did not start; 4 it could not open the document.
"""

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


def main(soffice, source, target, profile):
    pipe = f"bescapp_pdf_{os.getpid()}"
    office = subprocess.Popen(
        [soffice, "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation={uno.systemPathToFileUrl(profile)}",
         f"--accept=pipe,name={pipe};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    context = None
    for _ in range(300):  # a first start makes its profile: up to a minute on a slow laptop
        try:
            context = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if office.poll() is not None:
                break
            time.sleep(0.2)
    if context is None:
        office.kill()
        return 3
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    try:
        document = desktop.loadComponentFromURL(
            uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
        if document is None:
            return 4
        indexes = document.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()
        document.getTextFields().refresh()  # "Page X of Y" and the like, after the update
        settings = uno.Any("[]com.sun.star.beans.PropertyValue", (
            prop("ExportBookmarks", True), prop("ExportNotes", False),
            prop("UseTaggedPDF", True)))
        # a typed sequence reaches the filter only through uno.invoke (a plain tuple is []any)
        uno.invoke(document, "storeToURL", (uno.systemPathToFileUrl(target), (
            prop("FilterName", "writer_pdf_Export"), prop("FilterData", settings))))
        document.close(True)  # closed, so no .~lock file is left beside the document
        return 0
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            office.wait(timeout=30)
        except subprocess.TimeoutExpired:
            office.kill()


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:5]))
