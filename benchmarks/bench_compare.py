"""Comparison benchmark: align 6 proposals on a 300-provision resolution, against difflib.

    python3 benchmarks/bench_compare.py [--sources 6 --provisions 300 --repeat 5]

Baseline, measured in the same run: difflib.SequenceMatcher comparing the sources' concatenated
texts (as word lists) pairwise, every pair, opcodes included: what a naive whole-text
comparison of the same sources costs. The alignment (rows, marks, agreement, conflicts) should
stay within 3x of it.
"""

from __future__ import annotations

import argparse
import random
import re
from difflib import SequenceMatcher
from importlib import resources
from itertools import combinations

from timing import best_of

from proposaleditor.domain.compare import Source, compare
from proposaleditor.domain.inline import plain_text, runs
from proposaleditor.domain.labels import renumber_tree
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind

K = ProvisionKind
# Item texts are runs of consecutive words of the bundled PP-14 document: real vocabulary and
# phrasing, so neither side gains from an artificially small or random word list.
EXAMPLE = resources.files("proposaleditor.resources") / "examples" / "pp14-doc82-indonesia.txt"
WORDS = re.findall(r"[^\s~*]+", EXAMPLE.read_text("utf-8"))
CALLS = ["recalling", "considering", "recognizing", "aware", "noting", "resolves",
         "instructs the Secretary-General", "instructs the Director of the Bureau",
         "invites Member States", "encourages"]


def sentence(rng: random.Random, n: int) -> str:
    start = rng.randrange(len(WORDS) - n)
    return "to " + " ".join(WORDS[start:start + n]) + ";"


def base_text(provisions: int, seed: int = 1) -> list[tuple[str, list[str]]]:
    """Calls with their item texts, ``provisions`` provisions in all (calls included)."""
    rng = random.Random(seed)
    per_call = provisions // len(CALLS) - 1
    return [(call, [sentence(rng, rng.randint(15, 60)) for _ in range(per_call)])
            for call in CALLS]


def proposal(text, seed: int) -> Proposal:
    """A MOD: a few items reworded, one inserted mid-call (later items renumber), one deleted."""
    rng = random.Random(seed)
    provisions = [Provision(K.NUMBER_LINE, base=runs("RESOLUTION 999 (REV. BUSAN, 2014)"),
                            draft=runs("RESOLUTION 999 (REV. DUBAI, 2018)"))]
    for call, items in text:
        children = []
        for n, item in enumerate(items, 1):
            base = runs(item)
            draft = base
            if rng.random() < 0.1:
                words = item.split()
                words[rng.randrange(len(words))] = rng.choice(WORDS)
                draft = runs(" ".join(words))
            children.append(Provision(K.NUMBERED_ITEM, base=base, draft=draft, label=str(n),
                                      base_label=str(n)))
        if rng.random() < 0.3:
            children.insert(len(children) // 2, Provision(
                K.NUMBERED_ITEM, draft=runs(sentence(rng, 30))))
        if rng.random() < 0.2:
            children[-1].draft = None
        provisions.append(Provision(K.CALL, base=runs(call), draft=runs(call),
                                    children=children))
    p = Proposal(Marker.MOD, Target(TargetKind.RESOLUTION, "999"), provisions=provisions)
    renumber_tree(p.provisions)
    return p



def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=6)
    parser.add_argument("--provisions", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    text = base_text(args.provisions)
    proposals = [proposal(text, seed) for seed in range(args.sources)]
    sources = [Source(f"ADM{i}/1/1", p) for i, p in enumerate(proposals)]
    n_prov = sum(1 for _ in proposals[0].walk())

    def fresh_sources():
        # marks are derived on demand and not cached; a fresh list keeps runs independent
        return [Source(s.name, s.proposal) for s in sources]

    def align():
        return compare(fresh_sources())

    word = re.compile(r"\S+")
    concatenated = [word.findall(" ".join(plain_text(p.draft) for p in prop.walk()
                                          if p.draft is not None)) for prop in proposals]

    def baseline():
        for a, b in combinations(concatenated, 2):
            SequenceMatcher(None, a, b).get_opcodes()

    comparison = align()
    t_align = best_of(args.repeat, align)
    t_base = best_of(args.repeat, baseline)
    differ = sum(r.differs for r in comparison.rows)
    print(f"sources: {args.sources}, provisions per source: {n_prov}, "
          f"rows: {len(comparison.rows)} ({differ} differ)")
    print(f"alignment (rows, marks, agreement):     {t_align * 1000:8.1f} ms")
    print(f"difflib pairwise on concatenated texts: {t_base * 1000:8.1f} ms "
          f"({len(list(combinations(range(args.sources), 2)))} pairs)")
    print(f"ratio: {t_align / t_base:.2f}x (target: within 3x)")


if __name__ == "__main__":
    main()
