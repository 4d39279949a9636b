import argparse

p = argparse.ArgumentParser(prog="convert", description="Convert units.")
p.add_argument("value", type=float)
p.add_argument("unit", choices=["km", "mi"])
p.add_argument("--precision", "-p", type=int, default=2)
print(p.parse_args(["3.5", "km"]))
print(p.parse_args(["-p", "4", "1", "mi"]))
p.parse_args(["abc", "km"])
