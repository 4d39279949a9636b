# What unpacking a non-iterable with * or ** says, in each place CPython 3.11 compiles it:
# LIST_EXTEND ("Value after * must be an iterable"), CALL_FUNCTION_EX (names the function),
# SET_UPDATE and UNPACK_SEQUENCE (the plain iteration error), DICT_MERGE / DICT_UPDATE.
def f(*a, **k):
    pass


class NoIter:
    pass


class BadIter:
    def __iter__(self):
        raise TypeError('from __iter__')


for src in ['[*5]', '(*5,)', '{*5}', 'f(*5)', 'f(**5)', 'f(1, *5)', 'f(*[], *5)',
            'f(**{}, **5)', '{**5}', 'print(*None)', 'f(x=1, **5)',
            'f(**{"a": 1}, **{"a": 2})', 'f(*5, **5)', 'a, b = 5', '[*None, 1]',
            'f(*1.5)', 'f(**[1])', 'len(*5)', 'x = (1,); f(*x, *5)', '[*NoIter()]',
            '[1, *BadIter()]', '(*BadIter(), 2)', 'f(0, *NoIter())', '[*f]']:
    try:
        exec(src)
    except TypeError as e:
        print(src, '->', e)
