"""Submission-readiness checks: what the ITU secretariat would send back.

``check(document)`` returns findings, each with a severity, a stable code, a message, a fix hint and
the proposal / provision it concerns. Nothing here changes the document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from enum import Enum

from . import symbols
from .document import Document, FreeBlock
from .inline import Inline, plain_text
from .labels import DASH, sibling_style
from .numbering import ProposalNumber, numbers
from .proposals import Marker, Proposal, TargetKind
from .provisions import Provision, ProvisionKind, Status
from .revise import is_current, revise_enacting_formula, revise_number_line
from .revisions import has_changes


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    message: str
    hint: str = ""
    proposal_id: str | None = None
    proposal_number: str | None = None  # as displayed (INS/82/1)
    provision_id: str | None = None
    provision: str | None = None  # short description of the provision: "numbered item 5"

    def to_dict(self) -> dict:
        d = asdict(self)
        d["severity"] = self.severity.value
        return d


def check(document: Document) -> list[Finding]:
    numbers_shown = numbers(document)
    findings: list[Finding] = []
    findings += _cover(document)
    findings += _numbering(document, numbers_shown)
    for proposal in document.iter_proposals():
        ctx = _Context(document, proposal, numbers_shown[proposal.id])
        for rule in _PROPOSAL_RULES:
            findings += rule(ctx)
    findings += _free_block_footnotes(document)
    return findings


def has_errors(findings: Iterable[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


# -- helpers ----------------------------------------------------------------------------------
class _Context:
    def __init__(self, document: Document, proposal: Proposal, number: str):
        self.document = document
        self.proposal = proposal
        self.number = number
        self.marker = proposal.marker

    def finding(self, severity: Severity, code: str, message: str, hint: str,
                provision: Provision | None = None) -> Finding:
        return Finding(severity, code, message, hint, self.proposal.id, self.number,
                       provision.id if provision else None,
                       describe(provision) if provision else None)


def describe(p: Provision) -> str:
    """'numbered item 5', 'number line', 'lettered item a)': how a user finds the provision."""
    kind = p.kind.value.replace("_", " ")
    label = p.label or p.base_label
    if label and p.kind.is_item:
        return f"{kind} {label}"
    if p.kind is ProvisionKind.CALL:
        return f"call '{_short(p.text)}'"
    if p.kind is ProvisionKind.PARAGRAPH:
        return f"paragraph '{_short(p.text)}'"
    return kind


def _short(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _tail(text: str, n: int = 60) -> str:
    """The end of a long line: where a number line or formula names its conference."""
    text = " ".join(text.split())
    return text if len(text) <= n else "…" + text[-(n - 1):]


def _shown_text(p: Provision) -> Inline:
    return p.draft if p.draft is not None else (p.base or ())


# -- document-level rules ---------------------------------------------------------------------
_COVER_FIELDS = (
    ("conference", "the conference", "choose the conference (e.g. PP-14) in the document settings"),
    ("date", "the document date", "set the date of the document"),
    ("original", "the original language", "set the language(s) the document was drafted in"),
    ("source", "the source", "set the source, e.g. 'Indonesia (Republic of)'"),
    ("title", "the title", "set the title, e.g. 'PROPOSALS FOR THE WORK OF THE CONFERENCE'"),
)


def _cover(document: Document) -> list[Finding]:
    meta = document.metadata
    present = {
        "conference": bool(meta.conference.short or meta.conference.name),
        "date": meta.date is not None,
        "original": any(code.strip() for code in meta.original_languages),
        "source": bool(meta.source.strip()),
        "title": bool(meta.title.strip()),
    }
    out = [Finding(Severity.ERROR, "cover-incomplete", f"the cover lacks {what}", hint)
           for key, what, hint in _COVER_FIELDS if not present[key]]
    if present["conference"] and not (meta.conference.place and meta.conference.dates):
        out.append(Finding(Severity.WARNING, "cover-conference-details",
                           "the cover lacks the conference's place and dates",
                           "fill in the conference place and dates"))
    if meta.document_number is None:
        out.append(Finding(Severity.WARNING, "document-number-unassigned",
                           "the document number is not assigned yet: numbers read "
                           f"{meta.symbols[0] if meta.symbols else 'XX'}/XX/…",
                           "once the secretariat registers the document, set its number "
                           "(renumber --doc N)"))
    if not document.proposals:
        out.append(Finding(Severity.WARNING, "no-proposals", "the document has no proposals",
                           "add a proposal (MOD, ADD, SUP, NOC ...)"))
    return out


def _numbering(document: Document, shown: dict[str, str]) -> list[Finding]:
    out: list[Finding] = []
    meta = document.metadata
    if not meta.symbols and any(p.received_number is None for p in document.iter_proposals()):
        out.append(Finding(Severity.ERROR, "no-symbol",
                           "the submitter symbol is not set: proposal numbers read XX/…",
                           "set the administration or regional group symbol (e.g. INS, EUR)"))
    for sym in meta.symbols:
        out += _unknown_symbol(sym, None)

    counts = Counter(shown.values())
    previous: int | None = None
    reported_symbols = {s.upper() for s in meta.symbols}
    for proposal in document.iter_proposals():
        number = shown[proposal.id]
        where = {"proposal_id": proposal.id, "proposal_number": number}
        if counts[number] > 1:
            out.append(Finding(Severity.ERROR, "number-duplicate",
                               f"proposal number {number} is used {counts[number]} times",
                               "resequence the proposal numbers (renumber)", **where))
        try:
            parsed = ProposalNumber.parse(number)
        except ValueError:
            out.append(Finding(Severity.ERROR, "number-malformed",
                               f"'{number}' is not a proposal number (SYMBOL/DOC/SEQ)",
                               "resequence the proposal numbers (renumber)", **where))
            previous = None
            continue
        if proposal.received_number is not None:
            for sym in parsed.symbols:
                if sym.upper() not in reported_symbols:
                    reported_symbols.add(sym.upper())
                    out += _unknown_symbol(sym, where)
        seq = parsed.sequence
        if seq is not None:
            expected = 1 if previous is None else previous + 1
            if seq != expected and counts[number] == 1:
                what = "skips a number" if seq > expected else "is out of order"
                out.append(Finding(Severity.ERROR, "number-sequence",
                                   f"proposal number {number} {what} (expected sequence "
                                   f"{expected})",
                                   "resequence the proposal numbers (renumber)", **where))
            previous = seq
    return out


def _unknown_symbol(sym: str, where: dict | None) -> list[Finding]:
    if symbols.is_known(sym) or sym.upper() == "XX":
        return []
    return [Finding(Severity.WARNING, "unknown-symbol",
                    f"'{sym}' is not a known ITU-R administration or regional group symbol",
                    "check the symbol against the BR IFIC Preface, Table 1A (e.g. INS, USA, "
                    "EUR)", **(where or {}))]


def _free_block_footnotes(document: Document) -> list[Finding]:
    out = []
    for part in document.parts:
        if isinstance(part, FreeBlock) and _empty_footnotes(part.text):
            out.append(Finding(Severity.ERROR, "footnote-empty",
                               f"a footnote in '{_short(plain_text(part.text))}' has no text",
                               "write the footnote text or remove the footnote mark"))
    return out


# -- proposal rules ---------------------------------------------------------------------------
def _reasons(ctx: _Context) -> Iterator[Finding]:
    if not ctx.proposal.has_reasons:
        yield ctx.finding(Severity.ERROR, "no-reasons",
                          f"{ctx.marker.value} proposal has no reasons",
                          "write the reasons: every proposal is followed by 'Reasons:'")


def _mod_has_change(ctx: _Context) -> Iterator[Finding]:
    if ctx.marker.tracked and not ctx.proposal.has_marks():
        yield ctx.finding(Severity.ERROR, "mod-no-change",
                          f"{ctx.marker.value} proposal changes nothing",
                          "edit the text, or make it a NOC proposal if no change is intended")


def _mod_is_add_or_sup(ctx: _Context) -> Iterator[Finding]:
    """A MOD whose every paragraph is new is an ADD; one that strikes every paragraph a SUP."""
    if not ctx.marker.tracked:
        return
    statuses = {p.status for p in ctx.proposal.walk()} - {Status.UNCHANGED}
    if statuses == {Status.ADDED} and all(p.base is None for p in ctx.proposal.walk()):
        yield ctx.finding(Severity.WARNING, "mod-is-add",
                          f"{ctx.marker.value} proposal only brings new text",
                          "new text is proposed with ADD (no revision marks)")
    elif statuses == {Status.SUPPRESSED}:
        yield ctx.finding(Severity.WARNING, "mod-is-sup",
                          f"{ctx.marker.value} proposal only deletes text",
                          "deleting a whole provision or resolution is a SUP "
                          "(identification only)")


def _no_marks_outside_mod(ctx: _Context) -> Iterator[Finding]:
    """ADD, SUP and NOC blocks carry no revision marks, and an edit inside a paragraph is a MOD."""
    if ctx.marker.tracked:
        return
    received = [p for p in ctx.proposal.walk()
                if (p.received_marks is not None and has_changes(p.received_marks))
                or (p.received_label_marks is not None and has_changes(p.received_label_marks))]
    if received:
        yield ctx.finding(Severity.ERROR, "marks-not-allowed",
                          f"{ctx.marker.value} proposal carries revision marks "
                          f"({_count(received, 'provision')})",
                          f"{ctx.marker.value} blocks carry no tracked changes: accept the marks, "
                          "or make the proposal a MOD", received[0])
    received_ids = {p.id for p in received}
    edited = [p for p in ctx.proposal.walk() if p.id not in received_ids and _edited(ctx, p)]
    if edited:
        yield ctx.finding(Severity.ERROR, "edit-is-mod",
                          f"{ctx.marker.value} proposal changes existing text "
                          f"({_count(edited, 'provision')}): a change inside an existing "
                          "paragraph is a MOD",
                          f"make the proposal a MOD, or drop the edits from the "
                          f"{ctx.marker.value}", edited[0])


def _edited(ctx: _Context, p: Provision) -> bool:
    status = p.status
    if status is Status.MODIFIED:
        return True
    if ctx.marker in (Marker.ADD, Marker.ADD_MOVED):
        # an ADD brings in new text; striking existing paragraphs is a MOD's job
        return status is Status.SUPPRESSED
    if ctx.marker is Marker.NOC:
        return status in (Status.ADDED, Status.SUPPRESSED)
    # SUP and SUP*: the identification is the suppressed text; inserting text is an edit
    return status is Status.ADDED


def _identification_only(ctx: _Context) -> Iterator[Finding]:
    if not ctx.marker.identification_only:
        return
    # a WRC SUP/NOC of 5.338A is identified by the provision number itself
    body = [p for p in ctx.proposal.walk()
            if not p.kind.identification and p.kind is not ProvisionKind.PROVISION_NUMBER]
    if body:
        yield ctx.finding(Severity.WARNING, "identification-only-body",
                          f"{ctx.marker.value} proposal shows the identification only: "
                          f"{_count(body, 'body provision')} will be left out of the export",
                          "keep only the number line, title and enacting formula, or make the "
                          "proposal a MOD", body[0])


def _resolution_revised(ctx: _Context) -> Iterator[Finding]:
    if not ctx.marker.tracked or ctx.proposal.target.kind is not TargetKind.RESOLUTION:
        return
    conference = ctx.document.metadata.conference
    if not conference.short:
        return  # the cover rule reports the missing conference
    if conference.family == "C":
        return  # the Council cites its resolutions by session ("MODIFIED 2023"), not by place
    language = ctx.document.metadata.language
    for p in ctx.proposal.provisions:
        if p.draft is None:
            continue
        text = plain_text(p.draft)
        if p.kind is ProvisionKind.NUMBER_LINE:
            revised = revise_number_line(text, conference, language)
            what = "number line"
        elif p.kind is ProvisionKind.ENACTING_FORMULA:
            revised = revise_enacting_formula(text, conference)
            what = "enacting formula"
        else:
            continue
        if revised != text and not is_current(text, conference, language):
            yield ctx.finding(Severity.ERROR, "resolution-not-revised",
                              f"the {what} of {ctx.proposal.target} does not cite "
                              f"{conference.short}: '{_tail(text)}'",
                              f"use the revised-resolution helper to make it "
                              f"'{_tail(revised)}'", p)


def _labels_in_order(ctx: _Context) -> Iterator[Finding]:
    for siblings in _sibling_groups(ctx.proposal.provisions):
        expected = _expected_labels(siblings)
        for p in siblings:
            if p.id in expected and (p.label or "") != expected[p.id]:
                yield ctx.finding(Severity.WARNING, "labels-out-of-order",
                                  f"label '{p.label or ''}' should be '{expected[p.id]}'",
                                  "renumber the items (labels follow 1 2 3 / a) b) c))", p)
                break  # one finding per group: the rest follow from the first


def _sibling_groups(provisions: list[Provision]) -> Iterator[list[Provision]]:
    yield provisions
    for p in provisions:
        if p.children:
            yield from _sibling_groups(p.children)


def _expected_labels(siblings: list[Provision]) -> dict[str, str]:
    """Draft labels as labels.renumber would set them, for items still in the draft."""
    style = sibling_style(siblings)
    out: dict[str, str] = {}
    n = 0
    for p in siblings:
        if p.draft is None or not p.kind.is_item:
            continue
        if p.kind is ProvisionKind.DASH_ITEM:
            out[p.id] = DASH
            continue
        if style is None:
            continue
        n += 1
        out[p.id] = style.format(n)
    return out


def _footnotes(ctx: _Context) -> Iterator[Finding]:
    for p in ctx.proposal.walk():
        if _empty_footnotes(_shown_text(p)):
            yield ctx.finding(Severity.ERROR, "footnote-empty",
                              "a footnote reference has no footnote text",
                              "write the footnote text or remove the footnote mark", p)
    if _empty_footnotes(ctx.proposal.reasons):
        yield ctx.finding(Severity.ERROR, "footnote-empty",
                          "a footnote reference in the reasons has no footnote text",
                          "write the footnote text or remove the footnote mark")


def _empty_footnotes(content: Inline | None) -> bool:
    return any(r.footnote is not None and not r.footnote.text.strip() for r in content or ())


def _count(items: list, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


_PROPOSAL_RULES = (
    _reasons,
    _mod_has_change,
    _mod_is_add_or_sup,
    _no_marks_outside_mod,
    _identification_only,
    _resolution_revised,
    _labels_in_order,
    _footnotes,
)
