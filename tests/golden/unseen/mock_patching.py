from unittest import mock
from unittest.mock import MagicMock, patch, call, Mock
import os
import json

class WeatherService:
    def fetch(self, city):
        raise RuntimeError("network disabled")
    def summary(self, city):
        data = self.fetch(city)
        return f"{city}: {data['temp']}°C, {data['sky']}"

svc = WeatherService()
with patch.object(WeatherService, "fetch", return_value={"temp": 21, "sky": "sunny"}) as fake:
    print(svc.summary("Oslo"))
    fake.assert_called_once_with("Oslo")
    print(fake.call_args, fake.call_count)
m = MagicMock()
m.method(1, key="v")
m.other.nested(2)
m(3)
print(m.mock_calls)
print(m.method.called, m.method.call_args.kwargs, m.missing.called)
m.compute.return_value = 42
m.fail.side_effect = ValueError("boom")
m.seq.side_effect = [1, 2, 3]
print(m.compute(), [m.seq() for _ in range(3)])
try:
    m.fail()
except ValueError as e:
    print("side effect", e)
try:
    m.compute.assert_called_with(1)
except AssertionError as e:
    print("AssertionError:", e)
with patch("os.getcwd", return_value="/fake/dir"):
    print(os.getcwd())
print(os.getcwd() != "/fake/dir")
@patch("json.dumps")
def uses_json(mock_dumps):
    mock_dumps.return_value = "{mocked}"
    return json.dumps({"a": 1}), mock_dumps.call_args
print(uses_json())
with patch.dict(os.environ, {"APP_MODE": "test"}):
    print(os.environ["APP_MODE"])
print("APP_MODE" in os.environ)
spec_mock = Mock(spec=WeatherService)
try:
    spec_mock.not_a_method()
except AttributeError as e:
    print("AttributeError:", e)
mm = MagicMock()
mm.__len__.return_value = 7
mm.__getitem__.side_effect = lambda k: k * 2
print(len(mm), mm[21], bool(mm), list(iter(mm)))
m2 = Mock()
m2(1); m2(2)
m2.assert_has_calls([call(1), call(2)])
print(m2.call_args_list, m2.call_args_list == [call(1), call(2)])
open_mock = mock.mock_open(read_data="line1\nline2\n")
with patch("builtins.open", open_mock):
    with open("any.txt") as f:
        print(f.readlines())
open_mock.assert_called_once_with("any.txt")
print(repr(mock.ANY == 5), mock.sentinel.token is mock.sentinel.token, mock.sentinel.token)
