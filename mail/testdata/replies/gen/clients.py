from common import *
import hashlib

APPROVER = ("Jan Jansen", "j.jansen@gemeente-voorbeeld.nl")

def h(name, n=32):
    return hashlib.md5(name.encode()).hexdigest()[:n]

def H(name, n=32):
    return h(name, n).upper()

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def to_html_paras(text, cls=None):
    out = []
    for l in text.split("\n"):
        c = f' class="{cls}"' if cls else ""
        if l.strip() == "":
            out.append(f"<p{c}><o:p>&nbsp;</o:p></p>" if cls == "MsoNormal" else "<div><br></div>")
        else:
            if cls == "MsoNormal":
                out.append(f"<p{c}>{esc(l)}<o:p></o:p></p>")
            else:
                out.append(f"<div>{esc(l)}</div>")
    return "\n".join(out)

def reply_headers(name, frm, subject, date, msgid, to=None, extra=(), inreply=True):
    to = to or f"{SPOC_NAME} <spoc+{token(name)}@gemeente-voorbeeld.nl>"
    hs = [("From", frm), ("To", to), ("Subject", subject), ("Date", date), ("Message-ID", msgid)]
    if inreply:
        hs += [("In-Reply-To", f"<{REQ_MSGID}>"), ("References", f"<{REQ_MSGID}>")]
    return hs + list(extra)

OUTLOOK_STYLE = """<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.E-mailStijl18
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:70.85pt 70.85pt 70.85pt 70.85pt;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->"""

def outlook_header_block(tok, lang, to_name="Jansen, Jan <j.jansen@gemeente-voorbeeld.nl>", style="plain"):
    subj = req_subject(tok, lang)
    if lang == "en":
        rows = [("From", f"{SPOC_NAME} <{SPOC}>"), ("Sent", "Wednesday, November 25, 2026 10:12 AM"),
                ("To", to_name), ("Subject", subj)]
    else:
        rows = [("Van", f"{SPOC_NAME} <{SPOC}>"), ("Verzonden", REQ_DATE_NL), ("Aan", to_name), ("Onderwerp", subj)]
    if style == "html":
        return "<br>\n".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows)
    return "\n".join(f"{k}: {v}" for k, v in rows)

