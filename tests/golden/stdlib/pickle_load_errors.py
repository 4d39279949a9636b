# Unpickling malformed data: CPython's exception types and messages.
import pickle

CASES = [
    b"", b"\x80\x06", b"x", b"K", b"N", b"a.", b"(a.", b"h\x05.", b"N0.",
    b"(0.", b"(1.", b"(t0(1.", b"(l.", b"0.", b"1.", b"\x93.", b"NN\x93.",
    b"Vabc\n", b"Sabc\n.", b"S\"abc\n.", b"I1x\n.", b"}N(Nu.", b"N(N\x81.",
    b")N\x81.", b"P1\n.", b"\x82\x05.", b"\x82\x00.", b"g1\n.", b"p-1\n.",
    b"\x97.", b"NNb.", b"Nb.", b"}N\x86b.", b"}N}\x86b.", b"F1.5x\n.",
    b"Lxx\n.", b"cnomod_xyz\nfoo\n.", b"](d.", b"NN\x92.", b"NNR.",
    b"N)R.", b"cbuiltins\nint\nNR.", b"(Nd.", b"}(Nu.", b"\x8c\x03ab",
    b"X\x05\x00\x00\x00abc", b"\x95\x05\x00", b"]\x8f(K\x01\x90.",
    b"Nq\x01h\x01.", b"I00\n.", b"I01\n.", b"I010\n.", b"I0x1f\n.",
    b"L12L\n.", b"F1e3\n.", b"S'a\\x41\\n\\101'\n.", b"Va\\u0041\\\\\n.",
    b"(I1\nI2\ntp0\n0g0\n.", b"N2\x86.", b"(K\x01K\x02l.", b"(K\x01K\x02d.",
    b"\x80\x02c__builtin__\nxrange\nK\x03\x85R.",
    b"\x80\x02cexceptions\nValueError\nX\x01\x00\x00\x00x\x85R.",
]

for data in CASES:
    try:
        result = pickle.loads(data)
    except Exception as e:
        print(data, "->", type(e).__name__, str(e).replace("\n", " | "))
    else:
        print(data, "=>", repr(result))

# Attribute errors name the module; keep the repr path-free.
try:
    pickle.loads(b"cbuiltins\nno_such_name\n.")
except AttributeError as e:
    print("AttributeError", str(e).split(" on ")[0])
try:
    pickle.loads(b"\x80\x04\x8c\x08builtins\x8c\x0cf.<locals>.g\x93.")
except AttributeError as e:
    print("AttributeError", str(e).split(" on ")[0])
