#!/usr/bin/env bash
# Run test stages, printing each one's wall time and a summary; exit non-zero
# when any stage failed. Usage: tools/run-tests.sh [STAGE...] (default: all)
#   bootstrap    tools/bootstrap.sh
#   pypy-c       tools/build-pypy-c.sh
#   interp       host pytest on pypy/ (untranslated interpreter, Python 2)
#   unit         interp without the files that run the interpreter under
#                rpython's meta-interpreter (test_zjit.py, test_vector_*.py:
#                minutes each); not in the default list (interp has them all)
#   app-cpython  tests/app under build/venv3 CPython + NumPy (the oracle)
#   app-cpython-avx2  the same with NumPy's AVX-512 code disabled
#                (NPY_DISABLE_CPU_FEATURES), as NumPy runs on CPUs without
#                AVX-512: the oracle passes with either dispatch
#   app-pypy-c   tests/app run by ./pypy-c
#   cli-cpython  tests/cli against CPython
#   cli-pypy-c   tests/cli against ./pypy-c
#   cpython-suite  CPython 3.11's own unittest files of 15 stdlib modules on
#                ./pypy-c (tools/cpython-suite.py): prints each module's
#                counts; report-only for now (fails only if the runner
#                itself cannot run), the README says why
# pytest's exit status 5 (no tests collected) passes only when the stage's
# folder holds no test_*.py file at all: a folder with no tests yet is fine,
# but test files of which nothing was collected mean a broken collection.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
HOST=build/host/python2
PY3=build/venv3/bin/python
ALL=(bootstrap pypy-c interp app-cpython app-cpython-avx2 app-pypy-c cli-cpython cli-pypy-c cpython-suite)
stages=("$@"); ((${#stages[@]})) || stages=("${ALL[@]}")
summary=()
failed=0

# stage NAME TESTDIR CMD...: TESTDIR is "-" for a stage that is no pytest run
stage() {
    local name=$1 dir=$2 start rc secs result; shift 2
    echo "==== stage $name: $*"
    start=$(date +%s%N)
    "$@"; rc=$?
    if ((rc == 5)) && [[ $dir != - ]]; then
        if [[ -z $(find "$dir" -name 'test_*.py' -print -quit) ]]; then
            echo "==== stage $name: no test files under $dir yet"; rc=0
        else
            echo "==== stage $name: ERROR: test files exist under $dir but pytest collected none"
        fi
    fi
    secs=$(( ($(date +%s%N) - start) / 100000000 )); secs=$((secs / 10)).$((secs % 10))
    if ((rc == 0)); then result=ok; else result="FAILED (exit status $rc)"; failed=1; fi
    echo "==== stage $name: $result in $secs s"
    summary+=("$(printf '  %-16s %8s s  %s' "$name" "$secs" "$result")")
    return $rc
}

skip() { echo "==== stage $1: SKIPPED ($2)"; summary+=("$(printf '  %-16s %8s    SKIPPED (%s)' "$1" - "$2")"); failed=1; }

# NumPy's AVX-512 dispatch targets (X86_V4, AVX512_*) in this NumPy build,
# then those of them this CPU has ("none" if none): NPY_DISABLE_CPU_FEATURES
# accepts dispatch targets even where the CPU lacks them, and only warns
# about names that are not dispatch targets
numpy_avx512_targets() {
    "$PY3" -c '
try:
    from numpy._core import _multiarray_umath as m
except ImportError:
    from numpy.core import _multiarray_umath as m
targets = [f for f in m.__cpu_dispatch__
           if f == "X86_V4" or f.startswith("AVX512")]
print(" ".join(targets))
print(" ".join(f for f in targets if m.__cpu_features__.get(f)) or "none")'
}

# The translation (mostly one core for half an hour) runs in the background
# while the stages that do not need ./pypy-c run; the *-pypy-c stages run
# after it. Its output is shown when it ends.
PYPY_C_LOG=build/logs/pypy-c-stage.log
pypy_c_pid=
start_pypy_c() {
    mkdir -p build/logs
    echo "==== stage pypy-c: in the background (output in $PYPY_C_LOG, shown when it ends)"
    ( stage pypy-c - tools/build-pypy-c.sh; rc=$?
      printf '%s\n' "${summary[-1]}" >"$PYPY_C_LOG.summary"; exit $rc
    ) >"$PYPY_C_LOG" 2>&1 &
    pypy_c_pid=$!
}
join_pypy_c() {
    [[ -n $pypy_c_pid ]] || return 0
    local rc=0
    wait "$pypy_c_pid" || rc=$?
    pypy_c_pid=
    cat "$PYPY_C_LOG"
    summary+=("$(cat "$PYPY_C_LOG.summary" 2>/dev/null || echo '  pypy-c  (no summary)')")
    if ((rc)); then failed=1; have_pypy_c=0; fi
}
trap '[[ -n $pypy_c_pid ]] && kill "$pypy_c_pid" 2>/dev/null' EXIT

# bootstrap first, the translation started next, the stages without
# ./pypy-c, then the ones with it
ordered=()
for s in "${stages[@]}"; do [[ $s == bootstrap ]] && ordered+=("$s"); done
for s in "${stages[@]}"; do [[ $s == pypy-c ]] && ordered+=("$s"); done
for s in "${stages[@]}"; do
    [[ $s == bootstrap || $s == pypy-c || $s == *-pypy-c || $s == cpython-suite ]] || ordered+=("$s")
done
ordered+=(join)
for s in "${stages[@]}"; do [[ $s == *-pypy-c ]] && ordered+=("$s"); done
for s in "${stages[@]}"; do [[ $s == cpython-suite ]] && ordered+=("$s"); done

have_pypy_c=1
for s in "${ordered[@]}"; do
    case $s in
    bootstrap) stage bootstrap - tools/bootstrap.sh || break ;;
    pypy-c) start_pypy_c ;;
    join) join_pypy_c ;;
    interp)
        echo "Python 2 host: $(cat build/host/description 2>/dev/null) ($("$HOST" -c 'import sys; print sys.version.split()[0]' 2>&1))"
        # pytest-xdist, one core per worker, a file per worker at a time:
        # test_zjit.py builds its meta-interpreted program once per process
        # (minutes), so its tests stay together
        stage interp pypy "$HOST" -m pytest -n "$(nproc)" --dist loadfile pypy/ ;;
    unit)
        stage unit pypy "$HOST" -m pytest -n "$(nproc)" pypy/ \
            --ignore-glob='*/test_zjit.py' --ignore-glob='*/test_vector_*.py' ;;
    app-cpython) stage app-cpython tests/app "$PY3" -m pytest tests/app ;;
    app-cpython-avx2)
        targets=$(numpy_avx512_targets)
        disable=${targets%%$'\n'*}
        echo "NumPy's AVX-512 targets: ${disable:-none}; this CPU has: ${targets#*$'\n'}"
        stage app-cpython-avx2 tests/app \
            env NPY_DISABLE_CPU_FEATURES="$disable" "$PY3" -m pytest tests/app ;;
    cli-cpython) stage cli-cpython tests/cli "$PY3" -m pytest tests/cli ;;
    app-pypy-c | cli-pypy-c)
        if ((have_pypy_c)) && [[ -x pypy-c ]]; then
            stage "$s" "tests/${s%-pypy-c}" "$PY3" -m pytest "tests/${s%-pypy-c}" --pypy-c=./pypy-c
        else
            skip "$s" "no ./pypy-c"
        fi ;;
    cpython-suite)
        if ((have_pypy_c)) && [[ -x pypy-c ]]; then
            stage cpython-suite - "$PY3" tools/cpython-suite.py --python ./pypy-c --jobs "$(nproc)"
        else
            skip cpython-suite "no ./pypy-c"
        fi ;;
    *) echo "unknown stage $s (stages: ${ALL[*]} unit)" >&2; exit 2 ;;
    esac
done

echo "==== stage times:"
printf '%s\n' "${summary[@]}"
exit $failed
