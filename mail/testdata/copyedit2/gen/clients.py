"""How each client writes a reply: the header block above the copy, the way it
re-marks the received HTML, the text/plain alternative, encodings, headers."""
import html as H
import re

from mailkit import (CET, NL_DAYS_SHORT, NL_MON_SHORT, NL_MONTHS, EN_MONTHS, EN_DAYS,
                     d_outlook_nl, d_outlook_en, d_mobile_en, ordinal, hx,
                     html_to_text, quote_text, wrap_hard, wrap_flowed)

E = H.escape


# ---------------------------------------------------------------- edit markup
MARKUP = {
    "word": dict(c=lambda t: "<span style='color:#C00000'>%s</span>" % t,
                 s=lambda t: "<s>%s</s>" % t),
    "owa": dict(c=lambda t: '<span style="color: rgb(255, 0, 0);">%s</span>' % t,
                s=lambda t: "<s>%s</s>" % t),
    "gmail": dict(c=lambda t: '<font color="#ff0000">%s</font>' % t,
                  s=lambda t: "<strike>%s</strike>" % t),
    "apple": dict(c=lambda t: '<span style="color: rgb(255, 38, 0);">%s</span>' % t,
                  s=lambda t: "<strike>%s</strike>" % t),
    "tb": dict(c=lambda t: '<font color="#ff0000">%s</font>' % t,
               s=lambda t: "<strike>%s</strike>" % t),
    "tiny": dict(c=lambda t: '<span style="color: #e03e2d;">%s</span>' % t,
                 s=lambda t: "<s>%s</s>" % t),
    "zimbra": dict(c=lambda t: '<span style="color: #ff0000;">%s</span>' % t,
                   s=lambda t: '<span style="text-decoration: line-through;">%s</span>' % t),
    "squire": dict(c=lambda t: '<span style="color:rgb(255, 0, 0);">%s</span>' % t,
                   s=lambda t: "<s>%s</s>" % t),
    "notes": dict(c=lambda t: "<font color=red>%s</font>" % t,
                  s=lambda t: "<strike>%s</strike>" % t),
    "em": dict(c=lambda t: '<span style="color: #FF0000;">%s</span>' % t,
               s=lambda t: "<s>%s</s>" % t),
}


def _text_positions(h):
    """indices of h that lie outside tags"""
    inside = False
    ok = bytearray(len(h))
    for i, ch in enumerate(h):
        if ch == "<":
            inside = True
        if not inside:
            ok[i] = 1
        if ch == ">":
            inside = False
    return ok


def find_text(h, needle):
    ok = _text_positions(h)
    start = 0
    while True:
        i = h.find(needle, start)
        if i < 0:
            raise KeyError("anchor not found: %r" % needle)
        if all(ok[i:i + len(needle)]):
            return i
        start = i + 1


def apply_edits_html(h, ops, mk, person_mark=None):
    m = MARKUP[mk]
    for op in ops:
        kind = op[0]
        if kind == "rep":                      # ('rep', old, new, colored?)
            _, old, new, col = op
            i = find_text(h, old)
            h = h[:i] + (m["c"](E(new, False)) if col else E(new, False)) + h[i + len(old):]
        elif kind == "ins":                    # ('ins', anchor, text, colored?)  text after anchor
            _, anc, txt, col = op
            i = find_text(h, anc) + len(anc)
            h = h[:i] + (m["c"](E(txt, False)) if col else E(txt, False)) + h[i:]
        elif kind == "pre":                    # ('pre', anchor, text, colored?)  text before anchor
            _, anc, txt, col = op
            i = find_text(h, anc)
            h = h[:i] + (m["c"](E(txt, False)) if col else E(txt, False)) + h[i:]
        elif kind == "line":                   # ('line', anchor, text, colored?) new line after anchor
            _, anc, txt, col = op
            i = find_text(h, anc) + len(anc)
            h = h[:i] + "<br>" + (m["c"](E(txt, False)) if col else E(txt, False)) + h[i:]
        elif kind == "strike":                 # ('strike', old, replacement-or-None)
            _, old, new = op
            i = find_text(h, old)
            rep = m["s"](E(old, False))
            if new:
                rep += " " + m["c"](E(new, False))
            h = h[:i] + rep + h[i + len(old):]
        elif kind == "mark":                   # Outlook "Mark my comments with"
            _, anc, txt = op
            i = find_text(h, anc) + len(anc)
            tag = ("<b><i><span style='color:#0070C0'>[%s] </span></i></b>" % E(person_mark)
                   + "<span style='color:#0070C0'>%s</span>" % E(txt, False))
            h = h[:i] + " " + tag + h[i:]
        else:
            raise ValueError(kind)
    return h


def apply_edits_text(t, ops, person_mark=None, inline_prefix=""):
    """for clients that quote the text/plain part (mutt, alpine)"""
    for op in ops:
        kind = op[0]
        if kind == "rep":
            _, old, new, _c = op
            assert old in t, old
            t = t.replace(old, new, 1)
        elif kind == "ins":
            _, anc, txt, _c = op
            assert anc in t, anc
            t = t.replace(anc, anc + txt, 1)
        elif kind == "pre":
            _, anc, txt, _c = op
            assert anc in t, anc
            t = t.replace(anc, txt + anc, 1)
        elif kind == "line":                  # unquoted line typed under the quoted line
            _, anc, txt, _c = op
            i = t.index(anc)
            j = t.find("\n", i)
            j = len(t) if j < 0 else j
            t = t[:j] + "\n" + inline_prefix + txt + t[j:]
        elif kind == "strike":
            _, old, new = op
            assert old in t, old
            t = t.replace(old, "~~%s~~%s" % (old, (" " + new) if new else ""), 1)
        elif kind == "mark":
            _, anc, txt = op
            t = t.replace(anc, anc + " [%s] %s" % (person_mark, txt), 1)
    return t


