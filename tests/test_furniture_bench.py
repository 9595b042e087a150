"""Floors on the furniture bench (``bench/furniture.py``) over the two check sets, within
2 points of what the pipeline measures, and its scoring on hand-made pages.

Measured on the check set (6 pages of 6 sites; its misses were read, so it no longer is a
clean hold-out): furniture recall 0.993 (1 of 145 furniture lines or pieces shown as a
claim; 4 before a URL under a short label, a tag list whose tags hold function words and
a related headline were read), claim precision 0.981, article text set aside 0 of 52
units, headlines that are furniture 0 of 6, titles that are the labelled headline 6 of 6.

Measured on check2 (9 pages of 9 more sites, written before the second round of rules):
furniture recall 0.957 (8 of 188 shown), claim precision 0.895, article text set aside 0
of 85, headlines that are furniture 0 of 9, titles that are the labelled headline 9 of 9.
One rule was written after reading one of its misses (a breadcrumb whose last section is
in sentence case, ``Accueil Morbihan Belle-Île Faits divers``, taken for the headline:
before it, 9 of 188 shown, 1 of 9 headlines furniture), so check2 too is no longer a
clean hold-out. Its other misses were then read and made rules of their categories
(labels after a bullet glyph, a credit with a dash after a pipe, a market-data notice's
terms, a question to the reader before its prompt, a headline under a related-links
label): 0 of 188 shown, claim precision 1.0.

check3 (11 pages of 11 more sites, written 2026-12-07 by a writer who never read the
rules): 37 of 229 shown (16.2%), claim precision 0.706, 1 of 116 article units set aside,
1 of 11 headlines furniture, when first run; 33 shown with the check2 rules above (which
never saw it). Its misses were then read and made rules of their categories (menus set
apart by spacing, a byline, stamps and links sharing a line, bios and bylines of more
shapes, consent and privacy notices, embeds and blocked embeds, player text, pitches of
a site or newsletter, the outlet speaking as "we" of its newsletters, a run of headlines
under a related-links label, captions whose credit has two slashes): 1 of 229 shown.

check4 (11 pages of 11 more sites, written the same day by another writer who read
neither the rules nor check3) is the clean hold-out: 23 of 265 shown (8.7%) with the
check2 rules, 18 of 265 (6.8%) with check3's, claim precision 0.838 -> 0.872, article text
set aside 1 -> 0 of 131, headlines right 10 -> 11 of 11. Its misses were then read and
made rules of their categories (a cookie banner's choices, a caption's bracketed image
credit, an elided agency name after a pipe, community-guideline prompts, ``Message us``,
update notes that say what they added, bios with a possessive, embedded posts'
signatures and hosts, live-blog greetings, machine-made summary notes, sponsored and
promoted headlines, a regional paper's ``Chamonix.`` dateline, an agency dateline with
the place in lower case, the sentence a paywall cuts): 1 of 265 shown.

check5 (12 pages, French from Québec, Côte d'Ivoire, Senegal and France, English from
India, Ireland, the US, the UK and Australia; written without the rules, check3 or
check4): 63 of 274 shown (23.0%), 2 of 12 titles right when written; 61 shown with
check4's rules (held out). Its misses were then read and made rules (weather widgets,
tickers with arrows, breaking banners, counters, ``opens new tab``, site notices, the
outlet pointing to its own content and feeds, bylines of more shapes, agencies alone,
initials, credits in capitals, bracketed and ``via`` credits, print headers, stamps glued
together, a feed line after its clock time, related labels opening a line, mottos and
repeated site names passed over for the title, a regional title after its place): 4 of
274 shown, 10 of 12 titles right.

check6 (12 pages: French from Morocco, Algeria, France, Belgium, Québec and Switzerland,
English from South Africa, Kenya, the UK, Singapore, Canada and the US; written without
the rules or check3-check5): 48 of 266 shown (18.0%), 3 of 12 titles right when written;
38 (14.3%) and 4 of 12 with check5's rules (held out). Its misses were then read and made
rules (media items, transcripts, channels, post signatures and hashtags, live coverage
ended, comment-community welcomes, report-an-error and code-of-conduct links, issue
numbers, listen rows, paywall offers, form notices, newsroom bios, a place with the
date of the day, datelines without a date or in capitals without an agency, longer site
names repeated lower on the page, banners passed over for the title): 5 of 266 shown, 10
of 12 titles right.

check7 (12 pages: French from France, Belgium, Cameroon, Luxembourg and Switzerland,
English from the UK, the Philippines, Nigeria, Ghana and Ireland; written without the
rules or check3-check6) is the clean hold-out: 33 of 316 shown (10.4%), 8 of 12 titles
right with check5's rules; 34 of 316 (10.8%), 8 of 12, with check6's (held out). Its
misses were then read and made rules (travel and traffic alerts, auto-play notices,
``READ:`` and ``Disclaimer:`` labels, don't-miss and long subscribe calls, emoji posts,
gambling and comment-moderation notices, polls with their question, exchange rates,
offers with an asterisk, comment forms, ``Photo Name`` credits, app prompts, datelines
in capitals with a dash, paywall cuts ending with an ellipsis): 3 of 316 shown, 11 of 12
titles right.

check8 (12 pages: French from France, Belgium, Québec, Switzerland and Réunion, English
from the UK, the US, Hong Kong, Jamaica and Australia; written without the rules or
check3-check7) is the clean hold-out: 22 of 243 shown (9.1%), 8 of 12 titles right
with check6's rules; 19 of 243 (7.8%), 9 of 12, with check7's. One miss was then seen
on a report of its pages (a title that was the skip link ``Aller à la recherche``) and the
search box added to the page objects: 18 of 243 (7.4%), 10 of 12. On 2026-12-07 (seventh
session) its misses were read and made rules of their categories (credits that say where a
picture came from, paywall prompts, trust boxes, print-edition notes, section teasers,
poll labels, summary-box headings, weather widgets with an air-quality part): 6 of 243
(2.5%), 11 of 12.

check9 (12 pages: French from Luxembourg, Belgium, Morocco, Switzerland, Québec and France,
English from Ireland, India, the UK, South Africa, Canada and the US; written without the
rules or check3-check8): 23 of 332 shown (6.9%), 8 of 12 titles right, 1 of 221 article
lines set aside, with check8's round (and the same without it: that round's rules found
nothing there). Its misses were then read and made rules (bylines with their outlet,
publisher and standards notices taking their whole line, comment invitations, video
kickers, site self-promotion, agency inputs, consent-box titles, site taglines, times
widgets, dash-separated footer menus, exchange rates by currency pair, datelines before
a dash or a colon): 8 of 332 (2.4%), 11 of 12.

check10 (12 pages: French from New Caledonia, France, Switzerland, Belgium, Lebanon and
Québec, English from Australia, the UK, the US, Singapore, Kenya and Scotland; written
without the rules or check3-check9, though its writer read this docstring's list of
categories): 50 of 375 shown (13.3%; 57, 15.2%, before this session's rules), 7 of 12
titles right, 8 of 222 article lines set aside (subheadings inside the text, and a title
in quotes). Its misses were then read and made rules of their categories (``NOTICES`` in
``reporter.furniture``: consent boxes, device limits and paywall pitches, embedded posts'
markers, timed flash banners, buy buttons, support-service lines, job ads, funding notes,
taglines, other-language links, rights notices, follow prompts, moderation and series
notes, empty comment threads, player durations and gallery counters, agency credits,
sponsored labels, photos' alt texts and capital credits, registrations and postal codes;
exchange rates by currency code): 17 of 375 (4.5%), 11 of 12, 7 of 222 set aside; a
blank line after a related list's first headline then ended the list (the text resumes
under a subheading): 5 of 222 set aside, and an error-report prompt the list had taken
along became a rule of its own.

check11 (12 pages: French from France (2), Luxembourg, Québec, Switzerland and Belgium,
English from Ireland, the UK, Canada, Malaysia, India and the US; written after the rounds
above without reading the rules or check6-check10) is the clean hold-out: 30 of 445 shown
(6.7%; 33, 7.4%, with the rules of the session's start), 9 of 12 titles right (8), 3 of 12
titles furniture (4), 7 of 252 article lines set aside (7). Its misses were then read and
made rules of their categories (market tickers, newsletter descriptions, bylines with
places, sponsored labels, numbered ad slots, role lines and "covers … from" bios, "powered
by" credits, rights and funding notices, more credit shapes, a subscription box whose label
opens it, live banners, datelines with a date before their colon): 7 of 445 (1.6%), 12 of
12 titles right, 7 of 252 set aside.

check12 (12 pages: French from Belgium, Québec, Switzerland, France (2) and Cameroon,
English from the UK, the US, Switzerland, Hong Kong, Cameroon and Nigeria; written after
all the rounds above without reading the rules or check5-check11) is the clean hold-out:
34 of 525 shown (6.5%; 35, 6.7%, with the rules of the session's start), 7 of 12 titles
right (7), 5 of 12 titles furniture (5), 8 of 248 article lines set aside (8). Its misses
were then read and made rules of their categories (stop 30: a headline is the top run's
title-like line that shares words with the text's opening, and the lines above it that
share hardly any are another story's, a ticker's; view counters, "posted by" and "from
our correspondent in" bylines, tip lines, calls to a number or a USSD code, paywall
meters, donation appeals, WordPress residue, newsletter names and schedules, index
tickers, synthetic-voice notes, player speeds, "voice of" taglines, supplied-photo and
"Ph." credits, "is a reporter covering" bios): 8 of 525 (1.5%), 12 of 12 titles right.

check13 and check14 (12 pages each; check13: French from Québec, France, Switzerland and
Côte d'Ivoire, English from Canada, the US, Nigeria, India, the UK and Australia; check14:
French from France, Belgium, Luxembourg, Switzerland, Senegal and Morocco, English from
the UK, Ireland, the US, the Philippines, South Africa and Kenya; both written by helper
sessions that read neither the rules nor any other set) were measured before and after
that round. check13: 49 of 470 shown (10.4%) both times, 6 of 12 titles right, 10 of 211
article lines set aside: nothing of the round reached it. check14: 38 of 563 (6.7%) ->
33 (5.9%), 5 -> 7 of 12 titles right, 6 of 209 set aside both times. check13's misses were
then read and made rules of their categories (breadcrumbs opening on Home, edition
selectors, text-size controls, "Photograph:" and "via … File" credits, newsletter blurbs,
offers pointing to a website, "Sponsored by" tails, death and legal notices, horoscopes
and lottery draws, closed-comment and netiquette notes, acknowledgements of country,
"connect via" lines, agency credits after a dash, synthetic-voice notes, translation
notes, WhatsApp channels, journalism appeals, "X uses cookies", hyphenated names in bios,
agency sign-offs like ``mml/agences``; the page's title copied above its headline; a
headline that shares words with the text preferred among short lines too; an indefinite
"un analyste" no longer opens a bio, which also kept a held-out ECB+ sentence, "A forensic
analyst testified…"): check13 12 of 470 (2.6%), 10 of 12 titles right; check14 (held out)
30 of 563 (5.3%), 8 of 12 titles right, 6 of 209 set aside. check14's misses were then
read and made rules of their categories (synthetic-voice and pronunciation notes, "appeared
in the print edition", "what to read next" lists, conversation counts, newsletter
schedules after a comma, fuel prices, job ads marked (H/F), moderated-comment and press
code notices, video countdowns, "continue reading below" ad labels, "toute l'actu"
taglines, prayer times, tweets' pic.twitter links, podcast episodes, ticket offers,
quizzes, travel advice, load-shedding status; "Ep." and US time zones such as "ET" no
longer end a sentence): check14 8 of 563 (1.4%), 10 of 12 titles right.

check15 (12 pages: French from Switzerland, Belgium, Québec, Haiti, France and Luxembourg,
English from Malaysia, Scotland, Canada, the US, New Zealand and Singapore; written by a
helper session that read neither the rules nor any other set, after all of the above) is
the clean hold-out: 33 of 544 shown (6.1%; 40, 7.4%, with the rules of stop 30's start),
8 of 12 titles right (5), 4 of 12 titles furniture (7), 4 of 209 article lines set aside
(4). Its misses were then read and made rules of their categories (price-per-litre and
exchange-rate widgets, early-bird and ticket offers, "advertise with" and "end of
advertisement" lines, an ad label opening a line taking the line, "(Photo X – Y)" and
"— Social media screengrab" credits, "Précision:" corrections, donation receipts, "basée
à" bios, comment charters and media-council notices, next-video countdowns, sign-in
prompts, favourites buttons, "4 mins to read", AI-voice notes, lottery draws, words of the
day, "news that matters" taglines; a sentence telling readers whom to call stays text):
7 of 544 (1.3%), 12 of 12 titles right, 3 of 209 set aside.

check16 (12 pages: French from Switzerland, Québec, Guadeloupe, France (2) and Belgium,
English from Northern Ireland, Hong Kong, Jamaica, Trinidad and Tobago, Wales and the US;
its writer, who read neither the rules nor any other set, was asked for kinds of
furniture beyond a list of the usual ones: departure boards, tide tables, marine
forecasts, AI-training bans, bin-day checkers…) is the clean hold-out: 52 of 709 shown
(7.3%; 67, 9.4%, with the rules of stop 30's start), 5 of 12 titles right (1), 7 of 12
titles furniture (11), 6 of 211 article lines set aside (6). Its misses were then read
and made rules of their categories (sports scores and fixtures, reversed exchange rates,
"(Photo : …)", "– Photo X / Y", "courtesy" and file-photo credits, "joined … in 2021 and
covers" bios, letters labels, departure boards, reader-comment residue (sort controls,
"il y a 41 minutes", user names, report buttons), lower-case agency credits, pay-or-
consent buttons, "la rédaction avec" bylines, marine forecasts, death and legal notices,
"voice since" taglines, loading lines, verses of the day and word games, classified ads,
countdowns, job ads, comment policies and push-notification requests, newsletter names
and schedules, IPSO notices; "c." of "X c. Y" no longer ends a sentence): 15 of 709
(2.1%), 11 of 12 titles right.

check17 (12 pages: French from Switzerland, France (2), Algeria, Mali and New Caledonia,
English from the UK, the US, Scotland, Ghana, Fiji and Australia; written by a helper
session that read neither the rules nor any other set, asked for kinds of furniture
beyond the usual ones) is the clean hold-out: 63 of 654 shown (9.6%; 78, 11.9%, with the
rules of stop 30's start; 65, 9.9%, before check16's round), 8 of 12 titles right (3), 4
of 12 titles furniture (9), 9 of 204 article lines set aside (10). Its misses were read in
stop 31 (a round of rows from them: captions by position, comment guidelines, app and
podcast promotions, mastheads, subscription prices, datelines naming a country): 16 of 654
(2.4%), 10 of 12 titles right, 9 article lines set aside as before.

check18 (12 pages: French from France, Belgium, Switzerland, Senegal, Québec and Morocco,
English from the UK, Australia, Singapore, Nigeria, the US and India; written by a helper
session that read neither the rules nor any other set, asked for unusual furniture too:
tickers, lottery and cricket widgets, prayer times, polls, quizzes, a pinned comment,
furniture glued into paragraphs) was the hold-out of check17's round: 55 of 388 shown
(14.2%; 56, 14.4%, before it), 11 of 12 titles right, 2 of 197 article lines set aside.
Its misses were then read in stop 31 (reader comments under their count, a poll's options
adding up to a hundred, fact boxes after the text kept, a page title naming its masthead,
bylines, sponsored prefixes, print and donation notes, podcast episodes): 16 of 388
(4.1%), 12 of 12 titles right, 2 article lines set aside; check10 and check16 lost one
and four shown lines to the same rows.

check19 (12 pages: French from Côte d'Ivoire, Switzerland, Belgium, Luxembourg, Québec
and Tunisia, English from Ghana, Australia, Ireland, the UK, Kenya and New Zealand;
written by a helper session that read neither the rules nor any other set) is the clean
hold-out: 38 of 361 shown (10.5%; 57, 15.8%, with the rules of stop 31's start; 53,
14.7%, after check17's round only), 7 of 12 titles right (7), 5 of 12 titles furniture
(5), 1 of 193 article lines set aside (1). Its misses were then read in stop 31 (comments
one after another with no control between them, a line above the headline sharing no
word with the text when the headline shares two, tickers between marks, prices per unit,
road bulletins, league tables, duty pharmacies, media-council notes, paywall meters):
21 of 361 (5.8%), 11 of 12 titles right; check13 and check16 gained a title each.

check20 (12 pages: French from France, Algeria, Senegal, Cameroon, Switzerland and
Belgium, English from the UK, Malta, Uganda, Nigeria, South Africa and India; written by a
helper session that read neither the rules nor any other set, asked for furniture above
the headline too) is the clean hold-out: 47 of 470 shown (10.0%; 63, 13.4%, with the rules
of stop 31's start and after check17's round; 52, 11.1%, after check18's), 7 of 12 titles
right (4), 5 of 12 titles furniture (8), 5 of 191 article lines set aside (5). Its misses
were then read in stop 31 (a widget's labelled sentence above the headline no longer ends
the top run, a headline with a semicolon sharing the text's words, a commenter's name and
time on two lines, death notices, classifieds, price lists between marks, `Par X, à Y`
bylines, taglines, traffic and marine-weather labels): 25 of 470 (5.3%), 11 of 12 titles
right; check9 and check17 gained a title each, check18 lost one shown line.

check21 (12 pages: French from Burkina Faso, Switzerland, New Caledonia, French Polynesia,
DR Congo and Belgium, English from Ghana, Scotland, New Zealand, Australia, South Africa
and Zambia; written by a helper session that read neither the rules nor any other set) is
the clean hold-out: 38 of 355 shown (10.7%; 58, 16.3%, with the rules of stop 31's start
and after check17's round; 48, 13.5%, after check18's; 39, 11.0%, after check19's), 8 of 12
titles right (7), 4 of 12 titles furniture (5), 5 of 194 article lines set aside (5). Its
misses were then read in stop 31 (a box's label in capitals opening its line — `AVIS DE
DÉCÈS —`, `TO LET:` — takes the line, cookie-banner titles, index tickers between marks,
`[Photo]` captions, moderation and subscribers-only comment notes, `Voir les 7 autres
réactions`, tip calls, attributed pull quotes, things of the day, `La rédaction vous
conseille`): 9 of 355 (2.5%), 11 of 12 titles right; no other set moved.

check22 (12 pages: French from Mayotte, France (2), Québec, Switzerland and Belgium,
English from Kenya, Tanzania, the US, Australia, Wales and Northern Ireland; written by a
helper session that read neither the rules nor any other set) is the clean hold-out: 38 of
432 shown (8.8%; 72, 16.7%, with the rules of stop 31's start; 50, 11.6%, after check18's
round; 38 after check20's and after check21's), 7 of 12 titles right (6), 5 of 12 titles
furniture (6), 5 of 236 article lines set aside (5). Its misses were then read in stop 31
(status lines with a clock time, fuel prices, score strips, gallery counters, ad-free
pitches, death notices under a surname in capitals, quiz labels, `On this day`,
comments-off notes, local-journalism appeals, a pull quote's attribution line, things
`o' the day`, `You might also like:`, `More in Local News`, a dateline with a region and an
agency): 19 of 432 (4.4%), 9 of 12 titles right, 4 of 236 article lines set aside;
check13 two shown lines fewer.

check23 (12 pages: French from Belgium, Québec, Morocco, France, Switzerland and Guinea,
English from Canada, the US, England, New Zealand, Ireland and Singapore; written by a
helper session that read neither the rules nor any other set) was the clean hold-out: 28 of
409 shown (6.8%; 47, 11.5%, with the rules of stop 31's start; 32, 7.8%, after check18's
round; 29, 7.1%, after check20's), 10 of 12 titles right (9), 2 of 12 titles furniture
(3), 9 of 206 article lines set aside (9). Its misses were then read in stop 32 (box
labels after an emoji, ``ALERT``, ``ADVERTISEMENT —``, ``TIDES —``; ad labels glued to a
sentence; weekday abbreviations in listings and a bracket after ``a.m.``; paywall meters
with ``gratuits``, first-month prices, cookie buttons, print-edition and supplement
promotions, ``Try our … tool``, quiz teasers, ``X is published by Y``, newsletter pitches,
marine weather taking its line, event listings; ``More World`` over headlines; the label
of a box of items kept; a standfirst above a captioned credit no caption): 3 of 409
(0.7%), 12 of 12 titles right, 4 of 206 article lines set aside; check13, check19 to
check22 also fewer shown lines, none more on any set.

check24 (12 pages: French from France, Switzerland, Belgium, Côte d'Ivoire, Cameroon and
Québec, English from the UK, Nigeria, Trinidad and Tobago, Canada, the US and Australia;
written blind by a helper session) was the hold-out of check23's round: 70 of 625 shown
(11.2%) at stop 32's start, 67 (10.7%) after check23's round; 5 of 12 titles right, 7 of
12 furniture; 4 of 207 article lines set aside. Its misses were then read in stop 32
(lines of pieces between two separators, ``·`` or ``|``, which on the labelled pages are
always the page's: widgets, menus, bylines; ``Vous êtes ici :``, edition pickers, taglines
with ``since 1987`` or ``'s independent voice``, ``X is part of Y``, syndication notes,
newsletter sign-ups, local service widgets (roads, utilities, recalls, forecasts, weather
warnings), arrow tickers with a dash, bios of hyphenated names, ``Articles en lien``, a
quotation over ``Name, role``, ``Story continues below advertisement`` glued to a
sentence, a bracketed count ending a line that no wrapped line ends with, a box of items
right after the text): 26 of 625 (4.2%), 12 of 12 titles right, 4 of 207 set aside; check19
and check22 also fewer shown, none more on any set.

check25 (12 pages: French from Belgium, Luxembourg, Switzerland, Haiti, Québec and
Madagascar, English from Ireland, the US, Jamaica, Pakistan, South Africa and the UK;
written blind by a helper session) was the hold-out of check24's round: 29 of 343 shown
(8.5%) and 11 of 222 article lines set aside at stop 32's start, 27 (7.9%) and 5 after
check23's round, 24 (7.0%) and 5 after check24's; 9 of 12 titles right throughout. Its
misses were then read in stop 32 (a page title over a masthead starting with its site's
name, river levels and colour warnings, reader call-outs from question to button, short
links ending in an arrow, `Support us from £4 →` taking its line, `X a besoin de vous`,
meters over a month, carbon badges, `Annonce –`, tips `about` a subject, agencies in lower
case in a dateline, event listings with a comma): 8 of 343 (2.3%), 12 of 12 titles.

check26 (12 pages: French from Senegal, Mali, France, Québec, Belgium and Switzerland,
English from Ghana, Kenya, England, New Zealand, Wales and Singapore; written blind by a
helper session after check24's round) was the hold-out of check25's round: 32 of 379 shown
(8.4%), 6 of 191 article lines set aside and 9 of 12 titles right with the rules of stop
32's start; 26 (6.9%), 3 and 10 of 12 with check24's round; the same after check25's. Its
misses were then read in stop 32 (comments opening under their section's title or a
sign-in prompt, headers with a short time after a dot; a credit closing a line leaves its
quotations; traffic flashes, `au quotidien` taglines, AI-assistant and prize promotions,
word-of-the-day widgets, `Le saviez-vous ?`, radio-button polls, interactive maps,
funding notes, `Les plus lus – Namur`, `Story continues below`): 6 of 379 (1.6%), 1 of
191 set aside; check24 also 26 -> 18 shown.

check27 (12 pages: French from France, Cameroon, Guadeloupe, Québec, Belgium and
Switzerland, English from Nigeria, South Africa, Trinidad and Tobago, Ontario, Ireland and
the UK; written blind by a helper session after check25's round) is the clean hold-out:
36 of 542 shown (6.6%), 17 of 224 article lines set aside and 9 of 12 titles right with
the rules of stop 32's start; 27 (5.0%), 13 and 9 of 12 after check25's round and the
same after check26's. Its misses were then read in stop 33 (consent-box bodies between
their title and buttons, the TCF partners notice, `AdvertisementHide Ad`, ad labels glued
after a sentence's stop, comment counts that never wrap, a quotation signed with a dash, a
poll's question after its label, a breadcrumb ending a top-stories list, a site's name
without its article, death notices, ad disclaimers, read counters, AI widgets, form
blanks, role-line bios, `POUR « … »` and `Stock photo:` credits): 4 of 542 (0.7%), 11 of
224 set aside, 11 of 12 titles; check10, check18, check20 and check22 one fewer shown each.

check28 (12 pages: French from Madagascar, France, Senegal, Belgium, Switzerland and
Québec, English from New Zealand, Kenya, the UK, Ireland, the US and Australia; written
blind by a helper session during stop 33) was the hold-out of check27's round: 52 of 656
shown (7.9%), 13 of 217 article lines set aside and 8 of 12 titles right with the rules of
stop 33's start, and the same after check27's round. Its misses were then read in stop 33
(taglines between the site's name and its menu, a headline read against the text's
opening with furniture skipped and shared words counted whole (``d'autocuiseurs``,
``Fife's``), lines sharing a third of the best's words or fewer are another story's, a
title cut at ``?`` or ``!`` is one heading, widgets before the headline looked past the
menu, fact-box items that name, a quotation alone on its line that the text repeats, the
headline again after the text, blog furniture (affiliate notes, `N thoughts on “…”`,
previous/next posts, greetings before a bio, acknowledgements of country), tip lines,
death notices by surname, meters, offers per month, citations of the article, a date
alone that never wraps): 11 of 656 (1.7%), 5 of 216 set aside, 12 of 12 titles; also
seven titles right on other sets and fewer shown lines on twelve.

check29 (12 pages: French from Madagascar, Réunion, Belgium, France, Switzerland and
Senegal, English from Kenya, South Africa, Ireland, the UK, India and the US; written blind
by a helper session during stop 33) was the hold-out of check28's round: 40 of 514 shown
(7.8%), 8 of 220 article lines set aside and 6 of 12 titles right with the rules of stop
33's start; 35 (6.8%) after check27's round; 29 (5.6%), 7 of 218 and 9 of 12 after
check28's. Its misses were then read in stop 33 (datelines closed by a colon, ``PUNE:``,
but not labels, ``CORRECTION:``; a headline ending on ``!`` over the byline; wire slugs,
version histories, desk contacts and desk sign-offs with their time, pronunciation guides,
print-edition pointers, member-owned self-descriptions, ``About the author:`` bios, tip
lines in confidence, offers and sales, lost-papers notices, ``Votez !``): 3 of 514 (0.6%),
10 of 12 titles; check8, check17, check18, check21 and check25 fewer shown.

check30 (12 pages: French from Belgium, Senegal, Switzerland, Québec, France and Côte
d'Ivoire, English from Ireland, Kenya, New Zealand, Scotland, Jamaica and the UK; an
Icelandic ash cloud, a Greenland expedition's rescue and a guitar's auction; written blind
by a helper session during stop 33) was the hold-out of stop 33's rounds: 51 of 560 shown
(9.1%) with the rules of stop 33's start, 49 (8.8%) after check27's round, 47 (8.4%), 13 of
235 article lines set aside and 8 of 12 titles right after check28's and the same after
check29's. Its misses were then read in stop 34 (an agency's masthead beside its acronym,
a banner's label on the headline over its byline, a summary's bullets, a site's cookie
notice with its partners, a closing quote after a no-break space, `Réf.`, datelines of two
places, a month alone, a relative time or a handle never wrapped, a commenter's name over
the time of posting, an emoji in a long sentence's aside, mottos under the site's name,
agency version and service notes, language versions, `… of the week:` and `Today's …:`
widgets, horoscopes, weather warnings, prize games, radio now-playing lines, offers per
month, e-mail footers, poll results, courtesy credits, bios of longer names): 16 of 560
(2.9%), 9 of 234 set aside, 11 of 12 titles; check19, check24 and check28 fewer shown, the
check29 title right.

check31 (12 pages: French from Acadia, Haiti, Luxembourg, Morocco, Mauritius and
Madagascar, English from the US, Wales, Ghana, Uganda, Australia and the Philippines; a
bridge collapse, a money-transfer firm's data breach and a rocket's failure; written blind
by a helper session during stop 34) was the hold-out of the rule rounds: 44 of 432 shown
(10.2%), 17 of 209 article lines set aside and 11 of 12 titles right with the rules of
stop 33's start; 43 (10.0%) after stop 33's three rounds and the same after check30's: the
rounds of rules read from one set's misses no longer moved the next set. Not read; used to
train ``reporter.furniture_model`` (held out of it, its second opinion gave 30 of 432 at 0.95).

check32 (12 pages: French from Gabon, Guinea, Benin, Algeria, Vanuatu and New Caledonia,
English from Alberta, Zambia, Singapore, Pakistan, Scotland and Fiji; a mine collapse, a
chess open and a wreck found; written blind by a helper session during stop 34) was held
out of the rules and of the learned model's first training: 30 of 447 shown (6.7%), 11 of
201 article lines set aside and 12 of 12 titles right with the rules alone; 19 (4.3%), 11
and 12 of 12 with the learned second opinion (its threshold, 0.98, was chosen partly on
it). Not read; the shipped model is trained on it.

check33 (12 pages: French from Alsace, the Swiss Jura, Rwanda, Burundi, Martinique and
French Guiana, English from New Zealand, Wales, Tanzania, Hong Kong, Jamaica and the
Bahamas; a hailstorm on vineyards, a port's ransomware attack and an oil spill; written
blind by a helper session during stop 34, after the threshold was chosen) is the clean
hold-out of the rules and of the model: 32 of 379 shown (8.4%), 14 of 213 article lines
set aside and 11 of 12 titles right with the rules alone; 24 (6.3%), 14 and 11 of 12 with
the learned second opinion. Not read.

check34 (12 pages: French from Niger, Chad, Monaco, Guadeloupe, Brittany and Québec,
English from Nigeria, Ghana, Kenya, Uganda, Nova Scotia and Cork; a dam's release
flooding villages, a marathon world record and an airline's collapse; written blind by a
helper session during stop 34, after every choice of the session) is a second clean
hold-out, harder than the others: 62 of 423 shown (14.7%), 28 of 214 article lines set
aside and 8 of 12 titles right (4 titles furniture) with the rules alone; 43 (10.2%), 29
and 8 of 12 with the learned second opinion. Not read.

From stop 34 the floors are measured with the learned second opinion, which was trained on
every set but check32: on those sets its figures are fitted, as the rules' are.
Raise the floors as the figures improve.
"""

