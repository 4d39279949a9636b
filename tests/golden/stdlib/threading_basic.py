# Threads started and joined: results, names, idents, subclasses, enumerate.
import threading

results = {}


def work(n, scale=1):
    me = threading.current_thread()
    results[n] = (n * n * scale, me.name, me.ident == threading.get_ident(),
                  me is not threading.main_thread(), me.is_alive())


threads = [threading.Thread(target=work, args=(i,), kwargs={'scale': 10}) for i in range(4)]
for t in threads:
    print(repr(t))
for t in threads:
    t.start()
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
print([t.is_alive() for t in threads])
print([repr(t).rsplit(' ', 1)[0] for t in threads])
print(all(isinstance(t.ident, int) for t in threads), all(isinstance(t.native_id, int) for t in threads))

main = threading.main_thread()
print(main.name, main is threading.current_thread(), main.daemon, main.is_alive())
print(threading.active_count(), threading.enumerate() == [main])


class Worker(threading.Thread):
    def __init__(self, label):
        super().__init__(name=f'worker-{label}', daemon=True)
        self.label = label
        self.out = None

    def run(self):
        self.out = self.label.upper() + ':' + threading.current_thread().name


workers = [Worker(c) for c in 'abc']
print([w.daemon for w in workers], repr(workers[0]))
for w in workers:
    w.start()
for w in workers:
    w.join(timeout=5)
print([w.out for w in workers])

named = threading.Thread(target=print, name=42)
print(named.name, repr(named))
named.name = 'renamed'
print(named.name)
anon = threading.Thread()
print(anon.name.startswith('Thread-'), anon.ident, anon.native_id)


class Callable:
    def __call__(self):
        pass


print(threading.Thread(target=Callable()).name.endswith(')'))
print(threading.Thread(target=lambda: None).name.endswith(' (<lambda>)'))

for action in (lambda: anon.join(), lambda: main.join()):
    try:
        action()
    except RuntimeError as exc:
        print('RuntimeError:', exc)
anon.start()
anon.join()
for action in (anon.start, lambda: setattr(anon, 'daemon', True)):
    try:
        action()
    except RuntimeError as exc:
        print('RuntimeError:', exc)
try:
    threading.Thread(group='g')
except AssertionError as exc:
    print('AssertionError:', exc)
print(threading.TIMEOUT_MAX > 1e9, threading.stack_size(), threading.ThreadError)
print(threading.get_native_id() == main.native_id)
threading.settrace(print)
threading.setprofile(len)
print(threading.gettrace() is print, threading.getprofile() is len)
threading.settrace(None)
threading.setprofile(None)
