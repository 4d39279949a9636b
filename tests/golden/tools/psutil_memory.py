# psutil's memory API: the shapes of the results (the figures themselves vary).
import psutil

p = psutil.Process()
mi = p.memory_info()
print(type(mi).__name__, mi._fields)
print(type(mi.rss) is int, mi.rss > 0, mi.vms >= mi.rss, mi[0] == mi.rss or mi[0] > 0)
print(len(mi), isinstance(mi, tuple))
rss, vms = mi[:2]
print(rss == mi.rss, vms == mi.vms)
pct = p.memory_percent()
print(type(pct).__name__, 0.0 < pct < 100.0)
print(p.pid == psutil.Process(p.pid).pid, p == psutil.Process(p.pid))
vm = psutil.virtual_memory()
print(type(vm).__name__, vm._fields[:5])
print(vm.total > 0, 0 <= vm.available <= vm.total, 0.0 <= vm.percent <= 100.0)
print(type(vm.percent).__name__, vm.used > 0, vm.free >= 0)
print(p.is_running(), p.pid in psutil.pids(), psutil.pid_exists(p.pid))
try:
    psutil.Process(-1)
except ValueError as e:
    print('ValueError:', e)
try:
    psutil.Process(2 ** 22 + 12345)
except psutil.NoSuchProcess as e:
    print('NoSuchProcess', isinstance(e, psutil.Error), e.pid)
