import random, re, uuid, html as H, hashlib, base64
from lib import *

E = H.escape


class Ctx:
    """Everything one reply needs. frag = received (+edited) HTML body fragment that the
    client quotes; frag_txt = fragment the client renders into its text/plain part;
    sent_text = received (+edited) text/plain of the sent mail (quoted by mutt)."""

    def __init__(self, **kw):
        self.__dict__.update(kw)
        self.rnd = random.Random(self.seed)

    def hexid(self, n):
        return "".join(self.rnd.choice("0123456789ABCDEF") for _ in range(n))

    def uuid(self):
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4)).upper()

    def rtext(self, t):
        for old, new in self.rtext_repl:
            assert old in t, (self.fname, old)
            t = t.replace(old, new, 1)
        return t


def exo_msgid(c):
    srv = c.rnd.choice(["AM9PR04MB8423", "DB9PR07MB7771", "PAXPR09MB6420", "AS8PR04MB9012"])
    return f"<{srv}{c.hexid(20)}@{srv}.eurprd0{srv[-1]}.prod.outlook.com>", srv


def thread_index(c):
    return base64.b64encode(bytes(c.rnd.getrandbits(8) for _ in range(22))).decode()


def headers(c, subj_prefix, msgid, extra_before=(), extra_after=(), date_offset="+0100"):
    s = c.s
    d = c.when.astimezone(AMS) if date_offset == "+0100" else c.when.astimezone(timezone.utc)
    h = list(extra_before)
    h.append(f"From: {addr(s.me_name, s.to_addr)}")
    h.append(f"To: {addr(s.rt_name, s.rt_addr)}")
    h.append(fold("Subject", subj_prefix + c.subj_seen))
    h.append(f"Date: {rfc(d)}")
    h.append(f"Message-ID: {msgid}")
    h.append(f"In-Reply-To: {s.msgid}")
    h.append(f"References: {s.msgid}")
    h.extend(extra_after)
    return h


def finish(h, body):
    msg = "\n".join(h) + "\n" + body
    msg = msg.replace("\r\n", "\n").rstrip("\n") + "\n"
    return msg.replace("\n", "\r\n").encode("utf-8")


def orig_from(s):
    return s.from_name, s.from_addr


def to_disp_outlook(s):
    return f"{s.to_name} <{s.to_addr}>" if s.to_name else f"{s.to_addr} <{s.to_addr}>"


def disclaimer(c):
    if not c.disclaimer:
        return "", ""
    if c.disclaimer == "nl":
        t = ("Dit bericht is uitsluitend bestemd voor de geadresseerde(n). Als dit bericht niet voor u "
             "bestemd is, wordt u verzocht de afzender hiervan op de hoogte te stellen door het bericht "
             "te retourneren en de inhoud niet te gebruiken. Gemeente Voorbeeld aanvaardt geen "
             "aansprakelijkheid voor schade, van welke aard ook, die verband houdt met risico's "
             "verbonden aan het elektronisch verzenden van berichten.")
    else:
        t = ("This e-mail is intended for the addressee(s) only. If you received it in error, please "
             "notify the sender and delete it. Gemeente Voorbeeld accepts no liability for damage of "
             "any kind resulting from the risks inherent in the electronic transmission of messages.")
    ht = f'<p style="font-family:Arial,sans-serif;font-size:8pt;color:#808080">{E(t)}</p>'
    return "\n\n" + ("_" * 40) + "\n" + t + "\n", ht


def with_disclaimer_html(html, dh):
    return html.replace("</body>", dh + "\n</body>") if dh else html


# ------------------------------------------------------------------ Word-ify
def wordify(frag):
    f = frag
    f = re.sub(r'style="([^"]*)"', lambda m: "style='" + m.group(1).replace("'", "&#39;") + "'", f)
    f = f.replace("<table ", "<table class=MsoNormalTable ")
    f = re.sub(r"(<td[^>]*>)(?!\s*<(?:p|table|div))(.*?)(</td>)",
               lambda m: m.group(1) + "\n<p class=MsoNormal>" + m.group(2) + "<o:p></o:p></p>\n" + m.group(3),
               f, flags=re.S)
    f = re.sub(r"<p style='", "<p class=MsoNormal style='", f)
    f = re.sub(r"(?<!<o:p></o:p>)</p>", "<o:p></o:p></p>", f)
    f = re.sub(r"<blockquote style='[^']*'>(.*?)</blockquote>",
               lambda m: "<div style='border:none;border-left:solid #D0D7DE 2.25pt;padding:0cm 0cm 0cm 9.0pt;"
                         "margin-left:0cm;margin-top:6.0pt;margin-right:0cm;margin-bottom:12.0pt'>\n"
                         "<p class=MsoNormal style='background:#F6F8FA'>" + m.group(1) + "<o:p></o:p></p>\n</div>",
               f, flags=re.S)
    f = f.replace("<strong>", "<b>").replace("</strong>", "</b>").replace("<em>", "<i>").replace("</em>", "</i>")
    f = f.replace("&middot;", "&#183;")
    f = f.replace(' role="presentation"', " role=presentation")
    return "<div align=center>\n" + f + "\n</div>" if f.startswith("<table") else f


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={cs}">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<!--[if !mso]><style>v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
w\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style><![endif]--><style><!--
/* Font Definitions */
@font-face
	{{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}}
