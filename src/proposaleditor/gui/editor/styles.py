"""ITU paragraph styles (itu-format.md section 7) as Qt text formats for the on-screen page."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextFormat, QTextOption

SERIF_FAMILIES = ["Times New Roman", "Liberation Serif", "Tinos", "Nimbus Roman", "DejaVu Serif",
                  "serif"]
PAGE_WIDTH_CM = 21.0
MARGIN_CM = 2.0
TEXT_WIDTH_CM = PAGE_WIDTH_CM - 2 * MARGIN_CM


@dataclass(frozen=True)
class ParagraphStyle:
    size: float = 12
    bold: bool = False
    italic: bool = False
    caps: bool = False
    align: str = "left"  # left, center, right
    left: float = 0.0  # cm
    hanging: float = 0.0  # cm
    before: float = 6  # pt
    after: float = 0  # pt
    tabs: tuple[float, ...] = (1.40, 2.10, 2.80, 3.50)  # cm


_NORMAL = ParagraphStyle()
STYLES: dict[str, ParagraphStyle] = {
    "Normal": _NORMAL,
    "Normalaftertitle": ParagraphStyle(before=18),
    "Call": ParagraphStyle(italic=True, left=1.40, before=8),
    "enumlev1": ParagraphStyle(before=4, left=1.40, hanging=1.40),
    "enumlev2": ParagraphStyle(before=4, left=2.10, hanging=0.70),
    "enumlev3": ParagraphStyle(before=4, left=2.80, hanging=0.70),
    "Headingb": ParagraphStyle(bold=True, before=8),
    "Headingi": ParagraphStyle(italic=True, before=8),
    "Source": ParagraphStyle(size=14, bold=True, align="center", before=42, after=10),
    "Title1": ParagraphStyle(size=14, caps=True, align="center", before=12),
    "ResNo": ParagraphStyle(size=14, caps=True, align="center", before=6),
    "Restitle": ParagraphStyle(size=14, bold=True, align="center", before=18),
    "Resref": ParagraphStyle(italic=True, align="center"),
    "AnnexNotitle": ParagraphStyle(size=14, bold=True, align="center", before=24),
    "ArtNo": ParagraphStyle(size=14, caps=True, align="center", before=24),
    "Arttitle": ParagraphStyle(size=14, bold=True, align="center", before=12),
    "Reasons": ParagraphStyle(before=0 + 6),
    "Proposal": ParagraphStyle(bold=True, before=12, tabs=(2.5,)),
    "Note": ParagraphStyle(before=4),
    "FootnoteText": ParagraphStyle(size=10, left=0.45, hanging=0.45, tabs=(0.45,)),
}


def style(style_id: str) -> ParagraphStyle:
    return STYLES.get(style_id, _NORMAL)


def cm_to_px(cm: float, dpi: float, zoom: float = 1.0) -> float:
    return cm / 2.54 * dpi * zoom


def serif_font(size: float, zoom: float = 1.0) -> QFont:
    font = QFont()
    font.setFamilies(SERIF_FAMILIES)
    font.setPointSizeF(size * zoom)
    return font


def block_format(style_id: str, dpi: float, zoom: float = 1.0,
                 align: str | None = None) -> QTextBlockFormat:
    s = style(style_id)
    fmt = QTextBlockFormat()
    fmt.setAlignment({"center": Qt.AlignmentFlag.AlignHCenter,
                      "right": Qt.AlignmentFlag.AlignRight}.get(align or s.align,
                                                                 Qt.AlignmentFlag.AlignLeft))
    px = lambda cm: cm_to_px(cm, dpi, zoom)  # noqa: E731
    pt = lambda points: points / 72 * dpi * zoom  # noqa: E731
    fmt.setLeftMargin(px(s.left))
    fmt.setTextIndent(-px(s.hanging))
    fmt.setTopMargin(pt(s.before))
    fmt.setBottomMargin(pt(s.after))
    # Qt measures tab stops from where the first line starts (margin + indent); ITU's are
    # measured from the page margin. A hanging style tabs to its text indent.
    start = s.left - s.hanging
    stops = (s.hanging,) if s.hanging else tuple(t - start for t in s.tabs if t > start)
    fmt.setTabPositions([QTextOption.Tab(px(t), QTextOption.TabType.LeftTab) for t in stops])
    fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setProperty(QTextFormat.Property.UserProperty, style_id)
    return fmt


def char_format(style_id: str, zoom: float = 1.0) -> QTextCharFormat:
    s = style(style_id)
    fmt = QTextCharFormat()
    fmt.setFont(serif_font(s.size, zoom))
    if s.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontItalic(s.italic)
    if s.caps:
        fmt.setFontCapitalization(QFont.Capitalization.AllUppercase)
    return fmt
