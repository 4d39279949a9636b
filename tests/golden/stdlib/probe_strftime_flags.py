# glibc's strftime extras that Linux scripts use: the -, _, 0, ^, # flags, field widths,
# the E/O modifiers, %k %l %P, and unknown conversions copied out as they are.
import datetime as dt
import time

d = dt.datetime(2023, 3, 5, 7, 8, 9)
fmts = ['%-d/%-m/%-I', '%^a %^B', '%_H|%_d', '%-j|%-y', '%0e', '%#a %#p', '%P', '%k|%l',
        '%-H:%M', '%10Y', '%-', '%Ex %EY %Od', '%5d', '%-5d', '%_5d', '%05d', '%^10a', '%q',
        '%i', '%-p', '%-S', '%+', '%v', '%', 'a%', '%E', '%Eq', '%3%', '%-%', '%-f', '%_3j',
        '%#Z', '%^P', '%-U|%-W|%-V', '%_m/%_d/%Y', '%#b %#B', '%^c', '%8F', '%-C', '%_u']
for f in fmts:
    print(repr(f), repr(d.strftime(f)), repr(time.strftime(f, d.timetuple())),
          repr(d.date().strftime(f)), repr(d.time().strftime(f)))
d2 = dt.datetime(2024, 12, 25, 0, 0, 0, 5)
print(d2.strftime("%k|%l|%-l|%_I|%f"), dt.datetime(2024, 1, 1, 13).strftime("%l %P"))
print(f"{d:%-d %B %Y, %-I:%M %p}", format(d.date(), "%A, %-d %b"), "{:%_H}".format(d))
