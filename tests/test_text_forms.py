"""Proposals in text form as people really get them: copied from ITU's PDFs (running headers,
page numbers and form feeds between paragraphs, lines wrapped at ~90 columns with hyphenated
words, tabs turned into runs of spaces, footnote numbers at line ends with the note at the page
foot), saved from Word as plain text (tabs kept, one line per paragraph, footnotes gathered after
a rule at the end), with Windows line endings, a BOM, in cp1252, with NBSP and soft hyphens,
and in French.

Each form is derived from one clean document (WORD_TEXT, as Word's "Save as plain text" writes
it) and must read to the same proposals, provisions, item texts and reasons as that document.
"""

from __future__ import annotations

import textwrap

from corpus.shapes import reasons, summary

from proposaleditor.domain.proposals import Marker, TargetKind
from proposaleditor.domain.provisions import ProvisionKind as K
from proposaleditor.domain.revisions import marks_text
from proposaleditor.formats.text_reader import read, read_text

COVER = """Plenipotentiary Conference (PP-14)
Busan, 20 October – 7 November 2014

PLENARY MEETING
Document 82-E
7 October 2014
Original: English

Indonesia (Republic of)

PROPOSALS FOR THE WORK OF THE CONFERENCE
"""

BODY = """
MOD\tINS/82/1

RESOLUTION 182 (~~GUADALAJARA, 2010~~ REV. BUSAN, 2014)

The role of telecommunications/information and communication technologies in regard to \
climate change and the protection of the environment

The Plenipotentiary Conference of the International Telecommunication Union \
(~~Guadalajara, 2010~~ Busan, 2014),

considering

a)\tthat telecommunications/ICTs play an important role in protecting the environment and in \
promoting innovative and sustainable development activities at low risk to the environment;

b)\tthat remote-sensing applications on board satellites are important tools for climate \
monitoring, environmental observation and disaster prediction,

resolves

1\tto continue and further develop ITU activities on telecommunications/ICTs and climate change \
in order to contribute to the wider global efforts being made by the United Nations;

2\tto encourage energy efficiency of telecommunications/ICTs in order to reduce the \
~~greenhouse gas~~ GHG emissions produced by the telecommunication/ICT sector,

instructs the Directors of the three Bureaux

1\tto support the following activities, each within the scope of his responsibilities:

–\tto improve the energy efficiency of ICT equipment;

–\tto promote the recycling and reuse of telecommunication/ICT equipment throughout its \
lifecycle.

Reasons:\tTo strengthen the assistance of ITU to developing countries in tackling climate \
change.

SUP\tINS/82/2

RESOLUTION 163 (GUADALAJARA, 2010)

Establishment of a Council working group on a stable ITU Constitution

Reasons:\tNo fundamental change should be introduced in the present Constitution and \
Convention.
"""

WORD_TEXT = COVER + BODY


def signature(document):
    """Everything a reader of the proposals sees: heads, each provision (kind, label, text with
    its deletions) and the reasons."""
    return (summary(document),
            [[(q.kind, q.label, marks_text(q.marks)) for q in proposal.walk()]
             for proposal in document.proposals],
            [reasons(proposal) for proposal in document.proposals])


def all_text(document) -> str:
    return " ".join(marks_text(q.marks) for proposal in document.proposals
                    for q in proposal.walk()) + " " + " ".join(
        reasons(proposal) for proposal in document.proposals)


def free_blocks(document) -> list:
    return [part for part in document.parts if not hasattr(part, "marker")]


EXPECTED = read_text(WORD_TEXT, name="word")


