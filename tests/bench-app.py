#!/usr/bin/python3
# bench-app.py — the whole app's figures, measured from outside the process:
#   * time to the first frame, Skin Deep vs a bare libadwaita window, same machine, same run
#     (target: at most 1.5x), for the cairo and the GL renderer;
#   * frames per second and CPU while the cross-section animates, per renderer;
#   * CPU used while nothing moves (target: zero).
# A report, not a pass/fail test: it prints figures next to their targets.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import glob
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


def children_cpu():
    t = os.times()
    return t.children_user + t.children_system


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


def animate(renderer, seconds=4):
    env = dict(base_env, GSK_RENDERER=renderer, SKIN_DEEP_BENCH=f'animate={seconds}')
    cpu0 = children_cpu()
    wall, out = run_once([app], env, timeout=seconds + 60)
    cpu = children_cpu() - cpu0
    frames, secs = 0, float(seconds)
    for line in out.splitlines():
        if line.startswith('frames '):
            parts = line.split()
            frames, secs = int(parts[1]), float(parts[3])
    return frames / secs if secs else 0.0, cpu / wall


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

for renderer in ('cairo', 'gl'):
    bare_ms, app_ms = first_frames(renderer)
    ratio = app_ms / bare_ms
    verdict = 'ok' if ratio <= 1.5 else 'OVER'
    print(f'first frame, {renderer:5}: Skin Deep {app_ms:6.0f} ms, bare libadwaita window '
          f'{bare_ms:6.0f} ms, ratio {ratio:.2f} (target <= 1.50) {verdict}')

for renderer in ('cairo', 'gl'):
    fps, cores = animate(renderer)
    print(f'animating, {renderer:5}: {fps:5.1f} frames/s using {cores:.2f} cores')

idle = idle_cpu()
print(f'idle: {idle * 100:.2f} % of a core over 5 s with nothing moving (target 0) '
      f'{"ok" if idle < 0.01 else "OVER"}')
