"""Page furniture vs claims, decided by general web-page signals."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reporter.furniture import (
    ABOVE_TITLE,
    AFTER_END,
    FRAGMENT,
    SHAPE_RULES,
    _shape_reason,
    _trie_pattern,
    classify_units,
    literal_gate,
    published_on,
    reason_for,
)
from reporter.model import Article, Reason, ReportOptions, Unit
from reporter.segment import segment_article

ROOT = Path(__file__).resolve().parent.parent
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
    pytest.param("By Jane Doe, a senior reporter who covers Apple and consumer tech.",
                 id="byline-with-who-the-writer-is"),
    pytest.param("Par Marie Dupont, journaliste au service Économie.",
                 id="fr-byline-with-who-the-writer-is"),
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
    # issue 17: furniture of any site, by shape or category of words
    pytest.param("Accueil | Monde | Économie | Sport | Culture", id="menu-pipes"),
    pytest.param("Home › World › Europe", id="breadcrumb"),
    pytest.param("Santé • Hôpital • Budget", id="tags-bullets"),
    pytest.param("Skip to main content", id="skip-link"),
    pytest.param("Aller au contenu principal", id="skip-link-fr"),
    pytest.param("Partager sur Facebook", id="share-button"),
    pytest.param("Copy link", id="copy-link"),
    pytest.param("Voir les commentaires", id="see-comments"),
    pytest.param("Temps de lecture : 4 min", id="reading-time-fr"),
    pytest.param("5 minute read", id="reading-time-en"),
    pytest.param("Taille du texte A- A+", id="text-size-fr"),
    pytest.param("Text size A A A", id="text-size-en"),
    pytest.param("Des secouristes dans les décombres (JEAN DUPONT / AFP)",
                 id="caption-credit-brackets"),
    pytest.param("REUTERS/Ann Smith", id="wire-photo-credit"),
    pytest.param("Photo AFP / Jean Dupont", id="photo-agency-credit"),
    pytest.param("Le port à l'arrêt, lundi | ARCHIVES LE JOURNAL", id="caption-pipe-credit"),
    pytest.param("Image source, Getty Images", id="image-source-label"),
    pytest.param("fb/kl (AFP, Reuters)", id="agency-initials"),
    pytest.param("ats/afp/jpr", id="agency-initials-fr"),
    pytest.param("La Voix du Nord avec AFP", id="site-with-agency"),
    pytest.param("Reporting by Ann Smith; Editing by Tom Lee", id="production-credits"),
    pytest.param("Associated Press writer Tom Lee in Paris contributed to this report.",
                 id="contributed-to-this-report"),
    pytest.param("Tél. : 03 20 11 22 33 - Fax : 03 20 11 22 34", id="phone-fax"),
    pytest.param("Phone: (415) 555-0100", id="phone-en"),
    pytest.param("Write to the newsroom at news@example.com", id="email-contact"),
    pytest.param("Le Journal, 8 rue du Port, 59000 Lille", id="postal-address-fr"),
    pytest.param("The Herald, 12 Main Street, Springfield, IL 62701", id="postal-address-en"),
    pytest.param("Follow him on Twitter @jdupont", id="social-handle"),
    pytest.param("Il vous reste 70 % de cet article à lire.", id="paywall-fr"),
    pytest.param("This article is for subscribers only.", id="paywall-en"),
    pytest.param("Please enable JavaScript in your browser to see the comments.",
                 id="javascript-notice"),
    pytest.param("Nous utilisons des cookies pour mesurer l'audience de notre site.",
                 id="cookie-notice"),
    pytest.param("The comments below have not been moderated.", id="comments-below"),
    pytest.param("DALLAS (AP) —", id="wire-dateline"),
    pytest.param("Publication : 27 novembre 2005 8h20 HNE", id="dateline-hne"),
    pytest.param("Publié hier à 19h04, modifié à 23h17", id="dateline-yesterday"),
    pytest.param("3 hours ago", id="dateline-ago"),
    pytest.param("Par Marie Martin (avec AFP)", id="byline-with-agency"),
    pytest.param("Dupont covers health and science for The Daily Planet.", id="bio-covers"),
    pytest.param("Map of Chile showing the epicentre: A strong quake shook the north on Monday.",
                 id="map-caption"),
    pytest.param("We will update this story as more information comes in.", id="we-will-update"),
    pytest.param("Nous vous tiendrons informés de la suite de cet article.", id="nous-tiendrons"),
    pytest.param("Always at your service", id="your-sign-off"),
    pytest.param("Channel 9 has exclusive footage of the rescue.", id="site-promotion"),
    pytest.param("Sign up for the Evening Digest", id="newsletter-box"),
    pytest.param("Thanks for signing up!", id="thanks-for-signing-up"),
    pytest.param("0 comments", id="comment-count"),
    pytest.param("Story continues below advertisement", id="below-advertisement"),
    pytest.param("The Daily Planet - Back to home", id="site-name-and-control"),
    pytest.param("Ann Lee Economics correspondent", id="byline-correspondent"),
    pytest.param("Politics / Elections / Europe / news", id="slash-menu"),
    pytest.param("09:45 Bourse : le CAC 40 recule", id="feed-item"),
    pytest.param("Got a story for our newsroom?", id="our-newsroom-question"),
    pytest.param("Choose your contribution: give once or monthly.", id="contribution-prompt"),
    # issue 17, second round: categories the first check set did not have
    pytest.param("Jump to navigation", id="jump-link"),
    pytest.param("Correction: An earlier version of this story misspelt the mayor's name.",
                 id="correction-note"),
    pytest.param("Rectificatif : une précédente version de cet article situait le port à Brest.",
                 id="rectificatif"),
    pytest.param("Article mis à jour le 4 mai 2026 à 10h02 : ajout du bilan.", id="update-note-fr"),
    pytest.param("This story was corrected on 4 May to remove a name.", id="story-corrected-on"),
    pytest.param("This page is for general information only and is not financial advice.",
                 id="financial-disclaimer"),
    pytest.param("Les contenus publiés ici ne constituent pas un conseil en investissement.",
                 id="disclaimer-fr"),
    pytest.param("Ce guide ne remplace pas l'avis d'un professionnel de santé.",
                 id="medical-disclaimer-fr"),
    pytest.param("Index data supplied by Euronext, delayed 20 minutes.", id="market-data-delay"),
    pytest.param("Cours différés de 15 minutes.", id="cours-differes"),
    pytest.param("ACME CORP 112.40 USD +0.85%", id="ticker-line"),
    pytest.param("CAC 40 7 412,30 pts -1,2 %", id="index-ticker-fr"),
    pytest.param("Get the Morning Briefing", id="newsletter-box-title"),
    pytest.param("Recevez notre lettre du soir", id="newsletter-box-title-fr"),
    pytest.param("Written by Ann Lee, Science Desk", id="written-by"),
    pytest.param("Propos recueillis par Marc Dubois", id="propos-recueillis"),
    pytest.param("Rédigé par Marc Roux, le 3 mai 2026", id="byline-with-date"),
    pytest.param("Ann Lee in Geneva", id="byline-name-in-place"),
    pytest.param("Privacy notice: we keep your e-mail address only to send the newsletter.",
                 id="privacy-label"),
    pytest.param("Mentions légales : éditeur et hébergeur du site", id="legal-label-fr"),
    pytest.param("Tags drought Yorkshire reservoirs", id="tag-label-without-colon"),
    pytest.param("Mots-clés sécheresse Isère barrages", id="mots-cles-without-colon"),
    pytest.param("The Daily Planet is published by Planet Media Ltd, registered in England and "
                 "Wales No. 0123456.", id="publisher-legal-notice"),
    pytest.param("Le Journal est édité par la SAS Presse du Nord, RCS Lille 123 456 789.",
                 id="editeur-rcs"),
    pytest.param("Our journalists follow the editorial code of the National Union of Journalists.",
                 id="editorial-standards"),
    pytest.param("Le Journal adhère au Conseil de déontologie journalistique et de médiation.",
                 id="conseil-de-deontologie"),
    pytest.param("► À lire aussi : Le budget de l'an dernier expliqué", id="read-also-arrow"),
    pytest.param("→ Read more: Why the budget matters", id="read-more-arrow"),
    pytest.param("Permalink https://www.example.org/budget-2026/a-123", id="url-under-a-label"),
    pytest.param("Mots-clés budget, hôpitaux, Assemblée nationale, projet de loi",
                 id="tag-list-with-function-words"),
    pytest.param("Réagissez en commentaire", id="imperative-comment-prompt"),
    # check3's categories (fresh wording)
    pytest.param("Home  World  Politics  Business  Sport", id="menu-set-apart-by-spacing"),
    pytest.param("Par Marie Dubois - Aujourd'hui à 09:12 - Lecture : 4 min",
                 id="byline-stamp-and-reading-time"),
    pytest.param("By Tom Hale published 2 hours ago", id="byline-with-its-stamp"),
    pytest.param("Marie Dubois est journaliste au service politique du Journal.",
                 id="bio-without-an-article"),
    pytest.param("Rédigé par Marie Dubois avec Paul Petit", id="written-by-with"),
    pytest.param("Chargement de la vidéo", id="player-text"),
    pytest.param("Le Journal - Mentions légales - Plan du site - Nous contacter",
                 id="footer-links"),
    pytest.param("By signing up you agree to our Terms of Use and Privacy Policy.",
                 id="consent-notice"),
    pytest.param("You can unsubscribe at any time.", id="unsubscribe-notice"),
    pytest.param("View this post on Instagram", id="embedded-post"),
    pytest.param("Une publication partagée par Le Journal (@lejournal)", id="embedded-post-fr"),
    pytest.param("Ce contenu n'est pas disponible.", id="blocked-embed"),
    pytest.param("Nous avons d'autres newsletters", id="we-have-newsletters"),
    pytest.param("Join our community to keep talking about the budget with other readers and "
                 "our reporters every week.", id="long-join-us-prompt"),
    pytest.param("Politics, analysis and debate, every weekday morning.",
                 id="newsletter-pitch"),
    pytest.param("The Daily Planet is part of Planet Media Group Ltd, a news publisher.",
                 id="publisher-part-of"),
    pytest.param("This story was amended on 3 May 2026.", id="amended-note"),
    # check4's categories (fresh wording)
    pytest.param("Please read our community guidelines before posting.",
                 id="community-guidelines"),
    pytest.param("Message us on WhatsApp: 06 12 34 56 78", id="message-us"),
    pytest.param("Updated at 14:05 GMT to add the mayor's statement.", id="update-note-to-add"),
    pytest.param("Ann Lee is the Planet's science editor.", id="bio-with-a-possessive"),
    pytest.param("— Météo Alpes (@meteoalpes) January 4, 2026", id="embedded-post-signature"),
    pytest.param("Bonsoir à tous et bienvenue dans ce direct consacré au budget.",
                 id="live-blog-greeting"),
    pytest.param("Ce résumé a été généré automatiquement par une intelligence artificielle.",
                 id="machine-summary-note"),
    pytest.param("Ce contenu est hébergé par youtube.com.", id="hosted-embed"),
    # check5's categories (fresh wording)
    pytest.param("Lyon 14 °C  Ensoleillé", id="weather-widget"),
    pytest.param("CAC 40 7 512,30 ▲ 0,42 %", id="index-with-an-arrow"),
    pytest.param("BREAKING NEWS  Power cut hits 20,000 homes in Leeds", id="breaking-banner"),
    pytest.param("Flash : le Parlement adopte le budget 2027", id="flash-banner"),
    pytest.param("Lu 1 204 fois", id="view-count"),
    pytest.param("Progression de la lecture : 40 %", id="reading-progress"),
    pytest.param("Read the full report, opens new tab", id="opens-new-tab"),
    pytest.param("We acknowledge the Traditional Custodians of the lands on which we work.",
                 id="acknowledgement-of-country"),
    pytest.param("This service may include material from AFP and Reuters.",
                 id="syndicated-material"),
    pytest.param("Lisez notre dossier sur les élections municipales", id="read-our-dossier"),
    pytest.param("Follow The Daily Planet on Google News for the latest updates",
                 id="follow-on-google-news"),
    pytest.param("Recevez chaque vendredi le meilleur de notre rubrique cinéma.",
                 id="receive-every-friday"),
    pytest.param("Un texte de Marie Dubois", id="un-texte-de"),
    pytest.param("Par Le Journal du Nord avec AFP", id="by-a-site-with-an-agency"),
    pytest.param("Par Awa NDIAYE (textes) et Ali FALL (photos)", id="byline-with-roles"),
    pytest.param("Press Trust of India", id="agency-alone"),
    pytest.param("S.K.Y.", id="initials-in-capitals"),
    pytest.param("PHOTO ANNE LEBLANC, LE JOURNAL DU NORD", id="credit-in-capitals"),
    pytest.param("À lire aussi Le budget est-il tenable ?", id="read-also-no-colon"),
    pytest.param("Posted 5h ago5 hours ago Sat 5 Dec 2026 at 6:40am", id="glued-stamp"),
    # check6's categories (fresh wording)
    pytest.param("Diaporama – La fête des vendanges (24 photos)", id="gallery-link"),
    pytest.param("Les images du sauvetage (2:45)", id="video-with-its-length"),
    pytest.param("Transcription : « On n'avait jamais vu ça »", id="transcript-label"),
    pytest.param("Join the Planet's WhatsApp channel for the latest news.",
                 id="whatsapp-channel"),
    pytest.param("Ann Lee (@annlee) · Posted on X, 3 May 2026", id="post-signature-posted-on"),
    pytest.param("Quelle journée à Lyon #Lyon #Fête", id="hashtags"),
    pytest.param("This live coverage has ended.", id="live-ended"),
    pytest.param("Welcome to our comment community.", id="welcome-to-comments"),
    pytest.param("Report an editorial error", id="report-an-error"),
    pytest.param("N° 9412", id="issue-number"),
    pytest.param("Listen to this article 00:00 / 04:10", id="listen-to-this-article"),
    pytest.param("Continue reading for just 1 euro a week.", id="continue-reading-for"),
    pytest.param("Dernière heure : le Sénat adopte la réforme", id="derniere-heure"),
    pytest.param("Vos réactions (12)", id="your-reactions"),
    pytest.param("Les champs marqués d'un * sont obligatoires.", id="form-notice"),
    pytest.param("The Planet's newsroom covers Asia from Singapore and Hong Kong.",
                 id="newsroom-bio"),
    pytest.param("Lyon, jeudi 3 décembre 2026", id="place-and-date-of-the-day"),
    pytest.param("Avec La Presse Canadienne", id="with-canadian-press"),
    # check7's categories (fresh wording)
    pytest.param("TRAFFIC ALERT: A6 closed between Lyon and Villefranche", id="traffic-alert"),
    pytest.param("The video will auto-play soon", id="auto-play"),
    pytest.param("READ: Ten things to know about the budget", id="read-label"),
    pytest.param("Don't miss out on the latest news.", id="dont-miss"),
    pytest.param("Subscribe to PLANET PLUS to get access to 70 titles, share up to five "
                 "devices and listen to our podcasts every day.", id="long-subscribe-call"),
    pytest.param("Disclaimer: The views of readers do not represent those of The Planet.",
                 id="disclaimer-label"),
    pytest.param("Wonderful news for the winners 🎉", id="emoji-post"),
    pytest.param("Please play responsibly and within your limits", id="gambling-notice"),
    pytest.param("Comments are subject to our community rules.", id="comments-subject-to"),
    pytest.param("Les commentaires ont été désactivés pour cet article.",
                 id="comments-disabled"),
    pytest.param("Oui, souvent   41%", id="poll-option"),
    pytest.param("1 204 votes", id="poll-count"),
    pytest.param("1 € = 655,957 FCFA", id="exchange-rate"),
    pytest.param("Wave : payez vos factures sans frais jusqu'au 31 mars*", id="offer-asterisk"),
    pytest.param("Save my name, email, and website in this browser for the next time I comment.",
                 id="save-my-name"),
    pytest.param("Photo Marine nationale", id="photo-and-source"),
    pytest.param("Télécharge notre appli!", id="download-our-app"),
    pytest.param("Aller à la recherche", id="skip-to-search"),
    pytest.param("To continue reading, subscribe to The Daily Ledger.", id="paywall-continue"),
    pytest.param("Pour poursuivre votre lecture, abonnez-vous.", id="paywall-poursuivre"),
    pytest.param("Why you can trust The Coastal Herald", id="trust-box"),
    pytest.param("Pourquoi vous pouvez nous faire confiance", id="trust-box-fr"),
    pytest.param("A version of this article appears in print on March 3, 2026, Section B, "
                 "Page 2 of the national edition.", id="print-edition-note"),
    pytest.param("Cet article est paru dans l'édition papier du 4 mars 2026.",
                 id="print-edition-note-fr"),
    pytest.param("Horoscope du jour : Bélier, Taureau, Gémeaux…", id="section-teaser"),
    pytest.param("Crossword: today's puzzle and yesterday's answers", id="section-teaser-en"),
    pytest.param("SONDAGE Avez-vous déjà pris le ferry pour l'île ?", id="poll-label"),
    pytest.param("Poll: Should the town hall reopen on Sundays?", id="poll-label-en"),
    pytest.param("Nantes 9°C Éclaircies — Qualité de l'air : bonne", id="weather-and-air"),
    pytest.param("Ce qu'il faut retenir", id="summary-box"),
    pytest.param("Key points", id="summary-box-en"),
    pytest.param("Credit: Alamy", id="credit-label"),
    pytest.param("Picture supplied", id="credit-supplied"),
    pytest.param("Photo DR", id="credit-droits-reserves"),
    pytest.param("Metro Police, via Reuters", id="credit-via-agency"),
    pytest.param("Representational image.", id="representational-image"),
    pytest.param("Have your say.", id="have-your-say"),
    pytest.param("Donnez votre avis", id="donnez-votre-avis"),
    pytest.param("WATCH | How the ruling affects riders", id="watch-kicker"),
    pytest.param("VIDÉO | Les images du pont fermé", id="video-kicker-fr"),
    pytest.param("Catch all the Latest News and Breaking News Updates on The Metro Ledger.",
                 id="site-promo"),
    pytest.param("Retrouvez toute l'actualité de la région sur Le Courrier.", id="site-promo-fr"),
    pytest.param("(With inputs from PTI)", id="with-inputs-from-agency"),
    pytest.param("EUR/MAD 10,72   USD/MAD 9,98", id="exchange-rates-by-pair"),
    pytest.param("Catch all the Business News and Latest News Updates on The Metro Ledger.",
                 id="site-promo-with-sections"),
    pytest.param("We value your privacy", id="privacy-title"),
    pytest.param("Serving Kent and Sussex since 1854", id="tagline"),
    pytest.param("Le quotidien de la Côte", id="tagline-fr"),
    pytest.param("Horaires de prière – Dakar : Fajr 05:46   Dohr 13:20   Asr 16:25   Maghrib 19:02",
                 id="times-widget"),
    pytest.param("Le Journal – Mentions légales – Politique de confidentialité – Nous contacter",
                 id="dash-menu"),
    pytest.param("Plus d'informations sur ce sujet", id="related-label-fr"),
    pytest.param("Par Jean Tremblay, Le Soleil du Nord", id="byline-with-outlet-fr"),
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
    # issue 17: real sentences shaped like the furniture above
    pytest.param("Les familles peuvent appeler le 0 800 130 000, a précisé la préfecture.",
                 id="sentence-quoting-a-phone-number"),
    pytest.param("The hotline, 0800 123 456, took 3,000 calls, officials said.",
                 id="sentence-with-a-hotline"),
    pytest.param("Le siège, 12 rue de la République à Lyon, a été évacué.",
                 id="sentence-with-an-address"),
    pytest.param("Les pompiers sont restés.", id="short-real-sentence"),
    pytest.param("M. Macron a dit qu'il irait à St. Louis en mai.", id="abbreviations-in-claim"),
    pytest.param("Le 12 mars 2026, le préfet a ordonné l'évacuation.",
                 id="sentence-starting-with-a-date"),
    pytest.param("The court ruled that cookies used by the site broke privacy law.",
                 id="cookies-in-a-claim"),
    pytest.param("Share prices fell 4% in Tokyo after the quake.", id="share-prices"),
    pytest.param("Voir Naples, le rêve de 2 millions de touristes, coûte plus cher.",
                 id="voir-in-a-claim"),
    pytest.param("Le président s'est entretenu avec ses ministres et avec l'AFP.",
                 id="avec-afp-in-a-sentence"),
    pytest.param("Reporting by local media said the toll had risen to 12.",
                 id="reporting-by-media"),
    pytest.param("Photographs taken by residents show the river in full flood.",
                 id="photographs-in-a-claim"),
    pytest.param("Le bilan provisoire s'élève à 14 blessés (source : préfecture).",
                 id="bracketed-source-in-claim"),
    pytest.param('"We will send more troops," the minister said on Tuesday.',
                 id="we-will-in-a-quote"),
    pytest.param("A map of the fault line shows how far the quake travelled.", id="map-in-a-claim"),
    pytest.param("Your money or your life", id="your-in-a-five-word-title"),
    pytest.param("The network obtained exclusive footage of the rescue, police said.",
                 id="exclusive-footage-claim"),
    pytest.param("Signing up for the army was his only option, his mother said.",
                 id="signing-up-claim"),
    pytest.param("Once we have official confirmation / an incident report, we will act.",
                 id="slash-in-a-sentence"),
    pytest.param("At 09:45 the CAC 40 fell by 2%, traders said.", id="clock-time-in-a-claim"),
    pytest.param("Our reporters saw ten bodies in the street on Monday.",
                 id="our-reporters-in-a-claim"),
    pytest.param("It's a party ... a rehab party!", id="articles-a-are-no-text-size-buttons"),
    pytest.param("Deep Throat connection?", id="question-with-a-ui-like-word"),
    pytest.param("Take your pick.", id="short-second-person-sentence"),
    pytest.param("In August, IBM added http://blogs.example.com/green/2007/08/ibm to its list.",
                 id="url-slashes-are-no-menu"),
    pytest.param("The phone will not offer 3G: users will rely on GSM/GPRS and EDGE instead.",
                 id="slash-in-capitals-is-no-credit"),
    pytest.param("The ceasefire does not constitute a peace deal, the minister said.",
                 id="does-not-constitute-in-a-claim"),
    pytest.param("The regulator found the app gave investment advice without a licence.",
                 id="investment-advice-claim"),
    pytest.param("The vote was delayed by 20 minutes after a bomb alert.",
                 id="delayed-minutes-claim"),
    pytest.param("Data from the survey was not delayed.", id="data-delayed-claim"),
    pytest.param("Written by hand, the letter was signed by 40 MPs.", id="written-by-hand"),
    pytest.param("Reported by Reuters, the deal was signed on Monday.", id="reported-by-claim"),
    pytest.param("Correction officers went on strike on Monday.", id="correction-officers"),
    pytest.param("The story was updated on 12 May by the film's director.",
                 id="a-story-updated-is-no-note"),
    pytest.param("Get the vaccine before winter, the health minister urged.", id="get-the-claim"),
    pytest.param("COVID 19", id="capitals-and-a-number-are-no-ticker"),
    pytest.param("Heavy rain in Lyon", id="rain-in-a-place-is-no-byline"),
    pytest.param("Topics discussed included the budget", id="topics-in-a-subheading"),
    pytest.param("Of course, a company no one had heard of could change the rules.",
                 id="company-no-one"),
    pytest.param("The novel is published by Penguin Random House in May.", id="published-by-claim"),
    pytest.param("The newspaper breached the editors' code of practice, the regulator ruled.",
                 id="code-of-practice-claim"),
    pytest.param("Chez Airbus, les commentaires des syndicats ont été entendus.",
                 id="chez-is-no-imperative"),
    pytest.param("Notez que le déficit se creuse, a précisé le ministre.",
                 id="imperative-in-a-quote-without-page-words"),
    pytest.param("Le rapport est en ligne sur www.sante.gouv.fr depuis mardi.",
                 id="sentence-with-a-url"),
    pytest.param("Mots-clés, listes et slogans ont envahi la campagne, selon l'institut.",
                 id="tag-label-word-in-a-sentence"),
    pytest.param("Marc Dupont est journaliste depuis vingt ans, a précisé son avocat.",
                 id="journalist-in-a-reported-sentence"),
    pytest.param("Play resumed after a 20-minute delay, the video referee said.",
                 id="play-in-a-sentence"),
    pytest.param("Loading of the ferry resumed on Tuesday.", id="loading-in-a-sentence"),
    pytest.param("By signing the deal, the club agreed to pay 45 million euros.",
                 id="by-signing-a-deal"),
    pytest.param("En cliquant sur le lien, les victimes ont perdu 3 000 euros, selon la police.",
                 id="en-cliquant-in-a-claim"),
    pytest.param("Ce contenu n'est pas conforme à la loi, a jugé le tribunal.",
                 id="content-not-lawful"),
    pytest.param("We have no comment, the spokesman said.", id="we-no-comment"),
    pytest.param("Aerodata is part of the Airbus group, the company said.",
                 id="part-of-a-group-claim"),
    pytest.param("The minister  said  the budget would rise by 3%.",
                 id="double-spaces-in-a-sentence"),
    pytest.param("News, analysis and updates poured in from 40 newsrooms, the editor said.",
                 id="pitch-words-in-a-claim"),
    pytest.param("The conversation between the two leaders lasted an hour, aides said.",
                 id="conversation-in-a-claim"),
    pytest.param("Updated figures released on 3 May showed 40 more deaths.",
                 id="updated-figures-claim"),
    pytest.param("Bonjour, a lancé le maire aux 200 habitants réunis devant la mairie.",
                 id="bonjour-in-a-claim"),
    pytest.param("This translation was made by the court's interpreters in 2019.",
                 id="translation-by-people"),
    pytest.param("Ce contenu provoque la colère des parents, selon l'association.",
                 id="ce-contenu-in-a-claim"),
    pytest.param("Il a fait 38,2 °C à Grenoble, un record pour la ville",
                 id="temperature-in-a-headline"),
    pytest.param("Flash floods hit the valley on Tuesday, killing two people.",
                 id="flash-floods"),
    pytest.param("The video was shared 3,000 times before it was removed, police said.",
                 id="shared-in-a-claim"),
    pytest.param("Lisez bien le contrat, a conseillé l'avocat aux 40 locataires.",
                 id="lisez-without-our"),
    pytest.param("Le quotidien des soignants a changé depuis la crise, selon l'étude.",
                 id="quotidien-in-a-sentence"),
    pytest.param("The video, shot on May 3, was posted on X by a witness, police said.",
                 id="posted-on-x-in-a-claim"),
    pytest.param("The report found 12 editorial errors in 2025, the ombudsman said.",
                 id="errors-in-a-claim"),
    pytest.param("Les champs de blé ont brûlé sur 40 hectares, selon les pompiers.",
                 id="champs-in-a-claim"),
    pytest.param("Lyon, la ville la plus touchée, a perdu 3 % de ses emplois.",
                 id="place-and-comma-in-a-claim"),
    pytest.param("Turnout reached 41% in Lyon, officials said.", id="share-in-a-claim"),
    pytest.param("The lottery paid out 1,204 prizes on Tuesday.", id="count-in-a-claim"),
    pytest.param("Read the small print, the regulator told investors in 2025.",
                 id="read-as-a-verb"),
    pytest.param("Players can download the app for free since May, the operator said.",
                 id="download-the-app-in-a-claim"),
    pytest.param("Search teams reached the top of the hill on Monday, police said.",
                 id="search-and-top-in-a-claim"),
    pytest.param("By Friday, Smith, a reporter who covered the trial, had left the city.",
                 id="by-a-day-then-a-reporter-in-a-claim"),
    pytest.param("Par ailleurs, la journaliste Marie Dupont a été libérée mardi.",
                 id="fr-par-ailleurs-then-a-journalist-in-a-claim"),
    # no furniture here: sentences of the text with the words of the rules above
    pytest.param("Of course, we have yet to hear from the club, as I wrote in today's print "
                 "edition.", id="print-edition-in-a-sentence"),
    pytest.param("L'article 12 du règlement a été publié dans le journal officiel mardi.",
                 id="article-of-law-published"),
    pytest.param("The mayor said residents supplied the pictures to the police.",
                 id="supplied-in-a-sentence"),
    pytest.param("Il fait 38 °C à Grenoble, un record pour un mois de juin.",
                 id="temperature-in-a-sentence"),
    pytest.param("Le sondage publié mardi donne 52 % au maire sortant.", id="poll-in-a-sentence"),
    pytest.param("Why can voters trust the count, asked the observers.", id="trust-question"),
    pytest.param("Crédit Agricole a annoncé 2 000 suppressions de postes.", id="bank-name"),
    pytest.param("The games were cancelled after the storm, organisers said.",
                 id="games-in-a-sentence"),
    pytest.param("The workers succeeded — barely.", id="dash-in-prose"),
    pytest.param("Colts – 13, Chiefs – 10 and a new ballgame.", id="dashes-in-a-score"),
    pytest.param("The first train leaves at 06:10, the second at 07:40 and the last at 23:55.",
                 id="clock-times-in-a-sentence"),
    pytest.param("We value your privacy, the company wrote in a statement to its users.",
                 id="privacy-in-a-sentence"),
    pytest.param("Serving the poor has been her life's work, the bishop said.",
                 id="serving-in-a-sentence"),
    pytest.param("Get all the details at the town hall on Monday.", id="get-details"),
    pytest.param("VIDEO games are booming in Senegal, the survey found.", id="video-games"),
    pytest.param("Read the ministry's figures on Monday before the vote.", id="read-figures"),
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


CRUMBS = [
    pytest.param("Accueil Gironde Bordeaux Faits divers", "fr", id="fr-breadcrumb"),
    pytest.param("Home World Europe Belgium Crime news", "en", id="en-breadcrumb"),
]


@pytest.mark.parametrize(("crumb", "lang"), CRUMBS)
def test_a_breadcrumb_above_the_headline_is_never_it(crumb: str, lang: str) -> None:
    """A breadcrumb whose last section name is in sentence case (``Faits divers``) is a
    list of words, set aside above the headline, which stays the title."""
    title = ("Bordeaux : un entrepôt détruit par un incendie dans la nuit" if lang == "fr"
             else "Ghent museum robbed of two Dutch masters in night raid")
    body = ("L'incendie a été maîtrisé vers 5 heures, selon les pompiers." if lang == "fr"
            else "The paintings were taken overnight, police said on Monday.")
    skip = "Aller au contenu" if lang == "fr" else "Skip to content"
    art = Article(id="a", path="a", text=f"{skip}\n{crumb}\n{title}\n{body}\n")
    claims, furniture = classify_units(art, segment_article(art, lang=lang),
                                       options=ReportOptions())
    assert [u.text for u in claims] == [title, body]
    assert [u.text for u, _ in furniture] == [skip, crumb]


def test_a_short_title_case_headline_with_a_verb_is_no_breadcrumb() -> None:
    """Four words with one in lower case stay a headline (``Saints shut down Bush``)."""
    art = Article(id="a", path="a", text="Storm Batters Coastal towns\nThe storm hit on Monday.\n")
    claims, _ = classify_units(art, segment_article(art, lang="en"), options=ReportOptions())
    assert claims[0].text == "Storm Batters Coastal towns"


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


def page(text: str, lang: str = "en") -> tuple[list[str], dict[str, str]]:
    """(claims, furniture text → reason) of one page."""
    art = Article(id="a", path="a", text=text)
    claims, furniture = classify_units(art, segment_article(art, lang=lang),
                                       options=ReportOptions())
    return [u.text for u in claims], {u.text: why for u, why in furniture}


HEADLINES = [
    # (page, the headline): the first title-like line of the top run that is no furniture
    pytest.param("Skip to main content\nThe Daily Planet\nWorld\nFlood forces 1,200 people "
                 "from their homes in Lyon\nAbout 1,200 people were evacuated overnight.\n",
                 "Flood forces 1,200 people from their homes in Lyon", id="skip-site-section"),
    pytest.param("LIVE\nSéisme au Japon : l'alerte au tsunami levée\nUn séisme a frappé le "
                 "nord du Japon jeudi.\n", "Séisme au Japon : l'alerte au tsunami levée",
                 id="teaser-label"),
    pytest.param("Home | World | Business | Sport\nMarkets\nShares fall after rate rise\n"
                 "Stocks fell on Tuesday after the bank raised rates.\n",
                 "Shares fall after rate rise", id="menu-then-short-headline"),
    pytest.param("Budget adopté\nLe texte a été voté.\n", "Budget adopté",
                 id="short-headline-alone"),
    pytest.param("Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'\nPublished May "
                 "05, 2010\nThe prime minister has denounced the deaths.\n",
                 "Greek Prime Minister Calls Bank Workers' Riot Deaths 'Murder'",
                 id="title-case-headline"),
    pytest.param("Scientific Consultations Under Endangered Species Act Restored\nWASHINGTON, DC, "
                 "April 28, 2009\nThe administration revoked the rule today.\n",
                 "Scientific Consultations Under Endangered Species Act Restored",
                 id="title-case-first-line-over-a-dateline"),
    pytest.param("Skip to content\nHome News Sport Weather Sounds Culture\nStorm leaves 400,000 "
                 "homes without power\nA storm hit Texas on Thursday.\n",
                 "Storm leaves 400,000 homes without power", id="menu-of-capitalised-words"),
]


def test_a_short_headline_over_a_subtitle_is_kept() -> None:
    """A short headline with a verb in lower case above a longer subtitle is no site
    furniture: both stay claims."""
    claims, _ = page("Saints shut down Bush\nRunning back to miss games against Lions and "
                     "Panthers\nBush's season has come to an early end.\n")
    assert claims[:2] == ["Saints shut down Bush",
                          "Running back to miss games against Lions and Panthers"]


@pytest.mark.parametrize(("text", "headline"), HEADLINES)
def test_the_headline_is_the_first_title_that_is_no_furniture(text: str, headline: str) -> None:
    """Lines above the headline (skip links, site name, sections, teasers) are furniture;
    the headline itself is kept."""
    claims, furniture = page(text)
    assert claims[0] == headline
    above = text[:text.index(headline)].split("\n")
    assert all(line in furniture for line in above if line)


def test_title_like_lines_after_the_text_are_furniture() -> None:
    """After the article's last sentence, related headlines and tags are furniture; a
    subheading followed by text is not."""
    claims, furniture = page(
        "Flood forces 1,200 from their homes\nAbout 1,200 people were evacuated overnight.\n"
        "Rescue work goes on\nFirefighters were still at work on Sunday morning.\n"
        "Insurers brace for rising climate bills\nEurope's wettest winter on "
        "record\nFloods\n")
    assert "Rescue work goes on" in claims
    assert {"Insurers brace for rising climate bills", "Europe's wettest winter on record",
            "Floods"} <= set(furniture)
    assert furniture["Insurers brace for rising climate bills"] == AFTER_END


def test_the_text_after_its_last_sentence_keeps_short_sentences_and_lists() -> None:
    """After the last long sentence, a short sentence and a list announced with a colon
    are the article's, not related links."""
    claims, _ = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                     "Best decision ever.\nGood luck, Tara.\nThanks.\n")
    assert {"Best decision ever.", "Good luck, Tara."} <= set(claims)
    claims, _ = page("Saints lose Bush\nBush will miss the last two games of the season.\n"
                     "The rest of the injury report is as follows:\nS Malcolm Jenkins (knee)\n"
                     "TE Jimmy Graham (ankle)\nLB Danny Clark (hamstring)\n")
    assert "TE Jimmy Graham (ankle)" in claims


