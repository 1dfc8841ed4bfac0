"""Building blocks for the reply corpus: parse sent mails, render HTML to text the
way various clients do, MIME encoding, and per-client reply builders."""
import base64, email, hashlib, html as H, random, re, textwrap, uuid
from datetime import datetime, timedelta, timezone
from email import policy
from email.utils import parseaddr, format_datetime
from html.parser import HTMLParser
from zoneinfo import ZoneInfo
import os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus directory

AMS = ZoneInfo("Europe/Amsterdam")
SENT_DIR = os.path.join(BASE, "sent")


# ---------------------------------------------------------------- sent mails
class Sent:
    def __init__(self, name):
        self.name = name
        m = email.message_from_binary_file(open(f"{SENT_DIR}/{name}.eml", "rb"), policy=policy.default)
        self.msgid = m["Message-ID"].strip()
        self.subject = str(m["Subject"])
        self.from_name, self.from_addr = parseaddr(str(m["From"]))
        self.to_name, self.to_addr = parseaddr(str(m["To"]))
        rt = m["Reply-To"]
        if rt:
            self.rt_name, self.rt_addr = parseaddr(str(rt))
        else:  # clarification mail has no Reply-To: a reply goes to From
            self.rt_name, self.rt_addr = self.from_name, self.from_addr
        self.date = email.utils.parsedate_to_datetime(m["Date"]).astimezone(timezone.utc)
        for p in m.walk():
            if p.get_content_type() == "text/plain":
                self.text = p.get_content().replace("\r\n", "\n")
            elif p.get_content_type() == "text/html":
                self.html = p.get_content().replace("\r\n", "\n")
        b = re.search(r"<body([^>]*)>\n?(.*?)\n?</body>", self.html, re.S)
        self.body_attrs, self.frag = b.group(1), b.group(2)
        self.body_style = re.search(r'style="([^"]*)"', self.body_attrs).group(1)
        self.title = H.unescape(re.search(r"<title>(.*?)</title>", self.html, re.S).group(1))
        self.lang = re.search(r'<html lang="(\w+)"', self.html).group(1)
        self.local = self.date.astimezone(AMS)
        self.me_name = self.to_name or re.search(r"(?:Hallo|Hello) ([^,<]+),", self.text).group(1)
        self.first = self.me_name.split()[0]


# ---------------------------------------------------------------- HTML -> text
BLOCK = {"p", "div", "table", "tr", "h1", "h2", "h3", "ul", "ol", "li", "hr", "center", "title"}


class _R(HTMLParser):
    def __init__(self, o):
        super().__init__(convert_charrefs=True)
        self.o, self.out, self.skip, self.links, self.cell = o, [], 0, [], 0

    def emit(self, s):
        self.out.append(s)

    def handle_starttag(self, t, a):
        a = dict(a)
        if t in ("head", "style", "script", "title"):
            self.skip += 1
            return
        if t in ("p",):
            self.emit("\n\n")
        elif t in BLOCK:
            self.emit("\x03")
        if t == "tr":
            self.cell = 0
        if t == "td":
            if self.o["cells"] == "tab" and self.cell:
                self.emit("\t")
            elif self.o["cells"] == "space" and self.cell:
                self.emit(" ")
            elif self.o["cells"] == "lines":
                self.emit("\x03")
            self.cell += 1
        if t == "br":
            self.emit("\n")
        if t == "blockquote":
            self.emit("\n\x01\n")
        if t in ("strong", "b") and self.o["bold"]:
            self.emit(self.o["bold"])
        if t in ("em", "i") and self.o["em"]:
            self.emit(self.o["em"])
        if t == "a":
            self.links.append((a.get("href", ""), len(self.out)))
        if t == "img":
            alt = a.get("alt", "")
            if self.o["img"] == "gmail":
                self.emit(f"[image: {alt}]")
            elif self.o["img"] == "outlook":
                self.emit(f"[{alt}]" if alt else "[cid:%s]" % a.get("src", "")[4:])
            elif self.o["img"] == "alt":
                self.emit(alt)

    def handle_startendtag(self, t, a):
        self.handle_starttag(t, a)

    def handle_endtag(self, t):
        if t in ("head", "style", "script", "title"):
            self.skip -= 1
            return
        if t in ("strong", "b") and self.o["bold"]:
            self.emit(self.o["bold"])
        if t in ("em", "i") and self.o["em"]:
            self.emit(self.o["em"])
        if t == "a" and self.links:
            href, pos = self.links.pop()
            text = "".join(self.out[pos:]).strip()
            url = href
            if not href or self.o["link"] == "none":
                return
            if href.startswith("mailto:") and href[7:] == text and self.o["link"] != "outlook":
                return
            if href == text and self.o["link"] != "outlook":
                return
            self.emit(("<%s>" if self.o["link"] == "outlook" else " <%s>") % url)
        if t == "p":
            self.emit("\n\n")
        elif t in BLOCK:
            self.emit("\x03")
        if t == "blockquote":
            self.emit("\n\x02\n")

    def handle_data(self, d):
        if self.skip:
            return
        d = re.sub(r"[ \t\r\n]+", " ", d)
        self.emit(d)


