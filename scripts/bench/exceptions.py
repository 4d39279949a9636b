# Exceptions: raise/catch (own classes, KeyError, IndexError), try/finally, raise from, re-raise.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise NotFound(key) from None


def checked(i):
    if i % 5 == 0:
        raise ValueError(i)
    if i % 7 == 0:
        raise NotFound(i)
    return i


def main():
    table = {i: i * i for i in range(0, 1000, 2)}
    items = list(range(50))
    caught = cleanups = total = 0
    for rep in range(350):
        for i in range(1000):
            try:
                total += lookup(table, i)
            except NotFound as e:
                caught += e.key & 1
            try:
                try:
                    total += checked(i)
                finally:
                    cleanups += 1
            except (ValueError, AppError):
                caught += 1
            try:
                total += items[i]
            except IndexError:
                caught += 1
            try:
                try:
                    raise AppError("inner")
                except AppError as e:
                    raise RuntimeError("outer") from e
            except RuntimeError as e:
                if e.__cause__ is not None:
                    caught += 1
    print(caught, cleanups, total)


main()
