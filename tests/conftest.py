"""Options shared by tests/app and tests/cli (run by build/venv3's pytest)."""


def pytest_addoption(parser):
    group = parser.getgroup("pypy-c", "running the tests with ./pypy-c")
    group.addoption(
        "--pypy-c", metavar="PATH", default=None,
        help="run tests/app files and tests/cli commands with this "
             "interpreter instead of the CPython running pytest")
    group.addoption(
        "--pypy-c-timeout", metavar="SECONDS", type=float, default=60.0,
        help="time limit of one pypy-c run (default 60)")
