"""Proposal versions: a saved version of the communiqué says whose text it is.

The counterpart's edited Word file and their meeting package both bring their text of
the communiqué; it is kept as a version of its own, never merged into our working draft.
``origin`` is "" for our versions (every version saved before this revision is ours) and
the other side's party code ("US", "MX") for theirs.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("communique_version") as batch:
        batch.add_column(sa.Column("origin", sa.String(2), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("communique_version") as batch:
        batch.drop_column("origin")
