# A backslash inside a string literal of an f-string field (here a nested format-spec
# field) is refused by CPython 3.11's f-string scanner.
name = "x"
print(f"{name!r:{'\n'}}")
