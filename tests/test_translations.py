"""Interface translations: French and Spanish complete, .qm files current, Arabic right to left.

When this fails after adding a tr() string: run `python3 resources/build_translations.py`,
translate the new entries in resources/translations/proposaleditor_{fr,es}.ts, then run it
again with --release.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

pytest.importorskip("PySide6.QtWidgets")
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator  # noqa: E402

from proposaleditor.settings import Settings  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "src" / "proposaleditor" / "resources" / "translations"
COMPLETE = ("fr", "es")
PARTIAL = ("ar",)


def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_translations", ROOT / "resources" / "build_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def messages(ts: Path) -> list[tuple[str, str, etree._Element]]:
    """(context, source, translation element) of every current message in a .ts file."""
    found = []
    for context in etree.parse(str(ts)).getroot().iterfind("context"):
        name = context.findtext("name") or ""
        for message in context.iterfind("message"):
            translation = message.find("translation")
            if translation.get("type") in ("vanished", "obsolete"):
                continue
            found.append((name, message.findtext("source"), translation))
    return found


def translation_text(element: etree._Element) -> str:
    forms = element.findall("numerusform")
    return forms[0].text or "" if forms else element.text or ""


@pytest.mark.parametrize("language", COMPLETE)
def test_every_string_is_translated(language):
    entries = messages(TS_DIR / f"proposaleditor_{language}.ts")
    assert len(entries) > 50
    missing = [f"{ctx}: {src!r}" for ctx, src, tr in entries
               if tr.get("type") == "unfinished" or not translation_text(tr).strip()]
    assert missing == [], f"{len(missing)} untranslated in {language}:\n" + "\n".join(missing)


PLACEHOLDER = re.compile(r"%[sdn1-9]|\{\w*\}")


@pytest.mark.parametrize("language", COMPLETE)
def test_translations_keep_placeholders_and_accelerators(language):
    for ctx, src, tr in messages(TS_DIR / f"proposaleditor_{language}.ts"):
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        for text in forms:
            assert sorted(PLACEHOLDER.findall(src)) == sorted(PLACEHOLDER.findall(text)), (
                ctx, src, text)
            if "&" in src.replace("&&", ""):
                assert "&" in text.replace("&&", ""), (ctx, src, text)


@pytest.mark.parametrize("language", COMPLETE + PARTIAL)
def test_compiled_translations_match_the_sources(language):
    translator = QTranslator()
    assert translator.load(str(QM_DIR / f"proposaleditor_{language}.qm"))
    stale = []
    for ctx, src, tr in messages(TS_DIR / f"proposaleditor_{language}.ts"):
        if tr.get("type") == "unfinished" or tr.find("numerusform") is not None:
            continue
        if translator.translate(ctx, src) != tr.text:
            stale.append(f"{ctx}: {src!r}")
    assert stale == [], "run resources/build_translations.py --release:\n" + "\n".join(stale)


def test_translation_sources_hold_every_string_of_the_gui(tmp_path):
    tools = build_script()
    if shutil.which("pyside6-lupdate") is None and not Path(
            sys.modules["PySide6"].__file__).with_name("lupdate").exists():
        pytest.skip("lupdate not installed")
    fresh = tmp_path / "fresh_fr.ts"
    subprocess.run([tools.tool("lupdate"), "-silent", *map(str, tools.sources()),
                    "-ts", str(fresh)], check=True)
    wanted = {(ctx, src) for ctx, src, _ in messages(fresh)}
    for language in COMPLETE + PARTIAL:
        have = {(ctx, src) for ctx, src, _ in messages(TS_DIR / f"proposaleditor_{language}.ts")}
        missing = sorted(wanted - have)
        assert missing == [], f"{language}: run resources/build_translations.py: {missing[:10]}"


# -- the editor in each language --------------------------------------------------------------
@pytest.fixture
def in_language(qtbot):
    """A main window built after installing a language; English again afterwards."""
    from proposaleditor.gui import i18n
    from proposaleditor.gui.main_window import MainWindow

    def build(language: str) -> MainWindow:
        assert i18n.install(language) == language
        window = MainWindow(settings=Settings(first_run_done=True))
        window.confirm_close = lambda: True
        qtbot.addWidget(window)
        return window

    yield build
    i18n.install("en")
    QLocale.setDefault(QLocale.system())
    MainWindow.windows.clear()


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions() if a.menu()]


def help_entries(window) -> list[str]:
    help_menu = window.menuBar().actions()[-1].menu()
    return [a.text() for a in help_menu.actions() if not a.isSeparator()]


def test_french_and_spanish_translate_the_main_window(in_language):
    english = in_language("en")
    english_menus = menu_titles(english)
    assert english_menus[0] == "&File" and english_menus[-1] == "&Help"
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight

    french = in_language("fr")
    assert menu_titles(french)[0] == "&Fichier" and menu_titles(french)[-1] == "Aid&e"
    assert "&Guide de l'utilisateur" in help_entries(french)

    spanish = in_language("es")
    assert menu_titles(spanish)[0] == "&Archivo" and menu_titles(spanish)[-1] == "Ay&uda"
    assert "&Guía del usuario" in help_entries(spanish)
    for window in (french, spanish):
        titles = menu_titles(window)
        assert len(titles) == len(english_menus)
        assert not set(titles) & set(english_menus) - {"&Document"}


def test_strings_passed_through_helpers_are_translated(in_language):
    # kind_names(tr) / target_names(tr) build combo boxes from a tr passed in: lupdate files
    # them under the empty context and the fallback translator finds them.
    from proposaleditor.gui.panels.properties import kind_names, target_names

    window = in_language("fr")
    names = kind_names(window.tr)
    assert "Formule introductive" in names.values()
    assert "Résolution" in target_names(window.properties.tr).values()
    assert QCoreApplication.translate("NoSuchContext", "Enacting formula") == (
        "Formule introductive")


def test_arabic_lays_the_window_out_right_to_left(in_language):
    window = in_language("ar")
    assert QCoreApplication.instance().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert menu_titles(window)[0] == "&ملف"
    # untranslated strings stay English but are laid out right to left all the same
    edit_menu = window.menuBar().actions()[1].menu()
    assert any(a.text() == "&Find and Replace…" for a in edit_menu.actions())


def test_default_interface_language_follows_the_system():
    script = "from proposaleditor.gui import i18n; print(i18n.resolve(''))"
    for locale, expected in (("fr_FR.UTF-8", "fr"), ("es_ES.UTF-8", "es"), ("de_DE.UTF-8", "en")):
        env = {**os.environ, "LC_ALL": locale, "LANG": locale, "LANGUAGE": ""}
        result = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True,
                                text=True, check=True)
        assert result.stdout.strip() == expected, (locale, result.stderr)


def test_preferences_offer_the_languages(qtbot):
    from proposaleditor.gui.dialogs.preferences import PreferencesDialog

    dialog = PreferencesDialog(Settings(ui_language="ar"))
    qtbot.addWidget(dialog)
    codes = [dialog.ui_language.itemData(i) for i in range(dialog.ui_language.count())]
    assert codes == ["", "en", "fr", "es", "ar"]
    assert dialog.settings().ui_language == "ar"
    dialog.ui_language.setCurrentIndex(codes.index("es"))
    assert dialog.settings().ui_language == "es"


def test_every_translated_text_is_a_literal_lupdate_can_read():
    """tr(variable), tr(f"...") or a private helper around translate() hide a string from
    lupdate, so it could never be translated."""
    hidden = []
    for path in build_script().sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            owner = (getattr(func.value, "id", None) if isinstance(func, ast.Attribute)
                     else "")  # "" for a bare call, None for super().translate(...)
            if name == "tr":
                text_args = node.args[:1]
            elif name == "translate" and owner in ("QCoreApplication", "QApplication", ""):
                text_args = node.args[1:2]  # translate("Context", "text")
            else:
                continue
            if not text_args or not (isinstance(text_args[0], ast.Constant)
                                     and isinstance(text_args[0].value, str)):
                hidden.append(f"{path.name}:{node.lineno}: {ast.unparse(node)[:80]}")
    assert hidden == []
