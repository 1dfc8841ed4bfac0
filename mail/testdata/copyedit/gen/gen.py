import json, os, re, sys, urllib.parse, random
from datetime import timedelta
from lib import *
from clients import CLIENTS, Ctx
import os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus directory

OUT = os.environ.get("OUTDIR", os.path.join(BASE, "replies"))
BASELINE = bool(os.environ.get("BASELINE"))
SENTS = {k: Sent(v) for k, v in dict(P="nl-demo-piet", R="nl-demo-rianne", NR="nl-preview-request",
                                     NM="nl-preview-reminder", ER="en-preview-request",
                                     EC="en-preview-clarification").items()}
FAM = dict(P="D", R="D", NR="Q", NM="Q", ER="Q", EC="C")
LANGS = dict(P="nl", R="nl", NR="nl", NM="nl", ER="en", EC="en")

# ---------------------------------------------------------------- noise added on the way in
BANNER_NL = ("LET OP: deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen "
             "bijlagen, tenzij je de afzender herkent en weet dat de inhoud veilig is.")
BANNER_EN = ("CAUTION: This email originated from outside of the organization. Do not click links or open "
             "attachments unless you recognize the sender and know the content is safe.")


def banner_html(t, bg="#FFF4CE", fg="#000000"):
    return ('<table border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;border-collapse:collapse">'
            f'<tr><td style="background:{bg};border:1px solid #F2C811;padding:6px 10px;font-family:Arial,sans-serif;'
            f'font-size:12px;color:{fg};">{H.escape(t)}</td></tr></table>\n')


def first_contact(s, nl):
    if nl:
        t1, t2 = f"U ontvangt niet vaak e-mail van {s.from_addr}.", "Ontdek waarom dit belangrijk is"
    else:
        t1, t2 = f"You don't often get email from {s.from_addr}.", "Learn why this is important"
    h = ('<table border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width:100%">'
         '<tr><td style="padding:7px 2px 7px 2px;background-color:#A6A6A6"></td>'
         '<td width="100%" style="width:100%;background-color:#EAEAEA;padding:7px 5px 7px 15px;color:#212121;">'
         f'<div style="font-family:Segoe UI,sans-serif;font-size:12px">{H.escape(t1)} '
         f'<a href="https://aka.ms/LearnAboutSenderIdentification">{t2}</a></div></td></tr></table>\n')
    t = f"[{t1} {t2} at https://aka.ms/LearnAboutSenderIdentification ]\n\n" if not nl else \
        f"[{t1} {t2} op https://aka.ms/LearnAboutSenderIdentification ]\n\n"
    return h, t


def safelink(url, me):
    data = ("05|02|" + me + "|8c1f4e0a3b2d4c5e6f7a08b9c0d1e2f3|3a1b2c3d-4e5f-6071-8293-a4b5c6d7e8f9|0|0|"
            "638999235000000000|Unknown|TWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWV9|0|||")
    return ("https://eur01.safelinks.protection.outlook.com/?url=" + urllib.parse.quote(url, safe="") +
            "&data=" + urllib.parse.quote(data, safe="") + "&sdata=Vq3k8RrT0yZ2pXw5aQeHn7LmUc1oBfJd4sGi9tKv6A0%3D&reserved=0")


def received(s, noise):
    """The sent mail as it sat in the approver's mailbox (after gateways/Defender)."""
    frag, text, subj = s.frag, s.text, s.subject
    if "safelinks" in noise:
        def rep(m):
            sl = safelink(m.group(1), s.to_addr)
            return f'href="{H.escape(sl)}" originalsrc="{m.group(1)}" shash="Xk2v"'
        frag = re.sub(r'href="(https://spoc[^"]+)"', rep, frag)
        text = re.sub(r"(https://spoc\.\S+)", lambda m: safelink(m.group(1), s.to_addr), text.replace("=\n", ""))
    if "firstcontact" in noise or "firstcontact_nl" in noise:
        h, t = first_contact(s, "firstcontact_nl" in noise)
        frag, text = h + frag, t + text
    if "banner_nl" in noise:
        frag, text = banner_html(BANNER_NL) + frag, BANNER_NL + "\n\n" + text
    if "external" in noise:
        frag, text = banner_html(BANNER_EN, "#FDE7E9", "#A4262C") + frag, BANNER_EN + "\n\n" + text
        subj = "[EXTERNAL] " + subj
    return frag, text, subj


