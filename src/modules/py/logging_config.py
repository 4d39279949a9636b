"""logging.config: dictConfig (schema version 1) and fileConfig (the ini format).

refpy's own implementation, written from the logging.config documentation: formatters,
filters, handlers (with `()` factories, `.` attribute maps, `ext://` and `cfg://`
references, MemoryHandler targets) and loggers, `incremental` and
`disable_existing_loggers`, and CPython's "Unable to configure ..." errors."""

import io
import re
import sys
import logging
import logging.handlers
from importlib import _import_dotted

__all__ = ['dictConfig', 'fileConfig', 'valid_ident', 'DEFAULT_LOGGING_CONFIG_PORT',
           'RESET_ERROR', 'IDENTIFIER', 'BaseConfigurator', 'DictConfigurator', 'dictConfigClass',
           'ConvertingDict', 'ConvertingList', 'ConvertingTuple']

DEFAULT_LOGGING_CONFIG_PORT = 9030
RESET_ERROR = 104
IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)
_REF = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


class ConvertingDict(dict):
    """A dict whose values are converted (ext://, cfg://) when read."""


class ConvertingList(list):
    """A list whose items are converted when read."""


class ConvertingTuple(tuple):
    """A tuple whose items are converted when read."""


class BaseConfigurator(object):
    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}
    importer = staticmethod(__import__)

    def __init__(self, config):
        self.config = config

    def resolve(self, s):
        try:
            return _import_dotted(s)
        except ImportError as exc:
            err = ValueError('Cannot resolve %r: %s' % (s, exc))
            raise err from exc

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        rest = value
        m = re.match(r'^\s*(\w+)\s*', rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        here = self.config[m.group(1)]
        rest = rest[m.end():]
        while rest:
            m = re.match(r'^\.\s*(\w+)\s*', rest) or re.match(r'^\[\s*([^\]]+)\s*\]\s*', rest)
            if m is None:
                raise ValueError('Unable to convert %r at %r' % (value, rest))
            key = m.group(1)
            if rest[0] == '[' and key.isdigit():
                try:
                    here = here[key]
                except TypeError:
                    here = here[int(key)]
            else:
                here = here[key]
            rest = rest[m.end():]
        return here

    def convert(self, value):
        if isinstance(value, str):
            m = _REF.match(value)
            if m and m.group('prefix') in self.value_converters:
                return getattr(self, self.value_converters[m.group('prefix')])(m.group('suffix'))
        return value

    def configure_custom(self, config):
        config = dict(config)
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        props = config.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in config.items() if valid_ident(k)}
        made = factory(**kwargs)
        for name, value in (props or {}).items():
            setattr(made, name, value)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


class DictConfigurator(BaseConfigurator):
    def configure(self):
        cfg = self.config
        if 'version' not in cfg:
            raise ValueError("dictionary doesn't specify a version")
        if cfg['version'] != 1:
            raise ValueError("Unsupported version: %s" % cfg['version'])
        incremental = cfg.pop('incremental', False)
        if incremental:
            self._incremental(cfg)
            return
        disable = cfg.pop('disable_existing_loggers', True)
        _close_all_handlers()
        made = {}
        for name, spec in list(cfg.get('formatters', {}).items()):
            try:
                made[name] = self.configure_formatter(spec)
            except Exception as e:
                raise ValueError('Unable to configure formatter %r' % name) from e
        cfg['formatters'] = {**cfg.get('formatters', {}), **made}
        made = {}
        for name, spec in list(cfg.get('filters', {}).items()):
            try:
                made[name] = self.configure_filter(spec)
            except Exception as e:
                raise ValueError('Unable to configure filter %r' % name) from e
        cfg['filters'] = {**cfg.get('filters', {}), **made}
        specs = dict(cfg.get('handlers', {}))
        self._built_handlers = {}
        self._handler_specs = specs
        for name in sorted(specs):
            self._handler_named(name)
        cfg['handlers'] = dict(self._built_handlers)
        root = logging.root
        known = sorted(root.manager.loggerDict)
        keep_children = []
        for name in cfg.get('loggers', {}):
            if name in known:
                prefix = name + '.'
                for other in known:
                    if other.startswith(prefix):
                        keep_children.append(other)
                known.remove(name)
            try:
                self.configure_logger(name, cfg['loggers'][name])
            except Exception as e:
                raise ValueError('Unable to configure logger %r' % name) from e
        _retire_loggers(root, known, keep_children, disable)
        if cfg.get('root'):
            try:
                self.configure_root(cfg['root'])
            except Exception as e:
                raise ValueError('Unable to configure root logger') from e

    def _incremental(self, cfg):
        for name, spec in cfg.get('handlers', {}).items():
            handler = logging._named_handlers.get(name)
            if handler is None:
                raise ValueError('No handler found with name %r' % name)
            if spec.get('level') is not None:
                handler.setLevel(logging._level_number(spec['level']))
        for name, spec in cfg.get('loggers', {}).items():
            self.configure_logger(name, spec, True)
        if cfg.get('root'):
            self.configure_root(cfg['root'], True)

    def _handler_named(self, name):
        if name in self._built_handlers:
            return self._built_handlers[name]
        if name not in self._handler_specs:
            raise ValueError('Unable to configure handler %r' % name)
        try:
            handler = self.configure_handler(self._handler_specs[name])
        except Exception as e:
            raise ValueError('Unable to configure handler %r' % name) from e
        handler.name = name
        self._built_handlers[name] = handler
        return handler

    def configure_formatter(self, config):
        if '()' in config:
            try:
                return self.configure_custom(config)
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config = dict(config)
                config['fmt'] = config.pop('format')
                return self.configure_custom(config)
        klass = self.resolve(config['class']) if config.get('class') else logging.Formatter
        args = [config.get('format'), config.get('datefmt'), config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return klass(*args)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, target, filters):
        for name in filters:
            try:
                target.addFilter(self.config['filters'][name])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % name) from e

    def configure_handler(self, config):
        spec = dict(config)
        formatter = spec.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = spec.pop('level', None)
        filters = spec.pop('filters', None)
        if '()' in spec:
            factory = spec.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(self.convert(spec.pop('class')))
            if isinstance(factory, type) and issubclass(factory, logging.handlers.MemoryHandler) and 'target' in spec:
                spec['target'] = self._handler_named(spec['target'])
        props = spec.pop('.', None)
        kwargs = {k: self.convert(v) for k, v in spec.items() if valid_ident(k)}
        try:
            handler = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')
            handler = factory(**kwargs)
        if formatter:
            handler.setFormatter(formatter)
        if level is not None:
            handler.setLevel(logging._level_number(level))
        if filters:
            self.add_filters(handler, filters)
        for name, value in (props or {}).items():
            setattr(handler, name, value)
        return handler

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._level_number(level))
        if incremental:
            return
        for h in list(logger.handlers):
            logger.removeHandler(h)
        for name in config.get('handlers', None) or ():
            try:
                logger.addHandler(self.config['handlers'][name])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % name) from e
        if config.get('filters'):
            self.add_filters(logger, config['filters'])

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        if config.get('propagate', None) is not None:
            logger.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def _close_all_handlers():
    refs = list(logging._live_handlers)
    logging._named_handlers.clear()
    logging.shutdown(refs)
    del logging._live_handlers[:]


