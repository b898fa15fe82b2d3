"""Evaluation forms, responses from paper or kiosk, results and the report's data."""
