"""Output printed before the program ends is never lost, whatever the
exit path: normal end, sys.exit, an uncaught exception, an error in
numpy's kernels (once a fatal RPython error).  stdout is a pipe here, so
it is block-buffered and only a flush at exit writes it."""

PRINT_LINES = "for i in range(1000):\n    print('line', i)\n"
LINES = "".join("line %d\n" % i for i in range(1000))


def test_normal_exit(run):
    proc = run("-c", PRINT_LINES + "print('end', end='')")
    assert (proc.returncode, proc.stdout) == (0, LINES + "end")


def test_sys_exit(run):
    proc = run("-c", PRINT_LINES + "import sys\nsys.exit(3)")
    assert (proc.returncode, proc.stdout) == (3, LINES)


def test_sys_exit_message(run):
    proc = run("-c", PRINT_LINES + "import sys\nsys.exit('bye')")
    assert (proc.returncode, proc.stdout) == (1, LINES)
    assert proc.stderr == "bye\n"


def test_uncaught_exception(run):
    proc = run("-c", PRINT_LINES + "raise ValueError('boom')")
    assert (proc.returncode, proc.stdout) == (1, LINES)
    assert proc.stderr.endswith("ValueError: boom\n")


def test_numpy_special_division_then_exit(run):
    # inf // 0.0 and inf % 2.0 once ended the process with a fatal
    # ValueError from fmod, losing what was printed before
    proc = run("-c", PRINT_LINES +
               "import numpy as np\n"
               "with np.errstate(all='ignore'):\n"
               "    print(np.array([-np.inf, -1.0]) // 0.0)\n"
               "    print(np.array([np.inf, 1.0]) % 2.0)\n"
               "    print(float('inf') // 1.0)\n")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == LINES + "[-inf -inf]\n[nan  1.]\nnan\n"
