"""Reading files into Documents: text, stable ids, metadata, encodings, errors."""
import json
import os

import pytest

from graph_intel.documents import document_id, expand_paths, html_to_text, metadata, read_document
from graph_intel.errors import DocumentError

RELEASE = """Police dismantle a cocaine ring in the port of Antwerp
Source: https://example.org/news/ring
Date: 2024-03-05

Officers seized 300 kg of cocaine on 2 March 2024.
"""


def test_header_lines_give_title_source_and_date(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Police dismantle a cocaine ring in the port of Antwerp"
    assert doc.source == "https://example.org/news/ring"
    assert doc.published == "2024-03-05" and doc.dated == "stated"
    assert doc.publisher == "example.org"
    assert doc.text == RELEASE


def test_without_headers_the_latest_body_date_and_the_trailing_url_are_used():
    info = metadata("Raids in Belgrade\n\nOn 3 May 2023 police arrested two men; on May 8, 2023 a third.\n"
                    "Press office: https://www.europol.europa.eu/media-press/newsroom/news/x")
    assert (info["published"], info["dated"]) == ("2023-05-08", "inferred")   # from events, so marked
    assert info["source"] == "https://www.europol.europa.eu/media-press/newsroom/news/x"
    assert info["publisher"] == "Europol"
    assert info["title"] == "Raids in Belgrade"


def test_a_date_in_the_source_url_path_is_the_publication_date():
    info = metadata("Title\nSource: https://www.government.nl/news/2011/06/30/harc-team\nThe team found drugs.")
    assert (info["published"], info["dated"]) == ("2011-06-30", "stated")


def test_a_document_without_any_date_says_so():
    info = metadata("Raids in Belgrade\n\nLast week police arrested two men.")
    assert (info["published"], info["dated"]) == ("", "")


def test_a_sidecar_date_is_stated(tmp_path):
    path = tmp_path / "release.txt"
    path.write_text("Raids in Belgrade\n\nOn 3 May 2023 police arrested two men.", encoding="utf-8")
    (tmp_path / "release.txt.meta.json").write_text('{"published": "2023-05-04"}', encoding="utf-8")
    doc = read_document(path)
    assert (doc.published, doc.dated) == ("2023-05-04", "stated")


def test_the_seed_documents_keep_their_metadata(seed_files):
    europol = read_document(next(p for p in seed_files if p.name.startswith("europol")))
    assert europol.title.startswith("Serbian authorities seize assets")
    assert europol.source.startswith("https://www.europol.europa.eu/")
    assert europol.publisher == "Europol"
    assert europol.published.startswith("2023-05")


def test_document_id_ignores_spacing_and_line_endings_but_not_words():
    assert document_id("Seven tonnes\r\nof cocaine ") == document_id("Seven  tonnes of cocaine")
    assert document_id("Seven tonnes of cocaine") != document_id("Six tonnes of cocaine")
    assert document_id("x").startswith("doc:")


def test_html_keeps_visible_text_only():
    html = ("<html><head><title>Seizure in Rotterdam</title><style>p{color:red}</style>"
            "<meta property='article:published_time' content='2022-01-04T10:00:00Z'></head>"
            "<body><script>var cocaine = 1;</script><h1>Seizure</h1><p>700 kg of cocaine</p>"
            "<p>found in Rotterdam.</p></body></html>")
    text, meta = html_to_text(html)
    assert "var cocaine" not in text and "color:red" not in text
    assert "700 kg of cocaine" in text and "found in Rotterdam." in text
    assert text.index("cocaine") < text.index("found in")
    assert meta["title"] == "Seizure in Rotterdam"


def test_html_file_metadata(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><title>Seizure in Rotterdam</title>"
                    "<meta property='article:published_time' content='2022-01-04T10:00:00Z'></head>"
                    "<body><p>Customs found 700 kg of cocaine.</p></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert doc.title == "Seizure in Rotterdam"
    assert doc.published == "2022-01-04"
    assert "<p>" not in doc.text


def test_legacy_encoding_is_read_with_a_warning(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Polícia Judiciária seized cocaine in Lisboa".encode("cp1252"))
    doc = read_document(path)
    assert "Polícia Judiciária" in doc.text
    assert doc.warnings and "legacy.txt" in doc.warnings[0]


def test_sidecar_metadata_and_grading(tmp_path):
    path = tmp_path / "report.md"
    path.write_text("# Report\n\nCustoms found 10 kg of heroin.\n", encoding="utf-8")
    (tmp_path / "report.md.meta.json").write_text(json.dumps({"publisher": "Customs", "grading": "b2"}))
    doc = read_document(path)
    assert doc.title == "Report"
    assert doc.publisher == "Customs"
    assert doc.grading == "B2"
    assert read_document(path, grading="A1").grading == "A1"


def minimal_pdf(lines: list[str], title: str) -> bytes:
    """A one-page PDF with a real text layer, written by hand (offsets and all)."""
    text = " ".join(f"({line}) Tj T*" for line in lines)
    stream = f"BT /F1 11 Tf 14 TL 50 750 Td {text} ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        f"<< /Title ({title}) /CreationDate (D:20240311120000Z) >>".encode(),
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_pdf_text_layer_and_metadata(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(minimal_pdf(["Customs seized 300 kg of cocaine in Antwerp.", "Europol supported the case."],
                                 "Seizure in Antwerp"))
    doc = read_document(path)
    assert "Customs seized 300 kg of cocaine in Antwerp." in doc.text
    assert "Europol supported the case." in doc.text
    assert doc.title == "Seizure in Antwerp"
    assert doc.published == "2024-03-11"


@pytest.mark.parametrize("name, content, message", [
    ("notes.docx", b"PK", "unsupported file type .docx"),
    ("broken.pdf", b"%PDF-1.4 nothing", "not a readable PDF"),
    ("empty.txt", b"   \n", "has no text"),
])
def test_unreadable_documents_get_an_error_naming_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message) as info:
        read_document(path)
    assert name in str(info.value)


def test_a_grading_outside_the_admiralty_scale_is_refused(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Customs found 10 kg of heroin.")
    with pytest.raises(DocumentError, match="Admiralty"):
        read_document(path, grading="G7")


def test_expand_paths_takes_files_folders_and_globs(tmp_path):
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("b")
    (tmp_path / "sub" / "b.md.meta.json").write_text("{}")
    (tmp_path / "c.csv").write_text("c")
    files, missing = expand_paths([str(tmp_path), str(tmp_path / "*.txt"), str(tmp_path / "nothing-*.txt")])
    assert sorted(p.name for p in files) == ["a.txt", "b.md"]
    assert missing and "nothing-*.txt" in missing[0][1]


def test_html_leaves_out_navigation_and_related_news():
    html = ("<html><head><title>Harbour seizure</title></head><body>"
            "<nav><ul><li><a href='/'>Home</a></li><li><a href='/news'>All news</a></li></ul></nav>"
            "<article><h1>Customs seize 40 kg of heroin in Portville</h1>"
            "<p>Officers of the Kordovia Customs seized 40 kg of heroin in the port of Portville on Monday.</p>"
            "<p>Two men were arrested and the inquiry, codenamed Operation Quartz, continues.</p></article>"
            "<aside><h3>Related news</h3><ul><li><a href='/x'>Operation Tiger dismantles a gang</a></li></ul></aside>"
            "<footer>Copyright Kordovia Customs</footer></body></html>")
    text, _ = html_to_text(html)
    assert "Operation Quartz" in text and "40 kg of heroin" in text
    assert "Operation Tiger" not in text and "All news" not in text and "Copyright" not in text


def test_binary_files_are_refused_and_utf16_with_bom_is_read(tmp_path):
    from graph_intel.errors import DocumentError
    noise = tmp_path / "noise.txt"
    noise.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(DocumentError, match="binary data"):
        read_document(noise)
    controls = tmp_path / "controls.txt"
    controls.write_bytes(b"Police \x1b\x07\x08 seized\x01\x02\x03 drugs" * 10)
    with pytest.raises(DocumentError, match="binary data"):
        read_document(controls)
    utf16 = tmp_path / "utf16.txt"
    utf16.write_text("Police seized 40 kg of cocaine in Portville.", encoding="utf-16")
    assert "40 kg of cocaine" in read_document(utf16).text
    for encoding in ("utf-16-le", "utf-16-be"):   # saved without a byte-order mark
        bare = tmp_path / f"{encoding}.txt"
        bare.write_bytes("Police seized 40 kg of cocaine in Portville.".encode(encoding))
        document = read_document(bare)
        assert document.text.startswith("Police seized 40 kg") and "without a byte-order mark" in document.warnings[0]


def test_a_file_over_the_size_limit_or_not_a_regular_file_is_refused(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("Police seized 40 kg of cocaine in Portville. " * 30_000)   # 1.35 MB
    with pytest.raises(DocumentError, match=r"big.txt: 1.4 MB, over the 1 MB limit.*--max-size"):
        read_document(big, max_mb=1)
    assert read_document(big, max_mb=2).text
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(DocumentError, match="not a regular file"):
        read_document(fifo)   # would wait for a writer forever if it were opened


def test_html_that_breaks_the_article_parser_keeps_its_visible_text():
    text, _ = html_to_text("<html><body><p>Source: https://x.org[ and 40 kg of heroin</p></body></html>")
    assert "40 kg of heroin" in text


def test_a_malformed_source_url_gives_no_publisher_and_no_crash():
    assert metadata("Seizure\nSource: https://x.org[\n\nText.")["publisher"] == ""


def test_a_web_page_saved_as_a_text_file_is_read_as_a_page(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("<!DOCTYPE html>\n<html><head><title>Harbour seizure</title></head><body>"
                    "<nav><a href='/'>Home</a> <a href='/news'>All news</a></nav>"
                    "<article><h1>Customs seize 40 kg of heroin in Portville</h1>"
                    "<p>Officers of the Kordovia Customs seized 40 kg of heroin in the port of Portville.</p></article>"
                    "<aside><h3>Most read</h3><ul><li><a href='/x'>Police seize 2 tonnes of cocaine</a></li></ul>"
                    "</aside></body></html>", encoding="utf-8")
    doc = read_document(path)
    assert "40 kg of heroin" in doc.text and "<p>" not in doc.text
    assert "2 tonnes" not in doc.text and "All news" not in doc.text


def test_a_text_file_that_only_mentions_markup_stays_text(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("Customs seized 40 kg of heroin. The report quoted a <html> tag by mistake.", encoding="utf-8")
    assert "<html>" in read_document(path).text
