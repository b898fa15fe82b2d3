"""The quote (offerte) PDF."""
