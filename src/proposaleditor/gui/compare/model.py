"""Qt table model of a Comparison: a row per aligned provision, a column per source."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.compare import Comparison, Row
from .render import cell_html, row_colour

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the domain Row
CELL_ROLE = Qt.ItemDataRole.UserRole + 3  # the domain Cell or None


class ComparisonModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._html: dict[tuple[int, int], str] = {}

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._html.clear()
        self.endResetModel()

    # -- shape --------------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:
        if (parent is not None and parent.isValid()) or self.comparison is None:
            return 0
        return len(self.comparison.rows)

    def columnCount(self, parent=None) -> int:
        if (parent is not None and parent.isValid()) or self.comparison is None:
            return 0
        return len(self.comparison.sources)

    def row(self, r: int) -> Row:
        return self.comparison.rows[r]

    # -- data ---------------------------------------------------------------------------------
    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.comparison is None:
            return None
        row = self.comparison.rows[index.row()]
        source = self.comparison.sources[index.column()]
        cell = row.cells[index.column()]
        if role == HTML_ROLE:
            key = (index.row(), index.column())
            if key not in self._html:
                self._html[key] = cell_html(cell, source)
            return self._html[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if cell is None:
                return ""
            text = cell.draft_text
            label = cell.label or ""
            return f"{label} {text}".strip() if text is not None else f"{label} (suppressed)"
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = row_colour(row.agreement, row.changed)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            status = cell.status.value if cell is not None else "absent"
            return f"{source.name}: {row.ref} — {status}; sources {row.agreement.value}"
        if role == ROW_ROLE:
            return row
        if role == CELL_ROLE:
            return cell
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            source = self.comparison.sources[section]
            if role == Qt.ItemDataRole.DisplayRole:
                lines = [_elide(source.submitter), source.name] if source.submitter \
                    else [source.name]
                if source.own:
                    lines.append(self.tr("(our draft)"))
                return "\n".join(lines)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(x for x in (source.submitter, source.name, source.path) if x)
            return None
        row = self.comparison.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            word = {"differ": self.tr("differ"), "conflict": self.tr("conflict")}.get(
                row.agreement.value)
            ref = _wrap(row.ref)
            return f"{ref}\n{word}" if word else ref
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.ref
        if role == Qt.ItemDataRole.BackgroundRole:
            colour = row_colour(row.agreement, row.changed)
            return QBrush(QColor(colour)) if colour else None
        return None

    def flags(self, index: QModelIndex):
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def _elide(text: str, limit: int = 32) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _wrap(text: str, width: int = 24) -> str:
    """Headers do not wrap by themselves: break a long reference over lines."""
    import textwrap

    return "\n".join(textwrap.wrap(text, width)) or text


class DifferenceFilter(QSortFilterProxyModel):
    """Hides rows where every source agrees, when asked to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._only_differences = False

    @property
    def only_differences(self) -> bool:
        return self._only_differences

    def set_only_differences(self, on: bool) -> None:
        if on == self._only_differences:
            return
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+
            self.beginFilterChange()
            self._only_differences = on
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._only_differences = on
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if not self._only_differences:
            return True
        model: ComparisonModel = self.sourceModel()
        return model.row(source_row).differs
