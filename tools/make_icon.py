"""Draws the application icon (a winding route with three stops on the accent colour).

Run after changing the drawing: python tools/make_icon.py
Writes resources/icons/trajectwijzer-<size>.png for the window and the taskbar, and
trajectwijzer.ico for the Windows bundle (PyInstaller makes the macOS icon from the PNG).
"""

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)
ACCENT = QColor("#1F5F5B")
LIGHT = QColor("#F3F5F4")
STOP = QColor("#E8A33D")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = size / 256
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(ACCENT)
    p.drawRoundedRect(QRectF(8 * s, 8 * s, 240 * s, 240 * s), 52 * s, 52 * s)
    route = QPainterPath(QPointF(60 * s, 200 * s))
    route.cubicTo(QPointF(40 * s, 130 * s), QPointF(200 * s, 170 * s), QPointF(170 * s, 110 * s))
    route.cubicTo(QPointF(145 * s, 60 * s), QPointF(90 * s, 90 * s), QPointF(110 * s, 56 * s))
    pen = QPen(LIGHT, max(2.0, 18 * s), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(route)
    p.setPen(Qt.PenStyle.NoPen)
    for x, y, colour in ((60, 200, LIGHT), (170, 110, LIGHT), (110, 56, STOP)):
        p.setBrush(colour)
        radius = 22 * s if colour == STOP else 16 * s
        p.drawEllipse(QPointF(x * s, y * s), radius, radius)
    p.end()
    return image


def main() -> None:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text and painting need it
    FOLDER.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        draw(size).save(str(FOLDER / f"trajectwijzer-{size}.png"))
    from PIL import Image

    largest = Image.open(FOLDER / "trajectwijzer-256.png")
    largest.save(FOLDER / "trajectwijzer.ico", sizes=[(n, n) for n in SIZES])
    print(f"icons written to {FOLDER.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