# ---------------------------------------------------------------- edits
RQ = "Graag koffie, thee en broodjes voor 40 personen,<br>\ndonderdag 12:00 in de raadzaal."
EDITS = {
    "red_niet": dict(
        Q=([("voor 40 personen,", 'voor 40 personen, <span style="color:red">NIET voor 40, alleen 20</span>')],
           [("voor 40 personen,", "voor 40 personen, NIET voor 40, alleen 20")]),
        D=([("voor 25 personen.", 'voor 25 personen. <span style="color:red">NIET voor 25, alleen 12</span>')],
           [("voor 25 personen.", "voor 25 personen. NIET voor 25, alleen 12")]),
        note="typed in red inside the request text: 'NIET voor N, alleen M'"),
    "amount": dict(Q=([("€ 480,00", "€ 240,00")], [("€ 480,00", "€ 240,00")]),
                   C=([("€ 480,00", "€ 240,00")], [("€ 480,00", "€ 240,00")]),
                   D=([("€ 150,00", "€ 100,00")], [("€ 150,00", "€ 100,00")]),
                   note="estimated amount changed in the copy (480->240 / 150->100)"),
    "count": dict(Q=([("voor 40 personen", "voor 20 personen")], [("voor 40 personen", "voor 20 personen")]),
                  D=([("voor 25 personen", "voor 15 personen")], [("voor 25 personen", "voor 15 personen")]),
                  note="number of people changed in the request (40->20 / 25->15)"),
    "line_insert": dict(
        Q=([("personen,<br>\n", 'personen,<br>\n<span style="color:red">alleen de koffie</span><br>\n')],
           [("personen,\n> ", "personen,\n> alleen de koffie\n> ")]),
        D=([("personen.<br>\n", 'personen.<br>\n<span style="color:#C00000">alleen de koffie, geen lunch</span><br>\n')],
           [("personen.\n", "personen.\n> alleen de koffie, geen lunch\n")]),
        note="new line inserted between the request's own lines ('alleen de koffie...')"),
    "initials": dict(
        Q=([("in de raadzaal.", 'in de raadzaal. <b><span style="color:#0070C0">[{I}: alleen donderdag]</span></b>')],
           [("in de raadzaal.", "in de raadzaal. [{I}: alleen donderdag]")]),
        D=([("voor 25 personen.", 'voor 25 personen. <b><span style="color:#0070C0">[{I}: max. 15 personen]</span></b>')],
           [("voor 25 personen.", "voor 25 personen. [{I}: max. 15 personen]")]),
        note="remark with the writer's initials typed inline in blue bold: '[XX: ...]'"),
    "under_hoe": dict(
        NL=([("alleen nog hoeft te versturen.</p>", 'alleen nog hoeft te versturen.</p>\n<p><b><span style="color:red">'
              'Akkoord, maar alleen voor koffie en thee.</span></b></p>')],
            [("en de reden.\n", "en de reden.\n\nAkkoord, maar alleen voor koffie en thee.\n")]),
        EN=([("only need to send.</p>", 'only need to send.</p>\n<p><span style="color:#C00000">'
              "Approved for coffee and tea only, no lunch.</span></p>")],
            [("and the reason.\n", "and the reason.\n\nApproved for coffee and tea only, no lunch.\n")]),
        note="conditional answer typed under the 'Hoe besluit je?'/'How to decide' block"),
    "struck": dict(
        Q=([("donderdag 12:00 in de raadzaal.", '<s>donderdag 12:00 in de raadzaal.</s> <span style="color:red">'
             "vrijdag 12:00 in zaal 2</span>")],
           [("donderdag 12:00 in de raadzaal.", "donderdag 12:00 in de raadzaal. -> vrijdag 12:00 in zaal 2")]),
        D=([("Donderdag vergadert", '<s>Donderdag</s> <span style="color:red">Woensdag</span> vergadert')],
           [("Donderdag vergadert", "Donderdag -> woensdag vergadert")]),
        note="line/word struck through and replacement typed next to it"),
    "niet": dict(Q=([("thee en broodjes", "thee en <b>NIET</b> broodjes")], [("thee en broodjes", "thee en NIET broodjes")]),
                 D=([("koffie en lunch voor 25", "koffie en <b>NIET</b> lunch voor 25")],
                    [("koffie en lunch voor 25", "koffie en NIET lunch voor 25")]),
                 note="'NIET' inserted in the request text"),
    "remark_after": dict(
        Q=([("in de raadzaal.</blockquote>", 'in de raadzaal.</blockquote>\n<p><span style="color:#C00000">'
             "Graag maximaal 2 uur, dan is het genoeg.</span></p>")],
           [("in de raadzaal.\n", "in de raadzaal.\n\nGraag maximaal 2 uur, dan is het genoeg.\n")]),
        D=([("Bob</blockquote>", 'Bob</blockquote>\n<p><span style="color:red">Bob: alleen lunch voor de raadsleden, '
             "niet voor de griffie.</span></p>")],
           [("> Bob\n", "> Bob\n\nBob: alleen lunch voor de raadsleden, niet voor de griffie.\n")]),
        note="remark typed right after the request's own text"),
    "status": dict(
        NL=([("wacht op akkoord</td>", "akkoord tot max. € 300</td>")],
            [("Status:      wacht op akkoord", "Status:      akkoord tot max. € 300")]),
        EN=([("awaiting approval</td>", "approved up to € 300 only</td>")],
            [("Status:      awaiting approval", "Status:      approved up to € 300 only")]),
        note="Status cell overwritten with a cap ('akkoord tot max. € 300')"),
    "subject_row": dict(
        NL=([("raadsvergadering</td>", "raadsvergadering (alleen koffie!)</td>")],
            [("Onderwerp:   Extra koffie en lunch voor de raadsvergadering",
              "Onderwerp:   Extra koffie en lunch voor de raadsvergadering (alleen koffie!)")]),
        EN=([("raadsvergadering</td>", "raadsvergadering (coffee only!)</td>")],
            [("Subject:     Extra koffie en lunch voor de raadsvergadering",
              "Subject:     Extra koffie en lunch voor de raadsvergadering (coffee only!)")]),
        note="remark added to the Onderwerp/Subject cell of the details table"),
    "day": dict(Q=([("donderdag 12:00", "woensdag 12:00")], [("donderdag 12:00", "woensdag 12:00")]),
                D=([("Donderdag vergadert", "Woensdag vergadert")], [("Donderdag vergadert", "Woensdag vergadert")]),
                note="day changed in the request (donderdag -> woensdag), no colour"),
    "en_extra": dict(
        Q=([("estimated <strong>€ 480,00</strong>", 'estimated <strong>€ 480,00</strong> <span style="color:red">'
             "-&gt; max € 300 please</span>")], [("estimated € 480,00", "estimated € 480,00 -> max € 300 please")]),
        C=([("estimated <strong>€ 480,00</strong>", 'estimated <strong>€ 480,00</strong> <span style="color:red">'
             "-&gt; max € 300 please</span>")], [("estimated € 480,00", "estimated € 480,00 -> max € 300 please")]),
        note="'-> max € 300 please' typed after the amount in the Extra work row"),
    "ec_read": dict(
        C=([("Wij plannen dit in voor donderdag.", 'Wij plannen dit in voor donderdag. <span style="color:red">'
             "Correction: Friday, not Thursday.</span>")],
           [("> Wij plannen dit in voor donderdag.", "> Wij plannen dit in voor donderdag. Correction: Friday, not Thursday.")]),
        note="correction typed inside the 'What we read' quote"),
    "angle": dict(
        Q=([("en broodjes", 'en broodjes <b><i><span style="color:#C00000">&lt;&lt;{I}: geen broodjes&gt;&gt;</span></i></b>')],
           [("en broodjes", "en broodjes <<{I}: geen broodjes>>")]),
        note="Outlook-style inline comment '<<XX: geen broodjes>>' in red bold italic"),
    "category": dict(
        NL=([("catering</td>", "catering, alleen koffie en thee</td>")],
            [("Categorie:   catering", "Categorie:   catering, alleen koffie en thee")]),
        EN=([("catering</td>", "catering, coffee and tea only</td>")],
            [("Category:    catering", "Category:    catering, coffee and tea only")]),
        note="Categorie/Category cell extended with a restriction"),
    "bob_inline": dict(
        D=([("Bob</blockquote>", 'Bob<br>\n<span style="color:red">{I}: ok, maar alleen tot 14:00</span></blockquote>')],
           [("> Bob\n", "> Bob\n> {I}: ok, maar alleen tot 14:00\n")]),
        note="line typed inside the request quote, under the requester's name"),
    "intro": dict(
        NL=([("Daarvoor is jouw akkoord nodig.", 'Daarvoor is jouw akkoord nodig. <span style="color:red">'
              "Alleen als het binnen het budget van de griffie past.</span>")],
            [("Daarvoor is jouw akkoord nodig.", "Daarvoor is jouw akkoord nodig. Alleen als het binnen het budget van de griffie past.")]),
        EN=([("It needs your approval.", 'It needs your approval. <span style="color:red">'
              "Only if it fits the council clerk's budget.</span>")],
            [("It needs your approval.", "It needs your approval. Only if it fits the council clerk's budget.")]),
        note="condition typed after the intro sentence of the request mail"),
}