# ------------------------------------------------------------ arrival changes
def safelinks(url, rcpt):
    from urllib.parse import quote
    d = "05%7C02%7C" + quote(rcpt, safe="") + "%7C" + hx(url + rcpt, 20) + "08de2a7c%7C" + \
        hx("tenant", 8) + "%7C0%7C0%7C6389956" + hx(url, 5).replace("a", "1") + \
        "%7CUnknown%7CTWFpbGZsb3d8eyJFbXB0eU1hcGkiOnRydWUsIlYiOiIwLjAuMDAwMCIsIlAiOiJXaW4zMiIsIkFOIjoiTWFpbCIsIldUIjoyfQ%3D%3D%7C0%7C%7C%7C"
        
    return ("https://eur02.safelinks.protection.outlook.com/?url=%s&data=%s&sdata=%s%%3D&reserved=0"
            % (quote(url, safe=""), d, hx(url + "s", 40)))


def urldefense(url):
    return "https://urldefense.com/v3/__%s__;!!Gv3xK8w!%s$" % (url, hx(url, 40))


def mimecast(url):
    dom = re.sub(r"https?://([^/]+).*", r"\1", url)
    return "https://url.eu.m.mimecastprotect.com/s/%s?domain=%s" % (hx(url, 22), dom)


def rewrite_hrefs(h, fn, owa_attrs=False):
    def sub(m):
        url = H.unescape(m.group(1))
        if url.startswith("mailto:"):
            return m.group(0)
        new = fn(url)
        extra = ' originalsrc="%s" shash="%s"' % (E(url), hx(url, 60)) if owa_attrs else ""
        return 'href="%s"%s' % (E(new), extra)
    return re.sub(r'href="([^"]+)"', sub, h)


BANNERS = {
    "nl": ('<table style="width:100%;border-collapse:collapse;margin-bottom:8px"><tr><td style="background:#FFEB9C;'
           'border:1px solid #9C6500;padding:6px;font-family:Arial;font-size:12px;color:#9C6500">'
           '<b>LET OP:</b> Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen '
           'bijlagen, tenzij u de afzender herkent en weet dat de inhoud veilig is.</td></tr></table>\n'),
    "en": ('<div style="background-color:#FFEB9C;width:100%;border-style:solid;border-color:#9C6500;'
           'border-width:1pt;padding:2pt;font-size:10pt;line-height:12pt;font-family:\'Calibri\';color:Black;'
           'text-align:left;"><span style="color:#9C6500;font-weight:bold;">CAUTION:</span> This email '
           'originated from outside of the organization. Do not click links or open attachments unless you '
           'recognize the sender and know the content is safe.</div><br>\n'),
    "mimecast": ('<table width="100%" style="border:0;background:#F0F0F0"><tr><td style="padding:4px 8px;'
                 'font-family:Arial;font-size:11px;color:#555555">Dit bericht is gescand door Mimecast. '
                 'Externe afzender: wees voorzichtig met links en bijlagen.</td></tr></table>\n'),
    "proofpoint": ('<div style="border:1px solid #C00000;padding:4px;font-family:Arial;font-size:11px">'
                   '<b>[EXTERNAL]</b> This message came from an external sender. Report suspicious mail '
                   'with the Report Phish button.</div>\n'),
}


def first_contact(addr, lang):
    if lang == "nl":
        msg = ('U ontvangt niet vaak e-mail van %s. <a href="https://aka.ms/LearnAboutSenderIdentification">'
               'Ontdek waarom dit belangrijk is</a>' % addr)
    else:
        msg = ('You don\'t often get email from %s. <a href="https://aka.ms/LearnAboutSenderIdentification">'
               'Learn why this is important</a>' % addr)
    return ('<table border="0" cellspacing="0" cellpadding="0" align="left" width="100%" style="width:100.0%;'
            'background:#A6A6A6"><tr><td style="padding:5.25pt 1.5pt 5.25pt 1.5pt"></td>'
            '<td width="100%" style="width:100.0%;background:#EAEAEA;padding:5.25pt 3.75pt 5.25pt 11.25pt">'
            '<div><p class="MsoNormal" style="mso-line-height-rule:exactly;line-height:12.0pt">'
            '<span style="font-size:9.0pt;font-family:&quot;Segoe UI&quot;,sans-serif;color:#212121">MSG'
            '</span></p></div></td></tr></table>\n').replace("MSG", msg)


def arrive(sent, extras):
    """the HTML body as it sits in the approver's mailbox"""
    h = sent.inner
    if "safelinks" in extras:
        h = rewrite_hrefs(h, lambda u: safelinks(u, sent.to_addr), owa_attrs=("owa-attrs" in extras))
    if "urldefense" in extras:
        h = rewrite_hrefs(h, urldefense)
    if "mimecast" in extras:
        h = rewrite_hrefs(h, mimecast)
    pre = ""
    if "firstcontact-nl" in extras:
        pre += first_contact(sent.from_addr, "nl")
    if "firstcontact-en" in extras:
        pre += first_contact(sent.from_addr, "en")
    for k in ("nl", "en", "mimecast", "proofpoint"):
        if "banner-" + k in extras:
            pre += BANNERS[k]
    return pre + h


