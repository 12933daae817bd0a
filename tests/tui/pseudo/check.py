#!/usr/bin/env python3
"""check.py ALLOW SCREEN NAME: a screen under the pseudo catalogue.
Every ⟦ is closed by its ⟧ (on its line or a wrapped one; a translated
label inside a translated format nests), none is cut with '…', and no ⟧
comes without its ⟦: a cut label breaks the pair. A rule (a row of ─)
ends a text area: a paragraph that scrolls on under it is not cut. With
the marked spans taken out, every word left (two letters or more) must
be data (ALLOW: the words of routine, part and safety texts, translated
as data, not through gettext): any other is a string shown without _()."""
import re
import sys

allow = set(open(sys.argv[1], encoding="utf-8").read().lower().split())
screen = open(sys.argv[2], encoding="utf-8").read()
name = sys.argv[3]
bad = []
lines = screen.split("\n")
opened = []
for n, line in enumerate(lines, 1):
    if line.strip() and set(line.strip()) <= set("─"):
        opened = []
    for ch in line:
        if ch == "⟦":
            opened.append(n)
        elif ch == "⟧":
            if not opened:
                bad.append("line %d: ⟧ without its ⟦ (cut at the start): %s"
                           % (n, line.strip()))
            else:
                opened.pop()
        elif ch == "…" and opened:
            bad.append("line %d: a label cut with …: %s" % (n, line.strip()))
for n in opened:
    bad.append("line %d: a label never closed (cut): %s"
               % (n, lines[n - 1].strip()))
# A word cut by the screen's edge ("rea…") is checked by what is left of it.
# Area by area (a rule ends one): the marked spans out, and a label still
# open at the rule (it scrolls on under it) with them.
rest = []
for area in re.split(r"\n[ ]*─+[ ]*(?=\n|$)", re.sub(r"[A-Za-z]+…", " ", screen)):
    while True:
        new = re.sub(r"⟦[^⟦⟧]*⟧", " ", area)
        if new == area:
            break
        area = new
    rest.append(re.sub(r"⟦.*", " ", area, flags=re.S))
rest = "\n".join(rest)
words = sorted({w for w in re.findall(r"[A-Za-z]{2,}", rest)
                if w.lower() not in allow})
if words:
    bad.append("unmarked words (a string not through gettext): "
               + " ".join(words))
for b in bad:
    print("FAIL: %s: %s" % (name, b))
sys.exit(1 if bad else 0)
