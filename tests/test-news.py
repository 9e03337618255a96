#!/usr/bin/python3
# test-news.py — NEWS, the metainfo's <releases> and meson's project version tell the same story.
#
#   test-news.py NEWS METAINFO MESON_VERSION [MAN_PAGE…]
#
# NEWS lists releases newest first, each as a heading "Skin Deep VERSION (YYYY-MM-DD)" underlined
# with "=", then its notes: paragraphs and "- " items (continued on lines indented by two spaces).
# The metainfo (the built one; its translations are ignored) must list the same releases, in the
# same order, with the same dates and the same notes, and the newest must be meson's version.
# Each man page's .TH line must carry the newest release's date and version.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import datetime
import re
import sys
import xml.etree.ElementTree as ET

XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'

failures = []


def fail(message):
    failures.append(message)


def normalise(text):
    return ' '.join(text.split())


def parse_version(text):
    if not re.fullmatch(r'\d+(\.\d+)*', text):
        return None
    return tuple(int(part) for part in text.split('.'))


def parse_date(where, text):
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        fail(f'{where}: date {text!r} is not YYYY-MM-DD')
        return None


def parse_news(path):
    """[(version, date, [('p'|'li', text)…])…] in file order."""
    with open(path, encoding='utf-8') as f:
        lines = f.read().splitlines()
    releases = []
    i = 0
    blocks = None
    while i < len(lines):
        line = lines[i]
        underline = lines[i + 1] if i + 1 < len(lines) else ''
        heading = re.fullmatch(r'Skin Deep (\S+) \((\S+)\)', line)
        if heading and re.fullmatch(r'=+', underline):
            if len(underline) != len(line):
                fail(f'{path}:{i + 2}: the underline is {len(underline)} characters, '
                     f'its heading {len(line)}')
            blocks = []
            releases.append((heading.group(1), heading.group(2), blocks, i + 1))
            i += 2
            continue
        if re.fullmatch(r'=+', underline) and line.strip():
            fail(f'{path}:{i + 1}: heading {line!r} is not "Skin Deep VERSION (YYYY-MM-DD)"')
            i += 2
            continue
        if line.strip() == '':
            i += 1
            continue
        if blocks is None:
            fail(f'{path}:{i + 1}: text before the first release heading: {line!r}')
            i += 1
            continue
        kind = 'li' if line.startswith('- ') else 'p'
        text = [line[2:] if kind == 'li' else line]
        i += 1
        while i < len(lines) and lines[i].strip() and not lines[i].startswith('- ') \
                and not re.fullmatch(r'=+', lines[i + 1] if i + 1 < len(lines) else ''):
            if kind == 'li' and not lines[i].startswith('  '):
                fail(f'{path}:{i + 1}: an item continues on a line not indented by two spaces')
            text.append(lines[i])
            i += 1
        blocks.append((kind, normalise(' '.join(text))))
    return releases


def untranslated(element):
    return element.get(XML_LANG) is None


def parse_metainfo(path):
    root = ET.parse(path).getroot()
    releases = []
    container = root.find('releases')
    if container is None:
        fail(f'{path}: no <releases>')
        return releases
    for release in container.findall('release'):
        blocks = []
        description = release.find('description')
        if description is not None:
            for child in description:
                if child.tag == 'p' and untranslated(child):
                    blocks.append(('p', normalise(''.join(child.itertext()))))
                elif child.tag in ('ul', 'ol'):
                    for item in child.findall('li'):
                        if untranslated(item):
                            blocks.append(('li', normalise(''.join(item.itertext()))))
        releases.append((release.get('version'), release.get('date'), blocks))
    return releases


def check_order(where, releases):
    previous = None
    for version, date, *_ in releases:
        parsed = parse_version(version or '')
        if parsed is None:
            fail(f'{where}: version {version!r} is not numbers separated by dots')
            continue
        day = parse_date(f'{where} {version}', date or '')
        if previous is not None:
            if parsed >= previous[0]:
                fail(f'{where}: {version} comes after {previous[2]}, but releases go newest first')
            if day is not None and previous[1] is not None and day > previous[1]:
                fail(f'{where}: {version} ({date}) is dated after the newer {previous[2]}')
        previous = (parsed, day, version)


def check_man_page(path, version, date):
    with open(path, encoding='utf-8') as f:
        th = [line for line in f if line.startswith('.TH ')]
    if len(th) != 1:
        fail(f'{path}: {len(th)} .TH lines, expected one')
        return
    fields = re.findall(r'"([^"]*)"|(\S+)', th[0][4:])
    fields = [a or b for a, b in fields]
    if len(fields) < 4:
        fail(f'{path}: .TH has {len(fields)} fields, expected name, section, date and source')
        return
    if fields[2] != date:
        fail(f'{path}: .TH date is {fields[2]}, but the newest release in NEWS is {date}')
    if not fields[3].endswith(' ' + version):
        fail(f'{path}: .TH source is {fields[3]!r}, expected it to end in version {version}')


def main():
    news_path, metainfo_path, meson_version = sys.argv[1:4]
    news = parse_news(news_path)
    metainfo = parse_metainfo(metainfo_path)

    if not news:
        fail(f'{news_path}: no release headings')
    check_order(news_path, news)
    check_order(metainfo_path, metainfo)

    if news and news[0][0] != meson_version:
        fail(f'meson says version {meson_version}, but the newest release in NEWS is {news[0][0]}')
    if metainfo and metainfo[0][0] != meson_version:
        fail(f'meson says version {meson_version}, '
             f'but the newest release in the metainfo is {metainfo[0][0]}')

    news_versions = [r[0] for r in news]
    meta_versions = [r[0] for r in metainfo]
    for version in news_versions:
        if version not in meta_versions:
            fail(f'release {version} is in NEWS but not in the metainfo')
    for version in meta_versions:
        if version not in news_versions:
            fail(f'release {version} is in the metainfo but not in NEWS')
    if news_versions != meta_versions and set(news_versions) == set(meta_versions):
        fail(f'NEWS lists {news_versions}, the metainfo {meta_versions}: not the same order')

    by_version = {r[0]: r for r in metainfo}
    for version, date, blocks, line in news:
        if version not in by_version:
            continue
        _, meta_date, meta_blocks = by_version[version]
        if date != meta_date:
            fail(f'{version}: NEWS ({news_path}:{line}) says {date}, the metainfo {meta_date}')
        if not blocks:
            fail(f'{version}: NEWS has no notes for it')
        if blocks != meta_blocks:
            for n in range(max(len(blocks), len(meta_blocks))):
                a = blocks[n] if n < len(blocks) else None
                b = meta_blocks[n] if n < len(meta_blocks) else None
                if a != b:
                    fail(f'{version}: note {n + 1} differs: NEWS {a!r}, metainfo {b!r}')
                    break
        print(f'{version} ({date}): {len(blocks)} notes in step')

    if news:
        for man_page in sys.argv[4:]:
            check_man_page(man_page, news[0][0], news[0][1])

    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
