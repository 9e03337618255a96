#!/usr/bin/python3
# bench-app.py — the app's figures (issues 4 and 10), measured from outside the process,
# each next to a floor from the same run:
#   * time to the first frame, Skin Deep vs a bare libadwaita window (target: at most
#     1.25x), for the cairo and the GL renderer;
#   * CPU while the weeks play with the needle (target: at most 0.2 of a core with the
#     cairo renderer, and at most 2x a bare window animating a simple needle), and while
#     the cross-section zooms in and out, per renderer;
#   * memory (PSS) after start against the bare window (target: at most 1.5x);
#   * CPU used while nothing moves (target: zero).
# A report, not a pass/fail test: it prints figures next to their targets and writes them to
# $SD_FIGURES (one JSON object per line, as tests/sd-bench-figures.h does).
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
import json
import math
import os
import statistics
import subprocess
import sys
import time

app, bare = sys.argv[1], sys.argv[2]
runs = int(os.environ.get('SD_BENCH_RUNS', '11'))

if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
    print('bench-app: no display; run under xvfb-run')
    sys.exit(77)

base_env = dict(os.environ, GSETTINGS_BACKEND='memory', NO_AT_BRIDGE='1')
base_env.pop('SKIN_DEEP_BENCH', None)


def run_once(argv, env, timeout=60):
    """Runs argv to completion; returns (wall seconds, stdout)."""
    start = time.monotonic()
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        out, _ = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    wall = time.monotonic() - start
    return wall, out.decode()


def first_frames(renderer):
    """Median wall time to the first frame (spawn to exit right after it) of
    the bare window and of Skin Deep, in ms. The two alternate run by run, after
    one warm-up each, so that a busy machine weighs on both alike."""
    env = dict(base_env, GSK_RENDERER=renderer, SKIN_DEEP_BENCH='first-frame')
    times = {bare: [], app: []}
    for argv in ([bare], [app]):
        run_once(argv, env)
    for _ in range(runs):
        for argv in ([bare], [app]):
            wall, _ = run_once(argv, env)
            times[argv[0]].append(wall * 1000)
    return statistics.median(times[bare]), statistics.median(times[app])


