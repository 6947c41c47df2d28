"""The communiqué's stock patterns renewed where staff have not edited them.

The opening now says the same thing in both languages and names each principal by
how they take part (host, co-host, head of the visiting delegation). A pattern that
still reads exactly like an earlier stock text is replaced; an edited one is kept.

Revision ID: 0004
Revises: 0003
"""

from alembic import op

from bescapp.store import starter

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    starter.renew_stock_patterns(op.get_bind())


def downgrade() -> None:
    pass  # the earlier stock text is not worth restoring: staff may edit the pattern
