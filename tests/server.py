"""The tests' PostgreSQL server, when ``BESCAPP_TEST_DATABASE`` names one.

``BESCAPP_TEST_DATABASE=postgresql+psycopg://user@/postgres?host=/socket/folder`` (any
database the user may connect to; ``tools/test-server`` starts a throwaway cluster and
sets it) makes ``fresh_db`` and ``demo_db`` hand each test a database of its own on that
server: a copy (``CREATE DATABASE ... TEMPLATE``) of one made once per run by ``init``
or the demo, dropped after the test. Unset, every test runs on SQLite.
"""

from __future__ import annotations

import itertools
import os

from bescapp.store.address import ServerAddress, parse_server

VARIABLE = "BESCAPP_TEST_DATABASE"


def configured() -> str | None:
    return os.environ.get(VARIABLE) or None


class TestServer:
    __test__ = False  # not a test class for pytest

    def __init__(self, url: str) -> None:
        self.admin = parse_server(url)
        self.prefix = f"bt{os.getpid()}"
        self._names = itertools.count(1)
        self.templates: dict[str, tuple[ServerAddress, object]] = {}

    def _execute(self, sql: str) -> None:
        import psycopg

        a = self.admin
        with psycopg.connect(dbname=a.database, user=a.user or None, host=a.host or None,
                             port=a.port, password=a.password, autocommit=True) as conn:
            conn.execute(sql)

    def address(self, name: str) -> ServerAddress:
        a = self.admin
        return ServerAddress(name, a.user, a.host, a.port, a.password)

    def template(self, name: str, make) -> tuple[ServerAddress, object]:
        """A database made once by ``make(address) -> value``, to copy for each test."""
        if name not in self.templates:
            full = f"{self.prefix}_{name}"
            self._execute(f'DROP DATABASE IF EXISTS "{full}" WITH (FORCE)')
            self._execute(f'CREATE DATABASE "{full}"')
            address = self.address(full)
            self.templates[name] = (address, make(address))
        return self.templates[name]

    def fresh(self, template: str | None = None) -> ServerAddress:
        """A new database: empty, or a copy of a template (which nobody may be connected to)."""
        name = f"{self.prefix}_{next(self._names)}"
        source = f' TEMPLATE "{self.templates[template][0].database}"' if template else ""
        self._execute(f'CREATE DATABASE "{name}"{source}')
        return self.address(name)

    def drop(self, address: ServerAddress) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{address.database}" WITH (FORCE)')

    def drop_all(self) -> None:
        for address, _value in self.templates.values():
            self.drop(address)
        self.templates.clear()
