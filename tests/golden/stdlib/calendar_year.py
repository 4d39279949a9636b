import calendar

print(calendar.calendar(2024))
print(calendar.calendar(2023, 3, 1, 4, 2))
print(calendar.calendar(2000, w=2, l=2, c=2, m=4))
print(calendar.calendar(1900, m=1, c=0, w=1))
print(calendar.calendar(2021, m=5))
print(calendar.calendar(2022, m=12, w=2, c=1))
calendar.prcal(2025)
calendar.prcal(2019, 4, 1, 8, 6)
tc = calendar.TextCalendar(6)
print(tc.formatyear(2024, m=2))
tc.pryear(2010, 2, 1, 6, 4)