def pdf_form(text: str, width: int = 90, blank_lines: bool = True,
             capital_starts: bool = False) -> list[str]:
    """The lines of a PDF copy: tabs turned into runs of spaces, each paragraph wrapped. Unless
    `capital_starts`, a line that would start with a capital ('Nations;') takes the last word of
    the line above with it, so the other tests do not trip over the reader's rule for those."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        if not paragraph.strip():
            if blank_lines:
                lines.append("")
            continue
        wrapped = textwrap.wrap(paragraph.replace("\t", "    "), width,
                                replace_whitespace=False, break_on_hyphens=False)
        for i in range(1, len(wrapped)):
            while not capital_starts and wrapped[i][:1].isupper() and " " in wrapped[i - 1]:
                head, _, word = wrapped[i - 1].rpartition(" ")
                wrapped[i - 1], wrapped[i] = head, word + " " + wrapped[i]
        lines.extend(wrapped)
    return lines


def with_pages(lines: list[str], every: int, header: str = "PP14/82-E") -> str:
    """Page ends after every `every` lines: a form feed, the page number, the reference."""
    out: list[str] = []
    page = 1
    for i, line in enumerate(lines):
        if i and i % every == 0:
            page += 1
            out.extend([f"\f- {page} -", header, ""])
        out.append(line)
    return "\n".join(out) + "\n"


# -- the clean form: saved from Word as plain text ---------------------------------------------
def test_word_plain_text_reads_to_the_expected_proposals():
    """Word's 'Save as plain text': one line per paragraph, the tab after labels kept."""
    document = EXPECTED
    assert summary(document) == [
        (Marker.MOD, "INS/82/1", TargetKind.RESOLUTION, "182"),
        (Marker.SUP, "INS/82/2", TargetKind.RESOLUTION, "163")]
    mod, sup = document.proposals
    assert [(q.kind, q.label) for q in mod.walk()] == [
        (K.NUMBER_LINE, None), (K.TITLE, None), (K.ENACTING_FORMULA, None),
        (K.CALL, None), (K.LETTERED_ITEM, "a)"), (K.LETTERED_ITEM, "b)"),
        (K.CALL, None), (K.NUMBERED_ITEM, "1"), (K.NUMBERED_ITEM, "2"),
        (K.CALL, None), (K.NUMBERED_ITEM, "1"), (K.DASH_ITEM, "–"), (K.DASH_ITEM, "–")]
    assert [q.kind for q in sup.walk()] == [K.NUMBER_LINE, K.TITLE]
    formula = mod.provisions[2]
    assert formula.text == ("The Plenipotentiary Conference of the International "
                            "Telecommunication Union (Busan, 2014),")
    assert reasons(mod).startswith("To strengthen the assistance")
    assert reasons(sup).endswith("Constitution and Convention.")
    assert not free_blocks(document)


def test_windows_line_endings_and_a_bom_from_a_file(tmp_path):
    """Notepad / Word on Windows: UTF-8 with a BOM and CRLF line ends."""
    path = tmp_path / "doc82.txt"
    path.write_bytes(b"\xef\xbb\xbf" + WORD_TEXT.replace("\n", "\r\n").encode("utf-8"))
    document = read(path)
    assert signature(document) == signature(EXPECTED)
    assert document.metadata.conference.short == "PP-14"
    assert not any("\r" in text or "\ufeff" in text for text in [all_text(document)])


def test_cp1252_file_with_en_dashes(tmp_path):
    """Word's plain text in the Windows code page: en dashes (0x96) of the dates line and of the
    dash items, curly quotes."""
    text = WORD_TEXT.replace("lifecycle.", "\u201clifecycle\u201d.")
    path = tmp_path / "doc82-ansi.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    document = read(path)
    assert document.metadata.conference.dates == "20 October – 7 November 2014"
    dashes = [q for q in document.proposals[0].walk() if q.kind is K.DASH_ITEM]
    assert [q.text for q in dashes] == [
        "to improve the energy efficiency of ICT equipment;",
        "to promote the recycling and reuse of telecommunication/ICT equipment throughout its "
        "\u201clifecycle\u201d."]


def test_word_typed_list_numbers():
    """Word's automatic numbering saved as text: '1.' and 'a.' typed before a tab."""
    text = (WORD_TEXT.replace("\n1\t", "\n1.\t").replace("\n2\t", "\n2.\t")
            .replace("\na)\t", "\na.\t").replace("\nb)\t", "\nb.\t"))
    mod = read_text(text, name="numbers").proposals[0]
    items = [(q.kind, q.label) for q in mod.walk() if q.kind in (
        K.LETTERED_ITEM, K.NUMBERED_ITEM)]
    assert [kind for kind, _ in items] == [K.LETTERED_ITEM, K.LETTERED_ITEM, K.NUMBERED_ITEM,
                                           K.NUMBERED_ITEM, K.NUMBERED_ITEM]
    resolves = mod.provisions[4]
    assert resolves.children[0].text.startswith("to continue and further develop")
    assert reasons(mod).startswith("To strengthen")


