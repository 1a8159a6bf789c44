"""proposaleditor-cli as a user runs it: a real subprocess, exit codes, one-line errors."""

import json
import subprocess
import sys

import pytest
from received_docs import static_marks_mod


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



def _counts(info_stdout):
    [proposal] = json.loads(info_stdout)["proposals"]
    return proposal["marker"], proposal["insertions"], proposal["deletions"]


def test_tracked_only_reads_underline_and_strike_as_formatting(tmp_path):
    received = static_marks_mod(tmp_path / "received.docx")
    default = cli("info", received, "--json")
    assert default.returncode == 0, default.stderr
    marker, inserted, deleted = _counts(default.stdout)
    assert marker == "MOD" and inserted > 0 and deleted > 0  # the ITU convention
    tracked_only = cli("info", received, "--json", "--tracked-only")
    assert tracked_only.returncode == 0, tracked_only.stderr
    assert _counts(tracked_only.stdout) == ("MOD", 0, 0)

    out = tmp_path / "received.itup"
    assert cli("import", received, "-o", out, "--tracked-only").returncode == 0
    assert _counts(cli("info", out, "--json").stdout) == ("MOD", 0, 0)
    assert cli("import", received, "-o", out).returncode == 0
    assert _counts(cli("info", out, "--json").stdout)[1:] == (inserted, deleted)
    # validate reads the file the same way: a MOD with underline only is a MOD without changes
    plain = cli("validate", received, "--json", "--tracked-only")
    marked = cli("validate", received, "--json")
    assert json.loads(plain.stdout) != json.loads(marked.stdout)


@pytest.mark.parametrize("command", [
    ("import", "-o", "x.itup"), ("info",), ("validate",), ("export", "-o", "x.docx"),
    ("renumber", "-o", "x.itup"), ("compare", "--json"),
])
def test_every_command_that_reads_a_file_takes_tracked_only(tmp_path, example_path, command):
    """--tracked-only is accepted for every reader; .txt and .itup files ignore it."""
    name, *rest = command
    result = cli(name, example_path, "--tracked-only", *rest, cwd=tmp_path)
    assert "unrecognized arguments" not in result.stderr
    assert "Traceback" not in result.stderr
    if name != "compare":  # one file has nothing to compare with
        assert result.returncode in (0, 1), result.stderr
    itup = tmp_path / "x.itup"
    if name == "import":
        assert cli("info", itup, "--tracked-only").returncode == 0


def test_export_of_a_received_file_keeps_or_drops_its_static_marks(tmp_path):
    import zipfile

    received = static_marks_mod(tmp_path / "received.docx")
    for flag, expect_ins in (((), True), (("--tracked-only",), False)):
        out = tmp_path / f"out{len(flag)}.docx"
        result = cli("export", received, "-o", out, "--marks", "tracked", *flag)
        assert result.returncode == 0, result.stderr
        with zipfile.ZipFile(out) as z:
            xml = z.read("word/document.xml").decode()
        assert ("<w:ins " in xml) is expect_ins
