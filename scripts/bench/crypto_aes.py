# AES-128 in counter mode, in pure Python: byte tables, XOR, shifts and list indexing on small ints.
def xtime(b):
    b <<= 1
    return b ^ 0x11B if b & 0x100 else b


def gf_mul(a, b):
    product = 0
    while b:
        if b & 1:
            product ^= a
        a = xtime(a)
        b >>= 1
    return product


def make_sbox():
    """The S-box from its definition: inverse in GF(2^8), then the affine map."""
    inverse = [0] * 256
    for a in range(1, 256):
        for b in range(1, 256):
            if gf_mul(a, b) == 1:
                inverse[a] = b
                break
    sbox = []
    for x in inverse:
        s = x
        for shift in range(1, 5):
            s ^= ((x << shift) | (x >> (8 - shift))) & 0xFF
        sbox.append(s ^ 0x63)
    return sbox


SBOX = make_sbox()
MUL2 = [xtime(b) for b in range(256)]
MUL3 = [xtime(b) ^ b for b in range(256)]
SHIFT_ROWS = [r + 4 * ((c + r) % 4) for c in range(4) for r in range(4)]


def expand_key(key):
    """The 11 round keys of AES-128, each 16 bytes in column order."""
    words = [list(key[i:i + 4]) for i in range(0, 16, 4)]
    rcon = 1
    for i in range(4, 44):
        temp = words[i - 1]
        if i % 4 == 0:
            temp = [SBOX[b] for b in temp[1:] + temp[:1]]
            temp[0] ^= rcon
            rcon = xtime(rcon)
        words.append([a ^ b for a, b in zip(words[i - 4], temp)])
    return [sum(words[4 * r:4 * r + 4], []) for r in range(11)]


def encrypt_block(block, round_keys):
    state = [b ^ k for b, k in zip(block, round_keys[0])]
    for rnd in range(1, 11):
        state = [SBOX[state[i]] for i in SHIFT_ROWS]
        if rnd < 10:
            mixed = []
            for c in range(0, 16, 4):
                a0, a1, a2, a3 = state[c:c + 4]
                mixed += (MUL2[a0] ^ MUL3[a1] ^ a2 ^ a3, a0 ^ MUL2[a1] ^ MUL3[a2] ^ a3,
                          a0 ^ a1 ^ MUL2[a2] ^ MUL3[a3], MUL3[a0] ^ a1 ^ a2 ^ MUL2[a3])
            state = mixed
        key = round_keys[rnd]
        state = [b ^ k for b, k in zip(state, key)]
    return state


def ctr(data, round_keys, nonce):
    out = bytearray()
    for offset in range(0, len(data), 16):
        counter = (nonce + offset // 16).to_bytes(16, "big")
        stream = encrypt_block(counter, round_keys)
        out += bytes(d ^ s for d, s in zip(data[offset:offset + 16], stream))
    return bytes(out)


def main():
    keys = expand_key(bytes(range(16)))
    vector = bytes(encrypt_block(bytes(range(0, 256, 0x11)), keys))  # FIPS-197, C.1
    print(vector.hex(), vector.hex() == "69c4e0d86a7b0430d8cdb78070b4c55a")
    message = "".join("The quick brown fox jumps over the lazy dog %d. " % i
                      for i in range(3200)).encode()
    secret = ctr(message, keys, 0xC0FFEE)
    assert ctr(secret, keys, 0xC0FFEE) == message
    print(len(secret), secret[:16].hex(), sum(secret) % 65521)


main()
