"""Row versions: a counter on every row the window edits, for several editors at once.

Each edited table gets ``row_version`` (1 for every row already there), which SQLAlchemy's
``version_id_col`` raises by one on every save and checks in the UPDATE's WHERE: a save
over a row someone else changed since it was read touches nothing and is refused
(``store/versions.py``). A plain ``ADD COLUMN`` with a default, the same on SQLite and
PostgreSQL: no table is copied, so foreign keys and constraints stay as they were.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

# Every table whose entity carries ``row_version = version_column()`` (model/entities.py).
TABLES = ("agency", "database_settings", "person", "meeting", "agenda_item", "membership",
          "action_plan", "action_line", "status_update", "communique_version", "paragraph",
          "paragraph_pattern", "term")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
