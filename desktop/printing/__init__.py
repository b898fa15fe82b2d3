"""Printing the app's PDFs: preview, the print dialog, the system viewer."""
