"""Month and year calendars as Python data, plain text and HTML.

refpy's own calendar module, written from the documentation of CPython 3.11. Dates follow
the proleptic Gregorian calendar; weeks begin on Monday (0) unless a calendar object is
given another first weekday. Day and month names are the English ones, which is what
CPython shows under the C locale (refpy has no other).
"""

import datetime
import sys

__all__ = ('IllegalMonthError IllegalWeekdayError setfirstweekday firstweekday isleap '
           'leapdays weekday monthrange monthcalendar prmonth month prcal calendar '
           'timegm month_name month_abbr day_name day_abbr Calendar TextCalendar '
           'HTMLCalendar LocaleTextCalendar LocaleHTMLCalendar weekheader MONDAY TUESDAY '
           'WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY').split()

# Kept for old code that catches calendar.error.
error = ValueError


class IllegalMonthError(ValueError):
    """Raised for a month number outside 1..12; the number is kept as .month."""

    def __init__(self, month):
        self.month = month

    def __str__(self):
        return "bad month number %r; must be 1-12" % (self.month,)


class IllegalWeekdayError(ValueError):
    """Raised for a weekday number outside 0..6; the number is kept as .weekday."""

    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return "bad weekday number %r; must be 0 (Monday) to 6 (Sunday)" % (self.weekday,)


January, February = 1, 2
MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

# Length of each month in a common year, indexed by month number (slot 0 unused).
mdays = [0] + [31 if n in (1, 3, 5, 7, 8, 10, 12) else 30 for n in range(1, 13)]
mdays[February] = 28

EPOCH = 1970
_UNIX_DAY_ZERO = datetime.date(EPOCH, 1, 1).toordinal()


class _NameList:
    """A read-only list of names: indexing and slicing behave as a list's do."""

    __slots__ = ('_words',)

    def __init__(self, words):
        self._words = list(words)

    def __getitem__(self, i):
        return self._words[i]

    def __len__(self):
        return len(self._words)


_WEEKDAY_WORDS = 'Monday Tuesday Wednesday Thursday Friday Saturday Sunday'.split()
_MONTH_WORDS = ('January February March April May June July August September October '
                'November December').split()

day_name = _NameList(_WEEKDAY_WORDS)
day_abbr = _NameList(word[:3] for word in _WEEKDAY_WORDS)
# Month tables are indexed by month number; slot 0 holds an empty string.
month_name = _NameList([''] + _MONTH_WORDS)
month_abbr = _NameList([''] + [word[:3] for word in _MONTH_WORDS])


def isleap(year):
    """Whether `year` has a 29 February (every 4th year, but not whole centuries
    unless they divide by 400)."""
    if year % 4:
        return False
    return year % 100 != 0 or year % 400 == 0


def _leaps_through(year):
    """How many leap years lie in 1..year (negative counts for years before 1)."""
    return year // 4 - year // 100 + year // 400


def leapdays(y1, y2):
    """How many leap years there are from y1 up to, not including, y2."""
    return _leaps_through(y2 - 1) - _leaps_through(y1 - 1)


def weekday(year, month, day):
    """0 (Monday) to 6 (Sunday) for the given date. Years datetime cannot hold are
    moved by whole 400-year cycles, which repeat the weekdays exactly."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = year % 400 + 2000
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """The weekday of the month's first day and the number of days in the month."""
    if not (1 <= month <= 12):
        raise IllegalMonthError(month)
    starts = weekday(year, month, 1)
    return starts, _days_in(year, month)


