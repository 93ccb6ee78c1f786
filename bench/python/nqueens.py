"""N-queens by recursive generators: every solution of the n x n board,
placed row by row, with sets of the attacked columns and diagonals.
main(n) returns (number of solutions, the first solution's columns)."""


def placements(n, row, cols, diag1, diag2):
    """Yield each way to fill rows row..n-1, as a tuple of columns."""
    if row == n:
        yield ()
        return
    for col in range(n):
        if col in cols or row + col in diag1 or row - col in diag2:
            continue
        cols.add(col)
        diag1.add(row + col)
        diag2.add(row - col)
        for rest in placements(n, row + 1, cols, diag1, diag2):
            yield (col,) + rest
        cols.discard(col)
        diag1.discard(row + col)
        diag2.discard(row - col)


def main(n):
    solutions = placements(n, 0, set(), set(), set())
    first = next(solutions)
    return 1 + sum(1 for _ in solutions), first


SIZE = 11
QUICK_SIZE = 10

if __name__ == "__main__":
    assert main(8) == (92, (0, 4, 7, 5, 2, 6, 1, 3)), main(8)
    assert main(6)[0] == 4
    print("OK")
