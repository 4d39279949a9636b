"""Command-line option parsing in the optparse style (refpy's implementation).

An OptionParser holds Option objects (directly or in OptionGroups), turns an
argument list into a Values object plus the leftover positional arguments, and
renders usage and help text through a HelpFormatter.
"""

import os
import sys
import textwrap

__version__ = "1.5.3"

__all__ = ['Option',
           'make_option',
           'SUPPRESS_HELP',
           'SUPPRESS_USAGE',
           'Values',
           'OptionContainer',
           'OptionGroup',
           'OptionParser',
           'HelpFormatter',
           'IndentedHelpFormatter',
           'TitledHelpFormatter',
           'OptParseError',
           'OptionError',
           'OptionConflictError',
           'OptionValueError',
           'BadOptionError',
           'check_choice']

# Markers: a help text equal to SUPPRESS_HELP hides the option, a usage equal
# to SUPPRESS_USAGE hides the usage line, NO_DEFAULT means "no default given".
SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


def _at_repr(obj):
    return "<%s at 0x%x: %s>" % (type(obj).__name__, id(obj), obj)


# ---------------------------------------------------------------- exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A mistake in the definition of an Option."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        if not self.option_id:
            return self.msg
        return "option %s: %s" % (self.option_id, self.msg)


class OptionConflictError(OptionError):
    """Two options of one parser claim the same option string."""


class OptionValueError(OptParseError):
    """An option argument on the command line could not be converted."""


class BadOptionError(OptParseError):
    """The command line names an option the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: " + self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option matches more than one option."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        listed = ", ".join(self.possibilities)
        return "ambiguous option: %s (%s?)" % (self.opt_str, listed)


# ------------------------------------------------------------ help formatters

def _terminal_columns():
    # $COLUMNS when it holds a number, 80 otherwise
    setting = os.environ.get("COLUMNS")
    if setting is not None:
        try:
            return int(setting)
        except ValueError:
            pass
    return 80


class HelpFormatter:
    """Base of the help layouts; subclasses supply format_usage and
    format_heading."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        if width is None:
            width = _terminal_columns() - 2
        self.width = width
        narrowest = max(width - 20, 2 * indent_increment)
        self.max_help_position = min(max_help_position, narrowest)
        self.help_position = self.max_help_position
        self.current_indent = 0
        self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_join = " "
        self._long_join = "="

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError(
                "invalid metavar delimiter for short options: %r" % delim)
        self._short_join = delim

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError(
                "invalid metavar delimiter for long options: %r" % delim)
        self._long_join = delim

    def indent(self):
        self.level += 1
        self.current_indent += self.indent_increment

    def dedent(self):
        self.current_indent -= self.indent_increment
        assert self.current_indent >= 0, "Indent decreased below 0."
        self.level -= 1

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _fill_block(self, text):
        # Wrap a paragraph to the room left at the current indentation.
        margin = " " * self.current_indent
        room = max(11, self.width - self.current_indent)
        return textwrap.fill(text, room, initial_indent=margin,
                             subsequent_indent=margin)

    def format_description(self, description):
        if not description:
            return ""
        return self._fill_block(description) + "\n"

    def format_epilog(self, epilog):
        if not epilog:
            return ""
        return "\n" + self._fill_block(epilog) + "\n"

    def expand_default(self, option):
        text = option.help
        if not self.default_tag or self.parser is None:
            return text
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return text.replace(self.default_tag, str(shown))

    def format_option(self, option):
        label = self.option_strings[option]
        lead = self.current_indent
        column = self.help_position
        fits = len(label) <= column - lead - 2
        if fits:
            # label, then padding up to the help column
            head = " " * lead + label + " " * (column - lead - len(label))
        else:
            head = " " * lead + label + "\n"
        pieces = [head]
        if option.help:
            lines = textwrap.wrap(self.expand_default(option), self.help_width)
            first_pad = 0 if fits else column
            pieces.append(" " * first_pad + lines[0] + "\n")
            for more in lines[1:]:
                pieces.append(" " * column + more + "\n")
        elif fits:
            pieces.append("\n")
        return "".join(pieces)

    def store_option_strings(self, parser):
        # Options of the parser sit one indent step in, options of its
        # groups two steps; the help column follows the widest label.
        step = self.indent_increment
        outer = self.current_indent + step
        placed = [(outer, opt) for opt in parser.option_list]
        placed += [(outer + step, opt)
                   for grp in parser.option_groups for opt in grp.option_list]
        widest = 0
        for depth, option in placed:
            label = self.format_option_strings(option)
            self.option_strings[option] = label
            widest = max(widest, depth + len(label))
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts = list(option._shorts)
        longs = list(option._longs)
        if option.takes_value():
            shown = option.metavar or option.dest.upper()
            shorts = [s + self._short_join + shown for s in shorts]
            longs = [s + self._long_join + shown for s in longs]
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Help with indented section contents and "Heading:" titles."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None,
                 short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return "Usage: %s\n" % usage

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Help with underlined section titles, long options first."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None,
                 short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position,
                               width, short_first)

    def format_usage(self, usage):
        return self.format_heading("Usage") + "  " + usage + "\n"

    def format_heading(self, heading):
        rule = "=-"[self.level] * len(heading)
        return heading + "\n" + rule + "\n"