def _step_month(year, month, delta):
    """The (year, month) `delta` months (-1 or +1) away from the given one."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _rows(items, size):
    """Cut a sequence into consecutive lists of `size` items (the last may be short)."""
    items = list(items)
    return [items[at:at + size] for at in range(0, len(items), size)]


class Calendar:
    """Lays months out as whole weeks that begin on `firstweekday` (0 is Monday,
    6 Sunday). The iterators and lists it gives are the raw material the text and HTML
    calendars format."""

    def __init__(self, firstweekday=0):
        self._week_start = firstweekday

    def getfirstweekday(self):
        """The first day of the week, reduced to 0..6."""
        return self._week_start % 7

    def setfirstweekday(self, firstweekday):
        """Set the first day of the week (any integer; it is used modulo 7)."""
        self._week_start = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday,
                            doc="The weekday each week of the layouts starts on.")

    def iterweekdays(self):
        """The seven weekday numbers in the order the columns show them."""
        start = self.firstweekday
        for offset in range(7):
            yield (start + offset) % 7

    def _frame(self, year, month):
        """Cells shown before the 1st, the month's length, and cells shown after it."""
        first, length = monthrange(year, month)
        before = (first - self.firstweekday) % 7
        return before, length, -(before + length) % 7

    def itermonthdays3(self, year, month):
        """(year, month, day) of every cell of the month's weeks, including the days of
        the neighbouring months that fill its first and last week."""
        before, length, after = self._frame(year, month)
        if before:
            py, pm = _step_month(year, month, -1)
            last = _days_in(py, pm)
            for d in range(last - before + 1, last + 1):
                yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        if after:
            ny, nm = _step_month(year, month, 1)
            for d in range(1, after + 1):
                yield ny, nm, d

    def itermonthdays4(self, year, month):
        """Like itermonthdays3, each cell with its weekday as a fourth item."""
        column = self.firstweekday
        for y, m, d in self.itermonthdays3(year, month):
            yield y, m, d, column
            column = (column + 1) % 7

    def itermonthdates(self, year, month):
        """datetime.date objects for every cell of the month's weeks."""
        for cell in self.itermonthdays3(year, month):
            yield datetime.date(*cell)

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 standing for a cell of another month."""
        before, length, after = self._frame(year, month)
        for _ in range(before):
            yield 0
        yield from range(1, length + 1)
        for _ in range(after):
            yield 0

    def itermonthdays2(self, year, month):
        """(day number, weekday) pairs; the day number is 0 outside the month."""
        column = self.firstweekday
        for d in self.itermonthdays(year, month):
            yield d, column
            column = (column + 1) % 7

    def monthdatescalendar(self, year, month):
        """The month as a list of weeks, each a list of seven datetime.date objects."""
        return _rows(self.itermonthdates(year, month), 7)

    def monthdays2calendar(self, year, month):
        """The month as a list of weeks of seven (day number, weekday) pairs."""
        return _rows(self.itermonthdays2(year, month), 7)

    def monthdayscalendar(self, year, month):
        """The month as a list of weeks of seven day numbers (0 outside the month)."""
        return _rows(self.itermonthdays(year, month), 7)

    def _whole_year(self, per_month, year, width):
        layouts = [per_month(year, m) for m in range(1, 13)]
        return [layouts[at:at + width] for at in range(0, 12, width)]

    def yeardatescalendar(self, year, width=3):
        """The year as rows of `width` months, each month as monthdatescalendar gives it."""
        return self._whole_year(self.monthdatescalendar, year, width)

    def yeardays2calendar(self, year, width=3):
        """The year as rows of `width` months, each as monthdays2calendar gives it."""
        return self._whole_year(self.monthdays2calendar, year, width)

    def yeardayscalendar(self, year, width=3):
        """The year as rows of `width` months, each as monthdayscalendar gives it."""
        return self._whole_year(self.monthdayscalendar, year, width)


class TextCalendar(Calendar):
    """Calendars as plain text. In the formatting methods `w` is the width of a day
    column, `l` the number of lines each week takes, `c` the spaces between the month
    columns of a year and `m` the number of months side by side."""

    def formatday(self, day, weekday, width):
        """One day's number centred in `width` (blank for 0)."""
        shown = '%2i' % day if day else ''
        return shown.center(width)

    def formatweek(self, theweek, width):
        """One week of (day, weekday) pairs as a line of text."""
        cells = [self.formatday(d, wd, width) for d, wd in theweek]
        return ' '.join(cells)

    def prweek(self, theweek, width):
        """Print formatweek's line without a newline."""
        print(self.formatweek(theweek, width), end='')

    def formatweekday(self, day, width):
        """A weekday's name cut to `width` and centred (full names from width 9)."""
        table = day_name if width >= 9 else day_abbr
        word = table[day]
        return word[:width].center(width)

    def formatweekheader(self, width):
        """The line of weekday names heading the columns."""
        cells = [self.formatweekday(wd, width) for wd in self.iterweekdays()]
        return ' '.join(cells)

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        """The month's name (and year) centred in `width`."""
        title = month_name[themonth]
        if withyear:
            title = '%s %r' % (title, theyear)
        return title.center(width)

    def formatmonth(self, theyear, themonth, w=0, l=0):
        """A month as a multi-line string."""
        w = max(w, 2)
        l = max(l, 1)
        lines = [self.formatmonthname(theyear, themonth, 7 * w + 6),
                 self.formatweekheader(w)]
        for days in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(days, w))
        ending = '\n' * l
        return ''.join([line.rstrip() + ending for line in lines])

    def prmonth(self, theyear, themonth, w=0, l=0):
        """Print formatmonth's text."""
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        """A whole year as a multi-line string, `m` months per row."""
        w = max(w, 2)
        l = max(l, 1)
        c = max(c, 2)
        ending = '\n' * l
        column = 7 * w + 6
        heading = self.formatweekheader(w)
        title = repr(theyear).center(m * column + (m - 1) * c)
        out = [title.rstrip(), ending]
        for band, months in enumerate(self.yeardays2calendar(theyear, m)):
            numbers = range(band * m + 1, min(band * m + m, 12) + 1)
            table = [[self.formatmonthname(theyear, k, column, False) for k in numbers],
                     [heading for k in numbers]]
            tallest = max([len(weeks) for weeks in months])
            for row in range(tallest):
                table.append([self.formatweek(weeks[row], w) if row < len(weeks) else ''
                              for weeks in months])
            out.append(ending)
            for cells in table:
                out.append(formatstring(cells, column, c).rstrip())
                out.append(ending)
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        """Print formatyear's text."""
        print(self.formatyear(theyear, w, l, c, m), end='')


