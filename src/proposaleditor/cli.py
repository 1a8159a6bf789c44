"""proposaleditor-cli: batch work on the same core as the editor. Never imports Qt.

Exit status: 0 success, 1 problems found (validation), 2 bad input or usage. Errors are one line
on stderr, never a traceback for a user's mistake.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from . import __version__
from .domain import numbering, wording
from .domain.conferences import conference
from .domain.document import Document, Metadata
from .formats import native
from .formats.errors import FormatError
from .formats.registry import read_document
from .storage.atomic import WriteError

EXIT_OK, EXIT_PROBLEMS, EXIT_BAD_INPUT = 0, 1, 2


class UsageError(Exception):
    """A user's mistake on the command line: reported in one line, exit 2."""


# -- commands ---------------------------------------------------------------------------------
def cmd_new(args) -> int:
    symbols = [s.strip().upper() for s in args.symbol.split("/") if s.strip()]
    meta = Metadata(conference=conference(args.conference), document_number=args.doc,
                    addendum=args.addendum, language=args.language.upper(), symbols=symbols)
    if args.source:
        meta.source = args.source
    document = Document(metadata=meta)
    document.numbering.bracketed = args.bracketed
    _save(document, args.output)
    print(f"created {args.output}")
    return EXIT_OK


def cmd_import(args) -> int:
    document = read_received(args.file, args)
    for note in document.import_notes:  # what the reader could not classify or left alone
        print(f"proposaleditor-cli: warning: {args.file}: {note}", file=sys.stderr)
    _save(document, args.output)
    proposals = document.proposals
    print(f"imported {args.file}: {len(proposals)} proposal(s) -> {args.output}")
    return EXIT_OK


def document_summary(document: Document) -> dict:
    meta = document.metadata
    numbers = numbering.numbers(document)
    proposals = []
    for proposal in document.iter_proposals():
        ins, dels = proposal.change_counts()
        proposals.append({
            "number": numbers[proposal.id],
            "marker": proposal.marker.value,
            "target": str(proposal.target),
            "provisions": sum(1 for _ in proposal.walk()),
            "insertions": ins,
            "deletions": dels,
            "reasons": proposal.has_reasons,
        })
    return {
        "document": {
            "conference": meta.conference.short,
            "number": meta.document_number,
            "addendum": meta.addendum,
            "language": meta.language,
            "date": meta.date.isoformat() if meta.date else None,
            "source": meta.source,
            "title": meta.title,
        },
        "proposals": proposals,
    }


def cmd_info(args) -> int:
    document = read_received(args.file, args)
    summary = document_summary(document)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
        return EXIT_OK
    for note in document.import_notes:  # a received file: what was kept unclassified
        print(f"proposaleditor-cli: warning: {args.file}: {note}", file=sys.stderr)
    d = summary["document"]
    meta = document.metadata
    # the document line as the cover prints it (revision of the base document included)
    number = wording.document_line(meta, wording.wording(meta.language))
    if not meta.document_number:
        number += " (number unassigned)"
    print(f"Conference: {d['conference'] or '-'}")
    print(f"Document:   {number}   {d['date'] or 'no date'}")
    print(f"Source:     {d['source'] or '-'}")
    print(f"Title:      {d['title'] or '-'}")
    print(f"Proposals:  {len(summary['proposals'])}")
    for p in summary["proposals"]:
        reasons = "reasons" if p["reasons"] else "NO REASONS"
        print(f"  {p['marker']:<6} {p['number']:<16} {p['target']:<22} "
              f"{p['provisions']:>4} provisions  +{p['insertions']} -{p['deletions']}  {reasons}")
    return EXIT_OK


def cmd_renumber(args) -> int:
    document = read_received(args.file, args)
    if args.doc is not None or args.addendum is not None:
        numbering.set_document_number(
            document, args.doc if args.doc is not None else document.metadata.document_number,
            args.addendum if args.addendum is not None else document.metadata.addendum)
    else:
        numbering.resequence(document)
    target = args.output or args.file
    if Path(target).suffix.lower() != native.EXTENSION:
        ext = native.EXTENSION
        raise UsageError(f"renumber saves a {ext} file; give -o FILE{ext}")
    _save(document, target)
    for number in numbering.numbers(document).values():
        print(number)
    return EXIT_OK


# -- plumbing ---------------------------------------------------------------------------------
TRACKED_ONLY_HELP = ("read only tracked changes as revision marks; underline and strike-through "
                     "in received DOCX/ODT stay plain formatting")


def add_tracked_only(parser: argparse.ArgumentParser) -> None:
    """--tracked-only, for every command that reads a received file."""
    parser.add_argument("--tracked-only", action="store_true", help=TRACKED_ONLY_HELP)


def read_received(path: str, args) -> Document:
    """read_document with the reading options of the command line."""
    return read_document(path, static_marks=not getattr(args, "tracked_only", False))


def _save(document: Document, path: str) -> None:
    if Path(path).suffix.lower() != native.EXTENSION:
        raise UsageError(f"{path}: the output must be a {native.EXTENSION} file")
    native.save(document, path)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="proposaleditor-cli",
        description="Draft, check, export and compare proposals to ITU conferences.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("new", help="create an empty proposal document")
    p.add_argument("--conference", required=True, help="short form, e.g. PP-14 or WRC-19")
    p.add_argument("--symbol", required=True, help="submitter symbol(s), e.g. INS or B/CAN/CLM")
    p.add_argument("--doc", help="document number, once the secretariat has assigned it")
    p.add_argument("--addendum", type=int)
    p.add_argument("--language", default="E", choices=list("EFSACR") + list("efsacr"))
    p.add_argument("--source", help="submitter as printed on the cover")
    p.add_argument("--bracketed", action="store_true", help="provisional [SYM/XX/1] numbers")
    p.add_argument("-o", "--output", required=True)
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("import", help="read a received or plain-text proposal into a .itup file")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True)
    add_tracked_only(p)
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("info", help="show metadata and one line per proposal")
    p.add_argument("file")
    p.add_argument("--json", action="store_true")
    add_tracked_only(p)
    p.set_defaults(func=cmd_info)

    p = sub.add_parser("renumber", help="resequence proposal numbers, set the document number")
    p.add_argument("file")
    p.add_argument("--doc", help="document number assigned by the secretariat")
    p.add_argument("--addendum", type=int)
    p.add_argument("-o", "--output", help="save elsewhere (default: in place)")
    add_tracked_only(p)
    p.set_defaults(func=cmd_renumber)

    for register in _EXTENSIONS:
        register(sub)
    return parser


# Subcommands that live in their own modules register here (export, validate, compare).
_EXTENSIONS: list = []


def _load_extensions() -> None:
    import importlib

    for name in ("cli_export", "cli_compare"):
        try:
            module = importlib.import_module(f"proposaleditor.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"proposaleditor.{name}":
                raise
            continue
        _EXTENSIONS.append(module.register)


def main(argv: list[str] | None = None) -> int:
    if not _EXTENSIONS:
        _load_extensions()
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except (FormatError, UsageError, WriteError, ValueError) as exc:
        print(f"proposaleditor-cli: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        print("proposaleditor-cli: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
