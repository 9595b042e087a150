"""Page furniture vs claims, decided by general web-page signals."""

from __future__ import annotations

import pytest

from reporter.furniture import classify_units, published_on
from reporter.model import Article, ReportOptions, Unit
from reporter.segment import segment_article

LEAD = "Le gouvernement a annoncé mardi une hausse de 3 % du budget de la santé.\n"


def verdicts(body: str, lang: str = "fr") -> dict[str, str]:
    """Unit text → furniture reason ("" for a claim), the body placed after a lead line."""
    art = Article(id="a", path="a", text=LEAD + body)
    units = segment_article(art, lang=lang)
    claims, furniture = classify_units(art, units, options=ReportOptions())
    out = {u.text: "" for u in claims}
    out.update({u.text: why for u, why in furniture})
    return out


FURNITURE = [
    pytest.param("Getty Images", id="photo-credit"),
    pytest.param("AFP PHOTO", id="agency-credit"),
    pytest.param("Publicité", id="ad-label"),
    pytest.param("Advertisement", id="ad-label-en"),
    pytest.param("Source : Reuters", id="source-label"),
    pytest.param("Lire aussi : Le budget de l'an dernier expliqué", id="read-also"),
    pytest.param("Read more: Why the budget matters", id="read-more"),
    pytest.param("Related: Ten charts on health spending", id="related"),
    pytest.param("Photo : Jean Dupont / Le Journal", id="photo-label"),
    pytest.param("LAISSER UN COMMENTAIRE", id="comment-prompt-caps"),
    pytest.param("Veuillez entrer votre adresse e-mail ici", id="email-prompt"),
    pytest.param("Please enter your name here", id="name-prompt-en"),
    pytest.param("Abonnez-vous à notre newsletter!", id="newsletter"),
    pytest.param("Sign up for our newsletter to get the latest news.", id="newsletter-en"),
    pytest.param("Santé Budget Gouvernement Hôpital", id="tag-line"),
    pytest.param("Marie Martin Journaliste", id="byline"),
    pytest.param("Par Marie Martin", id="by-label"),
    pytest.param("Jane Doe is a senior reporter covering health policy.", id="bio-en"),
    pytest.param("Une journaliste santé avec dix ans d'expérience au service politique.",
                 id="bio-fr"),
    pytest.param("Dernières nouvelles", id="navigation"),
    pytest.param("https://example.com/article/123", id="url-line"),
    pytest.param("May 03, 2013", id="dateline"),
    pytest.param("date 2023-04", id="iso-date-stamp"),
    pytest.param("Mis à jour le 2023-04-25T10:00", id="iso-stamp-updated"),
    pytest.param("Partager", id="share"),
    pytest.param("Published on 12 March 2024 at 10:32, updated at 14:05", id="dateline-en"),
    pytest.param("Publié le 12 mars 2024 à 10h32, mis à jour à 14h05", id="dateline-fr"),
    pytest.param("16 September 2013 Last updated at 12:42 GMT", id="dateline-last-updated"),
    pytest.param("September 17, 2013 03:16 PM ET", id="dateline-time-zone"),
    pytest.param("Edited time: March 13, 2013 02:15", id="dateline-edited"),
    pytest.param("Posted on Thu Jun 13, 2013 08:45 AM PDT", id="dateline-weekday-abbreviation"),
    pytest.param("MONDAY, JUNE 11TH, 2012 AT 10:49 AM", id="dateline-ordinal-day"),
    pytest.param("© 2024 Agence France-Presse", id="copyright-sign"),
    pytest.param("All rights reserved.", id="rights-reserved"),
    pytest.param("Tous droits réservés", id="droits-reserves"),
    pytest.param("Copyright 2013 The Associated Press", id="copyright-year"),
    pytest.param("Follow us on Twitter and Facebook.", id="follow-us"),
    pytest.param("Suivez-nous sur Twitter", id="suivez-nous"),
    pytest.param("Réagissez à cet article", id="react-to-this-article"),
    pytest.param("Vous avez aimé cet article ?", id="liked-this-article"),
    pytest.param("Cet article vous est offert", id="article-offered"),
    pytest.param("This story has been updated.", id="story-updated"),
    pytest.param("By Jane Smith, AFP", id="byline-en"),
    pytest.param("By Jane Smith and John Doe", id="byline-two-names"),
    pytest.param("(AFP/Pascal Guyot)", id="credit-in-brackets"),
    pytest.param("7:00pm UK, Wednesday 05 May 2010", id="stamp-with-zone"),
    pytest.param("Sat Nov 12 2011, 01:19 hrs", id="stamp-hrs"),
    pytest.param("Sunday, November 27-2005 at 16:12", id="stamp-hyphenated-date"),
    pytest.param("On Tue, 16/08/2011-13:42", id="stamp-slashed-date"),
    pytest.param("Courtesy of The Woodburn Independent", id="courtesy-credit"),
    pytest.param("Photo courtesy NASA", id="photo-courtesy"),
    pytest.param("You can follow the entire saga on MLB Trade Rumors.", id="follow-it-on"),
    pytest.param("Vous pouvez suivre le direct sur notre site.", id="suivre-sur"),
    pytest.param("According to international media and Greek Sky TV", id="attribution-only"),
    pytest.param("Selon l'AFP", id="selon-only"),
]