def test_word_footnotes_gathered_after_a_rule_at_the_end():
    """Word writes a footnote's number as plain digits where it stood and the notes at the end
    of the text, under a rule."""
    text = WORD_TEXT.replace(
        "each within the scope of his responsibilities:",
        "each within the scope of his responsibilities1:") + (
        "\n________________\n\n1\tTo be formalized by the relevant Regional meetings.\n")
    document = read_text(text, name="notes")
    assert signature(document)[:1] == signature(EXPECTED)[:1]
    mod, sup = document.proposals
    assert reasons(sup) == reasons(EXPECTED.proposals[1])
    assert [q.kind for q in sup.walk()] == [K.NUMBER_LINE, K.TITLE]
    item = mod.provisions[-1].children[0]
    notes = [run.footnote.text for run in item.draft if run.footnote]
    assert notes == ["To be formalized by the relevant Regional meetings."]
    assert "To be formalized" not in all_text(document)


# -- copied from ITU's PDF -----------------------------------------------------------------------
def test_pdf_lines_wrapped_at_90_columns_are_joined():
    """Every paragraph longer than a line comes in several lines; tabs became spaces."""
    document = read_text("\n".join(pdf_form(WORD_TEXT, capital_starts=True)), name="pdf")
    assert signature(document) == signature(EXPECTED)


def test_pdf_running_headers_between_paragraphs():
    """Page ends fall between paragraphs: form feed, '- 2 -', 'PP14/82-E'; they are page
    furniture, in no provision and no reasons, and nothing else is lost."""
    lines = pdf_form(WORD_TEXT)
    # page ends where a paragraph ends: before 'resolves' and before 'SUP'
    cut1, cut2 = lines.index("resolves"), lines.index("SUP    INS/82/2")
    text = with_pages(lines[:cut1], 10 ** 6) + "\f- 2 -\nPP14/82-E\n\n" + "\n".join(
        lines[cut1:cut2]) + "\n\f- 3 -\nPP14/82-E\n\n" + "\n".join(lines[cut2:]) + "\n"
    document = read_text(text, name="pages")
    assert "PP14/82-E" not in all_text(document)
    assert "- 2 -" not in all_text(document)
    assert signature(document) == signature(EXPECTED)


def test_pdf_page_end_inside_a_wrapped_item():
    """A page end cuts an item in two: the header sits between its lines."""
    lines = pdf_form(WORD_TEXT)
    first = next(i for i, line in enumerate(lines) if line.startswith("1    to continue"))
    text = ("\n".join(lines[:first + 1]) + "\n\f- 2 -\nPP14/82-E\n\n"
            + "\n".join(lines[first + 1:]) + "\n")
    document = read_text(text, name="cut")
    resolves = document.proposals[0].provisions[4]
    assert resolves.children[0].text == (
        "to continue and further develop ITU activities on telecommunications/ICTs and climate "
        "change in order to contribute to the wider global efforts being made by the United "
        "Nations;")
    assert signature(document) == signature(EXPECTED)


def test_pdf_hyphenated_words_at_line_ends():
    """The PDF hyphenates long words at line ends: 'environ-' / 'ment'."""
    text = "\n".join(pdf_form(WORD_TEXT.replace(
        "protecting the environment and", "protecting the environ-\nment and", 1)))
    assert "environ-\nment" in text
    document = read_text(text, name="hyphens")
    considering = document.proposals[0].provisions[3]
    assert considering.children[0].text.startswith(
        "that telecommunications/ICTs play an important role in protecting the environment "
        "and in promoting")


