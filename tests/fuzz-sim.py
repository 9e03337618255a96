#!/usr/bin/env python3
# fuzz-sim.py SIM [--cases N] [--seed S] [--seconds T]
#
# Random and mutated argument vectors for every skin-deep-sim subcommand, with odd
# output paths. Each run must end by itself (no hang), never by a signal, with status
# 0, 1 (a write failure) or 2 (bad input); on failure nothing on stdout and exactly one
# line on stderr; and never leave a temporary file behind. Bounded in count and time:
# `meson test` runs a few thousand cases (SD_FUZZ_CASES), the long mode is
# `tests/fuzz-sim.py _build/src/sim/skin-deep-sim --cases 1000000 --seconds 86400`.
import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

COMMANDS = ["layers", "needle", "course", "lifetime", "concerns", "render", "handout", "bench",
            "quiz", "help", "--help", "--version", ""]
SITES = ["forehead", "eyelid", "cheek", "nose", "upper-lip", "chin", "neck", "scalp",
         "forearm", "abdomen", "back", "thigh", "palm", "sole"]
OPTIONS = {
    "--site": lambda r: r.choice(SITES),
    "--age": lambda r: r.choice(["18", "40", "100", "17.9", "101", "45.5"]),
    "--sex": lambda r: r.choice(["female", "male", "other"]),
    "--device": lambda r: r.choice(["roller", "pen", "stamp"]),
    "--length-mm": lambda r: r.choice(["0.1", "0.25", "1.5", "3", "3.01", "0.09"]),
    "--fraction": lambda r: r.choice(["0.1", "0.5", "1", "0", "1.1"]),
    "--sessions": lambda r: r.choice(["0", "1", "5", "20", "21"]),
    "--interval-weeks": lambda r: r.choice(["1", "4", "52", "0.5", "53"]),
    "--weeks": lambda r: r.choice(["1", "26", "104", "0", "1041"]),
    "--uv": lambda r: r.choice(["none", "low", "high", "extreme"]),
    "--smoking": lambda r: r.choice(["yes", "no", "maybe"]),
    "--alcohol": lambda r: r.choice(["none", "moderate", "heavy"]),
    "--pollution": lambda r: r.choice(["low", "high"]),
    "--diet": lambda r: r.choice(["good", "poor"]),
    "--channels-per-cm2": lambda r: r.choice(["25", "250", "1000", "24", "1001"]),
    "--format": lambda r: r.choice(["json", "csv", "table", "text", "xml"]),
    "--iterations": lambda r: r.choice(["1", "2", "0", "10001"]),
    "--day": lambda r: r.choice(["0", "3", "60", "-1", "7281"]),
    "--width": lambda r: r.choice(["16", "64", "15", "8193"]),
    "--height": lambda r: r.choice(["16", "48", "15", "8193"]),
    "--zoom": lambda r: r.choice(["0.2", "1", "64", "0.1", "65"]),
    "--start": lambda r: r.choice(["2026-03-01", "2026-02-30", "2024-02-29", "2025-02-29",
                                   "2026-13-01", "26-03-01", "1999-12-31", "2101-01-01",
                                   "2026-3-1"]),
    "--note": lambda r: r.choice(["Cream twice a day.", "x" * 600, "x" * 601, "a\x01b",
                                  "Line one\nline two", "<b>&amp;</b>"]),
    "--name": lambda r: r.choice(["Anna Rossi", "Jürgen Müller", "n" * 81, "%s%n"]),
    "--paper": lambda r: r.choice(["a4", "letter", "A4", "legal"]),
    "--lang": lambda r: r.choice(["en", "de", "it", "fr", "de_DE"]),
    "--from-age": lambda r: r.choice(["18", "20", "60", "100", "17", "101", "40.5"]),
    "--to-age": lambda r: r.choice(["18", "25", "90", "100", "17", "101", "59.5"]),
    "--seed": lambda r: r.choice(["0", "1", "42", "4294967295", "4294967296", "-1", "1.5"]),
    "--count": lambda r: r.choice(["1", "3", "6", "0", "51"]),
}
ODD_VALUES = ["", " ", "-", "--", "nan", "inf", "-inf", "1e-400", "1e400", "0x10", "1,5",
              "٣", "1.5mm", "\u00b5", "'", '"', "\\", "a" * 5000, "--site", "-o", "1.0.0",
              "+1", "-0", "  3", "3  ", "\t1", "1\n2", "0" * 300 + "1"]


def odd_paths(r, tmp):
    choices = [
        os.path.join(tmp, "out.png"), os.path.join(tmp, "out.svg"), os.path.join(tmp, "out.pdf"),
        os.path.join(tmp, "out.txt"), os.path.join(tmp, "noext"), os.path.join(tmp, "dir.png"),
        os.path.join(tmp, "fifo.png"), os.path.join(tmp, "ro.png"), os.path.join(tmp, "link.png"),
        os.path.join(tmp, "dangling.png"), os.path.join(tmp, "missing", "x.png"),
        os.path.join(tmp, "sheet.pdf"), os.path.join(tmp, "dir.pdf"), os.path.join(tmp, "ro.pdf"),
        os.path.join(tmp, "missing", "x.pdf"), os.path.join(tmp, "link.pdf"),
        "/dev/null", "/dev/full", "/proc/self/status.png", "/", "", ".png",
        os.path.join(tmp, "a" * 300 + ".png"), os.path.join(tmp, "spa ce.png"),
    ]
    return r.choice(choices)


