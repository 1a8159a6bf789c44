"""Import benchmark: reading received DOCX (and ODT) files, against baselines in the same run.

    python3 benchmarks/bench_import.py [--repeat 3] [--no-pandoc]

Files: the 1,000-proposal document of generate.py exported by our DOCX writer (tracked changes),
and a 5,000-paragraph document written as raw WordprocessingML with tracked changes in every
tenth paragraph (as another tool would write it). Baselines: the bare lxml parse of the same
word/document.xml (unzip + parse, nothing else), and pandoc -f docx -t json --track-changes=all on
the same file. Targets (issue 4): within 5x of the lxml parse, at least 10x faster than pandoc.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from generate import WORDS, large_document  # noqa: E402
from lxml import etree  # noqa: E402
from timing import best_of, interleaved  # noqa: E402

from proposaleditor.domain.document import Document, FreeBlock  # noqa: E402
from proposaleditor.domain.inline import Footnote, Run  # noqa: E402
from proposaleditor.domain.proposals import Proposal  # noqa: E402
from proposaleditor.domain.provisions import Provision  # noqa: E402
from proposaleditor.domain.revisions import Segment  # noqa: E402
from proposaleditor.formats import docx_reader, docx_writer, odt_reader, odt_writer  # noqa: E402
from proposaleditor.formats.received import no_gc  # noqa: E402

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def bare_parse(path: str, part: str) -> None:
    with zipfile.ZipFile(path) as zf:
        etree.fromstring(zf.read(part))


def bare_walk(path: str, part: str) -> None:
    """The floor of any reader built on lxml in Python: parse, then visit every element once
    and read its tag and text (no formatting, no model)."""
    with zipfile.ZipFile(path) as zf:
        root = etree.fromstring(zf.read(part))
    for el in root.iter():
        el.tag, el.text  # noqa: B018 (the access is what is measured)


def model_floor(path: str, part: str, document: Document) -> None:
    """The floor of any reader in Python that gives this model: the parse and the bare walk,
    then the same Document's objects (parts, provisions, segments, runs, notes) built again from
    ready strings, with no decision taken (no formatting, no revision context, no recognizer).
    An unchanged provision's base and draft are one tuple of runs, built once, as the reader
    does."""
    bare_walk(path, part)
    with no_gc():
        Document(parts=[_rebuilt(part) for part in document.parts])


def _rebuilt(part):
    if isinstance(part, FreeBlock):
        return FreeBlock(part.kind, _runs(part.text), part.label)
    return Proposal(part.marker, part.target, [_provision(q) for q in part.provisions],
                    _runs(part.reasons), received_number=part.received_number)


def _provision(q: Provision) -> Provision:
    base = _runs(q.base)
    draft = base if q.draft is q.base else _runs(q.draft)
    return Provision(q.kind, base, draft, q.label, q.base_label,
                     [_provision(c) for c in q.children], received_marks=_marks(q.received_marks),
                     received_label_marks=_marks(q.received_label_marks))


def _runs(runs):
    if runs is None:
        return None
    return tuple([Run(r.text, r.italic, r.bold, r.superscript,
                      r.footnote and Footnote(_runs(r.footnote.runs))) for r in runs])


def _marks(marks):
    if marks is None:
        return None
    return tuple([Segment(s.op, _runs((s.run,))[0], s.author, s.date) for s in marks])


def tracked_5000(path: str, paragraphs: int = 5000) -> None:
    """Proposals of 100 paragraphs each; every tenth paragraph carries a w:del and a w:ins."""
    import random

    rng = random.Random(5)

    def words(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    def run(text: str, rpr: str = "") -> str:
        parts = text.split("\t")
        inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{p}</w:t>' for p in parts)
        return f"<w:r>{rpr}{inner}</w:r>"

    def para(content: str, style: str | None = None) -> str:
        ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{ppr}{content}</w:p>"

    body = []
    n = 0
    rev = 0
    while n < paragraphs:
        number = 100 + n // 100
        head = [("Proposal", f"MOD\tINS/82/{n // 100 + 1}"),
                ("ResNo", f"RESOLUTION {number} (Rev. Busan, 2014)"),
                ("Restitle", words(8)),
                ("Normalaftertitle", "The Plenipotentiary Conference of the International "
                                     "Telecommunication Union (Busan, 2014),"),
                ("Call", "resolves")]
        for style, text in head:
            body.append(para(run(text), style))
        n += len(head)
        for i in range(1, 95):
            text = f"{i}\t{words(rng.randint(15, 40))}"
            n += 1
            if n % 10 == 0:
                rev += 2
                cut = text.rfind(" ")
                changed = (run(text[:cut + 1])
                           + f'<w:del w:id="{rev}" w:author="ADM" w:date="2026-01-01T00:00:00Z">'
                             f'<w:r><w:delText>{text[cut + 1:]}</w:delText></w:r></w:del>'
                           + f'<w:ins w:id="{rev + 1}" w:author="ADM" '
                             f'w:date="2026-01-01T00:00:00Z">{run(words(3))}</w:ins>'
                           + run(";"))
                body.append(para(changed))
            else:
                body.append(para(run(text + ";")))
        body.append(para(run("Reasons:", "<w:rPr><w:b/></w:rPr>") + run("\t" + words(12)),
                         "Reasons"))
        n += 1
    document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w:document xmlns:w="{W}"><w:body>{"".join(body)}<w:sectPr/></w:body>'
                "</w:document>")
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", (
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.'
            'openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
            '"application/xml"/><Override PartName="/word/document.xml" ContentType="application'
            '/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'))
        zf.writestr("_rels/.rels", (
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
            f'package/2006/relationships"><Relationship Id="rId1" Type="{rel}" '
            'Target="word/document.xml"/></Relationships>'))
        zf.writestr("word/document.xml", document)


def pandoc_time(path: str, repeat: int) -> float | None:
    if shutil.which("pandoc") is None:
        return None
    return best_of(repeat, lambda: subprocess.run(
        ["pandoc", "-f", "docx", "-t", "json", "--track-changes=all", path, "-o", os.devnull],
        check=True))


def report(name: str, path: str, repeat: int, use_pandoc: bool, reader=docx_reader,
           part: str = "word/document.xml") -> None:
    size = os.path.getsize(path)
    with zipfile.ZipFile(path) as zf:
        xml = zf.getinfo(part).file_size
    document = reader.read(path)
    best = interleaved(repeat, lxml=lambda: bare_parse(path, part),
                       walk=lambda: bare_walk(path, part),
                       floor=lambda: model_floor(path, part, document),
                       file=lambda: reader.read_paragraphs(path), full=lambda: reader.read(path))
    lxml_s, file_s, ours_s = best["lxml"], best["file"], best["full"]
    walk_s = best["walk"]
    print(f"{name}: {size / 1e6:.1f} MB zipped, {part} {xml / 1e6:.1f} MB, "
          f"{len(document.proposals)} proposals")
    print(f"  bare lxml parse        {lxml_s * 1000:8.0f} ms")
    print(f"  lxml parse + bare walk {walk_s * 1000:8.0f} ms   ({walk_s / lxml_s:.1f}x lxml: "
          "every element's tag and text read once, nothing built)")
    floor_s = best["floor"]
    print(f"  walk + model objects   {floor_s * 1000:8.0f} ms   ({floor_s / lxml_s:.1f}x lxml: "
          "the floor of a reader in Python giving this model; no decision taken)")
    print(f"  ours, file level       {file_s * 1000:8.0f} ms   ({file_s / lxml_s:.1f}x lxml)")
    print(f"  ours, full import      {ours_s * 1000:8.0f} ms   ({ours_s / lxml_s:.1f}x lxml; "
          f"target <= 5x: {'met' if ours_s <= 5 * lxml_s else 'NOT met'})")
    paragraphs = sum(1 for _ in reader.read_paragraphs(path)[0])
    print(f"    recognizer (full - file) {(ours_s - file_s) * 1000:6.0f} ms   "
          f"({(ours_s - file_s) / paragraphs * 1e6:.0f} us per paragraph, {paragraphs} paragraphs)")
    if use_pandoc and reader is docx_reader:
        pandoc_s = pandoc_time(path, max(1, min(repeat, 2)))
        if pandoc_s is None:
            print("  pandoc                 (not installed)")
        else:
            print(f"  pandoc --track-changes {pandoc_s * 1000:8.0f} ms   (ours is "
                  f"{pandoc_s / ours_s:.1f}x faster; target >= 10x: "
                  f"{'met' if pandoc_s >= 10 * ours_s else 'NOT met'})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-pandoc", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        large = os.path.join(folder, "large.docx")
        document = large_document()
        docx_writer.write(document, large)
        report("1,000-proposal document (our DOCX writer)", large, args.repeat,
               not args.no_pandoc)
        tracked = os.path.join(folder, "tracked5000.docx")
        tracked_5000(tracked)
        report("5,000 paragraphs, tracked changes every tenth (raw XML)", tracked, args.repeat,
               not args.no_pandoc)
        large_odt = os.path.join(folder, "large.odt")
        odt_writer.write(document, large_odt)
        report("1,000-proposal document (our ODT writer)", large_odt, args.repeat, False,
               reader=odt_reader, part="content.xml")


if __name__ == "__main__":
    main()
