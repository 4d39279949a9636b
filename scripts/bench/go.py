# A small Go player: flat Monte Carlo over random 9x9 playouts (flood fills, captures, ko, score).
import random

EMPTY, BLACK, WHITE = 0, 1, 2
SIZE = 9
KOMI = 7.5


def make_neighbors(size):
    result = []
    for pos in range(size * size):
        row, col = divmod(pos, size)
        near = []
        if row > 0:
            near.append(pos - size)
        if row < size - 1:
            near.append(pos + size)
        if col > 0:
            near.append(pos - 1)
        if col < size - 1:
            near.append(pos + 1)
        result.append(near)
    return result


NEIGHBORS = make_neighbors(SIZE)


class Board:
    def __init__(self):
        self.cells = [EMPTY] * (SIZE * SIZE)
        self.ko = None

    def copy(self):
        other = Board.__new__(Board)
        other.cells = self.cells[:]
        other.ko = self.ko
        return other

    def group(self, pos):
        """The stones connected to pos and the number of their liberties."""
        cells = self.cells
        color = cells[pos]
        stones = [pos]
        seen = {pos}
        liberties = set()
        i = 0
        while i < len(stones):
            for n in NEIGHBORS[stones[i]]:
                c = cells[n]
                if c == EMPTY:
                    liberties.add(n)
                elif c == color and n not in seen:
                    seen.add(n)
                    stones.append(n)
            i += 1
        return stones, len(liberties)

    def play(self, pos, color):
        """Plays a stone if the move is legal (not occupied, not ko, not suicide)."""
        cells = self.cells
        if cells[pos] != EMPTY or pos == self.ko:
            return False
        cells[pos] = color
        enemy = BLACK + WHITE - color
        captured = []
        for n in NEIGHBORS[pos]:
            if cells[n] == enemy:
                stones, liberties = self.group(n)
                if liberties == 0:
                    for s in stones:
                        cells[s] = EMPTY
                    captured.extend(stones)
        stones, liberties = self.group(pos)
        if liberties == 0:
            cells[pos] = EMPTY
            return False
        single = len(captured) == 1 and len(stones) == 1 and liberties == 1
        self.ko = captured[0] if single else None
        return True

    def is_eye(self, pos, color):
        return all(self.cells[n] == color for n in NEIGHBORS[pos])

    def candidates(self, color):
        cells = self.cells
        return [p for p in range(SIZE * SIZE) if cells[p] == EMPTY and not self.is_eye(p, color)]

    def random_move(self, color, rng):
        moves = self.candidates(color)
        while moves:
            i = rng.randrange(len(moves))
            if self.play(moves[i], color):
                return moves[i]
            moves[i] = moves[-1]
            moves.pop()
        return None

    def score(self):
        """Area score, black minus white minus komi."""
        cells = self.cells
        total = -KOMI
        for pos, c in enumerate(cells):
            if c == BLACK:
                total += 1
            elif c == WHITE:
                total -= 1
            else:
                near = {cells[n] for n in NEIGHBORS[pos]}
                if near == {BLACK}:
                    total += 1
                elif near == {WHITE}:
                    total -= 1
        return total

    def playout(self, color, rng):
        passes = moves = 0
        while passes < 2 and moves < 3 * SIZE * SIZE:
            if self.random_move(color, rng) is None:
                passes += 1
            else:
                passes = 0
            color = BLACK + WHITE - color
            moves += 1
        return self.score()

    def __str__(self):
        marks = ".XO"
        return "\n".join("".join(marks[c] for c in self.cells[r * SIZE:(r + 1) * SIZE])
                         for r in range(SIZE))


def best_move(board, color, tries, playouts, rng):
    """Flat Monte Carlo: of `tries` random candidates, the one whose random
    continuations win most often."""
    best, best_wins = None, -1
    candidates = board.candidates(color)
    for pos in rng.sample(candidates, min(tries, len(candidates))):
        trial = board.copy()
        if not trial.play(pos, color):
            continue
        wins = 0
        for _ in range(playouts):
            score = trial.copy().playout(BLACK + WHITE - color, rng)
            if (score > 0) == (color == BLACK):
                wins += 1
        if wins > best_wins:
            best, best_wins = pos, wins
    return best, best_wins


def main():
    rng = random.Random(42)
    board = Board()
    color = BLACK
    for turn in range(3):
        pos, wins = best_move(board, color, 10, 4, rng)
        board.play(pos, color)
        print("move", turn, "XO"[color - 1], divmod(pos, SIZE), wins)
        color = BLACK + WHITE - color
    final = board.copy()
    print(final.playout(color, rng))
    print(final)


main()
