#!/usr/bin/env python3
"""Rebuilds ../replies/*.eml and ../expected.json from ../sent/*.eml.

    python3 gen/build.py            # write the corpus
    python3 gen/build.py --check    # write, then verify (parse, edited vs. untouched)
"""
import html as H
import json
import os
import re
import sys
from datetime import timedelta

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ROOT = os.path.dirname(HERE)

from mailkit import (Sent, CET, html_to_text, quote_text, body_encode, fold, addr, rfcdate, hx, enc_word)  # noqa
from clients import CLIENTS, arrive, apply_edits_html, apply_edits_text, E, BANNERS  # noqa
from specs import SPECS, ANSWERS, SIGS  # noqa

SENT = {}
for f in sorted(os.listdir(os.path.join(ROOT, "sent"))):
    if f.endswith(".eml"):
        SENT[f[:-4]] = Sent(os.path.join(ROOT, "sent", f), f)

DISCLAIMER = {
    "nl": ("Dit bericht is uitsluitend bestemd voor de geadresseerde. Het kan vertrouwelijke informatie bevatten. "
           "Bent u niet de geadresseerde, verwijder dit bericht dan en informeer de afzender. Gemeente Voorbeeld "
           "aanvaardt geen aansprakelijkheid voor schade door het gebruik van elektronische communicatie."),
    "en": ("This e-mail is intended only for the addressee and may contain confidential information. If you are "
           "not the intended recipient, please delete it and notify the sender."),
}
TEXT_BANNER = {
    "banner-nl": "LET OP: Deze e-mail is afkomstig van buiten de organisatie. Klik niet op links en open geen "
                 "bijlagen, tenzij u de afzender herkent en weet dat de inhoud veilig is.\n\n",
    "banner-en": "CAUTION: This email originated from outside of the organization. Do not click links or open "
                 "attachments unless you recognize the sender and know the content is safe.\n\n",
}
LOGO_PNG = ("iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAAAPUlEQVR4nO3BMQEAAADCoPVPbQlPoAAAAAAAAAAAAAAAAAAA"
            "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+BsGSAABsqo3KQAAAABJRU5ErkJggg==")


class R:
    pass


def make(spec, edited_build=True):
    sent = SENT[spec["sent"]]
    cl = CLIENTS[spec["client"]](spec.get("lang", sent.lang))
    if spec["client"] == "outlook-mobile":
        cl.platform = spec.get("platform", "iOS")
    if spec["client"] == "apple-mail" and "keep-head" in spec["extras"]:
        cl.keep_head = True
    ex = set(spec["extras"])
    ops = spec["ops"] if edited_build else []
    r = R()
    r.seed = spec["file"]
    r.lang_tag = "NL" if cl.lang == "nl" else "EN-US"
    first = sent.person.split()[0]
    r.answer = [l.format(first=first) for l in ANSWERS[spec["answer"]]]
    sig = SIGS.get(spec.get("sig", ""), ("", ""))
    r.sig_text = sig[0].format(person=sent.person, addr=sent.to_addr)
    r.sig_html = sig[1].format(person=E(sent.person), addr=sent.to_addr)
    if "logo" in ex:
        cid = "image001.png@01DC5C2A.%s" % hx(r.seed, 8).upper()
        r.sig_html += ('<p class=MsoNormal><span style=\'font-size:10.0pt\'><img width=120 height=40 '
                       'style=\'width:1.25in;height:.4166in\' id="Afbeelding_x0020_1" src="cid:%s" '
                       'alt="Logo Gemeente Voorbeeld"></span><o:p></o:p></p>' % cid)
        r.sig_text += "[Logo Gemeente Voorbeeld]\n"
        r.cid = cid
    r.q_from_name, r.q_from_addr = sent.from_name, sent.from_addr
    r.q_to_addr = sent.to_addr
    r.q_to_disp = ("%s <%s>" % (sent.to_name, sent.to_addr)) if sent.to_name else sent.to_addr
    r.q_subject = ("[EXTERN] " if "extern" in ex else "") + sent.subject
    r.q_date = sent.local_date
    r.q_date_utc = sent.date
    r.q_msgid = sent.msgid
    dlang = "nl" if "disclaimer-nl" in ex else "en" if "disclaimer-en" in ex else None
    r.disclaimer_html = ('<div style="font-family:Arial;font-size:8pt;color:#808080"><br>%s</div>'
                         % DISCLAIMER[dlang]) if dlang else ""
    r.disclaimer_text = ("\n%s\n" % DISCLAIMER[dlang]) if dlang else ""

    # ---- the copy
    if cl.text_only:
        if getattr(cl, "from_html", False):
            qsrc = html_to_text(cl.quoted_html(sent, arrive(sent, ex)), **cl.text_opts)
        else:
            qsrc = sent.text.rstrip("\n")
            for b in ("banner-nl", "banner-en"):
                if b in ex:
                    qsrc = TEXT_BANNER[b] + qsrc
        r.qtext = apply_edits_text(qsrc, ops, person_mark=sent.person, inline_prefix="\x00")
        r.qhtml = ""
    else:
        recv = arrive(sent, ex)
        if "cut-request" in ex:   # reply with only the selected part quoted
            m = re.search(r'<p[^>]*>(?:Het verzoek|The request):</p>\n<blockquote.*?</blockquote>', recv, re.S)
            recv = m.group(0)
        q = cl.quoted_html(sent, recv)
        q = apply_edits_html(q, ops, cl.mk, person_mark=sent.person)
        if "entities" in ex:
            q = (q.replace("€", "&euro;").replace("é", "&eacute;").replace("ë", "&euml;")
                 .replace("&lt;", "&#60;").replace("&gt;", "&#62;"))
        if "nbsp" in ex:
            q = re.sub(r"(geschat|estimated) <(strong|b)>€ ", lambda m: m.group(1) + "&nbsp;<" + m.group(2)
                       + ">€&nbsp;", q)
            q = q.replace("Gemeente Voorbeeld &middot; SPOC", "Gemeente&nbsp;Voorbeeld&nbsp;&middot;&nbsp;SPOC")
            q = re.sub(r"(\w) (in de raadzaal|personen)", lambda m: m.group(1) + "&nbsp;" + m.group(2), q, count=1)
        if "zwsp" in ex:
            q = re.sub(r"(@)(gemeente-voorbeeld\.nl&gt;)", "\\1\u200b\\2", q, count=1)
            q = q.replace("SPOC-0042</", "SPOC-\u200b0042</", 1)
            q = "\ufeff" + q
        r.qhtml = q
        r.qtext = html_to_text(q, **cl.text_opts)
    htmlp, text = cl.build(r)
    if text is not None:
        text = text.replace("\x00", "")
    return sent, cl, r, htmlp, text