def render(html, cells="lines", bold="", em="", link="outlook", img="outlook", bq="", nbsp=" "):
    r = _R(dict(cells=cells, bold=bold, em=em, link=link, img=img))
    r.feed(html)
    r.close()
    txt = "".join(r.out).replace("\xa0", nbsp)
    txt = re.sub(r"[ \t]*[\x03\n][\x03\n \t]*", lambda m: "\n\n" if m.group(0).count("\n") >= 2 else "\n", txt)
    lines, depth, res = txt.split("\n"), 0, []
    for ln in lines:
        if ln.strip() == "\x01":
            depth += 1
            res.append(("", depth))
            continue
        if ln.strip() == "\x02":
            depth -= 1
            res.append(("", depth))
            continue
        ln = ln.strip(" ")
        res.append((ln, depth))
    out, blank = [], True
    for ln, d in res:
        if not ln.strip():
            if not blank:
                out.append((bq.rstrip() * d if bq else "") if d else "")
            blank = True
            continue
        out.append((bq * d) + ln)
        blank = False
    while out and not out[-1].strip(" >"):
        out.pop()
    return "\n".join(out)


def quote(text, prefix="> ", empty=">"):
    return "\n".join((prefix + l) if l else empty for l in text.split("\n"))


def wrap(text, width=76, flowed=False):
    out = []
    for l in text.split("\n"):
        if len(l) <= width:
            out.append(l)
            continue
        ind = re.match(r"^[> ]*", l).group(0) if l.startswith(">") else ""
        body = l[len(ind):]
        parts = textwrap.wrap(body, width - len(ind), break_long_words=False, break_on_hyphens=False)
        for i, p in enumerate(parts):
            out.append(ind + p + (" " if flowed and i < len(parts) - 1 else ""))
    return "\n".join(out)


# ---------------------------------------------------------------- MIME helpers
def qp(data: bytes):
    out = []
    for line in data.split(b"\n"):
        enc = []
        for i, c in enumerate(line):
            if (33 <= c <= 126 and c != 61) or (c in (32, 9) and i != len(line) - 1):
                enc.append(chr(c))
            else:
                enc.append("=%02X" % c)
        cur = ""
        for tok in enc:
            if len(cur) + len(tok) > 75:
                out.append(cur + "=")
                cur = ""
            cur += tok
        out.append(cur)
    return "\n".join(out)


def leaf(ctype, text, charset="utf-8", cte="quoted-printable", params="", extra=()):
    text = text.replace("\r\n", "\n")
    cs = "utf-8" if charset == "utf-8-bare" else charset
    if ctype == "text/html":
        data = text.encode(cs, errors="xmlcharrefreplace")
    else:
        data = text.encode(cs)
    h = [f'Content-Type: {ctype}; charset="{charset}"{params}'] if charset != "utf-8-bare" else []
    if cte == "quoted-printable":
        body = qp(data)
    elif cte == "base64":
        body = "\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76))
    else:
        body = data.decode(cs)
    h.append(f"Content-Transfer-Encoding: {cte}")
    h.extend(extra)
    return "\n".join(h) + "\n\n" + body


def binleaf(ctype, data, extra=()):
    h = [f"Content-Type: {ctype}", "Content-Transfer-Encoding: base64", *extra]
    return "\n".join(h) + "\n\n" + "\n".join(textwrap.wrap(base64.b64encode(data).decode(), 76))


def multipart(sub, boundary, parts, params="", preamble=""):
    s = f'Content-Type: multipart/{sub};\n\tboundary="{boundary}"{params}\n\n'
    if preamble:
        s += preamble + "\n\n"
    for p in parts:
        s += f"--{boundary}\n{p}\n\n"
    s += f"--{boundary}--\n"
    return s


def fold(name, value, width=78):
    line, out = f"{name}: ", []
    for w in value.split(" "):
        if len(line) + len(w) + 1 > width and line.strip() != f"{name}:":
            out.append(line.rstrip())
            line = " "
        line += w + " "
    out.append(line.rstrip())
    return "\n".join(out)


def addr(name, a):
    if not name:
        return f"<{a}>" if False else a
    if re.search(r'[,.;:@"()]', name):
        return f'"{name}" <{a}>'
    return f"{name} <{a}>"


def tiny_png(seed=0):
    import zlib, struct
    w, h = 24, 8
    raw = b"".join(b"\x00" + bytes(([31, 111, 235] if (y + seed) % 2 else [255, 255, 255]) * w) for y in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")


# ---------------------------------------------------------------- dates
DAYS_NL = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MON_NL = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
          "oktober", "november", "december"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def nl_long(d):  # zaterdag 28 november 2026 11:20
    return f"{DAYS_NL[d.weekday()]} {d.day} {MON_NL[d.month-1]} {d.year} {d:%H:%M}"


def en_long(d):  # Saturday, November 28, 2026 11:20 AM
    return f"{DAYS_EN[d.weekday()]}, {MON_EN[d.month-1]} {d.day}, {d.year} {d.strftime('%I:%M %p').lstrip('0')}"


def rfc(d):
    return format_datetime(d)
