"""Data shipped with the app: programmes, reference data, fonts, translations."""
