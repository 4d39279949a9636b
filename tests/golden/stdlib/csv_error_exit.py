# An uncaught csv error ends the script with CPython's last traceback line, naming the
# exception _csv.Error.
import csv
import io

rows = csv.reader(io.StringIO('a,b\r\n"unterminated\r\n'), strict=True)
for row in rows:
    print(row)
