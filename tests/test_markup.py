"""Markdown blanking: marks become spaces, words stay, offsets never move."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.markup import plain_text


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        pytest.param("# Titre du jour", "  Titre du jour", id="atx-heading"),
        pytest.param("## Titre ##", "   Titre   ", id="atx-closing-hashes"),
        pytest.param("**Gras.** Puis *ital*.", "  Gras.   Puis  ital .", id="emphasis"),
        pytest.param("_sou_ligné snake_case", " sou_ligné snake_case", id="underscore-in-words"),
        pytest.param("Voir [le rapport](https://ex.com/a.b?c=(d) \"t\") ici.",
                     "Voir  le rapport                                ici.", id="link-and-url"),
        pytest.param("![une photo](img.png)", "  une photo          ", id="image"),
        pytest.param("Voir [ici][1].", "Voir  ici    .", id="reference-link"),
        pytest.param("[1]: https://ex.com/a", " " * 21, id="link-definition"),
        pytest.param("> - cité", "    cité", id="quote-and-bullet"),
        pytest.param("12. douze", "    douze", id="ordered-list"),
        pytest.param("| a | b |\n|---|:-:|", "  a   b  \n         ", id="table"),
        pytest.param("```py\nx = 1.\n```", "     \nx = 1.\n   ", id="code-fence-keeps-code"),
        pytest.param("Un `appel()` ici", "Un  appel()  ici", id="code-span"),
        pytest.param("A <b>tag</b> <https://x.y>.", "A    tag                  .", id="html"),
        pytest.param("<!-- note --> Oui", " " * 14 + "Oui", id="html-comment"),
        pytest.param("---\n***\n\n===", "   \n   \n\n   ", id="rules-and-setext"),
        pytest.param("\\*pas\\*", " *pas *", id="escapes-keep-the-character"),
        pytest.param("~~barré~~", "  barré  ", id="strikethrough"),
    ],
)
def test_plain_text(text: str, plain: str) -> None:
    """Markup characters become spaces; everything a reader sees stays in place."""
    assert plain_text(text) == plain


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("5 * 3 = 15 et 2 _ 4", id="spaced-operators"),
        pytest.param("Un texte sans marque, 3.5 % de plus.", id="prose"),
        pytest.param("Le [crochet] seul et les (parenthèses).", id="bare-brackets"),
        pytest.param("Line\r\nWith CRLF\rand CR", id="line-endings"),
    ],
)
def test_plain_text_noop(text: str) -> None:
    """Text without Markdown markup is left exactly as it is."""
    assert plain_text(text) == text


MARKDOWN = st.text(alphabet=st.sampled_from(list("ab #*_[]()!`<>|-~:\\/.\n\r\t\u00a0\u200b1")),
                   max_size=200)


@settings(max_examples=300)
@given(MARKDOWN)
def test_same_length_and_only_spaces_added(text: str) -> None:
    """The plain text has the input's length and line breaks; it only adds spaces."""
    plain = plain_text(text)
    assert len(plain) == len(text)
    assert all(p == t or p == " " for p, t in zip(plain, text, strict=True))
    assert all(p == t for p, t in zip(plain, text, strict=True) if t in "\r\n")
