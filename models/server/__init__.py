"""A team's database on a PostgreSQL server: the address, the connection, the stamp, opening.

SQLite stays the embedded default; everything here is used only when the database given is
a `postgresql+psycopg://` URL. Take-out and bring-back of trajectories live in models/team.
"""