from __future__ import annotations

import pytest

from tests.conftest import load_bench

bench = load_bench("furniture")

BOUNDS: dict[str, tuple[float, float, float, float]] = {
    # set: furniture recall and claim precision at least, furniture shown and article
    # text set aside (shares) at most
    "check": (0.98, 0.98, 0.02, 0.01),
    "check2": (0.98, 0.98, 0.02, 0.01),
    "check3": (0.976, 0.971, 0.024, 0.01),
    "check4": (0.98, 0.98, 0.02, 0.01),
    "check5": (0.973, 0.965, 0.027, 0.028),
    "check6": (0.969, 0.95, 0.031, 0.028),
    "check7": (0.971, 0.957, 0.029, 0.02),
    "check8": (0.959, 0.944, 0.041, 0.02),
    "check9": (0.959, 0.944, 0.041, 0.025),
    "check10": (0.959, 0.923, 0.041, 0.043),
    "check11": (0.967, 0.956, 0.033, 0.044),
    "check12": (0.97, 0.959, 0.03, 0.052),
    "check13": (0.971, 0.956, 0.029, 0.048),
    "check14": (0.973, 0.961, 0.027, 0.049),
    "check15": (0.971, 0.951, 0.029, 0.034),
    "check16": (0.974, 0.961, 0.026, 0.048),
    "check17": (0.971, 0.95, 0.029, 0.064),
    "check18": (0.962, 0.918, 0.038, 0.02),
    "check19": (0.966, 0.949, 0.034, 0.025),
    "check20": (0.944, 0.895, 0.056, 0.046),
    "check21": (0.974, 0.969, 0.026, 0.046),
    "check22": (0.975, 0.967, 0.025, 0.037),
    "check23": (0.973, 0.965, 0.027, 0.039),
    "check24": (0.961, 0.905, 0.039, 0.039),
    "check25": (0.963, 0.944, 0.037, 0.043),
    "check26": (0.967, 0.949, 0.033, 0.025),
    "check27": (0.974, 0.961, 0.026, 0.069),
    "check28": (0.975, 0.961, 0.025, 0.043),
    "check29": (0.978, 0.975, 0.022, 0.052),
    "check30": (0.968, 0.929, 0.033, 0.058),
    "check31": (0.899, 0.783, 0.101, 0.101),
    "check32": (0.942, 0.859, 0.058, 0.075),
    "check33": (0.917, 0.838, 0.083, 0.086),
    "check34": (0.878, 0.736, 0.122, 0.156),
}
SETS = list(BOUNDS)
MISSED_TITLES = {"check5": 1, "check6": 1, "check7": 1, "check8": 1, "check14": 1, "check19": 1,
                 "check20": 1, "check22": 1, "check26": 1, "check29": 1,
                 "check30": 1, "check31": 1, "check33": 1, "check34": 4}
