"""The demo database: one realistic trajectory of each programme, dated from the clock."""
