"""Segmentation: lines first, then sentences; exact, lossless spans."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reporter.model import Article
from reporter.segment import CHUNK, LONG_RUN, is_heading, segment_article


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


def md_units(text: str) -> list[tuple[str, bool]]:
    arts = Article(id="a", path="a.md", text=text, markup="markdown")
    return [(u.text, u.heading) for u in segment_article(arts, lang="fr")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("# Musk menace Microsoft\nUne phrase.",
                     [("# Musk menace Microsoft", True), ("Une phrase.", False)], id="atx-heading"),
        pytest.param("Intro.\n\n## Une phrase complète de titre.",
                     [("Intro.", False), ("## Une phrase complète de titre.", True)],
                     id="atx-heading-with-period-after-first-line"),
        pytest.param("**Gras.** Suite ici.", [("**Gras.**", False), ("Suite ici.", False)],
                     id="emphasis-stays-with-its-sentence"),
        pytest.param("Voir [le texte](https://ex.com/a.b/c.d). Fin du texte.",
                     [("Voir [le texte](https://ex.com/a.b/c.d).", False),
                      ("Fin du texte.", False)], id="link-url-is-not-a-boundary"),
        pytest.param("Un point. [Un lien](u) suit.",
                     [("Un point.", False), ("[Un lien](u) suit.", False)],
                     id="opening-bracket-goes-to-next"),
        pytest.param("---\n```", [("---", False), ("```", False)], id="markup-only-lines"),
    ],
)
def test_markdown_segments(text: str, expected: list[tuple[str, bool]]) -> None:
    """Markdown sentences are found on the plain text but keep their marks."""
    assert md_units(text) == expected


def test_markdown_marks_are_ordinary_characters_in_txt_files() -> None:
    """In a .txt source `# Une phrase.` is a sentence; in a .md source it is a heading."""
    (unit,) = segment_article(Article(id="a", path="a.txt", text="# Une phrase."), lang="fr")
    assert (unit.text, unit.heading) == ("# Une phrase.", False)
    assert md_units("# Une phrase.") == [("# Une phrase.", True)]


def test_unicode_line_separators_end_lines() -> None:
    """U+2028, NEL and form feed end a line as CR and LF do."""
    assert units("Titre un\u2028Titre deux\x85Trois\x0cQuatre") == [
        "Titre un", "Titre deux", "Trois", "Quatre"]


def test_sentence_end_after_a_long_url_is_found() -> None:
    """A run longer than LONG_RUN is masked for yasbd but its end still closes a sentence."""
    url = "https://example.com/" + "a" * (LONG_RUN * 2)
    assert units(f"Voir {url}. Il part demain.") == [f"Voir {url}.", "Il part demain."]


def test_lines_longer_than_a_chunk_split_into_their_sentences() -> None:
    """A line fed to yasbd in chunks gives the same sentences as short lines would."""
    sentence = "Le ministre a annoncé 300 postes le 3 mai."
    count = CHUNK // len(sentence) * 3
    got = units(" ".join([sentence] * count))
    assert got == [sentence] * count


def test_runs_without_spaces_are_one_unit() -> None:
    """A long run of letters or dots (binary-like junk) stays one unit, not thousands."""
    assert units("a" * 50_000) == ["a" * 50_000]
    got = units("Début. " + "." * 50_000 + " Fin.")
    assert len(got) <= 3 and "".join(got).replace(" ", "") == "Début." + "." * 50_000 + "Fin."


MD_TEXT = st.text(
    alphabet=st.sampled_from(list("ab XY.!?#*_[]()`<>|-~\\\n\r\t\u00a0\u200b\u202e»«\"")),
    max_size=300,
)


@settings(deadline=None, max_examples=300)
@given(MD_TEXT)
def test_markdown_spans_cover_every_visible_character_once(text: str) -> None:
    """Markdown units slice back, never overlap, and leave only white space outside."""
    us = segment_article(Article(id="a", path="a.md", text=text, markup="markdown"), lang="fr")
    covered = [0] * len(text)
    for u in us:
        assert text[u.start:u.end] == u.text and u.text == u.text.strip() and u.text
        for i in range(u.start, u.end):
            covered[i] += 1
    assert all(c == 1 or (c == 0 and (ch.isspace() or ch == "\u200b"))
               for ch, c in zip(text, covered, strict=True))


def md_texts(text: str, lang: str = "fr") -> list[str]:
    article = Article(id="a", path="a.md", text=text, markup="markdown")
    return [u.text for u in segment_article(article, lang=lang)]


WRAPPED_PLAIN = [
    # (text, units): a line continues only when it lacks an end mark and the next line
    # starts in lower case; anything else keeps line breaks as boundaries.
    ("The minister said on Tuesday that the\nbudget would rise by 3%.",
     ["The minister said on Tuesday that the\nbudget would rise by 3%."]),
    ("Le ministre a annoncé mardi que le\r\nbudget augmenterait de 3 %. Il part.",
     ["Le ministre a annoncé mardi que le\r\nbudget augmenterait de 3 %.", "Il part."]),
    ("Microsoft drops Twitter\nThe company said so on Tuesday.",
     ["Microsoft drops Twitter", "The company said so on Tuesday."]),
    ("The first sentence ends here.\nand a second line starts in lower case.",
     ["The first sentence ends here.", "and a second line starts in lower case."]),
    ("Ce qu'il faut retenir :\nles annonceurs partent.",
     ["Ce qu'il faut retenir :", "les annonceurs partent."]),
    ("The minister said that the\n\nbudget would rise.", ["The minister said that the",
                                                         "budget would rise."]),
    ("Commentaires (2)\nndongo_pierre – 08/04/2026 10:14",
     ["Commentaires (2)", "ndongo_pierre – 08/04/2026 10:14"]),
    ("42 Comments\ntrini_to_de_bone\nMarch 6, 2025 at 11:02 pm",
     ["42 Comments", "trini_to_de_bone", "March 6, 2025 at 11:02 pm"]),
    ("The party counted 42 comments\nand three complaints on Monday.",
     ["The party counted 42 comments\nand three complaints on Monday."]),
    # a month alone (a blog's archive), a relative time or a handle (a commenter's)
    # neither continues a line nor is continued
    ("Archives\nnovembre 2025\noctobre 2025 (4)",
     ["Archives", "novembre 2025", "octobre 2025 (4)"]),
    ("Ibou_Touba\nil y a 1 h", ["Ibou_Touba", "il y a 1 h"]),
    ("Reply · 24 likes\ncathy.l\n5 min ago", ["Reply · 24 likes", "cathy.l", "5 min ago"]),
    ("The ceremony was moved to the first week of\nnovembre 2025 tickets, he said.",
     ["The ceremony was moved to the first week of\nnovembre 2025 tickets, he said."]),
    ("Police had been waiting\nfor two hours, he said.",
     ["Police had been waiting\nfor two hours, he said."]),
    # a wrapped line is about as long as the next one: the next line may be longer by
    # the word that did not fit, not by half a line
    ("The minister said on Tuesday that the budget would\nrise by 3% next year, and by "
     "4% in 2026.",
     ["The minister said on Tuesday that the budget would\nrise by 3% next year, and by "
      "4% in 2026."]),
]

WRAPPED_MARKDOWN = [
    ("The minister said on Tuesday that the\nBudget Office would publish it.",
     ["The minister said on Tuesday that the\nBudget Office would publish it."]),
    ("# Title\nText under it.", ["# Title", "Text under it."]),
    ("- item one\n- item two", ["- item one", "- item two"]),
    ("- an item that\n  wraps here.", ["- an item that\n  wraps here."]),
    ("A paragraph.\n\nAnother one.", ["A paragraph.", "Another one."]),
    ("Title\n=====\nText.", ["Title", "=====", "Text."]),
    ("| a | b |\n|---|---|", ["| a | b |", "|---|---|"]),
    ("Wrapped first sentence of a\nparagraph. Second one\ncontinues here.",
     ["Wrapped first sentence of a\nparagraph.", "Second one\ncontinues here."]),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_PLAIN)
def test_wrapped_plain_text_is_read_as_paragraphs(text: str, expected: list[str]) -> None:
    assert units(text, lang="en") == expected


@pytest.mark.parametrize(("text", "expected"), WRAPPED_MARKDOWN)
def test_wrapped_markdown_paragraphs_are_one_block(text: str, expected: list[str]) -> None:
    assert md_texts(text, lang="en") == expected


def test_wrapped_block_spans_slice_back_and_are_not_headings() -> None:
    text = "Short wrapped\nline pair\n\nA headline\n\nBody text."
    found = segment_article(Article(id="a", path="a", text=text), lang="en")
    assert all(text[u.start:u.end] == u.text for u in found)
    assert [(u.text, u.heading) for u in found] == [
        ("Short wrapped\nline pair", False), ("A headline", True), ("Body text.", False)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date 2023-04 Le ministre a parlé. Il part.",
         ["date 2023-04", "Le ministre a parlé.", "Il part."]),
        ("Published: 2023-04-25T10:00Z The minister spoke.",
         ["Published: 2023-04-25T10:00Z", "The minister spoke."]),
        ("2023-04-25 Le ministre a parlé.", ["2023-04-25", "Le ministre a parlé."]),
        # Not a stamp: a range, a year alone, or a stamp glued to a word.
        ("2021-2022 a été une année record.", ["2021-2022 a été une année record."]),
        ("2023 a été une année record.", ["2023 a été une année record."]),
        ("2023-04-25", ["2023-04-25"]),
    ],
)
def test_leading_date_stamp_is_its_own_unit(text: str, expected: list[str]) -> None:
    assert units(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Hunger Games Director Still In Negotiations\npublished: 2012-04-04 11:47",
        "Klitschko Cruises Again, Wins in Six\non Jul 7 2012, 5:55p",
        "RED SOX MAKE HUGE OFFER\nand the fans cheer at the park.",
        "Jury finds suspect guilty\non April 30, 2008 at 4:31 AM",
        "Nixon aide was bagman in cover-up\nupdated 7/28/2004 3:02:00 PM ET",
        "Le jury déclare le suspect coupable\nmis à jour le 30 avril 2008",
        # sentence case, over a line longer than any wrap of it could be
        "Microsoft drops Twitter from its ads\nthe company said on Tuesday that it would "
        "stop supporting the network in its advertising tools from 25 April.",
        "Le séisme a fait 12 morts\nselon les autorités italiennes, qui ont annoncé un bilan "
        "provisoire mercredi soir après une nuit de recherches.",
    ],
)
def test_headline_over_a_lower_case_line_is_not_a_wrap(text: str) -> None:
    assert units(text, lang="en") == text.split("\n")


ABBREVIATION_CASES = [
    # (text, lang, units): an abbreviation's period ends no sentence (issue 17)
    pytest.param("The quake struck off Japan, according to the U.S. Geological Survey. It "
                 "was felt in Tokyo.", "en",
                 ["The quake struck off Japan, according to the U.S. Geological Survey.",
                  "It was felt in Tokyo."], id="us-agency"),
    pytest.param("The U.K. Met Office issued a warning. Rain fell.", "en",
                 ["The U.K. Met Office issued a warning.", "Rain fell."], id="uk"),
    pytest.param("The quake hit at 11:42 a.m. local time. NHK said 14 were hurt.", "en",
                 ["The quake hit at 11:42 a.m. local time.", "NHK said 14 were hurt."],
                 id="am-lowercase"),
    pytest.param("Photos disponibles (3) · Réf. ARP-PH-22871 à 22873", "fr",
                 ["Photos disponibles (3) · Réf. ARP-PH-22871 à 22873"], id="reference"),
    pytest.param("They met at 9 a.m. Tuesday in the capital. Talks failed.", "en",
                 ["They met at 9 a.m. Tuesday in the capital.", "Talks failed."],
                 id="am-weekday"),
    pytest.param("Officials in St. Louis said Dr. Smith had left.", "en",
                 ["Officials in St. Louis said Dr. Smith had left."], id="st-dr"),
    pytest.param("Gov. Reyes declared a disaster. Sen. Ortiz agreed.", "en",
                 ["Gov. Reyes declared a disaster.", "Sen. Ortiz agreed."], id="gov-sen"),
    pytest.param("M. Macron a dit non. Mme Dupont a répondu.", "fr",
                 ["M. Macron a dit non.", "Mme Dupont a répondu."], id="m-mme"),
    pytest.param("Tél. : 04 78 12 34 56", "fr", ["Tél. : 04 78 12 34 56"], id="tel"),
    pytest.param("Tue. Nov. 11 — Remembrance Day ceremony, Cenotaph, 10:45 a.m.", "en",
                 ["Tue. Nov. 11 — Remembrance Day ceremony, Cenotaph, 10:45 a.m."],
                 id="weekday-month"),
    pytest.param("Loto, sam. 15 nov. à la salle des fêtes.", "fr",
                 ["Loto, sam. 15 nov. à la salle des fêtes."], id="weekday-number-fr"),
    pytest.param("High 4:18 a.m. (1.3 m) · Low 10:31 a.m. (0.4 m)", "en",
                 ["High 4:18 a.m. (1.3 m) · Low 10:31 a.m. (0.4 m)"], id="am-bracket"),
]
ABBREVIATION_NOOP = [
    # a real sentence end after an abbreviation: the next sentence opens with a word that
    # opens sentences, or a capital after a clock time
    pytest.param("He moved to the U.S. It was hot.", "en", ["He moved to the U.S.", "It was hot."],
                 id="us-then-it"),
    pytest.param("The fire started at 9 a.m. The police came.", "en",
                 ["The fire started at 9 a.m.", "The police came."], id="am-then-the"),
    pytest.param("She works for Acme Inc. The firm denied it.", "en",
                 ["She works for Acme Inc.", "The firm denied it."], id="inc-then-the"),
    pytest.param("He reads the Sun. The paper said so.", "en",
                 ["He reads the Sun.", "The paper said so."], id="sun-then-the"),
    pytest.param("They met on Sat. Talks failed.", "en", ["They met on Sat.", "Talks failed."],
                 id="sat-then-capital"),
]


GLUED_ADS = [
    # (text, units): an ad's label glued to the sentence below it is a unit of its own
    pytest.param("Advertisement Experts believe the ship sank in the 7th century BC.",
                 ["Advertisement", "Experts believe the ship sank in the 7th century BC."],
                 id="label-space-sentence"),
    pytest.param("AdvertisementAlso taken were two chalices.",
                 ["Advertisement", "Also taken were two chalices."], id="label-glued"),
    pytest.param("It was fined. PUBLICITÉ Le gouvernement a décrété l'état d'urgence.",
                 ["It was fined.", "PUBLICITÉ", "Le gouvernement a décrété l'état d'urgence."],
                 id="label-mid-line"),
    pytest.param("Story continues below advertisement Output remains a fraction of past levels.",
                 ["Story continues below advertisement",
                  "Output remains a fraction of past levels."], id="story-continues"),
    pytest.param("AdvertisementHide AdSiobhán Keane, 41, is from County Mayo.",
                 ["AdvertisementHide Ad", "Siobhán Keane, 41, is from County Mayo."],
                 id="label-with-hide-button"),
    pytest.param("AdvertisementHide Ad", ["AdvertisementHide Ad"], id="label-alone"),
    pytest.param("It had not circulated for 10 years.Story continues below advertisement",
                 ["It had not circulated for 10 years.", "Story continues below advertisement"],
                 id="label-glued-after-stop"),
]
NOT_GLUED_ADS = [
    # no label here: a sentence about advertising, a title in capitals
    pytest.param("Advertising revenue fell 5% last year.", id="advertising-sentence"),
    pytest.param("Annonce faite mardi par le ministre.", id="annonce-lowercase"),
    pytest.param("PUBLICITÉ INTERDITE DANS LES ÉCOLES", id="capitals-title"),
    pytest.param("The watchdog banned the advertisement.", id="advertisement-at-end"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_ADS)
def test_an_ad_label_glued_to_a_sentence_is_cut_off(text: str, expected: list[str]) -> None:
    assert units(text, "en") == expected


@pytest.mark.parametrize("text", NOT_GLUED_ADS)
def test_words_of_advertising_in_a_sentence_stay(text: str) -> None:
    assert units(text, "en") == [text]


@pytest.mark.parametrize(("text", "lang", "expected"), ABBREVIATION_CASES + ABBREVIATION_NOOP)
def test_abbreviations_do_not_end_sentences(text: str, lang: str, expected: list[str]) -> None:
    """``U.S.``, ``a.m.``, ``St.``, ``Dr.``, ``M.`` keep their sentence whole; a real
    sentence end after one still splits."""
    assert units(text, lang) == expected


STAMP_SPLITS = [
    # (text, units): a stamp or wire dateline run into the sentence it precedes
    pytest.param("Updated 4:12 AM EDT, Sat March 14, 2026 About 1,200 people were evacuated.",
                 ["Updated 4:12 AM EDT, Sat March 14, 2026", "About 1,200 people were evacuated."],
                 id="updated-stamp"),
    pytest.param("Friday, November 11, 2011 The Indian navy captured 23 pirates.",
                 ["Friday, November 11, 2011", "The Indian navy captured 23 pirates."],
                 id="day-date"),
    pytest.param("Publié le 14/03/2026 à 08h12 Le préfet a parlé aux élus.",
                 ["Publié le 14/03/2026 à 08h12", "Le préfet a parlé aux élus."], id="publie-le"),
    pytest.param("12:30 GMT Rescuers pulled two people from the rubble.",
                 ["12:30 GMT", "Rescuers pulled two people from the rubble."], id="clock"),
    pytest.param("LYON, March 14 (Wire) - About 1,200 people were evacuated.",
                 ["LYON, March 14 (Wire) -", "About 1,200 people were evacuated."],
                 id="wire-dateline"),
    pytest.param("DALLAS (AP) — A powerful ice storm hit Texas.",
                 ["DALLAS (AP) —", "A powerful ice storm hit Texas."], id="ap-dateline"),
    pytest.param("PORT-VILA (Vanuatu), April 14 (AFP) — A measles campaign began on Monday.",
                 ["PORT-VILA (Vanuatu), April 14 (AFP) —",
                  "A measles campaign began on Monday."], id="dateline-with-the-country"),
    pytest.param("Mamoudzou (Mayotte) (AFP) – A tanker ran aground on Sunday.",
                 ["Mamoudzou (Mayotte) (AFP) –", "A tanker ran aground on Sunday."],
                 id="dateline-with-a-region-and-an-agency"),
    pytest.param("Bamako, May 26 (L'Écho du Fleuve) - The club was relegated on Sunday.",
                 ["Bamako, May 26 (L'Écho du Fleuve) -", "The club was relegated on Sunday."],
                 id="dateline-with-an-apostrophe-in-the-source"),
    pytest.param("Liège (ats/afp) – L'attaque a paralysé trois hôpitaux.",
                 ["Liège (ats/afp) –", "L'attaque a paralysé trois hôpitaux."],
                 id="dateline-with-agencies-in-lower-case"),
    pytest.param("NUUK/LAUSANNE (ARP) – Four skiers were rescued on Friday.",
                 ["NUUK/LAUSANNE (ARP) –", "Four skiers were rescued on Friday."],
                 id="dateline-of-two-places"),
    pytest.param("NEW DELHI: The health ministry on Monday approved the vaccine.",
                 ["NEW DELHI:", "The health ministry on Monday approved the vaccine."],
                 id="colon-dateline"),
]
STAMP_NOOP = [
    # a sentence that starts with its own date keeps it
    pytest.param("On March 3, 2026, the court ruled for him.", id="date-then-comma"),
    pytest.param("Le 12 mars 2026, le préfet a ordonné l'évacuation.", id="fr-date-then-comma"),
    pytest.param("Le 19 avril, Musk a tweeté qu'il était temps.", id="day-month-comma"),
    pytest.param("March 2026 Microsoft announced a deal.", id="month-year-only"),
    pytest.param("On 12 March 2026 The Times reported a leak.", id="on-date-no-clock"),
    pytest.param("At 10:30 Tuesday police arrived at the scene.", id="clock-then-lowercase"),
    pytest.param("(Tue, 16 Aug 2011) This morning the cable failed.", id="bracketed-date"),
    pytest.param("NATO (North Atlantic Treaty Organization) leaders met in Paris on Monday.",
                 id="capitals-and-brackets-without-a-dash"),
    pytest.param("CORRECTION: An earlier version misstated the toll.", id="correction-label"),
    pytest.param("UPDATE: Police have named the victim.", id="update-label"),
    pytest.param("TEXT AD: Save on solar panels today.", id="text-ad-label"),
    pytest.param("MUST SEE: Navy pins down pirates off Somalia", id="colon-title-without-a-stop"),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_SPLITS)
def test_a_stamp_run_into_a_sentence_is_split_off(text: str, expected: list[str]) -> None:
    """A date or update stamp, or a wire dateline, before a sentence is its own unit."""
    assert units(text, "en") == expected


@pytest.mark.parametrize("text", STAMP_NOOP)
def test_a_sentence_keeps_its_own_date(text: str) -> None:
    """A date that is part of the sentence (comma after it, no clock, lowercase after it,
    brackets) is not split off."""
    assert units(text, "en") == [text]


def test_a_credit_under_a_title_is_not_its_wrapped_end() -> None:
    """A short unpunctuated lowercase line under a title (a credit) starts its own unit."""
    assert units("Tempête de verglas au Texas : trois morts et 400 000 foyers sans courant\n"
                 "franceinfo avec AFP\nLe texte suit ici.") == [
        "Tempête de verglas au Texas : trois morts et 400 000 foyers sans courant",
        "franceinfo avec AFP", "Le texte suit ici."]


TITLES_CUT_AT_A_MARK = [
    # a title line cut at ``?`` or ``!`` is one heading unit
    pytest.param("Heading to Guadeloupe? What Canadians should know about the epidemic",
                 id="question-then-title"),
    pytest.param("CASTLE KING! Castlebridge smash club record to land £40million Faye",
                 id="exclamation-then-title"),
]
NOT_TITLES_CUT_AT_A_MARK = [
    # prompts and buttons, greetings, sentences: their pieces stay apart
    pytest.param("Already registered? Log in", id="short-button"),
    pytest.param("Bula! Welcome to the Viti Levu Post and its readers", id="greeting"),
    pytest.param("Vous étiez à bord ? Écrivez-nous à temoins@exemple.fr dès aujourd'hui",
                 id="call-out"),
    pytest.param("Need the bigger picture? Try our Market Snapshot tool today", id="pitch"),
    pytest.param("Mine is VC23! Thank you so much, I was about to use it.", id="sentence"),
]


@pytest.mark.parametrize("text", TITLES_CUT_AT_A_MARK)
def test_a_title_cut_at_a_mark_is_one_heading(text: str) -> None:
    got = segment_article(Article(id="a", path="a", text=text + "\n"), lang="en")
    assert [(u.text, u.heading) for u in got] == [(text, True)]


@pytest.mark.parametrize("text", NOT_TITLES_CUT_AT_A_MARK)
def test_other_lines_cut_at_a_mark_stay_apart(text: str) -> None:
    lang = "fr" if "Vous" in text else "en"
    assert len(units(text, lang)) >= 2


def test_a_date_alone_on_its_line_never_wraps() -> None:
    assert units("Wednesday, March 12, 2025\nePaper\n", "en") == [
        "Wednesday, March 12, 2025", "ePaper"]


QUOTES_CLOSED_LATER = [
    # a closing quote after several quoted sentences belongs to the last of them
    pytest.param("« Ça ne m’étonne pas. Ce soir-là, elle valait déjà tout pour nous.\u00a0»",
                 ["« Ça ne m’étonne pas.", "Ce soir-là, elle valait déjà tout pour nous.\u00a0»"],
                 id="guillemets-after-a-no-break-space"),
    pytest.param("Il a dit : « Non. » « Oui », a-t-elle répondu.",
                 ["Il a dit : « Non. »", "« Oui », a-t-elle répondu."], id="next-opens"),
]


@pytest.mark.parametrize(("text", "expected"), QUOTES_CLOSED_LATER)
def test_a_closing_quote_ends_the_quotation_it_closes(text: str, expected: list[str]) -> None:
    assert units(text, "fr") == expected
