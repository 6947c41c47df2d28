"""Conformity, paragraph notes, termbase variants.

- ``paragraph.conformity_by`` / ``conformity_at``: who checked that a paragraph's two
  language texts say the same, and when (empty / NULL: not checked). A clean or final
  communiqué needs every paragraph agreed and conforming.
- ``paragraph.notes``: notes on a paragraph; the counterpart's comments in their edited
  Word file are kept here.
- ``term.variants_en`` / ``variants_es``: a term's accepted variants, one a line.

Plain ``ADD COLUMN``s with defaults, the same on SQLite and PostgreSQL.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("paragraph", sa.Column("conformity_by", sa.String(200), nullable=False,
                                         server_default=""))
    op.add_column("paragraph", sa.Column("conformity_at", sa.DateTime(), nullable=True))
    op.add_column("paragraph", sa.Column("notes", sa.Text(), nullable=False, server_default=""))
    for lang in ("en", "es"):
        op.add_column("term", sa.Column(f"variants_{lang}", sa.Text(), nullable=False,
                                        server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("paragraph") as batch:
        for column in ("conformity_by", "conformity_at", "notes"):
            batch.drop_column(column)
    with op.batch_alter_table("term") as batch:
        for lang in ("en", "es"):
            batch.drop_column(f"variants_{lang}")
