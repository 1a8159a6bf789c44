"""The comparison view (gui/compare): columns, colours, filter, scrolling, adopt + undo."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from compare_samples import (  # noqa: E402
    INSTRUCTS,
    RESOLVES,
    acp_document,
    document,
    ins_document,
    resolution,
    revised_identification,
)

from proposaleditor.domain.compare import Agreement  # noqa: E402
from proposaleditor.domain.inline import plain_text  # noqa: E402
from proposaleditor.formats import native, synoptic  # noqa: E402

pytest.importorskip("pytestqt")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor  # noqa: E402

from proposaleditor.gui.compare import CompareWidget, CompareWindow  # noqa: E402
from proposaleditor.gui.compare.model import ROW_ROLE  # noqa: E402
from proposaleditor.gui.session import DocumentSession  # noqa: E402
from proposaleditor.storage import compare_sidecar  # noqa: E402

pytestmark = pytest.mark.gui


def our_draft():
    """Our own draft on Resolution 130: only the identification revised so far."""
    return document([resolution(**revised_identification())], source="Korea (Republic of)",
                    symbols=["KOR"], number=None)


@pytest.fixture
def session(tmp_path):
    path = tmp_path / "draft.itup"
    doc = our_draft()
    native.save(doc, path)
    s = DocumentSession(doc, path)
    yield s
    s.close()


@pytest.fixture
def received(tmp_path):
    paths = []
    for name, doc in (("ins", ins_document()), ("acp", acp_document())):
        path = tmp_path / f"{name}.itup"
        native.save(doc, path)
        paths.append(path)
    return paths


@pytest.fixture
def widget(qtbot, session, received):
    w = CompareWidget(session)
    qtbot.addWidget(w)
    assert w.add_files(received) == []
    w.resize(1100, 500)
    w.show()
    qtbot.waitExposed(w)
    return w


def headers(w):
    return [w.model.headerData(i, Qt.Orientation.Horizontal) for i in
            range(w.model.columnCount())]


def row_index(w, ref):
    return next(i for i, r in enumerate(w.comparison.rows) if r.ref == ref)


def test_one_column_per_source_and_the_base_column_first(widget):
    assert widget.target == ("resolution", "130")
    assert widget.target_box.currentText() == "Resolution 130"
    assert headers(widget) == ["Korea (Republic of)\nKOR/XX/1\n(our draft)",
                               "Indonesia (Republic of)\nINS/82/2",
                               "Asia-Pacific Telecommunity Comm…\nACP/12/40"]
    tip = widget.model.headerData(2, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Asia-Pacific Telecommunity Common Proposals\nACP/12/40\n")
    assert tip.endswith("acp.itup")
    widget.set_show_base(True)
    assert widget.base_box.isChecked()
    assert headers(widget)[0] == "Text in force\nBase"
    assert widget.model.columnCount() == 4
    # the renumbered item shares a row with its original in every column
    r = row_index(widget, "resolves 2")
    labels = [widget.model.index(r, col).data() for col in range(4)]
    assert [t.split(" ", 1)[0] for t in labels] == ["2", "2", "3", "2"]


def test_rows_are_coloured_by_agreement(widget):
    model = widget.model
    conflict = row_index(widget, "resolves 1")
    assert widget.comparison.rows[conflict].agreement is Agreement.CONFLICT
    brush = model.index(conflict, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor("#" + synoptic.SHADE[Agreement.CONFLICT])
    assert model.headerData(conflict, Qt.Orientation.Vertical).endswith("conflict")
    differ = row_index(widget, "resolves 2 (added)")
    brush = model.index(differ, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert brush.color() == QColor("#" + synoptic.SHADE[Agreement.DIFFER])
    title = row_index(widget, "title")
    assert model.index(title, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    # every source revises the number line the same way: an agreed change, lightly green
    agreed = model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole)
    assert widget.comparison.rows[0].agreement is Agreement.AGREE
    assert agreed is not None and agreed.color() != brush.color()
    # marks are rendered: ACP's deletion struck through, Indonesia's insertion underlined
    html = model.index(conflict, 2).data(Qt.UserRole + 1)
    assert "<s style='color:#B00020'>competences and expertise</s>" in html
    assert "<u style=" in model.index(conflict, 1).data(Qt.UserRole + 1)


def test_filter_and_next_previous_difference(widget):
    total = widget.proxy.rowCount()
    differing = [r for r in widget.comparison.rows if r.differs]
    widget.set_only_differences(True)
    assert widget.filter_box.isChecked()
    assert 0 < widget.proxy.rowCount() == len(differing) < total
    assert all(widget.proxy.index(i, 0).data(ROW_ROLE).differs
               for i in range(widget.proxy.rowCount()))
    widget.set_only_differences(False)
    assert widget.proxy.rowCount() == total
    # navigation visits the differing rows in order, then stops; previous goes back
    seen = []
    while (row := widget.next_difference()) is not None:
        seen.append(row)
    assert seen == differing
    assert widget.previous_difference() is differing[-2]


def test_columns_scroll_together(widget, qtbot):
    view = widget.view
    widget.resize(900, 300)
    qtbot.wait(10)
    last = widget.proxy.rowCount() - 1
    view.scrollTo(widget.proxy.index(last, 2))
    bar = view.verticalScrollBar()
    assert bar.value() > 0
    # the provision header follows the cells, and a row sits at one height in every column
    assert view.verticalHeader().offset() == bar.value()
    tops = {view.visualRect(widget.proxy.index(last, col)).top()
            for col in range(widget.model.columnCount())}
    assert len(tops) == 1
    assert view.verticalHeader().sectionViewportPosition(last) == tops.pop()


def test_adopt_copies_the_wording_as_one_undoable_edit(widget, session):
    r = row_index(widget, "resolves 1")
    ours = widget.comparison.rows[r].cells[0].provision
    before = plain_text(ours.draft)
    widget.select(widget.comparison.rows[r], 2)  # APT's wording
    assert widget.adopt_button.isEnabled()
    widget.adopt_current()
    assert plain_text(ours.draft) == ("to continue to give this work high priority within ITU, "
                                      "in accordance with its mandate;")
    assert session.modified and session.stack.count() == 1
    # the comparison followed the edit: we now agree with APT on this row
    row = widget.comparison.rows[row_index(widget, "resolves 1")]
    assert row.cells[0].draft_text == row.cells[2].draft_text
    assert not widget.can_adopt(row, 2)
    session.stack.undo()
    assert plain_text(ours.draft) == before
    row = widget.comparison.rows[row_index(widget, "resolves 1")]
    assert row.cells[0].draft_text != row.cells[2].draft_text


def test_adopting_a_suppression_renumbers_and_undoes_in_one_step(widget, session):
    r = next(i for i, row in enumerate(widget.comparison.rows)
             if row.cells[0] and row.cells[0].draft_text == INSTRUCTS[0][1])
    row = widget.comparison.rows[r]
    assert widget.adopt(row, 2)  # APT suppresses the MoU item
    assert row.cells[0].provision.draft is None
    gateway = next(r for r in widget.comparison.rows
                   if r.cells[0] and r.cells[0].draft_text == INSTRUCTS[2][1])
    assert gateway.cells[0].label == "3"
    session.stack.undo()
    assert session.stack.index() == 0
    assert row.cells[0].provision.draft is not None
    assert gateway.cells[0].provision.label == "4"


def test_adopt_without_a_session_goes_through_the_callback(qtbot):
    own = our_draft()
    calls = []

    def adopt(cell, draft):
        calls.append((cell.provision, plain_text(draft)))
        cell.provision.set_draft(draft)

    w = CompareWidget(own=own, adopt=adopt)
    qtbot.addWidget(w)
    w.add_documents([(None, ins_document())])
    row = w.comparison.rows[row_index(w, "resolves 1")]
    assert w.adopt(row, 1)
    assert calls and calls[0][1].endswith("preventing cybercrime;")
    assert w.comparison.rows[row_index(w, "resolves 1")].agreement is Agreement.AGREE


def test_clicking_a_cell_opens_that_provision(widget, qtbot):
    r = row_index(widget, "resolves 2")
    index = widget.proxy.index(r, 1)
    widget.view.scrollTo(index)
    rect = widget.view.visualRect(index)
    with qtbot.waitSignal(widget.provisionActivated) as blocker:
        qtbot.mouseClick(widget.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
    source, provision = blocker.args
    assert source.name == "INS/82/2"
    assert plain_text(provision.draft) == RESOLVES[1][1] and provision.label == "3"


def test_word_difference_between_two_chosen_columns(widget):
    r = widget.comparison.rows[row_index(widget, "resolves 1")]
    html = widget.word_difference(1, 2, r)
    assert "INS/82/2</b> → <b>ACP/12/40" in html
    assert "<u style='color:#1F4E9E'>mandate</u>" in html
    widget.select(r, 0)
    widget.left_box.setCurrentIndex(1)
    widget.right_box.setCurrentIndex(2)
    widget.show_word_difference()
    assert widget.diff_view.isVisible()
    assert "mandate" in widget.diff_view.toPlainText()


def test_sources_are_added_removed_and_remembered_with_the_document(widget, session,
                                                                    received, qtbot):
    sidecar = compare_sidecar.sidecar_path(session.path)
    choice = compare_sidecar.load(session.path)
    assert [p.name for p in choice.files] == ["ins.itup", "acp.itup"]
    assert choice.target == ("resolution", "130") and not choice.base
    widget.select(widget.comparison.rows[0], 1)
    widget.remove_current_source()
    assert [s.name for s in widget.comparison.sources] == ["KOR/XX/1", "ACP/12/40"]
    widget.set_show_base(True)
    choice = compare_sidecar.load(session.path)
    assert [p.name for p in choice.files] == ["acp.itup"] and choice.base
    # a new comparison window on the same document comes back with the same choice
    again = CompareWindow(session)
    qtbot.addWidget(again)
    assert [s.name for s in again.widget.comparison.sources] == ["Base", "KOR/XX/1",
                                                                 "ACP/12/40"]
    assert again.windowTitle().endswith("Resolution 130")
    assert sidecar.exists() and native.load(session.path).parts  # the .itup is untouched


def test_a_damaged_or_stale_sidecar_does_not_stop_the_view(session, received, qtbot):
    compare_sidecar.sidecar_path(session.path).write_text("{not json", "utf-8")
    w = CompareWidget(session)
    qtbot.addWidget(w)
    assert w.documents == []
    compare_sidecar.save(session.path, compare_sidecar.CompareSet(
        files=[received[0], received[0].with_name("gone.itup")], target=("resolution", "130")))
    w = CompareWidget(session)
    qtbot.addWidget(w)
    assert [s.name for s in w.comparison.sources] == ["KOR/XX/1", "INS/82/2"]
    assert "gone.itup" in w.status.text()


def test_large_inputs_are_aligned_off_the_gui_thread(session, received, qtbot):
    w = CompareWidget(session)
    qtbot.addWidget(w)
    w.background_provisions = 0
    w.add_files(received)
    assert "Comparing" in w.status.text()
    qtbot.waitUntil(lambda: w.comparison is not None and len(w.comparison.sources) == 3,
                    timeout=10000)


def test_screenshot(widget, tmp_path, qtbot):
    widget.set_show_base(True)
    widget.resize(1400, 700)
    widget.select(widget.comparison.rows[row_index(widget, "resolves 1")], 2)
    qtbot.wait(20)
    shot = tmp_path / "compare.png"
    assert widget.grab().save(str(shot))
    assert shot.stat().st_size > 10000


def test_export_writes_the_comparison_shown(widget, tmp_path):
    import docx

    widget.set_show_base(True)
    out = tmp_path / "table.docx"
    widget.export(out)
    table = docx.Document(str(out)).tables[0]
    assert len(table.columns) == 1 + len(widget.comparison.sources)
    assert table.rows[0].cells[2].text == "Korea (Republic of)\nKOR/XX/1"


def test_the_editor_opens_the_comparison_and_clicked_provisions_in_their_documents(
        make_window, session, received, qtbot):
    from proposaleditor.gui.main_window import MainWindow

    path = session.path
    session.close()
    window = make_window(path)
    window.open_compare()
    compare_window = window._compare_window
    assert isinstance(compare_window, CompareWindow)
    qtbot.addWidget(compare_window)
    w = compare_window.widget
    assert w.session is window.session
    w.add_files(received)
    row = w.comparison.rows[row_index(w, "resolves 2")]
    # our draft's provision: this window selects it
    w.provisionActivated.emit(w.comparison.sources[0], row.cells[0].provision)
    assert window.current == ("provision", w.comparison.sources[0].proposal.id,
                              row.cells[0].provision.id)
    # Indonesia's: a window on the received document, with the provision selected
    before = len(MainWindow.windows)
    w.provisionActivated.emit(w.comparison.sources[1], row.cells[1].provision)
    assert len(MainWindow.windows) == before + 1
    other = MainWindow.windows[-1]
    assert other.session.document is w.comparison.sources[1].document
    assert other.current[2] == row.cells[1].provision.id
    # asking again raises the same comparison window
    window.open_compare()
    assert window._compare_window is compare_window


def test_received_files_added_to_the_comparison_follow_the_underline_preference(
        make_window, tmp_path, qtbot):
    from dataclasses import replace

    from received_docs import p, r, text_p, write_docx

    received = write_docx(tmp_path / "emphasis.docx", "".join([
        text_p("MOD\tKOR/XX/1"), text_p("RESOLUTION 130 (Rev. Busan, 2014)"),
        text_p("Strengthening the role of ITU"),
        p(r("resolves", "<w:i/>")),
        p(r("1\tto continue "), r("important", '<w:u w:val="single"/>'), r(" work;")),
        text_p("Reasons:\tEmphasis only."),
    ]))
    window = make_window()
    window.settings = replace(window.settings, received_static_marks=False)
    window.open_compare()
    compare_window = window._compare_window
    qtbot.addWidget(compare_window)
    w = compare_window.widget
    assert w.read_options == {"static_marks": False}
    w.add_files([received])
    [(_, document)] = w.documents
    assert document.proposals[0].change_counts() == (0, 0)
    marked = CompareWidget(own=document, read_options={"static_marks": True})
    qtbot.addWidget(marked)
    marked.add_files([received])
    assert marked.documents[0][1].proposals[0].change_counts()[0] > 0


def test_adopting_an_item_we_lack_inserts_it_with_its_sub_items(widget, session):
    new_2 = widget.comparison.rows[row_index(widget, "resolves 2 (added)")]
    assert new_2.cells[0] is None and widget.can_adopt(new_2, 1)
    assert not widget.can_adopt(new_2, 2)  # APT has nothing there
    assert widget.adopt(new_2, 1)
    resolves = next(p for p in session.document.proposals[0].provisions if p.text == "resolves")
    assert [p.label for p in resolves.children] == ["1", "2", "3", "4"]
    assert resolves.children[1].text.startswith("to continue to encourage")
    assert [p.label for p in resolves.children[1].children] == ["a)", "b)", "c)"]
    # now we agree with Indonesia on the new item; our old 2 shows as renumbered 3
    row = widget.comparison.rows[row_index(widget, "resolves 2 (added)")]
    assert row.cells[0] is not None and row.cells[0].draft_text == row.cells[1].draft_text
    session.stack.undo()
    assert [p.label for p in resolves.children] == ["1", "2", "3"]
    assert widget.comparison.rows[row_index(widget, "resolves 2 (added)")].cells[0] is None
