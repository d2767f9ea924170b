#!/usr/bin/env python3
"""Writes each taxonomy signal's "anchors": words of which every match of its pattern contains at least one.

The classifier matches a signal only when one of its anchors occurs in the sentence (a plain substring test,
ignoring case), which spares most regular-expression runs. The anchors are derived from the pattern's syntax
tree, conservatively: a literal counts only where every match must pass through it, and a pattern for which no
such set exists gets an empty list (always matched). Run after editing signals:

    python3 tools/signal-anchors.py src/Clauseline/Analysis/Data/taxonomy.json
"""
import json
import sys

try:
    import re._parser as sre_parse
    import re._constants as C
except ImportError:  # Python < 3.11
    import sre_parse
    import sre_constants as C

MIN = 3


def required(items):
    """A list of lower-case literals one of which every match of `items` (a sequence) contains, or None."""
    best = None
    run = ""
    candidates = []

    def close():
        nonlocal run
        if len(run) >= MIN:
            candidates.append([run])
        run = ""

    for op, av in items:
        if op == C.LITERAL and chr(av).isascii() and chr(av).isalpha():
            run += chr(av).lower()
            continue
        close()
        if op == C.SUBPATTERN:
            r = required(av[-1])
            if r:
                candidates.append(r)
        elif op == C.BRANCH:
            alternatives = [required(alt) for alt in av[1]]
            if all(alternatives):
                candidates.append(sorted({w for a in alternatives for w in a}))
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)):
            lo, _, item = av
            if lo >= 1:
                r = required(item)
                if r:
                    candidates.append(r)
        elif op == C.IN:
            # A class of exactly one letter in two cases, e.g. [sS], is still that letter; anything else breaks the run.
            pass
    close()
    for c in candidates:
        # Prefer the set whose shortest word is longest: it rules out the most sentences.
        if best is None or min(map(len, c)) > min(map(len, best)) or (min(map(len, c)) == min(map(len, best)) and len(c) < len(best)):
            best = c
    return best


def anchors(pattern):
    try:
        tree = sre_parse.parse(pattern, 0)
    except Exception:
        return []
    return required(list(tree)) or []


def main(path):
    with open(path, encoding="utf-8") as f:
        taxonomy = json.load(f)
    total = covered = 0
    for group in taxonomy["groups"]:
        for category in group["categories"]:
            for signal in category.get("signals", []):
                signal["anchors"] = anchors(signal["pattern"])
                total += 1
                covered += bool(signal["anchors"])
    with open(path, "w", encoding="utf-8") as f:
        json.dump(taxonomy, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{covered} of {total} signals have anchors")


if __name__ == "__main__":
    main(sys.argv[1])
