"""The learned second opinion on page furniture (``reporter.furniture_model``) and how
``classify_units`` asks it: one way only, never on the headline, never on plain text."""

from __future__ import annotations

from reporter import furniture_model
from reporter.furniture import LEARNED, classify_units
from reporter.model import Article, ReportOptions
from reporter.segment import segment_article

PAGE = ("Le Courrier du Lac\nActualité\nSport\nCulture\nVotre ville, votre journal !\n"
        "Incendie à Vevey : trois immeubles évacués dans la nuit\n"
        "Trois immeubles ont été évacués dans la nuit de lundi à mardi à Vevey, selon la "
        "police.\nLe feu a pris vers 2 heures dans un garage, a indiqué un porte-parole.\n"
        "Aucun blessé n'est à déplorer, selon les pompiers.\n"
        "Les habitants ont été relogés dans une salle communale.\n"
        "L'enquête a été confiée à la police judiciaire.\n"
        "Newsletter\nRecevez l'essentiel chaque matin.\nS'inscrire\n"
        "Vos données, notre priorité.\n© 2026 Le Courrier du Lac\n")
TEXT = ["Incendie à Vevey : trois immeubles évacués dans la nuit",
        "Trois immeubles ont été évacués dans la nuit de lundi à mardi à Vevey, selon la police.",
        "Le feu a pris vers 2 heures dans un garage, a indiqué un porte-parole.",
        "Aucun blessé n'est à déplorer, selon les pompiers.",
        "Les habitants ont été relogés dans une salle communale.",
        "L'enquête a été confiée à la police judiciaire."]
PLAIN = ("Floods hit the north of the country on Monday after three days of rain. At least "
         "1,200 people were evacuated from their homes, the civil protection agency said. "
         "Two rivers burst their banks near the capital. The army sent 300 soldiers to help, "
         "a spokesman said. Schools will stay closed until Thursday. More rain is expected "
         "on Wednesday, forecasters warned. The prime minister visited a shelter on Monday "
         "evening.\nResidents said the water rose within an hour. \"We lost everything,\" "
         "said one farmer. Insurers expect claims to top 40 million dollars.\n")


def _verdicts(text: str, lang: str, *, learned: bool) -> dict[str, str]:
    art = Article(id="a", path="a", text=text)
    claims, furniture = classify_units(art, segment_article(art, lang=lang),
                                       options=ReportOptions(learned_furniture=learned))
    return {u.text: "" for u in claims} | {u.text: why for u, why in furniture}


def test_a_line_the_rules_keep_and_the_model_reads_as_furniture_is_set_aside() -> None:
    rules = _verdicts(PAGE, "fr", learned=False)
    both = _verdicts(PAGE, "fr", learned=True)
    assert rules["Vos données, notre priorité."] == ""
    assert both["Vos données, notre priorité."] == LEARNED


def test_the_headline_and_the_text_stay() -> None:
    both = _verdicts(PAGE, "fr", learned=True)
    assert all(both[t] == "" for t in TEXT), both


def test_plain_news_text_loses_nothing() -> None:
    """No furniture, nothing for the second opinion to set aside (it was trained with
    real outlets' news text, not only the benchmark pages' writers)."""
    assert not any(_verdicts(PLAIN, "en", learned=True).values())


def test_the_rules_alone_never_give_the_learned_reason() -> None:
    assert LEARNED not in _verdicts(PAGE, "fr", learned=False).values()


def test_features_are_hashed_indices_that_read_the_neighbours() -> None:
    rows = [("Newsletter", True, True), ("Vos données, notre priorité.", False, False),
            ("© 2026 Le Courrier du Lac", True, True)]
    got = furniture_model.features(rows, 1)
    assert list(got) == sorted(set(got)) and all(0 <= f < furniture_model.DIM for f in got)
    assert furniture_model.features([rows[0], rows[1], (rows[2][0], True, False)], 1) != got
    assert furniture_model.features(rows, 1) == got


def test_probabilities_are_stable_and_bounded() -> None:
    rows = [(t, False, False) for t in TEXT]
    first = furniture_model.probabilities(rows)
    assert first == furniture_model.probabilities(rows)
    assert all(0.0 <= p <= 1.0 for p in first)
    assert max(first) < furniture_model.HIGH
