#!/usr/bin/env bash
# Checks the desktop integration files in the packaging folder given as $1: the .desktop entry and the
# AppStream metainfo pass their validators, the icon named by the desktop entry exists as SVG and as PNGs
# of the right sizes, and the metainfo launches that desktop entry. Exits non-zero on any problem.
set -euo pipefail

if [[ $# -ne 1 || ! -d $1 ]]; then
    echo "usage: $0 PACKAGING_DIR" >&2
    exit 2
fi
dir=$1
failures=0

fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

need() {
    if ! command -v "$1" >/dev/null 2>&1; then
        echo "FAIL: $1 is not installed (Debian package: $2)" >&2
        exit 1
    fi
}
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need python3 python3

shopt -s nullglob
desktops=("$dir"/*.desktop)
metainfos=("$dir"/*.metainfo.xml)
shopt -u nullglob
if [[ ${#desktops[@]} -ne 1 ]]; then
    echo "FAIL: expected exactly one .desktop file in $dir, found ${#desktops[@]}" >&2
    exit 1
fi
if [[ ${#metainfos[@]} -ne 1 ]]; then
    echo "FAIL: expected exactly one .metainfo.xml file in $dir, found ${#metainfos[@]}" >&2
    exit 1
fi
desktop=${desktops[0]}
metainfo=${metainfos[0]}
app_id=$(basename "$desktop" .desktop)

# desktop-file-validate exits 0 on warnings and hints, so its output is read too. The entry is kept free of
# hints as well: one of them is how a missing main category (the app filed under "Other") shows up.
if ! report=$(desktop-file-validate "$desktop" 2>&1); then
    fail "desktop-file-validate rejects $(basename "$desktop"):"$'\n'"$report"
elif [[ -n $report ]]; then
    fail "desktop-file-validate reports problems in $(basename "$desktop"):"$'\n'"$report"
fi

if ! report=$(appstreamcli validate --no-net "$metainfo" 2>&1); then
    fail "appstreamcli validate rejects $(basename "$metainfo"):"$'\n'"$report"
fi

icon=$(awk '/^\[/ { group = $0 } group == "[Desktop Entry]" && /^Icon=/ { print substr($0, 6); exit }' "$desktop")
if [[ -z $icon ]]; then
    fail "$(basename "$desktop") has no Icon= key"
    icon=$app_id
elif [[ $icon != "$app_id" ]]; then
    fail "Icon=$icon does not match the application id $app_id"
fi

if [[ ! -s $dir/icons/$icon.svg ]]; then
    fail "missing scalable icon icons/$icon.svg"
fi

# Reads width and height from the IHDR chunk, which the PNG format puts first.
png_size() {
    python3 - "$1" <<'PY'
import struct, sys
with open(sys.argv[1], "rb") as f:
    head = f.read(24)
if len(head) < 24 or head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
    print("not-a-png")
else:
    width, height = struct.unpack(">II", head[16:24])
    print(f"{width}x{height}")
PY
}

for n in 16 32 48 64 128 256; do
    png=$dir/icons/hicolor/${n}x${n}/apps/$icon.png
    if [[ ! -f $png ]]; then
        fail "missing icon icons/hicolor/${n}x${n}/apps/$icon.png"
        continue
    fi
    size=$(png_size "$png")
    if [[ $size != "${n}x${n}" ]]; then
        fail "icons/hicolor/${n}x${n}/apps/$icon.png is $size, expected ${n}x${n}"
    fi
done

# The metainfo must point software centres at this desktop entry and name both executables.
python3 - "$metainfo" "$(basename "$desktop")" <<'PY' || failures=$((failures + 1))
import sys
import xml.etree.ElementTree as ET
try:
    root = ET.parse(sys.argv[1]).getroot()
except ET.ParseError as e:
    sys.exit(f"FAIL: {sys.argv[1]} is not well-formed XML: {e}")
problems = []
launchables = [e.text for e in root.findall("launchable") if e.get("type") == "desktop-id"]
if sys.argv[2] not in launchables:
    problems.append(f"launchable desktop-id is {launchables}, expected {sys.argv[2]}")
binaries = {e.text for e in root.findall("provides/binary")}
for name in ("obole", "obole-cli"):
    if name not in binaries:
        problems.append(f"provides does not list the binary {name}")
for p in problems:
    print(f"FAIL: {p}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY

if [[ $failures -ne 0 ]]; then
    echo "$failures packaging problem(s) found" >&2
    exit 1
fi
echo "packaging files are valid"
