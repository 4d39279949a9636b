"""refpy's getpass: ask for a password, name the user running the script.

Written for refpy from the module's documentation. refpy has no terminal control
(`termios`), so `getpass()` always takes the documented fallback: it warns with
GetPassWarning that the input may be echoed and reads a line from `sys.stdin`.
"""

import os
import sys

__all__ = ['getpass', 'getuser', 'GetPassWarning']


class GetPassWarning(UserWarning):
    pass


def getuser():
    """The login name: $LOGNAME, $USER, $LNAME or $USERNAME, else the password
    database's entry for the process's user id."""
    for var in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        name = os.environ.get(var)
        if name:
            return name
    uid = _real_uid()
    try:
        with open('/etc/passwd') as table:
            for entry in table:
                cols = entry.rstrip('\n').split(':')
                if len(cols) > 2 and cols[2] == str(uid):
                    return cols[0]
    except OSError:
        pass
    raise KeyError(f'getpwuid(): uid not found: {uid}')


def _real_uid():
    with open('/proc/self/status') as status:
        for line in status:
            if line.startswith('Uid:'):
                return int(line.split()[1])
    return 0


def getpass(prompt='Password: ', stream=None):
    """Prompt for a password; without terminal control the input may be echoed."""
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning)
    if stream is None:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    stream.write(prompt)
    stream.flush()
    line = sys.stdin.readline()
    if not line:
        raise EOFError
    if line.endswith('\n'):
        line = line[:-1]
    stream.write('\n')
    return line