def outlook_desktop(name, new, expect, lang="nl", prefix="RE:", charset="utf-8", cte="quoted-printable",
                    frm=None, date="Wed, 25 Nov 2026 10:31:02 +0000", sig="", html_only=False, old_style=False,
                    subject=None, to=None, extra=(), banner_html=""):
    tok = token(name)
    frm = frm or '"Jansen, Jan" <j.jansen@gemeente-voorbeeld.nl>'
    subject = subject or f"{prefix} {req_subject(tok, lang)}"
    mid = f"<AM0PR09MB{H(name, 4)}{H(name + 'x', 28)}@AM0PR09MB{H(name, 4)}.eurprd09.prod.outlook.com>"
    req = request_text(tok, lang)
    body_new = new + (("\n\n" + sig) if sig else "")
    if old_style:
        sep = ("-----Original Message-----\n" if lang == "en" else "-----Oorspronkelijk bericht-----\n") + outlook_header_block(tok, lang)
    else:
        sep = outlook_header_block(tok, lang)
    text = f"{body_new}\n\n{sep}\n\n{req}\n"
    lang_attr = "EN-US" if lang == "en" else "NL"
    html = f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
{OUTLOOK_STYLE}
</head>
<body lang="{lang_attr}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
{banner_html}<div class="WordSection1">
{to_html_paras(body_new, "MsoNormal")}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{outlook_header_block(tok, lang, style="html")}<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{request_html(tok, lang)}
</div>
</body>
</html>
"""
    hs = reply_headers(name, frm, subject, date, mid, to=to, extra=[
        ("Thread-Topic", req_subject(tok, lang)),
        ("Thread-Index", "AQHbX" + h(name, 20) + "AAAB" + "=="),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL" if lang == "nl" else "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
        ("msip_labels", ""),
    ] + list(extra))
    if html_only:
        write(name, hs, f'text/html; charset="{charset}"', enc_single(html, cte, charset), expect, cte=cte)
        return
    b = f"_000_AM0PR09MB{H(name, 4)}{H(name + 'b', 24)}AM0PR09MB{H(name, 4)}eurp_"
    ct, body = multipart(b, [part("text/plain", text, cte, charset), part("text/html", html, cte, charset)])
    write(name, hs, ct, body, expect)

def owa(name, new, expect, lang="nl", charset="iso-8859-1", cte="quoted-printable", html_only=False,
        frm=None, date="Wed, 25 Nov 2026 11:02:47 +0000", mobile=None, sig_html="", subject=None, prefix="RE:"):
    """Outlook on the web / new Outlook / Outlook mobile (divRplyFwdMsg)."""
    tok = token(name)
    frm = frm or "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"
    subject = subject or f"{prefix} {req_subject(tok, lang)}"
    mid = f"<DB9PR09MB{H(name, 4)}{H(name + 'o', 28)}@DB9PR09MB{H(name, 4)}.eurprd09.prod.outlook.com>"
    req = request_text(tok, lang)
    mob_text = ""
    mob_html = ""
    if mobile == "ios-nl":
        mob_text = "\n\nOutlook voor iOS downloaden<https://aka.ms/o0ukef>"
        mob_html = '<div id="ms-outlook-mobile-signature"><div style="direction:ltr">Outlook voor iOS downloaden</div></div>'
    elif mobile == "android-en":
        mob_text = "\n\nGet Outlook for Android<https://aka.ms/AAb9ysg>"
        mob_html = '<div id="ms-outlook-mobile-signature"><div style="direction:ltr">Get <a href="https://aka.ms/AAb9ysg">Outlook for Android</a></div></div>'
    hdr_date = "Wednesday, November 25, 2026 10:12:31 AM" if mobile else REQ_DATE_NL
    if lang == "en":
        rows = [("From", f"{SPOC_NAME} <{SPOC}>"), ("Sent", "Wednesday, November 25, 2026 10:12 AM" if not mobile else hdr_date),
                ("To", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("Subject", req_subject(tok, lang))]
    else:
        rows = [("Van", f"{SPOC_NAME} <{SPOC}>"), ("Verzonden", hdr_date),
                ("Aan", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("Onderwerp", req_subject(tok, lang))]
    text = new + mob_text + "\n" + ("" if mobile else "\n") + "________________________________\n" + \
        "\n".join(f"{k}: {v}" for k, v in rows) + "\n\n" + req + "\n"
    new_html = "\n".join(
        f'<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">{esc(l) if l else "<br>"}</div>'
        for l in new.split("\n"))
    html = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}">
<style type="text/css" style="display:none;"> P {{margin-top:0;margin-bottom:0;}} </style>
</head>
<body dir="ltr">
{new_html}{sig_html}
<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">
<br>
</div>
{mob_html}
<div id="appendonsend"></div>
<hr style="display:inline-block;width:98%" tabindex="-1">
<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">{"<br>".join(f"<b>{k}:</b> {esc(v)}" for k, v in rows)}</font>
<div>&nbsp;</div>
</div>
<div>
{request_html(tok, lang)}
</div>
</body>
</html>
"""
    hs = reply_headers(name, frm, subject, date, mid, extra=[
        ("Thread-Topic", req_subject(tok, lang)),
        ("Thread-Index", "AQHbY" + h(name, 18) + "AAAC" + "=="),
        ("Accept-Language", "nl-NL, en-US"),
        ("Content-Language", "nl-NL" if lang == "nl" else "en-US"),
        ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", ""),
    ])
    if html_only:
        write(name, hs, f'text/html; charset="{charset}"', enc_single(html, cte, charset), expect, cte=cte)
        return
    b = f"_000_DB9PR09MB{H(name, 4)}{H(name + 'b', 24)}DB9PR09MB{H(name, 4)}eurp_"
    ct, body = multipart(b, [part("text/plain", text, cte, charset), part("text/html", html, cte, charset)])
    write(name, hs, ct, body, expect)

def gmail_attr(lang, wrap=True):
    if lang == "en":
        a = f"On Wed, Nov 25, 2026 at 10:12\u202fAM {SPOC_NAME} <{SPOC}> wrote:"
    else:
        a = f"Op wo 25 nov. 2026 om 10:12 schreef {SPOC_NAME} <{SPOC}>:"
    if wrap and len(a) > 78:
        i = a.index("<") + 1
        a = a[:i] + "\n" + a[i:]
    return a

