#!/usr/bin/python3
# test-flatpak.py — the Flatpak manifests stay in step with the meson build.
#
#   test-flatpak.py SOURCE_ROOT [MESON]
#
# For build-aux/flatpak/io.github.skindeep.SkinDeep.json and its .Devel twin:
# * the manifest parses (JSON), is named after its id, and uses the GNOME runtime and SDK, the
#   same version in both, no older than the floors the code is written for (GNOME 43: GTK 4.8,
#   libadwaita 1.2, GLib 2.74);
# * it grants what a GTK window needs (IPC, Wayland with X11 as a fallback, the GPU) and none
#   of what the app promises not to use: no network, no home or host file system;
# * its last module is this project, built with meson from this source tree, and every
#   config-opt is an option of meson_options.txt (or a meson built-in) with a valid value;
# * configured the way flatpak-builder does it (meson setup --prefix=/app with those
#   options), meson installs the command, the desktop file, the metainfo, the schema and the
#   icon under the manifest's id, which is what flatpak-builder's export looks for;
# * every dependency that configuration asks for is in the GNOME SDK or a module of the
#   manifest.
#
# Copyright 2026 The Skin Deep Authors
# SPDX-License-Identifier: GPL-3.0-or-later

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

source_root = os.path.realpath(sys.argv[1])
meson = sys.argv[2] if len(sys.argv) > 2 else shutil.which('meson')
flatpak_dir = os.path.join(source_root, 'build-aux', 'flatpak')

# The manifests, and the profile each selects
MANIFESTS = {
    'io.github.skindeep.SkinDeep.json': 'default',
    'io.github.skindeep.SkinDeep.Devel.json': 'development',
}
NEEDED_ARGS = ['--share=ipc', '--socket=wayland', '--socket=fallback-x11', '--device=dri']
# The app shows a picture and keeps nothing about a patient: it needs no network, and it
# has no file dialog (a future one goes through the portal, which needs no permission).
FORBIDDEN_ARGS = re.compile(r'--share=network|--socket=x11|--filesystem=(host|home|~)')
# pkg-config modules the GNOME SDK provides: GLib, GTK, libadwaita, librsvg, cairo and pango
# are GNOME's own; libxcrypt is in the freedesktop SDK it builds on (components/libxcrypt.bst).
# Anything else meson asks for must be built as a module of the manifest.
IN_GNOME_SDK = {'gio-2.0', 'glib-2.0', 'gobject-2.0', 'cairo', 'pangocairo', 'pango',
                'librsvg-2.0', 'gtk4', 'libadwaita-1', 'libxcrypt', 'threads'}
# Built-in meson options a manifest may set, with their valid values (None: any)
BUILTINS = {'buildtype': {'plain', 'debug', 'debugoptimized', 'release', 'minsize', 'custom'},
            'werror': {'true', 'false'}, 'b_lto': {'true', 'false'},
            'b_ndebug': {'true', 'false', 'if-release'}}
OLDEST_RUNTIME = 43

failures = []


def fail(message):
    failures.append(message)


def project_options():
    """{name: set of valid values, or None for any} from meson_options.txt."""
    with open(os.path.join(source_root, 'meson_options.txt')) as f:
        text = f.read()
    options = {}
    for call in re.finditer(r"option\(\s*'([^']+)'(.*?)\)\s*$", text, re.S | re.M):
        name, rest = call.group(1), call.group(2)
        kind = re.search(r"type\s*:\s*'([^']+)'", rest)
        kind = kind.group(1) if kind else None
        if kind == 'boolean':
            options[name] = {'true', 'false'}
        elif kind == 'combo':
            choices = re.search(r"choices\s*:\s*\[([^\]]*)\]", rest)
            options[name] = set(re.findall(r"'([^']*)'", choices.group(1))) if choices else set()
        elif kind == 'feature':
            options[name] = {'enabled', 'disabled', 'auto'}
        else:
            options[name] = None
    if not options:
        fail('meson_options.txt: no option() found')
    return options


def desktop_command():
    """The program the desktop file starts, as the Exec= line names it."""
    path = os.path.join(source_root, 'data', 'io.github.skindeep.SkinDeep.desktop.in.in')
    with open(path) as f:
        for line in f:
            if line.startswith('Exec='):
                return line[5:].split()[0]
    fail(f'{path}: no Exec= line')
    return None


