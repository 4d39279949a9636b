# The token module: constants, names, exact operator types, predicates.
import token

print(token.__all__)
names = [k for k in vars(token) if not k.startswith('_')]
print(names)
for value, name in token.tok_name.items():
    assert getattr(token, name) == value
    print(value, name)
print(list(token.EXACT_TOKEN_TYPES.items()))
for op, value in token.EXACT_TOKEN_TYPES.items():
    print(repr(op), token.tok_name[value])
print(token.N_TOKENS, token.NT_OFFSET, token.OP, token.ERRORTOKEN, token.COMMENT, token.NL,
      token.ENCODING, token.SOFT_KEYWORD, token.TYPE_COMMENT, token.TYPE_IGNORE)
for x in (0, 1, 63, 64, 255, 256, 300, -1):
    print(x, token.ISTERMINAL(x), token.ISNONTERMINAL(x), token.ISEOF(x))
print(type(token.tok_name), len(token.tok_name), len(token.EXACT_TOKEN_TYPES))
print(token.__name__, token.__doc__)
from token import *
print(NAME, NUMBER, STRING, RARROW, COLONEQUAL, tok_name[ELLIPSIS])