"""Titles that are still furniture on a set (measured)."""


@pytest.fixture(scope="module")
def scored() -> dict[str, object]:
    return {name: bench.run_set(name) for name in SETS}


@pytest.mark.parametrize("name", SETS)
def test_check_set_floors(name: str, scored: dict[str, object]) -> None:
    """Each check set's figures stay within 2 points of what was measured."""
    scores = scored[name]
    recall, precision, shown, lost = BOUNDS[name]
    got = (scores.furniture_recall, scores.claim_precision, scores.furniture_shown_share,
           scores.real_set_aside_share)
    assert got[0] >= recall and got[1] >= precision and got[2] <= shown and got[3] <= lost, (
        f"{name}: recall, precision, shown, set aside {got}; bounds {BOUNDS[name]}")


@pytest.mark.parametrize("name", SETS)
def test_check_set_headlines_are_never_furniture(name: str, scored: dict[str, object]) -> None:
    """No source's title is a furniture line; every title is the labelled headline (on
    check5, one title is still the site's name and one is right but its labelled line
    opens with the place, ``Niort. Naissance…``, which the scorer counts as wrong)."""
    scores = scored[name]
    assert scores.headline_furniture <= MISSED_TITLES.get(name, 0)
    assert scores.headline_right >= scores.pages - 2 * MISSED_TITLES.get(name, 0)


