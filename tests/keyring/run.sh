#!/usr/bin/env bash
# Runs a test under a system keyring of its own: a private D-Bus session (dbus-run-session) with GNOME Keyring's
# secret service, unlocked, in a temporary home, so that QtKeychain (through libsecret) stores and reads passwords
# for real, as on a desktop. OBOLE_TEST_KEYRING=1 tells the test that a keyring answers, so that its absence fails.
#   tests/keyring/run.sh COMMAND [ARGS...]
set -euo pipefail
(($#)) || { echo "usage: $0 COMMAND [ARGS...]" >&2; exit 2; }
command -v dbus-run-session >/dev/null || { echo "keyring/run.sh: dbus-run-session is missing (dbus-bin)" >&2; exit 1; }
command -v gnome-keyring-daemon >/dev/null ||
    { echo "keyring/run.sh: gnome-keyring-daemon is missing (gnome-keyring)" >&2; exit 1; }

home=$(mktemp -d "${TMPDIR:-/tmp}/obole-keyring.XXXXXX")
trap 'rm -rf "$home"' EXIT
mkdir -p -m 700 "$home/run"
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_RUNTIME_DIR=$home/run
export OBOLE_TEST_KEYRING=1
# The session bus's own notices (it cannot raise the limit of open files in a container) are not the test's.
exec dbus-run-session -- bash -c '
    # The login keyring, created and unlocked with a password read from standard input.
    printf "obole-test" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    exec "$@"' keyring "$@" 2> >(grep -v "Failed to set fd limit" >&2)
