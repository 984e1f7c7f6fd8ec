"""Reading files into Document records: text, id and metadata."""
from __future__ import annotations

import codecs
import glob
import hashlib
import json
import re
import unicodedata
from datetime import date
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlparse

from graph_intel.errors import DocumentError
from graph_intel.records import Document

SUFFIXES = {".txt", ".md", ".html", ".htm", ".pdf"}
# Bounds on one document, so one file cannot stall a batch: the file's size (a PDF report
# with its images fits), and the text extraction works on (about a thousand pages).
MAX_DOCUMENT_MB = 50
TIME_LIMIT_S = 120   # reading and extracting one document; a press release takes milliseconds
MAX_TEXT_CHARS = 4_000_000
SIDECAR_SUFFIX = ".meta.json"
GRADING = re.compile(r"^[A-F][1-6]$")

MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august",
     "september", "october", "november", "december"], start=1)}
MONTH_RE = "|".join(MONTHS) + "|" + "|".join(m[:3] for m in MONTHS) + "|sept"
DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\.?,?\s+((?:19|20)\d\d)\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)\b", re.I)
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
URL = re.compile(r"https?://[^\s<>\"')\]]+")
HEADER = re.compile(r"^(?P<key>source|date|published|publisher|title|url|fonte/source)\s*:\s*(?P<value>.*\S)\s*$",
                    re.I | re.M)
URL_DATE = re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)/")

PUBLISHERS = {
    "europol.europa.eu": "Europol", "eurojust.europa.eu": "Eurojust", "selec.org": "SELEC",
    "maoc.eu": "MAOC-N", "interpol.int": "INTERPOL", "nationalcrimeagency.gov.uk": "National Crime Agency",
    "gov.uk": "GOV.UK", "government.nl": "Government of the Netherlands", "dea.gov": "DEA",
    "justice.gov": "US Department of Justice", "unodc.org": "UNODC", "frontex.europa.eu": "Frontex",
}


def normalise_text(text: str) -> str:
    """The form a document's id is computed from: the same words give the same id
    whatever the line endings, spacing or Unicode composition."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def document_id(text: str) -> str:
    return "doc:" + hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:24]


def decode(raw: bytes, path: str) -> tuple[str, list[str]]:
    """UTF-8 (with or without BOM) or UTF-16 with its BOM; legacy Windows/Latin-1 files with a
    warning; binary data (NUL bytes, control characters) refused rather than read as text."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _text_or_refuse(raw.decode("utf-16"), path), []
        except UnicodeDecodeError:
            raise DocumentError(f"{path}: not valid UTF-16 although it starts like it; re-save it as UTF-8") from None
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _text_or_refuse(utf16, path), [f"{path}: UTF-16 without a byte-order mark, read as UTF-16"]
    if b"\x00" in raw[:65536]:
        raise DocumentError(f"{path}: binary data, not text (NUL bytes); convert it to .txt, .html or .pdf first")
    try:
        return _text_or_refuse(raw.decode("utf-8-sig"), path), []
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1252", "latin-1"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        return _text_or_refuse(text, path), [f"{path}: not valid UTF-8, read as {encoding}; check accented names"]
    raise DocumentError(f"{path}: cannot decode the file as text")  # pragma: no cover - latin-1 decodes anything


def _utf16_without_bom(raw: bytes) -> str | None:
    """Text saved as UTF-16 without a BOM: mostly ASCII, so every other byte is NUL."""
    sample = raw[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    for encoding, zeros in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if zeros.count(0) >= 0.9 * len(zeros):
            try:
                return raw.decode(encoding)
            except UnicodeDecodeError:
                return None
    return None


def _text_or_refuse(text: str, path: str) -> str:
    """Text whose sample is more than 1 % control characters is binary data read as text."""
    sample = text[:65536]
    control = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f")
    if sample and control > 0.01 * len(sample):
        raise DocumentError(f"{path}: binary data, not text ({control} control characters in the first "
                            f"{len(sample):,}); convert it to .txt, .html or .pdf first")
    return text


class _VisibleText(HTMLParser):
    """Visible text of an HTML page; scripts, styles and head dropped,
    block elements turned into line breaks so sentences stay apart."""
    HIDDEN = {"script", "style", "noscript", "template", "head", "svg", "iframe"}
    BLOCK = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
             "section", "article", "header", "footer", "blockquote", "pre", "dd", "dt", "hr", "figcaption"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0
        self.in_title = False
        self.title = ""
        self.meta: dict[str, str] = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "title":
            self.in_title = True
        if tag == "meta":
            key = (attrs.get("property") or attrs.get("name") or "").lower()
            if key and attrs.get("content"):
                self.meta[key] = attrs["content"]
        if tag == "link" and (attrs.get("rel") or "").lower() == "canonical" and attrs.get("href"):
            self.meta.setdefault("canonical", attrs["href"])
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag == "title":
            self.in_title = False
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self.in_title:
            self.title += data
        elif not self.hidden:
            self.parts.append(data)

    def text(self) -> str:
        joined = "".join(self.parts)
        lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in joined.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """The main text of a page (trafilatura: navigation, related-news links, footers and
    comments left out) and its metadata. A page trafilatura finds no article in (a bare
    fragment) falls back to its visible text."""
    import trafilatura

    parser = _VisibleText()
    parser.feed(html)
    parser.close()
    meta = dict(parser.meta)
    if parser.title.strip():
        meta.setdefault("title", parser.title.strip())
    try:
        article = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_tables=True,
                                              favor_precision=True)
    except Exception:  # hostile markup can break the parser (a malformed URL raises ValueError): keep visible text
        article = None
    main = (article.text or "").strip() if article else ""
    if not main:
        return parser.text(), meta
    if article.title:
        meta.setdefault("title", article.title)
    if article.date:
        meta.setdefault("date", article.date)
    if article.url:
        meta.setdefault("canonical", article.url)
    return main + "\n", meta