def test_labels_parse() -> None:
    """Headline, furniture lines and furniture pieces are read from a sidecar."""
    labels = bench.read_labels("# c\nheadline 3\nfurniture 1 2\nfurniture 7\npart 4 LYON (AP) -\n")
    assert labels.headline == 3
    assert labels.furniture == frozenset({1, 2, 7})
    assert labels.parts == ((4, "LYON (AP) -"),)


def test_scoring_counts_lines_units_and_the_title() -> None:
    """A furniture line a claim overlaps is shown; a unit of text set aside counts; a
    part is furniture inside a line of text."""
    text = "Menu\nFlood hits Lyon\nLYON (AP) - Rain fell. More rain fell.\nShare\n"
    labels = bench.read_labels("headline 2\nfurniture 1 4\npart 3 LYON (AP) -\n")
    units = ((0, 4, True), (5, 20, True), (21, 32, False), (33, 43, True), (44, 59, False),
             (60, 65, False))
    scores = bench.Scores()
    bench.score_page(bench.Page(name="p", text=text, labels=labels, units=units,
                                title="Flood hits Lyon"), scores)
    assert (scores.furniture, scores.furniture_shown) == (3, 1)  # Menu shown
    assert (scores.real, scores.real_set_aside) == (3, 1)  # "More rain fell." set aside
    assert (scores.claims, scores.claims_real) == (3, 2)  # Menu is no real claim
    assert (scores.headline_right, scores.headline_furniture) == (1, 0)
