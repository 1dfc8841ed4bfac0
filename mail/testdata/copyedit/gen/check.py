import email, json, os, sys
from email import policy
import os
BASE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # the corpus directory
exp = json.load(open(os.path.join(BASE, 'expected.json')))
R, B = os.path.join(BASE, 'replies'), '/tmp/baseline'
def parts(path):
    raw = open(path, 'rb').read()
    assert b'\r\n' in raw and b'\n' not in raw.replace(b'\r\n', b''), 'line ends'
    m = email.message_from_bytes(raw, policy=policy.default)
    assert not m.defects, m.defects
    d = {}
    for p in m.walk():
        assert not p.defects, (path, p.defects)
        if p.get_content_maintype() == 'text':
            d[p.get_content_type()] = p.get_content()
    for h in ('From','To','Subject','Date','Message-ID','In-Reply-To','References'):
        assert m[h], (path, h)
    return m, d
bad = 0
for f, e in exp.items():
    m, d = parts(os.path.join(R, f))
    sent = email.message_from_binary_file(open(os.path.join(BASE, 'sent', e['sent']),'rb'), policy=policy.default)
    assert m['In-Reply-To'] == sent['Message-ID'], f
    rt = sent['Reply-To'] or sent['From']
    assert email.utils.parseaddr(str(m['To']))[1] == email.utils.parseaddr(str(rt))[1], f
    assert email.utils.parseaddr(str(m['From']))[1] == email.utils.parseaddr(str(sent['To']))[1], f
    _, b = parts(os.path.join(B, f))
    diff = {k: d[k] != b.get(k) for k in d}
    if e['edited'] != any(diff.values()):
        print('MISMATCH', f, diff); bad += 1
    if e['edited']:
        print(f, {k.split('/')[1]: v for k, v in diff.items()})
print('files', len(exp), 'edited', sum(e['edited'] for e in exp.values()), 'bad', bad)
