"""Figure slots: each figure of the story in one slot across sources and languages,
disputed only when two sources state values of it that cannot both hold."""

from __future__ import annotations

import json
import math
import random
from collections import Counter
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import reporter.api
from reporter import build_report
from reporter.attribution import speaker_key
from reporter.bridge import Bridge
from reporter.claims import ATTRIBUTION
from reporter.conflicts import Value, values_of
from reporter.model import Article, Member, QuantityKind, Report, Slot
from reporter.render import render_json, render_markdown
from reporter.slots import (
    ATTRIBUTED_WITHIN,
    CLOSE_DISPUTE_LINK_MIN,
    DISPUTE_LINK_MIN,
    NOUN_DISPUTE_LINK_MIN,
    SLOT_KINDS,
    TOLL_DISPUTE_LINK_MIN,
    _dispute_link_min,
    _entries,
    _same_name,
    build_slots,
    convertible,
)

Said = tuple[str, str]
"""(source id, value as written): one source's statement of a figure."""


def articles(*texts: str) -> list[Article]:
    """One article per text, with ids ``s0``, ``s1``…"""
    return [Article(f"s{i}", f"s{i}.txt", t) for i, t in enumerate(texts)]


def report(*texts: str) -> Report:
    return build_report(articles(*texts), workers=1)


def said(slot: Slot) -> set[Said]:
    return {(v.unit.source, v.text) for v in slot.values}


def slot_of(rep: Report, value: Said) -> Slot:
    """The one slot holding a source's value as written."""
    found = [s for s in rep.slots if value in said(s)]
    assert len(found) == 1, f"{value} is in {len(found)} slots: {describe(rep)}"
    return found[0]


def describe(rep: Report) -> str:
    """The slots on one line each, for failure messages."""
    return "\n" + "\n".join(
        f"{s.id} {s.kind.value} {s.unit!r} {'disputed' if s.disputed else ''} "
        f"{sorted(said(s))}" for s in rep.slots)


def slots_json(rep: Report) -> list[dict[str, Any]]:
    slots: list[dict[str, Any]] = json.loads(render_json(rep))["slots"]
    return slots


DISPUTED = [
    pytest.param(("Police said 20,000 people marched through Athens on Sunday against the cuts.\n"
                  "Organisers said 50,000 people marched through Athens on Sunday against the "
                  "cuts.\n",
                  "About 30,000 people marched through Athens on Sunday against the cuts, "
                  "police said.\n"),
                 QuantityKind.NUMBER, "person",
                 {("s0", "20,000 people"), ("s0", "50,000 people"), ("s1", "About 30,000 people")},
                 id="one-outlet-gives-two-authorities-figures"),
    pytest.param(("Qeshm, une île au large de l'Iran, se trouve à 1 500 kilomètres au sud de "
                  "Téhéran, selon l'agence.",
                  "Qeshm, an island off Iran, lies 1,150 kilometers southeast of Tehran, the "
                  "agency said."),
                 QuantityKind.NUMBER, "km",
                 {("s0", "1 500 kilomètres"), ("s1", "1,150 kilometers")},
                 id="fr-en-distance-from-one-place-spelt-two-ways"),
    pytest.param(("Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a busy "
                  "commercial and fishing port.",
                  "Qeshm, a large island off the coast, lies 1,500 kilometers south of Tehran "
                  "and draws tourists every winter."),
                 QuantityKind.NUMBER, "km/mile",
                 {("s0", "1,150 kilometers"), ("s0", "700 miles"), ("s1", "1,500 kilometers")},
                 id="distance-from-one-named-place-in-other-words"),
    pytest.param(("Customs seized 2.5 tonnes of cocaine on the ship in the port on Friday, "
                  "officials said.",
                  "Customs seized 8,000 pounds of cocaine on the ship in the port on Friday, "
                  "officials said."),
                 QuantityKind.NUMBER, "pound/tonne", {("s0", "2.5 tonnes"), ("s1", "8,000 pounds")},
                 id="a-weight-in-tonnes-and-pounds-that-differs"),
    pytest.param(("Le séisme a détruit 120 maisons dans la province de Bushehr, selon les "
                  "autorités.",
                  "The earthquake destroyed 150 houses in Bushehr province, officials said."),
                 QuantityKind.NUMBER, "house", {("s0", "120 maisons"), ("s1", "150 houses")},
                 id="fr-en-houses-by-the-dictionary"),
    pytest.param(("A strong earthquake struck northern Iran on Sunday. "
                  "10 people were killed, officials said.",
                  "A strong earthquake struck northern Iran on Sunday. "
                  "12 people were killed, officials said."),
                 QuantityKind.NUMBER, "people killed", {("s0", "10 people"), ("s1", "12 people")},
                 id="en-toll"),
    pytest.param(("The explosion at the plant killed 10 people on Tuesday, police said.",
                  "The explosion at the plant killed 12 people on Tuesday, police said.",
                  "The explosion at the plant killed 15 people on Tuesday, police said."),
                 QuantityKind.NUMBER, "people killed",
                 {("s0", "10 people"), ("s1", "12 people"), ("s2", "15 people")},
                 id="en-toll-three-sources"),
    pytest.param(("The fire at the warehouse killed 3 people, firefighters said.",
                  "Firefighters found 4 people dead in the burning warehouse."),
                 QuantityKind.NUMBER, "people killed", {("s0", "3 people"), ("s1", "4 people")},
                 id="en-toll-reworded"),
    pytest.param(("A strong earthquake of magnitude 5.9 struck northern Iran on Sunday, "
                  "officials said.",
                  "A strong earthquake of magnitude 6.1 struck northern Iran on Sunday, "
                  "officials said."),
                 QuantityKind.NUMBER, "measure", {("s0", "5.9"), ("s1", "6.1")},
                 id="en-magnitude"),
    pytest.param(("The city will pay $2 million to the family of the victim, the mayor said.",
                  "The city will pay $3 million to the family of the victim, the mayor said."),
                 QuantityKind.MONEY, "USD", {("s0", "$2 million"), ("s1", "$3 million")},
                 id="en-dollars"),
    pytest.param(("The former mayor was given a 10-year prison sentence for fraud on Monday.",
                  "The former mayor was sentenced to 12 years in prison for fraud on Monday."),
                 QuantityKind.DURATION, "", {("s0", "10-year"), ("s1", "12 years")},
                 id="en-sentence-length-hyphenated"),
    pytest.param(("The quake struck 58 km southwest of the port city on Sunday, officials "
                  "said.",
                  "The quake struck 150 miles southwest of the port city on Sunday, officials "
                  "said."),
                 QuantityKind.NUMBER, "km/mile", {("s0", "58 km"), ("s1", "150 miles")},
                 id="en-distances-no-conversion-reconciles"),
    pytest.param(("The fire broke out at the warehouse on Tuesday, firefighters said.",
                  "Firefighters were called to the burning warehouse on Wednesday night."),
                 QuantityKind.DAY, "", {("s0", "Tuesday"), ("s1", "Wednesday")},
                 id="en-weekday"),
    pytest.param(("The fire broke out at the warehouse on 3 May 2023, firefighters said.",
                  "Firefighters were called to the burning warehouse on 5 May 2023."),
                 QuantityKind.DATE, "", {("s0", "on 3 May 2023"), ("s1", "on 5 May 2023")},
                 id="en-date"),
    pytest.param(("Un séisme a secoué le sud de l'Iran mardi. Selon la télévision d'État, "
                  "on dénombre 10 morts dans la province.",
                  "A quake hit southern Iran on Tuesday. State television said 12 people were "
                  "killed in the province."),
                 QuantityKind.NUMBER, "people killed", {("s0", "10 morts"), ("s1", "12 people")},
                 id="fr-en-toll"),
    pytest.param(("Dix personnes ont été tuées dans l'explosion de l'usine mardi, selon la police.",
                  "Twelve people were killed in the explosion at the plant on Tuesday, "
                  "police said."),
                 QuantityKind.NUMBER, "people killed",
                 {("s0", "Dix personnes"), ("s1", "Twelve people")}, id="fr-en-toll-in-words"),
    pytest.param(("L'explosion a fait 10 blessés dans l'usine mardi, selon la police.",
                  "The explosion at the plant injured 14 people on Tuesday, police said."),
                 QuantityKind.NUMBER, "people injured", {("s0", "10 blessés"), ("s1", "14 people")},
                 id="fr-en-injured"),
    pytest.param(("Un séisme de magnitude 5,9 a frappé le sud de l'Iran mardi, selon l'institut "
                  "de géophysique.",
                  "An earthquake of magnitude 6.1 struck southern Iran on Tuesday, the geophysics "
                  "institute said."),
                 QuantityKind.NUMBER, "measure", {("s0", "5,9"), ("s1", "6.1")},
                 id="fr-en-magnitude"),
    pytest.param(("La ville versera 2 millions de dollars à la famille de la victime, a indiqué "
                  "le maire.",
                  "The city will pay $3 million to the family of the victim, the mayor said."),
                 QuantityKind.MONEY, "USD",
                 {("s0", "2 millions de dollars"), ("s1", "$3 million")}, id="fr-en-dollars"),
    pytest.param(("Un séisme a frappé le sud de l'Iran mardi. Selon la télévision d'État, "
                  "on dénombre 10 morts.",
                  "A quake hit southern Iran on Wednesday. State television said 12 people were "
                  "killed."),
                 QuantityKind.DAY, "", {("s0", "mardi"), ("s1", "Wednesday")},
                 id="fr-en-weekday"),
    pytest.param(("A magnitude 5.9 earthquake struck Bushehr province in southern Iran on "
                  "Tuesday.\nAt least 10 people were killed and 40 injured, state television "
                  "reported.\nRescue teams were searching collapsed homes in the village of "
                  "Kaki.\n",
                  "A strong earthquake of magnitude 6.1 hit southern Iran on Tuesday near the "
                  "town of Kaki, in Bushehr province.\nThe quake killed 12 people, the head of "
                  "the provincial emergency service told state television.\nDozens of homes "
                  "collapsed.\n",
                  "Un séisme de magnitude 6 a secoué le sud de l'Iran mardi, dans la province "
                  "de Bushehr.\nLe bilan provisoire fait état de 10 morts et 40 blessés, selon "
                  "la télévision d'État.\n"),
                 QuantityKind.NUMBER, "people killed",
                 {("s0", "At least 10 people"), ("s1", "12 people"), ("s2", "10 morts")},
                 id="fr-en-toll-in-longer-articles"),
    pytest.param(("Police seized four bombs at the house on Friday, the ministry said.\n",
                  "Officers found five bombs hidden in a car near the house.\n"),
                 QuantityKind.NUMBER, "bomb", {("s0", "four bombs"), ("s1", "five bombs")},
                 id="counts-of-one-plural-noun-told-apart"),
]


