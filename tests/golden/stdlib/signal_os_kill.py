import os, signal
def handler(signum, frame):
    print("handler", signal.Signals(signum).name, frame is not None)
signal.signal(signal.SIGUSR1, handler)
os.kill(os.getpid(), signal.SIGUSR1)
print("after kill")
signal.signal(signal.SIGUSR1, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR1)
print("ignored")
try:
    os.kill(99999999, 0)
except OSError as e:
    print(type(e).__name__, e)
try:
    os.kill(os.getpid(), 99999)
except (OSError, ValueError) as e:
    print(type(e).__name__, e)