# ------------------------------------------------------- value conversions

def _int_from_text(text):
    # 0x.. hexadecimal, 0b.. binary, a leading 0 octal, decimal otherwise.
    prefix = text[:2].lower()
    if prefix == "0x":
        return int(text, 16)
    if prefix == "0b":
        return int(text[2:] or "0", 2)
    if text[:1] == "0":
        return int(text, 8)
    return int(text, 10)


_BUILTIN_KINDS = {
    "int": (_int_from_text, "integer"),
    "long": (_int_from_text, "integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option, opt, value):
    convert, noun = _BUILTIN_KINDS[option.type]
    try:
        return convert(value)
    except ValueError:
        raise OptionValueError(
            "option %s: invalid %s value: %r" % (opt, noun, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ", ".join([repr(c) for c in option.choices])
        raise OptionValueError("option %s: invalid choice: %r (choose from %s)"
                               % (opt, value, allowed))
    return value


# ------------------------------------------------------------------ Option

def _check_action(option):
    if option.action is None:
        option.action = "store"
    elif option.action not in option.ACTIONS:
        raise OptionError("invalid action: %r" % option.action, option)


def _check_type(option):
    kind = option.type
    if kind is None:
        if option.action in option.ALWAYS_TYPED_ACTIONS:
            option.type = "string" if option.choices is None else "choice"
        return
    if isinstance(kind, type):
        kind = kind.__name__
    if kind == "str":
        kind = "string"
    option.type = kind
    if kind not in option.TYPES:
        raise OptionError("invalid option type: %r" % kind, option)
    if option.action not in option.TYPED_ACTIONS:
        raise OptionError(
            "must not supply a type for action %r" % option.action, option)


def _check_choices(option):
    given = option.choices
    if option.type != "choice":
        if given is not None:
            raise OptionError(
                "must not supply choices for type %r" % option.type, option)
        return
    if given is None:
        raise OptionError(
            "must supply a list of choices for type 'choice'", option)
    if not isinstance(given, (list, tuple)):
        cls = type(given)
        if cls.__module__ == "builtins":
            shown = cls.__qualname__
        else:
            shown = cls.__module__ + "." + cls.__qualname__
        raise OptionError(
            "choices must be a list of strings ('%s' supplied)" % shown,
            option)


def _check_dest(option):
    if option.dest is not None:
        return
    if option.action in option.STORE_ACTIONS or option.type is not None:
        if option._longs:
            option.dest = option._longs[0][2:].replace("-", "_")
        else:
            option.dest = option._shorts[0][1]


def _check_const(option):
    if option.const is not None and option.action not in option.CONST_ACTIONS:
        raise OptionError(
            "'const' must not be supplied for action %r" % option.action,
            option)


def _check_nargs(option):
    if option.action in option.TYPED_ACTIONS:
        if option.nargs is None:
            option.nargs = 1
    elif option.nargs is not None:
        raise OptionError(
            "'nargs' must not be supplied for action %r" % option.action,
            option)


def _check_callback(option):
    fn = option.callback
    extra = option.callback_args
    named = option.callback_kwargs
    if option.action != "callback":
        if fn is not None:
            raise OptionError(
                "callback supplied (%r) for non-callback option" % fn, option)
        if extra is not None:
            raise OptionError(
                "callback_args supplied for non-callback option", option)
        if named is not None:
            raise OptionError(
                "callback_kwargs supplied for non-callback option", option)
        return
    if not callable(fn):
        raise OptionError("callback not callable: %r" % fn, option)
    if extra is not None and not isinstance(extra, tuple):
        raise OptionError(
            "callback_args, if supplied, must be a tuple: not %r" % extra,
            option)
    if named is not None and not isinstance(named, dict):
        raise OptionError(
            "callback_kwargs, if supplied, must be a dict: not %r" % named,
            option)


class Option:
    """One command-line option: its strings (-f, --file) and attributes."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices',
             'callback', 'callback_args', 'callback_kwargs', 'help', 'metavar']

    ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
               "append_const", "count", "callback", "help", "version")
    # actions that write something into the Values object
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false",
                     "append", "append_const", "count")
    # actions that may take typed arguments, and those that always do
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")

    TYPES = ("string", "int", "long", "float", "complex", "choice")

    TYPE_CHECKER = {"int": check_builtin,
                    "long": check_builtin,
                    "float": check_builtin,
                    "complex": check_builtin,
                    "choice": check_choice}

    CHECK_METHODS = [_check_action, _check_type, _check_choices, _check_dest,
                     _check_const, _check_nargs, _check_callback]

    def __init__(self, *opts, **attrs):
        self._shorts = []
        self._longs = []
        given = [text for text in opts if text]
        if not given:
            raise TypeError("at least one option string must be supplied")
        for text in given:
            self._add_opt_string(text)
        for name in self.ATTRS:
            if name in attrs:
                setattr(self, name, attrs.pop(name))
            elif name == "default":
                self.default = NO_DEFAULT
            else:
                setattr(self, name, None)
        if attrs:
            names = ", ".join(sorted(attrs))
            raise OptionError("invalid keyword arguments: %s" % names, self)
        for check in self.CHECK_METHODS:
            check(self)

    def _add_opt_string(self, text):
        if len(text) < 2:
            raise OptionError("invalid option string %r: "
                              "must be at least two characters long"
                              % text, self)
        if len(text) == 2:
            if text[0] != "-" or text[1] == "-":
                raise OptionError("invalid short option string %r: "
                                  "must be of the form -x, (x any non-dash char)"
                                  % text, self)
            self._shorts.append(text)
        else:
            if text[:2] != "--" or text[2] == "-":
                raise OptionError("invalid long option string %r: "
                                  "must start with --, followed by non-dash"
                                  % text, self)
            self._longs.append(text)

    def __str__(self):
        return "/".join(self._shorts + self._longs)

    __repr__ = _at_repr

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return (self._longs or self._shorts)[0]

    def check_value(self, opt, value):
        convert = self.TYPE_CHECKER.get(self.type)
        return value if convert is None else convert(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple([self.check_value(opt, item) for item in value])
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted,
                                values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        perform = _PERFORMERS.get(action)
        if perform is None:
            raise ValueError("unknown action %r" % self.action)
        perform(self, dest, opt, value, values, parser)
        return 1


# What each standard action does once its value is converted.

def _perform_store(option, dest, opt, value, values, parser):
    setattr(values, dest, value)


def _perform_store_const(option, dest, opt, value, values, parser):
    setattr(values, dest, option.const)


def _perform_store_true(option, dest, opt, value, values, parser):
    setattr(values, dest, True)


def _perform_store_false(option, dest, opt, value, values, parser):
    setattr(values, dest, False)


def _perform_append(option, dest, opt, value, values, parser):
    values.ensure_value(dest, []).append(value)


def _perform_append_const(option, dest, opt, value, values, parser):
    values.ensure_value(dest, []).append(option.const)


def _perform_count(option, dest, opt, value, values, parser):
    seen = values.ensure_value(dest, 0)
    setattr(values, dest, seen + 1)


def _perform_callback(option, dest, opt, value, values, parser):
    positional = option.callback_args or ()
    keywords = option.callback_kwargs or {}
    option.callback(option, opt, value, parser, *positional, **keywords)


def _perform_help(option, dest, opt, value, values, parser):
    parser.print_help()
    parser.exit()


def _perform_version(option, dest, opt, value, values, parser):
    parser.print_version()
    parser.exit()


_PERFORMERS = {
    "store": _perform_store,
    "store_const": _perform_store_const,
    "store_true": _perform_store_true,
    "store_false": _perform_store_false,
    "append": _perform_append,
    "append_const": _perform_append_const,
    "count": _perform_count,
    "callback": _perform_callback,
    "help": _perform_help,
    "version": _perform_version,
}


make_option = Option


# ------------------------------------------------------------------ Values

class Values:
    """The attributes the parser fills in: one per option destination."""

    def __init__(self, defaults=None):
        if defaults:
            for name, value in defaults.items():
                setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    __repr__ = _at_repr

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def _update(self, dict, mode):
        source = dict
        if mode == "loose":
            self.__dict__.update(source)
        elif mode == "careful":
            # only names this object already has, and never None values
            for name in dir(self):
                if name in source and source[name] is not None:
                    setattr(self, name, source[name])
        else:
            raise ValueError("invalid update mode: %r" % (mode,))

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        with open(filename) as handle:
            code = handle.read()
        namespace = {}
        exec(code, namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = getattr(self, attr)
        return current


# -------------------------------------------------------- option containers

def _checked_handler(handler):
    if handler != "error" and handler != "resolve":
        raise ValueError("invalid conflict_resolution value %r" % handler)
    return handler


class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options, the
    lookup tables from option strings, the defaults and the description."""

    def __init__(self, option_class, conflict_handler, description):
        self._setup_tables()
        self.option_class = option_class
        self.conflict_handler = _checked_handler(conflict_handler)
        self.description = description

    def _fresh_tables(self):
        self._by_short = {}
        self._by_long = {}
        self.defaults = {}

    def _borrow_tables(self, parser):
        self._by_short = parser._by_short
        self._by_long = parser._by_long
        self.defaults = parser.defaults

    def set_conflict_handler(self, handler):
        self.conflict_handler = _checked_handler(handler)

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._by_short
        del self._by_long
        del self.defaults

    def _settle_conflicts(self, option):
        clashes = []
        for text in option._shorts:
            if text in self._by_short:
                clashes.append((text, self._by_short[text]))
        for text in option._longs:
            if text in self._by_long:
                clashes.append((text, self._by_long[text]))
        if not clashes:
            return
        if self.conflict_handler == "error":
            names = ", ".join([text for text, _old in clashes])
            raise OptionConflictError(
                "conflicting option string(s): %s" % names, option)
        # "resolve": the older option gives up the strings in dispute and
        # disappears when it has none left.
        for text, old in clashes:
            if text[:2] == "--":
                old._longs.remove(text)
                del self._by_long[text]
            else:
                old._shorts.remove(text)
                del self._by_short[text]
            if not old._shorts and not old._longs:
                old.container.option_list.remove(old)

    def add_option(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError("not an Option instance: %r" % first)
        self._settle_conflicts(option)
        option.container = self
        self.option_list += [option]
        for text in option._shorts:
            self._by_short[text] = option
        for text in option._longs:
            self._by_long[text] = option
        dest = option.dest
        if dest is None:
            return option
        if option.default is NO_DEFAULT:
            self.defaults.setdefault(dest, None)
        else:
            self.defaults[dest] = option.default
        return option

    def add_options(self, option_list):
        for each in option_list:
            self.add_option(each)

    def get_option(self, opt_str):
        found = self._by_short.get(opt_str)
        if found is None:
            found = self._by_long.get(opt_str)
        return found

    def has_option(self, opt_str):
        return opt_str in self._by_short or opt_str in self._by_long

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % opt_str)
        for text in option._shorts:
            del self._by_short[text]
        for text in option._longs:
            del self._by_long[text]
        owner = option.container
        owner.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [formatter.format_option(option) for option in self.option_list
                 if option.help is not SUPPRESS_HELP]
        return "".join(shown)

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options (shares the parser's tables)."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class,
                                 parser.conflict_handler, description)
        self.title = title

    def _setup_tables(self):
        self.option_list = []
        self._borrow_tables(self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            body = OptionContainer.format_help(self, formatter)
        finally:
            formatter.dedent()
        return heading + body


# ------------------------------------------------------------------ parser

class OptionParser(OptionContainer):
    """Parses a command line against its options (see parse_args)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option,
                 version=None, conflict_handler="error", description=None,
                 formatter=None, add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler,
                                 description)
        self.set_usage(usage)
        self.prog = prog
        self.version = version
        self.enable_interspersed_args()
        self.set_process_default_values(True)
        if formatter is None:
            self.formatter = IndentedHelpFormatter()
        else:
            self.formatter = formatter
        self.formatter.set_parser(self)
        self.epilog = epilog

        for each in list(self.standard_option_list) + list(option_list or ()):
            self.add_option(each)
        if self.version:
            self.add_option("--version", action="version",
                            help="show program's version number and exit")
        if add_help_option:
            self.add_option("-h", "--help", action="help",
                            help="show this help message and exit")

        self.rargs = None
        self.largs = None
        self.values = None

    def _setup_tables(self):
        self.option_list = []
        self.option_groups = []
        self._fresh_tables()

    def destroy(self):
        super().destroy()
        for grp in self.option_groups:
            grp.destroy()
        del self.option_list
        del self.option_groups
        del self.formatter

    # -- configuration

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            usage = None
        elif usage is None:
            usage = "%prog [options]"
        elif usage[:7].lower() == "usage: ":
            # the formatter adds its own "Usage:" label
            usage = usage[7:]
        self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _every_option(self):
        found = list(self.option_list)
        for grp in self.option_groups:
            found.extend(grp.option_list)
        return found

    def get_default_values(self):
        merged = self.defaults.copy()
        if self.process_default_values:
            # string defaults go through the option's type conversion
            for option in self._every_option():
                current = merged.get(option.dest)
                if isinstance(current, str):
                    merged[option.dest] = option.check_value(
                        option.get_opt_string(), current)
        return Values(merged)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif kwargs or len(args) != 1:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % first)
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups += [group]
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is not None and option.container is not self:
            return option.container
        return None

    # -- parsing

    def parse_args(self, args=None, values=None):
        """Parse args (default sys.argv[1:]) and return (values, leftovers)."""
        pending = sys.argv[1:] if args is None else args[:]
        values = self.get_default_values() if values is None else values
        kept = []
        self.rargs = pending
        self.largs = kept
        self.values = values
        try:
            self._scan(kept, pending, values)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(values, kept + pending)

    def check_values(self, values, args):
        return (values, args)

    def _scan(self, kept, pending, values):
        while pending:
            word = pending[0]
            if word == "--":
                del pending[0]
                break
            if word[:2] == "--":
                self._take_long(pending, values)
            elif word[:1] == "-" and word != "-":
                self._take_shorts(pending, values)
            elif not self.allow_interspersed_args:
                break
            else:
                kept.append(pending.pop(0))

    def _lookup_long(self, text):
        table = self._by_long
        if text in table:
            return text
        candidates = sorted([name for name in table if name.startswith(text)])
        if len(candidates) == 1:
            return candidates[0]
        if candidates:
            raise AmbiguousOptionError(text, candidates)
        raise BadOptionError(text)

    def _pull_arguments(self, option, opt, pending):
        count = option.nargs
        if len(pending) < count:
            noun = "argument" if count == 1 else "arguments"
            self.error("%s option requires %d %s" % (opt, count, noun))
        if count == 1:
            return pending.pop(0)
        taken = tuple(pending[:count])
        del pending[:count]
        return taken

    def _take_long(self, pending, values):
        word = pending.pop(0)
        name, equals, attached = word.partition("=")
        if equals:
            pending.insert(0, attached)
        name = self._lookup_long(name)
        option = self._by_long[name]
        if option.takes_value():
            value = self._pull_arguments(option, name, pending)
        elif equals:
            self.error("%s option does not take a value" % name)
        else:
            value = None
        option.process(name, value, values, self)

    def _take_shorts(self, pending, values):
        word = pending.pop(0)
        for index in range(1, len(word)):
            flag = "-" + word[index]
            option = self._by_short.get(flag)
            if option is None:
                raise BadOptionError(flag)
            if not option.takes_value():
                option.process(flag, None, values, self)
                continue
            rest = word[index + 1:]
            if rest:
                pending.insert(0, rest)
            value = self._pull_arguments(option, flag, pending)
            option.process(flag, value, values, self)
            return

    # -- reporting

    def get_prog_name(self):
        if self.prog is not None:
            return self.prog
        return os.path.basename(sys.argv[0])

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and msg to stderr and exit with status 2."""
        report = "%s: error: %s\n" % (self.get_prog_name(), msg)
        self.print_usage(file=sys.stderr)
        self.exit(2, report)

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            text = self.get_usage()
            print(text, file=file)

    def get_version(self):
        if not self.version:
            return ""
        return self.expand_prog_name(self.version)

    def print_version(self, file=None):
        if self.version:
            text = self.get_version()
            print(text, file=file)

    def format_option_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        fmt.store_option_strings(self)
        heading = fmt.format_heading("Options")
        sections = []
        fmt.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, fmt))
        sections += [grp.format_help(fmt) for grp in self.option_groups]
        fmt.dedent()
        if not sections:
            return ""
        return heading + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        fmt = self.formatter if formatter is None else formatter
        text = ""
        if self.usage:
            text += self.get_usage() + "\n"
        if self.description:
            text += self.format_description(fmt) + "\n"
        return text + self.format_option_help(fmt) + self.format_epilog(fmt)

    def print_help(self, file=None):
        out = sys.stdout if file is None else file
        out.write(self.format_help())
