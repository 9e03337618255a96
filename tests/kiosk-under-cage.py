#!/usr/bin/env python3
# kiosk-under-cage.py APP SCHEMA_DIR
#
# The kiosk in its real home: the cage compositor, as an ordinary user, nested on an
# Xvfb display with cage's X11 backend; xdotool types and taps into it. For each output
# size: the kiosk fills the output in every view; Alt+F4, Ctrl+Q, Escape, F10,
# Ctrl+Shift+I/D, Super, right clicks and long presses change nothing (also with the
# Staff Exit dialog open); the memory of the app and of cage stays flat over a minute
# and a half of attract loop and visits; the staff PIN leaves with status 0.
# Exits 77 (skipped), saying why, where cage cannot run.
import os
import pwd
import shutil
import signal
import subprocess
import sys
import tempfile
import time

USER = "sdkiosk-test"
PIN = "2468"
# Seconds of attract loop and visits over which memory must stay flat, per size: the
# 1024-px output is where the kiosk once leaked (~5 MB a minute in each process).
SOAK = {(1024, 768): int(os.environ.get("SD_CAGE_SOAK_SECONDS", "600")), (1280, 800): 90}
SIZES = list(SOAK)


def skip(why):
    print(f"kiosk-under-cage: skipped: {why}")
    sys.exit(77)


def run_user():
    """The ordinary user cage runs as (cage refuses root)."""
    if os.geteuid() != 0:
        return None
    try:
        pwd.getpwnam(USER)
    except KeyError:
        if shutil.which("useradd") is None:
            skip("running as root and cannot create an ordinary user for cage")
        subprocess.run(["useradd", "--system", "--no-create-home", "--shell",
                        "/usr/sbin/nologin", USER], check=False)
        try:
            pwd.getpwnam(USER)
        except KeyError:
            skip(f"could not create the user {USER}")
    return USER


def as_user(user, argv):
    return ["runuser", "-u", user, "--"] + argv if user else argv


def screenshot(display, path):
    xwd = subprocess.run(["xwd", "-root", "-silent", "-display", display], capture_output=True)
    if xwd.returncode != 0:
        return None
    subprocess.run(["convert", "xwd:-", path], input=xwd.stdout, check=True)
    return path


def black_fraction(path):
    # Share of pure black pixels: Xvfb's root is black where cage draws nothing.
    out = subprocess.run(["convert", path, "-fill", "white", "+opaque", "black", "-fill",
                          "black", "-opaque", "black", "-format", "%[fx:1-mean]", "info:"],
                         capture_output=True, text=True, check=True)
    return float(out.stdout.strip() or 0)


def rss_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def find_descendant(root_pid, name):
    """The process called @name under @root_pid (ours, not another test's)."""
    children = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            with open(f"/proc/{entry}/comm") as f:
                comm = f.read().strip()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append((int(entry), comm))
    todo = [root_pid]
    while todo:
        pid = todo.pop()
        for child, comm in children.get(pid, []):
            if comm == name:
                return child
            todo.append(child)
    return None


def xdo(display, *args):
    subprocess.run(["xdotool"] + list(args), env=dict(os.environ, DISPLAY=display),
                   check=False, capture_output=True)


