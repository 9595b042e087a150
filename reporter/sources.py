"""Stage 1: find and read the input files into Articles.

Offsets everywhere else index into the text decoded here, so decoding never rewrites
newlines or any other character: ``open(path, encoding=article.encoding, newline="")``
gives back exactly ``article.text``. A saved web page (``.html``, ``.htm``) is the
exception: its text is the article extracted from it (``reporter.pages``), which the
JSON report embeds. Problems the user must fix raise ``SourceError``;
inputs that can be dropped without lying (empty files, exact copies) become warnings
the caller prints, because the library never prints.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from reporter.errors import SourceError
from reporter.model import Article
from reporter.pages import HTML_SUFFIXES, declared_charset, extract_page

SUFFIXES = (".txt", ".md", *HTML_SUFFIXES)
"""File types picked up from a directory."""

MARKDOWN_SUFFIXES = (".md", ".markdown")
"""Files read as Markdown: their syntax is ignored when finding sentences."""

MAX_BYTES = 20 * 1024 * 1024
"""Files above this size are refused rather than read into memory."""

LEGACY_ENCODINGS = ("cp1252", "latin_1", "iso8859_15")
"""The only non-Unicode encodings tried: those of old French and English archives.
Letting the detector choose among all code pages mis-reads short French text (it
picks cp1006 or cp1250 for ``Élysée, été``)."""

MAX_CHAOS = 0.1
"""Highest charset-normalizer mess ratio accepted for a detected encoding."""

MAX_CONTROL_SHARE = 0.05
"""Share of control characters above which decoded "text" is taken for binary data."""

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or a .docx/.odt document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document"),
)
# Unicode category Cc less the white space of text files (tab, LF, VT, FF, CR).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
# Characters of French and English text a single-byte code page can carry; a
# cp1252 reading made only of these is trusted when the detector abstains (short files).
_LATIN_TEXT = frozenset(
    "ÀÂÄÆÇÈÉÊËÎÏÔÖŒÙÛÜŸàâäæçèéêëîïôöœùûüÿ"
    "ÁÍÑÓÚáíñóú«»‘’“”–—…€£°²³§µ·×÷\u00a0"
)


@dataclass(frozen=True, slots=True)
class Sources:
    """What reading the inputs gave: the usable articles and what was set aside."""

    articles: tuple[Article, ...]
    """Usable sources, in discovery order (one per distinct text)."""
    warnings: tuple[str, ...] = ()
    """One line per skipped input (empty, or a copy of another), naming the file."""


def show(path: Path | str) -> str:
    """A path made safe for a one-line message: control characters escaped."""
    text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def discover(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Expand directories into their ``.txt``, ``.md``, ``.html`` and ``.htm`` files,
    sorted by name.

    Paths keep the form the user gave them (a directory's files are joined onto it), so
    the report names files as the user knows them. The same file given twice counts once.
    """
    found: list[Path] = []
    seen: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        try:
            is_dir = path.is_dir()
            if is_dir:
                files = sorted(
                    (p for p in path.iterdir()
                     if p.suffix.lower() in SUFFIXES and p.is_file()),
                    key=lambda p: p.name,
                )
        except PermissionError as exc:
            raise SourceError(f"{show(path)}: permission denied") from exc
        except OSError as exc:
            raise SourceError(f"{show(path)}: cannot read ({exc.strerror or exc})") from exc
        if is_dir:
            if not files:
                raise SourceError(f"{show(path)}: directory has no .txt, .md or .html files")
        elif path.exists():
            files = [path]
        else:
            raise SourceError(f"{show(path)}: no such file or directory")
        for file in files:
            key = file.resolve()
            if key not in seen:
                seen.add(key)
                found.append(file)
    return found


def decode(data: bytes, name: str, *, declared: str | None = None) -> tuple[str, str]:
    """Decode a file's bytes, returning the text and the Python codec name used.

    A byte order mark first, then strict UTF-8 (most files), then the ``declared``
    codec (a web page's ``<meta charset>``) when it reads the bytes, then the legacy
    code pages via charset-normalizer. Valid UTF-8 wins over a declared legacy charset:
    a page in UTF-8 under a stale ``iso-8859-1`` header is a common slip, and legacy
    text is almost never valid UTF-8. ``name`` only labels error messages.

    Raises:
        SourceError: binary data, or bytes no encoding reads with confidence.
    """
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise SourceError(f"{name}: binary file ({kind}), not text")
    text: str | None = None
    encoding = "utf-8"
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(codec), codec
            except UnicodeDecodeError as exc:
                label = codec.removesuffix("-sig").upper()
                raise SourceError(
                    f"{name}: starts with a {label} byte order mark but is not valid"
                    f" {label} (at byte {exc.start})") from exc
            break
    if text is None:
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            if b"\x00" in data:
                raise SourceError(
                    f"{name}: binary file (contains NUL bytes), not text") from exc
            text, encoding = _declared(data, declared) or _detect(data, name, exc)
    if "\x00" in text:
        raise SourceError(f"{name}: binary file (contains NUL characters), not text")
    controls = len(_CONTROL.findall(text))
    if controls and controls > MAX_CONTROL_SHARE * len(text):
        raise SourceError(f"{name}: binary file ({controls} control characters in"
                          f" {len(text)}), not text")
    return text, encoding


def _declared(data: bytes, codec: str | None) -> tuple[str, str] | None:
    """The bytes read with the codec a page declares, or None when it cannot read them
    (a page whose declaration is wrong is read as any other file)."""
    if codec is None:
        return None
    try:
        return data.decode(codec), codec
    except UnicodeDecodeError:
        return None