# -------------------------------------------------------------- word-ification
def px2pt(style):
    return re.sub(r"(\d+(?:\.\d+)?)px", lambda m: "%gpt" % (float(m.group(1)) * 0.75), style)


def wordify(h):
    """roughly what Outlook/Word makes of the received HTML when it quotes it"""
    h = re.sub(r'style="([^"]*)"', lambda m: "style='%s'" % px2pt(m.group(1)).replace("&quot;", '"'), h)
    h = h.replace("<strong>", "<b>").replace("</strong>", "</b>")
    h = h.replace("<em>", "<i>").replace("</em>", "</i>")
    h = re.sub(r'<table role="presentation"', '<table class=MsoNormalTable border=0', h)
    h = re.sub(r"<p style='", "<p class=MsoNormal style='", h)
    h = re.sub(r"</p>", "<o:p></o:p></p>", h)
    # table cells: content into a MsoNormal paragraph
    h = re.sub(r"(<td[^>]*>)(?!<p|\n|<table)(.*?)(</td>)",
               lambda m: m.group(1) + "<p class=MsoNormal>" + m.group(2) + "<o:p></o:p></p>" + m.group(3),
               h, flags=re.S)
    h = re.sub(r"<blockquote style='([^']*)'>(.*?)</blockquote>",
               lambda m: ("<div style='border:none;border-left:solid #D0D7DE 2.25pt;padding:0cm 0cm 0cm 9.0pt;"
                          "margin-left:0cm;margin-top:0cm;margin-right:0cm;margin-bottom:12.0pt'>"
                          "<p class=MsoNormal style='background:#F6F8FA'>" + m.group(2) + "<o:p></o:p></p></div>"),
               h, flags=re.S)
    h = h.replace("&#43;", "+")
    return h


# ------------------------------------------------------------- the clients
class Client:
    key = ""
    mk = "owa"
    prefix = "Re: "
    text_opts = dict(link="gmail")
    html_cs, html_cte = "utf-8", "quoted-printable"
    text_cs, text_cte = "utf-8", "quoted-printable"
    text_only = False
    html_only = False

    def __init__(self, lang="nl"):
        self.lang = lang

    # defaults
    def quoted_html(self, sent, recv_html):
        return recv_html

    def msgid(self, seed, dom):
        return "<%s@%s>" % (hx(seed, 32), dom)

    def headers(self, seed):
        return []


WORD_HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
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
	font-family:"Aptos",sans-serif;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:blue;
	text-decoration:underline;}
