#!/usr/bin/env python3
# test-quiz-cli.py: `skin-deep-sim quiz` against the model's own commands.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every layer-at-depth answer must be the layer `skin-deep-sim layers` puts at that depth,
# every layers-reached answer the layers `skin-deep-sim needle` lists, for the same inputs;
# the worksheet PDF must hold the questions and, on a later page, the key.

import json
import os
import shutil
import subprocess
import sys
import tempfile

SIM = sys.argv[1]
failures = 0
checks = 0
ENV = dict(os.environ, LC_ALL='C.UTF-8', LANGUAGE='')


def run(*args, check=True):
    p = subprocess.run([SIM, *args], capture_output=True, text=True, env=ENV, timeout=60)
    if check and p.returncode != 0:
        raise AssertionError(f'{args}: exit {p.returncode}: {p.stderr}')
    return p


def expect(cond, what):
    global failures, checks
    checks += 1
    if not cond:
        failures += 1
        print(f'FAIL: {what}', flush=True)


cache = {}


def model(*args):
    if args not in cache:
        cache[args] = json.loads(run(*args).stdout)
    return cache[args]


def profile_args(q):
    return ('layers', '--site', q['site'], '--age', str(q['age']), '--sex', q['sex'])


# 1. The answers equal what `layers` and `needle` say
n_depth = n_reached = 0
for seed in range(0, 25):
    quiz = json.loads(run('quiz', '--seed', str(seed), '--count', '20').stdout)
    expect(quiz['seed'] == seed, f'seed {seed}: seed field {quiz["seed"]}')
    expect(len(quiz['questions']) == 20, f'seed {seed}: {len(quiz["questions"])} questions')
    kinds = {q['kind'] for q in quiz['questions'][:10]}
    expect(kinds >= {'layer-at-depth', 'layers-reached', 'lucidum-sites', 'phase-order',
                     'collagen-first', 'bleeding'}, f'seed {seed}: kinds {kinds}')
    prompts = [q['prompt'] for q in quiz['questions']]
    expect(len(set(prompts)) == len(prompts), f'seed {seed}: a prompt twice')
    for q in quiz['questions']:
        for key in ('kind', 'prompt', 'choices', 'answer', 'explanation', 'source'):
            expect(key in q, f'seed {seed}: {q["kind"]} has no {key}')
        expect(all(0 <= a < len(q['choices']) for a in q['answer']), f'{q["prompt"]}: answer')
        answers = [q['choices'][a] for a in q['answer']]
        if q['kind'] == 'layer-at-depth':
            n_depth += 1
            layers = model(*profile_args(q))['layers']
            d = q['depth_um']
            there = [l['name'] for l in layers if l['top_um'] <= d < l['bottom_um']]
            expect(answers == there, f'{q["prompt"]}: answer {answers}, layers says {there}')
            expect([l['name'] for l in layers] == q['choices'], f'{q["prompt"]}: choices')
            expect('device' not in q and 'length_mm' not in q, f'{q["prompt"]}: needle inputs')
        elif q['kind'] == 'layers-reached':
            n_reached += 1
            names = {l['id']: l['name'] for l in model(*profile_args(q))['layers']}
            needle = model('needle', '--site', q['site'], '--age', str(q['age']), '--sex',
                           q['sex'], '--device', q['device'], '--length-mm',
                           str(q['length_mm']))
            reached = [names[i] for i in needle['layers_reached']]
            expect(answers == reached, f'{q["prompt"]}: answer {answers}, needle says {reached}')
            expect('depth_um' not in q, f'{q["prompt"]}: depth input')
        elif q['kind'] == 'bleeding':
            needle = model('needle', '--site', q['site'], '--age', str(q['age']), '--sex',
                           q['sex'], '--device', q['device'], '--length-mm',
                           str(q['length_mm']))
            level = {'none': 'Not expected', 'possible': 'Possible', 'expected': 'Expected'}
            expect(answers == [level[needle['bleeding_level']]],
                   f'{q["prompt"]}: answer {answers}, needle says {needle["bleeding_level"]}')
        elif q['kind'] == 'lucidum-sites':
            expect(sorted(answers) == sorted(c for c in q['choices'] if c in ('Palm', 'Sole')),
                   f'{q["prompt"]}: {answers} of {q["choices"]}')
expect(n_depth > 25 and n_reached > 25, f'too few questions checked: {n_depth}, {n_reached}')

