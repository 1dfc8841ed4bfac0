# Generates the reply corpus (../*.eml and ../expected.json): python3 cases.py
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *
from clients import *

if os.path.isdir(OUT):
    for f in os.listdir(OUT):
        if f.endswith(".eml") or f == "expected.json":
            os.remove(os.path.join(OUT, f))

SIG_NL = "Met vriendelijke groet,\n\nJan Jansen\nTeamleider Burgerzaken\nGemeente Voorbeeld | Stadhuisplein 1 | 1234 AB Voorbeeld\nT 030 123 45 67 | M 06 12 34 56 78"
SIG_EN = "Kind regards,\n\nJan Jansen\nTeam lead Civil Affairs\nGemeente Voorbeeld"
DISCLAIMER = ("De informatie verzonden met dit e-mailbericht is uitsluitend bestemd voor de geadresseerde. "
              "Gebruik van deze informatie door anderen dan de geadresseerde is niet toegestaan. Wie niet akkoord "
              "gaat met deze voorwaarden, verzoeken wij dit bericht te verwijderen. Aan dit bericht kunnen geen "
              "rechten worden ontleend; een akkoord per e-mail is alleen geldig volgens het mandaatbesluit.")

# --- Outlook desktop (Windows, Word HTML) ---------------------------------
outlook_desktop("outlook_nl_akkoord", "Akkoord", {"decision": "approve"}, sig=SIG_NL)
outlook_desktop("outlook_nl_akkoord_remark", "Akkoord, graag voor vrijdag geregeld.", {"decision": "approve", "remark": "graag voor vrijdag geregeld."}, sig=SIG_NL)
outlook_desktop("outlook_nl_niet_akkoord", "Niet akkoord - te duur voor dit jaar.", {"decision": "reject", "remark": "te duur voor dit jaar."}, sig=SIG_NL, charset="windows-1252")
outlook_desktop("outlook_nl_geen_akkoord_cp1252", "Geen akkoord, te duur. Eerst een offerte van € 300 opvragen.", {"decision": "reject", "remark": "te duur. Eerst een offerte van € 300 opvragen."}, sig=SIG_NL, charset="windows-1252")
outlook_desktop("outlook_nl_question", "Hoi,\n\nIs dit akkoord? Ik dacht dat een werkplek in het contract zat.", {"decision": "none", "ambiguous": "question"}, sig="Groet,\nJan")
outlook_desktop("outlook_nl_conditional", "Akkoord, mits het onder de € 500 blijft.", {"decision": "none", "ambiguous": "conditional"}, sig=SIG_NL, charset="iso-8859-1")
outlook_desktop("outlook_nl_quote_only", "", {"decision": "none"})
outlook_desktop("outlook_nl_antw_original_message", "Ja, akkoord.", {"decision": "approve"}, prefix="Antw:", old_style=True, sig="Mvg,\nJan Jansen")
outlook_desktop("outlook_nl_disclaimer", "Akkoord.", {"decision": "approve"}, sig=SIG_NL + "\n\n" + DISCLAIMER)
outlook_desktop("outlook_nl_forward_question", "Karin,\n\nWil jij hier akkoord op geven? Ik ben tot maandag weg.", {"decision": "none", "ambiguous": "question"},
                subject=None, prefix="FW:", to="Karin de Vries <k.devries@gemeente-voorbeeld.nl>", sig="Groet,\nJan",
                extra=[("Cc", f"{SPOC_NAME} <{SPOC}>")])
# The writer's own decision in a forward that copies the SPOC address the request came from
# counts (blind corpora heldout19-21 label it so).
outlook_desktop("outlook_nl_forward_note_akkoord", "Ter info: ik heb hier akkoord op gegeven.", {"decision": "approve", "remark": "op gegeven."},
                prefix="FW:", to="Karin de Vries <k.devries@gemeente-voorbeeld.nl>", sig="Groet,\nJan", extra=[("Cc", f"{SPOC_NAME} <{SPOC}>")])
outlook_desktop("outlook_en_approved", "Approved. Please make sure it is done before the 1st.", {"decision": "approve", "remark": "Please make sure it is done before the 1st."}, lang="en", sig=SIG_EN)
outlook_desktop("outlook_en_not_approved", "Not approved - please resubmit with a quote from the supplier.", {"decision": "reject", "remark": "please resubmit with a quote from the supplier."}, lang="en", sig=SIG_EN)
outlook_desktop("outlook_nl_external_banner", "Akkoord", {"decision": "approve"}, sig=SIG_NL,
                banner_html='<div style="background-color:#FFEB9C;border:1px solid #9C6500;padding:2pt"><p class="MsoNormal">LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen bijlagen tenzij u de afzender herkent.</p></div>\n')
outlook_desktop("outlook_nl_hedged", "Ik denk dat het wel akkoord is.", {"decision": "none", "ambiguous": "hedged"}, sig="Groet,\nJan")
outlook_desktop("outlook_nl_not_at_start", "Beste Piet,\n\nIk heb de aanvraag besproken met Marieke en met de afdeling Financiën. "
                "Het budget voor werkplekken is dit jaar al grotendeels op, en volgens mij kan de nieuwe collega de eerste weken "
                "ook aan een flexplek werken. Marieke is akkoord met een flexplek voor de eerste weken.",
                {"decision": "none", "ambiguous": "not-at-start"}, sig=SIG_NL)
outlook_desktop("outlook_nl_greeting_reject", "Beste Piet,\n\nHier ga ik niet mee akkoord. De werkplek kan ook uit de voorraad.",
                {"decision": "reject", "remark": "De werkplek kan ook uit de voorraad."}, sig=SIG_NL)
outlook_desktop("outlook_nl_html_only_cp1252_b64", "Akkoord, kosten (€ 450) graag op kostenplaats 4711.",
                {"decision": "approve", "remark": "kosten (€ 450) graag op kostenplaats 4711."}, sig=SIG_NL, html_only=True, charset="windows-1252", cte="base64")
outlook_desktop("outlook_nl_mixed", "Akkoord voor de werkplek, niet akkoord voor de extra monitor.", {"decision": "none", "ambiguous": "mixed"}, sig=SIG_NL)

# --- Outlook on the web / new Outlook / mobile (divRplyFwdMsg) ------------
owa("owa_nl_akkoord", "Akkoord", {"decision": "approve"})
owa("owa_nl_html_only_remark", "Akkoord, graag de kosten (€ 450) op kostenplaats 4711 boeken.",
    {"decision": "approve", "remark": "graag de kosten (€ 450) op kostenplaats 4711 boeken."}, html_only=True)
owa("owa_nl_html_only_b64_niet_akkoord", "Niet akkoord. Dit valt onder het contract, dus geen meerwerk.",
    {"decision": "reject", "remark": "Dit valt onder het contract, dus geen meerwerk."}, html_only=True, charset="utf-8", cte="base64")
owa("owa_en_approved", "Approved, thanks!", {"decision": "approve"}, lang="en", charset="utf-8")
owa("new_outlook_nl_hoi_prima", "Hoi Piet,\n\nPrima, akkoord van mijn kant.\n\nGroet,\nJan", {"decision": "approve"}, charset="utf-8")
owa("outlook_ios_nl_akkoord", "Akkoord", {"decision": "approve"}, mobile="ios-nl", charset="utf-8", cte="base64")
owa("outlook_android_en_approved", "Approved", {"decision": "approve"}, mobile="android-en", lang="en", charset="utf-8", cte="base64")
owa("outlook_ios_nl_question", "Akkoord?", {"decision": "none", "ambiguous": "question"}, mobile="ios-nl", charset="utf-8", cte="base64")
owa("owa_nl_quote_only_html", "", {"decision": "none"}, html_only=True, charset="utf-8")
owa("owa_nl_deferred", "Even wachten a.u.b., ik moet dit eerst overleggen met de directeur.", {"decision": "none", "ambiguous": "deferred"}, charset="utf-8")

# --- Gmail -------------------------------------------------------------------
gmail("gmail_nl_akkoord", "Akkoord", {"decision": "approve"})
gmail("gmail_nl_ja_akkoord_remark", "Ja, akkoord. Graag in overleg met Marieke plannen.", {"decision": "approve", "remark": "Graag in overleg met Marieke plannen."})
gmail("gmail_nl_quote_only", "", {"decision": "none"})
gmail("gmail_en_approved", "Approved.", {"decision": "approve"}, lang="en")
gmail("gmail_en_conditional", "Approved if it stays below EUR 500.", {"decision": "none", "ambiguous": "conditional"}, lang="en")
gmail("gmail_nl_bottom_post", "Akkoord, graag snel.", {"decision": "approve", "remark": "graag snel."}, bottom=True)
gmail("gmail_nl_inline", "", {"decision": "approve"}, inline=(
    "> Schatting:   € 450,00 (meerwerk)\n\nDat is fors, maar het moet.\n\n"
    "> Antwoord \"akkoord\" om goed te keuren of \"niet akkoord\" om af te wijzen.\n\nAkkoord.\n\n"
    "> spocd-token: " + token("gmail_nl_inline")))
