"""Properties of the selection: the document, a proposal (marker, number, target, reasons) or a
provision (kind, label, status, text in force). Every change goes through a command."""

from __future__ import annotations

import html

from PySide6.QtCore import QSignalBlocker, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as c
from ...domain.inline import plain_text, runs
from ...domain.proposals import Marker, Target, TargetKind
from ...domain.provisions import ProvisionKind, Status
from ...domain.revisions import Op
from .. import theme


def kind_names(tr) -> dict[ProvisionKind, str]:
    return {
        ProvisionKind.NUMBER_LINE: tr("Number line"),
        ProvisionKind.TITLE: tr("Title"),
        ProvisionKind.REFERENCE_LINE: tr("Reference line"),
        ProvisionKind.ENACTING_FORMULA: tr("Enacting formula"),
        ProvisionKind.CALL: tr("Call (considering, resolves …)"),
        ProvisionKind.LETTERED_ITEM: tr("Lettered item  a)"),
        ProvisionKind.NUMBERED_ITEM: tr("Numbered item  1"),
        ProvisionKind.SUB_ITEM: tr("Sub-item  i)"),
        ProvisionKind.DASH_ITEM: tr("Dash item  –"),
        ProvisionKind.PARAGRAPH: tr("Paragraph"),
        ProvisionKind.HEADING: tr("Heading"),
        ProvisionKind.PROVISION_NUMBER: tr("RR provision  5.338A"),
    }


def target_names(tr) -> dict[TargetKind, str]:
    return {
        TargetKind.RESOLUTION: tr("Resolution"),
        TargetKind.DECISION: tr("Decision"),
        TargetKind.RECOMMENDATION: tr("Recommendation"),
        TargetKind.OPINION: tr("Opinion"),
        TargetKind.CONSTITUTION: tr("Constitution (CS)"),
        TargetKind.CONVENTION: tr("Convention (CV)"),
        TargetKind.RR_ARTICLE: tr("RR Article"),
        TargetKind.RR_PROVISION: tr("RR provision"),
        TargetKind.RR_APPENDIX: tr("RR Appendix"),
        TargetKind.OTHER: tr("Other"),
    }


def marker_descriptions(tr) -> dict[Marker, str]:
    return {
        Marker.ADD: tr("ADD — new text"),
        Marker.ADD_MOVED: tr("ADD* — text brought in from elsewhere"),
        Marker.MOD: tr("MOD — amended text, with revision marks"),
        Marker.MOD_EDITORIAL: tr("(MOD) — editorial amendment"),
        Marker.SUP: tr("SUP — suppress"),
        Marker.SUP_MOVED: tr("SUP* — text moved elsewhere"),
        Marker.NOC: tr("NOC — no change"),
    }


def marks_html(marks) -> str:
    out = []
    for s in marks:
        text = html.escape(s.text)
        if s.op is Op.INSERT:
            out.append(f'<u style="color:{theme.inserted_color().name()}">{text}</u>')
        elif s.op is Op.DELETE:
            out.append(f'<s style="color:{theme.deleted_color().name()}">{text}</s>')
        else:
            out.append(text)
    return "".join(out)


