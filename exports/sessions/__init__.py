"""The sign-in sheet and the session report PDFs."""