def gmail(name, new, expect, lang="nl", cte="quoted-printable", frm=None, date="Wed, 25 Nov 2026 11:40:12 +0100",
          bottom=False, inline=None, new_html=None, wrap=True, quote_only=False):
    tok = token(name)
    frm = frm or "Jan Jansen <jan.jansen.gv@gmail.com>"
    subject = f"Re: {req_subject(tok, lang)}"
    mid = f"<CAK{h(name, 10)}x{h(name + 'g', 30)}@mail.gmail.com>"
    req = request_text(tok, lang)
    attr = gmail_attr(lang, wrap)
    attr_html = esc(gmail_attr(lang, False)).replace(esc(f"<{SPOC}>"), f'&lt;<a href="mailto:{SPOC}">{SPOC}</a>&gt;')
    if inline is not None:
        text = attr + "\n\n" + inline + "\n"
        quoted_html = esc(inline).replace("\n", "<br>\n")
        html = f'<div dir="ltr"><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr_html}<br></div>{quoted_html}</div></div>\n'
    elif bottom:
        text = attr + "\n\n" + quote_gt(req) + "\n\n" + new + "\n"
        html = f'<div dir="ltr"><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr_html}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{request_html(tok, lang)}</blockquote></div><div>{esc(new)}</div></div>\n'
    else:
        text = (new + "\n\n" if new else "") + attr + "\n\n" + quote_gt(req) + "\n"
        nh = new_html if new_html is not None else ("".join(f"<div>{esc(l) if l else '<br>'}</div>" for l in new.split("\n")) if new else "<br>")
        html = f'<div dir="ltr">{nh}</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">{attr_html}<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">{request_html(tok, lang)}</blockquote></div>\n'
    hs = [("MIME-Version", "1.0")] + reply_headers(name, frm, subject, date, mid)
    b = "000000000000" + h(name, 16)
    ct, body = multipart(b, [part("text/plain", text, cte, "UTF-8"), part("text/html", html, cte, "UTF-8")])
    write(name, hs, ct, body, expect)

def apple_mac(name, new, expect, lang="nl", date="Wed, 25 Nov 2026 12:05:33 +0100"):
    tok = token(name)
    subject = f"Re: {req_subject(tok, lang)}"
    mid = f"<{H(name,8)}-{H(name,4)}-{H(name,4)}-{H(name,4)}-{H(name,12)}@gemeente-voorbeeld.nl>"
    if lang == "en":
        attr = f"On 25 Nov 2026, at 10:12, {SPOC_NAME} <{SPOC}> wrote:"
    else:
        attr = f"Op 25 nov 2026, om 10:12 heeft {SPOC_NAME} <{SPOC}> het volgende geschreven:"
    text = new + "\n\n" + quote_gt(attr + "\n\n" + request_text(tok, lang)) + "\n\n"
    hs = [("Content-Type", "text/plain;\r\n\tcharset=utf-8"), ("Mime-Version", "1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"),
          ("Subject", subject), ("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"),
          ("In-Reply-To", f"<{REQ_MSGID}>"), ("Date", date), ("Cc", ""),
          ("Content-Transfer-Encoding", "quoted-printable"), ("Message-Id", mid),
          ("References", f"<{REQ_MSGID}>"), ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"),
          ("X-Mailer", "Apple Mail (2.3826.300.87.4.3)")]
    # Content-Type is among the headers already (Apple's order); write() adds its own, so build by hand.
    raw = "\r\n".join(f"{k}: {v}" for k, v in hs) + "\r\n\r\n" + qp(text)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(raw.encode())
    e = {"decision": "none", "status": None, "remark": None, "ignore": None}
    e.update(expect)
    CASES[name + ".eml"] = e

