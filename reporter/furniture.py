"""Stage 3: tell claims from page furniture.

Saved pages carry menus, skip links, share buttons, credits, stamps, notices, contact
lines, comment prompts, labels, bylines, author bios, tag lines and related headlines
around the sentences of the story. Each rule here is a signal common to web pages —
length, final punctuation, function-word density, second-person prompts, label
prefixes, a shape (short items between separators, a phone number, a postal code, a
credit closing a caption) or a category of words (controls of a page, news agencies) —
and position on the page (above the headline, after the text's last sentence), never a
string from a particular site. Shape rules are rows of ``SHAPE_RULES``.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

try:  # the standard library's regex parser, read for cheap gates (``literal_gate``)
    import re._constants as _sre_constants  # type: ignore[import-not-found]
    import re._parser as _sre_parser  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - another Python: no gates
    _sre_constants = _sre_parser = None

from reporter.extract import extract_quantities
from reporter.model import Article, Excluded, QuantityKind, Reason, ReportOptions, Unit
from reporter.normalize import ANY_FUNCTION_WORD, FUNCTION_WORDS, fold
from reporter.segment import AD_LABEL, DATE_STAMP, DATELINE_LEAD, LINE_BREAK, STAMP_WORDS

_WORDS = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_URL = re.compile(r"^(?:<?(?:https?://|www\.)\S+>?|\S+\.(?:com|org|net|fr|co\.uk)(?:/\S*)?)$", re.I)
_URL_LABEL_WORDS = 2
"""Words a URL line may carry besides its URL (``Permalink``, ``Source :``)."""

# Section and credit labels that pages put before a colon ("Source : X", "Read more: …").
_LABELS = (
    r"sources?|cr[ée]dits?(?: (?:photos?|vid[ée]os?|images?))?|photos?|images?|illustrations?"
    r"|l[ée]gendes?|captions?|vid[ée]os?"
    r"|lire aussi|[àa] lire aussi|lire [ée]galement|voir aussi|voir [ée]galement|en rapport"
    r"|sur le m[êe]me sujet|read more|read also|see also|related(?: articles?| stories| coverage)?"
    r"|more on this|tags?|mots[- ]cl[ée]s|th[èe]mes?|topics?|cat[ée]gories?|categories"
    r"|publicit[ée]|advertisement|sponsoris[ée]e?|sponsored|partager|share(?: this)?"
    r"|copyright|©|abonnez-vous|subscribe|newsletter|updated?|mis [àa] jour|published|pictures?"
    r"|publi[ée]e? le|by|par"
    r"|privacy(?: notice| policy)?|confidentialit[ée]|mentions l[ée]gales|terms(?: of (?:use"
    r"|service))?"
    r"|conditions g[ée]n[ée]rales(?: d'utilisation)?|corrections?|clarifications?|rectificatifs?"
    r"|erratum|editor'?s'? note|note de la r[ée]daction|transcription|transcript|read|lire"
    r"|disclaimer|avertissement"
)
_CAPS_CREDIT = re.compile(r"^(?:PHOTO|PHOTOS|IMAGE|VID[ÉE]O|CR[ÉE]DIT)S?\s+[A-ZÀ-Ý'’ ,./&-]{3,80}$")
"""A credit line in capitals (``PHOTO MARTIN TREMBLAY, LA VOIX DE MONTRÉAL``)."""
_COURTESY = re.compile(
    r"^(?i:(?:(?:photo|image|video|map)s?\s+)?courtesy(?:\s+of)?)\s+(?:the\s+)?[A-ZÀ-Ý]"
    r"|^(?i:avec l'aimable autorisation)\b|^(?i:photo|image|vid[ée]o|carte)\s*©")
"""A credit that opens with whose courtesy it is (``Courtesy of The Herald``)."""
_BULLET = r"(?:[►▶▸▷→➜➔»>•·■□▪◆◇★☆✓✔-]{1,3}\s*)?"
"""A bullet or arrow a page sets before a label (``► À LIRE AUSSI :``, ``→ Read more:``)."""
_RELATED_OPENING = re.compile(
    rf"^{_BULLET}(?:(?:[àa] lire aussi|lire aussi|lire [ée]galement|read more|read also"
    r"|also read|see also|voir aussi|related|you (?:might|may) also like|vous aimerez aussi)"
    r"\s*[:|>›]?\s+[A-ZÀ-Ý«\"“]|[àa] lire\s?:\s+\S)", re.I)
"""A related-links label with its linked headline on one line (``À lire aussi Les zoos
sont-ils…``, ``Lire aussi : Niort. Le ZooParc…``)."""
_LABEL_LINE = re.compile(rf"^{_BULLET}(?:{_LABELS})\s*[:：|]", re.I)

# Words of the page's own interface: comment forms, sharing, subscriptions, accounts.
_UI = re.compile(
    r"\b(?:comment(?:aire)?s?|r[ée]pon(?:se|dre)|reply|newsletters?|abonn\w*|subscri\w*"
    r"|inscri\w*|sign(?:ing)? ?up|log ?in|connect\w*|partag\w*|share|cookies?|e-?mail"
    r"|cliqu\w*|click|t[ée]l[ée]charg\w*|download|mot de passe|password|nom|name|pseudo"
    r"|champs?|fields?|requis|required|obligatoires?|inbox|bo[îi]te (?:mail|de r[ée]ception)"
    r"|contributions?|donat\w*|faire un don|conversation|community guidelines|posting"
    r"|signal(?:er|ez)|report (?:it|an error)"
    r"|r[èe]gles de (?:la )?communaut[ée]|charte de mod[ée]ration)\b",
    re.I,
)
# Calls to action that open a line: the page talking to its reader, not reporting.
_CALL_TO_ACTION = re.compile(
    r"^(?:sign ?up|subscribe|log ?in|click|tap|follow us|share|download|join"
    r"|abonnez-vous|inscrivez-vous|connectez-vous|cliquez|suivez-nous|partagez|t[ée]l[ée]chargez"
    r"|rejoignez-nous|laissez un commentaire|leave a (?:comment|reply))\b",
    re.I,
)
_SUBSCRIBE = re.compile(
    r"^(?:sign ?up|subscribe|register|abonnez-vous|inscrivez-vous|s'abonner|s'inscrire"
    r"|je m'abonne|je m'inscris)\b", re.I)
"""A newsletter or account box's call (``Sign up for the Morning Briefing``)."""
_SIGN_OFF_FORMULA = re.compile(
    r"\b(?:at your service|[àa] votre service|[àa] votre [ée]coute|thanks? (?:you )?for reading"
    r"|merci de (?:votre|nous) (?:lecture|fid[ée]lit[ée]|lire)|stay tuned|restez connect[ée]s)\b",
    re.I)
"""The outlet's sign-off formulas to its readers (``Always at your service.``)."""
_OUR_STAFF = re.compile(
    r"\b(?:our|notre|nos)\s+(?:\w+\s+)?(?:reporters?|journalists?|newsroom|editors?|team"
    r"|r[ée]daction|journalistes?|[ée]quipes?)\b", re.I)
"""The outlet naming its own staff (``a tip for our reporters?``): asked, it is a prompt."""
_THANKS = re.compile(r"^(?:thanks?|thank you|merci)\b", re.I)
_IMPERATIVE = re.compile(
    r"^(?!(?:chez|assez|nez|rez)\b)[^\W\d_]{2,}ez(?:-(?:la|le|les|nous|moi|y|en))?\b", re.I)
"""A French imperative opening a line (``Posez-la en commentaire``, ``Réagissez``): with a
word of the page's interface, the page asking its reader."""
_TERMINAL = re.compile(r"[.!…][\s\"'»”’)\]]*$")
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos|you|your|please|s'il vous pla[iî]t)\b", re.I)

