"""Alembic migrations of the Trajectwijzer database."""
