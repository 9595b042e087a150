"""Renderers: pure, deterministic, linked, and no article text ever becomes markup."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter import build_report
from reporter.model import Article, GroupKind, Report
from reporter.render import RENDERERS, render_html, render_json, render_markdown, render_summary
from reporter.render.anchors import github_slug, html_slug
from reporter.render.escape import md_text
from reporter.render.markdown import GRID_ROWS, compose, diff_words

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
    "--- * * * ===",
    "[ref]: http://evil.example/r",
]
IDS = ["evil<b>", "other|x", "[s](javascript:alert(2))"]
"""Source ids are file stems, so they are hostile too (the API takes any string)."""

ALLOWED = {"html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "table",
           "thead", "tbody", "tr", "th", "td", "strong", "em", "blockquote", "ul", "li", "a"}
ALLOWED_ATTRS = {"charset", "name", "content", "lang", "id", "href", "style"}
STYLES = {"text-align: right;", "text-align: center;"}


class TagCollector(HTMLParser):
    """Every start tag with its attributes, and the text under each ``h2`` section."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.sections: dict[str, list[str]] = {"": []}
        self._current = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        if tag == "h2":
            self._current = dict(attrs).get("id") or "?"
            self.sections[self._current] = []

    def handle_data(self, data: str) -> None:
        self.sections[self._current].append(data)


def parse(page: str) -> TagCollector:
    parser = TagCollector()
    parser.feed(page)
    parser.close()
    return parser


def hostile_articles() -> list[Article]:
    """Hostile text in every kind of unit: shared (copied and reworded), conflicting,
    unique and excluded; ``other|x`` copies ``evil<b>``, the third source rewords it."""
    n = len(HOSTILE)
    a = [f"{h} est une phrase de test numéro {i}." for i, h in enumerate(HOSTILE)]
    b = [*a[:6], HOSTILE[0], HOSTILE[0]]  # a repeated line: excluded as a duplicate
    c = a[6:10]  # the representative of these facts (lowest id); a adds hostile words
    a[6:10] = [f"{HOSTILE[i]} est une phrase de test numéro {i} {HOSTILE[(i + 1) % n]}."
               for i in range(6, 10)]
    a.append("Le budget atteint 12 milliards d'euros.")
    b.append("Le budget atteint 13 milliards d'euros.")
    return [Article(IDS[0], "evil", "\n".join(a)), Article(IDS[1], "o", "\n".join(b)),
            Article(IDS[2], "j", "\n".join(c))]


def hostile_report() -> Report:
    return build_report(hostile_articles())


@pytest.fixture(scope="module")
def report() -> Report:
    return hostile_report()


def test_hostile_report_exercises_every_section(report: Report) -> None:
    """The hostile input reaches conflicts, shared facts with highlighted differences,
    unique claims, excluded text and a near-copy pair, so the checks below mean something."""
    assert report.conflicts and report.shared and report.unique and report.excluded
    assert report.coverage.copies
    members = [line.split(")*: ", 1)[1] for line in render_markdown(report).splitlines()
               if line.startswith("- **") and ")*: " in line]
    assert any(re.search(r"\*\*[^*]*(&lt;|\\)", m) for m in members), "no diff highlighted"


@pytest.mark.parametrize("explain", [False, True])
def test_no_article_text_becomes_an_element_or_attribute(report: Report, explain: bool) -> None:
    """Hostile text in every section renders as text: only the page's own tags appear,
    with only its own attributes; every link is to an anchor of the page itself."""
    page = render_html(report, explain=explain)
    parsed = parse(page)
    tags = {t for t, _ in parsed.tags}
    assert tags <= ALLOWED, tags - ALLOWED
    attrs = [(k, v or "") for _, a in parsed.tags for k, v in a]
    assert {k for k, _ in attrs} <= ALLOWED_ATTRS, attrs
    assert {v for k, v in attrs if k == "style"} <= STYLES
    ids = {v for k, v in attrs if k == "id"}
    hrefs = {v for k, v in attrs if k == "href"}
    assert hrefs and all(h.startswith("#") and h[1:] in ids for h in hrefs), hrefs - {
        "#" + i for i in ids}
    assert all(re.fullmatch(r"[\w-]+", i) for i in ids), ids
    for h in ("<script>", "<img", "<a href='"):
        assert h not in page
    assert "&lt;script&gt;" in page


