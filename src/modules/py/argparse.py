"""Command-line option and argument parsing.

refpy's own `argparse`, written from the documentation of CPython 3.11 and checked
against its output: `ArgumentParser` with positional and optional arguments, every
built-in action, `nargs`, types, choices, argument groups, mutually exclusive groups,
sub-commands, parents, argument files, and help/usage text laid out and wrapped as
CPython 3.11 does (the width is `$COLUMNS`, else 80, less 2).

How the parser works: every command-line string is first classified as an option
('O'), an argument ('A') or the '--' marker ('-'). The classification string is then
matched against regular expressions made from each action's `nargs`; the greedy
regular-expression semantics decide how many strings each action takes.
"""

import os as _os
import re as _re
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
    'SUPPRESS', 'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# A sub-parser hands the strings it could not use to its parent under this attribute
# of the namespace; the parent takes it away again.
_LEFTOVER_KEY = '_unrecognized_args'

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _n_form(count, singular, plural):
    """Pick the singular text only for exactly one (no translations here)."""
    if count == 1:
        return singular
    return plural


def _fresh_list(current):
    """The list an append-like action grows: a copy, never the default itself."""
    if current is None:
        return []
    if type(current) is list:
        return current[:]
    import copy
    return copy.copy(current)


def _screen_columns():
    """$COLUMNS when it holds a positive number, else the terminal's width, else 80."""
    raw = _os.environ.get('COLUMNS', '')
    try:
        cols = int(raw)
    except ValueError:
        cols = 0
    if cols <= 0:
        try:
            cols = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
        except (AttributeError, ValueError, OSError):
            cols = 0
    return cols if cols > 0 else 80


class _AttributeHolder(object):
    """`ClassName(positional, name=value, **{'odd-name': value})` reprs."""

    def __repr__(self):
        pieces = list(map(repr, self._get_args()))
        odd = {}
        for key, val in self._get_kwargs():
            if key.isidentifier():
                pieces.append(key + '=' + repr(val))
            else:
                odd[key] = val
        if odd:
            pieces.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(pieces) + ')'

    def _get_args(self):
        return ()

    def _get_kwargs(self):
        return list(self.__dict__.items())


# ---------------------------------------------------------------------------
# Help layout
# ---------------------------------------------------------------------------

_WHITESPACE = _re.compile(r'\s+', _re.ASCII)
_TRIPLE_NEWLINES = _re.compile(r'\n\n\n+')
# A piece of a usage line that wrapping must keep whole.
_USAGE_PIECE = _re.compile(r'[(][^\n]*?[)]+(?=\s|$)|\[[^\n]*?\]+(?=\s|$)|\S+')


class _HelpBlock(object):
    """A section of the help under construction: a heading and what was added."""

    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []


def _wrap_usage(pieces, limit, lead_width, pad):
    """Greedy line filling of usage pieces. The first line has `lead_width`
    characters before it; the others start with `pad`."""
    rows = []
    current = []
    used = lead_width - 1
    for piece in pieces:
        if current and used + 1 + len(piece) > limit:
            rows.append(current)
            current = []
            used = len(pad) - 1
        current.append(piece)
        used += 1 + len(piece)
    if current:
        rows.append(current)
    return [' '.join(row) for row in rows]


