# An uncaught parse error: usage and the message go to stderr, the exit status is 2.
import argparse
import os

os.environ.pop('COLUMNS', None)  # help and usage are laid out for 80 columns

parser = argparse.ArgumentParser(prog='cli', description='Sum some integers.')
parser.add_argument('integers', metavar='N', type=int, nargs='+', help='an integer')
parser.add_argument('--sum', dest='accumulate', action='store_const', const=sum,
                    default=max, help='sum the integers (default: find the max)')
args = parser.parse_args(['1', '2', '3', '4'])
print(args.accumulate(args.integers))
args = parser.parse_args(['1', '2', '3', '4', '--sum'])
print(args.accumulate(args.integers))
parser.print_help()
print('now failing')
parser.parse_args(['1', 'two'])
print('not reached')
