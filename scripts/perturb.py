#!/usr/bin/env python3
"""Robustness check: rewrite the gold articles in ways that change no claim,
annotate them, and score the engine on them beside the originals.

usage: scripts/perturb.py MODE [--seed N] [--bin PATH] [--keep DIR] GOLD_DIR...

A rule fitted to the words of the gold sets shows here: the figures of a
general engine do not move when the people are renamed or "said" is written
"says". Every span of the gold (content, source, cue, speaker mentions) is
moved with the text, so the rewritten gold is as exact as the original.

MODE is one of:
  names      give every person whose gender the gold shows (a "he" or "she"
             among their mentions) a new given name of that gender and a new
             surname, from lists of names from many languages;
  surnames   new surnames only;
  titledot   "Mr", "Ms", "Mrs", "Dr" written with a stop ("Mr.");
  says       every "said" written "says";
  verb=WORD  every "said" written WORD ("verb=stated");
  org=NAME   the first one-word organisation named twice or more in each
             article renamed NAME ("org=eBay").

It prints, pooled over every GOLD_DIR, the engine's figures on the original
and on the rewritten articles (claims matched, attribution, counterclaims):

  python3 scripts/perturb.py names tests/fresh tests/fresh{2..22}

It reads ../shared/score.py for the matching and needs a release build
(`cargo build --release`) unless --bin names another claimlens.
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "shared"))
try:
    import score  # noqa: E402  (../shared/score.py)
except ImportError:
    sys.exit("perturb.py needs ../shared/score.py beside the repository")

SURNAMES = ["Okonkwo", "Nguyen", "Kowalczyk", "Haddad", "Fernández", "Lindqvist", "Tanaka",
            "O'Brien", "Mbeki", "Rahman", "Papadopoulos", "Ivanova", "Achterberg", "Chukwu",
            "Sørensen", "Al-Masri", "Begum", "Castellano", "Dubois", "Yilmaz", "Kaur", "Abara",
            "Novak", "Whitlock", "Ferreira", "Mahlangu", "Bianchi", "Quispe", "Nakamura",
            "Ostrowski"]
WOMEN = ["Amara", "Ingrid", "Priya", "Chiamaka", "Sofía", "Mei", "Fatima", "Olga", "Niamh",
         "Aisha", "Lucía", "Yuki", "Zanele", "Hannah", "Marisol"]
MEN = ["Tomasz", "Kwame", "Rajesh", "Diego", "Hiroshi", "Emeka", "Lars", "Omar", "Dmitri",
       "Callum", "Mateo", "Sipho", "Anders", "Farid", "Joaquín"]
TITLES = {"Mr", "Mrs", "Ms", "Dr", "President", "Judge", "Professor", "Councillor", "Senator",
          "Minister", "Chief"}


def whole_word(w):
    return re.compile(r"(?<![\w-])" + re.escape(w) + r"(?![\w-])")


def u16(text, cp):
    """The UTF-16 offset of code point `cp` of `text`."""
    return cp + sum(1 for ch in text[:cp] if ord(ch) > 0xFFFF)


def replacements(mode, doc, rng):
    """(start, end, new) in code points, not overlapping, in order."""
    text = doc["text"]
    units = text.encode("utf-16-le")
    subs = []
    if mode in ("names", "surnames"):
        used = set()
        for sp in doc["speakers"]:
            words = re.findall(r"[A-ZÀ-Ý][\w'’-]+", sp["name"])
            if sp.get("kind") != "person" or len(words) < 2:
                continue
            pairs = [(words[-1], [s for s in SURNAMES if s not in text and s not in used])]
            if mode == "names" and words[0] not in TITLES:
                said = {units[a * 2:b * 2].decode("utf-16-le").lower() for a, b in sp["mentions"]}
                he = bool(said & {"he", "him", "his", "himself"})
                she = bool(said & {"she", "her", "hers", "herself"})
                if he != she:
                    pool = WOMEN if she else MEN
                    pairs.append((words[0], [n for n in pool if n not in text and n not in used]))
            for old, pool in pairs:
                if old in used or not pool:
                    continue
                new = rng.choice(pool)
                used.update((old, new))
                subs += [(m.start(), m.end(), new) for m in whole_word(old).finditer(text)]
    elif mode == "titledot":
        subs = [(m.start(), m.end(), m.group(1) + ".")
                for m in re.finditer(r"(?<![\w-])(Dr|Mr|Mrs|Ms)(?= [A-Z])", text)]
    elif mode == "says" or mode.startswith("verb="):
        new = "says" if mode == "says" else mode[5:]
        subs = [(m.start(), m.end(), new) for m in whole_word("said").finditer(text)]
    elif mode.startswith("org="):
        for sp in doc["speakers"]:
            name = re.sub(r"^the ", "", sp["name"])
            if (sp.get("kind") == "organization" and re.fullmatch(r"[A-Z][a-z]+", name)
                    and len(whole_word(name).findall(text)) >= 2):
                subs = [(m.start(), m.end(), mode[4:]) for m in whole_word(name).finditer(text)]
                break
    else:
        sys.exit(f"unknown MODE {mode!r} (see --help)")
    subs.sort()
    return [s for i, s in enumerate(subs) if i == 0 or s[0] >= subs[i - 1][1]]


def rewrite(doc, subs):
    """The document with `subs` made and every span moved with its text."""
    text = doc["text"]
    pieces, moved, last, shift = [], {}, 0, 0
    for a, b, new in subs:
        pieces += [text[last:a], new]
        for p in range(a + 1, b):
            moved[p] = a + shift + len(new)
        shift += len(new) - (b - a)
        moved[b] = b + shift
        last = b
    pieces.append(text[last:])
    out = "".join(pieces)
    cp_of_u16, n = {}, 0
    for i, ch in enumerate(text):
        cp_of_u16[n] = i
        n += 2 if ord(ch) > 0xFFFF else 1
    cp_of_u16[n] = len(text)
    starts = [a for a, _, _ in subs]
    shifts, total = [], 0
    for a, b, new in subs:
        total += len(new) - (b - a)
        shifts.append(total)

    def new_cp(cp):
        if cp in moved:
            return moved[cp]
        k = sum(1 for a in starts if a < cp)  # replacements wholly before cp
        return cp + (shifts[k - 1] if k else 0)

    def span(s):
        if s is None:
            return None
        return [u16(out, new_cp(cp_of_u16[s[0]])), u16(out, new_cp(cp_of_u16[s[1]]))]

    names = {text[a:b]: new for a, b, new in subs}
    doc = json.loads(json.dumps(doc))
    doc["text"] = out
    for sp in doc["speakers"]:
        sp["mentions"] = [span(m) for m in sp["mentions"]]
        for old, new in names.items():
            sp["name"] = whole_word(old).sub(new, sp["name"])
    for c in doc["claims"]:
        for key in ("cue", "source", "content"):
            if c.get(key) is not None:
                c[key] = span(c[key])
    return doc


def pooled(binary, gold_dirs):
    """The engine's figures over every file of `gold_dirs`, pooled."""
    tot = {}
    with tempfile.TemporaryDirectory() as pred:
        for i, g in enumerate(gold_dirs):
            out = Path(pred, str(i))
            out.mkdir()
            files = sorted(str(f) for f in Path(g).glob("*.json"))
            subprocess.run([binary, "annotate", "--out", str(out)] + files, check=True,
                           stdout=subprocess.DEVNULL)
            for f in files:
                r = score.score_doc(Path(f), out / Path(f).name)
                for k, v in r.items():
                    tot[k] = tot.get(k, 0) + v
    p, r = tot["mcc"] / max(tot["pcc"], 1), tot["mcc"] / max(tot["gcc"], 1)
    return (f"claims matched {tot['m']} of {tot['gc']} gold ({tot['pc']} predicted), "
            f"attribution {tot['attr_ok']} ({tot['attr_ok'] / max(tot['m'], 1):.4f}), "
            f"counterclaims matched {tot['mcc']} (F1 {2 * p * r / max(p + r, 1e-9):.4f}), "
            f"links {tot['link_ok']}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n", 1)[1])
    ap.add_argument("mode")
    ap.add_argument("gold", nargs="+")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--bin", default=str(HERE.parent / "target/release/claimlens"))
    ap.add_argument("--keep", help="write the rewritten gold here (one folder per GOLD_DIR)")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(args.keep or tmp)
        changed, rewritten = 0, []
        for g in args.gold:
            out = root / Path(g).name
            out.mkdir(parents=True, exist_ok=True)
            for f in sorted(Path(g).glob("*.json")):
                doc = json.loads(f.read_text(encoding="utf-8"))
                subs = replacements(args.mode, doc, rng)
                changed += bool(subs)
                (out / f.name).write_text(json.dumps(rewrite(doc, subs), ensure_ascii=False),
                                          encoding="utf-8")
            rewritten.append(str(out))
        print(f"{args.mode}: {changed} articles rewritten")
        print("original: ", pooled(args.bin, args.gold))
        print("rewritten:", pooled(args.bin, rewritten))


if __name__ == "__main__":
    main()
