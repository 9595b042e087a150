"""Segmentation: lines first, then sentences; exact, lossless spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.model import Article
from reporter.segment import is_heading, segment_article


def units(text: str, lang: str = "fr") -> list[str]:
    return [u.text for u in segment_article(Article(id="a", path="a", text=text), lang=lang)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Titre sans point\n\nUne phrase. Une autre.",
                     ["Titre sans point", "Une phrase.", "Une autre."], id="headline-own-unit"),
        pytest.param("  • Un point.\n  • Un autre point.", ["• Un point.", "• Un autre point."],
                     id="bullets"),
        pytest.param("Il a dit « Nous irons en justice. » Le lendemain, rien.",
                     ["Il a dit « Nous irons en justice. »", "Le lendemain, rien."],
                     id="guillemets-close-their-sentence"),
        pytest.param('Il ne paiera pas pour Twitter. " Pour les annonceurs, rien ne change.',
                     ['Il ne paiera pas pour Twitter.', '" Pour les annonceurs, rien ne change.'],
                     id="ascii-quote-opening-next"),
        pytest.param('Il a écrit " pas pour Twitter. " Pour les annonceurs, rien.',
                     ['Il a écrit " pas pour Twitter. "', 'Pour les annonceurs, rien.'],
                     id="spaced-ascii-quote-closing"),
        pytest.param("M. Dupont a démissionné hier. Il part.",
                     ["M. Dupont a démissionné hier.", "Il part."], id="m-dot"),
        pytest.param("Le titre valait $54,20 le 3 janv. 2023 selon la SEC.",
                     ["Le titre valait $54,20 le 3 janv. 2023 selon la SEC."], id="decimal-comma"),
        pytest.param("Pourquoi ? Parce que.", ["Pourquoi ?", "Parce que."], id="spaced-question"),
        pytest.param("Line one\r\nLine two\rLine three", ["Line one", "Line two", "Line three"],
                     id="crlf-and-cr"),
        pytest.param("Mr. Smith paid $4.5 million on Jan. 3. He left.",
                     ["Mr. Smith paid $4.5 million on Jan. 3.", "He left."], id="english"),
    ],
)
def test_segments(text: str, expected: list[str]) -> None:
    """Units are the expected lines and sentences."""
    lang = "en" if "Mr." in text else "fr"
    assert units(text, lang) == expected


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("Microsoft retire Twitter de son outil", True),
        ("Contre Microsoft ou OpenAI ?", True),
        ("Une phrase complète.", False),
        ("Pourquoi Microsoft a-t-il pris cette décision sans prévenir ses clients ni ses "
         "partenaires historiques ?", False),
    ],
)
def test_heading(text: str, heading: bool) -> None:
    """Title-like lines are headings; sentences and long questions are not."""
    assert is_heading(text) is heading


def test_heading_flag_only_on_whole_lines() -> None:
    """A line that splits into sentences has no heading unit."""
    (u1, u2) = segment_article(Article(id="a", path="a", text="Un. Deux"), lang="fr")
    assert not u1.heading and not u2.heading


TEXT = st.text(
    alphabet=st.sampled_from(list("abc XY.!?…«»“”\"'’\n\r\t\u00a0\u200b\u202e,;:0123$€•-")),
    max_size=300,
)


@settings(deadline=None, max_examples=300)
@given(TEXT)
def test_spans_slice_back_and_do_not_overlap(text: str) -> None:
    """Every unit is exactly text[start:end], trimmed, and units never overlap."""
    us = segment_article(Article(id="a", path="a", text=text), lang="fr")
    last = 0
    for u in us:
        assert text[u.start:u.end] == u.text
        assert u.text == u.text.strip() and u.text
        assert u.start >= last
        last = u.end


@settings(deadline=None, max_examples=200)
@given(TEXT)
def test_every_visible_character_is_in_a_unit(text: str) -> None:
    """Nothing but white space falls between units."""
    us = segment_article(Article(id="a", path="a", text=text), lang="fr")
    covered = [False] * len(text)
    for u in us:
        for i in range(u.start, u.end):
            covered[i] = True
    assert all(c or ch.isspace() or ch in "\u200b" for ch, c in zip(text, covered, strict=True))
