# SciMark-style kernels: successive over-relaxation, LU factorization, sparse mat-vec, Monte Carlo.
class Random:
    """A linear congruential generator: the numbers do not depend on the random module."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


def sor(grid, omega, cycles):
    n = len(grid)
    for _ in range(cycles):
        for i in range(1, n - 1):
            above, row, below = grid[i - 1], grid[i], grid[i + 1]
            for j in range(1, n - 1):
                row[j] = (omega * 0.25 * (above[j] + below[j] + row[j - 1] + row[j + 1])
                          + (1 - omega) * row[j])
    return sum(map(sum, grid))


def lu_factor(a):
    """In-place LU with partial pivoting; returns the pivot order."""
    n = len(a)
    pivots = list(range(n))
    for k in range(n):
        p = max(range(k, n), key=lambda i: abs(a[i][k]))
        if p != k:
            a[k], a[p] = a[p], a[k]
            pivots[k], pivots[p] = pivots[p], pivots[k]
        pivot_row = a[k]
        inv = 1.0 / pivot_row[k]
        for i in range(k + 1, n):
            row = a[i]
            factor = row[k] * inv
            row[k] = factor
            for j in range(k + 1, n):
                row[j] -= factor * pivot_row[j]
    return pivots


def sparse_matvec(values, columns, row_starts, x, cycles):
    y = [0.0] * (len(row_starts) - 1)
    for _ in range(cycles):
        for r in range(len(y)):
            total = 0.0
            for k in range(row_starts[r], row_starts[r + 1]):
                total += values[k] * x[columns[k]]
            y[r] = total
    return sum(y)


def monte_carlo_pi(rng, samples):
    inside = 0
    for _ in range(samples):
        x, y = rng.next(), rng.next()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def main():
    rng = Random(101010)
    grid = [[rng.next() for _ in range(60)] for _ in range(60)]
    print("sor   %.6f" % sor(grid, 1.25, 600))
    matrix = [[rng.next() for _ in range(200)] for _ in range(200)]
    pivots = lu_factor(matrix)
    print("lu    %.6f %d" % (sum(matrix[i][i] for i in range(200)), sum(pivots[:10])))
    n, per_row = 1000, 5
    values = [rng.next() for _ in range(n * per_row)]
    columns = [int(rng.next() * n) for _ in range(n * per_row)]
    row_starts = list(range(0, n * per_row + 1, per_row))
    x = [rng.next() for _ in range(n)]
    print("sparse %.6f" % sparse_matvec(values, columns, row_starts, x, 400))
    print("pi    %.6f" % monte_carlo_pi(rng, 300000))


main()
