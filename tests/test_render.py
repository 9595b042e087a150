"""Renderers: pure, deterministic, and no article text ever becomes markup."""

from __future__ import annotations

import json
from html.parser import HTMLParser

import pytest

from reporter import build_report
from reporter.model import Article
from reporter.render import render_html, render_json, render_markdown
from reporter.render.escape import md_text

HOSTILE = [
    "<script>alert('x')</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "![pic](http://evil.example/p.png)",
    "a | b | c",
    "`code` and **bold** and _em_",
    "# Not a heading",
    "&lt;b&gt; &amp; entities",
    "<a href='http://evil.example'>link</a>",
    "- not a list",
    "1. not a list",
    "> not a quote",
    "~~not struck~~",
    "<http://autolink.example>",
]

ALLOWED = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table",
           "thead", "tbody", "tr", "th", "td", "strong", "em", "blockquote", "ul", "li"}


class TagCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def hostile_report():  # type: ignore[no-untyped-def]
    a = "\n".join(f"{h} est une phrase de test numéro {i}." for i, h in enumerate(HOSTILE))
    b = "\n".join(f"{h} est une phrase de test numéro {i}." for i, h in enumerate(HOSTILE[:5]))
    b += "\n" + HOSTILE[0] + "\nLe budget atteint 13 milliards d'euros."
    a += "\nLe budget atteint 12 milliards d'euros."
    return build_report([Article("evil<b>", "evil", a), Article("other|x", "o", b)])


def test_no_article_text_becomes_an_element_or_attribute() -> None:
    """Hostile text in every section renders as text: only the page's own tags appear."""
    page = render_html(hostile_report())
    parser = TagCollector()
    parser.feed(page)
    tags = {t for t, _ in parser.tags}
    assert tags <= ALLOWED, tags - ALLOWED
    attrs = {(k, v if k == "style" else "") for _, a in parser.tags for k, v in a}
    allowed = {"charset", "name", "content", "lang"}
    assert {k for k, _ in attrs} <= allowed | {"style"}, attrs
    assert {v for k, v in attrs if k == "style"} <= {"text-align: right;"}, attrs
    for h in ("<script>", "alert('x')", "javascript:alert(1)"):
        if h.startswith("<"):
            assert h not in page
    assert "&lt;script&gt;" in page


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_round_trips_as_literal_text(text: str) -> None:
    """Through Markdown, escaped text comes back as exactly the same characters."""
    import markdown

    page = markdown.markdown("| a |\n|---|\n| " + md_text(text) + " |", extensions=["tables"])
    parser = TagCollector()
    chunks: list[str] = []
    parser.handle_data = chunks.append  # type: ignore[method-assign]
    parser.feed(page)
    assert {t for t, _ in parser.tags} <= {"table", "thead", "tbody", "tr", "th", "td"}
    assert text in "".join(chunks)


def test_json_round_trips_and_is_stable() -> None:
    """JSON output parses back, and rendering twice gives the same bytes."""
    report = hostile_report()
    assert render_json(report) == render_json(report)
    data = json.loads(render_json(report))
    assert data["version"] == 1 and {s["id"] for s in data["sources"]} == {"evil<b>", "other|x"}
    assert render_markdown(report) == render_markdown(report)


def test_markdown_table_rows_keep_their_columns() -> None:
    """A pipe inside article text does not add a table column."""
    md = render_markdown(hostile_report())
    rows = [r for r in md.splitlines() if r.startswith("| ") and "\\|" in r]
    assert rows
    header = {r.count("|") for r in md.splitlines() if r.startswith("|---")}
    for r in rows:
        assert r.replace("\\|", "").count("|") in header
