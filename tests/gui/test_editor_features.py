"""Editor features beyond the core loop: a MOD from a pasted text in force, the base-text
library, copy and paste of provisions, closing with unsaved changes, background work, dropped
files, preferences, and a start under Xvfb."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from received_docs import static_marks_mod

from proposaleditor import settings as user_settings
from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind, Status
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats import native

RESOLUTION_TEXT = """RESOLUTION 177 (REV. GUADALAJARA, 2010)

Conformance and interoperability

The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),

considering

a) the first consideration;

b) the second consideration,

resolves

1 to continue the programme;

2 to report to the Council;

3 to review the results.
"""


def new_mod(window, text=RESOLUTION_TEXT):
    from proposaleditor.gui.dialogs.new_proposal import NewProposalDialog

    dialog = NewProposalDialog(window, window.library)
    dialog.amend.setChecked(True)
    dialog.marker.setCurrentIndex(dialog.marker.findData(Marker.MOD))
    dialog.source.paste.setPlainText(text)
    proposal = dialog.build()
    dialog.deleteLater()
    return proposal


def test_write_a_mod_from_a_pasted_text_in_force(make_window, qtbot):
    window = make_window()
    proposal = new_mod(window)
    assert proposal.marker is Marker.MOD
    assert (proposal.target.kind, proposal.target.number) == (TargetKind.RESOLUTION, "177")
    assert window.add_proposal(proposal)
    assert window.session.numbers()[proposal.id] == "INS/XX/1"
    # the text in force went into the library for the next time
    assert [e.target for e in window.library.entries()] == ["Resolution 177"]
    # revise the number line and formula, add an item after 1: 2 and 3 renumber with marks
    window.actions.revise.trigger()
    number_line = proposal.provisions[0]
    assert marks_text(number_line.marks).endswith("{+BUSAN, 2014+})")
    resolves = next(p for p in proposal.provisions if p.text == "resolves")
    window.jump_to(proposal.id, resolves.children[0].id)
    window.actions.insert_after.trigger()
    qtbot.keyClicks(window.editor, "to assist developing countries;")
    assert [marks_text(p.label_marks) for p in resolves.children] == [
        "1", "{+2+}", "[-2-]{+3+}", "[-3-]{+4+}"]
    assert resolves.children[1].status is Status.ADDED
    # reasons, then the checks find nothing to fix in this proposal
    window.jump_to(proposal.id, None)
    window.properties.reasons.setPlainText("Conformance needs a programme for developing "
                                           "countries.")
    window.properties._commit_reasons()
    window.problems.check_now()
    assert not [f for f in window.problems.findings if f.proposal_id == proposal.id
                and getattr(f.severity, "value", "") == "error"]


def test_mod_on_an_add_can_take_a_pasted_text_in_force(make_window, answer):
    from proposaleditor.gui.dialogs.new_proposal import NewProposalDialog

    window = make_window()
    dialog = NewProposalDialog(window, window.library)
    dialog.target_number.setText("INS-1")
    add = dialog.build()
    dialog.deleteLater()
    window.add_proposal(add)

    def replace_with_pasted(d):
        d.other.setChecked(True)
        d.picker.paste.setPlainText(RESOLUTION_TEXT)
        d._accept()

    answer(replace_with_pasted)
    assert window.set_marker(Marker.MOD)
    assert add.marker is Marker.MOD
    assert plain_text(add.provisions[0].base) == "RESOLUTION 177 (REV. GUADALAJARA, 2010)"
    assert all(p.status is Status.UNCHANGED for p in add.walk())
    window.actions.undo.trigger()
    assert add.marker is Marker.ADD and plain_text(add.provisions[0].draft).startswith("DRAFT")


def test_library_text_is_offered_again(make_window):
    from proposaleditor.gui.dialogs.new_proposal import NewProposalDialog

    window = make_window()
    window.add_proposal(new_mod(window))
    dialog = NewProposalDialog(window, window.library)
    dialog.amend.setChecked(True)
    dialog.marker.setCurrentIndex(dialog.marker.findData(Marker.NOC))
    dialog.source.setCurrentIndex(2)
    dialog.source.library_list.setCurrentRow(0)
    assert dialog.target_number.text() == "177"
    noc = dialog.build()
    dialog.deleteLater()
    assert noc.marker is Marker.NOC
    assert [p.kind for p in noc.provisions] == [ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE,
                                                ProvisionKind.ENACTING_FORMULA]


def test_import_a_text_in_force_from_a_file(make_window, tmp_path):
    from proposaleditor.gui.dialogs.new_proposal import NewProposalDialog

    window = make_window()
    source = tmp_path / "res177.txt"
    source.write_text(RESOLUTION_TEXT, "utf-8")
    dialog = NewProposalDialog(window, window.library)
    dialog.amend.setChecked(True)
    assert dialog.import_file(str(source))
    proposal = dialog.build()
    assert proposal.target.number == "177" and len(list(proposal.walk())) == 10
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"not a zip")
    assert not dialog.import_file(str(bad))
    assert "broken.docx" in dialog.error.text()
    dialog.deleteLater()


def test_copy_and_paste_provisions(window, qtbot):
    mod = window.session.document.proposals[0]
    aware = next(p for p in mod.provisions if p.text == "aware")
    a = aware.children[0]
    window.outline.select_node(mod.id, a.id)
    window.activateWindow()
    window.outline.setFocus()
    qtbot.keyClick(window.outline, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().mimeData().hasFormat(
        "application/x-proposaleditor-provisions")
    window.outline.select_node(mod.id, aware.children[2].id)
    qtbot.keyClick(window.outline, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    pasted = aware.children[3]
    assert pasted.id != a.id and pasted.text == a.text
    assert pasted.status is Status.ADDED and pasted.label == "d)"
    window.session.stack.undo()
    assert len(aware.children) == 3


def test_closing_with_unsaved_changes_asks(make_window, answer, tmp_path):
    from proposaleditor.gui.main_window import MainWindow

    window = make_window()
    del window.confirm_close  # the real question
    window.add_proposal(new_mod(window))
    answer(lambda d: d.button(QMessageBox.StandardButton.Cancel).click())
    assert not window.close()
    assert window.isVisible()
    answer(lambda d: d.button(QMessageBox.StandardButton.Discard).click())
    assert window.close()
    assert window not in MainWindow.windows


def test_background_work_can_be_cancelled(make_window, answer):
    from proposaleditor.gui.workers import run_in_background

    window = make_window()
    late = []

    answer(lambda d: d.findChild(QPushButton).click())  # the progress dialog's Cancel
    started = time.perf_counter()
    outcome = run_in_background(window, "Working…", lambda: time.sleep(1.0) or 42,
                                on_cancel=late.append)
    assert outcome.cancelled and not outcome.ok
    assert time.perf_counter() - started < 0.9  # returned before the work ended
    deadline = time.perf_counter() + 3
    while not late and time.perf_counter() < deadline:
        QApplication.processEvents()
    assert late and late[0].result == 42
    ok = run_in_background(window, "Working…", lambda: 7)
    assert ok.ok and ok.result == 7
    failed = run_in_background(window, "Working…", lambda: 1 / 0)
    assert isinstance(failed.error, ZeroDivisionError)


def test_dropping_a_file_opens_it(make_window, example_path):
    window = make_window()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(example_path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert len(window.session.document.proposals) == 3


def test_opening_a_bad_file_says_why(make_window, tmp_path, answer):
    window = make_window()
    bad = tmp_path / "notes.itup"
    bad.write_text("{not json", "utf-8")
    seen = []
    answer(lambda d: (seen.append(d.text()), d.accept()))
    assert window.open_path(bad) is None
    assert "not a ProposalEditor file" in seen[0]
    assert window.session.pristine


def test_preferences_are_saved_and_used_for_new_documents(make_window, answer):
    window = make_window()

    def fill(d):
        d.administration.setText("France")
        d.symbol.setText("f")
        d.autosave.setValue(60)
        d.accept()

    answer(fill)
    window.edit_preferences()
    saved = user_settings.load()
    assert (saved.administration, saved.symbol, saved.autosave_seconds) == ("France", "F", 60)
    assert window._autosave.interval() == 60_000
    new = window.new_document()
    assert new.session.document.metadata.symbols == ["F"]
    assert new.session.document.metadata.source == "France"



def test_preference_decides_whether_underline_in_received_files_marks_changes(
        make_window, answer, tmp_path):
    received = static_marks_mod(tmp_path / "received.docx")
    window = make_window(received)  # default: the ITU convention
    [proposal] = window.session.document.proposals
    inserted, deleted = proposal.change_counts()
    assert inserted > 0 and deleted > 0
    assert user_settings.Settings().received_static_marks is True

    def switch_off(d):
        assert d.received_static_marks.isChecked()
        d.received_static_marks.setChecked(False)
        d.accept()

    answer(switch_off)
    window.edit_preferences()
    assert user_settings.load().received_static_marks is False
    plain = window.open_path(received)
    [proposal] = plain.session.document.proposals
    assert proposal.change_counts() == (0, 0)
    assert any("to continue ITU telecommunication activities on climate change"
               in marks_text(pr.marks) for pr in proposal.walk())  # all of it kept, unmarked

    def switch_on(d):
        assert not d.received_static_marks.isChecked()
        d.received_static_marks.setChecked(True)
        d.accept()

    answer(switch_on)
    plain.edit_preferences()
    assert user_settings.load().received_static_marks is True
    marked = plain.open_path(received)
    assert marked.session.document.proposals[0].change_counts() == (inserted, deleted)


def test_preferences_labels_show_no_literal_ampersand(qtbot):
    from PySide6.QtWidgets import QLabel

    from proposaleditor.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(user_settings.Settings())
    qtbot.addWidget(dialog)
    labels = {label.text(): label for label in dialog.findChildren(QLabel)}
    assert labels["&Template:"].buddy() is dialog.template
    # a label with a mnemonic but no buddy shows its "&" as it is
    assert [t for t, label in labels.items() if "&" in t and label.buddy() is None] == []


def test_saved_file_opens_in_a_second_window_when_the_first_has_work(make_window, tmp_path,
                                                                     window):
    path = tmp_path / "draft.itup"
    native.save(window.session.document, path)
    window.add_proposal(new_mod(window))
    other = window.open_path(path)
    assert other is not window and other.session.path == path


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="xvfb-run not installed")
def test_starts_and_shows_its_window_under_xvfb(tmp_path):
    out = tmp_path / "smoke.docx"
    env = dict(os.environ, PROPOSALEDITOR_HOME=str(tmp_path / "home"))
    env.pop("QT_QPA_PLATFORM", None)  # a real X server this time
    result = subprocess.run(
        ["xvfb-run", "-a", sys.executable, "-m", "proposaleditor.gui.app", "--smoke-test",
         str(out)], env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert out.stat().st_size > 5000 and out.with_suffix(".png").exists()


def test_problem_double_click_jumps_to_the_proposal(window, qtbot):
    qtbot.waitUntil(lambda: window.problems.topLevelItemCount() > 0)
    sup = window.session.document.proposals[2]
    item = next(window.problems.topLevelItem(i)
                for i in range(window.problems.topLevelItemCount())
                if window.problems.topLevelItem(i).text(0) == "INS/82/3")
    window.problems.itemActivated.emit(item, 0)
    assert window.current[1] == sup.id
    assert window.editor.section.key == sup.id
    assert window.outline.currentIndex().data() == "INS/82/3 · Resolution 163"


def test_free_text_is_edited_in_the_page(window, qtbot):
    intro = window.model.index(1, 0)
    assert intro.data() == "Introduction"
    window.outline.setCurrentIndex(intro)
    block = window.session.document.parts[0]
    window.jump_to(None, block.id)
    qtbot.keyClicks(window.editor, "Indeed, ")
    assert plain_text(block.text).startswith("Indeed, The Republic of Indonesia")
    window.session.stack.undo()
    assert plain_text(block.text).startswith("The Republic of Indonesia")


def test_recent_files_and_document_number(window, tmp_path, answer):
    path = tmp_path / "draft.itup"
    window.save_to(path)
    window.fill_recent_menu()
    names = [a.text() for a in window.actions.recent_menu.actions()]
    assert names[0] == "draft.itup"

    def number(d):
        d.number.setText("104")
        d.addendum.setValue(3)
        d.accept()

    answer(number)
    window.set_document_number()
    assert list(window.session.numbers().values()) == ["INS/104A3/1", "INS/104A3/2",
                                                       "INS/104A3/3"]
    assert window.number_label.text() == "MOD INS/104A3/1"
    window.actions.undo.trigger()
    assert list(window.session.numbers().values())[0] == "INS/82/1"


def test_reasons_typed_just_before_moving_on_stay_with_their_proposal(window, qtbot):
    first, second = window.session.document.proposals[:2]
    window.jump_to(first.id, None)
    window.properties.reasons.setFocus()
    qtbot.keyClicks(window.properties.reasons, "Climate change.")
    window.jump_to(second.id, None)  # at once, before the panel's pause has passed
    assert plain_text(first.reasons) == "Climate change."
    assert plain_text(second.reasons) == ""


def test_undo_shows_where_it_changed_something(window, qtbot):
    document = window.session.document
    mod, res130 = document.proposals[:2]
    item = next(p for p in mod.walk() if p.text.startswith("that the current ITU-T Study Group 5"))
    window.jump_to(mod.id, item.id)
    qtbot.keyClicks(window.editor, "Also ")
    window.jump_to(res130.id, None)
    assert window.editor.section.key == res130.id
    window.actions.undo.trigger()
    assert window.editor.section.key == mod.id
    assert window.current == ("provision", mod.id, item.id)
    assert not plain_text(item.draft).startswith("Also")
