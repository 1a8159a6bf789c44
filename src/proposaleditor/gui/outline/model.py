"""The outline: a lazy QAbstractItemModel over the domain tree.

Top-level rows are the document's sections (cover, runs of free text, proposals); a proposal's
children are its provisions, and theirs their sub-items. Rows are read from the domain objects on
demand, so a 1,000-proposal document costs nothing until a branch is expanded. Structural changes
reset the model (the view keeps expansion and selection by id); text changes refresh one row.
"""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from ...domain import commands as c
from ...domain.document import FreeBlock
from ...domain.inline import plain_text
from ...domain.proposals import Proposal
from ...domain.provisions import Provision, ProvisionKind, Status
from ..sections import Section, sections_of

MIME_NODE = "application/x-proposaleditor-node"
_ROOT = QModelIndex()
SNIPPET = 70

# Custom roles read by the delegate and the tests.
BadgeRole = Qt.ItemDataRole.UserRole + 1  # (text, kind, value) or None
ProblemRole = Qt.ItemDataRole.UserRole + 2  # "error" / "warning" / "info" or None
NodeRole = Qt.ItemDataRole.UserRole + 3  # the domain object (Section, Provision, FreeBlock)
ProposalIdRole = Qt.ItemDataRole.UserRole + 4
IdRole = Qt.ItemDataRole.UserRole + 5
SecondaryRole = Qt.ItemDataRole.UserRole + 6  # dimmed trailing text (target, kind)

_SEVERITY_RANK = {"info": 0, "warning": 1, "error": 2}


def snippet(text: str, n: int = SNIPPET) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