def test_hostile_text_reaches_every_section_as_text(report: Report) -> None:
    """Each section of the page (sources, grid, overlap, conflicts, shared facts with
    highlighted diffs, unique claims, excluded text) shows hostile text literally."""
    sections = {k: "".join(v) for k, v in parse(render_html(report)).sections.items()}
    want = ["sources", "coverage-grid", "overlap-between-sources", "conflicts",
            "shared-facts", "unique-claims", "excluded-text"]
    names = [next((k for k in sections if k.startswith(w)), w) for w in want]
    assert set(names) <= set(sections), set(sections)
    for name in names:
        text = sections[name]
        assert any(h in text for h in [*HOSTILE, *IDS, "<script>alert"]), name


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_round_trips_as_literal_text(text: str) -> None:
    """Through Markdown, escaped text comes back as exactly the same characters."""
    page = markdown.markdown("| a |\n|---|\n| " + md_text(text) + " |", extensions=["tables"])
    parser = parse(page)
    assert {t for t, _ in parser.tags} <= {"table", "thead", "tbody", "tr", "th", "td"}
    assert text in "".join(parser.sections[""])


@pytest.mark.parametrize("text", [*HOSTILE, "a | b\n\nc | d", "**x** y", "a\\", "*", "_ _"])
@pytest.mark.parametrize("where", ["list", "table"])
def test_highlighted_diffs_stay_literal(text: str, where: str) -> None:
    """A highlighted wording (escaped word by word, then wrapped in ``**``) keeps its
    characters and its table row, and only our bold appears, around whole changed runs."""
    reference = "Une phrase de référence assez longue"
    changed = diff_words(reference, f"Une phrase {text} de référence")
    assert "\n" not in changed
    source = f"- {changed}" if where == "list" else f"| a |\n|---|\n| {changed} |"
    parser = parse(markdown.markdown(source, extensions=["tables"]))
    allowed = {"ul", "li", "strong"} if where == "list" else {
        "table", "thead", "tbody", "tr", "th", "td", "strong"}
    assert {t for t, _ in parser.tags} <= allowed
    assert [t for t, _ in parser.tags].count("strong") == 1
    assert " ".join(text.split()) in "".join(parser.sections[""])
    if where == "table":
        assert [t for t, _ in parser.tags].count("td") == 1


def test_diff_highlights_only_changed_words() -> None:
    """Words the representative also has stay plain; case and quote styles don't count."""
    assert diff_words("Musk a menacé Microsoft", "Musk a MENACÉ Microsoft") == (
        "Musk a MENACÉ Microsoft")
    assert diff_words("Musk a menacé Microsoft hier", "Elon Musk a menacé Apple hier") == (
        "**Elon** Musk a menacé **Apple** hier")
    assert diff_words("il a dit « oui »", "il a dit \"oui\"") == "il a dit \"oui\""


def test_diff_leaves_editorial_insertions_plain() -> None:
    """Words in square brackets are an editor's, on either side: not a difference."""
    assert diff_words("« Nous ne paierons jamais »", "« Nous [la société] ne paierons pas »") == (
        "« Nous \\[la société\\] ne paierons **pas** »")
    assert diff_words("« Nous [la société] ne paierons pas »", "« Nous ne paierons pas »") == (
        "« Nous ne paierons pas »")
    assert diff_words("Il a dit oui", "Il [le ministre] a dit non") == (
        "Il \\[le ministre\\] a dit **non**")


def test_json_round_trips_and_is_stable(report: Report) -> None:
    """JSON output parses back, and rendering twice gives the same bytes."""
    assert render_json(report) == render_json(report)
    data = json.loads(render_json(report))
    assert data["version"] == 1 and {s["id"] for s in data["sources"]} == set(IDS)
    for render in RENDERERS.values():
        assert render(report) == render(report)


def test_output_does_not_depend_on_input_order() -> None:
    """Shuffled sources give byte-identical reports in every format."""
    arts = hostile_articles()
    one, two = build_report(arts), build_report(arts[::-1])
    for render in RENDERERS.values():
        assert render(one) == render(two)


