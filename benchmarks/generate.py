"""Large generated documents for the benchmarks: realistic shapes, deterministic from a seed.

large_document(proposals=1000, provisions=20000) gives resolutions with calls, lettered and
numbered items and sub-items; about a third of the items are modified (words replaced, inserted,
deleted), some added, some suppressed and renumbered, as in real MOD proposals.
"""

from __future__ import annotations

import random

from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import Document, FreeBlock, Metadata
from proposaleditor.domain.inline import Run
from proposaleditor.domain.labels import renumber_tree
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind

WORDS = [
    "telecommunications", "information", "communication", "technologies", "ICT", "Member",
    "States", "Union", "development", "countries", "resolution", "conference", "study",
    "groups", "Bureau", "Secretary-General", "cooperation", "security", "confidence",
    "climate", "change", "environment", "emissions", "energy", "efficiency", "regional",
    "international", "national", "activities", "resources", "programmes", "assistance",
    "capacity", "building", "mandate", "relevant", "organizations", "Sector",
    "implementation", "measures", "infrastructure", "networks", "standards",
    "recommendations", "report", "Council", "plenipotentiary", "radiocommunication", "the",
    "of", "and", "to", "in", "for", "on", "with", "within", "by", "as", "that", "which",
    "including", "particular",
]
CALLS = ["considering", "recognizing", "noting", "resolves", "instructs the Secretary-General",
         "invites Member States"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _modify(rng: random.Random, text: str) -> str:
    words = text.split()
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(words))
        action = rng.random()
        if action < 0.4:
            words[i] = rng.choice(WORDS)
        elif action < 0.7:
            words.insert(i, rng.choice(WORDS))
        elif len(words) > 3:
            del words[i]
    return " ".join(words)


def _item(rng: random.Random, kind: ProvisionKind, label: str) -> Provision:
    base = _sentence(rng, rng.randint(12, 40)) + ";"
    roll = rng.random()
    if roll < 0.30:
        draft = _modify(rng, base)
    elif roll < 0.34:
        return Provision(kind, None, (Run(base),), label=label)
    elif roll < 0.37:
        return Provision(kind, (Run(base),), None, base_label=label)
    else:
        draft = base
    base_runs = (Run(base),)
    return Provision(kind, base_runs, base_runs if draft == base else (Run(draft),),
                     label=label, base_label=label)


def proposal(rng: random.Random, number: int, provisions: int) -> Proposal:
    head = [
        Provision(ProvisionKind.NUMBER_LINE, (Run(f"RESOLUTION {number} (Guadalajara, 2010)"),),
                  (Run(f"RESOLUTION {number} (Rev. Busan, 2014)"),)),
        Provision(ProvisionKind.TITLE, (Run(_sentence(rng, 10)),), (Run(_sentence(rng, 10)),)),
        Provision(ProvisionKind.ENACTING_FORMULA,
                  (Run("The Plenipotentiary Conference of the International Telecommunication "
                       "Union (Guadalajara, 2010),"),),
                  (Run("The Plenipotentiary Conference of the International Telecommunication "
                       "Union (Busan, 2014),"),)),
    ]
    head[1].draft = head[1].base
    remaining = max(provisions - len(head), 2)
    calls = []
    while remaining > 0:
        call_word = CALLS[len(calls) % len(CALLS)]
        call = Provision(ProvisionKind.CALL, (Run(call_word, italic=True),),
                         (Run(call_word, italic=True),))
        remaining -= 1
        numbered = call_word.startswith(("resolves", "instructs", "invites"))
        count = min(remaining, rng.randint(3, 8))
        for i in range(1, count + 1):
            if numbered:
                item = _item(rng, ProvisionKind.NUMBERED_ITEM, str(i))
            else:
                item = _item(rng, ProvisionKind.LETTERED_ITEM, f"{chr(96 + i)})")
            call.children.append(item)
        remaining -= count
        calls.append(call)
    p = Proposal(Marker.MOD, Target(TargetKind.RESOLUTION, str(number)), head + calls,
                 reasons=(Run(_sentence(rng, 20) + "."),))
    renumber_tree(p.provisions)
    return p


def large_document(proposals: int = 1000, provisions: int = 20000, seed: int = 0) -> Document:
    rng = random.Random(seed)
    meta = Metadata(conference=conference("PP-14"), document_number="82", symbols=["INS"],
                    source="Indonesia (Republic of)")
    doc = Document(metadata=meta)
    doc.parts.append(FreeBlock(text=(Run(_sentence(rng, 60) + "."),)))
    per = provisions // proposals
    for n in range(proposals):
        doc.parts.append(proposal(rng, 100 + n, per))
    return doc


def large_resolution(provisions: int = 300, seed: int = 0) -> Proposal:
    return proposal(random.Random(seed), 130, provisions)
