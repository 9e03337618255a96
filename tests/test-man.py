#!/usr/bin/python3
# test-man.py — the man pages document what the programs' --help prints, and render cleanly.
#
#   test-man.py MAN_DIR SKIN_DEEP_SIM [SKIN_DEEP]
#
# skin-deep-sim.1: every command of `skin-deep-sim --help` has a subsection (.SS) of COMMANDS,
# and every option line of `skin-deep-sim COMMAND --help` (the option as the help writes it,
# "--site SITE", "-o, --output FILE") is an item (.TP tag) of that subsection; no item is left
# that the help no longer prints. The program's own options are the items of OPTIONS.
# skin-deep.1 (when the app is built): every option of `skin-deep --help-all` is an item of
# OPTIONS, and no other. Both pages must render with groff (or man) without a warning.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys

failures = []


def fail(message):
    failures.append(message)


def run_help(argv, env=None):
    result = subprocess.run(argv, capture_output=True, text=True, env=env)
    if result.returncode != 0:
        fail(f'{" ".join(argv)}: exit status {result.returncode}: {result.stderr.strip()}')
    return result.stdout


def help_sections(text):
    """{'Options': [lines…], 'Commands': […]} for the "Name:" blocks of a help text."""
    sections = {}
    current = None
    for line in text.splitlines():
        heading = re.fullmatch(r'(\S.*?):?', line)   # "Options:", "GApplication options"
        if heading:
            current = sections.setdefault(heading.group(1), [])
        elif not line.strip():
            current = None
        elif current is not None:
            current.append(line)
    return sections


def help_items(lines):
    """The first column of an indented two-column help block ("  NAME  text")."""
    items = []
    for line in lines:
        match = re.match(r'  (\S.*?)(?:\s{2,}|$)', line)
        # continuation lines of a description are indented past the first column
        if match and not line.startswith('   '):
            items.append(' '.join(match.group(1).split()))
    return items


def troff_args(text):
    return [m.group(1) if m.group(1) is not None else m.group(2)
            for m in re.finditer(r'"((?:[^"]|"")*)"|(\S+)', text)]


def troff_text(line):
    """The text a line of man(7) source prints, without fonts."""
    line = line.rstrip('\n')
    macro = re.match(r'\.(B|I|SM|SB)\s+(.*)', line)
    alternate = re.match(r'\.(BI|BR|IB|IR|RB|RI)\s+(.*)', line)
    if macro:
        line = ' '.join(troff_args(macro.group(2)))
    elif alternate:
        line = ''.join(troff_args(alternate.group(2)))
    elif line.startswith('.'):
        return ''
    line = re.sub(r'\\f(\[[^]]*\]|\(..|.)', '', line)
    line = line.replace('\\-', '-').replace('\\e', '\\').replace('\\c', '').replace('\\&', '')
    line = line.replace('\\(aq', "'").replace('\\ ', ' ')
    return ' '.join(line.split())


def man_structure(path):
    """{section: {subsection or '': [item tags…]}} of a man page."""
    with open(path, encoding='utf-8') as f:
        lines = f.readlines()
    structure = {}
    section = subsection = None
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith('.SH '):
            section = troff_text(' '.join(troff_args(line[4:])))
            subsection = ''
            structure.setdefault(section, {}).setdefault('', [])
        elif line.startswith('.SS '):
            subsection = troff_text(' '.join(troff_args(line[4:])))
            if section is None:
                fail(f'{path}:{i + 1}: .SS before any .SH')
            else:
                if subsection in structure[section]:
                    fail(f'{path}:{i + 1}: subsection {subsection!r} appears twice')
                structure[section].setdefault(subsection, [])
        elif line.startswith('.TP') and section is not None:
            i += 1
            if i < len(lines):
                structure[section][subsection].append(troff_text(lines[i]))
        i += 1
    return structure


