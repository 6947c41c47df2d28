"""Row versions on the briefing book's lines: the visit schedule and the clearances.

Migration 0012 added ``visit_event`` and ``clearance`` after 0011 had given every edited
table its ``row_version``; two staff editing one line of the visit schedule or of the
clearances could overwrite each other without knowing. Each gets the counter as 0011 gave
it (1 for every row already there): a plain ``ADD COLUMN`` with a default, the same on
SQLite and PostgreSQL, so no table is copied.

Revision ID: 0014
Revises: 0013
"""

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TABLES = ("visit_event", "clearance")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("row_version", sa.Integer(), nullable=False,
                                       server_default="1"))


def downgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
