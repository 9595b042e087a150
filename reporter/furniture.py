"""Stage 3: tell claims from page furniture.

Saved pages carry credits, comment prompts, labels, bylines, author bios and tag lines
between the sentences of the story. Each rule here is a signal common to web pages
(length, final punctuation, function-word density, second-person prompts, label
prefixes, position), never a string from a particular site.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from reporter.extract import extract_quantities
from reporter.model import Article, Excluded, QuantityKind, ReportOptions, Unit
from reporter.normalize import FUNCTION_WORDS, fold
from reporter.segment import DATE_STAMP, LINE_BREAK

_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_URL = re.compile(r"^(?:<?(?:https?://|www\.)\S+>?|\S+\.(?:com|org|net|fr|co\.uk)(?:/\S*)?)$", re.I)

# Section and credit labels that pages put before a colon ("Source : X", "Read more: …").
_LABELS = (
    r"sources?|cr[ée]dits?|photos?|images?|illustrations?|l[ée]gendes?|captions?|vid[ée]os?"
    r"|lire aussi|[àa] lire aussi|lire [ée]galement|voir aussi|voir [ée]galement|en rapport"
    r"|sur le m[êe]me sujet|read more|read also|see also|related(?: articles?| stories| coverage)?"
    r"|more on this|tags?|mots[- ]cl[ée]s|th[èe]mes?|topics?|cat[ée]gories?|categories"
    r"|publicit[ée]|advertisement|sponsoris[ée]e?|sponsored|partager|share(?: this)?"
    r"|copyright|©|abonnez-vous|subscribe|newsletter|updated?|mis [àa] jour|published"
    r"|publi[ée]e? le|by|par"
)
_COURTESY = re.compile(
    r"^(?i:(?:(?:photo|image|video|map)s?\s+)?courtesy(?:\s+of)?)\s+(?:the\s+)?[A-ZÀ-Ý]"
    r"|^(?i:avec l'aimable autorisation)\b|^(?i:photo|image|vid[ée]o|carte)\s*©")
"""A credit that opens with whose courtesy it is (``Courtesy of The Herald``)."""
_LABEL_LINE = re.compile(rf"^(?:{_LABELS})\s*[:：|]", re.I)

# Words of the page's own interface: comment forms, sharing, subscriptions, accounts.
_UI = re.compile(
    r"\b(?:comment(?:aire)?s?|r[ée]pon(?:se|dre)|reply|newsletters?|abonn\w*|subscri\w*"
    r"|inscri\w*|sign(?:ing)? ?up|log ?in|connect\w*|partag\w*|share|cookies?|e-?mail"
    r"|cliqu\w*|click|t[ée]l[ée]charg\w*|download|mot de passe|password|nom|name|pseudo"
    r"|champs?|fields?|requis|required|obligatoires?)\b",
    re.I,
)
# Calls to action that open a line: the page talking to its reader, not reporting.
_CALL_TO_ACTION = re.compile(
    r"^(?:sign ?up|subscribe|log ?in|click|tap|follow us|share|download|join"
    r"|abonnez-vous|inscrivez-vous|connectez-vous|cliquez|suivez-nous|partagez|t[ée]l[ée]chargez"
    r"|rejoignez-nous|laissez un commentaire|leave a (?:comment|reply))\b",
    re.I,
)
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|you|your|please|s'il vous pla[iî]t)\b", re.I)

# Bylines and bios: a person presented as the writer.
_BYLINE = re.compile(
    r"\b(?:auteure?s?|author|r[ée]dact(?:eur|rice)|journaliste|reporter|writer|editor"
    r"|correspondan(?:t|te)|contributor|contributeur|v[ée]rifi[ée]e?|verified|staff)\b",
    re.I,
)
_BIO = re.compile(
    r"^(?:(?:un|une)\s+(?:\w+\s+){0,2}?(?:journaliste|r[ée]dact(?:eur|rice)|reporter|auteure?"
    r"|chroniqueu(?:r|se)|correspondant(?:e)?|blogueu(?:r|se)|analyste|[ée]crivain)"
    r"|(?:an?|the)\s+(?:\w+\s+){0,2}?(?:journalist|reporter|writer|editor|correspondent"
    r"|columnist|blogger|analyst|contributor)"
    r"|[A-Z]\w+(?:\s+[A-Z]\w+){0,2}\s+(?:is|est)\s+(?:an?|une?|the|le|la)\s+(?:\w+\s+){0,3}?"
    r"(?:journalist|reporter|writer|editor|correspondent|columnist|journaliste|r[ée]dact\w+"
    r"|correspondant\w*|chroniqueu\w+))\b",
    re.I,
)
_REPORTS = re.compile(
    r"\b(?:said|says|told|reported|added|quoted|a (?:dit|indiqu[ée]|d[ée]clar[ée]|affirm[ée]"
    r"|pr[ée]cis[ée]|rapport[ée]|ajout[ée]|expliqu[ée]))\b", re.I)
"""A reporting verb: ``A reporter of the agency said that…`` reports, a bio presents."""
_ATTRIBUTION_ONLY = re.compile(
    r"^(?:according to|selon|d'après|source ?:)\s+[^.,;!?]*$", re.I)
"""A line that only names whose report follows (``According to international media and
Greek Sky TV``): no statement of its own."""
_DATELINE_WORDS = frozenset(
    """janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec lundi mardi mercredi jeudi vendredi
    samedi dimanche monday tuesday wednesday thursday friday saturday sunday le the at a
    am pm h heure heures gmt utc cet cest edt est pst updated mis jour publie published
    on posted modified modifie modifiee actualise last derniere mise maj edited time p m
    et ct mt pt bst cst cdt mdt pdt est aest ist jst originally initially first mon tue
    wed thu fri sat sun hrs hr uk""".split()
)
_DATELINE = "dateline"
"""The reason given to date and update stamps (``furniture_reason``)."""
_DIGIT_RUN = re.compile(r"\d+(?:[-/.:]\d+)*")
"""Digits joined by date and time separators (``27-2005``, ``16/08/2011-13``), one token."""
_TIME_TOKEN = re.compile(r"\d{1,2}(?:h\d{0,2}|am|pm|st|nd|rd|th|er)", re.I)
"""A clock time or a day of the month as one token (``10h32``, ``4pm``, ``11th``,
``1er``); ``10:32`` splits into two numbers."""
_RE_STAMP_VALUE = re.compile(r"\d{1,2}\s?[:h]\s?\d{2}|\b(?:19|20)\d{2}\b|\d\s?[ap]\.?\s?m\b", re.I)
"""A clock time or a year: what a publication stamp holds."""
_COPYRIGHT = re.compile(
    r"©|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+(?:\(c\)\s*)?\d{4}|\ball rights reserved\b"
    r"|\btous droits(?: de reproduction)? r[ée]serv[ée]s\b|\bdroits r[ée]serv[ée]s\b",
    re.I,
)
# The page speaking of itself as "us" or of "this article": never a claim of the story.
_US_PROMPT = re.compile(
    r"^(?:you can|you may|vous pouvez|retrouvez)\s+(?:also\s+|aussi\s+)?(?:follow|read|watch"
    r"|listen to|find|see|suivre|lire|regarder|écouter|ecouter|retrouver)\b.*\b(?:on|at|sur)\s+"
    r"(?:our\s+|notre\s+|the\s+|le\s+|la\s+)?(?:(?-i:[A-Z])|site|website|page|app|twitter"
    r"|facebook|instagram|youtube|tiktok|live|direct)"
    r"|^(?:follow|join|contact|write to|find|support) us\b"
    r"|^(?:suivez|rejoignez|contactez|retrouvez|[ée]crivez|soutenez)[- ]nous\b",
    re.I,
)
_THIS_PAGE = re.compile(
    r"\b(?:this|our) (?:article|page|story|newsletter|site|website)\b(?! of\b)"
    r"|\b(?:cet|notre) article\b(?! d[eu']|\s+\d)|\b(?:cette|notre) (?:page|newsletter)\b"
    r"|\bce (?:site|contenu)\b",
    re.I,
)
"""The page naming itself (``cet article``, ``this story``), not an article of a law."""
_PAGE_TALK = re.compile(
    r"^\w+ez\b|\b(?:updated|corrected|amended|offert|offered|free|gratuit\w*|mis [àa] jour"
    r"|corrig[ée]|modifi[ée])\b",
    re.I,
)
"""With the page naming itself: an imperative (``Réagissez``) or an edition note."""
_BY_NAMES = re.compile(
    r"^(?:[Bb]y|[Pp]ar)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:\s*(?:,|\band\b|\bet\b|&)\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3})*\.?$"
)
"""A byline: ``By`` / ``Par`` and capitalised names (``By Jane Smith, AFP``)."""


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """fold() of one word, memoised: the same words recur on every page."""
    return fold(word)


def words(text: str) -> list[str]:
    """Word tokens, elisions and hyphenations kept whole."""
    return _WORDS.findall(text)


def furniture_reason(unit: Unit, *, first: bool, whole_line: bool, line_text: str,
                     article_text: str, options: ReportOptions) -> str:
    """Why a unit is page furniture, or ``""`` when it reads as a claim.

    Args:
        first: the unit is the first of its article (a title: never furniture unless
            it is only a URL or a date).
        whole_line: the unit is alone on its line (titles, labels, credits are).
        line_text: the line the unit sits on, for bios that span a paragraph.
        article_text: the whole article, to tell a section label from a subject.
    """
    text = unit.text.strip()
    toks = words(text)
    folded = [fold_word(t) for t in toks]
    if not toks:
        return "no words"
    if _URL.match(text):
        return "URL line"
    if DATE_STAMP.fullmatch(text) or (
            (whole_line or _RE_STAMP_VALUE.search(text))
            and all(w in _DATELINE_WORDS or _DIGIT_RUN.fullmatch(w) or _TIME_TOKEN.fullmatch(w)
                    for w in folded)):
        return _DATELINE
    if first:
        return ""
    if len(toks) <= 20 and _COPYRIGHT.search(text):
        return "copyright line"
    if _BY_NAMES.match(text) and (whole_line or unit.heading):
        return "byline"
    if text.startswith(("(", "[")) and text.endswith((")", "]")) and len(toks) <= 6 and all(
            t[0].isupper() or t[0].isdigit() for t in toks):
        return "credit in brackets (capitalised words, no sentence)"
    if _COURTESY.match(text) and whole_line and len(toks) <= 15:
        return "credit line"
    if _LABEL_LINE.match(text) and (whole_line or len(toks) <= 8):
        return "label line (credit, source, related link, tags)"
    if whole_line and len(toks) <= 8 and _ATTRIBUTION_ONLY.match(text):
        return "attribution line (whose report, no statement)"
    if _BIO.match(line_text.strip()) and not _REPORTS.search(text):
        return "author bio"
    if len(toks) <= 15 and (
        (_SECOND_PERSON.search(text) and _UI.search(text))
        or (_CALL_TO_ACTION.match(text) and _UI.search(text))
        or (whole_line and text.isupper() and _UI.search(text))
        or _US_PROMPT.match(text)
        or (_THIS_PAGE.search(text) and (_SECOND_PERSON.search(text) or _PAGE_TALK.search(text)))
    ):
        return "reader prompt"
    if not unit.heading or not whole_line:
        return ""
    n = len(toks)
    if n <= 6 and _BYLINE.search(text):
        return "byline"
    has_digit = any(c.isdigit() for c in text)
    if n < options.min_claim_words and not has_digit and not text.endswith("?"):
        return "short line without a sentence (credit, label, navigation)"
    function = sum(1 for w in folded if w in FUNCTION_WORDS["fr"] or w in FUNCTION_WORDS["en"])
    if n >= 3 and function == 0 and all(t[0].isupper() or t[0].isdigit() for t in toks):
        return "tag line (capitalised words, no sentence)"
    label = re.match(r"^([^\W\d_][\w'’-]*)\s*:", text)
    if label and n <= 20:
        name = label.group(1)
        if len(re.findall(rf"\b{re.escape(name)}\b", article_text)) == 1:
            return "section label (its word appears nowhere else in the article)"
    return ""


def published_on(stamps: Sequence[Unit]) -> str:
    """When a source was published, from its date stamps (furniture set aside as
    ``dateline``), the first that states a full date: ``2023-04-18``, with ``T10:05``
    when it also states the time. ``""`` when none does."""
    for u in sorted(stamps, key=lambda u: u.start):
        found = extract_quantities(u.text, lang=u.lang)
        day = next((str(q.value) for q in found if q.kind is QuantityKind.DATE
                    and q.unit == "day" and _RE_FULL_DAY.fullmatch(str(q.value))), "")
        if day:
            clock = next((str(q.value) for q in found if q.kind is QuantityKind.TIME), "")
            return f"{day}T{clock}" if _RE_CLOCK.fullmatch(clock) else day
    return ""


def publication_dates(excluded: Sequence[Excluded]) -> dict[str, str]:
    """Source id -> ``published_on`` of its units set aside as date stamps, for the
    sources whose stamps give a full date."""
    stamps: dict[str, list[Unit]] = {}
    for e in excluded:
        if e.detail == _DATELINE:
            stamps.setdefault(e.unit.source, []).append(e.unit)
    return {s: when for s, units in sorted(stamps.items()) if (when := published_on(units))}


_RE_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_RE_CLOCK = re.compile(r"\d{2}:\d{2}")

_BEFORE_TITLE = frozenset({_DATELINE, "URL line"})
"""What a saved page may put above its title: a date stamp, the page's address."""