def test_a_question_to_the_reader_goes_with_its_prompt() -> None:
    """A question before the prompt, contact or control that closes its line is the
    prompt's; a question of the text followed by its answer is the text's."""
    claims, furniture = page(
        "Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse de 3 %.\n"
        "Pourquoi ce budget ? Le ministre a répondu devant les députés mardi.\n"
        "Le texte sera voté en décembre, selon le ministère.\n"
        "Vous avez une question ? Posez-la en commentaire\n"
        "Une info à nous signaler ? Écrivez à info@journal.example.fr\n", "fr")
    assert {"Vous avez une question ?", "Posez-la en commentaire",
            "Une info à nous signaler ?"} <= set(furniture)
    assert {"Pourquoi ce budget ?", "Le ministre a répondu devant les députés mardi."} <= set(
        claims)


def test_a_headline_under_a_related_links_label_is_furniture() -> None:
    """A title-like line right under ``Read more`` alone on its line is a linked
    article's headline, even inside the text; a subheading under a sentence is kept."""
    claims, furniture = page(
        "Storm hits Texas\nA storm hit Texas on Thursday, police said.\nRead More\n"
        "Insurers brace for rising climate bills\nCrews worked through the night.\n"
        "Power is back in most homes\nMore than 90% of homes had power again by Friday.\n")
    assert "Insurers brace for rising climate bills" in furniture
    assert "Power is back in most homes" in claims