@pytest.mark.parametrize(("texts", "kind", "unit", "values"), DISPUTED)
def test_different_values_of_one_figure_share_a_disputed_slot(
    texts: tuple[str, ...], kind: QuantityKind, unit: str, values: set[Said]
) -> None:
    """Sources stating different values of one figure, in any wording or language, are
    aligned in one slot of that figure, and the slot says they disagree."""
    rep = report(*texts)
    slot = slot_of(rep, min(values))
    assert said(slot) == values, describe(rep)
    assert (slot.kind, slot.unit) == (kind, unit)
    assert slot.disputed and not slot.compatible


AGREED = [
    pytest.param(("Police said more than 50,000 people took to the streets of Athens as rallies "
                  "kicked off.",
                  "Some 80,000 people marched in Athens as rallies kicked off, organisers said."),
                 {("s0", "more than 50,000 people"), ("s1", "Some 80,000 people")}, True,
                 id="a-bound-near-a-count-it-covers"),
    pytest.param(("A strong earthquake struck northern Iran on Sunday. 12 people were killed, "
                  "officials said.",
                  "A powerful quake hit northern Iran on Sunday, killing 12 people, according "
                  "to officials."),
                 {("s0", "12 people"), ("s1", "12 people")}, False, id="en-equal-reworded"),
    pytest.param(("A strong earthquake struck northern Iran on Sunday. 12 people were killed, "
                  "officials said.",
                  "Un puissant séisme a frappé le nord de l'Iran dimanche, faisant douze morts, "
                  "selon les autorités.",
                  "Twelve people died when a powerful quake hit northern Iran on Sunday."),
                 {("s0", "12 people"), ("s1", "douze morts"), ("s2", "Twelve people")}, False,
                 id="fr-en-equal-three-sources"),
    pytest.param(("A strong earthquake struck northern Iran on Sunday. 12 people were killed, "
                  "officials said.",
                  "Un puissant séisme a frappé le nord de l'Iran dimanche, faisant douze morts, "
                  "selon les autorités."),
                 {("s0", "Sunday"), ("s1", "dimanche")}, False, id="fr-en-equal-weekday"),
    pytest.param(("A strong earthquake struck northern Iran on Sunday. At least 10 people were "
                  "killed, officials said.",
                  "A strong earthquake struck northern Iran on Sunday. 12 people were killed, "
                  "officials said."),
                 {("s0", "At least 10 people"), ("s1", "12 people")}, True, id="en-bound"),
    pytest.param(("Un puissant séisme a frappé le nord de l'Iran dimanche, faisant au moins "
                  "10 morts, selon les autorités.",
                  "A powerful earthquake struck northern Iran on Sunday, killing 12 people, "
                  "officials said."),
                 {("s0", "au moins 10 morts"), ("s1", "12 people")}, True, id="fr-en-bound"),
    pytest.param(("More than 1,000 homes lost power in the county on Monday, the utility said.",
                  "The storm cut power to 1,012 homes in the county on Monday, the utility "
                  "said."),
                 {("s0", "More than 1,000 homes"), ("s1", "1,012 homes")}, True,
                 id="en-more-than"),
    pytest.param(("The storm cut power to about 1,000 homes in the county on Monday, the "
                  "utility said.",
                  "The storm cut power to 1,012 homes in the county on Monday, the utility "
                  "said."),
                 {("s0", "about 1,000 homes"), ("s1", "1,012 homes")}, True,
                 id="en-rounded-count"),
    pytest.param(("The company paid about $1.2 million in fines last year, regulators said.",
                  "The company paid $1,215,000 in fines last year, regulators said."),
                 {("s0", "about $1.2 million"), ("s1", "$1,215,000")}, True,
                 id="en-rounded-dollars"),
    pytest.param(("Between 10 and 12 people were killed in the blast on Tuesday, police said.",
                  "Eleven people were killed in the blast on Tuesday, police said."),
                 {("s0", "Between 10 and 12 people"), ("s1", "Eleven people")}, True,
                 id="en-range"),
    pytest.param(("The quake struck 58 km (36 miles) southwest of the port city on Sunday, "
                  "officials said.",
                  "The quake struck about 35 miles southwest of the port city on Sunday, "
                  "officials said."),
                 {("s0", "58 km"), ("s0", "36 miles"), ("s1", "about 35 miles")}, True,
                 id="a-distance-in-km-and-in-miles"),
    pytest.param(("Pirates attacked the tanker 150 nautical miles east of Aden on Monday, the "
                  "navy said.",
                  "Pirates attacked the tanker 278 km east of Aden on Monday, the navy said."),
                 {("s0", "150 nautical miles"), ("s1", "278 km")}, True,
                 id="nautical-miles-converted-as-such"),
    pytest.param(("Customs seized 2.5 tonnes of cocaine on the ship in the port on Friday, "
                  "officials said.",
                  "Customs seized 5,500 pounds of cocaine on the ship in the port on Friday, "
                  "officials said."),
                 {("s0", "2.5 tonnes"), ("s1", "5,500 pounds")}, True,
                 id="a-weight-in-tonnes-and-in-pounds"),
    pytest.param(("Winds of 190 km/h battered the coast on Sunday, forecasters said.",
                  "Winds of 118 mph battered the coast on Sunday, forecasters said."),
                 {("s0", "190 km/h"), ("s1", "118 mph")}, True, id="a-speed-in-two-units"),
    pytest.param(("Four robbers stormed the jewellery shop on Thursday, police said.",
                  "Four thieves raided the jewellery shop on Thursday, police said."),
                 {("s0", "Four robbers"), ("s1", "Four thieves")}, False,
                 id="en-people-named-two-ways"),
    pytest.param(("The city will pay $2 million to the family of the victim, the mayor said.",
                  "La ville versera 2 millions d'euros à la famille de la victime, a indiqué "
                  "le maire."),
                 {("s0", "$2 million"), ("s1", "2 millions d'euros")}, True,
                 id="fr-en-dollars-and-euros-one-amount-converted"),
    pytest.param(("Robbers stole jewels worth 85 million euros ($108 million) from the shop, "
                  "police said.",
                  "Robbers took jewels worth $108 million from the shop on Thursday, police "
                  "said.",
                  "Des voleurs ont dérobé pour 85 millions d'euros de bijoux dans la "
                  "boutique, selon la police."),
                 {("s0", "85 million euros"), ("s0", "$108 million"), ("s1", "$108 million"),
                  ("s2", "85 millions d'euros")}, True,
                 id="an-amount-restated-in-another-currency"),
]


