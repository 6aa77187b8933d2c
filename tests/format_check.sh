#!/usr/bin/env bash
# Fails when a C++ source of the project is not laid out as .clang-format says, naming each file and line.
# Fix with: git ls-files '*.cpp' '*.h' | xargs clang-format -i
set -euo pipefail
src=$1
cd "$src"
command -v clang-format >/dev/null || { echo "clang-format is not installed: run scripts/dev.sh install" >&2; exit 1; }
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files '*.cpp' '*.h')
else
    mapfile -t files < <(find models ui app tests \( -name '*.cpp' -o -name '*.h' \) | sort)
fi
if ((${#files[@]} == 0)); then
    echo "no C++ sources found under $src" >&2
    exit 1
fi
if ! out=$(clang-format --style=file --dry-run -Werror "${files[@]}" 2>&1); then
    grep "error:" <<<"$out" | head -40 >&2 || true
    echo "$(grep 'error:' <<<"$out" | cut -d: -f1 | sort -u | wc -l) of ${#files[@]} files differ from .clang-format" >&2
    exit 1
fi
echo "all ${#files[@]} C++ files follow .clang-format"
