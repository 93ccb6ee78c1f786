# A float accumulation loop: the JIT's basic case (no numpy).
import sys

N = 1000000 if "--quick" in sys.argv else 10000000


def f():
    i = 0
    s = 0.0
    while i < N:
        s += i * 0.5
        i += 1
    return s


result = f()
print(result)
assert result == 0.25 * N * (N - 1), result     # exact: all partial sums < 2**53
print("OK")
