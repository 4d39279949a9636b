def parse(row):
    try:
        return int(row)
    except ValueError as e:
        e.add_note(f"while parsing row {row!r}")
        e.add_note("hint: rows must be integers")
        raise
print(parse("5"))
parse("five")
