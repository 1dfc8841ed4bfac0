import base64, hashlib, quopri, json, os

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
SPOC = "spoc@gemeente-voorbeeld.nl"
SPOC_NAME = "SPOC Gemeente Voorbeeld"
REQ_MSGID = "spocd.q7hx2m4kd9wf3@gemeente-voorbeeld.nl"
REQ_DATE_NL = "woensdag 25 november 2026 10:12"

def token(name):
    return base64.b32encode(hashlib.sha256(name.encode()).digest()).decode().lower()[:26]

def req_subject(tok, lang="nl"):
    if lang == "en":
        return f"[SPOC-0042 a:{tok}] Approval requested: Extra workstation Civil Affairs"
    return f"[SPOC-0042 a:{tok}] Goedkeuring gevraagd: Extra werkplek Burgerzaken"

def request_text(tok, lang="nl"):
    if lang == "en":
        return f"""Dear Jan Jansen,

Marieke de Vries (Civil Affairs) asks for extra work that needs your approval.

Reference:  SPOC-0042
Subject:    Extra workstation for a new colleague
Category:   ICT - workstation
Estimate:   EUR 450.00 (extra work)

Reply "akkoord" to approve or "niet akkoord" to reject.
You may add a remark after the word.

Kind regards,
SPOCd - Gemeente Voorbeeld

spocd-token: {tok}"""
    return f"""Beste Jan Jansen,

Marieke de Vries (Burgerzaken) vraagt om extra werk dat uw goedkeuring nodig heeft.

Referentie:  SPOC-0042
Omschrijving: Extra werkplek voor nieuwe medewerker
Categorie:   ICT - werkplek
Schatting:   € 450,00 (meerwerk)

Antwoord "akkoord" om goed te keuren of "niet akkoord" om af te wijzen.
U kunt een opmerking achter het woord zetten.

Met vriendelijke groet,
SPOCd - Gemeente Voorbeeld

spocd-token: {tok}"""

def request_html(tok, lang="nl"):
    t = request_text(tok, lang)
    paras = t.split("\n\n")
    out = []
    for p in paras:
        p = p.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
        p = p.replace("€", "&euro;")
        if p.startswith("spocd-token"):
            out.append(f'<p style="color:#888888;font-size:11px">{p}</p>')
        else:
            out.append("<p>" + p.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)

def quote_gt(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))

def codec(charset):
    # Outlook labels text "iso-8859-1" but writes windows-1252 bytes (0x80 for the euro sign).
    c = charset.lower()
    return "cp1252" if c in ("iso-8859-1", "windows-1252", "us-ascii") else c

def qp(s, charset="utf-8"):
    b = s.replace("\n", "\r\n").encode(codec(charset))
    enc = quopri.encodestring(b).decode("ascii")
    return enc

def b64(s, charset="utf-8"):
    raw = base64.b64encode(s.replace("\n", "\r\n").encode(codec(charset))).decode()
    return "\r\n".join(raw[i:i+76] for i in range(0, len(raw), 76))

def part(ctype, body, cte, charset="utf-8", extra=""):
    if cte == "quoted-printable":
        enc = qp(body, charset)
    elif cte == "base64":
        enc = b64(body, charset)
    else:
        enc = body.replace("\n", "\r\n")
    cs = f'; charset="{charset}"' if charset else ""
    return f"Content-Type: {ctype}{cs}{extra}\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{enc}"

def multipart(boundary, parts, subtype="alternative", extra=""):
    s = ""
    for p in parts:
        s += f"--{boundary}\r\n{p}\r\n\r\n"
    s += f"--{boundary}--\r\n"
    return f'multipart/{subtype}; boundary="{boundary}"{extra}', s

CASES = {}

def write(name, headers, ctype, body, expect, cte=None, encode_body=None):
    """headers: list of (k, v). body: already encoded for single part, or multipart body."""
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    lines.append("MIME-Version: 1.0") if not any(k.lower() == "mime-version" for k, _ in headers) else None
    lines.append(f"Content-Type: {ctype}")
    if cte:
        lines.append(f"Content-Transfer-Encoding: {cte}")
    data = "\r\n".join(lines) + "\r\n\r\n" + body
    if isinstance(data, str):
        data = data.encode(codec(encode_body or "utf-8"))
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name + ".eml"), "wb") as f:
        f.write(data)
    e = {"decision": "none", "status": None, "remark": None, "ignore": None}
    e.update(expect)
    CASES[name + ".eml"] = e

def enc_single(body, cte, charset="utf-8"):
    if cte == "quoted-printable":
        return qp(body, charset)
    if cte == "base64":
        return b64(body, charset)
    return body.replace("\n", "\r\n")
