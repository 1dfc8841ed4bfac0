#!/usr/bin/env python3
"""Generate the held-out reply corpus (mail/testdata/heldout/*.eml and expected.json).

Every file answers one spocd approval mail ("[SPOC-0042 a:<token>] Akkoord gevraagd:
Extra koffie en lunch voor de raadsvergadering"). The reply layouts imitate the way real
clients write reply headers, quotes, signatures and mobile footers; the expected decision
of each file is written down here, by hand, next to the answer text, before the reader
was ever run against it. Run: python3 make_corpus.py (writes into this directory).
"""
import base64
import json
import os
import quopri
import html as htmlmod

HERE = os.path.dirname(os.path.abspath(__file__))

TOKENS = ["pjisbivkuorhcf3nl4fcqf2s6y", "bqg36u7xoj63antrc6mlnr6eke", "ecxisouw7y6l2kvuopgna5qgti"]
SUBJ_REST = "Akkoord gevraagd: Extra koffie en lunch voor de raadsvergadering"
ORIG_MSGID = "<spocd.SPOC-0042.approval.{n}@gemeente.test>"
ORIG_REQ_MSGID = "<CAH8kL=pq0q@mail.gmail.com>"

APPROVERS = {
    "jan": ("Jan Jansen", "jan.jansen@gemeente.test", "Jan", "Jansen, Jan"),
    "marieke": ("Marieke Bakker", "m.bakker@gemeente.test", "Marieke", "Bakker, Marieke"),
    "karel": ("Karel Peeters", "karel.peeters@gemeente.test", "Karel", "Peeters, Karel"),
    "sarah": ("Sarah Wilson", "s.wilson@gemeente.test", "Sarah", "Wilson, Sarah"),
    "wethouder": ("Els de Boer", "els.deboer@wethouder-voorbeeld.nl", "Els", "Boer, Els de"),
}


def subject(tok):
    return "[SPOC-0042 a:%s] %s" % (tok, SUBJ_REST)


def mailto(tok, body):
    s = "%5BSPOC-0042%20a%3A" + tok + "%5D%20Akkoord%20gevraagd%3A%20Extra%20koffie%20en%20lunch%20voor%20de%20raadsvergadering"
    return "mailto:spoc+%s@gemeente.test?subject=%s&body=%s" % (tok, s, body)


def orig_text(tok, first):
    """The text/plain part of the approval mail, as spocd renders it."""
    return """Hallo {first},

Petra de Vries vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.

Referentie:  SPOC-0042
Onderwerp:   Extra koffie en lunch voor de raadsvergadering
Aanvrager:   Petra de Vries <petra.devries@gemeente.test>
Categorie:   facilitair
Meerwerk:    ja, geschat € 150,00
Ontvangen:   2 maart 2026 14:05

Het verzoek:
> Voor de raadsvergadering van donderdag 12 maart graag extra koffie,
> thee en een lunch voor 25 personen in de raadszaal.

Hoe besluit je?
- Akkoord: antwoord op deze mail met "akkoord". Een toelichting mag erachter.
- Niet akkoord: antwoord met "niet akkoord" en de reden.

Akkoord met één klik (opent een antwoord in je mailprogramma):
{ma}

Niet akkoord:
{mr}

Je akkoord geldt voor dit verzoek en dit bedrag; wordt het duurder, dan vragen we het opnieuw.

Met vriendelijke groet,
SPOC Gemeente Voorbeeld
spoc@gemeente.test

spocd-token: {tok}""".format(first=first, tok=tok, ma=mailto(tok, "akkoord"), mr=mailto(tok, "niet%20akkoord%20"))


def orig_text_from_html(tok, first):
    """How HTML clients (Outlook, Gmail, ...) render the HTML approval mail as text in a quote."""
    return """Hallo {first},

Petra de Vries vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.

Referentie
SPOC-0042
Onderwerp
Extra koffie en lunch voor de raadsvergadering
Aanvrager
Petra de Vries <petra.devries@gemeente.test<mailto:petra.devries@gemeente.test>>
Categorie
facilitair
Meerwerk
ja, geschat € 150,00
Ontvangen
2 maart 2026 14:05

Het verzoek:

Voor de raadsvergadering van donderdag 12 maart graag extra koffie, thee en een lunch voor 25 personen in de raadszaal.

Hoe besluit je? Antwoord op deze mail met akkoord (een toelichting mag erachter), of met niet akkoord en de reden. Of gebruik een knop: die opent een antwoord in je mailprogramma dat je alleen nog hoeft te versturen.

Akkoord<{ma}>
Niet akkoord<{mr}>

Je akkoord geldt voor dit verzoek en dit bedrag; wordt het duurder, dan vragen we het opnieuw.

Met vriendelijke groet,
SPOC Gemeente Voorbeeld
spoc@gemeente.test<mailto:spoc@gemeente.test>

spocd-token: {tok}""".format(first=first, tok=tok, ma=mailto(tok, "akkoord"), mr=mailto(tok, "niet%20akkoord%20"))


def orig_html(tok, first):
    """The body of the HTML part of the approval mail (what clients put inside their quote)."""
    td = 'style="padding:4px 16px 4px 0;color:#57606a;white-space:nowrap;vertical-align:top;"'
    tv = 'style="padding:4px 0;"'
    ma = htmlmod.escape(mailto(tok, "akkoord"))
    mr = htmlmod.escape(mailto(tok, "niet%20akkoord%20"))
    return (
        '<div style="font-family:Arial,Helvetica,sans-serif;font-size:15px;color:#1f2328;max-width:640px;">'
        '<p style="margin:0 0 12px;">Hallo {first},</p>\n'
        '<p style="margin:0 0 12px;">Petra de Vries vraagt het volgende meerwerk aan. Daarvoor is jouw akkoord nodig.</p>\n'
        '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;width:100%;margin:12px 0 16px;font-size:14px;">\n'
        '<tr><td {td}>Referentie</td><td {tv}><strong>SPOC-0042</strong></td></tr>\n'
        '<tr><td {td}>Onderwerp</td><td {tv}>Extra koffie en lunch voor de raadsvergadering</td></tr>\n'
        '<tr><td {td}>Aanvrager</td><td {tv}>Petra de Vries &lt;petra.devries@gemeente.test&gt;</td></tr>\n'
        '<tr><td {td}>Categorie</td><td {tv}>facilitair</td></tr>\n'
        '<tr><td {td}>Meerwerk</td><td {tv}>ja, geschat <strong>€ 150,00</strong></td></tr>\n'
        '<tr><td {td}>Ontvangen</td><td {tv}>2 maart 2026 14:05</td></tr>\n'
        '</table>\n'
        '<p style="margin:16px 0 4px;color:#57606a;font-size:13px;">Het verzoek:</p>\n'
        '<blockquote style="margin:0 0 16px;padding:8px 12px;border-left:3px solid #d0d7de;background:#f6f8fa;color:#1f2328;">'
        'Voor de raadsvergadering van donderdag 12 maart graag extra koffie,<br>thee en een lunch voor 25 personen in de raadszaal.</blockquote>\n'
        '<p style="margin:16px 0 8px;"><strong>Hoe besluit je?</strong> Antwoord op deze mail met <strong>akkoord</strong> '
        '(een toelichting mag erachter), of met <strong>niet akkoord</strong> en de reden. Of gebruik een knop: die opent een '
        'antwoord in je mailprogramma dat je alleen nog hoeft te versturen.</p>\n'
        '<table role="presentation" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:12px 0 16px;"><tr>'
        '<td style="padding:0 10px 0 0;"><a href="{ma}" style="display:inline-block;padding:10px 22px;background:#1a7f37;color:#ffffff;'
        'text-decoration:none;border-radius:4px;font-weight:bold;">Akkoord</a></td>'
        '<td style="padding:0;"><a href="{mr}" style="display:inline-block;padding:10px 22px;background:#cf222e;color:#ffffff;'
        'text-decoration:none;border-radius:4px;font-weight:bold;">Niet akkoord</a></td></tr></table>\n'
        '<p style="margin:0 0 12px;font-size:13px;color:#57606a;">Je akkoord geldt voor dit verzoek en dit bedrag; wordt het duurder, dan vragen we het opnieuw.</p>\n'
        '<p style="margin:16px 0 0;">Met vriendelijke groet,<br>SPOC Gemeente Voorbeeld<br><a href="mailto:spoc@gemeente.test" style="color:#1f6feb;">spoc@gemeente.test</a></p>\n'
        '<p style="margin:20px 0 0;font-size:11px;color:#8c959f;">spocd-token: {tok}</p>\n'
        '<p style="margin:24px 0 0;font-size:11px;color:#8c959f;">Dit bericht is automatisch verstuurd door spocd voor Gemeente Voorbeeld. Houd [SPOC-0042] in het onderwerp als je antwoordt.</p>'
        '</div>'
    ).format(first=first, tok=tok, td=td, tv=tv, ma=ma, mr=mr)


def gt(text, prefix="> ", empty=">"):
    return "\n".join((prefix + l) if l else empty for l in text.split("\n"))


def esc(s):
    return htmlmod.escape(s, quote=False)


def lines_html(s, tag="div", attrs=""):
    out = []
    for l in s.split("\n"):
        out.append("<%s%s>%s</%s>" % (tag, attrs, esc(l) if l else "<br>", tag))
    return "\n".join(out)


def br(s):
    return "<br>\n".join(esc(l) for l in s.split("\n"))


# ---------------------------------------------------------------- client layouts
# Each layout returns (text, html, headers, subject_prefix); text or html may be None
# when the client does not produce that part. c is the case dict.

def hdr_nl_outlook(tok, ap):
    return ("Van: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nVerzonden: dinsdag 3 maart 2026 10:12\n"
            "Aan: %s <%s>\nOnderwerp: %s" % (tok, ap[3], ap[1], subject(tok)))


def hdr_en_outlook(tok, ap):
    return ("From: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSent: Tuesday, March 3, 2026 10:12 AM\n"
            "To: %s <%s>\nSubject: %s" % (tok, ap[3], ap[1], subject(tok)))


