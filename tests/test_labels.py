from proposaleditor.domain.inline import runs
from proposaleditor.domain.labels import parse_label, renumber, to_letters, to_roman
from proposaleditor.domain.provisions import Provision, ProvisionKind, Status
from proposaleditor.domain.revisions import marks_text


def items(kind, labels):
    return [Provision(kind, runs(f"text {lab}"), runs(f"text {lab}"), label=lab, base_label=lab)
            for lab in labels]


def test_scheme_helpers():
    assert [to_roman(n) for n in (1, 4, 9, 14)] == ["i", "iv", "ix", "xiv"]
    assert to_letters(1) == "a" and to_letters(26) == "z" and to_letters(27) == "aa"
    assert parse_label("iii)")[1] == 3
    assert parse_label("b)")[1] == 2
    assert parse_label("12")[1] == 12
    assert parse_label("i)", prefer_roman=True)[0].scheme.value == "roman"


def test_inserting_items_renumbers_later_siblings_with_marks():
    """Document 82, instructs the Secretary-General: new 5 and 6, old 5 6 7 become 7 8 9."""
    siblings = items(ProvisionKind.NUMBERED_ITEM, ["1", "2", "3", "4", "5", "6", "7"])
    new = [Provision(ProvisionKind.NUMBERED_ITEM, None, runs("new item")) for _ in range(2)]
    siblings[4:4] = new
    assert renumber(siblings)
    assert [p.label for p in siblings] == [str(n) for n in range(1, 10)]
    assert [marks_text(p.label_marks) for p in siblings[4:]] == [
        "{+5+}", "{+6+}", "[-5-]{+7+}", "[-6-]{+8+}", "[-7-]{+9+}"]
    assert new[0].status is Status.ADDED
    assert siblings[6].status is Status.MODIFIED


def test_suppressed_item_keeps_its_old_label_and_later_items_close_up():
    siblings = items(ProvisionKind.LETTERED_ITEM, ["a)", "b)", "c)"])
    siblings[1].set_draft(None)
    renumber(siblings)
    assert marks_text(siblings[1].label_marks) == "[-b)-]"
    assert marks_text(siblings[2].label_marks) == "[-c)-]{+b)+}"


def test_roman_sub_items_and_moves():
    siblings = items(ProvisionKind.SUB_ITEM, ["i)", "ii)", "iii)"])
    siblings.insert(0, siblings.pop())
    renumber(siblings)
    assert [p.label for p in siblings] == ["i)", "ii)", "iii)"]
    assert marks_text(siblings[0].label_marks) == "[-iii)-]{+i)+}"


def test_renumber_is_idempotent():
    siblings = items(ProvisionKind.NUMBERED_ITEM, ["1", "2"])
    assert not renumber(siblings)


def test_decimal_sub_items_renumber_under_their_parent():
    """ITU-R Recommendations number the parts of recommends 1 as 1.1, 1.2: an inserted part
    renumbers the later ones within the same parent's numbering."""
    assert parse_label("1.2") == (parse_label("1.1")[0], 2)
    assert parse_label("1.2")[0].prefix == "1." and parse_label("1.a") is None
    siblings = items(ProvisionKind.SUB_ITEM, ["1.1", "1.2"])
    siblings.insert(1, Provision(ProvisionKind.SUB_ITEM, None, runs("a new part")))
    assert renumber(siblings)
    assert [p.label for p in siblings] == ["1.1", "1.2", "1.3"]
    assert marks_text(siblings[2].label_marks) == "[-1.2-]{+1.3+}"