def compare(where, from_help, in_man):
    for item in from_help:
        if item not in in_man:
            fail(f'{where}: "{item}" is in --help but not documented in the man page')
    for item in in_man:
        if item not in from_help:
            fail(f'{where}: the man page documents "{item}", which --help does not print')


def check_renders(path):
    groff = shutil.which('groff')
    man = shutil.which('man')
    if groff is None and man is None:
        print(f'{path}: neither groff nor man is installed; rendering not checked')
        return
    if groff is not None:
        result = subprocess.run([groff, '-man', '-Tutf8', '-ww', '-z', path],
                                capture_output=True, text=True)
        if result.returncode != 0 or result.stderr.strip():
            fail(f'{path}: groff warns: {result.stderr.strip()}')
    if man is not None:
        env = dict(os.environ, MANWIDTH='80', LC_ALL='C.UTF-8')
        result = subprocess.run([man, '--warnings', '-l', path], capture_output=True,
                                text=True, env=env)
        if result.returncode != 0 or result.stderr.strip():
            fail(f'{path}: man -l warns: {result.stderr.strip()}')
        elif 'NAME' not in result.stdout or len(result.stdout.splitlines()) < 20:
            fail(f'{path}: man -l rendered only {len(result.stdout.splitlines())} lines')


def check_sim(man_path, sim):
    structure = man_structure(man_path)
    for needed in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'COMMANDS', 'EXIT STATUS'):
        if needed not in structure:
            fail(f'{man_path}: no {needed} section')
    if 'COMMANDS' not in structure or 'OPTIONS' not in structure:
        return

    main_help = help_sections(run_help([sim, '--help']))
    commands = help_items(main_help.get('Commands', []))
    if len(commands) < 2:
        fail(f'{sim} --help lists {len(commands)} commands; its help format changed?')
    compare('skin-deep-sim OPTIONS', help_items(main_help.get('Options', [])),
            structure['OPTIONS'][''])

    subsections = {name for name in structure['COMMANDS'] if name}
    compare('skin-deep-sim COMMANDS', commands, sorted(subsections))
    for command in commands:
        name = command.split()[0]
        if name == 'help':
            continue
        options = help_items(help_sections(run_help([sim, name, '--help'])).get('Options', []))
        if not options:
            fail(f'{sim} {name} --help lists no options')
        if command in structure['COMMANDS']:
            compare(f'skin-deep-sim {name}', options, structure['COMMANDS'][command])
        print(f'skin-deep-sim {name}: {len(options)} options')


def check_app(man_path, app):
    structure = man_structure(man_path)
    for needed in ('NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS'):
        if needed not in structure:
            fail(f'{man_path}: no {needed} section')
    if 'OPTIONS' not in structure:
        return
    # GApplication prints its help before the app starts: no display is needed
    env = dict(os.environ)
    env.pop('DISPLAY', None)
    env.pop('WAYLAND_DISPLAY', None)
    options = []
    for heading, lines in help_sections(run_help([app, '--help-all'], env)).items():
        if heading != 'Usage':
            options += [item for item in help_items(lines) if item.startswith('-')]
    if len(options) < 4:
        fail(f'{app} --help-all lists {len(options)} options; its help format changed?')
    compare('skin-deep OPTIONS', options, structure['OPTIONS'][''])
    print(f'skin-deep: {len(options)} options')


def main():
    man_dir, sim = sys.argv[1:3]
    app = sys.argv[3] if len(sys.argv) > 3 else None
    env_lang = {'LC_ALL': 'C.UTF-8', 'LANGUAGE': 'C'}
    os.environ.update(env_lang)   # the help in English, as the man pages are

    sim_page = os.path.join(man_dir, 'skin-deep-sim.1')
    check_sim(sim_page, sim)
    check_renders(sim_page)

    app_page = os.path.join(man_dir, 'skin-deep.1')
    check_renders(app_page)
    if app is not None:
        check_app(app_page, app)
    else:
        print('skin-deep is not built (-Dgui=false): its options are not compared')

    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
