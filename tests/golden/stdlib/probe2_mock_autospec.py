# create_autospec of a class: its methods are checked without `self` whether the
# mock stands for the class or for an instance; static and class methods; a
# function stored on an instance keeps all its parameters.
import re
from unittest import mock


class Api:
    version = 2

    def fetch(self, url):
        raise RuntimeError("network")

    def post(self, url, data=None, *, timeout=5):
        raise RuntimeError("network")

    @staticmethod
    def build(host, port=80):
        return f"{host}:{port}"

    @classmethod
    def default(cls, name):
        return cls()


def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "->", re.sub(r" id='\d+'", "", repr(fn(*args, **kwargs))))
    except TypeError as e:
        print(label, "TypeError:", e)


for spec_kind, m in (("class", mock.create_autospec(Api)),
                     ("instance=True", mock.create_autospec(Api, instance=True)),
                     ("object", mock.create_autospec(Api()))):
    print("==", spec_kind)
    m.fetch.return_value = "page"
    attempt("fetch(u)", m.fetch, "u")
    attempt("fetch()", m.fetch)
    attempt("fetch(a, b)", m.fetch, "a", "b")
    attempt("post(u, data=1)", m.post, "u", data=1)
    attempt("post(u, 1, 2)", m.post, "u", 1, 2)
    attempt("post(u, timeout=1)", m.post, "u", timeout=1)
    attempt("post(u, bogus=1)", m.post, "u", bogus=1)
    attempt("build(h)", m.build, "h")
    attempt("build()", m.build)
    attempt("default(n)", m.default, "n")
    attempt("default()", m.default)
    print(m.fetch.call_args_list, m.post.call_count)
    m.post.assert_called_with("u", timeout=1)
    try:
        m.post.assert_called_with("x")
    except AssertionError as e:
        print("AssertionError:", str(e).splitlines()[0])
    print(m.version.__class__.__name__)

cls_mock = mock.create_autospec(Api)
inst = cls_mock()
attempt("instance fetch(u)", inst.fetch, "u")
attempt("instance fetch()", inst.fetch)
attempt("Api(1)", cls_mock, 1)


class Holder:
    def __init__(self):
        self.callback = lambda a, b: a + b

    def method(self, x):
        return x


h = mock.create_autospec(Holder())
attempt("callback(1, 2)", h.callback, 1, 2)
attempt("callback(1)", h.callback, 1)
attempt("method(1)", h.method, 1)
attempt("method()", h.method)

with mock.patch.object(Api, "post", autospec=True) as patched:
    api = Api()
    api.post("u", data=3)
    print(patched.call_args.args[1:], patched.call_args.kwargs, patched.call_args.args[0] is api)
    attempt("patched post()", api.post)


class WithInit:
    def __init__(self, a, b=1):
        self.a = a


class WithNew:
    def __new__(cls, x):
        return super().__new__(cls)


class Child(WithInit):
    pass


for klass, calls in ((WithInit, [(1,), (), (1, 2, 3)]), (WithNew, [(1,), (), (1, 2)]),
                     (Child, [(5,), ()])):
    m = mock.create_autospec(klass)
    for args in calls:
        attempt(f"{klass.__name__}{args}", m, *args)
    print(m.call_count)
