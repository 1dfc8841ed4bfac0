"""Building blocks for the reply corpus: reading the sent mails, HTML->text
conversion the way the various clients do it, MIME writing (QP/base64/8bit,
CRLF), header blocks per client and locale."""
import base64
import email
import hashlib
import html
import re
import textwrap
from datetime import datetime, timedelta, timezone
from email import policy
from html.parser import HTMLParser

CET = timezone(timedelta(hours=1))


# --------------------------------------------------------------------------
# sent mails
# --------------------------------------------------------------------------
class Sent:
    def __init__(self, path, name):
        self.name = name
        raw = open(path, "rb").read()
        m = email.message_from_bytes(raw, policy=policy.default)
        self.msg = m
        self.subject = str(m["Subject"])
        self.msgid = str(m["Message-ID"]).strip()
        self.date = email.utils.parsedate_to_datetime(str(m["Date"]))
        self.from_name, self.from_addr = email.utils.parseaddr(str(m["From"]))
        self.to_name, self.to_addr = email.utils.parseaddr(str(m["To"]))
        rt = m["Reply-To"]
        if rt:
            self.rt_name, self.rt_addr = email.utils.parseaddr(str(rt))
        else:
            self.rt_name, self.rt_addr = self.from_name, self.from_addr
        for p in m.walk():
            if p.get_content_type() == "text/plain":
                self.text = p.get_content().replace("\r\n", "\n")
            elif p.get_content_type() == "text/html":
                self.html = p.get_content().replace("\r\n", "\n")
        b = re.search(r"<body([^>]*)>(.*)</body>", self.html, re.S)
        self.body_attrs = b.group(1)
        self.body_style = re.search(r'style="([^"]*)"', b.group(1)).group(1)
        self.inner = b.group(2).strip("\n")
        self.head = re.search(r"<head>(.*)</head>", self.html, re.S).group(1)
        # the addressee: name from To, or from the greeting
        g = re.search(r"(?:Hallo|Hello) ([^,<]+),", self.text)
        self.person = self.to_name or g.group(1).strip()
        self.lang = "nl" if re.search(r'lang="nl"', self.html) else "en"
        self.local_date = self.date.astimezone(CET)


# --------------------------------------------------------------------------
# HTML -> text, parameterised per client
# --------------------------------------------------------------------------
BLOCKS = {"p", "div", "table", "tr", "blockquote", "hr", "h1", "h2", "h3",
          "ul", "ol", "li", "title", "center"}


