#!/usr/bin/env python3
"""A pseudo catalogue from a .pot: each msgstr is the msgid with its
letters accented, padded 40% longer with '·' and wrapped in the markers
⟦ ⟧ (leading and trailing spaces stay outside; printf directives and
escapes are kept as they are).  Usage: mkpseudo.py IN.pot OUT.po"""
import re
import sys

ACC = dict(zip("aAcCdDeEgGhHiIkKlLnNoOrRsStTuUwWyYzZ",
               "áÅçÇđĐéÉğĞĥĤíÍķĶłŁñÑöÖŕŔšŠŧŦüÜŵŴýÝžŽ"))
# A directive, an escape, or one other character.
TOKEN = re.compile(r"%[-+ #0]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|z|j|t)?"
                   r"[diouxXeEfgGcsp%]|\\.|.", re.S)


def pseudo(s):
    lead = len(s) - len(s.lstrip(" "))
    trail = len(s) - len(s.rstrip(" "))
    core = s[lead:len(s) - trail]
    if core == "":
        return s
    out = "".join(t if len(t) > 1 else ACC.get(t, t)
                  for t in (m.group(0) for m in TOKEN.finditer(core)))
    # Lines of a multi-line string are marked each (a screen shows lines).
    lines = out.split("\\n")
    marked = ["⟦" + l + "·" * ((len(l) * 2 + 4) // 5) + "⟧" if l else l
              for l in lines]
    return " " * lead + "\\n".join(marked) + " " * trail


def main():
    src = open(sys.argv[1], encoding="utf-8").read()
    out = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
           '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n']
    for blk in src.split("\n\n")[1:]:
        fields, cur = {}, None
        for line in blk.strip("\n").split("\n"):
            if line.startswith("#"):
                continue
            m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$',
                         line)
            if m:
                cur = m.group(1)
                fields[cur] = m.group(2)
            elif cur:
                fields[cur] += line[1:-1]
        if "msgid" not in fields:
            continue
        e = 'msgid "%s"\n' % fields["msgid"]
        if "msgid_plural" in fields:
            e += 'msgid_plural "%s"\n' % fields["msgid_plural"]
            e += 'msgstr[0] "%s"\n' % pseudo(fields["msgid"])
            e += 'msgstr[1] "%s"\n' % pseudo(fields["msgid_plural"])
        else:
            e += 'msgstr "%s"\n' % pseudo(fields["msgid"])
        out.append(e)
    open(sys.argv[2], "w", encoding="utf-8").write("\n".join(out))


main()