def _detect(data: bytes, name: str, error: UnicodeDecodeError) -> tuple[str, str]:
    """Decode non-UTF-8 bytes as a legacy code page, or explain why not."""
    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is not None and best.chaos <= MAX_CHAOS:
        codec = codecs.lookup(best.encoding).name
        return data.decode(codec), codec
    # The detector abstains on short texts; accept cp1252 when it reads as plain Latin text.
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = ""
    if text and all(c.isascii() or c in _LATIN_TEXT for c in text):
        return text, "cp1252"
    raise SourceError(
        f"{name}: not UTF-8 and no known encoding reads it with confidence"
        f" (byte 0x{data[error.start]:02x} at offset {error.start}); convert it to UTF-8")


def read_article(path: Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one regular file into an Article whose id is the stem.

    Raises:
        SourceError: the file is too big, not a regular file, unreadable or not text.
    """
    name = show(path)
    try:
        str(path).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise SourceError(f"{name}: file name is not valid UTF-8 (rename the file)") from exc
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise SourceError(f"{name}: is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise SourceError(f"{name}: not a regular file")
        if info.st_size > max_bytes:
            raise SourceError(f"{name}: file is {_size(info.st_size)}, above the"
                              f" {_size(max_bytes)} limit (see --max-size)")
        with path.open("rb") as f:
            data = f.read(max_bytes + 1)
    except PermissionError as exc:
        raise SourceError(f"{name}: permission denied") from exc
    except OSError as exc:
        raise SourceError(f"{name}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > max_bytes:  # grew since stat
        raise SourceError(f"{name}: file is above the {_size(max_bytes)} limit")
    if path.suffix.lower() in HTML_SUFFIXES:
        return _read_page(path, data, name)
    text, encoding = decode(data, name)
    markdown = path.suffix.lower() in MARKDOWN_SUFFIXES
    return Article(id=path.stem, path=str(path), text=text, encoding=encoding,
                   markup="markdown" if markdown else "text",
                   format="markdown" if markdown else "text")


def _read_page(path: Path, data: bytes, name: str) -> Article:
    """A saved web page as the Article of its extracted text (an empty or blank file
    keeps its blank text, to be skipped like any other)."""
    html, encoding = decode(data, name, declared=declared_charset(data))
    if is_blank(html):
        return Article(id=path.stem, path=str(path), text=html, encoding=encoding,
                       format="html")
    page = extract_page(html, name=name)
    return Article(id=path.stem, path=str(path), text=page.text, encoding=encoding,
                   format="html", page_title=page.title, author=page.author,
                   published=page.published)


def _size(n: int) -> str:
    """A byte count for a message: MiB when large, else bytes."""
    return f"{n / 2**20:.1f} MiB" if n >= 2**20 // 10 else f"{n} bytes"


def is_blank(text: str) -> bool:
    """Whether a text has nothing but white space (zero-width spaces included)."""
    return not text.translate(_INVISIBLE).strip()


_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"))


def read_sources(
    paths: Sequence[str | os.PathLike[str]], *, max_bytes: int = MAX_BYTES
) -> Sources:
    """Read every file named by ``paths``, skipping empty files and exact copies.

    An empty or blank file is skipped. Two files with the same words (white space
    aside) are one source in effect, and a copy must not count as a confirmation, so
    only the first by id is kept. Each skip is reported in ``warnings``.

    Raises:
        SourceError: a path is missing or unreadable, a file is too big or not text,
            or two files share a stem (the stem is the source's id).
    """
    articles: list[Article] = []
    warnings: list[str] = []
    by_id: dict[str, Path] = {}
    for file in discover(paths):
        if file.stem in by_id:
            raise SourceError(
                f"two sources have the id {show(file.stem)!r}: {show(by_id[file.stem])}"
                f" and {show(file)} (rename one of them)"
            )
        by_id[file.stem] = file
        article = read_article(file, max_bytes=max_bytes)
        if is_blank(article.text):
            what = "empty file" if not article.text else "file has only white space"
            warnings.append(f"{show(file)}: {what}, skipped")
        else:
            articles.append(article)
    kept, copies = drop_copies(articles)
    return Sources(articles=kept, warnings=(*warnings, *copies))


def drop_copies(articles: Sequence[Article]) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """The articles without copies (same words, white space aside), and a warning per
    copy: only the first by id is kept, since a copy must not count as a confirmation."""
    first: dict[str, Article] = {}
    copies: set[str] = set()
    warnings: list[str] = []
    for article in sorted(articles, key=lambda a: a.id):
        key = " ".join(article.text.translate(_INVISIBLE).split())
        if key in first:
            copies.add(article.id)
            warnings.append(f"{show(article.path)}: same text as {show(first[key].path)};"
                            f" only {show(first[key].id)!r} is kept (a copy is not a"
                            " confirmation)")
        else:
            first[key] = article
    return tuple(a for a in articles if a.id not in copies), tuple(warnings)


def load_articles(
    paths: Sequence[str | os.PathLike[str]], *, max_bytes: int = MAX_BYTES
) -> list[Article]:
    """Read every file named by ``paths`` (files or directories) into Articles.

    Empty files and copies are skipped as in ``read_sources``, which also says why.

    Raises:
        SourceError: a path is missing or unreadable, a file is too big or not text,
            or two files share a stem (the stem is the source's id).
    """
    return list(read_sources(paths, max_bytes=max_bytes).articles)