def test_the_headlines_listed_under_a_related_label_are_furniture() -> None:
    """Under ``Les plus lus``, every title-like line (a question, a ``DIRECT.`` kicker
    too) is a linked headline, until a sentence of the text."""
    claims, furniture = page(
        "Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse de 3 %.\n"
        "Les plus lus\nRetraites : ce qui change au 1er janvier\nFaut-il craindre la grippe ?\n"
        "DIRECT. Tempête : 12 départements en vigilance orange\n"
        "Le texte sera voté en décembre, selon le ministère.\n", "fr")
    assert {"Retraites : ce qui change au 1er janvier", "Faut-il craindre la grippe ?",
            "Tempête : 12 départements en vigilance orange"} <= set(furniture)
    assert "Le texte sera voté en décembre, selon le ministère." in claims


def test_a_blocked_embed_takes_its_request_along() -> None:
    """The sentences after ``Ce contenu n'est pas accessible.`` on its line are its
    request to accept cookies."""
    _, furniture = page("Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse"
                        " de 3 %.\nCe contenu n'est pas accessible. Pour le voir, acceptez les "
                        "cookies de la catégorie Vidéos.\nLe texte sera voté en décembre.\n",
                        "fr")
    assert "Pour le voir, acceptez les cookies de la catégorie Vidéos." in furniture


def test_datelines_of_regional_and_agency_pages_are_set_aside() -> None:
    """A place with a full stop opening a paragraph (``Chamonix. La nouvelle…``) and an
    agency dateline with a place in lower case are datelines; one word of the text with a
    full stop is not (``Non. Le maire…`` keeps both)."""
    claims, furniture = page(
        "Avalanche : trois morts\nChamonix. La nouvelle a plongé la vallée dans la stupeur.\n"
        "Grenoble, 4 janvier (AFP) - Trois skieurs sont morts dimanche, selon la préfecture.\n"
        "Non. Le maire a refusé de fermer les pistes.\n", "fr")
    assert {"Chamonix.", "Grenoble, 4 janvier (AFP) -"} <= set(furniture)
    assert {"La nouvelle a plongé la vallée dans la stupeur.",
            "Trois skieurs sont morts dimanche, selon la préfecture.", "Non."} <= set(claims)


def test_the_sentence_cut_by_a_paywall_is_a_fragment() -> None:
    """The text's last words before ``Il vous reste…`` are cut mid-sentence."""
    _, furniture = page("Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse"
                        " de 3 %. Selon nos informations, le ministre aurait prévu une autre "
                        "hau\nIl vous reste 70 % de cet article à lire.\n", "fr")
    assert furniture["Selon nos informations, le ministre aurait prévu une autre hau"] == FRAGMENT


def test_a_cookie_banner_takes_its_choices_along() -> None:
    """The sentences after a cookie banner's first on its line are its choices."""
    _, furniture = page("Nous utilisons des cookies pour mesurer l'audience. Vous pouvez accepter"
                        " ou refuser à tout moment.\nBudget : la santé en hausse\nLe "
                        "gouvernement a annoncé mardi une hausse de 3 %.\n", "fr")
    assert "Vous pouvez accepter ou refuser à tout moment." in furniture


def test_headlines_under_a_sponsored_label_are_furniture() -> None:
    """Under ``Sponsored content``, a promoted headline with its brand is furniture."""
    claims, furniture = page(
        "Storm hits Texas\nA storm hit Texas on Thursday, police said.\nSponsored content\n"
        "Homeowners are switching to this one heat pump | WarmCo\n"
        "Crews worked through the night to restore power.\n")
    assert "Homeowners are switching to this one heat pump | WarmCo" in furniture
    assert "Crews worked through the night to restore power." in claims


def test_a_regional_title_after_its_place_is_the_headline() -> None:
    """``Niort. Naissance d'un okapi…`` is the page's title after its place; the site's
    name above it and repeated below it is furniture."""
    claims, furniture = page(
        "Le Courrier du Nord\nAccueil  Lille  Douai  Sports\n"
        "Lille. Naissance d'un okapi au zoo de la citadelle\n"
        "Le Courrier du Nord\nUn jeune okapi est né le 14 novembre au zoo, a indiqué la "
        "direction.\n", "fr")
    assert claims[0] == "Naissance d'un okapi au zoo de la citadelle"
    assert {"Lille.", "Le Courrier du Nord"} <= set(furniture)


def test_a_motto_is_not_the_headline() -> None:
    """A site's motto above its headline is passed over for the title."""
    claims, furniture = page(
        "LA GAZETTE\nLe quotidien de la région des Lacs\nPolitique  Société  Sports\n"
        "Le conseil municipal vote la fermeture de la piscine olympique\n"
        "Le conseil a voté mardi la fermeture de la piscine, a indiqué le maire.\n", "fr")
    assert claims[0] == "Le conseil municipal vote la fermeture de la piscine olympique"
    assert "Le quotidien de la région des Lacs" in furniture


def test_a_print_header_is_furniture() -> None:
    """A browser's print header (date, time, the page's title and site) is furniture."""
    _, furniture = page("12/6/26, 4:31 PM  Storm hits Leeds | The Daily Planet\nStorm hits Leeds"
                        "\nA storm hit Leeds on Thursday, police said.\n")
    assert {"12/6/26, 4:31 PM", "Storm hits Leeds | The Daily Planet"} <= set(furniture)


def test_a_feed_line_after_its_clock_time_is_furniture() -> None:
    """``14 h 02  Incendie…``: a live list's item after its time."""
    _, furniture = page("Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse"
                        " de 3 %.\n14 h 02  Incendie dans un entrepôt de Roubaix\n"
                        "Le texte sera voté en décembre.\n", "fr")
    assert "Incendie dans un entrepôt de Roubaix" in furniture


def test_datelines_without_a_date_or_an_agency_in_capitals() -> None:
    """``Québec/Genève (ATS/AFP) –`` and ``RABAT, Morocco, Dec 2 —`` are datelines."""
    claims, furniture = page(
        "Storm hits Texas\nRABAT, Morocco, Dec 2 — A storm hit Texas on Thursday, police said.\n"
        "Québec/Genève (ATS/AFP) – Crews worked through the night.\n")
    assert {"RABAT, Morocco, Dec 2 —", "Québec/Genève (ATS/AFP) –"} <= set(furniture)
    assert {"A storm hit Texas on Thursday, police said.",
            "Crews worked through the night."} <= set(claims)


def test_a_site_name_repeated_below_is_not_the_headline() -> None:
    """A five-word site name above the headline, named again in the footer, is passed
    over for the title."""
    claims, furniture = page(
        "Le Courrier de la Vallée\nActualités  Politique  Sports\n"
        "De la fumée dans la cabine, un avion se pose d'urgence à Lyon\n"
        "L'avion s'est posé vers 9 h, a indiqué la compagnie.\n"
        "© Le Courrier de la Vallée 2026\n", "fr")
    assert claims[0] == "De la fumée dans la cabine, un avion se pose d'urgence à Lyon"
    assert "Le Courrier de la Vallée" in furniture


def test_a_poll_with_its_question_is_furniture() -> None:
    """A question right above a poll's options is the poll's."""
    claims, furniture = page(
        "Budget : la santé en hausse\nLe gouvernement a annoncé mardi une hausse de 3 %.\n"
        "Faut-il augmenter le budget ?\nOui   61%\nNon   39%\n2 310 votes\n"
        "Le texte sera voté en décembre, selon le ministère.\n", "fr")
    assert {"Faut-il augmenter le budget ?", "Oui   61%", "2 310 votes"} <= set(furniture)
    assert "Le texte sera voté en décembre, selon le ministère." in claims


def test_a_dateline_in_capitals_with_a_dash() -> None:
    """``MANILA, Philippines —`` and ``LYON —`` open their first sentence."""
    claims, furniture = page("Storm hits Texas\nMANILA, Philippines — A storm hit Texas on "
                             "Thursday, police said.\nLYON — Crews worked through the night.\n")
    assert {"MANILA, Philippines —", "LYON —"} <= set(furniture)
    assert "A storm hit Texas on Thursday, police said." in claims


def test_a_market_data_notice_takes_its_terms_along() -> None:
    """The sentences after ``Market data provided by…`` on its line are its terms."""
    _, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                        "Market data provided by Example Exchange. Delayed by 15 minutes. "
                        "Terms of use apply.\n")
    assert {"Delayed by 15 minutes.", "Terms of use apply."} <= set(furniture)


def test_a_caption_goes_with_its_credit() -> None:
    """A caption sentence on the line of its photo credit is furniture too."""
    claims, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                             "Cars sit stranded on a road, Jan. 22, 2026. (AP Photo/Ann Lee)\n"
                             "Crews worked through the night to restore power.\n")
    assert "Cars sit stranded on a road, Jan. 22, 2026." in furniture
    assert "Crews worked through the night to restore power." in claims


CAPTIONS = [
    pytest.param("Rescuers search the rubble on Tuesday. REUTERS/Ann Smith", id="wire-credit"),
    pytest.param("Le port à l'arrêt, lundi 2 février. | ARCHIVES LE JOURNAL", id="pipe-credit"),
    pytest.param("Des secouristes dans les décombres, le 3 mai. (JEAN DUPONT / AFP)",
                 id="bracketed-credit"),
    pytest.param("Une rue inondée de Chessy. [Keystone]", id="square-bracket-credit"),
    pytest.param("Firefighters at the scene on Monday. Photograph: Ann Lee/Wirephoto",
                 id="late-slash-credit"),
    pytest.param("Rescuers at work on Tuesday. Wirephoto/Ann Lee", id="agency-slash-name"),
    pytest.param("Des passagers sur le quai, mardi soir. | PHOTO LE JOURNAL – ANN LEE",
                 id="pipe-credit-with-a-dash"),
    pytest.param("Le pont fermé, mardi. Photo archives Le Journal/Ann Lee",
                 id="archive-photo-credit"),
    pytest.param("Crews at the bridge on Monday. Photograph: Ann Lee/AFP/Getty Images",
                 id="credit-with-two-slashes"),
    pytest.param("Ann Lee had skied since she was four, her family said (Image: Family handout)",
                 id="bracketed-image-credit"),
    pytest.param("La gare, lundi matin. | L'ÉCHO DU NORD / ANN LEE", id="pipe-credit-elided"),
    pytest.param("Firefighters at the scene on Tuesday evening. Picture supplied",
                 id="picture-supplied"),
    pytest.param("The mayor outside the town hall in March. Contributed", id="contributed"),
    pytest.param("Le maire devant la mairie, en mars. Photo fournie", id="photo-fournie"),
    pytest.param("The painting as found, in a photo released by the police. Metro Police, "
                 "via Reuters", id="credit-via-agency"),
    pytest.param("The firm runs 240 shops in four countries. Credit: Alamy", id="credit-colon"),
]


@pytest.mark.parametrize("line", CAPTIONS)
def test_caption_lines_are_furniture(line: str) -> None:
    """A caption and the credit that closes it are both set aside."""
    claims, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                             + line + "\nCrews worked through the night to restore power.\n")
    assert not [c for c in claims if c in line], furniture


def test_a_title_like_line_above_a_credit_is_its_caption() -> None:
    """A title-like line right above a line that only credits a picture is its caption,
    though it names no one; the same line above a sentence of the text is a subheading."""
    claims, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                             "Volunteers fill sandbags outside the town hall\n(Photo: Ann Lee)\n"
                             "Crews worked through the night to restore power.\n"
                             "Power is back in most homes\nMore than 90% of homes had power "
                             "again by Friday, the utility said.\n")
    assert "Volunteers fill sandbags outside the town hall" in furniture
    assert "Power is back in most homes" in claims


PRESENT_CAPTIONS = [
    pytest.param("Volunteers fill sandbags outside the town hall on Tuesday.", id="on-a-weekday"),
    pytest.param("Rescuers lift a child from a boat as a helicopter approaches.",
                 id="as-it-happens"),
]
NOT_PRESENT_CAPTIONS = [
    pytest.param("Volunteers filled sandbags outside the town hall on Tuesday.", id="past-tense"),
    pytest.param("The mayor faces a vote of confidence on Tuesday.", id="a-prospect"),
    pytest.param("The council plans to reopen the bridge on March 3.", id="an-infinitive"),
    pytest.param("Volunteers fill sandbags outside the town hall.", id="no-time-said"),
]


@pytest.mark.parametrize("line", PRESENT_CAPTIONS)
def test_a_picture_described_in_the_present_is_a_caption(line: str) -> None:
    """An English sentence alone between paragraphs, in the present tense with no
    auxiliary, past form or pronoun, saying when, describes a picture."""
    _, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                        + line + "\nCrews worked through the night to restore power.\n")
    assert line in furniture


@pytest.mark.parametrize("line", NOT_PRESENT_CAPTIONS)
def test_sentences_of_the_text_are_no_present_captions(line: str) -> None:
    """Past tense, a prospect, an infinitive or no time said: a sentence of the text."""
    claims, _ = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                     + line + "\nCrews worked through the night to restore power.\n")
    assert line in claims


PULL_QUOTES = [
    # (a line set between paragraphs, the paragraph after it)
    pytest.param("‘We lost everything in one night’", "The mayor will visit on Monday.",
                 id="quoted"),
    pytest.param("« On a tout perdu en une nuit »", "Le maire viendra lundi.", id="quoted-fr"),
    pytest.param("Residents lost everything as the river rose in one night",
                 "The mayor will visit on Monday.", id="repeats-the-text"),
]
NOT_PULL_QUOTES = [
    pytest.param("Residents count the cost of the storm",
                 "Residents began to count the cost of the storm on Friday.",
                 id="subheading-of-its-paragraph"),
    pytest.param("Residents lost everything as the river rose in one night, he said",
                 "The mayor will visit on Monday.", id="a-sentence-that-lost-its-period"),
]


def _pull_page(line: str, after: str) -> str:
    return ("Storm hits Texas\nResidents said they lost everything when the river rose in one "
            "night.\n" + line + "\n" + after + "\nCrews worked through the night to restore "
            "power.\n")


@pytest.mark.parametrize(("line", "after"), PULL_QUOTES)
def test_pull_quotes_are_furniture(line: str, after: str) -> None:
    """A quotation set apart between paragraphs, or a line repeating the text that does not
    head the paragraph under it, is a pull quote."""
    _, furniture = page(_pull_page(line, after), "fr" if "«" in line else "en")
    assert line in furniture


@pytest.mark.parametrize(("line", "after"), NOT_PULL_QUOTES)
def test_subheadings_are_no_pull_quotes(line: str, after: str) -> None:
    """A subheading that announces its paragraph, or a sentence that reports, stays."""
    claims, _ = page(_pull_page(line, after))
    assert line in claims


def test_copyright_terms_go_with_their_notice() -> None:
    """The sentences after a copyright notice on its line are its terms."""
    _, furniture = page("Storm hits Texas\nA storm hit Texas on Thursday, police said.\n"
                        "Copyright 2026 The Daily Planet. All rights reserved. This material "
                        "may not be published or rewritten.\n")
    assert "This material may not be published or rewritten." in furniture


FRAGMENTS = [
    pytest.param("L'incendie a pris mardi. Les sirènes ont retenti une heure après le début de "
                 "l'incen", "Les sirènes ont retenti une heure après le début de l'incen",
                 id="cut-mid-word"),
    pytest.param("The minister resigned on Tuesday. He", "He", id="cut-after-a-word"),
    pytest.param("Les sinistrés seront relogés. Selon le maire, « la reconstruction prendra "
                 "des mois et coû", "Selon le maire, « la reconstruction prendra des mois et coû",
                 id="open-quote"),
]
NOT_FRAGMENTS = [
    pytest.param("The minister resigned on Tuesday. Parliament will vote on his successor in "
                 "Kenya", id="capitalised-last-word"),
    pytest.param("Le ministre a démissionné mardi. Il a remis sa lettre au président de la "
                 "République hier soir à l'Elysée", id="whole-words"),
    pytest.param("Le ministre a démissionné mardi.", id="punctuated"),
]


@pytest.mark.parametrize(("text", "cut"), FRAGMENTS)
def test_a_sentence_cut_off_is_a_fragment(text: str, cut: str) -> None:
    """The cut-off end of an excerpt is set aside as a fragment, reason ``fragment``."""
    _, furniture = page("Lead headline here\n" + text + "\n", "fr")
    assert furniture[cut] == FRAGMENT
    assert reason_for(furniture[cut]) is Reason.FRAGMENT


@pytest.mark.parametrize("text", NOT_FRAGMENTS)
def test_whole_sentences_are_no_fragments(text: str) -> None:
    """A sentence that merely lacks its period, or ends in a name, stays a claim."""
    _, furniture = page("Lead headline here\n" + text + "\n", "fr")
    assert FRAGMENT not in furniture.values(), furniture


def test_furniture_reasons_are_boilerplate_but_fragments() -> None:
    """Every furniture detail maps to a ``Reason``: ``fragment`` for cut sentences,
    ``boilerplate`` for the rest."""
    assert reason_for(FRAGMENT) is Reason.FRAGMENT
    assert reason_for("reader prompt") is Reason.BOILERPLATE


WHOLE_LINES = [
    # a registration closing a line: the address before it is the publisher's notice too
    "Harbour Times, Harbour House, Quay Street, Cork. Registered in Ireland No. 554433.",
    # a press regulator's notice opening a line: the complaint call after it is its own
    "This paper is a member of IPSO and abides by the Editors' Code of Practice. To make a "
    "complaint, visit our Complaints page.",
]


@pytest.mark.parametrize("line", WHOLE_LINES)
def test_a_notice_takes_its_whole_line(line: str) -> None:
    got = verdicts(line + "\nThe council will vote on the budget next Thursday, the town hall "
                   "said.\n", "en")
    parts = {k: v for k, v in got.items() if k in line}
    assert len(parts) == 2 and all(parts.values()), parts


def test_a_video_kicker_takes_its_line() -> None:
    got = verdicts("WATCH | What is a curlew? Experts explain\nThe council will vote on the "
                   "budget next Thursday, the town hall said.\n", "en")
    assert got["Experts explain"] and not got[
        "The council will vote on the budget next Thursday, the town hall said."]


