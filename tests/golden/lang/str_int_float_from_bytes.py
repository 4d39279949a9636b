# str(obj, encoding, errors) decodes any bytes-like object (keywords too); int() and
# float() parse bytes and bytearray as text, with errors that show the object.
print(repr(str(b'\xff', 'latin1')), repr(str(b'\xff', encoding='latin-1')), repr(str(b'ab', 'ascii', 'strict')))
print(repr(str(b'\xff', 'utf-8', 'replace')), repr(str(bytearray(b'xy'), 'utf-8')), repr(str(memoryview(b'q'), 'ascii')))
try: str('a', 'utf-8')
except TypeError as e: print(e)
try: str(b'\xff', 'ascii')
except UnicodeDecodeError as e: print(e)
print(repr(str(b'\xff', errors='ignore')))
print(int(b'12'), int(b' 12 '), int(bytearray(b'7')), int(b'ff', 16), float(b'1.5'), float(bytearray(b' 2e3 ')))
try: int(b'1x')
except ValueError as e: print(e)
try: float(b'x')
except ValueError as e: print(e)
