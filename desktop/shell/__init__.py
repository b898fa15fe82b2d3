"""The application's frame: start-up, main window, settings, translations, theme, crashes."""
