"""Conway's Game of Life on an unbounded board kept as a set of live
cells: each generation counts the neighbours of every live cell's
surroundings in a dict.  main(n) runs n generations from an R-pentomino
and a glider and returns (live cells, bounding box)."""


def step(live):
    neighbours = {}
    for x, y in live:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    cell = (x + dx, y + dy)
                    neighbours[cell] = neighbours.get(cell, 0) + 1
    return {cell for cell, count in neighbours.items()
            if count == 3 or (count == 2 and cell in live)}


def main(n):
    r_pentomino = {(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)}
    glider = {(31, 30), (32, 31), (30, 32), (31, 32), (32, 32)}
    live = r_pentomino | glider
    for _ in range(n):
        live = step(live)
    xs = [x for x, _ in live]
    ys = [y for _, y in live]
    return len(live), (min(xs), min(ys), max(xs), max(ys))


SIZE = 1000
QUICK_SIZE = 200

if __name__ == "__main__":
    assert main(50) == (69, (-21, -8, 44, 45)), main(50)
    print("OK")
