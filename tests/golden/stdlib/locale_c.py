# locale in the C.UTF-8 locale refpy runs in: settings, conventions, number formatting.
import locale

print(locale.getpreferredencoding(), locale.getpreferredencoding(False), locale.getencoding())
print(locale.setlocale(locale.LC_ALL, ""), locale.getlocale(), locale.setlocale(locale.LC_NUMERIC))
print(locale.setlocale(locale.LC_ALL, "C"), locale.getlocale(), locale.setlocale(locale.LC_CTYPE))
print(locale.setlocale(locale.LC_ALL, "C.UTF-8"))
print(locale.localeconv())
print(locale.format_string("%d", 1234567, grouping=True), locale.format_string("%.2f|%s", (3.14159, "x")))
print(locale.str(1.5), locale.str(2 / 3), locale.atof("1.5"), locale.atoi("12"))
print(locale.LC_ALL, locale.LC_CTYPE, locale.LC_NUMERIC, locale.LC_TIME, locale.LC_COLLATE,
      locale.LC_MONETARY, locale.LC_MESSAGES, locale.CHAR_MAX)
print(locale.strcoll("a", "b"), locale.strcoll("b", "a"), locale.strcoll("a", "a"), locale.strxfrm("abc"))
print(sorted(["b", "A", "a", "B"], key=locale.strxfrm), locale.normalize("C"))
try:
    locale.setlocale(locale.LC_ALL, "xx_YY")
except locale.Error as e:
    print("locale.Error", e)
try:
    locale.currency(5)
except ValueError as e:
    print("ValueError", e)
print(locale.getlocale(locale.LC_ALL))
locale.setlocale(locale.LC_NUMERIC, "C")
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError", e)
