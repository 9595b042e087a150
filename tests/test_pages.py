"""Saved web pages: the article extracted whole, template left out, metadata read, and
every offset of the report indexing the extracted text the JSON embeds."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import build_report, load_articles
from reporter.errors import SourceError
from reporter.model import Article
from reporter.pages import declared_charset, extract_page
from reporter.render import render_html, render_json, render_markdown
from reporter.sources import discover
from tests.conftest import FIXTURES, ROOT
from tests.contract import contract_problems

STORY = FIXTURES / "cantal-derailment"
CHECK_CONTRACT = ROOT.parent / "shared" / "tools" / "check_contract.py"


def read(name: str) -> Article:
    (article,) = load_articles([STORY / name])
    return article


def test_story_folder_gives_its_pages() -> None:
    """A story folder of saved pages is discovered like one of text files."""
    assert [p.name for p in discover([STORY])] == [
        "continental-wire.html", "echo-du-massif.html", "voix-du-cantal.html"]


@pytest.mark.parametrize(
    ("name", "title", "author", "published", "encoding"),
    [
        pytest.param("echo-du-massif.html",
                     "Cantal : un TER déraille après un éboulement près de Murat, onze blessés",
                     "Hélène Vayssade", "2025-10-14", "utf-8", id="article-and-json-ld"),
        pytest.param("voix-du-cantal.html",
                     "Déraillement du TER près de Murat : 14 blessés, la ligne coupée",
                     "", "2025-10-14", "cp1252", id="div-soup-time-tag-windows-1252"),
        pytest.param("continental-wire.html",
                     "Rockfall derails French regional train in Cantal, 11 hurt",
                     "Tom Ashworth", "2025-10-15", "utf-8", id="opengraph-only"),
    ],
)
def test_page_metadata(name: str, title: str, author: str, published: str,
                       encoding: str) -> None:
    """Title, author and first publication date come from the page's metadata; the
    page is decoded in the charset it declares."""
    a = read(name)
    assert (a.format, a.page_title, a.author, a.published, a.encoding) == (
        "html", title, author, published, encoding)


@pytest.mark.parametrize(
    ("name", "kept", "dropped"),
    [
        pytest.param("echo-du-massif.html",
                     ["transportait 63 passagers", "onze personnes ont été blessées",
                      "« Le talus a cédé quelques minutes", "à 1,2 million d'euros.",
                      "a ouvert une enquête technique."],
                     ["Je m'abonne", "Partager sur Facebook", "À lire aussi", "RN122",
                      "Mentions légales", "dataLayer", "Tous droits réservés", "Accueil"],
                     id="article-and-json-ld"),
        pytest.param("voix-du-cantal.html",
                     ["peu avant 7 h 45", "14 blessés, dont trois grièvement",
                      "coûtera 1,5 million d'euros.", "« Nous avions alerté"],
                     ["Avis de décès", "Aurillac 9°C", "Partagez cet article",
                      "Réagissez à cet article", "Les plus lus", "Saint-Flour",
                      "6,90 €", "rue des Carmes", "afficherPub"],
                     id="div-soup-time-tag-windows-1252"),
        pytest.param("continental-wire.html",
                     ["carrying 63 passengers", "Eleven people were injured",
                      "airlifted to the university hospital", "at €1.5 million.",
                      "has opened an inquiry."],
                     ["We use cookies", "Accept all", "Sign in", "Copy link",
                      "Europe Briefing", "Your email", "Related coverage", "railfan_77",
                      "neglected for decades", "Join the conversation", "Most read",
                      "All rights reserved", "Cookie settings"],
                     id="opengraph-with-template"),
    ],
)
def test_article_kept_template_dropped(name: str, kept: list[str], dropped: list[str]) -> None:
    """Every article paragraph is in the text; navigation, share bars, cookie notices,
    newsletter boxes, related links, comments and footers are not."""
    text = read(name).text
    assert [k for k in kept if k not in text] == []
    assert [d for d in dropped if d in text] == []


def test_text_is_title_line_then_paragraphs() -> None:
    """The title is the first line (the headline) and blocks are separated by blank
    lines, each a paragraph of the page on one line."""
    a = read("continental-wire.html")
    blocks = a.text.rstrip("\n").split("\n\n")
    assert blocks[0] == a.page_title
    assert all(b.strip() and "\n" not in b for b in blocks)
    assert blocks[1].startswith("PARIS (CW) — A regional train carrying 63 passengers")


def test_title_is_the_headline_and_metadata_date_is_published() -> None:
    """In the report, a page's title line is its headline and its metadata date its
    published stamp (no date stamp is left in its extracted text)."""
    rep = build_report(load_articles([STORY]))
    assert rep.titles["voix-du-cantal"] == read("voix-du-cantal.html").page_title
    assert rep.published == {"continental-wire": "2025-10-15",
                             "echo-du-massif": "2025-10-14", "voix-du-cantal": "2025-10-14"}


def test_date_stamp_in_text_wins_over_metadata() -> None:
    """A source whose own text states a date stamp keeps it; the metadata date only
    stands in for a missing one."""
    a, b = read("echo-du-massif.html"), read("voix-du-cantal.html")
    stamped = replace(a, text=a.text.replace(
        "\n\n", "\n\nPublié le 15 octobre 2025 à 09h30\n\n", 1))
    rep = build_report([stamped, b])
    assert rep.published == {"echo-du-massif": "2025-10-15T09:30",
                             "voix-du-cantal": "2025-10-14"}


def test_story_offsets_index_the_embedded_text() -> None:
    """Every span of the JSON report slices the embedded extracted text exactly, and the
    report keeps contract v1 against it."""
    rep = json.loads(render_json(build_report(load_articles([STORY]))))
    texts = {s["id"]: s["text"] for s in rep["sources"]}
    assert {s["format"] for s in rep["sources"]} == {"html"}
    assert contract_problems(rep, texts) == []
    for slot in rep["slots"]:
        for v in slot["values"]:
            assert texts[v["source"]][v["start"]:v["end"]] == v["value"]


@pytest.mark.skipif(not CHECK_CONTRACT.exists(), reason="../shared/tools/check_contract.py"
                    " is not beside this repository")
def test_shared_contract_checker_passes_on_the_html_story(tmp_path: Path) -> None:
    """The shared contract checker, which reads a page's text from its JSON entry,
    finds no problem in the HTML story's report."""
    out = tmp_path / "r.json"
    out.write_text(render_json(build_report(load_articles([STORY]))), encoding="utf-8")
    proc = subprocess.run([sys.executable, str(CHECK_CONTRACT), str(out)], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "contract v1: 0 problems; 3 sources" in proc.stdout


def test_text_sources_carry_no_page_fields() -> None:
    """Sources read from text files keep the JSON they had: no format, text or author."""
    a = Article("a", "a.txt", "Le budget atteint 12 milliards d'euros, selon le ministre.\n")
    b = Article("b", "b.txt", "Le budget atteint 12 milliards d'euros, a dit le ministre.\n")
    rep = json.loads(render_json(build_report([a, b])))
    assert all(not {"format", "text", "page_title", "author"} & set(s) for s in rep["sources"])


PARAS = [
    "Le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour la piscine.",
    "La construction doit commencer au printemps et durer dix-huit mois, selon le maire.",
    "L'opposition dénonce un projet trop coûteux et réclame un référendum local.",
]


def news_page(title: str, paras: list[str], *, head: str = "") -> str:
    """A page in the shape of a news site: header, share bar, article, comments, footer."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (f"<!doctype html><html><head><meta charset='utf-8'>{head}<title>"
            f"{escape(title)} - Le Courrier</title></head><body>"
            "<header><nav><a href='/'>Accueil</a> <a href='/politique'>Politique</a>"
            " <a href='/abonnement'>S'abonner</a></nav></header>"
            f"<main><article><h1>{escape(title)}</h1>"
            "<div class='share'>Partager sur Facebook</div>"
            f"{body}</article>"
            "<aside><h2>À lire aussi</h2><ul><li><a href='/x'>Un autre article</a></li>"
            "</ul></aside></main>"
            "<footer><p>© Le Courrier 2025. Tous droits réservés.</p></footer></body></html>")


@pytest.mark.parametrize(
    ("html", "message"),
    [
        pytest.param("<html><head><title>Accueil</title></head><body><nav><a href='/'>"
                     "Accueil</a> <a href='/sport'>Sport</a></nav></body></html>",
                     "no article text", id="navigation-only"),
        pytest.param("<html><body><p>Merci de votre visite.</p></body></html>",
                     "no article text", id="one-short-line"),
        pytest.param(news_page("Piscine", PARAS)[:400], "cut off", id="truncated"),
        pytest.param("<html><body></body></html>", "no article text", id="empty-body"),
    ],
)
def test_page_without_article_is_a_source_error(html: str, message: str) -> None:
    """A page with no article, or cut off, is one SourceError naming the file."""
    with pytest.raises(SourceError) as info:
        extract_page(html, name="p.html")
    assert str(info.value).startswith("p.html: ") and message in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("head", "codec"),
    [
        pytest.param(b'<meta charset="utf-8">', "utf-8", id="html5"),
        pytest.param(b"<meta charset=ISO-8859-15>", "iso8859-15", id="unquoted"),
        pytest.param(b'<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">',
                     "cp1252", id="http-equiv"),
        pytest.param(b'<meta charset="iso-8859-1">', "cp1252", id="latin-1-is-windows-1252"),
        pytest.param(b'<meta charset="us-ascii">', "cp1252", id="ascii-is-windows-1252"),
        pytest.param(b'<meta charset="utf-16">', "utf-8", id="utf-16-in-meta-is-utf-8"),
        pytest.param(b'<meta charset="klingon">', None, id="unknown-label"),
        pytest.param(b"", None, id="none"),
    ],
)
def test_declared_charset(head: bytes, codec: str | None) -> None:
    """The <meta> declaration is read as browsers read its label."""
    assert declared_charset(b"<html><head>" + head + b"</head><body>x</body></html>") == codec


def test_charset_in_body_text_is_no_declaration() -> None:
    """Only the head declares a charset: the words ``charset=`` in the article do not."""
    page = b"<html><head></head><body><p>Use <meta charset=koi8-r> here</p></body></html>"
    assert declared_charset(page) is None


_WORDS = st.sampled_from(
    "le la conseil maire budget piscine projet travaux ville habitants réunion vote "
    "semaine mardi millions euros printemps école route quartier".split())
_PARA = st.lists(_WORDS, min_size=8, max_size=25).map(
    lambda ws: " ".join(ws).capitalize() + ".")


@settings(deadline=None, max_examples=25)
@given(paras=st.lists(_PARA, min_size=1, max_size=5, unique=True))
def test_generated_pages_keep_every_paragraph_and_exact_offsets(paras: list[str]) -> None:
    """Any article in a templated page: each paragraph is a block of the extracted text,
    and a report on it keeps contract v1 against that text."""
    page = extract_page(news_page("Le budget de la piscine voté", paras), name="p.html")
    blocks = page.text.rstrip("\n").split("\n\n")
    assert blocks[0] == "Le budget de la piscine voté"
    assert blocks[1:] == paras
    other = Article("o", "o.txt", "Le budget de la piscine atteint 12 millions d'euros.\n")
    arts = [Article("p", "p.html", page.text, format="html"), other]
    rep = json.loads(render_json(build_report(arts)))
    assert contract_problems(rep, {a.id: a.text for a in arts}) == []


def test_markup_written_as_text_in_a_page_stays_text() -> None:
    """Markup a page shows as text (``&lt;img …&gt;``) is article text: the extracted text
    holds it literally, the JSON carries it as a string, and the Markdown and HTML
    reports escape it."""
    hostile = ("Le maire a publié le code <img src=x onerror=alert(1)> et <script>alert(2)"
               "</script> sur le site de la ville, selon le journal local.")
    page = extract_page(news_page("Le budget de la piscine voté", [*PARAS[:2], hostile]),
                        name="p.html")
    assert hostile in page.text
    other = Article("o", "o.txt", "Le budget de la piscine atteint 12 millions d'euros.\n")
    rep = build_report([Article("p", "p.html", page.text, format="html"), other])
    html, md = render_html(rep), render_markdown(rep)
    assert "<img src=x" not in html and "<script>alert" not in html
    assert "<img src=x" not in md and "<script>alert" not in md
    data = json.loads(render_json(rep))
    assert hostile in next(s["text"] for s in data["sources"] if s["id"] == "p")
