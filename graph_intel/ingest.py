"""Loading documents into a store: read, extract, write — one transaction per
document (per batch of whole documents in a bulk load), a bad file reported and
skipped, never a half-written graph."""
from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterable, Iterator

from graph_intel.documents import MAX_DOCUMENT_MB, TIME_LIMIT_S, expand_paths, read_document
from graph_intel.errors import DocumentError, GraphIntelError
from graph_intel.extraction import extract
from graph_intel.extraction.gazetteer import gazetteer
from graph_intel.records import Extraction, LoadReport
from graph_intel.model import ontology
from graph_intel.store.base import BatchResult, GraphStore
from graph_intel.store import graphdata
from graph_intel.store.graphdata import WritePlan, write_plan


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


BULK_FILES = 200    # from this many files a load writes in batches (load --bulk asks for it anyway)
# Documents per transaction of a bulk load. LadybugDB checkpoints after every commit that copied
# rows in (about 6 s on two cores once the graph holds a few thousand documents, whatever the
# batch's size), so batches are large. 6,000 documents: 35.6 s and 1.6 GB peak in batches of 5,000
# by COPY, 45.8 s and 2.7 GB by UNWIND. A failed batch is retried one document at a time.
BATCH_DOCUMENTS = 5000
# Documents per transaction of a load file by file: one transaction each cost a commit each (1,000
# releases: 15.8 s of writing one per transaction, 3.5 s in groups of 200). A crash still leaves
# each document whole or absent; a group that fails is written again one document at a time.
GROUP_DOCUMENTS = 200


def load_paths(store: GraphStore, inputs: list[str], *, grading: str = "", replace: bool = False,
               progress: Callable[[Path, int, int], None] | None = None, max_mb: float = MAX_DOCUMENT_MB,
               time_limit: float = TIME_LIMIT_S, bulk: bool | None = None, workers: int | None = None,
               batch: int | None = None) -> LoadReport:
    """Load files, folders and globs into `store`; returns what was added and what failed.
    `progress(path, done, total)` is called before each file.

    A bulk load (`bulk`, or None and at least BULK_FILES files, never with `replace`) extracts in
    `workers` processes and writes `batch` (BATCH_DOCUMENTS) documents per transaction (COPY FROM on the
    embedded store): the graph is the one a load document by document makes, several times faster
    (benchmarks/bench_load.py)."""
    files, missing = expand_paths(inputs)
    report = LoadReport(failed=list(missing))

    def failed(path: str, message: str) -> None:
        report.failed.append((path, message))

    bulk = (len(files) >= BULK_FILES if bulk is None else bulk) and not replace
    extractions = _extracted_in_parallel(files, grading, max_mb, time_limit, failed, workers, progress) if bulk \
        else _extracted_in_turn(files, grading, max_mb, time_limit, failed, progress)
    with store.one_checkpoint():
        if bulk:
            _write_batches(store, extractions, report, batch or BATCH_DOCUMENTS)
        elif replace:
            _write_each(store, extractions, report)
        else:
            _write_batches(store, _planned(store, extractions, report), report, GROUP_DOCUMENTS, bulk=False)
    count_links(store)
    if report.loaded:
        # What analysts decided stands over what the documents (re)loaded say.
        from graph_intel.review import apply
        apply(store)
    return report


def count_links(store: GraphStore) -> int:
    """Count the documents of every link a load wrote uncounted: once for the whole load, not per
    document (and whatever a crashed load left). Returns how many claims were uncounted."""
    return store.transact(lambda run: graphdata.count_uncounted_links(run, store.onto), "link counts")


def _extracted_in_turn(files, grading, max_mb, time_limit, failed, progress) -> Iterator[tuple[Path, Extraction]]:
    for done, path in enumerate(files):
        if progress:
            progress(path, done, len(files))
        for extraction in extract_files([path], grading=grading, on_error=failed, max_mb=max_mb,
                                        time_limit=time_limit):
            yield path, extraction


