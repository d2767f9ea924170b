#!/usr/bin/env python3
"""Picks substantive changes from `clauseline changes --json` output with a fixed seed, for reading each
summary against its diff. Usage: clauseline changes --json | python3 bench/review/sample_changes.py [N] [SEED]"""
import json
import random
import sys

count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
seed = int(sys.argv[2]) if len(sys.argv) > 2 else 20261126
changes = [json.loads(line) for line in sys.stdin if line.strip()]
substantive = [c for c in changes if c["significance"] == "substantive"]
random.seed(seed)
for n, change in enumerate(random.sample(substantive, min(count, len(substantive))), 1):
    print(f"=== {n}. {change['platform']}/{change['type']} version {change['from_version']} -> {change['to_version']} "
          f"({change['recorded_at']}, {change['status']}{', flip-back' if change['flip_back'] else ''})")
    print(f"HEADLINE: {change['headline']}")
    for p in change["provisions"]:
        if p["significance"] != "substantive":
            continue
        print(f"  [{p['kind']}] {p['summary']}")
        diff = p.get("diff") or []
        text = "".join(f"[-{d['text']}-]" if d["operation"] == "deleted" else f"{{+{d['text']}+}}" if d["operation"] == "inserted" else d["text"] for d in diff)
        if text:
            print("      " + (text if len(text) < 700 else text[:700] + " …"))
    print()
