"""proposaleditor-cli as a user runs it: a real subprocess, exit codes, one-line errors."""

import json
import subprocess
import sys

import pytest


def cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "proposaleditor", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd, timeout=120)


def test_import_then_info_json_gives_the_three_proposals(tmp_path, example_path):
    out = tmp_path / "doc82.itup"
    result = cli("import", example_path, "-o", out)
    assert result.returncode == 0, result.stderr
    info = cli("info", out, "--json")
    assert info.returncode == 0
    data = json.loads(info.stdout)
    assert data["document"] == {
        "conference": "PP-14", "number": "82", "addendum": None, "language": "E",
        "date": "2014-10-07", "source": "Indonesia (Republic of)",
        "title": "PROPOSALS FOR THE WORK OF THE CONFERENCE",
    }
    got = [(p["number"], p["marker"], p["target"], p["reasons"]) for p in data["proposals"]]
    assert got == [("INS/82/1", "MOD", "Resolution 182", False),
                   ("INS/82/2", "MOD", "Resolution 130", False),
                   ("INS/82/3", "SUP", "Resolution 163", False)]
    mod182, mod130, sup = data["proposals"]
    assert mod182["provisions"] > 60 and mod130["provisions"] > 80 and sup["provisions"] == 3
    assert mod182["insertions"] > 0 and mod182["deletions"] > 0
    assert sup["insertions"] == 0


def test_new_and_human_info(tmp_path):
    out = tmp_path / "draft.itup"
    assert cli("new", "--conference", "PP-14", "--symbol", "INS", "-o", out).returncode == 0
    info = cli("info", out)
    assert "PP-14" in info.stdout and "unassigned" in info.stdout and info.returncode == 0


def test_renumber_sets_the_document_number(tmp_path, example_path):
    out = tmp_path / "doc.itup"
    cli("import", example_path, "-o", out)
    result = cli("renumber", out, "--doc", "90", "--addendum", "2")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["INS/90A2/1", "INS/90A2/2", "INS/90A2/3"]
    data = json.loads(cli("info", out, "--json").stdout)
    assert data["document"]["number"] == "90" and data["document"]["addendum"] == 2


@pytest.mark.parametrize("args, message", [
    (("info", "missing.itup"), "no such file"),
    (("import", "x.xyz", "-o", "y.itup"), "cannot read .xyz"),
    (("import", "x.docm", "-o", "y.itup"), "macro-enabled"),
    (("renumber", "bad.itup", "--doc", "82x"), "not a ProposalEditor file"),
])
def test_bad_input_exits_2_with_one_line(tmp_path, args, message):
    (tmp_path / "bad.itup").write_text("{")
    result = cli(*args, cwd=tmp_path)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr


def test_usage_errors_exit_2(tmp_path):
    assert cli().returncode == 2
    assert cli("new", "--symbol", "INS", "-o", tmp_path / "x.itup").returncode == 2
    result = cli("new", "--conference", "PP-14", "--symbol", "INS", "-o", tmp_path / "x.docx")
    assert result.returncode == 2 and ".itup" in result.stderr


@pytest.mark.parametrize("ext, media", [(".docx", "word/media/"), (".odt", "Pictures/")])
def test_export_with_a_logo(tmp_path, example_path, ext, media):
    import zipfile

    logo = example_path.parents[1] / "icons" / "proposaleditor-64.png"
    out = tmp_path / f"doc82{ext}"
    result = cli("export", example_path, "-o", out, "--logo", logo)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as z:
        assert any(n.startswith(media) for n in z.namelist())
    missing = cli("export", example_path, "-o", tmp_path / f"x{ext}", "--logo", tmp_path / "no.png")
    assert missing.returncode == 2 and "logo image not found" in missing.stderr
