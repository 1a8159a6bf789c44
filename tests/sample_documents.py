"""Programmatically built proposal documents shared by the layout and writer tests.

They cover what an export must handle: a MOD of a resolution with a revised number line and
enacting formula, renumbered, added and suppressed items, a footnote, a sub-item, ADD, SUP, NOC,
a (MOD) and a proposal without reasons.
"""

from __future__ import annotations

import datetime as dt

from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import BlockKind, Document, FreeBlock, Metadata
from proposaleditor.domain.inline import Footnote, Run, runs
from proposaleditor.domain.labels import renumber_tree
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind

K = ProvisionKind


def same(kind: ProvisionKind, text: str, label: str | None = None, children=()) -> Provision:
    """A provision kept as in force."""
    content = runs(text)
    return Provision(kind, base=content, draft=content, label=label, base_label=label,
                     children=list(children))


def changed(kind: ProvisionKind, base: str, draft: str, label: str | None = None,
            children=()) -> Provision:
    return Provision(kind, base=runs(base), draft=runs(draft), label=label, base_label=label,
                     children=list(children))


def added(kind: ProvisionKind, text, label: str | None = None) -> Provision:
    content = runs(*text) if isinstance(text, tuple) else runs(text)
    return Provision(kind, base=None, draft=content, label=label)


def suppressed(kind: ProvisionKind, text: str, label: str | None = None) -> Provision:
    return Provision(kind, base=runs(text), draft=None, label=None, base_label=label)


FOOTNOTE = Footnote(runs("Such as the Asia-Pacific Centre of Excellence."))


def mod_resolution() -> Proposal:
    resolves = same(K.CALL, "instructs the Secretary-General", children=[
        same(K.NUMBERED_ITEM, "to formulate a plan of action;", "1"),
        added(K.NUMBERED_ITEM, ("to identify a regional mechanism",
                                Run("1", superscript=True, footnote=FOOTNOTE),
                                ", including a regional centre;")),
        same(K.NUMBERED_ITEM, "to liaise with other relevant organizations;", "2", children=[
            same(K.SUB_ITEM, "within its mandate;", "a)"),
            changed(K.SUB_ITEM, "to reduce the carbon footprint;",
                    "to reduce carbon footprint (e.g. paperless meetings);", "b)"),
        ]),
        suppressed(K.NUMBERED_ITEM, "to report annually to the Council;", "3"),
        changed(K.NUMBERED_ITEM, "to submit this resolution to the UNFCCC,",
                "to submit this resolution to the UNFCCC meetings,", "4"),
    ])
    proposal = Proposal(
        Marker.MOD, Target(TargetKind.RESOLUTION, "182"),
        provisions=[
            changed(K.NUMBER_LINE, "RESOLUTION 182 (GUADALAJARA, 2010)",
                    "RESOLUTION 182 (REV. BUSAN, 2014)"),
            same(K.TITLE, "The role of telecommunications in regard to climate change"),
            changed(K.ENACTING_FORMULA,
                    "The Plenipotentiary Conference of the International Telecommunication "
                    "Union (Guadalajara, 2010),",
                    "The Plenipotentiary Conference of the International Telecommunication "
                    "Union (Busan, 2014),"),
            same(K.CALL, "recognizing", children=[
                same(K.LETTERED_ITEM, "Resolution 136 (Rev. Guadalajara, 2010);", "a)"),
                changed(K.LETTERED_ITEM, "Resolution 66 (Rev. Hyderabad, 2010) of WTDC,",
                        "Resolution 66 (Rev. Dubai, 2014) of WTDC,", "b)"),
            ]),
            resolves,
        ],
        reasons=runs("To align the resolution with the outcome of WTDC-14."),
    )
    renumber_tree(proposal.provisions)
    return proposal


def add_resolution() -> Proposal:
    return Proposal(
        Marker.ADD, Target(TargetKind.RESOLUTION, "[INS-1]"),
        provisions=[
            added(K.NUMBER_LINE, "DRAFT NEW RESOLUTION [INS-1]"),
            added(K.TITLE, "Legal framework on cybersecurity"),
            added(K.ENACTING_FORMULA, "The Plenipotentiary Conference of the International "
                                      "Telecommunication Union (Busan, 2014),"),
            Provision(K.CALL, draft=runs("resolves"), children=[
                added(K.DASH_ITEM, "to study a legal framework;", "–"),
                added(K.DASH_ITEM, "to report to the Council.", "–"),
            ]),
        ],
        reasons=runs("A framework is needed."),
    )


def sup_resolution() -> Proposal:
    return Proposal(
        Marker.SUP, Target(TargetKind.RESOLUTION, "163"),
        provisions=[
            same(K.NUMBER_LINE, "RESOLUTION 163 (GUADALAJARA, 2010)"),
            same(K.TITLE, "Establishment of a Council working group on a stable ITU Constitution"),
            same(K.ENACTING_FORMULA, "The Plenipotentiary Conference of the International "
                                     "Telecommunication Union (Guadalajara, 2010),"),
            same(K.CALL, "resolves", children=[
                same(K.NUMBERED_ITEM, "to establish a council working group;", "1"),
            ]),
        ],
        reasons=runs("No fundamental change to the Constitution is needed."),
    )


def noc_resolution() -> Proposal:
    return Proposal(
        Marker.NOC, Target(TargetKind.RESOLUTION, "71"),
        provisions=[
            same(K.NUMBER_LINE, "RESOLUTION 71 (REV. GUADALAJARA, 2010)"),
            same(K.TITLE, "Strategic plan for the Union"),
            same(K.CALL, "resolves", children=[same(K.PARAGRAPH, "to adopt the plan.")]),
        ],
        reasons=(),  # deliberately missing: validation reports it
    )


def editorial_mod() -> Proposal:
    return Proposal(
        Marker.MOD_EDITORIAL, Target(TargetKind.CONSTITUTION, "CS 165"),
        provisions=[changed(K.PROVISION_NUMBER, "Each Member State shall notify the Secretary "
                            "General.", "Each Member State shall notify the Secretary-General.",
                            "165")],
        reasons=runs("Editorial."),
    )


def sample_document(language: str = "E") -> Document:
    meta = Metadata(conference=conference("PP-14"), document_number="82",
                    date=dt.date(2014, 10, 7), language=language, original_languages=["E"],
                    source="Indonesia (Republic of)", symbols=["INS"])
    return Document(metadata=meta, parts=[
        FreeBlock(BlockKind.PARAGRAPH, runs("Indonesia is honoured to present its proposals.")),
        FreeBlock(BlockKind.ANNEX_HEADING, runs("ANNEX 1")),
        mod_resolution(),
        add_resolution(),
        sup_resolution(),
        noc_resolution(),
        editorial_mod(),
    ])