def _extracted_in_parallel(files, grading, max_mb, time_limit, failed, workers,
                           progress) -> Iterator[tuple[Path, WritePlan, list[str]]]:
    """What to write of each file, in file order, from worker processes (each builds the gazetteer once)."""
    import multiprocessing
    import os

    workers = workers or max(1, (os.cpu_count() or 1))
    job = _Extractor(grading, max_mb, time_limit)
    # spawn: the workers start clean, not as copies of a process holding the open database
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        for done, (path, plan, warnings, error) in enumerate(pool.imap(job, files, chunksize=8)):
            if progress:
                progress(path, done, len(files))
            if error:
                failed(str(path), error)
            else:
                yield path, plan, warnings


class _Extractor:
    """One file in a worker process: extracted, and its rows to write checked against the ontology
    there, not in the writing process. Returns (path, plan, warnings, error), None where absent."""

    def __init__(self, grading: str, max_mb: float, time_limit: float) -> None:
        self.grading, self.max_mb, self.time_limit = grading, max_mb, time_limit

    def __call__(self, path: Path):
        errors: list[str] = []
        found = list(extract_files([path], grading=self.grading, on_error=lambda _p, m: errors.append(m),
                                   max_mb=self.max_mb, time_limit=self.time_limit))
        if not found:
            return path, None, None, errors[0]
        return path, write_plan(found[0], ontology()), found[0].document.warnings, None


def _planned(store: GraphStore, extractions, report: LoadReport) -> Iterator[tuple[Path, WritePlan, list[str]]]:
    """What to write of each extraction, as the bulk path's workers hand it over."""
    for path, extraction in extractions:
        try:
            yield path, write_plan(extraction, store.onto), extraction.document.warnings
        except GraphIntelError as exc:
            report.failed.append((str(path), f"{path}: {exc}"))


def _write_each(store: GraphStore, extractions, report: LoadReport) -> None:
    """Documents replacing their stored versions: one transaction each (the old version is removed
    and the new one written together)."""
    for path, extraction in extractions:
        _write_one(store, path, extraction, report)


def _write_one(store: GraphStore, path: Path, extraction: Extraction, report: LoadReport) -> None:
    report.warnings.extend(extraction.document.warnings)
    try:
        result = store.write(extraction, replace=True, count_links=False)
    except GraphIntelError as exc:
        report.failed.append((str(path), f"{path}: {exc}"))
        return
    if result.written:
        report.loaded.append(str(path))
        report.nodes_added += result.nodes_added
        report.claims_added += result.claims_added
    else:
        report.skipped.append(str(path))


def _write_batches(store: GraphStore, planned, report: LoadReport, size: int, bulk: bool = True) -> None:
    batch: list[tuple[Path, WritePlan, list[str]]] = []
    for item in planned:
        batch.append(item)
        if len(batch) == size:
            _write_batch(store, batch, report, bulk)
            batch = []
    if batch:
        _write_batch(store, batch, report, bulk)


def _write_batch(store: GraphStore, batch: list[tuple[Path, WritePlan, list[str]]], report: LoadReport,
                 bulk: bool) -> None:
    """One transaction for the batch; should it fail, each document on its own, so the one at fault is
    named and the others still go in."""
    for _, _, warnings in batch:
        report.warnings.extend(warnings)
    try:
        _count(report, store.write_many([plan for _, plan, _ in batch], bulk=bulk),
               [(path, plan) for path, plan, _ in batch])
    except GraphIntelError:
        for path, plan, _ in batch:
            try:
                _count(report, store.write_many([plan], bulk=bulk), [(path, plan)])
            except GraphIntelError as exc:
                report.failed.append((str(path), f"{path}: {exc}"))


def _count(report: LoadReport, result: BatchResult, written: list[tuple[Path, WritePlan]]) -> None:
    stored = set(result.written)
    for path, plan in written:
        doc_id = plan.document["id"]
        (report.loaded if doc_id in stored else report.skipped).append(str(path))
        stored.discard(doc_id)   # the same text twice: the second copy is already there
    report.nodes_added += result.nodes_added
    report.claims_added += result.claims_added
