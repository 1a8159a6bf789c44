"""Settings folders, recovery files, lock files and the base-text library (no Qt)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from proposaleditor import settings as st
from proposaleditor.domain.inline import runs
from proposaleditor.domain.proposals import Marker, Proposal, Target, TargetKind
from proposaleditor.domain.provisions import Provision, ProvisionKind
from proposaleditor.storage import recovery
from proposaleditor.storage.library import Library


def test_folders_live_under_proposaleditor_home(tmp_path, monkeypatch):
    monkeypatch.setenv(st.HOME_VARIABLE, str(tmp_path))
    f = st.folders().ensure()
    assert f.config == tmp_path / "config" and f.data == tmp_path / "data"
    assert f.recovery.is_dir() and f.library.is_dir()


def test_folders_without_home_come_from_appdirs(monkeypatch):
    monkeypatch.delenv(st.HOME_VARIABLE)
    f = st.folders()
    assert st.APP_NAME in str(f.config) and st.APP_NAME in str(f.data)


def test_settings_round_trip_keep_unknown_keys_and_fix_bad_values(tmp_path, monkeypatch):
    monkeypatch.setenv(st.HOME_VARIABLE, str(tmp_path))
    assert st.load() == st.Settings()  # no file yet: defaults
    s = st.Settings(administration="Indonesia (Republic of)", symbol="INS", author="A. Drafter",
                    conference="PP-26", autosave_seconds=60)
    for i in range(15):
        s.add_recent(tmp_path / f"doc{i}.itup")
    s.add_recent(tmp_path / "doc3.itup")
    st.save(s)
    loaded = st.load()
    assert loaded == s
    assert len(loaded.recent_files) == st.MAX_RECENT
    assert loaded.recent_files[0].endswith("doc3.itup")
    # a newer version's key survives; wrong types and values fall back to defaults
    data = json.loads(st.folders().settings_file.read_text())
    data.update(future_option=[1, 2], autosave_seconds="soon", mark_style="sparkly")
    st.folders().settings_file.write_text(json.dumps(data))
    loaded = st.load()
    assert loaded.autosave_seconds == 30 and loaded.mark_style == "tracked"
    st.save(loaded)
    assert json.loads(st.folders().settings_file.read_text())["future_option"] == [1, 2]
    st.folders().settings_file.write_text("{not json")
    assert st.load() == st.Settings()


def test_recovery_files_of_live_and_crashed_sessions(tmp_path):
    store = recovery.RecoveryStore(tmp_path / "recovery")
    session = recovery.new_session_id()
    store.write(session, '{"format":"proposaleditor"}', tmp_path / "draft.itup")
    found = store.all()
    assert [r.original for r in found] == [str(tmp_path / "draft.itup")]
    assert found[0].title == "draft.itup"
    assert store.orphaned() == []  # our own live session is not a crash
    # a session whose process has ended left its file behind: offered for restore
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    record = json.loads(store.path_for(session).read_text())
    record["pid"] = int(dead.stdout)
    store.path_for("crashed").write_text(json.dumps(record))
    (tmp_path / "recovery" / "junk.recovery.json").write_text("garbage")
    orphans = store.orphaned()
    assert [r.path.name for r in orphans] == ["crashed.recovery.json"]
    assert orphans[0].text == '{"format":"proposaleditor"}'
    store.discard(session)
    assert not store.path_for(session).exists()


def test_lock_files(tmp_path):
    doc = tmp_path / "draft.itup"
    doc.write_text("x")
    assert recovery.other_lock(doc) is None
    assert recovery.acquire_lock(doc)
    assert recovery.lock_path(doc).name == "~$draft.itup.lock"
    assert recovery.other_lock(doc) is None  # ours
    info = recovery.read_lock(doc)
    assert info.mine and not info.stale and info.pid == os.getpid()
    # someone else's live process on this host
    data = json.loads(recovery.lock_path(doc).read_text())
    data["pid"] = os.getppid()
    recovery.lock_path(doc).write_text(json.dumps(data))
    other = recovery.other_lock(doc)
    assert other is not None and not other.stale
    recovery.release_lock(doc)  # not ours: left alone
    assert recovery.lock_path(doc).exists()
    # another host: cannot tell if alive, so not stale
    data["host"] = "elsewhere.example"
    recovery.lock_path(doc).write_text(json.dumps(data))
    assert not recovery.other_lock(doc).stale
    # a process that is gone: stale
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    data.update(host=recovery.host_name(), pid=int(dead.stdout))
    recovery.lock_path(doc).write_text(json.dumps(data))
    assert recovery.other_lock(doc).stale
    recovery.lock_path(doc).write_text("garbled")
    assert recovery.other_lock(doc).user == "unknown"


def test_lock_in_read_only_folder_is_not_an_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # running as root: permissions are not enforced
            return
        assert recovery.acquire_lock(folder / "x.itup") is False
    finally:
        folder.chmod(0o700)


def test_library_keeps_base_texts(tmp_path):
    lib = Library(tmp_path / "library")
    assert lib.entries() == []
    text = runs("RESOLUTION 182 (GUADALAJARA, 2010)")
    title = runs("The role of telecommunications")
    proposal = Proposal(Marker.NOC, Target(TargetKind.RESOLUTION, "182"), provisions=[
        Provision(ProvisionKind.NUMBER_LINE, base=text, draft=text),
        Provision(ProvisionKind.TITLE, base=title, draft=title),
    ])
    entry = lib.add(proposal)
    assert entry.path.name == "resolution-182.itup"
    assert [e.label for e in lib.entries()] == ["Resolution 182 · The role of telecommunications"]
    again = lib.load(lib.entries()[0])
    assert [p.base for p in again.provisions] == [text, title]
    (tmp_path / "library" / "broken.itup").write_text("nope")
    assert len(lib.entries()) == 1
    lib.remove(entry)
    assert lib.entries() == []
    assert Path(entry.path).exists() is False
