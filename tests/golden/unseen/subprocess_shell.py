import subprocess
import sys
import shlex

r = subprocess.run(["echo", "hello", "world"], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr), r.args)
r = subprocess.run("echo $((2+3)); exit 3", shell=True, capture_output=True, text=True)
print(r.returncode, r.stdout.strip())
try:
    subprocess.run(["false"], check=True)
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode)
out = subprocess.check_output(["printf", "a\\nb\\n"]).decode().splitlines()
print(out)
p = subprocess.run(["cat"], input="piped text", capture_output=True, text=True)
print(p.stdout)
print(shlex.split("cmd --opt 'quoted arg' \"double q\" plain"), shlex.quote("it's"), shlex.join(["a b", "c"]))
try:
    subprocess.run(["definitely-not-a-command-xyz"])
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror, e.filename)
with subprocess.Popen(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
    o, e = proc.communicate()
    print(repr(o), repr(e), proc.returncode)
print(subprocess.getoutput("echo hi"), subprocess.getstatusoutput("exit 2"))
r = subprocess.run([sys.executable, "-c", "print(6 * 7)"], capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired", e.cmd)
