# Fannkuch-redux: flipping prefixes of every permutation of n items (slicing, index loops).
def fannkuch(n):
    perm = list(range(n))
    count = [0] * n
    max_flips = checksum = 0
    sign = 1
    r = n
    while True:
        while r > 1:
            count[r - 1] = r
            r -= 1
        first = perm[0]
        if first:
            p = perm[:]
            flips = 0
            while first:
                p[:first + 1] = p[first::-1]
                flips += 1
                first = p[0]
            max_flips = max(max_flips, flips)
            checksum += flips * sign
        sign = -sign
        # The next permutation: rotate the first r+1 items until a counter is left.
        while True:
            if r == n:
                return checksum, max_flips
            perm.insert(r, perm.pop(0))
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


for _ in range(2):
    result = fannkuch(9)
print("checksum %d, max flips %d" % result)