def test_markdown_table_rows_keep_their_columns(report: Report) -> None:
    """A pipe inside article text or a source id does not add a table column."""
    lines = render_markdown(report).splitlines()
    for i, line in enumerate(lines):
        if line.startswith("|---") or line.startswith("|:"):
            width = line.count("|")
            j = i + 1
            while j < len(lines) and lines[j].startswith("|"):
                assert re.sub(r"\\\|", "", lines[j]).count("|") == width, lines[j]
                j += 1


@pytest.mark.parametrize(("heading", "slug"), [
    pytest.param("Shared facts", "shared-facts", id="words"),
    pytest.param("Overlap between sources", "overlap-between-sources", id="three-words"),
    pytest.param("G12", "g12", id="group"),
    pytest.param("000_b47e (14)", "000_b47e-14", id="underscore-and-parens"),
    pytest.param("Conflicts · 1", "conflicts--1", id="symbol-dropped-spaces-kept"),
    pytest.param("Élan « cité »", "élan--cité-", id="accents-kept-quotes-dropped"),
])
def test_github_slug(heading: str, slug: str) -> None:
    """Our slugs are GitHub's (github-slugger): lower case, punctuation out, space to -."""
    assert github_slug(heading) == slug
    assert html_slug(heading) == (heading if heading == "G12" else slug)