def edit_for(key, code):
    e = EDITS[key]
    fam = FAM[code]
    lng = "NL" if LANGS[code] == "nl" else "EN"
    return e.get(fam) or e.get(lng), e["note"]


def apply(t, repls, ini, what):
    for old, new in repls:
        old2 = old.replace("=\n", "")
        assert old2 in t, (what, old2)
        t = t.replace(old2, new.replace("{I}", ini), 1)
    return t


# ---------------------------------------------------------------- entries
NL_TOPS = [["Akkoord."], ["Akkoord, prima."], ["akkoord"], ["Akkoord!", "", "Groet, {F}"], ["Akkoord.", "", "Met vriendelijke groet,", "{N}"],
           ["Akkoord, dank je.", "", "{F}"], ["Akkoord", "", "Groetjes {F}"]]
EN_TOPS = [["Approved, thanks."], ["Approved."], ["akkoord", "", "Kind regards,", "{N}"], ["Approved, thank you.", "", "{F}"]]

# (client, short, sent, edit or None, noise, extra)
ROWS = [
    # ---- Outlook desktop (12)
    ("outlook", "nl-plain-copy", "R", None, [], dict(charset="utf-8", cte="quoted-printable")),
    ("outlook", "nl-logo-sig", "P", None, ["logo"], dict(charset="windows-1252", cte="quoted-printable")),
    ("outlook", "nl-banner-disclaimer", "NR", None, ["banner_nl", "disclaimer_nl", "safelinks"], dict(charset="utf-8", cte="base64")),
    ("outlook", "en-firstcontact", "ER", None, ["firstcontact", "safelinks"], dict(charset="utf-8", cte="quoted-printable", lang="en")),
    ("outlook", "en-external-tag", "EC", None, ["external", "disclaimer_en"], dict(charset="windows-1252", cte="quoted-printable", lang="en")),
    ("outlook", "nl-reminder", "NM", None, ["safelinks"], dict(charset="utf-8", cte="quoted-printable", onprem=True)),
    ("outlook", "red-niet40", "NR", "red_niet", ["safelinks"], dict(charset="utf-8", cte="quoted-printable")),
    ("outlook", "amount-changed", "P", "amount", ["logo"], dict(charset="windows-1252", cte="quoted-printable")),
    ("outlook", "initials-inline", "NM", "initials", ["banner_nl"], dict(charset="utf-8", cte="quoted-printable")),
    ("outlook", "en-struck-line", "ER", "struck", ["firstcontact"], dict(charset="utf-8", cte="base64", lang="en")),
    ("outlook", "angle-comment", "NR", "angle", ["disclaimer_nl"], dict(charset="windows-1252", cte="quoted-printable")),
    ("outlook", "html-only-strike", "R", "HTML:strike", [], dict(charset="utf-8", cte="quoted-printable")),
    # ---- Outlook desktop, plain-text compose (2)
    ("outlookplain", "nl-oorspronkelijk", "NR", None, ["disclaimer_nl"], dict(charset="windows-1252", prefix="Antw: ")),
    ("outlookplain", "en-count-changed", "ER", "count", [], dict(charset="windows-1252", lang="en")),
    # ---- Outlook on the web (7)
    ("owa", "nl-untouched", "P", None, [], dict(cte="quoted-printable")),
    ("owa", "nl-safelinks-b64", "NR", None, ["safelinks", "firstcontact_nl"], dict(cte="base64")),
    ("owa", "en-external", "ER", None, ["external", "safelinks"], dict(cte="base64", lang="en")),
    ("owa", "subject-cell-disclaimer", "R", "subject_row", ["disclaimer_nl"], dict(cte="quoted-printable")),
    ("owa", "line-insert", "NR", "line_insert", ["safelinks"], dict(cte="base64")),
    ("owa", "status-cell", "R", "status", [], dict(cte="quoted-printable")),
    ("owa", "en-extra-amount", "EC", "en_extra", [], dict(cte="quoted-printable", lang="en")),
    # ---- new Outlook for Windows (6)
    ("newoutlook", "nl-untouched", "NM", None, ["safelinks"], dict(cte="base64")),
    ("newoutlook", "nl-banner", "P", None, ["banner_nl"], dict(cte="quoted-printable")),
    ("newoutlook", "en-clarification", "EC", None, [], dict(cte="quoted-printable", lang="en")),
    ("newoutlook", "niet-inserted", "R", "niet", [], dict(cte="quoted-printable")),
    ("newoutlook", "under-hoe-besluit", "NM", "under_hoe", ["banner_nl"], dict(cte="base64")),
    ("newoutlook", "en-intro-remark", "ER", "intro", ["firstcontact"], dict(cte="quoted-printable", lang="en")),
    # ---- Outlook for iOS / Android (6)
    ("outlookmobile", "ios-nl-untouched", "R", None, [], dict(cte="base64", platform="ios")),
    ("outlookmobile", "android-en", "ER", None, ["safelinks"], dict(cte="base64", platform="android", lang="en")),
    ("outlookmobile", "ios-nl-banner", "NM", None, ["banner_nl", "safelinks"], dict(cte="quoted-printable", platform="ios")),
    ("outlookmobile", "ios-count", "P", "count", [], dict(cte="base64", platform="ios")),
    ("outlookmobile", "android-remark-after", "NR", "remark_after", [], dict(cte="quoted-printable", platform="android")),
    ("outlookmobile", "ios-en-ec-read", "EC", "ec_read", [], dict(cte="base64", platform="ios", lang="en")),
    # ---- Gmail (8)
    ("gmail", "nl-untouched", "P", None, [], {}),
    ("gmail", "nl-signature-image", "NR", None, ["gsig"], {}),
    ("gmail", "en-untouched", "ER", None, [], dict(lang="en")),
    ("gmail", "en-clarification-disclaimer", "EC", None, ["disclaimer_en"], dict(lang="en")),
    ("gmail", "day-changed", "R", "day", [], {}),
    ("gmail", "category-cell", "NM", "category", ["gsig"], {}),
    ("gmail", "en-under-how", "ER", "under_hoe", [], dict(lang="en")),
    ("gmail", "plain-only-count", "NR", "PLAIN:count", [], {}),
    # ---- Apple Mail macOS (6)
    ("applemail", "nl-untouched", "R", None, [], {}),
    ("applemail", "en-untouched", "ER", None, ["firstcontact"], dict(lang="en")),
    ("applemail", "nl-reminder-disclaimer", "NM", None, ["disclaimer_nl"], {}),
    ("applemail", "bob-inline", "P", "bob_inline", [], {}),
    ("applemail", "subject-cell", "NR", "subject_row", [], {}),
    ("applemail", "en-amount", "EC", "amount", [], dict(lang="en")),
    # ---- iOS Mail (6)
    ("iosmail", "nl-untouched", "P", None, [], {}),
    ("iosmail", "nl-selection-only", "NR", None, ["selection"], {}),
    ("iosmail", "en-untouched", "ER", None, ["safelinks"], dict(lang="en")),
    ("iosmail", "line-insert", "R", "line_insert", [], {}),
    ("iosmail", "niet-broodjes", "NM", "niet", [], {}),
    ("iosmail", "en-count", "ER", "count", [], dict(lang="en")),
    # ---- Thunderbird HTML (4)
    ("thunderbird", "nl-untouched", "R", None, [], {}),
    ("thunderbird", "en-untouched", "EC", None, ["external"], dict(lang="en")),
    ("thunderbird", "initials", "P", "initials", [], {}),
    ("thunderbird", "html-only-word", "NM", "HTML:word", [], {}),
    # ---- Thunderbird plain text (3)
    ("tbplain", "nl-rewrapped", "NR", None, ["disclaimer_nl"], {}),
    ("tbplain", "en-rewrapped", "ER", None, [], dict(lang="en")),
    ("tbplain", "remark-after", "P", "remark_after", [], {}),
    # ---- Samsung Email (5)
    ("samsung", "nl-untouched", "P", None, [], {}),
    ("samsung", "nl-truncated-eas", "NR", None, ["truncate"], {}),
    ("samsung", "en-under-how", "ER", "under_hoe", [], dict(lang="en")),
    ("samsung", "red-niet", "R", "red_niet", [], {}),
    ("samsung", "struck-day", "NM", "struck", [], {}),
    # ---- K-9 / Thunderbird for Android (4)
    ("k9", "nl-html-untouched", "R", None, [], dict(k9name="k9")),
    ("k9", "nl-partial-download", "NM", None, ["truncate"], dict(k9name="tfa", plain=True)),
    ("k9", "plain-amount", "NR", "amount", [], dict(k9name="k9", plain=True)),
    ("k9", "html-day", "P", "day", [], dict(k9name="tfa")),
    # ---- Yahoo (4)
    ("yahoo", "nl-untouched", "NR", None, [], {}),
    ("yahoo", "en-untouched", "EC", None, [], dict(lang="en")),
    ("yahoo", "remark-after", "R", "remark_after", [], {}),
    ("yahoo", "en-category", "ER", "category", [], dict(lang="en")),
    # ---- Windows Mail (3)
    ("windowsmail", "nl-untouched", "P", None, [], {}),
    ("windowsmail", "nl-reminder", "NM", None, ["banner_nl"], {}),
    ("windowsmail", "intro-remark", "R", "intro", [], {}),
    # ---- mutt (4)
    ("mutt", "nl-untouched", "R", None, ["mutt_sig"], {}),
    ("mutt", "en-untouched", "ER", None, [], dict(lang="en")),
    ("mutt", "count", "P", "count", [], {}),
    ("mutt", "en-under-how", "EC", "under_hoe", ["mutt_sig"], dict(lang="en")),
]