_TABLE_OPEN = '<table border="0" cellpadding="0" cellspacing="0" class="%s">'

_PAGE = '''\
<?xml version="1.0" encoding="{enc}"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" \
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset={enc}" />
{css}<title>Calendar for {year}</title>
</head>
<body>
{body}</body>
</html>
'''


class HTMLCalendar(Calendar):
    """Calendars as HTML tables. The class attributes name the CSS classes put on the
    cells; subclasses may replace them."""

    # CSS classes of the day cells, Monday first, and of the weekday headings.
    cssclasses = "mon tue wed thu fri sat sun".split()
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        """One table cell; days of other months (0) are an empty cell."""
        if not day:
            return '<td class="%s">&nbsp;</td>' % self.cssclass_noday
        return '<td class="%s">%d</td>' % (self.cssclasses[weekday], day)

    def formatweek(self, theweek):
        """One table row for a week of (day, weekday) pairs."""
        cells = ''.join([self.formatday(d, wd) for d, wd in theweek])
        return '<tr>' + cells + '</tr>'

    def formatweekday(self, day):
        """One heading cell with the weekday's abbreviation."""
        css = self.cssclasses_weekday_head[day]
        return '<th class="%s">%s</th>' % (css, day_abbr[day])

    def formatweekheader(self):
        """The row of weekday headings."""
        cells = ''.join([self.formatweekday(wd) for wd in self.iterweekdays()])
        return '<tr>' + cells + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        """The heading row naming the month (and year)."""
        title = month_name[themonth]
        if withyear:
            title = '%s %s' % (title, theyear)
        return '<tr><th colspan="7" class="%s">%s</th></tr>' % (self.cssclass_month_head,
                                                                 title)

    def formatmonth(self, theyear, themonth, withyear=True):
        """A month as an HTML table, one line per row."""
        lines = [_TABLE_OPEN % self.cssclass_month,
                 self.formatmonthname(theyear, themonth, withyear=withyear),
                 self.formatweekheader()]
        for days in self.monthdays2calendar(theyear, themonth):
            lines.append(self.formatweek(days))
        lines.append('</table>')
        return '\n'.join(lines) + '\n'

    def formatyear(self, theyear, width=3):
        """A year as a table of month tables, `width` months per row."""
        width = max(width, 1)
        out = [_TABLE_OPEN % self.cssclass_year, '\n',
               '<tr><th colspan="%d" class="%s">%s</th></tr>'
               % (width, self.cssclass_year_head, theyear)]
        for start in range(1, 13, width):
            out.append('<tr>')
            for number in range(start, min(start + width, 13)):
                inner = self.formatmonth(theyear, number, withyear=False)
                out.append('<td>' + inner + '</td>')
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        """A complete XHTML page showing the year, encoded to bytes."""
        if encoding is None:
            encoding = sys.getdefaultencoding()
        link = ''
        if css is not None:
            link = '<link rel="stylesheet" type="text/css" href="%s" />\n' % css
        text = _PAGE.format(enc=encoding, css=link, year='%d' % theyear,
                            body=self.formatyear(theyear, width))
        return text.encode(encoding, 'xmlcharrefreplace')


