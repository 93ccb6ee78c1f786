"""A board-game search: negamax with alpha-beta pruning and a
transposition table for Connect Four on a small board (columns of lists,
move ordering from the centre out).  main(n) solves the n-column, 4-row
board from the empty position and returns (score for the first player,
positions searched)."""

ROWS = 4
CONNECT = 4


class Board:
    def __init__(self, columns):
        self.columns = [[] for _ in range(columns)]
        self.moves = 0
        self.order = centre_first(columns)  # the likeliest good moves first

    def can_play(self, col):
        return len(self.columns[col]) < ROWS

    def play(self, col, player):
        self.columns[col].append(player)
        self.moves += 1

    def undo(self, col):
        self.columns[col].pop()
        self.moves -= 1

    def wins(self, col):
        """Whether the last stone dropped in col makes a line of CONNECT."""
        column = self.columns[col]
        row = len(column) - 1
        player = column[row]
        for dc, dr in ((1, 0), (0, 1), (1, 1), (1, -1)):
            run = 1
            for sign in (1, -1):
                c, r = col + sign * dc, row + sign * dr
                while 0 <= c < len(self.columns) and 0 <= r < len(self.columns[c]) \
                        and self.columns[c][r] == player:
                    run += 1
                    c += sign * dc
                    r += sign * dr
            if run >= CONNECT:
                return True
        return False

    def key(self):
        return tuple(tuple(column) for column in self.columns)


def centre_first(columns):
    return sorted(range(columns), key=lambda c: abs(2 * c - columns + 1))


def negamax(board, player, alpha, beta, table, counter):
    """The score of the position for player to move: (cells left + 1) for a
    win, negated for a loss, 0 for a draw."""
    counter[0] += 1
    cells = ROWS * len(board.columns)
    if board.moves == cells:
        return 0
    key = board.key()
    bound = table.get(key)
    if bound is not None and bound < beta:
        beta = bound
        if alpha >= beta:
            return beta
    for col in board.order:
        if board.can_play(col):
            board.play(col, player)
            won = board.wins(col)
            board.undo(col)
            if won:
                return (cells - board.moves + 1) // 2
    for col in board.order:
        if board.can_play(col):
            board.play(col, player)
            score = -negamax(board, 1 - player, -beta, -alpha, table, counter)
            board.undo(col)
            if score >= beta:
                return score
            if score > alpha:
                alpha = score
    table[key] = alpha      # an upper bound of the score
    return alpha


def main(n):
    counter = [0]
    board = Board(n)
    score = negamax(board, 0, -100, 100, {}, counter)
    return score, counter[0]


SIZE = 5
QUICK_SIZE = 4

if __name__ == "__main__":
    assert main(4) == (0, 17832), main(4)
    print("OK")
