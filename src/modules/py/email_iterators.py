"""Iterating over a message tree: walk, body lines, typed subparts, _structure."""
__all__ = ['body_line_iterator', 'typed_subpart_iterator', 'walk']
import sys


def walk(self):
    return self.walk()


def body_line_iterator(msg, decode=False):
    """Every line of every str payload in the tree."""
    for part in msg.walk():
        text = part.get_payload(decode=decode)
        if isinstance(text, str):
            for line in text.splitlines(True):
                yield line


def typed_subpart_iterator(msg, maintype='text', subtype=None):
    """The parts of the tree whose type matches maintype (and subtype when given)."""
    for part in msg.walk():
        main, _, sub = part.get_content_type().partition('/')
        if main == maintype and (subtype is None or sub == subtype):
            yield part


def _structure(msg, fp=None, level=0, include_default=False):
    """Print the content types of the tree, indented four spaces a level."""
    out = sys.stdout if fp is None else fp
    line = '    ' * level + msg.get_content_type()
    if include_default:
        line += ' [%s]' % msg.get_default_type()
    out.write(line + '\n')
    if msg.is_multipart():
        for part in msg.get_payload():
            _structure(part, out, level + 1, include_default)
