#!/usr/bin/env bash
# Fetch and set up everything the build and the tests need (idempotent):
#   build/host/python2  Python 2.7 host for RPython: PyPy 7.3.3 from Debian
#                       bullseye, else the pyenv CPython 2.7.18
#   rpython/            rpython==0.2.1 sdist from PyPI + patches/rpython/*.patch
#   build/py2-site/     py2 test deps (tools/requirements-py2.txt + scandir.py)
#   build/venv3/        CPython 3.11 venv (tools/requirements-venv3.txt)
#   build/lib-python/3.11/  CPython 3.11's pure-Python standard library from
#                       Debian bookworm's libpython3.11-{minimal,stdlib}
#                       + patches/stdlib/*.patch (pypy-c's sys.path)
#   build/cpython-tests/test/  CPython 3.11's own unittest files (Debian
#                       bookworm's libpython3.11-testsuite)
#                       + patches/cpython-tests/*.patch, run on pypy-c by
#                       tools/cpython-suite.py
#   build/lib/          OpenBLAS (libopenblas.so.0 + its Fortran runtime) from
#                       Debian bookworm, dlopened by micronumpy (np.dot, np.linalg)
#   build/pypy3/        only with `tools/bootstrap.sh pypy3`: Debian bookworm's
#                       PyPy 3.9 (bin/pypy3), bench/python_suite.py's reference
# Every download is pinned by version and sha256 and cached under
# $PYPY_NUMPY_CACHE (default ~/.cache/pypy-numpy)/downloads. Each part is
# skipped when build/stamps/<part> holds the key of its pins.
# Env: PYPY_NUMPY_HOST=cpython forces the CPython 2.7 host; PYTHON3 (default
# python3, must be 3.11) makes the venv and runs pip.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${PYPY_NUMPY_CACHE:-$HOME/.cache/pypy-numpy}
DL=$CACHE/downloads
BUILD=$ROOT/build
STAMPS=$BUILD/stamps
LOGS=$BUILD/logs
PYTHON3=${PYTHON3:-python3}

RPYTHON_VERSION=0.2.1
RPYTHON_SHA256=803933038f3744538fc04bca9d5be0102eaa80fdc26dcb376b8178e0fa66e90b
SCANDIR_VERSION=1.10.0
SCANDIR_SHA256=4d4631f6062e658e9007ab3149a9b914f3548cb38bfb021c64f39a025ce578ae
DEBIAN_SUITE=bullseye
# name version sha256 of the PyPy 2.7 host's Debian packages (amd64)
DEBS="pypy 7.3.3+dfsg-2 9df6ce7c216c5a365850c43b11a11b0e042eb4deb60f181970e72c05f6b894da
pypy-lib 7.3.3+dfsg-2 df3a24b5d7cdaa5ad9637374502e7c19e3d0aa300545b197cdcc5645317c2842
libffi7 3.3-6 30ca89bfddae5fa6e0a2a044f22b6e50cd17c4bc6bc850c579819aeab7101f0f
libssl1.1 1.1.1w-0+deb11u1 aadf8b4b197335645b230c2839b4517aa444fd2e8f434e5438c48a18857988f7"
CPYTHON27_VERSION=2.7.18
PY2_REQS=$ROOT/tools/requirements-py2.txt
VENV3_REQS=$ROOT/tools/requirements-venv3.txt

say() { echo "bootstrap: $*"; }
die() { echo "bootstrap: ERROR: $*" >&2; exit 1; }
sha256() { sha256sum "$1" | cut -d' ' -f1; }
key_of() { printf '%s\n' "$@" | sha256sum | cut -c1-16; }
stamp_ok() { [[ -f $STAMPS/$1 && "$(cat "$STAMPS/$1")" == "$2" ]]; }
stamp_set() { mkdir -p "$STAMPS"; echo "$2" >"$STAMPS/$1"; }

