"""reporter.lexicon: English word relations from the WordNet 3.0 extract."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import lexicon

ROOT = Path(__file__).resolve().parents[1]
WORDNET = Path("/usr/share/wordnet")

OPPOSITE = [
    ("distant", "nearby"),  # adjectives, through their similar-to clusters
    ("defend", "attack"),
    ("defends", "attacks"),  # inflected
    ("increased", "reduced"),  # verbs: reduce is to decrease, increase's antonym
    ("inside", "outside"),
    ("married", "divorced"),
    ("young", "old"),
]
TERM = [
    ("milk", "meat"),  # foods, far apart
    ("brother", "wife"),  # relatives, far apart
    ("truck", "house"),
    ("aircraft", "missiles"),
    ("cat", "dog"),  # close kinds of animals are still two animals
    ("soy", "pea"),  # ... and of plants
    ("chloride", "cyanide"),  # ... and of substances
    ("semiconductor", "shampoo"),
    ("horse", "cow"),
    ("apple", "bread"),
]
NEWS_SYNONYMS = [
    # words outlets use for one another: WordNet must not tell them apart
    ("earthquake", "tremor"), ("explosion", "blast"), ("fire", "blaze"),
    ("crash", "collision"), ("crash", "accident"), ("storm", "hurricane"),
    ("riot", "unrest"), ("wildfire", "fire"), ("car", "automobile"), ("plane", "jet"),
    ("gun", "rifle"), ("knife", "blade"), ("boat", "ship"), ("house", "home"),
    ("lorry", "truck"), ("corpse", "body"), ("police", "officers"), ("soldiers", "troops"),
    ("flat", "apartment"), ("jail", "prison"), ("money", "cash"), ("drug", "medicine"),
    ("bomb", "explosive"), ("pupils", "students"), ("lawyer", "attorney"),
    ("doctor", "physician"), ("child", "kid"), ("road", "highway"), ("street", "avenue"),
    ("ship", "vessel"), ("weapon", "gun"), ("rocket", "missile"), ("film", "movie"),
    ("shop", "store"),
    # one person named by two roles: kinds of people are compared only as relatives
    ("spokesman", "official"), ("executives", "officials"), ("teenager", "student"),
    ("boy", "student"), ("farmers", "residents"), ("officials", "police_officers"),
    ("lawmakers", "officials"), ("founder", "ceo"),
]
NEITHER = [
    *NEWS_SYNONYMS,
    ("arrested", "detained"),  # one synset
    ("fallout", "aftermath"),  # one sense of fallout is a consequence, like aftermath
    ("boss", "manager"),  # close kinds of people: often one person named two ways
    ("road", "pavement"),  # close kinds of artifacts
    ("bicycle", "motorcycle"),  # (reporter.polarity's lists name the common ones)
    ("activists", "demonstrators"),
    ("humans", "animals"),  # a thing and its kind
    ("car", "vehicle"),
    ("threat", "risk"),  # abstract: WordNet distances say little
    ("scheme", "plot"),
    ("small", "little"),
    ("eve", "night"),  # eve is also an evening, a kind of daytime: not opposed
    ("clifftop", "beach"),  # unknown to WordNet
    ("milk", "milk"),
    ("orozco", "defendant"),  # a name: the name rule's business
    ("small", "medium"),  # adjectives, not nouns
]


@pytest.mark.parametrize(("a", "b"), OPPOSITE)
def test_opposite(a: str, b: str) -> None:
    assert lexicon.relation(a, b) == "opposite"


@pytest.mark.parametrize(("a", "b"), TERM)
def test_term(a: str, b: str) -> None:
    assert lexicon.relation(a, b) == "term"


@pytest.mark.parametrize(("a", "b"), NEITHER)
def test_neither(a: str, b: str) -> None:
    assert lexicon.relation(a, b) is None


@pytest.mark.parametrize(("word", "pos", "found"), [
    ("mice", "n", ("mouse",)),
    ("profits", "n", ("profits", "profit")),  # "profits" is a lemma of its own
    ("attacks", "v", ("attack",)),
    ("went", "v", ("go",)),
    ("glasses", "n", ("glasses", "glass")),
    ("biggest", "a", ("big",)),
    ("xyzzy", "n", ()),
])
def test_lemmas(word: str, pos: lexicon.Pos, found: tuple[str, ...]) -> None:
    assert lexicon.lemmas(word, pos) == found


PERSONS = ["robbers", "thieves", "pirates", "passengers", "hostages", "gunman", "miners"]
NOT_PERSONS = ["crew", "rifles", "boats", "villages", "houses", "magazines", "xyzzy"]


@pytest.mark.parametrize("word", PERSONS)
def test_nouns_of_people(word: str) -> None:
    assert lexicon.person(word)


@pytest.mark.parametrize("word", NOT_PERSONS)
def test_nouns_of_things_and_groups(word: str) -> None:
    assert not lexicon.person(word)


THINGS = ["collapse", "attack", "plane", "house", "storm"]
NOT_THINGS = ["crew", "family", "child", "victim", "passenger", "person", "people", "xyzzy"]


@pytest.mark.parametrize("word", THINGS)
def test_nouns_of_things(word: str) -> None:
    assert lexicon.thing(word)


@pytest.mark.parametrize("word", NOT_THINGS)
def test_nouns_of_people_and_groups_are_no_things(word: str) -> None:
    assert not lexicon.thing(word)


def test_adjectival() -> None:
    assert lexicon.adjectival("domestic")
    assert not lexicon.adjectival("oil")
    assert not lexicon.adjectival("rock")


WORDS = [w for pair in OPPOSITE + TERM + NEITHER for w in pair]


@settings(deadline=None, max_examples=300)
@given(st.sampled_from(WORDS), st.sampled_from(WORDS))
def test_symmetric(a: str, b: str) -> None:
    assert lexicon.relation(a, b) == lexicon.relation(b, a)


def test_extract_is_what_the_builder_makes() -> None:
    """The shipped extract is the builder's output on WordNet 3.0, byte for byte."""
    if not (WORDNET / "data.noun").is_file():
        pytest.skip("WordNet 3.0 is not installed in /usr/share/wordnet (Debian: apt-get "
                    "install wordnet-base; .ci/run installs it)")
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    shipped = resources.files("reporter").joinpath("data", "lexicon-en.txt.gz").read_bytes()
    assert build_lexicon.build(WORDNET) == shipped


def test_extract_covers_the_licence() -> None:
    text = resources.files("reporter").joinpath("data", "WORDNET-LICENSE").read_text()
    assert "WordNet 3.0 Copyright 2006 by Princeton University" in text
