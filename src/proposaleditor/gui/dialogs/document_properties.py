"""The cover metadata: conference, document number, date, languages, source, title."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...domain.conferences import conference, known_conferences
from ...domain.document import LANGUAGES, Conference, Metadata
from . import ok_cancel


def language_combo(current: str) -> QComboBox:
    combo = QComboBox()
    for code, name in LANGUAGES.items():
        combo.addItem(f"{name} (-{code})", code)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


def _optional_spin(value: int | None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, 99)
    spin.setSpecialValueText("—")
    spin.setValue(value or 0)
    return spin


class DocumentPropertiesDialog(QDialog):
    def __init__(self, metadata: Metadata, bracketed: bool, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Document Properties"))
        self.setObjectName("documentProperties")
        self._meta = metadata
        layout = QVBoxLayout(self)

        conf_box = QGroupBox(self.tr("Conference"))
        form = QFormLayout(conf_box)
        self.conference = QComboBox()
        self.conference.setEditable(True)
        self.conference.addItems(known_conferences())
        self.conference.setCurrentText(metadata.conference.short)
        self.conference.setAccessibleName(self.tr("Conference short name"))
        self.conference.textActivated.connect(self._conference_chosen)
        form.addRow(self.tr("&Short name:"), self.conference)
        self.conf_name = QLineEdit(metadata.conference.name)
        form.addRow(self.tr("&Name:"), self.conf_name)
        self.place = QLineEdit(metadata.conference.place)
        form.addRow(self.tr("&Place:"), self.place)
        self.dates = QLineEdit(metadata.conference.dates)
        self.dates.setPlaceholderText("20 October – 7 November 2014")
        form.addRow(self.tr("&Dates:"), self.dates)
        self.meeting = QLineEdit(metadata.meeting)
        form.addRow(self.tr("&Meeting:"), self.meeting)
        layout.addWidget(conf_box)

        doc_box = QGroupBox(self.tr("Document"))
        form = QFormLayout(doc_box)
        self.number = QLineEdit(metadata.document_number or "")
        self.number.setPlaceholderText(self.tr("not yet assigned (XX)"))
        form.addRow(self.tr("Document &number:"), self.number)
        row = QHBoxLayout()
        self.addendum = _optional_spin(metadata.addendum)
        self.revision = _optional_spin(metadata.revision)
        self.corrigendum = _optional_spin(metadata.corrigendum)
        for label, spin in ((self.tr("Addendum"), self.addendum),
                            (self.tr("Revision"), self.revision),
                            (self.tr("Corrigendum"), self.corrigendum)):
            spin.setAccessibleName(label)
            spin.setPrefix(label + " ")
            spin.setSpecialValueText(self.tr("no %1").replace("%1", label.lower()))
            row.addWidget(spin)
        form.addRow(self.tr("Part:"), row)
        self.bracketed = QCheckBox(self.tr("Provisional proposal numbers in brackets "
                                           "[INS/XX/1]"))
        self.bracketed.setChecked(bracketed)
        form.addRow("", self.bracketed)
        date_row = QHBoxLayout()
        self.has_date = QCheckBox(self.tr("Dated"))
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("d MMMM yyyy")
        if metadata.date:
            self.date.setDate(QDate(metadata.date.year, metadata.date.month, metadata.date.day))
        else:
            self.date.setDate(QDate.currentDate())
        self.has_date.setChecked(metadata.date is not None)
        self.date.setEnabled(metadata.date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        date_label = QLabel(self.tr("&Date:"))
        date_label.setBuddy(self.has_date)
        form.addRow(date_label, date_row)
        self.language = language_combo(metadata.language)
        form.addRow(self.tr("&Language:"), self.language)
        self.original = QLineEdit("/".join(metadata.original_languages))
        self.original.setPlaceholderText("E or E/S")
        form.addRow(self.tr("&Original:"), self.original)
        layout.addWidget(doc_box)

        src_box = QGroupBox(self.tr("Submitted by"))
        form = QFormLayout(src_box)
        self.source = QLineEdit(metadata.source)
        self.source.setPlaceholderText("Indonesia (Republic of)")
        form.addRow(self.tr("&Source:"), self.source)
        self.symbols = QLineEdit("/".join(metadata.symbols))
        self.symbols.setPlaceholderText("INS  or  B/CAN/CLM")
        form.addRow(self.tr("S&ymbols:"), self.symbols)
        self.title = QLineEdit(metadata.title)
        form.addRow(self.tr("&Title:"), self.title)
        self.agenda_item = QLineEdit(metadata.agenda_item)
        self.agenda_item.setPlaceholderText(self.tr("WRC only, e.g. 1.13"))
        form.addRow(self.tr("&Agenda item:"), self.agenda_item)
        self.agenda_text = QPlainTextEdit(metadata.agenda_text)
        self.agenda_text.setMaximumHeight(70)
        form.addRow(self.tr("Agenda &text:"), self.agenda_text)
        layout.addWidget(src_box)

        layout.addWidget(ok_cancel(self))

    def _conference_chosen(self, short: str) -> None:
        known = conference(short)
        self.conference.setCurrentText(known.short)
        for field, value in ((self.conf_name, known.name), (self.place, known.place),
                             (self.dates, known.dates)):
            if value:
                field.setText(value)

    def metadata(self) -> Metadata:
        short = self.conference.currentText().strip()
        year = conference(short).year if short else None
        qdate = self.date.date()
        import datetime as dt

        number = self.number.text().strip() or None
        return replace(
            self._meta,
            conference=Conference(short=short, name=self.conf_name.text().strip(),
                                  place=self.place.text().strip(),
                                  dates=self.dates.text().strip(), year=year),
            meeting=self.meeting.text().strip(),
            document_number=number,
            addendum=self.addendum.value() or None,
            revision=self.revision.value() or None,
            corrigendum=self.corrigendum.value() or None,
            date=dt.date(qdate.year(), qdate.month(), qdate.day()) if self.has_date.isChecked()
            else None,
            language=self.language.currentData(),
            original_languages=[x.strip().upper() for x in self.original.text().split("/")
                                if x.strip()] or ["E"],
            source=self.source.text().strip(),
            symbols=[x.strip().upper() for x in self.symbols.text().split("/") if x.strip()],
            title=self.title.text().strip(),
            agenda_item=self.agenda_item.text().strip(),
            agenda_text=self.agenda_text.toPlainText().strip(),
        )