# Bylines and bios: a person presented as the writer.
_BYLINE = re.compile(
    r"\b(?:auteure?s?|author|r[ée]dact(?:eur|rice)|journaliste|reporter|writer|editor"
    r"|correspondan(?:t|te)|correspondent|contributor|contributeur|v[ée]rifi[ée]e?|verified"
    r"|staff)\b",
    re.I,
)
_BIO = re.compile(
    r"^(?:(?:un|une)\s+(?:\w+\s+){0,2}?(?:journaliste|r[ée]dact(?:eur|rice)|reporter|auteure?"
    r"|chroniqueu(?:r|se)|correspondant(?:e)?|blogueu(?:r|se)|[ée]crivain)"
    r"|(?:an?|the)\s+(?:\w+\s+){0,2}?(?:journalist|reporter|writer|editor|correspondent"
    r"|columnist|blogger|contributor)"
    r"|(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:is|est)\s+(?:an?|une?|the|le|la"
    r"|(?-i:[A-Z])[\w'’-]*['’]s)\s+"
    r"(?:[\w'’]+\s+){0,3}?"
    r"(?:journalist|reporter|writer|editor|correspondent|columnist|journaliste|r[ée]dact\w+"
    r"|correspondant\w*|chroniqueu\w+))\b"
    r"|^(?-i:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+est\s+(?:journaliste|r[ée]dact(?:eur|rice)|reporter"
    r"|correspondant\w*|chroniqueu\w+)\b"
    r"|^(?-i:[A-Z])[\w'’ ]{2,40}['’]s\s+(?:newsroom|team|staff|journalists|reporters|editors)\s+"
    r"(?:covers?|reports?|writes?)\b"
    r"|^(?-i:[A-Z]\w+(?:\s+[A-Z]\w+)?)\s+(?:covers|writes about|reports on|couvre"
    r"|suit l'actualit[ée])\s[^.]{3,60}\s(?:for|at|pour|[àa])\s(?:the\s|l[ae']\s?)?(?-i:[A-Z])"
    r"[^.]*\.(?:\s|$)"
    r"|^(?-i:[A-Z]\w+(?:\s+[A-Z]\w+){1,2})\s+(?:covers|writes about|reports on|couvre|suit)"
    r"\s[^.]{3,120}"
    r"\.\s+(?:reach|contact|email|e-mail|follow|write to|joignez|contactez|[ée]crivez)\b",
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
_DATELINE_WORDS = STAMP_WORDS
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
    r"|^(?:follow|join|contact|write to|find|support|email|call|tip|message|text|dm) (?:us|our)\b"
    r"|^get in touch\b"
    r"|^(?:suivez|rejoignez|contactez|retrouvez|[ée]crivez|soutenez)[- ]nous\b"
    r"|\b(?:envoie|envoyez|send)[- ](?:la|le|les|it to|them to)?[- ]?(?:nous|us)\b",
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
_AGENCIES = (r"AFP|AP|ATS|Reuters|Belga|dpa|DPA|ANSA|EFE|Keystone|Xinhua|UPI|PA|APA|KNA|Kyodo"
             r"|PTI|IANS|ANI|AAP|APS|MAP|TAP|AIP|Anadolu|Yonhap|Press Trust of India"
             r"|Agence France-Presse|Associated Press|La Presse [Cc]anadienne|The Canadian Press"
             r"|Canadian Press|Presse [Cc]anadienne|Agence Belga|Bloomberg")
"""News agencies, the sources a site names beside its own staff."""
_BY_NAMES = re.compile(
    r"^(?:[Bb]y|[Pp]ar)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|of|the)\s+)?"
    r"[A-ZÀ-Ý\w][\w'’.-]*){0,3}(?:\s*\((?i:textes?|photos?|vid[ée]os?|texts?|pictures)\))?"
    r"(?:\s*(?:,|\band\b|\bet\b|&)\s*[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|du|des|la|le|les|of|the)"
    r"\s+){0,2}[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:\s*\((?i:textes?|photos?|vid[ée]os?|texts?|pictures)\))?)*"
    rf"(?:\s+(?:avec|with|and|et)\s+(?:l')?(?:{_AGENCIES}))?"
    r"(?:\s+@\w+)?(?:\s*\((?:avec|with|and|et)\s[^()]{1,30}\))?"
    r"(?:\s+(?i:published|updated|posted|last updated|publi[ée]e?|mis [àa] jour)\b[^.!?]{0,40})?"
    r"\.?$"
)
"""A byline: ``By`` / ``Par`` and capitalised names (``By Jane Smith, AFP``), maybe with
its stamp (``By Jane Smith published 5 hours ago``)."""
_BY_NAME_ROLE = re.compile(
    r"^(?:[Bb]y|[Pp]ar)\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3},\s+"
    r"(?:(?:an?|the|our|un|une|notre|le|la)\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:journalist|reporter|writer|editor|correspondent|columnist|contributor|analyst"
    r"|journaliste|r[ée]dact(?:eur|rice)|correspondant(?:e)?|chroniqueu(?:r|se)"
    r"|envoy[ée]e?\s+sp[ée]ciale?)\b[^.!?]{0,80}\.?$")
"""A byline whose name is followed by who the writer is (``By Jane Doe, a senior reporter
who covers Apple``, ``Par Marie Dupont, journaliste au service Économie``)."""


_PHONE = re.compile(r"(?<![\w.,])(?:\+\d{1,3}[ .]?)?(?:\(\d{2,4}\)[ .-]?)?\d{1,4}"
                    r"(?:[ .-]\d{2,4}){2,4}(?![\w.,]\d)")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
_ADVICE = re.compile(
    r"^(?:[A-ZÀ-Ý][\w'’-]*\s+){1,4}(?:can|may|should|must|are asked to|were asked to|are urged"
    r" to|peuvent|doivent|sont invit[ée]s [àa]|sont pri[ée]s de)\s+(?:also\s+|aussi\s+)?"
    r"(?:call|contact|e-?mail|write|phone|text|appeler|contacter|[ée]crire|t[ée]l[ée]phoner)\b")
"""A sentence telling readers of the story whom to call (``Collectors can call 6221 3090 or
e-mail…``): the text's, not a contact line of the site."""
_CONTACT_LABEL = re.compile(
    r"^(?:(?:t[ée]l|tel|phone|fax|t[ée]l[ée]copie|e-?mail|courriel|contact|mob|mobile"
    r"|portable|standard|switchboard|hotline|reach|call|write to|contact(?:ez)?|appelez"
    r"|[ée]crivez)\b)|\b(?:t[ée]l|tel|fax|phone)\b\.?\s*:", re.I)
"""What a contact line opens with (``Tél. :``, ``Reach … at``) or labels inside it."""
_POSTAL = re.compile(
    r"\b\d{5}\s+[A-ZÀ-Ý][\w-]|\b[1-9]\d{3}\s+[A-ZÀ-Ý][a-zà-ÿ]|\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b"
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b|\b\d{1,4},?\s+(?:rue|avenue|av\.|boulevard|bd"
    r"|place|chemin|route|quai|all[ée]e|impasse|cours)\b|\b(?:rue|avenue|boulevard|chemin"
    r"|route|quai)\s[^,\d]{2,30}\s\d{1,4}\b|\b\d{1,5}\s+[A-Z]\w+(?:\s+[A-Z]\w+)?\s+(?:St|Street"
    r"|Ave|Avenue|Rd|Road|Blvd|Lane|Drive|Way)\b")
"""A postal code or a street number with its street: the shape of a postal address."""
_HANDLE = re.compile(r"(?<![\w@])@\w{2,}")
_INTERFACE_VERB = re.compile(
    r"^(?:skip|jump|aller|passer|go to|back to|retour|share|partager|partagez|print|imprimer|save"
    r"|enregistrer|sauvegarder|copy|copier|send|envoyer|e-?mail|listen|[ée]couter|offrir|gift"
    r"|ajouter|add|follow|suivre|suivez|r[ée]agir|react|comment|commenter|subscribe"
    r"|s'abonner|abonnez|s'inscrire|inscrivez|je m'inscris|sign in|sign up|sign out|log in"
    r"|log out|se connecter|se d[ée]connecter|connexion|download|t[ée]l[ée]charger|watch"
    r"|regarder|voir|view|see|read|lire|d[ée]couvrir|discover|explore|scroll|show|afficher"
    r"|close|fermer|search|rechercher|accept|accepter|refuser|reject|load|charger|open"
    r"|ouvrir|click|cliquer|cliquez|tap|join|rejoindre|contribuer|contribute|donate|faire un don"
    r"|soutenir|support)\b", re.I)
"""Verbs of the page's controls: skip links, sharing, printing, accounts, menus."""
_PAGE_OBJECT = re.compile(
    r"\b(?:contenu|content|menu|navigation|article|comments?|commentaires?|lien|link|offres?"
    r"|section|page|site|newsletters?|feedback|r[ée]seaux sociaux|social|facebook|twitter|x"
    r"|whatsapp|linkedin|e-?mail|s[ée]lections?|texte|text|story|stories|vid[ée]o|photos?"
    r"|gallery|galerie|direct|live|abonn[ée]s?|compte|account|profil|us|nous|more|plus|here"
    r"|ici|cookies?|settings?|param[èe]tres?|ami|amie|friend|recherche|search|pied de page"
    r"|footer|haut de page|top)\b", re.I)
"""What those verbs act on: the page, its parts, its accounts, its social networks."""
_FEED_ITEM = re.compile(r"\d{1,2}\s?[:h.]\s?\d{2}\s+(?:[-–—|]\s+)?[A-ZÀ-Ý]")
"""A headline led by its clock time: an item of a live news list beside the article."""
_COMMENT_COUNT = re.compile(
    r"(?:\d+\s+)?(?i:(?:vos|your|les|the|voir les|see the|view)\s+)?"
    r"(?i:comments?|commentaires?|r[ée]actions?|replies|r[ée]ponses?)(?:\s*\(\d+\))?"
    r"(?:\s+\d+)?")
"""``0 comments``, ``Commentaires (12)``, ``Comments 14``."""
_READ_TIME = re.compile(r"^(?=.*\b(?:lecture|read|reading|lire|temps)\b).*\b\d+\s*"
                        r"(?:mins?|minutes?)\b", re.I)
_TEXT_SIZE = re.compile(r"(?<!\S)A[+-]?(?:\s+A[+-]?)+(?!\S)")
"""Text-size buttons: ``A A A``, ``A- A+``."""
_CREDIT_TAIL = re.compile(
    r"\((?=[^()]*/)(?=[^()]*\b[A-Z]{2})[^()]{2,60}\)$"
    r"|(?:^|[.!?]\s+)(?:(?i:photo|picture|image|cr[ée]dit|credit)s?\s+)?[A-Z]{2,}[A-Z .'’-]*"
    r"\s?/\s?[A-ZÀ-Ý][\w .'’-]{1,40}$"
    r"|(?:^|[.!?]\s+)[A-ZÀ-Ý][\w .'’-]{1,40}\s/\s[A-Z]{2,}[A-Z .'’/-]*$"
    r"|\|\s*[A-ZÀ-Ý][A-ZÀ-Ý'’]+[A-ZÀ-Ý .'’/–—-]*$"
    r"|[.!?]\s*\[[^\[\]]{1,40}\]$"
    rf"|[.!?]\s+(?:{_AGENCIES})$"
    r"|[.!?]\s+(?i:photo|photos|cr[ée]dit photo|image)\s+[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}$"
    r"|\((?i:image|photo(?:graph)?|picture|pic|ph|credit|cr[ée]dit|supplied|source|courtesy"
    r"|handout|fourni)s?\s*:\s*[^()]{2,40}\)$"
    r"|\((?i:(?:photo|image|pic)s?\s+)?(?i:courtoisie|gracieuset[ée]|courtesy|contributed"
    r"|supplied|handout|fournie?s?)\)$"
    r"|\s[-–—]\s(?:Contributed|Supplied|Handout|Courtesy|Courtoisie|Gracieuset[ée])$"
    r"|\((?i:(?:representational|file|archive|illustrative|stock|illustration) (?:image|photo"
    r"|picture)|photo d'(?:illustration|archives?)|image d'illustration)\)$"
    r"|(?:[.!?]\s*|\s[-–—|]\s*)(?i:pictures?|photos?|images?|cr[ée]dit photo|photo credit)\s*:"
    r"\s*[A-ZÀ-Ý][\w .'’/-]{1,40}$"
    r"|(?:^|[.!?]\s+)(?:(?i:photo(?:graph)?s?|pictures?|images?|cr[ée]dits?(?: photo)?"
    r"|photo credit)"
    r"(?:\s+(?i:archives?|d'archives?|file|d'illustration|illustration))?"
    r"\s*:?\s*)?[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|van|von|der|le|la|du|da"
    r"|di)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,4}"
    r"(?:\s?/\s?[A-ZÀ-Ý][\w'’.-]*(?:\s+(?:(?:de|van|von|der|le|la|du|da"
    r"|di)\s+)?[A-ZÀ-Ý][\w'’.-]*){0,4}){1,3}(?:\s+via\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*)?)?$"
    r"|(?:^|[.!?]\s+)[A-ZÀ-Ý][\w .'’-]{1,40}\s/\s(?:Facebook|Instagram|Twitter|X|TikTok"
    r"|YouTube|LinkedIn|Reddit|Handout|Supplied|File|Archives?)$")
"""A caption's photo credit, at its end: ``(AP Photo/LM Otero)``, ``REUTERS/Pierre
Laval``, ``LOU BENOIST / AFP``, ``| ARCHIVES OUEST MATIN``, ``| PHOTO LE JOURNAL – ANN
LEE``, ``. [Keystone]``,
``. Picture: Sam Reid``, and a credit whose slash comes late (``. Photograph: Ann
Lee/Agency``, ``. Agency/Ann Lee``, ``. Photo archives Agency/Ann Lee``, ``. Photograph: Ann
Lee/AFP/Getty Images``): capitalised words around slashes after a sentence."""
_TAIL = 80
"""Characters at a unit's end where a credit is looked for."""
_MEDIA_LABEL = re.compile(
    r"^(?:photo|picture|image|vid[ée]o|illustration|infographi[ce]|graphi[cq]ue?|carte|map"
    r"|cr[ée]dit(?=s?\s*:\s*[A-ZÀ-Ý]\S*(?:\s+\S+){0,6}$)|credit(?=s?\s*:\s*[A-ZÀ-Ý]\S*"
    r"(?:\s+\S+){0,6}$))s?"
    r"(?:\s+(?:source|caption|credit|cr[ée]dit|l[ée]gende)s?)?\s*(?:[,:|]|\b(?=\s+\S+/\S))",
    re.I)
"""A media label: ``Image source, …``, ``Image caption, …``, ``Photo X/Y``."""
_NAMED_CREDIT = re.compile(
    r"(?i:photo|photos|cr[ée]dit photo|cr[ée]dits?|credits?|image)(?:\s*:\s*|\s+)"
    r"[A-ZÀ-Ý][\w'’-]*(?:\s+[\w'’-]+){0,3}")
"""A credit naming its photographer or source (``Photo Marine nationale``, ``Credit:
Alamy``)."""
_CREDIT_WORD = re.compile(
    r"(?:(?i:photo|picture|image|pic)s?\s+)?(?i:supplied|contributed|handout|fournie?s?)\.?"
    r"|(?i:representational|illustrative|file|archive|stock)\s+(?i:image|photo(?:graph)?|picture)\.?"
    r"|(?i:photo|image)\s+DR\.?|DR"
    r"|[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.&-]+){0,5},\s+via\s+[A-ZÀ-Ý][\w'’.-]*"
    r"(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\.?")
"""A credit that says where a picture came from rather than who took it: ``Picture
supplied``, ``Contributed``, ``Handout``, ``Photo fournie``, ``Photo DR`` (droits
réservés), ``Metro Police, via Reuters``."""
_MEDIA_CAPTION = re.compile(
    r"^(?:photo|picture|image|map|carte|graphic|graphique|video|vid[ée]o|infographic"
    r"|infographie)s?\s+(?:of|showing|shows|highlighting|de|du|des|montrant)\b[^:.]{0,80}:",
    re.I)
"""A caption that names its picture first: ``Map of Iran highlighting the epicentre:``."""
_PROMISE = re.compile(
    r"\b(?:we(?:'ll| will| shall)|nous (?:vous )?(?:tiendrons|enverrons|publierons|donnerons"
    r"|communiquerons))\b[^\"«»“”]*\b(?:more information|more details|informed|au courant"
    r"|plus d'informations|(?:this|the) (?:story|article|page)|cet article)\b", re.I)
"""The page promising its readers more (``we will send more information``)."""
_PROMO = re.compile(r"^[A-Z][\w .&-]{0,30}\s(?:has|brings you|a obtenu|dispose d')\s?"
                    r"(?:des\s|the\s)?exclusives?\s(?:pictures|photos|images|video|footage)",
                    re.I)
"""A site promoting its own pictures (``News X has exclusive pictures of…``)."""
_SIGN_OFF = re.compile(
    r"^\(?[a-z]{1,4}(?:/(?:[a-z]{1,5}|agences?|agencies|reuters))+\)?"
    r"(?:\s*\((?:[\w.-]+(?:,\s*|/))*[\w.-]+\))?\.?$"
    r"|^(?:[A-ZÀ-Ý]\.){2,4}$"
    r"|^[A-Z]{2,6}\s+[A-Za-z]{1,5}/[A-Za-z]{1,5}(?:\s+\d{4})?$")
"""An agency sign-off: writers' initials (``jm/sms (AP, Reuters, dpa)``, ``ats/afp/jpr``,
``mml/agences``, ``S.K.Y.``, ``SAPW JvdM/tr 0754`` with the desk's time)."""
_AGENCY_ALONE = re.compile(rf"(?:[—–-]\s?)?\(?(?:{_AGENCIES})\)?")
"""A line that only names a news agency (``Press Trust of India``)."""
_WITH_AGENCY = re.compile(
    rf"\b(?i:avec|with|and|et)\s+(?:(?i:(?:additional\s+)?(?:inputs?|reporting|contributions?)"
    rf"\s+(?:from|by)|la collaboration d[e'])\s*)?(?:l')?(?:{_AGENCIES})\)?$")
_PRODUCTION = re.compile(
    r"^(?:[—–-]\s*|\()?(?:(?:additional )?reporting|writing|editing|edited|compiled|produced"
    r"|graphics|translated|research|r[ée]daction|[ée]dition|traduction|avec la collaboration)"
    r"\s+(?:by|par|de)\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b"
    r"|\ba (?:contribu[ée]|particip[ée]) [àa] (?:cet|l') ?article\b", re.I)
"""Who reported, edited or contributed: the page's production credits."""
_SAID = re.compile(r"\b(?:said|says|told|reported|a (?:dit|indiqu[ée]|d[ée]clar[ée]))\b", re.I)
_PAYWALL = re.compile(
    r"\b(?:il vous reste|(?:reste|left) (?:à lire|to read)|la suite est r[ée]serv[ée]e"
    r"|r[ée]serv[ée]e?s? aux abonn[ée]s|for subscribers|subscribers? only|abonn[ée]s? uniquement"
    r"|d[ée]j[àa] abonn[ée]|already (?:a subscriber|subscribed)|premium content|contenu premium"
    r"|(?:article|contenu) (?:gratuit|offert)|free (?:article|story)"
    r"|free articles? (?:left|remaining)|articles? gratuits? restants?|continue reading for"
    r"|cancel anytime|r[ée]siliable [àa] tout moment|sans engagement"
    r"|to (?:continue|keep) reading|(?:subscribe|sign in|log in) to (?:continue|keep) reading"
    r"|pour (?:continuer [àa] )?lire la suite|pour poursuivre (?:votre|la) lecture"
    r"|to read the (?:full|rest of the|whole) (?:article|story))\b", re.I)
_NOTICE = re.compile(r"\b(?:javascript|cookies?|navigateur|browser|ad ?blocker|bloqueur)\b", re.I)
_NOTICE_PERSON = re.compile(r"\b(?:vous|votre|vos|you|your|nous|we|our|please|veuillez)\b", re.I)
_ADVERT = re.compile(r"\b(?:advert\w*|ads?|publicit[ée]s?|sponsor\w*)\b", re.I)
_PAGE_PLACE = re.compile(
    r"\b(?:continues|comments?|commentaires?|publicit[ée]|advertisement|ads?)\s+(?:below|above"
    r"|ci-dessous|ci-dessus)\b|\b(?:below|above|ci-dessous|ci-dessus)\s+(?:advertisement"
    r"|publicit[ée]|this (?:article|story)|cet article)\b|^(?:see|voir) (?:here|ici)\b", re.I)

_NOTE_WORDS = 45
_CORRECTION = re.compile(
    r"^(?:corrections?|clarifications?|rectificatifs?|erratum|editor'?s'? note"
    r"|note de la r[ée]daction)\s*:"
    r"|\b(?:an? |the )?(?:earlier|previous|first|original) version of this (?:article|story|report"
    r"|page|post)\b|\b(?:une|la) (?:premi[èe]re|pr[ée]c[ée]dente) version de (?:cet"
    r"|notre) article\b"
    r"|^(?:cet |this |l')?(?:article|story|post)\s+(?:a [ée]t[ée] |has been |was )?(?:mis [àa] jour"
    r"|updated|modifi[ée]|corrig[ée]|amended|corrected)\s+(?:le|on|at|[àa])\s+\d"
    r"|^(?:this (?:article|story) )?(?:has been |was )?(?:corrected|amended) (?:on|to)\b"
    r"|^(?:updated|mis [àa] jour|modifi[ée]|actualis[ée])\s+(?:at|on|le|[àa])\s+\d[^.]{0,40}?\s"
    r"(?:to (?:add|include|reflect|correct|clarify|update)|pour (?:ajouter|inclure|pr[ée]ciser"
    r"|corriger|int[ée]grer))\b", re.I)
"""A corrections or update note: the page telling what it changed (``Correction: An
earlier version of this story…``, ``Article mis à jour le … : ajout de…``)."""
_DISCLAIMER = re.compile(
    r"\b(?:(?:investment|financial|legal|medical|professional) advice"
    r"|conseils? (?:en investissement"
    r"|financiers?|juridiques?|m[ée]dicaux?|d'investissement)|recommandations? d'investissement"
    r"|for (?:general )?information(?:al)? (?:purposes )?only|for information only"
    r"|[àa] titre (?:purement )?(?:informatif|indicatif|d'information)"
    r"|(?:ne )?(?:se )?substitu\w+ pas|ne remplac\w+ pas|not (?:a substitute|intended (?:as|to))"
    r"|n'engage\w* (?:que|pas)|does not (?:constitute|represent|reflect)"
    r"|ne (?:constitu|repr[ée]sent|refl[èe]t)\w+ (?:pas|en aucun cas))\b", re.I)
"""A legal or market-data disclaimer's language: advice disowned, information only."""
_DISCLAIMER_SUBJECT = re.compile(
    r"\b(?:this|these|ce|cet|cette|ces|the|les|le|la)\s+(?:\w+\s+)?(?:article|content|contenu"
    r"|information"
    r"|informations|page|site|report|data|donn[ée]es|publication|material|opinions?|views|contents"
    r"|contenus|guide)\b|\b(?:information|contents?|contenus?)\b", re.I)
_NEGATION = re.compile(r"\b(?:not|no|never|ne|n'|pas|aucun\w*|only|que|uniquement)\b", re.I)
_DISCLAIMER_LABEL = re.compile(
    r"^(?:disclaimer|avertissement|avis de non-responsabilit[ée])\s*:", re.I)
"""A disclaimer led by its label (``Disclaimer: Comments do not represent…``)."""
_MARKET_DELAY = re.compile(
    r"\b(?:delayed|diff[ée]r[ée]e?s?|en diff[ée]r[ée]|retard[ée]e?s?)\s+(?:by\s+|de\s+)?"
    r"(?:at least\s+|a minimum of\s+|au moins\s+|d'au moins\s+)?\d+\s*(?:min|minutes)\b"
    r"|^market data (?:provided|supplied|by)\b"
    r"|^(?:donn[ée]es|cours) (?:de march[ée] )?fournie?s? par\b",
    re.I)
_MARKET_NOUN = re.compile(
    r"\b(?:quotes?|prices?|data|cours|cotations?|donn[ée]es|indices|market|march[ée]s?)\b", re.I)
"""A market-data notice: quotes delayed, data provided by an exchange."""
_TICKER = re.compile(
    r"^[A-Z][A-Z0-9&.'’/ -]{1,40}\s+\d[\d.,  ]*\s*(?:(?:[A-Z]{3}|[€$£¥]|pts)\s*"
    r"(?:\(?[+\-−–]\s?\d[\d.,]*\s?%\)?)?|\(?[+\-−–]\s?\d[\d.,]*\s?%\)?)$")
"""A market-data widget: a name in capitals, a price, its currency, its change
(``ACME SA 45.10 EUR +1.20%``)."""
_NEWSLETTER_BOX = re.compile(
    r"^(?:get|receive|try|recevez|recevoir|d[ée]couvrez)\s+(?:the|our|a|la|le|les|notre|nos)?\s*"
    r"(?:[\w&'’-]+\s+){0,4}(?:newsletters?|letter|briefing|digest|bulletin"
    r"|lettre(?: d'information)?"
    r"|alerts?|alertes?)\b[^.!?]*$", re.I)
"""A newsletter box's title (``Get the Culture Letter``, ``Recevez notre lettre``)."""
_WRITTEN_BY = re.compile(
    r"^(?i:(?:written|words|reported|text|story|interview)\s+by|(?:r[ée]dig[ée]e?|[ée]crite?|propos"
    r" recueillis|texte|un article|un texte|un reportage|le reportage|une chronique"
    r"|une enqu[êe]te|une analyse)\s+(?:par|de))\s+[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}"
    r"(?:\s*(?:,|\band\b|\bet\b|\bavec\b|\bwith\b|&)\s*(?:[A-ZÀ-Ý][\w'’-]*(?:\s+(?:(?:de|du|of|the|la|le)\s+)?"
    r"[A-ZÀ-Ý][\w'’-]*){0,3}|(?i:le|on)\s+[^,.!?]{0,20}\d[^,.!?]{0,20})){0,2}\.?$")
"""A byline that says how the name wrote, with the writer's desk or the date (``Written
by Ann Lee, Culture Desk``, ``Rédigé par Marc Roux, le 3 mai 2026``)."""
_WRITER_IN_PLACE = (
    r"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:de|van|von|der|le|la|du|da|di|ben|al|el)?\s*[A-ZÀ-Ý][\w'’-]+){1,3}"
    r"\s+(?:in|à|en|from|depuis)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?")
_NAME_IN_PLACE = re.compile(
    rf"^{_WRITER_IN_PLACE}(?:\s+(?:and|et)\s+{_WRITER_IN_PLACE})*$")
"""A byline naming where the writer is (``Ann Lee in Brussels``, ``Ann Lee in Frankfurt
and Tom Wu in London``)."""
_NAME_IN_PLACE_WORDS = 14
"""Words such a byline has at most (two writers, each with a place)."""


_TAG_LABEL = re.compile(
    r"^(?:tags?|tagged|mots[- ]cl[ée]s|keywords|topics|related topics|th[èe]mes?|sujets"
    r"(?: associ[ée]s)?|cat[ée]gories?|categories|filed under|class[ée] (?:dans|sous))\s+\S", re.I)
"""A tag line led by its label without a colon (``Tags flood Lyon``)."""
_PUBLISHER = re.compile(
    r"\b(?:RCS\s+[A-ZÀ-Ý]|SIRE[NT]\b|au capital (?:social )?de|registered in England"
    r"|(?i:registered) in [A-Z][a-z]+(?: (?:and|&) [A-Z][a-z]+)?,? (?i:company )?"
    r"(?i:no\.?|number)\s*\d"
    r"|registered office|company (?:number|no\.?\s*\d|registration)|registration (?:number"
    r"|no\.?\s*\d)"
    r"|n° (?:de )?TVA|VAT (?:number|no|reg))"
    r"|\b(?:[ée]dit[ée]e?|publi[ée]e?|exploit[ée]e?|published|owned|operated|(?:is )?(?:a )?part"
    r"|fait partie|une filiale|a subsidiary|a division) (?:by|par|of|d[ue]|des) (?:la "
    r"|le |l')?"
    r"(?:(?:soci[ée]t[ée]|SAS|SARL|SA)\s+)?[A-ZÀ-Ý][^.,;]{0,40}\b(?:SAS|SARL|SA|SCOP|Ltd|Limited"
    r"|plc|PLC"
    r"|GmbH|Inc|LLC|AG|NV|BV)\b")
"""The publisher's legal identity: a company form, a registration number, its capital."""
_STANDARDS = re.compile(
    r"\b(?:press standards|press complaints|press council|conseil de (?:d[ée]ontologie|presse)"
    r"|IPSO|IMPRESS|ethics code|code of (?:practice|conduct|ethics)|charte (?:d'[ée]thique|"
    r"[ée]ditoriale|de d[ée]ontologie|de munich)|editorial (?:code|standards|guidelines|principles"
    r"|charter|policy)|trust principles|d[ée]ontologie)\b", re.I)
_OWN_STANDARDS = re.compile(
    r"\b(?:our|notre|nos|we|nous|member|membre|adh[èe]r\w*|regulated|r[ée]gul[ée]e?|s'engagent"
    r"|committed|follows?|respecte?)\b", re.I)
"""The outlet telling which code or press regulator it answers to."""


_CONSENT = re.compile(
    r"^(?:by (?:submitting|signing up|subscribing|clicking|registering|continuing to use)"
    r"|en (?:vous inscrivant|vous abonnant|cliquant|soumettant|validant|poursuivant))\b"
    r".*\b(?:agree|accept|consent|acceptez|consentez|reconnaissez|confirm\w*)"
    r"|\b(?:unsubscribe|se d[ée]sinscrire|vous d[ée]sinscrire|vous d[ée]sabonner)\b[^.]{0,20}"
    r"\b(?:at any time|[àa] tout moment)"
    r"|\b(?:you(?:'ve| have)? consented|vous avez consenti|votre consentement)\b"
    r"|^privacy notice\b|\brecaptcha\b", re.I)
"""A sign-up form's consent or privacy notice (``By submitting your information you
agree…``, ``You can unsubscribe at any time``, ``En vous inscrivant, vous acceptez…``)."""
_PITCH_NOUN = re.compile(
    r"\b(?:news|updates?|analysis|analyses|stor(?:y|ies)|debates?|scores|insights?|opinions?"
    r"|features|podcasts?|videos|highlights|headlines|reviews|actualit[ée]s|infos|d[ée]bats?"
    r"|d[ée]cryptages?|reportages?|enqu[êe]tes|chroniques|interviews|[ée]ditos|vid[ée]os)\b",
    re.I)
_PITCH_CUE = re.compile(
    r"\band more\b|\bet (?:bien )?plus encore\b|\b(?:every|each) (?:day|weekday|week|morning"
    r"|evening|weekend)\b|\bchaque (?:jour|matin|soir|semaine|week-end)\b"
    r"|\bfrom \w+ to \w+|\bstraight to your inbox\b|\bdans votre bo[îi]te\b"
    r"|\bdu lundi au (?:vendredi|samedi)\b", re.I)
"""A site's or newsletter's pitch: what it offers, listed (``Transfer news, scores and
analysis, every weekday morning``, ``Breaking space news, the latest updates … and
more``)."""
_MEDIA_KINDS = (r"diaporama|galerie(?: photos?)?|gallery|slideshow|vid[ée]o|video|podcast|audio"
                r"|infographie|infographic|en images|in pictures|portfolio")
"""Words that name a page's media links (a gallery, a video, a podcast)."""
_MEDIA_ITEM = re.compile(
    rf"^(?:{_MEDIA_KINDS})\s*[.:–—-]\s+\S"
    r"|\((?:\d+\s+(?:photos?|images?|vid[ée]os?|pictures)|\d{1,2}:\d{2}(?::\d{2})?)\)$", re.I)
"""A gallery's or a video's link with its count or length (``Diaporama – Les vendanges
(12 photos)``, ``Vidéo. Les vendanges…``, ``Les images de l'évacuation (1:24)``)."""
_ISSUE = re.compile(r"(?:N°|No\.?|Issue|Num[ée]ro|Vol\.?)\s*\d+", re.I)
"""A paper's issue number (``N° 9412``)."""
_MEDIA_WORD = re.compile(rf"(?i:{_MEDIA_KINDS})\s*[.:]")
"""A media word with its stop, opening a line (``Vidéo. Les vendanges…``)."""
_FORM = re.compile(
    r"\b(?:champs?|fields?)\b[^.]{0,40}\b(?:obligatoires?|required|requis|mandatory)\b", re.I)
"""A form's notice (``Les champs marqués d'un * sont obligatoires``)."""
_POLL_REASON = "poll (question, options and votes)"
_POLL = re.compile(
    r"^[^.!?\n]{1,40}[^\S\n]{2,}\d{1,3}(?:[.,]\d)?\s?%$"
    r"|^[\d  ,.]+\s+(?:votes?|votants|participants|r[ée]ponses|responses)$", re.I)
"""A poll's option with its share, or its count of votes (``Jamais   26%``, ``3 412
votes``)."""
_RATE = re.compile(r"(?:^|\|\s*|:\s*)1\s?(?:[€$£¥]|[A-Z]{3})\s?=\s?[\d  ,.]+\s?"
                   r"(?:[A-Z]{3}|FCFA|[€$£¥])|^[A-Z]{3}/[A-Z]{3}\s+[\d.,]+")
"""An exchange-rate widget (``1 € = 655,957 FCFA``, ``EUR/USD 1.0812``)."""
_OFFER = re.compile(r"[:–—-]\s*[a-zà-ÿ]+ez\b|\b(?:offer|offre|promo|sans frais|free|gratuit)",
                    re.I)
"""An offer's call (``Orange Money : envoyez…``) before the asterisk of its fine print."""
_PRINT_HEADER = re.compile(
    r"^\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s|$)")
"""A browser's print header: the date and time the page was printed, then its title."""
_WEATHER = re.compile(r"-?\d{1,2}\s?°\s?[CF]?\b|-?\d{1,2}\s?°(?!\w)")
_WIDGET_PARTS = re.compile(r"\s[—–|·•]\s")
_TRUST = re.compile(
    r"^(?:why you can trust|how we (?:report|work|fact-check|verify)|our (?:editorial )?"
    r"(?:standards|ethics|principles)|pourquoi (?:vous pouvez )?nous faire confiance"
    r"|comment nous travaillons|nos engagements [ée]ditoriaux|notre charte)\b", re.I)
"""A box telling why the outlet can be trusted (``Why you can trust The Herald``)."""
_PRINT_EDITION = re.compile(
    r"^(?:an? (?:version|earlier version) of )?(?:this|the) (?:article|story|report)\b.{0,40}"
    r"\b(?:appears?|appeared|ran|was published|is published) (?:in|on) (?:the )?(?:print|page)\b"
    r"|^appeared in the\b[^.]{0,40}\bprint edition\b"
    r"|^(?:cet |l')?article (?:est |a ét[ée] )?(?:paru|publi[ée]) (?:dans|en) "
    r"(?:l'[ée]dition|notre [ée]dition|le journal|le quotidien|le magazine|page)\b", re.I)
"""The note of the print edition an article ran in (``A version of this article appears
in print on…``, ``Cet article est paru dans l'édition papier du…``)."""
_SECTION_TEASER = re.compile(
    r"^(?:horoscopes?|crosswords?|sudoku|mots (?:crois[ée]s|fl[ée]ch[ée]s)|tv (?:guide|listings)"
    r"|programme t[ée]l[ée]|jeux|games|quiz)\b(?:\s+(?:du jour|of the day|for today"
    r"|today|d'aujourd'hui))?\s*[:|—–-]", re.I)
"""A teaser for a regular section of the site (``Horoscope du jour : Bélier…``,
``Crossword: today's puzzle``)."""
_POLL_LABEL = re.compile(r"^(?:SONDAGE|POLL|QUIZ|VOTEZ|VOTE|(?i:sondage|poll|quiz)\s*[:|])\s*"
                         r".{3,120}\?$")
"""A poll's label and question (``SONDAGE Avez-vous déjà…?``, ``Poll: Should the…?``)."""
_PLACE_BEFORE_DASH = re.compile(
    r"[A-ZÀ-Ý][\w'’]+(?:[- ][A-ZÀ-Ý][\w'’]+){0,3}(?:,\s+[A-ZÀ-Ý][a-zé]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s[-–—]|:)")
"""A dateline's place alone before the dash or colon that runs it into the first sentence
(``Moulay Bousselham -``, ``Bengaluru:``)."""
_TALK_PROMPT = re.compile(
    r"^(?:have your say|join the (?:conversation|debate|discussion)|tell us what you think"
    r"|donnez(?:-nous)? votre avis|votre avis (?:compte|nous int[ée]resse)|r[ée]agissez)\b", re.I)
"""An invitation to comment (``Have your say.``, ``Donnez votre avis``)."""
_MEDIA_KICKER = re.compile(
    r"^(?:WATCH|LISTEN|VIDEO|AUDIO|PODCAST|VID[ÉE]O|EN VID[ÉE]O|REGARDEZ|[ÉE]COUTEZ)\s*[|:–—-]\s*\S"
    r"|^(?i:watch|listen|video|vid[ée]o|audio|podcast|regardez|[ée]coutez)\s*\|\s*\S")
"""A video or audio link's kicker (``WATCH | What is…``, ``VIDÉO – Les images…``)."""
_SITE_PROMO = re.compile(
    r"^(?:catch|get|read|follow|stay (?:up to date|updated) with)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:latest|breaking|top|news|updates|headlines)\b.{0,120}"
    r"\b(?:on|at|with)\s+(?:the\s+)?[A-ZÀ-Ý]"
    r"|^(?:retrouvez|suivez)\s+(?:toute\s+)?l'actualit[ée]\b.{0,120}\bsur\s+[A-ZÀ-Ý]", re.I)
"""The site advertising its own news (``Catch all the latest news … on The Ledger.``)."""
_PRIVACY_TITLE = re.compile(
    r"^(?:we (?:value|care about|respect) your privacy|your privacy (?:matters|is important"
    r"(?: to us)?)|(?:nous respectons|le respect de) votre vie priv[ée]e"
    r"|votre vie priv[ée]e (?:nous importe|compte|est importante))\b", re.I)
"""A consent box's title (``We value your privacy``)."""
_TAGLINE = re.compile(
    r"^(?:proudly )?serving\s+(?:the\s+)?[A-ZÀ-Ý]"
    r"|^(?:your|the) (?:trusted |local |independent )?(?:source|voice|newspaper|paper) (?:for|of)\s"
    r"|^(?:le|votre) (?:quotidien|journal|hebdo(?:madaire)?|site) (?:de|du|des|d')\s?\S"
    r"|^l'(?:information|actualit[ée]) (?:de|du|des) "
    r"|^[A-ZÀ-Ý][\w&'’ .-]{1,40}['’]s (?:independent|trusted|leading|favou?rite|first|own"
    r"|number one) (?:voice|newspaper|paper|news|source)\b"
    r"|^the home of [\w'’ &-]{2,40}|\b(?:since|depuis) (?:1[89]|20)\d{2}$"
    r"|\bl['’](?:information|actualit[ée])(?: [\w-]+){0,2} au quotidien$", re.I)
"""A site's tagline under its name (``Serving Clinton, Essex and Franklin counties``, ``Le
quotidien de la Côte``)."""
_CLOCK = re.compile(r"(?<![\d:])\d{1,2}[:h]\d{2}(?![\d:])")
_TIMES_WIDGET = 3
"""Clock times a line without a sentence holds when it is a times widget (prayer times,
tides, departures: ``Fajr 06:29  Dohr 12:28  Asr 15:12``)."""
_BRACKET_CREDIT = re.compile(
    r"\((?:Supplied|Handout|File|Archives?|Fourni|DR)\)$"
    r"|\((?:Supplied|Source|Photo|Picture|Image|[A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+){0,2})"
    r":\s?[A-ZÀ-Ý][^()]{1,40}\)$")
"""A credit in brackets closing a caption, who gave the picture after a colon
(``(Supplied: UNICEF Pacific)``, ``(ABC News: Jane Doe)``, ``(Handout)``)."""
_TIP_LINE = "tip line (a call for news and pictures)"
_PULL_QUOTE_ROW = "pull quote (a quotation or a line of the text set between paragraphs)"
NOTICES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("consent or privacy notice (sign-up form)", re.compile(
        r"^(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}\s+)?(?:respecte|respects|values"
        r"|prot[èe]ge|protects)\s+(?:votre vie priv[ée]e|your privacy)\b"
        r"|\bwe and our (?:\d+ )?(?:partners|vendors)\b|\bnous et nos (?:\d+ )?partenaires\b",
        re.I)),
    ("subscription notice", re.compile(
        r"\b(?:un seul appareil [àa] la fois|one device at a time|sur l'autre appareil"
        r"|on (?:the|your) other device|purchase this article|for republication"
        r"|unlimited access|acc[èe]s illimit[ée]|en acc[èe]s libre gr[âa]ce"
        r"|free to read thanks|soutenez (?:un|le|notre) journalisme"
        r"|support (?:local|independent|our|quality) journalism)\b", re.I)),
    ("embedded post (what is left of it)", re.compile(
        r"^(?:end of|skip|fin (?:du|de la))\s+(?:x|twitter|instagram|facebook|tiktok|youtube"
        r"|bluesky|threads)\s+(?:post|content|video|publication|contenu)\b", re.I)),
    ("breaking-news banner", re.compile(
        r"^(?i:flash|breaking|alerte|urgent)\s+\d{1,2}\s?[h:]\s?\d{2}\s*[:|–—-]")),
    ("advertisement (a call to buy)", re.compile(
        r"^(?:book|compare|shop|buy|order|get (?:a )?quote|learn more|get the deal|r[ée]servez"
        r"|comparez|achetez|commandez|j'en profite|en savoir plus)(?:\s+(?:now|today|maintenant"
        r"|ici|here))?\s*[.!>›]?$", re.I)),
    ("support services notice", re.compile(
        r"^(?:if (?:this|you)\b[^.]{0,80}\b(?:raised issues|affected|distress|need (?:help"
        r"|support))|si (?:cet article|vous)\b[^.]{0,80}\b(?:besoin d'aide|d[ée]tresse))"
        r"|\bsupport is available (?:from|through|via)\b", re.I)),
    ("job listing", re.compile(
        r"\b(?:closing date|date limite(?: de candidature)?|apply by|postulez avant"
        r"|entr[ée]e en fonction)\s*:|\b(?:we(?:'re| are) hiring|nous recrutons)\b", re.I)),
    ("funding note", re.compile(
        r"\b(?:produced|reported|made|written) with (?:the )?(?:financial )?support (?:from|of)\b"
        r"|\bretains? full editorial (?:control|independence)\b"
        r"|\b(?:r[ée]alis[ée]|produit) (?:avec|gr[âa]ce au) (?:le )?soutien (?:de|du)\b", re.I)),
    ("site tagline", re.compile(
        r"^(?:fond[ée]e? en|founded in|since|depuis|est\.)\s+(?:1[6-9]|20)\d{2}\s*(?:[–—|·-]|$)"
        r"|^(?:quotidien|hebdomadaire|journal|m[ée]dia)\s+(?:francophone|ind[ée]pendant"
        r"|r[ée]gional|d'information)\b", re.I)),
    ("language version link", re.compile(
        r"^(?:version (?:arabe|anglaise|fran[çc]aise|originale)|(?:english|french|arabic"
        r"|chinese) (?:version|edition)|lire en (?:arabe|anglais|fran[çc]ais)"
        r"|read (?:this|it) in (?:english|french|arabic))\b", re.I)),
    ("copyright line", re.compile(
        r"\bdroits de propri[ée]t[ée] intellectuelle\b|\bintellectual property rights\b"
        r"|\bne (?:peut|peuvent) [êe]tre reprodu\w+|\bmay not be (?:reproduced|republished)\b",
        re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:suivez|follow)\s+(?:[A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,4}\s+)?(?:sur|on)\s+"
        r"(?:google (?:news|actualit[ée]s)|whatsapp|telegram|facebook|x|twitter|instagram"
        r"|linkedin|youtube|tiktok|bluesky|threads)\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bmod[ée]r(?:er|ation|[ée]s?)\b[^.]{0,60}\bcommentaires?\b"
        r"|\bcommentaires?\b[^.]{0,60}\bmod[ée]ration\b|\bcomments? (?:are|will be) moderated\b"
        r"|\bnormes et pratiques journalistiques\b|\bjournalistic standards and practices\b"
        r"|^(?:cet article fait partie|this (?:article|story) is part) of\b"
        r"|^cet article fait partie de\b", re.I)),
    ("reader prompt", re.compile(
        r"^(?:soyez le premier [àa] (?:r[ée]agir|commenter)|be the first to (?:comment|reply)"
        r"|no comments yet|aucun commentaire pour (?:le moment|l'instant))\b"
        r"|\b(?:vous avez (?:rep[ée]r[ée]|constat[ée]|relev[ée]) une (?:erreur|faute|coquille)"
        r"|(?:spotted|found|noticed) an? (?:error|mistake|typo)|signalez-(?:le|la)(?:-nous)?)\b",
        re.I)),
    ("media player text", re.compile(
        r"^(?:dur[ée]e|duration|length)\s*(?:de|:)?\s*\d+\s*(?:min|minutes?)\b"
        r"|^(?:galerie|gallery|diaporama|slideshow)(?:\s+(?:photos?|d'images))?\s*"
        r"\(?\d+\s*/\s*\d+\)?$"
        r"|^(?:balado|podcast|audio)\s*[:–—-]\s*\S.{0,120}\b\d+\s*min$", re.I)),
    ("source credit (site with an agency)", re.compile(
        r"^(?:avec (?:les )?informations? (?:de|d')|with files from|with reporting from)\s", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:contenu sponsoris[ée]|sponsored(?: content)?|partner content|contenu partenaire"
        r"|publi-?reportage|advertorial)\s*[–—:|-]", re.I)),
    ("photo or video credit", re.compile(
        r"^(?i:photo|picture|image|portrait) of [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+){0,3}$"
        r"|(?:^|[.!?]\s+)[A-Z][A-Z ]{1,30}\bPHOTOS?\s*:\s*[A-Z][A-Z .'’-]{1,40}$"
        r"|\s[–—-]\s[A-ZÀ-Ý][\w'’.-]*(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,2}/[A-ZÀ-Ý][\w'’. -]{1,40}$")),
    ("publisher's legal notice", re.compile(
        r"\bco\.?\s*regn\.?(?:\s*no\b|$)|\b[A-Z]\d[A-Z]\s?\d[A-Z]\d$", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&.-]*){0,2}\s+[\d.,]+\s+[+\-−–]\s?[\d.,]+\s*"
        r"\(\s?[+\-−–]?\s?[\d.,]+\s?%\s?\)"
        r"|^[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}\s+[₹$€£¥]\s?[\d.,]+\s+[+\-−–]\s?[\d.,]+\s?%$")),
    ("subscription notice", re.compile(
        r"\bsubscribe to [A-Z][\w .&-]{0,40}\b(?:premium|plus|pro|digital)\b"
        r"|[₹$€£¥]\s?[\d.,]+\s?/\s?(?:month|mo|mois)\b", re.I)),
    ("site or newsletter pitch", re.compile(
        r"\b(?:delivered|sent) (?:to your inbox|(?:straight )?to you|every (?:morning|evening|day"
        r"|week|weekday|monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
        r"|\bdans votre bo[îi]te (?:mail|e-mail|aux lettres|de r[ée]ception)\b"
        r"|^(?:chaque|tous les) (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi|vendredi"
        r"|samedi|dimanche)s?\b[^.]{0,40}\bl'essentiel\b", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:contenu propos[ée] par|sponsored by|presented by|pr[ée]sent[ée] par"
        r"|en partenariat avec|in partnership with|brought to you by)\s+[A-ZÀ-Ý]"
        r"|^(?:advertisement|publicit[ée]|annonce)\s*\d{1,2}$"
        r"|\b(?:en|in) \d+ (?:minutes?|min|clics?|clicks?)\b(?=[^.]*$)(?=.*\b(?:simulez|calculez"
        r"|comparez|estimez|check|compare|calculate|find out)\b)", re.I)),
    ("author bio", re.compile(
        r"^(?i:journaliste|reporter|correspondante?|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se))"
        r"\s+(?:au|[àa]|de|du|pour|at|for)\s[^.]{0,80}$"
        r"|^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,3}\s+is\s+(?:the\s+)?"
        r"(?!(?i:former|ex|late|then)\b)(?:[A-Za-z]+\s+){0,2}"
        r"(?i:editor|reporter|correspondent|writer|columnist)\s+(?:of|at|for|with)\s+(?:[Tt]he\s+)?"
        r"[A-ZÀ-Ý]"
        r"|^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s+is\s+an?\s+(?:[\w-]+\s+){0,3}"
        r"(?:reporter|journalist|correspondent|writer|columnist|photographer|photojournalist)"
        r"\s+(?:covering|who covers|based in|for|at|with)\b"
        r"|^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s+covers\s[^.]{3,80}\s(?:from|for|at)"
        r"\s(?:the\s)?[A-ZÀ-Ý]")),
    ("production credits", re.compile(
        r"^(?:powered by|propuls[ée] par|voix g[ée]n[ée]r[ée]e par)\s", re.I)),
    ("copyright line", re.compile(
        r"\bunauthori[sz]ed (?:distribution|reproduction|use|copying)\b|\bstrictly prohibited\b"
        r"|\breproduction (?:(?:hors contrat|non autoris[ée]e|sans autorisation) )?(?:est )?"
        r"(?:interdite|strictement interdite)\b", re.I)),
    ("funding note", re.compile(
        r"\b(?:initiative de journalisme local|local journalism initiative)\b"
        r"|\bfinanc[ée]e? par le gouvernement\b|\bfunded by the (?:government|province) of\b",
        re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^(?:essence|diesel|gazole|sans[- ]plomb|super|ordinaire|regular|premium|unleaded"
        r"|petrol)\b[^.:]{0,20}:\s*\d[\d,.]*\s*(?:\$|€|£)?\s*/\s*(?:l|litre|liter|gal)\b"
        r"|^(?:taux de (?:r[ée]f[ée]rence|change)|exchange rates?|cours (?:de change|du)"
        r"|forex)\b[^.]{0,30}:\s*\d", re.I)),
    ("advertisement (an offer)", re.compile(
        r"\bearly[- ]bird (?:pricing|price|tickets|rate)\b|\bregister now\s*[.!]?$"
        r"|\binscrivez-vous d[èe]s maintenant\b|\bgagnez (?:vos|des|deux|2) (?:entr[ée]es|places"
        r"|billets|invitations)\b|\bwin (?:tickets|a pair of tickets|two tickets)\b"
        r"|^advertise (?:with|on|in) |^(?:annoncez|faites de la publicit[ée]) (?:avec|sur|dans) ",
        re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:fin de la publicit[ée]|end of (?:advertisement|advert|ad)|advertisement ends)$",
        re.I)),
    ("photo or video credit", re.compile(
        r"\((?i:photo|cr[ée]dit photo|image)\s+[A-ZÀ-Ý][^()]{2,60}\)$"
        r"|[—–-]\s*(?i:social media (?:screengrab|screenshot|photo)|file (?:photo|picture|pic)"
        r"|handout|screengrab|screenshot)\.?$")),
    ("corrections or update note", re.compile(
        r"^pr[ée]cision\s*:\s|\bune version pr[ée]c[ée]dente de cet article\b"
        r"|\ban? (?:earlier|previous) version of this (?:article|story)\b", re.I)),
    ("donation appeal", re.compile(
        r"\bvotre don\b|\byour (?:donation|gift|contribution) (?:helps|allows|lets|enables)\b"
        r"|\bre[çc]us? fiscaux\b|\bre[çc]u fiscal\b|\btax receipts?\b", re.I)),
    ("author bio", re.compile(
        r"^(?:journaliste|reporter|correspondante?)\s+bas[ée]e?\s+[àa]\s+[A-ZÀ-Ý][^,]{1,30},\s+"
        r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?\s+(?:couvre|suit|covers)\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bkeep comments (?:relevant|civil|respectful|on topic)\b|\bcomments (?:may|can) take up"
        r" to\b|\bwelcomes? (?:lively|civil|respectful)\b[^.]{0,20}\bdiscussion\b"
        r"|\bcomments are subject to\b|\bcommunity guidelines\b|\brespecter notre charte\b"
        r"|\bcharte de (?:mod[ée]ration|commentaires|la communaut[ée])\b"
        r"|\bmember of the [\w ]{0,30}(?:media|press) council\b|\bcomplaints about this "
        r"(?:article|story)\b", re.I)),
    ("media player text", re.compile(
        r"^\W*(?:next|prochaine) (?:video|vid[ée]o) (?:in|dans)\b"
        r"|^\W*la vid[ée]o (?:va )?(?:commence|d[ée]marre|d[ée]bute)\w* dans\b", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"\bsign in to (?:personali[sz]e|save|comment|continue|read|follow)\b"
        r"|^(?:se connecter|connectez-vous) pour\b"
        r"|^(?:ajouter [àa] (?:mes|vos) favoris|add to (?:my )?(?:favou?rites|bookmarks|reading "
        r"list)|save (?:for later|to (?:my )?list))$", re.I)),
    ("lottery results", re.compile(
        r"^(?:euromillions?|loto|lotto|lottery|loterie|powerball|mega millions|keno)\b[^.:]{0,40}"
        r"\b(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|draw|tirage|results?|r[ée]sultats?|du (?:lundi|mardi"
        r"|mercredi|jeudi|vendredi|samedi|dimanche))\b[^.:]{0,20}:\s*\d{1,2}(?:\s*[-–,]\s*\d{1,2})*$",
        re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:word of the day|mot du jour|kupu o te r[āa])\s*:", re.I)),
    ("site tagline", re.compile(
        r"^(?:[\w'’-]+\s+){0,3}(?:news|journalism|information|stories|reporting)\s+that\s+"
        r"matters?$", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^[A-ZÀ-Ý][\w'’ .-]{1,30}\s\d{1,3}\s*[–—-]\s*[A-ZÀ-Ý][\w'’ .-]{1,30}\s\d{1,3}"
        r"(?:\s*\((?i:final|ft|f|mi-temps|ht|fin)\))?$"
        r"|^[A-ZÀ-Ý][\w'’.-]+ (?:c\.|vs?\.?|contre) [A-ZÀ-Ý][\w'’.-]+,\s+(?i:lundi|mardi|mercredi"
        r"|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
        r"|sunday)\s+\d{1,2}\s?(?:h|:\d{2}|[ap]m)"
        r"|^(?:[A-Z]{2,3})?[$€£¥]?\s?[\d.,]+\s?=\s?(?:[A-Z]{2,3})?[$€£¥]?\s?1$")),
    ("photo or video credit", re.compile(
        r"\((?i:photo|cr[ée]dit photo|image)\s*:\s*[A-ZÀ-Ý][^()]{2,60}\)$"
        r"|[–—-]\s*(?i:photo)\s+[A-ZÀ-Ý][^/]{1,40}/\s?[A-ZÀ-Ý][\w'’ .-]{1,40}$"
        r"|[–—-]\s*(?i:photo courtesy(?: of)?)\s+[A-Z]"
        r"|\((?:[A-Z][\w'’ ]{1,30}\s)?(?i:file photo|photo d'archives?|archive photo)\)$"
        r"|(?:^|[.!?]\s+)(?i:photo d'archives?|file photo)\s+[A-ZÀ-Ý][\w'’ .-]{1,40}$")),
    ("author bio", re.compile(
        r"^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}\s+(?:joined|a rejoint)\s+(?:the\s+)?[A-Z]"
        r"[\w'’ ]{2,40}\s+(?:in|en)\s+\d{4}\s+(?:and|et)\s+(?:covers|writes|couvre)\b")),
    ("contact line (phone, e-mail)", re.compile(
        r"^(?i:letters|courrier des lecteurs|lettres|your letters)\s*:\s")),
    ("times widget (prayer times, tides, departures)", re.compile(
        r"\b(?:d[ée]parts et arriv[ée]es|departures and arrivals|arrivals and departures)\b",
        re.I)),
    ("reader comments", re.compile(
        r"^(?:trier par|sort by|classer par)\s*:"
        r"|^il y a \d+ (?:minutes?|heures?|jours?)$|^\d+ (?:minutes?|hours?|days?) ago$"
        r"|^[A-Za-z]{2,}[_.]?\d{2,}$|^[A-Za-z]+_[A-Za-z0-9_]+$"
        r"|^(?:signaler|report) (?:un contenu|ce commentaire|inappropriate|this comment|abuse)\b",
        re.I)),
    ("source credit (site with an agency)", re.compile(
        r"^(?:avec|with)\s+(?:l['’])?(?:ats|afp|ap|reuters|belga|dpa|agences|agencies)$", re.I)),
    ("consent or privacy notice (sign-up form)", re.compile(
        r"^refuser et s['’]abonner\b|\bpay or (?:consent|ok)\b|^reject and subscribe\b", re.I)),
    ("byline", re.compile(
        r"^la r[ée]daction(?:\s+(?:avec|et)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,2})?$",
        re.I)),
    ("weather widget", re.compile(r"^(?:m[ée]t[ée]o marine|marine forecast)\s*:", re.I)),
    ("legal or death notice", re.compile(
        r"\bont la tristesse de vous faire part\b|\bpassed away peacefully\b"
        r"|^[A-Z]{2,}(?:-[A-Z]{2,})?, [A-Z][a-z]+(?: [A-Z][a-z]+)*, \d{1,3}, of [A-Z]"
        r"|^(?i:annonces l[ée]gales|avis de (?:constitution|dissolution|modification|cession)"
        r"|consulter (?:toutes )?les annonces)\b")),
    ("site tagline", re.compile(
        r"^(?:[\w'’]+\s+){0,3}(?:voice|newspaper|paper|journal) since (?:1[6-9]|20)\d{2}$",
        re.I)),
    ("media player text", re.compile(
        r"^(?:loading|chargement)\b[^.]{0,30}(?:\.{3}|…)$", re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?i:(?:verse|bible verse|quote|thought|word|prayer) of the day)$"
        r"|^(?i:(?:[\w'’-]+ ){0,2}(?:verse|bible verse|quote|thought|word|prayer|proverb|saying)"
        r" o(?:f|['’]) the day|(?:verset|citation|pens[ée]e|mot|proverbe|pri[èe]re) du jour)"
        r"\s*[:—–-]\s"
        r"|^(?i:(?:verset|citation|pens[ée]e) du jour)$"
        r"|[—–-]\s*(?:[1-3] )?[A-Z][a-z]+ \d{1,3}:\d{1,3}$"
        r"|^(?i:mots (?:fl[ée]ch[ée]s|crois[ée]s)|sudoku|crossword|word search)\b")),
    ("advertisement (an offer)", re.compile(
        r"\b(?:for sale|for rent|to let|[àa] vendre|[àa] louer)\b[^.]{0,80}\b(?:call|tel|t[ée]l"
        r"|appelez|contact)\b"
        r"|^(?:land|house|plot|apartment|flat|car|office|terrain|maison|appartement|villa"
        r"|voiture)s? (?:for sale|for rent|to let|[àa] vendre|[àa] louer)\b"
        r"|^[A-Z][\w ]{2,30}(?:\s\d{4})?\s*:\s*\d+ (?:days?|jours?) (?:to go|left|avant"
        r"|restants?)$", re.I)),
    ("job listing", re.compile(
        r"^wanted\s*:\s|\bemail (?:your )?(?:resumes?|cvs?|applications?) to\b|\brecrute\s*:"
        r"|\bis hiring\s*:|\b(?:correspondant|journaliste)\(e\)", re.I)),
    ("reader prompt", re.compile(
        r"\breserves the right to (?:remove|delete|edit) comments\b|\bcontactez notre "
        r"r[ée]daction\b|\bcontact our newsroom\b|\balertez-nous\b"
        r"|\bwould like to send you (?:push )?notifications\b|\bsouhaite vous envoyer des "
        r"notifications\b|\bactiver les notifications\b", re.I)),
    ("site or newsletter pitch", re.compile(
        r"^newsletter\s*[«\"“]"
        r"|^(?:chaque|tous les) (?:jours?|matins?|soirs?|semaines?)(?:\s+[àa]\s+\d{1,2}\s?h"
        r"(?:\s?\d{2})?)?,\s+(?:le|la|les|l['’]|un|une|notre|nos)\s*(?:meilleur\w*\s+)?"
        r"(?:r[ée]sum[ée]|essentiel|s[ée]lection|newsletter|lettre|point|actu\w*|revue|infos?)\b",
        re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bregulated by (?:ipso|impress|the press council)\b|\bcomplaint about our editorial "
        r"content\b", re.I)),
    ("production credits", re.compile(
        r"\bby an ai voice\b|\baudio may contain errors\b"
        r"|\bsynth[èe]se vocale\b|\b(?:audio|voice|this audio) (?:is )?generated (?:by|with|using)"
        r" (?:an? )?(?:ai|artificial|synthetic)\b|\bpronunciations? may be (?:inaccurate|wrong"
        r"|incorrect)\b|\bcette voix est (?:g[ée]n[ée]r[ée]e|artificielle)\b", re.I)),
    ("comment count", re.compile(
        r"^(?:conversation|discussion|d[ée]bat|comments?|commentaires?)\s*\(\d+\)$", re.I)),
    ("site or newsletter pitch", re.compile(
        r",\s*(?:every|each) (?:weekday|morning|evening|day|week|monday|tuesday|wednesday"
        r"|thursday|friday|saturday|sunday)(?:\s+(?:morning|evening))?(?:\s+at\s+\d{1,2}"
        r"(?:[:.]\d{2})?\s?(?:a\.?m\.?|p\.?m\.?)?(?:\s+[A-Z]{2,4})?)?\s*\.?$"
        r"|,\s*(?:chaque|tous les) (?:matin|soir|jour|semaine|lundi|mardi|mercredi|jeudi"
        r"|vendredi|samedi|dimanche)s?(?:\s+[àa]\s+\d{1,2}\s?h(?:\s?\d{2})?)?\s*\.?$", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^(?:carburants?|prix (?:des|du) carburants?|fuel(?: prices)?|petrol(?: prices)?"
        r"|prix [àa] la pompe)\b[^.]{0,30}:\s", re.I)),
    ("job listing", re.compile(r"\((?:H/F|F/H|h/f|f/h|m/w/d|w/m/d|M/F|F/M|m/f/d)\)")),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bcommentaires? (?:sont|est|seront) mod[ée]r[ée]s?\b|\bmerci de rester courtois\b"
        r"|\bcomments are open (?:from|between|until)\b|\bbefore commenting\b"
        r"|\bsubscribes? to the press code\b|\bpress ombud(?:sman)?\b"
        r"|\bconseil de (?:d[ée]ontologie|presse)\b", re.I)),
    ("media player text", re.compile(
        r"^(?:the |this |your )?video will (?:start|play|begin) in\b"
        r"|^la vid[ée]o (?:va )?(?:commence|d[ée]marre|d[ée]bute)\w* dans\b", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:publicit[ée]|advertisement|annonce|ad)\s*[-–—:|]\s*(?:continuez|continue|poursuivez"
        r"|la suite|story continues|article continues|scroll)", re.I)),
    ("site tagline", re.compile(
        r"^(?:toute l['’](?:actu|info)\w*|l['’](?:information|actu\w*) (?:au c(?:œ|oe)ur|de "
        r"r[ée]f[ée]rence|en continu|qui compte|vraie))\b", re.I)),
    ("times widget (prayer times, tides, departures)", re.compile(
        r"^(?:horaires? (?:de (?:la )?|des )?pri[èe]res?|prayer times?|heures? de pri[èe]re)\b",
        re.I)),
    ("embedded post (what is left of it)", re.compile(r"\bpic\.twitter\.com/\w+")),
    ("media item (gallery, video, podcast)", re.compile(
        r"\b(?i:ep(?:isode)?\.?|[ée]pisode)\s*\d+\s*:\s")),
    ("advertisement (an offer)", re.compile(
        r"\b(?:get|buy|book) (?:your )?tickets\s*[.!]?$|\bbilletterie\b"
        r"|\b(?:prenez|r[ée]servez|achetez) vos (?:billets|places)\b", re.I)),
    ("poll (question, options and votes)", re.compile(
        r"^(?:take|do|try) (?:our|the|this) (?:\d+-question )?quiz\b"
        r"|^(?:faites|testez-vous avec) (?:notre|le) quiz\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bplease allow extra time for your journey\b|\bcheck with your (?:ferry|airline|rail)"
        r" operator\b", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^(?:load-?shedding|d[ée]lestage)\s*(?:status|update|schedule)?\s*:", re.I)),
    ("menu or list (short items between separators)", re.compile(
        r"^(?:accueil|home|homepage|startseite|inicio|la une|une|news)\s*[»>›/|]\s*\S", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"\b(?:changer d'[ée]dition|change (?:your )?edition|choisir (?:votre|mon|une) [ée]dition"
        r"|select (?:your |an )?edition)\b|[▾▼⌄]\s*(?:changer|change|choisir|select)\b"
        r"|^(?:(?:very |extra )?(?:small|medium|large|larger|normal|default) )?text size$"
        r"|^taille (?:du texte|des caract[èe]res|de (?:la )?police)\b", re.I)),
    ("photo or video credit", re.compile(
        r"(?:^|[.!?]\s+)(?i:photo(?:graph)?|photographie|picture|illustration|image)"
        r"(?:\s*:\s*|\s+)[A-ZÀ-Ý][\w'’ .-]{1,40}(?:\s?/\s?[A-ZÀ-Ý][\w'’ .-]{1,40})?$"
        r"|\([A-ZÀ-Ý][\w'’ .&-]{1,40} via [A-ZÀ-Ý][\w'’ .&-]{1,40}(?:,\s*(?i:file))?\)$"
        r"|^FILE\s+[-–—]\s")),
    ("site or newsletter pitch", re.compile(
        r"^(?:start|begin) (?:your|the) (?:day|morning|week|weekend) with\b"
        r"|^(?:commencez|d[ée]marrez|bien commencer) (?:votre|la) (?:journ[ée]e|semaine)\b"
        r"|^(?:chaque|tous les) (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin"
        r"|soir|jour|semaine)s?,\s+(?:le|la|les|l['’]|un|une|notre|nos)\s*(?:meilleur\w*\s+)?"
        r"(?:r[ée]sum[ée]|essentiel|s[ée]lection|newsletter|lettre|point|actu\w*|revue)\b"
        r"|^our (?:best|top|latest|essential|must-read|favourite|favorite) [\w ]{2,30},? "
        r"(?:every|each|delivered|sent)\b"
        r"|\bsign up here\s*[.!]?$|\binscrivez-vous ici\s*[.!]?$", re.I)),
    ("advertisement (an offer)", re.compile(
        r"\b(?:r[ée]servez|commandez|achetez|book|order|buy|get)\s+(?:vos|votre|your|now"
        r"|d[èe]s maintenant|today)\b[^.]{0,40}\b(?:sur|on|at)\s+(?:www\.)?[\w-]+"
        r"\.(?:be|fr|ch|com|ca|co\.uk|org|net|lu|sn|ci|ma)\b"
        r"|^(?:text ad|annonce|sponsored|advertorial|publi-?reportage)\s*:\s"
        r"|\bsponsored by [A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}$", re.I)),
    ("legal or death notice", re.compile(
        r"^(?:avis de d[ée]c[èe]s|death notices?|obituar(?:y|ies)|n[ée]crologies?|carnet)"
        r"\s*[:|–—-]"
        r"|^(?:publier|d[ée]poser|place|submit) (?:une|un|an?) (?:annonce|avis|notice|ad)"
        r"(?: l[ée]gale| legal| death)?\b", re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:(?:votre|your|today['’]s|l['’])\s*)?horoscope(?: du jour| of the day)?\b"
        r"|^(?:b[ée]lier|taureau|g[ée]meaux|cancer|lion|vierge|balance|scorpion|sagittaire"
        r"|capricorne|verseau|poissons|aries|taurus|gemini|leo|virgo|libra|scorpio|sagittarius"
        r"|capricorn|aquarius|pisces)\s*[:–—-]\s[^.]{0,80}\b(?:votre|vos|vous|your|you)\b"
        r"|^(?:loterie|lotto|loto|lottery|euromillions?|powerball|keno|pick \d)\b[^.]{0,60}"
        r"\b(?:tirage|draw|results?|r[ée]sultats?|winning numbers)\b"
        r"|(?:\b\d{1,2}\s*[-–]\s*){4,}\d{1,2}\b\s*(?:[|]|$)", re.I)),
    ("reader prompt", re.compile(
        r"\bcomments? (?:on this (?:article|story|post) )?(?:are|is) (?:now )?closed\b"
        r"|\bcommentaires? (?:sont|est) (?:d[ée]sormais |maintenant )?ferm[ée]s?\b"
        r"|\bread our community (?:standards|guidelines|rules)\b|\bn[ée]tiquette\b"
        r"|\bsouhaitiez nous donner votre avis\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"^acknowledg(?:e)?ment of country\b|\backnowledges? the traditional "
        r"(?:owners|custodians)\b", re.I)),
    ("contact line (phone, e-mail)", re.compile(
        r"^(?:connect|get in touch|contact|reach) (?:with )?(?:him|her|them|me|us)?\s*"
        r"(?:via|on|through)\s+(?:x|twitter|e-?mail|linkedin|bluesky|instagram|threads)\b", re.I)),
    ("source credit (site with an agency)", re.compile(
        r"^[–—-]\s*(?:with|avec)\s+(?:[A-Z][\w'’.-]*\s*){1,4}$"
        r"|^\(?(?i:with inputs from (?:agencies|wires))|^\(?(?i:with inputs from) [A-Z]"
        r"|^[A-ZÀ-Ý][\w'’ .-]{1,40}\s+(?:avec|with)\s+(?:agences|agencies|(?:l[ae]s? )?AFP|AP"
        r"|Reuters|Belga|ATS)$")),
    ("production credits", re.compile(
        r"\b(?:lu|narr[ée]|g[ée]n[ée]r[ée])\w*\s+par\s+une\s+voix\s+(?:de\s+synth[èe]se|artificielle"
        r"|g[ée]n[ée]r[ée]e)\b|\b(?:read|narrated|voiced) by (?:an? )?(?:ai|artificial|synthetic"
        r"|computer-generated)\b|\berreurs de prononciation\b|\bmispronunciations?\b", re.I)),
    ("machine-made summary or translation note", re.compile(
        r"^(?:quotes?|citations?|this (?:story|article|interview)|cet (?:article|entretien)|les "
        r"propos)\b[^.]{0,40}\b(?:were |was |ont [ée]t[ée] |a [ée]t[ée] )?(?:translated|traduit"
        r"\w*)\s+(?:from|de|du|de l['’])\b", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:rejoignez|join|suivez|follow|abonnez-vous [àa])\s+(?:la |notre |our |the |le )?"
        r"(?:cha[iî]ne|channel|groupe|group|communaut[ée]|community)\s+(?:whatsapp|telegram"
        r"|signal|viber)\b"
        r"|^(?:rejoignez|join)\b[^.]{0,60}\b(?:whatsapp|telegram)\b[^.]{0,80}\b(?:recevoir"
        r"|receive|get)\b", re.I)),
    ("donation appeal", re.compile(
        r"^(?:support|soutenez)\s+[A-Z][\w'’ ]{2,40}['’]s?\s+(?:journalism|journalisme)\b"
        r"|\bgood journalism costs\b|\bconsider making an? (?:modest |small )?(?:support"
        r"|contribution|donation)\b|\bby (?:contributing|donating) to [A-Z][\w'’ ]{2,40},"
        r"\s+you\b|\ble (?:bon )?journalisme (?:a un|co[ûu]te)\b", re.I)),
    ("browser or cookie notice", re.compile(
        r"^[A-ZÀ-Ý][\w'’ .-]{1,60}\s+(?:utilisen?t?|uses?)\s+(?:des\s+)?cookies\b")),
    ("byline", re.compile(
        r"^(?:posted|published|submitted|filed|uploaded) by\s*:?\s*[A-ZÀ-Ý][\w'’.-]*"
        r"(?:\s+[A-ZÀ-Ý][\w'’.-]*){0,3}$"
        r"|^(?:publi[ée]e? par|post[ée]e? par|mis en ligne par)\s*:?\s*[A-ZÀ-Ý]"
        r"|^(?:de notre|de nos|from our)\s+(?:(?:envoy[ée]e?s?|correspondante?s?)\s+"
        r"(?:sp[ée]ciale?s?|permanente?s?|r[ée]gionale?s?)|(?:special |own )?correspondents?"
        r"|correspondante?s?|envoy[ée]e?s?|reporters?|bureau)\s+(?:[àa]|en|au|aux|in|at)\s"
        r"[^.!?]{2,60}$", re.I)),
    ("contact line (phone, e-mail)", re.compile(
        r"^(?:news\s+|story\s+)?(?:tips?|stories(?:\s*/\s*tips)?|story ideas|got a (?:story|tip)"
        r"|une info|un tuyau|vos infos)\s*[:?]\s*(?:\+?\d[\d ()-]{6,}|[\w.+-]+@)", re.I)),
    ("advertisement (a call to a number)", re.compile(
        r"^[A-Z0-9][A-Z0-9&'’. -]{3,40}\s[–—-]\s.{0,120}\b(?i:call|appelez|contactez|tel|t[ée]l"
        r"|whatsapp)\.?\s*:?\s*\+?\d[\d .()-]{6,}$"
        r"|(?i:\b(?:composez|dial|tapez|faites le|dial now)\s*:?\s*(?:le\s+)?[#*]\d+(?:\*\d+)*#)"
        r"|^(?i:call|appelez|contactez|phone|t[ée]l[ée]phonez)\s*:?\s*(?i:us\s+|nous\s+)?"
        r"(?i:on\s+|at\s+|au\s+|le\s+)?\+?\d[\d .()-]{6,}\d\.?$")),
    ("subscription notice", re.compile(
        r"\b(?:you(?:'re| are) reading|you(?:'ve| have) read|vous lisez|vous avez lu)\s+"
        r"(?:your\s+|votre\s+)?\d+\s+(?:articles?\s+|free articles?\s+)?(?:of|sur|/)\s*\d+\b"
        r"|\b\d+\s*(?:of|sur|/)\s*(?:your\s+|vos\s+)?\d+\s+(?:free\s+)?(?:articles?|stories)\s+"
        r"(?:gratuits?\s+|offerts?\s+)?(?:this month|ce mois|per month|par mois)", re.I)),
    ("donation appeal", re.compile(
        r"\bbecome an? (?:supporter|member|patron|donor|friend of)\b"
        r"|\bhelp (?:us )?(?:keep|fund|sustain|support)\b[^.]{0,60}\bjournalism\b"
        r"|\baidez-nous [àa] (?:financer|maintenir|garder|soutenir)\b"
        r"|\bdevenez (?:membre|donat(?:eur|rice)|mécène|m[ée]c[èe]ne|ami)\b"
        r"|\b(?:make|faites) (?:a|un) don(?:ation)?\b|^(?:donate|faire un don|je fais un don)\b"
        r"|^(?:support|soutenez|soutenir)\s+(?:us|nous|the\s+[A-Z]|[A-ZÀ-Ý]|le\s+[A-ZÀ-Ý]|la\s+"
        r"[A-ZÀ-Ý]|l['’][A-ZÀ-Ý]|notre|our)[\w'’ -]{0,40}$", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:like|j'aime)\s+(?:loading|chargement)\b|^(?:loading|chargement)\s*(?:\.{2,3}|…)$"
        r"|^notify me of (?:new posts|follow-up comments|new comments)\b"
        r"|^(?:me )?pr[ée]venir (?:de|des) (?:tous les )?(?:nouveaux|nouvelles) (?:articles"
        r"|commentaires|publications)\b"
        r"|^(?:(?:kindly|please)\s+)?(?:share|partagez|partager)\s+(?:this|the|cet|cette)\s+"
        r"(?:story|article|post|page|publication|info)\s*:?$", re.I)),
    ("site or newsletter pitch", re.compile(
        r"^(?:get|receive|recevez|recevoir)\s+(?:the|our|la|le|notre)\s+(?:[\w&'’.-]+\s+){0,4}"
        r"(?:brief(?:ing)?|newsletter|digest|bulletin|lettre|infolettre|roundup|round-up)\b"
        r"|(?:^|[.!]\s+)(?:weekdays|weeknights|daily|every (?:weekday|morning|evening|day|week"
        r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|en semaine"
        r"|du lundi au vendredi|tous les (?:matins|soirs|jours))"
        r"(?:\s+(?:at|à|from|dès)\s+\d{1,2}(?:[:h.]\d{2})?\s?(?:am|pm|h)?)?\s*[.!]?$", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^[A-Z][\w&.-]*(?:\s[A-Z0-9][\w&.-]*){0,3}\s+\d[\d.,]*\s+[+\-−–]\s?\d[\d.,]*\s?%$")),
    ("production credits", re.compile(
        r"^(?:g[ée]n[ée]r[ée]e? par une voix|voix (?:de synth[èe]se|g[ée]n[ée]r[ée]e)"
        r"|(?:generated|read|narrated|voiced) by (?:an? )?(?:synthetic|artificial|ai"
        r"|computer-generated|automated) voice)", re.I)),
    ("media player text", re.compile(
        r"^(?:vitesse|speed|playback speed|vitesse de lecture)\s*:?\s*[\d.,]+\s?[x×]$", re.I)),
    ("site tagline", re.compile(
        r"^(?i:(?:the\s+)?(?:voice|heartbeat|home|pulse) of (?:the\s+)?)[A-ZÀ-Ý][\w'’ -]{2,40}"
        r"(?:\s+(?:since|depuis)\s+(?:1[6-9]|20)\d{2})?$"
        r"|^(?i:la (?:voix|r[ée]f[ée]rence) d[eu'’]\s?(?:la\s+|l['’])?)[A-ZÀ-Ý][\w'’ -]{2,40}$")),
    ("photo or video credit", re.compile(
        r"(?i:\((?:photo|image|vid[ée]o|illustration)s?\s+(?:fournie?s?|transmise?s?|courtesy"
        r"|supplied|provided|offerte?s?|remise?s?)\s+(?:par|by|of)\s+[^()]{2,60}\))$"
        r"|(?:^|[.!?]\s+)Ph\.\s*:?\s*[A-ZÀ-Ý][\w'’ .-]{1,40}$")),
    ("photo or video credit", re.compile(
        r"\bphoto by [A-ZÀ-Ý][\w'’ .-]{0,30}\s?/\s?[A-ZÀ-Ý][\w'’ .-]{1,40}$"
        r"|(?:^|\s)[—–-]\s(?:AFP|AP|Reuters|Bernama|EPA|ANP|Xinhua|PA)\s(?:pic|photo|picture)$"
        r"|(?:^|[.!?]\s+)(?:image|photo) d'illustration\s*:\s*[A-ZÀ-Ý][\w'’ .-]{1,40}$"
        r"|\([A-ZÀ-Ý][\w'’.-]*(?:\s+[\w'’.-]+){0,3}\s?/\s?[A-ZÀ-Ý][\w'’ .-]{1,40}\)$", re.I)),
    # the misses of check17 (stop 31), each a category of page furniture
    ("photo or video credit", re.compile(
        r"^[A-ZÀ-Ý][^.!?]{0,80},\s(?:left|right|center|centre|second (?:from )?(?:left|right)"
        r"|top|bottom|foreground|background)\s?,"
        r"|\((?:left|right|center|centre|from left|à gauche|à droite|au centre)\)\s?(?:,|and\b|et\b"
        r"|with\b|avec\b)"
        r"|\b(?:from left|de gauche [àa] droite)\s?[:,]"
        r"|" + _BRACKET_CREDIT.pattern)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bcaps lock\b|\bwill not be tolerated\b"
        r"|\b(?:avoid|no|pas de|[ée]vitez)\b[^.]{0,40}\b(?:obscene|vulgar|lewd|racist|abusive"
        r"|obsc[èe]nes?|vulgaires?|injurieux|injurieuses|racistes?)\b"
        r"|^(?:keep it clean|be truthful|be nice|be proactive|don'?t threaten|soyez (?:courtois"
        r"|respectueux|respectueuses))\b|^welcome to the discussion\b"
        r"|\backnowledges? the (?:traditional (?:owners|custodians)|aboriginal|first (?:nations"
        r"|peoples|australians))\b|\btraditional (?:owners|custodians) of the lands?\b"
        r"|\b(?:gamble|bet|play) responsibly\b|\b18\+ only\b", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:AD|PUB|ANNONCE)\s?:\s|^(?i:ad|sponsored|sponsoris[ée]e?|publi-?reportage)\s?:\s")),
    ("site promotion", re.compile(
        r"^(?:(?:also|now) )?available on (?:the )?(?:google play|(?:apple )?app store)\b"
        r"|\b(?:disponible|t[ée]l[ée]chargeable) sur (?:l['’]|le )?(?:app store|google play)\b"
        r"|^(?:get|download|t[ée]l[ée]chargez) (?:the |our |l['’]application |notre application )?"
        r"[A-ZÀ-Ý][\w'’ ]{1,30} app\b"
        r"|^listen (?:now )?on (?:all (?:major |good )?(?:platforms|podcast apps)|spotify"
        r"|apple podcasts)\b"
        r"|\bour (?:morning|daily|weekly|evening|nightly) (?:news )?podcast\b"
        r"|\b(?:on|sur) (?:our|notre) (?:whatsapp|telegram) (?:channel|cha[îi]ne)\b"
        r"|^(?:ajoutez|add)\s+[A-ZÀ-Ý][\w'’ ]{1,40}\s+(?:[àa] vos sources (?:favorites"
        r"|pr[ée]f[ée]r[ée]es)|(?:as|to) (?:a |your )?(?:preferred|favou?rite) sources?)\b"
        r"|^(?:feuilletez|lisez|consultez|browse|read)\s+(?:l['’][ée]dition (?:du jour"
        r"|num[ée]rique)|le journal num[ée]rique|the (?:e-?edition|digital edition"
        r"|print edition|today's paper))\b", re.I)),
    ("publisher's legal notice", re.compile(
        r"^directeur (?:de la publication|de publication|g[ée]n[ée]ral)\s*:"
        r"|^(?:si[èe]ge(?: social)?|administration)\s*:\s*[^.]{0,80}\b(?:t[ée]l|fax|bp)\b"
        r"|\bquotidien (?:national |r[ée]gional )?(?:d['’]information )?[ée]dit[ée] par\b"
        r"|\bles manuscrits\b[^.]{0,160}\bne seront pas rendus\b"
        r"|\bn['’]engagent que leurs auteurs\b"
        r"|\bhabilit[ée] [àa] publier les annonces (?:judiciaires|l[ée]gales)\b", re.I)),
    ("byline", re.compile(
        r"^(?:(?:par|de) (?:notre|nos) (?:correspondante?s?|envoy[ée]e?s? sp[ée]ciale?s?)"
        r"|(?:by|from) our (?:own )?(?:correspondent|reporter|special correspondent))\b"
        r"[^–—.!?]{0,60}$", re.I)),  # not one run into the text's first sentence
    ("subscription notice", re.compile(
        r"^(?:offre (?:num[ée]rique|d[ée]couverte|sp[ée]ciale|d['’]abonnement)|abonnement"
        r"(?: num[ée]rique)?|digital (?:subscription|access)|subscription)\s*:?[^.]{0,40}\d"
        r"[^.]{0,30}(?:par mois|/\s?mois|per month|a month|/\s?month|for [£$€]\s?\d)"
        r"|\b(?:cet article est|est propos[ée]e?) en acc[èe]s libre\b"
        r"|\bthis (?:article|story) is free to read\b", re.I)),
    ("donation appeal", re.compile(
        r"\bsoutenez (?:une|la|notre) r[ée]daction\b"
        r"|\bhelp (?:us )?keep [A-Z][\w'’ ]{0,30} (?:independent|free)\b"
        r"|^(?:contribute|donate|faire un don|je soutiens|je fais un don)\s*[.!›>]?$", re.I)),
    ("source credit (site with an agency)", re.compile(
        r"^[–—-]?\s*(?:with|avec)\s+(?:wires|agencies|agences|wire services|les agences)\.?$",
        re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:report|submit|signal(?:er|ez))\s+(?:a|an|une)\s+(?:correction|typo|error|erreur"
        r"|coquille)\b|\bmy bookmarks\b|\bmes favoris\b"
        r"|\b(?:saved|added) to (?:your|my) (?:bookmarks|reading list)\b", re.I)),
    ("media player text", re.compile(r"^\d{1,2}\s?m(?:in)?\s?\d{1,2}\s?s$")),
    ("editorial standards notice", re.compile(
        r"\bsubscribes? to the\b[^.]{0,60}\b(?:code|charter|standards|principles)\b"
        r"|\badh[èe]re [àa] la charte\b", re.I)),
    ("site promotion", re.compile(
        r"^(?i:welcome to|bienvenue (?:sur|dans|[àa])) (?i:the |le |la |l['’])?"
        r"[A-ZÀ-Ý][\w'’ -]{2,40}[.!]?$")),
    ("job listing", re.compile(
        r"\bdate limite (?:de d[ée]p[ôo]t des (?:dossiers|candidatures)|de (?:la )?candidature"
        r"|des candidatures)\b"
        r"|\brecrute (?:un\(e\)|une?\(e\))", re.I)),
    # check19's round (stop 31)
    ("machine-made summary or translation note", re.compile(
        r"\b(?:a [ée]t[ée] publi[ée]e? automatiquement|(?:was )?(?:published|posted) "
        r"automatically|automatically (?:published|posted))\b", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^[^.!?]{2,60}:\s?[\d  ,.]+\s?(?:FCFA|CFA|F|€|\$|£|DT|DH|MAD|XOF|Ksh|KSh|₦|₹|R)\s?/\s?"
        r"(?:kg|l|litre|liter|t|tonne|ton|lb|gallon|bbl|baril)\b"
        r"|\b\d[\d,.]*\s?(?:€|\$|£|CHF)\s?/\s?(?:l|litre|liter|gallon)\b[^.]{0,20}[·|•]", re.I)),
    ("times widget (prayer times, tides, departures)", re.compile(
        r"^(?:toutes les |all )?(?:pharmacies? de garde|duty pharmac(?:y|ies)|pharmacie de service"
        r"|urgences? dentaires?)\b", re.I)),
    ("advertisement (an offer)", re.compile(
        r"^[A-ZÀ-Ý][\w'’& ]{1,30}\s[–—-]\s[^.!?]{2,60}\b(?:[àa] partir de|d[èe]s|from|only)\s"
        r"[\d  ,.]+\s?(?:€|\$|£|DT|DH|FCFA|CHF|euros?|dinars?)\.?$", re.I)),
    ("editorial standards notice", re.compile(
        r"\bis (?:bound by|a member of|regulated by|subject to) the\b[^.]{0,40}\b(?:media|press)"
        r" (?:council|complaints|standards)", re.I)),
    ("traffic bulletin", re.compile(
        r"^(?:[AEN]\s?\d{1,3}|R[NDN]\s?\d{1,4}|M\d{1,3}|I-\d{1,3}|B\d{1,3}|A\d{1,3}\(M\))\s?:\s"
        r"[^.]{0,80}\b(?:bouchon|ralentissement|travaux|chantier|ferm[ée]e?|accident|queues?|"
        r"delays?|closed|roadworks|congestion|circulation|trafic|traffic)\b", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^\d{1,2}\.\s[A-ZÀ-Ý][\w'’ -]{1,30}\s\d{1,3}\s?pts?$")),
    # check20's round (stop 31)
    ("byline", re.compile(
        r"^(?:par|by)\s+[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3},\s+(?:[àa]|in|en|au|from)\s+"
        r"[A-ZÀ-Ý][\w'’ -]{1,30}$", re.I)),
    ("legal or death notice", re.compile(
        r"^rappel [àa] dieu\b|\blev[ée]e du corps\b|\bannounces? with (?:deep |profound )?sorrow"
        r" the (?:death|passing)\b|^avis de d[ée]c[èe]s du jour\b", re.I)),
    ("advertisement (an offer)", re.compile(
        r"^(?:vends|vend|[àa] vendre|ach[èe]te|loue|[àa] louer|cherche|recrute|for sale|to let"
        r"|wanted)\b[^.]{0,120}\b(?:t[ée]l\.?|tel|call|whatsapp|envoyer (?:votre )?cv"
        r"|send (?:your )?cv|contact)\b"
        r"|^(?:vends|[àa] vendre|[àa] louer|for sale|to let)\b[^.]{0,120}"
        r"(?:[àa] d[ée]battre|n[ée]gociable|o\.?n\.?o\.?|or nearest offer)"
        r"|\b(?:ouvrez votre compte|open (?:an|your) account)\b[^.]{0,40}\b(?:minutes?|sans frais"
        r"|free|gratuit)", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"(?:[\d  ,.]+\s?(?:FCFA|F CFA|€|\$|£|DT|DH|KSh|UGX|₦|CHF)\s*[·|•▸]\s*[^·|•▸]{1,40}){2,}")),
    ("donation appeal", re.compile(
        r"\bun don\b[^.]{0,40}\bnous aide\b|\bnous aide(?:nt)? [àa] rester ind[ée]pendants?\b"
        r"|\bhelps? us (?:stay|remain) independent\b", re.I)),
    ("site tagline", re.compile(
        r"^[A-ZÀ-Ý][\w.'’ -]{2,30}\s[-–|—]\s(?:l['’]info(?:rmation)? (?:au quotidien|en continu"
        r"|en direct|de r[ée]f[ée]rence)|l['’]actualit[ée] (?:au quotidien|en continu)|(?:your|the)"
        r" (?:daily|trusted) news)\b", re.I)),
    ("traffic bulletin", re.compile(
        r"^(?:TRAFFIC|TRAFIC|INFO TRAFIC|ROADS?|CIRCULATION|M[ÉE]T[ÉE]O(?: MARINE)?|MARINE WEATHER)"
        r"\s?[:·|]\s|^(?i:m[ée]t[ée]o marine|marine weather|marine forecast|surf report"
        r"|m[ée]t[ée]o (?:du jour|locale|des plages)"
        r"|(?:flash|info|infos|point) (?:trafic|traffic|route)"
        r"|traffic (?:flash|update|alert))\s?[:·|–—-]\s")),
    # check21's round (stop 31)
    ("browser or cookie notice", re.compile(
        r"^(?:cookies on|about cookies on|cookies sur|gestion des cookies|your privacy choices"
        r"|vos choix de confidentialit[ée])\b", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"^(?=[^\n]*(?:[+\-−–]\d[\d,.]*\s?%|\b[A-Z]{3}/[A-Z]{3}\b))"
        r"(?:[^·•|\n]{1,30}\d[^·•|\n]{0,20}[·•|]\s*){2,}")),
    ("photo or video credit", re.compile(
        r"^\[(?:photo|vid[ée]o|image|diaporama|audio|graphic|infographie)\]\s", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bmod[ée]r[ée]e? selon (?:la|notre) charte\b|\bcette conversation est mod[ée]r[ée]e\b"
        r"|^comment(?:ing|s) (?:is|are) (?:only )?(?:available|open|reserved) (?:to|for) "
        r"(?:subscribers|members|registered users)\b"
        r"|^les (?:commentaires|r[ée]actions) sont r[ée]serv[ée]e?s aux abonn[ée]s\b", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:voir|afficher|lire) (?:les )?\d+ autres (?:r[ée]actions|commentaires)\b"
        r"|^(?:view|see|show|load) (?:all )?\d+ more (?:comments|replies)\b", re.I)),
    (_TIP_LINE, re.compile(
        r"^(?:have|got) a (?:story|news tip|tip)(?: about [^?]{2,40})?\?"
        r"|^(?:vous avez|une) (?:une )?(?:info|histoire)"
        r" (?:[àa] (?:nous )?(?:raconter|partager) )?\?", re.I)),
    ("pull quote (a quotation or a line of the text set between paragraphs)", re.compile(
        r"^[“\"«][^”\"»]{10,200}[”\"»]\s*[—–-]\s*[A-ZÀ-Ý][\w'’ .-]{2,40}(?:,\s*[A-ZÀ-Ý][\w'’ &.-]"
        r"{2,40})?$")),
    # check22's round (stop 31)
    ("times widget (prayer times, tides, departures)", re.compile(
        r"^(?=[^\n]*\b(?:on time|delayed|cancelled|canceled|normal service|good service"
        r"|rotations? normales?|trafic normal|en retard|annul[ée]e?s?|perturb[ée]e?s?|suspendue?s?)"
        r"\b)(?=[^\n]*\b\d{1,2}\s?[:h]\s?\d{2}\b)[^.:\n]{2,30}\s?:\s[^\n]*[^.!?\n]$", re.I)),
    ("market data (quotes, delay notice)", re.compile(
        r"\b(?:unleaded|diesel|gazole|sans[- ]plomb|super ?9[58]|e10|petrol)\b[^.]{0,40}"
        r"\b\d{2,3}(?:[.,]\d{1,3})?\s?(?:c|p|¢|cents?)\b"
        r"|\b\d{1,3}\s?[–-]\s?\d{1,3}\s[A-ZÀ-Ý][\w'’ -]{1,25}\((?:FT|HT|AET|F|pen\.?)\)", re.I)),
    ("media item (gallery, video, podcast)", re.compile(
        r"^\(?(?:image|photo|picture|slide|diapositive)\s\d{1,3}\s(?:of|sur|/)\s\d{1,3}\)?$",
        re.I)),
    ("subscription notice", re.compile(
        r"\bgo ad-?free\b|\bsans publicit[ée]s?\b[^.]{0,40}\b(?:abonn|premium)", re.I)),
    ("legal or death notice", re.compile(
        r"^(?:Mc|Mac|O['’])?[A-Z]{2,}(?:-[A-Z]{2,})?,\s[A-Z][a-z]+[^.–—]{0,60}\s[–—]\s[^.]{0,80}"
        r"\b(?:peacefully|suddenly|funeral|house (?:strictly )?private)\b")),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:QUIZ|JEU|GAME|SONDAGE|POLL)\s?[|:–—]\s|^(?i:on this day|ce jour-l[àa]|il y a \d+ ans)"
        r"\s*,?[^:\n]{0,30}:\s")),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"^comments? (?:are|is) (?:not|no longer) (?:available|enabled|open)\b"
        r"|^les (?:commentaires|r[ée]actions) ne sont (?:pas|plus) (?:disponibles|activ[ée]s"
        r"|ouverts)", re.I)),
    ("donation appeal", re.compile(
        r"\b(?:le journalisme local|local journalism|le journalisme ind[ée]pendant) (?:a besoin de "
        r"vous|needs you)\b", re.I)),
    (_PULL_QUOTE_ROW, re.compile(
        r"^[—–]\s?[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,3},\s[^.!?]{2,60}$")),
    ("author bio", re.compile(
        r"^(?:journaliste|reporter|correspondante?)\s+(?:[àa] la rubrique|au service|[àa] la "
        r"r[ée]daction|[àa] l['’]agence|[àa] l['’][ée]dition|au bureau)\b[^.]{0,60}"
        r"(?:\bdepuis (?:19|20)\d{2}\b|\b(?:elle|il) (?:couvre|suit)\b)", re.I)),
    ("byline", re.compile(
        r"^(?:la )?r[ée]daction(?: en ligne| web| num[ée]rique)?\s*\((?:avec )?[^()]{2,40}\)$"
        r"|^(?:the )?(?:online|web) (?:desk|team)\s*\((?:with )?[^()]{2,40}\)$", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"^(?:sponsoris[ée]e?|sponsored|partenaire|partner|publi-?reportage|paid post|annonce)"
        r"\s?[·|–—]\s", re.I)),
    ("print edition note", re.compile(
        r"^(?:cet article|this (?:article|story))\s+(?:para[îi]tra|sera publi[ée]|will (?:appear"
        r"|run|be published))\s+(?:dans|in)\s+(?:notre|l['’]|our|the)\s*(?:[ée]dition|print"
        r"|journal)\b", re.I)),
    ("donation appeal", re.compile(
        r"\bwe have a small favou?r to ask\b|\bfrom as little as [£$€]\s?\d"
        r"|\best un m[ée]dia ind[ée]pendant\b[^.]{0,60}\.\s*nous comptons sur vous\b"
        r"|^nous comptons sur vous\b", re.I)),
    ("reader prompt", re.compile(
        r"\b(?:sign in|log in|register|create (?:an|your)[\w ]{0,30}account)\b[^.]{0,60}\bto "
        r"(?:join the (?:discussion|conversation)|comment)\b"
        r"|\b(?:connectez-vous|inscrivez-vous)\b[^.]{0,60}\bpour (?:commenter|participer [àa] la"
        r" discussion|r[ée]agir)\b", re.I)),
    ("site or newsletter pitch", re.compile(
        r"^infolettre\b|\bsign up to receive our\b[^.]{0,40}\bnewsletter\b", re.I)),
    ("media item (gallery, video, podcast)", re.compile(
        r"^(?:balado|podcast)\s?[·|:–—-]\s"
        r"|^(?:[ée]pisode|episode|ep\.?)\s?\d{1,4}\s?[—–:|-]\s", re.I)),
    # check23's round (stop 32)
    ("subscription notice", re.compile(
        r"\b(?:vous avez lu|you(?:['’]ve| have) read)\s+\d+\s+(?:free\s+)?(?:articles?|stories)"
        r"\s+(?:gratuits?\s+|offerts?\s+)?(?:sur|of|out of)\s+\d+\b"
        r"|\d+(?:[.,]\d+)?\s?[€$£]\s?(?:/\s?(?:mois|month|mo|semaine|week)\b|(?:le|pour le|the|for"
        r" the) (?:premier mois|first month)\b)"
        r"|[€$£]\s?\d+(?:[.,]\d+)?\s(?:for the|pour le) (?:first|premier) (?:month|mois)\b"
        r"|^(?:offre (?:num[ée]rique|d[ée]couverte|sp[ée]ciale|d['’]abonnement))\s*:", re.I)),
    ("browser or cookie notice", re.compile(
        r"^(?:continuer sans accepter|tout (?:accepter|refuser)|(?:accepter|refuser) et "
        r"(?:fermer|continuer)|continue without accepting|(?:accept|reject) all(?: cookies)?"
        r"|accept and (?:close|continue)|manage (?:my )?(?:preferences|choices|options|cookies)"
        r"|param[ée]trer (?:mes )?(?:choix|cookies))\b[^.!?]{0,20}$", re.I)),
    ("site promotion", re.compile(
        r"^(?:pick up|grab|buy|get) (?:a copy of )?(?:the|our|today's|this week's|a) "
        r"(?:print edition|paper|newspaper|e-?edition|digital edition)\b"
        r"|\bdans (?:notre|votre) (?:suppl[ée]ment|hors-s[ée]rie|magazine)\b"
        r"|\bin (?:our|this week's|tomorrow's|saturday's|sunday's) (?:supplement|magazine)\b"
        r"|^try (?:our|the) [\w'’ -]{1,40}\b(?:tool|calculator|tracker|quiz|app|newsletter)\b"
        r"|^(?:essayez|testez|d[ée]couvrez) (?:notre|nos) [\w'’ -]{0,40}\b(?:outil|simulateur"
        r"|calculateur|quiz|application)\b", re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:jeu-questionnaire|quiz|news quiz|le quiz)\b[^.!]{0,60}(?:\?|\bquestions?\b)", re.I)),
    ("publisher's legal notice", re.compile(
        r"^(?:the )?[A-ZÀ-Ý][\w'’.&-]*(?: [A-ZÀ-Ý][\w'’.&-]*){0,4} "
        r"(?:is (?:published|owned|operated) by|est (?:[ée]dit[ée]e?|publi[ée]e?) par) [A-ZÀ-Ý]")),
    ("site or newsletter pitch", re.compile(
        r"\b(?:stories|news|articles|analysis|reads)\b[^.]{0,60}\b(?:explained|chosen|picked"
        r"|selected|curated) by our (?:correspondents|reporters|journalists|editors|experts)\b"
        r"|\b(?:s[ée]lectionn[ée]e?s|choisie?s|d[ée]crypt[ée]e?s) par (?:notre r[ée]daction|nos "
        r"(?:journalistes|correspondants|experts))\b", re.I)),
    ("menu or list (short items between separators)", re.compile(
        r"^(?:vous [êe]tes ici|you are here)\s*:|^(?:mon|votre|my|your) (?:[ée]dition|edition"
        r"|r[ée]gion|region|ville|city)\s*:|\s[▾▿⌄]$", re.I)),
    ("publisher's legal notice", re.compile(
        r"^(?:the )?[A-ZÀ-Ý][\w'’.&-]*(?: [A-ZÀ-Ý][\w'’.&-]*){0,4} "
        r"(?:is (?:part|a division|a member) of|fait partie (?:du groupe|de)) [A-ZÀ-Ý]")),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"^this (?:report|story|article) (?:by|from) [A-Z][\w .&'’-]{1,40} was "
        r"(?:first |originally )?published\b"
        r"|^cet article (?:de|d['’]) [A-ZÀ-Ý][\w .&'’-]{1,40} a (?:d['’]abord )?[ée]t[ée]"
        r" publi[ée]", re.I)),
    ("site or newsletter pitch", re.compile(
        r"^recevez (?:l['’]infolettre|la newsletter|notre (?:infolettre|newsletter))\b", re.I)),
    ("local service widget (roads, utilities, recalls, forecasts)", re.compile(
        r"^(?:aurora|pollen|uv|surf|snow|ski|air quality|space weather) (?:forecast|index|report"
        r"|conditions|alert|watch)\b[^:\n]{0,30}:"
        r"|^(?:qualit[ée] de l['’]air|indice (?:uv|pollen)|conditions routi[èe]res|[ée]tat des "
        r"routes|sentiers de (?:motoneige|ski|randonn[ée]e)|rappels? (?:d['’]aliments|de produits"
        r"|conso))\b[^:\n]{0,60}:"
        r"|^(?:power|electricity|water|gas)(?: supply)? (?:update|outage|cut|interruption|notice"
        r"|alert)s?\s*:"
        r"|^(?:coupures? (?:d['’]eau|d['’][ée]lectricit[ée]|de courant)|d[ée]lestages?"
        r"(?: programm[ée]s)?)\b[^:\n]{0,60}:"
        r"|^avis de (?:bise|vent|temp[êe]te|canicule|gel|orages?|neige|pluie|crue)\b[^:\n]{0,40}:"
        r"|^(?:weather|storm|wind|flood|heat|frost|fog) (?:warning|alert|watch|advisory)\b"
        r"[^:\n]{0,40}:", re.I)),
    # check25's round (stop 32)
    ("local service widget (roads, utilities, recalls, forecasts)", re.compile(
        r"^niveau (?:de la|du|des|de l['’])\s?[A-ZÀ-Ý][\w'’ -]{1,30}\b[^:\n]{0,30}:"
        r"|^(?:river|lake|water|flood) levels?\b[^:\n]{0,40}:"
        r"|\bvigilance (?:jaune|orange|rouge)\b[^.]{0,40}\bsource\s?:", re.I)),
    ("reader prompt", re.compile(
        r"^ask (?:the|our) (?:newsroom|editors?|experts?|reporters?|desk)\s*:"
        r"|^[^:.!?\n]{2,30}:\s*(?:have you|did you|do you|are you|got a|avez-vous|vous avez)\b"
        r"[^.!?\n]{0,120}\?", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^[^.!?\n]{2,40}[ \u00a0][→›▸]$")),
    ("donation appeal", re.compile(
        r"\bsupport (?:us|the [A-Z][\w'’-]+|our (?:journalism|reporting)) (?:from|for) "
        r"(?:just |only |as little as )?[£$€]\s?\d|\bsoutenez-nous (?:d[èe]s|[àa] partir de) "
        r"\d|\bbecause readers like you\b"
        r"|\b[A-ZÀ-Ý][\w'’ -]{1,30} a besoin de vous\b|\bfaites un don\b", re.I)),
    ("subscription notice", re.compile(
        r"\byou(?:['’]ve| have) read \d+ (?:free )?(?:articles?|stories) (?:in the (?:last|past) "
        r"(?:month|week|30 days)|this (?:month|week))\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\bcarbon (?:cost|footprint|emissions?)\b[^.]{0,40}\b(?:this page|per (?:page )?view)\b"
        r"|\bempreinte carbone\b[^.]{0,40}\bcette page\b", re.I)),
    # check26's round (stop 32)
    ("site promotion", re.compile(
        r"\bour (?:ai |virtual )?assistant can (?:summari[sz]e|answer|explain)\b"
        r"|^ask [A-Z][\w]{1,20} ai\b|\bstand to win\b|\bspin the wheel\b"
        r"|\b(?:tentez|courez la chance) de gagner\b"
        r"|\bword of the day\b|\bmot du jour\b|^(?:le saviez-vous|did you know)\s?\?", re.I)),
    (_POLL_REASON, re.compile(r"(?:[○◯◉●☐□]\s*[^○◯◉●☐□\n]{1,40}){2,}")),
    ("media item (gallery, video, podcast)", re.compile(
        r"^(?:carte|graphique|infographie) interactive\s*:|^interactive (?:map|graphic|chart)\s*:"
        r"|\bchargement de la carte\b|\bloading (?:the )?(?:map|graphic|chart)\b", re.I)),
    ("funding note", re.compile(
        r"\b(?:is|are) (?:[Pp]ublic [Ii]nterest [Jj]ournalism )?funded (?:through|by) [A-Z]"
        r"|\best (?:financ[ée]e?|soutenue?) par [A-ZÀ-Ý][\w'’ -]{1,40} dans le cadre\b")),
    ("event listing (a date and what is on)", re.compile(
        r"^(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun|lun|mar|mer|jeu|ven|sam|dim)\.,?\s+"
        r"(?:\d{1,2}(?:er)?\s+[a-zéû]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*[—–·-]\s")),
    # check27's round (stop 33)
    ("browser or cookie notice", re.compile(
        r"\b(?:we and our|nous et nos) (?:\d+ )?(?:partners|partenaires) (?:store|use|stockons"
        r"|utilisons)\b|\bstore and/or access information on a device\b"
        r"|\bstockons et/ou acc[ée]dons [àa] des informations\b"
        r"|\b(?:lite mode|data saver|mode (?:all[ée]g[ée]|[ée]conomie de donn[ée]es))\b[^.]{0,30}"
        r"\b(?:is on|activ[ée]|enabled)\b|\bimages (?:are )?hidden to save data\b", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"^(?:les |the )?(?:comments?|commentaires?|r[ée]actions?|messages?)\b[^.!?]{0,80}"
        r"\b(?:seront|will be) (?:supprim[ée]e?s?|removed|deleted)\s*\.?$", re.I)),
    ("legal or death notice", re.compile(
        r"\bont la (?:profonde |grande )?douleur (?:de vous faire part|d['’]annoncer"
        r"|de faire part)\b", re.I)),
    ("advertisement (sponsored)", re.compile(
        r"\b(?:offre soumise [àa] conditions|offer subject to (?:terms|conditions|availability)"
        r"|(?:t&cs|terms and conditions) apply|voir conditions en (?:agence|magasin))\b", re.I)),
    ("donation appeal", re.compile(
        r"\b(?:ce texte|cet article) a [ée]t[ée] lu [\d  ]+ fois\b"
        r"|\bthis (?:article|story) has been read [\d,]+ times\b"
        r"|\bun don de \d+\s?(?:\$|€|euros?|dollars?|francs?) (?:aide|permet)\b"
        r"|\ba (?:[$€£]\s?\d+|\d+\s?[$€£]) (?:donation|gift) helps\b"
        r"|^(?:je donne|donate now|give now|faire un don)\s*[!→›▸]?$", re.I)),
    ("site promotion", re.compile(
        r"\banswers are ai-generated\b|\bai-generated (?:answers?|summar(?:y|ies)) (?:may|can)\b"
        r"|\br[ée]ponses? g[ée]n[ée]r[ée]es? par (?:l['’])?(?:ia|intelligence artificielle)\b"
        r"|\bask (?:a question|anything) about this (?:story|article)\b"
        r"|\bposez (?:une|vos|votre) questions? sur cet article\b", re.I)),
    ("reader prompt", re.compile(
        r"_{4,}|^enter your (?:annual )?(?:salary|income|postcode|post code|zip code|e-?mail"
        r"|name)\b|^(?:entrez|saisissez|indiquez) votre (?:salaire|revenu|code postal|e-?mail"
        r"|courriel|nom)\b", re.I)),
    ("author bio", re.compile(
        r"^(?:journaliste|reporter|correspondante?)\s+(?:de|du|d['’]|pour|au|aux)\s[^.]{0,80}?,"
        r"\s(?:elle|il) (?:couvre|suit)\b", re.I)),
    ("author bio", re.compile(  # a role line, its stop unlike a headline's
        r"^(?i:journaliste|r[ée]dact(?:eur|rice)|chroniqueu(?:r|se))(?:\s+[a-zà-ÿ][\w'’-]*)"
        r"{1,4}\.$")),
    ("author bio", re.compile(
        r"^[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+){1,2}\s+is\s+the\s+[A-ZÀ-Ý][\w'’-]+['’]s\s+"
        r"(?:[\w-]+\s+){0,4}(?:editor|reporter|correspondent|writer|columnist)\b")),
    ("photo or video credit", re.compile(
        r"^[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:\s[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){1,3}\s(?:POUR|FOR)\s[«\"“]\s?"
        r"[A-ZÀ-Ý][A-ZÀ-Ý'’ .-]{2,40}?\s?[»\"”]$"
        r"|(?:^|[.!?]\s+)(?i:stock (?:photo|image)|file (?:photo|image)|photo d'archives?)\s*:"
        r"\s*[A-ZÀ-Ý][\w'’ .&/-]{1,40}$")),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:voir|voyez|lire|lisez|d[ée]couvrez|see|read|discover|explore)\b[^.!?\n]{2,80}"
        r"[ \u00a0][→›▸]$", re.I)),
    # check28's round (stop 33)
    ("disclaimer (legal, financial, medical)", re.compile(
        r"\b(?:this (?:post|article|page|story) (?:may )?contains? affiliate links"
        r"|(?:we|I) may earn (?:a )?(?:small )?commission"
        r"|(?:cet article|ce billet|cette page) (?:peut contenir|contient) des liens (?:affili[ée]s"
        r"|d['’]affiliation|sponsoris[ée]s))\b", re.I)),
    ("author bio", re.compile(
        r"^(?:I['’]m|je suis|moi,? c['’]est) [A-ZÀ-Ý][\w'’-]+,\s(?:an?|une?)\s[^.]{3,80}"
        r"\b(?:who|qui)\b")),
    ("comment count", re.compile(
        r"^\d+ (?:thoughts?|responses?|comments?|replies|r[ée]ponses?|commentaires?|r[ée]actions?)"
        r" (?:on|to|sur|[àa]) [«\"“]", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:[←→]\s*)?(?:previous|next|older|newer) (?:post|article|story|entry)\s*:"
        r"|^(?:[←→]\s*)?(?:article|billet) (?:pr[ée]c[ée]dent|suivant)\s*:", re.I)),
    ("site or newsletter pitch", re.compile(
        r"^join [\d,.]+\s(?:[\w-]+\s){0,3}(?:getting|who get|receiving|subscribers|readers)\b"
        r"|^rejoignez (?:les |nos )?[\d  .]+\s(?:[\w-]+\s){0,2}(?:abonn[ée]s|lecteurs|lectrices)"
        r"\b", re.I)),
    ("funding note", re.compile(
        r"^[A-ZÀ-Ý][\w'’ -]{2,40} is an? (?:independent |non-profit |not-for-profit |public "
        r"|public service )*(?:broadcaster|newspaper|news (?:site|service|organi[sz]ation)"
        r"|newsroom|media (?:company|outlet))\b[^.]{0,40}\b(?:funded|owned|financed) by\b")),
    ("site tagline", re.compile(
        r"^[A-ZÀ-Ý][\w'’ -]{2,40},\s(?:une?|an?|the|le|la)\s(?:[\w-]+\s){0,2}(?:coop[ée]rative"
        r"|cooperative|m[ée]dia|journal|newspaper|site|quotidien|daily|hebdomadaire|weekly)"
        r"\s(?:d['’]information|d['’]actualit[ée]s?|de nouvelles|(?:independent |local )?news)"
        r"\b[^.]{0,40}\.?$")),
    (_TIP_LINE, re.compile(
        r"^(?:send|share) (?:us )?your (?:story )?(?:tips?|stories|news|pictures|photos|videos)"
        r"\b[^.]{0,40}\b(?:via|on|to|by)\b"
        r"|^(?:envoyez|partagez)-nous (?:vos )?(?:infos|informations|photos|vid[ée]os"
        r"|t[ée]moignages)"
        r"\b[^.]{0,40}\b(?:via|par|sur|au|[àa])\b", re.I)),
    ("reader prompt", re.compile(
        r"^(?:to|pour) (?:comment|commenter|r[ée]agir)\b[^.]{0,30}\b(?:log in|sign in|subscribe"
        r"|connectez-vous|abonnez-vous|se connecter|s['’]abonner)\b"
        r"|^je (?:d[ée]couvre|m['’]abonne|profite|commande|t[ée]l[ée]charge|participe)\b"
        r"[^.!?]{0,40}$", re.I)),
    ("page control (skip, share, print, account)", re.compile(
        r"^(?:voir|see|view|afficher) (?:tous|toutes|all) (?:les |the )?[\w'’ -]{2,30}$", re.I)),
    ("subscription notice", re.compile(
        r"\bvous avez lu \d+ (?:des|sur) \d+ articles?\b|\barticles? (?:gratuits?|offerts?) ce "
        r"mois(?:-ci)?\b", re.I)),
    ("advertisement (an offer)", re.compile(
        r"\b(?:votre|vos|your)\b[^.]{0,60}\b(?:d[èe]s|from|[àa] partir de|only) (?:CHF|Fr\.|€|\$|£)"
        r"\s?\d+(?:[.,]\d+)?\s?(?:par|per|a|/)\s?(?:mois|month|an|year)\b", re.I)),
    ("site promotion", re.compile(
        r"\benter (?:our|the) (?:free )?(?:competition|prize draw|giveaway)\b"
        r"|\bparticipez (?:[àa] notre|au) (?:concours|tirage|jeu)\b", re.I)),
    ("consent or privacy notice (sign-up form)", re.compile(
        r"\b(?:vos donn[ée]es|your (?:personal )?data)\b[^.]{0,20}\b(?:sont|seront|is|are|will be)"
        r" (?:trait[ée]es|processed|handled)\b[^.]{0,30}\b(?:politique de confidentialit[ée]"
        r"|privacy (?:policy|notice))\b", re.I)),
    ("citation of the article", re.compile(
        r"^[A-ZÀ-Ý][\w'’-]+,? [A-ZÀ-Ý]\.(?:[A-ZÀ-Ý]\.)?,? [«\"“].{5,200}[»\"”],? [^,]{2,40},"
        r" \d{1,2} \w+ \d{4}\.?$")),
    # check29's round (stop 33)
    ("related headline (after a related-links label)",  # a wire slug: ``MAURITIUS-WEATHER/``
     re.compile(r"^[A-Z]{2,}(?:-[A-Z]{2,})+/\s")),
    ("corrections or update note", re.compile(
        r"^(?:version history|historique des versions|previous versions?)\s*:", re.I)),
    ("contact line (phone, e-mail)", re.compile(
        r"^(?:desk|newsroom|press|media|r[ée]daction) contacts?\s*:", re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:pronunciation(?: guide)?|prononciation|glossary|glossaire|lexique)\s*:"
        r"|^quiz\s*[—–:-]|\bsee our (?:leader|editorial)\b"
        r"|\bp(?:age|\.)\s?\d+ of (?:the|our|today['’]s) print edition\b", re.I)),
    ("site tagline", re.compile(
        r"^[A-Z][\w'’ -]{1,40} is an? (?:[\w-]+ ){0,2}(?:member|reader|employee|staff|community)"
        r"-(?:owned|funded|supported)\b")),
    ("author bio", re.compile(
        r"^(?i:about the (?:author|writer|reporter)|[àa] propos de l['’]auteure?)\s*:\s+\S"
        r"|^(?i:about) [A-Z][\w'’-]+\s*:\s+[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)* (?:is|has|was)\b")),
    (_TIP_LINE, re.compile(
        r"\bcontact (?:us|the [A-Z][\w'’]+) in confidence\b"
        r"|\bcontactez-nous en toute confidentialit[ée]\b")),
    ("advertisement (an offer)", re.compile(
        r"\bgagnez jusqu['’][àa] \d+\s?(?:€|euros?) par mois\b|\bearn up to [$£€]\s?\d+ a month\b"
        r"|\b(?:sale|soldes?|promo(?:tion)?) (?:now on|en cours)\b|\b\d+\s?% off all\b"
        r"|\b(?:kit|lot|pack|coffret)s? (?:[\w'’-]+ ){0,3}[àa] -\d+\s?%", re.I)),
    ("legal or death notice", re.compile(
        r"^(?:avis de perte|lost and found|perdu|trouv[ée])\s*:", re.I)),
    (_POLL_REASON, re.compile(r"^(?:votez|vote now|voter)\s*!?$", re.I)),
    # check30's round (stop 34)
    ("photo or video credit", re.compile(
        r"^\((?:(?:photo|image|pic)s?\s+)?(?:courtoisie|gracieuset[ée]|courtesy|contributed"
        r"|supplied|handout|fournie?s?)\)$|^[-–—]\s*(?:contributed|supplied|handout|courtesy"
        r"|courtoisie|gracieuset[ée])$", re.I)),
    ("corrections or update note", re.compile(  # an agency's versions of one dispatch
        r"^version \d+\b[^!?]{0,60}\b(?:remplace|annule et remplace|replaces|supersedes)\b",
        re.I)),
    ("agency service note (photos, follow-ups, rights)", re.compile(
        r"^(?:photos?|images?|vid[ée]os?|graphics?|infographies?) (?:disponibles?|available)"
        r"\s*(?:\(\d+\)|:)|^(?:suivi pr[ée]vu|follow-?up planned|prochaine version|next version"
        r"|next update)\s*:|^(?:droits|rights|usage rights|droits d['’]utilisation|restrictions)"
        r"\s*:\s*(?:r[ée]serv|r[ée]stri|interdit|for |pour |no |aucun|subscri|abonn|client)",
        re.I)),
    ("language version link", re.compile(
        r"^(?:version (?:allemande|anglaise|fran[çc]aise|italienne|espagnole|n[ée]erlandaise"
        r"|portugaise|arabe)|versione (?:italiana|tedesca|francese|inglese)|deutsche (?:fassung"
        r"|version)|(?:german|english|french|italian|spanish|dutch|portuguese|arabic) version)"
        r"\s*:", re.I)),
    ("site section teaser (horoscope, games, TV)", re.compile(
        r"^(?:[\w'’-]+ ){1,3}(?:of the (?:day|week|month)|du jour|de la semaine|du mois)\s*:\s"
        r"|^today['’]s (?:verse|quote|word|prayer|recipe|puzzle|tip|thought|riddle)\s*:"
        r"|^(?:your|today['’]s) stars\b|^(?:vos|les) astres\b", re.I)),
    ("weather widget", re.compile(
        r"^(?:[A-Z][\w'’ ]{1,25}:\s*)?(?i:status (?:yellow|orange|red)|(?:yellow|amber|orange"
        r"|red) (?:weather )?warning)\b(?![^.!?]*\b(?:has|have|had|was|were|is|are|issued"
        r"|said|says)\b)|^[A-Z][a-z]+ (?:warning|alert)\s*:\s")),
    ("advertisement (a prize)", re.compile(
        r"^(?:play|enter|jouez|participez)\b[^.!?]{2,40}[—–:-]\s*(?:win\b|gagnez\b"
        r"|[£$€]\s?\d[\d,.]*\s*(?:k|m|million)?\s*(?:up for grabs|to be won|à gagner))", re.I)),
    ("media player text", re.compile(
        r"^(?:en ce moment|actuellement|now playing|on air|live now|[àa] l['’]antenne)"
        r"(?: (?:[àa]|sur|on) (?:la |l['’])?(?:radio|antenne|air|tv|t[ée]l[ée]))?\s*[·|:—–]",
        re.I)),
    ("advertisement (an offer)", re.compile(
        r"\bfrom (?:KSh|Ksh|Kshs|£|\$|€|R|Rs\.?|₦|CHF|FCFA|GH₵|TSh|USh)\s?[\d,.]+"
        r" (?:a|per) month\b")),
    ("site or newsletter pitch", re.compile(
        r"\byou['’]re receiving this (?:e-?mail|newsletter|message|because)\b"
        r"|\bvous recevez (?:ce|cet) (?:e-?mail|courriel|message|bulletin)\b"
        r"|\b(?:update your preferences|g[ée]rer vos pr[ée]f[ée]rences) (?:or|ou) (?:unsubscribe"
        r"|vous d[ée]sabonner|se d[ée]sabonner)\b", re.I)),
    (_POLL_REASON, re.compile(
        r"^(?:votre pronostic|your prediction|your verdict|who will win|qui va gagner"
        r"|qui l['’]emportera)\s*\?$"
        r"|^(?:[^·|•.!?]{1,30}\s\d{1,3}(?:[.,]\d)?\s?%\s*[·|•]\s*){1,5}"
        r"[^·|•.!?]{1,30}\s\d{1,3}(?:[.,]\d)?\s?%$", re.I)),
    ("site notice (acknowledgement, terms, syndication)", re.compile(
        r"\brespects? to (?:their |our )?elders,? past(?:,| and) present\b"
        r"|\btraditional (?:owners|custodians) of the lands?\b"
        r"|\b(?:written|produced|made|published) on the (?:unceded )?lands? of the\b", re.I)),
)
"""Notices of categories a page shows, by the words they are made of: consent boxes,
device limits and paywall pitches, embedded posts' markers, timed flash banners, buy
buttons, support-service lines, job ads, funding notes, taglines, links to another
language's version, rights notices, follow prompts, moderation and series notes, empty
comment threads, player durations, agency credits, sponsored labels, photos' alt texts
and credits, publishers' registrations and postal codes."""
NOTICE_WORDS = 60
"""Longer units are never such a notice."""