@pytest.mark.parametrize(("texts", "values", "compatible"), AGREED)
def test_values_that_can_all_hold_share_an_undisputed_slot(
    texts: tuple[str, ...], values: set[Said], compatible: bool
) -> None:
    """Equal values, a bound and a value past it, a rounded figure and a precise one, a
    range and a value inside it: one slot, never disputed; ``compatible`` when the
    values differ."""
    rep = report(*texts)
    slot = slot_of(rep, min(values))
    assert said(slot) == values, describe(rep)
    assert slot.compatible is compatible
    assert not any(s.disputed for s in rep.slots), describe(rep)


APART = [
    pytest.param(("The quake struck the island, home to 120,000 people, officials said.",
                  "The quake killed 110,000 people on the island, officials said."),
                 ("s0", "120,000 people"), ("s1", "110,000 people"),
                 id="population-and-toll"),
    pytest.param(("Le séisme a frappé l'île, qui compte 120 000 habitants, selon les autorités.",
                  "The quake killed 110,000 people on the island, officials said."),
                 ("s0", "120 000 habitants"), ("s1", "110,000 people"),
                 id="population-and-toll-fr-en"),
    # no conflict here: two places' distances from one place
    pytest.param(("A 6.4 temblor rocked Zarand, a town in Kerman province 602 miles southeast "
                  "of Tehran, in 2005.",
                  "Qeshm, located 1,150 kilometers (700 miles) southeast of Tehran, has a busy "
                  "port."),
                 ("s0", "602 miles"), ("s1", "700 miles"),
                 id="two-places-distances-from-one-place"),
    pytest.param(("The storms killed 10 people on Sunday and 12 people on Monday, officials "
                  "said.",
                  "The storms killed 10 people on Sunday, officials said.",
                  "The storms killed 12 people on Monday, officials said."),
                 ("s0", "10 people"), ("s0", "12 people"), id="two-tolls-of-one-sentence"),
    pytest.param(("The earthquake killed 10 people on Sunday, officials said. In 2017 a "
                  "stronger earthquake killed 600 people in the same region.",
                  "In 2017, an earthquake killed 600 people in the region.",
                  "The earthquake killed 10 people on Sunday, officials said."),
                 ("s0", "10 people"), ("s0", "600 people"), id="one-source-two-quakes"),
    pytest.param(("Earthquake kills 10 in Iran\n\nThe earthquake that struck Iran on Sunday "
                  "killed 12 people, officials said on Monday.",
                  "The earthquake that struck Iran on Sunday killed 12 people, officials said."),
                 ("s0", "10"), ("s0", "12 people"), id="one-source-headline-and-update"),
    pytest.param(("The storm killed 3 people in Ohio on Monday, officials said.",
                  "A tornado killed 7 people in Texas last year."),
                 ("s0", "3 people"), ("s1", "7 people"), id="two-storms-two-tolls"),
    pytest.param(("The explosion at the plant killed 10 people on Tuesday, police said.",
                  "The explosion at the plant injured 12 people on Tuesday, police said."),
                 ("s0", "10 people"), ("s1", "12 people"), id="killed-vs-injured"),
    pytest.param(("L'explosion de l'usine a fait 10 morts mardi, selon la police.",
                  "The explosion at the plant left 12 people injured on Tuesday, police said."),
                 ("s0", "10 morts"), ("s1", "12 people"), id="fr-en-killed-vs-injured"),
    pytest.param(("The earthquake of magnitude 6.1 struck on Sunday, officials said.",
                  "The earthquake killed 6 people on Sunday, officials said."),
                 ("s0", "6.1"), ("s1", "6 people"), id="magnitude-vs-toll"),
    pytest.param(("A magnitude 6 earthquake struck the region on Sunday, officials said.",
                  "The earthquake killed 6 people in the region on Sunday, officials said."),
                 ("s0", "6"), ("s1", "6 people"), id="magnitude-vs-equal-toll"),
    pytest.param(("Turnout reached 12% in the city on Sunday, officials said.",
                  "Turnout reached 12 voters in the city on Sunday, officials said."),
                 ("s0", "12%"), ("s1", "12 voters"), id="percent-vs-count"),
    pytest.param(("The city will pay $2 million to the family of the victim, the mayor said.",
                  "The city will pay €3 million to the family of the victim, the mayor said."),
                 ("s0", "$2 million"), ("s1", "€3 million"), id="dollars-vs-euros"),
    pytest.param(("Robbers stole jewels worth 85 million euros from the shop, police said.",
                  "Robbers took jewels worth $8 million from the shop, police said."),
                 ("s0", "85 million euros"), ("s1", "$8 million"),
                 id="euros-and-dollars-no-rate-converts"),
    pytest.param(("The navy arrested 23 pirates (12 Somali and 11 Yemeni) in the gulf on "
                  "Saturday.",
                  "The navy arrested 23 Somali pirates in the gulf on Saturday."),
                 ("s0", "12 Somali"), ("s1", "23 Somali pirates"),
                 id="a-nationality-breakdown-is-not-the-total"),
    pytest.param(("The cable cut knocked out 65% of India's internet traffic on Friday, "
                  "operators said.",
                  "The cable cut knocked out 70% of Egypt's internet traffic on Friday, "
                  "operators said."),
                 ("s0", "65%"), ("s1", "70%"), id="shares-of-two-named-countries"),
    pytest.param(("The quake struck the island 35 miles southwest of the port city, officials "
                  "said.",
                  "The quake struck the island, whose population officials put at 120,000."),
                 ("s0", "35 miles"), ("s1", "120,000"), id="a-bare-count-is-no-distance"),
    pytest.param(("Manning scored the go-ahead touchdown in the third quarter on Sunday.",
                  "Manning scored the go-ahead touchdown in the quarter, up 13 to 7 on Sunday."),
                 ("s0", "third quarter"), ("s1", "13"), id="a-bare-count-is-no-rank"),
    pytest.param(("Police arrested four men at the house on Friday, the ministry said.\n",
                  "Officers found five men hiding in a car near the house.\n"),
                 ("s0", "four men"), ("s1", "five men"), id="people-need-more-context"),
    pytest.param(("Police seized 4GB of files at the house on Friday, the ministry said.\n",
                  "Officers found 5GB of files hidden in a car near the house.\n"),
                 ("s0", "4GB"), ("s1", "5GB"), id="a-unit-needs-more-context"),
    pytest.param(("The boxer ended his career with three defeats after the fight on Saturday.",
                  "The boxer ended his career with 58 after the fight on Saturday."),
                 ("s0", "three defeats"), ("s1", "58"), id="a-bare-count-is-no-thing-counted"),
    pytest.param(("Le séisme a frappé à 60 km au sud-ouest de Bandar Abbas dimanche, selon les "
                  "autorités.",
                  "The quake struck 90 km south of Shiraz on Sunday, officials said."),
                 ("s0", "60 km"), ("s1", "90 km"), id="fr-en-distances-from-two-places"),
    pytest.param(("Qeshm lies off the coast southwest of Bandar Abbas and 1,500 km south of "
                  "Tehran, officials said.",
                  "The quake struck 60 km southwest of Bandar Abbas, near Qeshm, officials "
                  "said."),
                 ("s0", "1,500 km"), ("s1", "60 km"),
                 id="distances-from-two-places-one-named-near"),
    pytest.param(("The union said 1,500 tweets were sent on Monday about the strike at the "
                  "plant.\nThe union said up to 3,000 workers joined the strike at the plant "
                  "on Monday.\n",
                  "Some 1,500 tweets were sent on Monday about the strike at the plant.\n"),
                 ("s0", "up to 3,000 workers"), ("s1", "Some 1,500 tweets"),
                 id="an-attributed-figure-of-another-thing"),
    pytest.param(("Police seized 2 tonnes of cocaine at the port on Monday, officials said.",
                  "Police seized the cocaine 2 km from the port on Monday, officials said."),
                 ("s0", "2 tonnes"), ("s1", "2 km"), id="a-mass-and-a-distance"),
    pytest.param(("Four robbers stormed the jewellery shop on Thursday, police said.",
                  "Police seized four rifles at the jewellery shop on Thursday."),
                 ("s0", "Four robbers"), ("s1", "four rifles"), id="people-and-things"),
    pytest.param(("The fire broke out at the warehouse on Tuesday, firefighters said.",
                  "The fire broke out at the warehouse on 3 May, firefighters said."),
                 ("s0", "Tuesday"), ("s1", "on 3 May"), id="weekday-vs-date"),
    pytest.param(("Eleven people were injured in the derailment, two of them seriously, the "
                  "prefecture said.",
                  "Le bilan fait état de 14 blessés parmi les 63 passagers du train, a indiqué "
                  "la préfecture."),
                 ("s0", "Eleven people"), ("s1", "63 passagers"),
                 id="injured-and-the-passengers-they-are-among"),
    pytest.param(("Police said up to 20,000 people took to the streets of Athens as rallies "
                  "kicked off.",
                  "Firefighters said 20 people had been inside the bank when it caught fire in "
                  "Athens."),
                 ("s0", "up to 20,000 people"), ("s1", "20 people"),
                 id="a-bound-far-above-a-count-it-covers-says-nothing-of-it"),
    pytest.param(("Bryant scored 20 points for the Lakers on Sunday, the team said.",
                  "Bryant has scored 2,290 points for the Lakers, the team said on Sunday."),
                 ("s0", "20 points"), ("s1", "2,290 points"),
                 id="figures-fifty-times-apart-are-two-things"),
    pytest.param(("A fire devastated the church on Friday night, the fire chief said.",
                  "Damage to the church from the fire was estimated at $1 million, the fire "
                  "chief said Saturday."),
                 ("s0", "Friday"), ("s1", "Saturday"),
                 id="the-day-of-an-event-and-the-day-of-a-statement"),
    # no conflict here: one temperature in two scales
    pytest.param(("The heatwave pushed temperatures to 45C in Seville on Sunday, officials said.",
                  "The heatwave pushed temperatures to 113F in Seville on Sunday, officials "
                  "said."),
                 ("s0", "45C"), ("s1", "113F"), id="one-temperature-in-two-scales"),
    pytest.param(("The singer, who died on Monday, leaves three of his eight children.",
                  "The singer, who died on Monday, had eight children."),
                 ("s0", "three"), ("s1", "eight children"),
                 id="a-part-and-the-whole-it-is-part-of"),
    pytest.param(("The barge, carrying 3,000 tonnes of fuel, sank off Dover on Tuesday, "
                  "coastguard officials said.",
                  "The barge sank off Dover on Tuesday and 2,500 tonnes of fuel have leaked, "
                  "coastguard officials said."),
                 ("s0", "3,000 tonnes"), ("s1", "2,500 tonnes"),
                 id="a-ships-cargo-and-what-it-spilt"),
    pytest.param(("Faye avait rejoint le Royal Excelsior Mosan, en Belgique, à 19 ans, pour "
                  "400 000 euros.",
                  "Après dix jours de négociations, le Royal Excelsior Mosan a officialisé le "
                  "transfert de Faye."),
                 ("s0", "19 ans"), ("s1", "dix jours"),
                 id="two-lengths-too-far-apart-to-be-one"),
]


