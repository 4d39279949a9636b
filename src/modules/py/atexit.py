"""atexit: functions run when the interpreter exits, last registered first.

The interpreter calls _run_exitfuncs() once the main module has finished and before
any module is torn down, as CPython's atexit does. weakref.finalize registers its
own exit hook here the first time a finalize object is made (as CPython's does), so
its callbacks run in the same newest-first order as everything else.
"""

_exithandlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    _exithandlers[:] = [h for h in _exithandlers if h[0] != func]


def _clear():
    _exithandlers.clear()


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except BaseException as exc:
            _report_unraisable(exc, func)
        del func, args, kwargs
