"""Editor speed on the 1,000-proposal document (generate.py), against the CLI in the same run.

1. Launch to outline shown: a fresh process starts the editor on the file and reports once the
   outline has painted; baseline: a fresh process running `proposaleditor-cli info` on the same
   file (it loads the document and summarises every proposal). Target: within 3x.
2. Keystroke to marks re-rendered: characters typed into a provision with QTest (key event,
   edit command, re-diff of that provision, rewrite of its paragraph, outline row, paint), the
   95th percentile. Target: under one 60 Hz frame, 16 ms. Measured in the large document and in
   one 300-provision resolution (the longest page the editor shows at once).
3. Resident memory with the large document open. Target: under 400 MB.

    python3 benchmarks/bench_editor.py [--repeat 3] [--keys 200]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LAUNCH = r"""
import sys
from PySide6.QtWidgets import QApplication
from proposaleditor import settings as us
from proposaleditor.gui.app import create_application
from proposaleditor.gui.main_window import MainWindow
app = create_application()
window = MainWindow(settings=us.Settings(first_run_done=True))
window.show()
window.open_path(sys.argv[1])
while not (window.outline.isVisible() and window.model.rowCount() > 1):
    app.processEvents()
window.outline.viewport().repaint()
print("SHOWN", window.model.rowCount(), flush=True)
"""

TYPING = r"""
import json, sys, time
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from proposaleditor import settings as us
from proposaleditor.gui.app import create_application
from proposaleditor.gui.main_window import MainWindow
app = create_application()
window = MainWindow(settings=us.Settings(first_run_done=True))
window.resize(1400, 900)
window.show()
window.open_path(sys.argv[1])
keys = int(sys.argv[2])
document = window.session.document
proposals = document.proposals
proposal = proposals[len(proposals) // 2]
items = [p for p in proposal.walk() if p.kind.is_item and p.draft]
item = items[len(items) // 2]
window.jump_to(proposal.id, item.id)
para = window.editor.current_para()
window.editor.place_caret(para.key, len(para.clean) // 2)
app.processEvents()
times = []
text = "and further develop the activities of the Union "
for i in range(keys):
    char = text[i % len(text)]
    start = time.perf_counter()
    QTest.keyClick(window.editor, char)
    window.editor.viewport().repaint()
    times.append(time.perf_counter() - start)
    if i % 40 == 39:  # a pause, as people make: the debounced checks run in between
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            app.processEvents()
for _ in range(20):
    start = time.perf_counter()
    QTest.keyClick(window.editor, Qt.Key.Key_Backspace)
    window.editor.viewport().repaint()
    times.append(time.perf_counter() - start)
rss = 0
with open("/proc/self/status") as fh:
    for line in fh:
        if line.startswith("VmRSS:"):
            rss = int(line.split()[1]) / 1024
print(json.dumps({"times": times, "rss_mb": rss, "provisions": sum(1 for _ in proposal.walk()),
                  "page_paragraphs": len(window.editor.paras),
                  "typed": len(window.session.stack.text(0))}), flush=True)
window.session.stack.setClean()
"""


def env(home: str) -> dict:
    e = dict(os.environ)
    e.setdefault("QT_QPA_PLATFORM", "offscreen")
    e["PROPOSALEDITOR_HOME"] = home
    return e


def time_launch(path: Path, home: str) -> float:
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", LAUNCH, str(path)], stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, env=env(home))
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.kill()
    child.wait()
    if not line.startswith("SHOWN"):
        raise SystemExit("the editor did not show the outline")
    return elapsed


def time_cli(path: Path, home: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "proposaleditor.cli", "info", "--json", str(path)],
                   check=True, stdout=subprocess.DEVNULL, env=env(home))
    return time.perf_counter() - start


def time_bare_load(path: Path, home: str) -> float:
    """A fresh interpreter that only parses the file: the floor under any launch."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import sys; from proposaleditor.formats import native;"
                    " native.load(sys.argv[1])", str(path)], check=True, env=env(home))
    return time.perf_counter() - start


def typing(path: Path, home: str, keys: int) -> dict:
    out = subprocess.run([sys.executable, "-c", TYPING, str(path), str(keys)], check=True,
                         capture_output=True, text=True, env=env(home))
    return json.loads(out.stdout.strip().splitlines()[-1])


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--keys", type=int, default=200)
    args = parser.parse_args()

    from generate import large_document, large_resolution

    from proposaleditor.domain.document import Document
    from proposaleditor.formats import native

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "large.itup"
        native.save(large_document(), big)
        long_page = Path(tmp) / "resolution.itup"
        document = large_document(proposals=1, provisions=20)
        native.save(Document(metadata=document.metadata, parts=[large_resolution(300)]),
                     long_page)
        print(f"file: {big.stat().st_size / 1e6:.1f} MB, 1000 proposals, 20000 provisions")

        launches, clis, bare = [], [], []
        for _ in range(args.repeat):
            clis.append(time_cli(big, tmp))
            bare.append(time_bare_load(big, tmp))
            launches.append(time_launch(big, tmp))
        launch, cli, load = min(launches), min(clis), min(bare)
        print(f"launch to outline shown   {launch * 1000:8.0f} ms")
        print(f"CLI info                  {cli * 1000:8.0f} ms")
        print(f"ratio                     {launch / cli:8.2f}x  (target <= 3x)")
        print(f"bare load (python + parse){load * 1000:8.0f} ms  -> launch is {launch / load:.2f}x "
              "that")

        for name, path in (("large document", big), ("300-provision resolution", long_page)):
            result = typing(path, tmp, args.keys)
            times = [t * 1000 for t in result["times"]]
            print(f"keystroke, {name} ({result['page_paragraphs']} paragraphs on the page): "
                  f"median {statistics.median(times):.1f} ms, p95 {p95(times):.1f} ms, "
                  f"max {max(times):.1f} ms over {len(times)} keys  (target p95 < 16 ms)")
            if path == big:
                print(f"resident memory, large document open: {result['rss_mb']:.0f} MB  "
                      f"(target < 400 MB)")


if __name__ == "__main__":
    main()