# extra edited rows needed to reach 40 edited: more edits on Outlook family / Gmail
assert len(ROWS) == 80, len(ROWS)

NOTES_NOISE = dict(
    logo="Outlook signature with logo (multipart/related, cid image; text part shows [Logo ...])",
    banner_nl="gateway banner 'LET OP: ... buiten de organisatie' at the top of the received mail, so inside the copy",
    disclaimer_nl="own organisation's Dutch disclaimer appended at the bottom of the reply (after the copy)",
    disclaimer_en="own organisation's English disclaimer appended at the bottom of the reply (after the copy)",
    safelinks="Defender Safe Links rewrote the https link(s) in the received mail (href + originalsrc; text part shows the safelinks URL)",
    firstcontact="Microsoft first-contact safety tip 'You don't often get email from ...' injected at the top of the received mail",
    firstcontact_nl="Microsoft first-contact safety tip (Dutch) injected at the top of the received mail",
    external="'[EXTERNAL]' subject tag + red CAUTION banner added by the gateway (subject in the reply and in the quoted header carries the tag)",
    gsig="Gmail signature with a hosted logo image ([image: ...] in text part)",
    truncate="copy cut short by the client (only the first part of the body was downloaded/quoted)",
    selection="only the selected request text is quoted (iOS 'quote selected text')",
    mutt_sig="'-- ' signature below the quote",
)

