#!/bin/sh
# check-no-schema.sh APP SCHEMA_ID [MODE]: without its settings schema the app exits 1
# with one line on stderr that names the schema (instead of aborting, which a kiosk's
# service manager answers by restarting it forever).
set -u
d=$(mktemp -d) || exit 1
err=$(env -u GSETTINGS_SCHEMA_DIR XDG_DATA_DIRS="$d" "$1" ${3:+"$3"} 2>&1 >/dev/null)
status=$?
rmdir "$d"
printf '%s\n' "$err"
[ "$status" -eq 1 ] || { echo "exit status $status, expected 1"; exit 1; }
[ "$(printf '%s\n' "$err" | wc -l)" -eq 1 ] || { echo "expected one line"; exit 1; }
printf '%s' "$err" | grep -qF "$2" || { echo "the message does not name $2"; exit 1; }