# run DESC LOGNAME CMD...: run CMD with its output in build/logs/LOGNAME.log;
# on failure show the log's tail and stop, naming DESC.
run() {
    local desc=$1 log=$LOGS/$2.log; shift 2
    mkdir -p "$LOGS"
    if ! "$@" >"$log" 2>&1; then
        tail -n 25 "$log" >&2
        die "$desc failed (command: $*; full log: $log)"
    fi
}

check_sha() {  # FILE SHA256 WHAT
    local got; got=$(sha256 "$1")
    [[ $got == "$2" ]] || die "$3: sha256 mismatch for $1: expected $2, got $got"
}

# patches_in DIR: the patch files of DIR in name order (the order applied)
patches_in() { compgen -G "$1/*.patch" | LC_ALL=C sort; }

# patches_key PATCH...: their names and contents, for a part's stamp key
patches_key() { local p; for p in "$@"; do echo "$(basename "$p") $(sha256 "$p")"; done; }

# apply_patches DEST LOGNAME PATCH...: apply each (made with -p1 paths
# relative to DEST) in order, stopping at the first that fails
apply_patches() {
    local dest=$1 log=$2 p; shift 2
    for p in "$@"; do
        say "applying ${p#$ROOT/}"
        run "patch ${p#$ROOT/}" "$log" patch -p1 --batch --forward -d "$dest" -i "$p"
    done
}

# pypi_sdist NAME VERSION SHA256: path of the sdist in the download cache,
# fetched with pip (hash-checked) when missing.
pypi_sdist() {
    local name=$1 version=$2 sha=$3 file=$DL/pypi/$1-$2.tar.gz tmp
    if [[ ! -f $file || "$(sha256 "$file")" != "$sha" ]]; then
        say "downloading $name==$version (sdist) from PyPI" >&2
        mkdir -p "$DL/pypi"; tmp=$(mktemp -d)
        echo "$name==$version --hash=sha256:$sha" >"$tmp/req.txt"
        run "download of $name==$version from PyPI" "pip-$name" \
            "$PYTHON3" -m pip download --disable-pip-version-check --no-deps \
            --no-binary :all: --require-hashes -r "$tmp/req.txt" -d "$tmp/out"
        mv "$tmp/out/$name-$version.tar.gz" "$file"; rm -rf "$tmp"
    fi
    check_sha "$file" "$sha" "$name==$version"
    echo "$file"
}