def test_markdown_links_resolve_on_github(report: Report) -> None:
    """Every ``](#…)`` link of the Markdown names the GitHub id of one of its headings."""
    md = render_markdown(report)
    headings = [re.sub(r"\\(.)", r"\1", h) for h in re.findall(r"^#{1,3} (.+)$", md, re.M)]
    slugs = {github_slug(h.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
             for h in headings}
    targets = set(re.findall(r"\]\(#([^)]+)\)", md))
    assert targets and targets <= slugs, targets - slugs


def test_every_group_has_a_stable_html_anchor(report: Report) -> None:
    """Each group id G1…Gn is an element id of the page, whatever kind the group is."""
    ids = {v for _, a in parse(render_html(report)).tags for k, v in a if k == "id"}
    assert {g.id for g in report.groups} <= ids


def test_markdown_grid_folds_and_html_grid_does_not() -> None:
    """Past GRID_ROWS facts the Markdown grid says how many more and links them; the
    HTML variant lists every fact, and a given HTML address is linked."""
    n = GRID_ROWS + 3
    a = "\n".join(f"Le fait numéro {i} concerne la ville {w} et son maire élu."
                  for i, w in enumerate(f"V{k}x" for k in range(n)))
    report = build_report([Article("a", "a", a), Article("b", "b", a)])
    md = render_markdown(report, html_link="report.html")
    grid = md.split("## Coverage grid")[1].split("## ")[0]
    assert sum(1 for line in grid.splitlines() if line.startswith("| [G")) == GRID_ROWS
    assert "3 more facts" in grid and "(report.html#coverage-grid)" in grid
    full = compose(report, for_html=True).split("## Coverage grid")[1].split("## ")[0]
    assert sum(1 for line in full.splitlines() if line.startswith("| [G")) == n


def test_summary_is_short_and_has_no_links(report: Report) -> None:
    """The summary-only Markdown fits a PR comment: counts, conflicts, copies, no links."""
    summary = render_summary(report)
    assert "](#" not in summary and len(summary.splitlines()) < 40
    assert "| sources |" in summary and "near-cop" in summary
    assert RENDERERS["summary"] is render_summary


def test_bidirectional_controls_never_reach_the_page() -> None:
    """A right-to-left override in an article cannot reorder what the report shows."""
    spoof = "Le budget\u202e 000 21 \u202cest voté."
    assert "\u202e" not in md_text(spoof) and "\u202c" not in md_text(spoof)
    assert md_text(spoof) == "Le budget 000 21 est voté."


@pytest.mark.parametrize("pieces", [2, 5, 40])
def test_html_in_pieces_is_the_html_of_the_whole(report: Report, pieces: int) -> None:
    """A long report's Markdown is converted in pieces by several processes: cutting at
    section boundaries must not change a byte of the page."""
    from reporter.render import html as page

    text = compose(report, for_html=True)
    cut = page._pieces(text, pieces)
    assert len(cut) > 1 and "".join(cut).replace("\n", "") == text.replace("\n", "")
    assert "\n".join(page._convert(p) for p in cut) == page._convert(text)


def test_long_report_uses_worker_processes_with_the_same_result(
        report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    from reporter.render import html as page

    alone = render_html(report, workers=1)
    monkeypatch.setattr(page, "PARALLEL_MIN", 0)
    assert render_html(report, workers=2) == alone


def test_unused_inline_patterns_and_block_processors_change_nothing(report: Report) -> None:
    """The page's converter leaves out inline patterns and block processors for what the
    report never writes (for speed): on hostile text and on the fixtures it must give
    what full Python-Markdown gives."""
    from reporter import load_articles
    from reporter.render import html as page
    from tests.conftest import STORY

    for r in (report, build_report(load_articles([STORY]))):
        text = compose(r, for_html=True)
        full = markdown.Markdown(extensions=page._extensions())
        for name in page._UNUSED_INLINE:  # the page's converter really lacks them
            assert name not in full.inlinePatterns
        for name in page._UNUSED_BLOCK:
            assert name not in full.parser.blockprocessors
        reference = markdown.Markdown(extensions=[e for e in page._extensions()
                                                  if not isinstance(e, page._GroupIdsExtension)])
        reference.treeprocessors.register(page._UniqueClaimIds(reference), "ids", 4)
        assert full.convert(text) == reference.convert(text)


@given(st.text(alphabet="[]()a \\", max_size=40))
def test_link_texts_end_where_python_markdown_ends_them(data: str) -> None:
    """The page's link pattern finds a link text's closing bracket its own faster way:
    after every ``[`` of any text it must give what the library's pattern gives."""
    from markdown.inlinepatterns import LINK_RE, LinkInlineProcessor

    from reporter.render import html as page

    md = markdown.Markdown()
    ours, theirs = page._Links(LINK_RE, md), LinkInlineProcessor(LINK_RE, md)
    for index in range(len(data) + 1):
        if data[index - 1:index] == "[" or index % 3 == 0:
            assert ours.getText(data, index) == theirs.getText(data, index)


def test_labels_drop_a_bullet_the_quote_keeps() -> None:
    """A fact whose representative is a bullet point is labelled without its list mark
    in the grid and the summary; the shared-facts quote shows the sentence as written."""
    text = "• Microsoft cessera de prendre en charge Twitter dans son outil le 25 avril.\n"
    report = build_report([Article(id="a", path="a.txt", text=text),
                           Article(id="b", path="b.txt", text=text)])
    md, summary = render_markdown(report), render_summary(report)
    label = "G1](#g1) Microsoft cessera"
    assert label in md and "G1](#g1) •" not in md
    assert "G1 · 2 sources" in summary and ": Microsoft cessera" in summary
    assert "> • Microsoft cessera" in md


def test_quote_conflict_shows_the_words_that_differ() -> None:
    """A quote conflict's value cell bolds only the words one wording does not share with
    the other (rapidfuzz opcodes), and stays escaped."""
    a = Article("a", "a.txt", '"We are doing *everything* we can," the mayor said on Wednesday.')
    b = Article("b", "b.txt", '"We are doing *all* we can," the mayor said on Wednesday.')
    md = render_markdown(build_report([a, b]))
    assert '| a | "We are doing **\\*everything\\*** we can," |' in md
    assert '| b | "We are doing **\\*all\\*** we can," |' in md


def test_explain_shows_each_members_evidence(report: Report) -> None:
    """On demand, each other member of a shared fact shows the rarest words it shares
    with the representative (the JSON's ``evidence``); by default it does not."""
    plain, explained = render_markdown(report), render_markdown(report, explain=True)
    assert "shares " not in plain
    lines = [line for line in explained.splitlines() if line.startswith("- **")]
    shown = [m for g in report.groups if g.kind is GroupKind.SHARED for m in g.members[1:]
             if m.evidence]
    assert shown
    for m in shown:
        words = " · ".join(md_text(w) for w in m.evidence)
        assert any(f"shares {words}" in line for line in lines), m.evidence