def test_pdf_bullets_for_dash_items():
    """Dash items copied as '•' bullets, the tab turned into spaces."""
    text = "\n".join(pdf_form(WORD_TEXT)).replace("–    to ", "•    to ")
    assert text.count("•") == 2
    document = read_text(text, name="bullets")
    dashes = [q for q in document.proposals[0].walk() if q.kind is K.DASH_ITEM]
    assert [q.text for q in dashes] == [
        "to improve the energy efficiency of ICT equipment;",
        "to promote the recycling and reuse of telecommunication/ICT equipment throughout its "
        "lifecycle."]


def test_pdf_footnote_number_at_a_line_end_and_the_note_at_the_page_foot():
    """A superscript footnote number copies as a plain digit at the line end; the note's text
    sits at the page foot, above the next page's header."""
    lines = pdf_form(WORD_TEXT.replace("responsibilities:", "responsibilities:1"))
    at = next(i for i, line in enumerate(lines) if line.endswith("responsibilities:1"))
    text = ("\n".join(lines[:at + 1]) + "\n\n1 To be formalized by the relevant Regional "
            "meetings.\n\f- 2 -\nPP14/82-E\n\n" + "\n".join(lines[at + 1:]) + "\n")
    document = read_text(text, name="footnote")
    mod = document.proposals[0]
    instructs = mod.provisions[-1]
    assert [(q.kind, q.label) for q in instructs.children] == [(K.NUMBERED_ITEM, "1")]
    assert [q.kind for q in instructs.children[0].children] == [K.DASH_ITEM, K.DASH_ITEM]
    notes = [run.footnote.text for run in instructs.children[0].draft if run.footnote]
    assert notes == ["To be formalized by the relevant Regional meetings."]
    assert instructs.children[0].text.endswith("responsibilities:")


def test_pdf_of_a_wrc_addendum_with_its_reference_header_and_bare_page_numbers():
    """WRC PDFs head their pages 'CMR19/44(Add.2)-E'; some viewers copy the page number alone."""
    text = """World Radiocommunication Conference (WRC-19)
Sharm el-Sheikh, Egypt, 28 October – 22 November 2019

PLENARY MEETING
Addendum 2 to
Document 44-E
2 October 2019
Original: English

Indonesia (Republic of)

PROPOSALS FOR THE WORK OF THE CONFERENCE

Agenda item 1.13

MOD    INS/44A2/1
5.338A    In the bands listed here, stations of the fixed service shall follow the provisions
of Resolution 750 (Rev.WRC-19). (WRC-19)
Reasons:    Consequential update of the reference to the resolution.
\f2
CMR19/44(Add.2)-E

ADD    INS/44A2/2
5.A113    The frequency band 24.25-27.5 GHz is identified for use by administrations wishing
to implement IMT. (WRC-19)
Reasons:    New identification for IMT.
"""
    document = read_text(text, name="wrc")
    assert summary(document) == [
        (Marker.MOD, "INS/44A2/1", TargetKind.RR_PROVISION, "5.338A"),
        (Marker.ADD, "INS/44A2/2", TargetKind.RR_PROVISION, "5.A113")]
    mod, add = document.proposals
    assert mod.provisions[0].text == ("In the bands listed here, stations of the fixed service "
                                      "shall follow the provisions of Resolution 750 "
                                      "(Rev.WRC-19). (WRC-19)")
    assert add.provisions[0].text.endswith("wishing to implement IMT. (WRC-19)")
    assert [reasons(q) for q in document.proposals] == [
        "Consequential update of the reference to the resolution.", "New identification for IMT."]
    assert "CMR19" not in all_text(document)
    assert not free_blocks(document)


# -- typesetting characters and revision marks -------------------------------------------------
def test_nbsp_and_soft_hyphens():
    """Text from Word keeps no-break spaces ('Resolution\u00a0182', 'Reasons:\u00a0') and the
    soft hyphens Word's hyphenation put into long words."""
    text = (WORD_TEXT.replace("RESOLUTION 182", "RESOLUTION\u00a0182")
            .replace("telecommunications/ICTs play", "tele\u00adcommunications/ICTs play")
            .replace("Reasons:\tTo strengthen", "Reasons:\u00a0To strengthen")
            .replace("a)\tthat", "a)\u00a0that"))
    document = read_text(text, name="nbsp")
    assert summary(document) == summary(EXPECTED)
    mod = document.proposals[0]
    item = mod.provisions[3].children[0]
    assert (item.kind, item.label) == (K.LETTERED_ITEM, "a)")
    assert item.text.startswith("that telecommunications/ICTs play")
    assert reasons(mod).strip() == reasons(EXPECTED.proposals[0])


