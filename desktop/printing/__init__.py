"""Printing every document the app makes: one call for the screens (`flow.print_document`),
the preview, Qt's print dialog, and the print system underneath (CUPS, or Qt's own drawing)."""
