"""New proposal: new text (ADD), or a MOD / SUP / NOC of a text in force that is pasted,
imported from a file (DOCX, ODT, TXT) or taken from the base-text library.

Imported and pasted texts in force go into the library for the next proposal.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.conferences import conference as known_conference
from ...domain.document import Document
from ...domain.inline import runs
from ...domain.proposals import Marker, Proposal, Target, TargetKind
from ...domain.provisions import Provision, ProvisionKind
from ...domain.revise import conference_reference
from ...formats.errors import FormatError
from ...storage.library import Library, base_text_from_file, parse_base_text
from ..panels.properties import marker_descriptions, target_names
from . import ok_cancel


def draft_new_resolution(document: Document, number: str) -> list[Provision]:
    """The skeleton of a draft new resolution, ready to fill in."""
    conf = document.metadata.conference
    reference = conference_reference(conf) if conf.short else "Place, Year"
    if conf.family == "WRC":
        reference = f"{conf.place}, {conf.year}" if conf.place and conf.year else reference
    name = known_conference(conf.short).name if conf.short else ""
    formula = (f"The {name} of the International Telecommunication Union ({reference}),"
               if name else f"The Conference ({reference}),")

    def p(kind, text, label=None, children=()):
        return Provision(kind, draft=runs(text) if text else (), label=label,
                         children=list(children))

    return [
        p(ProvisionKind.NUMBER_LINE, f"DRAFT NEW RESOLUTION [{number.strip('[]')}]"),
        p(ProvisionKind.TITLE, "Title of the resolution"),
        p(ProvisionKind.ENACTING_FORMULA, formula),
        p(ProvisionKind.CALL, "considering", children=[
            p(ProvisionKind.LETTERED_ITEM, "", "a)")]),
        p(ProvisionKind.CALL, "resolves", children=[
            p(ProvisionKind.NUMBERED_ITEM, "", "1")]),
    ]


class NewProposalDialog(QDialog):
    def __init__(self, window, library: Library):
        super().__init__(window)
        self.window = window
        self.library = library
        self.setWindowTitle(self.tr("New Proposal"))
        self.setObjectName("newProposal")
        self.resize(640, 560)
        self._imported: Proposal | None = None
        layout = QVBoxLayout(self)

        kinds = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.new_text = QRadioButton(self.tr("&New text (ADD)"))
        self.amend = QRadioButton(self.tr("&Change a text in force (MOD, SUP, NOC)"))
        self.new_text.setChecked(True)
        for b in (self.new_text, self.amend):
            self.group.addButton(b)
            kinds.addWidget(b)
        layout.addLayout(kinds)

        form = QFormLayout()
        self.marker = QComboBox()
        self.marker.setAccessibleName(self.tr("Marker"))
        form.addRow(self.tr("&Marker:"), self.marker)
        target_row = QHBoxLayout()
        self.target_kind = QComboBox()
        for kind, text in target_names(self.tr).items():
            self.target_kind.addItem(text, kind)
        self.target_number = QLineEdit()
        self.target_number.setPlaceholderText("182")
        target_row.addWidget(self.target_kind, 2)
        target_row.addWidget(self.target_number, 1)
        target_label = QLabel(self.tr("&Target:"))
        target_label.setBuddy(self.target_kind)
        form.addRow(target_label, target_row)
        layout.addLayout(form)

        self.source = BaseTextPicker(library, self._fill_target)
        layout.addWidget(self.source, 1)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: palette(link)")
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))
        self.new_text.toggled.connect(self._mode_changed)
        self._mode_changed()

    def _mode_changed(self) -> None:
        adding = self.new_text.isChecked()
        self.marker.clear()
        wanted = (Marker.ADD, Marker.ADD_MOVED) if adding else (
            Marker.MOD, Marker.MOD_EDITORIAL, Marker.SUP, Marker.SUP_MOVED, Marker.NOC)
        names = marker_descriptions(self.tr)
        for m in wanted:
            self.marker.addItem(names[m], m)
        self.source.setEnabled(not adding)

    def _fill_target(self, proposal: Proposal) -> None:
        if proposal.target.number and not self.target_number.text():
            self.target_kind.setCurrentIndex(self.target_kind.findData(proposal.target.kind))
            self.target_number.setText(proposal.target.number)

    def target(self) -> Target:
        return Target(TargetKind(self.target_kind.currentData() or TargetKind.OTHER),
                      self.target_number.text().strip())

    def _accept(self) -> None:
        try:
            self.result_proposal = self.build()
        except FormatError as exc:
            self.error.setText(exc.problem)
            return
        self.accept()

    def import_file(self, path: str) -> bool:
        ok = self.source.import_file(path)
        self.error.setText("" if ok else self.source.error)
        return ok

    def build(self) -> Proposal:
        marker = Marker(self.marker.currentData())
        if self.new_text.isChecked():
            number = self.target_number.text().strip() or self._provisional_number()
            target = Target(TargetKind(self.target_kind.currentData()), number)
            provisions = draft_new_resolution(self.window.session.document, number) \
                if target.kind is TargetKind.RESOLUTION else [
                    Provision(ProvisionKind.PARAGRAPH, draft=())]
            return Proposal(marker, target=target, provisions=provisions)
        base = self.source.base_text(self.target() if self.target_number.text().strip()
                                     else None)
        proposal = Proposal(marker, target=self.target() if self.target_number.text().strip()
                            else base.target, provisions=base.provisions)
        if marker.identification_only:
            proposal.provisions = [p for p in proposal.provisions
                                   if p.kind.identification
                                   or p.kind is ProvisionKind.PROVISION_NUMBER]
        return proposal

    def _provisional_number(self) -> str:
        symbols = self.window.session.document.metadata.symbols
        count = 1 + sum(1 for p in self.window.session.document.proposals
                        if p.marker in (Marker.ADD, Marker.ADD_MOVED))
        return f"{symbols[0] if symbols else 'XX'}-{count}"


class BaseTextPicker(QTabWidget):
    """The text in force: pasted, imported from a file, or taken from the library."""

    def __init__(self, library: Library, chosen=None):
        super().__init__()
        self.library = library
        self.chosen = chosen or (lambda proposal: None)
        self.error = ""
        self._imported: Proposal | None = None
        self.setAccessibleName(self.tr("Text in force"))
        paste_page = QWidget()
        pl = QVBoxLayout(paste_page)
        self.paste = QPlainTextEdit()
        self.paste.setPlaceholderText(self.tr(
            "Paste the text in force here: number line, title, enacting formula, calls and "
            "items, as in the Final Acts."))
        pl.addWidget(self.paste)
        self.addTab(paste_page, self.tr("&Paste"))
        file_page = QWidget()
        fl = QVBoxLayout(file_page)
        browse = QPushButton(self.tr("Import from File (DOCX, ODT, TXT)…"))
        browse.clicked.connect(self._browse)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setWordWrap(True)
        fl.addWidget(browse)
        fl.addWidget(self.file_label)
        fl.addStretch()
        self.addTab(file_page, self.tr("From &File"))
        lib_page = QWidget()
        ll = QVBoxLayout(lib_page)
        self.library_list = QListWidget()
        for entry in library.entries():
            item = QListWidgetItem(entry.label)
            item.setData(Qt.ItemDataRole.UserRole, entry)
            self.library_list.addItem(item)
        if not self.library_list.count():
            ll.addWidget(QLabel(self.tr("Texts you paste or import are kept here for reuse.")))
        ll.addWidget(self.library_list)
        self.library_list.currentItemChanged.connect(self._library_chosen)
        self.addTab(lib_page, self.tr("&Library"))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import Text in Force"), "",
            self.tr("Documents (*.docx *.odt *.txt *.itup);;All files (*)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> bool:
        from ..workers import run_in_background

        outcome = run_in_background(self, self.tr("Reading %1…").replace("%1", path),
                                    lambda: base_text_from_file(path))
        if outcome.cancelled:
            return False
        if outcome.error is not None:
            self.error = str(outcome.error)
            return False
        self._imported = outcome.result
        self.file_label.setText(self.tr("%1: %2 (%3 provisions)").replace("%1", path)
                                .replace("%2", str(self._imported.target) or "?")
                                .replace("%3", str(sum(1 for _ in self._imported.walk()))))
        self.setCurrentIndex(1)
        self.chosen(self._imported)
        self.error = ""
        return True

    def _library_chosen(self, item) -> None:
        if item is not None:
            self.chosen(self.library.load(item.data(Qt.ItemDataRole.UserRole)))

    def base_text(self, target: Target | None = None) -> Proposal:
        """The chosen text in force; pasted and imported texts are kept in the library."""
        tab = self.currentIndex()
        if tab == 0:
            proposal = parse_base_text(self.paste.toPlainText())
        elif tab == 1:
            if self._imported is None:
                raise FormatError(self.tr("file"), self.tr("choose a file first"))
            proposal = self._imported
        else:
            item = self.library_list.currentItem()
            if item is None:
                raise FormatError(self.tr("library"), self.tr("choose a text first"))
            return self.library.load(item.data(Qt.ItemDataRole.UserRole))
        if target is not None:
            proposal.target = target
        self.library.add(proposal)
        return proposal


class BaseTextDialog(QDialog):
    """MOD on a proposal that has no text in force yet: where does the text in force come from?"""

    def __init__(self, parent, library: Library):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Text in Force Needed"))
        self.setObjectName("baseText")
        self.resize(600, 480)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("A MOD shows its changes against the text in force. This "
                               "proposal has none yet."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.adopt = QRadioButton(self.tr("&Use the current text as the text in force "
                                          "(then edit it)"))
        self.other = QRadioButton(self.tr("&Replace it with the text in force from:"))
        self.adopt.setChecked(True)
        layout.addWidget(self.adopt)
        layout.addWidget(self.other)
        self.picker = BaseTextPicker(library)
        self.picker.setEnabled(False)
        self.other.toggled.connect(self.picker.setEnabled)
        layout.addWidget(self.picker, 1)
        self.error = QLabel()
        layout.addWidget(self.error)
        layout.addWidget(ok_cancel(self, self._accept))
        self.base: Proposal | None = None

    def _accept(self) -> None:
        if self.other.isChecked():
            try:
                self.base = self.picker.base_text()
            except FormatError as exc:
                self.error.setText(exc.problem)
                return
        self.accept()