CLAIMS = [
    pytest.param("Le ministre a démenti toute coupe dans les hôpitaux.", id="sentence"),
    pytest.param("Le budget atteint 12 milliards d'euros", id="headline-with-figure"),
    pytest.param("Le Sénat rejette la réforme des retraites", id="subheading"),
    pytest.param("Pourquoi ce budget ?", id="question-heading"),
    pytest.param("Vous pourrez consulter le budget détaillé en ligne dès lundi, a précisé le "
                 "ministère dans un communiqué.", id="second-person-claim"),
    pytest.param("You can see the ship on the horizon, a resident said.", id="you-can-see"),
    pytest.param("According to police, 10 people died in the blaze.", id="according-to-claim"),
    pytest.param("Selon la police, dix personnes sont mortes.", id="selon-claim"),
    pytest.param("Courtesy calls were made to the families on Monday by the mayor.",
                 id="courtesy-as-a-word"),
    pytest.param("A reporter of the Iranian news agency, IRNA, said that the hospital was full.",
                 id="reporter-who-reports"),
    pytest.param("Un journaliste de l'agence IRNA a indiqué que l'hôpital était plein.",
                 id="journaliste-qui-rapporte"),
    pytest.param("Sources within the ministry said the plan would be delayed.",
                 id="sources-not-a-label"),
    pytest.param("Par ailleurs, le déficit se creuse de 2 milliards.", id="par-ailleurs"),
    pytest.param("2021-2022 a été une année record pour les annonceurs.", id="year-range-claim"),
    pytest.param("La journaliste Marie Martin a révélé l'affaire en 2019.",
                 id="journalist-in-a-claim"),
    pytest.param("The health minister resigned on Tuesday.", id="english-claim"),
    pytest.param("Ministre : « Nous tiendrons le budget », a déclaré le ministre.",
                 id="label-word-used-elsewhere"),
    pytest.param("The court ruled that copyright law applies to the training of AI models.",
                 id="copyright-in-a-claim"),
    pytest.param("Cet article de la Constitution permet au gouvernement de passer outre.",
                 id="article-of-a-law"),
    pytest.param("Cet article prévoit une hausse de 3 % des pensions.", id="article-of-a-bill"),
    pytest.param("Cet article de loi a été modifié en 2019.", id="article-of-a-law-amended"),
    pytest.param("Le décret sera publié le 12 mars au Journal officiel.", id="published-claim"),
    pytest.param("By Tuesday, the fire had been contained.", id="by-a-date"),
    pytest.param("(The company declined to comment.)", id="aside-in-brackets"),
    pytest.param("Follow the money, the prosecutor told the court.", id="follow-not-us"),
    pytest.param("The quake struck at 4:40am on Saturday.", id="time-in-a-claim"),
    pytest.param("Le séisme a frappé à 4h40 samedi.", id="fr-time-in-a-claim"),
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_is_excluded(line: str) -> None:
    """Page furniture gets a reason."""
    lang = "en" if line.isascii() and " the " in f" {line.lower()} " else "fr"
    got = verdicts(line + "\n", lang)
    assert got[line], f"{line!r} was kept as a claim"


@pytest.mark.parametrize("line", CLAIMS)
def test_claims_are_kept(line: str) -> None:
    """Claims, headings and questions are never furniture."""
    got = verdicts(line + "\n")
    assert all(v == "" for k, v in got.items() if k in line), got


def test_first_line_is_never_furniture() -> None:
    """A short title at the top is the headline, even with few words."""
    art = Article(id="a", path="a", text="Budget adopté\nLe texte a été voté.")
    claims, furniture = classify_units(art, segment_article(art, lang="fr"),
                                       options=ReportOptions())
    assert [u.text for u in claims] == ["Budget adopté", "Le texte a été voté."]
    assert not furniture


def test_the_title_under_a_date_stamp_is_never_furniture() -> None:
    """A saved page's date stamp above its title: the title is still the headline, even
    in capitalised words."""
    art = Article(id="a", path="a", text="November 28th, 2005, 09:11 GMT\n"
                                          "5.9 Earthquake Jolts Iran\nThe quake hit on Sunday.")
    claims, furniture = classify_units(art, segment_article(art, lang="en"),
                                       options=ReportOptions())
    assert [u.text for u in claims] == ["5.9 Earthquake Jolts Iran", "The quake hit on Sunday."]
    assert [why for _, why in furniture] == ["dateline"]


def test_bio_covers_its_whole_paragraph() -> None:
    """The sentences after a bio's opening in the same paragraph are bio too."""
    got = verdicts("Un journaliste économique avec 5 ans d'expérience. Il a travaillé à Paris.\n")
    assert got["Il a travaillé à Paris."] == "author bio"


def test_a_stamp_sharing_a_line_with_a_sentence_is_furniture() -> None:
    """A publication stamp after a sentence on the same line (a page's header run into
    its first paragraph) is set aside; the sentence stays a claim."""
    got = verdicts("Le ministre a confirmé la hausse du budget. Mis à jour à 17h40.\n")
    assert got["Le ministre a confirmé la hausse du budget."] == ""
    assert got["Mis à jour à 17h40."] == "dateline"


STAMPS = [
    # (stamp lines of one source, language, publication as the report gives it)
    pytest.param(["Publié le 18 avril 2023 à 10h05"], "fr", "2023-04-18T10:05", id="fr-day-time"),
    pytest.param(["November 28th, 2005, 09:11 GMT"], "en", "2005-11-28T09:11", id="en-day-time"),
    pytest.param(["Sat Nov 12 2011, 01:19 hrs"], "en", "2011-11-12", id="day-only"),
    pytest.param(["Mis à jour à 17h40", "Publié le 3 mars 2024"], "fr", "2024-03-03",
                 id="first-full-date"),
]
NO_STAMP = [
    pytest.param(["Mis à jour à 17h40"], "fr", id="time-only"),
    pytest.param(["Wednesday 05 May"], "en", id="no-year"),
    pytest.param([], "en", id="none"),
]


@pytest.mark.parametrize(("lines", "lang", "when"), STAMPS)
def test_publication_from_date_stamps(lines: list[str], lang: str, when: str) -> None:
    units = [Unit(source="a", index=k, start=10 * k, end=10 * k + len(t), text=t, lang=lang)
             for k, t in enumerate(lines)]
    assert published_on(units) == when


@pytest.mark.parametrize(("lines", "lang"), NO_STAMP)
def test_no_publication_without_a_full_date(lines: list[str], lang: str) -> None:
    units = [Unit(source="a", index=k, start=10 * k, end=10 * k + len(t), text=t, lang=lang)
             for k, t in enumerate(lines)]
    assert published_on(units) == ""