def apple_iphone(name, new, expect, lang="nl", device="iPhone", date="Wed, 25 Nov 2026 12:21:09 +0100", cte="quoted-printable"):
    tok = token(name)
    subject = f"Re: {req_subject(tok, lang)}"
    mid = f"<{H(name,8)}-{H(name,4)}-{H(name,4)}-{H(name,4)}-{H(name,12)}@gemeente-voorbeeld.nl>"
    if lang == "en":
        attr = f"On 25 Nov 2026, at 10:12, {SPOC_NAME} <{SPOC}> wrote:"
        sent = f"Sent from my {device}"
    else:
        attr = f"Op 25 nov 2026 om 10:12 heeft {SPOC_NAME} <{SPOC}> het volgende geschreven:"
        sent = f"Verstuurd vanaf mijn {device}"
    req = request_text(tok, lang)
    text = new + "\n\n" + sent + "\n\n" + quote_gt(attr + "\n\n\ufeff" + req) + "\n"
    html = f"""<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto"><div dir="ltr">{esc(new).replace(chr(10), '<br>')}</div><div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{sent}</div><div dir="ltr"><br><blockquote type="cite">{esc(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">\ufeff{request_html(tok, lang)}</div></blockquote></div></body></html>"""
    b = f"Apple-Mail-{H(name,8)}-{H(name,4)}-{H(name,4)}-{H(name,4)}-{H(name,12)}"
    hs = [("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("Mime-Version", "1.0 (1.0)"),
          ("Subject", subject), ("Date", date), ("Message-Id", mid), ("References", f"<{REQ_MSGID}>"),
          ("In-Reply-To", f"<{REQ_MSGID}>"), ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"),
          ("X-Mailer", f"{device} Mail (22B91)")]
    ct, body = multipart(b, [part("text/plain", text, cte, "utf-8"), part("text/html", html, cte, "utf-8")])
    write(name, hs, ct, body, expect)

def thunderbird(name, new, expect, lang="nl", charset="UTF-8", cte="8bit", html=False, date="Wed, 25 Nov 2026 13:14:55 +0100", attr=None):
    tok = token(name)
    subject = f"Re: {req_subject(tok, lang)}"
    mid = f"<{h(name,8)}-{h(name,4)}-{h(name,4)}-{h(name,4)}-{h(name,12)}@gemeente-voorbeeld.nl>"
    if attr is None:
        attr = f"Op 25-11-2026 om 10:12 schreef {SPOC_NAME}:" if lang == "nl" else f"On 25/11/2026 10:12, {SPOC_NAME} wrote:"
    req = request_text(tok, lang)
    hs = [("Message-ID", mid), ("Date", date), ("MIME-Version", "1.0"), ("User-Agent", "Mozilla Thunderbird"),
          ("Subject", subject), ("Content-Language", "nl" if lang == "nl" else "en-US"),
          ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"), ("References", f"<{REQ_MSGID}>"),
          ("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"), ("In-Reply-To", f"<{REQ_MSGID}>")]
    if html:
        body = f"""<!DOCTYPE html>
<html>
  <head>
    <meta http-equiv="Content-Type" content="text/html; charset={charset}">
  </head>
  <body>
    <p>{esc(new)}</p>
    <div class="moz-cite-prefix">{esc(attr)}<br>
    </div>
    <blockquote type="cite" cite="mid:{REQ_MSGID}">
{request_html(tok, lang)}
    </blockquote>
  </body>
</html>
"""
        write(name, hs, f"text/html; charset={charset}", enc_single(body, cte, charset.lower()), expect, cte=cte)
        return
    text = new + "\n\n" + attr + "\n" + quote_gt(req) + "\n"
    write(name, hs, f"text/plain; charset={charset}; format=flowed", enc_single(text, cte, charset.lower()), expect, cte=cte,
          encode_body=charset.lower())

# --- Answers typed into the quoted request, and quotes made by indentation ------
def insert_after(text, anchor, lines):
    """Inserts lines after the first line of text that starts with anchor."""
    out = []
    done = False
    for l in text.split("\n"):
        out.append(l)
        if not done and l.startswith(anchor):
            out.extend(lines)
            done = True
    return "\n".join(out)

def outlook_inline(name, top, inserted, expect, lang="nl", anchor="U kunt een opmerking", sig=""):
    """Outlook desktop, answer typed into the quoted request in red, marked with initials."""
    tok = token(name)
    frm = '"Jansen, Jan" <j.jansen@gemeente-voorbeeld.nl>'
    subject = f"RE: {req_subject(tok, lang)}"
    mid = f"<AM0PR09MB{H(name, 4)}{H(name + 'x', 28)}@AM0PR09MB{H(name, 4)}.eurprd09.prod.outlook.com>"
    req = request_text(tok, lang)
    body_new = top + (("\n\n" + sig) if sig else "")
    quoted = insert_after(req, anchor, [""] + inserted + [""]) if inserted else req
    text = f"{body_new}\n\n{outlook_header_block(tok, lang)}\n\n{quoted}\n"
    paras = []
    for l in quoted.split("\n"):
        if l in inserted:
            paras.append(f'<p class="MsoNormal"><span style="color:red">{esc(l)}</span><o:p></o:p></p>')
        elif l.strip() == "":
            paras.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            paras.append(f'<p class="MsoNormal">{esc(l)}<o:p></o:p></p>')
    html = f"""<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
{OUTLOOK_STYLE}
</head>
<body lang="NL" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
{to_html_paras(body_new, "MsoNormal")}
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<div>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal">{outlook_header_block(tok, lang, style="html")}<o:p></o:p></p>
</div>
</div>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
{chr(10).join(paras)}
</div>
</body>
</html>
"""
    hs = reply_headers(name, frm, subject, "Wed, 25 Nov 2026 10:48:19 +0000", mid, extra=[
        ("Thread-Topic", req_subject(tok, lang)), ("Thread-Index", "AQHbX" + h(name, 20) + "AAAB=="),
        ("Accept-Language", "nl-NL, en-US"), ("Content-Language", "nl-NL"), ("X-MS-Has-Attach", ""),
        ("X-MS-TNEF-Correlator", "")])
    b = f"_000_AM0PR09MB{H(name, 4)}{H(name + 'b', 24)}AM0PR09MB{H(name, 4)}eurp_"
    ct, body = multipart(b, [part("text/plain", text, "quoted-printable"), part("text/html", html, "quoted-printable")])
    write(name, hs, ct, body, expect)

def gt_inline(name, top, inserted, expect, lang="nl", anchor="Antwoord", client="thunderbird"):
    """Thunderbird or mutt: '>' quoting with the answer typed between the quoted lines."""
    tok = token(name)
    req = request_text(tok, lang)
    quoted = quote_gt(req)
    if inserted:
        quoted = insert_after(quoted, "> " + anchor, [""] + inserted + [""])
    if client == "mutt":
        attr = f"* {SPOC_NAME} <{SPOC}> [2026-11-25 10:12 +0100]:"
        ua = ("User-Agent", "NeoMutt/20240425")
        mid = f"<{h(name, 20)}@lap-jan.gemeente-voorbeeld.nl>"
    else:
        attr = f"Op 25-11-2026 om 10:12 schreef {SPOC_NAME}:"
        ua = ("User-Agent", "Mozilla Thunderbird")
        mid = f"<{h(name,8)}-{h(name,4)}-{h(name,4)}-{h(name,4)}-{h(name,12)}@gemeente-voorbeeld.nl>"
    text = (top + "\n\n" if top else "") + attr + "\n" + quoted + "\n"
    hs = [("Message-ID", mid), ("Date", "Wed, 25 Nov 2026 13:40:02 +0100"), ("MIME-Version", "1.0"), ua,
          ("Subject", f"Re: {req_subject(tok, lang)}"), ("To", f"{SPOC_NAME} <spoc+{tok}@gemeente-voorbeeld.nl>"),
          ("References", f"<{REQ_MSGID}>"), ("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"),
          ("In-Reply-To", f"<{REQ_MSGID}>")]
    write(name, hs, "text/plain; charset=utf-8", enc_single(text, "8bit"), expect, cte="8bit")

def mailx(name, new, expect, lang="nl", indent="\t", attr=None, bottom=True):
    """mailx / s-nail: the request quoted with a tab (or spaces), optionally under a bare
    "Name wrote:" line, the answer below or above it."""
    tok = token(name)
    quoted = "\n".join((indent + l) if l else "" for l in request_text(tok, lang).split("\n"))
    if attr:
        quoted = attr + "\n" + quoted
    if bottom:
        text = quoted + "\n\n" + new + "\n"
    else:
        text = new + "\n\n" + quoted + "\n"
    hs = [("Return-Path", "<j.jansen@gemeente-voorbeeld.nl>"), ("From", "Jan Jansen <j.jansen@gemeente-voorbeeld.nl>"),
          ("To", f"\"{SPOC_NAME}\" <spoc+{tok}@gemeente-voorbeeld.nl>"), ("Subject", f"Re: {req_subject(tok, lang)}"),
          ("Date", "Wed, 25 Nov 2026 14:05:31 +0100"), ("Message-ID", f"<{h(name, 16)}.mailx@mail.gemeente-voorbeeld.nl>"),
          ("In-Reply-To", f"<{REQ_MSGID}>"), ("References", f"<{REQ_MSGID}>"), ("User-Agent", "s-nail v14.9.24")]
    write(name, hs, "text/plain; charset=utf-8", enc_single(text, "8bit"), expect, cte="8bit")
