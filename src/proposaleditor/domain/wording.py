"""The fixed words of an exported proposal, per document language.

English, French and Spanish are taken from ITU documents (itu-format.md sections 1, 4 and 6).
Arabic, Chinese and Russian entries exist so every language code resolves, but carry the English
words and ``verified=False`` until someone checks them against ITU texts in those languages.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field, replace

from .document import Conference, Metadata


@dataclass(frozen=True)
class Wording:
    code: str  # E F S A C R: also the suffix of the document number (82-E)
    verified: bool
    reasons: str  # Reasons:
    document: str  # Document 82-E
    addendum: str  # Addendum {n} to Document {doc}
    corrigendum: str  # Corrigendum {n} to Document {doc}
    original: str  # Original: English
    meeting: str  # PLENARY MEETING
    title: str  # PROPOSALS FOR THE WORK OF THE CONFERENCE
    agenda_item: str  # Agenda item {n}
    months: tuple[str, ...]
    date_format: str  # {day} {month} {year}
    language_names: dict[str, str] = field(default_factory=dict)
    # conference family -> (name, short prefix): Conférence mondiale des radiocommunications, CMR
    conferences: dict[str, tuple[str, str]] = field(default_factory=dict)
    first_day: str = "1"  # French writes 1er

    def language_name(self, code: str) -> str:
        return self.language_names.get(code, code)

    def format_date(self, date: _dt.date) -> str:
        day = self.first_day if date.day == 1 else str(date.day)
        return self.date_format.format(day=day, month=self.months[date.month - 1], year=date.year)

    def document_word(self, number: str) -> str:
        return f"{self.document} {number}"


_ENGLISH = Wording(
    code="E",
    verified=True,
    reasons="Reasons:",
    document="Document",
    addendum="Addendum {n} to Document {doc}",
    corrigendum="Corrigendum {n} to Document {doc}",
    original="Original:",
    meeting="PLENARY MEETING",
    title="PROPOSALS FOR THE WORK OF THE CONFERENCE",
    agenda_item="Agenda item {n}",
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    date_format="{day} {month} {year}",
    language_names={"E": "English", "F": "French", "S": "Spanish", "A": "Arabic",
                    "C": "Chinese", "R": "Russian"},
    conferences={
        "PP": ("Plenipotentiary Conference", "PP"),
        "WRC": ("World Radiocommunication Conference", "WRC"),
        "WTSA": ("World Telecommunication Standardization Assembly", "WTSA"),
        "WTDC": ("World Telecommunication Development Conference", "WTDC"),
    },
)

_FRENCH = Wording(
    code="F",
    verified=True,
    reasons="Motifs:",
    document="Document",
    addendum="Addendum {n} au Document {doc}",
    corrigendum="Corrigendum {n} au Document {doc}",
    original="Original:",
    meeting="SÉANCE PLÉNIÈRE",
    title="PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE",
    agenda_item="Point {n} de l'ordre du jour",
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
            "septembre", "octobre", "novembre", "décembre"),
    date_format="{day} {month} {year}",
    first_day="1er",
    language_names={"E": "anglais", "F": "français", "S": "espagnol", "A": "arabe",
                    "C": "chinois", "R": "russe"},
    conferences={
        "PP": ("Conférence de plénipotentiaires", "PP"),
        "WRC": ("Conférence mondiale des radiocommunications", "CMR"),
        "WTSA": ("Assemblée mondiale de normalisation des télécommunications", "AMNT"),
        "WTDC": ("Conférence mondiale de développement des télécommunications", "CMDT"),
    },
)

_SPANISH = Wording(
    code="S",
    verified=True,
    reasons="Motivos:",
    document="Documento",
    addendum="Addéndum {n} al Documento {doc}",
    corrigendum="Corrigéndum {n} al Documento {doc}",
    original="Original:",
    meeting="SESIÓN PLENARIA",
    title="PROPUESTAS PARA LOS TRABAJOS DE LA CONFERENCIA",
    agenda_item="Punto {n} del orden del día",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"),
    date_format="{day} de {month} de {year}",
    language_names={"E": "inglés", "F": "francés", "S": "español", "A": "árabe",
                    "C": "chino", "R": "ruso"},
    conferences={
        "PP": ("Conferencia de Plenipotenciarios", "PP"),
        "WRC": ("Conferencia Mundial de Radiocomunicaciones", "CMR"),
        "WTSA": ("Asamblea Mundial de Normalización de las Telecomunicaciones", "AMNT"),
        "WTDC": ("Conferencia Mundial de Desarrollo de las Telecomunicaciones", "CMDT"),
    },
)

WORDINGS: dict[str, Wording] = {
    "E": _ENGLISH,
    "F": _FRENCH,
    "S": _SPANISH,
    # Not yet checked against ITU texts in these languages: English words, own suffix.
    "A": replace(_ENGLISH, code="A", verified=False),
    "C": replace(_ENGLISH, code="C", verified=False),
    "R": replace(_ENGLISH, code="R", verified=False),
}


def wording(code: str | None) -> Wording:
    """The fixed words for a language code; unknown codes get English."""
    return WORDINGS.get((code or "E").upper(), _ENGLISH)


# -- cover lines ------------------------------------------------------------------------------
def document_reference(meta: Metadata) -> str:
    """The document number without language suffix: 82, 82(Rev.1), XX while unassigned."""
    number = meta.document_number or "XX"
    if meta.revision:
        number += f"(Rev.{meta.revision})"
    return number


def document_line(meta: Metadata, words: Wording) -> str:
    """Document 82-E; Addendum 1 to Document 34(Rev.1)-E; Corrigendum 1 to Document 79(Add.1)-E."""
    number = meta.document_number or "XX"
    suffix = f"-{words.code}"
    if meta.addendum and meta.corrigendum:
        base = _with_base_revision(number, meta) + f"(Add.{meta.addendum})"
        return words.corrigendum.format(n=meta.corrigendum, doc=base) + suffix
    if meta.addendum:
        doc = _with_base_revision(number, meta)
        return words.addendum.format(n=meta.addendum, doc=doc) + suffix
    if meta.corrigendum:
        doc = _with_base_revision(number, meta)
        return words.corrigendum.format(n=meta.corrigendum, doc=doc) + suffix
    return words.document_word(document_reference(meta)) + suffix


def _with_base_revision(number: str, meta: Metadata) -> str:
    """The document an addendum or corrigendum belongs to: 34(Rev.1), 16(Add.19)."""
    if meta.base_revision:
        number += f"(Rev.{meta.base_revision})"
    if meta.base_addendum and meta.addendum:
        number += f"(Add.{meta.base_addendum})"
    return number


def compact_reference(meta: Metadata, language: str | None = None) -> str:
    """Header reference: PP14/82-E, PP14/34(Rev.1)(Add.1)-E, CMR19/24-E (WRC: French acronym)."""
    code = (language or meta.language or "E").upper()
    doc = _with_base_revision(meta.document_number or "XX", meta)
    if meta.addendum:
        doc += f"(Add.{meta.addendum})"
    if meta.revision:
        doc += f"(Rev.{meta.revision})"
    if meta.corrigendum:
        doc += f"(Cor.{meta.corrigendum})"
    prefix = meta.conference.compact
    return f"{prefix}/{doc}-{code}" if prefix else f"{doc}-{code}"


def original_line(meta: Metadata, words: Wording) -> str:
    names = "/".join(words.language_name(c) for c in meta.original_languages or ["E"])
    return f"{words.original} {names}"


def conference_name(conference: Conference, words: Wording) -> str:
    """Plenipotentiary Conference (PP-14); Conférence mondiale des radiocommunications (CMR-19)."""
    known = words.conferences.get(conference.family)
    english = _ENGLISH.conferences.get(conference.family)
    if known is None or (conference.name and english and conference.name != english[0]):
        return conference.full_name  # a name the user typed is kept as typed
    name, prefix = known
    short = conference.short
    if short and prefix != conference.family:
        short = prefix + short[len(conference.family):]
    return f"{name} ({short})" if short else name


_DAY_MONTH = re.compile(r"\b(\d{1,2})\s+([A-Z][a-z]+)\b")
_MONTH_YEAR = re.compile(r"\b([A-Z][a-z]+)\s+(\d{4})\b")


def translate_dates(dates: str, words: Wording) -> str:
    """'20 October – 7 November 2014' in the document language (dates are stored in English)."""
    if words.code == "E" or not dates:
        return dates
    english = {m: i for i, m in enumerate(_ENGLISH.months)}
    spanish = words.code == "S"

    def month(name: str) -> str | None:
        i = english.get(name)
        return None if i is None else words.months[i]

    def day_month(m: re.Match) -> str:
        new = month(m.group(2))
        if new is None:
            return m.group(0)
        return f"{m.group(1)} de {new}" if spanish else f"{m.group(1)} {new}"

    out = _DAY_MONTH.sub(day_month, dates)
    out = _MONTH_YEAR.sub(
        lambda m: (f"{month(m.group(1))} de {m.group(2)}" if spanish else
                   f"{month(m.group(1))} {m.group(2)}") if month(m.group(1)) else m.group(0), out)
    if spanish:
        # "20 de octubre 2014" came from "20 October 2014" via the first pattern: add "de"
        out = re.sub(r"(\b(?:" + "|".join(words.months) + r"))\s+(\d{4})\b", r"\1 de \2", out)
    return out


def fixed_or_translated(value: str, english: str, translated: str) -> str:
    """The user's text, except the English default, which follows the document language."""
    return translated if value.strip() == english else value
