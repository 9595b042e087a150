"""The French-English bridge: cognate stems, language-neutral calendar and number words,
single-language input untouched, order-free, and translated facts grouped."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter import api
from reporter.bridge import Bridge, bridge_profiles, cross_similarity, make_bridge
from reporter.extract import calendar_key
from reporter.group import Profile, profile, similarity
from reporter.model import Article, Unit
from reporter.near import masked_similarity

FR = "Le gouvernement a annoncé mercredi une nouvelle plateforme publicitaire pour deux ans."
EN = "The government announced on Wednesday a new advertising platform for two years."


def shared(fr: str, en: str) -> set[str]:
    pa, pb = bridge_profiles([profile(fr, lang="fr"), profile(en, lang="en")], ["fr", "en"])
    return set(pa.stems) & set(pb.stems)


def test_cognates_weekdays_and_numbers_are_shared() -> None:
    """Stems spelt alike, the weekday and the number word become shared evidence."""
    assert {"govern", "announc", "platform", "day-wednesday", "2"} <= shared(FR, EN)
    assert shared(FR, EN) - {"2"}  # not only the figure


BRIDGED = [
    pytest.param("La présidente a critiqué la décision.", "The president criticised the decision.",
                 {"presid", "decis"}, id="president-decision"),
    pytest.param("Le suspect a été arrêté en avril.", "The suspect was arrested in April.",
                 {"suspect", "month-4"}, id="month"),
    pytest.param("Trois ambassadeurs ont quitté le pays.", "Three ambassadors left the country.",
                 {"3", "ambassador"}, id="number-word"),
]


@pytest.mark.parametrize(("fr", "en", "expected"), BRIDGED)
def test_bridged(fr: str, en: str, expected: set[str]) -> None:
    assert expected <= shared(fr, en)


NOT_BRIDGED = [
    pytest.param("Les données ont été publiées.", "The data was published.", "donne",
                 id="translation-not-cognate"),
    pytest.param("Un ouvrier a été blessé.", "A courier was injured.", "ouvri",
                 id="other-first-letters"),
    pytest.param("Il a bu du vin.", "He cut the vine.", "vin", id="short-stem"),
]


@pytest.mark.parametrize(("fr", "en", "french_stem"), NOT_BRIDGED)
def test_not_bridged(fr: str, en: str, french_stem: str) -> None:
    """Words that share no spelling, or too little of it, stay apart."""
    pa, _ = bridge_profiles([profile(fr, lang="fr"), profile(en, lang="en")], ["fr", "en"])
    assert french_stem in pa.stems


def test_single_language_input_is_untouched() -> None:
    """French-only and English-only inputs keep their profiles as they are."""
    for lang, texts in (("fr", [FR, "Le ministre a démenti."]), ("en", [EN, "Two years."])):
        profiles = [profile(t, lang=lang) for t in texts]
        bridged = bridge_profiles(profiles, [lang] * len(profiles))
        assert all(a is b for a, b in zip(bridged, profiles, strict=True))


CALENDAR = [
    ("avril", "fr", "month-4"), ("april", "en", "month-4"), ("aout", "fr", "month-8"),
    ("mercredi", "fr", "day-wednesday"), ("wednesday", "en", "day-wednesday"),
    ("deux", "fr", "2"), ("two", "en", "2"), ("vingt", "fr", "20"),
    ("sept", "fr", "7"), ("sept", "en", ""), ("may", "en", ""), ("mars", "fr", "month-3"),
    ("un", "fr", ""), ("one", "en", ""), ("police", "fr", ""),
]


@pytest.mark.parametrize(("word", "lang", "key"), CALENDAR)
def test_calendar_key(word: str, lang: str, key: str) -> None:
    """Months, weekdays and number words get one key; ``sept`` is seven in French only,
    ``may`` is a verb, and ``un`` / ``one`` are articles as often as numbers."""
    assert calendar_key(word, lang) == key


WORDS = ["gouvernement", "government", "annonce", "announced", "mercredi", "wednesday",
         "deux", "two", "plateforme", "platform", "police", "data", "données"]


@settings(deadline=None, max_examples=100)
@given(st.lists(st.tuples(st.lists(st.sampled_from(WORDS), min_size=1, max_size=6),
                          st.sampled_from(["fr", "en"])), min_size=1, max_size=6),
       st.randoms())
def test_order_free(items: list[tuple[list[str], str]], rng: object) -> None:
    """The mapping depends on the sets of stems, not on the order of the units."""
    profiles = [profile(" ".join(words), lang=lang) for words, lang in items]
    langs = [lang for _, lang in items]
    order = list(range(len(items)))
    rng.shuffle(order)  # type: ignore[attr-defined]
    forward = bridge_profiles(profiles, langs)
    shuffled = bridge_profiles([profiles[k] for k in order], [langs[k] for k in order])
    assert [forward[k] for k in order] == shuffled
    assert all(isinstance(p, Profile) for p in forward)


def test_cross_similarity_beats_the_unbridged_score() -> None:
    assert cross_similarity(FR, "fr", EN, "en") > similarity(FR, EN, lang="fr") + 15


FR_ARTICLE = """Le gouvernement annonce un plan de 2 milliards d'euros pour les hôpitaux