def proc_ticks(pid):
    with open(f'/proc/{pid}/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    return int(fields[11]) + int(fields[12])


def proc_pss_kib(pid):
    try:
        with open(f'/proc/{pid}/smaps_rollup') as f:
            for line in f:
                if line.startswith('Pss:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return float('nan')


def steady_cores(argv, env, seconds, settle=3.0):
    """CPU of the process (cores) from `settle` s after its start until `settle + seconds`,
    leaving out start-up; and the frames per second it reports at the end."""
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        t0, c0 = time.monotonic(), proc_ticks(proc.pid)
        time.sleep(seconds)
        t1, c1 = time.monotonic(), proc_ticks(proc.pid)
        out, _ = proc.communicate(timeout=60)
    except (subprocess.TimeoutExpired, OSError):
        proc.kill()
        proc.communicate()
        raise
    fps = 0.0
    for line in out.decode().splitlines():
        if line.startswith('frames '):
            parts = line.split()
            fps = int(parts[1]) / float(parts[3]) if float(parts[3]) else 0.0
    return fps, (c1 - c0) / os.sysconf('SC_CLK_TCK') / (t1 - t0)


def animate(renderer, mode='animate', seconds=4):
    env = dict(base_env, GSK_RENDERER=renderer, SKIN_DEEP_BENCH=f'{mode}={seconds + 4}')
    return steady_cores([app], env, seconds)


def animate_bare(renderer, seconds=4):
    env = dict(base_env, GSK_RENDERER=renderer)
    return steady_cores([bare, '--needle', str(seconds + 4)], env, seconds)


def pss_after_start(argv, env, settle=4.0):
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        return proc_pss_kib(proc.pid)
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def idle_cpu(seconds=5):
    proc = subprocess.Popen([app], env=base_env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(4)  # let it start and settle

        def cpu_ticks():
            with open(f'/proc/{proc.pid}/stat') as f:
                fields = f.read().rsplit(')', 1)[1].split()
            return int(fields[11]) + int(fields[12])

        t0 = cpu_ticks()
        time.sleep(seconds)
        ticks = cpu_ticks() - t0
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return ticks / os.sysconf('SC_CLK_TCK') / seconds


has_gpu = bool(glob.glob('/dev/dri/renderD*')) and not os.environ.get('LIBGL_ALWAYS_SOFTWARE')
print(f'machine: {"a hardware render node" if has_gpu else "no hardware render node"}; '
      f'Skin Deep picks the {"GL (GTK default)" if has_gpu else "cairo"} renderer here by default')

figures = []


def figure(name, value, unit, target=None, floor=None, met=None):
    def num(v):
        return None if v is None or (isinstance(v, float) and not math.isfinite(v)) else round(v, 4)
    figures.append({'name': name, 'value': num(value), 'unit': unit, 'target': num(target),
                    'floor': num(floor), 'met': met})


def write_figures():
    path = os.environ.get('SD_FIGURES')
    if not path:
        return
    ours = {f['name'] for f in figures}
    kept = []
    if os.path.exists(path):
        with open(path) as f:
            for line in f:
                try:
                    if json.loads(line).get('name') not in ours:
                        kept.append(line.rstrip('\n'))
                except ValueError:
                    pass
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = path + '.tmp'
    with open(tmp, 'w') as f:
        for line in kept:
            f.write(line + '\n')
        for fig in figures:
            f.write(json.dumps(fig, separators=(',', ':')) + '\n')
    os.replace(tmp, path)


FIRST_FRAME_TARGET = 1.25
for renderer in ('cairo', 'gl'):
    bare_ms, app_ms = first_frames(renderer)
    ratio = app_ms / bare_ms
    verdict = 'ok' if ratio <= FIRST_FRAME_TARGET else 'OVER'
    print(f'first frame, {renderer:5}: Skin Deep {app_ms:6.0f} ms, bare libadwaita window '
          f'{bare_ms:6.0f} ms, ratio {ratio:.2f} (target <= {FIRST_FRAME_TARGET:.2f}) {verdict}')
    suffix = '' if renderer == 'cairo' else '_gl'
    figure('first_frame_ratio' + suffix, ratio, 'ratio', FIRST_FRAME_TARGET, bare_ms,
           ratio <= FIRST_FRAME_TARGET)
    figure('first_frame_ms' + suffix, app_ms, 'ms', None, bare_ms, None)

ANIM_TARGET, ANIM_RATIO = 0.2, 2.0
bare_fps, bare_cores = animate_bare('cairo')
fps, cores = animate('cairo', 'weeks')
ratio = cores / bare_cores if bare_cores > 0 else float('inf')
met = cores <= ANIM_TARGET and ratio <= ANIM_RATIO
print(f'weeks with the needle, cairo: {fps:5.1f} frames/s using {cores:.2f} cores; bare window '
      f'animating a needle {bare_fps:5.1f} frames/s using {bare_cores:.2f} cores; ratio {ratio:.1f} '
      f'(target <= {ANIM_TARGET} cores and <= {ANIM_RATIO:.0f}x) {"ok" if met else "OVER"}')
figure('anim_cores', cores, 'cores', ANIM_TARGET, bare_cores, met)
figure('anim_bare_cores', bare_cores, 'cores')
figure('anim_fps', fps, 'frames/s', None, bare_fps, None)

for renderer in ('cairo', 'gl'):
    fps, cores = animate(renderer)
    print(f'zooming in and out, {renderer:5}: {fps:5.1f} frames/s using {cores:.2f} cores')
    figure('zoom_anim_cores' + ('' if renderer == 'cairo' else '_gl'), cores, 'cores')

PSS_TARGET = 1.5
# both with the renderer Skin Deep picks on this machine (GL's buffers dwarf everything else)
pss_env = dict(base_env, GSK_RENDERER='gl' if has_gpu else 'cairo')
bare_pss = pss_after_start([bare, '--idle', '8'], pss_env)
app_pss = pss_after_start([app], pss_env)
pss_ratio = app_pss / bare_pss if bare_pss > 0 else float('nan')
print(f'memory after start: Skin Deep {app_pss / 1024:.1f} MiB PSS, bare window '
      f'{bare_pss / 1024:.1f} MiB, ratio {pss_ratio:.2f} (target <= {PSS_TARGET}) '
      f'{"ok" if pss_ratio <= PSS_TARGET else "OVER"}')
figure('pss_ratio', pss_ratio, 'ratio', PSS_TARGET, bare_pss / 1024, pss_ratio <= PSS_TARGET)
figure('pss_mib', app_pss / 1024, 'MiB', None, bare_pss / 1024, None)

idle = idle_cpu()
print(f'idle: {idle * 100:.2f} % of a core over 5 s with nothing moving (target 0) '
      f'{"ok" if idle < 0.01 else "OVER"}')
figure('idle_cpu_percent', idle * 100, '%', 0, None, idle < 0.01)
write_figures()
