"""Spectral norm of the infinite matrix A[i][j] = 1/((i+j)(i+j+1)/2+i+1),
cut to n x n: 10 power iterations of A^T A on plain lists of floats.
main(n) returns the norm rounded to 9 digits."""


def entry(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def times(v):
    n = len(v)
    return [sum(entry(i, j) * v[j] for j in range(n)) for i in range(n)]


def times_transposed(v):
    n = len(v)
    return [sum(entry(j, i) * v[j] for j in range(n)) for i in range(n)]


def main(n):
    u = [1.0] * n
    for _ in range(10):
        v = times_transposed(times(u))
        u = times_transposed(times(v))
    vbv = sum(a * b for a, b in zip(u, v))
    vv = sum(b * b for b in v)
    return round((vbv / vv) ** 0.5, 9)


SIZE = 250
QUICK_SIZE = 100

if __name__ == "__main__":
    assert main(100) == 1.274219991, main(100)
    print("OK")
