"""Article extraction from saved pages: trafilatura (as reporter calls it) against jusText
and readability-lxml, on the HTML fixture pages and a short templated article.

For each page, the text blocks (leaf block elements: paragraphs, list items, headings,
divs with text) are split by hand-picked XPaths into the article's (title, standfirst,
paragraphs) and the template's (everything else). An extractor keeps a block when the
block's text, white space collapsed, is in its output. Template blocks of fewer than three
words (``Sport``, ``X``, a tag like ``Cantal``) are not counted: text matching cannot tell
them from a word of the article. Time is the median of 5 runs per page, markup already
decoded, after one warm-up run.

    python bench/html_extract.py            # needs readability-lxml for its column
"""

from __future__ import annotations

import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reporter.pages import DATE_PARAMS, declared_charset, extract_page  # noqa: E402
from reporter.sources import decode  # noqa: E402

STORY = ROOT / "fixtures" / "cantal-derailment"
ARTICLE_XPATH = {
    "echo-du-massif.html": "//article//h1 | //p[@class='chapo'] | //div[@class='article-body']/p",
    "voix-du-cantal.html": "//h1 | //div[@class='txt-article']/div[not(@class)]",
    "continental-wire.html": "//h1 | //div[@class='dek'] | //div[@class='story']/p",
    "short-article (generated)": "//h1 | //article/p",
}
"""Where each page's article is, read by hand: these elements' texts are its blocks."""
LANG = {"echo-du-massif.html": "French", "voix-du-cantal.html": "French",
        "continental-wire.html": "English", "short-article (generated)": "French"}
_BLOCK = frozenset("p div li h1 h2 h3 h4 h5 h6 figcaption td th footer header section aside "
                   "article nav ul ol form main dd dt blockquote".split())
_SHORT = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Piscine : le budget voté"
    " - Le Courrier</title></head><body><header><nav><a href='/'>Accueil</a> <a href='/p'>"
    "Politique locale</a> <a href='/a'>S'abonner au journal</a></nav></header><main><article>"
    "<h1>Piscine : le budget voté</h1><div class='share'>Partager sur Facebook et X</div>"
    "<p>Le conseil municipal a voté mardi soir un budget de 12 millions d'euros pour la"
    " nouvelle piscine.</p></article><aside><h2>À lire aussi dans la rubrique</h2><ul><li>"
    "<a href='/x'>Un autre article du jour</a></li></ul></aside></main><footer><p>© Le"
    " Courrier 2025. Tous droits réservés.</p></footer></body></html>")


def norm(text: str) -> str:
    return " ".join(text.split())


def blocks(html: str, xpath: str) -> tuple[list[str], list[str]]:
    """(article blocks, template blocks of three words or more) of a page."""
    tree = lxml.html.fromstring(html)
    for bad in tree.xpath("//script | //style | //head"):
        bad.drop_tree()
    article = [norm(e.text_content()) for e in tree.xpath(xpath)]
    template = []
    for el in tree.iter():
        if not isinstance(el.tag, str) or el.tag not in _BLOCK:
            continue
        if any(isinstance(d.tag, str) and d.tag in _BLOCK for d in el.iterdescendants()):
            continue
        text = norm(el.text_content())
        if text and text not in article and len(text.split()) >= 3:
            template.append(text)
    return [a for a in article if a], template


def run_reporter(html: str, lang: str) -> str:
    return extract_page(html, name="page").text


def run_trafilatura_default(html: str, lang: str) -> str:
    import trafilatura
    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                      date_extraction_params=DATE_PARAMS)
    return f"{doc.title}\n{doc.text}" if doc else ""


def run_justext(html: str, lang: str) -> str:
    import justext
    paras = justext.justext(html.encode("utf-8"), justext.get_stoplist(lang))
    return "\n".join(p.text for p in paras if not p.is_boilerplate)


def run_readability(html: str, lang: str) -> str:
    from readability import Document
    doc = Document(html)
    body = lxml.html.fromstring(doc.summary()).text_content()
    return f"{doc.short_title()}\n{body}"


EXTRACTORS: dict[str, Callable[[str, str], str]] = {
    "trafilatura (reporter: favor_precision)": run_reporter,
    "trafilatura (defaults)": run_trafilatura_default,
    "jusText": run_justext,
    "readability-lxml": run_readability,
}


def pages() -> dict[str, str]:
    out = {}
    for path in sorted(STORY.glob("*.html")):
        data = path.read_bytes()
        out[path.name] = decode(data, path.name, declared=declared_charset(data))[0]
    out["short-article (generated)"] = _SHORT
    return out


def main() -> int:
    found = pages()
    print(f"{len(found)} pages: " + ", ".join(
        f"{name} ({len(a)} article / {len(t)} template blocks)"
        for name, (a, t) in ((n, blocks(h, ARTICLE_XPATH[n])) for n, h in found.items())))
    print()
    print("| extractor | article blocks kept | template blocks kept | ms per page |")
    print("|---|---:|---:|---:|")
    for label, run in EXTRACTORS.items():
        kept_a = total_a = kept_t = total_t = 0
        times = []
        missing: list[str] = []
        try:
            for name, html in found.items():
                article, template = blocks(html, ARTICLE_XPATH[name])
                run(html, LANG[name])
                runs = []
                for _ in range(5):
                    t0 = time.perf_counter()
                    out = norm(run(html, LANG[name]))
                    runs.append(time.perf_counter() - t0)
                times.append(statistics.median(runs))
                kept_a += sum(a in out for a in article)
                total_a += len(article)
                kept_t += sum(bool(re.search(re.escape(t), out)) for t in template)
                total_t += len(template)
                missing += [f"missed {name}: {a[:50]}…" for a in article if a not in out]
                missing += [f"template kept {name}: {t[:50]}…" for t in template
                            if re.search(re.escape(t), out)]
        except ImportError as exc:
            print(f"| {label} | not installed ({exc.name}) | | |")
            continue
        print(f"| {label} | {kept_a}/{total_a} ({kept_a / total_a:.0%}) | "
              f"{kept_t}/{total_t} ({kept_t / total_t:.0%}) | "
              f"{1000 * statistics.mean(times):.0f} |")
        for m in missing:
            print(f"|   {m} | | | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
