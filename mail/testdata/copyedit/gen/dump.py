import email, sys
from email import policy
for f in sys.argv[1:]:
    m = email.message_from_binary_file(open(f, 'rb'), policy=policy.default)
    print("=====", f)
    for k in ("From","To","Subject","Date","Message-ID","In-Reply-To"): print(k+":", m[k])
    for p in m.walk():
        if p.get_content_type() == ("text/html" if "--html" in sys.argv else "text/plain"):
            print("---", p.get_content_type(), p.get_param("charset"), p["Content-Transfer-Encoding"])
            print(p.get_content())
