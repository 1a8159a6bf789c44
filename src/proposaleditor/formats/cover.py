"""The cover block: conference, meeting, document line, date, original, source, title."""

from __future__ import annotations

import datetime as dt
import re

from ..domain import conferences
from ..domain.document import Document, Metadata
from .source_paragraph import style_key

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

# French and Spanish names start with the noun ("Conférence de plénipotentiaires (PP-18)",
# "Conferencia Mundial de Radiocomunicaciones (CMR-19)"), English ones end with it.
_CONFERENCE = re.compile(
    r"(?P<name>(?:[A-ZÀ-Ý][\w\s'’-]*?)?\b(Conference|Assembly|Council|Conférence|Conferencia|"
    r"Assemblée|Asamblea|Conseil|Consejo)[\w\s'’-]*?)\s*\((?P<short>[A-Z]{2,5}-\d{2})\)")
# the Council meets yearly under no short form in brackets: "Council 2023"
_COUNCIL = re.compile(r"^\s*(Council|Conseil|Consejo)\s+(?P<year>(19|20)\d{2})\s*$",
                      re.IGNORECASE)
_SHORT_ANYWHERE = re.compile(
    r"\((?P<short>(PP|WRC|WTSA|WTDC|RA|WTPF|CMR|AMNT|CMDT|AR)-\d{2})\)")
# French and Spanish short forms of the conferences (WRC is CMR in both, and so on)
_LOCAL_SHORT = {"CMR": "WRC", "AMNT": "WTSA", "CMDT": "WTDC", "AR": "RA"}
# (bracketed while a regional group's draft awaits its number: "[Addendum 20 to Document 9-E]")
_DOCUMENT = re.compile(
    r"^\s*\[?\s*(?:(?P<kind>Addendum|Addéndum|Corrigendum|Revision|Révision|Revisión)\s+"
    r"(?P<n>\d+|X+)\s+"
    r"(?:to|au|al|à|del?)\s+(?:the\s+)?)?(?:Document|Documento)\s+"
    # an assembly's committee documents: "Document RA19/PLEN/12-E"
    r"(?P<doc>(?:[A-Z]{1,5}\d{2}/(?:[A-Z]{1,8}/)?)?\d+|X+|Y+)"
    r"(?:\s*\((?:Rev|Rév)\.\s*(?P<rev>\d+)\))?(?:\s*\(Add\.\s*(?P<add>\d+)\))?"
    r"\s*-\s*(?P<lang>[EFSACR])\s*\]?\s*$",
    re.IGNORECASE,
)
# "Addendum 13 au" ended by Enter, "Document 16-F" in the next paragraph
_DOCUMENT_START = re.compile(
    r"^\s*\[?\s*(Addendum|Addéndum|Corrigendum|Revision|Révision|Revisión)\s+(\d+|X+)\s+"
    r"(to|au|al|à|del?)(\s+the)?\s*$", re.IGNORECASE)
_DATE = re.compile(r"^\s*(?P<day>\d{1,2})(?:er)?\s+(?:de\s+)?(?P<month>[^\W\d_]+)\s+(?:de\s+)?"
                   r"(?P<year>\d{4})\s*$")
_ORIGINAL = re.compile(r"^\s*Original\s*:\s*(?P<langs>.+?)\s*$", re.IGNORECASE)
_MEETING = re.compile(r"(MEETING|COMMITTEE|SÉANCE|SESIÓN|COMMISSION|COMISIÓN|PLENARY|PLÉNIÈRE|"
                      r"PLENARIA|GROUP|GROUPE|GRUPO|WORKING)", re.IGNORECASE)
# "Agenda item 1.13" ("Agenda item: PL 1.3" at the Council); in French and Spanish the number
# comes inside ("Point 1.13 de l'ordre du
# jour", "Punto 1.13 del orden del día") or after the phrase
_AGENDA = re.compile(
    r"^\s*(?:(?:Agenda item|Point de l['’]ordre du jour|Punto del orden del día)"
    r"\s*:?\s+(?P<item>(?:[A-Z]{1,4}\s+)?[\d.]+)|"
    r"(?:Point|Punto)\s+(?P<inside>[\d.]+)\s+(?:de l['’]ordre du jour|del orden del día))"
    r"\s*(?P<rest>.*)$", re.IGNORECASE)
# the place may itself hold a comma ("Sharm el-Sheikh, Egypt, 28 October – 22 November 2019")
_PLACE_DATES = re.compile(
    r"^(?P<place>[A-ZÀ-Ý][^\d]{0,39}?),\s*(?P<dates>\d{1,2}\b.*\d{4})\s*$")

# the title typed in mixed case where the Title 1 style would capitalise it
_PROPOSALS_TITLE = re.compile(r"^\s*(Common\s+)?(Proposals?|Propositions?|Propuestas?)\b[^.]*$",
                              re.IGNORECASE)
_DATE_SPAN = re.compile(r"[–—-]")


_MARKER_LINE = re.compile(r"^\s*(ADD|MOD|SUP|NOC|\(MOD\))\b")
# "October 7, 2014": the US order, in files typed without the template
_DATE_US = re.compile(r"^\s*(?P<month>[^\W\d_]+)\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\s*$")