check_python3() {
    command -v "$PYTHON3" >/dev/null || die "no $PYTHON3 on PATH (need Python 3.11)"
    local v; v=$("$PYTHON3" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
    [[ $v == 3.11 ]] || die "$PYTHON3 is Python $v; need 3.11 (set PYTHON3=...)"
}

# --- b. rpython/ ---------------------------------------------------------
setup_rpython() {
    local patches=() key
    mapfile -t patches < <(patches_in "$ROOT/patches/rpython")
    key=$(key_of "rpython $RPYTHON_VERSION $RPYTHON_SHA256" "$(patches_key "${patches[@]}")")
    if stamp_ok rpython "$key" && [[ -f $ROOT/rpython/__init__.py ]]; then return; fi
    local tarball tmp; tarball=$(pypi_sdist rpython "$RPYTHON_VERSION" "$RPYTHON_SHA256")
    say "unpacking rpython $RPYTHON_VERSION into rpython/"
    tmp=$(mktemp -d)
    tar --no-same-owner -xzf "$tarball" -C "$tmp" "rpython-$RPYTHON_VERSION/rpython"
    rm -rf "$ROOT/rpython"
    mv "$tmp/rpython-$RPYTHON_VERSION/rpython" "$ROOT/rpython"; rm -rf "$tmp"
    # a patch is made at the repo root against rpython/... (git diff style, -p1)
    apply_patches "$ROOT" patch "${patches[@]}"
    stamp_set rpython "$key"
}

# --- c. build/py2-site ---------------------------------------------------
setup_py2_site() {
    local key; key=$(key_of "$(sha256 "$PY2_REQS")" "scandir $SCANDIR_VERSION $SCANDIR_SHA256")
    if stamp_ok py2-site "$key" && [[ -d $BUILD/py2-site ]]; then return; fi
    say "installing the py2 test dependencies into build/py2-site"
    mkdir -p "$DL/py2"
    run "download of the py2 wheels in tools/requirements-py2.txt from PyPI" pip-py2 \
        "$PYTHON3" -m pip download --disable-pip-version-check --no-deps \
        --only-binary :all: --python-version 27 --implementation py --abi none \
        --platform any --require-hashes -r "$PY2_REQS" -d "$DL/py2"
    local site=$BUILD/py2-site.tmp name version sha whl scandir
    rm -rf "$site"; mkdir -p "$site"
    while read -r spec hash; do
        [[ $spec == *==* ]] || continue
        name=${spec%%==*}; version=${spec#*==}; sha=${hash#--hash=sha256:}
        whl=$(compgen -G "$DL/py2/${name//-/_}-$version-*.whl" | head -n1) ||
            die "no wheel for $spec in $DL/py2 after download"
        check_sha "$whl" "$sha" "$spec"
        run "unzip of $(basename "$whl")" unzip-py2 "$PYTHON3" -m zipfile -e "$whl" "$site"
    done < <(grep -v '^#' "$PY2_REQS")
    scandir=$(pypi_sdist scandir "$SCANDIR_VERSION" "$SCANDIR_SHA256")
    tar -xzf "$scandir" -O "scandir-$SCANDIR_VERSION/scandir.py" >"$site/scandir.py"
    rm -rf "$BUILD/py2-site"; mv "$site" "$BUILD/py2-site"
    stamp_set py2-site "$key"
}

# --- a. build/host/python2 -----------------------------------------------
debian_mirror() {  # the Debian URI this machine's apt already uses
    local uri
    uri=$(cat /etc/apt/sources.list.d/*.sources 2>/dev/null |
        awk '/^URIs:/ { for (i = 2; i <= NF; i++) if ($i ~ /\/debian\/?$/) { print $i; exit } }')
    [[ -n $uri ]] || uri=$(cat /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null |
        awk '$1 == "deb" { for (i = 2; i <= NF; i++) if ($i ~ /^https?:.*\/debian\/?$/) { print $i; exit } }')
    echo "${uri:-http://deb.debian.org/debian}"
}

# fetch_debs SUITE LIST: fetch the pinned .debs of LIST (lines "name version
# sha256 [arch]", arch amd64 unless given: "all" for architecture-independent
# packages) from Debian SUITE into $DL/debs through a private apt
# configuration (the system's apt sources and state are not touched).
# Returns non-zero (with a message) when they cannot be had.
fetch_debs() {
    local suite=$1 list=$2 missing=() name version sha arch f
    while read -r name version sha arch; do
        f=$DL/debs/${name}_${version}_${arch:-amd64}.deb
        [[ -f $f && "$(sha256 "$f")" == "$sha" ]] || missing+=("$name=$version")
    done <<<"$list"
    ((${#missing[@]})) || return 0
    [[ -f /usr/share/keyrings/debian-archive-keyring.gpg ]] ||
        { say "no /usr/share/keyrings/debian-archive-keyring.gpg"; return 1; }
    local apt=$CACHE/apt-$suite mirror; mirror=$(debian_mirror)
    mkdir -p "$apt"/{etc/sources.list.d,etc/apt.conf.d,etc/preferences.d,state/lists/partial,cache/archives/partial,debs} "$DL/debs"
    : >"$apt/state/status"
    cat >"$apt/etc/sources.list.d/$suite.sources" <<EOF
Types: deb
URIs: $mirror
Suites: $suite
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOF
    cat >"$apt/apt.conf" <<EOF
Dir "$apt/";
Dir::State "$apt/state/";
Dir::State::status "$apt/state/status";
Dir::Cache "$apt/cache/";
Dir::Etc::SourceList "/dev/null";
Dir::Etc::SourceParts "$apt/etc/sources.list.d/";
Dir::Etc::Parts "$apt/etc/apt.conf.d/";
Dir::Etc::PreferencesParts "$apt/etc/preferences.d/";
APT::Architecture "amd64";
APT::Sandbox::User "root";
Acquire::Languages "none";
EOF
    say "downloading ${missing[*]} from $mirror ($suite)"
    mkdir -p "$LOGS"
    if ! APT_CONFIG=$apt/apt.conf apt-get update >"$LOGS/apt-update.log" 2>&1; then
        tail -n 5 "$LOGS/apt-update.log"; say "apt-get update for $suite failed"; return 1
    fi
    if ! (cd "$apt/debs" && APT_CONFIG=$apt/apt.conf apt-get download "${missing[@]}") \
        >"$LOGS/apt-download.log" 2>&1; then
        tail -n 5 "$LOGS/apt-download.log"; say "apt-get download ${missing[*]} failed"; return 1
    fi
    while read -r name version sha arch; do
        f=${name}_${version}_${arch:-amd64}.deb
        [[ -f $apt/debs/$f ]] || continue
        if [[ "$(sha256 "$apt/debs/$f")" != "$sha" ]]; then
            say "sha256 mismatch for $f: expected $sha, got $(sha256 "$apt/debs/$f")"; return 1
        fi
        mv "$apt/debs/$f" "$DL/debs/$f"
    done <<<"$list"
}

# unpack_debs LIST DIR: unpack the .debs of LIST (as fetch_debs's, already
# fetched) into DIR with dpkg -x.
unpack_debs() {
    local name version sha arch
    while read -r name version sha arch; do
        dpkg -x "$DL/debs/${name}_${version}_${arch:-amd64}.deb" "$2" || { say "dpkg -x $name failed"; return 1; }
    done <<<"$1"
}

write_wrapper() {  # DESCRIPTION then the wrapper's body lines
    local desc=$1; shift
    mkdir -p "$BUILD/host"
    { echo '#!/bin/sh'
      echo "# Python 2.7 host for RPython: $desc (written by tools/bootstrap.sh)."
      echo '# Adds build/py2-site (pytest 4.6, hypothesis, py) to PYTHONPATH.'
      echo 'here=$(dirname "$(readlink -f "$0")")'
      echo 'export PYTHONPATH="${PYTHONPATH:+$PYTHONPATH:}$here/../py2-site"'
      printf '%s\n' "$@"; } >"$BUILD/host/python2.tmp"
    chmod +x "$BUILD/host/python2.tmp"; mv "$BUILD/host/python2.tmp" "$BUILD/host/python2"
    echo "$desc" >"$BUILD/host/description"
}

host_works() {
    "$BUILD/host/python2" -c 'import sys; print sys.version' >"$LOGS/host-check.log" 2>&1 &&
        "$BUILD/host/python2" -c 'import pytest, hypothesis, py
assert pytest.__version__ == "4.6.11", pytest.__version__' >>"$LOGS/host-check.log" 2>&1
}

setup_pypy_host() {
    if [[ ${PYPY_NUMPY_HOST:-} == cpython ]]; then say "PYPY_NUMPY_HOST=cpython: not using PyPy"; return 1; fi
    fetch_debs "$DEBIAN_SUITE" "$DEBS" || return 1
    local dir=$BUILD/host/pypy
    rm -rf "$dir"; mkdir -p "$dir"
    unpack_debs "$DEBS" "$dir" || return 1
    write_wrapper "PyPy 7.3.3 (Debian $DEBIAN_SUITE packages)" \
        'export LD_LIBRARY_PATH="$here/pypy/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"' \
        'exec "$here/pypy/usr/lib/pypy/bin/pypy-c" "$@"'
    host_works || { cat "$LOGS/host-check.log"; say "the PyPy host does not work"; return 1; }
}

setup_cpython_host() {
    local root; root=$(pyenv root 2>/dev/null || echo "$HOME/.pyenv")
    local py=$root/versions/$CPYTHON27_VERSION/bin/python2.7
    [[ -x $py ]] || die "no Python 2.7 host: neither PyPy from Debian $DEBIAN_SUITE nor $py"
    rm -rf "$BUILD/host/pypy"
    write_wrapper "CPython $CPYTHON27_VERSION (pyenv)" "exec '$py' \"\$@\""
    host_works || { cat "$LOGS/host-check.log" >&2; die "the CPython 2.7 host $py does not work"; }
}

setup_host() {
    local key; key=$(key_of "$DEBS" "$CPYTHON27_VERSION" "${PYPY_NUMPY_HOST:-}")
    if stamp_ok host "$key" && [[ -x $BUILD/host/python2 ]]; then return; fi
    mkdir -p "$LOGS"
    if ! setup_pypy_host; then
        say "falling back to the pyenv CPython $CPYTHON27_VERSION host (slower translation)"
        setup_cpython_host
    fi
    say "host check: $(head -n1 "$LOGS/host-check.log"), pytest 4.6.11 imports"
    stamp_set host "$key"
}

# --- d. build/venv3 ------------------------------------------------------
setup_venv3() {
    local key; key=$(key_of "$(sha256 "$VENV3_REQS")" "$("$PYTHON3" -c 'import sys; print(sys.version)')")
    if stamp_ok venv3 "$key" && [[ -x $BUILD/venv3/bin/python ]]; then return; fi
    say "creating build/venv3 from tools/requirements-venv3.txt"
    rm -rf "$BUILD/venv3"
    run "creation of the venv build/venv3 with $PYTHON3" venv3 "$PYTHON3" -m venv "$BUILD/venv3"
    local pip=("$BUILD/venv3/bin/python" -m pip --disable-pip-version-check)
    mkdir -p "$DL/venv3"
    run "download of the wheels in tools/requirements-venv3.txt from PyPI" pip-venv3-download \
        "${pip[@]}" download --no-deps --only-binary :all: --require-hashes -r "$VENV3_REQS" -d "$DL/venv3"
    run "install of tools/requirements-venv3.txt into build/venv3" pip-venv3-install \
        "${pip[@]}" install --no-index --find-links "$DL/venv3" --only-binary :all: \
        --require-hashes -r "$VENV3_REQS"
    stamp_set venv3 "$key"
}

# --- e. build/lib-python/3.11 ---------------------------------------------
# CPython 3.11's pure-Python standard library, which pypy-c puts on sys.path
# after its built-in modules (pypy/module/sys/prefix.py finds it from the
# binary's location). Debian's packages of it, without lib-dynload (C
# extensions) and test/; a patch of patches/stdlib/ is made at the
# lib-python/3.11 folder (-p1: a/os.py), its reason in its header.
STDLIB_SUITE=bookworm
STDLIB_DEBS="libpython3.11-minimal 3.11.2-6+deb12u8 f3beaa03994ffedacf73c43a0843d53b062d347115d8af65bee2034552a4e6f9
libpython3.11-stdlib 3.11.2-6+deb12u8 890b3540dad8a1ccc0deeca025db735bcc82629a76adacbe3b50fcc06ed528ca"

setup_stdlib() {
    local patches=() key
    mapfile -t patches < <(patches_in "$ROOT/patches/stdlib")
    key=$(key_of "$STDLIB_DEBS" "$(patches_key "${patches[@]}")")
    if stamp_ok lib-python "$key" && [[ -f $BUILD/lib-python/3.11/abc.py ]]; then return; fi
    fetch_debs "$STDLIB_SUITE" "$STDLIB_DEBS" ||
        die "cannot fetch the standard library's Debian packages"
    say "installing CPython 3.11's standard library into build/lib-python/3.11"
    local tmp; tmp=$(mktemp -d)
    unpack_debs "$STDLIB_DEBS" "$tmp/deb" || die "cannot unpack the standard library's Debian packages"
    local src=$tmp/deb/usr/lib/python3.11 dst=$tmp/lib-python/3.11
    rm -rf "$src/lib-dynload" "$src/test" "$src/EXTERNALLY-MANAGED" "$src/sitecustomize.py"
    find "$src" -name __pycache__ -prune -exec rm -rf {} +
    mkdir -p "$tmp/lib-python"; mv "$src" "$dst"
    apply_patches "$dst" patch-stdlib "${patches[@]}"
    rm -rf "$BUILD/lib-python"; mv "$tmp/lib-python" "$BUILD/lib-python"; rm -rf "$tmp"
    stamp_set lib-python "$key"
}

# --- e2. build/cpython-tests: CPython's own unittest files ------------------
# The test/ package of the same CPython as the standard library, in a folder
# of its own that tools/cpython-suite.py puts on pypy-c's PYTHONPATH (the
# standard library folder stays without it). Debian splits the package:
# test/__init__.py, test/support/ and test/libregrtest/ are in
# libpython3.11-stdlib, the test_*.py files in libpython3.11-testsuite.
# patches/cpython-tests/*.patch (made at the test/ folder, -p1) fix what
# assumes CPython itself where the test means to skip (each says why).
STDLIB_TEST_DEBS="libpython3.11-testsuite 3.11.2-6+deb12u8 718afaa9807bcc228d16f7e01436f7fdbfc1268f806091c0b83d57f564633fa3 all"

setup_stdlib_tests() {
    local patches=() key
    mapfile -t patches < <(patches_in "$ROOT/patches/cpython-tests")
    key=$(key_of "$STDLIB_DEBS" "$STDLIB_TEST_DEBS" "$(patches_key "${patches[@]}")")
    if stamp_ok cpython-tests "$key" && [[ -f $BUILD/cpython-tests/test/support/__init__.py ]]; then return; fi
    fetch_debs "$STDLIB_SUITE" "$STDLIB_DEBS"$'\n'"$STDLIB_TEST_DEBS" ||
        die "cannot fetch CPython's test suite's Debian packages"
    say "installing CPython 3.11's test package into build/cpython-tests"
    local tmp; tmp=$(mktemp -d)
    unpack_debs "$STDLIB_DEBS"$'\n'"$STDLIB_TEST_DEBS" "$tmp/deb" ||
        die "cannot unpack CPython's test suite's Debian packages"
    mkdir -p "$tmp/cpython-tests"
    mv "$tmp/deb/usr/lib/python3.11/test" "$tmp/cpython-tests/test"
    find "$tmp/cpython-tests" -name __pycache__ -prune -exec rm -rf {} +
    apply_patches "$tmp/cpython-tests/test" patch-cpython-tests "${patches[@]}"
    rm -rf "$BUILD/cpython-tests"; mv "$tmp/cpython-tests" "$BUILD/cpython-tests"; rm -rf "$tmp"
    stamp_set cpython-tests "$key"
}

# --- f. build/lib: OpenBLAS ------------------------------------------------
# Debian bookworm's OpenBLAS (BLAS + LAPACK in one libopenblas.so.0) and the
# Fortran runtime it links, which a fresh Debian 12 may lack; micronumpy
# (pypy/module/micronumpy/blas.py) dlopens them from <prefix>/lib at run
# time, dependencies first, so no system install or LD_LIBRARY_PATH is used.
BLAS_SUITE=bookworm
BLAS_DEBS="libopenblas0-pthread 0.3.21+ds-4 4f7e4561dbfa9286c671c91350204fbda7afad675500e59cd4a56f84604844f8
libgfortran5 12.2.0-14+deb12u1 63d38775d20c425c1f00914b52167ae0e3b4639facdb0aa734877279fb716fbb
libquadmath0 12.2.0-14+deb12u1 3f0c9a4c730da2fdab001cae596625438598fd2996d29d888feeb4c1cdc9011f"
BLAS_LIBS="openblas-pthread/libopenblas.so.0 libgfortran.so.5 libquadmath.so.0"

setup_blas() {
    local key; key=$(key_of "$BLAS_DEBS" "$BLAS_LIBS")
    if stamp_ok blas "$key" && [[ -f $BUILD/lib/libopenblas.so.0 ]]; then return; fi
    fetch_debs "$BLAS_SUITE" "$BLAS_DEBS" || die "cannot fetch OpenBLAS's Debian packages"
    say "installing OpenBLAS into build/lib"
    local tmp lib; tmp=$(mktemp -d)
    unpack_debs "$BLAS_DEBS" "$tmp/deb" || die "cannot unpack OpenBLAS's Debian packages"
    mkdir -p "$tmp/lib"
    for lib in $BLAS_LIBS; do
        cp -L "$tmp/deb/usr/lib/x86_64-linux-gnu/$lib" "$tmp/lib/" || die "no $lib in $BLAS_DEBS"
    done
    rm -rf "$BUILD/lib"; mv "$tmp/lib" "$BUILD/lib"; rm -rf "$tmp"
    stamp_set blas "$key"
}

# --- g. build/pypy3 (optional: `tools/bootstrap.sh pypy3`) ------------------
# Debian bookworm's PyPy 3.9, the reference that bench/python_suite.py
# compares pypy-c against (issue 18). Not needed by the build or the tests,
# so only fetched on request; its shared libraries (libffi8, libssl3, ...)
# are Debian 12's own, taken from the system.
PYPY3_SUITE=bookworm
PYPY3_DEBS="pypy3 7.3.11+dfsg-2+deb12u3 21847932176d570d5b012e10fb807cf0f95ff851c525d9397afbda5a72a13650
pypy3-lib 7.3.11+dfsg-2+deb12u3 d7db4364c437b54b9e1eba9d024e0c601a681937292882ed75987837da8ac9ff"

setup_pypy3() {
    local key; key=$(key_of "$PYPY3_DEBS")
    if stamp_ok pypy3 "$key" && [[ -x $BUILD/pypy3/bin/pypy3 ]]; then return; fi
    fetch_debs "$PYPY3_SUITE" "$PYPY3_DEBS" || die "cannot fetch Debian's pypy3 packages"
    say "installing Debian's pypy3 into build/pypy3"
    local tmp; tmp=$(mktemp -d)
    unpack_debs "$PYPY3_DEBS" "$tmp/pypy3" || die "cannot unpack Debian's pypy3 packages"
    # The binary needs its libpypy3.9-c.so, which the package puts in
    # usr/lib/x86_64-linux-gnu; it finds its standard library from its own path.
    mkdir -p "$tmp/pypy3/bin"
    { echo '#!/bin/sh'
      echo "# Debian's pypy3 $(head -n1 <<<"$PYPY3_DEBS" | cut -d' ' -f2) (written by tools/bootstrap.sh pypy3)."
      echo 'here=$(dirname "$(readlink -f "$0")")/..'
      echo 'export LD_LIBRARY_PATH="$here/usr/lib/x86_64-linux-gnu${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"'
      echo 'exec "$here/usr/bin/pypy3.9" "$@"'; } >"$tmp/pypy3/bin/pypy3"
    chmod +x "$tmp/pypy3/bin/pypy3"
    "$tmp/pypy3/bin/pypy3" -c 'import sys; assert sys.version_info[:2] == (3, 9), sys.version' ||
        die "Debian's pypy3 does not run (a missing shared library?)"
    rm -rf "$BUILD/pypy3"; mv "$tmp/pypy3" "$BUILD/pypy3"; rm -rf "$tmp"
    stamp_set pypy3 "$key"
}

if [[ ${1:-} == pypy3 ]]; then
    mkdir -p "$BUILD" "$DL"; setup_pypy3
    say "pypy3: $("$BUILD/pypy3/bin/pypy3" -c 'import sys; print(sys.version.split()[0], sys.pypy_version_info[:3])') at build/pypy3/bin/pypy3"
    exit
fi

check_python3
mkdir -p "$BUILD" "$DL"
setup_rpython
setup_py2_site
setup_host
setup_venv3
setup_stdlib
setup_stdlib_tests
setup_blas
say "Python 2 host: $(cat "$BUILD/host/description") at build/host/python2"
