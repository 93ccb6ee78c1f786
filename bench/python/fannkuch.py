"""Fannkuch-redux: for every permutation of 0..n-1 (in a fixed order made
by rotating prefixes), count the prefix reversals, done by list slicing,
until 0 comes first.  main(n) returns (checksum, most flips)."""


def main(n):
    perm = list(range(n))
    counts = list(range(1, n + 1))
    checksum = 0
    most_flips = 0
    sign = 1
    while True:
        flips = 0
        p = perm[:]
        first = p[0]
        while first:
            p[:first + 1] = p[first::-1]
            flips += 1
            first = p[0]
        most_flips = max(most_flips, flips)
        checksum += sign * flips
        sign = -sign
        # Next permutation: rotate the prefix of length i+1 left by one
        # for the smallest i whose counter has not run out.
        i = 1
        while i < n:
            perm[:i + 1] = perm[1:i + 1] + perm[:1]
            counts[i] -= 1
            if counts[i]:
                break
            counts[i] = i + 1
            i += 1
        else:
            return checksum, most_flips


SIZE = 9
QUICK_SIZE = 8

if __name__ == "__main__":
    assert main(7) == (228, 16), main(7)
    print("OK")
