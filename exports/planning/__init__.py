"""The planning PDF."""