def pdf_to_text(raw: bytes, path: str) -> tuple[str, dict[str, str]]:
    """The text layer of a PDF, page after page; its Title and creation date as metadata.
    A scanned PDF without a text layer has no text: it is refused, not guessed."""
    import io
    import logging

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)   # its repair notes would add lines to our one-line errors

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata or {}
    except PdfReadError as exc:
        raise DocumentError(f"{path}: not a readable PDF ({_first_line(exc)})") from None
    except Exception as exc:  # noqa: BLE001 - pypdf's limits, recursion, broken streams: one file's error
        raise DocumentError(f"{path}: not a readable PDF ({type(exc).__name__}: {_first_line(exc)})") from None
    meta = {}
    if info.get("/Title"):
        meta["title"] = str(info["/Title"]).strip()
    created = str(info.get("/CreationDate") or "")
    m = re.match(r"D:((?:19|20)\d\d)(\d\d)(\d\d)", created)
    if m:
        meta["date"] = f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
    return "\n\n".join(p.strip() for p in pages if p.strip()) + "\n", meta


def _first_line(exc: BaseException) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]


def _iso(year: str, month: int, day: str) -> str:
    try:
        return date(int(year), month, int(day)).isoformat()
    except ValueError:
        return ""


def dates_in(text: str) -> list[str]:
    """Every full date written in the text, as ISO strings."""
    found = []
    for m in DAY_MONTH_YEAR.finditer(text):
        found.append(_iso(m.group(3), MONTHS[_month_key(m.group(2))], m.group(1)))
    for m in MONTH_DAY_YEAR.finditer(text):
        found.append(_iso(m.group(3), MONTHS[_month_key(m.group(1))], m.group(2)))
    for m in ISO_DATE.finditer(text):
        found.append(_iso(m.group(1), int(m.group(2)), m.group(3)))
    return [d for d in found if d]


def _month_key(word: str) -> str:
    word = word.lower().rstrip(".")
    for name in MONTHS:
        if name.startswith(word[:3]):
            return name
    raise KeyError(word)


def publisher_of(url: str) -> str:
    try:
        host = urlparse(url).netloc.lower().removeprefix("www.")
    except ValueError:  # "https://x.org[" is not a URL: no publisher
        return ""
    for domain, name in PUBLISHERS.items():
        if host == domain or host.endswith("." + domain):
            return name
    return host


def metadata(text: str, meta: dict[str, str] | None = None) -> dict[str, str]:
    """Title, source, published date and publisher as the text gives them."""
    meta = dict(meta or {})
    headers = {}
    for m in HEADER.finditer(text):
        headers.setdefault(m.group("key").lower(), m.group("value"))
    title = headers.get("title") or meta.get("og:title") or meta.get("title") or _first_line_title(text)
    urls = URL.findall(text)
    source = (_url_in(headers.get("source")) or _url_in(headers.get("url")) or meta.get("og:url")
              or meta.get("canonical") or (urls[-1].rstrip(".,;") if urls else "") or headers.get("source", ""))
    published, dated = _published(text, headers, meta, source)
    publisher = headers.get("publisher") or meta.get("og:site_name") or (publisher_of(source) if "://" in source else "")
    return {"title": title, "source": source, "published": published, "dated": dated, "publisher": publisher}


def _url_in(value: str | None) -> str:
    if not value:
        return ""
    m = URL.search(value)
    return m.group(0).rstrip(".,;") if m else ""


def _first_line_title(text: str) -> str:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            # A first "line" that is a whole paragraph is not a title: keep its first sentence.
            if len(line) > 160:
                line = re.split(r"(?<=[.!?])\s", line, maxsplit=1)[0]
            return line[:300]
    return ""


