# Which strings end up as the one interned object: names passed to setattr/delattr,
# keyword names turned into dict keys, code object names, one-character strings.
import sys

class C:
    pass

obj = C()
name = "".join(["dyn", "amic"])
setattr(obj, name, 1)
key = list(vars(obj))[0]
print("setattr interns its name:", key is sys.intern("dynamic"), key is name)
other = "".join(["dyn", "amic"])
print("a later equal name is not the key:", other is key, sys.intern(other) is key)
raw = "".join(["zz", "top"])
obj2 = C()
obj2.__dict__[raw] = 1
print("plain dict store does not intern:", sys.intern("".join(["zz", "top"])) is raw)
cname = "".join(["qq", "top"])
setattr(C, cname, 5)
print("class setattr interns:", [k for k in C.__dict__ if k == "qqtop"][0] is sys.intern("qqtop"))
dname = "".join(["de", "lx"])
setattr(obj, "".join(["de", "lx"]), 1)
delattr(obj, dname)
print("delattr interned its argument:", sys.intern("delx") is dname)

class S(str):
    pass

sub = S("subattr")
setattr(obj, sub, 2)
print("str subclass name kept as an exact str key:", type(list(vars(obj))[-1]).__name__)

print("dict(kw=...) keys are the names:", list(dict(alpha=1))[0] is "alpha")
d = {}
d.update(beta=2, gamma=3)
print("update(kw=...) keys:", [k is n for k, n in zip(d, ["beta", "gamma"])])

def h(abcd, *rest, efgh=1, **more):
    def inner():
        return abcd
    return inner

print("co_varnames interned:", h.__code__.co_varnames[0] is "abcd",
      h.__code__.co_varnames[2] is "efgh")
print("co_cellvars interned:", h.__code__.co_cellvars[0] is "abcd")
print("co_freevars interned:", h(1).__code__.co_freevars[0] is "abcd")

print("one-char chr vs literal:", chr(65) is "A", chr(97) is "a", chr(122) is "z",
      chr(95) is "_", chr(48) is "0", chr(33) is "!")
print("one-char intern:", sys.intern(chr(65)) is chr(65), sys.intern(chr(97)) is chr(97),
      sys.intern(chr(103)) is chr(103), sys.intern(chr(0xe9)) is chr(0xe9))
print("indexing shares:", "xA"[1] is "A", "xa"[1] is "a", tuple("AB")[0] is "A")

class K:
    A = 1
    a = 2
    g = 3

print("class attr one-char names:",
      [k for k in K.__dict__ if len(k) == 1 and k is chr(ord(k))])
seven = "7"
print("digit literal vs computed:", str(7) is seven, chr(55) is seven, "%d" % 7 is seven)