@pytest.mark.parametrize("lead", ["Bengaluru:", "Moulay Bousselham -"])
def test_a_place_before_a_dash_or_colon_is_a_dateline(lead: str) -> None:
    from reporter.furniture import SHAPE_RULES
    assert any(r.detail == "wire dateline" and r.test(lead) for r in SHAPE_RULES)
    assert not any(r.detail == "wire dateline" and r.test(t) for r in SHAPE_RULES
                   for t in ("Saint-Émilion.", "Le 12 février 1995."))


NOTICE_LINES = [
    # (a notice of each kind of ``NOTICES``, a sentence of a text in its words)
    ("Le Courrier respecte votre vie privée",
     "Le tribunal a jugé que la société ne respecte pas la vie privée de ses clients."),
    ("We and our 842 partners store and/or access information on a device, such as cookies.",
     "The council and its partners will open two relief centres on Monday, officials said."),
    ("Vous pouvez lire Le Courrier sur un seul appareil à la fois",
     "Les pompiers ont évacué 300 personnes à la fois de la vallée, a indiqué la préfecture."),
    ("End of X post by CFA Victoria", "The post was closed at the end of the week."),
    ("Flash 06 h 50 : coupure d'eau programmée mardi de 8 h à 12 h",
     "Le flash de la caméra a été déclenché à 6 h 50, selon l'enquête."),
    ("Compare now", "Residents can compare the maps published by the council on Monday."),
    ("If this story has raised issues for you, support is available from Lifeline on 13 11 14.",
     "Support is growing for the plan, the mayor told reporters on Monday."),
    ("Data Analyst – Nairobi fintech firm. Closing date: Dec 21, 2026",
     "The closing of the road on Dec 21 angered residents, the county said."),
    ("This story was produced with support from the Climate Reporting Fellowship.",
     "The plan was drawn up with support from three ministries, the governor said."),
    ("Fondé en 1936 – Quotidien francophone indépendant",
     "Fondé en 1936, le club a remporté douze titres nationaux."),
    ("Version arabe : اقرأ بالعربية", "La version arabe du rapport sera publiée lundi."),
    ("Ces informations sont protégées par des droits de propriété intellectuelle détenus par "
     "l'AFP.", "Le brevet protège la propriété de l'entreprise sur ce capteur."),
    ("Suivez Le Phare sur Google Actualités", "Les secours suivent la situation sur place."),
    ("Le Phare se réserve le droit de modérer les commentaires.",
     "Le ministre a appelé à modérer les dépenses, selon un communiqué."),
    ("Soyez le premier à réagir.", "Les pompiers ont été les premiers à réagir, selon la mairie."),
    ("Vous avez repéré une erreur? Signalez-le-nous.",
     "Les enquêteurs ont repéré une faille dans le système, selon le parquet."),
    ("Sensex 84,312.55 -345.80 (-0.41%)", "The Sensex fell 0.41% to 84,312.55 on Monday."),
    ("Gold ₹76,210 +0.2%", "Gold rose 0.2% to ₹76,210 per 10 grams on Monday, traders said."),
    ("Subscribe to DSM Premium at ₹99/month",
     "The union wants wages raised to ₹9,900 a month, its leader said."),
    ("The week's incidents and lessons learned, delivered every Monday.",
     "The parcels were delivered on Monday, the company said."),
    ("Chaque matin à 7 h, l'essentiel de l'actualité économique.",
     "Chaque matin, les pompiers font le point sur l'incendie."),
    ("Richard Penhallow in Frankfurt and Amira Latif in London",
     "Richard Penhallow met Amira Latif in London on Monday."),
    ("Contenu proposé par Banque Ardent", "Le contenu du rapport a été proposé par la banque."),
    ("Advertisement 2", "The advertisement ran for two weeks in March."),
    ("Mark Delgado is senior editor of Process Safety Today.",
     "Mark Delgado is the plant's safety manager, the company said."),
    ("Daniel Okafor covers federal politics and foreign affairs from the Parliamentary Press "
     "Gallery.", "The insurance covers damage from the flood, the minister said."),
    ("Powered by VoiceWorks AI", "The plant is powered by gas from the North Sea."),
    ("Unauthorized distribution, transmission or republication strictly prohibited.",
     "Smoking is strictly forbidden on the site, the operator said."),
    ("Initiative de journalisme local", "L'initiative locale a réuni 300 bénévoles samedi."),
    ("Photo by Supplied /Chengdu Panda Base",
     "The photo was supplied by the zoo to the newspaper on Monday."),
    ("(Alain Dion/La Voix de la Yamaska)", "Le maire (Alain Dion) a pris la parole jeudi."),
    ("Durée de 2 minutes 14 secondes", "La durée de l'alerte a été portée à 48 heures."),
    ("Galerie photo (1/12)", "La galerie a rouvert ses portes samedi après deux ans."),
    ("Avec les informations de l'Agence France-Presse et de Reuters",
     "Avec ces informations, la police a retrouvé le véhicule mardi."),
    ("Contenu sponsorisé – Mutualia : 5 conseils pour protéger votre maison",
     "Le contenu du rapport a été rendu public mardi."),
    ("Photo of Dana Whitcomb", "A photo of the crater was released by the agency on Monday."),
    ("COURIER PHOTO: KELVIN ONG", "The photo was taken by a resident on Sunday, police said."),
    ("Co. Regn. No. 198500123K", "The company was registered in 1985, records show."),
    ("Posted by: Ebenezer Mbua", "The video was posted by a resident on Sunday, police said."),
    ("De notre correspondante à Buea, Armelle Ngo Biyong",
     "Notre correspondante à Buea a vu les secours arriver samedi, selon la rédaction."),
    ("Stories/tips: 0803 555 0101 (WhatsApp only)",
     "The tips led police to a house in Calabar, a spokesman said."),
    ("Avec Kash Mobile, payez vos factures sans vous déplacer. Composez #155#",
     "Les clients ont composé le numéro de la banque toute la journée, selon la direction."),
    ("Call 233 55 01 77", "Residents were told to call the fire service on Sunday."),
    ("You're reading 1 of 3 free articles this month.",
     "The survey found one in three readers paid for news last month."),
    ("Become a supporter from CHF 5 a month.",
     "The club became a supporter of the plan in May, its president said."),
    ("Help keep independent journalism alive in Geneva.",
     "The grant will help keep the clinic open in Geneva, the canton said."),
    ("Like Loading...", "Residents like the new square, the mayor said on Monday."),
    ("Notify me of new posts by email.",
     "The council will notify residents of new roadworks by email, it said."),
    ("Kindly share this story:", "The ministry asked outlets to share the story of the rescue."),
    ("Get the HBD Morning Brief", "The minister will get the brief on Monday morning."),
    ("Markets, deals and the day ahead, before the opening bell. Weekdays at 7am.",
     "The buses will run every day at 7am from Monday, the operator said."),
    ("Hang Seng 19,842.17 -0.6%", "The Hang Seng fell 0.6% to 19,842.17 on Monday."),
    ("Généré par une voix de synthèse", "La voix de la ministre a été entendue samedi."),
    ("Vitesse 1x", "La vitesse a été limitée à 30 km/h dans le village."),
    ("Voice of the South West since 1994",
     "The voice of the South West region was heard in parliament on Monday."),
    ("Une chenille en peluche. (Photo fournie par Santé Canada)",
     "Santé Canada a fourni une photo du jouet aux médias, selon l'agence."),
    ("Les rescapés à leur arrivée à Buea. Ph. Cameroun Matin",
     "Les rescapés sont arrivés à Buea samedi, a indiqué le préfet."),
    ("Ebenezer Mbua is a Buea-based reporter covering the South West Region.",
     "Ebenezer Mbua is a Buea-based teacher who joined the search on Friday, police said."),
    ("2 341 vues", "Les 2 341 votes ont été comptés dimanche soir."),
    ("Accueil » Santé » Paludisme : un essai clinique suspendu",
     "L'accueil des patients a été suspendu à l'hôpital, selon la direction."),
    ("Édition : Ardèche méridionale ▾ Changer d'édition",
     "L'édition 2026 du festival a changé de date, selon les organisateurs."),
    ("Very large text size", "The text of the ruling runs to a very large size, lawyers said."),
    ("Arnaud Delforge during last year's Tour of Britain. Photograph: Ledger Pictures",
     "The photograph was taken during last year's Tour of Britain, the team said."),
    ("The dam on the river. (Hydro-Laurentie via CNP, File)",
     "Hydro-Laurentie sent the file via CNP on Monday, the company said."),
    ("Start your day with the news you need to know, from across Canada.",
     "The day started with news of the flood, officials said."),
    ("Chaque lundi, le résumé du week-end sportif en Wallonie.",
     "Chaque lundi, les pompiers font le point sur les interventions, selon la caserne."),
    ("Grand Prix de Ciney – Réservez vos places VIP sur gpciney.be",
     "Les organisateurs ont réservé 300 places sur le site de Ciney, a indiqué la ville."),
    ("Compare home loan rates from 5.89% p.a. Sponsored by HomeLend",
     "Home loan rates rose to 5.89% in May, the central bank said."),
    ("Avis de décès : M. René Dumas, 78 ans – Joyeuse",
     "René Dumas, 78 ans, est décédé lundi à Joyeuse, selon la mairie."),
    ("Today's Horoscope: Aries — A pending decision gets clarity today.",
     "The court's decision today gets the case back on track, the lawyer said."),
    ("Loterie nationale – Tirage du jeudi 12 juin : 07 - 19 - 33 - 41 - 68",
     "La loterie nationale a versé 12 millions de francs en juin, selon son rapport."),
    ("Comments on this article are now closed. Read our community standards.",
     "The road is now closed to traffic, the council said."),
    ("Acknowledgement of Country: The Wattle Post acknowledges the Traditional Owners of the "
     "lands on which we live and work.", "The minister acknowledged the owners of the land."),
    ("Connect via X or email.", "The two towns are connected via a bridge, officials said."),
    ("– With Wire Australia", "The team flew to Adelaide with the Australian squad."),
    ("(With inputs from agencies)", "The agencies provided inputs to the inquiry, it said."),
    ("Le Veilleur avec agences", "Le Veilleur a travaillé avec les agences de l'État."),
    ("Cet article a été lu par une voix de synthèse générée par intelligence artificielle.",
     "La ministre a lu le texte d'une voix ferme devant les députés."),
    ("Quotes in this story were translated from French by Continental Press.",
     "The minister's statement was translated into French on Monday, officials said."),
    ("Rejoignez la chaîne WhatsApp d'Horizon pour recevoir nos informations.",
     "Les familles ont rejoint un groupe de soutien pour recevoir des informations."),
    ("Good journalism costs a lot of money.", "The inquiry will cost a lot of money, MPs said."),
    ("Le Veilleur utilise des cookies", "Le site utilisait des données de santé, selon la CNIL."),
    ("Marie-Laure Chappuis est journaliste à la rubrique Économie depuis 2016.",
     "Marie-Laure Chappuis est médecin à Lausanne depuis 2016, selon l'hôpital."),
    ("Cette voix est générée par synthèse vocale.",
     "La voix du ministre a été entendue à la radio, selon la chaîne."),
    ("Audio generated by AI voice. Some pronunciations may be inaccurate.",
     "The audio was recorded by a passenger on the ferry, police said."),
    ("Appeared in the May 15, 2026, print edition as 'Court Ends Claim to Green'.",
     "The watchmaker appeared in court on May 15, 2026, lawyers said."),
    ("Conversation (57)", "The conversation lasted 57 minutes, the court heard."),
    ("Markets, companies and the law, every weekday at 6 a.m. ET",
     "The ferry sails to Calais every weekday at 6 a.m., the operator said."),
    ("Carburants aujourd'hui : Diesel 1,512 € | Super 95 1,618 €",
     "Les carburants ont augmenté de 3 % en mai, selon le ministère."),
    ("Juriste en propriété intellectuelle (H/F) - CDI - Luxembourg-Ville",
     "La juriste a rejoint le groupe à Luxembourg-Ville en mai, selon la direction."),
    ("Les commentaires sont modérés. Merci de rester courtois.",
     "Les débats ont été modérés par un juge, selon la cour."),
    ("The video will start in 8", "The video was shown in court on Monday, lawyers said."),
    ("Publicité - Continuez votre lecture ci-dessous",
     "La publicité a été retirée lundi, selon le régulateur."),
    ("Toute l'actu du Maroc et d'ailleurs", "L'actualité du Maroc a été marquée par la crue."),
    ("Horaires de prière à Dakar : Fajr 05h12 - Dhor 13h45 - Asr 17h07",
     "Les horaires du musée de Dakar changeront en juin, selon le ministère."),
    ("Today, a piece of our memory comes home. pic.twitter.com/k4ndE61mRk",
     "The minister said a piece of the country's memory had come home."),
    ("The Continent Weekly, Ep. 112: Who owns Africa's art?",
     "The weekly show asked who owns Africa's art, its host said."),
    ("Africa Creative Economy Forum, Nairobi, June 18. Get tickets",
     "The forum in Nairobi sold 2,000 tickets, organisers said."),
    ("Take our 10-question quiz", "The quiz show was taken off air in May, the broadcaster said."),
    ("Port of Dover update: Please allow extra time for your journey.",
     "Passengers were told the journey would take extra time, the port said."),
    ("Load-shedding: No load-shedding currently scheduled",
     "Eskom said load-shedding would resume on Monday."),
    ("Highveld Courant subscribes to the Press Code. To lodge a complaint, contact the Press "
     "Ombud.", "The company subscribes to the code of conduct, its chief said."),
    ("Essence ordinaire: 1,59 $/l", "L'essence ordinaire a coûté 1,59 $ le litre en mai."),
    ("Taux de référence BRH: 131,25 gourdes pour 1 dollar américain",
     "Le taux de référence de la BRH a atteint 131,25 gourdes lundi, selon la banque."),
    ("Early-bird pricing ends Friday. Register now",
     "The early sessions end on Friday, the court said."),
    ("Fête du vin à Grevenmacher, 14 et 15 juin: gagnez vos entrées!",
     "La fête du vin a attiré 14 000 entrées à Grevenmacher, selon la commune."),
    ("Advertise with Tasman Star Media", "The firm will advertise its wine in Bordeaux."),
    ("Fin de la publicité", "La fin de la campagne de publicité a été annoncée lundi."),
    ("L'hôtel de ville, mardi. (Photo Le Carrefour laurentien – Simon Pelletier)",
     "Simon Pelletier a pris la photo de l'hôtel de ville mardi, selon la mairie."),
    ("Kemboja in a vegetable plot on Thursday. — Social media screengrab",
     "The screengrab was shared on social media on Thursday, the zoo said."),
    ("Précision: une version précédente de cet article indiquait que les audiences "
     "reprendraient jeudi.", "La précision des relevés a été mise en cause jeudi."),
    ("Les dons de 20 $ et plus donnent droit à un reçu fiscal.",
     "Les dons ont atteint 20 000 $ en mai, selon la fondation."),
    ("Journaliste basée à Montréal, Rose-Michelle couvre la diaspora haïtienne.",
     "Basée à Montréal, la fondation couvre les frais des familles, selon sa directrice."),
    ("Please keep comments relevant and respectful. Comments may take up to an hour to "
     "appear on the site.", "The hearing may take up to an hour, the judge said."),
    ("Next video in 5", "The next video will be released on Friday, the band said."),
    ("Se connecter pour s'inscrire", "Les électeurs doivent se connecter au site, selon la ville."),
    ("Ajouter à mes favoris", "Le plat a été ajouté au menu du restaurant en juin."),
    ("4 mins to read", "The reading of the verdict took 4 minutes, lawyers said."),
    ("Read to you by an AI voice. Audio may contain errors.",
     "The audio recording was played to the court, which found no errors."),
    ("EuroMillions du mardi 15/07/2025: 7",
     "L'EuroMillions du mardi a désigné un gagnant à Lyon, selon la Française des jeux."),
    ("Kupu o te rā: waina – wine", "The word wine appears 40 times in the report."),
    ("Security news that matters", "The security of the network matters, the minister said."),
    ("Canadiens 4 – Sénateurs 2 (FINAL)", "Les Canadiens ont battu les Sénateurs 4 à 2 samedi."),
    ("Alouettes c. Argonauts, samedi 13 h", "Les Alouettes affronteront les Argonauts samedi."),
    ("TT$6.78 = US$1", "The dollar traded at TT$6.78 on Monday, the central bank said."),
    ("Des voyageurs à l'aéroport. (Photo : Jean-François Bélanger / L'Écho)",
     "Jean-François Bélanger a photographié les voyageurs à l'aéroport mercredi."),
    ("Des grévistes devant l'usine. – Photo Le Pays Noir / Olivier Mairesse",
     "Olivier Mairesse a pris la photo devant l'usine, selon le syndicat."),
    ("A satellite image of the storm on Wednesday. – Photo courtesy NOAA",
     "NOAA released a satellite image of the storm on Wednesday."),
    ("The company's headquarters in Maumee. (Ledger file photo)",
     "The company's file on the plant was released in Maumee on Monday."),
    ("L'usine emploie 260 salariés. Photo d'archives Le Réveil",
     "Les archives de l'usine ont été ouvertes au public, selon la mairie."),
    ("Natalie Kwok joined Harbour Herald in 2021 and covers transport and tourism.",
     "Natalie Kwok joined the airline in 2021 and flew to Iceland, her family said."),
    ("Letters: Have your say on this or any other issue.",
     "The letters were sent to the minister on Monday, the union said."),
    ("Genève Aéroport : départs et arrivées en temps réel",
     "Les départs de Genève ont été annulés mercredi, selon l'aéroport."),
    ("Trier par: Les plus récents", "Les plus récents rapports ont été publiés mercredi."),
    ("il y a 41 minutes", "Le volcan est entré en éruption il y a 41 ans, selon l'institut."),
    ("Sonia_1207", "Sonia, 12 ans, a été évacuée mercredi, selon sa mère."),
    ("avec ats", "Le ministre est arrivé avec les secours mercredi."),
    ("Refuser et s'abonner pour 2,99 €/mois", "Les salariés ont refusé l'accord mardi."),
    ("La rédaction avec Ludovic Céleste",
     "La rédaction du rapport a été confiée à Ludovic Céleste."),
    ("Météo marine : houle d'est 2,5 à 3 m, mer forte",
     "La houle a atteint 3 m mercredi, selon Météo-France."),
    ("Les familles Dorval et alliées ont la tristesse de vous faire part du décès de Madame "
     "Hortense Dorval.", "La famille Dorval a été évacuée mercredi, selon la mairie."),
    ("LINDSAY, Errol Augustus, 79, of Mandeville",
     "Errol Lindsay, 79, of Mandeville, was rescued on Sunday, police said."),
    ("Jamaica's voice since 1962", "Jamaica has voted since 1962, the electoral office said."),
    ("Loading interactive map...", "Loading of the ship began on Monday, the port said."),
    ("Verse of the Day", "The verse was read at the funeral on Monday."),
    ("Land for sale, St Ann — 2 acres, registered title. Call 876-555-0134",
     "The land in St Ann was sold for $2 million, the ministry said."),
    ("Wanted: experienced pastry chef, Ocho Rios hotel. Email resumes to jobs@pine.com",
     "The hotel in Ocho Rios wanted more staff, its manager said."),
    ("The Kingston Clarion reserves the right to remove comments that are abusive.",
     "The court reserves the right to remove jurors, the judge said."),
    ("Paria Chronicle would like to send you notifications about the latest news.",
     "The agency would send notifications to residents, the minister said."),
    ("Carnival 2026: 154 days to go", "He had 39 days left in office, his aide said."),
    ("Cette info vous concerne ? Contactez notre rédaction via le bouton « Alertez-nous ».",
     "Les salariés ont contacté la direction mardi, selon le syndicat."),
    ("Vous avez lu 2 articles sur 5 offerts ce mois-ci.",
     "Les deux articles du contrat ont été lus au tribunal mardi."),
    ("Le Réveil recrute : correspondant(e) local(e) de presse secteur Fourmies",
     "L'usine recrute 20 salariés à Fourmies, selon la direction."),
    ("Mots fléchés du jour", "Les mots du ministre ont été mal reçus mardi."),
    ("Annonces légales et judiciaires", "Les annonces du gouvernement sont attendues mardi."),
    ("Newsletter « L'essentiel de la Sambre »", "L'essentiel de la production part en Sambre."),
    ("Tous les jours à 7 h, les infos de votre secteur.",
     "Tous les jours à 7 h, les grévistes se réunissent devant l'usine, selon le syndicat."),
    ("Severnside Beacon is regulated by IPSO.", "The plant is regulated by the government."),
    # check17's round (stop 31)
    ("Maria Kessler, left, and her husband, Tom, pose before the parade on June 2.",
     "The mayor, who left office in June, said the parade would go ahead."),
    ("John Ortiz (left) and Ana Ruiz inspect the damaged carriage.",
     "Ortiz said the carriage (left on the siding since May) would be repaired."),
    ("Health workers load vaccine boxes at the airport. (Supplied: Pacific Health)",
     "Health workers said the vaccine boxes were supplied by the ministry on Monday."),
    ("PLEASE TURN OFF YOUR CAPS LOCK.",
     "The council voted to lock the gates of the park at night, officials said."),
    ("Keep it Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
     "The court ruled that the pamphlet was obscene and ordered it withdrawn on Monday."),
    ("The Courier acknowledges the Traditional Custodians of the lands where we work.",
     "The council acknowledges that the flood plan failed, the mayor said on Monday."),
    ("Betting is for 18+ only. Gamble responsibly.",
     "The casino's licence was suspended for 18 months, the regulator said."),
    ("AD: Get a 200% welcome bonus on your first deposit.",
     "Ad revenue rose 200% in the first quarter, the company said."),
    ("Available on Google Play and the App Store",
     "The app was available on Google Play for three days before it was removed."),
    ("Listen to Morning Brief, our daily news podcast",
     "Listeners of the daily podcast rose to 2 million, the broadcaster said."),
    ("Ajoutez Le Courrier du lac à vos sources favorites",
     "Le club a ajouté deux joueurs à son effectif, selon la direction."),
    ("Feuilletez l'édition du jour dès 5 heures",
     "L'édition du festival a attiré 20 000 visiteurs, selon les organisateurs."),
    ("Directeur de la publication : Karim Benali",
     "Le directeur de la publication a été entendu par la police lundi."),
    ("Les contributions publiées n'engagent que leurs auteurs.",
     "Les contributions des communes ont augmenté de 5 %, selon le rapport."),
    ("Le Phare est habilité à publier les annonces judiciaires et légales dans le département.",
     "Le tribunal a ordonné la publication du jugement dans la presse locale."),
    ("Par notre correspondant à Dakar, Moussa Diop",
     "Notre correspondant à Dakar a été blessé lors de la manifestation, selon la police."),
    ("Offre numérique : 1 190 F par mois",
     "Le prix du ticket a augmenté de 1 190 F par mois, selon le syndicat."),
    ("Digital subscription: 3 months for £1",
     "Subscription fees rose by £1 a month for three months, the regulator said."),
    ("Cet article est en accès libre dans le cadre de notre engagement en santé publique.",
     "Le musée est en accès libre le dimanche, selon la mairie."),
    ("Pluriel est un média indépendant. Soutenez une rédaction libre.",
     "Les salariés ont demandé à la direction de soutenir la rédaction, selon le syndicat."),
    ("— with wires", "The suspects were arrested with wires and tools in their van, police said."),
    ("Report a correction or typo",
     "The board will report a correction to the budget next week, the mayor said."),
    ("1m 42s", "The song lasts one minute and 42 seconds, the label said."),
    ("This publication subscribes to the Pacific Press Ethics Charter.",
     "The ministry said the port subscribes to the international safety code."),
    ("Welcome to the Viti Levu Post",
     "Welcome to the new normal, the minister told reporters on Monday."),
    ("L'ONG Santé pour Tous recrute un(e) comptable. Date limite de dépôt des dossiers : 6 juin.",
     "La date limite de dépôt des listes électorales a été repoussée au 6 juin, selon la "
     "commission."),
    ("Journaliste à la rubrique régionale depuis 2016, elle suit les transports.",
     "Le journaliste a suivi le procès depuis 2016, selon le tribunal."),
    ("Linda Voss covers city government and schools. Reach her at 319-555-0120.",
     "The insurance covers most of the damage, the city said on Monday."),
    # check18's round (stop 31)
    ("Journaliste à l'agence de Besançon, elle couvre les faits divers depuis 2015.",
     "La journaliste de l'agence a couvert le procès depuis 2015, selon le tribunal."),
    ("Rédaction en ligne (avec Belga et AFP)",
     "La rédaction a été évacuée lundi, selon la police."),
    ("Sponsorisé · Résidence Les Terrasses – Appartements neufs du T2 au T5",
     "Le promoteur a sponsorisé la résidence, selon la mairie."),
    ("Cet article paraîtra dans notre édition papier du mercredi 9 décembre.",
     "Le rapport paraîtra en décembre, selon le ministère."),
    ("… we have a small favour to ask. Millions of readers turn to us.",
     "The council will ask a small favour of residents on Monday, officials said."),
    ("Support the Ledger from as little as £1 – it only takes a minute.",
     "Fares rose from as little as £1 to £3 on Monday, the operator said."),
    ("Sign in or create your Ledger account to join the discussion.",
     "Residents were invited to join the discussion at the town hall on Monday."),
    ("Infolettre Sciences — Chaque vendredi, le meilleur de l'actualité scientifique.",
     "Les scientifiques se réunissent chaque vendredi, selon le centre."),
    ("Balado · Le Veilleur des sciences",
     "Le balado a été écouté 20 000 fois, selon la radio."),
    ("Épisode 112 — Sommes-nous seuls ? Avec Nadia Belkacem",
     "Le dernier épisode de la série a été tourné à Sherbrooke, selon la production."),
    # check19's round (stop 31)
    ("Cet article a été publié automatiquement. Source: ATS",
     "Le rapport a été publié lundi par le ministère, selon la presse."),
    ("Cacao (prix bord champ) : 2 800 FCFA/kg",
     "Le prix du cacao a atteint 2 800 FCFA le kilo, selon le ministère."),
    ("Pharmacies de garde : Abidjan, du samedi 11 au samedi 18 octobre",
     "Les pharmacies de la ville ont fermé samedi, selon le syndicat."),
    ("Jasmin Air – Tunis-Djerba à partir de 89 DT.",
     "Les prix des billets partent de 89 dinars, selon la compagnie."),
    ("The Herald is bound by the New Zealand Media Council.",
     "The minister is bound by the council's decision, officials said."),
    ("E411 : bouchon de 4 km entre Daussoulx et Champion vers Luxembourg",
     "L'E411 a été fermée lundi après un accident, selon la police."),
    ("1. Onhaye 22 pts",
     "Onhaye a pris la tête du classement avec 22 points, selon la fédération."),
    ("You have read 3 of your 4 free articles this month.",
     "Readers had read 3 of the 4 articles before the vote, the survey found."),
    ("FLASH INFO ▸ La bourse termine en hausse ▸ Travaux de nuit sur l'autoroute du Nord jusqu'au "
     "20 octobre ▸ La liste des 26 joueurs sera dévoilée jeudi pour le match amical contre le "
     "Ghana à Abidjan",
     "Le flash de la caméra a été déclenché à 6 h 50, selon la police."),
    # check20's round (stop 31)
    ("Par Joël Mbarga, à Douala", "Joël Mbarga a été arrêté à Douala lundi, selon la police."),
    ("Rappel à Dieu de El Hadji Mamadou Sarr. Levée du corps ce jeudi à 10 heures.",
     "Le corps a été retrouvé jeudi à 10 heures, selon la gendarmerie."),
    ("The family of the late Mzee Yowasi Kabuye announces with deep sorrow the death of their "
     "father.", "The family said the death of their father was caused by the accident."),
    ("Vends terrain titré 500 m² à Kribi, 12 millions FCFA à débattre. Tél. : 6 99 00 00 00",
     "Le terrain de 500 m² a été vendu 12 millions de FCFA, selon le notaire."),
    ("Prix du jour : plantain 3 500 FCFA · tomates 4 000 FCFA · riz 21 500 FCFA",
     "Le prix du riz a atteint 21 500 FCFA le sac, selon les commerçants."),
    ("Un don, même de 1 000 FCFA, nous aide à rester indépendants.",
     "Le don de 1 000 FCFA a été remis à l'école, selon le maire."),
    ("Teranga Bank Mobile : ouvrez votre compte en 5 minutes, sans frais.",
     "Les clients ont dû patienter 5 minutes pour retirer leur argent, selon la banque."),
    ("DakarMatin.sn - L'info au quotidien",
     "L'information a été confirmée au quotidien Le Soleil par le ministère."),
    ("TRAFFIC: Heavy congestion on Entebbe Expressway near Kajjansi.",
     "Traffic on the expressway was heavy on Monday, police said."),
    ("Météo marine · Golfe du Lion : vent de nord-ouest 6 à 7 Beaufort.",
     "La météo marine annonçait un vent de 6 Beaufort, selon le capitaine."),
    ("Toutes les pharmacies de garde ›",
     "Les pharmacies de la ville ont fermé samedi, selon le syndicat."),
    # check21's round (stop 31)
    ("AVIS DE DÉCÈS — La famille Mukendi a la profonde douleur d'annoncer le décès de Papa "
     "Joseph Mukendi.", "La famille a annoncé le décès du mineur lundi, selon le syndicat."),
    ("TO LET: 3 bedroom house, Riverside, Kitwe. K6,500 per month.",
     "Rents rose to K6,500 per month in Kitwe, the council said."),
    ("Cookies on The Tay Courier", "Cookies sold at the fair raised £300, organisers said."),
    ("BEL20 4 512,30 (-0,21 %) · EUR/USD 1,1432 · Or 3 342 $",
     "Le BEL20 a reculé de 0,21 % lundi, selon la Bourse."),
    ("[Photo] Une infirmière administre un traitement à un enfant à Koudougou.",
     "Une infirmière a administré le traitement à 200 enfants, selon le ministère."),
    ("Cette conversation est modérée selon la charte des Nouvelles du Caillou.",
     "La réunion a été modérée par le maire, selon la mairie."),
    ("Commenting is available to subscribers.",
     "The new drug is available to patients in 23 countries, the firm said."),
    ("Voir les 7 autres réactions", "Les réactions des élus ont été nombreuses, selon la presse."),
    ("Have a story? WhatsApp the Echo newsroom.",
     "The miners have a story to tell, the union leader said."),
    ('"Every day of lost production goes straight to the bottom line" — Thabo Nkosi, Kestrel '
     'Capital', '"Every day of lost production hurts," Thabo Nkosi of Kestrel Capital said.'),
    ("Verse of the day: \"Come to me, all you who are weary.\" — Matthew 11:28",
     "The pastor read a verse to the miners on Monday, the union said."),
    ("Te reo word of the day: āwhā (storm)",
     "The word storm was used in the warning, officials said."),
    # check22's round (stop 31)
    ("Ferry status: Pembroke Dock – Rosslare 14:45 ON TIME · Fishguard – Rosslare 13:10 DELAYED",
     "The ferry from Fishguard was delayed by 40 minutes at 13:10, the operator said."),
    ("FuelWatch: Cheapest unleaded today 187.9c – Kilburn",
     "Unleaded petrol rose to 187.9 cents a litre on Monday, the motoring body said."),
    ("Ulster Rugby: Ulster 27–20 Glasgow (FT)",
     "Ulster beat Glasgow 27-20 on Friday night, the club said."),
    ("(Image 1 of 3)", "The museum showed one of the three images to reporters on Tuesday."),
    ("Go ad-free with Post Premium – from £1.50 a week.",
     "The council went free of charge for a week, officials said."),
    ("McKEOWN, Eileen (née Savage) – Portaferry – peacefully at home, 23 September 2025.",
     "NASA, Boeing and the agency suddenly postponed the launch on Monday, officials said."),
    ("QUIZ | Testez-vous sur les grands faussaires de l'histoire de l'art",
     "Le quiz organisé par le musée a attiré 300 personnes, selon la directrice."),
    ("On this day, June 19, 1950: The Sentinel reports the first sugar beet harvest.",
     "On the day of the launch, June 19, the company said the rocket was ready."),
    ("Comments are not available on this story.",
     "Comments from the company were not available on Monday, the agency said."),
    ("Le journalisme local a besoin de vous",
     "Le journalisme local a perdu 300 postes en 2024, selon le syndicat."),
    ("— Léa Bouchard-Nadeau, étudiante à la maîtrise",
     "Léa Bouchard-Nadeau, étudiante à la maîtrise, a suivi le lancement depuis Sherbrooke."),
    ("Ulster-Scots word o' the day: thran (adj.) – stubborn, awkward.",
     "The word thran was used by the judge on Monday, the court heard."),
    ("You might also like: Portaferry's lost portrait returns home after 90 years",
     "Residents might also like the portrait to return home, the council said."),
    # check23's round (stop 32)
    ("⚠ MOOSE ALERT: 3 sightings reported tonight on the highway. Slow down after dark.",
     "Moose were sighted three times on the highway on Sunday, police said."),
    ("ADVERTISEMENT — Kittiwake Tire & Auto: Winter tire changeover now booking.",
     "The advertisement for winter tires ran in 12 papers last week, the company said."),
    ("Vous avez lu 3 articles gratuits sur 5 ce mois-ci. Abonnez-vous dès 1 € le premier mois.",
     "Les lecteurs ont lu 3 articles sur 5 jusqu'au bout, selon l'étude publiée mardi."),
    ("Profitez de l'offre Découverte : 1 € le premier mois, puis 9,99 €/mois. Sans engagement.",
     "Le loyer est passé de 800 à 850 euros par mois, selon la mairie."),
    ("Continuer sans accepter →", "Le ministre a dit continuer sans accepter les conditions."),
    ("Pick up the print edition — $2.50 at Coleman's and the Irving on Airport Blvd",
     "The paper raised its print edition price to $2.50 on Monday, the publisher said."),
    ("Spécial Escalade : tout le programme du cortège dans notre supplément du 10 décembre",
     "Le supplément de 10 francs a été supprimé en décembre, selon la ville."),
    ("Need the bigger picture? Try our Market Snapshot tool",
     "Investors need the bigger picture, the analyst told reporters on Tuesday."),
    ("Jeu-questionnaire de la semaine : avez-vous bien suivi l'actualité ? 10 questions",
     "Les dix questions de l'examen portaient sur l'actualité de la semaine, selon le ministère."),
    ("The Tasman Post is published by Tasman Media Group, Auckland. © 2025",
     "The report is published by the ministry every year, officials said on Monday."),
    ("The week’s most fascinating science stories, explained by our correspondents",
     "The stories were explained by the court's correspondents to 40 reporters on Friday."),
    ("Météo marine – Golfe du Lion : vent de nord-ouest 5 à 6 Beaufort. Baignade déconseillée.",
     "La météo a contraint les secours à suspendre les plongées mardi, selon la préfecture."),
    ("Tue. Nov. 11 — Remembrance Day ceremony, Cenotaph, 10:45 a.m.",
     "The ceremony on Tuesday, Nov. 11, drew 300 people to the cenotaph, the mayor said."),
    # check24's round (stop 32)
    ("Vous êtes ici : Accueil » Économie » Agriculture",
     "Le ministre a dit : vous êtes ici chez vous, selon l'agence."),
    ("Mon édition : Lyon & Métropole ▾",
     "L'édition 2026 du salon a attiré 40 000 visiteurs à Lyon, selon la métropole."),
    ("Trinidad & Tobago's independent voice",
     "The panel called for an independent voice on the board, the minister said on Monday."),
    ("The home of classical music since 1987",
     "The hall has been the home of classical music in the city since 1987, the mayor said."),
    ("OrbitWatch is part of Apogee Digital Media.",
     "The company is part of a group that employs 300 people, the spokesman said."),
    ("This report by Northstar Press was first published Feb. 25, 2026.",
     "The report was first published in 2025 by the agency, officials said."),
    ("Recevez l'infolettre de L'Écho de l'Abitibi tous les matins à 6 h.",
     "Les abonnés ont reçu une lettre de la mairie mardi, selon la préfecture."),
    ("Conditions routières (Québec 511, 6 h 30) : Route 117 – chaussée glacée par endroits",
     "Les conditions routières étaient difficiles mardi sur la route 117, selon la police."),
    ("Rappel d'aliments : l'ACIA rappelle certains fromages en grains en raison de la Listeria.",
     "Le rappel de 40 000 fromages a coûté cher à la laiterie, selon l'entreprise."),
    ("Aurora forecast tonight: Kp 5 (moderate storm) — good viewing chances after 10 p.m.",
     "The storm brought a forecast of 10 cm of snow to the region, officials said."),
    ("Avis de bise sur le Léman: rafales jusqu'à 65 km/h jeudi après-midi entre Nyon et Genève.",
     "La bise a soufflé à 65 km/h jeudi sur le Léman, selon MétéoSuisse."),
    ("Prix du mazout aujourd'hui (100 litres, région Genève) : 108,40 CHF ▼ –1,2% sur une semaine",
     "Le prix du mazout a baissé de 1,2 % en une semaine, selon l'office fédéral."),
    ("Sophie Nguyen-Carter is the Herald's science reporter. Connect via email.",
     "Sophie Nguyen-Carter told the Herald that the reporter had left on Monday."),
    # check25's round (stop 32)
    ("Niveau de la Meuse à Huy : 3,18 m ▲ (vigilance jaune) – Source : Voies hydrauliques",
     "Le niveau de la Meuse a atteint 3,18 m lundi à Huy, selon les Voies hydrauliques."),
    ("Annonce – Isolation de toiture : jusqu'à 40 % de prime en Wallonie.",
     "L'annonce d'une prime de 40 % pour l'isolation a été faite lundi, selon la Région."),
    ("Li atik sa a an kreyòl ▸", "L'article a été traduit en créole lundi, selon le journal."),
    ("Got a tip about wildlife trafficking? WhatsApp our investigations desk on 072 555 0163.",
     "The tip about wildlife trafficking reached customs on Monday, officials said."),
    ("Ask the newsroom: Got a question about your medical data? Submit your question →",
     "The newsroom got a question from the hospital about the data on Monday, it said."),
    ("Nature diary: Have you spotted the first snowdrops this winter? Send your sighting",
     "Volunteers have spotted the first snowdrops this winter, the trust said on Friday."),
    ("The Meridian is owned by a trust, not a billionaire. Support us from £4 a month →",
     "The hospital is owned by a trust, the minister said on Tuesday."),
    ("La Vigie a besoin de vous. Notre journalisme est gratuit à lire. Faites un don.",
     "La ville a besoin de vous pour le recensement, a dit le maire mardi."),
    ("You’ve read 4 articles in the last month",
     "Police read 4 articles of the law to the suspects last month, the court heard."),
    ("🌱 Carbon cost of loading this page: 0.41g CO₂e – about the same as boiling a kettle.",
     "The carbon cost of the new plant was about 0.41 tonnes a day, the firm said."),
    ("Thu., April 23 · Reading: Haitian poets in exile, North Miami Public Library, 7 p.m.",
     "The reading on Thursday, April 23, drew 40 people to the library, organisers said."),
    # check26's round (stop 32)
    ("Flash trafic : E411 – bouchon de 4 km entre Daussoulx et Bouge vers Arlon",
     "Un bouchon de 4 km s'est formé sur l'E411 lundi, selon la police."),
    ("Djoliba Info – L'information malienne au quotidien",
     "L'information a été confirmée au quotidien malien par le ministère mardi."),
    ("Ask Cymru AI ✨  Got a question about this story? Our assistant can summarise it.",
     "The council's assistant can answer questions about the vote, officials said."),
    ("Faut-il départager les égalités par tirage au sort?  ○ Oui  ○ Non  ○ Sans avis   Voter",
     "Le conseil a voté oui à 12 voix contre 3, selon le procès-verbal."),
    ("Read 3 articles and stand to win rewards. Spin the wheel now",
     "Readers of three articles stood to win nothing, the regulator said on Monday."),
    ("Carte interactive : le tracé Dakar-Bamako et ses 12 gares — Chargement de la carte…",
     "Le tracé Dakar-Bamako compte 12 gares, selon la compagnie."),
    ("Word of the Day 🇰🇪  Kiswahili: “ushindi” (n.) — victory, triumph.",
     "The word victory was on every front page on Monday, the editor said."),
    ("Le saviez-vous ? Le mot « namurois » vaut 9 points au Scrabble.",
     "Le mot namurois vaut 9 points au Scrabble, selon la fédération."),
    ("Local Democracy Reporting is Public Interest Journalism funded through NZ On Air.",
     "The council's reporting was funded through a grant, the mayor said on Monday."),
    ("Story continues below",
     "The story of the crash was told below the bridge on Monday, he said."),
    # check27's round (stop 33)
    ("We and our 612 partners store and/or access information on a device, such as cookies.",
     "The firm and its 612 partners store data on servers in Ireland, the regulator said."),
    ("Lite mode is on: images are hidden to save data. Tap to load (418 KB)",
     "The app's lite mode saved users 418 KB a day, the company said on Monday."),
    ("Les commentaires injurieux ou diffamatoires seront supprimés.",
     "Les commentaires injurieux seront supprimés sous 24 heures, selon la nouvelle loi."),
    ("La famille Mbarga a la grande tristesse, les familles Ngo ont la profonde douleur "
     "d'annoncer le décès de Mme Ngo Paulette.",
     "La famille a annoncé le décès de l'ancien ministre lundi, selon la radio nationale."),
    ("Orange Money : envoyez jusqu'à 500 000 FCFA sans frais. Offre soumise à conditions.",
     "L'offre de rachat reste soumise à l'accord des autorités, selon la société."),
    ("Ce texte a été lu 3 418 fois. Un don de 5 $ aide à garder l'information gratuite.",
     "Le texte de loi a été lu deux fois au Sénat, a rappelé la ministre mardi."),
    ("Ledger Explainer: Ask a question about this story. Answers are AI-generated.",
     "The judge asked a question about the story the witness told, the court heard."),
    ("HOW LONG WOULD IT TAKE YOU? Enter your annual salary ▸ £ ______ Calculate",
     "It would take a nurse on an annual salary of £38,000 about 187 years, he said."),
    ("Correspondant de La Gazette dans le Nord, il couvre l'actualité de la région depuis 2014.",
     "Correspondant de guerre pendant vingt ans, il a été libéré mardi, selon sa famille."),
    ("Journaliste santé et société.",
     "Journaliste depuis trente ans, il a été arrêté mardi à Niamey, selon sa famille."),
    ("Chiamaka Obi is the Ledger's arts and heritage correspondent.",
     "The Ledger's correspondent Chiamaka Obi was detained on Monday, the paper said."),
    ("Le trône de Ndawé Ier à Rochefort. JEAN-LUC ARNAUD POUR « LE COURRIER DE FRANCE »",
     "Le photographe JEAN-LUC ARNAUD a travaillé pour « Le Courrier de France », selon le "
     "journal."),
    ("The family said they were 'over the moon'. Stock photo: Getty",
     "Getty Images said the stock photo was taken in 2019, a spokesman said on Monday."),
    ("Voir la définition complète dans notre dictionnaire →",
     "Voir la définition complète dans le dictionnaire a pris des mois, a-t-il dit."),
    # check28's round (stop 33)
    ("This post may contain affiliate links. I may earn a small commission.",
     "The post contained links to the affiliate's site, the regulator said on Friday."),
    ("I'm Mel, a former home-ec teacher who tests kitchen gadgets in Brisbane.",
     "Mel, a former teacher, tests kitchen gadgets in Brisbane, she said on Friday."),
    ("6 thoughts on “URGENT: Varenne CuisiPress recall – check your serial number”",
     "Six thoughts on the recall were shared by the minister on Friday, he said."),
    ("← Previous post: Air fryer liners – are they worth it?",
     "The previous post of the minister was abolished in 2019, officials said."),
    ("Join 18,400 home cooks getting my weekly Benchtop Bulletin",
     "Some 18,400 home cooks joined the class action, the lawyers said on Friday."),
    ("Benchtop Buzz is written on the lands of the Turrbal and Yuggera peoples. I pay my "
     "respects to Elders past and present.",
     "The elders of the Turrbal people met the minister on Friday, he said."),
    ("Kiwi Current is an independent public service broadcaster funded by the New Zealand "
     "Government.",
     "The broadcaster was funded by a levy until 2019, the minister said on Friday."),
    ("La Voix de l'Estrie, une coopérative d'information indépendante.",
     "La coopérative d'information a été fondée en 2019, selon son président."),
    ("Send your story tips via WhatsApp: 0711 000 432",
     "Residents sent their tips to the police via a hotline, officers said on Friday."),
    ("To comment, log in or subscribe.",
     "To comment, the minister logged in to the platform on Friday, aides said."),
    ("Je découvre le numéro du mois",
     "Je découvre le numéro de série sous l'appareil, a raconté une cliente."),
    ("NADEAU, Pierre-Luc – 1971-2025 – Coaticook",
     "Pierre-Luc Nadeau, né en 1971, vit à Coaticook, selon la police."),
    ("Voir tous les avis de décès",
     "Voir tous les avis des experts prendra du temps, a dit le ministre."),
    ("Vous avez lu 2 des 3 articles offerts ce mois-ci.",
     "Les députés ont lu 2 des 3 articles du projet de loi ce mois-ci, selon le greffe."),
    ("Assurance ménage Lémanassur – votre cuisine protégée dès CHF 9.90 par mois",
     "La prime moyenne est passée à CHF 9.90 par mois, selon l'Office fédéral."),
    ("WIN! A signed Castlebridge shirt – enter our free competition",
     "Fans can win a signed shirt, the club said in a statement on Friday."),
    ("Vos données sont traitées conformément à notre politique de confidentialité.",
     "Les données des patients sont traitées à Genève, selon l'hôpital."),
    ("Auvray C., « Un nouveau poulpe « Dumbo » sort des abysses malgaches », Sciences & "
     "Horizons, 12 mars 2025.",
     "Auvray a publié « Un nouveau poulpe » le 12 mars 2025, selon l'éditeur."),
    ("- Reuters", "Reuters reported the deal on Friday, citing two sources."),
    # check29's round (stop 33)
    ("CHILE-QUAKE/ Aftershock rattles Valparaiso, ports stay open",
     "The aftershock rattled Valparaiso on Friday, but the ports stayed open."),
    ("Version history: v1 09:12 GMT; v2 adds toll in para 3",
     "The history of the version adopted by parliament was disputed, he said."),
    ("Desk contacts: Europe desk +44 20 0000 1234",
     "Desk staff contacted the police on Friday, the newspaper said."),
    ("Pronunciation guide: Eyjafjallajökull — AY-uh-fyat-luh-YO-kuht",
     "The guide's pronunciation of the volcano's name amused reporters, he said."),
    ("Quiz — How well do you know Iceland's volcanoes?",
     "The quiz show's host asked about Iceland's volcanoes on Friday."),
    ("Our view: the airport must reopen — see our leader, p.12 of the print edition",
     "The leader of the airport union said on Friday it must reopen."),
    ("NordWire is a member-owned cooperative of 40 Nordic newspapers.",
     "The cooperative is owned by its 40 members, the minister said on Friday."),
    ("About the author: Ana Ruiz has covered volcanoes for the Courier since 2012.",
     "The author Ana Ruiz has covered volcanoes since 2012, her publisher said."),
    ("About Ana: Ana Ruiz is a geologist-turned-writer based in Reykjavik.",
     "Ana Ruiz, a geologist based in Reykjavik, said the ash was thinning."),
    ("Seen something? Contact the Courier in confidence on 0800 000 111.",
     "Witnesses contacted the police on Friday, officers said."),
    ("Vous aussi, gagnez jusqu'à 400 € par mois avec nos sondages rémunérés.",
     "Les agriculteurs gagnent jusqu'à 400 euros de moins par mois, selon le syndicat."),
    ("O'Brien's Garden Centre — winter sale now on, 30% off all shrubs",
     "Sales of shrubs fell by 30% in winter, the garden centre said on Friday."),
    ("Votre supermarché : kit de survie à -25 % jusqu'à samedi",
     "Le prix du kit de survie a baissé de 25 % selon le supermarché."),
    ("Avis de perte : passeport au nom de DIALLO Awa, prière de le rapporter au journal.",
     "Awa Diallo a perdu son passeport mardi, a indiqué la police."),
    ("Votez !", "Les électeurs votent dimanche pour élire le maire, selon la préfecture."),
    ("NORW ABk/tr 1412", "The desk filed the story at 14:12, the agency said on Friday."),
    ("(Reporting by Ana Ruiz; Editing by Tom Hale)",
     "Ana Ruiz was reporting from Reykjavik when the ash cloud arrived, her editor said."),
    # check30's round (stop 34)
    ("Version 2 du 12.03.2026 à 10:15 — remplace la version 1 de 08:40",
     "La deuxième version du projet de loi a été adoptée mardi par le Sénat."),
    ("Photos disponibles (2) · Réf. XYZ-PH-1234",
     "Des photos ont été publiées par la police mardi, selon le parquet."),
    ("Suivi prévu : point presse du préfet, lundi à 11h00",
     "Le suivi des patients est prévu pendant six mois, selon l'hôpital."),
    ("Droits : réservé aux abonnés du service de base.",
     "Les droits des locataires ont été renforcés en 2024, selon la loi."),
    ("Toute reproduction hors contrat est interdite.",
     "La reproduction des tableaux a été autorisée en 2019, selon le musée."),
    ("Version allemande : « Lawine im Wallis » (ATS-D 1203)",
     "La version allemande du texte sera publiée mardi par le Conseil fédéral."),
    ("Mot de la semaine : « ajar » — entrouvert",
     "Le mot a été choisi par l'Académie cette semaine, selon son secrétaire."),
    ("Today's recipe: jollof rice in thirty minutes",
     "The recipe for success is hard work, the coach told reporters on Friday."),
    ("Your stars with Madame Lune: LEO — expect good news from afar",
     "The stars of the show were the children of the village, the director said."),
    ("Met Office: Status Yellow wind warning for Cornwall until 9pm",
     "The Met Office has issued a Status Yellow wind warning for Cornwall until 9pm."),
    ("Fog warning: thick fog expected on the M4 tonight",
     "The fog warning was lifted on Friday morning, forecasters said."),
    ("Play Spot the Ball — £250 up for grabs this week",
     "The players spotted the ball late in the game, the referee's report shows."),
    ("EN CE MOMENT À LA RADIO · « Le 6-9 » avec Paul Denis",
     "En ce moment, la radio publique traverse une crise sans précédent."),
    ("Fibre at home from KSh 1,999 a month. Connect today.",
     "Prices rose to KSh 1,999 a month in March, the regulator found."),
    ("You're receiving this because you subscribed at example.com.",
     "You're receiving this award because of your work, the minister told her."),
    ("Votre pronostic ?",
     "Le pronostic vital de la victime n'est plus engagé, selon les pompiers."),
    ("Diouf 61 % · Ndiaye 39 %",
     "Le oui l'emporte avec 61 %, contre 39 % pour le non, selon le canton."),
    ("(Photo courtoisie)", "La photo a été prise par un voisin, a indiqué la famille."),
    ("- Contributed", "Residents contributed photos to the police inquiry, officers said."),
    ("Amara Okafor Nwosu is Health Correspondent of The Lagos Ledger.",
     "Amara Okafor Nwosu, a former correspondent of The Ledger, was arrested on Friday."),
    ("Radio Lac et ses partenaires utilisent des cookies pour mesurer l'audience.",
     "Les annonceurs utilisaient des traceurs sans consentement, a jugé la CNIL."),
]


