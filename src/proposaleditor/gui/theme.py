"""Colours that follow the system palette: revision marks, marker and status badges."""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from ..domain.proposals import Marker
from ..domain.provisions import Status


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette or QGuiApplication.palette()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def _pick(light: str, dark: str) -> QColor:
    return QColor(dark if is_dark() else light)


def inserted_color() -> QColor:
    return _pick("#0b57d0", "#8ab4f8")


def deleted_color() -> QColor:
    return _pick("#b3261e", "#f28b82")


_MARKER_COLORS = {
    Marker.ADD: ("#1e7b34", "#81c995"),
    Marker.ADD_MOVED: ("#00796b", "#80cbc4"),
    Marker.MOD: ("#0b57d0", "#8ab4f8"),
    Marker.MOD_EDITORIAL: ("#5b6ee1", "#aab4f8"),
    Marker.SUP: ("#b3261e", "#f28b82"),
    Marker.SUP_MOVED: ("#8c1d18", "#e6a39e"),
    Marker.NOC: ("#5f6368", "#bdc1c6"),
}
_STATUS_COLORS = {
    Status.ADDED: ("#1e7b34", "#81c995"),
    Status.MODIFIED: ("#0b57d0", "#8ab4f8"),
    Status.SUPPRESSED: ("#b3261e", "#f28b82"),
    Status.UNCHANGED: ("#5f6368", "#9aa0a6"),
}


def marker_color(marker: Marker) -> QColor:
    return _pick(*_MARKER_COLORS[marker])


def status_color(status: Status) -> QColor:
    return _pick(*_STATUS_COLORS[status])


def severity_color(severity: str) -> QColor:
    return {"error": deleted_color(), "warning": _pick("#b06000", "#fdd663")}.get(
        severity, _pick("#5f6368", "#9aa0a6"))


def page_colors(palette: QPalette | None = None) -> tuple[QColor, QColor, QColor]:
    """(desk around the page, paper, text): the page is paper-white in a light palette and the
    palette's base colour in a dark one."""
    palette = palette or QGuiApplication.palette()
    if is_dark(palette):
        return (palette.color(QPalette.ColorRole.Window).darker(130),
                palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text))
    return QColor("#e8eaed"), QColor("#ffffff"), QColor("#1f1f1f")
