"""The programme sheet (programmafiche) PDF."""