# 2. Deterministic per seed, in every format; another seed differs
a = run('quiz', '--seed', '7').stdout
expect(a == run('quiz', '--seed=7', '--count', '10').stdout, 'seed 7 twice differs')
expect(a != run('quiz', '--seed', '8').stdout, 'seeds 7 and 8 give the same quiz')
text = run('quiz', '--seed', '7', '--format', 'text').stdout
first = json.loads(a)['questions'][0]
expect(first['prompt'].split(':')[0] in text and 'Answer key' in text, 'text format')
expect(text.index(first['prompt'][:30]) < text.index('Answer key'), 'text: key after questions')
expect(run('quiz', '--seed', '7', '--lang', 'en').stdout == a, '--lang en changes the quiz')
json.loads(run('quiz', '--seed', '7', '--lang', 'it').stdout)
json.loads(run('quiz', '--seed', '7', '--lang', 'de').stdout)
# without --seed: a random seed, printed, which gives the same quiz again
r = json.loads(run('quiz').stdout)
expect(run('quiz', '--seed', str(r['seed'])).stdout == json.dumps(r, ensure_ascii=False,
       separators=(',', ':')) + '\n' or
       json.loads(run('quiz', '--seed', str(r['seed'])).stdout) == r, 'random seed not replayable')

# 3. Bad input: exit 2, a message naming the value, nothing on stdout
for args, needle in ((['--seed', '-1'], "--seed: -1 is out of range"),
                     (['--seed', '4294967296'], '--seed'),
                     (['--seed', '1.5'], 'not a whole number'),
                     (['--count', '0'], '--count: 0 is out of range'),
                     (['--count', '51'], '1 to 50'),
                     (['--count', 'ten'], "'ten' is not a number"),
                     (['--format', 'csv'], "expected json or text"),
                     (['--lang', 'fr'], "'fr' is not a language"),
                     (['--site', 'cheek'], "unknown option '--site'"),
                     (['-o', 'x.png'], 'not a .pdf file'),
                     (['-o', ''], 'empty'),
                     (['-o', '/'], "not a .pdf file"),
                     (['--seed'], 'missing value')):
    p = run('quiz', *args, check=False)
    expect(p.returncode == 2 and p.stdout == '' and needle in p.stderr,
           f'quiz {args}: exit {p.returncode}, stdout {p.stdout[:40]!r}, stderr {p.stderr!r}')

# 4. The worksheet: questions, pictures, and the key on a later page
if shutil.which('pdftotext') is None:
    print('FAIL: pdftotext (poppler-utils) is missing; build-aux/debian-packages.txt has it')
    failures += 1
else:
    with tempfile.TemporaryDirectory() as tmp:
        pdf = os.path.join(tmp, 'sheet.pdf')
        quiz = json.loads(run('quiz', '--seed', '42', '-o', pdf).stdout)
        expect(os.listdir(tmp) == ['sheet.pdf'], f'files left: {os.listdir(tmp)}')
        pages = subprocess.run(['pdftotext', '-layout', pdf, '-'], capture_output=True,
                               text=True, check=True).stdout.split('\f')
        pages = [' '.join(p.split()) for p in pages if p.strip()]
        key_page = next((i for i, p in enumerate(pages) if 'Answer key' in p), None)
        expect(key_page is not None and key_page >= 1, f'key page {key_page} of {len(pages)}')
        questions = ' '.join(pages[:key_page or 0])
        key = ' '.join(pages[key_page or 0:])
        for n, q in enumerate(quiz['questions'], 1):
            start = ' '.join(f'{n}. {q["prompt"]}'.split())[:40]
            expect(start in questions, f'question {n} “{start}” not before the key')
            expect(start not in key, f'question {n} repeated in the key')
            first_answer = f'{n}. {"ABCDEFGH"[q["answer"][0]]} ({q["choices"][q["answer"][0]]}'
            expect(' '.join(first_answer.split()) in key, f'key has no “{first_answer}”')
            expect(' '.join(q['explanation'].split())[:40] in key, f'key: explanation {n}')
        # a symbolic link is written through: the link stays, its target is the worksheet
        os.symlink('target.pdf', os.path.join(tmp, 'link.pdf'))
        run('quiz', '--seed', '3', '--count', '2', '-o', os.path.join(tmp, 'link.pdf'))
        expect(os.path.islink(os.path.join(tmp, 'link.pdf')) and
               open(os.path.join(tmp, 'target.pdf'), 'rb').read(5) == b'%PDF-',
               'link.pdf not written through')
        expect(sorted(os.listdir(tmp)) == ['link.pdf', 'sheet.pdf', 'target.pdf'],
               f'files left: {os.listdir(tmp)}')
        # the same seed and an unwritable place: nothing written, exit 1
        ro = os.path.join(tmp, 'ro')
        os.mkdir(ro)
        os.chmod(ro, 0o500)
        if os.geteuid() != 0:
            p = run('quiz', '--seed', '1', '-o', os.path.join(ro, 'a.pdf'), check=False)
            expect(p.returncode == 1 and p.stdout == '', f'read-only dir: exit {p.returncode}')
        os.chmod(pdf, 0o444)
        p = run('quiz', '--seed', '1', '-o', pdf, check=False)
        expect(p.returncode == 2 and 'read-only' in p.stderr, f'read-only file: {p.stderr}')
        os.chmod(ro, 0o700)

print(f'{checks - failures} passed, {failures} failed')
sys.exit(1 if failures else 0)