def _locale_from_environment():
    """The name of the time locale the environment asks for ('C' when it names none)."""
    import os
    for variable in ('LC_ALL', 'LC_TIME', 'LANG'):
        chosen = os.environ.get(variable)
        if chosen:
            return chosen
    return 'C'


class LocaleTextCalendar(TextCalendar):
    """A TextCalendar for a named locale (by default the environment's). refpy knows
    only the C locale, so the names stay English; the locale is kept as .locale."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _locale_from_environment() if locale is None else locale


class LocaleHTMLCalendar(HTMLCalendar):
    """An HTMLCalendar for a named locale (English names: see LocaleTextCalendar)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = _locale_from_environment() if locale is None else locale


# The module-level functions are the methods of one shared TextCalendar.
c = TextCalendar()


def setfirstweekday(firstweekday):
    """Set the first weekday (0..6) the module-level functions use."""
    if not 0 <= firstweekday <= 6:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


for _alias, _method in [('firstweekday', 'getfirstweekday'),
                        ('monthcalendar', 'monthdayscalendar'), ('prweek', 'prweek'),
                        ('week', 'formatweek'), ('weekheader', 'formatweekheader'),
                        ('prmonth', 'prmonth'), ('month', 'formatmonth'),
                        ('calendar', 'formatyear'), ('prcal', 'pryear')]:
    globals()[_alias] = getattr(c, _method)
del _alias, _method


def formatstring(cols, colwidth=20, spacing=6):
    """The strings of `cols` centred in `colwidth` each, `spacing` spaces apart."""
    return (' ' * spacing).join([text.center(colwidth) for text in cols])


def format(cols, colwidth=20, spacing=6):
    """Print formatstring's line."""
    print(formatstring(cols, colwidth, spacing))


def timegm(tuple):
    """Seconds since the Unix epoch of a time tuple read as UTC (what time.gmtime()
    would turn back into the tuple)."""
    yy, mm, dd, hh, mi, ss = tuple[:6]
    elapsed = datetime.date(yy, mm, 1).toordinal() - _UNIX_DAY_ZERO + (dd - 1)
    return ((elapsed * 24 + hh) * 60 + mi) * 60 + ss


def main(args=None):
    """python -m calendar [options] [year [month]]: a year or a month as text, or a
    year as an HTML page."""
    import argparse
    parser = argparse.ArgumentParser()
    text_group = parser.add_argument_group('text only arguments')
    html_group = parser.add_argument_group('html only arguments')
    text_group.add_argument('-w', '--width', type=int, default=2,
                            help='width of date column (default 2)')
    text_group.add_argument('-l', '--lines', type=int, default=1,
                            help='number of lines for each week (default 1)')
    text_group.add_argument('-s', '--spacing', type=int, default=6,
                            help='spacing between months (default 6)')
    text_group.add_argument('-m', '--months', type=int, default=3,
                            help='months per row (default 3)')
    html_group.add_argument('-c', '--css', default='calendar.css',
                            help='CSS to use for page')
    parser.add_argument('-L', '--locale', default=None,
                        help='locale to use for month and weekday names')
    parser.add_argument('-e', '--encoding', default=None,
                        help='encoding to use for output')
    parser.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                        help='output type (text or html)')
    parser.add_argument('year', nargs='?', type=int, help='year number (1-9999)')
    parser.add_argument('month', nargs='?', type=int,
                        help='month number (1-12, text only)')
    options = parser.parse_args(sys.argv[1:] if args is None else args[1:])
    if options.locale and not options.encoding:
        parser.error('if --locale is specified --encoding is required')
    locale = (options.locale, options.encoding)
    year = options.year if options.year is not None else datetime.date.today().year
    if options.type == 'html':
        if options.month is not None:
            parser.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=locale) if options.locale else HTMLCalendar()
        encoding = options.encoding or 'utf-8'
        page = cal.formatyearpage(year, css=options.css, encoding=encoding)
        sys.stdout.buffer.write(page)
        return
    cal = LocaleTextCalendar(locale=locale) if options.locale else TextCalendar()
    if options.month is None:
        result = cal.formatyear(year, options.width, options.lines, options.spacing,
                                options.months)
    else:
        result = cal.formatmonth(year, options.month, options.width, options.lines)
    if options.encoding:
        sys.stdout.buffer.write(result.encode(options.encoding))
    else:
        sys.stdout.write(result)


if __name__ == '__main__':
    main(sys.argv)
