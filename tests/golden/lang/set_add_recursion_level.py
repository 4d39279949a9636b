# set.add counts one level of the recursion limit (METH_O, as CPython's
# method_vectorcall_O and PRECALL_NO_KW_METHOD_DESCRIPTOR_O do); list.append and len()
# do not (their specialized calls skip it).
import sys

sys.setrecursionlimit(100)
s = set()
L = []
hits = {"add": 0, "append": 0, "len": 0}


def f_add():
    try:
        f_add()
    except RecursionError:
        try:
            s.add(1)
        except RecursionError:
            hits["add"] += 1


def f_append():
    try:
        f_append()
    except RecursionError:
        try:
            L.append(1)
        except RecursionError:
            hits["append"] += 1


def f_len():
    try:
        f_len()
    except RecursionError:
        try:
            len(L)
        except RecursionError:
            hits["len"] += 1


f_add()
f_append()
f_len()
print(hits, len(s), len(L))