@pytest.mark.parametrize(("notice", "sentence"), NOTICE_LINES)
def test_notices_of_a_page_but_not_sentences_in_their_words(notice: str, sentence: str) -> None:
    lang = ("fr" if any(w in sentence for w in (" le ", " la ", " les ", "Le ", "La ", "Les "))
                   else "en")
    got = verdicts(notice + "\n" + sentence + "\n", lang)
    assert all(v for k, v in got.items() if k in notice), got
    assert all(not v for k, v in got.items() if k in sentence), got


def test_a_blank_line_ends_a_related_list_after_its_first_headline() -> None:
    """Headlines listed under ``Lire aussi`` are the related articles'; after a blank line
    the text resumes, and a title-like line there is its subheading."""
    got = verdicts("Lire aussi\nEspace: la Suisse rejoint le programme Artemis\n"
                   "Le Jura veut son planétarium d'ici 2029\n\nUne mission de douze jours\n"
                   "Alimenté par des panneaux solaires, le module ne survivra pas à la nuit "
                   "lunaire, selon l'agence.\n")
    assert got["Le Jura veut son planétarium d'ici 2029"]
    assert not got["Une mission de douze jours"]


def test_a_role_line_without_a_name_is_a_bio() -> None:
    """``Journaliste au service Économie, spécialiste…`` under a byline presents the
    writer; a sentence about a journalist does not."""
    from reporter.furniture import SHAPE_RULES
    bio = [r for r in SHAPE_RULES if r.detail == "author bio"]
    assert any(r.test("Journaliste au service Économie, spécialiste des banques centrales")
               for r in bio)
    assert not any(r.test("Le journaliste a été libéré mardi, selon son employeur.") for r in bio)


