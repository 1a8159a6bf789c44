"""Core benchmark: .itup load + save, and a full re-diff, each against a baseline in the same run.

    python3 benchmarks/bench_core.py [--proposals 1000 --provisions 20000 --repeat 3]

Targets (issue 2): load + save within 3x of json.loads + json.dumps of the same file; a full
re-diff of every provision within 2x of difflib.SequenceMatcher on the same token lists.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from difflib import SequenceMatcher

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from generate import large_document  # noqa: E402
from timing import best_of  # noqa: E402

from proposaleditor.domain.revisions import diff, token_keys  # noqa: E402
from proposaleditor.formats import native  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=1000)
    parser.add_argument("--provisions", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    document = large_document(args.proposals, args.provisions)
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "large.itup")
        native.save(document, path)
        size = os.path.getsize(path)
        with open(path, "rb") as fh:
            raw = fh.read()

        def ours():
            doc = native.loads(raw)
            native.dumps(doc)

        def baseline():
            json.dumps(json.loads(raw), ensure_ascii=False)

        t_ours = best_of(args.repeat, ours)
        t_base = best_of(args.repeat, baseline)
    print(f"file: {size / 1e6:.1f} MB, {args.proposals} proposals, {args.provisions} provisions")
    print(f"itup load+save      {t_ours * 1000:8.1f} ms")
    print(f"json loads+dumps    {t_base * 1000:8.1f} ms")
    print(f"ratio               {t_ours / t_base:8.2f}x   (target <= 3x)")

    provisions = [p for proposal in document.proposals for p in proposal.walk()]
    pairs = [(p.base, p.draft) for p in provisions]
    token_lists = [(token_keys(b or ()), token_keys(d or ()))
                   for b, d in pairs]

    def rediff():
        for b, d in pairs:
            diff(b, d)

    def matcher():
        for a, b in token_lists:
            SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

    t_diff = best_of(args.repeat, rediff)
    t_sm = best_of(args.repeat, matcher)
    print(f"re-diff all         {t_diff * 1000:8.1f} ms")
    print(f"SequenceMatcher     {t_sm * 1000:8.1f} ms")
    print(f"ratio               {t_diff / t_sm:8.2f}x   (target <= 2x)")

    # the same on changed provisions only: no shortcut for identical texts helps here
    changed = [i for i, (b, d) in enumerate(pairs) if b is not None and d is not None and b != d]
    changed_pairs = [pairs[i] for i in changed]
    changed_tokens = [token_lists[i] for i in changed]
    t_diff_c = best_of(args.repeat, lambda: [diff(b, d) for b, d in changed_pairs])
    t_sm_c = best_of(args.repeat, lambda: [
        SequenceMatcher(None, a, b, autojunk=False).get_opcodes() for a, b in changed_tokens])
    print(f"changed only ({len(changed)} provisions): re-diff {t_diff_c * 1000:.1f} ms, "
          f"SequenceMatcher {t_sm_c * 1000:.1f} ms, ratio {t_diff_c / t_sm_c:.2f}x")


if __name__ == "__main__":
    main()
