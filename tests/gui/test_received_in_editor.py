"""A received proposal in the editor, as a user meets it: opened with File > Open or dropped on
the window (DOCX and ODT), its import notes in the Problems panel, its tracked changes in the
page, hostile files refused without touching the open work, a large file read off the GUI thread
behind a progress dialog that can be cancelled, and the first edit and save after the import."""

from __future__ import annotations

import threading
import zipfile
from pathlib import Path

import pytest
from corpus.realworld import write_odt
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QTextCursor
from PySide6.QtWidgets import QProgressDialog, QPushButton
from received_docs import (
    ITU_STYLES,
    dele,
    dr,
    ins,
    p,
    r,
    static_marks_mod,
    styles_xml,
    text_p,
    write_docx,
)

from proposaleditor.domain.inline import plain_text
from proposaleditor.domain.revisions import Op
from proposaleditor.formats import native
from proposaleditor.gui.editor.paragraphs import ViewMode

FORMULA = ("The Plenipotentiary Conference of the International Telecommunication Union "
           "(Busan, 2014),")
PICTURE = (
    '<w:r><w:drawing><wp:inline><wp:extent cx="900000" cy="900000"/><wp:docPr id="1" '
    'name="Figure 1"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/'
    'drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/'
    '2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="figure.png"/><pic:cNvPicPr/>'
    "</pic:nvPicPr><pic:blipFill/><pic:spPr/></pic:pic></a:graphicData></a:graphic>"
    "</wp:inline></w:drawing></w:r>")
COMMENT = '<w:r><w:commentReference w:id="5"/></w:r>'
COMMENT_NOTE = "1 comment(s) left out (comments are not part of a proposal)"
PICTURE_NOTE = ("proposal INS/82/1: 1 picture(s), chart(s), embedded object(s) or form "
                "control(s) left out (figures are not part of the model)")


# -- received files -------------------------------------------------------------------------------
def mod_and_add(*, tracked: bool = True, extras: bool = True) -> str:
    """A MOD of Resolution 182 (a tracked insertion and deletion, a comment, a picture) and an
    ADD of a draft new resolution."""
    changed = (r("1\tto continue ITU "), ins(r("telecommunication ")), dele(dr("outdated ")),
               r("activities on climate change;")) if tracked else (
        r("1\tto continue ITU telecommunication activities on climate change;"),)
    return "".join([
        text_p("MOD\tINS/82/1", "Proposal"),
        text_p("RESOLUTION 182 (Rev. Busan, 2014)", "ResNo"),
        text_p("The role of telecommunications", "Restitle"),
        text_p(FORMULA, "Normalaftertitle"),
        text_p("resolves", "Call"),
        p(*changed, COMMENT if extras else ""),
        text_p("2\tto publish the figure below;"),
        p(PICTURE) if extras else "",
        text_p("Reasons:\tAlignment.", "Reasons"),
        text_p("ADD\tINS/82/2", "Proposal"),
        text_p("DRAFT NEW RESOLUTION [INS-1] (Busan, 2014)", "ResNo"),
        text_p("Spectrum for the Internet of things", "Restitle"),
        text_p(FORMULA, "Normalaftertitle"),
        text_p("resolves", "Call"),
        text_p("1\tto study the needs;"),
        text_p("Reasons:\tNew work.", "Reasons"),
    ])


def received_docx(path, body: str | None = None):
    return write_docx(path, mod_and_add() if body is None else body,
                      parts={"styles": styles_xml(*ITU_STYLES)})


def large_docx(path, proposals: int = 200):
    """About 15 paragraphs a proposal: 3,000 for the default 200."""
    body = []
    for n in range(1, proposals + 1):
        body += [text_p(f"MOD\tINS/82/{n}", "Proposal"),
                 text_p(f"RESOLUTION {n} (Rev. Busan, 2014)", "ResNo"),
                 text_p(f"Title of resolution {n}", "Restitle"),
                 text_p(FORMULA, "Normalaftertitle"),
                 text_p("resolves", "Call")]
        body += [p(r(f"{i}\tto carry out task {i} of resolution {n} "), ins(r("promptly ")),
                   r("and report;")) for i in range(1, 10)]
        body.append(text_p("Reasons:\tUpdate.", "Reasons"))
    return received_docx(path, "".join(body))


ODT_DRAW = 'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'


