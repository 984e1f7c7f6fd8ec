"""One bad file never stops a batch, and no file takes unbounded time: a broken
PDF, a file over --max-size, a text that outlasts --time-limit and a long run
of capitals between two good releases — the good ones load, each bad one gets
one error line, and the whole run stays within its bounds."""
from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

from pypdf import PdfWriter

RELEASES = Path(__file__).resolve().parents[1] / "notebooks" / "releases"


def broken_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(100, 100)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()[: len(out.getvalue()) // 2]   # cut in half: no cross-reference table


def test_bad_files_are_reported_one_line_each_and_the_good_ones_load(tmp_path):
    releases = sorted(RELEASES.glob("*.txt"))
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-good.txt").write_text(releases[0].read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "b-broken.pdf").write_bytes(broken_pdf())
    (folder / "c-big.txt").write_text("Customs seized cocaine in the port. " * 60_000, encoding="utf-8")  # 2.2 MB
    (folder / "d-capitals.txt").write_text("Title\n\n" + "A" * 40_000 + "\n", encoding="utf-8")
    slow = "\n\n".join(r.read_text(encoding="utf-8") for r in releases) * 600   # 0.7 MB: seconds of work
    (folder / "e-slow.txt").write_text(slow, encoding="utf-8")
    (folder / "f-good.txt").write_text(releases[1].read_text(encoding="utf-8"), encoding="utf-8")
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-m", "graph_intel.cli", "--db", str(tmp_path / "g.lbug"), "load",
                                "--max-size", "1", "--time-limit", "1", str(folder)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    _, status, usage = os.wait4(process.pid, 0)
    out, err = process.stdout.read(), process.stderr.read()
    assert os.waitstatus_to_exitcode(status) == 1 and "Traceback" not in err
    errors = [line for line in err.splitlines() if line.startswith("error:")]
    assert [line.split(": ")[1].rsplit("/", 1)[-1] for line in errors] == ["b-broken.pdf", "c-big.txt", "e-slow.txt"]
    assert "not a readable PDF" in errors[0] and "over the 1 MB limit" in errors[1] and "over 1 s" in errors[2]
    assert out.startswith("loaded 3 document(s)")   # both good releases and the (odd but harmless) capitals
    assert time.monotonic() - started < 60 and usage.ru_maxrss < 1_500_000   # KiB: 1.5 GB
