# N queens by backtracking with sets, checked by brute force over itertools.permutations.
import itertools


def solve(n):
    """All solutions as tuples of column per row."""
    solutions = []
    cols, diag1, diag2 = set(), set(), set()
    placed = []

    def place(row):
        if row == n:
            solutions.append(tuple(placed))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placed.append(col)
            place(row + 1)
            placed.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def brute_force(n):
    columns = range(n)
    return [p for p in itertools.permutations(columns)
            if n == len({p[i] + i for i in columns}) == len({p[i] - i for i in columns})]


def main():
    for _ in range(5):
        found = solve(10)
    print(len(found), found[0], found[-1])
    checked = brute_force(9)
    print(len(checked), checked[0], checked == solve(9))


main()