@pytest.mark.parametrize(("texts", "one", "other"), APART)
def test_values_of_two_figures_never_share_a_slot(
    texts: tuple[str, ...], one: Said, other: Said
) -> None:
    """Two values of one sentence, one source's two different tolls, counts of people
    with different outcomes, a magnitude and a count, two currencies, a weekday and a
    date: separate slots, and no dispute comes of them."""
    rep = report(*texts)
    assert slot_of(rep, one) != slot_of(rep, other), describe(rep)
    assert not any(s.disputed for s in rep.slots), describe(rep)


def test_a_figure_restated_in_headline_and_body_is_one_slot() -> None:
    """Outlets that give the injured count in their headline and again in their text
    state one figure twice: one slot, with each outlet's values side by side."""
    rep = report(
        "Train derails in Cantal, 11 hurt\n\nEleven people were injured when the train "
        "derailed near Murat, the prefecture said on Tuesday.",
        "Un TER déraille près de Murat, onze blessés\n\nSelon la préfecture, onze personnes "
        "ont été blessées quand le train a déraillé près de Murat mardi.",
        "Déraillement près de Murat : 14 blessés\n\nSelon la préfecture, 14 personnes ont "
        "été blessées quand le train a déraillé près de Murat mardi.")
    slot = slot_of(rep, ("s0", "11 hurt"))
    assert said(slot) >= {("s0", "11 hurt"), ("s0", "Eleven people"), ("s1", "onze blessés"),
                          ("s1", "onze personnes"), ("s2", "14 blessés")}, describe(rep)
    assert slot.disputed


def test_a_toll_already_disputed_takes_in_the_same_toll_from_a_headline() -> None:
    """One outlet's toll, set against another outlet's in its body, joins its own headline
    and a third outlet's same toll in one slot: one source stating a value in both is
    enough to tell that they are one figure, and no new dispute comes of joining them."""
    rep = report(
        "Quake kills 10 on Iran's Qeshm island\n\nTen people were killed when the earthquake "
        "struck Qeshm island on Sunday, officials said. In 2005, a quake on the island killed "
        "13 people.",
        "Three people were killed when the earthquake struck Qeshm island on Sunday, officials "
        "said. Two people died in the 2005 quake.",
        "Iran quake: 10 dead on Qeshm\n\nRescuers searched the rubble of the villages through "
        "the night, and the governor said 20 people died in Dargahan in 2005.")
    toll = slot_of(rep, ("s1", "Three people"))
    assert said(toll) == {("s0", "10"), ("s0", "Ten people"), ("s1", "Three people"),
                          ("s2", "10 dead")}, describe(rep)
    assert toll.disputed


def test_disputed_slots_come_first_numbered_in_order() -> None:
    """Slots are numbered N1… with the disputed ones before the others."""
    rep = report("The explosion at the plant killed 10 people on Tuesday, police said.",
                 "The explosion at the plant killed 12 people on Tuesday, police said.")
    assert [s.id for s in rep.slots] == [f"N{n}" for n in range(1, len(rep.slots) + 1)]
    assert [s.disputed for s in rep.slots] == [True, False], describe(rep)


CONVERTIBLE = [
    ("USD", "100", "EUR", "85", True),  # 2020s rates
    ("EUR", "2000000", "USD", "2600000", True),
    ("GBP", "74000000", "EUR", "85000000", True),
    ("JPY", "15000", "USD", "100", True),
    ("USD", "500", "USD", "900", True),  # one currency: the values are compared instead
]
NOT_CONVERTIBLE = [
    ("USD", "2000000", "EUR", "3000000"),  # €3m was never worth as little as $2m
    ("EUR", "85000000", "USD", "8000000"),
    ("JPY", "100", "USD", "100"),
    ("GBP", "1000", "CHF", "5000"),
]


def _money(key: str, amount: str) -> Value:
    return Value(member=0, source="s", kind=QuantityKind.MONEY, key=key, start=0, text=amount,
                 normalized=Decimal(amount))


@pytest.mark.parametrize(("a", "x", "b", "y", "expected"), CONVERTIBLE)
def test_amounts_some_rate_converts_can_be_one_figure(
        a: str, x: str, b: str, y: str, expected: bool) -> None:
    assert convertible(_money(a, x), _money(b, y)) is expected
    assert convertible(_money(b, y), _money(a, x)) is expected


@pytest.mark.parametrize(("a", "x", "b", "y"), NOT_CONVERTIBLE)
def test_amounts_no_rate_converts_are_two_figures(a: str, x: str, b: str, y: str) -> None:
    assert not convertible(_money(a, x), _money(b, y))
    assert not convertible(_money(b, y), _money(a, x))


# --- properties -----------------------------------------------------------------------

