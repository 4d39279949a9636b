# optparse: an uncaught error exits with status 2 after printing the usage and
# "prog: error: ..." to stderr; stdout output before it stays.
from optparse import OptionParser

p = OptionParser(prog='mytool', usage='%prog [options] FILE')
p.add_option('-c', '--count', type='int', help='how many')
values, args = p.parse_args(['-c', '3', 'f'])
print(values.count, args)
p.parse_args(['--count', 'many'])
print('not reached')
