"""Trajectwijzer domain: ORM, database lifecycle and services (no Qt)."""