def received_odt(path):
    """The same MOD and ADD as LibreOffice writes them, with a comment and a picture."""
    def std(text, style="Standard"):
        return f'<text:p text:style-name="{style}">{text}</text:p>'

    annotation = ("<office:annotation><dc:creator>Reviewer</dc:creator><text:p>Check this."
                  "</text:p></office:annotation>")
    picture = (f'<draw:frame {ODT_DRAW} draw:name="Figure1"><draw:image '
               'xmlns:xlink="http://www.w3.org/1999/xlink" xlink:href="Pictures/f.png"/>'
               "</draw:frame>")
    body = "".join([
        std("MOD<text:tab/>INS/82/1", "Proposal"),
        std("RESOLUTION 182 (Rev. Busan, 2014)", "Res_5f_No"),
        std("The role of telecommunications", "Res_5f_title"),
        std(FORMULA, "Normal_5f_after_5f_title"),
        std("resolves", "Call"),
        std(f"1<text:tab/>to continue ITU activities on climate change;{annotation}"),
        std("2<text:tab/>to publish the figure below;"),
        std(picture),
        std("Reasons:<text:tab/>Alignment.", "Reasons"),
        std("ADD<text:tab/>INS/82/2", "Proposal"),
        std("DRAFT NEW RESOLUTION [INS-1] (Busan, 2014)", "Res_5f_No"),
        std("Spectrum for the Internet of things", "Res_5f_title"),
        std(FORMULA, "Normal_5f_after_5f_title"),
        std("resolves", "Call"),
        std("1<text:tab/>to study the needs;"),
        std("Reasons:<text:tab/>New work.", "Reasons"),
    ])
    return write_odt(path, body)


def truncated_zip(path):
    data = received_docx(path).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def doctype_docx(path):
    document = ('<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE lolz [<!ENTITY lol "lol">]>'
                '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/'
                'main"><w:body><w:p><w:r><w:t>&lol;</w:t></w:r></w:p></w:body></w:document>')
    return write_docx(path, document=document)


def zip_bomb_docx(path):
    """A small file whose document part inflates to far more than its share (zeros)."""
    received_docx(path)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/media/image1.png", b"\0" * (8 << 20))
    return path


# -- helpers --------------------------------------------------------------------------------------
def outline_titles(window) -> list[str]:
    model = window.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def problem_rows(window) -> list[tuple[str, str]]:
    panel = window.problems
    return [(panel.topLevelItem(i).text(0), panel.topLevelItem(i).text(1))
            for i in range(panel.topLevelItemCount())]


def para_of(window, provision):
    n = window.editor.index_of("provision", provision.id)
    assert n >= 0, "the provision is not on the page"
    return n, window.editor.paras[n]


def char_format_at(window, n: int, needle: str):
    """The character format the page shows in the middle of needle, in block n."""
    block = window.editor.document().findBlockByNumber(n)
    offset = block.text().index(needle) + len(needle) // 2
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + offset)
    return cursor.charFormat()


def item_starting(proposal, text: str):
    return next(q for q in proposal.walk() if plain_text(q.draft or ()).startswith(text))


def drop(window, path) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, data,
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dragEnterEvent(enter)
    assert enter.isAccepted()  # the window takes a file dragged over it
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def assert_received_shown(window, name: str) -> None:
    titles = outline_titles(window)
    assert "INS/82/1 · Resolution 182" in titles
    assert any(t.startswith("INS/82/2 · Resolution") for t in titles)
    assert window.count_label.text() == "2 proposal(s)"
    assert window.windowTitle().startswith(f"{name} (imported)")
    assert window.session.path is None and not window.isWindowModified()


# -- opening --------------------------------------------------------------------------------------
def test_open_received_docx_shows_proposals_title_and_import_notes(make_window, tmp_path,
                                                                   qtbot):
    path = received_docx(tmp_path / "INS-82.docx")
    window = make_window()
    assert window.open_path(path) is window  # a blank window takes the document
    assert_received_shown(window, "INS-82.docx")
    # the notes are in the Problems panel at once, and stay once the checks have run
    notes = [(where, text) for where, text in problem_rows(window) if where == "Import"]
    assert notes == [("Import", COMMENT_NOTE), ("Import", PICTURE_NOTE)]
    qtbot.waitUntil(lambda: window.problems.checked)
    assert [t for w, t in problem_rows(window) if w == "Import"] == [COMMENT_NOTE, PICTURE_NOTE]
    assert "Imported INS-82.docx" in window.statusBar().currentMessage()
    # the first proposal is on the page
    assert window.editor.toPlainText().startswith("MOD\tINS/82/1")


def test_open_received_odt_shows_proposals_title_and_import_notes(make_window, tmp_path, qtbot):
    path = received_odt(tmp_path / "INS-82.odt")
    window = make_window()
    assert window.open_path(path) is window
    assert_received_shown(window, "INS-82.odt")
    qtbot.waitUntil(lambda: window.problems.checked)
    notes = [text for where, text in problem_rows(window) if where == "Import"]
    assert COMMENT_NOTE in notes and PICTURE_NOTE in notes
    assert "Check this." not in window.editor.toPlainText()