class _H2T(HTMLParser):
    def __init__(self, o):
        super().__init__(convert_charrefs=True)
        self.o = o
        self.lines = []        # (depth, text)
        self.cur = ""
        self.depth = 0
        self.links = []
        self.skip = 0
        self.cell_n = 0
        self.pending_gap = False

    # helpers
    def flush(self, gap=False):
        t = self.cur.strip(" ")
        if t:
            if self.pending_gap and self.lines and self.lines[-1][1] != "":
                self.lines.append((self.depth, ""))
            self.lines.append((self.depth, t))
            self.pending_gap = False
        self.cur = ""
        if gap and self.o.get("para_gap", True):
            self.pending_gap = True

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("style", "script", "head", "title"):
            self.skip += 1
            return
        if tag == "br":
            t = self.cur.strip(" ")
            if self.pending_gap and self.lines and self.lines[-1][1] != "" and t:
                self.lines.append((self.depth, ""))
            self.pending_gap = False
            self.lines.append((self.depth, t))
            self.cur = ""
            return
        if tag == "td":
            if self.cell_n > 0:
                sep = self.o.get("cell", "\n")
                if sep == "\n":
                    self.flush()
                else:
                    self.cur = self.cur.rstrip(" ") + sep
            self.cell_n += 1
            return
        if tag == "tr":
            self.flush()
            self.cell_n = 0
            return
        if tag == "blockquote":
            self.flush(gap=True)
            if self.o.get("bq", ">") == ">":
                self.depth += 1
            return
        if tag == "hr":
            self.flush()
            if self.o.get("hr"):
                self.lines.append((self.depth, self.o["hr"]))
            return
        if tag in BLOCKS:
            self.flush(gap=(tag in ("p", "table", "blockquote")))
            return
        if tag in ("strong", "b") and self.o.get("bold"):
            self.cur += self.o["bold"]
        if tag in ("em", "i") and self.o.get("ital"):
            self.cur += self.o["ital"]
        if tag == "a":
            self.links.append((a.get("href", ""), len(self.cur)))
        if tag == "img" and self.o.get("img"):
            alt = a.get("alt") or ""
            self.cur += self.o["img"].format(alt=alt, src=a.get("src", ""))

    def handle_endtag(self, tag):
        if tag in ("style", "script", "head", "title"):
            self.skip -= 1
            return
        if tag in ("strong", "b") and self.o.get("bold"):
            self.cur = self.cur.rstrip(" ") + self.o["bold"]
        if tag in ("em", "i") and self.o.get("ital"):
            self.cur += self.o["ital"]
        if tag == "a" and self.links:
            href, start = self.links.pop()
            text = self.cur[start:].strip()
            style = self.o.get("link", "outlook")
            url = href
            bare = url[7:] if url.startswith("mailto:") else url
            if style == "none" or not url:
                pass
            elif style == "outlook":
                self.cur += "<%s>" % url
            elif style == "gmail":
                if text != bare:
                    self.cur += " <%s>" % url
            elif style == "space":
                if text != url:
                    self.cur += " <%s>" % url
            elif style == "paren":
                if text != bare:
                    self.cur += " (%s)" % url
            return
        if tag == "blockquote":
            self.flush(gap=True)
            if self.o.get("bq", ">") == ">":
                self.depth -= 1
            return
        if tag == "table":
            self.flush(gap=True)
            return
        if tag in BLOCKS:
            self.flush(gap=(tag == "p"))

    def handle_data(self, data):
        if self.skip:
            return
        d = re.sub(r"[ \t\r\n]+", " ", data)
        if not self.cur and d.startswith(" "):
            d = d.lstrip(" ")
        self.cur += d

    def result(self):
        self.flush()
        return self.lines


def html_to_lines(h, **o):
    p = _H2T(o)
    p.feed(h)
    lines = p.result()
    # collapse runs of blank lines
    out = []
    for d, t in lines:
        if t == "" and out and out[-1][1] == "":
            continue
        out.append((d, t))
    while out and out[0][1] == "":
        out.pop(0)
    while out and out[-1][1] == "":
        out.pop()
    return out


def lines_to_text(lines, inner_prefix="> "):
    res = []
    for d, t in lines:
        pre = inner_prefix * d
        res.append((pre + t).rstrip() if t else pre.rstrip())
    return "\n".join(res)


def html_to_text(h, **o):
    return lines_to_text(html_to_lines(h, **o), o.get("inner_prefix", "> "))


def quote_text(t, prefix="> ", empty=">"):
    out = []
    for line in t.split("\n"):
        if line.startswith("\x00"):          # typed by the replier between quoted lines
            out.append(line)
        elif line == "":
            out.append(empty)
        elif line.startswith(">"):
            out.append(prefix.rstrip(" ") + line if prefix.strip() == ">" else prefix + line)
        else:
            out.append(prefix + line)
    return "\n".join(out)


def wrap_hard(t, width=76):
    """Outlook plain-text editor: hard line breaks at `width` (breaks at spaces,
    long tokens such as URLs are left unbroken)."""
    out = []
    for line in t.split("\n"):
        if len(line) <= width:
            out.append(line)
            continue
        out.extend(textwrap.wrap(line, width=width, break_long_words=False,
                                 break_on_hyphens=False) or [""])
    return "\n".join(out)


def wrap_flowed(t, width=72):
    """format=flowed (RFC 3676): soft breaks keep a trailing space; quote
    prefixes are repeated on each continuation line."""
    out = []
    for line in t.split("\n"):
        m = re.match(r"^(>+ ?)?", line)
        pre = m.group(0) if m else ""
        body = line[len(pre):]
        if len(line) <= width or line.rstrip() == "-- ":
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        words = body.split(" ")
        cur = ""
        chunks = []
        for w in words:
            if cur and len(pre) + len(cur) + len(w) + 1 > width:
                chunks.append(cur + " ")
                cur = w
            else:
                cur = w if not cur else cur + " " + w
        chunks.append(cur)
        for c in chunks:
            out.append(pre + c)
    return "\n".join(out)


