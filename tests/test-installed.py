#!/usr/bin/python3
# test-installed.py — `meson install` puts every guide, NEWS and man page where packagers look.
#
#   test-installed.py SOURCE_ROOT BUILD_ROOT GUI(true|false)
#
# Reads the install plan meson wrote (meson-info/intro-installed.json) and the build's
# directory options, and checks that every docs/*.md, NEWS and README.md go to
# DATADIR/doc/skin-deep/, and docs/man/skin-deep-sim.1 (and skin-deep.1 with the application)
# to MANDIR/man1/, next to the binaries they describe.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import os
import sys

source_root, build_root, gui = sys.argv[1], sys.argv[2], sys.argv[3] == 'true'

with open(os.path.join(build_root, 'meson-info', 'intro-installed.json')) as f:
    installed = {os.path.realpath(k): v for k, v in json.load(f).items()}
with open(os.path.join(build_root, 'meson-info', 'intro-buildoptions.json')) as f:
    options = {o['name']: o['value'] for o in json.load(f)}

prefix = options['prefix']
docdir = os.path.join(prefix, options['datadir'], 'doc', 'skin-deep')
man1 = os.path.join(prefix, options['mandir'], 'man1')
bindir = os.path.join(prefix, options['bindir'])

failures = []
expected = {}
for path in sorted(glob.glob(os.path.join(source_root, 'docs', '*.md'))):
    expected[path] = os.path.join(docdir, os.path.basename(path))
for name in ('NEWS', 'README.md'):
    expected[os.path.join(source_root, name)] = os.path.join(docdir, name)
pages = ['skin-deep-sim'] + (['skin-deep'] if gui else [])
for page in pages:
    expected[os.path.join(source_root, 'docs', 'man', page + '.1')] = os.path.join(man1, page + '.1')

if len([p for p in expected if p.endswith('.md')]) < 4:
    failures.append(f'only {len(expected)} guides found under {source_root}/docs')

for source, target in expected.items():
    where = installed.get(os.path.realpath(source))
    if where is None:
        failures.append(f'{os.path.relpath(source, source_root)} is not installed (expected {target})')
    elif where != target:
        failures.append(f'{os.path.relpath(source, source_root)} goes to {where}, expected {target}')
    else:
        print(f'{os.path.relpath(source, source_root)} -> {where}')

# Each man page sits beside its program, and no page is installed for a program that is not.
binaries = {os.path.basename(v) for v in installed.values() if os.path.dirname(v) == bindir}
for target in installed.values():
    if os.path.dirname(target) == man1:
        program = os.path.basename(target)[:-len('.1')]
        if program not in binaries:
            failures.append(f'{target} documents {program}, which is not installed in {bindir}')
for program in binaries:
    if os.path.join(man1, program + '.1') not in installed.values():
        failures.append(f'{bindir}/{program} is installed without a man page')

for failure in failures:
    print(failure, file=sys.stderr)
sys.exit(1 if failures else 0)
