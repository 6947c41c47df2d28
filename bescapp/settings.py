"""The one typed wrapper over QSettings: language, recent databases, window state.

Stored as an INI file in the config folder (``paths.config_dir()``), so tests and
portable use can move it with ``BESCAPP_HOME``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from . import paths

MAX_RECENT = 8


class Settings:
    def __init__(self, location: Path | None = None) -> None:
        location = location or paths.config_dir() / "bescapp.ini"
        self._qs = QSettings(str(location), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._qs.value("ui/language", "en")
        return value if value in ("en", "es") else "en"

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("ui/language", value)

    @property
    def recent_databases(self) -> list[str]:
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            value = [value]
        return [str(v) for v in value or []]

    def remember_database(self, path: Path) -> None:
        text = str(Path(path).resolve())
        recent = [text] + [p for p in self.recent_databases if p != text]
        self._qs.setValue("files/recent", recent[:MAX_RECENT])

    def forget_database(self, path: str) -> None:
        self._qs.setValue("files/recent", [p for p in self.recent_databases if p != path])

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    @property
    def last_meeting_id(self) -> int | None:
        value = self._qs.value("ui/meeting")
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    @last_meeting_id.setter
    def last_meeting_id(self, value: int | None) -> None:
        self._qs.setValue("ui/meeting", value if value is not None else "")

    @property
    def workspace(self) -> str | None:
        """The workspace shown when the window last closed (a name such as "agenda")."""
        value = self._qs.value("ui/workspace")
        return str(value) if value else None

    @workspace.setter
    def workspace(self, value: str) -> None:
        self._qs.setValue("ui/workspace", value)

    def sync(self) -> None:
        self._qs.sync()
