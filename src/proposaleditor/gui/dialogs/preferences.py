"""Preferences: who is submitting, defaults for new documents, export and autosave."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ...domain.conferences import known_conferences
from ...settings import Settings
from ..i18n import UI_LANGUAGES
from . import ok_cancel
from .document_properties import language_combo


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences")
        self._settings = settings
        layout = QVBoxLayout(self)

        who = QGroupBox(self.tr("Administration"))
        form = QFormLayout(who)
        self.administration = QLineEdit(settings.administration)
        self.administration.setPlaceholderText("Indonesia (Republic of)")
        form.addRow(self.tr("&Name:"), self.administration)
        self.symbol = QLineEdit(settings.symbol)
        self.symbol.setPlaceholderText("INS")
        self.symbol.setMaxLength(20)
        form.addRow(self.tr("&Symbol:"), self.symbol)
        self.author = QLineEdit(settings.author)
        self.author.setPlaceholderText(self.tr("shown as the author of tracked changes"))
        form.addRow(self.tr("&Author name:"), self.author)
        layout.addWidget(who)

        new = QGroupBox(self.tr("New documents"))
        form = QFormLayout(new)
        self.conference = QComboBox()
        self.conference.setEditable(True)
        self.conference.addItems(["", *known_conferences()])
        self.conference.setCurrentText(settings.conference)
        form.addRow(self.tr("Default &conference:"), self.conference)
        self.language = language_combo(settings.language)
        form.addRow(self.tr("Document &language:"), self.language)
        layout.addWidget(new)

        export = QGroupBox(self.tr("Export"))
        form = QFormLayout(export)
        self.mark_style = QComboBox()
        self.mark_style.addItem(self.tr("Tracked changes (as ITU asks)"), "tracked")
        self.mark_style.addItem(self.tr("Static underline / strikethrough"), "static")
        self.mark_style.setCurrentIndex(max(self.mark_style.findData(settings.mark_style), 0))
        form.addRow(self.tr("Revision &marks:"), self.mark_style)
        row = QHBoxLayout()
        self.template = QLineEdit(settings.template)
        self.template.setPlaceholderText(self.tr("the bundled ITU template"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.template, 1)
        row.addWidget(browse)
        template_label = QLabel(self.tr("&Template:"))  # a row of widgets takes no mnemonic
        template_label.setBuddy(self.template)
        form.addRow(template_label, row)
        layout.addWidget(export)

        received = QGroupBox(self.tr("Received documents"))
        form = QFormLayout(received)
        self.received_static_marks = QCheckBox(
            self.tr("&Underline and strike-through in received files mark changes"))
        self.received_static_marks.setChecked(settings.received_static_marks)
        self.received_static_marks.setToolTip(self.tr(
            "Read underlined text as inserted and struck-through text as deleted, as ITU asks "
            "of proposals typed without tracked changes. Turn it off for files that underline "
            "for emphasis: only tracked changes then count."))
        form.addRow(self.received_static_marks)
        layout.addWidget(received)

        general = QGroupBox(self.tr("General"))
        form = QFormLayout(general)
        self.autosave = QSpinBox()
        self.autosave.setRange(5, 3600)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setValue(settings.autosave_seconds)
        form.addRow(self.tr("Autosave &every:"), self.autosave)
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("System language"), "")
        for code, name in UI_LANGUAGES.items():  # each in its own language
            self.ui_language.addItem(name, code)
        self.ui_language.setCurrentIndex(max(self.ui_language.findData(settings.ui_language), 0))
        self.ui_language.setToolTip(self.tr("Takes effect at the next start."))
        form.addRow(self.tr("&Interface language:"), self.ui_language)
        layout.addWidget(general)

        layout.addWidget(ok_cancel(self))

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Export Template"), "",
                                              self.tr("Templates (*.docx *.dotx *.odt *.ott)"))
        if path:
            self.template.setText(path)

    def settings(self) -> Settings:
        return replace(
            self._settings,
            administration=self.administration.text().strip(),
            symbol=self.symbol.text().strip().upper(),
            author=self.author.text().strip(),
            conference=self.conference.currentText().strip(),
            language=self.language.currentData(),
            mark_style=self.mark_style.currentData(),
            template=self.template.text().strip(),
            received_static_marks=self.received_static_marks.isChecked(),
            autosave_seconds=self.autosave.value(),
            ui_language=self.ui_language.currentData(),
        )
