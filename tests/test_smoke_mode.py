"""`proposaleditor --smoke-test OUT`: the non-interactive run the packaging scripts use."""

import json
import zipfile

import pytest

pytest.importorskip("PySide6.QtWidgets")
from PySide6.QtCore import QLocale  # noqa: E402


@pytest.fixture
def main(qapp):
    from proposaleditor.gui import app, i18n

    yield app.main
    i18n.install("en")
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_smoke_mode_opens_the_example_and_exports(main, tmp_path, language):
    out = tmp_path / "smoke.docx"
    assert main(["--smoke-test", str(out), "--language", language]) == 0
    with zipfile.ZipFile(out) as docx:
        assert "INS/82/1" in docx.read("word/document.xml").decode("utf-8")
    report = json.loads(out.with_suffix(".json").read_text("utf-8"))
    assert report["proposals"] == 3 and report["language"] == language
    assert {"docs", "examples", "icons", "templates", "translations"} <= set(report["resources"])
    assert report["layout_direction"] == ("RightToLeft" if language == "ar" else "LeftToRight")
    assert out.with_suffix(".png").stat().st_size > 1000
    from proposaleditor.gui.main_window import MainWindow

    assert MainWindow.windows == []  # closed: the run ends by itself


def test_smoke_mode_reports_bad_input_in_one_line(main, tmp_path, capsys):
    bad = tmp_path / "bad.itup"
    bad.write_text("{not json", "utf-8")
    assert main(["--smoke-test", str(tmp_path / "out.docx"), str(bad)]) == 1
    assert main(["--smoke-test", str(tmp_path / "out.txt")]) == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 2 and "bad.itup" in errors[0] and "out.txt" in errors[1]


def test_a_file_open_event_opens_the_document(qapp, tmp_path, example_path):
    # What macOS sends when a .itup file is double-clicked in the Finder.
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFileOpenEvent

    from proposaleditor.formats import native
    from proposaleditor.formats.registry import read_document
    from proposaleditor.gui import file_open
    from proposaleditor.gui.main_window import MainWindow

    path = tmp_path / "ins82.itup"
    native.save(read_document(example_path), path)
    handler = file_open.install(qapp)
    try:
        QCoreApplication.sendEvent(qapp, QFileOpenEvent(str(path)))
        (window,) = MainWindow.windows
        assert window.session.path == path
        assert len(window.session.document.proposals) == 3
    finally:
        qapp.removeEventFilter(handler)
        for window in list(MainWindow.windows):
            window.confirm_close = lambda: True
            window.close()
        MainWindow.windows.clear()