def test_dropping_a_received_docx_on_a_window_with_work_opens_a_second_window(
        make_window, tmp_path, qtbot):
    from proposaleditor.gui.main_window import MainWindow

    blank = make_window()
    drop(blank, received_docx(tmp_path / "dropped.docx"))
    assert_received_shown(blank, "dropped.docx")
    # the imported document is work the next drop must not replace
    mod = blank.session.document.proposals[0]
    blank.jump_to(mod.id, item_starting(mod, "to publish").id)
    qtbot.keyClicks(blank.editor, "also ")
    assert blank.session.modified
    drop(blank, received_odt(tmp_path / "second.odt"))
    assert len(MainWindow.windows) == 2
    other = MainWindow.windows[-1]
    assert other is not blank
    assert_received_shown(other, "second.odt")
    assert blank.windowTitle().startswith("dropped.docx (imported)")
    assert plain_text(item_starting(mod, "also").draft) == "also to publish the figure below;"


# -- hostile files ---------------------------------------------------------------------------------
@pytest.mark.parametrize("build, says", [
    (truncated_zip, "not a zip container"),
    (doctype_docx, "DOCTYPE"),
    (zip_bomb_docx, "zip bomb"),
], ids=["truncated-zip", "doctype", "zip-bomb"])
def test_hostile_file_is_refused_and_the_open_work_is_untouched(make_window, tmp_path, qtbot,
                                                                 answer, build, says):
    from proposaleditor.gui.main_window import MainWindow

    window = make_window(received_docx(tmp_path / "work.docx"))
    mod = window.session.document.proposals[0]
    window.jump_to(mod.id, item_starting(mod, "to publish").id)
    qtbot.keyClicks(window.editor, "first ")
    before = native.dumps(window.session.document)
    title = window.windowTitle()
    assert window.isWindowModified()

    bad = build(tmp_path / "hostile.docx")
    seen = []
    answer(lambda d: (seen.append((d.windowTitle(), d.text())), d.accept()))
    assert window.open_path(bad) is None
    [(caption, message)] = seen
    assert caption == "Cannot open hostile.docx"
    assert says in message and "\n" not in message and "Traceback" not in message
    assert len(MainWindow.windows) == 1
    assert native.dumps(window.session.document) == before
    assert window.session.modified and window.isWindowModified()
    assert window.windowTitle() == title
    assert window.session.stack.count() == 1  # the typing is still there to undo


# -- a large file ---------------------------------------------------------------------------------
def test_large_received_docx_is_read_off_the_gui_thread_and_cancel_leaves_the_window(
        make_window, tmp_path, qtbot, answer, monkeypatch):
    from proposaleditor.formats import registry
    from proposaleditor.gui import workers

    window = make_window(received_docx(tmp_path / "work.docx"))
    mod = window.session.document.proposals[0]
    window.jump_to(mod.id, item_starting(mod, "to publish").id)
    qtbot.keyClicks(window.editor, "first ")
    before = native.dumps(window.session.document)
    title = window.windowTitle()
    large = large_docx(tmp_path / "large.docx")

    real_read = registry.read_document
    threads, read, release = [], threading.Event(), threading.Event()

    def read_document(path, **options):
        threads.append(threading.current_thread())
        try:
            return real_read(path, **options)
        finally:
            read.set()
            release.wait(10)  # the read "takes long" until the user has cancelled

    monkeypatch.setattr(registry, "read_document", read_document)
    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)
    shown = []

    def cancel(dialog):
        shown.append((type(dialog), dialog.labelText(), dialog.isVisible()))
        dialog.findChild(QPushButton).click()

    answer(cancel)
    try:
        assert window.open_path(large) is None
    finally:
        release.set()
    assert shown == [(QProgressDialog, "Opening large.docx…", True)]
    assert threads and threads[0] is not threading.main_thread()
    assert window.statusBar().currentMessage() == "Opening cancelled."
    # the result arriving later is dropped: the window is as it was
    qtbot.waitUntil(read.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: not workers._running, timeout=10_000)
    assert native.dumps(window.session.document) == before
    assert window.windowTitle() == title and window.isWindowModified()
    assert len(window.session.document.proposals) == 2


def test_large_received_docx_opens_with_all_its_proposals(make_window, tmp_path, qtbot,
                                                          monkeypatch):
    from proposaleditor.gui import workers

    monkeypatch.setattr(workers, "SHOW_AFTER_MS", 0)  # the progress dialog shows at once
    large = large_docx(tmp_path / "large.docx")
    window = make_window()
    assert window.open_path(large) is window
    # and is gone once the document is in
    qtbot.waitUntil(lambda: not window.findChildren(QProgressDialog))
    assert window.count_label.text() == "200 proposal(s)"
    assert outline_titles(window)[-1] == "INS/82/200 · Resolution 200"
    assert window.windowTitle().startswith("large.docx (imported)")


