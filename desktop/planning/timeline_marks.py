"""The small shapes of the timeline, drawn the same in the chart and its legend."""

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPen, QPolygonF

from desktop.shell.theme import qcolor
from models.core.enums import PlanItemKind


def paint_late(painter: QPainter, at: QPointF) -> None:
    """Late is a shape of its own, not only a colour: a small warning sign with '!'."""
    size = 11.0
    left, top = at.x(), at.y() - 2
    triangle = QPolygonF(
        [
            QPointF(left + size / 2, top),
            QPointF(left + size, top + size),
            QPointF(left, top + size),
        ]
    )
    painter.setPen(QPen(qcolor("error"), 1))
    painter.setBrush(qcolor("error"))
    painter.drawPolygon(triangle)
    painter.setPen(QPen(qcolor("base"), 1.6))
    painter.drawLine(
        QPointF(left + size / 2, top + 3.5), QPointF(left + size / 2, top + size - 3.5)
    )
    painter.drawPoint(QPointF(left + size / 2, top + size - 1.8))


def paint_mark(painter: QPainter, rect: QRectF, kind: str) -> None:
    """A milestone is a diamond, a session a round mark (drawn with the painter's pen)."""
    if kind == PlanItemKind.MILESTONE:
        c = rect.center()
        top, right = QPointF(c.x(), rect.top()), QPointF(rect.right(), c.y())
        bottom, left = QPointF(c.x(), rect.bottom()), QPointF(rect.left(), c.y())
        painter.drawPolygon(QPolygonF([top, right, bottom, left]))
    else:
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
