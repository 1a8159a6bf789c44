"""Toolbar icons drawn as simple line glyphs in the palette's text colour.

Drawn rather than shipped so they stay crisp at any device pixel ratio and follow a dark palette;
the system icon theme is used first where it has the icon.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

from ..domain.proposals import Marker
from . import theme

THEME_NAMES = {
    "new": "document-new", "open": "document-open", "save": "document-save",
    "undo": "edit-undo", "redo": "edit-redo", "find": "edit-find",
}
SIZE = 24


def _arrow(path: QPainterPath, tip: QPointF, dx: float, dy: float, size: float = 4) -> None:
    """An arrow head at ``tip`` pointing along (dx, dy) (unit axis directions only)."""
    if dx:
        path.moveTo(tip.x() - dx * size, tip.y() - size)
        path.lineTo(tip)
        path.lineTo(tip.x() - dx * size, tip.y() + size)
    else:
        path.moveTo(tip.x() - size, tip.y() - dy * size)
        path.lineTo(tip)
        path.lineTo(tip.x() + size, tip.y() - dy * size)


def _lines(path: QPainterPath, x: float, ys, w: float) -> None:
    for y in ys:
        path.moveTo(x, y)
        path.lineTo(x + w, y)


def _glyph(name: str) -> tuple[QPainterPath, QColor | None]:
    p = QPainterPath()
    accent = None
    if name in ("new", "export", "properties", "proposal"):
        p.moveTo(6, 3)
        p.lineTo(14, 3)
        p.lineTo(18, 7)
        p.lineTo(18, 21)
        p.lineTo(6, 21)
        p.closeSubpath()
        p.moveTo(14, 3)
        p.lineTo(14, 7)
        p.lineTo(18, 7)
        if name == "export":
            p.moveTo(9, 14)
            p.lineTo(21, 14)
            _arrow(p, QPointF(21, 14), 1, 0, 3)
            accent = theme.inserted_color()
        elif name == "properties":
            _lines(p, 9, (11, 14, 17), 6)
        elif name == "proposal":
            p.moveTo(12, 10)
            p.lineTo(12, 18)
            p.moveTo(8, 14)
            p.lineTo(16, 14)
            accent = theme.marker_color(Marker.ADD)
    elif name == "open":
        p.moveTo(3, 7)
        p.lineTo(9, 7)
        p.lineTo(11, 9)
        p.lineTo(20, 9)
        p.lineTo(20, 19)
        p.lineTo(3, 19)
        p.closeSubpath()
    elif name == "save":
        p.addRoundedRect(QRectF(4, 4, 16, 16), 2, 2)
        p.moveTo(8, 4)
        p.lineTo(8, 9)
        p.lineTo(16, 9)
        p.lineTo(16, 4)
        p.addRect(QRectF(8, 13, 8, 7))
    elif name in ("undo", "redo"):
        sign = -1 if name == "undo" else 1
        cx = 12
        p.moveTo(cx - sign * 7, 16)
        p.cubicTo(cx - sign * 7, 8, cx + sign * 5, 7, cx + sign * 7, 11)
        tip = QPointF(cx + sign * 7.5, 11.5)
        p.moveTo(tip.x() - sign * 5, tip.y() + 0.5)
        p.lineTo(tip)
        p.lineTo(tip.x() + sign * 0.5, tip.y() - 5)
    elif name == "find":
        p.addEllipse(QRectF(4, 4, 11, 11))
        p.moveTo(13.5, 13.5)
        p.lineTo(20, 20)
    elif name == "insert":
        _lines(p, 4, (6, 10), 16)
        p.moveTo(4, 17)
        p.lineTo(13, 17)
        p.moveTo(17, 13)
        p.lineTo(17, 21)
        p.moveTo(13, 17)
        p.lineTo(21, 17)
        accent = theme.inserted_color()
    elif name == "subitem":
        _lines(p, 4, (6,), 16)
        _lines(p, 9, (11,), 11)
        p.moveTo(9, 17)
        p.lineTo(14, 17)
        p.moveTo(18, 14)
        p.lineTo(18, 20)
        p.moveTo(15, 17)
        p.lineTo(21, 17)
        accent = theme.inserted_color()
    elif name in ("indent", "outdent"):
        _lines(p, 4, (5, 19), 16)
        _lines(p, 11, (10, 14), 9)
        if name == "indent":
            p.moveTo(3, 12)
            p.lineTo(8, 12)
            _arrow(p, QPointF(8, 12), 1, 0, 2.5)
        else:
            p.moveTo(8, 12)
            p.lineTo(3, 12)
            _arrow(p, QPointF(3, 12), -1, 0, 2.5)
    elif name in ("up", "down"):
        d = -1 if name == "up" else 1
        p.moveTo(12, 12 - d * 8)
        p.lineTo(12, 12 + d * 8)
        _arrow(p, QPointF(12, 12 + d * 8), 0, d, 5)
    elif name == "suppress":
        _lines(p, 4, (8, 16), 16)
        p.moveTo(3, 12)
        p.lineTo(21, 12)
        accent = theme.deleted_color()
    elif name == "revise":
        p.addEllipse(QRectF(4, 4, 16, 16))
        p.moveTo(12, 7)
        p.lineTo(12, 12)
        p.lineTo(16, 14)
    elif name == "check":
        p.moveTo(5, 12)
        p.lineTo(10, 17)
        p.lineTo(19, 6)
        accent = theme.marker_color(Marker.ADD)
    return p, accent


@lru_cache(maxsize=64)
def _drawn(name: str, dark: bool) -> QIcon:
    ink = QGuiApplication.palette().color(QPalette.ColorRole.WindowText)
    icon = QIcon()
    for scale in (1, 2, 3):
        pixmap = QPixmap(SIZE * scale, SIZE * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        path, accent = _glyph(name)
        pen = QPen(accent or ink, 1.7)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        painter.drawPath(path)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def icon(name: str) -> QIcon:
    themed = THEME_NAMES.get(name)
    if themed and QIcon.hasThemeIcon(themed):
        return QIcon.fromTheme(themed)
    return _drawn(name, theme.is_dark())
