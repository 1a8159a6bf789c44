import pytest

from proposaleditor.domain.document import Document, Metadata
from proposaleditor.domain.numbering import (
    ProposalNumber,
    number_of,
    numbers,
    set_document_number,
)
from proposaleditor.domain.proposals import Marker, Proposal


@pytest.mark.parametrize("text", ["INS/82/1", "RCC/62A1/1", "AFCP/55A3/12", "B/CAN/CLM/12/1",
                                  "[ACP/12/40]", "EUR/XX/1"])
def test_parse_and_format_round_trip(text):
    assert str(ProposalNumber.parse(text)) == text


def test_parts_of_a_number():
    n = ProposalNumber.parse("RCC/62A1/3")
    assert n.symbols == ("RCC",) and n.document == "62" and n.addendum == 1 and n.sequence == 3
    assert ProposalNumber.parse("EUR/XX/1").document is None
    assert ProposalNumber.parse("B/CAN/CLM/12/1").symbols == ("B", "CAN", "CLM")


@pytest.mark.parametrize("bad", ["INS/82", "ins/82/1", "INS-82-1", "[INS/82/1", ""])
def test_bad_numbers_are_refused(bad):
    with pytest.raises(ValueError):
        ProposalNumber.parse(bad)


def document(n=3, **meta):
    doc = Document(Metadata(symbols=["EUR"], **meta))
    doc.parts = [Proposal(Marker.MOD) for _ in range(n)]
    return doc


def test_numbers_follow_document_order_and_move_with_proposals():
    doc = document()
    first, second, third = doc.proposals
    assert list(numbers(doc).values()) == ["EUR/XX/1", "EUR/XX/2", "EUR/XX/3"]
    doc.parts.remove(third)
    doc.parts.insert(0, third)
    assert number_of(doc, third) == "EUR/XX/1"
    assert number_of(doc, second) == "EUR/XX/3"


def test_setting_the_document_number_is_one_action():
    doc = document(2)
    doc.numbering.bracketed = True
    assert number_of(doc, doc.proposals[0]) == "[EUR/XX/1]"
    set_document_number(doc, "34", addendum=2)
    assert list(numbers(doc).values()) == ["EUR/34A2/1", "EUR/34A2/2"]
    with pytest.raises(ValueError):
        set_document_number(doc, "34b")


def test_received_numbers_are_kept_as_printed_until_resequenced():
    doc = document(2, document_number="12")
    doc.proposals[0].received_number = "[ACP/12/40]"
    doc.proposals[1].received_number = "ACP/12/44"
    assert list(numbers(doc).values()) == ["[ACP/12/40]", "ACP/12/44"]
    set_document_number(doc, "12")
    assert list(numbers(doc).values()) == ["EUR/12/1", "EUR/12/2"]