@font-face
	{{font-family:Aptos;}}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;
	mso-fareast-language:EN-US;}}
a:link, span.MsoHyperlink
	{{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}}
span.EmailStyle20
	{{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}}
.MsoChpDefault
	{{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}}
@page WordSection1
	{{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
	{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]-->
</head>
<body lang="{lang}" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
"""


def top_html_word(lines):
    out = []
    for l in lines:
        if l == "":
            out.append("<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>")
        elif l.startswith("<img"):
            out.append("<p class=MsoNormal><span style='font-size:11.0pt'>" + l + "<o:p></o:p></span></p>")
        else:
            out.append("<p class=MsoNormal><span style='font-size:11.0pt'>" + E(l) + "<o:p></o:p></span></p>")
    return "\n".join(out)


def top_text(lines):
    return "\n".join("[Logo Gemeente Voorbeeld]" if l.startswith("<img") or l == "<LOGO>" else l for l in lines)


LOGO = '<img width=160 height=48 style=\'width:1.6666in;height:.5in\' id="Afbeelding_x0020_1" src="cid:{cid}" alt="Logo Gemeente Voorbeeld">'


# ------------------------------------------------------------------ Outlook desktop
def outlook_desktop(c):
    s = c.s
    en = c.lang == "en"
    cs = c.charset
    fn, fa = orig_from(s)
    L = ("From", "Sent", "To", "Subject") if en else ("Van", "Verzonden", "Aan", "Onderwerp")
    dstr = en_long(s.local) if en else nl_long(s.local)
    cid = f"image001.png@01DD{c.hexid(4)}.{c.hexid(8)}"
    top = [LOGO.format(cid=cid) if l == "<LOGO>" else l for l in c.top]
    hdr_html = (f"<div>\n<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
                f"<p class=MsoNormal><b><span lang={'EN-US' if en else 'NL'} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>{L[0]}:</span></b>"
                f"<span lang={'EN-US' if en else 'NL'} style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> {E(fn)} &lt;{fa}&gt; <br>\n"
                f"<b>{L[1]}:</b> {dstr}<br>\n<b>{L[2]}:</b> {E(to_disp_outlook(s))}<br>\n"
                f"<b>{L[3]}:</b> {E(c.subj_seen)}<o:p></o:p></span></p>\n</div>\n</div>\n"
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n")
    body_html = (WORD_HEAD.format(cs=cs, lang="EN-US" if en else "NL") + top_html_word(top) +
                 "\n<p class=MsoNormal><span style='font-size:11.0pt'><o:p>&nbsp;</o:p></span></p>\n" + hdr_html +
                 "<div style='background:#F4F5F7'>\n" + wordify(c.frag) + "\n</div>\n</div>\n</body>\n</html>\n")
    txt_q = c.rtext(render(c.frag_txt, cells="lines", link="outlook", img="outlook"))
    text = (top_text(c.top) + "\n\n" + f"{L[0]}: {fn} <{fa}> \n{L[1]}: {dstr}\n{L[2]}: {to_disp_outlook(s)}\n"
            f"{L[3]}: {c.subj_seen}\n\n" + txt_q + "\n")
            
    dt, dh = disclaimer(c)
    text += dt
    body_html = with_disclaimer_html(body_html, dh)
    alt_parts = [leaf("text/plain", text, cs, c.cte), leaf("text/html", body_html, cs, c.cte)]
    b1 = f"_000_{c.exo}{c.hexid(8)}_"
    if "<LOGO>" in c.top:
        b2 = f"_004_{c.exo}{c.hexid(8)}_"
        alt = multipart("alternative", b1, alt_parts)
        img = binleaf('image/png; name="image001.png"', tiny_png(1), (
            'Content-Description: image001.png', 'Content-Disposition: inline; filename="image001.png"; size=287;',
            f"Content-ID: <{cid}>"))
        body = multipart("related", b2, [alt, img], params=';\n\ttype="multipart/alternative"')
        hasatt = "yes"
    else:
        body = multipart("alternative", b1, alt_parts)
        hasatt = "no"
    msgid = c.msgid
    h = headers(c, "RE: ", msgid, date_offset="+0000", extra_after=[
        fold("Thread-Topic", c.subj_seen), f"Thread-Index: {thread_index(c)}",
        f"Accept-Language: {'en-US' if en else 'nl-NL'}, en-US", f"Content-Language: {'en-US' if en else 'nl-NL'}",
        f"X-MS-Has-Attach: {hasatt}", "X-MS-TNEF-Correlator:", "x-ms-exchange-organization-authas: Internal",
        "X-Mailer: Microsoft Outlook 16.0" if c.onprem else "", "MIME-Version: 1.0"])
    h = [x for x in h if x]
    return finish(h, body)


def outlook_plain(c):
    """Outlook desktop composing in plain-text format."""
    s = c.s
    en = c.lang == "en"
    fn, fa = orig_from(s)
    L = ("From", "Sent", "To", "Subject") if en else ("Van", "Verzonden", "Aan", "Onderwerp")
    sep = "-----Original Message-----" if en else "-----Oorspronkelijk bericht-----"
    dstr = en_long(s.local) if en else nl_long(s.local)
    txt_q = c.rtext(render(c.frag_txt, cells="tab", link="outlook", img="outlook"))
    text = (top_text(c.top) + "\n\n" + sep + f"\n{L[0]}: {fn} <{fa}> \n{L[1]}: {dstr}\n{L[2]}: {to_disp_outlook(s)}\n"
            f"{L[3]}: {c.subj_seen}\n\n" + txt_q + "\n")
    text = wrap(text, 76)
    dt, _ = disclaimer(c)
    text += dt
    body = leaf("text/plain", text, c.charset, "quoted-printable")
    h = headers(c, c.prefix or "RE: ", c.msgid, date_offset="+0000", extra_after=[
        fold("Thread-Topic", c.subj_seen), f"Thread-Index: {thread_index(c)}", "X-Mailer: Microsoft Outlook 16.0",
        f"Content-Language: {'en-us' if en else 'nl'}", "MIME-Version: 1.0"])
    return finish(h, body)


# ------------------------------------------------------------------ OWA / new Outlook / Outlook mobile
def owa_like(c, kind):
    s = c.s
    en = c.lang == "en"
    fn, fa = orig_from(s)
    L = ("From", "Sent", "To", "Subject") if en else ("Van", "Verzonden", "Aan", "Onderwerp")
    if kind == "mobile":
        dstr = (f"{en_long(s.local).replace(' AM', ':%02d AM' % s.local.second).replace(' PM', ':%02d PM' % s.local.second)}"
                if en else nl_long(s.local) + ":%02d" % s.local.second)
    else:
        dstr = en_long(s.local) if en else nl_long(s.local)
    font = ("Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if kind != "mobile"
            else "sans-serif")
    tops = "".join(
        f'<div class="elementToProof" style="font-family: {font}; font-size: 12pt; color: rgb(0, 0, 0);">'
        + (E(l) if l else "<br>") + "</div>\n" for l in c.top)
    hdr = (f'<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
           f"<b>{L[0]}:</b> {E(fn)} &lt;{fa}&gt;<br>\n<b>{L[1]}:</b> {dstr}<br>\n<b>{L[2]}:</b> {E(to_disp_outlook(s))}<br>\n"
           f"<b>{L[3]}:</b> {E(c.subj_seen)}</font>\n<div>&nbsp;</div>\n</div>\n")
    quoted = f'<div>\n<div style="{s.body_style}">\n{c.frag}\n</div>\n</div>\n'
    if kind == "mobile":
        plat = c.platform
        sig_txt = ({"ios": ("Get Outlook for iOS", "https://aka.ms/o0ukef"),
                    "android": ("Get Outlook for Android", "https://aka.ms/AAb9ysg")}[plat] if en else
                   {"ios": ("Outlook voor iOS downloaden", "https://aka.ms/o0ukef"),
                    "android": ("Outlook voor Android downloaden", "https://aka.ms/AAb9ysg")}[plat])
        pn = "iOS" if plat == "ios" else "Android"
        if en:
            sig_html = (f'<div id="ms-outlook-mobile-signature" dir="ltr">\n<div dir="ltr">Get <a href="{sig_txt[1]}">'
                        f'Outlook for {pn}</a></div>\n</div>\n')
            sig_plain = f"Get Outlook for {pn}<{sig_txt[1]}>"
        else:
            sig_html = (f'<div id="ms-outlook-mobile-signature" dir="ltr">\n<div dir="ltr"><a href="{sig_txt[1]}">'
                        f'Outlook voor {pn}</a> downloaden</div>\n</div>\n')
            sig_plain = f"Outlook voor {pn}<{sig_txt[1]}> downloaden"
        tops = "".join(f'<div dir="ltr">{E(l) if l else "<br>"}</div>\n' for l in c.top)
        html = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body>\n'
                + tops + '<div dir="ltr"><br>\n</div>\n' + sig_html +
                '<div id="mail-editor-reference-message-container" class="ms-outlook-mobile-reference-message" dir="ltr">\n'
                '<hr style="display:inline-block;width:98%" tabindex="-1">\n' + hdr + quoted + "</div>\n</body>\n</html>\n")
        top_plain = top_text(c.top) + "\n\n" + sig_plain + "\n"
    else:
        head = ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n<body dir="ltr">\n')
        html = (head + tops + '<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%" tabindex="-1">\n'
                + hdr + quoted + "</body>\n</html>\n")
        top_plain = top_text(c.top) + "\n"
    txt_q = c.rtext(render(c.frag_txt, cells="lines", link="outlook", img="outlook"))
    text = (top_plain + "_" * 32 + f"\n{L[0]}: {fn} <{fa}>\n{L[1]}: {dstr}\n{L[2]}: {to_disp_outlook(s)}\n"
            f"{L[3]}: {c.subj_seen}\n\n" + txt_q + "\n")
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = f"_000_{c.exo}{c.hexid(8)}_"
    body = multipart("alternative", b, [leaf("text/plain", text, "utf-8", c.cte), leaf("text/html", html, "utf-8", c.cte)])
    pre = "RE: " if kind != "mobile" else "Re: "
    h = headers(c, pre, c.msgid, date_offset="+0000", extra_after=[
        fold("Thread-Topic", c.subj_seen), f"Thread-Index: {thread_index(c)}",
        f"Accept-Language: {'en-US' if en else 'nl-NL'}, en-US", f"Content-Language: {'en-US' if en else 'nl-NL'}",
        "X-MS-Has-Attach:", "X-MS-TNEF-Correlator:", "MIME-Version: 1.0"])
    return finish(h, body)


def owa(c):
    return owa_like(c, "owa")


def new_outlook(c):
    return owa_like(c, "new")


def outlook_mobile(c):
    return owa_like(c, "mobile")


# ------------------------------------------------------------------ Gmail
NL_DAY3 = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MON3 = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def gmail(c):
    s = c.s
    fn, fa = orig_from(s)
    d = s.local
    if c.lang == "en":
        attr = f"On {d:%a}, {d:%b} {d.day}, {d.year} at {d.strftime('%I:%M %p').lstrip('0')} {fn} <{fa}> wrote:"
    else:
        attr = f"Op {NL_DAY3[d.weekday()]} {d.day} {NL_MON3[d.month-1]} {d.year} om {d:%H:%M} schreef {fn} <{fa}>:"
    attr_html = E(attr).replace(E(f"<{fa}>"), f'&lt;<a href="mailto:{fa}">{fa}</a>&gt;')
    if len(attr) > 78:
        i = attr.index("<") + 1
        attr_txt = attr[:i] + "\n" + attr[i:]
    else:
        attr_txt = attr
    sig_html, sig_txt = "", ""
    if c.gsig:
        sig_html = ('<div><br clear="all"></div><div><br></div><span class="gmail_signature_prefix">-- </span><br>'
                    '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">'
                    f'<div>{E(s.me_name)}</div><div>Gemeente Voorbeeld</div>'
                    '<div><img src="https://ci3.googleusercontent.com/mail-sig/AIorK4zK3vQ9x1yR2m8pLqT5uW7sN0bC4dE6fG8hJ1kM3nP5qR7tV9xZ" '
                    'width="120" height="36" alt="Gemeente Voorbeeld"><br></div></div></div>')
        sig_txt = f"\n\n-- \n{s.me_name}\nGemeente Voorbeeld\n[image: Gemeente Voorbeeld]"
    tops = E(c.top[0]) + "".join(f"<div>{E(l) if l else '<br>'}</div>" for l in c.top[1:])
    html = (f'<div dir="ltr">{tops}{sig_html}</div><br><div class="gmail_quote gmail_quote_container">'
            f'<div dir="ltr" class="gmail_attr">{attr_html}<br></div><blockquote class="gmail_quote" '
            f'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            f'<div><u></u>\n<div style="{s.body_style}">\n{c.frag}\n</div>\n\n</div></blockquote></div>\n')
    txt_q = c.rtext(render(c.frag_txt, cells="space", bold="*", link="paren", img="gmail", bq="> "))
    text = top_text(c.top) + sig_txt + "\n\n" + attr_txt + "\n\n" + quote(txt_q, "> ", ">") + "\n"
    dt, dh = disclaimer(c)
    text += dt
    html += dh
    b = "000000000000" + c.hexid(12).lower()
    body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                          leaf("text/html", html, "UTF-8", "quoted-printable")])
    mid = "<CA" + "".join(c.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_=-") for _ in range(52)) + "@mail.gmail.com>"
    h = ["MIME-Version: 1.0"] + headers(c, "Re: ", mid, date_offset="+0100")
    return finish(h, body)


# ------------------------------------------------------------------ Apple
def apple_attr(c, ios):
    s = c.s
    fn, fa = orig_from(s)
    d = s.local
    if c.lang == "en":
        return f"On {d.day} {d:%b} {d.year}, at {d:%H:%M}, {fn} <{fa}> wrote:"
    if ios:
        return f"Op {d.day} {NL_MON3[d.month-1]} {d.year} om {d:%H:%M} heeft {fn} <{fa}> het volgende geschreven:"
    return f"Op {d.day} {NL_MON3[d.month-1]} {d.year}, om {d:%H:%M} heeft {fn} <{fa}> het volgende geschreven:"


def apple_head_bits(s):
    return (f'<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{E(s.title)}</title>")


def apple_mail(c):
    s = c.s
    attr = apple_attr(c, False)
    tops = E(c.top[0]) + "".join(f"<div>{E(l) if l else '<br>'}</div>" for l in c.top[1:])
    frag = c.frag
    html = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">'
            f'{tops}<br id="lineBreakAtBeginningOfMessage"><div><br><blockquote type="cite"><div>{E(attr)}</div>'
            f'<br class="Apple-interchange-newline"><div>{apple_head_bits(s)}<div style="margin: 0px; padding: 0px; '
            f'background-color: rgb(244, 245, 247);">{frag}</div></div></blockquote></div><br></body></html>')
    txt_q = c.rtext(render(c.frag_txt, cells="tab", link="paren", img="none", bq="> "))
    text = top_text(c.top) + "\n\n" + quote(attr + "\n\n" + txt_q, "> ", "> ") + "\n\n"
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html.replace("</body>", "\n</body>"), dh)
    b = f"Apple-Mail=_{c.uuid()}"
    parts = ["Content-Type: text/plain;\n\tcharset=utf-8\n" + leaf("text/plain", text, "utf-8-bare", "quoted-printable"),
             "Content-Type: text/html;\n\tcharset=utf-8\n" + leaf("text/html", html, "utf-8-bare", "quoted-printable")]
    body = multipart("alternative", b, parts)
    mid = f"<{c.uuid()}@{s.to_addr.split('@')[1]}>"
    h = ["Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.400.131.1.6\\))"] + headers(c, "Re: ", mid) + \
        ["X-Mailer: Apple Mail (2.3826.400.131.1.6)"]
    return finish(h, body)


def ios_mail(c):
    s = c.s
    attr = apple_attr(c, True)
    sig = "Sent from my iPhone" if c.lang == "en" else "Verstuurd vanaf mijn iPhone"
    frag = c.frag
    if c.selection:  # user selected part of the text before tapping reply: only that part is quoted
        frag = c.selection
    tops = "".join(f'<div dir="ltr">{E(l) if l else "<br>"}</div>' for l in c.top)
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            f'{tops}<div dir="ltr"><br id="lineBreakAtBeginningOfSignature"><div dir="ltr">{sig}</div><div dir="ltr"><br>'
            f'<blockquote type="cite">{E(attr)}<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">\ufeff'
            + (apple_head_bits(s) + f'<div style="{s.body_style}">' if not c.selection else "")
            + frag + ("</div>" if not c.selection else "") + "</div></blockquote></body></html>")
    src = c.frag_txt if not c.selection else c.selection_txt
    txt_q = c.rtext(render(src, cells="tab", link="paren", img="none", bq="> "))
    text = top_text(c.top) + "\n\n" + sig + "\n\n" + quote(attr + "\n\n\ufeff" + txt_q, "> ", "> ") + "\n"
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = f"Apple-Mail-{c.uuid()}"
    parts = ["Content-Type: text/plain;\n\tcharset=utf-8\n" + leaf("text/plain", text, "utf-8-bare", "quoted-printable"),
             "Content-Type: text/html;\n\tcharset=utf-8\n" + leaf("text/html", html, "utf-8-bare", "quoted-printable")]
    body = multipart("alternative", b, parts)
    mid = f"<{c.uuid()}@{s.to_addr.split('@')[1]}>"
    h = headers(c, "Re: ", mid, extra_before=[]) + ["Mime-Version: 1.0 (1.0)", "X-Mailer: iPhone Mail (22B91)"]
    return finish(h, body)


# ------------------------------------------------------------------ Thunderbird
def tb_attr(c):
    s = c.s
    fn = s.from_name
    d = s.local
    if c.lang == "en":
        return f"On {d.month}/{d.day}/{d:%y} {d.strftime('%I:%M %p').lstrip('0')}, {fn} wrote:"
    return f"Op {d:%d-%m-%Y} om {d:%H:%M} schreef {fn}:"


def thunderbird(c):
    s = c.s
    attr = tb_attr(c)
    ps = "".join(f"    <p>{E(l)}</p>\n" if l else "" for l in c.top)
    html = ("<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\">\n"
            "  </head>\n  <body>\n" + ps +
            f'    <div class="moz-cite-prefix">{E(attr)}<br>\n    </div>\n'
            f'    <blockquote type="cite" cite="mid:{s.msgid.strip("<>")}">\n'
            '      <meta http-equiv="content-type" content="text/html; charset=UTF-8">\n'
            '      <meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f'      <title>{E(s.title)}</title>\n'
            f"      {c.frag}\n    </blockquote>\n  </body>\n</html>\n")
    txt_q = c.rtext(render(c.frag_txt, cells="space", bold="*", em="/", link="paren", img="none", bq="> "))
    txt_q = wrap(txt_q, 70, flowed=True)
    text = top_text(c.top) + "\n\n" + attr + "\n" + quote(txt_q, "> ", ">").replace("> > ", ">> ").replace("> >", ">>") + "\n"
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = "------------" + "".join(c.rnd.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(24))
    body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed"),
                                          leaf("text/html", html, "UTF-8", "8bit")],
                     preamble="This is a multi-part message in MIME format.")
    mid = f"<{c.uuid().lower()}@{s.to_addr.split('@')[1]}>"
    h = [f"Message-ID: {mid}", f"Date: {rfc(c.when.astimezone(AMS))}", "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird", f"Subject: Re: {c.subj_seen}",
         f"Content-Language: {'en-US' if c.lang=='en' else 'nl'}", f"To: {addr(s.rt_name, s.rt_addr)}",
         f"References: {s.msgid}", f"From: {addr(s.me_name, s.to_addr)}", f"In-Reply-To: {s.msgid}"]
    h[4] = fold("Subject", "Re: " + c.subj_seen)
    return finish(h, body)


def thunderbird_plain(c):
    s = c.s
    attr = tb_attr(c)
    txt_q = c.rtext(render(c.frag_txt, cells="space", bold="*", em="/", link="paren", img="none", bq="> "))
    txt_q = wrap(txt_q, 70, flowed=True)
    text = top_text(c.top) + "\n\n" + attr + "\n" + quote(txt_q, "> ", ">").replace("> > ", ">> ").replace("> >", ">>") + "\n"
    dt, _ = disclaimer(c)
    text += dt
    body = leaf("text/plain", text, "UTF-8", "8bit", params="; format=flowed")
    mid = f"<{c.uuid().lower()}@{s.to_addr.split('@')[1]}>"
    h = [f"Message-ID: {mid}", f"Date: {rfc(c.when.astimezone(AMS))}", "MIME-Version: 1.0",
         "User-Agent: Mozilla Thunderbird", fold("Subject", "Re: " + c.subj_seen),
         f"Content-Language: {'en-US' if c.lang=='en' else 'nl'}", f"To: {addr(s.rt_name, s.rt_addr)}",
         f"References: {s.msgid}", f"From: {addr(s.me_name, s.to_addr)}", f"In-Reply-To: {s.msgid}"]
    return finish(h, body)


# ------------------------------------------------------------------ Samsung Email
def samsung(c):
    s = c.s
    fn, fa = orig_from(s)
    d = s.local
    en = c.lang == "en"
    sig = "Sent from my Galaxy" if en else "Verzonden vanaf mijn Galaxy"
    if en:
        hd = ["-------- Original message --------", f"From: {fn} <{fa}> ",
              f"Date: {d.month}/{d.day}/{d:%y} {d:%H:%M} (GMT+01:00) ", f"To: {addr(s.to_name, s.to_addr)} ",
              f"Subject: {c.subj_seen} "]
    else:
        hd = ["-------- Oorspronkelijk bericht --------", f"Van: {fn} <{fa}> ",
              f"Datum: {d:%d-%m-%Y} {d:%H:%M} (GMT+01:00) ", f"Aan: {addr(s.to_name, s.to_addr)} ",
              f"Onderwerp: {c.subj_seen} "]
    frag, frag_txt = c.frag, c.frag_txt
    if c.truncate:  # EAS retrieval size: the client only has the first part of the HTML body
        frag = frag[:c.truncate]
        frag_txt = frag_txt[:c.truncate]
    tops = "".join(f'<div dir="auto">{E(l) if l else "<br>"}</div>' for l in c.top)
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body>'
            f'{tops}<div dir="auto"><br></div><div dir="auto"><br></div><div id="composer_signature" dir="auto">'
            f'<div style="font-size:85%;color:#575757" dir="auto">{sig}</div></div><div dir="auto"><br></div><div><br></div>'
            '<div align="left" dir="auto" style="font-size:100%;color:#000000">'
            + "".join(f"<div>{E(x)}</div>" for x in hd) + "<div><br></div></div>" + frag + "</body></html>")
    txt_q = c.rtext(render(frag_txt, cells="space", link="none", img="none"))
    text = top_text(c.top) + "\n\n\n" + sig + "\n\n" + "\n".join(hd) + "\n\n" + txt_q + "\n"
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = "--_com.samsung.android.email_" + str(c.rnd.randint(10**14, 10**15))
    body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "base64"),
                                          leaf("text/html", html, "UTF-8", "base64")])
    mid = f"<{''.join(c.rnd.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24))}.{int(c.when.timestamp()*1000)}@email.android.com>"
    pre = "Re: " if en else "Antw: "
    h = headers(c, pre, mid, date_offset="+0100") + ["MIME-Version: 1.0", "Importance: normal", "X-Priority: 3"]
    return finish(h, body)


# ------------------------------------------------------------------ K-9 / Thunderbird for Android
def k9(c):
    s = c.s
    fn, fa = orig_from(s)
    d = s.local
    if c.lang == "en":
        attr = f"On {d.day} {MON_EN[d.month-1]} {d.year} {d:%H:%M:%S} CET, {fn} <{fa}> wrote:"
    else:
        attr = f"Op {d.day} {MON_NL[d.month-1]} {d.year} {d:%H:%M:%S} CET schreef {fn} <{fa}>:"
    frag, frag_txt = c.frag, c.frag_txt
    if c.truncate:  # partially downloaded message: only the downloaded part is quoted
        frag, frag_txt = frag[:c.truncate], frag_txt[:c.truncate]
    txt_q = c.rtext(render(frag_txt, cells="lines", link="paren", img="none", bq=">"))
    sig = ("-- \nSent from my Android device with K-9 Mail. Please excuse my brevity." if c.lang == "en" else
           "-- \nVerstuurd vanaf mijn Android apparaat met K-9 Mail. Excuses voor mijn beknoptheid.")
    text = top_text(c.top) + "\n\n" + attr + "\n" + quote(txt_q, ">", ">") + "\n" + sig + "\n"
    dt, dh = disclaimer(c)
    text += dt
    mid = f"<{c.uuid()}@{s.to_addr.split('@')[1]}>"
    if c.plain:
        body = leaf("text/plain", text, "utf-8", "quoted-printable")
    else:
        html = ('<!DOCTYPE html><html><head></head><body><div dir="auto">'
                + "<br>".join(E(l) for l in c.top) +
                f'<br><br><div class="gmail_quote">{E(attr)}<blockquote class="gmail_quote" style="margin: 0pt 0pt 0pt 0.8ex; '
                f'border-left: 1px solid rgb(204, 204, 204); padding-left: 1ex;">\n{frag}\n</blockquote></div>'
                f'{E(sig).replace(chr(10), "<br>")}</div></body></html>')
        html = with_disclaimer_html(html, dh)
        b = "----" + "".join(c.rnd.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(32))
        body = multipart("alternative", b, [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                              leaf("text/html", html, "utf-8", "quoted-printable")])
    h = headers(c, "Re: ", mid, extra_before=[], date_offset="+0100") + [
        "User-Agent: K-9 Mail for Android" if c.k9name == "k9" else "User-Agent: Thunderbird for Android",
        "MIME-Version: 1.0"]
    return finish(h, body)


# ------------------------------------------------------------------ Yahoo
def yahoo(c):
    s = c.s
    fn, fa = orig_from(s)
    d = s.local
    if c.lang == "en":
        attr = f"On {DAYS_EN[d.weekday()]}, {d.day} {MON_EN[d.month-1]} {d.year} at {d:%H:%M:%S} CET, {fn} <{fa}> wrote:"
    else:
        attr = f"Op {DAYS_NL[d.weekday()]} {d.day} {MON_NL[d.month-1]} {d.year} om {d:%H:%M:%S} CET schreef {fn} <{fa}>:"
    p = "ydp" + c.hexid(8).lower()
    tops = "".join(f'<div dir="ltr" data-setdir="false">{E(l) if l else "<br>"}</div>' for l in c.top)
    frag_y = re.sub(r'id="', f'id="{p}yiv', c.frag)
    html = ('<html><head></head><body><div class="' + p + 'yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, '
            'Arial, sans-serif;font-size:13px;"><div></div>\n        ' + tops + '<div><br></div>\n        \n        </div><div id="'
            + p + 'yahoo_quoted_' + str(c.rnd.randint(10**9, 10**10)) + '" class="' + p + 'yahoo_quoted">\n'
            '            <div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n'
            '                \n                <div>\n                    ' + E(attr) + '\n                </div>\n'
            '                <div><br></div>\n                <div><br></div>\n                <div><div id="' + p + 'yiv'
            + str(c.rnd.randint(10**9, 10**10)) + '"><div>' + frag_y + '</div></div></div>\n            </div>\n        </div></body></html>')
    txt_q = c.rtext(render(c.frag_txt, cells="space", link="none", img="none"))
    text = top_text(c.top) + "\n\n    " + attr + "  \n \n \n" + "\n".join(" " + l for l in txt_q.split("\n")) + "  \n"
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = f"----=_Part_{c.rnd.randint(10**6, 10**7)}_{c.rnd.randint(10**8, 10**9)}.{int(c.when.timestamp()*1000)}"
    body = multipart("alternative", b, [leaf("text/plain", text, "UTF-8", "quoted-printable"),
                                          leaf("text/html", html, "UTF-8", "quoted-printable")])
    mid = f"<{c.rnd.randint(10**8,10**9)}.{c.rnd.randint(10**6,10**7)}.{int(c.when.timestamp()*1000)}@mail.yahoo.com>"
    h = headers(c, "Re: ", mid, date_offset="+0000") + [
        "MIME-Version: 1.0", "X-Mailer: WebService/1.1.24562 YMailNorrin"]
    return finish(h, body)


# ------------------------------------------------------------------ Windows Mail
def windows_mail(c):
    s = c.s
    en = c.lang == "en"
    fn, fa = orig_from(s)
    L = ("From", "Sent", "To", "Subject") if en else ("Van", "Verzonden", "Aan", "Onderwerp")
    dstr = en_long(s.local) if en else nl_long(s.local)
    sig_h = ('Sent from <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> for Windows' if en else
             'Verzonden vanuit <a href="https://go.microsoft.com/fwlink/?LinkId=550986">Mail</a> voor Windows')
    sig_t = ("Sent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows" if en else
             "Verzonden vanuit Mail<https://go.microsoft.com/fwlink/?LinkId=550986> voor Windows")
    to_h = f'<a href="mailto:{s.to_addr}">{E(s.to_name or s.to_addr)}</a>'
    html = (WORD_HEAD.format(cs="utf-8", lang="EN-US" if en else "NL").replace('link="#467886" vlink="#96607D" ', 'link="blue" vlink="#954F72" ')
            + "".join(f"<p class=MsoNormal>{E(l)}<o:p></o:p></p>\n" if l else "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" for l in c.top)
            + "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + f"<p class=MsoNormal>{sig_h}<o:p></o:p></p>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n"
            "<div style='mso-element:para-border-div;border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n"
            f"<p class=MsoNormal style='border:none;padding:0cm'><b>{L[0]}: </b><a href=\"mailto:{fa}\">{E(fn)}</a><br>"
            f"<b>{L[1]}: </b>{dstr}<br><b>{L[2]}: </b>{to_h}<br><b>{L[3]}: </b>{E(c.subj_seen)}</p>\n</div>\n"
            "<p class=MsoNormal><o:p>&nbsp;</o:p></p>\n" + wordify(c.frag) + "\n</div>\n</body>\n</html>\n")
    txt_q = c.rtext(render(c.frag_txt, cells="lines", link="outlook", img="outlook"))
    to_t = f"{s.to_name or s.to_addr}<mailto:{s.to_addr}>"
    text = (top_text(c.top) + "\n\n" + sig_t + "\n\n" + f"{L[0]}: {fn}<mailto:{fa}>\n{L[1]}: {dstr}\n{L[2]}: {to_t}\n"
            f"{L[3]}: {c.subj_seen}\n\n" + txt_q + "\n")
    dt, dh = disclaimer(c)
    text += dt
    html = with_disclaimer_html(html, dh)
    b = f"_{c.uuid()}_"
    body = multipart("alternative", b, [leaf("text/plain", text, "utf-8", "quoted-printable"),
                                          leaf("text/html", html, "utf-8", "quoted-printable")])
    mid = f"<{c.uuid()}@HxCom>"
    h = ["MIME-Version: 1.0"] + headers(c, "RE: ", mid, date_offset="+0100")
    return finish(h, body)


# ------------------------------------------------------------------ mutt
def mutt(c):
    s = c.s
    d = s.date
    attr = f"On {d:%a}, {d:%b} {d.day:02d}, {d.year} at {d.strftime('%I:%M:%S%p')} +0000, {s.from_name} wrote:"
    text = top_text(c.top) + "\n\n" + attr + "\n" + quote(c.rtext(c.sent_text.rstrip("\n")), "> ", ">") + "\n"
    if c.mutt_sig:
        text += "\n-- \n" + c.mutt_sig + "\n"
    dt, _ = disclaimer(c)
    text += dt
    body = leaf("text/plain", text, "utf-8", "8bit", extra=("Content-Disposition: inline",))
    host = "werkplek-" + s.to_addr.split("@")[0] + "." + s.to_addr.split("@")[1]
    mid = f"<{c.when:%Y%m%d%H%M%S}.GA{c.rnd.randint(1000,99999)}@{host}>"
    h = headers(c, "Re: ", mid, date_offset="+0100") + ["MIME-Version: 1.0",
                                                        "User-Agent: Mutt/2.2.13 (2024-03-09)"]
    return finish(h, body)


CLIENTS = dict(outlook=outlook_desktop, outlookplain=outlook_plain, owa=owa, newoutlook=new_outlook,
               outlookmobile=outlook_mobile, gmail=gmail, applemail=apple_mail, iosmail=ios_mail,
               thunderbird=thunderbird, tbplain=thunderbird_plain, samsung=samsung, k9=k9, yahoo=yahoo,
               windowsmail=windows_mail, mutt=mutt)