CLIENT_DESC = dict(outlook="Outlook desktop (Word HTML + text/plain)", outlookplain="Outlook desktop plain-text reply",
                   owa="Outlook on the web", newoutlook="new Outlook for Windows", outlookmobile="Outlook for iOS/Android",
                   gmail="Gmail web", applemail="Apple Mail macOS", iosmail="iOS Mail", thunderbird="Thunderbird HTML",
                   tbplain="Thunderbird plain text (format=flowed, re-wrapped)", samsung="Samsung Email",
                   k9="K-9 Mail / Thunderbird for Android", yahoo="Yahoo Mail", windowsmail="Windows Mail",
                   mutt="mutt (text/plain, '>' quoting of the sent text/plain)")


def main():
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        os.remove(os.path.join(OUT, f))
    expected, meta = {}, {}
    rnd = random.Random(42)
    for i, (client, short, code, edit, noise, extra) in enumerate(ROWS, 1):
        s = SENTS[code]
        lang = extra.get("lang", "nl")
        ini = "".join(w[0] for w in s.me_name.split()).upper()
        fname = f"c{i:02d}-{client}-{short}.eml"
        if BASELINE:
            edit = None
        frag0, text0, subj = received(s, noise)
        frag, frag_txt, sent_text, rrep = frag0, frag0, text0, []
        kind, enote = None, ""
        if edit:
            if edit.startswith("HTML:"):
                kind = "html"
                if edit == "HTML:strike":
                    frag = frag.replace("graag koffie en lunch", "graag koffie en <s>lunch</s>", 1)
                    assert frag != frag0
                    enote = ("HTML part only: the word 'lunch' in the request is struck through (<s>); no word added. "
                             "Outlook's text/plain conversion drops strikethrough, so the text/plain copy is unchanged")
                else:
                    frag = frag.replace("in de raadzaal.", 'in de raadzaal. <span style="color:red">Alleen tot 14:00.</span>', 1)
                    assert frag != frag0
                    enote = ("HTML part only: 'Alleen tot 14:00.' typed after the request in the HTML copy; the text/plain "
                             "alternative still has the untouched copy (synthetic: text part generated from an earlier draft state)")
            elif edit.startswith("PLAIN:"):
                kind = "plain"
                (hr, tr), n = edit_for(edit[6:], code)
                rrep = [(o.replace("<br>\n", "\n"), nw) for o, nw in hr]
                enote = ("text/plain part only: " + n + " in the text/plain copy; the HTML copy is untouched "
                         "(synthetic: HTML and text alternatives disagree)")
            else:
                kind = "both"
                (hr, tr), enote = edit_for(edit, code)
                frag = apply(frag, hr, ini, fname)
                frag_txt = frag
                sent_text = apply(sent_text, tr, ini, fname)
                enote = enote.replace("XX", ini)
        tops = (EN_TOPS if lang == "en" else NL_TOPS)
        top = [l.replace("{F}", s.first).replace("{N}", s.me_name) for l in tops[rnd.randrange(len(tops))]]
        if "logo" in noise:
            top = ["Akkoord." if lang == "nl" else "Approved.", "", "Met vriendelijke groet," if lang == "nl" else "Kind regards,", "",
                   s.me_name, "Teamleider Facilitaire Zaken" if lang == "nl" else "Team lead Facilities", "<LOGO>",
                   "T 14 0123 | M 06 1234 5678"]
        # reply time: 6 min .. 2 days after the sent mail, office-ish
        when = s.date + timedelta(minutes=rnd.randint(6, 60 * 30))
        if not 7 <= when.astimezone(AMS).hour < 21:
            when += timedelta(hours=9)
        ctx = Ctx(seed=i, fname=fname, s=s, frag=frag, frag_txt=frag_txt, sent_text=sent_text, rtext_repl=rrep,
                  subj_seen=subj, top=top, lang=lang, when=when,
                  disclaimer=("nl" if "disclaimer_nl" in noise else "en" if "disclaimer_en" in noise else None),
                  charset=extra.get("charset", "utf-8"), cte=extra.get("cte", "quoted-printable"),
                  onprem=extra.get("onprem", False), prefix=extra.get("prefix"), platform=extra.get("platform", "ios"),
                  gsig="gsig" in noise, plain=extra.get("plain", False), k9name=extra.get("k9name", "k9"),
                  mutt_sig=(f"{s.me_name} | Gemeente Voorbeeld" if "mutt_sig" in noise else None),
                  truncate=None, selection=None, selection_txt=None)
        ctx.msgid = None
        if client in ("outlook", "outlookplain", "owa", "newoutlook", "outlookmobile"):
            from clients import exo_msgid
            ctx.msgid, ctx.exo = exo_msgid(ctx)
            if ctx.onprem:
                ctx.msgid = f"<{ctx.hexid(32).lower()}@EXMBX01.{s.to_addr.split('@')[1]}>"
        if "truncate" in noise:
            key = "Antwoord op deze mail" if client == "samsung" else "Of besluit op"
            pos = frag.index(key) + (9 if client == "samsung" else 0)
            ctx.truncate = pos
        if "selection" in noise:
            m = re.search(r"<blockquote[^>]*>(.*?)</blockquote>", frag, re.S)
            ctx.selection = m.group(1)
            ctx.selection_txt = m.group(1)
        if ctx.lang == "en" and client == "outlookplain":
            ctx.prefix = "RE: "
        data = CLIENTS[client](ctx)
        open(os.path.join(OUT, fname), "wb").write(data)
        nn = [NOTES_NOISE[x] for x in noise if x in NOTES_NOISE]
        note = (CLIENT_DESC[client] + ("; EDITED: " + enote if edit else "; copy untouched") +
                ("; noise: " + "; ".join(nn) if nn else ""))
        expected[fname] = {"sent": s.name + ".eml", "edited": bool(edit), "note": note}
        meta[fname] = dict(client=client, code=code, edit=edit, kind=kind, noise=noise, extra=extra, seed=i)
    if BASELINE:
        return
    json.dump(expected, open(os.path.join(BASE, "expected.json"), "w"), indent=2, ensure_ascii=False)
    json.dump(meta, open(os.path.join(BASE, "gen", "meta.json"), "w"), indent=1)
    print(len(expected), sum(v["edited"] for v in expected.values()))


if __name__ == "__main__":
    main()
