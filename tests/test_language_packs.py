"""Document language packs: fixed words and call words per language, unverified ones marked."""

from proposaleditor.domain.inline import Run
from proposaleditor.domain.revisions import Op, Segment
from proposaleditor.domain.wording import WORDINGS, wording
from proposaleditor.domain.wording_calls import (
    CALL_STEMS,
    VERIFIED_CALL_STEMS,
    call_stems_complete,
)
from proposaleditor.formats.structure import SourceParagraph, is_call

LANGUAGES = set("EFSACR")


def paragraph(text: str, style: str | None = None) -> SourceParagraph:
    return SourceParagraph(marks=(Segment(Op.KEEP, Run(text)),), style=style)


def test_every_document_language_has_fixed_words_and_call_words():
    assert set(WORDINGS) == LANGUAGES
    assert set(CALL_STEMS) == LANGUAGES == set(VERIFIED_CALL_STEMS)
    for code in LANGUAGES:
        assert CALL_STEMS[code], code
        assert VERIFIED_CALL_STEMS[code] <= set(CALL_STEMS[code]), code


def test_only_english_french_spanish_fixed_words_are_verified():
    assert {c for c in LANGUAGES if wording(c).verified} == set("EFS")
    assert (wording("F").reasons, wording("S").reasons) == ("Motifs:", "Motivos:")


def test_call_words_beyond_the_confirmed_rows_are_marked_unverified():
    assert call_stems_complete("E")
    assert not any(call_stems_complete(c) for c in "FSACR")
    assert "considérant" in VERIFIED_CALL_STEMS["F"] and "décide" not in VERIFIED_CALL_STEMS["F"]
    assert "considerando" in VERIFIED_CALL_STEMS["S"] and "resuelve" in CALL_STEMS["S"]


def test_readers_recognise_call_words_per_language():
    for text in ("considering", "considérant en outre", "considerando además", "resuelve",
                 "instructs the Director of the Telecommunication Development Bureau",
                 "charge le Secrétaire général", "учитывая", "поручает Генеральному секретарю"):
        assert is_call(paragraph(text)), text
    assert not is_call(paragraph("considerable progress has been made;"))
    # Arabic and Chinese have no lower case: recognised through the Call style.
    assert is_call(paragraph("考虑到", style="Call"))
    assert is_call(paragraph("يقرر", style="Call"))