def parse_date(text: str) -> dt.date | None:
    m = _DATE.match(text) or _DATE_US.match(text)
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
        self.seen_place = False
        self.done = False
        self.pending = ""  # the first half of a document line broken into two paragraphs

    def offer(self, para) -> bool:
        if self.done:
            return False
        text = para.draft_text.strip()

        skey = style_key(para.style)
        if self.pending:
            text, self.pending = f"{self.pending} {text}", ""
        elif _DOCUMENT_START.match(text):
            self.pending = text
            return True
        if "\n" in text:
            # The template's cover cells break lines inside one paragraph: conference name, then
            # place and dates; "Addendum 1 to", then "Document 34-E". Each line on its own
            # first, else the lines joined (the document line broken after "to").
            lines: list[str] = []
            for line in (line.strip() for line in text.split("\n")):
                if line and lines and _DOCUMENT_START.match(lines[-1]):
                    lines[-1] = f"{lines[-1]} {line}"
                elif line:
                    lines.append(line)
            if all([self._line(line, skey) for line in lines]):
                return True
            text = " ".join(lines)
        if self._line(text, skey):
            return True
        self.done = True
        return False

    def late(self, para) -> bool:
        """A cover line met after the cover seemed to end (a stray line in the cover table, a
        regional group's reference, "PART 2" above the agenda item): only the unmistakable
        ones, each once."""
        text = para.draft_text.strip()
        if "\n" in text or len(text) > 120:
            return False
        m = _DOCUMENT.match(text)
        if m and not self.seen_document:
            self._document_line(m)
        elif _DOCUMENT_START.match(text) and not self.seen_document:
            self.pending = text  # "[Addendum 20 to": the next paragraph ends it
        elif not ((_ORIGINAL.match(text) and not self.seen_original)
                  or (not self.meta.date and parse_date(text))
                  or (_AGENDA.match(text) and not self.meta.agenda_item)) or not self._line(
                text, ""):
            return False
        self.done = False  # the cover goes on (source and title may follow)
        return True

    def _line(self, text: str, skey: str) -> bool:
        meta = self.meta
        m = _CONFERENCE.search(text)
        if m and not meta.conference.short and len(text) < 120:
            family, _, year = m.group("short").partition("-")
            meta.conference = conferences.conference(
                f"{_LOCAL_SHORT.get(family, family)}-{year}")
            meta.conference.name = " ".join(m.group("name").split())
            return True
        m = _COUNCIL.match(text)
        if m and not meta.conference.short:
            meta.conference = conferences.conference(f"C-{m.group('year')[2:]}")
            return True
        m = _PLACE_DATES.match(text)
        if m and len(text) < 80 and (not self.seen_document or (
                # a two-column cover table read row by row puts the place under the document
                # line; there only a span of dates is the conference's (a single date is the
                # document's, "Geneva, 3 October 2014")
                not self.seen_place and _DATE_SPAN.search(m.group("dates")))):
            self.seen_place = True
            # as printed, in the document's language ("Charm el-Cheikh, Égypte"), not the
            # registry's English name: the cover is written back with these dates
            meta.conference.place = m.group("place").strip()
            meta.conference.dates = m.group("dates").strip()
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
            meta.agenda_item = (m.group("item") or m.group("inside")).rstrip(".")
            meta.agenda_text = m.group("rest").strip()
            return True
        if skey == "source" or (
            # (co-sponsors listed one by one run past 200 characters)
            self.seen_document and not meta.source and not text.isupper() and len(text) < 600
            and not meta.title
        ):
            meta.source = text
            return True
        if skey in ("title1", "title") or (
                (text.isupper() or _PROPOSALS_TITLE.match(text)) and len(text) < 200
                and meta.source and not meta.title):
            meta.title = text
            return True
        number = re.match(rf"{re.escape(meta.agenda_item)}\.?\s+", text) if (
            meta.agenda_item) else None
        if (meta.title and meta.agenda_item and not meta.agenda_text and len(text) < 400
                and not _MARKER_LINE.match(text)  # proposals may follow the item at once
                # its text as ITU prints it ("1.13<tab>to consider ..."), not a heading that
                # follows a bare agenda line ("Background")
                and (number or text[0].islower() or len(text.split()) > 6)):
            meta.agenda_text = text[number.end():] if number else text
            return True
        return False

    def _document_line(self, m: re.Match) -> None:
        meta = self.meta
        self.seen_document = True
        doc = m.group("doc")
        # placeholders of a draft not registered yet: "[Addendum XX to Document YY-E]"
        meta.document_number = None if doc.strip("XxYy") == "" else doc
        meta.language = m.group("lang").upper()
        kind = (m.group("kind") or "").lower()
        n = int(m.group("n")) if (m.group("n") or "").isdigit() else None
        if m.group("rev"):
            meta.base_revision = int(m.group("rev"))
        if m.group("add"):
            meta.addendum = int(m.group("add"))
        if kind.startswith("add"):
            if m.group("add"):  # Addendum 1 to Document 16(Add.19): an addendum's addendum
                meta.base_addendum = int(m.group("add"))
            meta.addendum = n
        elif kind.startswith("corr"):
            meta.corrigendum = n
        elif kind.startswith("r"):
            meta.revision = n

    def finish(self, document: Document) -> None:
        """Fill what the cover lacked from the rest of the document (conference mentions)."""
        meta = self.meta
        if not meta.conference.short:
            from ..domain.inline import plain_text
            for part in document.parts:
                text = plain_text(getattr(part, "text", ()))
                m = _SHORT_ANYWHERE.search(text)
                if m:
                    family, _, year = m.group("short").partition("-")
                    meta.conference = conferences.conference(
                        f"{_LOCAL_SHORT.get(family, family)}-{year}")
                    document.import_notes.append(
                        f"conference {meta.conference.short} taken from the text; the cover "
                        "does not name it")
                    break
