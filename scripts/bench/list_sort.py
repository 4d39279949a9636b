# List operations: append/pop/insert, slicing, comprehensions, sort and sorted with a key.
def main():
    checksum = 0
    seed = 12345
    for rep in range(18):
        data = []
        for i in range(20000):
            seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
            data.append(seed % 100000)
        pairs = [(x % 97, -x, str(x)) for x in data]
        pairs.sort()
        checksum += pairs[0][1] + pairs[-1][1]
        by_text = sorted(data, key=str)
        checksum += by_text[100] + by_text[-100]
        by_digits = sorted(data, key=lambda x: (x % 10, x // 10), reverse=True)
        checksum += by_digits[0] + by_digits[5000]
        data.sort()
        checksum += data[len(data) // 2]
        window = data[1000:3000:2]
        checksum += sum(window[::-1][:10])
        stack = []
        for x in data[:5000]:
            stack.append(x)
            if x % 3 == 0:
                checksum += stack.pop()
        queue = data[:2000]
        for i in range(200):
            queue.insert(0, queue.pop())
        checksum += queue[0] + len(stack)
        checksum += sum(data[::97]) + data.index(data[1234]) + data.count(data[77])
        copy = data[:]
        copy.reverse()
        del copy[::2]
        copy.extend(data[:100])
        checksum += len(copy) + copy[-1]
    print(checksum)


main()
