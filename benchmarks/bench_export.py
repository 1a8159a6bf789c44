"""Export benchmark: the 1,000-proposal document to DOCX and ODT, against pandoc in the same run.

    python3 benchmarks/bench_export.py [--proposals 1000 --provisions 20000 --repeat 3]

Baseline: pandoc converting a Markdown rendering of the same content (same paragraphs, labels,
marks as ~~strike~~ / [underline]{.underline}, footnotes) to DOCX. Target (issue 3): our DOCX
export, tracked changes and all, at most half pandoc's time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from generate import large_document  # noqa: E402
from timing import best_of  # noqa: E402

from proposaleditor.domain.revisions import Op  # noqa: E402
from proposaleditor.formats import docx_writer  # noqa: E402
from proposaleditor.formats.layout import layout  # noqa: E402


def _md_escape(text: str) -> str:
    for ch in "\\*_[]~^`#<>":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_segments(segments) -> str:
    out = []
    for s in segments:
        text = _md_escape(s.text)
        if s.run.footnote is not None:
            text = f"^[{_md_escape(s.run.footnote.text)}]"
        elif not text.strip():
            out.append(text)
            continue
        if s.run.italic:
            text = f"*{text}*"
        if s.run.bold:
            text = f"**{text}**"
        if s.op is Op.INSERT:
            text = f"[{text}]{{.underline}}"
        elif s.op is Op.DELETE:
            text = f"~~{text}~~"
        out.append(text)
    return "".join(out)


def markdown(document) -> str:
    """The same paragraphs as our export, as pandoc Markdown (one paragraph per block)."""
    blocks = []
    for para in layout(document):
        text = _md_segments(para.text)
        if para.label:
            text = f"{_md_segments(para.label)}\u00a0{text}"
        if para.style == "Proposal":
            text = f"**{text}**"
        blocks.append(text or "\u00a0")
    return "\n\n".join(blocks) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--proposals", type=int, default=1000)
    parser.add_argument("--provisions", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not shutil.which("pandoc"):
        sys.exit("pandoc is needed for the baseline")

    document = large_document(args.proposals, args.provisions)
    try:
        from proposaleditor.formats import odt_writer
    except ImportError:
        odt_writer = None
    with tempfile.TemporaryDirectory() as tmp:
        md_path = os.path.join(tmp, "large.md")
        with open(md_path, "w", encoding="utf-8") as fh:
            fh.write(markdown(document))
        docx_path = os.path.join(tmp, "ours.docx")
        odt_path = os.path.join(tmp, "ours.odt")
        pandoc_path = os.path.join(tmp, "pandoc.docx")

        t_docx = best_of(args.repeat, lambda: docx_writer.write(document, docx_path))
        t_odt = (best_of(args.repeat, lambda: odt_writer.write(document, odt_path))
                 if odt_writer else None)
        t_pandoc = best_of(args.repeat, lambda: subprocess.run(
            ["pandoc", "-f", "markdown", "-t", "docx", "-o", pandoc_path, md_path], check=True))
        sizes = {name: os.path.getsize(p) / 1e6 for name, p in
                 (("docx", docx_path), ("pandoc", pandoc_path), ("md", md_path))}

    print(f"document: {args.proposals} proposals, {args.provisions} provisions; "
          f"Markdown {sizes['md']:.1f} MB")
    print(f"DOCX export (ours):    {t_docx:7.2f} s  ({sizes['docx']:.1f} MB)")
    if t_odt is not None:
        print(f"ODT export (ours):     {t_odt:7.2f} s")
    print(f"pandoc Markdown->DOCX: {t_pandoc:7.2f} s  ({sizes['pandoc']:.1f} MB)")
    ratio = t_docx / t_pandoc
    print(f"DOCX / pandoc = {ratio:.2f}  (target <= 0.50: {'met' if ratio <= 0.5 else 'MISSED'})")
    if t_odt is not None:
        print(f"ODT / pandoc  = {t_odt / t_pandoc:.2f}")


if __name__ == "__main__":
    main()
