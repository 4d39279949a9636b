"""FeedParser and BytesFeedParser: text fed in pieces, parsed when close() is called.

refpy keeps both classes in email.parser (they share its one parsing routine)."""
from email import parser as _parser

FeedParser = _parser.FeedParser
BytesFeedParser = _parser.BytesFeedParser
__all__ = [FeedParser.__name__, BytesFeedParser.__name__]
