"""The Evaluatie tab: form editor, fast entry, kiosk, results and charts."""