class HelpFormatter(object):
    """Lays out usage and help text.

    The help is recorded as a tree of blocks (one per section) and rendered when
    `format_help` is called, because the column of the help texts depends on the
    widest invocation of all the arguments added.
    """

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _screen_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._tree = _HelpBlock(None, None)
        self._open_block = self._tree

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'
        self._level -= 1

    # -- recording ----------------------------------------------------------

    def start_section(self, heading):
        self._indent()
        block = _HelpBlock(self._open_block, heading)
        self._open_block.entries.append(('block', block))
        self._open_block = block

    def end_section(self):
        self._open_block = self._open_block.parent
        self._dedent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._open_block.entries.append(('text', text))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        self._open_block.entries.append(('usage', (usage, actions, groups, prefix)))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._iter_indented_subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length,
                                      widest + self._current_indent)
        self._open_block.entries.append(('action', action))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    # -- rendering ----------------------------------------------------------

    def format_help(self):
        text = self._render_block(self._tree, False)
        if not text:
            return text
        text = _TRIPLE_NEWLINES.sub('\n\n', text)
        return text.strip('\n') + '\n'

    def _render_block(self, block, nested):
        if nested:
            self._indent()
        rendered = []
        for kind, payload in block.entries:
            if kind == 'block':
                rendered.append(self._render_block(payload, True))
            elif kind == 'text':
                rendered.append(self._format_text(payload))
            elif kind == 'usage':
                rendered.append(self._format_usage(*payload))
            else:
                rendered.append(self._format_action(payload))
        body = self._join_parts(rendered)
        if nested:
            self._dedent()
        if not body:
            return ''
        heading = ''
        if block.heading is not None and block.heading is not SUPPRESS:
            heading = '%s%s:\n' % (' ' * self._current_indent, block.heading)
        return self._join_parts(['\n', heading, body, '\n'])

    def _join_parts(self, part_strings):
        return ''.join([p for p in part_strings if p and p is not SUPPRESS])

    # -- usage --------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            line = usage % {'prog': self._prog}
        elif actions:
            line = self._usage_from_actions(actions, groups, prefix)
        else:
            line = '%s' % (self._prog,)
        return '%s%s\n\n' % (prefix, line)

    def _usage_from_actions(self, actions, groups, prefix):
        prog = '%s' % (self._prog,)
        options = [a for a in actions if a.option_strings]
        plain = [a for a in actions if not a.option_strings]
        everything = self._format_actions_usage(options + plain, groups)
        one_line = ' '.join([s for s in (prog, everything) if s])
        limit = self._width - self._current_indent
        if len(prefix) + len(one_line) <= limit:
            return one_line

        # Too long: wrap, keeping bracketed groups whole.
        opt_text = self._format_actions_usage(options, groups)
        pos_text = self._format_actions_usage(plain, groups)
        opt_pieces = _USAGE_PIECE.findall(opt_text)
        pos_pieces = _USAGE_PIECE.findall(pos_text)
        assert ' '.join(opt_pieces) == opt_text
        assert ' '.join(pos_pieces) == pos_text

        if len(prefix) + len(prog) <= 0.75 * limit:
            # The arguments go beside the program name, aligned after it.
            pad = ' ' * (len(prefix) + len(prog) + 1)
            head = _wrap_usage([prog] + (opt_pieces or pos_pieces), limit,
                               len(prefix), pad)
            rows = head[:1] + [pad + r for r in head[1:]]
            if opt_pieces:
                rows += [pad + r for r in _wrap_usage(pos_pieces, limit, len(pad), pad)]
        else:
            # A long program name stands alone; the arguments go below it.
            pad = ' ' * len(prefix)
            rows = _wrap_usage(opt_pieces + pos_pieces, limit, len(pad), pad)
            if len(rows) > 1:
                rows = (_wrap_usage(opt_pieces, limit, len(pad), pad)
                        + _wrap_usage(pos_pieces, limit, len(pad), pad))
            rows = [prog] + [pad + r for r in rows]
        return '\n'.join(rows)

    def _format_actions_usage(self, actions, groups):
        # Marks to put before the action at an index: brackets of mutually
        # exclusive groups, and '|' between their members.
        marks = {}
        in_groups = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            past = first + len(members)
            if actions[first:past] != members:
                continue
            in_groups.update(members)
            visible = len([m for m in members if m.help is not SUPPRESS])
            if group.required:
                pair = '()' if visible > 1 else None
            else:
                pair = '[]'
            if pair:
                marks[first] = marks[first] + ' ' + pair[0] if first in marks else pair[0]
                marks[past] = marks.get(past, '') + pair[1]
            for k in range(first + 1, past):
                marks[k] = '|'

        words = []
        for k, action in enumerate(actions):
            if action.help is SUPPRESS:
                words.append(None)
                for j in (k, k + 1):
                    if marks.get(j) == '|':
                        del marks[j]
                        break
                continue
            if action.option_strings:
                if action.nargs == 0:
                    word = action.format_usage()
                else:
                    word = action.option_strings[0] + ' ' + self._format_args(
                        action, self._get_default_metavar_for_optional(action))
                if not action.required and action not in in_groups:
                    word = '[' + word + ']'
            else:
                word = self._format_args(
                    action, self._get_default_metavar_for_positional(action))
                if action in in_groups and word[:1] == '[' and word[-1:] == ']':
                    word = word[1:-1]
            words.append(word)

        for k in sorted(marks, reverse=True):
            words.insert(k, marks[k])
        text = ' '.join([w for w in words if w is not None])
        # No spaces just inside brackets, and no empty bracket pairs.
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and arguments -------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(self._width - self._current_indent, 11)
        return self._fill_text(text, room, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        column = min(self._action_max_length + 2, self._max_help_position)
        room = max(self._width - column, 11)
        name_room = column - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        out = []
        help_indent = 0
        if not action.help:
            out.append(margin + invocation + '\n')
        elif len(invocation) <= name_room:
            out.append(margin + invocation.ljust(name_room) + '  ')
        else:
            out.append(margin + invocation + '\n')
            help_indent = column
        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, room)
                out.append(' ' * help_indent + lines[0] + '\n')
                for line in lines[1:]:
                    out.append(' ' * column + line + '\n')
        elif not out[0].endswith('\n'):
            out.append('\n')
        for sub in self._iter_indented_subactions(action):
            out.append(self._format_action(sub))
        return self._join_parts(out)

    def _format_action_invocation(self, action):
        if action.option_strings:
            if action.nargs == 0:
                return ', '.join(action.option_strings)
            args = self._format_args(action,
                                     self._get_default_metavar_for_optional(action))
            return ', '.join([opt + ' ' + args for opt in action.option_strings])
        shown = self._metavar_formatter(
            action, self._get_default_metavar_for_positional(action))(1)
        (name,) = shown
        return name

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            label = action.metavar
        elif action.choices is not None:
            label = '{' + ','.join([str(c) for c in action.choices]) + '}'
        else:
            label = default_metavar

        def names(count):
            if isinstance(label, tuple):
                return label
            return (label,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            return ('[%s [%s ...]]' if len(pair) == 2 else '[%s ...]') % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            template = ' '.join(['%s' for _ in range(nargs)])
        except TypeError:
            raise ValueError("invalid nargs value") from None
        return template % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action))
        values['prog'] = self._prog
        for key in list(values):
            val = values[key]
            if val is SUPPRESS:
                del values[key]
            elif hasattr(val, '__name__'):
                values[key] = val.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(c) for c in values['choices']])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        lister = getattr(action, '_get_subactions', None)
        if lister is None:
            return
        self._indent()
        yield from lister()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_WHITESPACE.sub(' ', text).strip(), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        flat = _WHITESPACE.sub(' ', text).strip()
        return textwrap.fill(flat, width, initial_indent=indent,
                             subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Leaves the description and epilog as written, only indenting them."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + row for row in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Leaves every help text as written, line breaks included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to the help of arguments with a default."""

    def _get_help_string(self, action):
        text = '' if action.help is None else action.help
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument after its type's name instead of its dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------

def _get_action_name(argument):
    """The name error messages give an argument, or None."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for candidate in (argument.metavar, argument.dest):
        if candidate is not None and candidate is not SUPPRESS:
            return candidate
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument; str() starts with the argument's name."""

    def __init__(self, argument, message):
        self.argument_name = _get_action_name(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """A type function raises this to reject a string with its own message."""


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type',
                  'choices', 'required', 'help', 'metavar')


class Action(_AttributeHolder):
    """What happens when an argument is met: `add_argument`'s keyword arguments
    become attributes, and calling the action records the values."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None,
                 type=None, choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class _Recorder(Action):
    """Base of the built-in actions: calling one stores `_new_value(...)`."""

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self._new_value(namespace, values))


def _needs_values(nargs, const, what):
    if nargs == 0:
        raise ValueError(what)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class BooleanOptionalAction(Action):
    """--name stores True; the added --no-name stores False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        Action.__init__(self, both, dest, nargs=0, default=default, type=type,
                        choices=choices, required=required, help=help,
                        metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


class _StoreAction(_Recorder):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _needs_values(nargs, const,
                      'nargs for store actions must be != 0; if you have nothing'
                      ' to store, actions such as store true or store const may'
                      ' be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def _new_value(self, namespace, values):
        return values


class _StoreConstAction(_Recorder):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help)

    def _new_value(self, namespace, values):
        return self.const


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, True, default,
                                   required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        _StoreConstAction.__init__(self, option_strings, dest, False, default,
                                   required, help)


class _AppendAction(_Recorder):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _needs_values(nargs, const,
                      'nargs for append actions must be != 0; if arg strings are'
                      ' not supplying the value to append, the append const'
                      ' action may be more appropriate')
        Action.__init__(self, option_strings, dest, nargs, const, default, type,
                        choices, required, help, metavar)

    def _new_value(self, namespace, values):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(values)
        return grown


class _AppendConstAction(_Recorder):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        Action.__init__(self, option_strings, dest, nargs=0, const=const,
                        default=default, required=required, help=help,
                        metavar=metavar)

    def _new_value(self, namespace, values):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.append(self.const)
        return grown


class _CountAction(_Recorder):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        required=required, help=help)

    def _new_value(self, namespace, values):
        so_far = getattr(namespace, self.dest, None)
        return 1 if so_far is None else so_far + 1


class _ExtendAction(_AppendAction):

    def _new_value(self, namespace, values):
        grown = _fresh_list(getattr(namespace, self.dest, None))
        grown.extend(values)
        return grown


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        Action.__init__(self, option_strings, dest, nargs=0, default=default,
                        help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that names a sub-command. Its choices map each name and
    alias to a sub-parser, which then parses the rest of the command line."""

    class _ChoicesPseudoAction(Action):
        # The help line of one sub-command.

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label = '%s (%s)' % (name, ', '.join(aliases))
            Action.__init__(self, [], name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings, dest, nargs=PARSER,
                        choices=self._name_parser_map, required=required,
                        help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        table = self._name_parser_map
        if name in table:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = [a for a in aliases if a in table]
        if clash:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash[0])
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        child = self._parser_class(**kwargs)
        table[name] = child
        for alias in aliases:
            table[alias] = child
        return child

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen = values[0]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        child = self._name_parser_map.get(chosen)
        if child is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (chosen, ', '.join(self._name_parser_map)))
        # What the sub-parser sets (its defaults too) overrides the parent's.
        child_ns, rest = child.parse_known_args(values[1:], None)
        for key, val in vars(child_ns).items():
            setattr(namespace, key, val)
        if rest:
            vars(namespace).setdefault(_LEFTOVER_KEY, []).extend(rest)


# ---------------------------------------------------------------------------
# Types
# ---------------------------------------------------------------------------

class FileType(object):
    """A `type=` that opens the named file; '-' means stdin or stdout."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif set(mode) & set('wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, val in (('encoding', self._encoding), ('errors', self._errors)):
            if val is not None:
                shown.append('%s=%r' % (key, val))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_AttributeHolder):
    """Holds the parsed values as attributes; compares equal to a Namespace with
    the same attributes; `'name' in ns` tells whether one is set."""

    def __init__(self, **kwargs):
        for key, val in kwargs.items():
            setattr(self, key, val)

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return vars(self) == vars(other)
        return NotImplemented

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------
# Containers of actions: parsers and groups
# ---------------------------------------------------------------------------

_BUILTIN_ACTIONS = (
    (None, _StoreAction), ('store', _StoreAction), ('store_const', _StoreConstAction),
    ('store_true', _StoreTrueAction), ('store_false', _StoreFalseAction),
    ('append', _AppendAction), ('append_const', _AppendConstAction),
    ('count', _CountAction), ('help', _HelpAction), ('version', _VersionAction),
    ('parsers', _SubParsersAction), ('extend', _ExtendAction),
)


class _ActionsContainer(object):
    """What parsers and groups have in common: registries, defaults, and adding
    actions with their conflict checks."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registries = {}
        for key, cls in _BUILTIN_ACTIONS:
            self.register('action', key, cls)
        self._conflict_resolver()      # an unknown handler name fails right away
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # Non-empty once some option looks like a negative number (a list, so
        # that groups share it with their parser).
        self._has_negative_number_optionals = []

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry, key, fallback=None):
        return self._registries[registry].get(key, fallback)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if positional:
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            if args:
                settings = self._positional_settings(args[0], kwargs)
            elif 'dest' in kwargs:
                kwargs = dict(kwargs)
                settings = self._positional_settings(kwargs.pop('dest'), kwargs)
            else:
                raise TypeError("_ActionsContainer._get_positional_kwargs() missing 1 "
                                "required positional argument: 'dest'")
        else:
            settings = self._option_settings(args, kwargs)

        if 'default' not in settings:
            if settings['dest'] in self._defaults:
                settings['default'] = self._defaults[settings['dest']]
            elif self.argument_default is not None:
                settings['default'] = self.argument_default

        factory = self._action_class(settings)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        action = factory(**settings)

        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must '
                             'be passed' % (converter,))
        if hasattr(self, '_get_formatter'):
            # Laying out the arguments now finds a metavar tuple of the wrong size.
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if _NEGATIVE_NUMBER.match(opt) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Take over the actions and groups of a parent parser."""
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (group.title,))
            by_title[group.title] = group
        destination = {}
        for group in container._action_groups:
            target = by_title.get(group.title)
            if target is None:
                target = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
                by_title[group.title] = target
            for action in group._group_actions:
                destination[action] = target
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                destination[action] = twin
        for action in container._actions:
            destination.get(action, self)._add_action(action)

    def _positional_settings(self, dest, kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        settings = dict(kwargs)
        nargs = settings.get('nargs')
        may_be_empty = nargs == OPTIONAL or (nargs == ZERO_OR_MORE and 'default' in settings)
        if not may_be_empty:
            settings['required'] = True
        settings['dest'] = dest
        settings['option_strings'] = []
        return settings

    def _option_settings(self, args, kwargs):
        chars = self.prefix_chars
        for opt in args:
            if opt[0] not in chars:
                raise ValueError('invalid option string %r: must start with a '
                                 'character %r' % (opt, chars))
        settings = dict(kwargs)
        dest = settings.pop('dest', None)
        if dest is None:
            longs = [opt for opt in args if len(opt) > 1 and opt[1] in chars]
            dest = (longs or args)[0].lstrip(chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (args[-1],))
            dest = dest.replace('-', '_')
        settings['dest'] = dest
        settings['option_strings'] = list(args)
        return settings

    def _action_class(self, settings, fallback=None):
        name = settings.pop('action', fallback)
        return self._lookup('action', name, name)

    # Two actions claiming the same option string.

    def _conflict_resolver(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r'
                             % (self.conflict_handler,))
        return handler

    def _check_conflict(self, action):
        taken = self._option_string_actions
        clashes = [(opt, taken[opt]) for opt in action.option_strings if opt in taken]
        if clashes:
            self._conflict_resolver()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        text = _n_form(len(conflicting_actions), 'conflicting option string: %s',
                       'conflicting option strings: %s')
        raise ArgumentError(action, text % ', '.join([o for o, _ in conflicting_actions]))

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # The older action loses the clashing strings, and goes once it has none.
        for opt, older in conflicting_actions:
            older.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not older.option_strings:
                older.container._remove_action(older)


class _ArgumentGroup(_ActionsContainer):
    """A titled part of the help. Its arguments belong to its parser as well."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        _ActionsContainer.__init__(self, description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # The tables are the container's own objects: adding here adds there.
        for shared in ('_registries', '_actions', '_option_string_actions',
                       '_defaults', '_has_negative_number_optionals',
                       '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def _add_action(self, action):
        _ActionsContainer._add_action(self, action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """Arguments of which at most one (exactly one when required) may be given."""

    def __init__(self, container, required=False):
        _ArgumentGroup.__init__(self, container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        added = self._container._add_action(action)
        self._group_actions.append(added)
        return added

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return _ActionsContainer.add_mutually_exclusive_group(self, *args, **kwargs)


# ---------------------------------------------------------------------------
# Matching strings to actions
# ---------------------------------------------------------------------------

def _count_pattern(nargs, for_option):
    """The regular expression (one group) over the classification string that
    takes an action's strings. Options never take the '--' marker."""
    sep = '' if for_option else '-*'
    dash = '' if for_option else '-'
    if nargs is None:
        core = 'A'
    elif nargs == OPTIONAL:
        core = 'A?'
    elif nargs == ZERO_OR_MORE:
        core = '[A%s]*' % dash
    elif nargs == ONE_OR_MORE:
        core = 'A[A%s]*' % dash
    elif nargs == REMAINDER:
        return '([%sAO]*)' % dash
    elif nargs == PARSER:
        return '(%sA[%sAO]*)' % (sep, dash)
    elif nargs == SUPPRESS:
        return '(%s%s)' % (sep, sep)
    else:
        core = sep.join('A' * nargs)
    return '(%s%s%s)' % (sep, core, sep)


def _wrong_count(nargs):
    fixed = {None: 'expected one argument',
             OPTIONAL: 'expected at most one argument',
             ONE_OR_MORE: 'expected at least one argument'}
    if nargs in fixed:
        return fixed[nargs]
    return _n_form(nargs, 'expected %s argument', 'expected %s arguments') % nargs


class _Session(object):
    """One parse of a list of strings into a namespace."""

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.leftover = []
        self.used = set()
        self.given = set()            # used with a value other than the default
        self.waiting = parser._get_positional_actions()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for action in members:
                self.rivals.setdefault(action, []).extend(
                    [m for m in members if m is not action])
        self.found = {}
        kinds = []
        after_marker = False
        for pos, text in enumerate(strings):
            if after_marker:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                after_marker = True
            else:
                hit = parser._classify(text)
                if hit is None:
                    kinds.append('A')
                else:
                    self.found[pos] = hit
                    kinds.append('O')
        self.kinds = ''.join(kinds)

    def execute(self):
        pos = 0
        option_positions = sorted(self.found)
        while option_positions and pos <= option_positions[-1]:
            upcoming = next(p for p in option_positions if p >= pos)
            if pos != upcoming:
                moved = self.fill_positionals(pos)
                if moved > pos:
                    pos = moved
                    continue
            if pos not in self.found:
                self.leftover.extend(self.strings[pos:upcoming])
                pos = upcoming
            pos = self.take_option(pos)
        pos = self.fill_positionals(pos)
        self.leftover.extend(self.strings[pos:])
        self.check_required()
        return self.leftover

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.used.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.given.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.given:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(other))
        if value is not SUPPRESS:
            action(parser, self.namespace, value, option_string)

    def take_option(self, pos):
        parser = self.parser
        action, opt, attached = self.found[pos]
        queue = []
        while True:
            if action is None:
                self.leftover.append(self.strings[pos])
                return pos + 1
            if attached is None:
                start = pos + 1
                count = parser._count_matching(action, self.kinds[start:])
                end = start + count
                queue.append((action, self.strings[start:end], opt))
                break
            count = parser._count_matching(action, 'A')
            if count == 1:
                end = pos + 1
                queue.append((action, [attached], opt))
                break
            if count == 0 and opt[1] not in parser.prefix_chars and attached != '':
                # Single-letter flags run together, as in -xvf.
                queue.append((action, [], opt))
                opt = opt[0] + attached[0]
                follower = parser._option_string_actions.get(opt)
                if follower is None:
                    raise ArgumentError(action, 'ignored explicit argument %r'
                                        % attached)
                action = follower
                attached = attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for act, strings, used_opt in queue:
            self.apply(act, strings, used_opt)
        return end

    def fill_positionals(self, pos):
        counts = self.parser._counts_for_positionals(self.waiting, self.kinds[pos:])
        for action, count in zip(self.waiting, counts):
            self.apply(action, self.strings[pos:pos + count])
            pos += count
        del self.waiting[:len(counts)]
        return pos

    def check_required(self):
        parser = self.parser
        ns = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.used:
                continue
            if action.required:
                missing.append(_get_action_name(action))
                continue
            # A string default that was used goes through the type function.
            dflt = action.default
            if (isinstance(dflt, str) and hasattr(ns, action.dest)
                    and getattr(ns, action.dest) is dflt):
                setattr(ns, action.dest, parser._get_value(action, dflt))
        if missing:
            parser.error('the following arguments are required: %s'
                         % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.given for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

def _as_is(string):
    return string


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of values.

    prog names the program (default: the script's file name); usage, description
    and epilog make up the help; parents lend their arguments; formatter_class lays
    out the help; prefix_chars start options; fromfile_prefix_chars mark files of
    more arguments; argument_default applies to every argument; conflict_handler is
    'error' or 'resolve'; add_help adds -h/--help; allow_abbrev accepts unique
    prefixes of long options; exit_on_error=False raises ArgumentError instead of
    exiting.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars,
                                   argument_default, conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, _as_is)

        if add_help:
            lead = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(lead + 'h', lead + lead + 'help', action='help',
                              default=SUPPRESS, help='show this help message and exit')

        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        return [(key, getattr(self, key)) for key in
                ('prog', 'usage', 'description', 'formatter_class',
                 'conflict_handler', 'add_help')]

    # -- sub-commands ---------------------------------------------------------

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            self._subparsers = self.add_argument_group(
                kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-parsers are called "<this usage up to the command> <name>".
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        factory = self._action_class(kwargs, 'parsers')
        action = factory(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        home = self._optionals if action.option_strings else self._positionals
        home._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing --------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults go in first; what the namespace already holds stays.
        for action in self._actions:
            if (action.dest is not SUPPRESS and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for key, val in self._defaults.items():
            if not hasattr(namespace, key):
                setattr(namespace, key, val)

        if self.exit_on_error:
            try:
                rest = self._run_session(strings, namespace)
            except ArgumentError as err:
                self.error(str(err))
        else:
            rest = self._run_session(strings, namespace)

        if hasattr(namespace, _LEFTOVER_KEY):
            rest.extend(getattr(namespace, _LEFTOVER_KEY))
            delattr(namespace, _LEFTOVER_KEY)
        return namespace, rest

    def _run_session(self, strings, namespace):
        if self.fromfile_prefix_chars is not None:
            strings = self._expand_files(strings)
        return _Session(self, strings, namespace).execute()

    def _expand_files(self, strings):
        out = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                out.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    content = handle.read()
            except OSError as err:
                self.error(str(err))
            found = []
            for line in content.splitlines():
                found.extend(self.convert_arg_line_to_args(line))
            # A file may itself name further files.
            out.extend(self._expand_files(found))
        return out

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _count_matching(self, action, kinds):
        found = _re.match(_count_pattern(action.nargs, bool(action.option_strings)),
                          kinds)
        if found is None:
            raise ArgumentError(action, _wrong_count(action.nargs))
        return len(found.group(1))

    def _counts_for_positionals(self, actions, kinds):
        # The most leading positionals that can all be satisfied together.
        for n in range(len(actions), 0, -1):
            joined = ''.join([_count_pattern(a.nargs, bool(a.option_strings))
                              for a in actions[:n]])
            found = _re.match(joined, kinds)
            if found:
                return [len(g) for g in found.groups()]
        return []

    def _classify(self, text):
        """(action or None, option string, attached argument) when `text` is an
        option string, None when it is an argument."""
        if not text or text[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if text in table:
            return table[text], text, None
        if len(text) == 1:
            return None
        if '=' in text:
            head, tail = text.split('=', 1)
            if head in table:
                return table[head], head, tail
        candidates = self._prefix_matches(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (text, ', '.join([c[1] for c in candidates])))
        if candidates:
            return candidates[0]
        if _NEGATIVE_NUMBER.match(text) and not self._has_negative_number_optionals:
            return None
        if ' ' in text:
            return None
        return None, text, None

    def _prefix_matches(self, text):
        chars = self.prefix_chars
        table = self._option_string_actions
        hits = []
        if text[0] not in chars:
            self.error('unexpected option string: %s' % text)
        elif text[1] in chars:
            if self.allow_abbrev:
                head, sep, tail = text.partition('=')
                tail = tail if sep else None
                hits = [(act, opt, tail) for opt, act in table.items()
                        if opt.startswith(head)]
        else:
            for opt, act in table.items():
                if opt == text[:2]:
                    hits.append((act, opt, text[2:]))
                elif opt.startswith(text):
                    hits.append((act, opt, None))
        return hits

    # -- intermixed -----------------------------------------------------------

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, rest = self.parse_known_intermixed_args(args, namespace)
        if rest:
            self.error('unrecognized arguments: %s' % ' '.join(rest))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, with the positionals held back; then the positionals
        get the strings the first pass left over."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with '
                                'nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in '
                                'mutuallyExclusiveGroup')
        kept_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            kept = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in kept:
                    action.nargs = nargs
                    action.default = default
            relaxed = [(a, a.required) for a in self._get_optional_actions()]
            relaxed += [(g, g.required) for g in self._mutually_exclusive_groups]
            try:
                for thing, _ in relaxed:
                    thing.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for thing, flag in relaxed:
                    thing.required = flag
        finally:
            self.usage = kept_usage
        return namespace, extras

    # -- values ---------------------------------------------------------------

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        converted = [self._get_value(action, s) for s in arg_strings]
        if nargs == PARSER:
            self._check_value(action, converted[0])
        elif nargs != REMAINDER:
            for item in converted:
                self._check_value(action, item)
        return converted

    def _get_value(self, action, arg_string):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, arg_string))

    def _check_value(self, action, value):
        choices = action.choices
        if choices is not None and value not in choices:
            listed = ', '.join([repr(c) for c in choices])
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, listed))

    # -- help and messages ----------------------------------------------------

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        target = file or _sys.stderr
        try:
            target.write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Print the usage and 'PROG: error: MESSAGE' to stderr, then exit with
        status 2. An override must exit or raise, never return."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