gmail("gmail_nl_mixed", "Ja en nee. De werkplek is prima, de extra monitor niet.", {"decision": "none", "ambiguous": "mixed"})
gmail("gmail_nl_b64_emoji", "Akkoord 👍", {"decision": "approve"}, cte="base64")
gmail("gmail_nl_not_yet", "Nog niet akkoord, eerst even overleggen met de afdeling.", {"decision": "none", "ambiguous": "not-yet"})
gmail("gmail_en_reject_no", "No, this should go through procurement.", {"decision": "reject", "remark": "this should go through procurement."}, lang="en")
gmail("gmail_nl_hierbij_akkoord", "Goedemorgen,\n\nHierbij akkoord.\n\nMet vriendelijke groet,\nJan Jansen", {"decision": "approve"})
gmail("gmail_nl_unwrapped_attr", "Niet goedgekeurd, dit hoort bij het basispakket.", {"decision": "reject", "remark": "dit hoort bij het basispakket."}, wrap=False)
gmail("gmail_nl_ok_only", "Ok", {"decision": "approve"})

# --- Apple Mail ---------------------------------------------------------------
apple_mac("apple_mac_nl_akkoord", "Akkoord", {"decision": "approve"})
apple_mac("apple_mac_en_rejected", "Rejected, we already have spare workstations.", {"decision": "reject", "remark": "we already have spare workstations."}, lang="en")
apple_iphone("apple_iphone_nl_akkoord", "Akkoord", {"decision": "approve"})
apple_iphone("apple_iphone_nl_niet_akkoord", "Niet akkoord, bel me even.", {"decision": "reject", "remark": "bel me even."})
apple_iphone("apple_iphone_en_approved", "Approved", {"decision": "approve"}, lang="en")
apple_iphone("apple_ipad_nl_question", "Moet ik hier akkoord op geven?", {"decision": "none", "ambiguous": "question"}, device="iPad", cte="base64")

# --- Thunderbird ----------------------------------------------------------------
thunderbird("thunderbird_nl_akkoord", "Akkoord.\n\nGroeten,\nJan", {"decision": "approve"})
thunderbird("thunderbird_nl_latin1_conditional", "Akkoord, maar alleen als het vóór 1 januari klaar is.", {"decision": "none", "ambiguous": "conditional"},
            charset="ISO-8859-1", cte="quoted-printable")
thunderbird("thunderbird_en_html_rejected", "Rejected: too expensive.", {"decision": "reject", "remark": "too expensive."}, lang="en", html=True)
thunderbird("thunderbird_nl_sig_dashes", "Akkoord\n\n-- \nJan Jansen\nGemeente Voorbeeld\nakkoord@gemeente-voorbeeld.nl", {"decision": "approve"})
thunderbird("roundcube_nl_akkoord", "Akkoord, graag snel regelen.", {"decision": "approve", "remark": "graag snel regelen."},
            attr=f"Op 2026-11-25 10:12, {SPOC_NAME} schreef:")

# --- Other clients ------------------------------------------------------------
def simple(name, headers, ctype, text, expect, cte="quoted-printable", charset="utf-8"):
    write(name, headers, ctype, enc_single(text, cte, charset), expect, cte=cte)

tok = token("samsung_nl_akkoord")
simple("samsung_nl_akkoord", reply_headers("samsung_nl_akkoord", "Jan Jansen <jan.jansen@kpnmail.nl>", f"Re: {req_subject(tok)}",
       "Wed, 25 Nov 2026 14:02:11 +0100", f"<{h('samsung',8)}.{h('s2',12)}@email.android.com>"),
       'text/plain; charset="utf-8"',
       "Akkoord\n\n\n\nVerzonden vanaf mijn Galaxy\n\n\n-------- Oorspronkelijk bericht --------\n"
       f"Van: {SPOC_NAME} <{SPOC}>\nDatum: 25-11-2026 10:12 (GMT+01:00)\nAan: Jan Jansen <jan.jansen@kpnmail.nl>\n"
       f"Onderwerp: {req_subject(tok)}\n\n{request_text(tok)}\n", {"decision": "approve"})

tok = token("mailto_prefilled_akkoord")
simple("mailto_prefilled_akkoord", reply_headers("mailto_prefilled_akkoord", '"Jansen, Jan" <j.jansen@gemeente-voorbeeld.nl>',
       f"RE: {req_subject(tok)}", "Wed, 25 Nov 2026 10:20:44 +0000",
       f"<AM0PR09MB{H('mailto1',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>", inreply=False,
       extra=[("Thread-Topic", req_subject(tok)), ("Content-Language", "nl-NL")]),
       'text/plain; charset="us-ascii"', "akkoord\n", {"decision": "approve"}, cte="7bit")

tok = token("mailto_prefilled_niet_akkoord")
simple("mailto_prefilled_niet_akkoord", reply_headers("mailto_prefilled_niet_akkoord", '"Jansen, Jan" <j.jansen@gemeente-voorbeeld.nl>',
       f"RE: {req_subject(tok)}", "Wed, 25 Nov 2026 10:22:01 +0000",
       f"<AM0PR09MB{H('mailto2',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>", inreply=False),
       'text/plain; charset="us-ascii"', "niet akkoord\n\nTe duur, eerst een offerte opvragen.\n\nJan\n",
       {"decision": "reject", "remark": "Te duur, eerst een offerte opvragen."}, cte="7bit")

tok = token("outlook_mac_nl_akkoord")
simple("outlook_mac_nl_akkoord", reply_headers("outlook_mac_nl_akkoord", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>",
       f"Re: {req_subject(tok)}", "Wed, 25 Nov 2026 15:30:00 +0100",
       f"<{H('omac',8)}-{H('omac2',4)}-{H('omac3',4)}-{H('omac4',4)}-{H('omac5',12)}@gemeente-voorbeeld.nl>",
       extra=[("Thread-Topic", req_subject(tok)), ("Thread-Index", "AQHbZ" + h("omac", 18) + "=="), ("User-Agent", "Microsoft-MacOutlook/16.91.24111020")]),
       'text/plain; charset="utf-8"',
       "Akkoord, ik heb het met Marieke besproken.\n\nGroet,\nJan\n\n"
       f"Van: {SPOC_NAME} <{SPOC}>\nDatum: woensdag, 25 november 2026 om 10:12\nAan: Jan Jansen <j.jansen@gemeente-voorbeeld.nl>\n"
       f"Onderwerp: {req_subject(tok)}\n\n{request_text(tok)}\n",
       {"decision": "approve", "remark": "ik heb het met Marieke besproken."})

# --- Automatic mail (ignored) -----------------------------------------------------
tok = token("ooo_exchange_nl")
simple("ooo_exchange_nl", [("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"),
       ("Subject", f"Automatisch antwoord: {req_subject(tok)}"), ("Thread-Topic", req_subject(tok)),
       ("Thread-Index", "AQHbZ" + h("ooo1", 18) + "=="), ("Date", "Wed, 25 Nov 2026 09:12:04 +0000"),
       ("Message-ID", f"<{H('ooo1',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>"), ("In-Reply-To", f"<{REQ_MSGID}>"),
       ("References", f"<{REQ_MSGID}>"), ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"),
       ("X-MS-Exchange-Inbox-Rules-Loop", "j.jansen@gemeente-voorbeeld.nl"), ("Content-Language", "nl-NL")],
       'text/plain; charset="iso-8859-1"',
       "Akkoord, ik ben afwezig tot en met vrijdag 4 december. Voor goedkeuringen kunt u terecht bij Karin de Vries "
       "(k.devries@gemeente-voorbeeld.nl).\n\nMet vriendelijke groet,\nJan Jansen\n",
       {"decision": "none", "ignore": "auto-reply"}, charset="iso-8859-1")

tok = token("ooo_exchange_en")
simple("ooo_exchange_en", [("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"),
       ("Subject", f"Automatic reply: {req_subject(tok, 'en')}"), ("Date", "Wed, 25 Nov 2026 09:12:04 +0000"),
       ("Message-ID", f"<{H('ooo2',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>"), ("In-Reply-To", f"<{REQ_MSGID}>"),
       ("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All"), ("Content-Language", "en-US")],
       'text/plain; charset="us-ascii"', "Approved requests will be handled when I am back on 4 December.\n",
       {"decision": "none", "ignore": "auto-reply"}, cte="7bit")

