"""The editor driven as a user would: open the example, select, type, insert, move, set
markers, undo and redo, save and reopen, export, recover after a crash."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from proposaleditor.domain import commands as c
from proposaleditor.domain.inline import plain_text, runs
from proposaleditor.domain.proposals import Marker
from proposaleditor.domain.provisions import ProvisionKind, Status
from proposaleditor.domain.revisions import Op, marks_text
from proposaleditor.formats import native
from proposaleditor.gui.editor.paragraphs import ViewMode
from proposaleditor.gui.outline.model import BadgeRole, ProblemRole
from proposaleditor.storage import recovery


def provision_starting(proposal, text):
    return next(p for p in proposal.walk() if p.text.startswith(text))


def call(proposal, word):
    return next(p for p in proposal.provisions
                if p.kind is ProvisionKind.CALL and p.text.strip() == word)


def para_text(window, provision_id):
    n = window.editor.index_of("provision", provision_id)
    return window.editor.document().findBlockByNumber(n).text()


def test_open_example_shows_outline_page_and_problems(window, qtbot):
    model = window.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert titles[0] == "Cover page"
    assert "INS/82/1 · Resolution 182" in titles and "INS/82/3 · Resolution 163" in titles
    mod_row = titles.index("INS/82/1 · Resolution 182")
    assert model.index(mod_row, 0).data(BadgeRole)[0] == "MOD"
    # the example has no reasons: the checks (run once the window shows) flag every proposal,
    # and the outline shows it
    qtbot.waitUntil(lambda: window.problems.counts()[0] == 3)
    assert model.index(mod_row, 0).data(ProblemRole) == "error"
    # the first proposal is on the page, in ITU layout, with its marks
    page = window.editor.toPlainText()
    assert page.startswith("MOD\tINS/82/1")
    assert "RESOLUTION 182 (GUADALAJARA, 2010 REV. BUSAN, 2014)" in page
    number_line = window.session.document.proposals[0].provisions[0]
    para = window.editor.paras[window.editor.index_of("provision", number_line.id)]
    assert [op for *_x, op, _c in para.frags if op is Op.DELETE]
    assert window.count_label.text() == "3 proposal(s)"
    assert window.number_label.text() == "MOD INS/82/1"


def test_select_provision_and_type_live_marks_then_undo(window, qtbot):
    document = window.session.document
    before = native.dumps(document)
    mod = document.proposals[0]
    item = provision_starting(mod, "Resolution 1307")
    window.outline.select_node(mod.id, item.id)  # as a click in the outline does
    assert window.current == ("provision", mod.id, item.id)
    assert window.properties.stack.currentWidget() is window.properties.provision_page
    window.editor.setFocus()
    qtbot.keyClicks(window.editor, "Council ")
    assert plain_text(item.draft).startswith("Council Resolution 1307")
    assert marks_text(item.marks).startswith("{+Council +}Resolution 1307")
    # the page shows the insertion underlined in place, the caret after it
    n = window.editor.index_of("provision", item.id)
    para = window.editor.paras[n]
    assert para.frags[0][2] is Op.INSERT
    assert window.editor.caret() == (para.key, len("Council "))
    assert "Council Resolution 1307" in para_text(window, item.id)
    # typing merged into one step; the outline row shows the provision as modified
    assert window.session.stack.count() == 1
    index = window.model.index_of_provision(mod.id, item.id)
    assert index.data(BadgeRole)[0] == "modified"
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert native.dumps(document) == before
    assert para_text(window, item.id).startswith("f)\tResolution 1307")
    window.session.stack.redo()  # the backspace was part of the same typing step
    assert plain_text(item.draft).startswith("CouncilResolution 1307")


def test_caret_steps_over_deleted_text_and_delete_keys_edit_clean_text(window, qtbot):
    mod = window.session.document.proposals[0]
    item = provision_starting(mod, "Resolution 66")  # "(Rev. [-Hyderabad, 2010 -]Dubai, 2014)"
    window.jump_to(mod.id, item.id)
    editor = window.editor
    n = editor.index_of("provision", item.id)
    para = editor.paras[n]
    deleted = next((a, b) for a, b, op, _c in para.frags if op is Op.DELETE)
    block = editor.document().findBlockByNumber(n)
    cursor = editor.textCursor()
    cursor.setPosition(block.position() + deleted[0] + 3)  # inside the struck text
    editor.setTextCursor(cursor)
    assert editor.textCursor().position() == block.position() + deleted[1]
    clean = editor.caret()[1]
    assert plain_text(item.draft)[clean:].startswith("Dubai")
    qtbot.keyClick(editor, Qt.Key.Key_Delete)  # deletes the D of Dubai, not struck text
    assert "(Rev. ubai, 2014)" in plain_text(item.draft)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace, Qt.KeyboardModifier.ControlModifier)
    assert "(ubai, 2014)" in plain_text(item.draft)
    assert "[-Rev. Hyderabad, 2010 " in marks_text(item.marks)


def test_insert_item_renumbers_siblings_with_marks(window, qtbot):
    document = window.session.document
    before = native.dumps(document)
    mod = document.proposals[0]
    recognizing = call(mod, "recognizing")
    c_item = recognizing.children[2]
    window.jump_to(mod.id, c_item.id)
    window.actions.insert_after.trigger()
    new = recognizing.children[3]
    assert new.status is Status.ADDED and window.current[2] == new.id
    qtbot.keyClicks(window.editor, "Resolution 200 (Busan, 2014);")
    assert plain_text(new.draft) == "Resolution 200 (Busan, 2014);"
    assert [marks_text(p.label_marks) for p in recognizing.children] == [
        "a)", "b)", "c)", "{+d)+}", "[-d)-]{+e)+}", "[-e)-]{+f)+}", "[-f)-]{+g)+}"]
    # the page shows the renumbered labels struck and inserted
    assert para_text(window, recognizing.children[4].id).startswith("d)e)\t")
    index = window.model.index_of_provision(mod.id, new.id)
    assert index.data(BadgeRole)[0] == "added"
    assert index.data().startswith("d)  Resolution 200")
    window.session.stack.undo()
    window.session.stack.undo()
    assert native.dumps(document) == before
    window.session.stack.redo()
    assert recognizing.children[3] is new and new.draft == ()


def test_enter_splits_the_item_at_the_caret_and_tab_indents(window, qtbot):
    mod = window.session.document.proposals[0]
    resolves = call(mod, "resolves")
    one = provision_starting(mod, "to continue and further develop ITU")
    window.jump_to(mod.id, one.id)
    text = plain_text(one.draft)
    cut = text.index(" in order to")
    para = window.editor.current_para()
    window.editor.place_caret(para.key, cut)
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    new = resolves.children[2]
    assert plain_text(one.draft) == text[:cut]
    assert plain_text(new.draft) == text[cut:]
    assert new.kind is ProvisionKind.NUMBERED_ITEM and new.label == "2"
    assert window.current[2] == new.id and window.editor.caret()[1] == 0
    qtbot.keyClick(window.editor, Qt.Key.Key_Tab)
    assert one.children == [new] and new.kind is ProvisionKind.SUB_ITEM
    assert new.label == "a)"
    assert [p.label for p in resolves.children[1:4]] == ["1", "2", "3"]
    window.session.stack.undo()  # indent
    window.session.stack.undo()  # the split, one step
    assert plain_text(one.draft) == text
    # Backspace in an empty new item removes it
    window.jump_to(mod.id, one.id)
    window.actions.insert_after.trigger()
    assert len(resolves.children) == 8
    qtbot.keyClick(window.editor, Qt.Key.Key_Backspace)
    assert len(resolves.children) == 7
    assert window.current[2] == one.id


def test_move_items_with_actions_and_drag_and_drop(window):
    mod = window.session.document.proposals[0]
    aware = call(mod, "aware")
    a, b, cc = aware.children
    window.jump_to(mod.id, a.id)
    window.actions.move_down.trigger()
    assert aware.children == [b, a, cc]
    assert [marks_text(p.label_marks) for p in aware.children] == [
        "[-b)-]{+a)+}", "[-a)-]{+b)+}", "c)"]
    assert window.current[2] == a.id
    # drag c) to the top of its list: the drop issues a MoveProvision
    model = window.model
    source = model.index_of_provision(mod.id, cc.id)
    data = model.mimeData([source])
    parent = model.index_of_provision(mod.id, aware.id)
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, parent)
    QApplication.processEvents()
    assert aware.children == [cc, b, a]
    # a provision cannot be dropped inside itself
    inside = model.index_of_provision(mod.id, cc.id)
    data = model.mimeData([parent])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, inside)
    # proposals move by drag and drop at the top level; numbers follow
    document = window.session.document
    sup = document.proposals[2]
    data = model.mimeData([model.index_of_section(sup.id)])
    row = model.index_of_section(document.proposals[0].id).row()
    model.dropMimeData(data, Qt.DropAction.MoveAction, row, 0, QModelIndex())
    QApplication.processEvents()
    assert document.proposals[0] is sup
    assert window.session.numbers()[sup.id] == "INS/82/1"
    assert model.index_of_section(sup.id).data() == "INS/82/1 · Resolution 163"


def test_markers_sup_collapses_mod_on_add_asks_for_base_text(window, answer):
    document = window.session.document
    before = native.dumps(document)
    res130 = document.proposals[1]
    window.jump_to(res130.id, None)
    assert window.set_marker(Marker.SUP)
    assert [p.kind for p in res130.provisions] == [
        ProvisionKind.NUMBER_LINE, ProvisionKind.TITLE, ProvisionKind.ENACTING_FORMULA]
    assert window.model.index_of_section(res130.id).data(BadgeRole)[0] == "SUP"
    assert "Undo brings it back" in window.statusBar().currentMessage()
    window.actions.undo.trigger()
    assert native.dumps(document) == before
    # the shortcut chord for NOC works on the selected proposal too
    window.actions.marker_actions[Marker.NOC].trigger()
    assert res130.marker is Marker.NOC
    window.actions.undo.trigger()
    # an ADD typed from scratch, then made a MOD: the editor asks for the text in force
    from proposaleditor.gui.dialogs.new_proposal import NewProposalDialog

    dialog = NewProposalDialog(window, window.library)
    dialog.target_number.setText("[INS-1]")
    proposal = dialog.build()
    dialog.deleteLater()
    assert proposal.marker is Marker.ADD
    assert plain_text(proposal.provisions[0].draft) == "DRAFT NEW RESOLUTION [INS-1]"
    assert window.add_proposal(proposal)
    assert window.session.numbers()[proposal.id] == "INS/82/3"
    assert window.session.numbers()[document.proposals[3].id] == "INS/82/4"
    answer(lambda d: d.accept())  # "use the current text as the text in force"
    assert window.set_marker(Marker.MOD)
    assert proposal.marker is Marker.MOD
    assert all(p.status is Status.UNCHANGED for p in proposal.walk())


def test_view_modes(window):
    editor = window.editor
    marked = editor.toPlainText()
    assert "GUADALAJARA, 2010" in marked
    window.actions.view_clean.trigger()
    assert editor.mode is ViewMode.CLEAN
    clean = editor.toPlainText()
    assert "RESOLUTION 182 (REV. BUSAN, 2014)" in clean and "GUADALAJARA" not in clean
    window.actions.view_base.trigger()
    base = editor.toPlainText()
    assert "to encourage Member States in the various regions" not in base  # added items
    assert "Hyderabad, 2010" in base
    window.actions.view_marked.trigger()
    assert editor.toPlainText() == marked
    window.set_view(ViewMode.CLEAN)  # as the menu and the view bar's buttons do
    assert editor.mode is ViewMode.CLEAN and window.actions.view_clean.isChecked()
    assert editor.toPlainText() == clean


def test_reasons_find_replace_and_document_properties(window, qtbot):
    document = window.session.document
    mod = document.proposals[0]
    window.jump_to(mod.id, None)
    window.properties.reasons.setFocus()
    qtbot.keyClicks(window.properties.reasons, "ICTs help fight climate change.")
    qtbot.waitUntil(lambda: plain_text(mod.reasons) == "ICTs help fight climate change.")
    assert "Reasons:\tICTs help fight climate change." in window.editor.toPlainText()
    window.find_replace()
    dialog = window._find_dialog
    dialog.find.setText("Hyderabad Action Plan")
    assert dialog.find_next()
    assert window.editor.textCursor().selectedText() == "Hyderabad Action Plan"
    dialog.replace.setText("Dubai Action Plan")
    expected = sum(plain_text(p.draft).count("Hyderabad Action Plan")
                   for proposal in document.proposals for p in proposal.walk() if p.draft)
    assert expected > 1
    assert dialog.replace_all() == expected
    assert not any("Hyderabad Action Plan" in plain_text(p.draft)
                   for proposal in document.proposals for p in proposal.walk() if p.draft)
    assert "Dubai Action Plan" in mod.find(window.current[2]).text
    dialog.close()
    from proposaleditor.gui.dialogs.document_properties import DocumentPropertiesDialog

    props = DocumentPropertiesDialog(document.metadata, False, window)
    props.addendum.setValue(2)
    window.session.push(c.EditMetadata(props.metadata(), True))
    props.deleteLater()
    assert window.session.numbers()[mod.id] == "[INS/82A2/1]"
    assert window.model.index_of_section(mod.id).data() == "[INS/82A2/1] · Resolution 182"


def test_save_reopen_and_lock_file(window, make_window, tmp_path, qtbot, answer):
    mod = window.session.document.proposals[0]
    item = provision_starting(mod, "that climate change is acknowledged")
    window.jump_to(mod.id, item.id)
    qtbot.keyClicks(window.editor, "indeed ")
    assert window.isWindowModified()
    path = tmp_path / "indonesia.itup"
    assert window.save_to(path)
    assert not window.isWindowModified() and window.save_label.text() == "Saved"
    assert recovery.lock_path(path).exists()
    saved = native.dumps(window.session.document)
    assert path.read_text("utf-8") == saved
    window.close()
    assert not recovery.lock_path(path).exists()
    other = make_window(path)
    assert native.dumps(other.session.document) == saved
    assert other.windowTitle().startswith("indonesia.itup")
    assert str(path) in other.settings.recent_files[0]
    # someone else holds the file: the editor warns and can be told not to open it
    lock = json.loads(recovery.lock_path(path).read_text())
    other.close()
    lock.update(pid=1, host="colleague-pc", user="someone")
    recovery.lock_path(path).write_text(json.dumps(lock))
    third = make_window()
    answer(lambda d: d.reject())
    assert third.open_path(path) is None
    assert third.session.pristine


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_export_after_fixing_problems(window, tmp_path, suffix):
    document = window.session.document
    for proposal in document.proposals:
        window.session.push(c.EditReasons(proposal.id, runs("Needed for the conference.")))
    window.problems.check_now()
    assert window.problems.counts()[0] == 0
    assert window._readiness_ok()
    out = tmp_path / f"indonesia{suffix}"
    assert window.export_to(out)
    assert out.stat().st_size > 5000
    if suffix == ".docx":
        import docx

        text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
        assert "INS/82/1" in text and "Needed for the conference." in text
    tool = shutil.which("python3")
    check = Path(__file__).resolve().parents[3] / "shared" / "tools" / (
        "check-docx" if suffix == ".docx" else "check-odt")
    if check.exists() and tool:
        result = subprocess.run([tool, str(check), str(out)], capture_output=True, text=True)
        assert result.returncode == 0, result.stdout + result.stderr


def test_export_with_problems_shows_them_first(window, tmp_path, answer):
    answer(lambda d: d.reject())  # "Fix first"
    assert not window._readiness_ok()
    assert window.problems_dock.isVisible()


def test_recover_after_a_crash(window, settings, tmp_path, qtbot, answer):
    from proposaleditor.gui import app

    mod = window.session.document.proposals[0]
    item = provision_starting(mod, "that developing countries face")
    window.jump_to(mod.id, item.id)
    qtbot.keyClicks(window.editor, "also ")
    assert window.session.autosave()
    assert not window.session.autosave()  # nothing new since
    edited = native.dumps(window.session.document)
    store = recovery.RecoveryStore(window.folders.recovery)
    record = store.path_for(window.session.session_id)
    assert record.exists()
    # the session dies without closing: its process is gone
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    data = json.loads(record.read_text())
    data["pid"] = int(dead.stdout)
    crashed = store.path_for("crashed-session")
    crashed.write_text(json.dumps(data))
    answer(lambda d: d.accept())  # Restore
    windows = app.start([], settings)
    restored = windows[0]
    try:
        assert native.dumps(restored.session.document) == edited
        assert restored.session.modified and restored.isWindowModified()
        assert not crashed.exists()
        assert "Restored" in restored.statusBar().currentMessage()
    finally:
        restored.confirm_close = lambda: True
        restored.close()


def test_first_run_opens_the_example_then_a_blank_document(qtbot, monkeypatch):
    from proposaleditor import settings as user_settings
    from proposaleditor.gui import app
    from proposaleditor.gui.main_window import MainWindow

    s = user_settings.Settings()
    windows = app.start([], s)
    try:
        assert len(windows[0].session.document.proposals) == 3
        assert user_settings.load().first_run_done
        second = app.start([], user_settings.load())
        assert second[0].session.document.proposals == []
    finally:
        for w in list(MainWindow.windows):
            monkeypatch.setattr(w, "confirm_close", lambda: True)
            w.close()


def test_shortcuts_dialog_lists_marker_and_structure_keys(window):
    from proposaleditor.gui.dialogs.simple import ShortcutsDialog

    dialog = ShortcutsDialog(window.actions.groups, window)
    rows = dict(dialog.rows())
    assert rows["Set Marker MOD"] == "Ctrl+M, M"
    assert rows["Indent"] == "Alt+Shift+Right"
    assert rows["Move Up"] == "Alt+Shift+Up"
    dialog.deleteLater()


def test_accessible_names(window):
    for widget in (window.outline, window.editor, window.properties, window.problems):
        assert widget.accessibleName()