def _classified(page: str, lang: str = "fr") -> tuple[list[Unit], list[tuple[Unit, str]]]:
    """A whole page's claims and furniture (no lead line placed before it)."""
    art = Article(id="a", path="a", text=page)
    return classify_units(art, segment_article(art, lang=lang), options=ReportOptions())


def test_another_storys_headline_above_the_headline_is_not_it() -> None:
    """A ticker's or a promoted story's headline above the page's own shares hardly a word
    with the text's opening: the headline is the title-like line that does."""
    page = ("Cameroun Matin\nFLASH INFO\nDouala : reprise du trafic au port après deux jours "
            "d'arrêt de travail des dockers\nSociété\nMont Cameroun : sept randonneurs "
            "retrouvés vivants après deux nuits dans le brouillard\nPortés disparus depuis "
            "jeudi sur les flancs du mont Cameroun, sept randonneurs ont été retrouvés vivants "
            "samedi matin dans le brouillard, a indiqué le préfet.\nLes secours les ont "
            "descendus vers Buea dans l'après-midi.\n")
    claims, furniture = _classified(page)
    assert claims[0].text.startswith("Mont Cameroun"), claims[0].text
    assert any(u.text.startswith("Douala") for u, _ in furniture), furniture


def test_a_headline_sharing_no_word_with_the_text_is_kept_when_no_other_does() -> None:
    page = ("Accueil | Société | Sports | Culture\nUne nuit à oublier\nLes pompiers sont "
            "intervenus samedi soir dans un entrepôt de la zone industrielle, a indiqué la "
            "préfecture.\n")
    claims, _ = _classified(page)
    assert [u.text for u in claims][:1] == ["Une nuit à oublier"]


