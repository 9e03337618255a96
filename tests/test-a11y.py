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


def garbled(name):
    """A name a screen reader would say wrongly: a mnemonic underscore left in
    ("_Reset All") or the same words twice ("Reset all Reset All")."""
    words = name.lower().split()
    half = len(words) // 2
    return ('_' in name) or (half > 0 and len(words) % 2 == 0 and words[:half] == words[half:])


def check_control_names(nodes, where):
    failures = []
    for depth, role, name, showing, _ in nodes:
        if not showing or role not in CONTROL_ROLES:
            continue
        # Scroll bars and text entries inside spin buttons are parts of named controls.
        if role in ('scroll bar', 'text', 'entry'):
            continue
        if is_unnamed(name):
            failures.append('%s: unnamed control: %s at depth %d' % (where, role, depth))
        elif garbled(name):
            failures.append('%s: %s named %r' % (where, role, name))
    return failures


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
        # Each row of the layer list is named, so that moving through the list
        # announces the layer, not an empty "list item".
        item_names = [name for _, role, name, showing, _ in nodes
                      if role == 'list item' and showing]
        for layer in EXPECTED_LAYERS:
            if not any(name.startswith(layer + ',') for name in item_names):
                failures.append('no list item named for the layer %r (rows: %r)'
                                % (layer, item_names))
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

        failures += check_control_names(nodes, 'Skin page')

        # The Treatment page (the course's controls): switch to it as a user would,
        # through the page tab's action, and read the tree again.
        tab = [node for _, role, name, showing, node in nodes
               if role == 'page tab' and name == 'Treatment']
        if not tab:
            failures.append('no page tab named Treatment')
        else:
            try:
                tab[0].queryAction().doAction(0)
            except Exception as e:  # no action interface: report, not crash
                failures.append('the Treatment tab cannot be activated: %s' % e)
            time.sleep(2)
            treatment = walk(app)
            if os.environ.get('SD_A11Y_DUMP'):
                for depth, role, name, showing, _ in treatment:
                    print('  ' * depth + '%s %r%s' % (role, name, '' if showing else ' (hidden)'))
            for role_set, label in (({'combo box'}, 'Device'),
                                    ({'spin button'}, 'Needle length'),
                                    ({'slider'}, 'Needle length'),
                                    ({'push button'}, 'Play Needle'),
                                    ({'toggle button', 'push button'}, 'Compare Lengths'),
                                    ({'spin button'}, 'Sessions'),
                                    ({'push button'}, 'Reset All')):
                if not any(role in role_set and name == label or
                           role in role_set and name.startswith(label)
                           for _, role, name, showing, _ in treatment if showing):
                    failures.append('Treatment page: no %s named %r'
                                    % ('/'.join(sorted(role_set)), label))
            failures += check_control_names(treatment, 'Treatment page')

        # The Ageing page, built when first shown: every control named, the chart, the
        # age slider, the side-by-side pictures and their age
        tab = [node for _, role, name, showing, node in walk(app)
               if role == 'page tab' and name == 'Ageing']
        if not tab:
            failures.append('no page tab named Ageing')
        else:
            try:
                tab[0].queryAction().doAction(0)
            except Exception as e:  # no action interface: report, not crash
                failures.append('the Ageing tab cannot be activated: %s' % e)
            time.sleep(2)
            ageing = walk(app)
            for role_set, label in (({'slider'}, 'Age shown, in years'),
                                    ({'spin button'}, 'Compare with age'),
                                    ({'image', 'drawing area', 'canvas', 'panel', 'filler',
                                      'unknown'}, 'The skin at two ages, side by side')):
                if not any(role in role_set and name.startswith(label)
                           for _, role, name, _, _ in ageing):
                    failures.append('Ageing page: no %s named %r'
                                    % ('/'.join(sorted(role_set)), label))
            failures += check_control_names(ageing, 'Ageing page')

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