def one_size(app, schema_dir, user, width, height, failures):
    tmp = tempfile.mkdtemp(prefix="sd-cage-")
    os.chmod(tmp, 0o755)
    runtime = os.path.join(tmp, "runtime")
    config = os.path.join(tmp, "config")
    os.makedirs(runtime)
    os.makedirs(os.path.join(config, "glib-2.0", "settings"))
    # The PIN's hash, from the app itself, into a keyfile settings backend.
    hashed = subprocess.run([app, "--hash-kiosk-pin"], input=PIN + "\n", capture_output=True,
                            text=True, env=dict(os.environ, GSETTINGS_SCHEMA_DIR=schema_dir))
    pin_hash = hashed.stdout.strip().splitlines()[-1] if hashed.returncode == 0 else ""
    if not pin_hash:
        failures.append(f"{width}x{height}: --hash-kiosk-pin failed: {hashed.stderr.strip()}")
        return
    with open(os.path.join(config, "glib-2.0", "settings", "keyfile"), "w") as f:
        f.write("[io/github/skindeep/SkinDeep]\n")
        f.write(f"kiosk-pin-hash='{pin_hash}'\n")
    if user:
        uid = pwd.getpwnam(user).pw_uid
        for root, dirs, files in os.walk(tmp):
            for name in dirs + files:
                os.chown(os.path.join(root, name), uid, -1)
        os.chown(tmp, uid, -1)
    os.chmod(runtime, 0o700)
    status_file = os.path.join(tmp, "status")

    # A free display number, chosen by Xvfb itself (other tests may hold some).
    read_fd, write_fd = os.pipe()
    xvfb = subprocess.Popen(["Xvfb", "-displayfd", str(write_fd), "-screen", "0",
                             f"{width}x{height}x24", "-nolisten", "tcp"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            pass_fds=(write_fd,))
    os.close(write_fd)
    with os.fdopen(read_fd) as f:
        number = f.readline().strip()
    if not number:
        skip("Xvfb did not start")
    display = f":{number}"
    env = {
        "PATH": "/usr/bin:/bin", "HOME": tmp, "DISPLAY": display, "XDG_RUNTIME_DIR": runtime,
        "XDG_CONFIG_HOME": config, "XDG_CACHE_HOME": os.path.join(tmp, "cache"),
        "WLR_BACKENDS": "x11", "WLR_RENDERER": "pixman", "WLR_LIBINPUT_NO_DEVICES": "1",
        "GSETTINGS_SCHEMA_DIR": schema_dir, "GSETTINGS_BACKEND": "keyfile",
        "ASAN_OPTIONS": "detect_leaks=0", "G_MESSAGES_DEBUG": "sd-kiosk-window",
    }
    log_path = os.path.join(tmp, "kiosk.log")
    log = open(log_path, "wb")
    inner = f'"{app}" --kiosk --idle-timeout 15; echo $? > "{status_file}"'
    cage = subprocess.Popen(as_user(user, ["env", "-i"] + [f"{k}={v}" for k, v in env.items()]
                                    + ["dbus-run-session", "--", "cage", "-d", "--", "/bin/sh",
                                       "-c", inner]),
                            stdout=log, stderr=log)   # GLib writes debug lines to stdout
    try:
        time.sleep(4)
        # wlroots' X11 backend opens a 1024 × 768 window (no name): make its output the
        # screen's size, as a real screen of that size would be.
        found = subprocess.run(["xdotool", "search", "--maxdepth", "1", "--name", ""],
                               env=dict(os.environ, DISPLAY=display), capture_output=True,
                               text=True)
        for window in found.stdout.split():
            xdo(display, "windowmove", window, "0", "0")
            xdo(display, "windowsize", window, str(width), str(height))
        time.sleep(4)
        if cage.poll() is not None:
            skip(f"cage did not start: {open(log_path, errors='replace').read()[-300:]}")
        app_pid = find_descendant(cage.pid, "skin-deep")
        cage_pid = find_descendant(cage.pid, "cage")
        if app_pid is None or cage_pid is None:
            failures.append(f"{width}x{height}: the kiosk did not start")
            return
        shot = os.path.join(tmp, "shot.png")

        def check_fills(view):
            if screenshot(display, shot) and black_fraction(shot) > 0.02:
                failures.append(f"{width}x{height}: the {view} view leaves the output black "
                                f"({black_fraction(shot):.0%})")

        # Wake it, then every view (the view buttons sit at the bottom left).
        xdo(display, "mousemove", str(width // 2), str(height // 2), "click", "1")
        time.sleep(1)
        check_fills("Layers")
        for x_button, view in ((180, "Needle"), (285, "Weeks"), (75, "Layers")):
            xdo(display, "mousemove", str(x_button), str(height - 40), "click", "1")
            time.sleep(1.5)
            check_fills(view)

        # Escapes: none may close, leave or cover the kiosk.
        for keys in ("alt+F4", "ctrl+q", "Escape", "F10", "ctrl+shift+i", "ctrl+shift+d",
                     "super", "ctrl+w", "alt+Tab"):
            xdo(display, "key", keys)
            time.sleep(0.3)
        xdo(display, "mousemove", str(width // 2), str(height // 3), "click", "3")
        xdo(display, "mousemove", str(width // 2), str(height // 3), "mousedown", "1")
        time.sleep(1.2)
        xdo(display, "mouseup", "1")
        time.sleep(1)
        if cage.poll() is not None or rss_kb(app_pid) is None:
            failures.append(f"{width}x{height}: a key or press ended the kiosk")
            return
        check_fills("Layers (after the escape keys)")

        # The Staff Exit dialog: the same keys change nothing there either.
        xdo(display, "mousemove", "10", "10", "mousedown", "1")
        time.sleep(3.4)
        xdo(display, "mouseup", "1")
        time.sleep(1)
        for keys in ("ctrl+shift+i", "ctrl+shift+d", "ctrl+period", "alt+F4", "ctrl+q", "F10"):
            xdo(display, "key", keys)
            time.sleep(0.3)
        xdo(display, "key", "Escape")
        time.sleep(1)
        if cage.poll() is not None:
            failures.append(f"{width}x{height}: the Staff Exit dialog let a key end the kiosk")
            return

        # Attract loop and visits: every 45 s a visitor wakes it and opens the Needle view,
        # then leaves; the kiosk goes idle after 15 s, warns, and resets.
        resets_before = open(log_path, errors="replace").read().count("Reset (")
        time.sleep(30)   # past the first idle reset: warm caches are not a leak
        # One visit before the first sample, so that the Needle view's cached images
        # (the picture, the course day's overlay) are warm too: growth is measured after.
        xdo(display, "mousemove", str(width // 2), str(height // 2), "click", "1")
        time.sleep(1)
        xdo(display, "mousemove", "180", str(height - 40), "click", "1")
        time.sleep(44)
        rss0 = (rss_kb(app_pid), rss_kb(cage_pid))
        soak_start = time.monotonic()
        while time.monotonic() - soak_start < SOAK[(width, height)]:
            xdo(display, "mousemove", str(width // 2), str(height // 2), "click", "1")
            time.sleep(1)
            xdo(display, "mousemove", "180", str(height - 40), "click", "1")
            time.sleep(44)
        rss1 = (rss_kb(app_pid), rss_kb(cage_pid))
        resets = open(log_path, errors="replace").read().count("Reset (") - resets_before
        if resets < 1:
            failures.append(f"{width}x{height}: no idle reset in the log")
        if None not in rss0 + rss1:
            grow_app, grow_cage = rss1[0] - rss0[0], rss1[1] - rss0[1]
            seconds = SOAK[(width, height)]
            print(f"{width}x{height}: {seconds} s, {resets} resets: RSS app {rss0[0]} → "
                  f"{rss1[0]} kB, cage {rss0[1]} → {rss1[1]} kB")
            # Flat: at most 4 MB, whatever the length (K9 grew ~5 MB a minute in each).
            if grow_app > 4096 or grow_cage > 4096:
                failures.append(f"{width}x{height}: memory grew: app +{grow_app} kB, "
                                f"cage +{grow_cage} kB in {seconds} s")

        # Staff leave with the PIN: exit status 0.
        xdo(display, "mousemove", str(width // 2), str(height // 2), "click", "1")
        time.sleep(1)
        xdo(display, "mousemove", "10", "10", "mousedown", "1")
        time.sleep(3.4)
        xdo(display, "mouseup", "1")
        time.sleep(1.5)
        xdo(display, "type", "--delay", "80", PIN)
        xdo(display, "key", "Return")
        for _ in range(40):
            if cage.poll() is not None:
                break
            time.sleep(0.5)
        status = open(status_file).read().strip() if os.path.exists(status_file) else None
        if status != "0":
            failures.append(f"{width}x{height}: the staff PIN did not leave (status {status})")
    finally:
        if cage.poll() is None:
            cage.send_signal(signal.SIGTERM)
            try:
                cage.wait(10)
            except subprocess.TimeoutExpired:
                cage.kill()
        xvfb.terminate()
        xvfb.wait()
        log.close()
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    if len(sys.argv) != 3:
        print("usage: kiosk-under-cage.py APP SCHEMA_DIR", file=sys.stderr)
        return 2
    app, schema_dir = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    for tool in ("cage", "Xvfb", "Xwayland", "xdotool", "xwd", "convert", "dbus-run-session"):
        if shutil.which(tool) is None:
            skip(f"{tool} is not installed (build-aux/debian-packages.txt lists it)")
    user = run_user()
    if user:
        probe = subprocess.run(["runuser", "-u", user, "--", "test", "-x", app])
        if probe.returncode != 0:
            skip(f"the user {user} cannot run {app} (a private build folder?)")
    failures = []
    for w, h in SIZES:
        one_size(app, schema_dir, user, w, h, failures)
    for f in failures:
        print("FAIL", f)
    print(f"kiosk-under-cage: {len(SIZES)} output sizes, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
