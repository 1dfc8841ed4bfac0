"""Verification: every file parses; headers thread correctly; an untouched
file is identical to its unedited rebuild and still carries every word of the
sent mail in order; an edited file differs from its unedited rebuild."""
import email
import os
import re
from email import policy

from mailkit import html_to_text


def words(t):
    t = t.replace("\u200b", "").replace("\ufeff", "").replace("\xa0", " ")
    t = re.sub(r"^[> ]+", "", t, flags=re.M)
    t = re.sub(r"\s?<(?:https?|mailto):[^>]*>", "", t)   # text<url> / text <url> link notation
    return [w for w in re.findall(r"[\w€][\w€,.:@+\-/#]*", t.lower())]


def parts(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    out = {}
    for p in m.walk():
        if p.get_content_type() in ("text/plain", "text/html") and p.get_content_type() not in out:
            out[p.get_content_type()] = p.get_content()
    return m, out


def is_subseq(small, big):
    it = iter(big)
    return all(any(w == b for b in it) for w in small)


def run(root, specs, render, sent):
    bad = 0
    ned = nun = 0
    for spec in specs:
        f = spec["file"]
        raw = open(os.path.join(root, "replies", f), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), f + ": bare LF"
        m, ps = parts(raw)
        s = sent[spec["sent"]]
        msgs = []
        if m.defects:
            msgs.append("defects %r" % m.defects)
        if m["In-Reply-To"] != s.msgid or s.msgid not in str(m["References"]):
            msgs.append("threading")
        if email.utils.parseaddr(str(m["From"]))[1] != s.to_addr:
            msgs.append("From")
        if email.utils.parseaddr(str(m["To"]))[1] != s.rt_addr:
            msgs.append("To")
        un, _ = render(spec, False)
        _, ups = parts(un.encode("utf-8"))
        edited = bool(spec["ops"])
        same = all(ps.get(k) == ups.get(k) for k in ("text/plain", "text/html"))
        if edited:
            ned += 1
            if same:
                msgs.append("edited file equals unedited rebuild")
            diffs = []
            for k in ("text/plain", "text/html"):
                if k in ps:
                    a = words(html_to_text(ps[k], link="none") if k == "text/html" else ps[k])
                    b = words(html_to_text(ups[k], link="none") if k == "text/html" else ups[k])
                    diffs.append("%s:%s" % (k[5:], "words-differ" if a != b else
                                            ("markup-only" if ps[k] != ups[k] else "same")))
            spec["_diff"] = " ".join(diffs)
        else:
            nun += 1
            if not same:
                msgs.append("untouched file differs from rebuild")
            if "cut-request" not in spec["extras"]:
                if "text/html" in ps:
                    sw = words(html_to_text(s.inner, link="none"))
                    rw = words(html_to_text(ps["text/html"], link="none"))
                    if not is_subseq(sw, rw):
                        msgs.append("html copy lost sent words")
                elif "text/plain" in ps:
                    src = s.text if spec["client"] in ("mutt", "alpine") else html_to_text(s.inner, link="none")
                    sw = [w for w in words(src) if not w.startswith(("mailto:", "https:"))]
                    rw = words(ps["text/plain"])
                    if not is_subseq(sw, rw):
                        msgs.append("text copy lost sent words")
            spec["_diff"] = "identical to rebuild"
        if msgs:
            bad += 1
            print("FAIL", f, "; ".join(msgs))
        else:
            print("ok  ", f, spec["_diff"])
    print("edited %d, untouched %d, failures %d" % (ned, nun, bad))
    return 1 if bad else 0