SENTENCES = [
    "A strong earthquake of magnitude 5.9 struck northern Iran on Sunday, officials said.",
    "A magnitude 6.1 quake hit northern Iran on Sunday.",
    "At least 10 people were killed and 40 injured, state television reported.",
    "The quake killed 12 people in the province, officials said.",
    "Between 10 and 12 people were killed in the village of Kaki.",
    "Rescue teams searched about 1,000 homes for 3 hours and a half.",
    "The government pledged $2 million in aid on 3 May 2023.",
    "In 2017, a stronger earthquake killed 600 people in the same region.",
    "Aid agencies said 15% of homes were damaged, up from 5% to 7% in early reports.",
    "Un séisme de magnitude 6 a frappé le nord de l'Iran dimanche, faisant 10 morts.",
    "Le bilan provisoire fait état de douze morts et de 40 blessés, selon la télévision d'État.",
    "Le gouvernement a promis 2 millions d'euros d'aide le 4 mai 2023 à 15 h 30.",
    "Les secours ont fouillé les décombres pendant deux ans et demi.",
    "Tehran's seismologic center said the quake measured 5.9, but the U.S. Geological "
    "Survey said it was 6.1.",
    "The U.S. Geological Survey put the magnitude at 6.1.",
    "Twelve people were killed, AFAD said. The health ministry said 14 people died.",
    "Getty Images",
]
ARTICLE = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(
    lambda chosen: "\n".join(chosen) + "\n")
STORY = st.lists(ARTICLE, min_size=2, max_size=4)


def assert_slots_well_formed(rep: Report) -> None:
    """The invariants every report's slots keep (see the test below)."""
    texts = {a.id: a.text for a in rep.articles}
    groups_of: dict[tuple[str, int], set[str]] = {}
    for g in rep.groups:
        for m in g.members:
            groups_of.setdefault((m.unit.source, m.unit.start), set()).add(g.id)
    seen: Counter[tuple[str, int, int]] = Counter()
    for n, slot in enumerate(rep.slots, 1):
        assert slot.id == f"N{n}"
        assert len({v.unit.source for v in slot.values}) > 1 or not slot.disputed
        by_source: dict[str, set[str]] = {}
        attributed: dict[str, bool] = {}
        starts: Counter[tuple[str, int]] = Counter()
        voices: dict[tuple[str, int], set[str]] = {}
        for v in slot.values:
            u = v.unit
            assert texts[u.source][u.start:u.end] == u.text
            assert texts[u.source][u.start + v.start:u.start + v.end] == v.text
            assert v.group in groups_of[(u.source, u.start)]
            seen[(u.source, u.start, v.start)] += 1
            by_source.setdefault(u.source, set()).add(str(v.normalized))
            near = ATTRIBUTION.search(u.text, max(0, v.start - ATTRIBUTED_WITHIN),
                                      v.end + ATTRIBUTED_WITHIN) is not None or bool(v.speaker)
            attributed[u.source] = attributed.get(u.source, True) and near
            starts[(u.source, u.start)] += 1
            voices.setdefault((u.source, u.start), set()).add(speaker_key(v.speaker)
                                                              if v.speaker else "")
        # one number a source, unless it gives each of its figures with who gives it
        assert all(len(values) == 1 or attributed[source]
                   for source, values in by_source.items()), slot
        # one value a sentence, unless two named speakers give two
        assert all(n == 1 or (len(voices[k]) == n and "" not in voices[k])
                   for k, n in starts.items()), slot
        assert slot.values == tuple(sorted(
            slot.values, key=lambda v: (v.unit.source, v.unit.start, v.start)))
    assert all(c == 1 for c in seen.values())
    figures = {(m.unit.source, m.unit.start, v.start)
               for g in rep.groups for m in g.members
               for v in values_of(0, Member(unit=m.unit), loose=True)
               if v.kind in SLOT_KINDS}
    assert set(seen) == figures


@settings(max_examples=40, deadline=None)
@given(STORY)
def test_slots_are_well_formed(story: list[str]) -> None:
    """Every figure of every claim sits in exactly one slot; its span slices back to the
    value as written from the article text (offsets inside ``unit.text``) and it names
    its sentence's group; one source's values in a slot come from different sentences
    and state one number, unless each says who gives it; a dispute needs two sources;
    values are ordered by source, then offset."""
    assert_slots_well_formed(report(*story))


@settings(max_examples=25, deadline=None)
@given(STORY, st.randoms(use_true_random=False))
def test_article_order_does_not_change_the_slots(story: list[str], rnd: random.Random) -> None:
    """Shuffled input articles give the same slots JSON."""
    arts = articles(*story)
    want = slots_json(build_report(arts, workers=1))
    rnd.shuffle(arts)
    assert slots_json(build_report(arts, workers=1)) == want


@settings(max_examples=25, deadline=None)
@given(STORY, st.randoms(use_true_random=False))
def test_group_order_does_not_change_the_slots(story: list[str], rnd: random.Random) -> None:
    """``build_slots`` gives the same slots whatever order the groups come in (the report
    only sorts articles, so this is where an order dependence would show)."""
    calls: list[tuple[Any, ...]] = []

    def spy(groups: Any, **options: Any) -> Any:
        calls.append((groups, options))
        return build_slots(groups, **options)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reporter.api, "build_slots", spy)
        rep = report(*story)
    [(groups, options)] = calls
    shuffled = list(groups)
    rnd.shuffle(shuffled)
    assert build_slots(shuffled, **options) == rep.slots
    assert build_slots(tuple(reversed(groups)), **options) == rep.slots


def _slots_of_events(texts: tuple[str, ...], events: dict[str, int]) -> tuple[Slot, ...]:
    """The slots of a report on ``texts`` with its sources told apart as ``events``."""
    calls: list[tuple[Any, ...]] = []

    def spy(groups: Any, **options: Any) -> Any:
        calls.append((groups, options))
        return build_slots(groups, **options)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(reporter.api, "build_slots", spy)
        report(*texts)
    [(groups, options)] = calls
    return build_slots(groups, **{**options, "events": events})


TWO_EVENTS = {"s0": 0, "s1": 0, "s2": 1, "s3": 1}

CROSS_EVENT = [
    # two quakes' equal magnitudes, in words that only half agree: two figures
    (("A 6.1 earthquake struck the island on Sunday, damaging homes, the agency said.",
      "The agency said a 6.1 earthquake struck the island on Sunday, damaging homes.",
      "A 6.1 earthquake shook the mountain province, killing two villagers, police said.",
      "Police said a 6.1 earthquake shook the mountain province, killing two villagers."),
     ("s0", "6.1 earthquake"), ("s2", "6.1 earthquake"), False),
    # no conflict here: the other event's sources tell the figure back in its words
    (("The Indian Navy captured 23 pirates in the Gulf of Aden on Saturday.",
      "On Saturday the Indian Navy captured 23 pirates in the Gulf of Aden.",
      "Last month the Indian Navy captured 23 pirates in the Gulf of Aden.",
      "The Indian Navy, which last month captured 23 pirates in the Gulf of Aden, struck."),
     ("s0", "23 pirates"), ("s2", "23 pirates"), True),
]


@pytest.mark.parametrize(("texts", "a", "b", "together"), CROSS_EVENT)
def test_two_look_alike_events_share_a_slot_only_on_strong_words(
        texts: tuple[str, ...], a: Said, b: Said, together: bool) -> None:
    """Equal values of two look-alike events share a slot only when the words around them
    say the same (a figure told back), not by coincidence; with one event, they do."""
    def holding(slots: tuple[Slot, ...], value: Said) -> Slot:
        [slot] = [s for s in slots if value in said(s)]
        return slot

    one, two = _slots_of_events(texts, {}), _slots_of_events(texts, TWO_EVENTS)
    assert holding(one, a) == holding(one, b)
    assert (holding(two, a) == holding(two, b)) is together


