"""Horizontal bar charts painted with QPainter (QtCharts would pull in PySide6-Addons)."""

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.shell.theme import ACCENT

TRACK = QColor("#DDE3E1")
TEXT = QColor("#1E2524")
MUTED = QColor("#5C6664")
ROW_HEIGHT = 22
BAR_HEIGHT = 14
LABEL_SHARE = 0.36
VALUE_WIDTH = 70

ChartRow = tuple[str, int, float, str]  # label, count, share 0..1, value text


class BarChart(QWidget):
    """One bar per row: label, a bar as long as its share of the answers, count and percent."""

    def __init__(self, rows: Sequence[ChartRow] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = list(rows)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(320)
        self.setMaximumWidth(760)
        self._update_height()

    def set_rows(self, rows: Sequence[ChartRow]) -> None:
        self._rows = list(rows)
        self._update_height()
        self.update()

    @property
    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def _update_height(self) -> None:
        self.setFixedHeight(max(len(self._rows), 1) * ROW_HEIGHT + 4)
        self.setAccessibleDescription(
            "; ".join(f"{label}: {value}" for label, _, _, value in self._rows)
        )

    def sizeHint(self) -> QSize:
        return QSize(560, max(len(self._rows), 1) * ROW_HEIGHT + 4)

    def bar_rect(self, index: int) -> QRectF:
        """Where the filled bar of row `index` is drawn (tests measure it)."""
        label_width = self.width() * LABEL_SHARE
        track = max(self.width() - label_width - VALUE_WIDTH - 12, 10)
        share = self._rows[index][2]
        top = index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2
        return QRectF(label_width + 6, top, track * share, BAR_HEIGHT)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        label_width = self.width() * LABEL_SHARE
        track = max(self.width() - label_width - VALUE_WIDTH - 12, 10)
        accent = QColor(ACCENT)
        for index, (label, _count, _share, value) in enumerate(self._rows):
            top = index * ROW_HEIGHT
            text_rect = QRectF(0, top, label_width, ROW_HEIGHT)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width))
            painter.setPen(TEXT)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
            bar_top = top + (ROW_HEIGHT - BAR_HEIGHT) / 2
            painter.fillRect(QRectF(label_width + 6, bar_top, track, BAR_HEIGHT), TRACK)
            filled = self.bar_rect(index)
            if filled.width() > 0:
                painter.fillRect(filled, accent)
            painter.setPen(MUTED)
            value_rect = QRectF(label_width + 12 + track, top, VALUE_WIDTH, ROW_HEIGHT)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, value)
        painter.end()
