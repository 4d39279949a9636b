# Grade book: statistics + csv + formatting
import csv, io, statistics as st

data = """student,hw1,hw2,exam
ann,90,85,88
bob,70,65,72
cid,88,92,95
dee,60,75,58
eve,95,98,91
"""
rows = list(csv.DictReader(io.StringIO(data)))
cols = ["hw1", "hw2", "exam"]
for c in cols:
    vals = [int(r[c]) for r in rows]
    print(f"{c:>5}: mean={st.mean(vals):6.2f} median={st.median(vals):5} stdev={st.stdev(vals):6.3f} range={max(vals) - min(vals)}")
weights = {"hw1": 0.25, "hw2": 0.25, "exam": 0.5}
finals = {r["student"]: sum(int(r[c]) * w for c, w in weights.items()) for r in rows}
for name, score in sorted(finals.items(), key=lambda kv: -kv[1]):
    z = (score - st.mean(finals.values())) / st.stdev(finals.values())
    print(f"{name:<4}{score:7.2f}{z:+8.3f}")
print(st.quantiles(finals.values(), n=3))
print(st.mean(map(int, "1 2 3 4".split())), st.median([]) if False else st.median([2.5, 1.5]))
print(st.mean([1, 2.5]), type(st.mean([1, 2])).__name__, type(st.mean([1, 3])).__name__, st.mean([1, 2]))
print(st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.mode([1.1, 1.1, 2.2]), st.multimode([]), st.multimode([1, 1, 2, 2, 3]))
data2 = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
m = st.mean(data2)
print(m, st.variance(data2, m), st.pvariance(data2, mu=m))
print(st.NormalDist(2.5, 0.5).samples(0), repr(st.NormalDist()), st.NormalDist(1, 2) == st.NormalDist(1, 2))
try:
    st.variance(["a", "b"])
except TypeError as e:
    print("TypeError:", e)
try:
    st.mean(["1", "2"])
except TypeError as e:
    print("TypeError:", e)
try:
    st.quantiles([1, 2, 3], n=0)
except st.StatisticsError as e:
    print("StatisticsError:", e)
print(issubclass(st.StatisticsError, ValueError))