BOUNDARY = {
    "outlook": lambda s: "_000_AM9PR07MB%s_" % hx(s, 24).upper(),
    "owa": lambda s: "_000_AS8PR07MB%s_" % hx(s, 24).upper(),
    "gmail": lambda s: "000000000000%s" % hx(s, 12),
    "apple": lambda s: "Apple-Mail=_%s" % hx(s, 32).upper(),
    "tb": lambda s: "------------%s" % hx(s, 24),
    "rc": lambda s: "=_%s" % hx(s, 32),
    "zimbra": lambda s: "----=_Part_%d_%d.%d" % (int(hx(s, 4), 16), int(hx(s + "1", 6), 16), 1763890000000),
    "proton": lambda s: "b1=_%s" % hx(s, 40),
    "fm": lambda s: hx(s, 32),
    "notes": lambda s: "=_alternative %s_=" % hx(s, 16).upper(),
    "gw": lambda s: "=__Part%s.1__=" % hx(s, 8).upper(),
    "em": lambda s: "------=_MB%s" % hx(s, 32).upper(),
}
BSTYLE = {"outlook": "outlook", "outlook-plain": "outlook", "owa": "owa", "new-outlook": "owa",
          "outlook-mobile": "owa", "gmail": "gmail", "gmail-android": "gmail", "apple-mail": "apple",
          "ios-mail": "apple", "thunderbird": "tb", "thunderbird-plain": "tb", "roundcube": "rc",
          "zimbra": "zimbra", "proton": "proton", "fastmail": "fm", "hcl-notes": "notes", "groupwise": "gw",
          "emclient": "em", "mutt": "tb", "alpine": "tb"}


def cte_name(c):
    return {"qp-odd": "quoted-printable", "7bit-qp": "quoted-printable"}.get(c, c)


def enc_part(ctype, body, cs, cte, extra_ct=""):
    if cte == "7bit-qp":
        cte = "quoted-printable"
    if cs.lower() != "utf-8":
        if ctype == "text/html":
            body = body.encode(cs, "xmlcharrefreplace").decode(cs)
        else:
            body = body.encode(cs, "replace").decode(cs)
    if cte == "8bit" and all(ord(c) < 128 for c in body):
        cte = "7bit"
    head = "Content-Type: %s; charset=\"%s\"%s\r\nContent-Transfer-Encoding: %s\r\n" % (
        ctype, cs, extra_ct, cte_name(cte))
    return head + "\r\n" + body_encode(body, cte, cs) + "\r\n"


