# String building and formatting: f-strings, %-format, str.format, join, split, replace, find.
def main():
    words = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu".split()
    checksum = 0
    for rep in range(110):
        lines = []
        for i in range(3000):
            w = words[i % len(words)]
            lines.append(f"{i:05d} {w.upper()} {i * 3.5:.2f} {w!r}")
            lines.append("%s=%d (%x) %-8s|" % (w, i, i, w[::-1]))
            lines.append("{}:{:>6}".format(w.capitalize(), i))
        text = "\n".join(lines)
        checksum += len(text)
        for line in text.split("\n")[::7]:
            parts = line.split()
            checksum += len(parts) + line.find("a") + line.count("e")
        s = ""
        for w in words * 50:
            s += w + ","
        checksum += len(s.replace("a", "AA").strip(",").split(","))
        checksum += sum(1 for line in lines if line.startswith("0") and line.endswith("|"))
    print(checksum)


main()