def classify_units(
    article: Article, units: Sequence[Unit], *, options: ReportOptions
) -> tuple[list[Unit], list[tuple[Unit, str]]]:
    """Split an article's units into claims and furniture (unit, why)."""
    # A "line" is a block: units with no line break between them (a wrapped paragraph's
    # sentences share one even when a sentence starts on a later line).
    lines: dict[int, list[Unit]] = {}
    line_start = 0
    previous_end = -1
    for u in units:
        gap = article.text[previous_end:u.start] if previous_end >= 0 else "\n"
        if LINE_BREAK.search(gap):
            line_start = u.start
        lines.setdefault(line_start, []).append(u)
        previous_end = u.end
    claims: list[Unit] = []
    furniture: list[tuple[Unit, str]] = []
    bio_lines: set[int] = set()
    # the title is the first unit, or the first after date stamps or URLs only
    before_title = True
    for line_start, line_units in lines.items():
        line_text = article.text[line_start:line_units[-1].end]
        for u in line_units:
            why = furniture_reason(
                u,
                first=before_title,
                whole_line=len(line_units) == 1,
                line_text=line_text if u is line_units[0] else u.text,
                article_text=article.text,
                options=options,
            )
            if why == "author bio" or line_start in bio_lines:
                bio_lines.add(line_start)
                why = "author bio"
            before_title = before_title and why in _BEFORE_TITLE
            if why:
                furniture.append((u, why))
            else:
                claims.append(u)
    return claims, furniture