def dictConfig(config):
    """Configure logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configure logging from a configparser-format file (or parser, or open file)."""
    import configparser
    if isinstance(fname, configparser.RawConfigParser):
        cp = fname
    else:
        cp = configparser.ConfigParser(defaults)
        if hasattr(fname, 'readline'):
            cp.read_file(fname)
        else:
            enc = io.text_encoding(encoding)
            cp.read(fname, encoding=enc)
            if not cp.sections():
                raise RuntimeError(f'{fname} is invalid: no sections')
    formatters = {}
    for key in _keys(cp, 'formatters'):
        sect = cp['formatter_' + key]
        fmt = sect.get('format', raw=True, fallback=None)
        datefmt = sect.get('datefmt', raw=True, fallback=None)
        style = sect.get('style', '%')
        klass = sect.get('class')
        klass = _import_dotted(klass) if klass else logging.Formatter
        if 'validate' in sect:
            formatters[key] = klass(fmt, datefmt, style, sect.getboolean('validate'))
        else:
            formatters[key] = klass(fmt, datefmt, style)
    _close_all_handlers()
    handlers = {}
    targets = []
    for key in _keys(cp, 'handlers'):
        sect = cp['handler_' + key]
        klass = sect['class']
        try:
            klass = eval(klass, vars(logging))
        except (AttributeError, NameError):
            klass = _import_dotted(klass)
        args = eval(sect.get('args', '()'), vars(logging))
        kwargs = eval(sect.get('kwargs', '{}'), vars(logging))
        h = klass(*args, **kwargs)
        h.name = key
        if 'level' in sect:
            h.setLevel(sect['level'])
        if sect.get('formatter'):
            h.setFormatter(formatters[sect['formatter']])
        if issubclass(klass, logging.handlers.MemoryHandler) and sect.get('target'):
            targets.append((h, sect['target']))
        handlers[key] = h
    for h, t in targets:
        h.setTarget(handlers[t])
    root = logging.root
    rsect = cp['logger_root']
    if 'level' in rsect:
        root.setLevel(rsect['level'])
    for h in list(root.handlers):
        root.removeHandler(h)
    for name in _names(rsect.get('handlers', '')):
        root.addHandler(handlers[name])
    known = sorted(root.manager.loggerDict)
    children = []
    for key in _keys(cp, 'loggers'):
        if key == 'root':
            continue
        sect = cp['logger_' + key]
        qual = sect['qualname']
        logger = logging.getLogger(qual)
        if qual in known:
            known.remove(qual)
            children += [n for n in known if n.startswith(qual + '.')]
        if 'level' in sect:
            logger.setLevel(sect['level'])
        for h in list(logger.handlers):
            logger.removeHandler(h)
        logger.propagate = sect.getint('propagate', fallback=1)
        logger.disabled = False
        for name in _names(sect.get('handlers', '')):
            logger.addHandler(handlers[name])
    _retire_loggers(root, known, children, disable_existing_loggers)


def _names(text):
    return [n.strip() for n in text.split(',') if n.strip()]


def _keys(cp, section):
    text = cp[section]['keys'] if cp.has_section(section) else ''
    return _names(text)


def _retire_loggers(root, names, children, disable):
    """Loggers a configuration did not name: children of configured ones are reset to
    pass their records up; the others are disabled when `disable` is set."""
    for name in names:
        lg = root.manager.loggerDict[name]
        if isinstance(lg, logging.PlaceHolder):
            continue
        if name in children:
            lg.setLevel(logging.NOTSET)
            lg.handlers = []
            lg.propagate = True
        elif disable:
            lg.disabled = True
