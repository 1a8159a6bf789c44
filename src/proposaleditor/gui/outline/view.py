"""The outline tree: badges, problem marks, drag and drop, expansion kept across refreshes."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from ...domain.provisions import Provision
from .. import theme
from ..sections import Section
from .model import BadgeRole, IdRole, NodeRole, ProblemRole, ProposalIdRole, SecondaryRole


class OutlineDelegate(QStyledItemDelegate):
    """Row = [badge] text [secondary] [problem mark]."""

    def sizeHint(self, option, index):
        size = super().sizeHint(option, index)
        return QSize(size.width() + 80, max(size.height(), option.fontMetrics.height() + 10))

    def paint(self, painter: QPainter, option, index):
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        widget = opt.widget
        style = widget.style() if widget else None
        text = opt.text
        opt.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = opt.rect.adjusted(4, 0, -6, 0)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_color = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)

        problem = index.data(ProblemRole)
        if problem:
            d = min(rect.height() - 8, 14)
            mark = QRectF(rect.right() - d, rect.center().y() - d / 2 + 0.5, d, d)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.severity_color(problem))
            painter.drawEllipse(mark)
            painter.setPen(QColor("white"))
            small = QFont(opt.font)
            small.setBold(True)
            small.setPixelSize(max(int(d * 0.75), 8))
            painter.setFont(small)
            painter.drawText(mark, Qt.AlignmentFlag.AlignCenter, "!" if problem != "info" else "i")
            rect.setRight(int(mark.left()) - 6)

        badge = index.data(BadgeRole)
        if badge:
            label, kind, value = badge
            small = QFont(opt.font)
            small.setPointSizeF(max(opt.font.pointSizeF() * 0.78, 6.5))
            small.setBold(True)
            fm = QFontMetrics(small)
            w = fm.horizontalAdvance(label) + 10
            h = fm.height() + 2
            box = QRectF(rect.left(), rect.center().y() - h / 2 + 0.5, w, h)
            color = theme.marker_color(value) if kind == "marker" else theme.status_color(value)
            if kind == "marker":
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(color)
                painter.drawRoundedRect(box, 3, 3)
                # white on the saturated light-palette colours, dark on the pastel dark ones
                painter.setPen(QColor("white") if color.lightness() < 150 else QColor("#202124"))
            else:
                tint = QColor(color)
                tint.setAlpha(36)
                painter.setBrush(tint)
                painter.setPen(QPen(color, 1))
                painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
                painter.setPen(text_color if selected else color)
            painter.setFont(small)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
            rect.setLeft(int(box.right()) + 6)

        secondary = index.data(SecondaryRole)
        font = index.data(Qt.ItemDataRole.FontRole) or opt.font
        painter.setFont(font)
        fm = QFontMetrics(font)
        if secondary:
            dim = QColor(text_color)
            dim.setAlpha(140)
            sw = fm.horizontalAdvance(secondary)
            painter.setPen(dim)
            painter.drawText(rect.adjusted(rect.width() - sw, 0, 0, 0),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             secondary)
            rect.setRight(rect.right() - sw - 8)
        painter.setPen(text_color)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
        painter.restore()


class OutlineView(QTreeView):
    """Emits ``activated_node(kind, proposal_id, node_id)`` when the current row changes:
    kind is "cover", "text", "block", "proposal" or "provision"."""

    nodeActivated = Signal(str, object, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("outline")
        self.setAccessibleName(self.tr("Document outline"))
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)
        self.setItemDelegate(OutlineDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setAnimated(False)
        self.setIndentation(16)
        self.setExpandsOnDoubleClick(True)
        self._expanded: set[str] = set()
        self._current: tuple | None = None
        self._muted = False

    def setModel(self, model):
        super().setModel(model)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.selectionModel().currentChanged.connect(self._current_changed)

    # -- expansion and selection across model resets -----------------------------------------
    def _remember(self) -> None:
        model = self.model()
        self._expanded = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for row in range(model.rowCount(parent)):
                index = model.index(row, 0, parent)
                if self.isExpanded(index):
                    self._expanded.add(index.data(IdRole))
                    stack.append(index)
        current = self.currentIndex()
        self._current = (current.data(ProposalIdRole), current.data(IdRole)) \
            if current.isValid() else None

    def _restore(self) -> None:
        model = self.model()
        self._muted = True
        try:
            stack = [QModelIndex()]
            while stack:
                parent = stack.pop()
                for row in range(model.rowCount(parent)):
                    index = model.index(row, 0, parent)
                    if index.data(IdRole) in self._expanded:
                        self.setExpanded(index, True)
                        stack.append(index)
            if self._current:
                self.select_node(*self._current, emit=False)
        finally:
            self._muted = False

    def select_node(self, proposal_id, node_id, emit: bool = True) -> bool:
        model = self.model()
        if proposal_id and node_id and node_id != proposal_id:
            index = model.index_of_provision(proposal_id, node_id)
        else:
            index = model.index_of_section(node_id or proposal_id)
        if not index.isValid():
            return False
        muted, self._muted = self._muted, self._muted or not emit
        try:
            self.setCurrentIndex(index)
            self.scrollTo(index)
        finally:
            self._muted = muted
        return True

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        if self._muted or not current.isValid():
            return
        node = current.data(NodeRole)
        proposal_id = current.data(ProposalIdRole)
        if isinstance(node, Section):
            self.nodeActivated.emit(node.kind, proposal_id, node.key)
        elif isinstance(node, Provision):
            self.nodeActivated.emit("provision", proposal_id, node.id)
        else:
            self.nodeActivated.emit("block", None, node.id)