class OutlineModel(QAbstractItemModel):
    moveRequested = Signal(object)  # a domain command built from a drop

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.sections: list[Section] = sections_of(session.document)
        self._row_of_section: dict[int, int] = {}
        self._parents: dict[int, object] = {}
        self._problems: dict[str, str] = {}
        self._index_sections()

    # -- structure --------------------------------------------------------------------------
    def _index_sections(self) -> None:
        self._row_of_section = {id(s): i for i, s in enumerate(self.sections)}
        # any part's id (a proposal, or a block of a run of text) -> its section's row
        self._row_of_part: dict[str, int] = {}
        for row, section in enumerate(self.sections):
            self._row_of_part[section.key] = row
            for block in section.blocks:
                self._row_of_part[block.id] = row

    def rebuild(self) -> None:
        self.beginResetModel()
        self.sections = sections_of(self.session.document)
        self._parents.clear()
        self._index_sections()
        self.endResetModel()

    @staticmethod
    def _children(node) -> list:
        if isinstance(node, Section):
            if node.kind == "proposal":
                return node.proposal.provisions
            return list(node.blocks)
        if isinstance(node, Provision):
            return node.children
        return []

    def index(self, row, column=0, parent=_ROOT):
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            if row >= len(self.sections):
                return QModelIndex()
            return self.createIndex(row, 0, self.sections[row])
        node = parent.internalPointer()
        children = self._children(node)
        if row >= len(children):
            return QModelIndex()
        child = children[row]
        self._parents[id(child)] = node
        return self.createIndex(row, 0, child)

    def parent(self, index=_ROOT):
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if isinstance(node, Section):
            return QModelIndex()
        parent = self._parents.get(id(node))
        if parent is None:
            return QModelIndex()
        if isinstance(parent, Section):
            return self.createIndex(self._row_of_section.get(id(parent), 0), 0, parent)
        grand = self._parents.get(id(parent))
        siblings = self._children(grand) if grand is not None else []
        row = next((i for i, p in enumerate(siblings) if p is parent), 0)
        return self.createIndex(row, 0, parent)

    def rowCount(self, parent=_ROOT):
        if not parent.isValid():
            return len(self.sections)
        return len(self._children(parent.internalPointer()))

    def columnCount(self, parent=_ROOT):
        return 1

    def hasChildren(self, parent=_ROOT):
        if not parent.isValid():
            return bool(self.sections)
        return bool(self._children(parent.internalPointer()))

    # -- lookups ----------------------------------------------------------------------------
    def index_of_section(self, key: str) -> QModelIndex:
        row = self._row_of_part.get(key)
        return self.index(row, 0) if row is not None else QModelIndex()

    def index_of_provision(self, proposal_id: str, provision_id: str) -> QModelIndex:
        """Walk down from the proposal's row, so every index on the way is known."""
        parent = self.index_of_section(proposal_id)
        if not parent.isValid():
            return QModelIndex()
        path = _path_to(parent.internalPointer().proposal.provisions, provision_id)
        if path is None:
            return QModelIndex()
        index = parent
        for row in path:
            index = self.index(row, 0, index)
        return index

    def proposal_of(self, index: QModelIndex) -> Proposal | None:
        node = index.internalPointer() if index.isValid() else None
        while node is not None and not isinstance(node, Section):
            node = self._parents.get(id(node))
        return node.proposal if isinstance(node, Section) else None

    # -- data -------------------------------------------------------------------------------
    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        node = index.internalPointer()
        if isinstance(node, Provision) or (isinstance(node, Section) and node.kind == "proposal"):
            flags |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node = index.internalPointer()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._display(node, accessible=role != Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        if role == BadgeRole:
            return self._badge(index, node)
        if role == ProblemRole:
            return self._problem(node)
        if role == NodeRole:
            return node
        if role == IdRole:
            return node.key if isinstance(node, Section) else node.id
        if role == ProposalIdRole:
            proposal = self.proposal_of(index)
            return proposal.id if proposal else None
        if role == SecondaryRole:
            return self._secondary(node)
        if role == Qt.ItemDataRole.FontRole and isinstance(node, Provision) \
                and node.kind is ProvisionKind.CALL:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _display(self, node, accessible: bool = False) -> str:
        if isinstance(node, Section):
            if node.kind == "cover":
                return self.tr("Cover page")
            if node.kind == "text":
                return node.heading() or (
                    self.tr("Introduction") if node is self.sections[1] else
                    snippet(plain_text(node.blocks[0].text), 40))
            number = self.session.numbers().get(node.proposal.id, "")
            target = str(node.proposal.target)
            text = f"{number} · {target}" if target else number
            return f"{node.proposal.marker.value} {text}" if accessible else text
        if isinstance(node, FreeBlock):
            label = f"{node.label} " if node.label else ""
            return label + snippet(plain_text(node.text))
        label = node.label or node.base_label
        text = snippet(node.text)
        shown = f"{label}  {text}" if label and node.kind is not ProvisionKind.DASH_ITEM \
            else (f"– {text}" if node.kind is ProvisionKind.DASH_ITEM else text)
        if accessible and node.status is not Status.UNCHANGED:
            shown += f" ({node.status.value})"
        return shown or self.tr("(empty)")

    def _secondary(self, node) -> str:
        if isinstance(node, Section) and node.kind == "cover":
            meta = self.session.document.metadata
            return meta.conference.short or ""
        return ""

    def _tooltip(self, node) -> str:
        if isinstance(node, Provision):
            status = {Status.ADDED: self.tr("added"), Status.MODIFIED: self.tr("modified"),
                      Status.SUPPRESSED: self.tr("suppressed"),
                      Status.UNCHANGED: self.tr("unchanged")}[node.status]
            return f"{node.kind.value.replace('_', ' ')} · {status}\n{snippet(node.text, 300)}"
        if isinstance(node, Section) and node.kind == "proposal":
            p = node.proposal
            reasons = plain_text(p.reasons)
            return (f"{p.marker.value} {self.session.numbers().get(p.id, '')} · {p.target}\n"
                    + (self.tr("Reasons: ") + snippet(reasons, 200) if reasons
                       else self.tr("No reasons yet")))
        return None

    def _badge(self, index, node):
        if isinstance(node, Section) and node.kind == "proposal":
            return (node.proposal.marker.value, "marker", node.proposal.marker)
        if isinstance(node, Provision):
            status = node.status
            if status is Status.UNCHANGED:
                return None
            proposal = self.proposal_of(index)
            if proposal is not None and not proposal.marker.tracked:
                return None  # ADD, SUP and NOC show no per-provision changes
            text = {Status.ADDED: self.tr("added"), Status.MODIFIED: self.tr("modified"),
                    Status.SUPPRESSED: self.tr("suppressed")}[status]
            return (text, "status", status)
        return None

    def _problem(self, node) -> str | None:
        if isinstance(node, Section):
            return self._problems.get(node.key)
        return self._problems.get(node.id)

    # -- problems ---------------------------------------------------------------------------
    def set_findings(self, findings) -> None:
        """Worst severity per provision, per proposal (including its provisions), and cover."""
        worst: dict[str, str] = {}

        def note(key, severity):
            current = worst.get(key) if key else "-"
            if key and (current is None or _SEVERITY_RANK[severity] > _SEVERITY_RANK[current]):
                worst[key] = severity

        for f in findings:
            severity = getattr(f.severity, "value", str(f.severity))
            note(f.provision_id, severity)
            note(f.proposal_id, severity)
            if not f.proposal_id and not f.provision_id:
                note("cover", severity)
        self._problems = worst
        if self.sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sections) - 1, 0),
                                  [ProblemRole])

    # -- change notifications ---------------------------------------------------------------
    def refresh(self, change: c.Change) -> None:
        if change.structure:
            self.rebuild()
            return
        if (change.numbers or change.metadata) and self.sections:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.sections) - 1, 0))
        for proposal_id in change.proposals:
            index = self.index_of_section(proposal_id)
            if index.isValid() and not change.provisions:  # marker, target or reasons
                self.dataChanged.emit(index, index)
            for provision_id in change.provisions:
                pindex = self.index_of_provision(proposal_id, provision_id)
                if pindex.isValid():
                    self.dataChanged.emit(pindex, pindex)
        if not change.proposals:
            for block_id in change.provisions:
                index = self.index_of_section(block_id)
                if index.isValid():
                    self.dataChanged.emit(index, index)

    # -- drag and drop ----------------------------------------------------------------------
    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [MIME_NODE]

    def mimeData(self, indexes):
        index = next((i for i in indexes if i.isValid()), None)
        if index is None:
            return None
        node = index.internalPointer()
        if isinstance(node, Section):
            payload = {"proposal": node.key}
        else:
            payload = {"proposal": self.proposal_of(index).id, "provision": node.id}
        data = QMimeData()
        data.setData(MIME_NODE, json.dumps(payload).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent):
        return self._drop_command(data, row, parent) is not None

    def dropMimeData(self, data, action, row, column, parent):
        command = self._drop_command(data, row, parent)
        if command is None:
            return False
        # the view is still handling the drop: run the move once it is done with the model
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.moveRequested.emit(command))
        return False  # the command moves the rows; the view must not remove anything

    def _drop_command(self, data, row, parent):
        if not data.hasFormat(MIME_NODE):
            return None
        try:
            payload = json.loads(bytes(data.data(MIME_NODE)).decode())
        except ValueError:
            return None
        if isinstance(parent, QPersistentModelIndex):
            parent = QModelIndex(parent)
        document = self.session.document
        if "provision" not in payload:
            if parent.isValid():
                return None
            return self._proposal_drop(document, payload["proposal"], row)
        if not parent.isValid():
            return None
        dest_node = parent.internalPointer()
        proposal = self.proposal_of(parent)
        if proposal is None:
            return None
        source = self.session.proposal(payload["proposal"])
        moving = source.find(payload["provision"]) if source else None
        if moving is None or (isinstance(dest_node, Provision) and moving.find(dest_node.id)):
            return None
        dest_parent_id = dest_node.id if isinstance(dest_node, Provision) else None
        siblings = self._children(dest_node)
        index = len(siblings) if row < 0 else row
        if any(p is moving for p in siblings[:index]):
            index -= 1  # counted once the provision is taken out of this list
        return c.MoveProvision(source.id, moving.id, proposal.id, dest_parent_id, index)

    def _proposal_drop(self, document, proposal_id, row):
        parts = document.parts
        source = next((i for i, p in enumerate(parts) if p.id == proposal_id), None)
        if source is None:
            return None
        if row < 0 or row >= len(self.sections):
            target = len(parts)
        else:
            section = self.sections[row]
            if section.kind == "cover":
                target = 0
            else:
                first = section.key if section.kind == "proposal" else section.blocks[0].id
                target = next(i for i, p in enumerate(parts) if p.id == first)
        if source < target:
            target -= 1
        target = min(target, len(parts) - 1)
        if target == source:
            return None
        return c.MoveProposal(proposal_id, target)


def _path_to(provisions: list[Provision], provision_id: str) -> list[int] | None:
    for row, p in enumerate(provisions):
        if p.id == provision_id:
            return [row]
        if p.children:
            sub = _path_to(p.children, provision_id)
            if sub is not None:
                return [row, *sub]
    return None