def literal_gate(pattern: re.Pattern[str]) -> tuple[str, ...]:
    """Lowercase strings one of which every match of ``pattern`` holds (anchors and word
    boundaries aside; any run of white space read as one space, as ``_shape_reason``
    reads the unit); ``()`` when no such strings are found (a match may be made of
    classes such as ``[A-Z]`` and digits alone). A cheap gate: a pattern runs only on
    units that hold one (most sentences of a text hold none). Of the strings a match
    must start with, or those one of its parts must hold, the longest are kept."""
    try:
        tree = _sre_parser.parse(pattern.pattern, pattern.flags)
        found = _required(list(tree))
    except Exception:  # an engine without this parser: no gate, the same verdicts
        return ()
    if found is None:
        return ()
    return tuple(sorted(found))


def _gate_rank(found: set[str]) -> tuple[int, int]:
    """How selective a gate is: its shortest string first, then fewer strings."""
    return min(len(g) for g in found), -len(found)


def _required(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Strings (of at most ``_GATE_WIDTH`` characters) one of which every match of the
    parsed ``items`` holds, the most selective found, or None (see ``literal_gate``).
    Every match holds a match of each part, and of each run of parts to its end."""
    c = _sre_constants
    best: set[str] | None = None
    for i, (op, av) in enumerate(items):
        # what the rest starts with, read where a literal run or a group starts
        starts = (None if op is c.LITERAL and i and items[i - 1][0] is c.LITERAL
                  else _first_literals(items, i))
        for found in (starts, _required_part(op, av, c)):
            if found is None:
                continue
            found = {g.replace("\xa0", " ")[:_GATE_WIDTH] for g in found}
            if any(not g.strip() for g in found):
                continue
            if best is None or _gate_rank(found) > _gate_rank(best):
                best = found
    return best


def _required_part(op: Any, av: Any, c: Any) -> set[str] | None:
    """``_required`` of one parsed part (a group, a choice, a repeat, a class)."""
    if op is c.SUBPATTERN:
        return _required(list(av[-1]))
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            more = _required(list(branch))
            if more is None:
                return None
            found |= more
        return found
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
        return _required(list(av[2]))
    if op is c.IN and all(kind is c.LITERAL for kind, _ in av):
        return {chr(value).lower() for _, value in av}
    return None


_GATE_WIDTH = 4
"""Characters of the strings a gate checks: fewer strings to look for in every unit (the
start of a string every match holds is one every match holds)."""
_GATE_BRANCHES = 40
"""More prefixes than this and a gate keeps the shorter ones."""


def _first_literals(items: list[tuple[Any, Any]], i: int = 0) -> set[str] | None:
    """The lowercase literal prefixes a match of the parsed ``items[i:]`` may start with,
    or None when one may start with something else (see ``literal_gate``)."""
    c = _sre_constants
    while i < len(items):
        op, av = items[i]
        if op is c.AT:
            i += 1
            continue
        if op is c.LITERAL:
            j, text = i, ""
            while j < len(items) and items[j][0] is c.LITERAL:
                text += chr(items[j][1])
                j += 1
            text = text.lower()
            rest = None if len(text) >= _GATE_WIDTH else _first_literals(items, j)
            if rest is None or len(rest) > _GATE_BRANCHES:
                return {text}
            return {(text + x)[:_GATE_WIDTH] for x in rest}
        if op is c.SUBPATTERN:
            return _first_literals(list(av[-1]) + items[i + 1:])
        if op is c.BRANCH:
            found: set[str] = set()
            for branch in av[1]:
                more = _first_literals(list(branch) + items[i + 1:])
                if more is None:
                    return None
                found |= more
            return found
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, _, body = av
            found_body = _first_literals(list(body) + items[i + 1:])
            if found_body is None:
                return None
            if low == 0:
                skipped = _first_literals(items, i + 1)
                if skipped is None:
                    return None
                found_body |= skipped
            return found_body
        if op is c.IN:
            chars = []
            for kind, value in av:
                if kind is c.LITERAL:
                    chars.append(chr(value))
                elif kind is c.CATEGORY and value is c.CATEGORY_SPACE:
                    chars.append(" ")
                else:
                    return None
            rest = _first_literals(items, i + 1)
            if rest is None:
                return {ch.lower() for ch in chars}
            return {(ch.lower() + x)[:_GATE_WIDTH] for ch in chars for x in rest}
        return None
    return {""}


def _notice(pattern: re.Pattern[str], text: str) -> bool:
    """Whether a unit is a notice of ``pattern``'s kind, not a report of what someone
    said in its words."""
    return not _says(text) and pattern.search(text) is not None


@lru_cache(maxsize=1024)
def _says(text: str) -> bool:
    """Whether a unit reports what someone said (read once for all the notice rows)."""
    return _SAID.search(text) is not None
_BOX_HEADING = re.compile(
    r"^(?:ce qu'il faut (?:retenir|savoir)|[àa] retenir|l'essentiel|en bref|key points"
    r"|at a glance|what you need to know|the essentials|in brief|en r[ée]sum[ée])\s*:?$",
    re.I)
"""The heading of a summary box (``Ce qu'il faut retenir``, ``Key points``)."""
"""A temperature: beside places, days and conditions alone (no function word: a
headline says ``38 °C à Grenoble``), a weather widget (``Météo Niort 8 °C``)."""
_ARROW_TICKER = re.compile(r"[▲▼△▽↑↓]\s?[+\-−–]?\d[\d.,]*\s?%")
"""A market index's move with its arrow (``Sensex 81,240.33 ▲ 0.41%``)."""
_BANNER_REASON = "breaking-news banner"
_BANNER = re.compile(
    r"^(?:BREAKING(?: NEWS)?|FLASH(?: INFO)?|ALERTE(?: INFO| M[ÉE]T[ÉE]O| TRAFIC)?|URGENT"
    r"|(?:TRAVEL|TRAFFIC|WEATHER) ALERT|INFO TRAFIC|DERNI[ÈE]RE (?:MINUTE|HEURE)"
    r"|JUST IN|EN DIRECT"
    r"|EN CONTINU|LIVE)\b|^(?i:breaking(?: news)?|flash(?: info)?|alerte info"
    r"|derni[èe]re (?:minute|heure)"
    r"|just in)\s*(?::|\||[^\S\n]{2})")
"""A breaking-news banner's label (``BREAKING NEWS  Subway…``, ``Flash : Le FMI…``)."""
_BANNER_WORDS = 25
"""A banner is at most this long, unless its items run between ticker marks."""
_TICKER_MARK = re.compile(r"[▸►▶•»|]")
_COUNTER = re.compile(
    r"^(?:lu|vu|read|viewed|consult[ée])\s+[\d  ,.]+\s*(?:fois|times)$"
    r"|^[\d  ,.]*\d\s*(?:k\s*)?(?:views?|vues|lectures|reads|visites|visits|shares|partages"
    r"|likes|j'aime)$"
    r"|\b(?:shared|partag[ée])\s+[\d  ,.]+\s*(?:times|fois)\b"
    r"|^(?:progression de (?:la )?lecture|reading progress)\s*:?\s*\d+\s*%$", re.I)
"""A page's counters: views, shares, reading progress (``Lu 2 348 fois``)."""
_NEW_TAB = re.compile(
    r"\b(?:opens? (?:in )?(?:a )?new (?:tab|window)|ouvre (?:dans )?un nouvel onglet"
    r"|nouvelle fen[êe]tre)\b", re.I)
"""A link's note for screen readers (``Purchase Licensing Rights, opens new tab``)."""
_SITE_NOTICE = re.compile(
    r"^(?:we|nous) (?:acknowledge|reconnaissons)\b|^(?:we|nous) (?:reserve|nous r[ée]servons)\b"
    r"|\bplay responsibly\b|\bjouez (?:avec mod[ée]ration|responsable)\b|\bbegambleaware\b"
    r"|\bjoueurs-info-service\b|^comments? (?:are|is) (?:subject to|moderated|closed)"
    r"|^les commentaires (?:sont|ont [ée]t[ée]) (?:soumis|mod[ée]r[ée]s|d[ée]sactiv[ée]s|ferm[ée]s)"
    r"|\b(?:may (?:include|contain)|peut contenir|peut inclure) (?:material|content|contenus?"
    r"|des contenus?)\b|\bsyndicated feed\b|\bauto-?generated\b|\bg[ée]n[ée]r[ée] "
    r"automatiquement\b", re.I)
"""The site's own notices: acknowledgements, moderation terms, syndicated material."""
_OWN_CONTENT = re.compile(
    r"^(?:read|listen to|watch|discover|explore|check out|see|lisez|[ée]coutez|regardez"
    r"|d[ée]couvrez|retrouvez|consultez|relisez)\s+(?:all\s+|tout\s+|toute\s+|tous\s+)?"
    r"(?:our|notre|nos)\b"
    r"|^(?:follow|find|join|suivez|retrouvez|rejoignez)\s+[A-ZÀ-Ý][\w'’ ]{1,40}\s+(?:on|sur)\s+"
    r"(?:Google News|WhatsApp|Telegram|Facebook|Instagram|X|Twitter|TikTok|YouTube|LinkedIn"
    r"|Threads|Bluesky|Snapchat|Apple News|Flipboard)\b"
    r"|^(?:(?:chaque|every|each)\s+\w+,?\s+)?(?:recevez|receive|get|sign up for)\b[^.!?]*"
    r"\b(?:chaque|every|each|weekly|daily|quotidien\w*|hebdo\w*|newsletters?|alerts?"
    r"|inbox|l'essentiel|the best|le meilleur|the latest)\b"
    r"|^(?:votre avis|your (?:opinion|views?|feedback))\b"
    r"|^(?:join|follow|rejoignez|suivez|abonnez-vous [àa])\b[^.]{0,40}\b(?:WhatsApp|Telegram|Signal"
    r"|Viber)\s+(?:channel|group|cha[îi]ne|canal|groupe)"
    r"|^(?:lire|read) la suite de (?:nos|our)\b"
    r"|^(?:don't miss|do not miss|ne manquez (?:rien|pas)|ne ratez (?:rien|pas))\b"
    r"|^(?:save my name|remember me|se souvenir de moi|enregistrer mon nom)\b"
    r"|^(?:t[ée]l[ée]charge[zr]?|download|installe[zr]?|install)\b[^.!?]{0,30}"
    r"\b(?:app|appli|application)s?\b", re.I)
"""The outlet pointing its reader to its own content, feeds and alerts (``Lisez notre
dossier…``, ``Follow X on Google News…``, ``Recevez chaque lundi…``)."""
_HERE = re.compile(r"\b(?:listen|watch|read|[ée]coutez|regardez|lisez) (?:here|ici)\b", re.I)
"""A link to the outlet's own audio, video or text (``… – listen here``)."""
_BLOCKED = re.compile(
    r"^(?:ce|cet|this)\s+(?:contenu|content|embed|post|[ée]l[ée]ment|video|vid[ée]o|tweet|m[ée]dia)"
    r"\s+(?:n'est (?:pas|plus) (?:accessible|disponible|affichable)|(?:is not|isn't|is no longer)"
    r" (?:available|accessible|supported)|est bloqu[ée]|is blocked|is unavailable"
    r"|cannot be (?:displayed|shown|loaded|played)"
    r"|ne peut (?:pas )?[êe]tre (?:affich[ée]|lu|charg[ée]))", re.I)
"""An embed the page blocks (``Ce contenu n'est pas accessible.``, ``This content is not
available``)."""
_HOSTED = re.compile(
    r"^(?:ce|cet) (?:contenu|[ée]l[ée]ment|m[ée]dia) (?:est h[ée]berg[ée] par|provient (?:de|du))"
    r"|^this (?:content|embed|media) is (?:hosted|provided) by\b", re.I)
"""Where an embed comes from (``Ce contenu est hébergé par x.com.``)."""
_MACHINE_NOTE = re.compile(
    r"^(?:ce|cet|cette|this)\s+(?:r[ée]sum[ée]|summary|synth[èe]se|article|texte|text|traduction"
    r"|translation)\s+(?:a [ée]t[ée]|was|has been|is)\s+(?:\w+\s+)?(?:g[ée]n[ée]r[ée]e?|generated"
    r"|produit|produced|[ée]crit|written|traduit|translated|r[ée]alis[ée]|created|cr[ée][ée])\b"
    r".*\b(?:automatiquement|automatically|intelligence artificielle|artificial intelligence"
    r"|AI|IA|machine)\b", re.I)
"""A note that a summary or a translation was made by a machine."""
_POST_SIGNATURE = re.compile(
    r"^[—–-]\s*[^()\n]{1,60}\(@\w+\)\s+\S.{0,30}\d{4}$"
    r"|^[^()\n]{1,60}\(@\w+\)\s*[·•|-]?\s*(?i:posted|publi[ée]|shared|partag[ée])\b"
    r"|(?:#\w+\b[^#]*){2,}$")
"""The signature of an embedded post (``— Cyber Veille (@cyberveille_fr) December 1, 2026``,
``… (@handle) · Posted on X``) or its hashtags."""
_GREETING = re.compile(
    r"^(?:bonjour|bonsoir|hello|hi|good (?:morning|afternoon|evening)|welcome|bienvenue)\b"
    r"[^.!?]*\b(?:direct|live|blog|fil|suivi|comments?|commentaires?|community|communaut[ée])\b"
    r"|\b(?:this live (?:coverage|blog|page) (?:has )?ended"
    r"|(?:ce|notre) direct est (?:maintenant )?termin[ée]|fin de (?:ce|notre) direct"
    r"|we(?:'re| are) (?:pausing|ending) (?:our|this) live)\b", re.I)
"""A live blog welcoming its readers (``Bonjour à toutes et à tous, bienvenue dans ce
direct``)."""
_EMOJI = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
"""An emoji: a social-network post's, not a news sentence's."""
_ASIDE_EMOJI = re.compile(rf"\([^()]*{_EMOJI.pattern}[^()]*\)")
_ASIDE_WORDS = 15
"""A sentence this long with its emoji only in an aside in brackets (``Pour ceux qui ne
connaissent pas (honte à vous 😄), …``) is the writer's, as a blog's text is."""


def _posted_emoji(text: str) -> bool:
    """Whether a unit holds an emoji outside a long sentence's bracketed aside."""
    if _EMOJI.search(text) is None:
        return False
    return _EMOJI.search(_ASIDE_EMOJI.sub("", text)) is not None or len(
        text.split()) < _ASIDE_WORDS


_EMBED = re.compile(
    r"^(?:view|see|voir|afficher) (?:this|cette|ce) (?:post|publication|tweet|video|vid[ée]o"
    r"|photo|message)\s+(?:on|sur)\s+[A-Z]"
    r"|^(?:a post shared by|une publication partag[ée]e par|a video posted by"
    r"|une vid[ée]o publi[ée]e par)\b", re.I)
"""What is left of an embedded social-network post (``View this post on Instagram``,
``Une publication partagée par …``)."""
_PLAYER = re.compile(
    r"^(?:listen to (?:this|the) (?:article|story)|[ée]couter (?:cet|l') ?article"
    r"|the video will auto-?play|la vid[ée]o (?:va )?d[ée]marre"
    r"|chargement|loading|lecture(?: de la vid[ée]o)? en cours|now playing|en cours de lecture"
    r"|replay|rejouer"
    r"|play|pause|lire la vid[ée]o|watch the video|regarder la vid[ée]o)\b", re.I)
_PLAYER_NOUN = re.compile(r"\b(?:vid[ée]os?|audio|player|lecteur|podcast|clip|media|m[ée]dia"
                          r"|article|story)\b",
                          re.I)
"""A media player's own text (``Chargement de votre vidéo``, ``Loading video``)."""
_SITE_LINK = re.compile(
    r"(?:plan du site|site ?map|accessibilit[ée](?:\s*:.*)?|nous contacter|contact(?:ez-nous"
    r"| us)?|mentions l[ée]gales|about us|[àa] propos|qui sommes-nous|cgu|cgv|aide|help|faq"
    r"|conditions g[ée]n[ée]rales(?: d'utilisation| de vente)?|politique de confidentialit[ée]"
    r"|privacy(?: policy| notice)?|cookies?|gestion des cookies|param[èe]tres des cookies"
    r"|terms(?: (?:of|and) (?:use|service|conditions))?|newsletters?"
    r"|advertise with us|careers|jobs|emplois?|recrutement|archives?|flux rss|rss"
    r"|signaler une? (?:erreur|faute|probl[èe]me)|report (?:an? )?(?:editorial |technical )?"
    r"(?:error|issue|typo|problem)|editorial (?:code|standards|policy|guidelines)(?: of conduct)?"
    r"|code of (?:conduct|ethics)|code de d[ée]ontologie|nos offres|boutique|shop|store"
    r"|epaper|e-paper|[ée]dition num[ée]rique|kiosque)", re.I)
"""Names of a site's own pages that its footer links to (``Plan du site``, ``Nous
contacter``, ``Accessibilité : non conforme``)."""
_PIECES = re.compile(r"\s+[|–—•·-]\s+|[^\S\n]{2,}")
"""What a byline, a stamp and a reading time share a line with (``Par Ann Lee - Aujourd'hui
à 18:05 - Temps de lecture : 3 min``), and footer links with one another."""
_WE = re.compile(r"^(?:we|nous|on)\b", re.I)
_PROMPT_WORDS = 25
"""A line this long or shorter that asks the reader to follow, join or write to the outlet
is its prompt (``Join our forums to keep talking space on the latest missions…``)."""
_WE_WORDS = 8
"""A line this short where the outlet speaks as "we" of its newsletters, comments or
accounts is its prompt (``We have more newsletters``)."""


_SEGMENT = re.compile(r"\s[-–—|:]\s")
"""Where a site's name and a control share a line (``The Chronicle - Back to home``)."""
_SEPARATOR = re.compile(r"\s*[|›•·]\s*|\s+[>/–—]\s+")
_STRONG_SEPARATOR = re.compile(r"[|›•·]|\s[>/]\s")
"""Separators only menus use; a dash between items parts prose too."""


_TAG_ITEMS = 3
"""Items a comma-separated list needs to be read as tags (``Japan, tsunami, Ring of
Fire``)."""
_TAG_ITEM_WORDS = 3


def _tag_list(text: str) -> bool:
    """Short items between commas, capitalised or not (``Japan, earthquake, Ring of
    Fire``): a list of tags, whatever function words a tag holds."""
    items = [words(item) for item in text.split(",")]
    return (len(items) >= _TAG_ITEMS and all(1 <= len(i) <= _TAG_ITEM_WORDS for i in items)
            and not _TERMINAL.search(text))


_MENU_LABEL = re.compile(r"^[^:|]{1,20}:\s*")
"""A menu's label before its items (``Trending: …``)."""


def _menu(text: str) -> bool:
    """A list of short items between separators (``Accueil | Région | Sports``,
    ``Accueil › Bretagne``, ``Inondation • Azergues``): a menu, a breadcrumb, tags."""
    if not _SEPARATOR.search(text) or "http" in text or "www" in text:
        return False  # a URL's slashes (``http: / / www…``) separate no items
    items = [i for i in _SEPARATOR.split(_MENU_LABEL.sub("", text, count=1)) if i.strip()]
    if len(items) < 2:
        return False
    if not _STRONG_SEPARATOR.search(text) and (
            len(items) < _MENU_ITEMS or _TERMINAL.search(text)
            or not all(i.strip()[0].isupper() for i in items)):
        return False  # dashes part prose too (``succeeded — barely.``): a menu's items
        # between dashes are three or more, capitalised, with no sentence
    longest = max(len(words(i)) for i in items)
    return longest <= 5 if len(items) >= 3 else longest <= 3


_WIDE_GAP = re.compile(r"[^\S\n]{2,}")
_MENU_ITEMS = 3
_MENU_ITEM_WORDS = 4
"""Words a menu item set apart by spacing may have (``Justice et faits divers``)."""


def _spaced_menu(text: str) -> bool:
    """Capitalised short items set apart by wide gaps, no sentence (``World  Europe  US
    Americas``, ``Astronomie  Astronautique  Observer le ciel``): a menu copied from a
    page whose separators were spacing."""
    items = [i for i in _WIDE_GAP.split(text.strip()) if i]
    return (len(items) >= _MENU_ITEMS and not _TERMINAL.search(text)
            and all(i[0].isupper() or i[0].isdigit() for i in items)
            and max(len(words(i)) for i in items) <= _MENU_ITEM_WORDS)


@dataclass(frozen=True, slots=True)
class ShapeRule:
    """A kind of page furniture told by its shape or by a category of words."""

    detail: str
    """The reason shown in the report."""
    test: Callable[[str], bool]
    """True when the unit's text has the shape."""
    max_words: int = 30
    """Longer units are never this furniture (a sentence that happens to match)."""
    heading: bool = False
    """Only a whole line without sentence punctuation (a heading unit) can be it."""
    needs: tuple[str, ...] = ()
    """Lowercase strings one of which the unit must hold for ``test`` to run: a cheap
    gate, since most units are sentences of the story (``literal_gate`` reads one from a
    pattern the test needs a match of). A unit is tried only on the rules whose gate it
    holds, found for all rules in one pass (``_RuleIndex``)."""
    starts: tuple[str, ...] = ()
    """Lowercase strings one of which the unit must start with (for rules anchored at the
    start): a cheaper gate still."""
    flat: bool = False
    """``needs`` are read in the unit with any run of white space as one space."""


_BOX_LABEL = re.compile(
    r"^(?:[^\w\s«\"“(\[]\s?)?"
    r"(?:PUBLICIT[ÉE]|ADVERTISEMENT|ANNONCES?|AVIS DE D[ÉE]C[ÈE]S|N[ÉE]CROLOGIES?"
    r"|OFFRES? D['’]EMPLOI|(?:[A-Z]+ ){0,2}ALERTS?|TIDES?|MAR[ÉE]ES|WEATHER|M[ÉE]T[ÉE]O"
    r"|EMPLOIS?|APPEL [ÀA] T[ÉE]MOINS|PETITES ANNONCES|ALERTE(?: [A-ZÀ-Ý]+){0,2}"
    r"|D[ÉE]PARTS(?: [A-ZÀ-Ý'’-]+){0,3}|ARRIV[ÉE]ES(?: [A-ZÀ-Ý'’-]+){0,3}"
    r"|NAVETTES?(?: [A-ZÀ-Ý'’–-]+){0,5}|HORAIRES(?: [A-ZÀ-Ý'’-]+){0,3}|LOTT(?:O|ERY) RESULTS"
    r"|DEATHS|BIRTHS|MARRIAGES|IN MEMORIAM|TO LET|FOR SALE|VACANC(?:Y|IES)|CLASSIFIEDS?"
    r"|PUBLIC NOTICES?|TENDERS?)(?: \([^()]{1,30}\))?\s*[—–:]")
"""A box's label in capitals opening its line, after a mark or an emoji at most (``AVIS
DE DÉCÈS —``, ``PETITES ANNONCES —``, ``TO LET:``, ``DÉPARTS LA TONTOUTA —``, ``⚠ MOOSE
ALERT:``, ``ADVERTISEMENT —``, ``TIDES —``): the line is the box's, however it reads
after."""
_BOX_REASON = "notice box (its label in capitals)"


SHAPE_RULES: tuple[ShapeRule, ...] = (
    ShapeRule("advertisement label", lambda t: AD_LABEL.fullmatch(t) is not None, max_words=6,
              needs=("advert", "publi", "spons", "annon", "anzei")),
    ShapeRule(_BOX_REASON, lambda t: _BOX_LABEL.match(t) is not None, max_words=NOTICE_WORDS,
              needs=literal_gate(_BOX_LABEL), flat=True),
    ShapeRule("wire dateline", lambda t: DATELINE_LEAD.fullmatch(t) is not None, max_words=10,
              needs=("(", "—", "–", " -")),
    ShapeRule("agency sign-off (initials)", lambda t: _SIGN_OFF.match(t) is not None,
              max_words=8, needs=("/", ".")),
    ShapeRule("source credit (an agency alone)",
              lambda t: _AGENCY_ALONE.fullmatch(t.strip()) is not None, max_words=5,
              needs=literal_gate(_AGENCY_ALONE), flat=True),
    ShapeRule("page control (skip, share, print, account)",
              lambda t: any(_INTERFACE_VERB.match(part) is not None and (
                  (len(words(part)) <= 3 and not part.rstrip().endswith(("?", "!", ".")))
                  or _PAGE_OBJECT.search(part) is not None)
                  for part in _SEGMENT.split(t)), max_words=7,
              needs=literal_gate(_INTERFACE_VERB), flat=True),
    ShapeRule("timestamped feed item (live news list)",
              lambda t: _FEED_ITEM.match(t) is not None, max_words=15, heading=True,
              needs=literal_gate(_FEED_ITEM), flat=True),
    ShapeRule("comment count", lambda t: _COMMENT_COUNT.fullmatch(t) is not None, max_words=3,
              needs=literal_gate(_COMMENT_COUNT), flat=True),
    ShapeRule("reading time", lambda t: _READ_TIME.match(t) is not None, max_words=6,
              needs=("min",)),
    ShapeRule("text-size control", lambda t: _TEXT_SIZE.search(t) is not None, max_words=6,
              needs=literal_gate(_TEXT_SIZE), flat=True),
    ShapeRule("photo or video credit",
              lambda t: _CREDIT_TAIL.search(t, max(0, len(t) - _TAIL)) is not None,
              needs=("/", "|", "]", ":", "image)", "photo)", "picture)")),
    ShapeRule("photo or video credit", lambda t: _MEDIA_LABEL.match(t) is not None,
              needs=literal_gate(_MEDIA_LABEL), flat=True),
    ShapeRule("photo or video credit", lambda t: _NAMED_CREDIT.fullmatch(t.strip()) is not None,
              max_words=6, starts=("photo", "image", "crédit", "credit")),
    ShapeRule("photo or video credit", lambda t: _CREDIT_WORD.fullmatch(t.strip()) is not None,
              max_words=8, needs=("supplied", "contributed", "handout", "fourni", "dr",
                                  " via ", "representational", "illustrative", "file ",
                                  "archive ", "stock ")),
    ShapeRule("menu or list (short items between separators)", _menu, max_words=40,
              needs=("|", "›", "•", "·", " > ", " / ", " – ", " — ")),
    ShapeRule("menu or list (short items between separators)", _spaced_menu, max_words=30,
              heading=True, needs=("  ",)),
    ShapeRule("caption", lambda t: _MEDIA_CAPTION.match(t) is not None, max_words=40,
              needs=(":",)),
    ShapeRule("reader prompt", lambda t: _PROMISE.search(t) is not None
              and _SAID.search(t) is None, max_words=25, needs=("we", "nous")),
    ShapeRule("site promotion", lambda t: _PROMO.match(t) is not None, max_words=20,
              needs=("exclusi",)),
    ShapeRule("source credit (site with an agency)",
              lambda t: _WITH_AGENCY.search(t) is not None, max_words=6,
              needs=literal_gate(_WITH_AGENCY), flat=True),
    ShapeRule("production credits", lambda t: _PRODUCTION.search(t) is not None
              and _SAID.search(t) is None, max_words=20,
              needs=("by ", "par ", " de ", "contribu", "particip")),
    ShapeRule("contact line (phone, e-mail)",
              lambda t: ("@" in t or _CONTACT_LABEL.search(t) is not None)
              and (_EMAIL.search(t) is not None
                   or (_PHONE.search(t) is not None and sum(c.isdigit() for c in t) >= 8))
              and _REPORTS.search(t) is None and _ADVICE.match(t) is None, max_words=20,
              needs=("@", "tel", "tél", "fax", "phone", "mail", "contact", "mob", "portable",
                     "standard", "hotline", "reach", "call", "write", "appel", "crivez")),
    ShapeRule("postal address", lambda t: _POSTAL.search(t) is not None and "," in t,
              max_words=14, heading=True, needs=literal_gate(_POSTAL), flat=True),
    ShapeRule("social handle", lambda t: _HANDLE.search(t) is not None
              and _INTERFACE_VERB.match(t) is not None, max_words=10, needs=("@",)),
    ShapeRule("subscription notice", lambda t: _SUBSCRIBE.match(t) is not None
              and _SAID.search(t) is None, max_words=45,
              starts=("sign", "subscribe", "register", "abonnez", "inscrivez", "s'abonner",
                      "s'inscrire", "je m'")),
    ShapeRule("disclaimer (legal, financial, medical)",
              lambda t: _DISCLAIMER_LABEL.match(t) is not None, max_words=60,
              starts=("disclaimer", "avertissement", "avis de non")),
    ShapeRule("subscription notice", lambda t: _PAYWALL.search(t) is not None,
              needs=("abonn", "subscri", "reste", "left", "serv", "premium", "gratuit",
                     "offert", "free", "continue reading", "cancel", "résiliable",
                     "engagement")),
    ShapeRule("form notice", lambda t: _FORM.search(t) is not None and _SAID.search(t) is None,
              max_words=25, needs=("champ", "field", "*")),
    ShapeRule("browser or cookie notice", lambda t: _NOTICE.search(t) is not None
              and _NOTICE_PERSON.search(t) is not None,
              needs=("javascript", "cookie", "navigateur", "browser", "blocker", "bloqueur")),
    ShapeRule("corrections or update note", lambda t: _CORRECTION.search(t) is not None
              and _SAID.search(t[:12]) is None, max_words=_NOTE_WORDS,
              needs=("correct", "clarif", "rectif", "errat", "note", "version", "mis à jour",
                     "updated", "modifi", "corrig", "amended")),
    ShapeRule("disclaimer (legal, financial, medical)",
              lambda t: _DISCLAIMER.search(t) is not None and _NEGATION.search(t) is not None
              and _DISCLAIMER_SUBJECT.search(t) is not None and _SAID.search(t) is None,
              max_words=40, needs=("advice", "conseil", "recommandation", "only", "titre",
                                   "substitu", "remplac", "engag", "constitu", "represent",
                                   "reflect", "représent", "reflè", "intended")),
    ShapeRule("market data (quotes, delay notice)",
              lambda t: _MARKET_DELAY.search(t) is not None and _MARKET_NOUN.search(t) is not None
              and _SAID.search(t) is None,
              max_words=25, needs=("delay", "diff", "retard", "market data", "fourni")),
    ShapeRule("market data (quotes, delay notice)", lambda t: _TICKER.match(t) is not None,
              max_words=12, heading=True, needs=literal_gate(_TICKER), flat=True),
    ShapeRule("newsletter box", lambda t: _NEWSLETTER_BOX.match(t) is not None, max_words=10,
              heading=True, needs=literal_gate(_NEWSLETTER_BOX), flat=True),
    ShapeRule("byline", lambda t: _WRITTEN_BY.match(t) is not None, max_words=16,
              needs=literal_gate(_WRITTEN_BY), flat=True),
    ShapeRule("tag line (its label without a colon)",
              lambda t: (m := _TAG_LABEL.match(t)) is not None and (not any(
                  fold(w) in ANY_FUNCTION_WORD
                  for w in words(t[m.end() - 1:])) or _tag_list(t[m.end() - 1:])),
              max_words=16, heading=True, needs=literal_gate(_TAG_LABEL), flat=True),
    ShapeRule("publisher's legal notice", lambda t: _PUBLISHER.search(t) is not None
              and _SAID.search(t) is None, max_words=40,
              needs=("rcs", "siren", "siret", "capital", "registered", "company n",
                     "registration n", "tva", " vat ", " sas", "sarl", "scop", "ltd", "limited",
                     "plc", "gmbh", "inc.", " inc ", "llc", " ag ", " nv ", " bv ")),
    ShapeRule("editorial standards notice", lambda t: _STANDARDS.search(t) is not None
              and _OWN_STANDARDS.search(t) is not None and _SAID.search(t) is None,
              max_words=30, needs=("press", "conseil", "ipso", "impress", "ethic", "code",
                                   "charte", "editorial", "principles", "ontolog")),
    ShapeRule("consent or privacy notice (sign-up form)",
              lambda t: _CONSENT.search(t) is not None and _SAID.search(t) is None,
              max_words=60, needs=("by submitting", "by signing", "by subscribing",
                                   "by clicking", "by registering", "by continuing", "en vous",
                                   "en cliquant", "en soumettant", "en validant",
                                   "en poursuivant", "unsubscribe", "sinscri", "sabonn",
                                   "consent", "privacy notice", "recaptcha")),
    ShapeRule("site or newsletter pitch",
              lambda t: _PITCH_CUE.search(t) is not None
              and len({m.lower() for m in _PITCH_NOUN.findall(t)}) >= 2 and _SAID.search(t) is None
              and not any(c.isdigit() for c in t), max_words=20,
              needs=("and more", "plus encore", "every ", "each ", "chaque ", "from ", "inbox",
                     "boîte", "boite", "du lundi")),
    ShapeRule("related headline (after a related-links label)",
              lambda t: _RELATED_OPENING.match(t) is not None, max_words=25,
              needs=("lire", "read", "see also", "voir aussi", "related", "also like",
                     "aimerez")),
    ShapeRule("print header (date, time, title of the printed page)",
              lambda t: _PRINT_HEADER.match(t) is not None, max_words=30,
              starts=tuple("0123456789")),
    ShapeRule("media item (gallery, video, podcast)",
              lambda t: _MEDIA_ITEM.search(t) is not None and not _TERMINAL.search(t),
              max_words=20, needs=("diapo", "galer", "gallery", "slideshow", "vid", "podcast",
                                   "audio", "infogra", "images", "pictures", "portfolio", ")")),
    ShapeRule("edition number", lambda t: _ISSUE.fullmatch(t.strip()) is not None,
              max_words=4, needs=("n°", "no", "issue", "numéro", "vol")),
    ShapeRule(_POLL_REASON, lambda t: _POLL.match(t) is not None, max_words=12,
              needs=("%", "vote", "réponse", "response", "participant")),
    ShapeRule("market data (quotes, delay notice)", lambda t: _RATE.search(t) is not None,
              max_words=20, needs=("=", "/")),
    ShapeRule("advertisement (an offer and its fine print)",
              lambda t: t.rstrip().endswith("*") and _OFFER.search(t) is not None
              and _SAID.search(t) is None, max_words=30, needs=("*",)),
    ShapeRule("weather widget", lambda t: not _TERMINAL.search(t) and any(
        _WEATHER.search(part) is not None
        and not any(len(w) > 1 and fold(w) in ANY_FUNCTION_WORD for w in words(part))
        for part in _WIDGET_PARTS.split(t)), max_words=12, needs=("°",)),
    ShapeRule("trust notice (why the outlet can be trusted)",
              lambda t: _TRUST.match(t) is not None, max_words=8, heading=True,
              needs=literal_gate(_TRUST), flat=True),
    ShapeRule("print edition note", lambda t: _PRINT_EDITION.search(t) is not None
              and _SAID.search(t) is None, max_words=45,
              needs=("print", "paru", "publié", "publie", "édition", "edition")),
    ShapeRule("site section teaser (horoscope, games, TV)",
              lambda t: _SECTION_TEASER.match(t) is not None, max_words=20,
              needs=literal_gate(_SECTION_TEASER), flat=True),
    ShapeRule(_POLL_REASON, lambda t: _POLL_LABEL.match(t) is not None, max_words=25,
              starts=("sondage", "poll", "quiz", "vote")),
    ShapeRule("summary box heading", lambda t: _BOX_HEADING.match(t.strip()) is not None,
              max_words=6, heading=True, needs=literal_gate(_BOX_HEADING), flat=True),
    ShapeRule("reader prompt", lambda t: _TALK_PROMPT.match(t) is not None, max_words=8,
              needs=literal_gate(_TALK_PROMPT), flat=True),
    *(ShapeRule(detail, functools.partial(_notice, rx), max_words=NOTICE_WORDS,
                needs=literal_gate(rx), flat=True)
      for detail, rx in NOTICES),
    ShapeRule("wire dateline", lambda t: _PLACE_BEFORE_DASH.fullmatch(t.strip()) is not None,
              max_words=5, needs=("-", "–", "—", ":")),
    ShapeRule("media item (gallery, video, podcast)",
              lambda t: _MEDIA_KICKER.match(t) is not None, max_words=25,
              needs=literal_gate(_MEDIA_KICKER), flat=True),
    ShapeRule("site promotion", lambda t: _SITE_PROMO.match(t) is not None
              and _SAID.search(t) is None, max_words=30, needs=literal_gate(_SITE_PROMO),
              flat=True),
    ShapeRule("consent or privacy notice (sign-up form)",
              lambda t: _PRIVACY_TITLE.match(t) is not None, max_words=8,
              needs=literal_gate(_PRIVACY_TITLE), flat=True),
    ShapeRule("site tagline", lambda t: _TAGLINE.match(t) is not None, max_words=10,
              heading=True, needs=literal_gate(_TAGLINE), flat=True),
    ShapeRule("times widget (prayer times, tides, departures)",
              lambda t: len(_CLOCK.findall(t)) >= _TIMES_WIDGET and not _TERMINAL.search(t)
              and not _SAID.search(t), max_words=25, heading=True,
              needs=literal_gate(_CLOCK), flat=True),
    ShapeRule("market data (quotes, delay notice)",
              lambda t: _ARROW_TICKER.search(t) is not None, max_words=30,
              needs=("▲", "▼", "△", "▽", "↑", "↓")),
    ShapeRule(_BANNER_REASON, lambda t: _BANNER.match(t) is not None and (
        len(words(t)) <= _BANNER_WORDS or len(_TICKER_MARK.findall(t)) >= 2), max_words=60,
              needs=("breaking", "flash", "alert", "urgent", "minute", "heure", "just in",
                     "en continu", "live", "info trafic", "en direct")),
    ShapeRule("page counter (views, shares, reading progress)",
              lambda t: _COUNTER.search(t) is not None, max_words=10,
              needs=("fois", "times", "%", "view", "vue", "lecture", "read", "visit",
                     "share", "partage", "like", "aime")),
    ShapeRule("page control (skip, share, print, account)",
              lambda t: _NEW_TAB.search(t) is not None, max_words=10,
              needs=("new tab", "new window", "onglet", "fenêtre", "fenetre")),
    ShapeRule("site notice (acknowledgement, terms, syndication)",
              lambda t: _SITE_NOTICE.search(t) is not None and _SAID.search(t) is None,
              max_words=60, needs=("acknowledge", "reconnaissons", "reserve", "réserv",
                                   "may include", "may contain", "peut contenir",
                                   "peut inclure", "syndicated", "generated", "automatiquement",
                                   "responsibl", "responsable", "modération", "gambleaware",
                                   "joueurs-info", "comment")),
    ShapeRule("reader prompt", lambda t: _HERE.search(t) is not None and _SAID.search(t) is None,
              max_words=25, needs=(" here", " ici")),
    ShapeRule("reader prompt", lambda t: _OWN_CONTENT.match(t) is not None
              and _SAID.search(t) is None, max_words=25,
              needs=("our", "notre", "nos ", "here", "ici", " on ", " sur ", "recevez",
                     "receive", "get ", "sign up", "avis", "opinion", "views", "feedback",
                     "whatsapp", "telegram", "signal", "viber", "miss", "manquez", "ratez",
                     "save my", "remember me", "souvenir", "enregistrer", "app")),
    ShapeRule("blocked embed notice", lambda t: _BLOCKED.match(t) is not None, max_words=20,
              needs=("n'est pas", "n'est plus", "is not", "isn't", "is no longer", "bloqu",
                     "blocked", "unavailable", "cannot be", "ne peut")),
    ShapeRule("embedded post (what is left of it)",
              lambda t: _HOSTED.match(t) is not None or _posted_emoji(t) or (
                  ("(@" in t or "#" in t) and _POST_SIGNATURE.search(t) is not None),
              max_words=40),
    ShapeRule("machine-made summary or translation note",
              lambda t: _MACHINE_NOTE.match(t) is not None, max_words=30,
              needs=("automati", "artifici", " ai", " ia", "machine")),
    ShapeRule("live-blog greeting", lambda t: _GREETING.search(t) is not None, max_words=40,
              needs=("direct", "live", "blog", "fil", "suivi", "comment", "communaut",
                     "community")),
    ShapeRule("embedded post (what is left of it)", lambda t: _EMBED.match(t) is not None,
              max_words=14, needs=("post", "publication", "tweet", "video", "vidéo", "photo",
                                   "message", "shared", "partag", "publi")),
    ShapeRule("media player text", lambda t: _PLAYER.match(t) is not None
              and _PLAYER_NOUN.search(t) is not None and _SAID.search(t) is None
              and (len(t.split()) <= _BUTTON_WORDS + 2 or not _TERMINAL.search(t)), max_words=10,
              starts=("listen", "écouter", "ecouter", "chargement", "loading", "lecture", "now ",
                      "the video", "la vidéo", "la video",
                      "en cours", "replay", "rejouer", "play", "pause", "lire la", "watch",
                      "regarder")),
    ShapeRule("site link (footer, accessibility)", lambda t: _SITE_LINK.fullmatch(t.strip())
              is not None, max_words=6, needs=literal_gate(_SITE_LINK), flat=True),
    ShapeRule("reader prompt", lambda t: _PAGE_PLACE.search(t) is not None
              and (_UI.search(t) or _PAGE_OBJECT.search(t) or _ADVERT.search(t)) is not None,
              max_words=15, needs=("below", "above", "ci-dessous", "ci-dessus", "see here",
                                   "voir ici")),
)
"""Furniture told by shape, tried in order on every unit after the title rules."""


_WHITE = re.compile(r"\s+")


@dataclass(frozen=True)
class _RuleIndex:
    """Which shape rules a unit may fit, read from the gate strings (``needs``) it holds in
    one pass, instead of each rule looking for its own."""

    finder: re.Pattern[str]
    """The longest gate string starting at each place of a unit."""
    masks: dict[str, int]
    """The rules (a bit for each place in the table) a gate string lets through: those it,
    or a start of it, is a gate string of."""
    always: int
    """The rules tried on every unit: those without ``needs``, or with needs this pass
    cannot read (white space other than one space in a rule that reads it as written)."""


def _trie_pattern(strings: Iterable[str]) -> str:
    """A pattern matching the longest of ``strings`` it can, its choices shared by prefix
    (a choice among hundreds of strings, tried a character at a time)."""
    trie: dict[str, Any] = {}
    for string in strings:
        node = trie
        for ch in string:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        choices = [re.escape(ch) + pattern(rest) for ch, rest in sorted(node.items()) if ch]
        if not choices:
            return ""
        body = choices[0] if len(choices) == 1 else "(?:" + "|".join(choices) + ")"
        if "" in node:  # a string ends here: go on when a longer one matches
            return (body if body.startswith("(?:") else "(?:" + body + ")") + "?"
        return body
    return pattern(trie)


def _rule_index(rules: Sequence[ShapeRule]) -> _RuleIndex:
    """The index of ``rules`` by the first ``_GATE_WIDTH`` characters of their gates (a
    weaker gate, so never one that hides a rule; each rule still checks its own)."""
    masks: dict[str, int] = {}
    always = 0
    for i, rule in enumerate(rules):
        if not rule.needs or any(
                (not rule.flat and ("  " in need or _WHITE.fullmatch(need) is not None))
                or any(ch.isspace() and ch != " " for ch in need) for need in rule.needs):
            always |= 1 << i
            continue
        for need in rule.needs:
            masks[need[:_GATE_WIDTH]] = masks.get(need[:_GATE_WIDTH], 0) | 1 << i
    closed = {key: functools.reduce(
        int.__or__, (masks.get(key[:k], 0) for k in range(1, len(key) + 1))) for key in masks}
    return _RuleIndex(finder=re.compile(f"(?=({_trie_pattern(sorted(masks))}))"),
                      masks=closed, always=always)


_SHAPE_INDEX = _rule_index(SHAPE_RULES)


def _shape_reason(text: str, *, heading: bool, n: int) -> str:
    """The first shape rule that ``text`` (``n`` words) fits, or ``""``."""
    low = text.lower()
    flat = _WHITE.sub(" ", low)  # one space for any run, as ``literal_gate`` reads
    candidates = _SHAPE_INDEX.always
    for key in _SHAPE_INDEX.finder.findall(flat):
        candidates |= _SHAPE_INDEX.masks[key]
    while candidates:  # in the table's order
        bit = candidates & -candidates
        candidates ^= bit
        rule = SHAPE_RULES[bit.bit_length() - 1]
        if (n <= rule.max_words and (heading or not rule.heading)
                and (not rule.starts or low.startswith(rule.starts))
                and (not rule.needs or any(map((flat if rule.flat else low).__contains__,
                                               rule.needs)))
                and rule.test(text)):
            return rule.detail
    return ""


@lru_cache(maxsize=100_000)
def fold_word(word: str) -> str:
    """fold() of one word, memoised: the same words recur on every page."""
    return fold(word)


def words(text: str) -> list[str]:
    """Word tokens, elisions and hyphenations kept whole."""
    return _WORDS.findall(text)


@lru_cache(maxsize=8192)
def _tokens(text: str) -> tuple[str, ...]:
    """``words`` of a unit, memoised: the unit is read alone, then for its place."""
    return tuple(_WORDS.findall(text))


_PLACE_COMMA = re.compile(r"[A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?,\s+")
"""A place and a comma before a stamp (``Nairobi, Wednesday December 2, 2026``)."""
_GLUED = re.compile(r"[A-ZÀ-Ý]+(?=[A-ZÀ-Ý][a-zà-ÿ])|[A-ZÀ-Ý]?[a-zà-ÿ]+|[A-ZÀ-Ý]+|\d+")
"""Words and numbers of a stamp whose pieces a copy glued together (``20262:14 PM
GMTUpdated 2 hours ago``, ``5h ago5 hours ago``)."""


def _stamp_words(toks: Sequence[str]) -> bool:
    """Whether every token is a stamp's: a stamp word, a date or a clock time."""
    return bool(toks) and all(
        w in _DATELINE_WORDS or _DIGIT_RUN.fullmatch(w) or _TIME_TOKEN.fullmatch(w)
        for w in map(fold_word, toks))  # folded only as far as read


def furniture_reason(unit: Unit, *, whole_line: bool, line_text: str, article_text: str,
                     options: ReportOptions) -> str:
    """Why a unit, read alone, is page furniture, or ``""`` when it reads as a claim
    (``classify_units`` then weighs its place on the page).

    Args:
        whole_line: the unit is alone on its line (titles, labels, credits are).
        line_text: the line the unit sits on, for bios that span a paragraph.
        article_text: the whole article, to tell a section label from a subject.
    """
    text = unit.text.strip()
    toks = _tokens(text)
    if not toks:
        return "no words"
    pieces = text.split()
    if _URL.match(text) or (len(pieces) <= _URL_LABEL_WORDS + 1 and not _TERMINAL.search(text)
                            and any(_URL.match(p) and "@" not in p for p in pieces)):
        return "URL line"  # a URL, or one under a short label (``Permalink https://…``)
    if DATE_STAMP.fullmatch(text) or (
            (whole_line or _RE_STAMP_VALUE.search(text))
            and (_stamp_words(toks) or (
                not _STATEMENT_END.search(text)  # a stamp has no full stop
                and (_stamp_words(tuple(_GLUED.findall(text)))
                     or ((m := _PLACE_COMMA.match(text)) is not None
                         and _stamp_words(_tokens(text[m.end():]))))))):
        return _DATELINE  # ``Nairobi, Wednesday December 2, 2026``: where and when
    if len(toks) <= 20 and _COPYRIGHT.search(text):
        return "copyright line"
    if (_BY_NAMES.match(text) or _BY_NAME_ROLE.match(text)) and (whole_line or unit.heading):
        return "byline"
    if text.startswith(("(", "[")) and text.endswith((")", "]")) and len(toks) <= 6 and all(
            t[0].isupper() or t[0].isdigit() for t in toks):
        return _BRACKETS
    if whole_line and len(toks) <= 15 and (_COURTESY.match(text) or _CAPS_CREDIT.match(text)):
        return "credit line"
    if _LABEL_LINE.match(text) and (whole_line or len(toks) <= 8):
        # an offer after ``Abonnez-vous :`` is the subscription box, no label a title has
        return "subscription notice" if _PAYWALL.search(text) else _LABEL
    if whole_line and len(toks) <= 8 and _ATTRIBUTION_ONLY.match(text):
        return "attribution line (whose report, no statement)"
    if _BIO.match(line_text.strip()) and not _REPORTS.search(text):
        return "author bio"
    if len(toks) <= _PROMPT_WORDS and _US_PROMPT.match(text):
        return "reader prompt"
    if len(toks) <= 15 and (
        (_SECOND_PERSON.search(text) and _UI.search(text))
        or (len(toks) <= _WE_WORDS and _WE.match(text) and _UI.search(text)
            and not _SAID.search(text))
        or ((cta := _CALL_TO_ACTION.match(text)) and _UI.search(text, cta.end()))
        or (_CALL_TO_ACTION.match(text) and len(toks) <= 3)
        or (_SUBSCRIBE.match(text) and not _TERMINAL.search(text))
        or (_THANKS.match(text) and _UI.search(text))
        or (_IMPERATIVE.match(text) and _UI.search(text))
        or (text.endswith("?") and len(toks) <= 8 and _UI.search(text)
            and (_SECOND_PERSON.search(text) or _PAGE_OBJECT.search(text)))
        or (text.endswith("?") and _OUR_STAFF.search(text))
        or (len(toks) <= 8 and _SIGN_OFF_FORMULA.search(text))
        or (whole_line and text.isupper() and _UI.search(text))
        or (_THIS_PAGE.search(text) and (_SECOND_PERSON.search(text) or _PAGE_TALK.search(text)))
    ):
        if _CORRECTION.search(text) and _SAID.search(text[:12]) is None:
            return "corrections or update note"  # ``This article was amended on…``
        return "reader prompt"
    heading = unit.heading and whole_line
    if shape := _shape_reason(text, heading=heading, n=len(toks)):
        return shape
    if (len(toks) <= _PIECE_WORDS and any(sep in text for sep in _PIECE_GATE)
            and not _TERMINAL.search(text) and _PIECES.search(text)):
        pieces = [p.strip() for p in _PIECES.split(text) if p.strip()]
        reasons = [furniture_reason(replace(unit, text=p, heading=not _TERMINAL.search(p)),
                                    whole_line=True, line_text=p,
                                    article_text=article_text, options=options)
                   for p in pieces]
        if len(pieces) >= 2 and all(reasons) and any(
                r not in _WEAK and len(words(p)) >= 2 and any(c.isalpha() for c in p)
                for p, r in zip(pieces, reasons, strict=True)):
            return _PIECED
    if not heading:
        return ""
    n = len(toks)
    if n <= 6 and _BYLINE.search(text):
        return "byline"
    if n <= _NAME_IN_PLACE_WORDS and _NAME_IN_PLACE.match(text):
        return _BYLINE_PLACE
    has_digit = any(c.isdigit() for c in text)
    if n < options.min_claim_words and not has_digit and not text.endswith("?"):
        return _SHORT
    function = sum(1 for w in map(fold_word, toks)
                   if w in ANY_FUNCTION_WORD)
    capitals = sum(1 for t in toks if t[0].isupper() or t[0].isdigit())
    if n >= 3 and function == 0 and (capitals == n or (n >= _MENU_WORDS and capitals >= 0.8 * n)
                                     or (n >= _CRUMB_WORDS and capitals >= n - 1)):
        return _TAG_LINE
    label = re.match(r"^([^\W\d_][\w'’-]*)\s*:", text)
    if label and n <= 20:
        name = label.group(1)
        if len(re.findall(rf"\b{re.escape(name)}\b", article_text)) == 1:
            return _SECTION_LABEL
    return ""


_PIECE_WORDS = 30
"""Words of a line read piece by piece (a byline with its stamps, a row of footer links)."""
_PIECED = "byline, stamps or links (each piece of the line is furniture)"
_PIECE_GATE = ("  ", " - ", " | ", " – ", " — ", " • ", " · ", "\t")
"""Strings one of which a line read piece by piece holds (a cheap test before ``_PIECES``)."""
_SHORT = "short line without a sentence (credit, label, navigation)"
_TAG_LINE = "tag line (capitalised words, no sentence)"
_SECTION_LABEL = "section label (its word appears nowhere else in the article)"
_LABEL = "label line (credit, source, related link, tags)"
_BYLINE_PLACE = "byline (a name and where the writer is)"
_CAPTION = "caption (beside its credit)"
_WEAK = frozenset({_SHORT, _TAG_LINE, _SECTION_LABEL, _LABEL, _BYLINE_PLACE, _CAPTION,
                   _BANNER_REASON})
"""Reasons a short headline also has (``Budget adopté``, ``5.9 Earthquake Jolts
Iran``): never enough to refuse the title, though a line without one is preferred."""
_MENU_WORDS = 6
"""A tag line may have one word in lower case in this many (``Home News iPlayer …``)."""
_CRUMB_WORDS = 5
"""...or one in this many or more when it is the last word of a section's two-word name
(``Accueil Bretagne Faits divers``: a breadcrumb whose last section is in sentence case)."""


def _weak(unit: Unit, why: str) -> bool:
    """Whether a furniture reason still lets the unit be the page's headline."""
    return why in _WEAK


def _site_like(unit: Unit) -> bool:
    """A line above the headline that reads as the site's (its name, a section, a
    kicker): shorter than a headline, and not a short headline itself, which has a
    content word in lower case (``Saints shut down Bush``) in four words or more."""
    toks = words(unit.text)
    if len(toks) >= _HEADLINE_WORDS:
        return False
    toks = [re.split(r"['’]", t)[-1] or t for t in toks]  # l'Escaut: Escaut
    lower = [t for t in toks if t[0].islower() and fold_word(t) not in FUNCTION_WORDS["fr"]
             and fold_word(t) not in FUNCTION_WORDS["en"]]
    return len(toks) < 4 or not lower


_TAGLINE_AT = 3
"""A site's tagline is among the page's first units (under its name)."""
_GREETING_WORDS = 3
"""A unit before an author's bio on its line this short is its greeting (``Hi!``)."""
_NAME_WORDS = 6
"""Words a site's name may have (``Le Courrier de la Capitale``)."""
_MOTTO = re.compile(
    r"^(?:le|la|les|l['’]|the|votre|your|un|une|a|an)\s*(?:[\w'’-]+\s+){0,2}?"
    r"(?:quotidien|journal|hebdomadaire|mensuel|magazine|newspaper|daily|weekly|voix|voice"
    r"|newsletter|infolettre|lettre d['’]information|blog|podcast"
    r"|site|portail|m[ée]dia|media|r[ée]f[ée]rence|news|information|infos?|actualit[ée])s?\b"
    r"(?!.*[.!?]$)", re.I)
"""A site's motto (``Le quotidien national du Sénégal``, ``Your daily news from…``): a
newspaper naming what it is, above its headline."""


def _named_again(unit: Unit, page: str, after: int) -> bool:
    """A short title-like line whose words the page repeats elsewhere (in a byline, a
    credit, its copyright line): the site's name (``Le Point de vue`` … ``Par Le Point de
    vue (avec AFP)``), not a headline. Under headline length, any repeat; up to
    ``_NAME_WORDS``, a repeat after ``after`` (the text's start: a headline may be repeated
    above it, in a print header)."""
    name = unit.text.strip()
    n = len(words(name))
    if len(name) <= 3 or n > _NAME_WORDS:
        return False
    if n < _HEADLINE_WORDS and page.count(name, 0, unit.start) > 0:
        return True
    bare = _NAME_ARTICLE.sub("", name, count=1)
    return page.count(name, max(unit.end, after)) > 0 or (
        bare != name and len(words(bare)) >= 2 and page.count(bare, max(unit.end, after)) > 0)


_NAME_ARTICLE = re.compile(r"^(?:The|Le|La|Les|L['’])\s*")
"""A site's name's article, which its copyright line drops (``The Lakeshore Post`` …
``© 2025 Lakeshore Post Media Inc.``)."""


_ACRONYM_NAME = re.compile(
    r"^([A-Z]{2,6})\s*[—–:|-]\s*([^.!?]{5,80})$|^([^.!?()]{5,80}?)\s*\(([A-Z]{2,6})\)$")
"""A name and its acronym (``ARP — Agence Romande de Presse``, ``Radio Télé Kiskeya (RTK)``)."""


def _acronym_named(text: str) -> bool:
    """Whether a line is a name spelt out beside its acronym, whose letters are the
    initials of the name's capitalised words: a site's or an agency's masthead."""
    m = _ACRONYM_NAME.match(text.strip())
    if m is None:
        return False
    acronym, name = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    initials = "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())
    return fold(initials).upper() == acronym


def _site_line(unit: Unit, page: str, text_start: int) -> bool:
    """A title-like line that is the site's, not the article's: its motto, its pitch,
    its name beside its acronym or its name repeated on the page."""
    return (_MOTTO.match(unit.text) is not None or _PITCH_CUE.search(unit.text) is not None
            or _acronym_named(unit.text) or _named_again(unit, page, text_start))


_BULLETED = re.compile(r"[•▪■◆●‣∙]")
"""A line opening on a bullet: a list's item (a summary's point), never a headline."""


def _over_byline(order: Sequence[Unit], why: dict[int, str], k: int) -> bool:
    """Whether the unit after ``order[k]`` is a byline or a date stamp: the place of the
    headline, even one with a banner's label (``LIVE: Iceland volcano grounds…``)."""
    return k + 1 < len(order) and why[order[k + 1].start] in ("byline", _DATELINE)


def _list_like(unit: Unit, why: str) -> bool:
    """A tag line that reads as a list of words (``News Opinion Sport Culture``), not a
    title in capitals: no figure, apostrophe or quote, not all capitals. A headline
    is such a line only when no other title-like line is there."""
    return why == _TAG_LINE and not unit.text.isupper() and not any(
        c.isdigit() or c in "'’\"“”«»" for c in unit.text)


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

ABOVE_TITLE = "above the headline (site name, section, navigation)"
OTHER_STORY = "above the headline, not about its story (a ticker, another story's headline)"
PAGE_TITLE = "the page's title (its headline and the site's name)"
_PAGE_TITLE = re.compile(r"^(.{20,}?)\s+[–—|-]\s+([^–—|]{2,40})$")
"""A headline, then the site's name after a dash (``Au Québec, un barrage … – Le
Veilleur``): the page's title, copied above its headline (or a version of it, when the
site's name stands alone elsewhere on the page, as its masthead)."""
_LEAD_UNITS = 6
"""Units of the text's opening (furniture between them skipped) a headline is read
against: a page's headline shares content words with them, a ticker's or a promoted
story's headline above it hardly any
(``Douala : reprise du trafic au port…`` over ``Mont Cameroun : sept randonneurs
retrouvés…``)."""
_ON_STORY_SHARED = 3
_OFF_STORY_SHARED = 1
_ON_STORY_FEW = 2
_OFF_STORY_PART = 3
"""When a title-like line of the top run shares ``_ON_STORY_SHARED`` content words or
more with the text's opening, those sharing ``_OFF_STORY_SHARED`` or fewer, or a third
of the best's count or fewer, are another story's (or a date line's: ``Mardi 8 décembre
· Fête du jour``); when the best shares ``_ON_STORY_FEW``, those sharing none are."""


def _content_stems(texts: Iterable[str]) -> set[str]:
    """Crude stems (``_stem``) of the content words of ``texts``: not function words,
    three letters or more."""
    found = (_POSSESSIVE.sub("", _ELISION.sub("", w)) for t in texts for w in words(t))
    return {_stem(w) for w in found if len(w) >= 3 and fold_word(w) not in ANY_FUNCTION_WORD}


_ELISION = re.compile(r"^(?i:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’]")
"""A French elided word before its noun (``d'autocuiseurs``): the noun is the content."""
_POSSESSIVE = re.compile(r"['’]s$")
"""An English possessive's ending (``Fife's``): the name is the content."""
AFTER_END = "after the article's end (related links, tags, navigation)"
FRAGMENT = "fragment (text cut off mid-sentence)"
_REASONS = {FRAGMENT: Reason.FRAGMENT}
"""Furniture details that have a reason of their own; every other is ``boilerplate``."""
_HEADLINE_WORDS = 5
"""A line of the page's top run with this many words or more can be its headline; a
shorter one only when no such line precedes the text (a site's name, a section label,
a kicker are shorter)."""
_HEADLINE_MAX = 20
"""A line without an end mark longer than this (or joining clauses with a semicolon) is a
sentence missing its period, not a headline."""
_PAIRS = (("«", "»"), ("“", "”"), ("(", ")"))
"""Quote marks and brackets that say which one closes: one left open is cut off."""
_STATEMENT_END = re.compile(r"[.!…][\"'»”’)\]]*$")
"""A short sentence after the text (``Good luck, Tara.``) is the text's; a short label
or a question to the reader is not."""
_END = re.compile(r"[.!?…»”\"')\]]$")


def reason_for(detail: str) -> Reason:
    """The ``Reason`` of a unit set aside with this furniture detail."""
    return _REASONS.get(detail, Reason.BOILERPLATE)


def _is_body(unit: Unit, why: str, options: ReportOptions) -> bool:
    """A sentence of the article itself: not furniture, not a title, punctuated, long
    enough (or announcing what follows with a colon). The page's top run ends at the
    first, its bottom run starts after the last."""
    text = unit.text.rstrip()
    return (not why and (not unit.heading or text.endswith(":"))
            and (_END.search(text) is not None or text.endswith(":"))
            and len(_tokens(unit.text.strip())) >= options.min_claim_words)


def _fragment(unit: Unit, article_text: str, *, last: bool, options: ReportOptions) -> bool:
    """A sentence cut off where an excerpt ends: the last unit of a line that holds
    several, or of the page, with no end punctuation, ending in a letter; and short (at
    the page's end only: inside a page, a short piece is a stray split, not a cut), or
    ending in the start of a word the page spells in full and nowhere else alone
    (``… le début de l'incen`` on a page about an ``incendie``), or with a quote or
    bracket left open."""
    text = unit.text.rstrip()
    if unit.heading or not text[-1:].isalnum() or _END.search(text):
        return False
    toks = words(text)
    if len(toks) < options.min_claim_words:
        return last
    if any(text.count(a) > text.count(b) for a, b in _PAIRS):
        return True
    tail = re.split(r"['’]", toks[-1])[-1]  # l'incen: the word after the elision
    return (tail.islower() and re.search(rf"\b{re.escape(tail)}\w", article_text) is not None
            and len(re.findall(rf"\b{re.escape(tail)}\b", article_text)) == 1)


_WHOLE_LINE = {
    "first": frozenset({"copyright line", "subscription notice", "browser or cookie notice",
                        "production credits", "times widget (prayer times, tides, departures)",
                        "lottery results", "donation appeal", "advertisement (an offer)",
                        "corrections or update note", "market data (quotes, delay notice)",
                        "consent or privacy notice (sign-up form)", "publisher's legal notice",
                        "blocked embed notice", "media player text",
                        "disclaimer (legal, financial, medical)",
                        "page counter (views, shares, reading progress)", "live-blog greeting",
                        "editorial standards notice", "media item (gallery, video, podcast)",
                        "funding note", "support services notice", "job listing",
                        "advertisement (sponsored)", "site notice (acknowledgement, terms, "
                        "syndication)", "site promotion", _BOX_REASON, _TIP_LINE,
                        "site section teaser (horoscope, games, TV)",
                        "form notice", "traffic bulletin",
                        "local service widget (roads, utilities, recalls, forecasts)",
                        "event listing (a date and what is on)", "legal or death notice"}),
    "last": frozenset({"photo or video credit", "copyright line", "publisher's legal notice",
                       "advertisement (a call to buy)", "job listing",
                       "embedded post (what is left of it)", "advertisement (a call to a number)",
                       "advertisement (an offer)", "advertisement (sponsored)",
                       "site or newsletter pitch", "donation appeal", "subscription notice",
                       _POLL_REASON}),
}
"""Furniture that makes its whole line furniture: a notice that opens a paragraph (the
sentences after ``Copyright 2026 X.`` or ``Market data provided by X.`` are its terms), a
credit that closes one (the sentences before ``(AP Photo/…)`` are its caption)."""


_FORM_WORDS = 10
"""A short sentence with a word of the page's forms after a prompt on its line is the
form's (``… ne sera pas publiée. Les champs obligatoires sont indiqués avec *``)."""
_ANSWERS = frozenset({"reader prompt", "contact line (phone, e-mail)",
                      "page control (skip, share, print, account)", "site promotion"})
"""Reasons of a line's last unit that answer a question put to the reader before it on
the line (``Vous avez une question ? Posez-la en commentaire``, ``Got a story? Email
…``, ``Enjoyed this? Share it``, ``Need the bigger picture? Try our … tool``)."""
_QUESTION_WORDS = 8
"""A question this short before such a prompt is the prompt's own."""
_BUTTON_WORDS = 4
"""Unpunctuated pieces this short after a prompt on its line are its buttons."""
_BRACKETS = "credit in brackets (capitalised words, no sentence)"
_PHOTO_CREDIT = re.compile(r"/|\b(?:photos?|pictures?|images?|vid[ée]os?|cr[ée]dits?)\b", re.I)
"""What makes a bracketed credit a picture's (``(AP Photo/…)``), not the text's
source (``(CNN News Article)``)."""


def _spread(line_units: Sequence[Unit], why: dict[int, str]) -> None:
    """Set the sentences of a line aside with the notice that opens it or the credit
    that closes it."""
    if len(line_units) < 2:
        return
    for end, unit in (("first", line_units[0]), ("last", line_units[-1])):
        reason = why[unit.start]
        if end == "first" and (_MEDIA_WORD.fullmatch(unit.text.strip())
                               or _MEDIA_KICKER.match(unit.text)):
            for u in line_units:  # ``Vidéo. Les vendanges…``, ``WATCH | …``: a video's link
                why[u.start] = why[u.start] or "media item (gallery, video, podcast)"
            continue
        if end == "first" and _RELATED_OPENING.match(unit.text):
            for u in line_units:  # ``Lire aussi : Niort. Le ZooParc a accueilli…``
                why[u.start] = why[u.start] or _RELATED
            continue
        if end == "first" and reason == _DATELINE and _RE_STAMP_VALUE.search(unit.text):
            for u in line_units[1:]:  # ``14 h 02  Incendie …``, ``… | Lu 2 348 fois``
                if len(words(u.text)) <= _PROMPT_WORDS and not _TERMINAL.search(u.text):
                    why[u.start] = why[u.start] or "timestamped feed item (live news list)"
        if end == "first" and reason == _LABEL and _AD_LABEL.match(unit.text):
            reason = "advertisement (sponsored)"  # ``SPONSORED: Is your SOC ready…? Download…``
        if end == "last" and reason == "reader prompt" and _SUPPORT_FROM.search(unit.text):
            reason = "donation appeal"  # ``… not a billionaire. Support us from £4 a month →``
        if end == "first" and reason == "reader prompt" and _NOTICE.search(unit.text):
            reason = "browser or cookie notice"  # ``Nous utilisons des cookies… Vous pouvez…``
        if end == "last" and (
                (reason == _LABEL and _MEDIA_LABEL.match(unit.text))
                or (reason == _BRACKETS and (_PHOTO_CREDIT.search(unit.text)
                                             or _BRACKET_CREDIT.search(unit.text)
                                             or unit.text.startswith("[")))):
            reason = "photo or video credit"  # ``Picture: Sam Reid``, ``(AP Photo/…)``
        if reason in _WHOLE_LINE[end]:
            for u in line_units:
                if end == "last" and u is not unit and _QUOTATION_OPENS.match(u.text):
                    continue  # a quoted sentence of the text, a credit glued after it
                why[u.start] = why[u.start] or reason
        elif end == "last" and reason in _ANSWERS:
            for u in line_units[:-1]:  # ``Got a travel story? Email travel@…``
                if (u.text.rstrip().endswith("?") and len(words(u.text)) <= _QUESTION_WORDS) or (
                        reason == "site promotion" and len(words(u.text)) <= _GREETING_WORDS):
                    # (``WIN! A signed shirt – enter our free competition``)
                    why[u.start] = why[u.start] or reason
        elif end == "first" and reason == "reader prompt" and why[line_units[-1].start] in (
                _ANSWERS - {"site promotion"}):
            for u in line_units:  # a call-out from its question to its button (``Ask the
                # newsroom: Got a question …? Send it to … Submit your question →``)
                why[u.start] = why[u.start] or reason
        elif end == "first" and reason == "reader prompt":
            for u in line_units:  # the prompt's buttons (``… Paramétrer mes choix``) and
                # its call (``Vous avez aimé cet article ? Recevez chaque matin…``)
                if (len(words(u.text)) < _BUTTON_WORDS and not _STATEMENT_END.search(u.text)
                        ) or _IMPERATIVE.match(u.text) or _CALL_TO_ACTION.match(u.text) or (
                        len(words(u.text)) <= _FORM_WORDS and _UI.search(u.text)) or (
                        len(words(u.text)) <= _PROMPT_WORDS and _SECOND_PERSON.search(u.text)
                        and not _SAID.search(u.text)):
                    why[u.start] = why[u.start] or reason


_WIDGET_SEPARATOR = re.compile(r"[ \u00a0][·•◆|][ \u00a0]")
"""What a page sets between the pieces of a widget, a menu or a byline (``·``, ``|``):
two on one line make it the page's (on the labelled pages, 479 furniture lines and no line
of article text; none in the 982 ECB+ articles)."""
_WIDGET_ROW = "widget or menu (pieces between separators)"


_QUOTE_EDGES = re.compile(r"^[\"'«“‘„\s]+|[\s.,!?…\"'»”’]+$")
_REPEAT_WORDS = 4
"""A quotation alone on its line, with this many words or more, that the text gives
again is a pull quote (``"Nobody said a word for about thirty seconds."``)."""
_VOTES = re.compile(r"\d\s?%.*\d\s?%|\bvotes?\b", re.I)
"""A poll's results: shares or votes."""
_DASH_SIGNED = re.compile(
    r"[«\"“][^\"”»]{10,300}[”\"»]\s*[—–]\s*[A-ZÀ-Ý][\w'’.-]+(?:\s[A-ZÀ-Ý][\w'’.-]+){0,4}")
"""A quotation signed with a dash and a name alone on its line: a pull quote (the text
says who said what with a verb)."""
_DEATH_LISTED = re.compile(
    r"[A-ZÀ-Ý]{2,}(?:[- ][A-ZÀ-Ý]{2,})?, [A-ZÀ-Ý][\w'’-]+(?: [A-ZÀ-Ý][\w'’-]+)?"
    r" [–—-] (?:\d{4}\s?[-–]\s?\d{4}|\d{1,3} ans|aged \d{1,3})\b")
"""A death notice listed by surname in capitals, first name, years or age (read on its
line: the surname's comma reads as a dateline's)."""
_CONSENT_REASONS = frozenset({"browser or cookie notice",
                              "consent or privacy notice (sign-up form)"})
_QUOTATION_OPENS = re.compile(r"[«“\"]")
"""A sentence opening on a quotation mark: someone's words, which no caption or credit
closing its line takes along (``« Mais il a une mémoire phénoménale. » PHOTO FOURNIE
…``)."""
_SUPPORT_FROM = re.compile(
    r"\bsupport (?:us|the [A-Z][\w'’-]+|our (?:journalism|reporting)) (?:from|for) (?:just "
    r"|only |as little as )?[£$€]\s?\d|\bsoutenez-nous (?:d[èe]s|[àa] partir de) \d", re.I)
"""A call to pay a site that closes a line (``Support us from £4 a month →``): the line is
its appeal."""


_AD_LABEL = re.compile(
    r"^(?:sponsored|sponsoris[ée]e?|publicit[ée]|advertisement|annonce|partner content"
    r"|contenu partenaire|ad)\s*[:|–—-]\s", re.I)
"""An ad's label opening a line: the line is the ad."""

_CREDITS = frozenset({"photo or video credit", "copyright line", _BRACKETS, "credit line"})
"""Reasons of a line that credits a picture: the title-like line above it is its caption."""


def _captions(lines: Sequence[Sequence[Unit]], why: dict[int, str]) -> None:
    """A title-like line right above a line that only credits a picture (``(Photo:
    Getty)``, ``© Agency / Name``) is the picture's caption, though it names no one."""
    for line, below in itertools.pairwise(lines):
        if (len(line) == 1 and len(below) == 1 and line[0].heading and not why[line[0].start]
                and why[below[0].start] in _CREDITS):
            why[line[0].start] = _CAPTION


_COMMENTS = "reader comments"
_COMMENTS_OPEN = frozenset({"comment count", _COMMENTS})
"""What opens a page's comments: a count of them (``48 commentaires``) or their controls
(``Trier par :``)."""
_COMMENTS_HEAD = re.compile(
    r"(?i:(?:reader |vos |les )?(?:comments?|commentaires?|r[ée]actions?)\s*(?:\(\d+\))?\s*:?$"
    r"|(?:log ?in|sign ?in|register|connectez-vous|inscrivez-vous)\b.{0,30}\b(?:to comment"
    r"|pour commenter|pour r[ée]agir)\b|comments (?:are|may be) moderated\b"
    r"|les commentaires sont mod[ée]r[ée]s\b)")
"""What else opens a page's comments, set aside already: their section's title
(``COMMENTS``), the prompt to sign in to comment, their moderation notice."""
_COMMENT_HEADER = re.compile(
    r"(?:\b(?:il y a \d|\d+\s?(?:min|minutes?|h|hours?|heures?|days?|jours?) ago\b|hier [àa]"
    r"|yesterday at|aujourd['’]hui [àa]|today at)"
    r"|\d{1,2}\s?[:h]\s?\d{2}\s?(?:[ap]\.?\s?m\.?)?$"
    r"|\b(?:says|said|wrote|writes|[ée]crit|a dit)\s?:$"
    r"|[·•|][ \u00a0]*\d{1,2}[ \u00a0]?(?:min|mins|h|hrs?|d|j)$)", re.I)
"""What heads a reader's comment: the time it was posted (``· il y a 2 h``, ``8 Dec 2026
19:02``, ``December 10, 2026 at 9:02 am``) or ``says:``, after the commenter's name."""
_HEADER_WORDS = 8
"""A comment's header is at most this long."""


_POLL_OPTION = re.compile(r"^[^.!?\n]{1,40}?(?:\s?:|\s{2,})\s?(\d{1,3}(?:[.,]\d)?)\s?%$")
"""A poll's option and its share (``Oui, globalement : 18 %``)."""
_POLL_CUE = re.compile(r"\b(?:votes?|votants|participants|r[ée]ponses|responses|sondage|poll)\b",
                       re.I)
_POLL_TOTAL = (98, 102)
"""The shares of a poll's options add up to about a hundred (each rounded)."""


_FACT_BOX = re.compile(
    r"^(?:en chiffres|les chiffres(?: cl[ée]s)?|chiffres cl[ée]s|rep[èe]res|l['’]essentiel en "
    r"chiffres|key (?:figures|facts|numbers)|in numbers|by the numbers|the numbers|fact ?box"
    r"|fast facts|quick facts|en bref|in brief|at a glance|[àa] retenir)\s*:?$", re.I)
"""The label of a box of the story's key figures (``En chiffres``, ``Key figures``)."""


def _fact_box(lines: Sequence[Sequence[Unit]], after: int = -1) -> set[int]:
    """Starts of the units of fact boxes: the lines under a fact box's label that state a
    figure (``6 morts, 19 blessés dont 4 graves``), up to the first that states none.
    Short and unpunctuated, they read as links after the text's end, but they are the
    story's figures. Right after the text's last sentence (the unit starting at
    ``after``), a short title over lines of items is such a box whatever its title
    (``_BOX_ITEMS``)."""
    boxed: set[int] = set()
    for k, line in enumerate(lines):
        if len(line) != 1 or not (_FACT_BOX.match(line[0].text.strip()) or (
                line[0].start == after and line[0].heading
                and not _RELATED_LABEL.match(line[0].text.strip())
                and len(words(line[0].text)) <= _BOX_TITLE_WORDS and all(
                    len(below) == 1 and _BOX_ITEM.match(below[0].text)
                    and _DIGIT_RUN.search(below[0].text) and not _TERMINAL.search(below[0].text)
                    for below in lines[k + 1:k + 1 + _BOX_ITEMS])
                and len(lines) > k + _BOX_ITEMS)):
            continue
        for below in lines[k + 1:]:
            if not any(_DIGIT_RUN.search(u.text) for u in below) and not (
                    len(below) == 1 and _BOX_ITEM.match(below[0].text)
                    and not _TERMINAL.search(below[0].text)
                    and not _LABEL_LINE.match(below[0].text)):  # (``Tags : …``)
                break  # (an item may name, not count: ``Species: Grimpoteuthis vezo``)
            boxed.update(u.start for u in below)
            if any(_BOX_ITEM.match(u.text) or not _TERMINAL.search(u.text) for u in below):
                boxed.add(line[0].start)  # a box of items (``Blessés : 8``): its title
    return boxed


_BOX_ITEM = re.compile(r"^[^.:!?]{1,60}?\s?:\s")
_BOX_TITLE_WORDS = 6
_BOX_ITEMS = 2
"""Lines of items under a title right after the text's last sentence, each a label, a
colon and a figure with no final stop (``Centre (Lékié) : 4 800 à 5 200 F CFA/kg``), that
make it a box of the story's figures whatever its title (``Les prix de la semaine``)."""

"""An item of a fact box: a label, a colon, its figure (``Mars 2023 : la Commission…``)."""


def _poll_options(lines: Sequence[Sequence[Unit]], why: dict[int, str]) -> None:
    """A poll's options, lines of a label and a share (``Non, pas vraiment : 57 %``),
    two or more in a row whose shares add up to a hundred, beside a line that names
    votes or the poll (``3.412 votes · Ce sondage n'a pas de valeur scientifique``), and
    that line: results in a fact box (``Oui : 52,3 %``) name no votes around them."""
    k = 0
    while k < len(lines):
        end = k
        shares = []
        while end < len(lines) and len(lines[end]) == 1 and (
                m := _POLL_OPTION.match(lines[end][0].text.strip())):
            shares.append(float(m.group(1).replace(",", ".")))
            end += 1
        if end - k >= 2 and _POLL_TOTAL[0] <= sum(shares) <= _POLL_TOTAL[1]:
            cues = [j for j in (k - 1, end) if 0 <= j < len(lines) and any(
                _POLL_CUE.search(u.text) for u in lines[j])
                    and sum(len(words(u.text)) for u in lines[j]) <= _LINK_WORDS]
            if cues:
                for line in [*lines[k:end], *(lines[j] for j in cues)]:
                    for u in line:
                        why[u.start] = why[u.start] or _POLL_REASON
        k = max(end, k + 1)


def _comments(lines: Sequence[Sequence[Unit]], why: dict[int, str]) -> None:
    """Reader comments: below the count that opens a page's comments (after the story's
    first sentences: a count over them is a live page's, over its entries), a line of text right
    under a commenter's header (a name with the time of posting) and right above a line of
    the page (``Reply``, ``Répondre · 12 J'aime``, a short link, the next header) is a
    comment, though it reads as a sentence; its header is set aside with it."""
    opened = False
    sentences = 0  # the story's sentences above: a live page's counter sits over its entries
    for k, line in enumerate(lines):
        if any(why[u.start] in _COMMENTS_OPEN or (
                why[u.start] and _COMMENTS_HEAD.match(u.text.strip())) for u in line):
            opened = opened or sentences >= _LEAD_UNITS
            continue
        sentences += sum(1 for u in line if not why[u.start] and _END.search(u.text.rstrip()))
        if not opened or k == 0 or k + 1 >= len(lines) or all(why[u.start] for u in line):
            continue
        header, below = lines[k - 1], lines[k + 1]
        if _comment_header(header) and (all(why[u.start] for u in below)
                                        or _comment_header(below) or _short_line(below)):
            for u in [*header, *line]:
                why[u.start] = why[u.start] or _COMMENTS
            name = lines[k - 2] if k >= 2 else ()
            if (all(why[u.start] == _DATELINE for u in header) and len(name) == 1
                    and not why[name[0].start] and len(words(name[0].text)) <= _NAME_PARTS):
                why[name[0].start] = _COMMENTS  # the commenter's name over the stamp


_NAME_PARTS = 4
"""A commenter's name on its own line over the time of posting has at most this many
words (``Mame Diarra S.``)."""
_WIDGET_LOOKAHEAD = 6
"""Units after the first sentence of a page in which its headline may still come (units
already set aside, a menu's items, not counted)."""
_WIDGET_WORDS = 15
"""A widget's sentence above the headline is at most this long."""
_WIDGET_LABEL = re.compile(r"^[^\s:][^:.!?]{1,30}:\s")
"""A widget's or a banner's label (``Load-shedding today:``, ``TRAFFIC:``): one of the
sentences above a headline has one; the others are as short as a button."""


def _past_widgets(order: Sequence[Unit], why: dict[int, str], first: int) -> bool:
    """Set aside the short sentences of widgets and banners above a page's headline
    (``Load-shedding today: Stage 0 – no load-shedding scheduled.``, ``TRAFFIC: Heavy
    congestion … Use alternative routes.``), which would end its top run before the
    headline; True when it did. Only when nothing above them can be a headline (no
    title-like line of a headline's length), one of them opens on a label with a colon
    and the others are links or as short as a button, and a title-like line follows within
    a few units that shares ``_ON_STORY_SHARED`` content words with the text under it."""
    if any(u.heading and _HEADLINE_WORDS <= len(words(u.text)) <= _HEADLINE_MAX
           and not why[u.start] for u in order[:first]):
        return False
    ahead = [j for j in range(first + 1, len(order)) if not why[order[j].start]]
    for j in ahead[:_WIDGET_LOOKAHEAD]:
        u = order[j]
        if not (u.heading and not why[u.start]
                and _HEADLINE_WORDS <= len(words(u.text)) <= _HEADLINE_MAX):
            continue
        between = [v for v in order[first:j] if not why[v.start]]
        sentences = [v for v in between if not v.heading]
        if not any(_WIDGET_LABEL.match(v.text) for v in sentences) or any(
                len(words(v.text)) > _WIDGET_WORDS or (
                    not _WIDGET_LABEL.match(v.text) and len(words(v.text)) > _BUTTON_WORDS
                    and _STATEMENT_END.search(v.text)) for v in sentences):
            return False  # (a headline the segmenter cut is no widget: no label)
        text = itertools.islice((v.text for v in order[j + 1:]
                                 if not why[v.start] and not v.heading), _LEAD_UNITS)
        if len(_content_stems([u.text]) & _content_stems(text)) < _ON_STORY_SHARED:
            continue  # another story's title (``TOP STORY: …``)
        for v in between:
            why[v.start] = ABOVE_TITLE
        return True
    return False


def _exclaimed_headline(order: Sequence[Unit], why: dict[int, str], first: int,
                        lines: dict[int, list[Unit]]) -> bool:
    """Whether the text's first sentence is the headline, ending on an exclamation mark:
    a line of its own, of a headline's length, right over the byline or the date."""
    u = order[first]
    return (u.text.rstrip().endswith("!") and u.start in lines and len(lines[u.start]) == 1
            and len(words(u.text)) <= _HEADLINE_MAX and first + 1 < len(order)
            and why[order[first + 1].start] in ("byline", _DATELINE))


def _comment_header(line: Sequence[Unit]) -> bool:
    """Whether a line is a commenter's header: short, no sentence, the time of posting or
    ``says:`` (``Gérard Noël · il y a 3 h``). Read on its last line of text, since short
    lines run together into one unit (``Répondre · 24 J'aime`` / ``cathy.l`` / ``il y a
    2 h``)."""
    said = " ".join(u.text.strip() for u in line).split("\n")[-1].strip()
    return (len(words(said)) <= _HEADER_WORDS and _COMMENT_HEADER.search(said) is not None
            and not _STATEMENT_END.search(said))


def _short_line(line: Sequence[Unit]) -> bool:
    """A short line without a sentence: a control or a link (``Voir les 4 autres
    réactions``), read on its first line of text."""
    said = " ".join(u.text.strip() for u in line).split("\n")[0].strip()
    return len(words(said)) <= _HEADER_WORDS and not _STATEMENT_END.search(said)


_RELATED_LABEL = re.compile(
    rf"^{_BULLET}(?:read (?:more|also|next)|what to read next|up next|also read|see also"
    r"|[àa] lire ensuite|related(?: articles?| stories"
    r"| coverage| content)?|more on this(?: story)?|recommended(?: for you)?"
    r"|lire aussi|[àa] lire (?:aussi|[ée]galement)|lire [ée]galement|voir aussi"
    r"|[àa] voir aussi(?: en vid[ée]o)?"
    r"|voir [ée]galement|sur le m[êe]me sujet|en rapport|vous aimerez aussi|[àa] d[ée]couvrir"
    r"(?: aussi)?|most (?:read|popular|viewed|shared)(?: in [\w ]{1,20})?"
    r"|les plus (?:lus|populaires|partag[ée]s"
    r"|consult[ée]s|comment[ée]s)(?: [–—-] [\w' -]{2,25})?|trending(?: now)?|key events"
    r"|temps forts|moments cl[ée]s"
    r"|explore more(?: on these topics)?|more (?:on|from) (?:this|the) \w+|latest (?:news|stories)"
    r"|derni[èe]res (?:actualit[ée]s|infos|vid[ée]os)|nos derni[èe]res vid[ée]os"
    r"|sponsored(?: content| stories| links)?|sponsor content|contenus? sponsoris[ée]s?"
    r"|contenus? partenaires?|watch (?:more|next)|more videos"
    r"|partner content|paid (?:content|post)|promoted(?: (?:links|stories|content))?(?: by \w+)?"
    r"|around the web|ailleurs sur le web|you may (?:also )?like"
    r"|top stories|[àa] la une|plus d'informations? sur (?:ce|le m[êe]me) sujet"
    r"|more (?:about|on) this (?:topic|subject)|dans la m[êe]me rubrique"
    r"|la r[ée]daction vous (?:conseille|recommande)|nos journalistes vous recommandent"
    r"|recommended by (?:our|the) editors|editor'?s picks|more in [\w&' ]{2,25}"
    r"|plus d['’]articles? (?:en|dans|de la rubrique) [\w' -]{2,25}"
    r"|articles? (?:en lien|li[ée]s|connexes)|en lien avec (?:cet|l['’])article)\s*[:：]?$", re.I)
"""A related-links label alone on its line (``Read More``, ``► À lire aussi``, ``Most
popular``, ``Key events``)."""
_RELATED = "related headline (after a related-links label)"
_LIST_NUMBER = re.compile(r"^(?:\d{1,2}[.)]?|[•·▸►–—-])\s+")
"""A list's number or bullet before an item (``1 CASTLE KING! …``)."""
_MENU_REASON = "menu or list (short items between separators)"
_CRUMB_MARK = re.compile(r"\s[›»>]\s")
"""A breadcrumb's mark between sections (``News › World News``)."""
_MORE_SECTION = re.compile(
    r"^(?:More|Plus de|Plus d['’]|Encore plus de) ?[A-ZÀ-Ý][\w&'’-]*(?: [A-ZÀ-Ý&][\w&'’-]*)?$")
"""More of a section (``More World``, ``Plus de Culture``) alone on its line: a related-
links label when a headline follows it (a subheading ``More delays`` is the text's)."""


_LINK_WORDS = 16
"""A linked headline is at most this long."""


def _headline_like(line: Sequence[Unit]) -> bool:
    """A line that reads as a headline: short, without a sentence's final stop (a question
    mark may end it), a kicker (``DIRECT.``) aside."""
    return all(u.heading or len(words(u.text)) <= 2 or not _TERMINAL.search(u.text)
               for u in line) and sum(len(words(u.text)) for u in line) <= _LINK_WORDS


_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


def _related(lines: Sequence[Sequence[Unit]], why: dict[int, str], text: str) -> None:
    """The title-like lines right under a related-links label alone on its line are the
    linked articles' headlines, wherever on the page they sit; the first sentence ends
    the list, and so does a blank line after its first headline (the text resumes, often
    under a subheading: ``Une mission de douze jours``)."""
    for k, line in enumerate(lines):
        if len(line) != 1 or not (_RELATED_LABEL.match(line[0].text.strip()) or (
                _MORE_SECTION.match(line[0].text.strip()) and k + 1 < len(lines)
                and _headline_like(lines[k + 1]))):
            continue
        why[line[0].start] = why[line[0].start] or _LABEL
        previous = line
        for below in lines[k + 1:]:
            if not _headline_like(below) or (
                    previous is not line
                    and _BLANK_LINE.search(text, previous[-1].end, below[0].start)) or (
                    len(below) == 1 and why[below[0].start] == _MENU_REASON
                    and _CRUMB_MARK.search(below[0].text)):
                break  # (a breadcrumb opens the article: ``News › World News``)
            for u in below:
                why[u.start] = why[u.start] or _RELATED
            previous = below


_ABBREVIATIONS = frozenset(
    """const gen sen rep gov lt sgt capt col maj cpl pvt prof dr mr mrs ms mme mlle st ste mt
    supt insp det adm cmdr rev hon pres sec atty dist jr sr corp inc ltd co no vol fig ref
    dept univ ave blvd""".split())
"""Titles and abbreviations that end with a stop before a name (``Const. Tim Fanning``)."""
_PLACE_LEAD = re.compile(r"[A-ZÀ-Ý][\w'’]+(?:[- ][A-ZÀ-Ý][\w'’]+){0,2}\.")
"""A place name with a full stop opening the text's first paragraph (``Chamonix. La
nouvelle…``): a regional paper's dateline (``Non.`` further down is the text's)."""
_QUOTED = re.compile(r"^[\"'«“‘„]\s*[^\"«»“”]+?\s*[\"'»”’]$")
"""A line that is one quotation, its marks at both ends."""
_PULL_QUOTE = "pull quote (a quotation or a line of the text set between paragraphs)"
_NAME_ROLE = re.compile(r"^[A-ZÀ-Ý][\w'’.-]+(?:[ -][A-ZÀ-Ý][\w'’.-]+){1,3},\s[^.!?:;]{2,80}$")
"""A name and a role after a comma (``Sylvain Maret, porte-parole de la police``): who
said a quotation set apart above it."""
_PULL_WORDS = 7
"""An unquoted title-like line inside the text with this many words or more, all but a
few of them said elsewhere in the text, repeats it: a pull quote or a summary line."""
_PULL_SHARE = 0.8
_HEADS_SHARE = 0.5
"""A title-like line sharing this share of its words with the sentence under it is the
subheading of that paragraph, not a pull quote."""


def _stem(word: str) -> str:
    """A crude stem for telling whether a word recurs (``blockaded`` / ``block``)."""
    return fold_word(word)[:5]


def _pull_quotes(order: Sequence[Unit], why: dict[int, str], *, first: int, last: int) -> None:
    """Title-like lines between the text's first and last sentences that set a quotation
    apart (``‘We heard a long scraping noise’``), or repeat the text's own words in a
    line of their own (``Robert Gates called for companies to protect their ships``)."""
    seen: dict[str, int] | None = None
    for k in range(first + 1, last):
        u = order[k]
        if not u.heading or why[u.start]:
            continue
        text = u.text.strip()
        before = next(order[j] for j in range(k - 1, -1, -1) if not why[order[j].start])
        after = next(order[j] for j in range(k + 1, len(order)) if not why[order[j].start])
        if not (_STATEMENT_END.search(before.text.rstrip()) and _END.search(after.text.rstrip())
                and not before.heading and not after.heading) or text.endswith((":", ";", ",")):
            continue  # a pull quote sits between paragraphs, not in a list of lines
        if _QUOTED.match(text):
            why[u.start] = _PULL_QUOTE
            continue
        content = [w for w in words(text) if fold_word(w) not in FUNCTION_WORDS["en"]
                   and fold_word(w) not in FUNCTION_WORDS["fr"]]
        if (len(words(text)) < _PULL_WORDS or not content or _SAID.search(text)
                or any(c in text for c in "\"«»“”`")):
            continue  # a sentence that lost its period: it reports, or it quotes
        if seen is None:
            seen = {}
            for v in order:
                for w in {_stem(w) for w in words(v.text)}:
                    seen[w] = seen.get(w, 0) + 1
        mine = {_stem(w) for w in content}
        again = sum(1 for w in mine if seen.get(w, 0) >= 2)  # itself and another unit
        shared = mine & {_stem(w) for w in words(after.text)}
        # a subheading announces the paragraph under it; a pull quote repeats another
        if again >= _PULL_SHARE * len(mine) and len(shared) < _HEADS_SHARE * len(mine):
            why[u.start] = _PULL_QUOTE


_CAPTION_TIME = re.compile(
    r"\b(?:on|this|last|early|late)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\b"
    r"|\b(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? \d{1,2}\b|\b\d{1,2} (?:jan(?:uary)?"
    r"|feb(?:ruary)?"
    r"|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\b|\bas (?:an?|the) [\w\s-]{2,40}(?:approaches|looks on|arrives"
    r"|passes)\b", re.I)
"""When a picture was taken (``on Tuesday``, ``March 14``) or what happens in it."""
_NOT_PRESENT = re.compile(
    r"\b(?:\w+ed|\w+n't|was|were|had|has|have|is|are|be|been|being|will|would|can|could|may"
    r"|might|must|shall|should|do|does|did|said|says|told|took|gave|went|came|made|saw|found"
    r"|left|lost|won|began|began|fell|rose|ran|hit|shot|struck|caught|held|kept|led|met|paid"
    r"|sent|spent|stood|thought|brought|bought|fought|sold|wrote|broke|chose|drove|flew|grew"
    r"|knew|threw|spoke|stole|woke|wore|got|i|we|you|he|she|it|they|our|your|my|this|that"
    r"|these|those|there|what|who|which|why|how|if|because|but|according|faces|plans|expects"
    r"|hopes|aims|seeks|wants|needs|intends|awaits|vows|promises|threatens|remains|continues"
    r"|to (?!the\b|an?\b|his\b|her\b|their\b|its\b)[a-z]+)\b",
    re.I)
"""Words a caption in the present tense has none of: past forms, auxiliaries, modals,
pronouns, subordinators, verbs of a prospect (``faces``, ``plans``) and infinitives, which
no picture shows. A sentence of the text nearly always has one."""
_CAPTION_WORDS = (6, 25)
_TIME_CUES = re.compile(r"day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec| as ", re.I)
_QUOTE_OR_COLON = re.compile(r"[\"“”«»`:;]")
"""A cheap gate before ``_CAPTION_TIME``: most sentences say no day or month."""
_PRESENT_CAPTION = "caption (a picture described in the present tense)"


def _present_captions(order: Sequence[Unit], why: dict[int, str], lines: set[int], *,
                      first: int, last: int) -> None:
    """A sentence alone on its line between paragraphs that describes a picture: in the
    English present tense with no auxiliary, past form or pronoun, and saying when it was
    taken (``Sunbathers crowd the river banks in Leeds on Tuesday.``)."""
    for k in range(first + 1, last):
        u = order[k]
        text = u.text.strip()
        if why[u.start] or u.start not in lines or u.lang != "en" or not text[:1].isupper():
            continue
        low = text.lower()
        if ("ed " in low or "ed," in low or "ed." in low or " said" in low or " was " in low
                or " is " in low or " has " in low or " have " in low or " are " in low
                or " will " in low or " were " in low):
            continue  # most sentences of a text: a past form or an auxiliary, found fast
        if (_TIME_CUES.search(text) is None or _QUOTE_OR_COLON.search(text)
                or not _CAPTION_WORDS[0] <= len(_tokens(text)) <= _CAPTION_WORDS[1]
                or not _CAPTION_TIME.search(text) or _NOT_PRESENT.search(text)):
            continue
        before = next(order[j] for j in range(k - 1, -1, -1) if not why[order[j].start])
        after = next(order[j] for j in range(k + 1, len(order)) if not why[order[j].start])
        if _STATEMENT_END.search(before.text.rstrip()) and _END.search(after.text.rstrip()):
            why[u.start] = _PRESENT_CAPTION


def classify_units(
    article: Article, units: Sequence[Unit], *, options: ReportOptions
) -> tuple[list[Unit], list[tuple[Unit, str]]]:
    """Split an article's units into claims and furniture (unit, why).

    Each unit is read alone first (``furniture_reason``); then its place on the page:
    the headline is the first line of the top run (the lines above the first sentence
    of the text) that reads as a title, the lines above it are the site's furniture;
    title-like lines and short ones after the text's last sentence are related links,
    tags and menus; a sentence cut off at the end of an excerpt is a fragment."""
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
    order: list[Unit] = []
    why: dict[int, str] = {}
    bio_lines: set[int] = set()
    for line_start, line_units in lines.items():
        line_text = article.text[line_start:line_units[-1].end]
        for u in line_units:
            reason = furniture_reason(
                u,
                whole_line=len(line_units) == 1,
                line_text=line_text if u is line_units[0] else u.text,
                article_text=article.text,
                options=options,
            )
            if reason == "author bio" or line_start in bio_lines:
                bio_lines.add(line_start)
                reason = "author bio"
            if not reason and ((len(line_units) > 1 and u is line_units[-1])
                               or u is units[-1]) and _fragment(
                    u, article.text, last=u is units[-1], options=options):
                reason = FRAGMENT
            order.append(u)
            why[u.start] = reason
    for line_start in bio_lines:
        for u in lines[line_start]:  # a greeting before the bio (``Hi! I'm Mel, a former…``)
            if not why[u.start] and len(words(u.text)) <= _GREETING_WORDS:
                why[u.start] = "author bio"
    for line_units in lines.values():
        if (len(line_units) == 2 and not why[line_units[0].start] and not why[line_units[1].start]
                and _PLACE_LEAD.fullmatch(line_units[0].text)
                and not _TERMINAL.search(line_units[1].text)
                and len(words(line_units[1].text)) <= _HEADLINE_MAX):
            # ``Niort. Naissance d'un bébé okapi…``: a regional title after its place
            why[line_units[0].start] = _DATELINE
            k = order.index(line_units[1])
            order[k] = line_units[1] = replace(line_units[1], heading=True)
    opening = next((units for units in lines.values()
                    if len(units) > 1 and not any(why[u.start] for u in units)), [])
    if opening and _PLACE_LEAD.fullmatch(opening[0].text) and fold_word(
            opening[0].text.rstrip(".").split()[-1]) not in ANY_FUNCTION_WORD | _ABBREVIATIONS:
        why[opening[0].start] = _DATELINE  # the text's first paragraph: ``Chamonix. La…``
    for line_start, line_units in lines.items():
        if len(_WIDGET_SEPARATOR.findall(article.text, line_start, line_units[-1].end)) >= 2:
            for u in line_units:  # ``Lac Léman : 7,4°C · Niveau 372,08 m · CGN : …``
                why[u.start] = why[u.start] or _WIDGET_ROW
        _spread(line_units, why)
    for k in range(len(order) - 1):
        u, after = order[k], order[k + 1]
        if (not why[u.start] and why[after.start] and _PAYWALL.search(after.text)
                and (not _END.search(u.text.rstrip()) or u.text.rstrip().endswith("…"))):
            why[u.start] = FRAGMENT  # the text cut where the paywall starts
    line_list = list(lines.values())
    _captions(line_list, why)
    _related(line_list, why, article.text)
    _comments(line_list, why)
    _poll_options(line_list, why)
    for line, below in itertools.pairwise(line_list):
        if (len(line) == len(below) == 1 and below[0].heading and not why[line[0].start]
                and not why[below[0].start] and _QUOTED.match(line[0].text.strip())
                and _NAME_ROLE.match(below[0].text.strip())):
            # ``« J'ai reconnu la volute tout de suite. »`` over ``Marc-Antoine Rey, luthier
            # à Carouge``: a quotation set apart with the name of who said it
            why[line[0].start] = why[below[0].start] = _PULL_QUOTE
    for line, below in itertools.pairwise(line_list):
        if (line[-1].text.rstrip().endswith("?") and not why[line[-1].start]
                and all(why[u.start] for u in line[:-1])
                and (why[below[0].start] == _POLL_REASON or (
                    why[below[0].start] == _WIDGET_ROW
                    and _VOTES.search(article.text, below[0].start, below[-1].end)))):
            why[line[-1].start] = _POLL_REASON  # the poll's question (``SONDAGE – Avez-vous…``)
    for line in line_list:
        if _DEATH_LISTED.match(article.text, line[0].start, line[-1].end):
            for u in line:  # ``NADEAU, Pierre-Luc – 1971-2025 – Coaticook``: a death notice
                why[u.start] = "legal or death notice"
        if not any(why[u.start] for u in line) and _DASH_SIGNED.fullmatch(
                article.text, line[0].start, line[-1].end):
            for u in line:  # ``“This is not an object. It is…” — Fon Ndawé IV``
                why[u.start] = _PULL_QUOTE
    for line in line_list:
        quoted = article.text[line[0].start:line[-1].end].strip()
        if not any(why[u.start] for u in line) and _QUOTED.match(quoted):
            inner = _QUOTE_EDGES.sub("", quoted)
            if len(words(inner)) >= _REPEAT_WORDS and article.text.count(inner) >= 2:
                for u in line:  # a quotation set apart that the text also gives in full
                    why[u.start] = _PULL_QUOTE
    for above, line, below in zip(line_list, line_list[1:], line_list[2:], strict=False):
        if (why[above[-1].start] in _CONSENT_REASONS and why[below[0].start] in _CONSENT_REASONS
                and not any(why[u.start] for u in line)):
            for u in line:  # a consent box's long body between its title and its buttons
                why[u.start] = why[above[-1].start]
    body = [k for k, u in enumerate(order) if _is_body(u, why[u.start], options)]
    if body and _past_widgets(order, why, body[0]):
        body = [k for k, u in enumerate(order) if _is_body(u, why[u.start], options)]
    if body and _exclaimed_headline(order, why, body[0], lines):
        # ``Casse du siècle … volés en moins de cinq minutes !`` over ``Par Kévin Morel``
        order[body[0]] = replace(order[body[0]], heading=True)
        body = body[1:]
    top = body[0] if body else len(order)
    if body:
        _pull_quotes(order, why, first=body[0], last=body[-1])
        alone = {units[0].start for units in lines.values() if len(units) == 1}
        _present_captions(order, why, alone, first=body[0], last=body[-1])
    # the headline: the first title-like line of the top run not refused for what it
    # says (a weak reason, such as being short, is no refusal for a title)
    text_start = order[top].start if top < len(order) else len(article.text)
    candidates = [k for k in range(top) if order[k].heading
                  and (not why[order[k].start] or _weak(order[k], why[order[k].start]))]
    for k in candidates:
        # the page's <title>: its headline, cut, with the site's name after a dash
        copy = _PAGE_TITLE.match(order[k].text.strip())
        if copy and (any(j != k and order[j].text.strip().startswith(copy.group(1))
                         and order[j].text.strip() != order[k].text.strip()
                         for j in range(len(order)) if order[j].heading)
                     or any(j != k and order[j].text.strip() == copy.group(2).strip()
                            for j in range(len(order)))
                     or (k == 0 and any(  # the page's first line, the masthead under it
                             order[j].heading and len(words(order[j].text)) < _HEADLINE_WORDS
                             and order[j].text.strip().startswith(copy.group(2).strip())
                             for j in range(1, top)))):
            why[order[k].start] = PAGE_TITLE
    candidates = [k for k in candidates if why[order[k].start] != PAGE_TITLE]
    size = {k: len(words(order[k].text)) for k in candidates}
    lead = _content_stems(itertools.islice((u.text for u in order[top:]
                                            if not why[u.start] and not u.heading), _LEAD_UNITS))
    shared = {k: len(_content_stems([order[k].text]) & lead) for k in candidates}
    most = max(shared.values(), default=0)
    off_story = {k for k in candidates if k > 0 and (
        shared[k] <= max(_OFF_STORY_SHARED, most // _OFF_STORY_PART)
        if most >= _ON_STORY_SHARED
        else most >= _ON_STORY_FEW and shared[k] == 0)}
    # (the page's first line is its own: a headline sharing few words with the text)
    taglines = {k for k in candidates if 0 < k <= _TAGLINE_AT and k < top - 1
                and order[k - 1].heading and not why[order[k].start]
                and article.text.count(order[k - 1].text.strip(), text_start) > 0
                and why[order[k + 1].start] in _WEAK}
    # (a line between the site's name, at the top and again under the text, and its menu:
    # its tagline, ``Honest kitchen gadget reviews from a tiny Brisbane kitchen``)
    long = sorted((k for k in candidates if _HEADLINE_WORDS <= size[k] <= _HEADLINE_MAX
                   and (";" not in order[k].text or shared[k] >= _ON_STORY_SHARED)),
                  key=lambda k: (k > 0 and (_list_like(order[k], why[order[k].start])
                                            or _BULLETED.match(order[k].text) is not None),
                                 k in off_story,
                                 2 if _site_line(order[k], article.text, text_start)
                                 or k in taglines else why[order[k].start] == _BANNER_REASON
                                 and not _over_byline(order, why, k),
                                 k))
    fits = sorted((k for k in candidates if size[k] <= _HEADLINE_MAX),
                  key=lambda k: (_site_line(order[k], article.text, text_start)
                                 or k in taglines, k in off_story, k)) or candidates
    title = long[0] if long else (fits[0] if fits else -1)
    for k in range(top):
        u = order[k]
        if k == title:
            why[u.start] = ""
        elif k < title and (not why[u.start] or why[u.start] in _WEAK) and (
                _site_like(u) or _site_line(u, article.text, text_start)):
            why[u.start] = why[u.start] or ABOVE_TITLE
        elif k < title and not why[u.start] and k in taglines:
            why[u.start] = "site tagline"
        elif k < title and not why[u.start] and k in off_story and title not in off_story:
            # a line above the headline saying nothing of its story: another story's
            # headline, a ticker, or a short line of the site's (``Kia ora, sign in``)
            why[u.start] = OTHER_STORY if size[k] >= _HEADLINE_WORDS else ABOVE_TITLE
    for k in range(1, min(len(order), _TAGLINE_AT + 2)):
        u = order[k]
        if (u.heading and not why[u.start] and k != title and _MOTTO.match(u.text)
                and why[order[k - 1].start] and _site_like(order[k - 1])):
            why[u.start] = "site tagline"  # under the site's name, the headline above it
    names = {order[k].text.strip() for k in range(top) if why[order[k].start] == ABOVE_TITLE}
    for u in order[top:]:
        if u.heading and not why[u.start] and u.text.strip() in names:
            why[u.start] = ABOVE_TITLE  # the site's name again, as a byline or a footer
    titles = {_LIST_NUMBER.sub("", order[k].text.strip()) for k in range(top)
              if order[k].heading and len(words(order[k].text)) >= _HEADLINE_WORDS}
    for u in order[body[-1] + 1 if body else len(order):]:
        if not why[u.start] and _LIST_NUMBER.sub("", u.text.strip()) in titles:
            why[u.start] = _RELATED  # the headline again in a list (``1 CASTLE KING! …``)
    boxed = _fact_box(line_list, order[body[-1] + 1].start
                      if body and body[-1] + 1 < len(order) else -1)
    for u in order:
        if u.start in boxed and why[u.start] in _WEAK | {"summary box heading"}:
            why[u.start] = ""  # a box of the story's figures, short lines under a label
    if body and len(order) - body[-1] > 2 and not order[body[-1]].text.rstrip().endswith(":"):
        for u in order[body[-1] + 1:]:
            if not why[u.start] and u.start not in boxed and (u.heading or (
                    len(words(u.text)) < options.min_claim_words
                    and not _STATEMENT_END.search(u.text))):
                why[u.start] = AFTER_END
    if options.learned_furniture and order:
        _second_opinion(order, why, title=order[title].start if title >= 0 else -1)
    claims = [u for u in order if not why[u.start]]
    furniture = [(u, why[u.start]) for u in order if why[u.start]]
    return claims, furniture


LEARNED = "page furniture by its words and place (learned from labelled pages)"


def _second_opinion(order: Sequence[Unit], why: dict[int, str], *, title: int) -> None:
    """Set aside the units the rules keep that the learned model reads as furniture
    nearly surely (``furniture_model.HIGH``); the headline stays as chosen."""
    from reporter import furniture_model

    rows = [(u.text, u.heading, bool(why[u.start])) for u in order]
    kept = [k for k, u in enumerate(order) if not why[u.start] and u.start != title]
    for k, p in zip(kept, furniture_model.probabilities(rows, kept), strict=True):
        if p > furniture_model.HIGH:
            why[order[k].start] = LEARNED
