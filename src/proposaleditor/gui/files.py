"""Files and safety for the window: open and import (off the GUI thread), save, export after
the readiness checks, recent files, lock-file warnings, autosave to the recovery folder, the
window's geometry, closing with unsaved changes, files dropped on the window.

A mixin of MainWindow.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from .. import settings as user_settings
from ..domain.document import Document
from ..formats import native
from ..formats.errors import FormatError
from ..storage import recovery
from ..storage.atomic import WriteError
from .session import DocumentSession
from .workers import run_in_background


class FilesMixin:
    # -- files --------------------------------------------------------------------------------
    def _target_window(self) -> FilesMixin:
        """This window if it shows nothing worth keeping, else a new one."""
        if self.session.pristine:
            return self
        window = type(self)(settings=self.settings)
        window.show()
        return window

    def new_document(self) -> FilesMixin:
        window = self._target_window()
        if window is self:
            self.set_session(DocumentSession(self.blank_document()))
        return window

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open"), self._last_folder(),
                                              self.tr(  # a literal, so lupdate finds it
                                                  "ProposalEditor (*.itup);;Word (*.docx);;"
                                                  "OpenDocument (*.odt);;Text (*.txt *.md)")
                                              + ";;" + self.tr("All files (*)"))
        if path:
            self.open_path(path)

    def _last_folder(self) -> str:
        recent = self.settings.recent_files
        return str(Path(recent[0]).parent) if recent else str(Path.home())

    def fill_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.settings.recent_files:
            action = menu.addAction(Path(path).name, lambda p=path: self.open_path(p))
            action.setToolTip(path)
            action.setEnabled(os.path.exists(path))
        if not self.settings.recent_files:
            menu.addAction(self.tr("No recent files")).setEnabled(False)

    def open_path(self, path: str | os.PathLike, *, ask: bool = True) -> FilesMixin | None:
        """Open a .itup file, or import a DOCX / ODT / text file, off the GUI thread."""
        path = Path(path)
        for window in type(self).windows:
            if window.session and window.session.path and window.session.path.resolve() == \
                    path.resolve():
                window.raise_()
                window.activateWindow()
                return window
        if path.suffix.lower() == native.EXTENSION and ask and not self._lock_ok(path):
            return None
        from ..formats.registry import read_document

        options = self.read_options()
        outcome = run_in_background(self, self.tr("Opening %1…").replace("%1", path.name),
                                    lambda: read_document(path, **options))
        if outcome.cancelled:
            self.show_message(self.tr("Opening cancelled."))
            return None
        if outcome.error is not None:
            self._error(self.tr("Cannot open %1").replace("%1", path.name), outcome.error)
            return None
        document: Document = outcome.result
        imported = path.suffix.lower() != native.EXTENSION
        if imported and document.received_from is None:
            document.received_from = str(path)
        window = self._target_window()
        session = DocumentSession(document, None if imported else path)
        window.set_session(session, document.import_notes)
        self.settings.add_recent(path)
        self._save_settings()
        window.show_message(self.tr("Imported %1: save it as a ProposalEditor file to keep "
                                    "your changes.").replace("%1", path.name) if imported
                            else self.tr("Opened %1.").replace("%1", path.name))
        return window

    def read_options(self) -> dict:
        """How received files are read, from the preferences."""
        return {"static_marks": self.settings.received_static_marks}

    def _lock_ok(self, path: Path) -> bool:
        info = recovery.other_lock(path)
        if info is None:
            return True
        if info.stale:
            return True  # left by a session that ended without closing; ours now
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("File in Use"),
                          self.tr("%1 is open by %2 on %3 since %4.").replace("%1", path.name)
                          .replace("%2", info.user).replace("%3", info.host)
                          .replace("%4", info.since.replace("T", " ")[:16] or "?"),
                          QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText(self.tr("If you both save, one of you loses changes. Open it "
                                       "anyway?"))
        return box.exec() == QMessageBox.StandardButton.Open

    def save(self) -> bool:
        path = self.session.path
        if path is None or path.suffix.lower() != native.EXTENSION:
            return self.save_as()
        return self.save_to(path)

    def save_as(self) -> bool:
        document = self.session.document
        suggestion = self.session.path or Path(self._last_folder()) / (
            Path(document.received_from).stem + native.EXTENSION if document.received_from
            else self.tr("proposals") + native.EXTENSION)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save As"), str(suggestion),
                                              "ProposalEditor (*.itup)")
        return self.save_to(path) if path else False

    def save_to(self, path: str | os.PathLike) -> bool:
        path = Path(path)
        if path.suffix.lower() != native.EXTENSION:
            path = path.with_name(path.name + native.EXTENSION)
        try:
            self.session.save(path)
        except (WriteError, OSError) as exc:
            self._error(self.tr("Cannot save %1").replace("%1", path.name), exc)
            return False
        self.settings.add_recent(path)
        self._save_settings()
        self.show_message(self.tr("Saved %1.").replace("%1", str(path)))
        return True

    def export_dialog(self) -> bool:
        if not self._readiness_ok():
            return False
        document = self.session.document
        # a received file not yet saved as ours: never suggest its own name, one click from
        # overwriting the administration's original
        stem = (self.session.path.stem if self.session.path else
                Path(document.received_from).stem + "-export" if document.received_from
                else "proposals")
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export"), str(Path(self._last_folder()) / (stem + ".docx")),
            self.tr("Word document (*.docx);;OpenDocument text (*.odt)"))
        if not path:
            return False
        if not Path(path).suffix:
            path += ".odt" if "odt" in chosen else ".docx"
        return self.export_to(path)

    def _readiness_ok(self) -> bool:
        self.problems.check_now()
        findings = [f for f in self.problems.findings
                    if getattr(f.severity, "value", "") in ("error", "warning")]
        if not findings:
            return True
        from .dialogs.simple import ReadinessDialog

        if ReadinessDialog(findings, self).exec() == QDialog.DialogCode.Accepted:
            return True
        self.problems_dock.show()
        self.problems_dock.raise_()
        return False

    def export_to(self, path: str | os.PathLike) -> bool:
        """Write DOCX / ODT off the GUI thread (the window stays responsive)."""
        from ..formats.registry import write_document

        path = Path(path)
        options = {"marks": self.settings.mark_style}
        if self.settings.author:
            options["author"] = self.settings.author
        if self.settings.template and path.suffix.lower() == ".docx":
            options["template"] = self.settings.template
        document = self.session.document

        def discard(_outcome):
            path.unlink(missing_ok=True)

        outcome = run_in_background(self, self.tr("Exporting %1…").replace("%1", path.name),
                                    lambda: write_document(document, path, **options),
                                    on_cancel=discard)
        if outcome.cancelled:
            self.show_message(self.tr("Export cancelled."))
            return False
        if outcome.error is not None:
            self._error(self.tr("Cannot export %1").replace("%1", path.name), outcome.error)
            return False
        self.show_message(self.tr("Exported %1.").replace("%1", str(path)))
        return True

    def _error(self, title: str, error: Exception) -> None:
        text = error.problem if isinstance(error, FormatError) else str(error)
        QMessageBox.warning(self, title, text)

    # -- safety -------------------------------------------------------------------------------
    def autosave(self) -> None:
        try:
            self.session.autosave()
        except (WriteError, OSError) as exc:
            self.show_message(self.tr("Could not write the recovery copy: %1").replace(
                "%1", str(exc)))

    def _save_settings(self) -> None:
        self.settings.extra["window"] = base64.b64encode(bytes(self.saveGeometry())).decode()
        self.settings.extra["window_state"] = base64.b64encode(bytes(self.saveState())).decode()
        try:
            user_settings.save(self.settings)
        except (WriteError, OSError) as exc:
            self.show_message(self.tr("Could not save the preferences: %1").replace(
                "%1", str(exc)))

    def _restore_geometry(self) -> None:
        geometry = self.settings.extra.get("window")
        state = self.settings.extra.get("window_state")
        try:
            if geometry:
                self.restoreGeometry(QByteArray(base64.b64decode(geometry)))
            else:
                self.resize(1440, 900)
            if state:
                self.restoreState(QByteArray(base64.b64decode(state)))
        except (ValueError, TypeError):
            self.resize(1440, 900)

    def confirm_close(self) -> bool:
        if not self.session.modified:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Unsaved Changes"),
                          self.tr("Save the changes to %1 before closing?").replace(
                              "%1", self.session.title),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self._save_settings()
        self.session.close()
        if self in type(self).windows:
            type(self).windows.remove(self)
        event.accept()

    def quit_all(self) -> None:
        for window in list(type(self).windows):
            if not window.close():
                return
        QApplication.quit()

    # -- drag and drop of files ---------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_path(url.toLocalFile())
        event.acceptProposedAction()
