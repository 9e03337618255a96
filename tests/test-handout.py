#!/usr/bin/env python3
# test-handout.py: `skin-deep-sim handout` writes a readable PDF of one or two pages
#
# Copyright 2026 The Skin Deep Authors
#
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import os
import shutil
import subprocess
import sys
import tempfile

SIM = sys.argv[1]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
        print("FAIL:", what)


def run(args, cwd):
    return subprocess.run([SIM, "handout"] + args, capture_output=True, text=True, cwd=cwd,
                          env=dict(os.environ, LC_ALL="C.UTF-8", LANGUAGE=""), timeout=60)


def text_of(pdf):
    return subprocess.run(["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True,
                          check=True).stdout


def info(pdf):
    out = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
    return dict(line.split(":", 1) for line in out.splitlines() if ":" in line)


def ink_share(pdf, tmp, page):
    """Share of non-white pixels on a page, rendered at 30 dpi as greyscale PGM."""
    base = os.path.join(tmp, f"p{page}")
    subprocess.run(["pdftoppm", "-r", "30", "-gray", "-f", str(page), "-l", str(page),
                    "-singlefile", pdf, base], check=True)
    with open(base + ".pgm", "rb") as f:
        data = f.read()
    # header: P5\nW H\n255\n
    parts = data.split(b"\n", 3)
    pixels = parts[3]
    return sum(1 for b in pixels if b < 235) / len(pixels)


def main():
    for tool in ("pdftotext", "pdfinfo", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"{tool} not installed: skipped")
            return 77

    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "eyelid.pdf")
        p = run(["--site", "eyelid", "--device", "pen", "--length-mm", "1.5",
                 "--start", "2026-03-01", "--sessions", "3", "--interval-weeks", "4",
                 "--note", "Cream twice a day.", "--name", "Anna Rossi", "-o", out], tmp)
        check(p.returncode == 0, f"eyelid handout exits 0 (got {p.returncode}: {p.stderr})")
        text = " ".join(text_of(out).split())
        start = datetime.date(2026, 3, 1)
        for i in range(3):
            d = start + datetime.timedelta(weeks=4 * i)
            date = f"{d.day} {d.strftime('%B')} {d.year}"
            check(f"Session {i + 1} · {date}" in text, f"session {i + 1} dated {date}")
        for needle in ("Eyelid", "Microneedling pen, 1.5 mm needle", "Anna Rossi",
                       "Cream twice a day.", "reaches the fat", "Skin Deep is for education",
                       "Chu, Foulad, Mesinkovska", "drpen.net", "Chopra 2015",
                       "Side effects", "Aftercare", "When not to have a session",
                       "When to call the clinic", "Pinpoint bleeding: Expected",
                       "SPF 30", "up to 7 days"):
            check(needle in text, f"the handout says {needle!r}")
        meta = info(out)
        pages = int(meta["Pages"])
        check(1 <= pages <= 2, f"one or two pages (got {pages})")
        check("595" in meta["Page size"] and "841" in meta["Page size"], "A4 by default")
        for page in range(1, pages + 1):
            share = ink_share(out, tmp, page)
            check(share > 0.05, f"page {page} is not blank (ink {share:.3f})")
        check(not [n for n in os.listdir(tmp) if n.startswith(".handout-")], "no temporary file")

        # A short needle on the cheek: no caution; Letter paper
        out2 = os.path.join(tmp, "cheek.pdf")
        p = run(["--site", "cheek", "--length-mm", "0.5", "--paper", "letter", "-o", out2], tmp)
        check(p.returncode == 0, f"cheek handout exits 0 ({p.stderr})")
        text2 = " ".join(text_of(out2).split())
        check("Caution" not in text2, "no caution for 0.5 mm on the cheek")
        check("612 x 792" in info(out2)["Page size"], "Letter paper is 612 × 792 pt")
        today = datetime.date.today()
        check(f"Session 1 · {today.day} {today.strftime('%B')} {today.year}" in text2,
              "the first session is today by default")

        # The most that fits: 20 sessions, the longest note and name, Letter
        out3 = os.path.join(tmp, "long.pdf")
        p = run(["--site", "cheek", "--sessions", "20", "--interval-weeks", "2",
                 "--note", "n" * 599 + "!", "--name", "N" * 80, "--paper", "letter",
                 "-o", out3], tmp)
        check(p.returncode == 0, f"long handout exits 0 ({p.stderr})")
        text3 = " ".join(text_of(out3).split())
        check(int(info(out3)["Pages"]) <= 2, "the longest handout stays on two pages")
        check("Session 20 ·" in text3 and "Skin Deep is for education" in text3,
              "the longest handout keeps every session and the disclaimer")

        # Bad input: a clear message naming the value, exit 2, no file
        for args, words in (
            (["--start", "2026-02-30"], ["2026-02-30", "YYYY-MM-DD"]),
            (["--start", "2026-3-1"], ["2026-3-1", "YYYY-MM-DD"]),
            (["--start", "1999-12-31"], ["1999-12-31", "2000 to 2100"]),
            (["--paper", "legal"], ["legal", "a4 or letter"]),
            (["--lang", "fr"], ["fr", "en, de or it"]),
            (["--note", "x" * 601], ["601", "600"]),
            (["--name", "a\x01b"], ["--name", "control"]),
            (["--sessions", "0"], ["--sessions"]),
        ):
            bad = os.path.join(tmp, "bad.pdf")
            p = run(["--site", "cheek", "-o", bad] + args, tmp)
            check(p.returncode == 2, f"{args[0]} {args[1][:12]!r} exits 2 (got {p.returncode})")
            for w in words:
                check(w in p.stderr, f"{args[0]} message names {w!r}: {p.stderr.strip()}")
            check(not os.path.exists(bad), f"{args[0]}: no file written")
        p = run(["--site", "cheek", "-o", os.path.join(tmp, "x.png")], tmp)
        check(p.returncode == 2 and ".pdf" in p.stderr, "a non-PDF name is refused")
        p = run(["--site", "cheek", "-o", tmp], tmp)
        check(p.returncode != 0, "a directory is refused")
        p = run(["--site", "cheek", "--lang", "de", "-o", os.path.join(tmp, "de.pdf")], tmp)
        check(p.returncode == 0, f"--lang de is accepted ({p.stderr})")
        # The build's own catalogues (SKIN_DEEP_LOCALEDIR, as meson devenv sets it): the
        # handout is in German, not only accepted
        if os.environ.get("SKIN_DEEP_LOCALEDIR"):
            german = text_of(os.path.join(tmp, "de.pdf"))
            check("Ihr Microneedling-Plan" in german and "Wange" in german,
                  "--lang de writes the handout in German")
            p = run(["--site", "cheek", "--lang", "it", "-o", os.path.join(tmp, "it.pdf")], tmp)
            check(p.returncode == 0 and "Il tuo piano di microneedling" in
                  text_of(os.path.join(tmp, "it.pdf")), "--lang it writes it in Italian")

    print(f"{len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
