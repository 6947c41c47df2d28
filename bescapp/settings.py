"""The one typed wrapper over QSettings: language, recent databases, window state,
the current meeting of each database.

Stored as an INI file in the config folder (``paths.config_dir()``), so tests and
portable use can move it with ``BESCAPP_HOME``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from . import paths
from .store.address import ServerAddress, location

MAX_RECENT = 8


def _name(database: Path | ServerAddress) -> str:
    """How a database is remembered: a file by its resolved path, a server by its URL
    (which never holds the password)."""
    if isinstance(database, ServerAddress):
        return str(database)
    return str(Path(database).resolve())


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

    def remember_database(self, path: Path | ServerAddress) -> None:
        text = _name(path)
        recent = [text] + [p for p in self.recent_databases if p != text]
        self._qs.setValue("files/recent", recent[:MAX_RECENT])

    def forget_database(self, path: str) -> None:
        self._qs.setValue("files/recent", [p for p in self.recent_databases if p != path])

    @property
    def last_server(self) -> ServerAddress | None:
        """The server last connected to (File ▸ Connect to server… offers it again)."""
        value = self._qs.value("server/last")
        try:
            found = location(str(value)) if value else None
        except ValueError:
            return None
        return found if isinstance(found, ServerAddress) else None

    @last_server.setter
    def last_server(self, address: ServerAddress) -> None:
        self._qs.setValue("server/last", str(address.with_password(None)))

    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._qs.setValue("window/geometry", value)

    # The current meeting is remembered per database: ids mean nothing in another file.

    @staticmethod
    def _database_key(path: Path | ServerAddress) -> str:
        """A group name for one database: a digest of its resolved path (or server URL),
        since QSettings reads "/" and "\\" in a key as groups."""
        import hashlib  # here, not above: OpenSSL's hashes load after the window's frame

        text = _name(path)

        return "databases/" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]

    def meeting_of(self, database: Path | ServerAddress) -> int | None:
        """The meeting that was current when this database was last open, if any."""
        value = self._qs.value(self._database_key(database) + "/meeting")
        try:
            return int(value) if value not in (None, "") else None
        except (TypeError, ValueError):
            return None

    def remember_meeting(self, database: Path | ServerAddress, meeting_id: int | None) -> None:
        key = self._database_key(database)
        self._qs.setValue(key + "/path", _name(database))  # for a reader of the file
        self._qs.setValue(key + "/meeting", meeting_id if meeting_id is not None else "")

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
