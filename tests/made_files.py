"""Word files made inside the tests, for the refusals they must meet."""

import zipfile
from pathlib import Path

from docx import Document


def macro_document(folder: Path) -> Path:
    """``macros.docm``: a plain document whose package declares itself macro-enabled."""
    plain = folder / "plain.docx"
    Document().save(plain)
    docm = folder / "macros.docm"
    with zipfile.ZipFile(plain) as old, zipfile.ZipFile(docm, "w") as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(b"wordprocessingml.document.main+xml",
                                    b"ms-word.document.macroEnabled.main+xml")
            new.writestr(info, data)
    return docm
