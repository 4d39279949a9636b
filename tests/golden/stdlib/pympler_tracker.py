# pympler.tracker: the difference between summaries of the live objects.
from pympler import summary, tracker


class Widget:
    def __init__(self, n):
        self.n = n


tr = tracker.SummaryTracker()
widgets = [Widget(i) for i in range(100)]
rows = tr.diff()
print([r for r in rows if r[0] == '__main__.Widget'])
summary.print_([r for r in rows if r[0] == '__main__.Widget'])
more = [Widget(i) for i in range(10)]
rows = tr.diff()
print([r for r in rows if r[0] == '__main__.Widget'])
del widgets
rows = tr.diff()
print([r for r in rows if r[0] == '__main__.Widget'])

s1 = summary.summarize([1, 2, 'a'])
s2 = summary.summarize([1, 'a', 'b', 'c', [1]])
print(sorted(tr.diff(s1, s2)))
tr.print_diff(s1, s2)
for line in tr.format_diff(s1, s2):
    print(line)
try:
    tr.diff(summary2=s2)
except ValueError as e:
    print('ValueError', e)
tr.store_summary('first')
print(list(tr.summaries))