def _shrinkable(combo: QComboBox) -> None:
    """Long item texts must not make the side panel wider than the user made it."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.1)
    label.setFont(font)
    return label


class PropertiesPanel(QScrollArea):
    """Reads the selection from the main window and asks it to act (markers can need dialogs)."""

    def __init__(self, window):
        super().__init__()
        self.window = window
        self.setObjectName("properties")
        self.setAccessibleName(self.tr("Properties"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget()
        self.setWidget(self.stack)
        self._proposal_id: str | None = None
        self._provision_id: str | None = None
        self._reasons_timer = QTimer(self, singleShot=True, interval=300)
        self._reasons_timer.timeout.connect(self._commit_reasons)
        self._build_document_page()
        self._build_proposal_page()
        self._build_provision_page()
        self._build_block_page()

    # -- pages --------------------------------------------------------------------------------
    def _page(self) -> tuple[QWidget, QVBoxLayout]:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        self.stack.addWidget(page)
        return page, layout

    def _build_document_page(self) -> None:
        self.document_page, layout = self._page()
        layout.addWidget(_heading(self.tr("Document")))
        self.document_summary = QLabel()
        self.document_summary.setWordWrap(True)
        self.document_summary.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.document_summary)
        button = QPushButton(self.tr("Document Properties…"))
        button.clicked.connect(self.window.edit_document_properties)
        layout.addWidget(button)
        layout.addStretch()

    def _build_proposal_page(self) -> None:
        self.proposal_page, layout = self._page()
        layout.addWidget(_heading(self.tr("Proposal")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.marker_combo = QComboBox()
        self.marker_combo.setAccessibleName(self.tr("Marker"))
        for marker, text in marker_descriptions(self.tr).items():
            self.marker_combo.addItem(text, marker)
        self.marker_combo.activated.connect(self._marker_chosen)
        form.addRow(self.tr("&Marker:"), self.marker_combo)
        self.number_label = QLabel()
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.number_label.setToolTip(self.tr(
            "Derived from the document number and the proposal's position; it follows moves."))
        form.addRow(self.tr("Number:"), self.number_label)
        self.target_kind = QComboBox()
        self.target_kind.setAccessibleName(self.tr("Target instrument"))
        for kind, text in target_names(self.tr).items():
            self.target_kind.addItem(text, kind)
        self.target_kind.activated.connect(self._target_changed)
        self.target_number = QLineEdit()
        self.target_number.setAccessibleName(self.tr("Target number"))
        self.target_number.setPlaceholderText(self.tr("182, 5.338A …"))
        self.target_number.editingFinished.connect(self._target_changed)
        row = QHBoxLayout()
        row.addWidget(self.target_kind, 2)
        row.addWidget(self.target_number, 1)
        target_label = QLabel(self.tr("&Target:"))
        target_label.setBuddy(self.target_kind)
        form.addRow(target_label, row)
        for combo in (self.marker_combo, self.target_kind):
            _shrinkable(combo)
        layout.addLayout(form)
        self.revise_button = QPushButton(self.tr("Revise Resolution for This Conference"))
        self.revise_button.setToolTip(self.tr(
            "Updates the number line and the enacting formula in one step."))
        self.revise_button.clicked.connect(self.window.revise_resolution)
        layout.addWidget(self.revise_button)
        reasons_label = QLabel(self.tr("&Reasons:"))
        layout.addWidget(reasons_label)
        self.reasons = QPlainTextEdit()
        reasons_label.setBuddy(self.reasons)
        self.reasons.setAccessibleName(self.tr("Reasons"))
        self.reasons.setPlaceholderText(self.tr("Why this proposal: every proposal is followed "
                                                "by its reasons."))
        self.reasons.setTabChangesFocus(True)
        self.reasons.setUndoRedoEnabled(False)  # the document's undo stack has every change
        self.reasons.textChanged.connect(self._reasons_timer.start)
        layout.addWidget(self.reasons, 1)
        self.proposal_stats = QLabel()
        self.proposal_stats.setWordWrap(True)
        layout.addWidget(self.proposal_stats)

    def _build_provision_page(self) -> None:
        self.provision_page, layout = self._page()
        layout.addWidget(_heading(self.tr("Provision")))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Provision kind"))
        for kind, text in kind_names(self.tr).items():
            self.kind_combo.addItem(text, kind)
        self.kind_combo.activated.connect(self._kind_chosen)
        _shrinkable(self.kind_combo)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        self.label_label = QLabel()
        self.label_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Label:"), self.label_label)
        self.status_label = QLabel()
        self.status_label.setTextFormat(Qt.TextFormat.RichText)
        form.addRow(self.tr("Status:"), self.status_label)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.suppress_button = QPushButton(self.tr("Suppress"))
        self.suppress_button.clicked.connect(self.window.suppress_or_restore)
        self.split_button = QPushButton(self.tr("Make Own Proposal"))
        self.split_button.setToolTip(self.tr("WRC style: this provision becomes a proposal of "
                                             "its own, right after this one."))
        self.split_button.clicked.connect(self.window.split_provision)
        buttons.addWidget(self.suppress_button)
        buttons.addWidget(self.split_button)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Text in force:")))
        self.base_text = QLabel()
        self.base_text.setWordWrap(True)
        self.base_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.base_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.base_text.setMargin(6)
        self.base_text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.base_text)
        layout.addStretch()

    def _build_block_page(self) -> None:
        self.block_page, layout = self._page()
        layout.addWidget(_heading(self.tr("Text")))
        self.block_info = QLabel()
        self.block_info.setWordWrap(True)
        layout.addWidget(self.block_info)
        layout.addStretch()

    # -- showing the selection ----------------------------------------------------------------
    def show_selection(self, kind: str, proposal_id: str | None, node_id: str | None) -> None:
        if self._reasons_timer.isActive():  # reasons typed just now belong to the old proposal
            self._reasons_timer.stop()
            self._commit_reasons()
        session = self.window.session
        self._proposal_id = proposal_id
        self._provision_id = node_id if kind == "provision" else None
        if kind in ("proposal", "provision") and session.proposal(proposal_id) is not None:
            self._fill_proposal(session.proposal(proposal_id))
            if kind == "provision":
                provision = session.provision(proposal_id, node_id)
                if provision is not None:
                    self._fill_provision(session.proposal(proposal_id), provision)
                    self.stack.setCurrentWidget(self.provision_page)
                    return
            self.stack.setCurrentWidget(self.proposal_page)
            return
        if kind in ("text", "block"):
            self.block_info.setText(self.tr(
                "Free text outside the proposals (introduction, annex text). Click in the page "
                "to edit it."))
            self.stack.setCurrentWidget(self.block_page)
            return
        self._fill_document()
        self.stack.setCurrentWidget(self.document_page)

    def refresh(self) -> None:
        session = self.window.session
        if self.stack.currentWidget() is self.document_page:
            self._fill_document()
        elif self._proposal_id and session.proposal(self._proposal_id) is not None:
            kind = "provision" if self._provision_id else "proposal"
            self.show_selection(kind, self._proposal_id, self._provision_id)
        else:
            self.show_selection("cover", None, None)

    def _fill_document(self) -> None:
        document = self.window.session.document
        meta = document.metadata
        number = meta.document_number or self.tr("not yet assigned")
        if meta.addendum:
            number = self.tr("Addendum %1 to Document %2").replace("%1", str(meta.addendum)) \
                .replace("%2", number)
        rows = [
            (self.tr("Conference"), meta.conference.full_name or "—"),
            (self.tr("Document"), number),
            (self.tr("Source"), meta.source or "—"),
            (self.tr("Symbol"), "/".join(meta.symbols) or "—"),
            (self.tr("Language"), document.language_name()),
            (self.tr("Proposals"), str(len(document.proposals))),
        ]
        self.document_summary.setText("<table cellspacing=4>" + "".join(
            f"<tr><td style='color:gray'>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>"
            for k, v in rows) + "</table>")

    def _fill_proposal(self, proposal) -> None:
        session = self.window.session
        with QSignalBlocker(self.marker_combo):
            self.marker_combo.setCurrentIndex(self.marker_combo.findData(proposal.marker))
        self.number_label.setText(f"<b>{html.escape(session.numbers().get(proposal.id, ''))}</b>")
        with QSignalBlocker(self.target_kind):
            self.target_kind.setCurrentIndex(self.target_kind.findData(proposal.target.kind))
        if not self.target_number.hasFocus():
            self.target_number.setText(proposal.target.number)
        if not self.reasons.hasFocus() or plain_text(proposal.reasons) != \
                self.reasons.toPlainText():
            with QSignalBlocker(self.reasons):
                self.reasons.setPlainText(plain_text(proposal.reasons))
        self.revise_button.setEnabled(proposal.marker.tracked
                                      and proposal.target.kind is TargetKind.RESOLUTION)
        ins, dels = proposal.change_counts()
        count = sum(1 for _ in proposal.walk())
        self.proposal_stats.setText(self.tr("%1 provisions · %2 insertions · %3 deletions")
                                    .replace("%1", str(count)).replace("%2", str(ins))
                                    .replace("%3", str(dels)))

    def _fill_provision(self, proposal, provision) -> None:
        with QSignalBlocker(self.kind_combo):
            self.kind_combo.setCurrentIndex(self.kind_combo.findData(provision.kind))
        self.label_label.setText(marks_html(provision.label_marks) or "—")
        status = provision.status
        words = {Status.ADDED: self.tr("added"), Status.MODIFIED: self.tr("modified"),
                 Status.SUPPRESSED: self.tr("suppressed"),
                 Status.UNCHANGED: self.tr("unchanged")}
        self.status_label.setText(
            f"<span style='color:{theme.status_color(status).name()}'><b>"
            f"{html.escape(words[status])}</b></span>")
        self.suppress_button.setText(self.tr("Restore") if status is Status.SUPPRESSED
                                     else self.tr("Suppress"))
        self.suppress_button.setEnabled(not proposal.marker.identification_only)
        self.base_text.setText(plain_text(provision.base) if provision.base is not None
                               else self.tr("(none: this provision is new text)"))

    # -- edits --------------------------------------------------------------------------------
    def _marker_chosen(self, index: int) -> None:
        marker = Marker(self.marker_combo.itemData(index))
        proposal = self.window.session.proposal(self._proposal_id)
        if proposal is not None and marker != proposal.marker:
            self.window.set_marker(marker, proposal.id)
        self.refresh()

    def _target_changed(self) -> None:
        proposal = self.window.session.proposal(self._proposal_id)
        if proposal is None:
            return
        target = Target(TargetKind(self.target_kind.currentData()),
                        self.target_number.text().strip())
        if (target.kind, target.number) != (proposal.target.kind, proposal.target.number):
            self.window.session.push(c.SetTarget(proposal.id, target))

    def _commit_reasons(self) -> None:
        proposal = self.window.session.proposal(self._proposal_id)
        if proposal is None:
            return
        text = self.reasons.toPlainText().strip()
        if text != plain_text(proposal.reasons):
            self.window.session.push(c.EditReasons(proposal.id, runs(text) if text else ()))

    def _kind_chosen(self, index: int) -> None:
        kind = ProvisionKind(self.kind_combo.itemData(index))
        provision = self.window.session.provision(self._proposal_id, self._provision_id)
        if provision is not None and kind != provision.kind:
            self.window.session.push(c.SetProvisionKind(self._proposal_id, provision.id, kind))
