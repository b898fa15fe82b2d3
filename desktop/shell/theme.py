"""Calm colours with one accent, and type sizes readable on a 1366×768 laptop."""

from PySide6.QtWidgets import QApplication

ACCENT = "#1F5F5B"

STYLE_SHEET = f"""
QListWidget#navigation {{
    background: #F3F5F4; border: none; font-size: 11pt; padding-top: 8px;
}}
QListWidget#navigation::item {{ padding: 10px 14px; color: #1E2524; }}
QListWidget#navigation::item:selected {{
    background: {ACCENT}; color: white; border-radius: 4px;
}}
QLabel[role="title"] {{ font-size: 15pt; font-weight: 600; color: #1E2524; }}
QLabel[role="subtitle"] {{ color: #4A5553; }}
QLabel[role="empty"] {{ color: #5C6664; font-style: italic; padding: 12px; }}
QTableView {{ gridline-color: #E1E5E4; selection-background-color: #CFE3E1;
    selection-color: #1E2524; }}
QHeaderView::section {{ background: #EEF1F0; padding: 4px; border: none;
    border-bottom: 1px solid #D5DAD9; font-weight: 600; }}
QPushButton[role="primary"] {{ background: {ACCENT}; color: white; padding: 6px 14px;
    border-radius: 4px; }}
"""


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(STYLE_SHEET)
