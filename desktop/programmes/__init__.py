"""Programma's: the programme files, read-only."""
