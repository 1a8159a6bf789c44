"""The interface language: Qt translators for ProposalEditor and Qt itself, right-to-left layout.

Our compiled translations are package data (resources/translations/proposaleditor_<lang>.qm,
built from resources/translations/*.ts by resources/build_translations.py). The setting
``ui_language`` is "" for the system language or a code from UI_LANGUAGES. A language without a
.qm file still gets its layout direction, so Arabic lays out right to left before it is
translated.
"""

from __future__ import annotations

from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, Qt, QTranslator

# code -> the language's own name (shown in Preferences, so nobody is stuck in a language they
# cannot read)
UI_LANGUAGES: dict[str, str] = {
    "en": "English",
    "fr": "Français",
    "es": "Español",
    "ar": "العربية",
}
RIGHT_TO_LEFT = {"ar", "fa", "he", "ur"}
DEFAULT = "en"

_installed: list[QTranslator] = []
_qm_data: list[bytes] = []  # Qt reads a translator's data in place: keep it alive


def system_language() -> str:
    """The first of the system's preferred languages that we offer, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in UI_LANGUAGES:
            return code
    return DEFAULT


def resolve(setting: str | None) -> str:
    """The language to use for a ``ui_language`` setting ("" or unknown = the system's)."""
    code = (setting or "").strip().lower()
    return code if code in UI_LANGUAGES else system_language()


def available_translations() -> set[str]:
    """Languages with a compiled translation in the package."""
    folder = resources.files("proposaleditor.resources") / "translations"
    if not folder.is_dir():
        return set()
    prefix = "proposaleditor_"
    return {entry.name[len(prefix):-3] for entry in folder.iterdir()
            if entry.name.startswith(prefix) and entry.name.endswith(".qm")}


class _AnyContext(QTranslator):
    """Answers any context from the empty one.

    lupdate files a tr() call it cannot tie to a class (``tr`` passed as a parameter, ``tr =
    w.tr``, helpers outside classes) under the empty context, while PySide looks strings up under
    the calling object's class names. Checked after the exact-context translator.
    """

    def translate(self, context, source, disambiguation=None, n=-1):
        if not context:
            return None  # None = not found here; "" would be taken as an (empty) translation
        return super().translate("", source, disambiguation, n) or None


def _load_ours(translator: QTranslator, language: str) -> bool:
    entry = resources.files("proposaleditor.resources") / "translations" / (
        f"proposaleditor_{language}.qm")
    if not entry.is_file():
        return False
    data = entry.read_bytes()
    if not translator.load(data):
        return False
    _qm_data.append(data)
    return True


def install(language_setting: str | None, app: QCoreApplication | None = None) -> str:
    """Install the translators for a setting, replacing earlier ones; returns the language used.

    Call before building windows: widgets translate their texts when they are created.
    """
    app = app or QCoreApplication.instance()
    language = resolve(language_setting)
    for old in _installed:
        app.removeTranslator(old)
        old.deleteLater()
    _installed.clear()
    _qm_data.clear()
    if language != DEFAULT:
        # Qt asks the translator installed last first: ours, then Qt's, then the fallback.
        fallback = _AnyContext(app)
        if _load_ours(fallback, language):
            app.installTranslator(fallback)
            _installed.append(fallback)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel, file dialogs)
        if qt.load(f"qtbase_{language}", qt_folder):
            app.installTranslator(qt)
            _installed.append(qt)
        ours = QTranslator(app)
        if _load_ours(ours, language):
            app.installTranslator(ours)
            _installed.append(ours)
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft if language in RIGHT_TO_LEFT
                               else Qt.LayoutDirection.LeftToRight)
    if language_setting:  # a chosen language also formats dates and numbers its way
        QLocale.setDefault(QLocale(language))
    return language
