# configparser: errors and their messages.
import configparser


def attempt(func, *args, **kwargs):
    try:
        func(*args, **kwargs)
        print('no error')
    except Exception as e:
        print(type(e).__name__, str(e).replace('\n', ' | '))
        print('  ', repr(e) == str(e), getattr(e, 'section', None), getattr(e, 'lineno', None))


cp = configparser.ConfigParser()
attempt(cp.read_string, '[a]\nx = 1\n[a]\ny = 2\n')
cp = configparser.ConfigParser()
attempt(cp.read_string, '[a]\nx = 1\nX = 2\n', source='myfile.ini')
cp = configparser.ConfigParser()
attempt(cp.read_string, 'x = 1\n[a]\n')
cp = configparser.ConfigParser()
attempt(cp.read_string, '[a]\nno delimiter here\n= novalue\nok = 1\nanother bad line\n')
print(cp.get('a', 'ok'))
cp = configparser.ConfigParser()
attempt(cp.read_dict, {'s': {'a': 1, 'A': 2}})
attempt(cp.add_section, 's')
attempt(cp.add_section, 'DEFAULT')
attempt(cp.add_section, 5)
attempt(cp.get, 'nosection', 'x')
attempt(cp.get, 's', 'nooption')
attempt(cp.options, 'nosection')
attempt(cp.items, 'nosection')
attempt(cp.set, 'nosection', 'a', 'b')
attempt(cp.set, 's', 'a', 5)
attempt(cp.set, 's', 5, 'x')
attempt(cp.remove_option, 'nosection', 'a')
attempt(cp.getint, 'nosection', 'a')
attempt(cp.__getitem__, 'nosection')
attempt(cp.__delitem__, 'DEFAULT')
attempt(cp.__delitem__, 'nosection')
attempt(lambda: cp['s']['nooption'])
attempt(lambda: cp['s'].__delitem__('nooption'))
attempt(configparser.ParsingError)
attempt(configparser.ParsingError, 'a', 'b')
e = configparser.ParsingError('src')
e.append(3, "'bad line'")
e.append(12, "'other'")
print(str(e).replace('\n', ' | '), e.errors, e.source)
for exc in (configparser.NoSectionError('s'), configparser.NoOptionError('o', 's'),
            configparser.DuplicateSectionError('s'), configparser.DuplicateSectionError('s', 'f'),
            configparser.DuplicateSectionError('s', 'f', 7),
            configparser.DuplicateOptionError('s', 'o'), configparser.DuplicateOptionError('s', 'o', 'f', 12),
            configparser.InterpolationError('o', 's', 'msg'),
            configparser.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
            configparser.InterpolationDepthError('o', 's', 'raw'),
            configparser.InterpolationSyntaxError('o', 's', 'syntax'),
            configparser.MissingSectionHeaderError('f', 3, 'line\n'),
            configparser.Error('plain'), configparser.Error()):
    print(type(exc).__name__, repr(str(exc)), isinstance(exc, configparser.Error),
          exc.message == str(exc))
print(issubclass(configparser.MissingSectionHeaderError, configparser.ParsingError),
      issubclass(configparser.InterpolationDepthError, configparser.InterpolationError),
      issubclass(configparser.Error, Exception))
strict_off = configparser.ConfigParser(strict=False)
strict_off.read_string('[a]\nx = 1\n[a]\nx = 2\ny = 3\n')
print(strict_off.items('a'))
strict_off.read_dict({'a': {'x': 9}})
print(strict_off.items('a'))