def render(spec, edited_build=True):
    sent, cl, r, htmlp, text = make(spec, edited_build)
    ex = set(spec["extras"])
    seed = spec["file"]
    cs_t, cte_t = cl.text_cs, cl.text_cte
    cte_h = cl.html_cte
    if "qp-odd" in ex:
        cte_h = "qp-odd"
        cte_t = "qp-odd" if cte_t == "quoted-printable" else cte_t
    dom = sent.to_addr.split("@")[1]
    # headers
    subj = cl.prefix + r.q_subject
    if spec["client"] in ("gmail", "gmail-android", "apple-mail", "ios-mail", "thunderbird", "thunderbird-plain",
                          "fastmail", "proton", "mutt", "alpine", "roundcube", "emclient", "zimbra", "groupwise"):
        subj = "Re: " + r.q_subject
    if spec["client"] == "hcl-notes" and cl.lang == "en":
        subj = "Re: " + r.q_subject
    delay = timedelta(minutes=7 + int(hx(seed, 4), 16) % 1400, seconds=int(hx(seed + "s", 2), 16) % 60)
    date = (sent.date + delay).astimezone(CET)
    hdrs = []
    person = sent.person
    outlook_like = spec["client"] in ("outlook", "outlook-plain", "owa", "new-outlook", "outlook-mobile")
    hdrs.append(("From", addr(person, sent.to_addr)))
    to_name = sent.rt_name if sent.msg["Reply-To"] else sent.from_name
    if outlook_like and not to_name:
        hdrs.append(("To", '"%s" <%s>' % (sent.rt_addr, sent.rt_addr)))
    else:
        hdrs.append(("To", addr(to_name, sent.rt_addr) if to_name else sent.rt_addr))
    hdrs.append(("Subject", enc_word(subj)))
    for k, v in cl.headers(seed):
        if k == "Thread-Topic":
            hdrs.append((k, enc_word(re.sub(r"^\[EXTERN\] ", "", r.q_subject))))
        elif v is not None:
            hdrs.append((k, v))
    hdrs.append(("Date", rfcdate(date)))
    hdrs.append(("Message-ID", cl.msgid(seed, dom)))
    hdrs.append(("References", sent.msgid))
    hdrs.append(("In-Reply-To", sent.msgid))
    hdrs.append(("MIME-Version", "1.0"))

    bst = BOUNDARY[BSTYLE[spec["client"]]]
    b_alt = bst(seed)
    html_only = "html-only" in ex or htmlp is not None and getattr(cl, "html_only", False)
    if htmlp is None:
        ff = '; format=flowed' if spec["client"] in ("thunderbird-plain",) else ""
        body = enc_part("text/plain", text, cs_t, cte_t, ff)
        head, rest = body.split("\r\n\r\n", 1)
        out = "\r\n".join(fold(k, v) for k, v in hdrs) + "\r\n" + head + "\r\n\r\n" + rest
    else:
        if html_only:
            part_alt = enc_part("text/html", htmlp, cl.html_cs, cte_h)
        else:
            ff = '; format=flowed' if spec["client"] in ("thunderbird", "roundcube") else ""
            part_alt = ("Content-Type: multipart/alternative;\r\n boundary=\"%s\"\r\n\r\n" % b_alt
                        + "--%s\r\n" % b_alt + enc_part("text/plain", text, cs_t, cte_t, ff)
                        + "--%s\r\n" % b_alt + enc_part("text/html", htmlp, cl.html_cs, cte_h)
                        + "--%s--\r\n" % b_alt)
        if "logo" in ex:
            b_rel = bst(seed + "rel")
            part = ("Content-Type: multipart/related;\r\n boundary=\"%s\";\r\n type=\"multipart/alternative\"\r\n\r\n"
                    % b_rel + "--%s\r\n" % b_rel + part_alt
                    + "--%s\r\n" % b_rel
                    + "Content-Type: image/png; name=\"image001.png\"\r\nContent-Description: image001.png\r\n"
                      "Content-Disposition: inline; filename=\"image001.png\"; size=%d\r\n"
                      "Content-ID: <%s>\r\nContent-Transfer-Encoding: base64\r\n\r\n%s\r\n"
                    % (len(LOGO_PNG) * 3 // 4, r.cid, LOGO_PNG)
                    + "--%s--\r\n" % b_rel)
        else:
            part = part_alt
        head, rest = part.split("\r\n\r\n", 1)
        out = "\r\n".join(fold(k, v) for k, v in hdrs) + "\r\n" + head + "\r\n\r\n" + rest
    out = out.replace("\r\n", "\n").replace("\n", "\r\n")
    return out, (r.qhtml, r.qtext)


def main():
    outdir = os.path.join(ROOT, "replies")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))
    expected = {}
    copies = {}
    for n, spec in enumerate(SPECS, 1):
        fname = "d%02d-%s-%s.eml" % (n, spec["client"], spec["short"])
        spec["file"] = fname
        data, cp = render(spec, True)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data.encode("latin-1", "strict") if False else data.encode("utf-8"))
        expected[fname] = {"sent": spec["sent"] + ".eml", "edited": bool(spec["ops"]),
                           "note": spec["note"]}
        copies[fname] = (spec, cp)
    with open(os.path.join(ROOT, "expected.json"), "w") as fh:
        json.dump(expected, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
    print("wrote %d files" % len(expected))
    if "--check" in sys.argv:
        import check
        sys.exit(check.run(ROOT, SPECS, render, SENT))


if __name__ == "__main__":
    main()
