# The re module: compile, match, search, findall, finditer, sub with a function, split.
import re

WORDS = ["error", "warning", "info", "debug", "timeout", "retry", "connected", "closed"]
HOSTS = ["alpha.example.com", "beta.example.org", "gamma.test", "delta.local"]


def make_log(lines):
    out = []
    for i in range(lines):
        day = 1 + i % 28
        hour, minute = (i * 7) % 24, (i * 13) % 60
        word = WORDS[(i * 5) % len(WORDS)]
        host = HOSTS[i % len(HOSTS)]
        out.append("2026-%02d-%02d %02d:%02d [%s] user%d@%s port=%d took %d.%03ds"
                   % (1 + i % 12, day, hour, minute, word.upper(), i % 97, host,
                      1024 + i % 5000, i % 9, (i * 31) % 1000))
    return "\n".join(out)


def main():
    text = make_log(4000)
    lines = text.splitlines()
    date = re.compile(r"(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)")
    email = re.compile(r"\b([\w.]+)@([\w-]+(?:\.[\w-]+)+)\b")
    level = re.compile(r"\[(ERROR|WARNING|TIMEOUT)\]")
    duration = re.compile(r"took (\d+)\.(\d+)s$")
    port = re.compile(r"port=(\d+)")
    checksum = 0
    for rep in range(14):
        for line in lines:
            m = date.match(line)
            checksum += int(m.group(2)) + int(m.group(5))
            if level.search(line):
                checksum += 1
            d = duration.search(line)
            checksum += int(d.group(1)) * 1000 + int(d.group(2))
        checksum += len(email.findall(text))
        checksum += sum(int(m.group(1)) for m in port.finditer(text)) % 100003
        masked = email.sub(lambda m: m.group(1)[0] + "***@" + m.group(2), text)
        checksum += len(masked)
        checksum += len(re.sub(r"\d", "#", text[:20000]))
        checksum += len(re.split(r"\s*\[|\]\s*", text[:20000]))
        checksum += len(re.findall(r"(?i)\b(?:error|closed)\b", text))
    print(checksum, masked[:60])


main()
