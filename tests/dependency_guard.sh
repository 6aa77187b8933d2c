#!/usr/bin/env bash
# Fails when the build or the tests use a Debian package that packaging/debian-packages.txt does not bring in, so a
# fresh Debian 12 machine gets everything from `scripts/dev.sh`. What is checked, each file resolved to the package
# that owns it with dpkg -S:
#   - every package CMake found (each *_DIR entry of CMakeCache.txt: its *Config.cmake), the compiler and the
#     generator CMake uses, and the libraries found with find_library that obole or obole-cli link;
#   - the shared libraries obole and obole-cli load (ldd);
#   - the programs the tests and benchmarks run, and the Python modules they import;
#   - the libFuzzer runtime tests/fuzz/run_fuzz.sh links.
# A package passes when it is in the list, a dependency of it (apt-cache depends --recurse, without recommends), or
# on every Debian system anyway (Essential, or Priority: required).
#
# Usage: dependency_guard.sh BUILD_DIR SOURCE_DIR OBOLE OBOLE_CLI
# With DEPENDENCY_GUARD_VERBOSE=1 it prints every package it checked and why.
set -euo pipefail

if [[ $# -ne 4 || ! -f $1/CMakeCache.txt || ! -d $2 || ! -x $3 || ! -x $4 ]]; then
    echo "usage: $0 BUILD_DIR SOURCE_DIR OBOLE OBOLE_CLI" >&2
    exit 2
fi
build=$1
src=$2
binaries=("$3" "$4")
list_file=$src/packaging/debian-packages.txt
list_name=packaging/debian-packages.txt
export LC_ALL=C

failures=()
fail() { failures+=("$*"); }

# ---- The list and what it brings in.
mapfile -t listed < <(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^[[:space:]]*$/d' -e 's/^[[:space:]]*//' \
    "$list_file")
if ((${#listed[@]} == 0)); then
    echo "FAIL: $list_name lists no package" >&2
    exit 1
fi
declare -A present=()
while read -r p; do
    present[$p]=1
done < <(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "${listed[@]}" 2>/dev/null | grep -v '^[ <]' || true)
if ((${#present[@]} == 0)); then
    echo "FAIL: apt-cache depends returned nothing for the packages of $list_name: apt has no package lists." >&2
    echo "Run 'apt-get update' (scripts/dev.sh test does it when /var/lib/apt/lists is empty), then this test" \
        "again." >&2
    exit 1
fi
for p in "${listed[@]}"; do
    [[ -n ${present[$p]:-} ]] ||
        fail "$p is in $list_name but apt does not know it: a misspelt name, or apt's package lists are missing or" \
            "out of date (run 'apt-get update')"
done
# Essential and required packages are on every Debian system, and so is what they depend on.
while read -r p essential priority; do
    [[ $essential == yes || $priority == required ]] && present[$p]=1
done < <(dpkg-query -W -f='${Package} ${Essential} ${Priority}\n')

# ---- What the build and the tests use: files, each with the reason it is needed and the paths to ask dpkg about.
# need REASON PATH...: the first PATH that a package owns decides the package.
reasons=()
candidates=()
need() {
    reasons+=("$1")
    shift
    candidates+=("$*")
}
# The ways a path can be spelled in dpkg's database on a merged-/usr system.
spellings() {
    local p alt seen=" "
    for p in "$1" "$(readlink -f "$1")"; do
        if [[ $p == /usr/* ]]; then alt=${p#/usr}; else alt=/usr$p; fi
        [[ $seen == *" $p "* ]] || seen+="$p "
        [[ $seen == *" $alt "* ]] || seen+="$alt "
    done
    echo "${seen# }"
}

# CMake: the config file of every package found in config mode.
cache=$build/CMakeCache.txt
while IFS='=' read -r key dir; do
    name=${key%_DIR:PATH}
    for config in "$dir/${name}Config.cmake" "$dir/${name,,}-config.cmake"; do
        if [[ -f $config ]]; then
            need "for $name, found by CMake" "$(spellings "$config")"
            break
        fi
    done
done < <(grep -E '^[A-Za-z0-9_]+_DIR:PATH=/' "$cache" || true)
for key in CMAKE_COMMAND CMAKE_CXX_COMPILER CMAKE_MAKE_PROGRAM; do
    tool=$(sed -n "s/^$key:[A-Z]*=//p" "$cache")
    if [[ -n $tool ]]; then
        need "for $key ($tool), used by CMake" "$(spellings "$tool")"
    fi
done

# The libraries the binaries load. Those CMake found with find_library (OpenSSL, SQLite, libxlsxwriter) also need
# their development package: the owner of the .so CMake found, when a binary names its soname (DT_NEEDED).
declare -A linked=()
for binary in "${binaries[@]}"; do
    while read -r line; do
        case $line in
        *"=> not found"*)
            fail "${line%% *}, linked into ${binary##*/}, is not found by the dynamic loader"
            ;;
        *"=> /"* | /*)
            lib=${line#*=> }
            lib=${lib%% (*}
            [[ -n ${linked[$lib]:-} ]] || need "${lib##*/}, linked into ${binary##*/}" "$(spellings "$lib")"
            linked[$lib]=1
            ;;
        esac
    done < <(ldd "$binary")
done
declare -A needed_soname=()
for binary in "${binaries[@]}"; do
    while read -r _ soname; do
        needed_soname[$soname]=1
    done < <(objdump -p "$binary" | grep -E '^\s*NEEDED\s')
done
while IFS='=' read -r key lib; do
    soname=$(objdump -p "$lib" 2>/dev/null | awk '$1 == "SONAME" { print $2 }')
    if [[ -n $soname && -n ${needed_soname[$soname]:-} ]]; then
        need "for ${key%:FILEPATH}, found by CMake" "$(spellings "$lib")"
    fi
done < <(grep -E '^[A-Za-z0-9_]+_LIBRARY:FILEPATH=/' "$cache" || true)

# ---- Programs the tests run. In C++ and Python the program is a literal that can be read reliably; in shell scripts
# only roughly, so a name found there counts when it is a program on this machine, and the programs the shell tests
# depend on are named below as well.
declare -A programs=()
add_program() { # NAME WHERE
    local where=${2#"$src"/}
    [[ ", ${programs[$1]:-}, " == *", $where, "* ]] || programs[$1]="${programs[$1]:+${programs[$1]}, }$where"
}
add_program desktop-file-validate tests/packaging_check.sh
add_program appstreamcli tests/packaging_check.sh
add_program python3 tests/packaging_check.sh
add_program /usr/lib/qt6/bin/lupdate tests/translations_check.sh
add_program sqlite3 tests/bench/reconcile_sqlite.sh
add_program /usr/bin/time tests/bench/import_bench.sh
add_program clang++ tests/fuzz/run_fuzz.sh
add_program pkg-config tests/fuzz/run_fuzz.sh

# QProcess::start("prog"), run("prog") and findExecutable("prog") in the C++ suites, subprocess.run(["prog", ...]) in
# the Python helpers. Each line read is FILE:PROGRAM.
while IFS=: read -r file name; do
    add_program "$name" "$file"
done < <(
    grep -rnoE --include='*.cpp' --include='*.h' \
        '(\.start|\brun|findExecutable)\(\s*QStringLiteral\("[A-Za-z0-9_.+-]+"\)' "$src/tests" |
        sed -E 's/^([^:]*):[0-9]+:.*QStringLiteral\("([^"]+)"\)$/\1:\2/'
    grep -rnoE --include='*.py' "subprocess\.[a-z_]+\(\s*\[\s*[\"'][A-Za-z0-9_.+-]+" "$src/tests" |
        sed -E "s/^([^:]*):[0-9]+:.*[\"']([^\"']+)\$/\1:\2/"
)
# Shell scripts: words in command position (outside comments and here-documents), absolute paths of programs, and
# ${VAR:-program} defaults; kept only when they name a program here.
mapfile -t shell_scripts < <(find "$src/tests" -name '*.sh' ! -name dependency_guard.sh | sort)
declare -A builtin=()
while read -r w; do builtin[$w]=1; done < <(compgen -b -k)
for script in "${shell_scripts[@]}"; do
    declare -A functions=()
    while read -r f; do
        functions[$f]=1
    done < <(sed -nE 's/^\s*([A-Za-z_][A-Za-z0-9_-]*)\s*\(\)\s*\{?.*/\1/p' "$script")
    while read -r word; do
        [[ -n ${builtin[$word]:-} || -n ${functions[$word]:-} ]] && continue
        if [[ $word == /* ]]; then
            [[ -x $word && ! -d $word ]] && add_program "$word" "$script"
        elif type -P "$word" >/dev/null; then
            add_program "$word" "$script"
        fi
    done < <(
        awk '
            function emit(s,   n, parts, i, w) {
                gsub(/\$\(/, " ; ", s); gsub(/[|&;`(){}]/, " ; ", s)
                n = split(s, parts, / *; */)
                for (i = 1; i <= n; i++) {
                    w = parts[i]; sub(/^[ \t]+/, "", w)
                    while (w ~ /^(if|then|else|elif|do|while|until|!|exec|time|env|command|nohup) /)
                        sub(/^[^ ]+ +/, "", w)
                    while (w ~ /^[A-Za-z_][A-Za-z0-9_]*=[^ ]* /) sub(/^[^ ]+ +/, "", w)
                    sub(/[ \t].*/, "", w)
                    if (w ~ /^[A-Za-z][A-Za-z0-9_.+-]*$/) print w
                }
            }
            heredoc != "" { if ($0 ~ "^[ \t]*" heredoc "$") heredoc = ""; next }
            /^[ \t]*#/ { next }
            {
                line = $0
                if (match(line, /<<-?[ ]*["\x27]?[A-Za-z_]+["\x27]?/)) {
                    tag = substr(line, RSTART, RLENGTH); gsub(/[<\-"\x27 ]/, "", tag); heredoc = tag
                }
                sub(/[ \t]#.*/, "", line)
                emit(line)
                while (match(line, /(^|[ "\x27=])\/(usr\/)?(s?bin|lib\/[^ "\x27]*\/bin)\/[A-Za-z0-9_.+-]+/)) {
                    w = substr(line, RSTART, RLENGTH); sub(/^[ "\x27=]/, "", w); print w
                    line = substr(line, RSTART + RLENGTH)
                }
                line = $0
                while (match(line, /\$\{[A-Za-z_]+:-[A-Za-z][A-Za-z0-9_.+-]*\}/)) {
                    w = substr(line, RSTART, RLENGTH); sub(/.*:-/, "", w); sub(/\}$/, "", w); print w
                    line = substr(line, RSTART + RLENGTH)
                }
            }' "$script" | sort -u
    )
    unset functions
done

for name in "${!programs[@]}"; do
    where=${programs[$name]}
    if [[ $name == /* ]]; then
        found=$name
        [[ -x $found ]] || found=
    else
        found=$(type -P "$name" || true)
    fi
    # The list installs Debian's programs; one earlier on PATH (pyenv, nvm, /usr/local) is not the list's concern
    # when Debian's is there as well.
    debian=
    for dir in /usr/bin /usr/sbin /bin /sbin; do
        if [[ $name != /* && -x $dir/$name ]]; then
            debian=$dir/$name
            break
        fi
    done
    if [[ -z $found && -z $debian ]]; then
        fail "the program $name, run by $where, is not installed: add the Debian package that provides it to" \
            "$list_name"
        continue
    fi
    paths=""
    [[ -n $found ]] && paths+="$(spellings "$found") "
    [[ -n $debian ]] && paths+="$(spellings "$debian")"
    need "$(basename "$name"), run by $where" "$paths"
done

# The libFuzzer runtime that tests/fuzz/run_fuzz.sh links with -fsanitize=fuzzer.
if clangxx=$(type -P clang++); then
    fuzzer=$("$clangxx" -print-file-name="libclang_rt.fuzzer-$(uname -m).a")
    if [[ $fuzzer == /* && -f $fuzzer ]]; then
        need "the libFuzzer runtime, linked by tests/fuzz/run_fuzz.sh" "$(spellings "$fuzzer")"
    else
        fail "clang++ has no libFuzzer runtime (libclang_rt.fuzzer-$(uname -m).a), linked by tests/fuzz/run_fuzz.sh"
    fi
fi

# ---- Python modules the tests import, with Debian's interpreter (the one python3-* packages install into).
python=/usr/bin/python3
[[ -x $python ]] || python=$(type -P python3 || true)
if [[ -n $python ]]; then
    # Each line read is FILE:MODULE[, MODULE...]: import lines of Python files and of Python here-documents in shell
    # scripts, `python3 -c 'import m'`, and QStringLiteral("import m") in the C++ suites.
    declare -A modules=()
    while IFS=: read -r file names; do
        for m in ${names//,/ }; do
            m=${m%%.*}
            file=${file#"$src"/}
            [[ ", ${modules[$m]:-}, " == *", $file, "* ]] || modules[$m]="${modules[$m]:+${modules[$m]}, }$file"
        done
    done < <(
        name='[A-Za-z_][A-Za-z0-9_.]*'
        {
            grep -rnoE --include='*.py' --include='*.sh' --exclude=dependency_guard.sh \
                "^\s*(import\s+$name(\s*,\s*$name)*|from\s+$name\s+import)" "$src/tests"
            grep -rnoE --include='*.sh' --include='*.cpp' --include='*.h' --exclude=dependency_guard.sh \
                "(-c\s+[\"']|QStringLiteral\(\")import\s+$name" "$src/tests"
        } | sed -E 's/^([^:]*):[0-9]+:/\1:/; s/:.*(import|from)\s+/:/; s/\s+import$//; s/\s+//g'
    )
    if ((${#modules[@]})); then
        while IFS=$'\t' read -r m file; do
            if [[ $file == MISSING ]]; then
                fail "the Python module $m, imported by ${modules[$m]}, is not installed for $python: add its" \
                    "python3-* package to $list_name"
            elif [[ $file != BUILTIN ]]; then
                need "the Python module $m, imported by ${modules[$m]}" "$(spellings "$file")"
            fi
        done < <("$python" - "${!modules[@]}" <<'PY'
import importlib.util, sys
for name in sys.argv[1:]:
    if name in sys.stdlib_module_names or name == "__future__":
        continue
    spec = importlib.util.find_spec(name)
    if spec is None:
        print(f"{name}\tMISSING")
    else:
        print(f"{name}\t{spec.origin if spec.origin and spec.origin.startswith('/') else 'BUILTIN'}")
PY
        )
    fi
fi

# ---- Owners, in one dpkg query.
declare -A owner=()
mapfile -t all_paths < <(printf '%s\n' ${candidates[@]+"${candidates[@]}"} | tr ' ' '\n' | sed '/^$/d' | sort -u)
while read -r line; do
    [[ $line == diversion* || $line != *": /"* ]] && continue
    owner[${line##*: }]=$(sed -E 's/: \/.*//; s/:[a-z0-9_]+(,|$)/\1/g' <<<"$line")
done < <(dpkg -S "${all_paths[@]}" 2>/dev/null || true)

declare -A why=()
for i in "${!reasons[@]}"; do
    packages=
    for p in ${candidates[$i]}; do
        if [[ -n ${owner[$p]:-} ]]; then
            packages=${owner[$p]}
            break
        fi
    done
    if [[ -z $packages ]]; then
        first=${candidates[$i]%% *}
        fail "$first (${reasons[$i]#for }) belongs to no Debian package: install it from a package, and add that" \
            "package to $list_name"
        continue
    fi
    # A path several packages share is fine when one of them is present.
    chosen=
    for p in ${packages//,/ }; do
        [[ -n ${present[$p]:-} ]] && chosen=$p && break
    done
    [[ -n $chosen ]] || chosen=${packages%%,*}
    why[$chosen]+="${why[$chosen]:+; }${reasons[$i]#for }"
done

missing=0
for p in $(printf '%s\n' "${!why[@]}" | sort); do
    [[ -n ${DEPENDENCY_GUARD_VERBOSE:-} ]] && echo "$p: ${why[$p]}"
    if [[ -z ${present[$p]:-} ]]; then
        IFS=';' read -ra items <<<"${why[$p]}"
        shown=$(printf '%s;' "${items[@]:0:3}")
        shown=${shown%;}
        ((${#items[@]} > 3)) && shown+="; and $((${#items[@]} - 3)) more"
        fail "$p (for ${shown# })"
        missing=$((missing + 1))
    fi
done

if ((${#failures[@]})); then
    echo "FAIL: $list_name does not cover what the build and the tests use:" >&2
    printf '  %s\n' "${failures[@]}" >&2
    ((missing == 0)) || echo "Add to $list_name each package that starts a line above (or one that depends on it)." >&2
    exit 1
fi
echo "dependency guard: ${#why[@]} packages checked, all in $list_name"
