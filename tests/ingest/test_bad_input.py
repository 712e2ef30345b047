"""Files that are not articles are refused with a message naming the file and the reason."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from desktop.ingest import MAX_FILE_BYTES, IngestError, read_bytes, read_file, read_pasted
from desktop.ingest import html as ingest_html


def test_unknown_suffix(tmp_path: Path) -> None:
    path = tmp_path / "report.pages"
    path.write_bytes(b"PK\x03\x04 whatever")
    with pytest.raises(IngestError, match=r"report\.pages: \.pages files are not supported"):
        read_file(path)
    with pytest.raises(IngestError, match="no file extension"):
        read_bytes(b"text", "README")


def test_empty_files(tmp_path: Path) -> None:
    for name, content in [("empty.txt", b""), ("blank.md", b"  \n\n\t\n"), ("empty.html", b"")]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(IngestError, match=rf"{name}: the file is empty"):
            read_file(path)


def test_html_without_any_text_is_refused() -> None:
    with pytest.raises(IngestError, match=r"nothing\.html: no text found"):
        read_bytes(
            b"<html><head><title></title></head><body><div></div></body></html>", "nothing.html"
        )


def test_binary_files_are_refused_with_what_they_are() -> None:
    with pytest.raises(IngestError, match=r"scan\.txt: is a PDF document"):
        read_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "scan.txt")
    with pytest.raises(IngestError, match=r"photo\.html: is a PNG image"):
        read_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.html")
    with pytest.raises(IngestError, match=r"blob\.md: contains NUL bytes"):
        read_bytes(bytes(range(256)) * 4, "blob.md")
    noise = bytes((i * 37 + 11) % 256 for i in range(4096)).replace(b"\x00", b"\x01")
    with pytest.raises(IngestError, match=r"noise\.txt: .*binary"):
        read_bytes(noise, "noise.txt")


def test_file_over_the_limit_is_refused_before_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no 50 MB actually written
    opened: list[Path] = []
    real_open = Path.open

    def spy_open(self: Path, *args: object, **kwargs: object) -> object:
        opened.append(self)
        return real_open(self, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", spy_open)
    with pytest.raises(IngestError, match=r"huge\.txt: is 50\.0 MB; files over 50 MB"):
        read_file(path)
    assert path not in opened


def test_file_at_the_limit_is_read(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = b"The soldiers were captured in the Kursk region on Thursday, officials said.\n"
    path.write_bytes(b"Big file\n\n" + line * 2000)
    data, article = read_file(path)
    assert len(data) == path.stat().st_size
    assert article.title == "Big file"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match=r"gone\.txt: cannot be read"):
        read_file(tmp_path / "gone.txt")
    folder = tmp_path / "folder.html"
    folder.mkdir()
    with pytest.raises(IngestError, match=r"folder\.html: is not a file"):
        read_file(folder)


def test_pasted_nothing() -> None:
    with pytest.raises(IngestError, match="nothing was pasted"):
        read_pasted("   \n ")


def test_html_time_limit_stops_waiting(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        raise AssertionError("should have been abandoned")

    monkeypatch.setattr(ingest_html, "_extract", slow)
    monkeypatch.setattr(ingest_html, "TIME_LIMIT_S", 0.2)
    started = time.process_time()
    with pytest.raises(
        IngestError, match=r"slow\.html: extracting the page took longer than 0\.2 s"
    ):
        read_bytes(b"<html><body><p>hello there</p></body></html>", "slow.html")
    assert time.process_time() - started < 1.0


def test_page_with_too_many_tags_is_refused_quickly() -> None:
    page = b"<html><body>" + b"<span>x</span>" * 300_000 + b"</body></html>"
    started = time.process_time()
    with pytest.raises(IngestError, match=r"tags\.html: the page has about 600,004 tags"):
        read_bytes(page, "tags.html")
    assert time.process_time() - started < 5


def test_deeply_nested_page_is_read_without_hanging() -> None:
    depth = 100_000
    page = (
        "<html><body><article><p>The prisoners were questioned in Kyiv on Monday, officials "
        "said, and more details were expected later in the week.</p></article>"
        + "<div>" * depth
        + "deep"
        + "</div>" * depth
        + "</body></html>"
    ).encode()
    started = time.process_time()
    article = read_bytes(page, "deep.html")
    assert time.process_time() - started < 10
    assert "The prisoners were questioned in Kyiv on Monday" in article.text


def test_scripts_styles_and_inline_images_do_not_count_against_the_budget() -> None:
    # 30 MB of script and base64 image data around a short article: cut out before parsing.
    filler = "var x = '" + "a" * (10 * 1024 * 1024) + "';"
    image = "data:image/png;base64," + "A" * (10 * 1024 * 1024)
    page = (
        f"<html><head><script>{filler}</script><style>{'b{}' * 3_000_000}</style></head><body>"
        f'<img src="{image}"><article><h1>Headline here</h1>'
        "<p>Officials said on Tuesday that the two soldiers were in good health and would be "
        "questioned again this week.</p></article></body></html>"
    )
    started = time.process_time()
    article = read_pasted(page, is_html=True)
    assert time.process_time() - started < 15
    assert "two soldiers were in good health" in article.text
    assert "aaaa" not in article.text


def test_unclosed_scripts_and_comments_cost_linear_time() -> None:
    page = "<html><body><p>Short text before the trap, long enough to count.</p>" + (
        "<script>" * 200_000 + "<!--" * 200_000
    )
    started = time.process_time()
    slim, _ = ingest_html.slim_markup(page)
    assert time.process_time() - started < 3
    assert "Short text before the trap" in slim


def test_text_file_reader_handles_one_huge_line() -> None:
    data = b"Headline\n\n" + b"word " * 2_000_000 + b"\n"
    started = time.process_time()
    article = read_bytes(data, "oneline.txt")
    assert time.process_time() - started < 20
    assert article.title == "Headline"


def test_page_too_large_for_main_text_detection_is_read_block_by_block() -> None:
    rows = "".join(
        f"<div class='row'><p><span>Item</span> <span>{i}</span> of the list.</p></div>"
        for i in range(8_000)
    )
    page = (
        "<html><body><nav class='menu'><a href='/'>Home</a></nav><article><h1>Wide page</h1>"
        "<p>The prisoners were questioned in Kyiv on Monday, officials said.</p>"
        f"{rows}</article><footer>© 2025 Sample Outlet</footer></body></html>"
    ).encode()
    started = time.process_time()
    article = read_bytes(page, "wide.html")
    assert time.process_time() - started < 15
    assert any("too large for main-text detection" in w for w in article.warnings)
    assert article.title == "Wide page"
    assert "The prisoners were questioned in Kyiv on Monday" in article.text
    assert "Item 7999 of the list." in article.text
    removed = {b.text: b.reason for b in article.blocks if not b.kept}
    assert removed["Home"] == "navigation"
    assert removed["© 2025 Sample Outlet"] == "copyright"
