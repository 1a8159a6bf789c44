"""proposaleditor-cli compare: proposals on the same instrument side by side.

    proposaleditor-cli compare A.docx B.odt C.itup --target "Resolution 130" -o table.docx
    proposaleditor-cli compare A.docx B.docx --json

Every proposal on the target in the files becomes a column (named by its proposal number);
``--base`` adds the text in force first. The table is written as .docx or .odt; ``--json`` prints
the rows with each source's status for scripting.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .cli import add_tracked_only, read_received
from .domain.compare import (
    Agreement,
    available_targets,
    compare_documents,
    find_sources,
    resolve_target,
)
from .formats import synoptic


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "compare", help="compare proposals on the same resolution or provision side by side",
        description="Align every proposal on one instrument found in the files into rows and "
                    "write a synoptic table (.docx or .odt) and/or print the rows as JSON.")
    p.add_argument("files", nargs="+", metavar="FILE", help="received documents or drafts")
    p.add_argument("--target", help='the instrument, e.g. "Resolution 130" (default: the one '
                                    "every file has, if there is exactly one)")
    p.add_argument("-o", "--output", help="synoptic table to write: .docx or .odt")
    p.add_argument("--json", action="store_true", help="print the rows as JSON on stdout")
    p.add_argument("--base", action="store_true", help="add the text in force as first column")
    add_tracked_only(p)
    p.set_defaults(func=cmd_compare)


def cmd_compare(args) -> int:
    from .cli import EXIT_OK, UsageError

    if not args.output and not args.json:
        raise UsageError("nothing to do: give -o TABLE.docx|TABLE.odt and/or --json")
    if args.output and Path(args.output).suffix.lower() not in synoptic.WRITERS:
        raise UsageError(f"{args.output}: the table is written as .docx or .odt")
    documents = [read_received(path, args) for path in args.files]
    key = _target(args.target, documents)
    label = available_targets(documents)[key]
    for path, document in zip(args.files, documents):
        if not find_sources([document], key):
            print(f"proposaleditor-cli: note: {path} has no proposal on {label}", file=sys.stderr)
    comparison = compare_documents(documents, key, base=args.base, paths=list(args.files))
    if len(comparison.sources) < 2:
        raise UsageError(f"only one proposal on {label} in the files: nothing to compare "
                         "(add a file, or --base to compare with the text in force)")
    if args.output:
        synoptic.write(comparison, args.output)
    for message in comparison.messages:
        print(f"proposaleditor-cli: note: {message}", file=sys.stderr)
    if args.json:
        print(json.dumps(comparison.to_json(), ensure_ascii=False, indent=2))
    else:
        differ = sum(r.agreement is Agreement.DIFFER for r in comparison.rows)
        conflict = sum(r.agreement is Agreement.CONFLICT for r in comparison.rows)
        names = ", ".join(s.name for s in comparison.sources)
        print(f"compared {names} on {label}: {len(comparison.rows)} rows, {differ} differ, "
              f"{conflict} conflict -> {args.output}")
    return EXIT_OK


def _target(text: str | None, documents) -> tuple[str, str]:
    from .cli import UsageError

    targets = available_targets(documents)
    listing = ", ".join(sorted(targets.values())) or "none"
    if text:
        key = resolve_target(text, documents)
        if key is None:
            raise UsageError(f"no proposal on {text!r} in the files (they have: {listing})")
        return key
    common = None
    for document in documents:
        keys = {p.target.key() for p in document.iter_proposals()}
        common = keys if common is None else common & keys
    if common and len(common) == 1:
        return next(iter(common))
    raise UsageError(f"say which instrument with --target (the files have: {listing})")