def test_the_pages_title_above_its_headline_is_furniture() -> None:
    """The page's title (its headline, cut, then the site's name after a dash) copied
    above the headline is not the headline; the headline under it is."""
    page = ("Au Québec, un barrage vieux de 66 ans perd son évacuateur – Le Veilleur\n"
            "International › Amériques\nAu Québec, un barrage vieux de 66 ans perd son "
            "évacuateur de crues en pleine fonte\nL'effondrement d'une partie de l'ouvrage, "
            "dans la nuit de dimanche à lundi, a provoqué l'évacuation de 1 300 personnes.\n")
    claims, furniture = _classified(page)
    assert claims[0].text.endswith("en pleine fonte"), claims[0].text
    assert [u.text for u, _ in furniture][:1] == [page.split("\n")[0]]


WHOLE_LINES = [
    # a notice that opens a line takes the line's other sentences
    pytest.param("Betting is for 18+ only. Gamble responsibly. Advertisers here are licensed.",
                 id="site-notice"),
    pytest.param("Listen to Morning Brief, our daily news podcast. New episodes drop every "
                 "weekday at 6 a.m.", id="site-promotion"),
    # a credit that closes one, its caption
    pytest.param("Health workers load vaccine boxes at the airport. (Supplied: Pacific Health)",
                 id="bracket-credit"),
    # a bio that gives its writer's contact
    pytest.param("Linda Voss covers city government and schools. Reach her at 319-555-0120.",
                 id="bio-and-contact"),
]


@pytest.mark.parametrize("line", WHOLE_LINES)
def test_furniture_that_takes_its_whole_line(line: str) -> None:
    got = verdicts(line + "\nThe council approved the budget on Monday, officials said.\n", "en")
    assert all(v for k, v in got.items() if k in line), got
    assert not got["The council approved the budget on Monday, officials said."], got


COMMENT_SECTIONS = [
    pytest.param("en", "comments (214)\nPicks   Oldest   Newest\n"
                 "MidlandsEngineer  8 Dec 2026 19:02\n"
                 "Scour is the silent killer of bridges. Every flood should trigger a check.\n"
                 "Reply   Share   Report   ↑ 142\n", id="en-name-and-stamp"),
    pytest.param("en", "11 Comments\nLeave a Reply\nEmeka_Naija says:\n"
                 "December 10, 2026 at 9:02 am\n"
                 "My brother-in-law lost N6.5m in the scheme.\nReply\n", id="en-says"),
    pytest.param("fr", "6 réactions\nGérard Noël · il y a 3 h\n"
                 "Honteux. On laisse nos trésors sans protection.\nAnne-Sophie R. · il y a 2 h\n"
                 "Courage à toute l'équipe du musée.\nVoir les 4 autres réactions\n",
                 id="fr-one-after-another"),
    pytest.param("fr", "12 commentaires\nMarius13\nil y a 3 h\n"
                 "Pensées pour les familles des marins. C'est un métier dur.\n"
                 "Répondre · 24 J'aime\ncathy.l\nil y a 2 h\n"
                 "Mon frère était à bord avec ses enfants, ils vont bien.\n"
                 "Répondre · 51 J'aime\n", id="fr-name-and-time-on-two-lines"),
    pytest.param("fr", "48 commentaires\nDoubs25_Gégé · il y a 2 h\n"
                 "Je passais dessus tous les matins pour aller à Besançon. Pensées aux familles.\n"
                 "Répondre · 12 J'aime\n", id="fr-il-y-a"),
]


@pytest.mark.parametrize(("lang", "section"), COMMENT_SECTIONS)
def test_reader_comments_under_their_count(lang: str, section: str) -> None:
    """Below a page's comment count, a line between a commenter's header (a name and the
    time of posting) and a line of the page is a reader's comment, not the story's."""
    comment = section.split("\n")[-3]
    story = "".join(f"Le conseil a voté la mesure {n} lundi, selon la mairie.\n"
                    for n in range(6))
    got = verdicts(story + section, lang)
    assert all(v for k, v in got.items() if k in comment), got


def test_a_live_pages_entries_under_a_comment_count_stay_text() -> None:
    """A comment count over a live page's entries, each under its time, is the page's
    counter: the entries are the story's."""
    got = verdicts("214 comments\n14:05\nRescuers pulled two more people from the river, "
                   "officials said.\n13:50\nThe ferry operator said 584 people had been "
                   "evacuated to Cagliari.\nShare\n", "en")
    assert not got["Rescuers pulled two more people from the river, officials said."], got
    assert not got["The ferry operator said 584 people had been evacuated to Cagliari."], got


def test_a_paragraph_between_a_stamp_and_a_page_line_stays_text() -> None:
    """Without a comment count above, a paragraph under a stamp and above a share line is
    the story's (an update of a live page)."""
    got = verdicts("Updated 8 Dec 2026 19:02\nRescuers pulled two more people from the river "
                   "on Tuesday evening, officials said.\nShare   Report\n", "en")
    assert not got["Rescuers pulled two more people from the river on Tuesday evening, "
                   "officials said."], got


POLLS = [
    pytest.param("Faites-vous confiance à l'état des ponts ?\nOui, globalement : 18 %\n"
                 "Non, pas vraiment : 57 %\nJe ne sais pas : 25 %\n"
                 "3.412 votes · Ce sondage n'a pas de valeur scientifique.\n", True, id="a-poll"),
    # no poll here: results with no votes around them, and shares adding up to no hundred
    pytest.param("Résultats du référendum\nOui : 52,3 %\nNon : 47,7 %\n", False,
                 id="referendum-results"),
    pytest.param("Sondage\nChômage : 7,4 %\nInflation : 2,9 %\n", False, id="no-hundred"),
]


@pytest.mark.parametrize(("block", "poll"), POLLS)
def test_a_polls_options_add_up_to_a_hundred(block: str, poll: bool) -> None:
    got = verdicts(block + "Le ministre a annoncé un plan lundi, selon un communiqué.\n")
    options = [line for line in block.split("\n") if line.endswith("%")]
    assert all((got[o] == "poll (question, options and votes)") == poll for o in options), got


def test_a_fact_box_after_the_text_is_the_storys() -> None:
    """The lines under a fact box's label that state figures stay text, though they come
    after the text's last sentence."""
    got = verdicts("Les secours ont travaillé toute la nuit, selon la préfecture.\n\nEn chiffres\n"
                   "6 morts, 19 blessés dont 4 graves\n14 000 véhicules par jour en moyenne\n\n"
                   "Lire aussi\nUn autre pont fermé à Besançon\nLes travaux reportés à 2027\n")
    assert not got["6 morts, 19 blessés dont 4 graves"], got
    assert not got["14 000 véhicules par jour en moyenne"], got
    assert got["Les travaux reportés à 2027"], got


def test_a_widget_above_a_headline_sharing_two_words_is_another_storys() -> None:
    """When the best title-like line shares only two content words with the text's
    opening, a line above it sharing none is no headline, and a short one is set aside."""
    page = ("Journal de l'Alzette\nKia ora, sign in\n"
            "Prix maximum à la pompe (dès mardi) : Diesel 1,482 €/l · Sans plomb 95 1,569 €/l\n"
            "Un reliquaire médiéval volé dans un musée belge près de Dinant\n"
            "Des cambrioleurs ont dérobé dans la nuit de samedi à dimanche un reliquaire du "
            "XIIIe siècle, selon le parquet.\nLe musée restera fermé jusqu'à la fin de la "
            "semaine, a indiqué sa directrice.\n")
    claims, furniture = _classified(page)
    assert claims[0].text.startswith("Un reliquaire médiéval"), claims[0].text
    assert "Kia ora, sign in" in [u.text for u, _ in furniture]


def test_a_widgets_sentence_above_the_headline_is_no_text() -> None:
    """A widget's short sentence under a label, above the headline, does not end the page's
    top run: the headline below it is the title, the widget set aside."""
    page = ("Cape Mercury\nNews | Business | Sport\n"
            "Load-shedding today: Stage 0 – no load-shedding scheduled.\n"
            "Botswana pink diamond fetches record $75m in Geneva\n"
            "A pink diamond mined in Botswana sold for a record $75m at an auction in Geneva "
            "on Tuesday.\nThe pink diamond from Botswana was bought by a phone bidder in Geneva, "
            "the auction house said.\n")
    claims, furniture = _classified(page, "en")
    assert claims[0].text == "Botswana pink diamond fetches record $75m in Geneva", claims[0].text
    assert "Load-shedding today: Stage 0 – no load-shedding scheduled." in [
        u.text for u, _ in furniture]


def test_a_headline_the_segmenter_cut_is_no_widget() -> None:
    """A headline cut in two at a figure's point has no widget's label: it stays."""
    page = ("Paris thieves nab $2. 5 million worth of jewellery\n"
            "Robbers crash 4x4 into store, grabbing jewelry and watches, before setting car "
            "ablaze\n"
            "Four men rammed their car into a jewellery store in Paris on Monday and grabbed "
            "jewelry and watches, police said.\nThe robbers set the car ablaze in the store, "
            "a police source said.\n")
    claims, _ = _classified(page, "en")
    assert claims[0].text == "Paris thieves nab $2.", claims[0].text


def test_a_headline_with_a_semicolon_shares_the_texts_words() -> None:
    page = ("The Valletta Courier\nLocal\nWorld\n"
            "Malta-flagged ferry catches fire off Sardinia; two crew dead\n"
            "CAGLIARI — Two crew members died when fire broke out aboard a Malta-flagged ferry "
            "off Sardinia, coastguards said.\nThe ferry was sailing from Marseille when the "
            "fire started, the operator said.\n")
    claims, _ = _classified(page, "en")
    assert claims[0].text.startswith("Malta-flagged ferry"), claims[0].text


def test_a_pages_title_naming_its_masthead_is_no_headline() -> None:
    """The page's title ends with the site's name that stands alone as its masthead: it is
    the title, though it words the headline otherwise."""
    page = ("Effondrement du pont : six morts, les recherches se poursuivent | Le Républicain\n"
            "Le Républicain\nFaits divers\nEffondrement du pont : six morts et deux disparus\n"
            "Une section du pont s'est effondrée mardi matin, selon les pompiers.\n")
    claims, furniture = _classified(page)
    assert claims[0].text == "Effondrement du pont : six morts et deux disparus", claims[0].text
    assert page.split("\n")[0] in [u.text for u, _ in furniture]


@pytest.mark.parametrize("label", ["More in Local News", "La rédaction vous conseille",
                                   "Plus d'articles dans la rubrique Sciences"])
def test_headlines_under_a_sections_label_are_related_links(label: str) -> None:
    got = verdicts(f"{label}\nFirestone approves new water rates for homes\n"
                   "Boulder County to open cooling centers as temps climb\n", "en")
    assert got["Firestone approves new water rates for homes"].startswith("related"), got


def test_a_reader_told_whom_to_call_is_the_texts() -> None:
    """A sentence telling the story's readers whom to call is text, though it holds a phone
    number and an e-mail address."""
    got = verdicts("Collectors can call 6221 3090 or e-mail verify@limrowe.com.sg.\n", "en")
    assert got["Collectors can call 6221 3090 or e-mail verify@limrowe.com.sg."] == "", got


def _gate_texts() -> list[str]:
    """Notices and furniture of the tables here, and every line of the fixtures' pages."""
    lines = [line for pair in NOTICE_LINES for line in pair] + [
        line for param in FURNITURE for line in param.values]
    for path in sorted((ROOT / "fixtures").rglob("*.md")) + sorted(
            (ROOT / "fixtures").rglob("*.txt")):
        lines += [line.strip() for line in path.read_text(encoding="utf-8").splitlines()
                  if line.strip()]
    return lines


def test_a_gate_never_hides_a_match() -> None:
    """Whenever a shape rule whose gate is read from its pattern (``flat``) fits a unit,
    the unit holds one of the gate's strings, white space read as ``_shape_reason``
    reads it."""
    texts = _gate_texts()
    for rule in SHAPE_RULES:
        if not rule.flat or not rule.needs:  # no gate found: the rule runs on every unit
            continue
        for text in texts:
            if rule.test(text):
                flat = " ".join(text.lower().split())
                assert any(g in flat for g in rule.needs), (rule.detail, text, rule.needs)


def test_the_rule_index_passes_every_rule_a_unit_may_fit() -> None:
    """Trying only the rules whose gate strings a unit holds (the index) gives the verdict
    of trying every rule in turn."""
    for text in _gate_texts():
        for heading in (True, False):
            n = len(text.split())
            low, flat = text.lower(), " ".join(text.lower().split())
            every = next((rule.detail for rule in SHAPE_RULES if (
                n <= rule.max_words and (heading or not rule.heading)
                and (not rule.starts or low.startswith(rule.starts))
                and (not rule.needs or any(g in (flat if rule.flat else low)
                                           for g in rule.needs))
                and rule.test(text))), "")
            assert _shape_reason(text, heading=heading, n=n) == every, text


@pytest.mark.parametrize(("pattern", "gate"), [
    (r"^(?:get|receive) (?:the|our) newsletter", (" new",)),
    (r"^(?:get|receive) (?:the|our) up", ("get ", "rece")),
    (r"\b(?:ep(?:isode)?\.?|[ée]pisode)\s*\d", ("ep", "epis", "épis")),
    (r"^[A-Z][\w ]+ said$", (" sai",)),
    (r"^[A-Z][\w ]+(?: said| says)$", (" sai", " say")),
    (r"(?<=x)abc", ("abc",)),
    (r"^[A-Z]\w+ \d+", ()),
    (r"(?:^|\s)[—–-]\s(?:AFP|AP)\s(?:pic|photo)$", (" afp", " ap ")),
    (r"[▲▼]\s?\d", ("▲", "▼")),
])
def test_a_gate_is_what_every_match_holds(pattern: str, gate: tuple[str, ...]) -> None:
    """The most selective strings found: what matches start with, or a part holds."""
    assert set(literal_gate(re.compile(pattern, re.I))) == set(gate)


def test_trie_pattern_finds_the_longest_string_at_each_place() -> None:
    finder = re.compile(f"(?=({_trie_pattern(['ab', 'abcd', 'b', 'cd', 'x.'])}))")
    assert finder.findall("abcd x. ab") == ["abcd", "b", "cd", "x.", "ab", "b"]


def test_an_ad_label_glued_to_a_sentence_is_set_aside_alone() -> None:
    """A page copy glues the ad's label to the sentence below it, or leaves it between
    two sentences: the label is furniture, the sentences stay text."""
    got = verdicts("The ship sank in the late 7th century BC, researchers said.\n"
                   "Advertisement Experts believe it was trading between Carthage and Motya.\n"
                   "It was fined €1 million. ADVERTISEMENT Prosecutors had asked for more.\n", "en")
    assert got["Advertisement"] and got["ADVERTISEMENT"], got
    assert not got["Experts believe it was trading between Carthage and Motya."], got
    assert not got["Prosecutors had asked for more."], got


def test_a_box_of_items_keeps_its_label() -> None:
    """The label of a box of items (``Blessés : 8``) is the box's title, kept with it; a
    label over sentences is the page's (``AT A GLANCE`` over a background line)."""
    got = verdicts("Les passagers ont été relogés à Gander, selon la compagnie.\n\nEn bref\n"
                   "Vol : VL512 Bruxelles–Montréal\nBlessés : 8, dont 2 transportés à l'hôpital\n"
                   "\nAvec La Presse Canadienne\n")
    assert not got["En bref"] and not got["Blessés : 8, dont 2 transportés à l'hôpital"], got


def test_more_of_a_section_over_headlines_is_a_related_label() -> None:
    """``More World`` over headlines labels related links; ``More delays`` over a
    paragraph is a subheading of the text."""
    got = verdicts("The vessel sank 2,600 years ago, archaeologists said on Tuesday.\n"
                   "\nMore World\nJapan's new rail line opens ahead of schedule\n"
                   "Storm leaves thousands without power in Chile\n\n"
                   "More delays\nThe excavation will start in 2027, the team said on Monday.\n",
                   "en")
    assert got["Japan's new rail line opens ahead of schedule"], got
    assert got["More World"], got
    assert not got["The excavation will start in 2027, the team said on Monday."], got


def test_a_standfirst_above_a_captioned_credit_is_no_caption() -> None:
    """A title-like line is a caption only above a line that is nothing but a credit: a
    caption and its credit on one line have their own caption."""
    claims, _ = page(
        "Phoenician shipwreck found almost intact off Sicily\n"
        "Vessel thought to have sunk 2,600 years ago was found 340 metres down\n\n"
        "The wreck was found by a robot in August. Photograph: IMAS/Soprintendenza\n\n"
        "The ship was found almost intact at a depth of 340 metres, archaeologists said.\n")
    assert "Vessel thought to have sunk 2,600 years ago was found 340 metres down" in claims


def test_a_line_of_pieces_between_separators_is_the_pages() -> None:
    """Two separators (``·``, ``|``) on one line make it a widget, a menu or a byline,
    however its pieces read; a headline under such a widget is still the headline."""
    claims, furniture = page(
        "Lac Léman : 7,4°C aux Bains des Pâquis · Niveau 372,08 m · CGN : horaire d'hiver\n"
        "Le violon volé d'Élodie Vasseur retrouvé grâce à un luthier de Carouge\n"
        "Le violon de la soliste, dérobé le 6 mars, a été retrouvé à Genève, a dit la police.\n"
        "Il appartient à une fondation qui le prête à la violoniste depuis 2019.\n", "fr")
    assert "Lac Léman : 7,4°C aux Bains des Pâquis · Niveau 372,08 m · CGN : horaire d'hiver" \
        in furniture
    assert "Le violon volé d'Élodie Vasseur retrouvé grâce à un luthier de Carouge" in claims


def test_a_quotation_over_the_name_of_who_said_it_is_a_pull_quote() -> None:
    """A quotation alone on its line over a name and a role is set apart from the text;
    the same quotation in a paragraph is the text's."""
    got = verdicts("Le luthier a reconnu l'instrument lundi, selon la police.\n"
                   "« J'ai reconnu la volute tout de suite. »\n"
                   "Marc-Antoine Rey, luthier à Carouge\n"
                   "Deux hommes ont été interpellés mardi, selon le parquet.\n")
    assert got["« J'ai reconnu la volute tout de suite. »"], got
    assert got["Marc-Antoine Rey, luthier à Carouge"], got
    assert not got["Deux hommes ont été interpellés mardi, selon le parquet."], got