def test_ages_by_two_nouns_agree_but_never_dispute() -> None:
    """One person named by several nouns (le gérant, le propriétaire, le bijoutier): equal
    ages share a slot; another age by another noun is no dispute (two people's ages are
    as likely), while the same noun's other age is."""
    rep = report("Le gérant, âgé de 45 ans, a été légèrement blessé lors du braquage.",
                 "Le propriétaire, âgé de 45 ans, a été légèrement blessé lors du braquage.",
                 "Le bijoutier, un homme de 46 ans, a été légèrement blessé lors du braquage.")
    assert said(slot_of(rep, ("s0", "45 ans"))) == {("s0", "45 ans"), ("s1", "45 ans")}
    assert not any(s.disputed for s in rep.slots), describe(rep)
    same = report("Le gérant, âgé de 45 ans, a été légèrement blessé lors du braquage.",
                  "Le gérant, âgé de 46 ans, a été légèrement blessé lors du braquage.")
    assert slot_of(same, ("s0", "45 ans")).disputed, describe(same)


def test_one_persons_age_spelt_two_ways_is_one_figure() -> None:
    """``Essia B.`` and ``Essia Boularas`` can be one person: their ages are one figure,
    disputed when they differ; another first name is another person."""
    rep = report("La cour a condamné vendredi Essia B., 44 ans, à 25 ans de réclusion.",
                 "Essia Boularas, 45 ans, a été condamnée vendredi à 25 ans de réclusion.")
    slot = slot_of(rep, ("s0", "44 ans"))
    assert said(slot) == {("s0", "44 ans"), ("s1", "45 ans")} and slot.disputed
    other = report("La cour a condamné vendredi Essia B., 44 ans, à 25 ans de réclusion.",
                   "Karim Boularas, 45 ans, a été condamné vendredi à 25 ans de réclusion.")
    assert slot_of(other, ("s0", "44 ans")) != slot_of(other, ("s1", "45 ans"))


NAMES = [
    ("Essia B.", "Essia Boularas", True),
    ("J. Smith", "John Smith", True),
    ("John Smith", "John Smith", True),
    # no one person here: another first or last name, or one word only
    ("Essia B.", "Karim Boularas", False),
    ("John Smith", "John Doe", False),
    ("Smith", "John Smith", False),
]


@pytest.mark.parametrize(("a", "b", "same"), NAMES)
def test_names_that_can_be_one_person(a: str, b: str, same: bool) -> None:
    assert _same_name(a, b) is same and _same_name(b, a) is same


def test_a_price_paid_in_one_form_is_a_part_of_it() -> None:
    """``$281m in cash`` and ``$53m in stock`` are parts of a $334 million price, never
    disputed against it nor against each other; the price paid ``in cash and stock`` is
    the whole; one part stated by two outlets is one figure."""
    rep = report("AMD will pay $334 million for SeaMicro, including $281 million in cash.",
                 "AMD is paying $281m in cash and $53m in stock to acquire SeaMicro.",
                 "AMD will acquire SeaMicro for $334 million in cash and stock, the firms said.")
    assert said(slot_of(rep, ("s0", "$334 million"))) == {("s0", "$334 million"),
                                                          ("s2", "$334 million")}
    assert said(slot_of(rep, ("s1", "$281m"))) == {("s0", "$281 million"), ("s1", "$281m")}
    assert said(slot_of(rep, ("s1", "$53m"))) == {("s1", "$53m")}
    assert not any(s.disputed for s in rep.slots), describe(rep)


SIDES = [
    # a value some outlet in a disputed row already states takes its side there
    ("2 percent", True),
    # no conflict here: a value no one in the row states needs the dispute link to join
    ("2.5 percent", False),
]


@pytest.mark.parametrize(("gain", "joins"), SIDES)
def test_a_value_takes_a_side_of_a_dispute_already_in_its_row(gain: str, joins: bool) -> None:
    texts = ("Apple shares rose 3% in after-hours trading on Thursday, the company said.",
             "Apple shares rose 3% in after-hours trading on Thursday, the company said.",
             "Apple shares rose about 2% in after-hours trading on Thursday, the company said.",
             f"Its stock gained {gain} in late trading.")
    slots = _slots_of_events(texts, {})
    [row] = [s for s in slots if ("s0", "3%") in said(s)]
    assert row.disputed
    assert (("s3", gain) in said(row)) is joins


def test_a_figure_dated_in_another_month_is_another_figure() -> None:
    """Most sources date the story in April; a sentence dated in September states another
    event's toll: its 7 is not the April toll of 10, so no slot disputes them."""
    rep = report("The earthquake killed 10 people in the region on 12 April, officials said.",
                 "Officials said the 12 April earthquake killed 10 people in the region.",
                 "In September an earthquake killed 7 people in the region, officials said.")
    assert slot_of(rep, ("s2", "7 people")) != slot_of(rep, ("s0", "10 people")), describe(rep)
    assert not slot_of(rep, ("s0", "10 people")).disputed, describe(rep)


def test_a_date_is_never_set_apart_by_its_own_month() -> None:
    """Two sources dating one event in two months dispute its date."""
    rep = report("The earthquake struck the region on 30 March, officials said.",
                 "Officials said the earthquake struck the region on 30 March.",
                 "The earthquake struck the region on 2 April, officials said.")
    assert slot_of(rep, ("s2", "on 2 April")) == slot_of(rep, ("s0", "on 30 March"))
    assert slot_of(rep, ("s0", "on 30 March")).disputed, describe(rep)


def test_values_follow_the_sources_publication_stamps() -> None:
    """A toll reported at 10:00 and revised at 18:00 reads in that order, whatever the
    sources' ids; a source without a stamp comes last."""
    rep = report("Publié le 12 mars 2024 à 18h00\nL'incendie a fait 12 morts à Rouen, selon "
                 "la préfecture.",
                 "Publié le 12 mars 2024 à 10h00\nL'incendie a fait 9 morts à Rouen, selon la "
                 "préfecture.",
                 "L'incendie a fait 12 morts à Rouen, selon la préfecture.")
    assert rep.published == {"s0": "2024-03-12T18:00", "s1": "2024-03-12T10:00"}
    slot = slot_of(rep, ("s1", "9 morts"))
    assert [v.unit.source for v in slot.values] == ["s1", "s0", "s2"], describe(rep)


def test_a_relative_day_is_the_weekday_of_its_page() -> None:
    """``yesterday`` in a page of Tuesday is the Monday another outlet names, and shares its
    slot. In a page of Wednesday it is a Tuesday, yet never set against the Monday (a
    stamp may be an update's or another zone's; a quote's ``today`` is the speaker's).
    In a page of unknown date it says no day."""
    fire = "The fire broke out {} in the old town of Rouen, the prefecture said."
    rep = report("Published: 12 March 2024 10:00\n" + fire.format("yesterday"),
                 fire.format("on Monday"),
                 "Published: 13 March 2024 09:00\n" + fire.format("yesterday"),
                 fire.format("yesterday"))
    monday = slot_of(rep, ("s1", "Monday"))
    assert said(monday) == {("s0", "yesterday"), ("s1", "Monday")}, describe(rep)
    tuesday = slot_of(rep, ("s2", "yesterday"))
    assert [v.normalized for v in tuesday.values] == ["tuesday"]
    assert not any(s.disputed for s in rep.slots), describe(rep)
    assert not [s for s in rep.slots if ("s3", "yesterday") in said(s)]
    [shown] = [x for x in slots_json(rep) if x["id"] == monday.id]
    assert [(v["normalized"], v.get("relative")) for v in shown["values"]] == [
        ("monday", True), ("monday", None)]
    assert "[yesterday (Monday)]" in render_markdown(rep)


ROSE = [
    # (stamp of s0, its toll, stamp of s1, its toll, disputed)
    pytest.param("10h00", "9", "18h00", "12", False, id="toll-rose-later"),
    pytest.param("18h00", "9", "10h00", "12", True, id="toll-fell-later"),
    pytest.param("", "9", "18h00", "12", True, id="one-unstamped"),
]


@pytest.mark.parametrize(("at0", "n0", "at1", "n1", "disputed"), ROSE)
def test_a_toll_that_rose_between_two_reports_is_no_dispute(
        at0: str, n0: str, at1: str, n1: str, disputed: bool) -> None:
    def page(at: str, n: str) -> str:
        stamp = f"Publié le 12 mars 2024 à {at}\n" if at else ""
        return f"{stamp}L'incendie de l'usine a fait {n} morts à Rouen, selon la préfecture."
    rep = report(page(at0, n0), page(at1, n1))
    slot = slot_of(rep, ("s0", f"{n0} morts"))
    assert ("s1", f"{n1} morts") in said(slot), describe(rep)
    assert slot.disputed is disputed, describe(rep)
    assert slot.compatible is not disputed


