"""The action plan PDF."""
