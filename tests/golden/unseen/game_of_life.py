def step(cells):
    from collections import Counter
    counts = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}

def show(cells, w=8, h=6):
    for y in range(h):
        print("".join("#" if (x, y) in cells else "." for x in range(w)))
    print()

glider = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
state = glider
for i in range(4):
    show(state)
    state = step(state)
print(sorted(state))

def solve(board):
    for i in range(81):
        if board[i] == 0:
            r, c = divmod(i, 9)
            used = {board[r * 9 + k] for k in range(9)} | {board[k * 9 + c] for k in range(9)}
            br, bc = 3 * (r // 3), 3 * (c // 3)
            used |= {board[(br + a) * 9 + bc + b] for a in range(3) for b in range(3)}
            for v in range(1, 10):
                if v not in used:
                    board[i] = v
                    if solve(board):
                        return True
            board[i] = 0
            return False
    return True

puzzle = ("530070000600195000098000060800060003400803001700020006060000280000419005000080079")
board = [int(ch) for ch in puzzle]
print(solve(board))
for r in range(9):
    print(" ".join(str(v) for v in board[r * 9:(r + 1) * 9]))
def hanoi(n, a="A", b="B", c="C", moves=None):
    if moves is None:
        moves = []
    if n:
        hanoi(n - 1, a, c, b, moves)
        moves.append((a, c))
        hanoi(n - 1, b, a, c, moves)
    return moves
print(len(hanoi(10)), hanoi(2))
def queens(n):
    sols = []
    def place(row, cols):
        if row == n:
            sols.append(cols[:])
            return
        for c in range(n):
            if all(c != pc and abs(c - pc) != row - pr for pr, pc in enumerate(cols)):
                cols.append(c)
                place(row + 1, cols)
                cols.pop()
    place(0, [])
    return sols
print(len(queens(6)), queens(6)[0])