# -- working on it --------------------------------------------------------------------------------
def test_tracked_changes_show_in_the_marked_view_and_not_in_the_clean_view(make_window,
                                                                             tmp_path):
    window = make_window(received_docx(tmp_path / "tracked.docx"))
    mod = window.session.document.proposals[0]
    item = item_starting(mod, "to continue ITU")
    window.jump_to(mod.id, item.id)
    n, para = para_of(window, item)
    ops = [op for *_x, op, _c in para.frags]
    assert Op.INSERT in ops and Op.DELETE in ops
    page = window.editor.document().findBlockByNumber(n).text()
    assert "telecommunication outdated activities" in page
    inserted = char_format_at(window, n, "telecommunication")
    deleted = char_format_at(window, n, "outdated")
    assert inserted.fontUnderline() and not inserted.fontStrikeOut()
    assert deleted.fontStrikeOut() and not deleted.fontUnderline()
    window.set_view(ViewMode.CLEAN)
    n, _para = para_of(window, item)
    clean = window.editor.document().findBlockByNumber(n).text()
    assert "telecommunication activities" in clean and "outdated" not in clean
    window.set_view(ViewMode.MARKED)
    assert "outdated" in window.editor.toPlainText()


def test_edit_after_import_undoes_with_ctrl_z_and_first_save_asks_for_an_itup(
        make_window, tmp_path, qtbot, answer):
    source = received_docx(tmp_path / "INS-82.docx")
    original = source.read_bytes()
    window = make_window(source)
    mod = window.session.document.proposals[0]
    item = item_starting(mod, "to publish")
    window.jump_to(mod.id, item.id)
    qtbot.keyClicks(window.editor, "also ")
    assert plain_text(item.draft) == "also to publish the figure below;"
    assert window.isWindowModified()
    qtbot.keyClick(window.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plain_text(item.draft) == "to publish the figure below;"
    assert not window.isWindowModified()
    qtbot.keyClicks(window.editor, "then ")
    assert window.isWindowModified()

    asked = []

    def save_as(dialog):
        asked.append((dialog.windowTitle(), dialog.selectedFiles(), dialog.nameFilters()))
        dialog.selectFile(str(tmp_path / "INS-82.itup"))
        dialog.accept()

    answer(save_as)
    assert window.save()
    [(caption, files, filters)] = asked
    assert caption == "Save As"
    assert files == [str(tmp_path / "INS-82.itup")]  # suggested next to the received file
    assert filters == ["ProposalEditor (*.itup)"]
    assert source.read_bytes() == original  # the received .docx is not overwritten
    assert window.session.path == tmp_path / "INS-82.itup"
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("INS-82.itup")
    saved = native.load(tmp_path / "INS-82.itup")
    assert plain_text(item_starting(saved.proposals[0], "then").draft) == (
        "then to publish the figure below;")


def test_static_marks_preference_changes_what_the_page_shows(make_window, tmp_path, answer):
    received = static_marks_mod(tmp_path / "static.docx")
    marked = make_window(received)  # default: underline and strike-through mark changes
    [proposal] = marked.session.document.proposals
    item = item_starting(proposal, "to continue ITU")
    n, para = para_of(marked, item)
    page = marked.editor.document().findBlockByNumber(n).text()
    assert "to continue ITU telecommunication activities on climate change;" in page
    assert {op for *_x, op, _c in para.frags} >= {Op.INSERT, Op.DELETE}
    assert char_format_at(marked, n, "telecommunication").fontStrikeOut()
    assert char_format_at(marked, n, "activities").fontUnderline()

    def switch_off(dialog):
        dialog.received_static_marks.setChecked(False)
        dialog.accept()

    answer(switch_off)
    marked.edit_preferences()
    plain = marked.open_path(received)  # an import never edited: the same window takes it
    assert plain is marked
    [proposal] = plain.session.document.proposals
    item = item_starting(proposal, "to continue ITU")
    n, para = para_of(plain, item)
    page = plain.editor.document().findBlockByNumber(n).text()
    assert "to continue ITU telecommunication activities on climate change;" in page
    assert not {op for *_x, op, _c in para.frags} & {Op.INSERT, Op.DELETE}
    assert not char_format_at(plain, n, "telecommunication").fontStrikeOut()
    assert not char_format_at(plain, n, "activities").fontUnderline()


def test_export_of_an_unsaved_import_never_suggests_the_received_file(make_window, tmp_path,
                                                                      answer):
    """Exporting a received proposal straight after opening it suggests a name of its own, not
    the received file's, which one click would overwrite."""
    source = received_docx(tmp_path / "INS-82.docx")
    window = make_window(source)
    window._readiness_ok = lambda: True  # the received draft's findings are not the point here
    suggested = []

    def cancel(dialog):
        suggested.extend(dialog.selectedFiles())
        dialog.reject()

    answer(cancel)
    assert not window.export_dialog()
    [path] = suggested
    assert Path(path).name == "INS-82-export.docx"