# --------------------------------------------------------------------------
# transfer encodings
# --------------------------------------------------------------------------
def qp_encode(text, charset="utf-8", width=76, odd=False):
    """Quoted-printable with CRLF line ends.  odd=True puts soft line breaks in
    unusual places (inside words, between the bytes of one UTF-8 character)."""
    data = text.replace("\r\n", "\n").encode(charset)
    out_lines = []
    for raw in data.split(b"\n"):
        toks = []
        for i, b in enumerate(raw):
            c = bytes([b])
            if b == 61 or b > 126 or (b < 32 and b != 9):
                toks.append("=%02X" % b)
            elif b in (32, 9) and i == len(raw) - 1:
                toks.append("=%02X" % b)
            else:
                toks.append(c.decode("ascii"))
        line = ""
        n = 0
        brk_at = width - 1
        for t in toks:
            limit = brk_at
            if odd:
                # break early and in odd spots: every 40-57 chars
                limit = 40 + (n * 7) % 18
            if len(line) + len(t) > limit:
                out_lines.append(line + "=")
                line = ""
                n += 1
            line += t
        out_lines.append(line)
    return "\r\n".join(out_lines)


def b64_encode(text, charset="utf-8"):
    b = base64.b64encode(text.replace("\r\n", "\n").replace("\n", "\r\n").encode(charset)).decode()
    return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76))


def body_encode(text, cte, charset):
    text = text.replace("\r\n", "\n")
    if cte == "quoted-printable":
        return qp_encode(text, charset)
    if cte == "qp-odd":
        return qp_encode(text, charset, odd=True)
    if cte == "base64":
        return b64_encode(text, charset)
    return text.encode(charset).decode(charset).replace("\n", "\r\n")


# --------------------------------------------------------------------------
# headers
# --------------------------------------------------------------------------
def fold(name, value):
    line = "%s: %s" % (name, value)
    if len(line) <= 78:
        return line
    words = line.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > 76 and not cur.endswith(":"):
            out.append(cur)
            cur = " " + w
        else:
            cur = w if not cur else cur + " " + w
    out.append(cur)
    return "\r\n".join(out)


def enc_word(s, charset="utf-8"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return "=?%s?B?%s?=" % (charset, base64.b64encode(s.encode(charset)).decode())


def addr(name, a, quote=False):
    if not name:
        return a if not quote else "<%s>" % a
    n = enc_word(name)
    if quote or re.search(r'[(),.:;<>@\[\]"]', name):
        if n == name:
            n = '"%s"' % name
    return "%s <%s>" % (n, a)


def rfcdate(d):
    return email.utils.format_datetime(d)


def hx(seed, n):
    return hashlib.sha256(seed.encode()).hexdigest()[:n]


# --------------------------------------------------------------------------
# date strings per client / locale
# --------------------------------------------------------------------------
NL_DAYS = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
NL_DAYS_SHORT = ["ma", "di", "wo", "do", "vr", "za", "zo"]
NL_MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli",
             "augustus", "september", "oktober", "november", "december"]
NL_MON_SHORT = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def d_outlook_nl(d):
    return "%s %d %s %d %02d:%02d" % (NL_DAYS[d.weekday()], d.day, NL_MONTHS[d.month - 1],
                                     d.year, d.hour, d.minute)


def d_outlook_en(d, us=True):
    if us:
        h = d.hour % 12 or 12
        return "%s, %s %d, %d %d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day,
                                           d.year, h, d.minute, "AM" if d.hour < 12 else "PM")
    return "%s, %d %s %d %02d:%02d" % (EN_DAYS[d.weekday()], d.day, EN_MONTHS[d.month - 1],
                                     d.year, d.hour, d.minute)


def d_mobile_en(d):
    h = d.hour % 12 or 12
    return "%s, %s %d, %d %d:%02d:%02d %s" % (EN_DAYS[d.weekday()], EN_MONTHS[d.month - 1], d.day,
                                              d.year, h, d.minute, d.second, "AM" if d.hour < 12 else "PM")


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))
