"""Personen & organisaties: the directory, person details, import and privacy."""
