"""The side-by-side comparison: a column per source, a row per aligned provision.

One table view holds every column, so the columns cannot scroll apart: vertical scrolling,
the provision header on the left and the selection move together by construction. Large
comparisons are aligned on the thread pool; results of a superseded run are dropped.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QRunnable,
    QSize,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as c
from ...domain.compare import (
    Cell,
    Comparison,
    Row,
    Source,
    available_targets,
    compare,
    find_sources,
)
from ...domain.document import Document
from ...domain.inline import Inline
from ...domain.provisions import find_parent
from ...formats import synoptic
from ...formats.errors import FormatError
from ...formats.registry import read_document
from ...storage import compare_sidecar
from .model import CELL_ROLE, HTML_ROLE, ROW_ROLE, ComparisonModel, DifferenceFilter
from .render import segments_html

# Above this many provisions (all sources together) the alignment runs off the GUI thread.
BACKGROUND_PROVISIONS = 1000

AdoptCallback = Callable[[Cell, "Inline | None"], None]


class HtmlDelegate(QStyledItemDelegate):
    """Paints a cell's HTML (marks) and sizes the row to the wrapped text."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view

    def _document(self, index: QModelIndex, width: int) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(self.view.font())
        doc.setDocumentMargin(4)
        doc.setHtml(index.data(HTML_ROLE) or "")
        doc.setTextWidth(max(width, 40))
        return doc

    def paint(self, painter, option, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(index, opt.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        context.palette.setColor(
            QPalette.ColorRole.Text,
            opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                              else QPalette.ColorRole.Text))
        painter.save()
        painter.translate(opt.rect.topLeft())
        painter.setClipRect(0, 0, opt.rect.width(), opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option, index) -> QSize:
        width = self.view.columnWidth(index.column())
        doc = self._document(index, width)
        return QSize(width, int(doc.size().height()) + 2)


class _Signals(QObject):
    done = Signal(int, object, object)  # generation, comparison, error


class _AlignJob(QRunnable):
    def __init__(self, generation: int, sources: list[Source]):
        super().__init__()
        self.generation, self.sources = generation, sources
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result, error = compare(self.sources), None
        except Exception as exc:  # shown as a one-line message
            result, error = None, exc
        self.signals.done.emit(self.generation, result, error)


class CompareWidget(QWidget):
    """Compare our draft (``session``'s document, if any) with received documents.

    ``adopt`` is called instead of pushing a command when there is no session (our draft is then
    whatever document the caller owns).
    """

    provisionActivated = Signal(object, object)  # Source, Provision: open it in its document
    comparisonChanged = Signal()
    message = Signal(str)

    def __init__(self, session=None, *, own: Document | None = None,
                 adopt: AdoptCallback | None = None, parent: QWidget | None = None,
                 read_options: dict | None = None):
        super().__init__(parent)
        self.read_options = dict(read_options or {})  # e.g. static_marks, for read_document
        self.session = session
        self.own = session.document if session is not None else own
        self._adopt = adopt
        self.documents: list[tuple[Path | None, Document]] = []
        self.target: tuple[str, str] | None = None
        self.show_base = False
        self.comparison: Comparison | None = None
        self.background_provisions = BACKGROUND_PROVISIONS
        self._generation = 0
        self._jobs: list[_Signals] = []
        self._target_keys: list[tuple[str, str]] = []
        self._build()
        if session is not None:
            session.changed.connect(self._own_changed)
        self._restore_choice()

    # -- layout -----------------------------------------------------------------------------
    def _build(self) -> None:
        self.model = ComparisonModel(self)
        self.proxy = DifferenceFilter(self)
        self.proxy.setSourceModel(self.model)

        self.target_box = QComboBox()
        self.target_box.setAccessibleName(self.tr("Instrument"))
        self.target_box.activated.connect(self._target_chosen)
        self.base_box = QCheckBox(self.tr("Text in force"))
        self.base_box.setToolTip(self.tr("Show the text in force as the first column"))
        self.base_box.toggled.connect(self.set_show_base)
        self.filter_box = QCheckBox(self.tr("Only differences"))
        self.filter_box.toggled.connect(self.set_only_differences)
        self.prev_button = QPushButton(self.tr("Previous difference"))
        self.prev_button.clicked.connect(self.previous_difference)
        self.next_button = QPushButton(self.tr("Next difference"))
        self.next_button.clicked.connect(self.next_difference)
        self.add_button = QPushButton(self.tr("Add source…"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("Remove source"))
        self.remove_button.clicked.connect(self.remove_current_source)
        self.adopt_button = QPushButton(self.tr("Adopt wording"))
        self.adopt_button.setToolTip(self.tr("Copy the selected proposal's wording into our "
                                             "draft (can be undone)"))
        self.adopt_button.clicked.connect(self.adopt_current)
        self.export_button = QPushButton(self.tr("Export table…"))
        self.export_button.clicked.connect(self._choose_export)
        self.left_box = QComboBox()
        self.right_box = QComboBox()
        self.diff_button = QPushButton(self.tr("Word difference"))
        self.diff_button.clicked.connect(self.show_word_difference)

        bar = QHBoxLayout()
        for w in (QLabel(self.tr("Compare:")), self.target_box, self.base_box, self.filter_box,
                  self.prev_button, self.next_button):
            bar.addWidget(w)
        bar.addStretch(1)
        for w in (self.add_button, self.remove_button, self.adopt_button, self.export_button):
            bar.addWidget(w)
        diff_bar = QHBoxLayout()
        for w in (QLabel(self.tr("Between")), self.left_box, QLabel(self.tr("and")),
                  self.right_box, self.diff_button):
            diff_bar.addWidget(w)
        diff_bar.addStretch(1)
        self.status = QLabel()
        self.status.setWordWrap(True)
        diff_bar.addWidget(self.status, 2)

        self.view = QTableView()
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(HtmlDelegate(self.view))
        self.view.setWordWrap(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.verticalHeader().setMaximumWidth(200)
        self.view.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.view.clicked.connect(self._clicked)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.view.horizontalHeader().sectionResized.connect(self._schedule_row_heights)
        self._row_timer = QTimer(self, singleShot=True, interval=0)
        self._row_timer.timeout.connect(self.view.resizeRowsToContents)

        self.diff_view = QTextBrowser()
        self.diff_view.setAccessibleName(self.tr("Word difference"))
        self.diff_view.hide()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.diff_view)
        splitter.setStretchFactor(0, 4)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addLayout(diff_bar)
        layout.addWidget(splitter, 1)
        self._update_actions()

    # -- sources ----------------------------------------------------------------------------
    def add_documents(self, items: list[tuple[str | os.PathLike | None, Document]]) -> None:
        for path, document in items:
            self.documents.append((Path(path) if path else None, document))
        self._documents_changed()

    def add_files(self, paths: list[str | os.PathLike]) -> list[str]:
        """Read and add files; returns one line per file that could not be read."""
        problems = []
        items = []
        for path in paths:
            try:
                items.append((path, read_document(path, **self.read_options)))
            except FormatError as exc:
                problems.append(str(exc))
        if items:
            self.add_documents(items)
        for problem in problems:
            self.message.emit(problem)
        if problems:
            self.status.setText("\n".join(problems))
        return problems

    def remove_document(self, document: Document) -> None:
        self.documents = [(p, d) for p, d in self.documents if d is not document]
        self._documents_changed()

    def remove_current_source(self) -> None:
        source = self._current_source()
        if source is None or source.own or source.base_side or source.document is None:
            return
        self.remove_document(source.document)

    def all_documents(self) -> list[Document]:
        return ([self.own] if self.own is not None else []) + [d for _p, d in self.documents]

    def targets(self) -> dict[tuple[str, str], str]:
        return available_targets(self.all_documents())

    def _documents_changed(self) -> None:
        targets = self.targets()
        if self.target not in targets:
            self.target = self._default_target(targets)
        self._fill_targets(targets)
        self._remember_choice()
        self.refresh()

    def _default_target(self, targets) -> tuple[str, str] | None:
        """The instrument most documents propose on (ties: our draft's first)."""
        counts: dict[tuple[str, str], int] = {}
        for document in self.all_documents():
            for key in {p.target.key() for p in document.iter_proposals()}:
                counts[key] = counts.get(key, 0) + 1
        if not counts:
            return None
        return max(counts, key=lambda k: counts[k])

    def _fill_targets(self, targets) -> None:
        self.target_box.blockSignals(True)
        self.target_box.clear()
        # keys kept beside the box: Qt would hand a tuple back as a list
        ordered = sorted(targets.items(), key=lambda kv: kv[1])
        self._target_keys = [key for key, _label in ordered]
        for _key, label in ordered:
            self.target_box.addItem(label)
        if self.target in self._target_keys:
            self.target_box.setCurrentIndex(self._target_keys.index(self.target))
        self.target_box.blockSignals(False)

    def _target_chosen(self, index: int) -> None:
        if 0 <= index < len(self._target_keys):
            self.set_target(self._target_keys[index])

    def set_target(self, key: tuple[str, str]) -> None:
        self.target = tuple(key) if key else None
        self._fill_targets(self.targets())
        self._remember_choice()
        self.refresh()

    def set_show_base(self, on: bool) -> None:
        if on == self.show_base:
            return
        self.show_base = on
        self.base_box.setChecked(on)
        self._remember_choice()
        self.refresh()

    def sources(self) -> list[Source]:
        if self.target is None:
            return []
        documents = self.all_documents()
        paths = ([str(self.session.path) if self.session and self.session.path else None]
                 if self.own is not None else [])
        paths += [str(p) if p else None for p, _d in self.documents]
        sources = find_sources(documents, self.target, paths=paths, own=self.own)
        for s in sources:
            if s.own:
                s.submitter = s.submitter or self.tr("Our draft")
        if self.show_base:
            reference = next((s for s in sources if s.marker.needs_base), None)
            if reference is not None:
                base = reference.base_column()
                base.submitter = self.tr("Text in force")
                base.name = self.tr("Base")
                sources.insert(0, base)
        return sources

    # -- alignment --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Align again (after sources, target or our draft changed)."""
        self._generation += 1
        sources = self.sources()
        if len(sources) == 0:
            self._show(None)
            self.status.setText(self.tr("Add received documents to compare."))
            return
        size = sum(1 for s in sources for _p in s.proposal.walk())
        if size <= self.background_provisions:
            self._show(compare(sources))
            return
        self.status.setText(self.tr("Comparing…"))
        job = _AlignJob(self._generation, sources)
        self._jobs.append(job.signals)
        job.signals.done.connect(self._aligned, Qt.ConnectionType.QueuedConnection)
        QThreadPool.globalInstance().start(job)

    def _aligned(self, generation: int, comparison, error) -> None:
        self._jobs = [s for s in self._jobs if s is not self.sender()]
        if generation != self._generation:
            return  # superseded
        if error is not None:
            self.status.setText(str(error))
            self.message.emit(str(error))
            return
        self._show(comparison)

    def _show(self, comparison: Comparison | None) -> None:
        current = self.view.currentIndex()
        where = (current.row(), current.column()) if current.isValid() else None
        self.comparison = comparison
        self.model.set_comparison(comparison)
        self._fill_columns()
        self.view.resizeRowsToContents()
        if where is not None and where[0] < self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(*where))
        if comparison is not None:
            rows = comparison.rows
            differ = sum(r.differs for r in rows)
            text = self.tr("{rows} rows, {differ} with differences").format(
                rows=len(rows), differ=differ)
            self.status.setText("  ".join([text, *comparison.messages]))
        self._update_actions()
        self.comparisonChanged.emit()

    def _fill_columns(self) -> None:
        names = [s.name for s in self.comparison.sources] if self.comparison else []
        for box, default in ((self.left_box, 0), (self.right_box, 1)):
            keep = box.currentIndex()
            box.clear()
            box.addItems(names)
            box.setCurrentIndex(keep if 0 <= keep < len(names) else min(default, len(names) - 1))

    def _own_changed(self, _change) -> None:
        self.refresh()

    def _schedule_row_heights(self, *_args) -> None:
        self._row_timer.start()

    # -- filter and navigation --------------------------------------------------------------
    def set_only_differences(self, on: bool) -> None:
        self.filter_box.setChecked(on)
        self.proxy.set_only_differences(on)
        self.view.resizeRowsToContents()
        self._update_actions()

    def next_difference(self) -> Row | None:
        return self._step(+1)

    def previous_difference(self) -> Row | None:
        return self._step(-1)

    def _step(self, direction: int) -> Row | None:
        count = self.proxy.rowCount()
        current = self.view.currentIndex()
        r = current.row() if current.isValid() else (-1 if direction > 0 else count)
        column = max(current.column(), 0) if current.isValid() else 0
        r += direction
        while 0 <= r < count:
            row = self.proxy.index(r, 0).data(ROW_ROLE)
            if row.differs:
                index = self.proxy.index(r, column)
                self.view.setCurrentIndex(index)
                self.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
                return row
            r += direction
        self.message.emit(self.tr("No further difference"))
        return None

    # -- selection, opening ---------------------------------------------------------------
    def current_row(self) -> Row | None:
        index = self.view.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def _current_source(self) -> Source | None:
        index = self.view.currentIndex()
        if not index.isValid() or self.comparison is None:
            return None
        return self.comparison.sources[index.column()]

    def select(self, row: Row, column: int) -> None:
        r = self.comparison.rows.index(row)
        index = self.proxy.mapFromSource(self.model.index(r, column))
        self.view.setCurrentIndex(index)

    def _clicked(self, index: QModelIndex) -> None:
        cell: Cell | None = index.data(CELL_ROLE)
        if cell is not None:
            self.provisionActivated.emit(cell.source, cell.provision)

    # -- word difference ------------------------------------------------------------------
    def word_difference(self, a: int, b: int, row: Row | None = None) -> str:
        """HTML of the word-level difference from column ``a``'s draft to ``b``'s."""
        if self.comparison is None:
            return ""
        rows = [row] if row is not None else [r for r in self.comparison.rows if r.differs]
        sa, sb = self.comparison.sources[a], self.comparison.sources[b]
        parts = [f"<p><b>{sa.name}</b> → <b>{sb.name}</b></p>"]
        for r in rows:
            marks = self.comparison.word_diff(r, a, b)
            parts.append(f"<p><i>{r.ref}</i>: {segments_html(marks)}</p>")
        return "".join(parts)

    def show_word_difference(self) -> None:
        a, b = self.left_box.currentIndex(), self.right_box.currentIndex()
        if a < 0 or b < 0:
            return
        self.diff_view.setHtml(self.word_difference(a, b, self.current_row()))
        self.diff_view.show()

    # -- adopt ----------------------------------------------------------------------------
    def own_column(self) -> int | None:
        if self.comparison is None:
            return None
        return next((i for i, s in enumerate(self.comparison.sources) if s.own), None)

    def can_adopt(self, row: Row | None, column: int) -> bool:
        own = self.own_column()
        if row is None or own is None or column == own or self.comparison is None:
            return False
        if self.session is None and self._adopt is None:
            return False
        theirs, ours = row.cells[column], row.cells[own]
        if theirs is not None and ours is None:
            # an item they add that we lack: taken in after its neighbour in our draft
            return (self.session is not None and theirs.draft is not None
                    and self._insertion_point(row, column) is not None)
        if theirs is None or ours is None:
            return False
        if theirs.draft is None and ours.base is None:
            return False  # suppressing an added provision means removing it: not a wording
        return theirs.draft_text != ours.draft_text

    def adopt_current(self) -> bool:
        index = self.view.currentIndex()
        if not index.isValid():
            return False
        return self.adopt(index.data(ROW_ROLE), index.column())

    def adopt(self, row: Row, column: int) -> bool:
        """Make our draft's provision read as the chosen source's (one undoable edit)."""
        if not self.can_adopt(row, column):
            return False
        theirs, ours = row.cells[column], row.cells[self.own_column()]
        draft = theirs.draft
        if ours is None:
            anchor_id, where = self._insertion_point(row, column)
            proposal = self.session.document.find_provision(anchor_id)[0]
            return self.session.push(
                c.InsertProvision(proposal.id, anchor_id, where,
                                  [c.clone_as_added(theirs.provision)]),
                self.tr("Adopt wording of {name}").format(name=theirs.source.name))
        if self.session is None:
            self._adopt(ours, draft)
            self.refresh()
            return True
        proposal = self.session.document.find_provision(ours.provision.id)[0]
        stack = self.session.stack
        stack.beginMacro(self.tr("Adopt wording of {name}").format(name=theirs.source.name))
        try:
            if draft is None:
                self.session.push(c.SuppressProvision(proposal.id, ours.provision.id))
            else:
                if ours.provision.draft is None:
                    self.session.push(c.RestoreProvision(proposal.id, ours.provision.id))
                self.session.push(c.EditText(proposal.id, ours.provision.id, draft))
        finally:
            stack.endMacro()
        return True

    def _insertion_point(self, row: Row, column: int) -> tuple[str, str] | None:
        """(our provision id, "after" / "before" / "child") where their added item goes: after
        the sibling before it, before the one after it, or last under the same parent."""
        own = self.own_column()
        theirs = row.cells[column]
        found = find_parent(theirs.source.proposal.provisions, theirs.provision.id)
        if found is None:
            return None
        parent, siblings = found
        ours_of = {}  # their provision id -> our provision in the same row
        for r in self.comparison.rows:
            if r.cells[column] is not None and r.cells[own] is not None:
                ours_of[r.cells[column].provision.id] = r.cells[own].provision
        i = siblings.index(theirs.provision)
        for p in reversed(siblings[:i]):
            if p.id in ours_of:
                return ours_of[p.id].id, "after"
        for p in siblings[i + 1:]:
            if p.id in ours_of:
                return ours_of[p.id].id, "before"
        if parent is not None and parent.id in ours_of:
            return ours_of[parent.id].id, "child"
        return None

    def _update_actions(self) -> None:
        index = self.view.currentIndex()
        row = index.data(ROW_ROLE) if index.isValid() else None
        self.adopt_button.setEnabled(self.can_adopt(row, index.column()) if row else False)
        source = self._current_source()
        self.remove_button.setEnabled(bool(source and not source.own and not source.base_side))
        has = self.comparison is not None and bool(self.comparison.rows)
        for w in (self.prev_button, self.next_button, self.export_button, self.diff_button):
            w.setEnabled(has)

    # -- export ---------------------------------------------------------------------------
    def export(self, path: str | os.PathLike) -> None:
        if self.comparison is None:
            raise ValueError("nothing to export")
        synoptic.write(self.comparison, path)

    def _choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export Synoptic Table"), "",
            self.tr("Word document (*.docx);;OpenDocument text (*.odt)"))
        if not path:
            return
        try:
            self.export(path)
        except (FormatError, OSError, ValueError) as exc:
            QMessageBox.warning(self, self.tr("Export Synoptic Table"), str(exc))

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Add Received Documents"), "",
            self.tr("Proposals (*.docx *.odt *.itup *.txt)"))
        if paths:
            self.add_files(paths)

    # -- remembered with the document ----------------------------------------------------
    def _document_path(self) -> Path | None:
        return self.session.path if self.session is not None else None

    def _remember_choice(self) -> None:
        path = self._document_path()
        if path is None or getattr(self, "_restoring", False):
            return
        choice = compare_sidecar.CompareSet(
            files=[p for p, _d in self.documents if p is not None], target=self.target,
            base=self.show_base)
        try:
            compare_sidecar.save(path, choice)
        except OSError as exc:
            self.message.emit(str(exc))

    def _restore_choice(self) -> None:
        path = self._document_path()
        choice = compare_sidecar.load(path) if path is not None else None
        self._restoring = True
        try:
            if choice is None:
                self._documents_changed()
                return
            self.show_base = choice.base
            self.base_box.setChecked(choice.base)
            self.target = choice.target
            missing = [str(f) for f in choice.files if not f.exists()]
            self.add_files([f for f in choice.files if f.exists()])
            if not choice.files or len(missing) == len(choice.files):
                self._documents_changed()
            if missing:
                self.status.setText(self.tr("Not found: {files}").format(
                    files=", ".join(missing)))
        finally:
            self._restoring = False


class CompareWindow(QMainWindow):
    """A window around the comparison, opened from the editor."""

    def __init__(self, session=None, parent: QWidget | None = None, **kwargs):
        super().__init__(parent)
        self.widget = CompareWidget(session, parent=self, **kwargs)
        self.setCentralWidget(self.widget)
        self.widget.comparisonChanged.connect(self._title)
        self.widget.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.resize(1200, 800)
        self._title()

    def _title(self) -> None:
        label = self.widget.targets().get(self.widget.target) if self.widget.target else None
        title = self.tr("Compare Proposals")
        self.setWindowTitle(f"{title} — {label}" if label else title)
