# A puzzle search like hexiom: sudoku by constraint propagation and DFS (sets, dicts, recursion).
ROWS = "ABCDEFGHI"
COLS = "123456789"
CELLS = [r + c for r in ROWS for c in COLS]
UNITS = ([[r + c for c in COLS] for r in ROWS]
         + [[r + c for r in ROWS] for c in COLS]
         + [[r + c for r in rs for c in cs] for rs in ("ABC", "DEF", "GHI")
            for cs in ("123", "456", "789")])
UNITS_OF = {cell: [u for u in UNITS if cell in u] for cell in CELLS}
PEERS = {cell: set().union(*UNITS_OF[cell]) - {cell} for cell in CELLS}


class Contradiction(Exception):
    pass


def assign(grid, cell, digit):
    """Removes every other candidate of cell; propagates; returns grid."""
    for other in grid[cell] - {digit}:
        eliminate(grid, cell, other)
    return grid


def eliminate(grid, cell, digit):
    if digit not in grid[cell]:
        return
    grid[cell] = grid[cell] - {digit}
    left = grid[cell]
    if not left:
        raise Contradiction(cell)
    if len(left) == 1:
        (only,) = left
        for peer in PEERS[cell]:
            eliminate(grid, peer, only)
    for unit in UNITS_OF[cell]:
        places = [c for c in unit if digit in grid[c]]
        if not places:
            raise Contradiction(cell)
        if len(places) == 1:
            assign(grid, places[0], digit)


def parse(text):
    grid = {cell: set(COLS) for cell in CELLS}
    for cell, ch in zip(CELLS, text):
        if ch in COLS:
            assign(grid, cell, ch)
    return grid


def search(grid, counter):
    if all(len(s) == 1 for s in grid.values()):
        return grid
    counter[0] += 1
    _, cell = min((len(s), c) for c, s in grid.items() if len(s) > 1)
    for digit in sorted(grid[cell]):
        try:
            return search(assign(dict(grid), cell, digit), counter)
        except Contradiction:
            pass
    raise Contradiction(cell)


def valid(grid):
    return all({min(grid[c]) for c in unit} == set(COLS) for unit in UNITS)


PUZZLES = [
    "8..........36......7..9.2...5...7.......457.....1...3...1....68..85...1..9....4..",
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "..53.....8......2..7..1.5..4....53...1..7...6..32...8..6.5....9..4....3......97..",
]


def main():
    for rep in range(20):
        for text in PUZZLES:
            counter = [0]
            grid = search(parse(text), counter)
            assert valid(grid)
            if rep == 0:
                print("".join(min(grid[c]) for c in CELLS), counter[0])


main()
