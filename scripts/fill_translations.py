#!/usr/bin/env python3
"""Helper for translating a Qt .ts file by hand through a JSON worksheet.

  fill_translations.py extract TS OUT.json   list unfinished entries (context, source, comment, numerus)
  fill_translations.py fill TS IN.json...    write the translations of the JSON files into TS

A JSON worksheet is a list of objects {"context", "source", "comment"?, "extracomment"?, "numerus",
"translation"} where "translation" is a string, or a list of strings for numerus entries (French: singular
form first, then plural).  Entries whose translation is empty are left unfinished.  The .ts file is edited
textually so that everything else (layout, escaping, DOCTYPE) is kept as lupdate wrote it.
"""
import html
import json
import re
import sys

MESSAGE_RE = re.compile(r'(?P<indent>[ \t]*)<message(?P<attrs>[^>]*)>(?P<body>.*?)</message>', re.S)
CONTEXT_RE = re.compile(r'<context>\s*<name>(?P<name>.*?)</name>(?P<body>.*?)</context>', re.S)


def tag(body, name):
    m = re.search(r'<%s>(.*?)</%s>' % (name, name), body, re.S)
    return html.unescape(m.group(1)) if m else ''


def escape(text):
    return (text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace("'", '&apos;'))


def key(context, source, comment):
    return (context, source, comment)


def iter_messages(text):
    for c in CONTEXT_RE.finditer(text):
        ctx = html.unescape(c.group('name'))
        for m in MESSAGE_RE.finditer(c.group('body')):
            yield ctx, c, m


def extract(ts, out):
    text = open(ts, encoding='utf-8').read()
    items = []
    for ctx, _, m in iter_messages(text):
        body = m.group('body')
        if 'type="unfinished"' not in body:
            continue
        item = {'context': ctx, 'source': tag(body, 'source')}
        if tag(body, 'comment'):
            item['comment'] = tag(body, 'comment')
        if tag(body, 'extracomment'):
            item['extracomment'] = tag(body, 'extracomment')
        item['numerus'] = 'numerus="yes"' in m.group('attrs')
        item['translation'] = ['', ''] if item['numerus'] else ''
        items.append(item)
    with open(out, 'w', encoding='utf-8') as f:
        json.dump(items, f, ensure_ascii=False, indent=1)
    print('%d unfinished entries written to %s' % (len(items), out))


PLACEHOLDER_RE = re.compile(r'%L?\d+|%n|<[^>]+>|&\w+;')


def check(source, translation):
    """Returns a list of problems: placeholders, tags and entities must survive translation."""
    problems = []
    want = sorted(PLACEHOLDER_RE.findall(source))
    got = sorted(PLACEHOLDER_RE.findall(translation))
    if want != got:
        problems.append('placeholders/tags differ: %s vs %s' % (want, got))
    if source[:1].isspace() != translation[:1].isspace() or source[-1:].isspace() != translation[-1:].isspace():
        problems.append('leading/trailing whitespace differs')
    if re.search(r'&[A-Za-z]', source) and not re.search(r'&[^\s&;]', translation.replace('&&', '')):
        if '&&' not in source:
            problems.append('accelerator lost')
    return problems


def fill(ts, jsons):
    table = {}
    for j in jsons:
        for item in json.load(open(j, encoding='utf-8')):
            t = item.get('translation')
            if not t or (isinstance(t, list) and not all(t)):
                continue
            table[key(item['context'], item['source'], item.get('comment', ''))] = t
    text = open(ts, encoding='utf-8').read()
    filled = 0
    problems = 0
    out = []
    pos = 0
    for ctx, c, m in iter_messages(text):
        body = m.group('body')
        if 'type="unfinished"' not in body:
            continue
        source = tag(body, 'source')
        t = table.get(key(ctx, source, tag(body, 'comment')))
        if t is None:
            continue
        numerus = 'numerus="yes"' in m.group('attrs')
        forms = t if isinstance(t, list) else [t]
        if numerus != isinstance(t, list):
            print('numerus mismatch: %s / %r' % (ctx, source), file=sys.stderr)
            problems += 1
            continue
        bad = [p for f in forms for p in check(source, f)]
        if bad:
            print('%s / %r: %s' % (ctx, source, '; '.join(bad)), file=sys.stderr)
            problems += 1
        indent = m.group('indent') + '    '
        if numerus:
            inner = ''.join('\n%s    <numerusform>%s</numerusform>' % (indent, escape(f)) for f in forms)
            new_tr = '<translation>%s\n%s</translation>' % (inner, indent)
        else:
            new_tr = '<translation>%s</translation>' % escape(t)
        new_body = re.sub(r'<translation type="unfinished">.*?</translation>|<translation type="unfinished"/>',
                          lambda _: new_tr, body, count=1, flags=re.S)
        start = c.start('body') + m.start('body')
        out.append(text[pos:start])
        out.append(new_body)
        pos = c.start('body') + m.end('body')
        filled += 1
    out.append(text[pos:])
    open(ts, 'w', encoding='utf-8').write(''.join(out))
    print('%d entries filled, %d with problems' % (filled, problems))
    return problems


if __name__ == '__main__':
    if len(sys.argv) >= 4 and sys.argv[1] == 'extract':
        extract(sys.argv[2], sys.argv[3])
    elif len(sys.argv) >= 4 and sys.argv[1] == 'fill':
        sys.exit(1 if fill(sys.argv[2], sys.argv[3:]) else 0)
    else:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