def test_a_box_of_items_right_after_the_text_keeps_any_title() -> None:
    """Right after the text's last sentence, a short title over lines of items (a label,
    a colon, a figure) is a box of the story's figures; the same lines under a related
    label are links."""
    got = verdicts("Le Cameroun table sur 290 000 tonnes de cacao, selon le ministère.\n"
                   "Les prix de la semaine\nCentre (Lékié) : 4 800 à 5 200 F CFA/kg\n"
                   "Sud-Ouest (Meme, Fako) : 4 300 à 4 600 F CFA/kg\n\nLes plus lus\n"
                   "Votation du 14 juin: les sondages se resserrent\n"
                   "Lausanne: le chantier du m3 prend six mois de retard\n")
    assert not got["Les prix de la semaine"], got
    assert not got["Sud-Ouest (Meme, Fako) : 4 300 à 4 600 F CFA/kg"], got
    assert got["Votation du 14 juin: les sondages se resserrent"], got


def test_a_page_title_over_its_masthead_is_no_headline() -> None:
    """The page's first line, a title ending in the site's short name after a bar, over
    the site's full name: the page's title, not the headline, even when it words the
    story otherwise."""
    claims, furniture = page(
        "Un roman inédit retrouvé dans un sous-sol de Saint-Michel | La Vigie\n"
        "La Vigie de Montréal\n"
        "Un roman perdu refait surface dans un sous-sol de Montréal\n"
        "Un couple de Montréal a trouvé le manuscrit d'un roman inédit dans un sous-sol.\n"
        "L'éditeur a confirmé mardi que le roman était authentique, selon la famille.\n", "fr")
    assert "Un roman perdu refait surface dans un sous-sol de Montréal" in claims
    assert "Un roman inédit retrouvé dans un sous-sol de Saint-Michel | La Vigie" in furniture


def test_comments_under_their_section_title_or_sign_in_prompt() -> None:
    """A page's comments open under their section's title or the prompt to sign in to
    comment, not only under a count; a header with a short time after a dot heads one."""
    lead = "".join(f"The council met on day {k} of the count, officials said.\n" for k in range(7))
    got = verdicts(lead + "\nCOMMENTS\nLogin or register to comment\n"
                   "SurfMum_PB  ·  2h\nCongrats Tama! Best flat white on the coast.\n"
                   "kamau254  1 hour ago\nGive this boy a scholarship now.\n"
                   "Load more comments\n", "en")
    assert got["Congrats Tama!"] and got["Give this boy a scholarship now."], got
    assert not got["The council met on day 6 of the count, officials said."], got


def test_a_credit_closing_a_line_leaves_its_quotations() -> None:
    """A credit glued after a paragraph of quotations takes no quotation along: the text's
    quoted sentences stay, the credit goes."""
    got = verdicts("La Québécoise a terminé troisième, selon la fédération.\n"
                   "« C'est un peu fou de perdre! », a-t-elle lancé. « Il a une mémoire "
                   "phénoménale. » PHOTO FOURNIE PAR LA FQCSF\n"
                   "Le champion a appris 400 000 mots en trois ans, selon son entraîneur.\n")
    assert got["PHOTO FOURNIE PAR LA FQCSF"], got
    assert not got["« C'est un peu fou de perdre! », a-t-elle lancé."], got


# check27's round (stop 33): what a unit's place on the page says


def test_a_consent_boxs_body_between_its_title_and_its_buttons() -> None:
    """A consent box's long body, too long for a notice, sits between the box's title
    and its buttons; the text below stays."""
    got = verdicts("Ce site utilise des cookies\nNous traitons des données personnelles, "
                   "telles que des identifiants uniques, pour des publicités et du contenu "
                   "personnalisés et des études d'audience.\nTout accepter\nTout refuser\n"
                   "Le ministre a précisé que les données personnelles des patients seront "
                   "protégées.\n")
    assert got["Nous traitons des données personnelles, telles que des identifiants uniques, "
               "pour des publicités et du contenu personnalisés et des études d'audience."]
    assert not got["Le ministre a précisé que les données personnelles des patients seront "
                   "protégées."]


def test_a_quotation_signed_with_a_dash_is_a_pull_quote() -> None:
    """``“…” — Name`` alone on its line sets a quotation apart; the text says who said
    it with a verb."""
    got = verdicts("“This is not an object. It is the seat of our ancestors.” — Fon Ndawé IV\n"
                   "“This is not an object,” Fon Ndawé IV told reporters on Wednesday.\n", "en")
    signed = [k for k in got if k in "“This is not an object. It is the seat of our "
              "ancestors.” — Fon Ndawé IV"]
    assert signed and all(got[k] for k in signed), got
    assert not got["“This is not an object,” Fon Ndawé IV told reporters on Wednesday."]


def test_a_polls_question_after_its_label() -> None:
    """A question after a poll's label, over its results, is the poll's; a question in
    the text, over a sentence, is not."""
    got = verdicts("SONDAGE – Avez-vous vidé les eaux stagnantes chez vous cette semaine ?\n"
                   "Oui 64 % · Non 21 % · Sans jardin 15 % (1 874 votes)\n"
                   "Pourquoi l'épidémie repart-elle ?\nLe virus circule de nouveau, selon "
                   "l'ARS.\n")
    assert all(v for k, v in got.items() if "Avez-vous" in k), got
    assert not got["Pourquoi l'épidémie repart-elle ?"]


def test_a_breadcrumb_ends_a_list_of_top_stories() -> None:
    """A list of top stories above the article ends at the article's breadcrumb: the
    headline under it, repeated in the list, is the page's."""
    page = ("Northern Clarion\nTOP STORIES\nNurses scoop £164m jackpot - and most will keep "
            "working\nMetro services restored after overhead line damage\nNews › World News\n"
            "Nurses scoop £164m jackpot - and most will keep working\nA group of 23 hospital "
            "workers in Belgium had played the same numbers since 2016, the lottery said.\n"
            "They matched all five numbers and both stars in Friday's draw.\n")
    claims, _ = _classified(page, "en")
    assert claims[0].text == "Nurses scoop £164m jackpot - and most will keep working"


def test_a_sites_name_repeated_without_its_article() -> None:
    """``The Lakeshore Post`` over the page and ``© Lakeshore Post Media Inc.`` under it:
    the site's name, not the headline."""
    page = ("The Lakeshore Post\nTravel\nHeading to Guadeloupe? What Canadians should know "
            "about the epidemic\nCanadians heading to Guadeloupe this spring should protect "
            "themselves from mosquitoes, doctors say.\nThe island has counted 1,310 cases "
            "since Jan. 1.\n© 2025 Lakeshore Post Media Inc. All rights reserved.\n")
    claims, furniture = _classified(page, "en")
    assert "The Lakeshore Post" in {u.text for u, _ in furniture}
    assert not any(u.text == "The Lakeshore Post" for u in claims)


def test_a_stamp_with_an_atlantic_time_zone() -> None:
    assert verdicts("Published 10:41 p.m. AST, March 6, 2025\n", "en")[
        "Published 10:41 p.m. AST, March 6, 2025"] == "dateline"


# check28's round (stop 33)


def test_a_quotation_alone_on_its_line_that_the_text_repeats() -> None:
    """A quotation set apart on its line, which the text also gives in full, is a pull
    quote; a quotation the text gives once stays."""
    got = verdicts("Le robot a filmé l'animal pendant vingt minutes, selon l'équipe.\n"
                   "« Toute la salle de contrôle s'est tue quand les images sont arrivées. »\n"
                   "« Toute la salle de contrôle s'est tue quand les images sont arrivées », "
                   "raconte la chercheuse.\n« Nous n'avions jamais vu cela. »\n"
                   "L'équipe publiera ses résultats en avril.\n")
    assert got["« Toute la salle de contrôle s'est tue quand les images sont arrivées. »"]
    assert not got["« Nous n'avions jamais vu cela. »"]


def test_the_headline_again_in_a_numbered_list_after_the_text() -> None:
    """The page's headline repeated in a most-read list after the text is the list's."""
    page = ("Daily Roar\nCastlebridge smash club record to land goal machine Faye\n"
            "Senegal hotshot Cheikh Tidiane Faye has completed his move to Castlebridge.\n"
            "The striker scored 27 goals last season, the club said.\n"
            "1 Castlebridge smash club record to land goal machine Faye\n")
    claims, furniture = _classified(page, "en")
    reasons = {u.text: why for u, why in furniture}
    assert reasons["1 Castlebridge smash club record to land goal machine Faye"]
    assert claims[0].text == "Castlebridge smash club record to land goal machine Faye"


def test_a_tagline_under_the_sites_name_is_not_the_headline() -> None:
    """A line between the site's name (again under the text) and its menu is its tagline;
    the headline is the title over the text."""
    page = ("Benchtop Buzz\nHonest kitchen gadget reviews from a tiny Brisbane kitchen\nHome\n"
            "Reviews\nRecalls\nURGENT: Varenne CuisiPress recall – check your serial number now\n"
            "Varenne has announced a worldwide recall of its CuisiPress pressure cookers.\n"
            "Owners should check the serial number under the base, the recall notice says.\n"
            "© 2025 Benchtop Buzz\n")
    claims, furniture = _classified(page, "en")
    assert claims[0].text.startswith("URGENT: Varenne CuisiPress recall")
    assert "Honest kitchen gadget reviews from a tiny Brisbane kitchen" in {
        u.text for u, _ in furniture}


def test_a_promotion_sharing_a_word_with_the_text_is_not_the_headline() -> None:
    """The headline shares many words with the text's opening (furniture between them
    skipped); a promotion above it, a third as many or fewer, is another story's."""
    page = ("Le Matin du Léman\nVotations du 30 novembre : utilisez notre comparateur en "
            "ligne\nÉconomie\nVarenne rappelle 412 000 autocuiseurs dans le monde après des "
            "brûlures\nLe fabricant nyonnais demande aux propriétaires de cesser d'utiliser deux "
            "modèles d'autocuiseurs.\nSophie Berthoud\nPublié aujourd'hui à 11h05\n"
            "Mis à jour il y a 42 minutes\nOffrir cet article\nÉcouter\nImprimer\nEn Suisse, "
            "9 400 autocuiseurs sont concernés, selon Varenne.\nLes brûlures signalées sont "
            "au nombre de 63 dans le monde.\n")
    claims, _ = _classified(page)
    assert claims[0].text.startswith("Varenne rappelle 412 000 autocuiseurs")


def test_a_fact_box_item_may_name_rather_than_count() -> None:
    """Under a fact box's label, an item that names (``Species: …``) is the box's, as are
    those that count; a tag line after them is not."""
    got = verdicts("Key facts\nSpecies: Grimpoteuthis vezo\nDepth: 2,780 metres\n"
                   "Where: Mozambique Channel, southwest of Madagascar\n"
                   "The researchers say the habitat overlaps with gas exploration blocks.\n", "en")
    assert not got["Species: Grimpoteuthis vezo"]
    assert not got["Where: Mozambique Channel, southwest of Madagascar"]


def test_a_greeting_before_a_bio_is_the_bios() -> None:
    got = verdicts("About Mel\nHi! I'm Mel, a former home-ec teacher who tests kitchen gadgets "
                   "in Annerley. No freebies accepted, ever.\n", "en")
    assert got["Hi!"] == "author bio"


def test_a_death_notice_listed_by_surname() -> None:
    got = verdicts("NADEAU, Pierre-Luc – 1971-2025 – Coaticook\n")
    assert all(v == "legal or death notice" for k, v in got.items() if "NADEAU" in k
               or "Coaticook" in k), got


def test_a_sentence_covering_a_product_is_no_bio() -> None:
    """``X covers … at …`` presents a writer only when X is a name in capitals."""
    got = verdicts("The recall covers models CP-600 and CP-800, sold at department stores "
                   "from September 2022.\nHer husband is a reporter at the local paper.\n", "en")
    assert not any(got.values()), got


# check29's round (stop 33)


def test_a_headline_ending_on_an_exclamation_mark_over_the_byline() -> None:
    """A first line ending on ``!`` over the byline is the headline, not the text's
    opening; an exclamation inside the text stays text."""
    page = ("Le Soir d'Ici\nActualité\nUn casse éclair au musée : 9 pièces d'or volées en "
            "trois minutes !\nPar Lucie Vandamme\nPublié le 12 mars 2026 à 09h10\n"
            "Neuf pièces d'or ont été volées mardi au musée de Namur, selon le parquet.\n"
            "Bravo aux enquêteurs, une belle réussite !\n")
    claims, _ = _classified(page)
    assert claims[0].text.startswith("Un casse éclair au musée")
    assert claims[0].heading
    assert any(u.text == "Bravo aux enquêteurs, une belle réussite !" and not u.heading
               for u in claims)


def test_a_motto_naming_a_newsletter_is_the_sites() -> None:
    """A line under the site's name that presents it as a newsletter or a blog is the
    site's motto, not another story's headline."""
    page = ("Plume Watch\nA newsletter about volcanoes, weather and the skies above us\n"
            "Home · Archive · About\nWhy the ash cloud grounded half of Europe's flights this "
            "week\nBy Ana Ruiz\n"
            "The ash cloud grounded half of Europe's flights this week, Eurocontrol said.\n"
            "Airlines cancelled 9,000 flights on Friday, the agency said.\n")
    claims, furniture = _classified(page, "en")
    assert claims[0].text == "Why the ash cloud grounded half of Europe's flights this week"
    assert dict((u.text, why) for u, why in furniture)[
        "A newsletter about volcanoes, weather and the skies above us"] == ABOVE_TITLE


# check30's round (stop 34)


def test_a_name_beside_its_acronym_is_the_sites_not_the_headline() -> None:
    """``ARP — Agence Romande de Presse`` on the page's first line is the agency's
    masthead: the headline is the title over the text."""
    page = ("ARP — Agence Romande de Presse\nService de base · Espace clients\nFil général\n"
            "Suisse\nInternational\n\nGroenland : une expédition vaudoise secourue après deux "
            "nuits dans la tempête\n\nLes quatre membres d'une expédition au Groenland ont été "
            "secourus vendredi après deux nuits dans la tempête.\nIls avaient déclenché leur "
            "balise mercredi soir.\n")
    claims, furniture = _classified(page)
    assert claims[0].text.startswith("Groenland : une expédition")
    assert "ARP — Agence Romande de Presse" in {u.text for u, _ in furniture}


def test_a_banners_label_over_the_byline_is_the_headline() -> None:
    """``LIVE: …`` right over the update stamp is the live page's headline; the
    summary's bullets under it are text, never the headline."""
    page = ("The Nairobi Ledger\nKenya\nBusiness\nWorld\n\nLIVE: Iceland volcano grounds "
            "European flights, leaving Kenyan flowers stranded at JKIA\nUpdated 20:14 EAT, "
            "Monday 13 October 2025\nBy Otieno Wafula\n\nSummary\n• More than 8,000 flights "
            "cancelled across Europe after Iceland's volcano erupted\n• About 380 tonnes of cut "
            "flowers stuck at Jomo Kenyatta International Airport\n\nKenyan flower exporters "
            "say about 380 tonnes of cut flowers are stuck at the airport.\nThe exporters "
            "council says losses could reach KSh 190 million a day.\n")
    claims, _ = _classified(page, "en")
    assert claims[0].text.startswith("LIVE: Iceland volcano grounds")
    assert any(u.text.startswith("• About 380 tonnes") for u in claims)


def test_a_cookie_notice_of_a_site_and_its_partners_is_no_text() -> None:
    """A site's cookie notice above the headline is set aside, so the text (and the
    headline) start under it."""
    page = ("Antenne Meuse\nInfo\nRégions\nSport\nAntenne Meuse et ses partenaires "
            "utilisent des cookies pour mesurer l'audience et afficher des publicités.\n"
            "Tout accepter\nInfo › International\nEN CE MOMENT À LA RADIO · « Le 12-14 » avec "
            "Sophie Lambotte\nVolcan islandais : le ciel belge partiellement fermé, Liège "
            "Airport à l'arrêt\nLe nuage de cendres du volcan paralyse le trafic aérien du nord "
            "de l'Europe.\nÀ Bierset, les avions-cargos restent cloués au sol.\n")
    claims, _ = _classified(page)
    assert claims[0].text.startswith("Volcan islandais")


def test_a_commenters_name_over_the_time_of_posting() -> None:
    got = verdicts("Le nuage a atteint l'Irlande lundi, selon Met Éireann.\nLes vols vers Dublin "
                   "sont annulés jusqu'à mardi.\nAir Sénégal a suspendu deux rotations.\n"
                   "Les passagers ont été relogés à Dakar, selon la compagnie.\nLe volcan reste "
                   "actif, selon les géologues islandais.\nAucune reprise n'est annoncée.\n"
                   "37 commentaires\n"
                   "Ibou_Touba\nil y a 1 h\nDieu merci je suis rentré samedi.\n❤ 14\nRépondre\n"
                   "Mame Diarra S.\nil y a 54 min\nMon frère est bloqué à Dublin depuis ce matin."
                   "\n❤ 6\nRépondre\n")
    assert got["Mame Diarra S."] == "reader comments"
    assert got["Mon frère est bloqué à Dublin depuis ce matin."] == "reader comments"


def test_an_emoji_in_a_long_sentences_aside_is_the_writers() -> None:
    """An emoji only inside a bracketed aside of a long sentence is the blogger's own
    text; a short line with an emoji is a post's or a comment's."""
    got = verdicts("Pour ceux qui ne connaissent pas (honte à vous 😄), Winston Delahaye, c'est "
                   "le guitariste jamaïcain qui a joué au stade en février 1979 devant 50 000 "
                   "personnes.\nMon tonton y était, il dit 60 000 😂\n")
    assert not got["Pour ceux qui ne connaissent pas (honte à vous 😄), Winston Delahaye, c'est "
                   "le guitariste jamaïcain qui a joué au stade en février 1979 devant 50 000 "
                   "personnes."]
    assert got["Mon tonton y était, il dit 60 000 😂"]


def test_a_motto_under_the_sites_name_with_the_headline_above() -> None:
    """A motto under the site's name is its tagline even when the headline, on the
    page's first line, reads as two sentences."""
    page = ("The first new TB vaccine in a century just got the green light. Here's what the "
            "number means\nGerm Theory Weekly\nA newsletter about infectious disease and "
            "the numbers behind the headlines\nHome · Archive · About\nBy Dana Whitcombe\n"
            "The WHO granted prequalification to the vaccine on Thursday.\nIt is the first new "
            "TB vaccine since 1921.\n")
    _, furniture = _classified(page, "en")
    assert dict((u.text, why) for u, why in furniture)[
        "A newsletter about infectious disease and the numbers behind the headlines"
    ] == "site tagline"