def outlook_win(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    hb = hdr_nl_outlook(tok, ap) if lang != "en" else hdr_en_outlook(tok, ap)
    q = orig_text_from_html(tok, ap[2])
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    text = new + "\n\n" + hb + "\n\n" + q + "\n"
    lab = [("Van", "Verzonden", "Aan", "Onderwerp"), ("From", "Sent", "To", "Subject")][lang == "en"]
    hh = ('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
          '<p class="MsoNormal"><b><span lang="NL">%s:</span></b><span lang="NL"> Gemeente Voorbeeld &lt;spoc+%s@gemeente.test&gt;<br>\n'
          '<b>%s:</b> %s<br>\n<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s<o:p></o:p></span></p>\n</div>'
          % (lab[0], tok, lab[1], "dinsdag 3 maart 2026 10:12" if lang != "en" else "Tuesday, March 3, 2026 10:12 AM",
             lab[2], esc(ap[3]), ap[1], lab[3], esc(subject(tok))))
    newh = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(l) if l else "&nbsp;") for l in new.split("\n"))
    html = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n'
            'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}\n'
            'span.EmailStyle18 {mso-style-type:personal-reply;}\n--></style>\n</head>\n'
            '<body lang="NL" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
            '%s\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n%s\n</div>\n</body>\n</html>\n'
            % (c["charset"], newh, hh, orig_html(tok, ap[2])))
    headers = [("Thread-Topic", subject(tok)), ("Thread-Index", "AQHcjz7Q2m5Jx0sV0kqYbX7n4c1QdA=="),
               ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL" if lang != "en" else "en-US"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""), ("X-Mailer", "Microsoft Outlook 16.0")]
    return text, html, headers, c.get("prefix", "RE: ")


def owa(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    hb = hdr_nl_outlook(tok, ap) if lang != "en" else hdr_en_outlook(tok, ap)
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    text = new + "\n\n________________________________\n" + hb + "\n\n" + orig_text_from_html(tok, ap[2]) + "\n"
    lab = [("Van", "Verzonden", "Aan", "Onderwerp"), ("From", "Sent", "To", "Subject")][lang == "en"]
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n'
            '<div class="elementToProof" style="font-family: Aptos, Arial, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">\n%s</div>\n'
            '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
            '<b>%s:</b> Gemeente Voorbeeld &lt;spoc+%s@gemeente.test&gt;<br>\n<b>%s:</b> %s<br>\n<b>%s:</b> %s &lt;%s&gt;<br>\n'
            '<b>%s:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n%s\n</body>\n</html>\n'
            % (br(new), lab[0], tok, lab[1], "dinsdag 3 maart 2026 10:12" if lang != "en" else "Tuesday, March 3, 2026 10:12 AM",
               lab[2], esc(ap[3]), ap[1], lab[3], esc(subject(tok)), orig_html(tok, ap[2])))
    headers = [("Thread-Topic", subject(tok)), ("Thread-Index", "AQHcjz7QqP0dZ3xB6UyV8rT2m2kPaw=="),
               ("msip_labels", ""), ("Content-Language", "nl-NL" if lang != "en" else "en-GB"),
               ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")]
    return text, html, headers, c.get("prefix", "RE: ")


def outlook_mobile(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    plat = c.get("plat", "iOS")
    link = "https://aka.ms/o0ukef" if plat == "iOS" else "https://aka.ms/AAb9ysg"
    foot = ("Outlook voor %s downloaden" % plat) if lang != "en" else ("Get Outlook for %s" % plat)
    lab = [("Van", "Verzonden", "Aan", "Onderwerp"), ("From", "Sent", "To", "Subject")][lang == "en"]
    sent = "Tuesday, March 3, 2026 10:12:45 AM"
    hb = "%s: Gemeente Voorbeeld <spoc+%s@gemeente.test>\n%s: %s\n%s: %s <%s>\n%s: %s" % (
        lab[0], tok, lab[1], sent, lab[2], ap[3], ap[1], lab[3], subject(tok))
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    text = new + "\n\n" + foot + "<" + link + ">\n________________________________\n" + hb + "\n\n" + orig_text_from_html(tok, ap[2]) + "\n"
    html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
            '<div dir="ltr">%s</div>\n<div dir="ltr"><br></div>\n<div id="ms-outlook-mobile-signature" dir="ltr">'
            '<div dir="ltr">%s</div></div>\n<div id="mail-editor-reference-message-container" dir="ltr">\n'
            '<hr style="display:inline-block;width:98%%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000"><b>%s:</b> Gemeente Voorbeeld &lt;spoc+%s@gemeente.test&gt;<br>\n'
            '<b>%s:</b> %s<br>\n<b>%s:</b> %s &lt;%s&gt;<br>\n<b>%s:</b> %s</font>\n<div>&nbsp;</div>\n</div>\n%s\n</div>\n</body>\n</html>\n'
            % (br(new), '%s <a href="%s">%s</a>' % (foot.rsplit(" ", 1)[0] if lang == "en" else "Outlook voor",
                                                      link, plat if lang == "en" else plat + " downloaden"),
               lab[0], tok, lab[1], sent, lab[2], esc(ap[3]), ap[1], lab[3], esc(subject(tok)), orig_html(tok, ap[2])))
    headers = [("Thread-Topic", subject(tok)), ("Thread-Index", "AQHcjz7Q5r4R9c2xS0a2VwE0gHk1mA=="),
               ("Content-Language", "nl-NL" if lang != "en" else "en-US"), ("X-MS-Has-Attach", "")]
    return text, html, headers, "RE: " if lang == "en" else c.get("prefix", "Re: ")


def outlook_mac(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    if lang == "en":
        hb = ("From: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nDate: Tuesday, 3 March 2026 at 10:12\n"
              "To: %s <%s>\nSubject: %s" % (tok, ap[0], ap[1], subject(tok)))
        lab = ("From", "Date", "To", "Subject")
        when = "Tuesday, 3 March 2026 at 10:12"
    else:
        hb = ("Van: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nDatum: dinsdag, 3 maart 2026 om 10:12\n"
              "Aan: %s <%s>\nOnderwerp: %s" % (tok, ap[0], ap[1], subject(tok)))
        lab = ("Van", "Datum", "Aan", "Onderwerp")
        when = "dinsdag, 3 maart 2026 om 10:12"
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    text = new + "\n\n" + hb + "\n" + orig_text_from_html(tok, ap[2]) + "\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '</head>\n<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n'
            '<p class="MsoNormal"><span style="font-size:11.0pt"><o:p>&nbsp;</o:p></span></p>\n'
            '<div id="mail-editor-reference-message-container">\n<div>\n'
            '<div style="border:none;border-top:solid #B5C4DF 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
            '<p class="MsoNormal" style="margin-bottom:12.0pt"><b><span style="font-size:12.0pt;color:black">%s: </span></b>'
            '<span style="font-size:12.0pt;color:black">Gemeente Voorbeeld &lt;spoc+%s@gemeente.test&gt;<br>\n<b>%s: </b>%s<br>\n'
            '<b>%s: </b>%s &lt;%s&gt;<br>\n<b>%s: </b>%s<o:p></o:p></span></p>\n</div>\n%s\n</div>\n</div>\n</div>\n</body>\n</html>\n'
            % ("\n".join('<p class="MsoNormal"><span style="font-size:11.0pt">%s<o:p></o:p></span></p>' % (esc(l) if l else "<o:p>&nbsp;</o:p>")
                         for l in new.split("\n")),
               lab[0], tok, lab[1], when, lab[2], esc(ap[0]), ap[1], lab[3], esc(subject(tok)), orig_html(tok, ap[2])))
    headers = [("Thread-Topic", subject(tok)), ("Thread-Index", "AQHcjz7QYp2w3hN+REu1jJ0Tq1v3xw=="),
               ("User-Agent", "Microsoft-MacOutlook/16.94.25020927"), ("Content-Language", "nl-NL" if lang != "en" else "en-GB")]
    return text, html, headers, "Re: "


def gmail(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    mobile = c.get("plat")  # None (web), "android", "ios"
    if lang == "en":
        attr = "On Tue, Mar 3, 2026 at 10:12 AM Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
        if mobile:
            attr = "On Tue, 3 Mar 2026, 10:12 Gemeente Voorbeeld, <spoc+%s@gemeente.test> wrote:" % tok
    else:
        attr = "Op di 3 mrt 2026 om 10:12 schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok
        if mobile:
            attr = "Op di 3 mrt. 2026 10:12 schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok
    # Gmail wraps a long attribution in the text part.
    if len(attr) > 76:
        cut = attr.rfind(" <", 0, 76)
        tattr = attr[:cut] + " <\n" + attr[cut + 2:] if cut > 0 else attr
    else:
        tattr = attr
    q = gt(orig_text_from_html(tok, ap[2]))
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    div = 'dir="auto"' if mobile else 'dir="ltr"'
    qh = ('<div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
          '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>'
          % (esc(attr).replace("&lt;spoc", '&lt;<a href="mailto:spoc').replace("test&gt;", 'test">spoc+%s@gemeente.test</a>&gt;' % tok), orig_html(tok, ap[2])))
    sigh = ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div>'
            % br(c["sig"])) if c["sig"] else ""
    if c["posting"] == "bottom":
        text = tattr + "\n\n" + q + "\n\n" + new + "\n"
        html = '<div %s>%s<br><div>%s</div></div>%s\n' % (div, qh, "<br>".join(esc(l) for l in c["answer"].split("\n")), sigh)
    else:
        text = c["answer"] + ("\n\n-- \n" + c["sig"] if c["sig"] else "") + "\n\n" + tattr + "\n\n" + q + "\n"
        html = '<div %s>%s</div>%s<br><div class="gmail_quote">%s</div>\n' % (
            div, "<div>%s</div>" % "</div><div>".join(esc(l) if l else "<br>" for l in c["answer"].split("\n")), sigh, qh)
    if c.get("banner"):
        text = c["banner"] + "\n\n" + text
        html = '<table><tr><td style="background:#ffeb9c;padding:6px">%s</td></tr></table>\n%s' % (esc(c["banner"]), html)
    return text, html, [], "Re: "


def apple(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    ios = c.get("plat") == "ios"
    if lang == "en":
        attr = "On 3 Mar 2026, at 10:12, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
    elif ios:
        attr = "Op 3 mrt 2026 om 10:12 heeft Gemeente Voorbeeld <spoc+%s@gemeente.test> het volgende geschreven:" % tok
    else:
        attr = "Op 3 mrt 2026, om 10:12 heeft Gemeente Voorbeeld <spoc+%s@gemeente.test> het volgende geschreven:" % tok
    foot = c.get("foot", "")
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "") + ("\n\n" + foot if foot else "")
    q = gt(orig_text_from_html(tok, ap[2]))
    if c["posting"] == "none":
        text = new + "\n"
        html = None
    else:
        text = new + "\n\n> " + attr + "\n> \n" + q + "\n"
    if ios:
        html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
                '%s<div dir="ltr"><br><blockquote type="cite">%s<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote></body></html>\n'
                % ("".join('<div dir="ltr">%s</div>' % (esc(l) if l else "<br>") for l in new.split("\n")), esc(attr), orig_html(tok, ap[2])))
        headers = [("X-Mailer", "iPhone Mail (22D72)")]
        mv = "1.0 (1.0)"
    else:
        html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s<br id="lineBreakAtBeginningOfMessage">'
                '<div><br><blockquote type="cite"><div>%s</div><br class="Apple-interchange-newline"><div>%s</div></blockquote></div><br></body></html>\n'
                % ("<br>".join(esc(l) for l in new.split("\n")), esc(attr), orig_html(tok, ap[2])))
        headers = [("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")]
        mv = "1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"
    if c["posting"] == "none":
        html = None
    c["mime_version"] = mv
    return text, html, headers, "Re: "


def thunderbird(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("Op 03-03-2026 om 10:12 schreef Gemeente Voorbeeld:" if lang != "en"
            else "On 3/3/26 10:12, Gemeente Voorbeeld wrote:")
    q = gt(orig_text(tok, ap[2]))
    sig = ("\n\n-- \n" + c["sig"]) if c["sig"] else ""
    if c["posting"] == "bottom":
        text = attr + "\n" + q + "\n\n" + c["answer"] + sig + "\n"
    elif c["posting"] == "inline":
        ql = q.split("\n")
        idx = next(i for i, l in enumerate(ql) if "Niet akkoord: antwoord" in l) + 1
        text = attr + "\n" + "\n".join(ql[:idx]) + "\n\n" + c["answer"] + "\n\n" + "\n".join(ql[idx:]) + sig + "\n"
    else:
        text = c["answer"] + "\n\n" + attr + "\n" + q + sig + "\n"
    html = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n  </head>\n'
            '  <body>\n    <p>%s</p>\n    <div class="moz-cite-prefix">%s<br>\n    </div>\n    <blockquote type="cite" cite="mid:%s">%s</blockquote>\n'
            '%s  </body>\n</html>\n' % (br(c["answer"]), esc(attr), ORIG_MSGID.format(n=1)[1:-1], orig_html(tok, ap[2]),
                                          ('    <pre class="moz-signature" cols="72">-- \n%s</pre>\n' % esc(c["sig"])) if c["sig"] else ""))
    headers = [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "nl" if lang != "en" else "en-US")]
    if c["parts"] == "text":
        c["flowed"] = True
    return text, html, headers, "Re: "