def make_argv(r, tmp):
    argv = [r.choice(COMMANDS)] if r.random() < 0.97 else []
    names = list(OPTIONS) + ["-o", "--output", "-h", "--check", "--bogus", "-x"]
    for _ in range(r.randint(0, 8)):
        name = r.choice(names)
        if name in ("-o", "--output"):
            value = odd_paths(r, tmp)
        elif name in OPTIONS:
            value = OPTIONS[name](r) if r.random() < 0.8 else r.choice(ODD_VALUES)
        else:
            value = None
        form = r.random()
        if value is not None and form < 0.15 and name.startswith("--"):
            argv.append(f"{name}={value}")
        else:
            argv.append(name)
            if value is not None and form < 0.95:
                argv.append(value)
    if argv and argv[0] in ("layers", "needle", "course", "render", "handout") and r.random() < 0.6:
        if "--site" not in argv:
            argv += ["--site", r.choice(SITES)]
    if argv and argv[0] == "lifetime" and r.random() < 0.7 and "--sex" not in argv:
        argv += ["--sex", r.choice(["female", "male"])]
    if argv and argv[0] == "needle" and r.random() < 0.6 and "--length-mm" not in argv:
        argv += ["--length-mm", OPTIONS["--length-mm"](r)]
    if argv and argv[0] == "render":
        # Keep pictures small: the fuzz is about inputs, not about painting speed.
        argv += ["--width", "48", "--height", "32"] if r.random() < 0.9 else []
    if argv and argv[0] == "quiz" and "--count" not in argv and r.random() < 0.8:
        # A few questions: the worksheet's pictures are about inputs here, not speed.
        argv += ["--count", OPTIONS["--count"](r)]
    if argv and argv[0] == "bench":
        argv = ["bench", "--iterations", "1"] + argv[1:]
    # Mutations: drop, duplicate or swap an argument.
    if len(argv) > 1 and r.random() < 0.2:
        k = r.randrange(len(argv))
        op = r.random()
        if op < 0.4:
            del argv[k]
        elif op < 0.7:
            argv.insert(k, argv[k])
        else:
            j = r.randrange(len(argv))
            argv[k], argv[j] = argv[j], argv[k]
    return argv


def prepare(tmp):
    os.mkdir(os.path.join(tmp, "dir.png"))
    os.mkdir(os.path.join(tmp, "dir.pdf"))
    with open(os.path.join(tmp, "ro.pdf"), "w") as f:
        f.write("keep")
    os.chmod(os.path.join(tmp, "ro.pdf"), 0o444)
    os.mkfifo(os.path.join(tmp, "fifo.png"))
    with open(os.path.join(tmp, "ro.png"), "w") as f:
        f.write("keep")
    os.chmod(os.path.join(tmp, "ro.png"), 0o444)
    with open(os.path.join(tmp, "target.png"), "w") as f:
        f.write("old")
    os.symlink("target.png", os.path.join(tmp, "link.png"))
    os.symlink("target.pdf", os.path.join(tmp, "link.pdf"))
    os.symlink("nowhere/x.png", os.path.join(tmp, "dangling.png"))


def leftovers(tmp):
    return [n for n in os.listdir(tmp) if n.startswith((".render-", ".handout-", ".quiz-"))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("sim")
    parser.add_argument("--cases", type=int, default=int(os.environ.get("SD_FUZZ_CASES", "1500")))
    parser.add_argument("--seed", type=int, default=int(os.environ.get("SD_FUZZ_SEED", "1")))
    parser.add_argument("--seconds", type=float, default=400.0)
    args = parser.parse_args()
    args.sim = os.path.abspath(args.sim)

    r = random.Random(args.seed)
    tmp = tempfile.mkdtemp(prefix="sd-fuzz-")
    problems = []
    start = time.monotonic()
    n = 0
    try:
        prepare(tmp)
        while n < args.cases and time.monotonic() - start < args.seconds:
            argv = make_argv(r, tmp)
            n += 1
            try:
                p = subprocess.run([args.sim] + argv, stdin=subprocess.DEVNULL,
                                   capture_output=True, timeout=30, cwd=tmp)
            except subprocess.TimeoutExpired:
                problems.append(("hang", argv, ""))
                continue
            err = p.stderr.decode("utf-8", "replace")
            if p.returncode < 0:
                problems.append((f"signal {signal.Signals(-p.returncode).name}", argv, err))
            elif p.returncode not in (0, 1, 2):
                problems.append((f"exit {p.returncode}", argv, err))
            elif p.returncode == 1 and argv[:1] == ["bench"] and "--check" in argv:
                pass   # documented: the report, and exit 1 when a CPU target is missed
            elif p.returncode != 0:
                if p.stdout:
                    problems.append(("stdout on failure", argv, err))
                if err.count("\n") != 1:
                    problems.append((f"{err.count(chr(10))} stderr lines", argv, err))
            if "runtime error" in err or "AddressSanitizer" in err:
                problems.append(("sanitizer", argv, err))
            if leftovers(tmp):
                problems.append(("temporary file left", argv, str(leftovers(tmp))))
                for name in leftovers(tmp):
                    os.unlink(os.path.join(tmp, name))
            if len(problems) >= 20:
                break
    finally:
        os.chmod(os.path.join(tmp, "ro.png"), 0o644) if os.path.exists(os.path.join(tmp, "ro.png")) else None
        shutil.rmtree(tmp, ignore_errors=True)

    for what, argv, err in problems:
        shown = [a if len(a) < 80 else a[:77] + "…" for a in argv]
        print(f"FAIL {what}: {shown}\n    {err.strip()[:300]}")
    print(f"fuzz: {n} cases in {time.monotonic() - start:.0f} s, seed {args.seed}")
    print(f"fuzz: {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
