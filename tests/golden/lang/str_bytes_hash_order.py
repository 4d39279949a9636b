# str and bytes hash as CPython's SipHash-1-3 does under PYTHONHASHSEED=0: hash values and
# the iteration order of sets of strings and bytes are CPython's.
print({'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape'})
print({'é', 'ü', '€', 'x', '😀', 'ab'})
print(hash('abc'), hash(b'xyz'), hash(''), hash(b''), hash('a' * 100))
print(set('hello world'))
print({b'a', b'bb', b'ccc'})
print(frozenset(['k%d' % i for i in range(20)]))
