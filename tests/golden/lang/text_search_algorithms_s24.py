# str/bytes find, rfind, count, replace, split, rsplit, partition and `in` over needles
# short and long, ASCII and not, in texts where the needle's first or last byte is
# everywhere (the adaptive search gives up its skipping loop for Two-Way there), with
# start/end windows. Results must be CPython's exactly.
import zlib

alpha = ["a", "b", "é", "日", "😀", "ab", "ba", "aab", "<td>", "odd"]
rows = []
seed = 12345


def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2**31
    return seed % n


for k in range(1500):
    hay = "".join(alpha[rand(len(alpha))] for _ in range(rand(30)))
    needle = "".join(alpha[rand(len(alpha))] for _ in range(1 + rand(3)))
    if k % 5 == 0:
        hay = "a" * rand(2500) + "b" + "a" * rand(40) + "é" * rand(3)
        needle = "a" * (1 + rand(9)) + ["b", "", "ab", "é"][rand(4)]
    b, nb = hay.encode(), needle.encode()
    r = (
        hay.find(needle), hay.rfind(needle), hay.count(needle), needle in hay,
        hay.replace(needle, "-"), hay.replace(needle, "<>", 2), hay.split(needle),
        hay.rsplit(needle), hay.split(needle, 1), hay.rsplit(needle, 2),
        hay.partition(needle), hay.rpartition(needle),
        hay.find(needle, 2), hay.rfind(needle, 1, -1), hay.count(needle, 3, 25),
        b.find(nb), b.rfind(nb), b.count(nb), b.replace(nb, b"-"), b.split(nb),
        b.rsplit(nb, 1), b.partition(nb),
    )
    rows.append(repr(r))
    if k < 4:
        print(repr(r)[:160])
text = "\n".join(rows)
print(len(text), zlib.crc32(text.encode()))

# Long texts: a needle found at the end, a needle never found, dense candidates.
x = "ab" * 5000 + "abc"
print(x.find("abc"), x.rfind("bab"), x.count("ba"), x.find("aab"), x.count("abab"))
print(("a" * 10000).find("aaab"), ("a" * 10000).rfind("baaa"), ("a" * 9999 + "b").find("a" * 7 + "b"))
y = "日本" * 3000 + "日本語"
print(y.find("本語"), y.rfind("日本日"), y.count("本日"), y.rfind("語"), y.find("日本語"))
print(("é" * 3000).rfind("xé"), ("éé" * 2000 + "xé").rfind("xé"), ("é" * 3000).find("éx"))
html = "".join('<tr class="%s"><td>%d</td></tr>' % ("odd" if i % 2 else "even", i) for i in range(400))
html += "</table>"
print(html.count("odd"), html.find("</table>"), html.rfind("<tr"), html.count("<td>"), html.find("</tbody>"))
print(len(html.replace("odd", "ODD")), html.split("</tr>")[-2:], html.rsplit("<td>", 1)[1])
blob = html.encode()
print(blob.count(b"odd"), blob.find(b"</table>"), blob.rfind(b"<tr"), len(blob.split(b"<td>")))

# Nothing replaced, nothing split: the receiver itself (exact str and bytes only).
s = "Person 12 name"
print(s.replace("&", "&amp;") is s, s.replace("Person", "Person") is s, s.split("|")[0] is s)
print(b"abc".replace(b"x", b"y") is not None, type("a".replace("x", "y")))


class S(str):
    pass


t = S("a&b")
print(type(t.replace("z", "y")), t.replace("z", "y") is t, t.replace("&", "+"), type(t.split("|")[0]))