def test_deletion_marks_broken_over_two_lines():
    """In a PDF copy a struck passage can run over a line end: '~~greenhouse' / 'gas~~'."""
    text = "\n".join(pdf_form(WORD_TEXT, width=200)).replace(
        "reduce the ~~greenhouse gas~~ GHG", "reduce the ~~greenhouse\ngas~~ GHG")
    document = read_text(text, name="struck")
    resolves = document.proposals[0].provisions[4]
    assert marks_text(resolves.children[1].marks) == (
        "to encourage energy efficiency of telecommunications/ICTs in order to reduce the "
        "[-greenhouse gas -]GHG emissions produced by the telecommunication/ICT sector,")
    assert signature(document) == signature(EXPECTED)


# -- French --------------------------------------------------------------------------------------
FRENCH = """Conférence de plénipotentiaires (PP-14)
Busan, 20 octobre – 7 novembre 2014

SÉANCE PLÉNIÈRE
Document 82-F
7 octobre 2014
Original: anglais

Indonésie (République d')

PROPOSITIONS POUR LES TRAVAUX DE LA CONFÉRENCE

MOD\tINS/82/1

RÉSOLUTION 182 (~~GUADALAJARA, 2010~~ RÉV. BUSAN, 2014)

Rôle des télécommunications et des technologies de l'information et de la communication dans \
le contexte des changements climatiques et de la protection de l'environnement

La Conférence de plénipotentiaires de l'Union internationale des télécommunications \
(~~Guadalajara, 2010~~ Busan, 2014),

considérant

a)\tque les télécommunications/TIC jouent un rôle important dans la protection de \
l'environnement et dans la promotion d'activités de développement durable novatrices;

b)\tque les applications de télédétection à bord de satellites sont des outils importants \
pour la surveillance du climat,

décide

1\tde poursuivre et de développer les activités de l'UIT relatives aux télécommunications/TIC \
et aux changements climatiques;

2\td'encourager l'efficacité énergétique des télécommunications/TIC,

Motifs:\tRenforcer l'assistance de l'UIT aux pays en développement.
"""


def test_french_document_copied_from_the_pdf_in_cp1252(tmp_path):
    """The French version ('Document 82-F', 'Motifs:'), copied from the PDF with its running
    header 'PP14/82-F', saved in the Windows code page."""
    lines = pdf_form(FRENCH)
    cut = lines.index("décide")
    text = ("\n".join(lines[:cut]) + "\n\f- 2 -\nPP14/82-F\n\n" + "\n".join(lines[cut:])
            + "\n").replace("\n", "\r\n")
    path = tmp_path / "doc82-f.txt"
    path.write_bytes(text.encode("cp1252"))
    document = read(path)
    meta = document.metadata
    assert (meta.language, meta.original_languages) == ("F", ["E"])
    assert summary(document) == [(Marker.MOD, "INS/82/1", TargetKind.RESOLUTION, "182")]
    [mod] = document.proposals
    assert [(q.kind, q.label) for q in mod.walk()] == [
        (K.NUMBER_LINE, None), (K.TITLE, None), (K.ENACTING_FORMULA, None),
        (K.CALL, None), (K.LETTERED_ITEM, "a)"), (K.LETTERED_ITEM, "b)"),
        (K.CALL, None), (K.NUMBERED_ITEM, "1"), (K.NUMBERED_ITEM, "2")]
    assert mod.provisions[1].text.endswith("et de la protection de l'environnement")
    assert mod.provisions[3].children[0].text.endswith("de développement durable novatrices;")
    assert reasons(mod) == "Renforcer l'assistance de l'UIT aux pays en développement."
    assert "PP14/82-F" not in all_text(document)
