"""proposaleditor-cli subcommands for submission: validate (and export). Never imports Qt."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from . import settings as user_settings
from .cli import add_tracked_only, read_received
from .domain.validation import Finding, check, has_errors
from .formats.errors import UnsupportedFormat
from .formats.registry import write_document

EXIT_OK, EXIT_PROBLEMS = 0, 1


def format_finding(f: Finding) -> str:
    """error INS/82/1 [numbered item 5] message — hint"""
    parts = [f.severity.value, f.proposal_number or "document"]
    if f.provision:
        parts.append(f"[{f.provision}]")
    line = " ".join(parts) + " " + f.message
    return f"{line} — {f.hint}" if f.hint else line


def cmd_validate(args) -> int:
    document = read_received(args.file, args)
    findings = check(document)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(format_finding(f))
        if not findings:
            print(f"{args.file}: ready to submit (no findings)")
    return EXIT_PROBLEMS if has_errors(findings) else EXIT_OK


EXPORT_FORMATS = (".docx", ".odt")
DOCX_TEMPLATES = (".docx", ".dotx")


def cmd_export(args) -> int:
    """Readiness checks first (findings on stderr), then the DOCX or ODT the extension names."""
    out = Path(args.output)
    ext = out.suffix.lower()
    if ext not in EXPORT_FORMATS:
        raise UnsupportedFormat(out, "export writes .docx or .odt")
    prefs = user_settings.load()
    template = args.template or prefs.template or None
    if args.template and ext != ".docx":
        raise UnsupportedFormat(args.template, "--template applies to .docx exports")
    document = read_received(args.file, args)
    findings = check(document)
    for f in findings:
        print(format_finding(f), file=sys.stderr)
    if args.strict and has_errors(findings):
        errors = sum(1 for f in findings if f.severity.value == "error")
        print(f"proposaleditor-cli: export refused: {errors} error finding(s) (--strict)",
              file=sys.stderr)
        return EXIT_PROBLEMS
    options = {
        "marks": args.marks or prefs.mark_style or "tracked",
        "language": args.language.upper() if args.language else None,
        "author": args.author or prefs.author or prefs.administration or None,
    }
    if ext == ".docx" and template and Path(template).suffix.lower() in DOCX_TEMPLATES:
        options["template"] = template
    if args.logo:
        options["logo"] = args.logo
    write_document(document, out, **options)
    print(f"exported {args.file} -> {out} ({len(findings)} finding(s))")
    return EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("export", help="write a submission-ready .docx or .odt (format from -o)")
    p.add_argument("file")
    p.add_argument("-o", "--output", required=True, help="OUT.docx or OUT.odt")
    p.add_argument("--marks", choices=("tracked", "static"),
                   help="MOD changes as tracked changes (default) or underline/strike-through")
    p.add_argument("--language", choices=list("EFSefs"),
                   help="language of the fixed words (default: the document's)")
    p.add_argument("--author", help="author of the tracked changes (default: from the settings)")
    p.add_argument("--template", help="a .docx/.dotx template whose styles to use (DOCX only)")
    p.add_argument("--logo", help="an image (PNG, JPEG ...) placed above the conference name")
    p.add_argument("--strict", action="store_true", help="refuse to export on error findings")
    add_tracked_only(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("validate", help="run the readiness checks; exit 1 on error findings")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    add_tracked_only(p)
    p.set_defaults(func=cmd_validate)
