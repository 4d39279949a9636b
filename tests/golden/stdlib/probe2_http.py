# http.HTTPStatus and http.HTTPMethod as scripts use them: lookups by code and
# name, phrases and descriptions, int/str behaviour, reprs and formatting.
import http
from http import HTTPStatus, HTTPMethod

print(len(HTTPStatus), len(HTTPMethod), http.__all__)
for code in (200, 201, 204, 301, 304, 400, 401, 403, 404, 418, 429, 500, 503):
    s = HTTPStatus(code)
    print(code, s.name, repr(s.phrase), repr(s.description))
ok = HTTPStatus.OK
print(repr(ok), str(ok), f"{ok}", f"{ok:>5}", ok == 200, ok + 1, ok < 300, int(ok), hash(ok) == hash(200))
print(HTTPStatus["NOT_FOUND"], HTTPStatus.NOT_FOUND.value, HTTPStatus(404) is HTTPStatus.NOT_FOUND)
print([s.value for s in HTTPStatus if 100 <= s < 200], HTTPStatus.IM_A_TEAPOT.phrase)
print(sorted(HTTPStatus.__members__)[:5], isinstance(ok, int), type(ok).__mro__[1].__name__)
print({s.phrase: s.value for s in HTTPStatus if s >= 500})
try:
    HTTPStatus(299)
except ValueError as e:
    print("ValueError:", e)
try:
    HTTPStatus["NOPE"]
except KeyError as e:
    print("KeyError:", e)
print(repr(HTTPMethod.GET), str(HTTPMethod.POST), f"{HTTPMethod.PUT}", HTTPMethod("DELETE"), HTTPMethod.GET == "GET")
print([m.value for m in HTTPMethod], HTTPMethod.PATCH.description)
print(HTTPMethod.GET.lower(), "GET" in list(HTTPMethod), HTTPMethod["HEAD"].name)
try:
    HTTPMethod("FETCH")
except ValueError as e:
    print("ValueError:", e)


def classify(code):
    s = HTTPStatus(code)
    kind = {1: "info", 2: "success", 3: "redirect", 4: "client error", 5: "server error"}[s // 100]
    return f"{s.value} {s.phrase} ({kind})"


print([classify(c) for c in (100, 202, 307, 422, 504)])
print(hasattr(HTTPStatus, "_row"), hasattr(HTTPMethod, "_row"))
