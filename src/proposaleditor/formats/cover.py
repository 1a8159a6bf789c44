"""The cover block: conference, meeting, document line, date, original, source, title."""

from __future__ import annotations

import datetime as dt
import re

from ..domain import conferences
from ..domain.document import Document, Metadata

MONTHS = {
    # English, French, Spanish month names -> month number
    **{m: i for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"], 1)},
    **{m: i for i, m in enumerate(
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
         "septembre", "octobre", "novembre", "décembre"], 1)},
    **{m: i for i, m in enumerate(
        ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"], 1)},
    "setiembre": 9,
}
LANGUAGE_WORDS = {
    "english": "E", "anglais": "E", "inglés": "E", "ingles": "E",
    "french": "F", "français": "F", "francés": "F", "frances": "F",
    "spanish": "S", "espagnol": "S", "español": "S", "espanol": "S",
    "arabic": "A", "arabe": "A", "árabe": "A",
    "chinese": "C", "chinois": "C", "chino": "C",
    "russian": "R", "russe": "R", "ruso": "R",
}

_CONFERENCE = re.compile(
    r"(?P<name>[A-Z][\w\s]*?(Conference|Assembly|Council|Conférence|Conferencia|Assemblée|"
    r"Asamblea|Conseil|Consejo)[\w\s]*?)\s*\((?P<short>[A-Z]{2,5}-\d{2})\)")
_SHORT_ANYWHERE = re.compile(r"\((?P<short>(PP|WRC|WTSA|WTDC|RA|WTPF)-\d{2})\)")
_DOCUMENT = re.compile(
    r"^\s*(?:(?P<kind>Addendum|Addéndum|Corrigendum|Revision|Révision|Revisión)\s+(?P<n>\d+)\s+"
    r"(?:to|au|al|à|del?)\s+(?:the\s+)?)?(?:Document|Documento)\s+(?P<doc>\d+|XX)"
    r"(?:\s*\((?:Rev|Rév)\.\s*(?P<rev>\d+)\))?(?:\s*\(Add\.\s*(?P<add>\d+)\))?"
    r"\s*-\s*(?P<lang>[EFSACR])\s*$",
    re.IGNORECASE,
)
_DATE = re.compile(r"^\s*(?P<day>\d{1,2})(?:er)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
                   r"(?P<year>\d{4})\s*$")
_ORIGINAL = re.compile(r"^\s*Original\s*:\s*(?P<langs>.+?)\s*$", re.IGNORECASE)
_MEETING = re.compile(r"(MEETING|COMMITTEE|SÉANCE|SESIÓN|COMMISSION|COMISIÓN|PLENARY|PLÉNIÈRE|"
                      r"PLENARIA|GROUP|GROUPE|GRUPO|WORKING)", re.IGNORECASE)
_AGENDA = re.compile(r"^\s*(Agenda item|Point de l'ordre du jour|Punto del orden del día)\s+"
                     r"(?P<item>[\d.]+)\s*(?P<rest>.*)$", re.IGNORECASE)
_PLACE_DATES = re.compile(r"^[A-ZÀ-Ý][^\d]{1,40},\s*\d{1,2}.*\d{4}\s*$")


def parse_date(text: str) -> dt.date | None:
    m = _DATE.match(text)
    if not m:
        return None
    month = MONTHS.get(m.group("month").lower())
    if not month:
        return None
    try:
        return dt.date(int(m.group("year")), month, int(m.group("day")))
    except ValueError:
        return None


class CoverReader:
    """Fed paragraphs from the start of a document; says which belong to the cover."""

    def __init__(self, meta: Metadata):
        self.meta = meta
        self.seen_document = False
        self.seen_original = False
        self.done = False

    def offer(self, para) -> bool:
        if self.done:
            return False
        text = para.draft_text.strip()
        from .structure import style_key  # local: structure imports this module

        skey = style_key(para.style)
        meta = self.meta
        m = _CONFERENCE.search(text)
        if m and not meta.conference.short and len(text) < 120:
            meta.conference = conferences.conference(m.group("short"))
            meta.conference.name = m.group("name").strip()
            return True
        if _PLACE_DATES.match(text) and not self.seen_document and len(text) < 80:
            place, _, dates = text.partition(",")
            meta.conference.place = meta.conference.place or place.strip()
            meta.conference.dates = dates.strip()
            return True
        m = _DOCUMENT.match(text)
        if m:
            self._document_line(m)
            return True
        date = parse_date(text)
        if date and not meta.date:
            meta.date = date
            return True
        m = _ORIGINAL.match(text)
        if m:
            codes = [LANGUAGE_WORDS.get(w.strip().lower()) for w in re.split(r"[/,]", m["langs"])]
            meta.original_languages = [c for c in codes if c] or meta.original_languages
            self.seen_original = True
            return True
        if _MEETING.search(text) and text.isupper() and len(text) < 80 and not meta.meeting:
            meta.meeting = text
            return True
        m = _AGENDA.match(text)
        if m:
            meta.agenda_item = m.group("item").rstrip(".")
            meta.agenda_text = m.group("rest").strip()
            return True
        if skey == "source" or (
            self.seen_document and not meta.source and not text.isupper() and len(text) < 200
            and not meta.title
        ):
            meta.source = text
            return True
        if skey in ("title1", "title") or (text.isupper() and len(text) < 200 and meta.source
                                           and not meta.title):
            meta.title = text
            return True
        if meta.title and meta.agenda_item and not meta.agenda_text and len(text) < 400:
            meta.agenda_text = text
            return True
        self.done = True
        return False

    def _document_line(self, m: re.Match) -> None:
        meta = self.meta
        self.seen_document = True
        doc = m.group("doc")
        meta.document_number = None if doc.upper() == "XX" else doc
        meta.language = m.group("lang").upper()
        kind = (m.group("kind") or "").lower()
        if m.group("rev"):
            meta.base_revision = int(m.group("rev"))
        if m.group("add"):
            meta.addendum = int(m.group("add"))
        if kind.startswith("add"):
            meta.addendum = int(m.group("n"))
        elif kind.startswith("corr"):
            meta.corrigendum = int(m.group("n"))
        elif kind.startswith("r"):
            meta.revision = int(m.group("n"))

    def finish(self, document: Document) -> None:
        """Fill what the cover lacked from the rest of the document (conference mentions)."""
        meta = self.meta
        if not meta.conference.short:
            from ..domain.inline import plain_text
            for part in document.parts:
                text = plain_text(getattr(part, "text", ()))
                m = _SHORT_ANYWHERE.search(text)
                if m:
                    meta.conference = conferences.conference(m.group("short"))
                    document.import_notes.append(
                        f"conference {meta.conference.short} taken from the text; the cover "
                        "does not name it")
                    break
