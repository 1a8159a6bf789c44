"""The comparison set kept beside a document (storage/compare_sidecar.py)."""

import json

from proposaleditor.storage import compare_sidecar as sc


def test_round_trip_with_paths_relative_to_the_document(tmp_path):
    doc = tmp_path / "work" / "draft.itup"
    doc.parent.mkdir()
    inside = tmp_path / "work" / "received" / "ins.docx"
    outside = tmp_path / "elsewhere" / "acp.odt"
    sc.save(doc, sc.CompareSet(files=[inside, outside], target=("resolution", "130"),
                               base=True))
    raw = json.loads(sc.sidecar_path(doc).read_text("utf-8"))
    assert sc.sidecar_path(doc).name == "draft.itup.compare.json"
    assert raw["files"] == ["received/ins.docx", str(outside.resolve())]
    back = sc.load(doc)
    assert back.files == [inside.resolve(), outside.resolve()]
    assert back.target == ("resolution", "130") and back.base
    # the folder moves with its files: relative entries follow
    moved = tmp_path / "moved"
    (tmp_path / "work").rename(moved)
    assert sc.load(moved / "draft.itup").files[0] == (moved / "received" / "ins.docx").resolve()


def test_missing_or_damaged_sidecars_read_as_none(tmp_path):
    doc = tmp_path / "draft.itup"
    assert sc.load(doc) is None
    for text in ("{oops", "[]", '{"format": "other"}'):
        sc.sidecar_path(doc).write_text(text, "utf-8")
        assert sc.load(doc) is None
    sc.sidecar_path(doc).write_text(
        '{"format": "proposaleditor-compare", "files": [3, "a.docx"], "target": "x"}', "utf-8")
    back = sc.load(doc)
    assert [p.name for p in back.files] == ["a.docx"] and back.target is None
