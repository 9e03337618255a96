#!/usr/bin/python3
# test-translations.py — every catalogue in po/LINGUAS compiles and translates every string
# that the sources listed in po/POTFILES.in mark for translation today.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import subprocess
import sys
import tempfile

top = sys.argv[1]
po_dir = os.path.join(top, 'po')

with open(os.path.join(po_dir, 'POTFILES.in')) as f:
    sources = [line.strip() for line in f if line.strip() and not line.startswith('#')]
with open(os.path.join(po_dir, 'LINGUAS')) as f:
    languages = [line.strip() for line in f if line.strip() and not line.startswith('#')]

failures = []
with tempfile.TemporaryDirectory() as tmp:
    pot = os.path.join(tmp, 'skin-deep.pot')
    subprocess.run(['xgettext', '--from-code=UTF-8', '--add-comments=translators',
                    '--keyword=_', '--keyword=N_', '--keyword=C_:1c,2', '--keyword=NC_:1c,2',
                    '--keyword=g_dngettext:2,3', '--keyword=ngettext:1,2',
                    '--directory', top, '--output', pot] + sources, check=True)
    for lang in languages:
        po = os.path.join(po_dir, lang + '.po')
        merged = os.path.join(tmp, lang + '.po')
        if not os.path.exists(po):
            failures.append(f'{lang}: po/{lang}.po is missing')
            continue
        subprocess.run(['msgmerge', '--quiet', '--no-fuzzy-matching', '--output-file', merged, po, pot],
                       check=True)
        result = subprocess.run(['msgfmt', '--check', '--statistics', '--output-file', os.devnull, merged],
                                capture_output=True, text=True, env=dict(os.environ, LC_ALL='C'))
        stats = result.stderr.strip()
        if result.returncode != 0:
            failures.append(f'{lang}: msgfmt --check failed: {stats}')
        elif 'untranslated' in stats or 'fuzzy' in stats:
            failures.append(f'{lang}: incomplete: {stats}')
        else:
            print(f'{lang}: {stats}')
        # The catalogue as it is in the tree (msgmerge above may revive obsolete entries,
        # which a build would not use) must hold a translation for every message.
        result = subprocess.run(['msgcmp', po, pot], capture_output=True, text=True,
                                env=dict(os.environ, LC_ALL='C'))
        if result.returncode != 0:
            lines = result.stderr.strip().splitlines()
            failures.append(f'{lang}: po/{lang}.po lacks translations (update it with msgmerge): '
                            + ' / '.join(lines[:6]))
        result = subprocess.run(['msgfmt', '--check', '--output-file', os.devnull, po],
                                capture_output=True, text=True)
        if result.returncode != 0:
            failures.append(f'{lang}: po/{lang}.po does not compile: {result.stderr.strip()}')

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