def _published(text: str, headers: dict[str, str], meta: dict[str, str], source: str) -> tuple[str, str]:
    """The publication date and how it is known: "stated" (a header, the page's metadata, the
    address), "inferred" (the latest date the text gives), or ("", "") when nothing says."""
    for value in (headers.get("date"), headers.get("published"), meta.get("article:published_time"),
                  meta.get("date")):
        if value:
            found = dates_in(value)
            if found:
                return found[0], "stated"
    m = URL_DATE.search(source or "")
    if m:
        iso = _iso(m.group(1), int(m.group(2)), m.group(3))
        if iso:
            return iso, "stated"
    # A release is published on or after every event it reports: the latest full date.
    found = dates_in(text)
    return (max(found), "inferred") if found else ("", "")


def _an_html_page(text: str) -> bool:
    """A web page saved under a text file's name ('page.txt' holding '<!DOCTYPE html>...'): read as
    the page it is, its menus and links left out, not as markup."""
    return re.match(r"\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+html|html)\b", text[:2000], re.I | re.S) is not None


def read_document(path: str | Path, *, grading: str = "", max_mb: float = MAX_DOCUMENT_MB) -> Document:
    """Read one file into a Document; metadata from a `NAME.meta.json` sidecar
    overrides what the text gives. Files over ``max_mb`` megabytes, or whose text
    is over ``MAX_TEXT_CHARS`` characters, are refused."""
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise DocumentError(f"{path}: unsupported file type {path.suffix or '(none)'}; "
                            f"use one of {', '.join(sorted(SUFFIXES))}")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise DocumentError(f"{path}: not a regular file; give documents (files or folders of them)")
        if size > max_mb * 1_000_000:
            raise DocumentError(f"{path}: {size / 1_000_000:,.1f} MB, over the {max_mb:g} MB limit for one "
                                f"document; split it, or raise the limit with --max-size")
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot read ({exc.strerror or exc})") from None
    meta: dict[str, str] = {}
    if path.suffix.lower() == ".pdf":
        text, meta = pdf_to_text(raw, str(path))
        warnings: list[str] = []
    else:
        text, warnings = decode(raw, str(path))
    if path.suffix.lower() in {".html", ".htm"} or _an_html_page(text):
        text, meta = html_to_text(text)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentError(f"{path}: {len(text):,} characters of text, over the {MAX_TEXT_CHARS:,} a document may "
                            f"have; split it into its parts")
    if not text.strip():
        hint = " (a scanned PDF without a text layer? run OCR on it first)" if path.suffix.lower() == ".pdf" else ""
        raise DocumentError(f"{path}: the document has no text{hint}")
    info = metadata(text, meta)
    sidecar = _sidecar(path)
    if sidecar.get("published"):
        sidecar["dated"] = "stated"
    info.update(sidecar)
    grade = (grading or info.pop("grading", "") or "").upper()
    info.pop("grading", None)
    if grade and not GRADING.fullmatch(grade):   # fullmatch: 'B2\n' is not B2
        raise DocumentError(f"{path}: grading {grade!r} is not an Admiralty code such as B2 "
                            "(source reliability A-F, information credibility 1-6)")
    return Document(id=document_id(text), text=text, path=str(path), grading=grade, warnings=warnings,
                    **{k: info.get(k, "") for k in ("title", "source", "published", "dated", "publisher")})


def _sidecar(path: Path) -> dict[str, str]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return {}
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise DocumentError(f"{sidecar}: not a readable JSON object ({exc})") from None
    if not isinstance(data, dict):
        raise DocumentError(f"{sidecar}: expected a JSON object with title/source/published/publisher/grading")
    return {k: str(v) for k, v in data.items() if k in {"title", "source", "published", "publisher", "grading"}}


def document_from_text(text: str, *, path: str = "", grading: str = "") -> Document:
    """A Document from text already in memory (notebooks, tests)."""
    info = metadata(text)
    return Document(id=document_id(text), text=text, path=path, grading=grading.upper(), **info)


def expand_paths(inputs: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Files, folders (recursively) and globs -> document files, plus inputs that matched nothing."""
    files: list[Path] = []
    missing: list[tuple[str, str]] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
                           and not p.name.endswith(SIDECAR_SUFFIX))
            if not found:
                missing.append((item, f"{item}: no .txt, .md, .html or .pdf files in this folder"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            matches = sorted(Path(p) for p in glob.glob(item, recursive=True) if Path(p).is_file())
            if matches:
                files.extend(matches)
            else:
                missing.append((item, f"{item}: no such file, folder or glob match"))
    seen: set[Path] = set()
    unique = []
    for f in files:
        key = f.resolve()
        if key not in seen:
            seen.add(key)
            unique.append(f)
    return unique, missing
