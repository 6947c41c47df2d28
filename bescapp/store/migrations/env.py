"""Alembic environment: bescapp passes its own connection in ``config.attributes``."""

from alembic import context
from sqlalchemy import create_engine

from bescapp.model.entities import Base

config = context.config
connection = config.attributes.get("connection")


def run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite cannot ALTER most things; batch mode copies the table
    )
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # `alembic revision --autogenerate` during development
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
    with engine.connect() as conn:
        run(conn)
