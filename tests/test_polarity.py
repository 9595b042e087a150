"""Negation clashes: the aligned place where one wording denies what the other affirms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.polarity import (
    ContrastClash,
    NegationClash,
    SwapClash,
    contrast_clashes,
    negation_clashes,
    swap_clashes,
)

PAIRS = [
    ("The company did not confirm the deal with the bank on Monday.",
     "The company confirmed the deal with the bank on Monday."),
    ("Le groupe n'a pas confirmé l'accord avec Twitter lundi soir.",
     "Le groupe a confirmé l'accord avec Twitter lundi soir."),
    ("Microsoft ne paiera pas l'amende infligée par la Commission, selon Reuters.",
     "Microsoft paiera l'amende infligée par la Commission, selon Reuters."),
]


@pytest.mark.parametrize(("negated", "plain"), PAIRS)
def test_clash_spans_and_side(negated: str, plain: str) -> None:
    """One clash; the side with the negation is marked, and each span quotes a whole-word
    piece of its own text that contains the changed words."""
    (clash,) = negation_clashes(negated, plain)
    assert clash.a_negated
    a, b = negated[clash.a[0]:clash.a[1]], plain[clash.b[0]:clash.b[1]]
    assert a and b and a != b
    assert any(w in a.split() for w in ("not", "pas")) or "n'" in a
    for text, (start, end) in ((negated, clash.a), (plain, clash.b)):
        assert start == 0 or not text[start - 1].isalnum()
        assert end == len(text) or not text[end].isalnum()


def test_long_insertion_is_not_a_negation() -> None:
    """A quote prefixed to the same sentence adds words, it does not deny anything."""
    short = "Larry Kroon of the church said Saturday that investigators were considering arson."
    long = ("\"We have no idea what caused it,\" Larry Kroon of the church said Saturday "
            "that investigators were considering arson.")
    assert negation_clashes(short, long) == ()


WORDS = ["the", "company", "did", "not", "confirm", "confirmed", "deal", "never", "no",
         "le", "groupe", "n'a", "pas", "a", "confirmé", "l'accord", "ne", "jamais", "plus",
         "refused", "to", "on", "Monday", "lundi", "but", "only", "didn't", "can't"]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(WORDS), min_size=3, max_size=12),
       st.lists(st.sampled_from(WORDS), min_size=3, max_size=12))
def test_symmetric_and_in_bounds(a_words: list[str], b_words: list[str]) -> None:
    """Swapping the texts swaps the sides; spans lie inside their texts."""
    a, b = " ".join(a_words), " ".join(b_words)
    forward = negation_clashes(a, b)
    backward = negation_clashes(b, a)
    assert backward == tuple(NegationClash(c.b, c.a, not c.a_negated) for c in forward)
    for c in forward:
        assert 0 <= c.a[0] < c.a[1] <= len(a)
        assert 0 <= c.b[0] < c.b[1] <= len(b)


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(WORDS), min_size=1, max_size=12))
def test_same_text_never_clashes(words: list[str]) -> None:
    text = " ".join(words)
    assert negation_clashes(text, text) == ()


OPPOSITE_WORDS = ["shares", "rose", "fell", "rise", "fall", "sales", "profit", "loss", "no",
                  "not", "in", "hausse", "baisse", "en", "les", "ventes", "sont", "Monday",
                  "ouverte", "fermée", "upheld", "overturned", "the", "court"]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(OPPOSITE_WORDS), min_size=3, max_size=12),
       st.lists(st.sampled_from(OPPOSITE_WORDS), min_size=3, max_size=12))
def test_opposites_symmetric_and_in_bounds(a_words: list[str], b_words: list[str]) -> None:
    """Swapping the texts swaps the sides; spans lie inside their texts; a text never
    opposes itself."""
    a, b = " ".join(a_words), " ".join(b_words)
    forward = contrast_clashes(a, b)
    assert contrast_clashes(b, a) == tuple(
        ContrastClash(c.b, c.a, c.b_norm, c.a_norm, c.kind) for c in forward)
    for c in forward:
        assert 0 <= c.a[0] < c.a[1] <= len(a)
        assert 0 <= c.b[0] < c.b[1] <= len(b)
        assert c.a_norm != c.b_norm
    assert contrast_clashes(a, a) == ()


LEXICON_WORDS = ["milk", "meat", "the", "soy", "oil", "rig", "mine", "a", "an", "domestic",
                 "poultry", "humans", "defends", "itself", "from", "attacks", "Cumberland",
                 "distant", "nearby", "galaxy", "no", "said", ",", "."]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(LEXICON_WORDS), min_size=5, max_size=12),
       st.lists(st.tuples(st.integers(0, 11), st.sampled_from(LEXICON_WORDS)), max_size=3))
def test_wordnet_clashes_symmetric_and_in_bounds(
        a_words: list[str], edits: list[tuple[int, str]]) -> None:
    """In English, where WordNet is read too: swapping the texts swaps the sides; spans
    lie inside their texts; a text never clashes with itself. The second text is the
    first with a few words replaced, so the two often align."""
    b_words = list(a_words)
    for at, word in edits:
        b_words[at % len(b_words)] = word
    a, b = " ".join(a_words), " ".join(b_words)
    forward = contrast_clashes(a, b, "en", "en")
    assert contrast_clashes(b, a, "en", "en") == tuple(
        ContrastClash(c.b, c.a, c.b_norm, c.a_norm, c.kind) for c in forward)
    for c in forward:
        assert 0 <= c.a[0] < c.a[1] <= len(a)
        assert 0 <= c.b[0] < c.b[1] <= len(b)
        assert c.a_norm != c.b_norm
    assert contrast_clashes(a, a, "en", "en") == ()


SWAP_WORDS = ["Smith", "Jones", "sued", "beat", "met", "and", "the", "club", "Lyon", ",", "in",
              "2", "final", "le", "a", "battu"]


@settings(deadline=None, max_examples=300)
@given(st.lists(st.sampled_from(SWAP_WORDS), min_size=3, max_size=10).flatmap(
    lambda words: st.tuples(st.just(words), st.permutations(words))))
def test_swaps_symmetric_and_in_bounds(texts: tuple[list[str], list[str]]) -> None:
    """Swapping the texts swaps the sides; spans lie inside their texts and quote the same
    words reordered; a text never swaps with itself."""
    a, b = " ".join(texts[0]), " ".join(texts[1])
    forward = swap_clashes(a, b)
    assert swap_clashes(b, a) == tuple(SwapClash(c.b, c.a, c.b_norm, c.a_norm) for c in forward)
    for c in forward:
        assert 0 <= c.a[0] < c.a[1] <= len(a)
        assert 0 <= c.b[0] < c.b[1] <= len(b)
        assert sorted(a[c.a[0]:c.a[1]].split()) == sorted(b[c.b[0]:c.b[1]].split())
        assert c.a_norm != c.b_norm
    assert swap_clashes(a, a) == ()


def test_opposite_labels_name_the_pair() -> None:
    """The normalised values are the first word of each side of the listed pair."""
    (clash,) = contrast_clashes("Le chiffre d'affaires a augmenté au premier trimestre.",
                                "Le chiffre d'affaires a baissé au premier trimestre.")
    assert (clash.a_norm, clash.b_norm) == ("augmenter", "diminuer")


def test_lists_are_read_in_the_text_language() -> None:
    """French "car" is "because": in a French text it is no vehicle; in an English text
    it is, and an unknown language reads both lists."""
    fr_a = "Il est venu car le sommet avait lieu lundi à Paris, selon son équipe."
    fr_b = "Il est venu bus le sommet avait lieu lundi à Paris, selon son équipe."
    assert contrast_clashes(fr_a, fr_b, "fr", "fr") == ()
    assert [c.kind for c in contrast_clashes(fr_a, fr_b)] == ["term"]
    en_a, en_b = ("He came by car to the summit in Paris on Monday, his team said.",
                  "He came by bus to the summit in Paris on Monday, his team said.")
    assert [(c.a_norm, c.b_norm) for c in contrast_clashes(en_a, en_b, "en", "en")] == [
        ("car", "bus")]
