"""Alembic environment: always run on a connection handed over by models.storage.lifecycle."""

from alembic import context

from models.orm import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # pragma: no cover - guarded by lifecycle, which always passes one
    raise RuntimeError("migrations run through models.storage.lifecycle.open_database only")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
