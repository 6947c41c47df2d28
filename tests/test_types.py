"""mypy on the core, as configured in pyproject.toml (``[tool.mypy]`` names the files):
any type error there fails the suite. The incremental cache (.mypy_cache, ignored by git)
keeps a second run to a few seconds."""

from pathlib import Path

from mypy import api

ROOT = Path(__file__).parents[1]


def test_the_core_type_checks(monkeypatch):
    monkeypatch.chdir(ROOT)  # where pyproject.toml is found
    report, errors, status = api.run([])
    assert status == 0, f"mypy found errors on the core:\n{report}{errors}"
    assert "Success: no issues found" in report
