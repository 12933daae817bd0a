#!/usr/bin/env python3
"""Compare what was spoken with a golden transcript (speech_transcript.sh).

transcript.py TRACE RECORDING GOLDEN SCALE

TRACE is UNCLENCH_TEST_TRACE: "phase KIND I AT NOW REAL_US" lines start a
phase (AT on the app's clock, ms), "say PRIO NOW REAL_US TEXT" lines are
what the coach said. RECORDING has "MONO_MS<TAB>TEXT" per line the speech
command was run with. GOLDEN has "OFFSET PRIO TEXT" lines: OFFSET seconds
after the phase change on the app's clock ("~": within 3 s). Checks: the
lines said are the golden ones in order, each said at its offset, never
early and at most 0.25 s (real) late; the speech command got each, in
order, at most 0.5 s (real) after it was said. Prints what differs.
"""
import sys


def main():
    trace, rec, gold, scale = sys.argv[1:5]
    scale = float(scale)
    said, at = [], None
    for line in open(trace, encoding="utf-8"):
        w = line.rstrip("\n").split(" ")
        if w[0] in ("phase", "finished"):
            at = int(w[3])
        elif w[0] == "say":
            said.append((w[1], int(w[2]), int(w[3]) / 1000.0,
                         " ".join(w[4:]), at))
    golden = [g.rstrip("\n") for g in open(gold, encoding="utf-8")
              if g.strip() and not g.startswith("#")]
    bad = []
    got = ["%s %s" % (s[0], s[3]) for s in said]
    want = [g.split(" ", 1)[1] for g in golden]
    if got != want:
        bad.append("said:\n  " + "\n  ".join(got) + "\nwant:\n  " +
                   "\n  ".join(want))
    for s, g in zip(said, golden):
        off = (s[1] - s[4]) / 1000.0
        approx = g.startswith("~")
        goff = float(g.split(" ", 1)[0].lstrip("~"))
        if approx and abs(off - goff) > 3:
            bad.append("%s: said at +%.3f, want about +%.1f" %
                       (s[3][:40], off, goff))
        elif not approx and not 0 <= (off - goff) / scale <= 0.25:
            bad.append("%s: said at +%.3f, want +%.1f" %
                       (s[3][:40], off, goff))
    recs = []
    for line in open(rec, encoding="utf-8"):
        ms, text = line.rstrip("\n").split("\t", 1)
        recs.append((float(ms), text))
    if [r[1] for r in recs] != [s[3] for s in said]:
        bad.append("the speech command got:\n  " +
                   "\n  ".join(r[1] for r in recs))
    else:
        for r, s in zip(recs, said):
            if not -5 <= r[0] - s[2] <= 500:
                bad.append("%s: spoken %.0f ms after it was said" %
                           (s[3][:40], r[0] - s[2]))
    for b in bad:
        print(b)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
