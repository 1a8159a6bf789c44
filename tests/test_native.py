import datetime as dt
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from proposaleditor.domain.conferences import conference
from proposaleditor.domain.document import BlockKind, Document, FreeBlock, Metadata
from proposaleditor.domain.inline import Footnote, Run
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind
from proposaleditor.domain.revisions import Op, Segment
from proposaleditor.formats import native
from proposaleditor.formats.errors import FormatError
from proposaleditor.storage.atomic import WriteError, backup_path

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
run = st.builds(Run, text, italic=st.booleans(), bold=st.booleans(), superscript=st.booleans(),
                footnote=st.none() | st.builds(Footnote, st.lists(st.builds(Run, text),
                                                                  max_size=2).map(tuple)))
inline = st.lists(run, max_size=4).map(tuple)
segment = st.builds(Segment, st.sampled_from(list(Op)), run,
                    st.none() | st.just("Indonesia"), st.none() | st.just("2014-10-07T00:00:00Z"))
label = st.none() | st.sampled_from(["1", "a)", "ii)", "–", "5.338A"])


def provisions(depth=2):
    children = st.just([]) if depth == 0 else st.lists(provisions(depth - 1), max_size=3)
    return st.builds(
        Provision, st.sampled_from(list(ProvisionKind)), st.none() | inline, st.none() | inline,
        label, label, children,
        received_marks=st.none() | st.lists(segment, max_size=4).map(tuple),
        received_label_marks=st.none() | st.lists(segment, max_size=2).map(tuple),
    )


proposal = st.builds(
    Proposal, st.sampled_from(list(Marker)),
    st.builds(Target, st.sampled_from(list(TargetKind)), text),
    st.lists(provisions(), max_size=3), inline,
    received_number=st.none() | st.sampled_from(["INS/82/1", "[ACP/12/40]", "EUR/XX/3"]),
)
block = st.builds(FreeBlock, st.sampled_from(list(BlockKind)), inline, label)
metadata = st.builds(
    Metadata, st.sampled_from(["PP-14", "WRC-19", "WTSA-24"]).map(conference), text,
    st.none() | st.sampled_from(["82", "12"]), st.none() | st.integers(1, 5),
    st.none() | st.integers(1, 3), st.none() | st.integers(1, 3), st.none() | st.integers(1, 2),
    st.none() | st.dates(dt.date(2000, 1, 1), dt.date(2030, 1, 1)),
    st.sampled_from(list("EFSACR")), st.lists(st.sampled_from(list("EFS")), max_size=2), text,
    st.lists(st.sampled_from(["INS", "B", "CAN"]), max_size=3), text, text, text,
)
documents = st.builds(Document, metadata, st.lists(block | proposal, max_size=5))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_what_is_saved_loads_back_exactly(document):
    saved = native.dumps(document)
    loaded = native.loads(saved)
    assert native.dumps(loaded) == saved
    assert loaded.metadata == document.metadata
    for ours, theirs in zip(document.proposals, loaded.proposals):
        assert [(p.id, p.kind, p.base, p.draft, p.label, p.base_label, p.received_marks)
                for p in ours.walk()] == [
            (p.id, p.kind, p.base, p.draft, p.label, p.base_label, p.received_marks)
            for p in theirs.walk()]
        assert ours.reasons == theirs.reasons and ours.received_number == theirs.received_number


def test_file_is_utf8_json_with_version_and_one_line_per_provision(tmp_path, example_path):
    from proposaleditor.formats.text_reader import read

    document = read(example_path)
    path = tmp_path / "doc.itup"
    native.save(document, path)
    raw = path.read_bytes().decode("utf-8")
    data = json.loads(raw)
    assert data["format"] == "proposaleditor" and data["format_version"] == native.FORMAT_VERSION
    provision_count = sum(1 for p in document.proposals for _ in p.walk())
    assert sum(1 for line in raw.splitlines() if '"kind":"' in line and '"id"' in line
               and '"type"' not in line) == provision_count
    # keys in a fixed order: saving twice gives the same bytes
    native.save(native.load(path), path)
    assert path.read_bytes().decode("utf-8") == raw


def test_newer_format_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "future.itup"
    path.write_text(json.dumps({"format": "proposaleditor", "format_version": 99, "parts": []}))
    with pytest.raises(FormatError, match="newer ProposalEditor"):
        native.load(path)


@pytest.mark.parametrize("content", [b"", b"{", b"[]", b'{"format": "other"}',
                                     b'{"format":"proposaleditor","format_version":1,'
                                     b'"parts":[{"type":"proposal"}]}', b"\xff\xfe\x00"])
def test_damaged_files_give_one_line_errors(tmp_path, content):
    path = tmp_path / "bad.itup"
    path.write_bytes(content)
    with pytest.raises(FormatError) as info:
        native.load(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_atomic_save_keeps_a_backup_and_survives_a_failed_write(tmp_path, monkeypatch):
    path = tmp_path / "doc.itup"
    first = Document(Metadata(source="first"))
    native.save(first, path)
    native.save(Document(Metadata(source="second")), path)
    assert native.load(backup_path(path)).metadata.source == "first"
    assert native.load(path).metadata.source == "second"

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(WriteError, match="No space left"):
        native.save(Document(Metadata(source="third")), path)
    monkeypatch.undo()
    assert native.load(path).metadata.source == "second"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_save_into_a_missing_folder_says_why(tmp_path):
    with pytest.raises(WriteError, match="does not exist"):
        native.save(Document(), tmp_path / "nowhere" / "doc.itup")


def test_a_new_file_gets_the_usual_permissions_not_the_temporary_files(tmp_path):
    path = tmp_path / "new.itup"
    native.save(Document(), path)
    mask = os.umask(0)
    os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~mask