tok = token("ooo_gmail_vacation")
simple("ooo_gmail_vacation", [("MIME-Version", "1.0"), ("From", "Jan Jansen <jan.jansen.gv@gmail.com>"),
       ("To", f"spoc+{tok}@gemeente-voorbeeld.nl"), ("Subject", "Afwezig tot 4 december"),
       ("Date", "Wed, 25 Nov 2026 10:12:40 +0100"), ("Message-ID", f"<CAK{h('vac',40)}@mail.gmail.com>"),
       ("In-Reply-To", f"<{REQ_MSGID}>"), ("References", f"<{REQ_MSGID}>"), ("Auto-Submitted", "auto-replied"),
       ("Precedence", "bulk"), ("X-Autoreply", "yes")],
       'text/plain; charset="UTF-8"', "Akkoord? Ik ben op vakantie. Voor akkoord op meerwerk: mail Karin de Vries.\n",
       {"decision": "none", "ignore": "auto-reply"})

tok = token("read_receipt_outlook")
b = "----=_NextPart_000_0012_01DB3F1A.2B3C4D50"
rr = (f"--{b}\r\nContent-Type: text/plain; charset=\"iso-8859-1\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
      + qp(f"Uw bericht\n\n  Aan: Jansen, Jan\n  Onderwerp: {req_subject(tok)}\n  Verzonden: woensdag 25 november 2026 10:12:00 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen\n\nis gelezen op woensdag 25 november 2026 10:40:13 (UTC+01:00) Amsterdam, Berlijn, Bern, Rome, Stockholm, Wenen.\n", "iso-8859-1")
      + f"\r\n\r\n--{b}\r\nContent-Type: message/disposition-notification\r\n\r\nReporting-UA: AM0PR09MB4123.eurprd09.prod.outlook.com; Microsoft Exchange Server\r\n"
      f"Final-Recipient: rfc822; j.jansen@gemeente-voorbeeld.nl\r\nOriginal-Message-ID: <{REQ_MSGID}>\r\nDisposition: manual-action/MDN-sent-manually; displayed\r\n\r\n--{b}--\r\n")
write("read_receipt_outlook", [("From", '"Jansen, Jan" <j.jansen@gemeente-voorbeeld.nl>'), ("To", f"{SPOC_NAME} <{SPOC}>"),
      ("Subject", f"Gelezen: {req_subject(tok)}"), ("Date", "Wed, 25 Nov 2026 09:40:13 +0000"),
      ("Message-ID", f"<{H('rr',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>"), ("In-Reply-To", f"<{REQ_MSGID}>")],
      f'multipart/report; report-type=disposition-notification;\r\n\tboundary="{b}"', rr,
      {"decision": "none", "ignore": "auto-reply"})

