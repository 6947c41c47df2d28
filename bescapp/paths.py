"""Where bescapp keeps its files, through platformdirs.

``BESCAPP_HOME`` moves every folder under one directory (tests, portable use);
``BESCAPP_DATABASE`` or ``--database`` names a database file, or a server, directly.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from . import APP_NAME
from .store.address import ServerAddress, location

DEFAULT_DATABASE_NAME = "bescapp.db"


def _home() -> Path | None:
    home = os.environ.get("BESCAPP_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    home = _home()
    return home / "data" if home else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    home = _home()
    return home / "config" if home else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    home = _home()
    return home / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def log_file() -> Path:
    """Where tracebacks of unexpected errors are appended (Help ▸ About shows it)."""
    return log_dir() / "bescapp.log"


def backup_dir() -> Path:
    return data_dir() / "backups"


def default_database() -> Path:
    return data_dir() / DEFAULT_DATABASE_NAME


def database_path(explicit: str | os.PathLike | None = None) -> Path | ServerAddress:
    """``--database`` first, then ``BESCAPP_DATABASE``, then the user's data folder.

    Either may name a PostgreSQL server (``store.address``); any other URL is refused
    with ``UnknownAddress`` rather than taken for a file name."""
    if explicit:
        return location(explicit)
    from_env = os.environ.get("BESCAPP_DATABASE")
    if from_env:
        return location(from_env)
    return default_database()
