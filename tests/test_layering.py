"""The core never imports Qt, so exports and rules run headless and from the command line."""

import ast
from pathlib import Path

CORE = ("store", "domain", "export", "importers")
PACKAGE = Path(__file__).parents[1] / "bescapp"


def qt_imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module]
        found += [n for n in names if n.split(".")[0] == "PySide6" or ".ui" in n or n == "ui"]
    return found


def test_core_packages_do_not_import_qt_or_ui():
    offenders = {}
    files = [p for pkg in CORE for p in (PACKAGE / pkg).rglob("*.py")]
    files += [PACKAGE / "i18n" / "formatting.py", PACKAGE / "paths.py", PACKAGE / "cli.py",
              PACKAGE / "zip_limits.py", PACKAGE / "safe_write.py"]
    for path in files:
        imports = qt_imports(path)
        if imports:
            offenders[str(path.relative_to(PACKAGE))] = imports
    assert offenders == {}
