"""proposaleditor-cli subcommands for submission: validate (and export). Never imports Qt."""

from __future__ import annotations

import json

from .domain.validation import Finding, check, has_errors
from .formats.registry import read_document

EXIT_OK, EXIT_PROBLEMS = 0, 1


def format_finding(f: Finding) -> str:
    """error INS/82/1 [numbered item 5] message — hint"""
    parts = [f.severity.value, f.proposal_number or "document"]
    if f.provision:
        parts.append(f"[{f.provision}]")
    line = " ".join(parts) + " " + f.message
    return f"{line} — {f.hint}" if f.hint else line


def cmd_validate(args) -> int:
    document = read_document(args.file)
    findings = check(document)
    if args.json:
        print(json.dumps([f.to_dict() for f in findings], ensure_ascii=False, indent=2))
    else:
        for f in findings:
            print(format_finding(f))
        if not findings:
            print(f"{args.file}: ready to submit (no findings)")
    return EXIT_PROBLEMS if has_errors(findings) else EXIT_OK


def register(sub) -> None:
    p = sub.add_parser("validate", help="run the readiness checks; exit 1 on error findings")
    p.add_argument("file")
    p.add_argument("--json", action="store_true", help="print the findings as a JSON list")
    p.set_defaults(func=cmd_validate)
