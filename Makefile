# make bootstrap  fetch the pinned toolchain: build/host/python2, rpython/,
#                 build/py2-site, build/venv3 (tools/bootstrap.sh)
# make pypy-c     translate ./pypy-c, or reuse a cached build (tools/build-pypy-c.sh)
# make test       bootstrap, pypy-c, then every test stage with its wall time
#                 (tools/run-tests.sh says how "no tests collected" is judged)
# make test-interp / test-app   one group of stages
# make check      the quick tier (a few minutes): host unit tests without the
#                 meta-interpreter JIT tests, then tests/app on ./pypy-c if
#                 there is one (as it is: `make pypy-c` first if pypy/ changed)
# make fuzz [N=10000] [SEED=0]  random NumPy programs, pypy-c vs CPython+NumPy;
#                 failing ones kept in build/fuzz (tests/fuzz/run_fuzz.py)
# make bench [QUICK=1]          bench/run.py: pypy-c, CPython+NumPy, numexpr, PyPy 7.3.3 _numpypy
# make bench-stdlib [QUICK=1]   bench/python_suite.py --suite stdlib: json and re
#                 (bench/stdlib/) on pypy-c and CPython
# make bench-python [QUICK=1]   bench/python_suite.py: the pure-Python programs of
#                 bench/python/ on pypy-c, CPython and Debian's pypy3 (fetched
#                 into build/pypy3 by `tools/bootstrap.sh pypy3`; absent if that fails)
# make fuzz-python [N=1000] [SEED=1]   generated Python programs on CPython,
#                 pypy-c and pypy-c --jit off, outputs compared (tests/cli/fuzz_python.py)
# make cpython-suite  CPython 3.11's unittest files of 15 stdlib modules on
#                 ./pypy-c, a table of per-module counts (tools/cpython-suite.py)
# make clean      remove ./pypy-c and translation/bench outputs
# make distclean  also remove build/ and rpython/ (downloads stay cached)

PY3 := build/venv3/bin/python

.PHONY: bootstrap pypy-c test test-interp test-app check cpython-suite fuzz fuzz-python bench bench-python bench-stdlib clean distclean

bootstrap:
	@tools/bootstrap.sh

pypy-c: bootstrap
	@tools/build-pypy-c.sh

test:
	@tools/run-tests.sh

test-interp: bootstrap
	@tools/run-tests.sh interp

check: bootstrap
	@if [ -x pypy-c ]; then tools/run-tests.sh unit app-pypy-c; else \
	    echo "make check: no ./pypy-c, app tests skipped (make pypy-c builds it)"; \
	    tools/run-tests.sh unit; fi

test-app: pypy-c
	@tools/run-tests.sh app-cpython app-pypy-c cli-cpython cli-pypy-c

cpython-suite: pypy-c
	@tools/run-tests.sh cpython-suite

fuzz: pypy-c
	@$(PY3) tests/fuzz/run_fuzz.py --pypy-c ./pypy-c -n $(or $(N),10000) --seed $(or $(SEED),0) --jobs 2 --keep build/fuzz

bench: pypy-c
	@$(PY3) bench/run.py $(if $(QUICK),--quick)

bench-python: pypy-c
	@tools/bootstrap.sh pypy3 || echo "make bench-python: no Debian pypy3, the suite runs without it"
	@$(PY3) bench/python_suite.py $(if $(QUICK),--quick)

bench-stdlib: pypy-c
	@$(PY3) bench/python_suite.py --suite stdlib $(if $(QUICK),--quick)

fuzz-python: pypy-c
	@$(PY3) tests/cli/fuzz_python.py -n $(or $(N),1000) --seed $(or $(SEED),1)

clean:
	rm -rf pypy-c pypy-c.tmp build/pypy-c.hash build/translate.log build/translate-out build/usession bench/results

distclean: clean
	rm -rf build rpython