Le gouvernement a annoncé mercredi un plan d'investissement de 2 milliards d'euros pour \
moderniser les hôpitaux publics.
Les syndicats d'infirmiers ont qualifié le plan d'insuffisant et appellent à une grève nationale.
Selon le ministère, 120 établissements recevront une aide prioritaire.
"""
EN_ARTICLE = """Government announces 2 billion euro plan for hospitals

The government announced on Wednesday a 2 billion euro investment plan to modernise public \
hospitals.
Nurses' unions called the plan insufficient and are calling for a national strike.
According to the ministry, 120 establishments will receive priority support.
"""


def _cross_language_groups(monkeypatch: pytest.MonkeyPatch, bridged: bool) -> int:
    if not bridged:
        monkeypatch.setattr(api, "make_bridge", lambda profiles, langs: Bridge())
    report = api.build_report([Article(id="fr", path="fr.txt", text=FR_ARTICLE),
                               Article(id="en", path="en.txt", text=EN_ARTICLE)])
    return sum(1 for g in report.groups if {m.unit.source for m in g.members} == {"fr", "en"})


def test_a_translated_article_shares_its_facts(monkeypatch: pytest.MonkeyPatch) -> None:
    """A French article and its English translation share the headline fact and the
    ministry's figure; without the bridge they share nothing."""
    assert _cross_language_groups(monkeypatch, bridged=True) >= 2
    assert _cross_language_groups(monkeypatch, bridged=False) == 0


FR_SHOOTING = """Fusillade à Lyon

La police a identifié trois victimes de la fusillade jeudi soir dans le quartier de la \
Guillotière.
Le suspect a été arrêté vendredi matin.
"""
EN_SHOOTING = """Shooting in Lyon

Police identified four victims of the shooting on Thursday evening in the Guillotiere \
district.
The suspect was arrested on Friday morning.
"""


def test_a_translation_with_another_figure_is_a_conflict() -> None:
    """The French article says three victims, its English version four: one conflict,
    quoting both sentences."""
    report = api.build_report([Article(id="fr", path="fr.txt", text=FR_SHOOTING),
                               Article(id="en", path="en.txt", text=EN_SHOOTING)])
    conflicts = [(g, c) for g in report.groups for c in g.conflicts]
    assert len(conflicts) == 1
    group, conflict = conflicts[0]
    assert {c.value for c in conflict.claims} == {"trois victimes", "four victims"}
    assert {group.members[c.member].unit.source for c in conflict.claims} == {"fr", "en"}


def test_masked_scores_use_the_bridge() -> None:
    """Near-groups are scored with values masked; the bridge applies there too."""
    fr = Unit(source="fr", index=0, start=0, end=0, lang="fr",
              text="Le gouvernement a annoncé mercredi un investissement public de 3 milliards "
                   "d'euros.")
    en = Unit(source="en", index=0, start=0, end=0, lang="en",
              text="The government announced on Wednesday a public investment of 4 billion "
                   "euros.")
    fr = replace(fr, end=len(fr.text))
    en = replace(en, end=len(en.text))
    bridge = make_bridge([profile(fr.text, lang="fr"), profile(en.text, lang="en")],
                         ["fr", "en"])
    bridged = masked_similarity(fr, en, {}, bridge)
    plain = masked_similarity(fr, en, {})
    assert bridged is not None and plain is not None
    assert bridged > plain + 15
