"""Backups, restore, the instance lock and hand-over dialogs."""
