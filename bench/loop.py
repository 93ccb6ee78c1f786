# A float accumulation loop: the JIT's basic case (no numpy).


def f():
    i = 0
    s = 0.0
    while i < 100000000:
        s += i * 0.5
        i += 1
    return s


print(f())
