"""Database files as an older bescapp left them, for the migration tests.

Committed files of each past schema, with content, are in tests/_databases/
(tools/make_schema_fixtures.py makes them); ``database_at`` makes an empty one.
"""

from pathlib import Path

MIGRATIONS = Path(__file__).parents[1] / "bescapp" / "store" / "migrations"


def alembic_config():
    """Alembic's configuration as the store builds it (``bescapp.store.database._migrate``):
    the migrations folder, the connection passed in ``attributes["connection"]``."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def database_at(path: Path, revision: str) -> None:
    """A database file migrated only up to ``revision``, as that version made it."""
    from alembic import command
    from sqlalchemy import create_engine

    config = alembic_config()
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
