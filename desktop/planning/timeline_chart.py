"""The Gantt-style timeline: phases as bars over the months, milestones, sessions, today."""

import calendar
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from desktop.planning.timeline_marks import paint_late, paint_mark
from desktop.planning.timeline_table import CANCELLED, DONE, who_text
from desktop.shell.formats import date_text
from desktop.shell.labels import phase_label
from desktop.shell.theme import qcolor
from models.core.enums import PlanItemKind, WorkStatus

MIN_MONTH, MAX_MONTH, ZOOM_STEP = 18.0, 260.0, 1.4  # pixels per month, and per zoom step
# The legend's samples besides the statuses and kinds it shows.
UNBOOKED, SCHOOL_BREAK, LATE_MARK = "unbooked", "break", "late"


class TimelineChart(QAbstractScrollArea):
    """Draws a plan's Timeline; a click selects, a drag moves (both reported, never stored)."""

    item_clicked = Signal(str)
    item_moved = Signal(str, object)  # uid, the new date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timeline: Any = None
        self.selected = ""
        self.month_width = 60.0
        self._fitted = True  # follows the window's width until the coach zooms
        self._shapes: list[tuple[str, QRectF, Any]] = []
        self._drag: tuple[str, float, date] | None = None
        self._drag_dx = 0.0
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._measure()
        self.viewport().setMouseTracking(True)
        self.setAccessibleName(self.tr("Timeline of the plan"))

    def _measure(self) -> None:
        """Room for the text at the font in use (a coach may have made text larger): the
        column of phase names, the months' heading, a lane of two lines, the legend's two."""
        line = self.fontMetrics().height()
        self.line = line + 2
        self.label_w = max(180, 11 * line)
        self.head_h = max(40, 2 * line + 8)
        self.lane_h = max(46, 2 * self.line + 10)
        self.legend_h = max(46, 2 * self.line + 10)
        self.setMinimumHeight(self.head_h + self.lane_h + self.legend_h + 8)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._measure()
            self._update_scrollbars()

    def set_timeline(self, timeline: Any, fit: bool = False) -> None:
        """Shows new data at once; `fit` picks the zoom that shows the whole trajectory."""
        self.timeline = timeline
        self._fitted = fit or self._fitted
        if self._fitted:
            self._fit()
        self._update_scrollbars()
        self.viewport().update()

    def _fit(self) -> None:
        if self.timeline is None or not self.timeline.months:
            return
        room = max(self.viewport().width() - self.label_w - 12, 100)
        self.month_width = max(MIN_MONTH, min(MAX_MONTH, room / len(self.timeline.months)))
        self.horizontalScrollBar().setValue(0)

    def highlight(self, uid: str) -> None:
        self.selected = uid
        self.viewport().update()

    def zoom_by(self, step: int, anchor_x: float | None = None) -> None:
        """Zooms in (+1) or out (-1), keeping the day under `anchor_x` where it was."""
        anchor_x = self.viewport().width() / 2 if anchor_x is None else anchor_x
        day = self.date_at(anchor_x)
        self._fitted = False
        width = self.month_width * ZOOM_STEP**step
        self.month_width = max(MIN_MONTH, min(MAX_MONTH, width))
        self._update_scrollbars()
        if day is not None:
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + int(self.x_of(day) - anchor_x))
        self.viewport().update()

    def x_of(self, day: date) -> float:
        """The x of the start of `day` in viewport pixels (outside the months: clamped)."""
        months = self.timeline.months
        index = {(m.first.year, m.first.month): i for i, m in enumerate(months)}
        i = index.get((day.year, day.month))
        if i is None:
            i, fraction = (0, 0.0) if day < months[0].first else (len(months), 0.0)
        else:
            fraction = (day.day - 1) / calendar.monthrange(day.year, day.month)[1]
        return self.label_w + (i + fraction) * self.month_width - self.horizontalScrollBar().value()

    def date_at(self, x: float) -> date | None:
        if self.timeline is None:
            return None
        months = self.timeline.months
        position = (x + self.horizontalScrollBar().value() - self.label_w) / self.month_width
        i = max(0, min(len(months) - 1, int(position)))
        first: date = months[i].first
        days = calendar.monthrange(first.year, first.month)[1]
        return first + timedelta(days=max(0, min(days - 1, int((position - i) * days))))

    def item_rect(self, uid: str) -> QRectF | None:
        return next((rect for key, rect, _ in self._layout() if key == uid), None)

    def _update_scrollbars(self) -> None:
        months = len(self.timeline.months) if self.timeline else 0
        lanes = len(self.timeline.lanes) if self.timeline else 0
        width = int(self.label_w + months * self.month_width + 12)
        height = self.head_h + lanes * self.lane_h + self.legend_h
        self.horizontalScrollBar().setRange(0, max(0, width - self.viewport().width()))
        self.horizontalScrollBar().setPageStep(self.viewport().width())
        self.verticalScrollBar().setRange(0, max(0, height - self.viewport().height()))

    def _layout(self) -> list[tuple[str, QRectF, Any]]:
        """Every bar and mark with its rectangle, for painting, hit-testing and tests."""
        shapes: list[tuple[str, QRectF, Any]] = []
        if self.timeline is None:
            return shapes
        top = self.head_h - self.verticalScrollBar().value()
        for n, lane in enumerate(self.timeline.lanes):
            y = top + n * self.lane_h
            row = lane.phase
            left = self.x_of(row.planned_start)
            right = self.x_of(row.planned_end + timedelta(days=1))
            shapes.append((row.uid, QRectF(left, y + 8, max(right - left, 3), 16), row))
            for mark in lane.marks:
                x = self.x_of(mark.planned_start)
                shapes.append((mark.uid, QRectF(x - 6, y + 29, 12, 12), mark))
        return shapes

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self._fit()
        self._update_scrollbars()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.viewport().rect(), qcolor("base"))
        if self.timeline is None or not self.timeline.lanes:
            painter.setPen(qcolor("muted"))
            text = self.tr("No plan yet: type a start date above and press Enter.")
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, text)
            return
        self._paint_months(painter)
        self._paint_breaks(painter)
        self._paint_items(painter)
        self._paint_line(
            painter, self.timeline.today, qcolor("error"), self.tr("today"), Qt.PenStyle.SolidLine
        )
        if self.timeline.stopped_on:
            stopped = self.tr("stopped")
            self._paint_line(
                painter, self.timeline.stopped_on, qcolor("text"), stopped, Qt.PenStyle.DashLine
            )
        self._paint_labels(painter)
        self._paint_legend(painter)

    def _paint_months(self, painter: QPainter) -> None:
        """Month names in the interface's language, the year over January and the first."""
        bottom = self.viewport().height() - self.legend_h
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        painter.setFont(small)
        locale = QLocale()
        for i, month in enumerate(self.timeline.months):
            left = self.x_of(month.first)
            cell = QRectF(left, 0, self.month_width, bottom)
            if i % 2:
                painter.fillRect(cell, qcolor("zebra"))
            painter.setPen(QPen(qcolor("grid"), 1))
            painter.drawLine(QPointF(left, self.line), QPointF(left, bottom))
            painter.setPen(qcolor("text"))
            name = locale.standaloneMonthName(month.first.month, QLocale.FormatType.ShortFormat)
            label = name if self.month_width >= 30 else name[:1].upper()
            painter.drawText(
                QRectF(left, self.line, self.month_width, self.line),
                Qt.AlignmentFlag.AlignCenter,
                label,
            )
            if i == 0 or month.first.month == 1:
                painter.drawText(
                    QRectF(left + 3, 0, 6 * self.line, self.line),
                    Qt.AlignmentFlag.AlignVCenter,
                    str(month.year),
                )

    def _paint_breaks(self, painter: QPainter) -> None:
        """The Flemish school breaks as pale bands, named when there is room."""
        bottom = self.viewport().height() - self.legend_h
        for school_break in self.timeline.school_breaks:
            left = max(self.x_of(school_break.first), self.label_w)
            right = self.x_of(school_break.last + timedelta(days=1))
            if right <= left:
                continue
            top = self.head_h
            painter.fillRect(QRectF(left, top, right - left, bottom - top), qcolor("school_break"))

    def _paint_items(self, painter: QPainter) -> None:
        for uid, rect, row in self._layout():
            if self._drag and self._drag[0] == uid:
                rect = rect.translated(self._drag_dx, 0)
            late = QPen(qcolor("error"), 2) if row.overdue else None
            chosen = QPen(qcolor("text"), 2.5) if uid == self.selected else None
            if row.kind == PlanItemKind.PHASE:
                self._paint_bar(painter, rect, row, chosen or late or QPen(qcolor("accent"), 1))
                continue
            colour = qcolor("muted") if row.status in CANCELLED else qcolor("text")
            painter.setPen(chosen or late or QPen(colour, 1.5))
            painter.setBrush(colour if row.status in DONE else qcolor("base"))
            paint_mark(painter, rect, row.kind)
        for _uid, rect, row in self._layout():  # over everything, so no bar hides one
            if row.overdue:
                paint_late(painter, QPointF(rect.right() + 1, rect.top() - 2))

    def _paint_bar(self, painter: QPainter, rect: QRectF, row: Any, pen: QPen) -> None:
        """Done: solid; running: filled up to today; cancelled: hatched, so print shows it too;
        not booked: grey and dotted."""
        if not getattr(row, "booked", True):
            pen = QPen(qcolor("muted"), 1, Qt.PenStyle.DotLine)
            painter.setBrush(qcolor("zebra"))
        elif row.status in CANCELLED:
            pen = QPen(qcolor("muted"), 1, Qt.PenStyle.DashLine)
            painter.setBrush(QBrush(qcolor("muted"), Qt.BrushStyle.BDiagPattern))
        else:
            painter.setBrush(qcolor("accent") if row.status == WorkStatus.DONE else qcolor("faint"))
        painter.setPen(pen)
        painter.drawRoundedRect(rect, 3, 3)
        if (
            getattr(row, "booked", True)
            and row.status == WorkStatus.IN_PROGRESS
            and self.timeline
            and self.timeline.today > row.planned_start
        ):
            done = min(self.x_of(self.timeline.today), rect.right()) - rect.left()
            painter.fillRect(
                QRectF(rect.left(), rect.top(), done, rect.height()).adjusted(1, 1, 0, -1),
                qcolor("accent"),
            )

    def _paint_line(
        self, painter: QPainter, day: date, colour: QColor, text: str, style: Any
    ) -> None:
        x = self.x_of(day)
        if x < self.label_w:
            return
        painter.setPen(QPen(colour, 2, style))
        painter.drawLine(QPointF(x, 18), QPointF(x, self.viewport().height() - self.legend_h))
        painter.drawText(QPointF(x + 4, self.viewport().height() - self.legend_h - 6), text)

    def _paint_labels(self, painter: QPainter) -> None:
        """The fixed left column: 'Fase 1' in bold over the phase's name."""
        painter.fillRect(QRectF(0, 0, self.label_w, self.viewport().height()), qcolor("base"))
        bold = QFont(self.font())
        bold.setBold(True)
        top = self.head_h - self.verticalScrollBar().value()
        metrics = painter.fontMetrics()
        for n, lane in enumerate(self.timeline.lanes):
            y = top + n * self.lane_h
            painter.setFont(bold)
            painter.setPen(qcolor("text"))
            painter.drawText(
                QRectF(8, y + 4, self.label_w - 12, self.line),
                Qt.AlignmentFlag.AlignLeft,
                phase_label(lane.phase.label),
            )
            painter.setFont(self.font())
            painter.setPen(qcolor("muted"))
            name = lane.phase.name
            if not lane.phase.booked:
                name = self.tr("%1 (not booked)").replace("%1", name)
            name = metrics.elidedText(name, Qt.TextElideMode.ElideRight, self.label_w - 14)
            painter.drawText(
                QRectF(8, y + 4 + self.line, self.label_w - 12, self.line),
                Qt.AlignmentFlag.AlignLeft,
                name,
            )

    def _paint_legend(self, painter: QPainter) -> None:
        """Shapes with their meaning, so the chart reads without colour too (on two lines when
        the chart is narrow)."""
        y = self.viewport().height() - self.legend_h + 8
        painter.fillRect(QRectF(0, y - 8, self.viewport().width(), self.legend_h), qcolor("base"))
        x = 8.0
        metrics = painter.fontMetrics()
        bars: tuple[str, ...] = (
            WorkStatus.PLANNED,
            WorkStatus.DONE,
            WorkStatus.CANCELLED,
            UNBOOKED,
        )
        for key, text in (
            (WorkStatus.PLANNED, self.tr("phase")),
            (WorkStatus.DONE, self.tr("done")),
            (WorkStatus.CANCELLED, self.tr("cancelled")),
            (UNBOOKED, self.tr("not booked")),
            (SCHOOL_BREAK, self.tr("school holiday")),
            (PlanItemKind.MILESTONE, self.tr("milestone")),
            (PlanItemKind.SESSION, self.tr("session (filled: held)")),
            (LATE_MARK, self.tr("late")),
        ):
            wide = 18 if key in (*bars, SCHOOL_BREAK) else 12
            if x + wide + 5 + metrics.horizontalAdvance(text) > self.viewport().width() - 4:
                x, y = 8.0, y + self.line  # on to the second line
            rect = QRectF(x, y, wide, 12)
            if key == SCHOOL_BREAK:
                painter.fillRect(rect, qcolor("school_break"))
            elif key in bars:
                self._paint_bar(painter, rect, _Sample(key), QPen(qcolor("accent"), 1))
            elif key == "late":
                paint_late(painter, QPointF(rect.left(), rect.top() + 1))
            else:
                painter.setPen(QPen(qcolor("text"), 1.5))
                painter.setBrush(qcolor("base"))
                paint_mark(painter, rect, key)
            painter.setPen(qcolor("muted"))
            painter.drawText(
                QRectF(rect.right() + 5, y - 3, metrics.horizontalAdvance(text) + 4, self.line),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x = rect.right() + 5 + metrics.horizontalAdvance(text) + 18

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            row = self._hit(event.pos())  # type: ignore[attr-defined]
            if row is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self._tip(row), self)  # type: ignore[attr-defined]
            return True
        return super().viewportEvent(event)

    def _tip(self, row: Any) -> str:
        when = date_text(row.planned_start)
        if row.planned_end:
            when += " – " + date_text(row.planned_end)
        booked = "" if row.booked else self.tr("not booked")
        late = self.tr("late") if row.overdue else ""
        return "\n".join(
            part
            for part in (
                f"{phase_label(row.label)} {row.name}".strip(),
                when,
                who_text(row),
                booked,
                late,
            )
            if part
        )

    def _hit(self, pos: Any) -> Any:
        point = QPointF(pos)
        found = [
            row for _, rect, row in self._layout() if rect.adjusted(-3, -3, 3, 3).contains(point)
        ]
        marks = [row for row in found if row.kind != PlanItemKind.PHASE]
        return (marks or found or [None])[0]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self._hit(event.position())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self._drag, self._drag_dx = (row.uid, event.position().x(), row.planned_start), 0.0

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag is not None:
            self._drag_dx = event.position().x() - self._drag[1]
            self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        uid, _, original = self._drag
        moved = (
            self.date_at(self.x_of(original) + self._drag_dx + 0.5)
            if abs(self._drag_dx) >= 4
            else None
        )
        self._drag, self._drag_dx = None, 0.0
        self.viewport().update()
        self.highlight(uid)
        self.item_clicked.emit(uid)
        if moved is not None and moved != original:
            self.item_moved.emit(uid, moved)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1 if event.angleDelta().y() > 0 else -1, event.position().x())
            event.accept()
            return
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() - (event.angleDelta().y() or event.angleDelta().x()))
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(1)
        elif ctrl and event.key() == Qt.Key.Key_Minus:
            self.zoom_by(-1)
        else:
            super().keyPressEvent(event)


class _Sample:
    """A stand-in row for drawing the legend's bars."""

    def __init__(self, status: str) -> None:
        self.status = status
        self.booked = status != UNBOOKED
        self.planned_start = date.max
