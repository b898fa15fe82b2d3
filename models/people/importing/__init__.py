"""Importing people lists: read in a guarded child process, cleaned, matched, committed.

files.open_import (the file read, its tables found) → plan.build_preview (rows cleaned,
duplicates found) → batches.commit_import (one transaction, undoable). The package itself
imports nothing: the reading child process loads only what it needs (see child.py).
"""
