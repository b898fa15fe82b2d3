"""The database file: opening, migrations, backups, restore and hand-over between coaches."""
