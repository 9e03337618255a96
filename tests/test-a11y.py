#!/usr/bin/python3
# test-a11y.py: starts the built app on its own accessibility bus and reads its
# accessibility tree with pyatspi, as a screen reader does. Checks that the
# layers of the default site are listed by name, that the body site, age and sex
# controls are named, and that no button, slider or other control is unnamed.
#
#   test-a11y.py APP_BINARY
#
# Needs a display (exits 77, "skipped", without one) and python3-pyatspi; runs
# itself under dbus-run-session so that it never touches the user's session bus.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import shutil
import subprocess
import sys
import time

SKIP = 77

# The layers of the default site (cheek: thin skin, so no stratum lucidum).
EXPECTED_LAYERS = [
    'Stratum corneum',
    'Stratum granulosum',
    'Stratum spinosum',
    'Stratum basale',
    'Papillary dermis',
    'Reticular dermis',
    'Hypodermis',
]
ABSENT_LAYERS = ['Stratum lucidum']

# Roles a user operates; each must have a name.
CONTROL_ROLES = {
    'push button', 'toggle button', 'check box', 'radio button', 'slider',
    'spin button', 'combo box', 'menu item', 'switch', 'entry', 'text',
    'link', 'scroll bar',
}


# GTK 4.8 reports an object without a name by its type name ("GtkButton").
TYPE_NAME = re.compile(r'^(Gtk|Adw|Sd)[A-Z][A-Za-z]*$')


def is_unnamed(name):
    return not name.strip() or TYPE_NAME.match(name) is not None


def log(*args):
    print('test-a11y:', *args, flush=True)


def reexec_in_private_bus():
    dbus_run_session = shutil.which('dbus-run-session')
    if dbus_run_session is None:
        log('dbus-run-session not found')
        sys.exit(SKIP)
    env = dict(os.environ, SD_A11Y_PRIVATE_BUS='1')
    os.execvpe(dbus_run_session,
               [dbus_run_session, '--', '/usr/bin/python3', os.path.abspath(__file__)]
               + sys.argv[1:], env)


def start_a11y_bus():
    for launcher in ('/usr/libexec/at-spi-bus-launcher', '/usr/lib/at-spi2-core/at-spi-bus-launcher'):
        if os.access(launcher, os.X_OK):
            return subprocess.Popen([launcher, '--launch-immediately'],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    log('at-spi-bus-launcher not found')
    sys.exit(SKIP)


def walk(node, depth=0, out=None):
    if out is None:
        out = []
    if node is None or depth > 60:
        return out
    try:
        role = node.getRoleName()
        name = node.name or ''
        states = node.getState()
        import pyatspi
        # GTK 4.8 sets SHOWING only on windows; VISIBLE follows gtk_widget_get_visible().
        showing = states.contains(pyatspi.STATE_VISIBLE)
        n = node.childCount
    except Exception:  # the object went away while we walked
        return out
    out.append((depth, role, name, showing, node))
    for i in range(n):
        try:
            c = node.getChildAtIndex(i)
        except Exception:
            continue
        walk(c, depth + 1, out)
    return out


def find_app(pyatspi, pid, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is None:
                continue
            try:
                if app.get_process_id() == pid and app.childCount > 0:
                    return app
            except Exception:
                continue
        time.sleep(0.25)
    return None


def main():
    if len(sys.argv) < 2:
        log('usage: test-a11y.py APP_BINARY')
        return 2
    if not os.environ.get('DISPLAY') and not os.environ.get('WAYLAND_DISPLAY'):
        log('no display; run under xvfb-run')
        return SKIP
    if os.environ.get('SD_A11Y_PRIVATE_BUS') != '1':
        reexec_in_private_bus()

    try:
        import pyatspi
    except ImportError:
        log('python3-pyatspi is not installed')
        return SKIP

    bus = start_a11y_bus()
    time.sleep(0.5)

    env = dict(os.environ,
               GTK_A11Y='atspi', NO_AT_BRIDGE='0',
               GSETTINGS_BACKEND='memory', G_DEBUG='')
    app_proc = subprocess.Popen([sys.argv[1]], env=env)
    try:
        app = find_app(pyatspi, app_proc.pid, 30)
        if app is None:
            log('the app did not appear on the accessibility bus within 30 s')
            return 1
        # Let the window map and the list view create its rows.
        time.sleep(2)
        nodes = walk(app)
        if os.environ.get('SD_A11Y_DUMP'):
            for depth, role, name, showing, _ in nodes:
                print('  ' * depth + '%s %r%s' % (role, name, '' if showing else ' (hidden)'))

        failures = []
        names = [name for _, _, name, _, _ in nodes]
        showing_names = [name for _, _, name, showing, _ in nodes if showing]

        for layer in EXPECTED_LAYERS:
            if layer not in showing_names:
                failures.append('layer %r is not in the accessibility tree' % layer)
        for layer in ABSENT_LAYERS:
            if layer in names:
                failures.append('layer %r is listed but the cheek has none' % layer)

        # The person controls: named, and operable widgets (not only labels).
        def has_control(role_set, name_part):
            return any(role in role_set and name_part in name
                       for _, role, name, showing, _ in nodes if showing)

        if not has_control({'slider'}, 'Age'):
            failures.append('no slider named for the age')
        if not has_control({'spin button'}, 'Age'):
            failures.append('no spin button named for the age')
        for label in ('Body site', 'Sex'):
            if not has_control({'combo box', 'list item', 'push button'}, label):
                failures.append('no control named %r' % label)

        # The picture itself is named for screen readers.
        if not any(role in ('image', 'drawing area', 'canvas') and not is_unnamed(name)
                   for _, role, name, showing, _ in nodes if showing):
            failures.append('the cross-section picture has no accessible name')

        unnamed = ['%s at depth %d' % (role, depth)
                   for depth, role, name, showing, _ in nodes
                   if showing and role in CONTROL_ROLES and is_unnamed(name)]
        # Scroll bars and text entries inside spin buttons are parts of named controls.
        unnamed = [u for u in unnamed if not u.startswith(('scroll bar', 'text', 'entry'))]
        for u in unnamed:
            failures.append('unnamed control: %s' % u)

        for f in failures:
            log('FAIL:', f)
        if failures:
            log('%d problem(s) in %d accessible objects' % (len(failures), len(nodes)))
            return 1
        log('OK: %d accessible objects, %d layers, every control named'
            % (len(nodes), len(EXPECTED_LAYERS)))
        return 0
    finally:
        app_proc.terminate()
        try:
            app_proc.wait(10)
        except subprocess.TimeoutExpired:
            app_proc.kill()
        bus.terminate()
        try:
            bus.wait(5)
        except subprocess.TimeoutExpired:
            bus.kill()


if __name__ == '__main__':
    sys.exit(main())
