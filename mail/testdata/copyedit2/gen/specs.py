"""The 80 replies: which sent mail, which client, what happened to the copy."""

A, B, C, D, E_, F = ("nl-preview-request", "nl-preview-reminder", "en-preview-request",
                     "en-preview-clarification", "nl-demo-piet", "nl-demo-rianne")

ANSWERS = {
    "nl1": ["Akkoord."],
    "nl2": ["akkoord", "", "Groet,", "{first}"],
    "nl3": ["Akkoord, prima zo."],
    "nl4": ["Hoi,", "", "Akkoord!", "", "Gr. {first}"],
    "nl5": ["akkoord, zie wel mijn opmerking in de mail hieronder"],
    "nl6": ["Akkoord met de aanpassing hieronder."],
    "en1": ["Approved."],
    "en2": ["akkoord - approved, thanks", "", "{first}"],
    "en3": ["Approved, see my note below."],
}
SIGS = {
    "rv": ("Met vriendelijke groet,\n\n{person}\nTeamleider Facilitaire Zaken\nGemeente Voorbeeld\nT 030 123 45 67\n",
           "<p class=MsoNormal>Met vriendelijke groet,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>"
           "<p class=MsoNormal><b>{person}</b><o:p></o:p></p><p class=MsoNormal>Teamleider Facilitaire Zaken"
           "<o:p></o:p></p><p class=MsoNormal>Gemeente Voorbeeld<o:p></o:p></p><p class=MsoNormal>T 030 123 45 67"
           "<o:p></o:p></p>"),
    "short": ("{person}\n", "<div>{person}</div>"),
    "iphone": ("Verstuurd vanaf mijn iPhone\n", "<div dir=\"ltr\">Verstuurd vanaf mijn iPhone</div>"),
    "iphone-en": ("Sent from my iPhone\n", "<div dir=\"ltr\">Sent from my iPhone</div>"),
    "en": ("Kind regards,\n{person}\nFacility Services | Gemeente Voorbeeld\n",
           "<div>Kind regards,<br>{person}<br>Facility Services | Gemeente Voorbeeld</div>"),
}


def S(client, sent, short, note, answer, ops=(), extras=(), lang=None, sig="", **kw):
    d = dict(client=client, sent=sent, short=short, note=note, answer=answer, ops=list(ops),
             extras=list(extras), sig=sig)
    if lang:
        d["lang"] = lang
    d.update(kw)
    return d


