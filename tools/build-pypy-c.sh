#!/usr/bin/env bash
# Make ./pypy-c by translating pypy/goal/targetpypy.py with RPython (--opt=jit).
# The inputs (every file under pypy/ except test/ folders, __pycache__ and
# *.pyc; the rpython stamp of tools/bootstrap.sh, which names the rpython
# version and patches; this script) are hashed; the hash names a cache folder
# $PYPY_NUMPY_CACHE/builds/<hash>/ (default ~/.cache/pypy-numpy) holding the
# binary, so an unchanged tree is never translated twice on one machine.
# The translation log is build/translate.log.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
CACHE=${PYPY_NUMPY_CACHE:-$HOME/.cache/pypy-numpy}
HOST=build/host/python2
TARGET=pypy/goal/targetpypy.py
LOG=build/translate.log
KEEP_BUILDS=5                      # cached binaries kept (most recent first)

die() { echo "build-pypy-c: ERROR: $*" >&2; exit 1; }
[[ -x $HOST && -f rpython/__init__.py && -f build/stamps/rpython ]] ||
    die "run tools/bootstrap.sh (make bootstrap) first"
[[ -f $TARGET ]] || die "no translation target $TARGET"

tree_hash() {
    { echo "rpython $(cat build/stamps/rpython)"
      sha256sum tools/build-pypy-c.sh
      find pypy \( -name test -o -name __pycache__ -o -name '.*' \) -prune -o \
          -type f ! -name '*.py[co]' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    } | sha256sum | cut -c1-16
}
hash=$(tree_hash)
cached=$CACHE/builds/$hash

if [[ -x pypy-c && -f build/pypy-c.hash && "$(cat build/pypy-c.hash)" == "$hash" ]]; then
    echo "build-pypy-c: ./pypy-c is up to date (build $hash)"
    exit 0
fi

if [[ ! -x $cached/pypy-c ]]; then
    echo "build-pypy-c: translating $TARGET with $(cat build/host/description) (build $hash)"
    echo "build-pypy-c: log in $LOG; a JIT translation takes 15-30 minutes"
    mkdir -p build/usession build/translate-out
    rm -f build/translate-out/pypy-c
    # C sources in build/usession (not /tmp); make's -j from the real core
    # count, not from an outer make's MAKEFLAGS (rpython then uses -j1).
    export PYPY_USESSION_DIR=$ROOT/build/usession PYPY_USESSION_BASENAME=pypy-c
    unset MAKEFLAGS MFLAGS MAKELEVEL
    start=$(date +%s)
    PYTHONPATH=$ROOT "$HOST" -m rpython --batch --opt=jit --make-jobs="$(nproc)" \
        --output="$ROOT/build/translate-out/pypy-c" "$TARGET" >"$LOG" 2>&1 &
    pid=$!
    trap 'kill "$pid" 2>/dev/null' EXIT
    ticks=0
    while kill -0 "$pid" 2>/dev/null; do   # a line a minute, so CI shows progress
        sleep 2; ticks=$((ticks + 1))
        if ((ticks % 30 == 0)); then
            echo "build-pypy-c: $(( $(date +%s) - start )) s: $(grep -o '\[translation:info\].*' "$LOG" | tail -n1 | cut -c1-100)"
        fi
    done
    rc=0; wait "$pid" || rc=$?
    trap - EXIT
    secs=$(( $(date +%s) - start ))
    if ((rc != 0)) || [[ ! -x build/translate-out/pypy-c ]]; then
        echo "---- last 60 lines of $LOG ----" >&2
        tail -n 60 "$LOG" >&2
        die "translation failed (exit status $rc) after ${secs} s; full log: $LOG"
    fi
    grep '\[Timer\]' "$LOG" | sed 's/^/build-pypy-c: /' || true
    echo "build-pypy-c: translated in $((secs / 60)) min $((secs % 60)) s"
    if [[ $(tree_hash) != "$hash" ]]; then   # edited while translating: mixed
        cp build/translate-out/pypy-c pypy-c.tmp && mv pypy-c.tmp pypy-c
        rm -f build/pypy-c.hash
        echo "build-pypy-c: WARNING: pypy/ changed during the translation; ./pypy-c made but not cached"
        exit 0
    fi
    mkdir -p "$CACHE/builds"
    tmp=$(mktemp -d "$CACHE/builds/.new-XXXXXX")
    cp build/translate-out/pypy-c "$LOG" "$tmp/"
    rm -rf "$cached"; mv "$tmp" "$cached"
    # keep only the most recent cached builds
    ls -1dt "$CACHE"/builds/*/ | tail -n +$((KEEP_BUILDS + 1)) | xargs -r rm -rf
else
    echo "build-pypy-c: reused cached build $hash"
    touch "$cached"
fi
# the cached binary finds the standard library and lib_pypy next to it, as
# ./pypy-c finds build/lib-python and lib_pypy (pypy/module/sys/prefix.py)
ln -sfn "$ROOT/build/lib-python" "$cached/lib-python"
ln -sfn "$ROOT/lib_pypy" "$cached/lib_pypy"
cp "$cached/pypy-c" pypy-c.tmp && mv pypy-c.tmp pypy-c
mkdir -p build && echo "$hash" >build/pypy-c.hash
echo "build-pypy-c: ./pypy-c ready (build $hash)"