SLOT_UNITS = [
    # a decimal rates what it stands beside, even where the sentence says who died
    (("A 6.7-strength quake killed thousands of people in the ancient city of Bam in 2003.",
      "The quake in the ancient city of Bam in 2003 killed more than 31,000 people."),
     ("s0", "6.7-strength quake"), "measure"),
    # a whole count in such a sentence is what it says of people
    (("A 6.7-strength quake killed 26,000 people in the ancient city of Bam in 2003.",
      "The quake in the ancient city of Bam in 2003 killed more than 31,000 people."),
     ("s0", "26,000 people"), "people killed"),
    # how many people live somewhere is a population, however the people are named
    (("Qeshm, an island home to 120,000 people, was hit by the quake.",
      "L'île de Qeshm, qui compte 200 000 habitants, a été frappée par le séisme."),
     ("s1", "200 000 habitants"), "population"),
    (("About 800 people live in the community in British Columbia.",
      "The community has a population of approximately 1,000."),
     ("s0", "About 800 people"), "population"),
    # ... but not people something happened to there
    (("The quake killed 12 people in the town, home to 40,000.",
      "The quake killed 12 people in the town on Sunday."),
     ("s0", "12 people"), "people killed"),
    # an outcome verb said of things counts those things, not people
    (("Thomas missed nine games this season because of the injury.",
      "Thomas missed 10 total games this season and had only 269 yards."),
     ("s0", "nine games"), "game missing"),
    # ... while others of a toll are people
    (("The quake killed one person and left two others missing in the province.",
      "The quake killed one person and left three others missing in the province."),
     ("s0", "two others"), "people missing"),
]


@pytest.mark.parametrize(("texts", "value", "unit"), SLOT_UNITS)
def test_what_a_slot_measures(texts: tuple[str, ...], value: Said, unit: str) -> None:
    rep = report(*texts)
    assert slot_of(rep, value).unit == unit, describe(rep)


def _link_needed(texts: tuple[str, ...], a: Said, b: Said) -> float:
    """The context link two values need to share a slot though they contradict each other."""
    found = {(e.unit.source, e.value.text): e
             for e in _entries(report(*texts).groups, Bridge(), {})}
    return _dispute_link_min(found[a], found[b])


DISPUTE_LINKS = [
    # near amounts of one currency: outlets disagreeing on a sum (80 / 85 million euros)
    (("Robbers in drag steal 80 million euros from a Paris diamond store.",
      "Armed robbers stole diamonds valued at 85 million euros in Paris."),
     ("s0", "80 million euros"), ("s1", "85 million euros"), "close"),
    (("Thieves nab $2.5 million worth of jewellery in Paris.",
      "Thieves in a $2.6 million smash-and-grab raid on a Paris jewelry store."),
     ("s0", "$2.5 million"), ("s1", "$2.6 million"), "close"),
    # counts of people with one outcome: a toll
    (("Another agency quoted the governor as saying five people were injured.",
      "Two people were injured in the village, the news agency said."),
     ("s0", "five people"), ("s1", "Two people"), "toll"),
    # two populations of one place, however the people are named
    (("Qeshm, an island home to 120,000 people, was hit by the quake on Sunday.",
      "L'île de Qeshm, qui compte 200 000 habitants, a été frappée par le séisme."),
     ("s0", "120,000 people"), ("s1", "200 000 habitants"), "noun"),
    # counts of one thing an outcome verb is said of: games missed, as a toll
    (("Thomas missed nine games this season because of the injury.",
      "Thomas missed 10 total games this season and had only 269 yards."),
     ("s0", "nine games"), ("s1", "10 total games"), "toll"),
    # counts of one thing, each written with the plural of its noun: the noun says most
    (("Rescuers reached five villages near the epicentre on Sunday.",
      "Rescuers reached seven villages near the epicentre on Sunday."),
     ("s0", "five villages"), ("s1", "seven villages"), "noun"),
    # no conflict here: counts of spans of time (five seasons played, his six)
    (("Teixeira has played five seasons in the majors.",
      "Teixeira has averaged 100 RBIs in his six big-league seasons."),
     ("s0", "five seasons"), ("s1", "six big-league seasons"), "usual"),
    # no conflict here ever: the windows two statistics are counted over
    (("Teixeira has driven in 105 runs in each of the past five seasons.",
      "Teixeira hit 100 home runs in his first three seasons."),
     ("s0", "five seasons"), ("s1", "three seasons"), "never"),
    (("The player was suspended for 10 games by the league.",
      "The player sat out 52 games in the season."),
     ("s0", "10 games"), ("s1", "52 games"), "usual"),
    # no conflict here: amounts far apart, or in two currencies, or counts, need more
    (("Robbers in drag steal 80 million euros from a Paris diamond store.",
      "Armed robbers stole diamonds valued at 150 million euros in Paris."),
     ("s0", "80 million euros"), ("s1", "150 million euros"), "usual"),
    (("Robbers in drag steal 80 million euros from a Paris diamond store.",
      "Armed robbers stole diamonds valued at $85 million in Paris."),
     ("s0", "80 million euros"), ("s1", "$85 million"), "usual"),
    (("Police said 401 children were taken from the ranch on Friday.",
      "Police said 439 children were taken from the ranch on Friday."),
     ("s0", "401 children"), ("s1", "439 children"), "usual"),
]


@pytest.mark.parametrize(("texts", "a", "b", "need"), DISPUTE_LINKS)
def test_the_link_contradicting_values_need(texts: tuple[str, ...], a: Said, b: Said,
                                            need: str) -> None:
    expected = {"close": CLOSE_DISPUTE_LINK_MIN, "toll": TOLL_DISPUTE_LINK_MIN,
                "noun": NOUN_DISPUTE_LINK_MIN, "never": math.inf}.get(need, DISPUTE_LINK_MIN)
    assert _link_needed(texts, a, b) == expected


VOICES = [
    # one outlet gives two agencies' magnitudes: one row, each cell with who gives it,
    # disputed since the two cannot both hold
    pytest.param(("A magnitude 6.2 earthquake struck eastern Turkey late on Thursday, killing "
                  "at least 38 people, the disaster agency AFAD said on Friday. The U.S. "
                  "Geological Survey put the magnitude at 6.4.",
                  "Un séisme de magnitude 6,4 a frappé jeudi soir l'est de la Turquie, faisant "
                  "au moins 41 morts.",
                  "The 6.4-magnitude quake hit near Malatya late on Thursday."),
                 [("s0", "6.2"), ("s0", "6.4"), ("s1", "6,4"), ("s2", "6.4-magnitude")],
                 id="two-agencies-two-sentences"),
    pytest.param(("Tehran's seismologic center said the quake measured magnitude-5.9, but the "
                  "U.S. Geological Survey in Golden, Colo., said it was a magnitude-6.1 "
                  "temblor.",
                  "An earthquake of magnitude 5.9 shook southern Iran on Sunday."),
                 [("s0", "5.9"), ("s0", "6.1"), ("s1", "5.9")],
                 id="two-agencies-one-sentence"),
    pytest.param(("Thirty-eight people were killed, AFAD said. The health ministry said 41 people "
                  "died in the quake.",
                  "The quake killed 41 people in eastern Turkey."),
                 [("s0", "Thirty-eight people"), ("s0", "41 people"), ("s1", "41 people")],
                 id="two-bodies-tolls"),
]


@pytest.mark.parametrize(("texts", "row"), VOICES)
def test_one_outlets_two_speakers_figures_share_the_figures_row(
        texts: tuple[str, ...], row: list[Said]) -> None:
    rep = report(*texts)
    slot = slot_of(rep, row[0])
    assert said(slot) >= set(row), describe(rep)
    assert slot.disputed
    speakers = {v.text: v.speaker for v in slot.values if v.unit.source == "s0"}
    assert all(speakers[text] for s, text in row if s == "s0")


NOT_VOICES = [
    # no conflict here: two players' points are two figures, whoever tells them
    ("On Sunday, Smith said he scored 23 points. On Sunday, Jones said he scored 18 points.",
     ("s0", "23 points"), ("s0", "18 points")),
    # no conflict here: a figure with no speaker beside one with one is another figure
    ("A magnitude 6.2 quake struck on Thursday, AFAD said. An aftershock of magnitude 4.8 "
     "followed on Friday.", ("s0", "6.2"), ("s0", "4.8")),
]