span.EmailStyle20
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
--></style></head>"""


class OutlookDesktop(Client):
    """classic Outlook for Windows, HTML reply (Word editor)"""
    key = "outlook"
    mk = "word"
    prefix = "RE: "
    text_opts = dict(link="outlook", cell="\n", bq="none")

    def quoted_html(self, sent, recv):
        return wordify(recv)

    def labels(self):
        return (("Van", "Verzonden", "Aan", "Onderwerp") if self.lang == "nl"
                else ("From", "Sent", "To", "Subject"))

    def date(self, d):
        return d_outlook_nl(d) if self.lang == "nl" else d_outlook_en(d, us=(self.lang == "en"))

    def hdr_html(self, r):
        f, s, t, o = self.labels()
        return ("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>"
                "<p class=MsoNormal><b><span lang=%s style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'>%s:</span></b>"
                "<span lang=%s style='font-size:11.0pt;font-family:\"Calibri\",sans-serif'> %s &lt;%s&gt; <br><b>%s:</b> %s<br>"
                "<b>%s:</b> %s<br><b>%s:</b> %s<o:p></o:p></span></p></div>"
                "<p class=MsoNormal><o:p>&nbsp;</o:p></p>"
                % (r.lang_tag, f, r.lang_tag, E(r.q_from_name), r.q_from_addr, s, self.date(r.q_date),
                   t, E(r.q_to_disp), o, E(r.q_subject)))

    def hdr_text(self, r):
        f, s, t, o = self.labels()
        return "%s: %s <%s> \n%s: %s\n%s: %s\n%s: %s\n\n" % (
            f, r.q_from_name, r.q_from_addr, s, self.date(r.q_date), t, r.q_to_disp, o, r.q_subject)

    def build(self, r):
        body = "".join("<p class=MsoNormal>%s<o:p></o:p></p>" % (E(l) if l else "<o:p>&nbsp;</o:p>")
                       for l in r.answer)
        htmlp = (WORD_HEAD + "<body lang=%s link=\"#467886\" vlink=\"#96607D\" style='word-wrap:break-word'>"
                 "<div class=WordSection1>%s<p class=MsoNormal><o:p>&nbsp;</o:p></p>%s%s</div>%s</body></html>"
                 % (r.lang_tag, body + r.sig_html, self.hdr_html(r), r.qhtml, r.disclaimer_html))
        text = "\n".join(r.answer) + "\n" + r.sig_text + "\n" + self.hdr_text(r) + r.qtext + r.disclaimer_text
        return htmlp, text

    def msgid(self, seed, dom):
        if self.lang == "nl":
            return "<AM9PR07MB%s@AM9PR07MB%s.eurprd07.prod.outlook.com>" % (hx(seed, 32).upper(), hx(seed + "b", 4).upper())
        return "<DB9PR04MB%s@DB9PR04MB%s.eurprd04.prod.outlook.com>" % (hx(seed, 32).upper(), hx(seed + "b", 4).upper())

    def headers(self, seed):
        idx = __import__("base64").b64encode(bytes.fromhex(hx(seed, 44))).decode()
        return [("Thread-Topic", None), ("Thread-Index", idx),
                ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                ("Content-Language", "nl-NL" if self.lang == "nl" else "en-US"),
                ("X-Mailer", "Microsoft Outlook 16.0")]


class OutlookPlain(OutlookDesktop):
    """classic Outlook, reply composed in plain text: the HTML mail is turned
    into text and the whole body is hard-wrapped at 76 characters"""
    key = "outlook-plain"
    text_only = True
    text_cs, text_cte = "utf-8", "quoted-printable"
    from_html = True

    def hdr_text(self, r):
        f, s, t, o = self.labels()
        top = "-----Oorspronkelijk bericht-----" if self.lang == "nl" else "-----Original Message-----"
        return "%s\n%s: %s <%s> \n%s: %s\n%s: %s\n%s: %s\n\n" % (
            top, f, r.q_from_name, r.q_from_addr, s, self.date(r.q_date), t, r.q_to_disp, o, r.q_subject)

    def build(self, r):
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n" + self.hdr_text(r)
                + wrap_hard(r.qtext, 76) + r.disclaimer_text)
        return None, text


class OWA(Client):
    """Outlook on the web / new Outlook for Windows"""
    key = "owa"
    mk = "owa"
    prefix = "RE: "
    text_opts = dict(link="outlook", cell="\n", bq="none")
    new = False

    def quoted_html(self, sent, recv):
        return '<div style="%s">%s</div>' % (sent.body_style, recv)

    def labels(self):
        return OutlookDesktop.labels(self)

    def date(self, d):
        return OutlookDesktop.date(self, d)

    def build(self, r):
        f, s, t, o = self.labels()
        font = "Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif" if self.new \
            else "Calibri, Arial, Helvetica, sans-serif"
        body = "".join('<div class="elementToProof" style="font-family: %s; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>'
                       % (font, E(l) if l else "<br>") for l in r.answer)
        hdr = ('<div id="appendonsend"></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
               '<b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font>'
               '<div>&nbsp;</div></div>'
               % (f, E(r.q_from_name), r.q_from_addr, s, self.date(r.q_date), t, E(r.q_to_disp), o, E(r.q_subject)))
        htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                 '<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style></head>'
                 '<body dir="ltr">%s%s%s<div>%s</div>%s</body></html>'
                 % (body, r.sig_html, hdr, r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n________________________________\n"
                "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (f, r.q_from_name, r.q_from_addr, s,
                                                             self.date(r.q_date), t, r.q_to_disp, o, r.q_subject)
                + r.qtext + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        return "<AS8PR07MB%s@AS8PR07MB%s.eurprd07.prod.outlook.com>" % (hx(seed, 32).upper(), hx(seed + "c", 4).upper())

    def headers(self, seed):
        idx = __import__("base64").b64encode(bytes.fromhex(hx(seed, 44))).decode()
        return [("Thread-Topic", None), ("Thread-Index", idx), ("X-MS-Has-Attach", ""),
                ("Content-Language", "nl-NL" if self.lang == "nl" else "en-GB"),
                ("msip_labels", "")]


class NewOutlook(OWA):
    key = "new-outlook"
    new = True


class OutlookMobile(OWA):
    """Outlook for iOS / Android"""
    key = "outlook-mobile"
    prefix = "Re: "
    platform = "iOS"

    def date(self, d):
        if self.lang == "nl":
            return "%s %d %s %d %d:%02d:%02d" % (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
                                                 "zaterdag", "zondag"][d.weekday()], d.day,
                                                NL_MONTHS[d.month - 1], d.year, d.hour, d.minute, d.second)
        return d_mobile_en(d)

    def build(self, r):
        f, s, t, o = self.labels()
        get = {"iOS": ("Outlook voor iOS", "Outlook for iOS", "https://aka.ms/o0ukef"),
               "Android": ("Outlook voor Android", "Outlook for Android", "https://aka.ms/AAb9ysg")}[self.platform]
        gtxt = ("Download %s" % get[0]) if self.lang == "nl" else ("Get %s" % get[1])
        body = "".join('<div dir="ltr">%s</div>' % (E(l) if l else "<br>") for l in r.answer)
        sig = ('<div id="ms-outlook-mobile-signature" dir="ltr"><div><br></div>%s<a href="%s">%s</a></div>'
               % (r.sig_html, get[2], gtxt))
        hdr = ('<div id="mail-editor-reference-message-container" class="ms-outlook-mobile-reference-message">'
               '<div><br></div><hr style="display:inline-block;width:98%%" tabindex="-1">'
               '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">'
               '<b>%s:</b> %s &lt;%s&gt;<br><b>%s:</b> %s<br><b>%s:</b> %s<br><b>%s:</b> %s</font>'
               '<div>&nbsp;</div></div>'
               % (f, E(r.q_from_name), r.q_from_addr, s, self.date(r.q_date), t, E(r.q_to_disp), o, E(r.q_subject)))
        htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>'
                 '<body>%s%s%s<div>%s</div></div>%s</body></html>' % (body, sig, hdr, r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n\n" + r.sig_text + "%s<%s>\n\n________________________________\n"
                "%s: %s <%s>\n%s: %s\n%s: %s\n%s: %s\n\n" % (gtxt, get[2], f, r.q_from_name, r.q_from_addr, s,
                                                             self.date(r.q_date), t, r.q_to_disp, o, r.q_subject)
                + r.qtext + r.disclaimer_text)
        return htmlp, text


class Gmail(Client):
    key = "gmail"
    mk = "gmail"
    text_opts = dict(link="gmail", cell=" ", bq=">", bold="*")

    def attribution(self, r):
        d = r.q_date
        if self.lang == "nl":
            return "Op %s %d %s %d om %02d:%02d schreef %s <%s>:" % (
                NL_DAYS_SHORT[d.weekday()], d.day, NL_MON_SHORT[d.month - 1], d.year, d.hour, d.minute,
                r.q_from_name, r.q_from_addr)
        h = d.hour % 12 or 12
        return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, h, d.minute,
            "AM" if d.hour < 12 else "PM", r.q_from_name, r.q_from_addr)

    def quoted_html(self, sent, recv):
        h = re.sub(r"<a href=", '<a target="_blank" href=', recv)
        return '<div><u></u><div style="%s">%s</div></div>' % (sent.body_style, h)

    def build(self, r):
        body = "".join("<div>%s</div>" % (E(l) if l else "<br>") for l in r.answer)
        att = self.attribution(r)
        att_html = E(att).replace("&lt;" + r.q_from_addr + "&gt;",
                                  '&lt;<a href="mailto:%s">%s</a>&gt;' % (r.q_from_addr, r.q_from_addr))
        htmlp = ('<div dir="ltr">%s%s</div><br><div class="gmail_quote gmail_quote_container">'
                 '<div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" '
                 'style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s'
                 '</blockquote></div>%s' % (body, r.sig_html, att_html, r.qhtml, r.disclaimer_html))
        # Gmail wraps the attribution line in the text part
        att_t = att if len(att) <= 78 else att.replace(" <", " <\n", 1) if "<" in att else att
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n" + att_t + "\n\n"
                + quote_text(r.qtext) + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        import base64
        s = base64.b64encode(bytes.fromhex(hx(seed, 58))).decode().replace("/", "_").replace("+", "-").rstrip("=")
        return "<CA%s@mail.gmail.com>" % s


class GmailAndroid(Gmail):
    key = "gmail-android"


class AppleMail(Client):
    key = "apple-mail"
    mk = "apple"
    text_opts = dict(link="space", cell=" ", bq=">")
    ios = False
    keep_head = False

    def attribution(self, r):
        d = r.q_date
        if self.lang == "nl":
            if self.ios:
                return "Op %d %s %d om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
                    d.day, NL_MON_SHORT[d.month - 1] + ".", d.year, d.hour, d.minute, r.q_from_name, r.q_from_addr)
            return "Op %d %s %d, om %02d:%02d heeft %s <%s> het volgende geschreven:" % (
                d.day, NL_MON_SHORT[d.month - 1], d.year, d.hour, d.minute, r.q_from_name, r.q_from_addr)
        return "On %d %s %d, at %02d:%02d, %s <%s> wrote:" % (
            d.day, EN_MONTHS[d.month - 1][:3], d.year, d.hour, d.minute, r.q_from_name, r.q_from_addr)

    def quoted_html(self, sent, recv):
        head = ""
        if self.keep_head:   # Apple Mail keeps the original's head elements inside the quote
            head = re.sub(r"\s*\n\s*", "", sent.head)
        return "<div>%s%s</div>" % (head, recv)

    def build(self, r):
        att = E(self.attribution(r))
        if self.ios:
            body = "".join("<div dir=\"ltr\">%s</div>" % (E(l) if l else "<br>") for l in r.answer)
            htmlp = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                     '<body dir="auto">%s<div dir="ltr">%s</div><div dir="ltr"><br><blockquote type="cite">%s'
                     '</blockquote></div><blockquote type="cite"><div dir="ltr">%s</div></blockquote>%s</body></html>'
                     % (body, r.sig_html, att, r.qhtml, r.disclaimer_html))
        else:
            body = "".join("<div>%s</div>" % (E(l) if l else "<br>") for l in r.answer)
            htmlp = ('<html aria-label="message body"><head><meta http-equiv="content-type" content="text/html; '
                     'charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; '
                     'line-break: after-white-space;">%s%s<div><br><blockquote type="cite"><div>%s</div><br '
                     'class="Apple-interchange-newline">%s</blockquote></div><br>%s</body></html>'
                     % (body, r.sig_html, att, r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n" + self.attribution(r) + "\n\n"
                + quote_text(r.qtext) + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        h = hx(seed, 32).upper()
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)

    def headers(self, seed):
        if self.ios:
            return [("X-Mailer", "iPhone Mail (23B85)")]
        return [("X-Mailer", "Apple Mail (2.3826.700.81)")]


class AppleIOS(AppleMail):
    key = "ios-mail"
    ios = True


class Thunderbird(Client):
    key = "thunderbird"
    mk = "tb"
    text_opts = dict(link="space", cell=" ", bq=">", bold="*", ital="/")
    html_cte = text_cte = "8bit"
    plain = False

    def attribution(self, r):
        d = r.q_date
        if self.lang == "nl":
            return "Op %02d-%02d-%d om %02d:%02d schreef %s:" % (d.day, d.month, d.year, d.hour, d.minute, r.q_from_name)
        return "On %d/%d/%d %d:%02d %s, %s wrote:" % (d.month, d.day, d.year % 100, d.hour % 12 or 12, d.minute,
                                                     "AM" if d.hour < 12 else "PM", r.q_from_name)

    def build(self, r):
        if self.plain:
            top = "\n".join(r.answer) + "\n" + (("\n-- \n" + r.sig_text) if r.sig_text else "")
            q = self.attribution(r) + "\n" + quote_text(r.qtext) + "\n"
            t = top + "\n" + q
            return None, wrap_flowed(t, 72) + r.disclaimer_text
        body = "".join("<p>%s</p>" % E(l) for l in r.answer if l)
        htmlp = ('<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="Content-Type" content="text/html; charset=UTF-8">\n'
                 '  </head>\n  <body>\n    %s\n%s    <div class="moz-cite-prefix">%s<br>\n    </div>\n'
                 '    <blockquote type="cite" cite="mid:%s">\n%s\n    </blockquote>\n%s  </body>\n</html>\n'
                 % (body, (('    <div class="moz-signature">-- <br>\n%s</div>\n' % r.sig_html) if r.sig_html else ""),
                    E(self.attribution(r)), r.q_msgid.strip("<>"), r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + (("\n-- \n" + r.sig_text) if r.sig_text else "") + "\n"
                + self.attribution(r) + "\n" + quote_text(r.qtext) + "\n")
        return htmlp, wrap_flowed(text, 72) + r.disclaimer_text

    def msgid(self, seed, dom):
        h = hx(seed, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32], dom)

    def headers(self, seed):
        return [("User-Agent", "Mozilla Thunderbird")]


class ThunderbirdPlain(Thunderbird):
    key = "thunderbird-plain"
    text_only = True
    plain = True
    from_html = True


class Roundcube(Client):
    key = "roundcube"
    mk = "tiny"
    text_opts = dict(link="space", cell=" ", bq=">")

    def attribution(self, r):
        d = r.q_date
        if self.lang == "nl":
            return "Op %d-%02d-%02d %02d:%02d, schreef %s:" % (d.year, d.month, d.day, d.hour, d.minute, r.q_from_name)
        return "On %d-%02d-%02d %02d:%02d, %s wrote:" % (d.year, d.month, d.day, d.hour, d.minute, r.q_from_name)

    def quoted_html(self, sent, recv):
        h = re.sub(r' role="presentation"', "", recv)
        return '<div id="replybody1"><div class="v1rcmBody" style="%s">%s</div></div>' % (sent.body_style, h)

    def build(self, r):
        body = "".join("<p>%s</p>" % (E(l) if l else "&nbsp;") for l in r.answer)
        sig = ('<div id="signature">%s</div>' % r.sig_html) if r.sig_html else ""
        htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                 '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n%s\n%s\n'
                 '<p id="reply-intro">%s</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: '
                 '#1010ff 2px solid; margin: 0">\n%s\n</blockquote>\n%s</body></html>'
                 % (body, sig, E(self.attribution(r)), r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + (("\n-- \n" + r.sig_text) if r.sig_text else "") + "\n"
                + self.attribution(r) + "\n\n" + quote_text(r.qtext) + "\n")
        return htmlp, wrap_flowed(text, 76) + r.disclaimer_text

    def headers(self, seed):
        return [("User-Agent", "Roundcube Webmail/1.6.9")]


class Zimbra(Client):
    key = "zimbra"
    mk = "zimbra"
    prefix = "Re: "
    text_opts = dict(link="space", cell="\t", bq=">")
    html_cte = "7bit-qp"

    def build(self, r):
        d = r.q_date
        if self.lang == "nl":
            lab = ("Van", "Aan", "Verzonden", "Onderwerp")
            ds = "%s %d %s %d %02d:%02d:%02d" % (["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
                                                 "zondag"][d.weekday()], d.day, NL_MONTHS[d.month - 1], d.year, d.hour,
                                                d.minute, d.second)
            top = "----- Oorspronkelijk bericht -----"
        else:
            lab = ("From", "To", "Sent", "Subject")
            ds = "%s, %s %d, %d %d:%02d:%02d AM" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day, d.year,
                                                  d.hour % 12 or 12, d.minute, d.second)
            top = "----- Original Message -----"
        body = "".join("<div>%s</div>" % (E(l) if l else "<br data-mce-bogus=\"1\">") for l in r.answer)
        hdrs = "".join("<b>%s: </b>%s<br>" % (l, E(v)) for l, v in zip(
            lab, ('"%s" <%s>' % (r.q_from_name, r.q_from_addr), r.q_to_disp, ds, r.q_subject)))
        htmlp = ('<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">'
                 '%s%s<div><br></div><hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__HEADERS__">%s</div>'
                 '<br><div data-marker="__QUOTED_TEXT__">%s</div></div>%s</body></html>'
                 % (body, r.sig_html, hdrs, r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n" + top + "\n"
                + "".join("%s: %s\n" % (l, v) for l, v in zip(
                    lab, ('"%s" <%s>' % (r.q_from_name, r.q_from_addr), r.q_to_disp, ds, r.q_subject)))
                + "\n" + r.qtext + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        n = int(hx(seed, 8), 16)
        return "<%d.%d.%d.JavaMail.zimbra@%s>" % (n % 900000000 + 100000000, n % 9000000, 1763890000000 + n % 99999, dom)

    def headers(self, seed):
        return [("X-Mailer", "Zimbra 10.0.12_GA_4695 (ZimbraWebClient - FF145 (Win)/10.0.12_GA_4695)"),
                ("Thread-Topic", None), ("Thread-Index", hx(seed, 28))]


class Proton(Client):
    key = "proton"
    mk = "squire"
    text_opts = dict(link="space", cell=" ", bq=">")
    html_cte = text_cte = "base64"

    def attribution(self, r):
        d = r.q_date
        return "On %s, %s %s, %d at %d:%02d %s, %s <%s> wrote:" % (
            EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], ordinal(d.day), d.year, d.hour % 12 or 12, d.minute,
            "AM" if d.hour < 12 else "PM", r.q_from_name, r.q_from_addr)

    def build(self, r):
        body = "".join('<div style="font-family: Arial, sans-serif; font-size: 14px;">%s</div>'
                       % (E(l) if l else "<br>") for l in r.answer)
        sig = ('<div class="protonmail_signature_block" style="font-family: Arial, sans-serif; font-size: 14px;">'
               '<div class="protonmail_signature_block-user">%s</div><div class="protonmail_signature_block-proton">'
               'Sent with <a target="_blank" href="https://proton.me/mail/home">Proton Mail</a> secure email.</div>'
               '</div>' % r.sig_html)
        htmlp = ('%s<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>%s'
                 '<div style="font-family: Arial, sans-serif; font-size: 14px;"><br></div>'
                 '<div class="protonmail_quote">\n        %s<br>\n        <blockquote class="protonmail_quote" '
                 'type="cite">\n            %s\n        </blockquote><br>\n    </div>%s'
                 % (body, sig, E(self.attribution(r)), r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n\n" + (r.sig_text + "\n" if r.sig_text else "")
                + "Sent with Proton Mail secure email.\n\n" + self.attribution(r) + "\n\n"
                + quote_text(r.qtext, empty="> ") + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        import base64
        s = base64.b64encode(bytes.fromhex(hx(seed, 64))).decode().replace("/", "_").replace("+", "-")
        return "<%s@proton.me>" % s


class Fastmail(Client):
    key = "fastmail"
    mk = "squire"
    text_opts = dict(link="space", cell=" ", bq=">")
    html_cs = "utf-8"

    def attribution(self, r):
        d = r.q_date
        if self.lang == "nl":
            return "Op ma %d nov %d, om %02d:%02d, schreef %s:" % (d.day, d.year, d.hour, d.minute, r.q_from_name) \
                if d.weekday() == 0 else "Op %s %d %s %d, om %02d:%02d, schreef %s:" % (
                    NL_DAYS_SHORT[d.weekday()], d.day, NL_MON_SHORT[d.month - 1], d.year, d.hour, d.minute, r.q_from_name)
        return "On %s, %s %d, %d, at %d:%02d %s, %s wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, d.hour % 12 or 12, d.minute,
            "AM" if d.hour < 12 else "PM", r.q_from_name)

    def build(self, r):
        body = "".join("<div>%s<br></div>" % E(l) if l else "<div><br></div>" for l in r.answer)
        htmlp = ('<!DOCTYPE html><html><head><title></title><style type="text/css">p.MsoNormal,p.MsoNoSpacing'
                 '{margin:0}</style></head><body>%s%s<div><br></div><div>%s<br></div><blockquote type="cite" '
                 'id="qt" style="">%s</blockquote><div><br></div>%s</body></html>'
                 % (body, r.sig_html, E(self.attribution(r)), r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n" + self.attribution(r) + "\n"
                + quote_text(r.qtext, empty=">") + "\n\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        h = hx(seed, 32)
        return "<%s-%s-%s-%s-%s@app.fastmail.com>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])

    def headers(self, seed):
        return [("User-Agent", "Cyrus-JMAP/3.13.0-alpha0-1234-g%s" % hx(seed, 7))]


class Notes(Client):
    key = "hcl-notes"
    mk = "notes"
    prefix = "Antw: "
    text_opts = dict(link="space", cell="\t", bq="none")

    def quoted_html(self, sent, recv):
        return recv

    def build(self, r):
        d = r.q_date
        lab = ("Van:", "Aan:", "Datum:", "Onderwerp:") if self.lang == "nl" else ("From:", "To:", "Date:", "Subject:")
        ds = "%02d-%02d-%d %02d:%02d" % (d.day, d.month, d.year, d.hour, d.minute) if self.lang == "nl" else \
            "%02d/%02d/%d %02d:%02d" % (d.month, d.day, d.year, d.hour, d.minute)
        vals = ('"%s" <%s>' % (r.q_from_name, r.q_from_addr), r.q_to_disp, ds, r.q_subject)
        body = "<br>".join('<font size=2 face="sans-serif">%s</font>' % E(l) if l else "" for l in r.answer)
        rows = "".join('<font size=1 color=#5f5f5f face="sans-serif">%s&nbsp; &nbsp; &nbsp; &nbsp; </font>'
                       '<font size=1 face="sans-serif">%s</font><br>' % (l, E(v)) for l, v in zip(lab, vals))
        htmlp = ('<html><body><font size=2 face="sans-serif">%s</font><br>%s<br><br><br>%s<hr noshade><br><br><br>'
                 '%s<br>%s</body></html>' % (body, r.sig_html, rows, r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n\n\n"
                + "".join("%-10s%s\n" % (l + "  ", v) for l, v in zip(lab, vals))
                + "\n\n\n" + r.qtext + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        h = hx(seed, 40).upper()
        return "<OF%s.%s-ONC1258C5A.%s-C1258C5A.%s@%s>" % (h[:8], h[8:16], h[16:24], h[24:32], dom)

    def headers(self, seed):
        return [("X-Mailer", "HCL Notes Build V1201_11292023 November 29, 2023"),
                ("X-MIMETrack", "Serialize by Router on nlsrv01/Gemeente Voorbeeld at 23-11-2026 11:02:14")]


class GroupWise(Client):
    key = "groupwise"
    mk = "em"
    text_opts = dict(link="space", cell="\t", bq="none")
    text_cs, text_cte = "iso-8859-15", "quoted-printable"
    html_cs = "iso-8859-15"

    def build(self, r):
        d = r.q_date
        hdr = '>>> "%s" <%s> %02d-%02d-%d %02d:%02d >>>' % (r.q_from_name, r.q_from_addr, d.day, d.month,
                                                              d.year, d.hour, d.minute)
        body = "".join("<div>%s</div>" % (E(l) if l else "&nbsp;") for l in r.answer)
        htmlp = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"></head>'
                 '<body style="font: 10pt Segoe UI; margin: 4px 4px 1px">%s%s<br><br>%s<br>%s%s</body></html>'
                 % (body, r.sig_html, E(hdr), r.qhtml, r.disclaimer_html))
        text = "\n".join(r.answer) + "\n" + r.sig_text + "\n" + hdr + "\n" + r.qtext + "\n" + r.disclaimer_text
        return htmlp, text

    def msgid(self, seed, dom):
        return "<%s@gw.%s>" % (hx(seed, 24).upper(), dom)

    def headers(self, seed):
        return [("X-Mailer", "GroupWise 18.5.1")]


class EMClient(Client):
    key = "emclient"
    mk = "em"
    text_opts = dict(link="space", cell=" ", bq=">")

    def build(self, r):
        d = r.q_date
        xid = "x" + hx(r.seed, 15)
        body = "".join("<div>%s</div>" % (E(l) if l else "<br />") for l in r.answer)
        hdr = ('<div>------ Original Message ------</div><div>From "%s" &lt;<a href="mailto:%s">%s</a>&gt;</div>'
               '<div>To <a href="mailto:%s">%s</a></div><div>Date %02d-%02d-%d %02d:%02d:%02d</div>'
               '<div>Subject %s</div>' % (E(r.q_from_name), r.q_from_addr, r.q_from_addr, r.q_to_addr, r.q_to_addr,
                                          d.day, d.month, d.year, d.hour, d.minute, d.second, E(r.q_subject)))
        htmlp = ('<html><head><style id="css_styles" type="text/css"><!--blockquote.cite { margin-left: 5px; '
                 'margin-right: 0px; padding-left: 10px; padding-right:0px; border-left: 1px solid #cccccc }\n'
                 'blockquote.cite2 {margin-left: 5px; margin-right: 0px; padding-left: 10px; padding-right:0px; '
                 'border-left: 1px solid #cccccc; margin-top: 3px; padding-top: 0px; }--></style></head><body>'
                 '%s<div id="signature_old">%s</div><div><br /></div><div>%s</div><div><br /></div>'
                 '<div id="%s"><blockquote cite="%s" type="cite" class="cite2">%s</blockquote></div>%s</body></html>'
                 % (body, r.sig_html, hdr, xid, r.q_msgid.strip("<>"), r.qhtml, r.disclaimer_html))
        text = ("\n".join(r.answer) + "\n" + r.sig_text + "\n------ Original Message ------\n"
                'From "%s" <%s>\nTo %s\nDate %02d-%02d-%d %02d:%02d:%02d\nSubject %s\n\n'
                % (r.q_from_name, r.q_from_addr, r.q_to_addr, d.day, d.month, d.year, d.hour, d.minute, d.second,
                   r.q_subject) + quote_text(r.qtext) + "\n" + r.disclaimer_text)
        return htmlp, text

    def msgid(self, seed, dom):
        h = hx(seed, 32)
        return "<em%s-%s-%s-%s-%s@desktop-r2k4j7q>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:32])

    def headers(self, seed):
        return [("X-Mailer", "eM_Client/10.3.2396.0"), ("User-Agent", None)]


class Mutt(Client):
    key = "mutt"
    text_only = True
    from_html = False
    text_cte = "8bit"

    def attribution(self, r):
        d = r.q_date_utc
        return "On %s, %s %02d, %d at %02d:%02d:%02d%s +0000, %s wrote:" % (
            EN_DAYS[d.weekday()][:3], EN_MONTHS[d.month - 1][:3], d.day, d.year, d.hour % 12 or 12, d.minute,
            d.second, "AM" if d.hour < 12 else "PM", r.q_from_name)

    def build(self, r):
        # mutt: attribution, quote, answer at the bottom or top; here top-posted
        text = ("\n".join(r.answer) + "\n" + (("\n-- \n" + r.sig_text) if r.sig_text else "") + "\n"
                + self.attribution(r) + "\n" + quote_text(r.qtext, empty=">") + "\n" + r.disclaimer_text)
        return None, text

    def msgid(self, seed, dom):
        return "<%s@werkplek.%s>" % (hx(seed, 16), dom)

    def headers(self, seed):
        return [("User-Agent", "Mutt/2.2.13 (2024-03-09)")]


class Alpine(Mutt):
    key = "alpine"

    def attribution(self, r):
        d = r.q_date_utc
        return "On %s, %d %s %d, %s wrote:" % (EN_DAYS[d.weekday()][:3], d.day, EN_MONTHS[d.month - 1][:3], d.year,
                                             r.q_from_name)

    def msgid(self, seed, dom):
        return "<alpine.DEB.2.22.394.%s@werkplek.%s>" % (hx(seed, 12), dom)

    def headers(self, seed):
        return [("User-Agent", "Alpine 2.26 (DEB 649 2022-06-02)")]


CLIENTS = {c.key: c for c in [OutlookDesktop, OutlookPlain, OWA, NewOutlook, OutlookMobile, Gmail, GmailAndroid,
                              AppleMail, AppleIOS, Thunderbird, ThunderbirdPlain, Roundcube, Zimbra, Proton,
                              Fastmail, Notes, GroupWise, EMClient, Mutt, Alpine]}
