"""Parser for command line options in the style of Unix getopt(): getopt() stops at the
first non-option argument, gnu_getopt() lets options and operands mix.

refpy's own implementation of the documented behaviour of CPython 3.11's getopt.
"""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    """An unrecognized option, or a missing or unexpected option argument."""
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_option(name, longopts):
    """Resolve a (possibly abbreviated) long option: (takes_argument, full_name)."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % name, name)
    match = candidates[0]
    if match.endswith('='):
        return True, match[:-1]
    return False, match


def _do_long(opts, arg, longopts, rest):
    """Handle '--name[=value]' (arg without the dashes); return the remaining args."""
    name, has_value, value = arg.partition('=')
    takes_arg, name = _long_option(name, longopts)
    if takes_arg:
        if not has_value:
            if not rest:
                raise GetoptError('option --%s requires argument' % name, name)
            value, rest = rest[0], rest[1:]
    elif has_value:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--' + name, value))
    return rest


def _short_takes_arg(opt, shortopts):
    for i, c in enumerate(shortopts):
        if c == opt and c != ':':
            return shortopts.startswith(':', i + 1)
    raise GetoptError('option -%s not recognized' % opt, opt)


def _do_shorts(opts, cluster, shortopts, rest):
    """Handle a cluster of short options like '-abfile'; return the remaining args."""
    while cluster:
        opt, cluster = cluster[0], cluster[1:]
        value = ''
        if _short_takes_arg(opt, shortopts):
            if not cluster:
                if not rest:
                    raise GetoptError('option -%s requires argument' % opt, opt)
                cluster, rest = rest[0], rest[1:]
            value, cluster = cluster, ''
        opts.append(('-' + opt, value))
    return rest


def _as_list(longopts):
    return [longopts] if isinstance(longopts, str) else list(longopts)


def getopt(args, shortopts, longopts=[]):
    """Parse options from args; return (options, remaining arguments). Parsing stops
    at the first non-option argument or after '--'."""
    opts = []
    longopts = _as_list(longopts)
    while args and args[0].startswith('-') and args[0] != '-':
        if args[0] == '--':
            args = args[1:]
            break
        if args[0].startswith('--'):
            args = _do_long(opts, args[0][2:], longopts, args[1:])
        else:
            args = _do_shorts(opts, args[0][1:], shortopts, args[1:])
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt(), but options may follow operands, unless shortopts starts with
    '+' or POSIXLY_CORRECT is set."""
    opts = []
    operands = []
    longopts = _as_list(longopts)
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        options_first = True
    else:
        options_first = bool(os.environ.get("POSIXLY_CORRECT"))
    while args:
        arg = args[0]
        if arg == '--':
            operands += args[1:]
            break
        if arg[:2] == '--':
            args = _do_long(opts, arg[2:], longopts, args[1:])
        elif arg[:1] == '-' and arg != '-':
            args = _do_shorts(opts, arg[1:], shortopts, args[1:])
        elif options_first:
            operands += args
            break
        else:
            operands.append(arg)
            args = args[1:]
    return opts, operands
