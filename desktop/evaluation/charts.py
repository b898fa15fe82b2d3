"""Horizontal bar charts painted with QPainter (QtCharts would pull in PySide6-Addons).

A chart is a control of its own for the keyboard and screen readers: Tab reaches it, its
name is the question, its description reads every bar as text, and the arrow keys walk the
bars one by one (each said aloud and shown as a tip); Ctrl+C copies the figures as text.
"""

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QToolTip, QWidget

from desktop.shell.theme import qcolor
from desktop.widgets.announce import announce

LABEL_SHARE = 0.36

ChartRow = tuple[str, int, float, str]  # label, count, share 0..1, value text


class BarChart(QWidget):
    """One bar per row: label, a bar as long as its share of the answers, count and percent."""

    def __init__(
        self, rows: Sequence[ChartRow] = (), name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._rows: list[ChartRow] = list(rows)
        self.current = -1  # the bar the arrow keys are on
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(240)
        self.setMaximumWidth(760)
        self.setAccessibleName(name or self.tr("Chart"))
        self._update_height()

    def set_rows(self, rows: Sequence[ChartRow]) -> None:
        self._rows = list(rows)
        self.current = -1
        self._update_height()
        self.update()

    @property
    def rows(self) -> list[ChartRow]:
        return list(self._rows)

    def text_alternative(self) -> str:
        """Every bar as text: 'label: 3 (60%); …' (what a screen reader reads)."""
        return "; ".join(f"{label}: {value}" for label, _, _, value in self._rows)

    def _row_height(self) -> int:
        return max(22, self.fontMetrics().height() + 8)

    def _bar_height(self) -> int:
        return max(14, self.fontMetrics().height() - 2)

    def _value_width(self) -> int:
        return max(70, self.fontMetrics().horizontalAdvance("999 (100%)") + 8)

    def _update_height(self) -> None:
        self.setFixedHeight(max(len(self._rows), 1) * self._row_height() + 4)
        self.setAccessibleDescription(self.text_alternative())
        self.setToolTip(self.text_alternative().replace("; ", "\n"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._update_height()

    def sizeHint(self) -> QSize:
        return QSize(560, max(len(self._rows), 1) * self._row_height() + 4)

    def bar_rect(self, index: int) -> QRectF:
        """Where the filled bar of row `index` is drawn (tests measure it)."""
        label_width = self.width() * LABEL_SHARE
        track = max(self.width() - label_width - self._value_width() - 12, 10)
        share = self._rows[index][2]
        row_height, bar_height = self._row_height(), self._bar_height()
        top = index * row_height + (row_height - bar_height) / 2
        return QRectF(label_width + 6, top, track * share, bar_height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(self.text_alternative().replace("; ", "\n"))
            return
        step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
        if step is None or not self._rows:
            super().keyPressEvent(event)
            return
        self.current = max(0, min(len(self._rows) - 1, self.current + step))
        self._say_current()
        self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        QToolTip.hideText()
        self.update()

    def _say_current(self) -> None:
        label, _count, _share, value = self._rows[self.current]
        text = f"{label}: {value}"
        top = int(self.current * self._row_height())
        QToolTip.showText(self.mapToGlobal(QPoint(0, top)), text, self)
        announce(self, text)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = self.width() * LABEL_SHARE
        value_width = self._value_width()
        track = max(self.width() - label_width - value_width - 12, 10)
        row_height, bar_height = self._row_height(), self._bar_height()
        for index, (label, _count, _share, value) in enumerate(self._rows):
            top = index * row_height
            if index == self.current and self.hasFocus():
                painter.fillRect(QRectF(0, top, self.width(), row_height), qcolor("highlight"))
            text_rect = QRectF(4, top, label_width - 4, row_height)
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, int(label_width - 4))
            painter.setPen(qcolor("text"))
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, shown)
            bar_top = top + (row_height - bar_height) / 2
            painter.fillRect(QRectF(label_width + 6, bar_top, track, bar_height), qcolor("track"))
            filled = self.bar_rect(index)
            if filled.width() > 0:
                painter.fillRect(filled, qcolor("accent"))
            painter.setPen(qcolor("muted"))
            value_rect = QRectF(label_width + 12 + track, top, value_width, row_height)
            painter.drawText(value_rect, Qt.AlignmentFlag.AlignVCenter, value)
        if self.hasFocus():
            painter.setPen(QPen(qcolor("window_text"), 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.end()