def k9(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    tb = c.get("plat") == "tb"
    attr = ("Op 3 maart 2026 10:12:45 CET schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok if lang != "en"
            else "On 3 March 2026 10:12:45 CET, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok)
    if tb:
        foot = ("Verzonden vanaf mijn Android apparaat met Thunderbird." if lang != "en" else "Sent from my Android device with Thunderbird.")
    else:
        foot = ("Verzonden vanaf mijn Android apparaat met K-9 Mail. Excuses voor mijn beknoptheid." if lang != "en"
                else "Sent from my Android device with K-9 Mail. Please excuse my brevity.")
    text = c["answer"] + "\n-- \n" + foot + "\n\n" + attr + "\n" + gt(orig_text(tok, ap[2]), ">", ">") + "\n"
    html = ('<html><head></head><body><div dir="auto">%s<br><br><div class="k9mail-signature">-- <br>%s</div></div><br><br>'
            '<div class="gmail_quote"><div dir="auto">%s</div><blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">%s</blockquote></div></body></html>\n'
            % (br(c["answer"]), esc(foot), esc(attr), orig_html(tok, ap[2])))
    headers = [("User-Agent", "Thunderbird for Android" if tb else "K-9 Mail for Android")]
    return text, html, headers, "Re: "


def samsung(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    foot = c.get("foot") or ("Verzonden vanaf mijn Galaxy" if lang != "en" else "Sent from my Galaxy")
    if lang == "en":
        hb = ("-------- Original message --------\nFrom: Gemeente Voorbeeld <spoc+%s@gemeente.test> \nDate: 03/03/2026 10:12 (GMT+01:00) \n"
              "To: %s <%s> \nSubject: %s " % (tok, ap[0], ap[1], subject(tok)))
    else:
        hb = ("-------- Oorspronkelijk bericht --------\nVan: Gemeente Voorbeeld <spoc+%s@gemeente.test> \nDatum: 03-03-2026 10:12 (GMT+01:00) \n"
              "Aan: %s <%s> \nOnderwerp: %s " % (tok, ap[0], ap[1], subject(tok)))
    text = c["answer"] + "\n\n\n\n" + foot + "\n\n\n" + hb + "\n\n" + orig_text_from_html(tok, ap[2]) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>%s<div dir="auto"><br></div>'
            '<div dir="auto"><br></div><div id="composer_signature" dir="auto"><div style="font-size:12px;color:#575757" dir="auto">%s</div></div>'
            '<div dir="auto"><br></div><div align="left" dir="auto" style="font-size:100%%;color:#000000"><!-- originalMessage -->%s</div>%s</body></html>\n'
            % ("".join('<div dir="auto">%s</div>' % (esc(l) if l else "<br>") for l in c["answer"].split("\n")), esc(foot),
               "".join("<div>%s</div>" % esc(l) for l in hb.split("\n")), orig_html(tok, ap[2])))
    return text, html, [], "Re: " if lang == "en" else "Re: "


def proton(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    if lang == "en":
        attr = "On Tuesday, March 3rd, 2026 at 10:12, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
        foot = "Sent with Proton Mail secure email."
    else:
        attr = "Op dinsdag 3 maart 2026 om 10:12, Gemeente Voorbeeld <spoc+%s@gemeente.test> schreef:" % tok
        foot = "Verzonden met Proton Mail beveiligde e-mail."
    text = c["answer"] + "\n\n" + foot + "\n\n" + attr + "\n\n" + gt(orig_text_from_html(tok, ap[2])) + "\n"
    html = ('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div><div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>\n'
            '<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">\n'
            '    <div class="protonmail_signature_block-user protonmail_signature_block-empty">\n        \n            </div>\n    \n'
            '            <div class="protonmail_signature_block-proton">\n        %s\n    </div>\n</div>\n<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
            '<div class="protonmail_quote">\n        %s<br>\n        <blockquote class="protonmail_quote" type="cite">\n            %s\n        </blockquote><br>\n    </div>'
            % (br(c["answer"]), esc(foot).replace("Proton Mail", '<a target="_blank" href="https://proton.me/mail/home">Proton Mail</a>'),
               esc(attr), orig_html(tok, ap[2])))
    return text, html, [], "Re: "


def yahoo(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    mob = c.get("plat")
    if lang == "en":
        attr = "On Tuesday, March 3, 2026, 10:12 AM, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
        foot = {"android": "Sent from Yahoo Mail on Android", "ios": "Sent from Yahoo Mail for iPhone"}.get(mob, "")
    else:
        attr = "Op dinsdag 3 maart 2026 10:12:45 CET schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok
        foot = {"android": "Verzonden vanuit Yahoo Mail op Android", "ios": "Verzonden vanuit Yahoo Mail voor iPhone"}.get(mob, "")
    new = c["answer"] + ("\n\n" + foot if foot else "")
    body_q = "\n".join(" " + l if l else "" for l in orig_text_from_html(tok, ap[2]).split("\n"))
    text = new + "\n\n    " + attr + "  \n \n" + body_q + "\n"
    html = ('<html><head></head><body><div class="ydp5c3a1b2fyahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
            '<div dir="ltr" data-setdir="false">%s</div>%s</div><div id="ydp5c3a1b2fyahoo_quoted_8812345671" class="ydp5c3a1b2fyahoo_quoted">'
            '<div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>%s</div><div><br></div><div><br></div>'
            '<div><div id="ydp5c3a1b2fyiv1234567890">%s</div></div></div></div></body></html>\n'
            % (br(c["answer"]), ('<div><br></div><div id="ymail_android_signature"><a href="https://mail.onelink.me/107872968">%s</a></div>' % esc(foot)) if foot else "",
               esc(attr), orig_html(tok, ap[2])))
    headers = [("X-Mailer", "WebService/1.1.23369 YMailNorrin" if not mob else "WebService/1.1.23369 YahooMailAndroidMobile")]
    return text, html, headers, "Re: "


def zimbra(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    if lang == "en":
        lab = ("From", "To", "Sent", "Subject")
        sep = "----- Original Message -----"
        when = "Tuesday, March 3, 2026 10:12:45 AM"
    else:
        lab = ("Van", "Aan", "Verzonden", "Onderwerp")
        sep = "----- Oorspronkelijk bericht -----"
        when = "Dinsdag 3 maart 2026 10:12:45"
    hb = '%s\n%s: "Gemeente Voorbeeld" <spoc+%s@gemeente.test>\n%s: "%s" <%s>\n%s: %s\n%s: %s' % (
        sep, lab[0], tok, lab[1], ap[0], ap[1], lab[2], when, lab[3], subject(tok))
    q = orig_text(tok, ap[2])
    if c.get("prefixq"):
        text = c["answer"] + "\n\n" + gt(hb + "\n\n" + q) + "\n"
    else:
        text = c["answer"] + "\n\n" + hb + "\n\n" + q + "\n"
    html = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
            '<div>%s</div><div><br data-mce-bogus="1"></div><hr id="zwchr" data-marker="__DIVIDER__">'
            '<div data-marker="__HEADERS__"><b>%s: </b>"Gemeente Voorbeeld" &lt;spoc+%s@gemeente.test&gt;<br><b>%s: </b>"%s" &lt;%s&gt;<br>'
            '<b>%s: </b>%s<br><b>%s: </b>%s<br></div><div><br></div><div data-marker="__QUOTED_TEXT__">%s</div></div></body></html>\n'
            % (br(c["answer"]), lab[0], tok, lab[1], esc(ap[0]), ap[1], lab[2], when, lab[3], esc(subject(tok)), orig_html(tok, ap[2])))
    headers = [("X-Mailer", "Zimbra 10.0.8_GA_4643 (ZimbraWebClient - FF124 (Win)/10.0.8_GA_4643)"),
               ("Thread-Topic", subject(tok)), ("Thread-Index", "Hb1zqwPz3C0kP7sJbm3n4ZA1xXkYfQ==")]
    return text, html, headers, "Re: "


def groupwise(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ">>> Gemeente Voorbeeld <spoc+%s@gemeente.test> 3-3-2026 10:12 >>>" % tok
    text = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "") + "\n\n" + attr + "\n" + orig_text(tok, ap[2]) + "\n"
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head>\n<body style="margin: 4px 4px 1px; font: 10pt Segoe UI;">\n'
            '<div class="GroupWiseMessageBody" id="GroupWiseSection_1772529120000_jan">%s<br><br>&gt;&gt;&gt; Gemeente Voorbeeld &lt;spoc+%s@gemeente.test&gt; 3-3-2026 10:12 &gt;&gt;&gt;<br>%s</div>\n</body></html>\n'
            % (c["charset"], br(c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")), tok, orig_html(tok, ap[2])))
    headers = [("X-Mailer", "GroupWise Internet Agent 18.5.0 ")]
    return text, html, headers, "Re: "


def notes(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    new = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    if c.get("plat") == "85":
        attr = ("Gemeente Voorbeeld <spoc+%s@gemeente.test> schreef op 03-03-2026 10:12:45:" % tok if lang != "en"
                else "Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote on 03/03/2026 10:12:45 AM:" % tok)
        text = new + "\n\n\n\n" + attr + "\n\n" + gt(orig_text(tok, ap[2])) + "\n"
        html = None
    else:
        if lang == "en":
            hb = "From:\tGemeente Voorbeeld <spoc+%s@gemeente.test>\nTo:\t%s\nDate:\t03/03/2026 10:12\nSubject:\t%s" % (tok, ap[1], subject(tok))
        else:
            hb = "Van:\tGemeente Voorbeeld <spoc+%s@gemeente.test>\nAan:\t%s\nDatum:\t03-03-2026 10:12\nOnderwerp:\t%s" % (tok, ap[1], subject(tok))
        text = new + "\n\n\n\n" + hb + "\n\n\n\n" + orig_text(tok, ap[2]) + "\n\n\n"
        rows = "".join('<tr valign=top><td><font size=1 color=#5f5f5f face="sans-serif">%s</font></td><td><font size=1 face="sans-serif">%s</font></td></tr>'
                       % (esc(l.split("\t")[0]), esc(l.split("\t")[1])) for l in hb.split("\n"))
        html = ('<html><body><p><font size=2 face="sans-serif">%s</font><br><br><br><br>\n<table width=100%%>%s</table>\n<br><hr width=100%%>\n%s</body></html>\n'
                % (br(new), rows, orig_html(tok, ap[2])))
    headers = [("X-Mailer", "IBM Notes Release 9.0.1FP10 SHF383 December 23, 2019" if c.get("plat") != "85" else "Lotus Notes Release 8.5.3FP6 November 21, 2013"),
               ("X-MIMETrack", "Serialize by Router on NOTES01/Gemeente(Release 9.0.1FP10 HF383|December 23, 2019) at 03-03-2026 10:40:11")]
    return text, html, headers, "Re: " if lang == "en" else c.get("prefix", "Antwoord: ")


def roundcube(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("Op 2026-03-03 10:12, Gemeente Voorbeeld schreef:" if lang != "en" else "On 2026-03-03 10:12, Gemeente Voorbeeld wrote:")
    sig = ("\n\n-- \n" + c["sig"]) if c["sig"] else ""
    q = gt(orig_text(tok, ap[2]))
    if c["posting"] == "bottom":
        text = attr + "\n\n" + q + "\n\n" + c["answer"] + sig + "\n"
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">%s</blockquote>\n<p>%s</p>\n%s</body></html>\n'
                % (esc(attr), orig_html(tok, ap[2]), br(c["answer"]), ('<div id="signature">-- <br>%s</div>\n' % br(c["sig"])) if c["sig"] else ""))
    else:
        text = c["answer"] + sig + "\n\n" + attr + "\n\n" + q + "\n"
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>%s</p>\n%s<p>%s</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">%s</blockquote>\n</body></html>\n'
                % (br(c["answer"]), ('<div id="signature">-- <br>%s</div>\n' % br(c["sig"])) if c["sig"] else "", esc(attr), orig_html(tok, ap[2])))
    headers = [("User-Agent", "Roundcube Webmail/1.6.9"), ("X-Sender", ap[1])]
    if c["parts"] == "text":
        c["flowed"] = True
    return text, html, headers, "Re: "


def horde(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("Citeren Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok if lang != "en"
            else "Quoting Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok)
    q = gt(orig_text(tok, ap[2]))
    sig = ("\n\n\n" + c["sig"]) if c["sig"] else ""
    if c["posting"] == "bottom":
        text = attr + "\n\n" + q + "\n\n" + c["answer"] + sig + "\n\n"
    else:
        text = c["answer"] + sig + "\n\n" + attr + "\n\n" + q + "\n"
    headers = [("User-Agent", "Horde Application Framework 5")]
    c["flowed"] = "delsp"
    return text, None, headers, "Re: "


def hey(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "On March 3, 2026, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
    text = c["answer"] + "\n\n" + attr + "\n" + gt(orig_text_from_html(tok, ap[2])) + "\n"
    html = ('<div class="trix-content">\n  <div>%s</div>\n</div>\n<br><details class="decorated"><summary>Show quoted text</summary>'
            '<div>%s</div><blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></details>\n'
            % (br(c["answer"]), esc(attr), orig_html(tok, ap[2])))
    return text, html, [("X-Mailer", "HEY")], "Re: "


def fastmail(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "On Tue, 3 Mar 2026, at 10:12, Gemeente Voorbeeld wrote:"
    sig = ("\n\n-- \n" + c["sig"]) if c["sig"] else ""
    text = c["answer"] + sig + "\n\n" + attr + "\n" + gt(orig_text(tok, ap[2])) + "\n\n"
    html = ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing{margin:0}</style></head>'
            '<body><div>%s</div><div><br></div>%s<div><br></div><div>%s</div><blockquote type="cite" id="qt" style="">%s</blockquote><div><br></div></body></html>\n'
            % ("</div><div>".join(esc(l) if l else "<br>" for l in c["answer"].split("\n")),
               ('<div id="sig30418592"><div class="signature">-- <br></div><div class="signature">%s</div></div>' % br(c["sig"])) if c["sig"] else "",
               esc(attr), orig_html(tok, ap[2])))
    return text, html, [("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1094-g4bb1fd2a6-fm-20260224.001-g4bb1fd2a")], "Re: "


def superhuman(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "On Tue, Mar 03, 2026 at 10:12 AM, Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote:" % tok
    text = c["answer"] + "\n\n" + (c["sig"] + "\n\n" if c["sig"] else "") + attr + "\n\n" + gt(orig_text_from_html(tok, ap[2])) + "\n"
    html = ('<html><head></head><body><div><div><div>%s</div><br></div>%s<div class="gmail_quote sh-quoted-content">'
            '<div class="gmail_quote_attribution">%s</div><br><blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">%s</blockquote></div></div></body></html>\n'
            % (br(c["answer"]), ('<div class="gmail_signature">%s</div><br>' % br(c["sig"])) if c["sig"] else "", esc(attr), orig_html(tok, ap[2])))
    return text, html, [("X-Mailer", "Superhuman Desktop (2026-02-27T18:20:11Z)")], "Re: "


def spark(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("Op 3 mrt 2026 10:12 +0100 schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok if lang != "en"
            else "On 3 Mar 2026 at 10:12 +0100, Gemeente Voorbeeld <spoc+%s@gemeente.test>, wrote:" % tok)
    text = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "") + "\n" + attr + "\n" + gt(orig_text_from_html(tok, ap[2])) + "\n"
    html = ('<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<title></title>\n</head>\n<body>\n<div name="messageBodySection">\n<div dir="auto">%s</div>\n</div>\n'
            '<div name="messageSignatureSection"><br />\n<div class="matchFont">%s</div>\n</div>\n<div name="messageReplySection">%s<br />\n'
            '<blockquote type="cite" style="margin: 5px 5px; padding-left: 10px; border-left: thin solid #1abc9c;">%s</blockquote>\n</div>\n</body>\n</html>\n'
            % (br(c["answer"]), br(c["sig"]) if c["sig"] else "", esc(attr), orig_html(tok, ap[2])))
    return text, html, [("X-Readdle-Message-ID", "4f1c2b8e-7d2a-4c55-9d0e-1b7a5e0c9f3a@Spark")], "Re: "


def airmail(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("On 3 March 2026 at 10:12:45, Gemeente Voorbeeld (spoc+%s@gemeente.test) wrote:" % tok if lang == "en"
            else "Op 3 maart 2026 om 10:12:45, Gemeente Voorbeeld (spoc+%s@gemeente.test) schreef:" % tok)
    foot = "Sent with Airmail" if lang == "en" else "Verstuurd met Airmail"
    body_q = "\n".join(" " + l if l else "" for l in orig_text_from_html(tok, ap[2]).split("\n"))
    text = c["answer"] + "\n\n-- \n" + (c["sig"] + "\n" if c["sig"] else "") + foot + "\n\n" + attr + "\n\n" + body_q + "\n"
    html = ('<html><head><style>body{font-family:Helvetica,Arial;font-size:13px}</style></head><body style="word-wrap: break-word; -webkit-nbsp-mode: space; -webkit-line-break: after-white-space;">'
            '<div id="bloop_customfont" style="font-family:Helvetica,Arial;font-size:13px; color: rgba(0,0,0,1.0); margin: 0px; line-height: auto;">%s</div><br>'
            '<div id="bloop_sign_1772529600190485248" class="bloop_sign">%s<div>%s</div></div><br><p class="airmail_on">%s</p>'
            '<blockquote type="cite" class="clean_bq"><span><div>%s</div></span></blockquote></body></html>\n'
            % (br(c["answer"]), ("<div>%s</div>" % br(c["sig"])) if c["sig"] else "", esc(foot), esc(attr), orig_html(tok, ap[2])))
    return text, html, [("X-Mailer", "Airmail (5.5.7)")], "Re: "


def tuta(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("3 mrt. 2026 10:12 door spoc+%s@gemeente.test:" % tok if lang != "en" else "3 Mar 2026, 10:12 by spoc+%s@gemeente.test:" % tok)
    html = ('<html><body><div>%s</div><div><br></div><div><br></div><div>--<br>%s</div><div><br></div><div>%s</div>'
            '<blockquote class="tutanota_quote">%s</blockquote><div dir="auto"><br></div></body></html>\n'
            % (br(c["answer"]), "Beveiligd met Tuta Mail:<br>https://tuta.com" if lang != "en" else "Secured with Tuta Mail:<br>https://tuta.com",
               esc(attr), orig_html(tok, ap[2])))
    return None, html, [], "Re: "


def zoho(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = ("---- On Tue, 03 Mar 2026 10:12:45 +0100 Gemeente Voorbeeld <spoc+%s@gemeente.test> wrote ---" % tok if lang == "en"
            else "---- Op di, 03 mrt 2026 10:12:45 +0100 Gemeente Voorbeeld <spoc+%s@gemeente.test> schreef ---" % tok)
    text = c["answer"] + "\n\n\n\n\n" + attr + "\n\n\n\n" + orig_text_from_html(tok, ap[2]) + "\n\n\n\n"
    html = ('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>'
            '<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;"><div>%s<br></div><br id="br2"><div class="zmail_extra_hr" style="border-top: 1px solid rgb(204, 204, 204); height: 0px; margin-top: 10px; margin-bottom: 10px; line-height: 0px;"><br></div>'
            '<div class="zmail_extra" data-zmail_extra=""><div><br></div><div id="Zm-_Id_-Sgn1">%s</div><div><br></div><blockquote style="margin: 0px;">%s</blockquote></div><div><br></div></div><br></body></html>\n'
            % (br(c["answer"]), esc(attr), orig_html(tok, ap[2])))
    return text, html, [("User-Agent", "Zoho Mail"), ("X-Mailer", "Zoho Mail")], "Re: "


def mutt(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "* Gemeente Voorbeeld <spoc+%s@gemeente.test> [2026-03-03 10:12 +0100]:" % tok
    ql = gt(orig_text(tok, ap[2])).split("\n")
    a = next(i for i, l in enumerate(ql) if "Hoe besluit je" in l)
    b = next(i for i, l in enumerate(ql) if "Niet akkoord: antwoord" in l) + 1
    text = "Hoi,\n\n" + attr + "\n" + "\n".join(ql[a:b]) + "\n\n" + c["answer"] + "\n\n-- \n" + (c["sig"] or ap[0]) + "\n"
    return text, None, [("User-Agent", "NeoMutt/20250905")], "Re: "


def evolution(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "Op di, 2026-03-03 om 10:12 +0100 schreef Gemeente Voorbeeld:"
    ql = gt(orig_text(tok, ap[2])).split("\n")
    a = next(i for i, l in enumerate(ql) if "Hoe besluit je" in l)
    b = next(i for i, l in enumerate(ql) if "Niet akkoord: antwoord" in l) + 1
    text = attr + "\n" + "\n".join(ql[a:b]) + "\n\n" + c["answer"] + "\n\n" + (c["sig"] and ("-- \n" + c["sig"] + "\n") or "")
    return text, None, [("User-Agent", "Evolution 3.56.1-1")], "Re: "


def ox(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    attr = "Op 03-03-2026 10:12 CET schreef Gemeente Voorbeeld <spoc+%s@gemeente.test>:" % tok
    text = c["answer"] + "\n\n\n> " + attr + "\n> \n> \n" + gt(orig_text_from_html(tok, ap[2])) + "\n"
    html = ('<!doctype html>\n<html>\n <head> \n  <meta charset="UTF-8"> \n </head>\n <body>\n  <div class="default-style">\n   %s\n  </div>\n'
            '  <blockquote type="cite">\n   <div>\n    %s\n   </div>\n   <div>\n    &nbsp;\n   </div>\n   %s\n  </blockquote>\n </body>\n</html>\n'
            % (br(c["answer"]), esc(attr), orig_html(tok, ap[2])))
    return text, html, [("X-Mailer", "Open-Xchange Mailer v8.30.74"), ("X-Originating-Client", "open-xchange-appsuite")], "Re: "


def winmail(c):
    tok, ap, lang = c["tok"], c["ap"], c["lang"]
    hb = hdr_nl_outlook(tok, ap)
    new = c["answer"] + "\n\nVerzonden vanuit Mail<https://go.microsoft.com/fwlink/?LinkId=550986> voor Windows"
    text = new + "\n\n" + hb + "\n\n" + orig_text_from_html(tok, ap[2]) + "\n"
    html = ('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
            '<body lang="NL" link="blue" vlink="#954F72"><div class="WordSection1"><p class="MsoNormal">%s</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<p class="MsoNormal">Verzonden vanuit <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> voor Windows</p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
            '<div style="mso-element:para-border-div;border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm"><p class="MsoNormal" style="border:none;padding:0cm">'
            '<b>Van: </b><a href="mailto:spoc+%s@gemeente.test">Gemeente Voorbeeld</a><br><b>Verzonden: </b>dinsdag 3 maart 2026 10:12<br><b>Aan: </b>%s<br><b>Onderwerp: </b>%s</p></div>'
            '%s</div></body></html>\n' % (br(c["answer"]), tok, esc(ap[0]), esc(subject(tok)), orig_html(tok, ap[2])))
    return text, html, [], "RE: "


def mailto_click(c):
    """A reply opened from one of the mailto: links: no quote, subject as in the link."""
    body = c["answer"] + ("\n\n" + c["sig"] if c["sig"] else "")
    html = None
    if c["parts"] in ("both", "html"):
        html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=%s"></head><body><div>%s</div></body></html>\n'
                % (c["charset"], br(body)))
    return body + "\n", html, c.get("xh", []), ""


CLIENTS = {
    "outlook_win": outlook_win, "owa": owa, "outlook_mobile": outlook_mobile, "outlook_mac": outlook_mac,
    "gmail": gmail, "apple": apple, "thunderbird": thunderbird, "k9": k9, "samsung": samsung, "proton": proton,
    "yahoo": yahoo, "zimbra": zimbra, "groupwise": groupwise, "notes": notes, "roundcube": roundcube, "horde": horde,
    "hey": hey, "fastmail": fastmail, "superhuman": superhuman, "spark": spark, "airmail": airmail, "tuta": tuta,
    "zoho": zoho, "mutt": mutt, "evolution": evolution, "ox": ox, "winmail": winmail, "mailto": mailto_click,
}

BOUNDARIES = {
    "outlook_win": "_000_AM0PR09MB4321A1B2C3D4E5F6A7B8C9D0AM0PR09MB4321eurp_",
    "owa": "_000_DB9PR09MB7654F0E1D2C3B4A59687DB9PR09MB7654eurp_",
    "outlook_mobile": "_000_PA4PR09MB8765C1D2E3F4A5B6C7D8PA4PR09MB8765eurp_",
    "outlook_mac": "_000_AS8PR09MB5544B2C3D4E5F6A7B8C9AS8PR09MB5544eurp_",
    "winmail": "_000_GV1PR09MB1122D3E4F5A6B7C8D9E0GV1PR09MB1122eurp_",
    "gmail": "0000000000004c1e7b062f3a9d5e",
    "apple": "Apple-Mail=_6F3B1C2A-8E4D-4B7A-9C1E-2D5F8A7B6C90",
    "thunderbird": "------------mNx0Zq3vB7LpR2sT8uW4yA1c",
    "k9": "----KDZ8W1Q3X5C7V9B2N4M6L8K0J",
    "samsung": "--_com.samsung.android.email_1772530212345678901",
    "proton": "b1=_Xk9aP3qR7sT1uV5wY2zB4cD6eF8gH0jK",
    "yahoo": "----=_Part_4821337_1234567890.1772531000000",
    "zimbra": "=_4b2c9d1e-7f3a-4e5b-8c6d-0a1b2c3d4e5f",
    "groupwise": "=__Part4E3C1A2B.0__=",
    "notes": "=_alternative 003A7D2EC1258C3E_=",
    "roundcube": "=_5a1e0f9c3b7d2e8f4a6c1b9d0e2f3a4b",
    "hey": "--==_mimepart_67c5a1b2c3d4e_8f2a1c3b2e4d1",
    "fastmail": "9c3b1f2e4d5a4b6c8e7f0a1b2c3d4e5f",
    "superhuman": "b4b1f2c3d4e5f6a7b8c9d0e1f2a3b4c5",
    "spark": "67c5a1b2_2ae8944a_1a2b",
    "airmail": "67c5a1b2_66334873_3c4d",
    "tuta": "------------79Bu5A16qPEYcVIZL@tutanota",
    "zoho": "----=_Part_123456_987654321.1772531122334",
    "ox": "----=_Part_98765_1234567.1772531234567",
    "mailto": "=_mailto_reply_0042",
}

MSGID_DOMAIN = {
    "outlook_win": "AM0PR09MB4321.eurprd09.prod.outlook.com", "owa": "DB9PR09MB7654.eurprd09.prod.outlook.com",
    "outlook_mobile": "PA4PR09MB8765.eurprd09.prod.outlook.com", "outlook_mac": "AS8PR09MB5544.eurprd09.prod.outlook.com",
    "winmail": "GV1PR09MB1122.eurprd09.prod.outlook.com", "gmail": "mail.gmail.com", "apple": "gemeente.test",
    "thunderbird": "gemeente.test", "k9": "gemeente.test", "samsung": "email.android.com", "proton": "proton.me",
    "yahoo": "mail.yahoo.com", "zimbra": "zimbra.gemeente.test", "groupwise": "gw.gemeente.test", "notes": "notes.gemeente.test",
    "roundcube": "gemeente.test", "horde": "webmail.gemeente.test", "hey": "hey.com", "fastmail": "app.fastmail.com",
    "superhuman": "we.are.superhuman.com", "spark": "Spark", "airmail": "airmail.local", "tuta": "tutanota.de",
    "zoho": "zoho.eu", "mutt": "laptop.gemeente.test", "evolution": "gemeente.test", "ox": "ox.kpnmail.nl",
    "mailto": "gemeente.test",
}


def encode_body(content, charset, cte):
    """content: str with \n line ends. Returns (cte header value, encoded str with \n)."""
    raw = content.encode(charset, errors="strict")
    if cte == "qp":
        enc = quopri.encodestring(raw).decode("ascii")
        return "quoted-printable", enc
    if cte == "b64":
        b = base64.b64encode(raw).decode("ascii")
        return "base64", "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"
    if cte == "7bit":
        raw.decode("ascii")
        return "7bit", content
    return "8bit", raw.decode(charset)


def part(ctype, content, charset, cte, extra=""):
    cteh, body = encode_body(content, charset, cte)
    return ("Content-Type: %s; charset=\"%s\"%s\nContent-Transfer-Encoding: %s\n\n%s" % (ctype, charset, extra, cteh, body)), charset


def build(c):
    fn = CLIENTS[c["client"]]
    text, html, headers, prefix = fn(c)
    ap = c["ap"]
    tok = c["tok"]
    subj = c.get("subject") or (prefix + subject(tok))
    if c["parts"] == "text":
        html = None
    elif c["parts"] == "html":
        text = None
    flowed = c.get("flowed")
    extra_t = ""
    if flowed == "delsp":
        extra_t = "; format=flowed; DelSp=Yes"
    elif flowed:
        extra_t = "; format=flowed"
    cs, cte = c["charset"], c["cte"]
    bnd = BOUNDARIES.get(c["client"], "=_b_%s" % c["client"])
    if text is not None and html is not None:
        pt, _ = part("text/plain", text, cs, cte, extra_t)
        ph, _ = part("text/html", html, cs, cte)
        body_ct = 'multipart/alternative; boundary="%s"' % bnd
        body = "--%s\n%s\n--%s\n%s\n--%s--\n" % (bnd, pt, bnd, ph, bnd)
        body_block = "Content-Type: %s\n\n%s" % (body_ct, body)
    elif text is not None:
        body_block, _ = part("text/plain", text, cs, cte, extra_t)
    else:
        body_block, _ = part("text/html", html, cs, cte)
    if c.get("attach"):
        # wrap in multipart/mixed with one attachment (name, ctype, bytes)
        name, actype, data = c["attach"]
        mb = "_004_" + bnd.strip("_-=") + "_mixed"
        b64 = base64.b64encode(data).decode()
        b64 = "\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
        body_block = ('Content-Type: multipart/mixed; boundary="%s"\n\n--%s\n%s\n--%s\nContent-Type: %s; name="%s"\n'
                      'Content-Description: %s\nContent-Disposition: attachment; filename="%s"; size=%d\nContent-Transfer-Encoding: base64\n\n%s\n--%s--\n'
                      % (mb, mb, body_block, mb, actype, name, name, name, len(data), b64, mb))
    to = c.get("to") or "Gemeente Voorbeeld <spoc+%s@gemeente.test>" % tok
    hdrs = [("Return-Path", "<%s>" % ap[1]),
            ("Received", "from mail.gemeente.test (mail.gemeente.test [192.0.2.25])\n\tby mx.gemeente.test (Postfix) with ESMTPS id 4dQ7Zk3Lm1z9sWx\n\tfor <spoc+%s@gemeente.test>; Tue,  3 Mar 2026 %s +0100 (CET)" % (tok, c["time"])),
            ("From", '"%s" <%s>' % (ap[0], ap[1]) if "," in ap[0] else "%s <%s>" % (ap[0], ap[1])),
            ("To", to)]
    if c.get("cc"):
        hdrs.append(("Cc", c["cc"]))
    hdrs += [("Subject", subj),
             ("Date", "Tue, 3 Mar 2026 %s +0100" % c["time"]),
             ("Message-ID", "<%s@%s>" % (c["mid"], MSGID_DOMAIN.get(c["client"], "example.test")))]
    if not c.get("no_thread"):
        hdrs += [("In-Reply-To", ORIG_MSGID.format(n=1)), ("References", "%s %s" % (ORIG_REQ_MSGID, ORIG_MSGID.format(n=1)))]
    hdrs += headers + c.get("xh2", [])
    hdrs.append(("MIME-Version", c.get("mime_version", "1.0")))
    out = []
    for k, v in hdrs:
        out.append("%s: %s" % (k, v) if v != "" else "%s: " % k)
    msg = "\n".join(out) + "\n" + body_block
    return msg


def enc_subject(s, charset="utf-8"):
    """RFC 2047 encode a subject if it is not ASCII."""
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        b = base64.b64encode(s.encode(charset)).decode()
        return "=?%s?B?%s?=" % (charset, b)


OUTLOOK_SIG_NL = ("Met vriendelijke groet,\n\nJan Jansen\nTeamleider Facilitaire Zaken\n\nGemeente Voorbeeld\nMarktplein 1 | 1234 AB Voorbeeld\n"
                  "T 14 0123 | M 06 12345678\nwww.gemeente.test")
OUTLOOK_SIG_EN = "Kind regards,\n\nSarah Wilson\nHead of Finance\nGemeente Voorbeeld"
SLOGAN_SIG = ("Met vriendelijke groet,\n\nKarel Peeters\nInterim-manager\n\nAkkoord Adviesgroep B.V.\n"
              "\"Samen komen we tot een akkoord\"\nwww.akkoord-advies.test")
DISCLAIMER = ("Met vriendelijke groet,\nMarieke Bakker\n\n"
              "DISCLAIMER: Dit bericht is uitsluitend bestemd voor de geadresseerde. Door dit bericht te lezen gaat u akkoord met de "
              "voorwaarden op www.gemeente.test/disclaimer. Indien u dit bericht ten onrechte ontvangt, verzoeken wij u het te "
              "verwijderen en de afzender te informeren. Aan dit bericht kunnen geen rechten worden ontleend.")

# (file, client, approver, lang, posting, parts, charset, cte, answer, sig, decision, options)
A, R, N = "approve", "reject", "none"
CASES = [
    # ---------------------------------------------------------------- approvals
    ("a01_outlook_win_nl_akkoord", "outlook_win", "jan", "nl", "top", "both", "utf-8", "qp", "Akkoord.", OUTLOOK_SIG_NL, A, {}),
    ("a02_outlook_win_en_approved_cp1252", "outlook_win", "sarah", "en", "top", "both", "windows-1252", "qp", "Approved.", OUTLOOK_SIG_EN, A, {}),
    ("a03_owa_nl_voor_donderdag", "owa", "marieke", "nl", "top", "both", "utf-8", "b64", "Akkoord, graag voor donderdag", "Groet,\nMarieke", A, {}),
    ("a04_outlook_ios_nl_prima", "outlook_mobile", "jan", "nl", "top", "both", "utf-8", "qp", "Prima, akkoord", "", A, {}),
    ("a05_outlook_android_en_go_ahead", "outlook_mobile", "sarah", "en", "top", "both", "utf-8", "b64", "Approved, go ahead.", "", A, {"plat": "Android"}),
    ("a06_outlook_mac_nl_ja_akkoord", "outlook_mac", "marieke", "nl", "top", "both", "utf-8", "qp", "ja akkoord", "", A, {}),
    ("a07_outlook_mac_en_mixed_ok_akkoord", "outlook_mac", "sarah", "en", "top", "both", "utf-8", "qp", "OK, akkoord van mijn kant.", "Sarah", A, {}),
    ("a08_gmail_web_nl_akkoord", "gmail", "jan", "nl", "top", "both", "utf-8", "qp", "Akkoord", "", A, {}),
    ("a10_gmail_android_flemish_akkoord_hoor", "gmail", "karel", "nl", "top", "both", "utf-8", "b64", "Akkoord hoor", "", A, {"plat": "android"}),
    ("a11_gmail_ios_flemish_oke_akkoord", "gmail", "karel", "nl", "top", "both", "utf-8", "qp", "oké, akkoord", "", A, {"plat": "ios"}),
    ("a12_apple_mac_nl_akkoord_emoji", "apple", "marieke", "nl", "top", "both", "utf-8", "qp", "Akkoord 👍", "", A, {}),
    ("a13_apple_ios_nl_textonly", "apple", "jan", "nl", "top", "text", "utf-8", "qp", "Akkoord", "", A, {"plat": "ios", "foot": "Verstuurd vanaf mijn iPhone"}),
    ("a15_thunderbird_nl_bottom_flowed", "thunderbird", "jan", "nl", "bottom", "text", "utf-8", "8bit", "Akkoord.", "Jan Jansen\nTeamleider Facilitaire Zaken", A, {}),
    ("a17_k9_nl_akkoord", "k9", "karel", "nl", "top", "text", "utf-8", "qp", "Akkoord", "", A, {}),
    ("a18_tb_android_nl_dank", "k9", "marieke", "nl", "top", "both", "utf-8", "qp", "Akkoord, dank voor het melden.", "", A, {"plat": "tb"}),
    ("a19_samsung_nl_akkoord", "samsung", "jan", "nl", "top", "both", "utf-8", "b64", "Akkoord", "", A, {}),
    ("a20_samsung_en_htmlonly", "samsung", "sarah", "en", "top", "html", "utf-8", "b64", "Approved", "", A, {}),
    ("a22_proton_en_htmlonly_proceed", "proton", "sarah", "en", "top", "html", "utf-8", "b64", "Approved - please proceed.", "", A, {}),
    ("a23_yahoo_nl_ik_ga_akkoord", "yahoo", "karel", "nl", "top", "both", "utf-8", "qp", "Ik ga akkoord.", "", A, {}),
    ("a24_yahoo_android_en_htmlonly", "yahoo", "sarah", "en", "top", "html", "utf-8", "qp", "Approved", "", A, {"plat": "android"}),
    ("a26_zimbra_en_textonly_prefixed", "zimbra", "sarah", "en", "top", "text", "utf-8", "8bit", "Approved", "", A, {"prefixq": True}),
    ("a27_groupwise_nl_cp1252_8bit", "groupwise", "jan", "nl", "top", "text", "windows-1252", "8bit", "akkoord", "Jan", A, {}),
    ("a28_notes9_nl_iso885915", "notes", "marieke", "nl", "top", "both", "iso-8859-15", "qp", "Akkoord.", "Met vriendelijke groet,\nMarieke Bakker", A, {}),
    ("a29_notes85_en_wrote_on", "notes", "sarah", "en", "top", "text", "utf-8", "qp", "Approved", "Regards,\nSarah", A, {"plat": "85"}),
    ("a30_roundcube_nl_bottom_flowed", "roundcube", "karel", "nl", "bottom", "text", "utf-8", "8bit", "Akkoord", "Karel Peeters", A, {}),
    ("a32_horde_nl_bottom", "horde", "jan", "nl", "bottom", "text", "utf-8", "qp", "Akkoord.", "", A, {}),
    ("a33_hey_en_approved_emoji", "hey", "sarah", "en", "top", "both", "utf-8", "qp", "Approved 👍", "", A, {}),
    ("a34_fastmail_nl_donderdag", "fastmail", "marieke", "nl", "top", "both", "utf-8", "qp", "Akkoord, graag voor donderdag geregeld.", "Marieke", A, {}),
    ("a35_superhuman_en_approved", "superhuman", "sarah", "en", "top", "both", "utf-8", "qp", "Approved.", "Sarah Wilson\nSent via Superhuman", A, {}),
    ("a36_spark_nl_akkoord", "spark", "jan", "nl", "top", "both", "utf-8", "qp", "Akkoord", "Jan", A, {}),
    ("a37_airmail_en_approved", "airmail", "sarah", "en", "top", "both", "utf-8", "qp", "Approved", "", A, {}),
    ("a38_mailto_iphone_akkoord", "mailto", "jan", "nl", "none", "text", "us-ascii", "7bit", "akkoord", "Verstuurd vanaf mijn iPhone", A,
     {"subject_fmt": "{s}", "no_thread": True, "xh": [("X-Mailer", "iPhone Mail (22D72)")]}),
    ("a39_mailto_outlook_cp1252", "mailto", "marieke", "nl", "none", "both", "windows-1252", "qp", "akkoord", "Met vriendelijke groet,\n\nMarieke Bakker\nAfdelingshoofd Bedrijfsvoering", A,
     {"subject_fmt": "{s}", "no_thread": True, "xh": [("X-Mailer", "Microsoft Outlook 16.0")]}),
    ("a40_tuta_nl_htmlonly", "tuta", "karel", "nl", "top", "html", "utf-8", "qp", "Akkoord.", "", A, {}),
    ("a41_zoho_en_proceed", "zoho", "sarah", "en", "top", "both", "utf-8", "qp", "Approved, proceed.", "", A, {}),
    ("a42_mutt_inline_akkoord", "mutt", "jan", "nl", "inline", "text", "utf-8", "8bit", "Akkoord.", "", A, {}),
    ("a43_evolution_iso88591_namens", "evolution", "marieke", "nl", "bottom", "text", "iso-8859-1", "8bit", "Ga ik mee akkoord, ook namens Kees.", "Marieke", A, {}),
    ("a44_ox_kpn_nl_groetjes", "ox", "karel", "nl", "top", "both", "utf-8", "qp", "Akkoord, groetjes", "", A, {}),
    ("a46_outlook_slogan_sig_approve", "outlook_win", "karel", "nl", "top", "both", "utf-8", "qp", "Akkoord, graag de factuur naar Bestuurszaken.", SLOGAN_SIG, A, {}),
    ("a47_outlook_maar_volgende_keer", "outlook_win", "jan", "nl", "top", "both", "utf-8", "b64", "Akkoord, maar volgende keer graag eerder aanvragen.", OUTLOOK_SIG_NL, A, {}),
    ("a48_gmail_external_banner", "gmail", "wethouder", "nl", "top", "both", "utf-8", "qp", "Akkoord", "Els de Boer\nWethouder Financiën", A,
     {"banner": "LET OP: deze e-mail komt van buiten de organisatie. Klik niet zomaar op links en open geen onverwachte bijlagen."}),
    ("a49_apple_ios_flemish_oke_hoor", "apple", "karel", "nl", "top", "both", "utf-8", "qp", "Oké, akkoord hoor!", "", A, {"plat": "ios", "foot": "Verstuurd vanaf mijn iPhone"}),
    ("a50_outlook_win_tnef", "outlook_win", "marieke", "nl", "top", "text", "windows-1252", "qp", "Ik ben akkoord.", "Marieke Bakker", A,
     {"attach": ("winmail.dat", "application/ms-tnef", b"\x78\x9f\x3e\x22" + b"\x00" * 60)}),
    ("a52_gmail_bottom_posted", "gmail", "marieke", "nl", "bottom", "both", "utf-8", "qp", "Akkoord, prima zo.", "", A, {}),
    ("a53_thunderbird_inline_nl", "thunderbird", "karel", "nl", "inline", "text", "utf-8", "qp", "akkoord", "Karel", A, {}),
    ("a54_outlook_goedgekeurd", "outlook_win", "jan", "nl", "top", "both", "utf-8", "qp", "Goedgekeurd.", OUTLOOK_SIG_NL, A, {}),
    ("a55_gmail_en_i_approve", "gmail", "sarah", "en", "top", "both", "utf-8", "qp", "I approve.", "", A, {}),
    # ---------------------------------------------------------------- rejections
    ("r01_outlook_win_nl_niet_akkoord", "outlook_win", "jan", "nl", "top", "both", "utf-8", "qp", "Niet akkoord.", OUTLOOK_SIG_NL, R, {}),
    ("r02_outlook_win_cp1252_te_duur", "outlook_win", "marieke", "nl", "top", "both", "windows-1252", "qp", "Nee, te duur.", "Marieke", R, {"prefix": "Antw: "}),
    ("r03_owa_geen_akkoord_budget", "owa", "jan", "nl", "top", "both", "utf-8", "b64", "Geen akkoord: budget is op.", "", R, {}),
    ("r04_outlook_ios_en_rejected", "outlook_mobile", "sarah", "en", "top", "both", "utf-8", "qp", "Rejected - not in budget.", "", R, {}),
    ("r05_outlook_mac_ik_ga_niet_akkoord", "outlook_mac", "marieke", "nl", "top", "both", "utf-8", "qp", "Ik ga niet akkoord, we hebben deze maand al te veel uitgegeven.", "", R, {}),
    ("r06_gmail_nl_niet_akkoord_reden", "gmail", "jan", "nl", "top", "both", "utf-8", "qp", "niet akkoord, de griffie zorgt zelf voor de lunch", "", R, {}),
    ("r07_gmail_android_en_not_approved", "gmail", "sarah", "en", "top", "both", "utf-8", "b64", "Not approved. Please use the standard catering.", "", R, {"plat": "android"}),
    ("r08_apple_mac_nee", "apple", "jan", "nl", "top", "both", "utf-8", "qp", "Nee.\n\nGroet, Jan", "", R, {}),
    ("r09_apple_ios_niet_akkoord", "apple", "marieke", "nl", "top", "both", "utf-8", "qp", "Niet akkoord", "", R, {"plat": "ios", "foot": "Verstuurd vanaf mijn iPhone"}),
    ("r10_thunderbird_bottom_niet_akkoord", "thunderbird", "karel", "nl", "bottom", "text", "utf-8", "8bit", "Niet akkoord: koffie valt al onder het contract en lunch vergoeden we niet.", "Karel", R, {}),
    ("r12_samsung_flemish_nee_hoor", "samsung", "karel", "nl", "top", "both", "utf-8", "b64", "Nee hoor, niet akkoord.", "", R, {}),
    ("r13_proton_afgewezen", "proton", "marieke", "nl", "top", "both", "utf-8", "qp", "Afgewezen. Te duur voor een vergadering van twee uur.", "", R, {}),
    ("r14_yahoo_en_declined", "yahoo", "sarah", "en", "top", "both", "utf-8", "qp", "Declined, sorry.", "", R, {}),
    ("r15_zimbra_daar_ga_ik_niet_mee_akkoord", "zimbra", "jan", "nl", "top", "both", "utf-8", "qp", "Daar ga ik niet mee akkoord.", "", R, {}),
    ("r16_groupwise_offerte", "groupwise", "marieke", "nl", "top", "both", "utf-8", "qp", "Niet akkoord. Graag eerst een offerte van de cateraar.", "", R, {}),
    ("r17_notes9_nl_niet_akkoord", "notes", "jan", "nl", "top", "both", "iso-8859-15", "qp", "Niet akkoord", "Jan Jansen", R, {}),
    ("r18_roundcube_geen_akkoord", "roundcube", "karel", "nl", "top", "both", "utf-8", "qp", "Geen akkoord, sorry.", "Karel", R, {}),
    ("r19_horde_en_rejected", "horde", "sarah", "en", "top", "text", "utf-8", "qp", "Rejected", "", R, {}),
    ("r20_hey_en_not_approved_expensive", "hey", "sarah", "en", "top", "both", "utf-8", "qp", "No, not approved — too expensive.", "", R, {}),
    ("r22_superhuman_en_rejected_quarter", "superhuman", "sarah", "en", "top", "both", "utf-8", "qp", "Rejected: not in budget this quarter.", "", R, {}),
    ("r24_airmail_niet_mee_akkoord", "airmail", "marieke", "nl", "top", "both", "utf-8", "qp", "Niet mee akkoord", "", R, {}),
    ("r25_mailto_reject_reason", "mailto", "jan", "nl", "none", "text", "utf-8", "8bit", "niet akkoord Te duur, neem de standaard koffie.", "", R,
     {"subject_fmt": "{s}", "no_thread": True, "xh": [("User-Agent", "Mozilla Thunderbird")]}),
    ("r26_mailto_reject_galaxy", "mailto", "karel", "nl", "none", "both", "utf-8", "b64", "niet akkoord ", "Verzonden vanaf mijn Galaxy", R,
     {"subject_fmt": "{s}", "no_thread": True}),
    ("r27_tuta_en_not_approved", "tuta", "sarah", "en", "top", "html", "utf-8", "qp", "Not approved.", "", R, {}),
    ("r28_outlook_slogan_sig_reject", "outlook_win", "karel", "nl", "top", "both", "utf-8", "qp", "Niet akkoord, dit past niet binnen het budget.", SLOGAN_SIG, R, {}),
    ("r30_outlook_nee_doen_we_niet", "outlook_win", "marieke", "nl", "top", "both", "utf-8", "qp", "Nee, dat doen we niet. De lunch wordt niet vergoed.", "Marieke", R, {}),
    ("r31_mutt_iso88591_niet_akkoord", "mutt", "karel", "nl", "inline", "text", "iso-8859-1", "8bit", "Niet akkoord, te duur voor één vergadering.", "Karel", R, {}),
    # ---------------------------------------------------------------- no decision: questions, conditions, deferrals, mixed, quotes, forwards
    ("n01_outlook_akkoord_question", "outlook_win", "jan", "nl", "top", "both", "utf-8", "qp", "Akkoord?", OUTLOOK_SIG_NL, N, {}),
    ("n02_gmail_binnen_budget", "gmail", "marieke", "nl", "top", "both", "utf-8", "qp", "Is dit binnen budget?", "", N, {}),
    ("n03_outlook_ios_mits", "outlook_mobile", "jan", "nl", "top", "both", "utf-8", "qp", "akkoord mits het onder de 100 euro blijft", "", N, {}),
    ("n04_apple_en_if_under_budget", "apple", "sarah", "en", "top", "both", "utf-8", "qp", "OK if it's under budget", "", N, {}),
    ("n05_samsung_maandag_terug", "samsung", "karel", "nl", "top", "both", "utf-8", "b64", "ik kom hier maandag op terug", "", N, {}),
    ("n06_thunderbird_mixed_koffie_lunch", "thunderbird", "jan", "nl", "top", "both", "utf-8", "qp", "akkoord voor de koffie, niet voor de lunch", "", N, {}),
    ("n07_outlook_empty_quote_only", "outlook_win", "jan", "nl", "top", "both", "utf-8", "qp", "", OUTLOOK_SIG_NL, N, {}),
    ("n08_apple_ios_empty_quote_only", "apple", "marieke", "nl", "top", "both", "utf-8", "qp", "", "", N, {"plat": "ios", "foot": "Verstuurd vanaf mijn iPhone"}),
    ("n11_disclaimer_akkoord_under_question", "outlook_win", "marieke", "nl", "top", "both", "utf-8", "qp", "Wat voor lunch is dit precies? Broodjes of warm?", DISCLAIMER, N, {}),
    ("n12_slogan_sig_under_deferral", "gmail", "karel", "nl", "top", "both", "utf-8", "qp", "Ik bel je morgen even hierover.", SLOGAN_SIG, N, {}),
    ("n13_yahoo_akkoord_als", "yahoo", "karel", "nl", "top", "both", "utf-8", "qp", "Akkoord als het onder de 100 euro blijft.", "", N, {}),
    ("n14_zimbra_afhankelijk", "zimbra", "jan", "nl", "top", "both", "utf-8", "qp", "Wie heeft dit aangevraagd? Mijn akkoord hangt af van het aantal personen.", "", N, {}),
    ("n15_roundcube_akkoord_vraag_contract", "roundcube", "marieke", "nl", "top", "both", "utf-8", "qp", "Akkoord? Ik dacht dat koffie al in het contract zat.", "", N, {}),
    ("n16_proton_overleggen", "proton", "jan", "nl", "top", "both", "utf-8", "qp", "Even overleggen met de griffier, ik laat het je weten.", "", N, {}),
    ("n17_zimbra_en_mixed", "zimbra", "sarah", "en", "top", "both", "utf-8", "qp", "Approved for the coffee, not for the lunch.", "", N, {}),
    ("n18_owa_eerst_offerte", "owa", "marieke", "nl", "top", "both", "utf-8", "qp", "Graag eerst een offerte, daarna beslis ik.", "", N, {}),
    ("n19_groupwise_waarom_meerwerk", "groupwise", "jan", "nl", "top", "both", "utf-8", "qp", "Waarom is dit meerwerk?", "", N, {}),
    ("n21_hey_empty_quote_only", "hey", "sarah", "en", "top", "html", "utf-8", "qp", "", "", N, {}),
    ("n22_fastmail_onder_voorbehoud", "fastmail", "jan", "nl", "top", "both", "utf-8", "qp", "Akkoord, onder voorbehoud van instemming van de wethouder.", "", N, {}),
    ("n23_superhuman_en_provided", "superhuman", "sarah", "en", "top", "both", "utf-8", "qp", "OK, provided the headcount stays at 25.", "", N, {}),
    ("n25_k9_klopt_bedrag_dan_akkoord", "k9", "jan", "nl", "top", "text", "utf-8", "8bit", "Klopt het bedrag van € 150,00? Dan akkoord.", "", N, {}),
    ("n26_thunderbird_inline_btw", "thunderbird", "marieke", "nl", "inline", "text", "utf-8", "qp", "Is dit inclusief btw?", "Marieke", N, {}),
    ("n27_outlook_mac_niet_juiste_persoon", "outlook_mac", "karel", "nl", "top", "both", "utf-8", "qp", "Volgens mij ben ik hier niet de juiste persoon voor, vraag het aan Piet.", "", N, {}),
    ("n28_airmail_budget_checken", "airmail", "sarah", "en", "top", "both", "utf-8", "qp", "Sounds good, but I need to check the budget first.", "", N, {}),
    ("n29_ox_hoezo_akkoord", "ox", "jan", "nl", "top", "both", "utf-8", "qp", "Hoezo akkoord? Dit is toch al besproken in het MT?", "", N, {}),
    ("n30_tuta_na_begrotingswijziging", "tuta", "karel", "nl", "top", "html", "utf-8", "qp", "Akkoord kan pas na de begrotingswijziging van april.", "", N, {}),
    ("n31_mailto_question_instead", "mailto", "marieke", "nl", "none", "text", "utf-8", "qp", "akkoord?\nWat kost de lunch per persoon?", "", N,
     {"subject_fmt": "{s}", "no_thread": True}),
    ("n32_horde_empty_bottom", "horde", "jan", "nl", "bottom", "text", "utf-8", "qp", "", "", N, {}),
]


def special_files():
    """Forwards, recalls, auto-replies, read receipts and bounces: written out in full."""
    t0, t1, t2 = TOKENS
    files = {}

    # n09: Outlook forward to a colleague with the SPOC address in Cc.
    ap = APPROVERS["jan"]
    q = orig_text_from_html(t0, ap[2])
    txt = ("Hoi Piet,\n\nKun jij hiernaar kijken? Ik ben er tot maandag niet en weet niet of dit binnen jouw budget valt.\n\n"
           "Groet,\nJan\n\n" + hdr_nl_outlook(t0, ap) + "\n\n" + q + "\n")
    files["n09_outlook_forward_doorst_colleague"] = (
        "From: Jan Jansen <jan.jansen@gemeente.test>\nTo: Piet Pieters <piet.pieters@gemeente.test>\n"
        "Cc: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Doorst: %s\nThread-Topic: %s\n"
        "Thread-Index: AQHcjz7Q2m5Jx0sV0kqYbX7n4c1QdAAB8xYw\nDate: Tue, 3 Mar 2026 11:02:17 +0100\n"
        "Message-ID: <AM0PR09MB4321FWD0001@AM0PR09MB4321.eurprd09.prod.outlook.com>\n"
        "References: %s\nIn-Reply-To: %s\nContent-Language: nl-NL\nX-Mailer: Microsoft Outlook 16.0\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
        % (t0, subject(t0), subject(t0), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1), quopri.encodestring(txt.encode()).decode()), N, False)

    # n10: Gmail forward (English) to a colleague, SPOC in Cc.
    ap = APPROVERS["sarah"]
    txt = ("Hi Mark,\n\nCan you check this one? Not sure we have the budget left.\n\nSarah\n\n"
           "---------- Forwarded message ---------\nFrom: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nDate: Tue, Mar 3, 2026 at 10:12 AM\n"
           "Subject: %s\nTo: Sarah Wilson <s.wilson@gemeente.test>\n\n\n%s\n" % (t1, subject(t1), orig_text_from_html(t1, "Sarah")))
    files["n10_gmail_forward_en_colleague"] = (
        "From: Sarah Wilson <s.wilson@gemeente.test>\nDate: Tue, 3 Mar 2026 11:15:40 +0100\nMessage-ID: <CAF7yq+Gx0FwD3mN@mail.gmail.com>\n"
        "Subject: Fwd: %s\nTo: Mark de Groot <mark.degroot@gemeente.test>\nCc: spoc+%s@gemeente.test\nReferences: %s\nIn-Reply-To: %s\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: base64\n\n%s"
        % (subject(t1), t1, ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1), b64lines(txt)), N, False)

    # n35: Apple Mail forward (Dutch, "Begin doorgestuurd bericht:").
    ap = APPROVERS["marieke"]
    txt = ("Kees, wil jij dit beoordelen? Jij gaat over de raadsbudgetten.\n\nMarieke\n\nBegin doorgestuurd bericht:\n\n"
           "> Van: Gemeente Voorbeeld <spoc+%s@gemeente.test>\n> Onderwerp: %s\n> Datum: 3 maart 2026 om 10:12:00 CET\n"
           "> Aan: Marieke Bakker <m.bakker@gemeente.test>\n> Antwoord aan: spoc+%s@gemeente.test\n> \n%s\n"
           % (t2, subject(t2), t2, gt(orig_text(t2, "Marieke"))))
    files["n35_apple_forward_begin_doorgestuurd"] = (
        "From: Marieke Bakker <m.bakker@gemeente.test>\nContent-Type: text/plain;\n\tcharset=utf-8\nContent-Transfer-Encoding: quoted-printable\n"
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))\nSubject: Fwd: %s\nDate: Tue, 3 Mar 2026 11:20:05 +0100\n"
        "References: %s\nTo: Kees Smit <kees.smit@gemeente.test>\nCc: spoc+%s@gemeente.test\nMessage-Id: <9A1B2C3D-4E5F-6A7B-8C9D-0E1F2A3B4C5D@gemeente.test>\n"
        "X-Mailer: Apple Mail (2.3826.400.131.1.6)\n\n%s" % (subject(t2), ORIG_MSGID.format(n=1), t2, quopri.encodestring(txt.encode()).decode()), N, False)

    # n36: Outlook message recall (as it reaches a non-Exchange mailbox).
    files["n36_outlook_recall"] = (
        "From: Jan Jansen <jan.jansen@gemeente.test>\nTo: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Intrekken: RE: %s\n"
        "Thread-Topic: %s\nDate: Tue, 3 Mar 2026 10:41:09 +0100\nMessage-ID: <AM0PR09MB4321RECALL01@AM0PR09MB4321.eurprd09.prod.outlook.com>\n"
        "Content-Language: nl-NL\nX-MS-Has-Attach: \nMIME-Version: 1.0\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s"
        % (t0, subject(t0), subject(t0), quopri.encodestring(("Jansen, Jan wil het bericht \"RE: %s\" intrekken.\n" % subject(t0)).encode()).decode()), N, False)

    # ------------------------------------------------------------ auto-replies
    files["i01_exchange_oof_nl"] = (
        "From: \"Jansen, Jan\" <jan.jansen@gemeente.test>\nTo: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Automatisch antwoord: %s\n"
        "Thread-Topic: %s\nThread-Index: AQHcjz7Q2m5Jx0sV0kqYbX7n4c1QdAAAAAAA\nDate: Tue, 3 Mar 2026 09:12:31 +0000\n"
        "Message-ID: <AM0PR09MB4321OOF0001@AM0PR09MB4321.eurprd09.prod.outlook.com>\nIn-Reply-To: %s\nReferences: %s\n"
        "Auto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nX-MS-Exchange-Inbox-Rules-Loop: jan.jansen@gemeente.test\n"
        "Content-Language: nl-NL\nMIME-Version: 1.0\nContent-Type: multipart/alternative;\n\tboundary=\"_000_OOF0001_\"\n\n"
        "--_000_OOF0001_\nContent-Type: text/plain; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
        "--_000_OOF0001_\nContent-Type: text/html; charset=\"iso-8859-1\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--_000_OOF0001_--\n"
        % (t0, subject(t0), subject(t0), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1),
           quopri.encodestring("Ik ben afwezig tot en met maandag 9 maart. Voor dringende zaken kunt u contact opnemen met Piet Pieters (piet.pieters@gemeente.test).\n\nMet vriendelijke groet,\nJan Jansen\n".encode("iso-8859-1")).decode(),
           quopri.encodestring("<html><body><p>Ik ben afwezig tot en met maandag 9 maart. Voor dringende zaken kunt u contact opnemen met Piet Pieters (piet.pieters@gemeente.test).</p><p>Met vriendelijke groet,<br>Jan Jansen</p></body></html>\n".encode("iso-8859-1")).decode()),
        N, True)

    files["i02_exchange_oof_en"] = (
        "From: Sarah Wilson <s.wilson@gemeente.test>\nTo: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Automatic reply: %s\n"
        "Thread-Topic: %s\nDate: Tue, 3 Mar 2026 09:12:44 +0000\nMessage-ID: <DB9PR09MB7654OOF0002@DB9PR09MB7654.eurprd09.prod.outlook.com>\n"
        "In-Reply-To: %s\nReferences: %s\nAuto-Submitted: auto-generated\nX-Auto-Response-Suppress: All\nContent-Language: en-GB\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=\"us-ascii\"\nContent-Transfer-Encoding: 7bit\n\n"
        "Thank you for your email. I am out of the office until Monday 9 March with limited access to email.\n"
        "Approvals in my absence: please contact Mark de Groot, who can approve on my behalf.\n\nKind regards,\nSarah Wilson\n"
        % (t1, subject(t1), subject(t1), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1)), N, True)

    files["i03_sieve_vacation_rfc3834_nl"] = (
        "Return-Path: <>\nFrom: Marieke Bakker <m.bakker@gemeente.test>\nTo: spoc+%s@gemeente.test\nSubject: Afwezig: %s\n"
        "Date: Tue, 3 Mar 2026 10:12:50 +0100\nMessage-ID: <dovecot-sieve-1772529170-123456-0@mail.gemeente.test>\nIn-Reply-To: %s\nReferences: %s\n"
        "Auto-Submitted: auto-replied (vacation)\nPrecedence: bulk\nX-Mailer: Pigeonhole Sieve 0.5.21 (f6cd4b8e)\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Ik ben met vakantie tot 16 maart en lees mijn mail niet. Voor akkoord op aanvragen kunt u terecht bij Kees Smit.\n"
        % (t2, subject(t2), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1)), N, True)

    files["i04_gmail_vacation_en"] = (
        "From: Els de Boer <els.deboer@wethouder-voorbeeld.nl>\nDate: Tue, 3 Mar 2026 01:12:55 -0800\nMessage-ID: <CAvacation0042@mail.gmail.com>\n"
        "Subject: Re: %s\nTo: spoc+%s@gemeente.test\nIn-Reply-To: %s\nReferences: %s\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"000000000000vac0042\"\n\n--000000000000vac0042\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
        "I'm on holiday until 16 March. Approved? Not yet - I'll look at your message when I'm back.\n\n"
        "--000000000000vac0042\nContent-Type: text/html; charset=\"UTF-8\"\n\n<div dir=\"ltr\">I'm on holiday until 16 March. Approved? Not yet - I'll look at your message when I'm back.</div>\n\n--000000000000vac0042--\n"
        % (subject(t0), t0, ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1)), N, True)

    files["i05_zimbra_oof_nl"] = (
        "From: \"Karel Peeters\" <karel.peeters@gemeente.test>\nTo: spoc+%s@gemeente.test\nSubject: Afwezig: %s\nDate: Tue, 3 Mar 2026 10:13:02 +0100 (CET)\n"
        "Message-ID: <1102934123.4812.1772529182000.JavaMail.zimbra@zimbra.gemeente.test>\nIn-Reply-To: %s\nReferences: %s\n"
        "Auto-Submitted: auto-replied (zimbra; vacation)\nPrecedence: bulk\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 7bit\n\n"
        "Hallo,\n\nIk ben afwezig tot 10 maart. Ik ga akkoord met het doorsturen van dringende zaken naar mijn collega Marieke Bakker.\n\nGroeten,\nKarel\n"
        % (t1, subject(t1), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1)), N, True)

    files["i06_notes_oof_no_headers_en"] = (
        "From: Sarah Wilson <s.wilson@gemeente.test>\nTo: spoc+%s@gemeente.test\nSubject: Out of Office AutoReply: %s\nDate: Tue, 3 Mar 2026 10:13:09 +0100\n"
        "Message-ID: <OF12AB34CD.5E6F7081-ONC1258C3E.003A7D2E@notes.gemeente.test>\nX-Mailer: IBM Notes Release 9.0.1FP10 SHF383 December 23, 2019\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=\"US-ASCII\"\n\n"
        "I will be out of the office starting 03-03-2026 and will not return until 09-03-2026.\n\n"
        "I will respond to your message when I return. Approved requests can be sent to Mark de Groot.\n"
        % (t2, subject(t2)), N, True)

    files["i07_exchange_oof_no_autosubmitted"] = (
        "From: \"Bakker, Marieke\" <m.bakker@gemeente.test>\nTo: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Automatisch antwoord: %s\n"
        "Thread-Topic: %s\nDate: Tue, 3 Mar 2026 09:13:15 +0000\nMessage-ID: <AS8PR09MB5544OOF0003@AS8PR09MB5544.eurprd09.prod.outlook.com>\n"
        "In-Reply-To: %s\nX-Auto-Response-Suppress: All\nContent-Language: nl-NL\nMIME-Version: 1.0\nContent-Type: text/html; charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: base64\n\n%s"
        % (t0, subject(t0), subject(t0), ORIG_MSGID.format(n=1),
           b64lines("<html><head></head><body><p>Beste afzender,</p><p>Ik ben afwezig tot 12 maart. Voor akkoord op meerwerk kunt u terecht bij Kees Smit.</p><p>Akkoord gevraagd? Dan hoort u na mijn terugkomst van mij.</p><p>Met vriendelijke groet,<br>Marieke Bakker</p></body></html>\n")),
        N, True)

    files["i08_helpdesk_autoack_quotes_original"] = (
        "From: ICT Servicedesk <servicedesk@leverancier.test>\nTo: spoc+%s@gemeente.test\nSubject: [INC-778812] Ontvangen: %s\nDate: Tue, 3 Mar 2026 10:13:20 +0100\n"
        "Message-ID: <topdesk.778812.ack@leverancier.test>\nAuto-Submitted: auto-replied\nX-Auto-Response-Suppress: All\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n%s"
        % (t1, subject(t1), quopri.encodestring(("Bedankt voor uw bericht. Wij hebben uw melding geregistreerd onder nummer INC-778812.\n\n"
                                                  "Uw bericht:\n\n" + orig_text(t1, "Jan") + "\n").encode()).decode()), N, True)

    # ------------------------------------------------------------ read receipts
    files["i09_outlook_read_receipt_nl"] = (
        "From: \"Jansen, Jan\" <jan.jansen@gemeente.test>\nTo: Gemeente Voorbeeld <spoc+%s@gemeente.test>\nSubject: Gelezen: %s\n"
        "Thread-Topic: %s\nDate: Tue, 3 Mar 2026 09:30:12 +0000\nMessage-ID: <AM0PR09MB4321MDN0001@AM0PR09MB4321.eurprd09.prod.outlook.com>\n"
        "Content-Language: nl-NL\nMIME-Version: 1.0\nContent-Type: multipart/report; report-type=disposition-notification;\n\tboundary=\"_002_MDN0001_\"\n\n"
        "--_002_MDN0001_\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: base64\n\n%s\n"
        "--_002_MDN0001_\nContent-Type: message/disposition-notification\n\nReporting-UA: AM0PR09MB4321.eurprd09.prod.outlook.com; Microsoft Exchange Server\n"
        "Final-Recipient: rfc822; jan.jansen@gemeente.test\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n--_002_MDN0001_--\n"
        % (t0, subject(t0), subject(t0),
           b64lines("Uw bericht\n\n  Aan: Jansen, Jan\n  Onderwerp: %s\n  Verzonden: dinsdag 3 maart 2026 10:12:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\n\n"
                    "is gelezen op dinsdag 3 maart 2026 10:30:12 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.\n" % subject(t0)),
           ORIG_MSGID.format(n=1)), N, True)

    files["i10_thunderbird_mdn_en"] = (
        "From: Sarah Wilson <s.wilson@gemeente.test>\nTo: spoc+%s@gemeente.test\nSubject: Return Receipt (displayed) - %s\nDate: Tue, 3 Mar 2026 10:31:00 +0100\n"
        "Message-ID: <mdn-7c1e2f3a@gemeente.test>\nUser-Agent: Mozilla Thunderbird\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=disposition-notification; boundary=\"------------mdn0042\"\n\n"
        "This is a multi-part message in MIME format.\n--------------mdn0042\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 7bit\n\n"
        "This is a Return Receipt for the mail that you sent to s.wilson@gemeente.test.\n\n"
        "Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.\n\n"
        "--------------mdn0042\nContent-Type: message/disposition-notification; name=\"MDNPart2.txt\"\nContent-Disposition: inline\nContent-Transfer-Encoding: 7bit\n\n"
        "Reporting-UA: gemeente.test; Mozilla Thunderbird\nFinal-Recipient: rfc822;s.wilson@gemeente.test\nOriginal-Message-ID: %s\nDisposition: manual-action/MDN-sent-manually; displayed\n\n"
        "--------------mdn0042\nContent-Type: text/rfc822-headers; name=\"MDNPart3.txt\"\nContent-Disposition: inline\n\n"
        "From: Gemeente Voorbeeld <spoc@gemeente.test>\nReply-To: spoc+%s@gemeente.test\nSubject: %s\nMessage-ID: %s\n\n--------------mdn0042--\n"
        % (t1, subject(t1), ORIG_MSGID.format(n=1), t1, subject(t1), ORIG_MSGID.format(n=1)), N, True)

    # ------------------------------------------------------------ bounces
    orig_full = ("Return-Path: <spoc@gemeente.test>\nFrom: Gemeente Voorbeeld <spoc@gemeente.test>\nReply-To: spoc+%s@gemeente.test\nTo: Karel Peeters <karel.peters@gemeente.test>\n"
                 "Subject: %s\nDate: Tue, 3 Mar 2026 10:12:00 +0100\nMessage-ID: %s\nAuto-Submitted: auto-generated\nMIME-Version: 1.0\n"
                 "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n%s\n" % (t2, subject(t2), ORIG_MSGID.format(n=1), orig_text(t2, "Karel")))
    files["i11_postfix_dsn_with_original"] = (
        "Return-Path: <>\nFrom: MAILER-DAEMON@mx.gemeente.test (Mail Delivery System)\nSubject: Undelivered Mail Returned to Sender\nTo: spoc@gemeente.test\n"
        "Auto-Submitted: auto-replied\nDate: Tue,  3 Mar 2026 10:12:04 +0100 (CET)\nMessage-Id: <20260303091204.4dQ7Zk3Lm1z9sWy@mx.gemeente.test>\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"4dQ7Zk3Lm1z9sWy.1772529124/mx.gemeente.test\"\nContent-Transfer-Encoding: 8bit\n\n"
        "This is a MIME-encapsulated message.\n\n--4dQ7Zk3Lm1z9sWy.1772529124/mx.gemeente.test\nContent-Description: Notification\nContent-Type: text/plain; charset=utf-8\n\n"
        "This is the mail system at host mx.gemeente.test.\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\n"
        "                   The mail system\n\n<karel.peters@gemeente.test>: host mail.gemeente.test[192.0.2.25] said: 550 5.1.1\n    <karel.peters@gemeente.test>: Recipient address rejected: User unknown in\n    local recipient table (in reply to RCPT TO command)\n\n"
        "--4dQ7Zk3Lm1z9sWy.1772529124/mx.gemeente.test\nContent-Description: Delivery report\nContent-Type: message/delivery-status\n\n"
        "Reporting-MTA: dns; mx.gemeente.test\nX-Postfix-Queue-ID: 4dQ7Zk3Lm1z9sWy\nX-Postfix-Sender: rfc822; spoc@gemeente.test\nArrival-Date: Tue,  3 Mar 2026 10:12:03 +0100 (CET)\n\n"
        "Final-Recipient: rfc822; karel.peters@gemeente.test\nOriginal-Recipient: rfc822;karel.peters@gemeente.test\nAction: failed\nStatus: 5.1.1\n"
        "Remote-MTA: dns; mail.gemeente.test\nDiagnostic-Code: smtp; 550 5.1.1 <karel.peters@gemeente.test>: Recipient address\n    rejected: User unknown in local recipient table\n\n"
        "--4dQ7Zk3Lm1z9sWy.1772529124/mx.gemeente.test\nContent-Description: Undelivered Message\nContent-Type: message/rfc822\nContent-Transfer-Encoding: 8bit\n\n%s\n"
        "--4dQ7Zk3Lm1z9sWy.1772529124/mx.gemeente.test--\n" % orig_full, N, True)

    files["i12_exchange_ndr_nl"] = (
        "From: Microsoft Outlook <postmaster@gemeente.test>\nTo: <spoc@gemeente.test>\nSubject: Onbestelbaar: %s\nDate: Tue, 3 Mar 2026 09:12:06 +0000\n"
        "Message-ID: <ndr-0042-1772529126@AM0PR09MB4321.eurprd09.prod.outlook.com>\nIn-Reply-To: %s\nReferences: %s\nAuto-Submitted: auto-replied\n"
        "X-MS-Exchange-Message-Is-Ndr: \nContent-Language: nl-NL\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status;\n\tboundary=\"_bndr_ndr0042_\"\n\n"
        "--_bndr_ndr0042_\nContent-Type: multipart/alternative; differences=Content-Type;\n\tboundary=\"_alt_ndr0042_\"\n\n"
        "--_alt_ndr0042_\nContent-Type: text/plain; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n"
        "--_alt_ndr0042_\nContent-Type: text/html; charset=\"utf-8\"\nContent-Transfer-Encoding: quoted-printable\n\n%s\n--_alt_ndr0042_--\n\n"
        "--_bndr_ndr0042_\nContent-Type: message/delivery-status\n\nReporting-MTA: dns;AM0PR09MB4321.eurprd09.prod.outlook.com\nReceived-From-MTA: dns;mx.gemeente.test\n"
        "Arrival-Date: Tue, 3 Mar 2026 09:12:05 +0000\n\nFinal-Recipient: rfc822;els.deboer@gemeente.test\nAction: failed\nStatus: 5.2.2\n"
        "Diagnostic-Code: smtp;554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException\n\n"
        "--_bndr_ndr0042_\nContent-Type: text/rfc822-headers\n\nFrom: Gemeente Voorbeeld <spoc@gemeente.test>\nReply-To: spoc+%s@gemeente.test\n"
        "To: Els de Boer <els.deboer@gemeente.test>\nSubject: %s\nMessage-ID: %s\n\n--_bndr_ndr0042_--\n"
        % (subject(t0), ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1),
           quopri.encodestring(("Uw bericht kan niet worden bezorgd bij els.deboer@gemeente.test omdat de postvak vol is.\n\n"
                                "Wat moet ik doen?\nProbeer het bericht later opnieuw te verzenden, of neem contact op met de geadresseerde.\n\n"
                                "Onderwerp van het oorspronkelijke bericht: %s\n" % subject(t0)).encode()).decode(),
           quopri.encodestring(("<html><body><p><b>Uw bericht kan niet worden bezorgd bij els.deboer@gemeente.test omdat de postvak vol is.</b></p>"
                                "<p>Akkoord gevraagd: Extra koffie en lunch voor de raadsvergadering</p></body></html>\n").encode()).decode(),
           t0, subject(t0), ORIG_MSGID.format(n=1)), N, True)

    files["i13_gmail_dsn_delay"] = (
        "Return-Path: <>\nFrom: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nTo: spoc@gemeente.test\nAuto-Submitted: auto-replied\n"
        "Subject: Delivery Status Notification (Delay)\nDate: Tue, 3 Mar 2026 05:12:00 -0800\nMessage-ID: <67c5b3e0.050a0220.delay0042@mx.google.com>\n"
        "References: %s\nIn-Reply-To: %s\nMIME-Version: 1.0\nContent-Type: multipart/report; boundary=\"00000000000011c3e7062f3adelay\"; report-type=delivery-status\n\n"
        "--00000000000011c3e7062f3adelay\nContent-Type: text/plain; charset=\"UTF-8\"\n\n** Bezorging vertraagd **\n\n"
        "Er is een tijdelijk probleem bij het bezorgen van je bericht aan els.deboer@wethouder-voorbeeld.nl. Gmail probeert het nog 44 uur. Je krijgt een melding als de bezorging definitief mislukt.\n\n"
        "--00000000000011c3e7062f3adelay\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; googlemail.com\n\n"
        "Final-Recipient: rfc822; els.deboer@wethouder-voorbeeld.nl\nAction: delayed\nStatus: 4.4.1\nWill-Retry-Until: Thu, 05 Mar 2026 01:12:00 -0800 (PST)\n\n"
        "--00000000000011c3e7062f3adelay\nContent-Type: message/rfc822\n\n%s\n--00000000000011c3e7062f3adelay--\n"
        % (ORIG_MSGID.format(n=1), ORIG_MSGID.format(n=1), orig_full.replace(t2, t1)), N, True)

    files["i14_bounce_of_akkoord_reply_forwarded"] = (
        # The approver's own "akkoord" reply bounced from an old alias and the bounce was auto-forwarded
        # to the SPOC mailbox: the only "akkoord" in it is inside the returned message.
        "Return-Path: <>\nFrom: Mail Delivery System <MAILER-DAEMON@mail.gemeente.test>\nTo: spoc@gemeente.test\nSubject: Undelivered Mail Returned to Sender\n"
        "Date: Tue, 3 Mar 2026 10:20:00 +0100\nMessage-ID: <20260303092000.ABCDEF@mail.gemeente.test>\nAuto-Submitted: auto-replied\nMIME-Version: 1.0\n"
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"bnc-ABCDEF\"\n\n"
        "--bnc-ABCDEF\nContent-Type: text/plain; charset=us-ascii\n\nYour message could not be delivered to spoc-oud@gemeente.test: mailbox disabled.\n\n"
        "--bnc-ABCDEF\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mail.gemeente.test\n\nFinal-Recipient: rfc822; spoc-oud@gemeente.test\nAction: failed\nStatus: 5.2.1\n\n"
        "--bnc-ABCDEF\nContent-Type: message/rfc822\n\nFrom: Jan Jansen <jan.jansen@gemeente.test>\nTo: spoc-oud@gemeente.test\nSubject: RE: %s\n"
        "Date: Tue, 3 Mar 2026 10:19:58 +0100\nMessage-ID: <AM0PR09MB4321BOUNCED@AM0PR09MB4321.eurprd09.prod.outlook.com>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\nAkkoord.\n\nJan\n\n--bnc-ABCDEF--\n" % subject(t0), N, True)

    return files


def b64lines(s):
    b = base64.b64encode(s.encode("utf-8")).decode()
    return "\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\n"


def main():
    expected = {}
    out = {}
    times = iter("%02d:%02d:%02d" % (10 + (i * 7) // 60, (13 + i * 7) % 60, (i * 13) % 60) for i in range(400))
    for i, (name, client, who, lang, posting, parts, cs, cte, answer, sig, dec, opts) in enumerate(CASES):
        c = dict(opts)
        c.update(client=client, ap=APPROVERS[who], lang=lang, posting=posting, parts=parts, charset=cs, cte=cte,
                 answer=answer, sig=sig, tok=TOKENS[i % 3], time=next(times), mid="reply-%03d-%s" % (i, client))
        if "subject_fmt" in opts:
            c["subject"] = enc_subject(opts["subject_fmt"].format(s=subject(c["tok"])))
        msg = build(c)
        crlf = (i % 4) != 3  # most files CRLF, every fourth LF-only as many tools save them
        out[name + ".eml"] = (msg, crlf)
        expected[name + ".eml"] = {"decision": dec, "ignore": False}
    for name, (msg, dec, ign) in special_files().items():
        out[name + ".eml"] = (msg, True)
        expected[name + ".eml"] = {"decision": dec, "ignore": ign}
    for f in os.listdir(HERE):
        if f.endswith(".eml"):
            os.remove(os.path.join(HERE, f))
    for name, (msg, crlf) in out.items():
        data = msg.replace("\r\n", "\n")
        if crlf:
            data = data.replace("\n", "\r\n")
        # 8bit bodies in a legacy charset: the str holds the decoded text; write it back in that charset.
        with open(os.path.join(HERE, name), "wb") as fh:
            fh.write(to_bytes(data))
    with open(os.path.join(HERE, "expected.json"), "w") as fh:
        json.dump(dict(sorted(expected.items())), fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    print(len(out), "files;", sum(1 for v in expected.values() if v["decision"] == "approve"), "approve,",
          sum(1 for v in expected.values() if v["decision"] == "reject"), "reject,",
          sum(1 for v in expected.values() if v["decision"] == "none"), "none")


CHARSET_OF = {}


def to_bytes(data):
    # A message is ASCII except for 8bit parts; find the declared charset of an 8bit part and encode
    # the whole message with it (every 8bit message here has a single text part).
    low = data.lower()
    if "content-transfer-encoding: 8bit" in low:
        for cs in ("windows-1252", "iso-8859-1", "iso-8859-15"):
            if 'charset="%s"' % cs in low:
                return data.encode(cs)
    return data.encode("utf-8")


if __name__ == "__main__":
    main()
