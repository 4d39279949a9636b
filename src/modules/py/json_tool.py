"""python -m json.tool: check that a file (or stdin) holds JSON and print it again,
indented or compact, optionally with sorted keys; one document per line with
--json-lines."""
# refpy: written from the command's documentation and python3's behaviour.
import argparse
import json
import sys
from pathlib import Path


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='A simple command line interface for json module to validate and '
                    'pretty-print JSON objects.')
    parser.add_argument('infile', nargs='?', default=None,
                        type=argparse.FileType(encoding='utf-8'),
                        help='a JSON file to be validated or pretty-printed')
    # opened only after the input is read, so infile and outfile may be one file
    parser.add_argument('outfile', nargs='?', default=None, type=Path,
                        help='write the output of infile to outfile')
    parser.add_argument('--sort-keys', action='store_true', default=False,
                        help='sort the output of dictionaries alphabetically by key')
    parser.add_argument('--no-ensure-ascii', dest='ensure_ascii', action='store_false',
                        help='disable escaping of non-ASCII characters')
    parser.add_argument('--json-lines', action='store_true', default=False,
                        help='parse input using the JSON Lines format. Use with '
                             '--no-indent or --compact to produce valid JSON Lines '
                             'output.')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='separate items with newlines and use this number of '
                             'spaces for indentation')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='separate items with newlines and use tabs for '
                             'indentation')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='separate items with spaces rather than newlines')
    layout.add_argument('--compact', action='store_true',
                        help='suppress all whitespace separation (most compact)')
    return parser


def main():
    options = _parser().parse_args()
    dump_options = {'sort_keys': options.sort_keys, 'indent': options.indent,
                    'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_options['indent'] = None
        dump_options['separators'] = (',', ':')
    source = options.infile if options.infile is not None else sys.stdin
    with source:
        try:
            if options.json_lines:
                documents = [json.loads(line) for line in source]
            else:
                documents = [json.load(source)]
        except ValueError as e:
            raise SystemExit(e)
    if options.outfile is None:
        target = sys.stdout
    else:
        target = options.outfile.open('w', encoding='utf-8')
    with target:
        for document in documents:
            json.dump(document, target, **dump_options)
            target.write('\n')


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as exc:
        sys.exit(exc.errno)