SPECS = [
    # ------------------------------------------------------------ untouched
    S("outlook", A, "extern-safelinks", "untouched; Outlook desktop NL HTML reply; received with Dutch external-sender "
      "banner, [EXTERN] subject tag and Safe Links rewritten https link; copy re-marked by Word (MsoNormal, pt)",
      "nl2", extras=["banner-nl", "extern", "safelinks"], sig="rv"),
    S("outlook", C, "banner-firstcontact", "untouched; Outlook desktop EN; first-contact safety tip + English CAUTION "
      "banner at top of the copy", "en1", extras=["firstcontact-en", "banner-en"], lang="en", sig="en"),
    S("outlook", E_, "logo-disclaimer", "untouched; Outlook desktop NL; signature with inline logo (multipart/related) "
      "and the approver organisation's disclaimer appended below the copy", "nl1",
      extras=["logo", "disclaimer-nl"], sig="rv"),
    S("outlook", B, "firstcontact-nl", "untouched; reply to the reminder, Outlook NL; Dutch first-contact tip and "
      "Safe Links", "nl3", extras=["firstcontact-nl", "safelinks"]),
    S("outlook-plain", A, "wrap76", "untouched; Outlook desktop NL composing in plain text: the HTML mail is "
      "converted to text, links as text<url>, and every line of the copy hard-wrapped at 76", "nl2"),
    S("outlook-plain", C, "safelinks-wrap", "untouched; Outlook desktop EN plain text; Safe Links URL (long, not "
      "wrapped) in the copy, rest wrapped at 76", "en2", extras=["safelinks"], lang="en"),
    S("outlook-plain", F, "banner-wrap", "untouched; Outlook plain text NL; Dutch external banner at top of the copy",
      "nl1", extras=["banner-nl"]),
    S("owa", A, "safelinks-firstcontact", "untouched; Outlook on the web NL; Safe Links with originalsrc/shash "
      "attributes, Dutch first-contact tip", "nl1", extras=["safelinks", "owa-attrs", "firstcontact-nl"]),
    S("owa", D, "html-only", "untouched; Outlook on the web EN reply to the clarification; single text/html part (as "
      "Exchange IMAP hands it out)", "en1", extras=["html-only"], lang="en"),
    S("new-outlook", F, "extern-banner", "untouched; new Outlook NL; [EXTERN] subject tag + Dutch banner",
      "nl4", extras=["extern", "banner-nl"]),
    S("new-outlook", C, "disclaimer", "untouched; new Outlook EN; English disclaimer appended below the copy",
      "en2", extras=["disclaimer-en"], lang="en", sig="en"),
    S("outlook-mobile", A, "ios-nbsp", "untouched; Outlook for iOS NL; non-breaking spaces in the copy "
      "(€&nbsp;480,00 etc.)", "nl1", extras=["nbsp"], platform="iOS"),
    S("outlook-mobile", C, "android-banner", "untouched; Outlook for Android EN ('Get Outlook for Android'); CAUTION "
      "banner in the copy", "en1", extras=["banner-en"], lang="en", platform="Android"),
    S("gmail", A, "plain", "untouched; Gmail web NL; gmail_quote blockquote, text part quoted with '> ', bold as "
      "*...*", "nl1"),
    S("gmail", D, "urldefense", "untouched; Gmail web EN reply to clarification; Proofpoint URL Defense rewritten link "
      "and [EXTERNAL] notice in the copy", "en1", extras=["urldefense", "banner-proofpoint"], lang="en"),
    S("gmail-android", E_, "qp-odd", "untouched; Gmail Android NL; quoted-printable soft line breaks in odd places "
      "(inside words, inside the UTF-8 bytes of €)", "nl3", extras=["qp-odd"]),
    S("apple-mail", B, "keep-head", "untouched; Apple Mail macOS NL; original <title>/<meta> kept inside the quote "
      "(not rendered)", "nl1", extras=["keep-head"]),
    S("apple-mail", A, "selection", "untouched; Apple Mail macOS NL; only the selected part (the request) is quoted "
      "- copy cut short by the client", "nl3", extras=["cut-request"]),
    S("ios-mail", F, "iphone-nbsp", "untouched; iPhone Mail NL, 'Verstuurd vanaf mijn iPhone', nbsp in the copy",
      "nl1", extras=["nbsp"], sig="iphone"),
    S("ios-mail", C, "iphone-en", "untouched; iPhone Mail EN, 'Sent from my iPhone'", "en1", lang="en",
      sig="iphone-en"),
    S("thunderbird", A, "html", "untouched; Thunderbird NL HTML reply, moz-cite-prefix, text part format=flowed",
      "nl2", sig="short"),
    S("thunderbird", D, "html-en", "untouched; Thunderbird EN reply to clarification", "en1", lang="en"),
    S("thunderbird-plain", E_, "flowed", "untouched; Thunderbird NL plain-text compose: HTML converted to text "
      "(*bold*), '> ' quoting, format=flowed at 72", "nl1"),
    S("roundcube", B, "reminder", "untouched; Roundcube NL reply to reminder, reply-intro + blockquote cite",
      "nl3"),
    S("roundcube", C, "mimecast", "untouched; Roundcube EN; Mimecast rewritten link + Mimecast notice in the copy",
      "en1", extras=["mimecast", "banner-mimecast"], lang="en"),
    S("zimbra", A, "nl", "untouched; Zimbra web NL, hr#zwchr + header block, text part 'Oorspronkelijk bericht'",
      "nl1"),
    S("zimbra", D, "en", "untouched; Zimbra web EN reply to clarification", "en2", lang="en"),
    S("proton", C, "en", "untouched; Proton Mail EN, protonmail_quote, base64 parts", "en1", lang="en"),
    S("proton", F, "nl", "untouched; Proton Mail (English UI) NL mail", "nl1", lang="en"),
    S("fastmail", D, "en", "untouched; Fastmail EN, blockquote#qt", "en1", lang="en"),
    S("fastmail", E_, "nl", "untouched; Fastmail NL", "nl1"),
    S("hcl-notes", A, "entities", "untouched; HCL Notes NL, Van/Aan/Datum/Onderwerp block, copy written with HTML "
      "entities (&euro; &#60; ...)", "nl1", extras=["entities"]),
    S("hcl-notes", B, "reminder", "untouched; HCL Notes NL reply to reminder", "nl3"),
    S("groupwise", F, "nl", "untouched; GroupWise NL, '>>> ... >>>' header, iso-8859-15", "nl1"),
    S("emclient", C, "zwsp", "untouched; eM Client EN; zero-width space inside SPOC-0042 and the address, BOM at "
      "start of quote", "en1", extras=["zwsp"], lang="en"),
    S("emclient", A, "nl", "untouched; eM Client NL mail (English UI)", "nl1", lang="en"),
    S("mutt", D, "en", "untouched; mutt quotes the text/plain part with '> '", "en1", lang="en"),
    S("mutt", A, "nl", "untouched; mutt NL, text/plain quoted, 8bit UTF-8", "nl2"),
    S("alpine", E_, "nl", "untouched; Alpine quotes the text/plain part", "nl1"),
    S("outlook", D, "qp-odd-banner", "untouched; Outlook desktop EN reply to clarification; CAUTION banner; QP soft "
      "breaks in odd places", "en1", extras=["banner-en", "qp-odd"], lang="en"),

    # ------------------------------------------------------------- edited
    S("outlook", A, "count-red", "EDITED: '40 personen' -> '50 personen', typed in red in the copy (both parts)",
      "nl5", ops=[("rep", "40 personen", "50 personen", True)], sig="rv"),
    S("outlook", A, "markcomments", "EDITED: Outlook 'mark my comments' after 'Hoe besluit je?': "
      "'[Rianne Visser] akkoord, maar max 30 personen'", "nl1",
      ops=[("mark", "Hoe besluit je?", "akkoord, maar max 30 personen")]),
    S("outlook", C, "strike-repl", "EDITED: '40 personen' struck through with '30 personen' after it (text part shows "
      "'40 personen 30 personen')", "en3", ops=[("strike", "40 personen", "30 personen")], lang="en"),
    S("outlook", E_, "line-under", "EDITED: line 'Geen lunch, alleen koffie.' typed under the request line",
      "nl5", ops=[("line", "koffie en lunch voor 25 personen.", "Geen lunch, alleen koffie.", True)]),
    S("outlook", B, "weekday-plain", "EDITED: 'donderdag' overtyped with 'vrijdag' in the copy, no colour",
      "nl1", ops=[("rep", "donderdag 12:00", "vrijdag 12:00", False)]),
    S("outlook-plain", A, "initials", "EDITED: '(max 30 - RV)' typed after '40 personen,' in the plain-text copy, "
      "then wrapped at 76", "nl5", ops=[("ins", "40 personen,", " (max 30 - RV)", True)]),
    S("outlook-plain", C, "line-under", "EDITED: 'Only coffee please, no lunch.' typed on a new line under "
      "'in de raadzaal.'", "en3", ops=[("line", "in de raadzaal.", "Only coffee please, no lunch.", True)],
      lang="en"),
    S("outlook-plain", F, "count", "EDITED: '25 personen' -> '20 personen' in the plain-text copy", "nl1",
      ops=[("rep", "25 personen", "20 personen", False)]),
    S("owa", A, "niet", "EDITED: 'NIET' inserted: 'Je akkoord geldt NIET voor dit verzoek...'", "nl1",
      ops=[("ins", "Je akkoord geldt", " NIET", True)], extras=["safelinks", "owa-attrs"]),
    S("owa", D, "strike-only-html", "EDITED (HTML part only, single text/html): '480,00' struck through, no "
      "replacement", "en1", ops=[("strike", "480,00", None)], extras=["html-only"], lang="en"),
    S("new-outlook", F, "amount", "EDITED: amount cell '150,00' -> '250,00' in red", "nl6",
      ops=[("rep", "150,00", "250,00", True)]),
    S("new-outlook", C, "howto-answer", "EDITED: 'approved, but only for 30 people' typed after 'How to decide:'",
      "en1", ops=[("ins", "How to decide:", " approved, but only for 30 people", True)], lang="en"),
    S("outlook-mobile", B, "weekday", "EDITED: 'donderdag' -> 'vrijdag' in red (Outlook iOS)", "nl1",
      ops=[("rep", "donderdag 12:00", "vrijdag 12:00", True)], platform="iOS"),
    S("outlook-mobile", E_, "line-veg", "EDITED: 'Graag ook vegetarisch.' typed on a new line under the request "
      "(Outlook Android)", "nl1", ops=[("line", "voor 25 personen.", "Graag ook vegetarisch.", False)],
      platform="Android"),
    S("gmail", A, "initials", "EDITED: '(RV)' initials in brackets after 'in de raadzaal.'", "nl1",
      ops=[("ins", "in de raadzaal.", " (RV: zaal 2 is vrij)", True)]),
    S("gmail", C, "count", "EDITED: '40 personen' -> '45 personen' in red", "en3",
      ops=[("rep", "40 personen", "45 personen", True)], lang="en"),
    S("gmail", F, "lunch", "EDITED: request sentence changed to 'koffie voor 25 personen (lunch regelen we zelf)'",
      "nl6", ops=[("rep", "koffie en lunch voor 25 personen", "koffie voor 25 personen (lunch regelen we zelf)",
                   True)]),
    S("gmail-android", B, "howto-answer", "EDITED: 'Akkoord' typed right after 'Hoe besluit je?' in the copy", "nl1",
      ops=[("ins", "Hoe besluit je?", " Akkoord", True)]),
    S("apple-mail", A, "strike-broodjes", "EDITED: 'broodjes' struck through, 'soep' after it", "nl5",
      ops=[("strike", "broodjes", "soep")]),
    S("apple-mail", C, "line-initials", "EDITED: 'Max 30 people - RV' typed under 'in de raadzaal.'", "en3",
      ops=[("line", "in de raadzaal.", "Max 30 people - RV", True)], lang="en"),
    S("ios-mail", E_, "weekday", "EDITED: 'Donderdag' overtyped with 'Vrijdag' (no colour on iPhone)", "nl1",
      ops=[("rep", "Donderdag vergadert", "Vrijdag vergadert", False)], sig="iphone"),
    S("ios-mail", A, "niet", "EDITED: 'NIET' inserted: 'donderdag 12:00 NIET in de raadzaal'", "nl5",
      ops=[("ins", "donderdag 12:00", " NIET", True)], sig="iphone"),
    S("thunderbird", A, "amount", "EDITED: amount cell '480,00' -> '380,00' in red", "nl6",
      ops=[("rep", "480,00", "380,00", True)]),
    S("thunderbird", D, "weekday", "EDITED: 'Wij plannen dit in voor donderdag.' -> 'vrijdag.' in the quoted "
      "'What we read'", "en1", ops=[("rep", "voor donderdag.", "voor vrijdag.", True)], lang="en"),
    S("thunderbird-plain", B, "inline-line", "EDITED: unquoted line 'Liever om 12:30.' typed between the quoted "
      "lines", "nl5", ops=[("line", "in de raadzaal.", "Liever om 12:30.", False)]),
    S("thunderbird-plain", C, "count", "EDITED: '40 personen' -> '35 personen' inside the '> ' quote", "en1",
      ops=[("rep", "40 personen", "35 personen", False)], lang="en"),
    S("roundcube", A, "bracket-before", "EDITED: '[RV: alleen koffie en thee]' typed before 'Graag koffie'", "nl5",
      ops=[("pre", "Graag koffie", "[RV: alleen koffie en thee] ", True)]),
    S("roundcube", F, "category", "EDITED: table cell 'catering' -> 'catering (via eigen keuken)'", "nl1",
      ops=[("ins", "catering", " (via eigen keuken)", True)]),
    S("zimbra", A, "strike-thee-html", "EDITED (HTML markup only): 'thee' struck through without replacement; the "
      "text part still reads the same words", "nl1", ops=[("strike", "thee", None)]),
    S("zimbra", C, "max-amount", "EDITED: '(max 400,00)' typed after the amount", "en3",
      ops=[("ins", "480,00", " (max 400,00)", True)], lang="en"),
    S("proton", D, "status-cell", "EDITED: table cell 'awaiting approval' -> 'approved by me'", "en1",
      ops=[("rep", "awaiting approval", "approved by me", True)], lang="en"),
    S("proton", E_, "count", "EDITED: '25 personen' -> '15 personen'", "nl1",
      ops=[("rep", "25 personen", "15 personen", True)], lang="en"),
    S("fastmail", C, "strike-weekday", "EDITED: 'donderdag' struck, 'vrijdag' after it", "en3",
      ops=[("strike", "donderdag", "vrijdag")], lang="en"),
    S("fastmail", B, "line-room", "EDITED: 'Graag in zaal 2.03 i.p.v. de raadzaal. (RV)' on a new line under the "
      "request", "nl5", ops=[("line", "in de raadzaal.", "Graag in zaal 2.03 i.p.v. de raadzaal. (RV)", True)]),
    S("hcl-notes", A, "count", "EDITED: '40 personen' -> '60 personen' in red (Notes font color)", "nl1",
      ops=[("rep", "40 personen", "60 personen", True)]),
    S("hcl-notes", F, "howto-answer", "EDITED: 'Akkoord voor max. € 100,-' after 'Hoe besluit je?'", "nl1",
      ops=[("ins", "Hoe besluit je?", " Akkoord voor max. € 100,-", True)]),
    S("groupwise", E_, "strike-amount", "EDITED: '150,00' struck, '120,00' after it", "nl6",
      ops=[("strike", "150,00", "120,00")]),
    S("emclient", C, "not-lunch", "EDITED: '- NOT for the lunch' typed after 'Your approval covers this request and "
      "this amount'", "en3", ops=[("ins", "Your approval covers this request and this amount", " - NOT for the lunch",
                                  True)], lang="en"),
    S("mutt", A, "inline-line", "EDITED: unquoted line 'Ik ga akkoord, maar dan om 12:30.' typed under the quoted "
      "request line (text/plain quote)", "nl1",
      ops=[("line", "donderdag 12:00 in de raadzaal.", "Ik ga akkoord, maar dan om 12:30.", False)]),
    S("alpine", D, "weekday", "EDITED: '> Wij plannen dit in voor donderdag.' -> 'vrijdag.' inside the quote",
      "en1", ops=[("rep", "voor donderdag.", "voor vrijdag.", False)], lang="en"),
]
