"""Where a database lives: a file, or a database on a PostgreSQL server.

Standard library only: the command line and the window parse ``--database`` before
SQLAlchemy is imported. A server is named by a URL,
``postgresql+psycopg://user@host[:port]/db`` or, through a Unix socket,
``postgresql+psycopg://user@/db?host=/socket/folder``; ``postgresql://`` means the same.
Anything else with ``://`` is refused (a URL is never taken for a file name); everything
without it is a file. The password is kept apart from the address, so printing an
address, or remembering it in the settings, never shows it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit

DRIVER = "postgresql+psycopg"
SCHEMES = (DRIVER, "postgresql", "postgres")


class UnknownAddress(ValueError):
    """A ``--database`` that is neither a file name nor a server bescapp can reach."""


@dataclass(frozen=True)
class ServerAddress:
    database: str
    user: str = ""
    host: str = ""  # a host name, or a socket folder (starts with "/")
    port: int | None = None
    password: str | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        """What the window's title shows."""
        return self.database

    @property
    def socket(self) -> bool:
        return self.host.startswith("/")

    def url(self, *, password: bool = False) -> str:
        """The URL, with the password only when asked (for the driver, never for a person)."""
        who = quote(self.user, safe="")
        if password and self.password:
            who += ":" + quote(self.password, safe="")
        if who:
            who += "@"
        netloc = who
        query = ""
        if self.socket:
            query = "?" + urlencode({"host": self.host}, safe="/")
        else:
            netloc += self.host + (f":{self.port}" if self.port else "")
        return f"{DRIVER}://{netloc}/{quote(self.database, safe='')}{query}"

    def with_password(self, password: str | None) -> ServerAddress:
        return ServerAddress(self.database, self.user, self.host, self.port, password)

    def __str__(self) -> str:
        return self.url()


def is_url(text: str) -> bool:
    return "://" in str(text)


def parse_server(text: str) -> ServerAddress:
    """A server URL as an address; UnknownAddress says what is wrong with it."""
    parts = urlsplit(text)
    if parts.scheme.lower() not in SCHEMES:
        raise UnknownAddress(
            f"{_without_password(text)}: bescapp opens a database file or a PostgreSQL server "
            f"({DRIVER}://user@host/database); {parts.scheme or 'this'}:// is not one of them")
    database = unquote(parts.path.lstrip("/"))
    if not database or "/" in database:
        raise UnknownAddress(f"{_without_password(text)}: name the database after the host, "
                             f"as in {DRIVER}://user@host/database")
    query = dict(parse_qsl(parts.query))
    unknown = sorted(set(query) - {"host", "port", "user", "password"})
    if unknown:
        raise UnknownAddress(f"{_without_password(text)}: bescapp does not know the option "
                             f"{', '.join(unknown)} (only host and port)")
    try:
        port = int(query.get("port") or parts.port or 0) or None
    except ValueError:
        raise UnknownAddress(f"{_without_password(text)}: the port is not a number") from None
    host = query.get("host") or parts.hostname or ""
    user = unquote(parts.username or "") or query.get("user", "")
    password = parts.password
    password = unquote(password) if password is not None else query.get("password")
    return ServerAddress(database, user, host, port, password)


def _without_password(text: str) -> str:
    parts = urlsplit(text)
    if parts.password is None:
        return text
    netloc = parts.netloc.replace(":" + parts.password + "@", ":***@", 1)
    return parts._replace(netloc=netloc).geturl()


def location(text: str | os.PathLike[str] | ServerAddress) -> Path | ServerAddress:
    """A ``--database`` value (or ``BESCAPP_DATABASE``): a server address or a file's path."""
    if isinstance(text, ServerAddress):
        return text
    if not isinstance(text, str) or not is_url(text):
        return Path(text).expanduser()
    return parse_server(text)
