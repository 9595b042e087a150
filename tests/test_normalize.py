"""Tests for reporter.normalize: folding text for comparison."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reporter.normalize import _TRANSLATE, fold


def _folded_the_long_way(text: str) -> str:
    """What ``fold`` does to any text, without its shortcut for ASCII."""
    return " ".join(text.translate(_TRANSLATE).casefold().split())


@pytest.mark.parametrize("char", [chr(c) for c in range(128)], ids=lambda c: f"{ord(c):02x}")
def test_ascii_shortcut_folds_every_ascii_character_as_the_table_does(char: str) -> None:
    """ASCII text skips the translation table and casefold(): each ASCII character, at
    either end and inside a word, folds as it would through them."""
    for text in (f"Ab{char}Cd", f"{char}Word", f"Word{char}", f"A {char}\tB"):
        assert fold(text) == _folded_the_long_way(text)


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_ascii_shortcut_matches_the_table_on_any_ascii_text(text: str) -> None:
    """Any ASCII text folds as it would through the table and casefold()."""
    assert fold(text) == _folded_the_long_way(text)


def test_fold_unifies_marks_case_accents_and_spaces() -> None:
    """Quotes, dashes, accents, case and runs of white space fold to one form."""
    assert fold("L’Élysée  a dit `non` — «\u00a0Non\u00a0»") == "l'elysee a dit 'non' - \" non \""
