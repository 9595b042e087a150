"""Who gives a figure: speakers named beside a verb of saying or after ``according to``."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.attribution import giver_at, speaker_at, speaker_key, speakers_of

SPEAKERS = [
    # (sentence, [(name shown, key)]): bodies and people that give figures
    ("The U.S. Geological Survey put the magnitude at 6.4.",
     [("U.S. Geological Survey", "USGS")]),
    ("A magnitude 6.2 earthquake struck eastern Turkey late on Thursday, killing at least "
     "38 people, the country's disaster agency AFAD said on Friday.", [("AFAD", "AFAD")]),
    ("Selon l'institut géologique américain (USGS), la magnitude était de 6,4.",
     [("USGS", "USGS")]),
    ("Un séisme de magnitude 6,2 a secoué jeudi l'est de la Turquie, tuant au moins 38 "
     "personnes, a annoncé vendredi l'AFAD.", [("AFAD", "AFAD")]),
    ("Police put the march, to mark a 24-hour nationwide strike, at roughly 30,000 people.",
     [("Police", "police")]),
    ("But witnesses said there were more than 50,000.", [("witnesses", "witnesses")]),
    ("Le bilan s'élève à 12 morts, a indiqué la préfecture dans un communiqué.",
     [("préfecture", "prefecture")]),
    ("Au moins 120 bâtiments se sont effondrés, selon l'AFAD.", [("AFAD", "AFAD")]),
    ("At least 41 people have died, officials say.", [("officials", "officials")]),
    ("The official IRNA news agency and the United States Geological Survey said it had a "
     "magnitude of 5.9.", [("United States Geological Survey", "USGS")]),
    ("Speaking last night, Moffat also said that the actor is 55.", [("Moffat", "moffat")]),
    ("Total downtime was 1hr 4 mins, SEACOM said in an official statement.",
     [("SEACOM", "SEACOM")]),
    # two clauses, two speakers
    ("Tehran's seismologic center said the quake measured magnitude-5.9, but the U.S. "
     "Geological Survey in Golden, Colo., said it was a magnitude-6.1 temblor.",
     [("Tehran's seismologic center", "center"), ("U.S. Geological Survey", "USGS")]),
    ("Le centre sismologique de Téhéran a indiqué une magnitude de 5,9, mais l'Institut "
     "américain de géophysique (USGS), à Golden (Colorado), a fait état d'une magnitude 6,1.",
     [("centre sismologique de Téhéran", "centre"), ("USGS", "USGS")]),
]

NO_SPEAKER = [
    # no speaker here: pronouns, things, passives, players, quotations
    "He said 10 people died.",
    "The quake measured 5.9 and it registered on instruments.",
    "Damage to the church was estimated at $1 million.",
    "Peyton Hillis added 101 yards on the ground.",
    "Shy Ely put up 23 points against the Tar Heels.",
    "A jury convicted a man of two counts of murder.",
    "Weinstein said in sentencing him to 12 years in prison.",
    "The report said `` Moon, '' which is expected in 2009.",
    "Sales rose 5% in the quarter.",
    "Il a dit que 10 personnes étaient mortes.",
    "Un violent incendie s'est déclaré mardi vers 16 heures dans une usine.",
    "Microsoft veut fournir le même service aux annonceurs pour 42 000 dollars.",
    "Le rapport de 2022 compte 12 pages.",
]


@pytest.mark.parametrize(("sentence", "expected"), SPEAKERS)
def test_speakers_named_beside_a_verb_of_saying(sentence: str,
                                                expected: list[tuple[str, str]]) -> None:
    assert [(s.name, s.key) for s in speakers_of(sentence)] == expected


@pytest.mark.parametrize("sentence", NO_SPEAKER)
def test_no_speaker_without_an_agent_named(sentence: str) -> None:
    assert speakers_of(sentence) == ()


def test_each_clause_gives_its_figure_from_its_own_speaker() -> None:
    text = SPEAKERS[-2][0]
    five, six = text.index("5.9"), text.index("6.1")
    assert (found := speaker_at(text, five)) is not None and found.key == "center"
    assert (found := speaker_at(text, six)) is not None and found.key == "USGS"
    one = "At least 41 people have died, officials say."
    assert (found := speaker_at(one, one.index("41"))) is not None and found.key == "officials"
    assert speaker_at("He said 10 people died.", 8) is None


KEYS = [
    ("U.S. Geological Survey", "USGS"),
    ("United States Geological Survey", "USGS"),
    ("US Geological Survey", "USGS"),
    ("institut géologique américain (USGS)", "USGS"),
    ("country's disaster agency AFAD", "AFAD"),
    ("Police", "police"),
    ("police", "police"),
    ("préfecture du Cantal", "prefecture"),
]


@pytest.mark.parametrize(("name", "key"), KEYS)
def test_one_speaker_written_several_ways_has_one_key(name: str, key: str) -> None:
    assert speaker_key(name) == key


PIECES = [s for s, _ in SPEAKERS] + NO_SPEAKER + ["Officials said", ", but", " selon ",
                                                  "the USGS said", "(AFAD)", " 12 "]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4))
def test_speakers_are_read_from_the_text(pieces: list[str]) -> None:
    """Each speaker's clause lies inside the sentence, clauses keep their order, and every
    word of its name is written in the sentence."""
    text = " ".join(pieces)
    found = speakers_of(text)
    for s in found:
        assert 0 <= s.start < s.end <= len(text)
        assert s.key
        for word in s.name.split():
            assert word in text
    assert [s.start for s in found] == sorted(s.start for s in found)


GIVERS = [
    # (sentence, the amount, who pays or offers it): the subject of a verb of giving
    ("The Angels are believed to have offered at least $160 million.", "$160", {"angels"}),
    ("Dan Patrick said the Boston Red Sox have made Mark Teixeira an eight-year, $200 "
     "million offer.", "$200", {"boston", "red", "sox", "brs"}),
    # a sentence's first word is a name only when no other is
    ("Red Sox offer Teixeira $200 million", "$200", {"sox", "rs"}),
    ("The Red Sox have made an eight-year offer to Teixeira in excess of $160 million.",
     "$160", {"red", "sox", "rs"}),
    ("Google agreed to buy Motorola for $12.5 billion.", "$12.5", {"google"}),
    ("Advanced Micro Devices is acquiring SeaMicro for $334 million.", "$334",
     {"micro", "devices", "amd"}),
    ("Les Red Sox auraient finalement proposé 180 millions de dollars.", "180",
     {"red", "sox", "rs"}),
    ("Microsoft a refusé de payer 42 000 dollars par mois.", "42", {"microsoft"}),
    ("Kessler has offered €4.2bn in a counterbid to Lumetra's €3.8bn cash offer.", "€4.2",
     {"kessler"}),
]

NO_GIVER = [
    # no one named pays here: a pronoun, a common noun, a possessive (an offer made to
    # someone), a thing, a verb of asking, another subject whose verb is left out
    ("If it's true they're offering $200 million to a career .290 hitter.", "$200"),
    ("The company paid $5 million to settle.", "$5"),
    ("L'entreprise a versé 3 millions d'euros.", "3"),
    ("Reagins declined to give the value of Teixeira's offer of $160 million.", "$160"),
    ("The deal is believed to be an offer of eight years and around $160 million.", "$160"),
    ("Twitter charges $42,000 a month for its API.", "$42"),
    ("The Nationals have bid $160 million, the Orioles between $140 million and $150 "
     "million.", "$140"),
    ("Police said the robbers stole jewels worth $100 million.", "$100"),
    # the verb's own amount comes first; the later one is another party's
    ("Kessler offered €4.2bn for the group, topping Lumetra's bid of €3.9bn.", "€3.9"),
    ("Kessler has offered €4.2bn in a counterbid to Lumetra's €3.8bn cash offer.", "€3.8"),
]


@pytest.mark.parametrize(("sentence", "amount", "names"), GIVERS)
def test_who_pays_or_offers_an_amount(sentence: str, amount: str, names: set[str]) -> None:
    assert giver_at(sentence, sentence.index(amount)) == names


@pytest.mark.parametrize(("sentence", "amount"), NO_GIVER)
def test_no_one_named_pays(sentence: str, amount: str) -> None:
    assert giver_at(sentence, sentence.index(amount)) == frozenset()