@pytest.mark.parametrize(("text", "a", "b"), NOT_VOICES)
def test_speakers_alone_never_set_two_figures_against_each_other(
        text: str, a: Said, b: Said) -> None:
    rep = report(text, "Another outlet covered the story on Sunday.")
    assert not any(s.disputed for s in rep.slots), describe(rep)
    if "aftershock" in text:
        assert slot_of(rep, a) is not slot_of(rep, b), describe(rep)


def test_who_gives_a_disputed_figure_is_shown_and_written_to_json() -> None:
    rep = report(*VOICES[0].values[0])
    markdown = render_markdown(rep)
    assert "[6.2 (AFAD)]" in markdown and "[6.4 (U.S. Geological Survey)]" in markdown
    values = [v for s in slots_json(rep) for v in s["values"]]
    assert {v["value"]: v.get("speaker") for v in values if v["source"] == "s0"
            and v["value"] in ("6.2", "6.4")} == {"6.2": "AFAD", "6.4": "U.S. Geological Survey"}


def test_a_slots_label_names_no_weekday_or_month() -> None:
    """The words around a figure that date it (``on Sunday``, ``in March``) say nothing
    of what it is: a slot's label leaves them out, whatever their count."""
    rep = report("The storm killed 12 people on Sunday in March, officials said.",
                 "The storm killed 14 people on Sunday in March, police said.",
                 "Sunday's storm in March killed 12 people, rescuers said.")
    labels = [s.label.split() for s in rep.slots if s.kind is QuantityKind.NUMBER]
    assert labels and all(w not in ("sunday", "march") for words in labels for w in words), labels


BIDDERS = [
    # two bidders' offers are two figures, however alike the words around them
    (("The Angels are believed to have offered Mark Teixeira at least $160 million over "
      "eight years.",
      "The Red Sox offered Mark Teixeira an eight-year deal worth $200 million."),
     ("s0", "at least $160 million"), ("s1", "$200 million")),
    (("Google offered $12.5 billion in cash for the handset maker.",
      "Microsoft offered $9 billion in cash for the handset maker."),
     ("s0", "$12.5 billion"), ("s1", "$9 billion")),
    (("The Angels have offered Mark Teixeira an eight-year contract, the team said.",
      "The Orioles have offered Mark Teixeira a seven-year contract, the team said."),
     ("s0", "eight-year"), ("s1", "seven-year")),
]

ONE_BIDDER = [
    # no conflict here is lost: one bidder named two ways, or once and not at all
    (("The Boston Red Sox offered Mark Teixeira an eight-year deal worth $200 million.",
      "The Red Sox offered Mark Teixeira an eight-year deal worth $184 million."),
     ("s0", "$200 million"), ("s1", "$184 million")),
    (("Advanced Micro Devices agreed to pay $334 million for SeaMicro.",
      "AMD agreed to pay $343 million for SeaMicro."),
     ("s0", "$334 million"), ("s1", "$343 million")),
    (("The Red Sox offered Mark Teixeira an eight-year deal worth $200 million.",
      "Reports say the eight-year deal offered to Mark Teixeira is worth $184 million."),
     ("s0", "$200 million"), ("s1", "$184 million")),
    (("The Red Sox have offered Mark Teixeira an eight-year contract, the team said.",
      "The Boston Red Sox have offered Mark Teixeira a seven-year contract, the team said."),
     ("s0", "eight-year"), ("s1", "seven-year")),
]


@pytest.mark.parametrize(("texts", "a", "b"), BIDDERS)
def test_two_bidders_offers_are_two_figures(texts: tuple[str, ...], a: Said, b: Said) -> None:
    rep = report(*texts)
    assert slot_of(rep, a) is not slot_of(rep, b), describe(rep)
    assert not any(s.disputed for s in rep.slots), describe(rep)


@pytest.mark.parametrize(("texts", "a", "b"), ONE_BIDDER)
def test_one_bidders_offers_are_one_figure(texts: tuple[str, ...], a: Said, b: Said) -> None:
    rep = report(*texts)
    slot = slot_of(rep, a)
    assert slot is slot_of(rep, b) and slot.disputed, describe(rep)


AVERAGES = [
    # an average is another figure than a single one of what it averages
    (("Teixeira has averaged more than 30 home runs and 100 RBIs in his six seasons.",
      "Teixeira hit 33 homers and drove in 121 RBIs last season."),
     ("s0", "100 RBIs"), ("s1", "121 RBIs")),
    (("Les pompiers interviennent en moyenne 12 fois par jour dans la vallée.",
      "Les pompiers sont intervenus 19 fois dans la vallée samedi."),
     ("s0", "12 fois"), ("s1", "19 fois")),
    (("The eight-year deal carries a $23 million average annual value.",
      "The eight-year deal pays him $21 million this season."),
     ("s0", "$23 million"), ("s1", "$21 million")),
]

NOT_AVERAGES = [
    # no conflict here is lost: the span an average runs over, and a sentence's other
    # figures after a clause mark, are figures like any other
    (("He has averaged 30 home runs in his six seasons in the majors.",
      "He has played seven seasons in the majors."),
     ("s0", "six seasons"), ("s1", "seven seasons")),
    (("He finished with a .308 average, 33 homers and 121 RBIs in the season.",
      "He finished the season with 33 homers and 120 RBIs."),
     ("s0", "121 RBIs"), ("s1", "120 RBIs")),
]


@pytest.mark.parametrize(("texts", "a", "b"), AVERAGES)
def test_an_average_is_another_figure(texts: tuple[str, ...], a: Said, b: Said) -> None:
    rep = report(*texts)
    assert slot_of(rep, a) is not slot_of(rep, b), describe(rep)
    assert not any(s.disputed for s in rep.slots), describe(rep)


@pytest.mark.parametrize(("texts", "a", "b"), NOT_AVERAGES)
def test_a_figure_beside_an_average_is_compared(texts: tuple[str, ...], a: Said,
                                                 b: Said) -> None:
    rep = report(*texts)
    slot = slot_of(rep, a)
    assert slot is slot_of(rep, b) and slot.disputed, describe(rep)


def test_equal_counts_of_people_by_other_nouns_need_more_words_in_common() -> None:
    """``two vets`` and ``two suspects`` of one story are two groups; ``two men`` and
    ``two suspects`` arrested at one airport on one day are one."""
    rep = report("Two veterinarians flew in from Johannesburg to care for the animals.",
                 "Two suspects were arrested at Karachi airport on Monday, customs said.",
                 "Customs said two men were arrested at Karachi airport on Monday.")
    assert slot_of(rep, ("s0", "Two veterinarians")) != slot_of(rep, ("s1", "Two suspects")), \
        describe(rep)
    assert slot_of(rep, ("s1", "Two suspects")) == slot_of(rep, ("s2", "two men")), describe(rep)


CONTRASTS = [
    # (sentence, value, words its context holds, words it does not)
    ("Mosan's previous highest sale was €22m in 2019, while Castlebridge's outlay eclipses "
     "the €36m they paid for midfielder Rory Tennant.", "2019", "highest sale", "Tennant"),
    ("Le club a vendu 3 000 billets mardi, alors que le stade en compte 40 000.", "3 000",
     "billets", "stade"),
    ("Two people died; five others were hurt in the crash.", "five", "crash", "died"),
]
NO_CONTRAST = [
    # no clause of another fact: the words around stay whole
    ("The fire destroyed 40 homes in the village, officials said on Monday.", "40",
     "village", "officials"),
]


@pytest.mark.parametrize(("sentence", "value", "kept", "cut"), CONTRASTS)
def test_a_values_words_stop_at_a_contrasted_clause(sentence: str, value: str, kept: str,
                                                    cut: str) -> None:
    from reporter.slots import _window
    start = sentence.index(value)
    words = _window(sentence, start, start + len(value))
    assert kept in words and cut not in words, words


@pytest.mark.parametrize(("sentence", "value", "before", "after"), NO_CONTRAST)
def test_a_values_words_run_on_without_a_contrast(sentence: str, value: str, before: str,
                                                  after: str) -> None:
    from reporter.slots import _window
    start = sentence.index(value)
    words = _window(sentence, start, start + len(value))
    assert before in words and after in words, words
