"""Database files as an older bescapp left them, for the migration tests."""

from pathlib import Path

MIGRATIONS = Path(__file__).parents[1] / "bescapp" / "store" / "migrations"


def database_at(path: Path, revision: str) -> None:
    """A database file migrated only up to ``revision``, as that version made it."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, revision)
    engine.dispose()
