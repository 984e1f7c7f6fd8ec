"""Loading documents into a store: read, extract, write — one transaction per
document, a bad file reported and skipped, never a half-written graph."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph_intel.documents import MAX_DOCUMENT_MB, expand_paths, read_document
from graph_intel.errors import DocumentError, GraphIntelError
from graph_intel.extraction import extract
from graph_intel.extraction.gazetteer import gazetteer
from graph_intel.records import Extraction, LoadReport
from graph_intel.store.base import GraphStore


TIME_LIMIT_S = 120   # reading and extracting one document; a press release takes milliseconds


def extract_files(files: Iterable[Path], *, grading: str = "",
                  on_error: Callable[[str, str], None] | None = None, max_mb: float = MAX_DOCUMENT_MB,
                  time_limit: float = TIME_LIMIT_S) -> Iterator[Extraction]:
    """Extractions of the files that can be read within the bounds; the others go to
    `on_error(path, message)`."""
    if time_limit:
        gazetteer()   # built once (about a second), before any document's clock starts
    for path in files:
        try:
            with _time_limit(time_limit, path):
                extraction = extract(read_document(path, grading=grading, max_mb=max_mb))
        except GraphIntelError as exc:
            if on_error is None:
                raise
            on_error(str(path), str(exc))
            continue
        yield extraction


@contextmanager
def _time_limit(seconds: float, path: Path):
    """Stop one document's work after `seconds` (a timer signal; only the main thread can take one)."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(_signum, _frame):
        raise DocumentError(f"{path}: reading and extracting took over {seconds:g} s; split the document, "
                            f"or raise the limit with --time-limit")
    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def load_paths(store: GraphStore, inputs: list[str], *, grading: str = "", replace: bool = False,
               progress: Callable[[Path, int, int], None] | None = None, max_mb: float = MAX_DOCUMENT_MB,
               time_limit: float = TIME_LIMIT_S) -> LoadReport:
    """Load files, folders and globs into `store`; returns what was added and what failed.
    `progress(path, done, total)` is called before each file."""
    files, missing = expand_paths(inputs)
    report = LoadReport(failed=list(missing))

    def failed(path: str, message: str) -> None:
        report.failed.append((path, message))

    for done, path in enumerate(files):
        if progress:
            progress(path, done, len(files))
        for extraction in extract_files([path], grading=grading, on_error=failed, max_mb=max_mb,
                                        time_limit=time_limit):
            report.warnings.extend(extraction.document.warnings)
            try:
                result = store.write(extraction, replace=replace)
            except GraphIntelError as exc:
                failed(str(path), f"{path}: {exc}")
                continue
            if result.written:
                report.loaded.append(str(path))
                report.nodes_added += result.nodes_added
                report.claims_added += result.claims_added
            else:
                report.skipped.append(str(path))
    if report.loaded:
        # What analysts decided stands over what the documents (re)loaded say.
        from graph_intel.review import apply
        apply(store)
    return report
