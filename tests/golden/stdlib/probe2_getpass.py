# getpass without a terminal: getuser() from the environment variables in their
# documented order; getpass() falls back to reading sys.stdin with a warning.
import getpass
import io
import os
import sys
import warnings

for var in ("LOGNAME", "USER", "LNAME", "USERNAME"):
    os.environ.pop(var, None)
os.environ["USERNAME"] = "fourth"
print(getpass.getuser())
os.environ["LNAME"] = "third"
print(getpass.getuser())
os.environ["USER"] = "second"
os.environ["LOGNAME"] = "first"
print(getpass.getuser())
os.environ["LOGNAME"] = ""
print(getpass.getuser())

print(getpass.GetPassWarning.__mro__[1].__name__, sorted(getpass.__all__))

old_stdin = sys.stdin
sys.stdin = io.StringIO("s3cret\nsecond line\n")
try:
    prompt_out = io.StringIO()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        pw = getpass.getpass("Password for db: ", stream=prompt_out)
    print(repr(pw), repr(prompt_out.getvalue()))
    print([(w.category.__name__, str(w.message)) for w in caught])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        print(repr(getpass.getpass(stream=prompt_out)))
        print(repr(prompt_out.getvalue()[-30:]))
        try:
            getpass.getpass("again: ", stream=prompt_out)
        except EOFError as e:
            print("EOFError", repr(e))
        print(repr(prompt_out.getvalue()[-8:]))
finally:
    sys.stdin = old_stdin
