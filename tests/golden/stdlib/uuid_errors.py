import uuid

def attempt(**kw):
    try:
        print(repr(uuid.UUID(**kw)))
    except Exception as e:
        print(type(e).__name__, e)

attempt()
attempt(hex='12345678123456781234567812345678', int=1)
attempt(hex='1234')
attempt(hex='12345678-1234-5678-1234-56781234567')
attempt(hex='zz345678123456781234567812345678')
attempt(hex='123456781234567812345678123456789')
attempt(bytes=b'abc')
attempt(bytes=b'a' * 17)
attempt(bytes_le=b'abc')
attempt(bytes=bytearray(16))
attempt(fields=(1, 2, 3))
attempt(fields=(1 << 32, 0, 0, 0, 0, 0))
attempt(fields=(0, 1 << 16, 0, 0, 0, 0))
attempt(fields=(0, 0, -1, 0, 0, 0))
attempt(fields=(0, 0, 0, 256, 0, 0))
attempt(fields=(0, 0, 0, 0, 256, 0))
attempt(fields=(0, 0, 0, 0, 0, 1 << 48))
attempt(int=-1)
attempt(int=1 << 128)
attempt(int=0, version=0)
attempt(int=0, version=6)
attempt(hex=123)
attempt(hex=None)
try:
    uuid.uuid3(uuid.NAMESPACE_DNS, 5)
except TypeError as e:
    print('TypeError', e)
try:
    uuid.uuid5('ns', 'x')
except AttributeError as e:
    print('AttributeError', e)