def check_static(name, manifest, options, command):
    app_id = manifest.get('id', manifest.get('app-id'))
    if app_id is None:
        fail(f'{name}: no id')
    elif name != app_id + '.json':
        fail(f'{name}: the file is not named after its id {app_id}')
    if manifest.get('runtime') != 'org.gnome.Platform':
        fail(f'{name}: runtime is {manifest.get("runtime")!r}, expected org.gnome.Platform')
    if manifest.get('sdk') != 'org.gnome.Sdk':
        fail(f'{name}: sdk is {manifest.get("sdk")!r}, expected org.gnome.Sdk')
    version = str(manifest.get('runtime-version', ''))
    if not version.isdigit() or int(version) < OLDEST_RUNTIME:
        fail(f'{name}: runtime-version {version!r} is not a GNOME release from '
             f'{OLDEST_RUNTIME} on (the code needs GTK 4.8 and libadwaita 1.2)')
    if command is not None and manifest.get('command') != command:
        fail(f'{name}: command is {manifest.get("command")!r}, but the desktop file starts '
             f'{command}')

    finish_args = manifest.get('finish-args', [])
    for arg in NEEDED_ARGS:
        if arg not in finish_args:
            fail(f'{name}: finish-args lacks {arg}')
    for arg in finish_args:
        if FORBIDDEN_ARGS.match(arg):
            fail(f'{name}: finish-args grants {arg}, which Skin Deep does not need')
    if len(set(finish_args)) != len(finish_args):
        fail(f'{name}: finish-args repeats an argument')

    modules = manifest.get('modules', [])
    if not modules or not isinstance(modules[-1], dict):
        fail(f'{name}: no modules')
        return app_id, [], []
    for module in modules:
        if not isinstance(module, dict) or not module.get('name') or not module.get('sources'):
            fail(f'{name}: a module without a name or sources: {module!r}')
    app = modules[-1]
    if app.get('name') != 'skin-deep':
        fail(f'{name}: the last module is {app.get("name")!r}, expected this project, skin-deep')
    if app.get('buildsystem') != 'meson':
        fail(f'{name}: the app module is built with {app.get("buildsystem")!r}, not meson')
    sources = app.get('sources', [])
    if len(sources) != 1 or sources[0].get('type') != 'dir':
        fail(f'{name}: the app module should have one source of type dir, has {sources!r}')
    else:
        path = os.path.join(flatpak_dir, sources[0].get('path', ''))
        if not os.path.isdir(path) or not os.path.samefile(path, source_root):
            fail(f'{name}: the app module\'s source {sources[0].get("path")!r} is not the '
                 f'project root')

    config_opts = app.get('config-opts', [])
    for opt in config_opts:
        match = re.fullmatch(r'-D([\w.]+)=(.*)', opt)
        if not match:
            fail(f'{name}: config-opt {opt!r} is not -Dname=value')
            continue
        key, value = match.groups()
        valid = options.get(key, BUILTINS.get(key, 'unknown'))
        if valid == 'unknown':
            fail(f'{name}: config-opt {opt!r}: no option {key} in meson_options.txt')
        elif valid is not None and value not in valid:
            fail(f'{name}: config-opt {opt!r}: {value!r} is not one of {sorted(valid)}')
    # Check (the test suite's framework) is not in the runtime: the suite stays out
    if '-Dtests=false' not in config_opts:
        fail(f'{name}: config-opts lack -Dtests=false (Check is not in the GNOME runtime)')
    return app_id, config_opts, [m.get('name') for m in modules[:-1]]


def check_configured(name, app_id, config_opts, profile, other_modules, command):
    """meson setup as flatpak-builder runs it; what would be installed under /app."""
    if meson is None:
        print(f'{name}: meson not found; the configured build is not checked')
        return
    with tempfile.TemporaryDirectory(prefix='sd-flatpak-') as build:
        result = subprocess.run([meson, 'setup', '--prefix=/app', '--libdir=lib'] + config_opts
                                + [build, source_root], capture_output=True, text=True)
        if result.returncode != 0:
            tail = ' / '.join(result.stdout.strip().splitlines()[-3:])
            fail(f'{name}: meson setup with its config-opts failed: {tail}')
            return
        with open(os.path.join(build, 'meson-info', 'intro-installed.json')) as f:
            installed = set(json.load(f).values())
        with open(os.path.join(build, 'meson-info', 'intro-buildoptions.json')) as f:
            built_profile = {o['name']: o['value'] for o in json.load(f)}.get('profile')
        deps = subprocess.run([meson, 'introspect', '--dependencies', build],
                              capture_output=True, text=True, check=True)
        dependencies = {d['name'] for d in json.loads(deps.stdout)}

    if built_profile != profile:
        fail(f'{name}: builds the {built_profile!r} profile, expected {profile!r}')
    wanted = [f'/app/bin/{command}',
              f'/app/share/applications/{app_id}.desktop',
              f'/app/share/metainfo/{app_id}.metainfo.xml',
              f'/app/share/glib-2.0/schemas/{app_id}.gschema.xml',
              f'/app/share/icons/hicolor/scalable/apps/{app_id}.svg',
              f'/app/share/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg']
    for path in wanted:
        if path not in installed:
            fail(f'{name}: meson does not install {path}, which the export needs for {app_id} '
                 f'(it installs {sorted(p for p in installed if "io.github.skindeep" in p)})')
    for dependency in sorted(dependencies):
        if dependency not in IN_GNOME_SDK and dependency not in other_modules:
            fail(f'{name}: meson needs {dependency}, which is neither in the GNOME SDK nor a '
                 f'module of the manifest')
    print(f'{name}: {app_id}, profile {built_profile}, {len(installed)} files installed, '
          f'dependencies {", ".join(sorted(dependencies))}')


def main():
    found = sorted(f for f in os.listdir(flatpak_dir) if f.endswith('.json'))
    if found != sorted(MANIFESTS):
        fail(f'build-aux/flatpak holds {found}, expected {sorted(MANIFESTS)}')
    options = project_options()
    command = desktop_command()
    versions = set()
    for name, profile in MANIFESTS.items():
        path = os.path.join(flatpak_dir, name)
        try:
            with open(path) as f:
                manifest = json.load(f)
        except (OSError, ValueError) as error:
            fail(f'{name}: {error}')
            continue
        versions.add(str(manifest.get('runtime-version')))
        before = len(failures)
        app_id, config_opts, other_modules = check_static(name, manifest, options, command)
        if app_id is not None and len(failures) == before:
            check_configured(name, app_id, config_opts, profile, other_modules, command)
    if len(versions) > 1:
        fail(f'the manifests use different runtime versions: {sorted(versions)}')

    for failure in failures:
        print(failure, file=sys.stderr)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
