# f-strings (JoinedStr / FormattedValue) and match statements, with positions.
import ast

def show(src):
    print(ast.dump(ast.parse(src), include_attributes=True))

show('f"plain"')
show('f"a{b}c"')
show('x = f"ab{c!r:>{w}} d" "e" f"{y:{z}}"')
show('f"{x!s} {y!a} {z=} {w = !r:^10}"')
show('f"{{literal}} {x:%Y-%m-%d}"')
show('f"""a\n{b:{c}\n}"""\n')
show('(f"{a}"\n f"{b:x}")')
show('f"{x:}"')
show("f'{a[\"k\"]}' 'tail'")

MATCH = '''match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        print("Origin")
    case Point(1, y=var) | Point(2, y=var):
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case [1, 2, *rest]:
        pass
    case [*_]:
        pass
    case (1 | 2) as z:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | -1 - 2j:
        pass
    case "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED if x > 0:
        pass
    case {}:
        pass
    case ():
        pass
    case _:
        pass
'''
print(ast.dump(ast.parse(MATCH), indent=1, include_attributes=True))