tok = token("bounce_postfix")
b = "8D3F21C0A5.1764063120/mail.gemeente-voorbeeld.nl"
orig = (f"Return-Path: <{SPOC}>\r\nFrom: {SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>\r\nTo: Jan Jansen <j.jansen@oud-domein.nl>\r\n"
        f"Subject: {req_subject(tok)}\r\nMessage-ID: <{REQ_MSGID}>\r\nAuto-Submitted: auto-generated\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + request_text(tok).replace("\n", "\r\n"))
body = (f"This is a MIME-encapsulated message.\r\n\r\n--{b}\r\nContent-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mail.gemeente-voorbeeld.nl.\r\n\r\nI'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\nFor further assistance, please send mail to postmaster.\r\n\r\n"
        "If you do so, please include this problem report. You can\r\ndelete your own text from the attached returned message.\r\n\r\n"
        "                   The mail system\r\n\r\n<j.jansen@oud-domein.nl>: host mx.oud-domein.nl[192.0.2.25] said: 550 5.1.1\r\n"
        "    <j.jansen@oud-domein.nl>: Recipient address rejected: User unknown in\r\n    virtual mailbox table (in reply to RCPT TO command)\r\n\r\n"
        f"--{b}\r\nContent-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.gemeente-voorbeeld.nl\r\nX-Postfix-Queue-ID: 8D3F21C0A5\r\nX-Postfix-Sender: rfc822; spoc@gemeente-voorbeeld.nl\r\n"
        "Arrival-Date: Wed, 25 Nov 2026 10:12:00 +0100 (CET)\r\n\r\nFinal-Recipient: rfc822; j.jansen@oud-domein.nl\r\nOriginal-Recipient: rfc822;j.jansen@oud-domein.nl\r\n"
        "Action: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.oud-domein.nl\r\nDiagnostic-Code: smtp; 550 5.1.1 <j.jansen@oud-domein.nl>: Recipient\r\n"
        "    address rejected: User unknown in virtual mailbox table\r\n\r\n"
        f"--{b}\r\nContent-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{orig}\r\n\r\n--{b}--\r\n")
write("bounce_postfix", [("Return-Path", "<>"), ("Date", "Wed, 25 Nov 2026 10:12:03 +0100 (CET)"),
      ("From", "MAILER-DAEMON@mail.gemeente-voorbeeld.nl (Mail Delivery System)"), ("Subject", "Undelivered Mail Returned to Sender"),
      ("To", SPOC), ("Auto-Submitted", "auto-replied"), ("Message-Id", "<20261125091203.9A1B2C0A61@mail.gemeente-voorbeeld.nl>")],
      f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"', body, {"decision": "none", "ignore": "bounce"})

tok = token("bounce_exchange_nl")
b = "_e3f1a2b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b_"
html = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head><body>"
        "<p><b><font color=\"#000066\" size=\"3\" face=\"Arial\">Uw bericht naar k.devries@gemeente-voorbeeld.nl is niet bezorgd.</font></b></p>"
        "<p>Het postvak van de geadresseerde is vol.</p><p>Akkoord? Niet akkoord? Dit bericht is niet afgeleverd.</p></body></html>")
body = (f"--{b}\r\nContent-Type: multipart/alternative; differences=Content-Type;\r\n\tboundary=\"{b}alt_\"\r\n\r\n"
        f"--{b}alt_\r\nContent-Type: text/plain; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + b64("Uw bericht naar k.devries@gemeente-voorbeeld.nl is niet bezorgd.\n\nHet postvak van de geadresseerde is vol.\n")
        + f"\r\n\r\n--{b}alt_\r\nContent-Type: text/html; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n\r\n" + b64(html)
        + f"\r\n\r\n--{b}alt_--\r\n\r\n--{b}\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns;AM0PR09MB4123.eurprd09.prod.outlook.com\r\n"
        "Received-From-MTA: dns;AM0PR09MB4123.eurprd09.prod.outlook.com\r\nArrival-Date: Wed, 25 Nov 2026 09:12:00 +0000\r\n\r\n"
        "Final-Recipient: rfc822;k.devries@gemeente-voorbeeld.nl\r\nAction: failed\r\nStatus: 5.2.2\r\nDiagnostic-Code: smtp;554 5.2.2 mailbox full\r\n\r\n"
        f"--{b}\r\nContent-Type: text/rfc822-headers\r\n\r\nFrom: {SPOC_NAME} <{SPOC}>\r\nSubject: {req_subject(tok)}\r\nMessage-ID: <{REQ_MSGID}>\r\n\r\n--{b}--\r\n")
write("bounce_exchange_nl", [("From", "Microsoft Outlook\r\n\t<MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@gemeente-voorbeeld.nl>"),
      ("To", f"<{SPOC}>"), ("Subject", f"Onbestelbaar: {req_subject(tok)}"), ("Date", "Wed, 25 Nov 2026 09:12:05 +0000"),
      ("Message-ID", f"<{h('ndr',32)}@AM0PR09MB4123.eurprd09.prod.outlook.com>"), ("Auto-Submitted", "auto-replied"),
      ("X-MS-Exchange-Message-Is-Ndr", ""), ("Content-Language", "nl-NL")],
      f'multipart/report; report-type=delivery-status;\r\n\tboundary="{b}"', body, {"decision": "none", "ignore": "bounce"})

# --- Supplier replies -----------------------------------------------------------
SUP = "Servicedesk SSC ICT <servicedesk@ssc-ict.nl>"
def topdesk(name, subject, html_body, expect, date="Thu, 26 Nov 2026 08:15:02 +0100"):
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><style>body{{font-family:Arial;font-size:10pt}}</style></head>
<body><table width="100%" cellpadding="0" cellspacing="0"><tr><td><img src="cid:logo" alt="SSC ICT"></td></tr><tr><td>
{html_body}
<p>Met vriendelijke groet,<br>Servicedesk SSC ICT<br>T 088 123 45 00</p>
<p style="font-size:8pt;color:#808080">Dit is een automatisch gegenereerd bericht vanuit TOPdesk. U kunt op dit bericht reageren; uw reactie wordt toegevoegd aan de melding.</p>
</td></tr></table></body></html>
"""
    write(name, [("From", SUP), ("To", f"{SPOC_NAME} <{SPOC}>"), ("Subject", subject), ("Date", date),
                 ("Message-ID", f"<{h(name,24)}.topdesk@ssc-ict.nl>")],
          'text/html; charset="UTF-8"', enc_single(html, "quoted-printable"), expect, cte="quoted-printable")

topdesk("topdesk_gereed", "Melding M2611 0123 is gereed gemeld [SPOC-0042]",
        "<p>Geachte heer/mevrouw,</p><p>Uw melding M2611 0123 met als korte omschrijving 'SPOC-0042 Extra werkplek Burgerzaken' is gereed gemeld.</p>"
        "<p><b>Oplossing:</b> Werkplek geplaatst op kamer 2.14 en getest met de medewerker.</p>",
        {"status": "done", "remark": "Oplossing: Werkplek geplaatst op kamer 2.14 en getest met de medewerker."})
topdesk("topdesk_ingepland", "Melding M2611 0123 is ingepland [SPOC-0042]",
        "<p>Geachte heer/mevrouw,</p><p>Uw melding M2611 0123 is ingepland op donderdag 3 december 2026 tussen 09:00 en 12:00 uur.</p>"
        "<p>De monteur meldt zich bij de receptie.</p>",
        {"status": "scheduled", "date": "2026-12-03", "remark": "op donderdag 3 december 2026 tussen 09:00 en 12:00 uur.\nDe monteur meldt zich bij de receptie."})

simple("servicenow_resolved", [("From", "ICT Service Desk <ssc@ssc.service-now.com>"), ("To", SPOC),
       ("Subject", "Incident INC0012345 has been resolved [SPOC-0042]"), ("Date", "Thu, 26 Nov 2026 16:02:11 +0000"),
       ("Message-ID", "<1764172931334.0123456789@ssc.service-now.com>"), ("X-ServiceNow-Generated", "true")],
       'text/plain; charset="UTF-8"',
       "Hello SPOC Gemeente Voorbeeld,\n\nYour incident INC0012345 has been resolved.\n\nShort description: SPOC-0042 Extra werkplek Burgerzaken\n"
       "Resolution notes: Workstation installed and tested.\n\nIf you feel the issue has not been resolved, reply to this email within 5 days.\n\n"
       "Thank you,\nICT Service Desk\n\nRef:MSG0123456_7f3a9c2b1d4e5f60\n", {"status": "done", "remark": "Short description: SPOC-0042 Extra werkplek Burgerzaken\nResolution notes: Workstation installed and tested.\nIf you feel the issue has not been resolved, reply to this email within 5 days."})

simple("jira_status_done", [("From", "Piet Pieters (Jira) <jira@ssc-ict.atlassian.net>"), ("To", SPOC),
       ("Subject", "[JIRA] (SD-1234) SPOC-0042 Extra werkplek Burgerzaken"), ("Date", "Fri, 27 Nov 2026 09:45:00 +0000"),
       ("Message-ID", "<JIRA.104512.1764236700000@Atlassian.JIRA>"), ("In-Reply-To", "<JIRA.104512@Atlassian.JIRA>")],
       'text/plain; charset="UTF-8"',
       "Piet Pieters changed the status to Done.\n\nSD-1234 SPOC-0042 Extra werkplek Burgerzaken\nStatus: Waiting for support -> Done\n\n"
       "View request · Turn off this request's notifications\n\nThis is shared with SPOC Gemeente Voorbeeld.\n",
       {"status": "done", "remark": "SD-1234 SPOC-0042 Extra werkplek Burgerzaken\nStatus: Waiting for support -> Done\nView request · Turn off this request's notifications\nThis is shared with SPOC Gemeente Voorbeeld."})

def supplier_outlook(name, new, expect, date="Thu, 26 Nov 2026 09:05:00 +0000"):
    tok = None
    subj = "[SPOC-0042] Extra werkplek Burgerzaken"
    req = ("Beste Piet,\n\nNamens Gemeente Voorbeeld het volgende verzoek (goedgekeurd door Jan Jansen):\n\n"
           "Referentie:  SPOC-0042\nOmschrijving: Extra werkplek voor nieuwe medewerker\n\n"
           "Graag een reactie met \"ingepland\" (met datum) of \"gereed\".\n\nMet vriendelijke groet,\nSPOCd - Gemeente Voorbeeld")
    text = (new + "\n\nMet vriendelijke groet,\n\nPiet Pieters\nSPOC | SSC ICT\n\nVan: SPOC Gemeente Voorbeeld <spoc@gemeente-voorbeeld.nl>\n"
            "Verzonden: woensdag 25 november 2026 16:00\nAan: Pieters, Piet <p.pieters@ssc-ict.nl>\n"
            f"Onderwerp: {subj}\n\n{req}\n")
    write(name, [("From", '"Pieters, Piet" <p.pieters@ssc-ict.nl>'), ("To", f"{SPOC_NAME} <{SPOC}>"), ("Subject", "RE: " + subj),
                 ("Thread-Topic", subj), ("Thread-Index", "AQHbZ" + h(name, 18) + "=="), ("Date", date),
                 ("Message-ID", f"<AS8PR09MB{H(name,32)}@AS8PR09MB7788.eurprd09.prod.outlook.com>"),
                 ("In-Reply-To", "<spocd.f0rw4rd0042xy@gemeente-voorbeeld.nl>"), ("References", "<spocd.f0rw4rd0042xy@gemeente-voorbeeld.nl>"),
                 ("Content-Language", "nl-NL")],
          'text/plain; charset="iso-8859-1"', enc_single(text, "quoted-printable", "iso-8859-1"), expect, cte="quoted-printable")

supplier_outlook("supplier_ingepland_3_december", "Ingepland op 3 december, de monteur komt om 9:00.",
                 {"status": "scheduled", "date": "2026-12-03", "remark": "op 3 december, de monteur komt om 9:00."})
supplier_outlook("supplier_opgelost", "Opgelost. Graag even testen of alles werkt.", {"status": "done", "remark": "Graag even testen of alles werkt."})
supplier_outlook("supplier_nog_niet_gereed", "Nog niet gereed, de onderdelen zijn besteld.", {"ambiguous": "not-yet"})
supplier_outlook("supplier_gereed", "Gereed.", {"status": "done"})
supplier_outlook("supplier_question_approved", "Is dit al goedgekeurd? Ik zie geen akkoord in het ticket.", {"ambiguous": "mixed"})

# --- Requester replies -----------------------------------------------------------
for name, new, exp in [
    ("requester_cancel", "Annuleren graag, de medewerker komt toch niet.", {"status": "cancelled", "remark": "de medewerker komt toch niet."}),
    ("requester_cancel_question", "Kunnen we dit annuleren?", {"ambiguous": "question"}),
]:
    gmail(name, new, exp, frm="Marieke de Vries <m.devries@gemeente-voorbeeld.nl>")

# --- Short yes answers, lead-ins, refusals, inline answers, indentation quotes -------
outlook_desktop("outlook_nl_ja_doe_maar", "Ja, doe maar.", {"decision": "approve"}, sig=SIG_NL)
outlook_desktop("outlook_nl_geen_bezwaar", "Geen bezwaar.", {"decision": "approve"}, sig=SIG_NL)
outlook_desktop("outlook_nl_geen_bezwaar_niet_bevoegd", "Geen bezwaar, maar ik ben hier niet bevoegd voor. Vraag het even aan Karin.",
                {"decision": "none"}, sig="Groet,\nJan")
outlook_desktop("outlook_nl_namens_marieke", "Namens Marieke: akkoord. Zij heeft mij gevraagd dit tijdens haar verlof af te handelen.",
                {"decision": "approve", "remark": "Zij heeft mij gevraagd dit tijdens haar verlof af te handelen."},
                sig="Jan de Boer\nPlv. teamleider Burgerzaken", frm='"Boer, Jan de" <j.deboer@gemeente-voorbeeld.nl>')
outlook_desktop("outlook_nl_akkoord_mits", "Akkoord mits de oude werkplek wordt hergebruikt.", {"decision": "none", "ambiguous": "conditional"}, sig=SIG_NL)
outlook_desktop("outlook_nl_akkoord_maar_eerst", "Akkoord, maar eerst graag een offerte van de leverancier.", {"decision": "none", "ambiguous": "conditional"}, sig=SIG_NL)
outlook_desktop("outlook_nl_akkoord_deel", "Akkoord voor het deel tot € 300, de monitor niet.", {"decision": "none", "ambiguous": "mixed"}, sig=SIG_NL)
outlook_desktop("outlook_en_no_objection", "No objection.", {"decision": "approve"}, lang="en", sig=SIG_EN)
outlook_inline("outlook_nl_inline_zie_hieronder", "Zie hieronder.", ["[JJ] Akkoord, graag voor 1 december."],
               {"decision": "approve", "remark": "graag voor 1 december."}, sig="Jan")
outlook_inline("outlook_nl_inline_niet_akkoord", "Zie mijn reactie hieronder.", ["[JJ] Niet akkoord, er staat nog een werkplek op kamer 2.10."],
               {"decision": "reject", "remark": "er staat nog een werkplek op kamer 2.10."}, sig="Jan")
outlook_inline("outlook_nl_inline_niets_ingevuld", "Zie hieronder.", [], {"decision": "none"}, sig="Jan")
outlook_inline("outlook_nl_inline_mits", "Zie mijn antwoord in rood.", ["[JJ] Akkoord mits het binnen het budget van 2026 past."],
               {"decision": "none", "ambiguous": "conditional"}, sig="Jan")
owa("owa_nl_liever_niet", "Liever niet. Er zijn nog twee werkplekken vrij op de derde verdieping.",
    {"decision": "reject", "remark": "Er zijn nog twee werkplekken vrij op de derde verdieping."}, charset="utf-8")
owa("owa_nl_na_overleg_wethouder", "Na overleg met de wethouder: akkoord.", {"decision": "approve"}, charset="utf-8")
owa("owa_nl_niet_akkoord_eerst_overleggen", "Niet akkoord, eerst overleggen met Financiën.",
    {"decision": "reject", "remark": "eerst overleggen met Financiën."}, charset="utf-8")
owa("owa_en_fine_by_me", "Fine by me.", {"decision": "approve"}, lang="en", charset="utf-8", html_only=True)
owa("outlook_ios_nl_ja_hoor", "Ja hoor 👍", {"decision": "approve"}, mobile="ios-nl", charset="utf-8", cte="base64")
owa("outlook_android_en_go_ahead", "Go ahead.", {"decision": "approve"}, mobile="android-en", lang="en", charset="utf-8", cte="base64")
owa("outlook_ios_nl_thumbs_only", "👍", {"decision": "none", "ambiguous": "unclear"}, mobile="ios-nl", charset="utf-8", cte="base64")
gmail("gmail_nl_hoi_ja_prima", "Hoi,\n\nJa, prima.\n\nGroet,\nJan", {"decision": "approve"})
gmail("gmail_en_sounds_good_go_ahead", "Hi all,\n\nSounds good, go ahead.\n\nJan", {"decision": "approve"}, lang="en")
gmail("gmail_en_ok_but_first", "OK, but first check with finance whether the budget allows it.", {"decision": "none", "ambiguous": "deferred"}, lang="en")
gmail("gmail_nl_akkoord_al_geregeld", "Akkoord? Ik dacht dat dit al geregeld was.", {"decision": "none", "ambiguous": "question"})
gmail("gmail_nl_nee_dit_doen_we_niet", "Nee, dit doen we niet. De huidige werkplek volstaat.",
      {"decision": "reject", "remark": "dit doen we niet. De huidige werkplek volstaat."})
gmail("gmail_nl_zie_hieronder_niets", "Zie hieronder.", {"decision": "none"})
apple_iphone("apple_iphone_nl_eens", "Eens!", {"decision": "approve"})
apple_iphone("apple_iphone_nl_geen_bezwaar_als", "Geen bezwaar als het binnen het budget blijft.", {"decision": "none"})
apple_iphone("apple_iphone_en_please_hold_off", "No, please hold off.", {"decision": "reject", "remark": "please hold off."}, lang="en")
apple_mac("apple_mac_nl_dank_akkoord", "Dank voor het uitzoeken. Akkoord.", {"decision": "approve"})
thunderbird("thunderbird_nl_besproken_mt", "Besproken in het MT — akkoord.", {"decision": "approve"})
thunderbird("thunderbird_nl_nagevraagd_financien", "Ik heb het even nagevraagd bij financiën en het is akkoord.", {"decision": "approve"})
gt_inline("thunderbird_nl_inline_zie_hieronder", "Zie hieronder", ["Akkoord, graag op kamer 2.14."],
          {"decision": "approve", "remark": "graag op kamer 2.14."})
gt_inline("mutt_en_inline_approved", "", ["Approved."], {"decision": "approve"}, lang="en", anchor="Reply", client="mutt")
mailx("mailx_nl_tabquote_ja_doe_maar", "Ja, doe maar.", {"decision": "approve"})
mailx("mailx_nl_spacequote_wrote_niet_akkoord", "Niet akkoord, te duur.", {"decision": "reject", "remark": "te duur."},
      indent="  ", attr=f"{SPOC_NAME} wrote:")
mailx("mailx_nl_tabquote_quote_only", "", {"decision": "none"})

# --- A verbal OK, "Nee hoor", a thumbs-down, a refusal that concludes, a practical question
# after an approval, a remark about next time ---------------------------------------------
owa("owa_nl_ok_lowercase", "ok", {"decision": "approve"}, charset="utf-8")
apple_iphone("apple_iphone_nl_oke_duim", "Oké 👍", {"decision": "approve"})
gmail("gmail_nl_is_goed_groet", "Is goed.\n\nGroet,\nJan", {"decision": "approve"})
outlook_desktop("outlook_en_ok_to_proceed", "OK to proceed.", {"decision": "approve"}, lang="en", sig=SIG_EN)
gmail("gmail_en_sounds_good_thanks", "Hi,\n\nSounds good, thanks!\n\nJan", {"decision": "approve"}, lang="en")
mailx("mailx_en_ok_thanks", "Ok, thanks.\n\nJan", {"decision": "approve"}, lang="en")
thunderbird("thunderbird_nl_helder_only", "Helder.", {"decision": "none", "ambiguous": "unclear"})
owa("owa_en_noted_thanks", "Noted, thanks.", {"decision": "none"}, lang="en", charset="utf-8")
apple_iphone("apple_iphone_nl_duim_omlaag_reden", "👎 Te duur voor een werkplek die maar twee dagen per week gebruikt wordt.",
             {"decision": "reject", "remark": "Te duur voor een werkplek die maar twee dagen per week gebruikt wordt."})
owa("outlook_ios_nl_duim_omlaag", "👎", {"decision": "reject"}, mobile="ios-nl", charset="utf-8", cte="base64")
gmail("gmail_nl_nee_hoor_niet_nodig", "Nee hoor, niet nodig. Er staat nog een werkplek vrij op kamer 2.10.",
      {"decision": "reject", "remark": "niet nodig. Er staat nog een werkplek vrij op kamer 2.10."})
apple_mac("apple_mac_nl_nee_hoor_geen_probleem", "Nee hoor, geen probleem.", {"decision": "none"})
gt_inline("mutt_nl_inline_dus_niet_akkoord", "", ["Een nieuwe werkplek van € 450 terwijl er op kamer 2.10 nog een", "vrije werkplek staat, dat lijkt me overbodig.", "",
          "Dus: niet akkoord. Vraag Facilitair om die werkplek klaar te zetten."],
          {"decision": "reject", "remark": "Vraag Facilitair om die werkplek klaar te zetten."}, client="mutt")
thunderbird("thunderbird_nl_om_die_reden_niet_akkoord", "Deze werkplek staat niet in het werkplekkenplan voor 2026 en de afdeling heeft al twee flexplekken.\n\nOm die reden: niet akkoord.\n\nJan",
            {"decision": "reject"})
outlook_desktop("outlook_nl_dank_toelichting_akkoord_werkbon", "Hoi Marieke,\n\nDank voor de heldere toelichting. Ik ga akkoord. Wil je wel zorgen dat de leverancier de werkbon laat aftekenen?",
                {"decision": "approve", "remark": "Wil je wel zorgen dat de leverancier de werkbon laat aftekenen?"}, sig="Groet,\nJan")
owa("owa_en_approved_could_you_make_sure", "Approved. Could you make sure the invoice goes to cost centre 4711?",
    {"decision": "approve", "remark": "Could you make sure the invoice goes to cost centre 4711?"}, lang="en", charset="utf-8")
outlook_desktop("outlook_nl_akkoord_kan_het_goedkoper", "Ik ga akkoord. Kan het niet wat goedkoper?", {"decision": "none", "ambiguous": "question"}, sig=SIG_NL)
gmail("gmail_nl_akkoord_kun_je_eerst_offerte", "Akkoord. Kun je eerst nog een tweede offerte opvragen?", {"decision": "none", "ambiguous": "deferred"})
owa("outlook_ios_nl_oke_voor_nu_volgende_keer", "Oké voor nu, maar volgende keer graag eerder melden. Dit is al de tweede spoedaanvraag deze maand.",
    {"decision": "approve", "remark": "maar volgende keer graag eerder melden. Dit is al de tweede spoedaanvraag deze maand."},
    mobile="ios-nl", charset="utf-8", cte="base64")
apple_iphone("apple_iphone_nl_oke_voor_nu_maar_eerst", "Oké voor nu, maar eerst even checken bij Piet of het budget er is.", {"decision": "none", "ambiguous": "deferred"})

# --- Decision families by word (goedkeuren, afwijzen, akkoord gaan, toestemming, instemmen,
# fiat, "niet doen"; approve/decline/sign off) in any word order, a decision in a sentence of its
# own after context or before a practical remark, and their traps -------------------------------
outlook_desktop("outlook_nl_goedkeuring_verleend", "Goedkeuring verleend.", {"decision": "approve"}, sig="M.vr.gr.\n\nSietske Hiemstra")
owa("owa_nl_dit_keur_ik_niet_goed", "Hallo Piet,\n\nDit keur ik niet goed. Het budget voor werkplekken is op en dit is geen spoed.",
    {"decision": "reject", "remark": "Het budget voor werkplekken is op en dit is geen spoed."}, charset="utf-8")
gmail("gmail_nl_hierbij_wijs_ik_af", "Hierbij wijs ik het verzoek af. De werkplek kan uit de voorraad op kamer 2.10.", {"decision": "reject", "remark": "De werkplek kan uit de voorraad op kamer 2.10."})
apple_iphone("apple_iphone_nl_helaas_wijs_ik_af", "Helaas, dit wijs ik af. Er staat nog een vrije werkplek.", {"decision": "reject", "remark": "Er staat nog een vrije werkplek."})
thunderbird("thunderbird_nl_ik_keur_het_goed", "Ik keur het goed.\n\nJan", {"decision": "approve"})
outlook_desktop("outlook_nl_kan_ik_niet_goedkeuren", "Dit kan ik helaas niet goedkeuren, de afdeling heeft al twee flexplekken.", {"decision": "reject", "remark": "de afdeling heeft al twee flexplekken."}, sig=SIG_NL)
owa("owa_nl_ik_geef_toestemming", "Ik geef hierbij toestemming voor de extra werkplek.", {"decision": "approve", "remark": "voor de extra werkplek."}, charset="utf-8")
gmail("gmail_nl_je_hebt_mijn_akkoord", "Je hebt mijn akkoord, succes met de inrichting!", {"decision": "approve", "remark": "succes met de inrichting!"})
apple_mac("apple_mac_nl_geen_toestemming", "Geen toestemming, dit moet via het werkplekkenplan.", {"decision": "reject", "remark": "dit moet via het werkplekkenplan."})
outlook_desktop("outlook_nl_ik_stem_ermee_in", "Ik stem ermee in.", {"decision": "approve"}, sig=SIG_NL)
owa("outlook_ios_nl_nope_niet_doen", "Nope. Niet doen. Volgend jaar verhuist de afdeling toch.", {"decision": "reject", "remark": "Niet doen. Volgend jaar verhuist de afdeling toch."}, mobile="ios-nl", charset="utf-8", cte="base64")
gmail("gmail_nl_laat_maar", "Laat maar, we lossen het intern op.", {"decision": "reject", "remark": "we lossen het intern op."})
thunderbird("thunderbird_nl_fiat", "Fiat.\n\nGr. Jan", {"decision": "approve"})
outlook_desktop("outlook_nl_context_dus_akkoord", "Beste Piet,\n\nDank voor de toelichting. Vorig jaar hebben we dit ook uitgesteld en toen werd het veel duurder omdat we te lang wachtten.\n\nDus: akkoord. Laat het zo snel mogelijk inplannen.",
                {"decision": "approve", "remark": "Laat het zo snel mogelijk inplannen."}, sig=SIG_NL)
owa("owa_nl_context_zo_niet_akkoord", "Hallo,\n\nIk heb hier naar gekeken met Financiën. Het uurtarief klopt niet met het raamcontract. Zo ga ik dus niet akkoord.\n\nKun je de leverancier hierop aanspreken?",
    {"decision": "reject", "remark": "Kun je de leverancier hierop aanspreken?"}, charset="utf-8")
gmail("gmail_en_long_overdue_approved", "Hi Jan,\n\nThis is long overdue — approved. Let's also put the second floor on next year's budget.", {"decision": "approve", "remark": "Let's also put the second floor on next year's budget."}, lang="en")
gt_inline("mutt_en_approved_let_me_know", "Approved.\n\nIf the supplier finds the cabling is bad too, just let me know; no need to ask again for that.", [],
          {"decision": "approve", "remark": "If the supplier finds the cabling is bad too, just let me know; no need to ask again for that."}, lang="en", client="mutt")
owa("owa_en_no_not_approved_discuss", "No, not approved. We'll discuss it at the MT meeting.", {"decision": "reject", "remark": "not approved. We'll discuss it at the MT meeting."}, lang="en", charset="utf-8")
apple_iphone("apple_iphone_nl_prima_ga_je_gang_na_17", "Prima, ga je gang. Wel graag na 17:00 uur, anders staat de gang vol.", {"decision": "approve", "remark": "Wel graag na 17:00 uur, anders staat de gang vol."})
outlook_desktop("outlook_nl_akkoord_maar_sleutel_conciërge", "Hallo Marieke,\n\nAkkoord, maar laat de monteur wel eerst even bij de conciërge langsgaan voor de sleutel van kamer 2.10.",
                {"decision": "approve", "remark": "maar laat de monteur wel eerst even bij de conciërge langsgaan voor de sleutel van kamer 2.10."}, sig="Groet,\nJan")
outlook_desktop("outlook_en_you_have_my_approval", "You have my approval.", {"decision": "approve"}, lang="en", sig=SIG_EN)
gmail("gmail_en_i_decline", "I decline, we have spare desks on the third floor.", {"decision": "reject", "remark": "we have spare desks on the third floor."}, lang="en")
owa("owa_en_cant_approve", "Sorry, I can't approve this one. The budget for 2026 is spent.", {"decision": "reject", "remark": "this one. The budget for 2026 is spent."}, lang="en", charset="utf-8")
thunderbird("thunderbird_en_signed_off", "Signed off.\n\nJan", {"decision": "approve"}, lang="en")
apple_mac("apple_mac_en_lets_not", "Let's not. We're moving offices in spring anyway.", {"decision": "reject", "remark": "We're moving offices in spring anyway."}, lang="en")
# Traps.
outlook_desktop("outlook_nl_keur_goed_als", "Ik keur het goed als het onder de € 500 blijft.", {"decision": "none", "ambiguous": "conditional"}, sig=SIG_NL)
gmail("gmail_nl_niet_met_bedrag_wel_helft", "Ik ga niet akkoord met het bedrag, wel met de helft.", {"decision": "none", "ambiguous": "mixed"})
owa("owa_en_approved_question_already_done", "Approved? I thought this was already sorted last month.", {"decision": "none", "ambiguous": "question"}, lang="en", charset="utf-8")
apple_mac("apple_mac_nl_goedgekeurd_door_piet", "Dit is al goedgekeurd door Piet vorige week.", {"decision": "none", "ambiguous": "not-at-start"})
thunderbird("thunderbird_nl_hij_zei_akkoord", "Ik heb Karin gebeld. Ze zei: akkoord. Ik moet er zelf nog naar kijken.", {"decision": "none", "ambiguous": "deferred"})
gmail("gmail_nl_context_als_dan_akkoord", "Ik heb de offerte bekeken. Als de leverancier de prijs vasthoudt, is het goed.\n\nDus: akkoord.", {"decision": "none", "ambiguous": "not-at-start"})
outlook_desktop("outlook_nl_toestemming_nodig", "Hiervoor is toestemming nodig van de directeur, ik stuur het door.", {"decision": "none"}, sig=SIG_NL)
owa("owa_nl_akkoord_maar_eerst_offerte", "Akkoord, maar laat de leverancier eerst een tweede offerte maken.", {"decision": "none", "ambiguous": "deferred"}, charset="utf-8")
apple_iphone("apple_iphone_en_approve_once_quote", "I'll approve it once I have the second quote.", {"decision": "none", "ambiguous": "conditional"}, lang="en")
outlook_desktop("outlook_en_disclaimer_approved", "Thanks, I'll look at it on Monday.", {"decision": "none"}, lang="en",
                sig=SIG_EN + "\n\nThis e-mail and any attachments are confidential. Only approved recipients may read it; if you are not the intended recipient, delete it.")
gmail("gmail_nl_quoted_decision", "Je schreef eerder \"akkoord\", maar de offerte is inmiddels verhoogd. Ik wil eerst de nieuwe prijs zien.", {"decision": "none", "ambiguous": "not-at-start"})
owa("owa_nl_mijn_akkoord_volgt", "Mijn akkoord volgt na het overleg met Financiën donderdag.", {"decision": "none", "ambiguous": "deferred"}, charset="utf-8")
apple_mac("apple_mac_nl_ja_doe_maar_onder_500", "Ja, doe maar. Maar hou het onder de 500.", {"decision": "none"})

# Role "als", first-person decision sentences among context, impersonal permission and denial.
outlook_desktop("outlook_nl_als_budgethouder_akkoord", "Beste Sanne,\n\nAls budgethouder ga ik akkoord met de extra inhuur tot de zomer.", {"decision": "approve", "remark": "met de extra inhuur tot de zomer."}, sig=SIG_NL)
owa("owa_nl_als_directeur_geef_ik_akkoord", "Als directeur van sportcentrum De Vliet geef ik akkoord voor de vervanging van de douchekoppen.", {"decision": "approve", "remark": "voor de vervanging van de douchekoppen."}, charset="utf-8")
gmail("gmail_en_as_budget_holder_approve", "As budget holder I approve the extra licences.", {"decision": "approve", "remark": "the extra licences."}, lang="en")
thunderbird("thunderbird_nl_als_afdelingshoofd_stem_in", "Dank voor de toelichting. Als afdelingshoofd stem ik in met de cursus voor Ahmed.", {"decision": "approve", "remark": "met de cursus voor Ahmed."})
apple_mac("apple_mac_nl_als_directeur_niet_goedkeuren", "Als directeur kan ik dit niet goedkeuren. De verbouwing staat pas voor 2027 op de planning.", {"decision": "reject", "remark": "De verbouwing staat pas voor 2027 op de planning."})
outlook_desktop("outlook_nl_als_meerwerk_niet_akkoord", "Ik heb de offerte bekeken. De lekkage valt onder de garantie van de aannemer; als meerwerk ga ik hier niet mee akkoord.", {"decision": "reject"}, sig=SIG_NL)
gmail("gmail_nl_context_ik_ga_akkoord_offerte", "Ik ben gisteren zelf gaan kijken. De dakgoot hangt echt los en het regent bij de ingang naar binnen.\n\nIk ga akkoord met de offerte van de dakdekker.", {"decision": "approve", "remark": "met de offerte van de dakdekker."})
owa("owa_nl_ik_stem_in_dank", "Geachte collega's,\n\nIk stem in met de huur van de sporthal voor de open dag. Dank aan Youssef voor het uitzoeken.", {"decision": "approve", "remark": "met de huur van de sporthal voor de open dag. Dank aan Youssef voor het uitzoeken."}, charset="utf-8")
outlook_desktop("outlook_nl_namens_mt_akkoord_afstemmen", "Namens het MT ga ik akkoord met deze aanvraag.\n\nGraag wel even afstemmen met de receptie over de sleuteloverdracht.", {"decision": "approve", "remark": "met deze aanvraag.\nGraag wel even afstemmen met de receptie over de sleuteloverdracht."}, sig=SIG_NL)
thunderbird("thunderbird_nl_vanuit_control_keur_goed", "Vanuit Control geen bezwaar; ik keur de uitgave goed.\n\nLet wel op dat dit ten laste komt van het budget Onderhoud en niet van de post Onvoorzien.", {"decision": "approve", "remark": "Let wel op dat dit ten laste komt van het budget Onderhoud en niet van de post Onvoorzien."})
apple_iphone("apple_iphone_nl_kan_niet_wachten_stem_in", "De verwarming is nu al drie keer uitgevallen, dit kan echt niet wachten tot het voorjaar.\n\nIk stem in met de vervanging.", {"decision": "approve", "remark": "met de vervanging."})
gmail("gmail_nl_dit_kan_doorgaan_reden", "Dit kan doorgaan, zonder die keuring mogen we de tribune niet openstellen.\n\nHenk", {"decision": "approve", "remark": "zonder die keuring mogen we de tribune niet openstellen."})
owa("owa_nl_voor_mij_in_orde_mag_verstrekt", "Voor mij is dit in orde, de opdracht mag verstrekt worden.", {"decision": "approve", "remark": "de opdracht mag verstrekt worden."}, charset="utf-8")
outlook_desktop("outlook_nl_mag_besteld_worden", "Dank voor het uitzoeken.\n\nDe nieuwe koffieautomaat mag besteld worden.", {"decision": "approve"}, sig=SIG_NL)
apple_mac("apple_mac_nl_dit_gaat_niet_door", "Dit gaat niet door: de braderie is verplaatst naar het voorjaar en dan regelt de ondernemersvereniging het zelf.", {"decision": "reject", "remark": "de braderie is verplaatst naar het voorjaar en dan regelt de ondernemersvereniging het zelf."})
owa("owa_nl_niet_verstandig_en_niet_akkoord", "Dat lijkt me niet nodig en ik ga er dan ook niet mee akkoord. De oude printers doen het nog prima.", {"decision": "reject", "remark": "De oude printers doen het nog prima."}, charset="utf-8")
gmail("gmail_en_declining_only_one", "Hi Tom,\n\nI'm declining this one. Only two people can go to the fair this year and both places are taken.", {"decision": "reject", "remark": "this one. Only two people can go to the fair this year and both places are taken."}, lang="en")
thunderbird("thunderbird_en_rejected_we_agreed", "Rejected. We agreed last spring that team outings are paid from the staff fund, not from the department budget.", {"decision": "reject", "remark": "We agreed last spring that team outings are paid from the staff fund, not from the department budget."}, lang="en")
outlook_desktop("outlook_nl_na_overleg_ga_ik_akkoord", "Na overleg met de controller ga ik akkoord met dit verzoek. Het bedrag past binnen de begroting van Burgerzaken.", {"decision": "approve", "remark": "met dit verzoek. Het bedrag past binnen de begroting van Burgerzaken."}, sig=SIG_NL)
# Traps.
gmail("gmail_nl_als_binnen_budget_akkoord", "Als het binnen budget blijft, ga ik akkoord.", {"decision": "none", "ambiguous": "conditional"})
owa("owa_nl_als_directeur_akkoord_is", "Als de directeur akkoord is, ga ik ook akkoord.", {"decision": "none", "ambiguous": "conditional"}, charset="utf-8")
outlook_desktop("outlook_nl_ik_ga_akkoord_mits", "Ik heb de offerte bekeken.\n\nIk ga akkoord, mits de planning niet uitloopt.", {"decision": "none", "ambiguous": "conditional"}, sig=SIG_NL)
apple_iphone("apple_iphone_nl_kan_doorgaan_zodra_piet", "Dit kan doorgaan zodra Piet akkoord is.", {"decision": "none", "ambiguous": "conditional"})
thunderbird("thunderbird_nl_in_orde_finance_tekenen", "Voor mij is dit in orde, maar Finance moet nog tekenen.", {"decision": "none", "ambiguous": "conditional"})
gmail("gmail_nl_gaat_niet_door_tenzij", "Dit gaat niet door tenzij de vereniging de helft betaalt.", {"decision": "none", "ambiguous": "conditional"})
owa("owa_nl_ik_ga_akkoord_piet_ook_nog", "Ik heb het bekeken.\n\nIk ga akkoord met de offerte van de schilder.\n\nPiet moet het ook nog goedkeuren.", {"decision": "none", "ambiguous": "not-at-start"}, charset="utf-8")
apple_mac("apple_mac_nl_volgens_piet_akkoord", "Volgens Piet ga ik akkoord met de offerte, maar dat heb ik nooit gezegd.", {"decision": "none", "ambiguous": "not-at-start"})
outlook_desktop("outlook_nl_akkoord_helft_bedrag", "Ik heb het bekeken. Ik ga akkoord met de helft van het bedrag.", {"decision": "none", "ambiguous": "not-at-start"}, sig=SIG_NL)
gmail("gmail_en_declined_only_if", "Declined. Only if the price drops by half would I reconsider.", {"decision": "none", "ambiguous": "conditional"}, lang="en")
thunderbird("thunderbird_nl_ik_ga_akkoord_eerst_overleggen", "Ik ga akkoord met de offerte. Ik wil eerst nog even met Piet overleggen.", {"decision": "none", "ambiguous": "deferred"})
owa("owa_nl_kan_dit_doorgaan_vraag", "Kan dit doorgaan? Ik weet niet of er nog budget is.", {"decision": "none"}, charset="utf-8")
apple_iphone("apple_iphone_nl_als_budgethouder_als_onder", "Als budgethouder ga ik akkoord als het onder de 500 blijft.", {"decision": "none", "ambiguous": "conditional"})

# Opinion + go-ahead, source lead-ins, formal and passive decisions, refusal idioms,
# elliptic go-aheads, a verbal OK or a yes before a practical remark or request.
gmail("gmail_en_looks_fine_go_ahead", "Hi all,\n\nThis looks fine to me, go ahead.", {"decision": "approve"}, lang="en")
owa("owa_en_looks_reasonable_go_ahead", "This looks reasonable to me — go ahead.\n\nPriya", {"decision": "approve"}, charset="utf-8", lang="en")
apple_iphone("apple_iphone_nl_verstandig_dus_doen", "Hoi Jeroen,\n\nDat lijkt me verstandig, dus: doen. Laat je het wel weten als het onverhoopt meer gaat kosten?", {"decision": "approve", "remark": "Laat je het wel weten als het onverhoopt meer gaat kosten?"})
owa("owa_nl_top_graag_doen", "Top, graag doen 👍", {"decision": "approve"}, charset="utf-8")
gmail("gmail_nl_helemaal_goed_bestel_maar", "Helemaal goed, bestel maar.\n\nFreek", {"decision": "approve"})
outlook_desktop("outlook_nl_vanuit_mij_akkoord_raad", "Vanuit mij akkoord. Ik zit de rest van de dag in de raad, dus bellen lukt niet.", {"decision": "approve", "remark": "Ik zit de rest van de dag in de raad, dus bellen lukt niet."}, sig=SIG_NL)
thunderbird("thunderbird_nl_van_mij_mag_het_redelijk", "Hallo,\n\nvan mij mag het. Bedrag is redelijk voor wat er gevraagd wordt.", {"decision": "approve", "remark": "Bedrag is redelijk voor wat er gevraagd wordt."})
apple_mac("apple_mac_nl_wat_mij_betreft_akkoord", "Wat mij betreft akkoord.", {"decision": "approve"})
outlook_desktop("outlook_nl_deel_ik_u_mede_goedgekeurd", "Geachte mevrouw De Boer,\n\nIn antwoord op uw verzoek deel ik u mede dat het meerwerk is goedgekeurd. De uitvoering kan worden ingepland in week 49.", {"decision": "approve", "remark": "De uitvoering kan worden ingepland in week 49."}, sig=SIG_NL)
owa("owa_nl_niet_gehonoreerd", "Goedemiddag,\n\nDit verzoek wordt niet gehonoreerd. Catering voor interne overleggen komt niet ten laste van de afdeling.", {"decision": "reject", "remark": "Catering voor interne overleggen komt niet ten laste van de afdeling."}, charset="utf-8")
gmail("gmail_nl_subsidie_niet_toegekend", "De bijdrage wordt niet toegekend; het potje voor dit jaar is leeg.", {"decision": "reject", "remark": "het potje voor dit jaar is leeg."})
outlook_desktop("outlook_nl_context_hierbij_akkoord_offerte", "Beste Anouk,\n\nIk heb even met Facilitair overlegd over de lekkage. Het is duidelijk dat dit niet tot het nieuwe begrotingsjaar kan wachten, en het bedrag past nog binnen het onderhoudsbudget. Hierbij geef ik mijn akkoord op de offerte.", {"decision": "approve", "remark": "op de offerte."}, sig=SIG_NL)
outlook_desktop("outlook_en_happy_to_authorise", "Dear Mr Visser,\n\nThank you for the request. I am happy to authorise the additional work as described.", {"decision": "approve", "remark": "the additional work as described."}, sig=SIG_EN, lang="en")
thunderbird("thunderbird_nl_na_overleg_kan_ik_instemmen", "Beste Ilse,\n\nNa overleg met de controller kan ik instemmen met dit verzoek. Het bedrag past binnen de begroting 2026 van Burgerzaken.", {"decision": "approve", "remark": "met dit verzoek. Het bedrag past binnen de begroting 2026 van Burgerzaken."})
apple_mac("apple_mac_nl_daar_zeg_ik_nee_tegen", "Hallo Fatima,\n\nDaar zeg ik nee tegen. We verhuizen in het voorjaar naar het nieuwe gebouw.", {"decision": "reject", "remark": "We verhuizen in het voorjaar naar het nieuwe gebouw."})
gmail("gmail_nl_dit_wordt_hem_niet", "Sorry Joost, dit wordt hem niet. Er is al een goedkopere oplossing via de huismeester.", {"decision": "reject", "remark": "Er is al een goedkopere oplossing via de huismeester."})
apple_iphone("apple_iphone_nl_afwijzen_graag", "Afwijzen graag. Dit is eerder aangevraagd en toen ook afgewezen.", {"decision": "reject", "remark": "Dit is eerder aangevraagd en toen ook afgewezen."})
gmail("gmail_en_not_going_to_sign_off", "I'm not going to sign off on this one. The room was refurbished in March, so it should be under warranty.", {"decision": "reject", "remark": "on this one. The room was refurbished in March, so it should be under warranty."}, lang="en")
thunderbird("thunderbird_nl_kan_doorgaan_reden", "Kan doorgaan. De extra kosten zijn te verantwoorden gezien de klachten van de huurders.", {"decision": "approve", "remark": "De extra kosten zijn te verantwoorden gezien de klachten van de huurders."})
gmail("gmail_nl_geen_bezwaar_gaat_door", "Geen bezwaar, gaat door.\n\nErik", {"decision": "approve"})
owa("owa_nl_is_goed_raadscommissie", "Is goed. Ik zit de rest van de middag in de raadscommissie, dus eventuele vragen graag morgen.", {"decision": "approve", "remark": "Ik zit de rest van de middag in de raadscommissie, dus eventuele vragen graag morgen."}, charset="utf-8")
# Traps.
apple_mac("apple_mac_nl_verstandig_maar_eerst", "Dit lijkt me verstandig, maar eerst wil ik de tweede offerte zien.", {"decision": "none"})
gmail("gmail_nl_van_mij_mag_het_als_piet", "Van mij mag het, als Piet ook akkoord is.", {"decision": "none", "ambiguous": "conditional"})
thunderbird("thunderbird_nl_geen_nee_tegen_maar", "Daar zeg ik geen nee tegen, maar ik wil eerst weten wat het gaat kosten.", {"decision": "none"})
outlook_desktop("outlook_nl_meerwerk_moet_nog_goedgekeurd", "Het meerwerk moet nog worden goedgekeurd door de wethouder.", {"decision": "none", "ambiguous": "not-at-start"}, sig=SIG_NL)
gmail("gmail_en_happy_to_authorise_once", "I'd be happy to authorise it once the second quote is in.", {"decision": "none", "ambiguous": "conditional"}, lang="en")
apple_iphone("apple_iphone_nl_kan_doorgaan_vraag", "Kan doorgaan?", {"decision": "none", "ambiguous": "question"})
owa("owa_nl_is_goed_kijk_morgen", "Is goed, ik kijk er morgen naar.", {"decision": "none"}, charset="utf-8")
gmail("gmail_nl_ok_kijk_morgen", "Ok. Ik kijk er morgen naar.", {"decision": "none"})
thunderbird("thunderbird_nl_kan_pas_instemmen", "Ik kan pas instemmen met dit verzoek als de begrotingswijziging erdoor is.", {"decision": "none"})
apple_mac("apple_mac_nl_dit_lijkt_me_prima_alleen", "Dit lijkt me prima.", {"decision": "none", "ambiguous": "unclear"})

gmail("gmail_nl_helemaal_goed_oude_bak", "Helemaal goed, bestel maar. Die oude bak gaf al weken alleen nog heet water 😅", {"decision": "approve", "remark": "Die oude bak gaf al weken alleen nog heet water 😅"})
apple_iphone("apple_iphone_nl_bestel_maar_vorige_keer_alleen", "Ja, bestel maar. Vorige keer gaf de leverancier alleen de kleine.", {"decision": "none"})

json.dump(CASES, open(os.path.join(OUT, "expected.json"), "w"), indent=1, sort_keys=True, ensure_ascii=False)
print(len(CASES), "cases")
