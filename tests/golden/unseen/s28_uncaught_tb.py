# An uncaught error deep in a call chain: what the user sees
import json

def parse_config(text):
    return json.loads(text)

def load_settings(raw):
    settings = parse_config(raw)
    return settings["timeout"] * 2

def main():
    configs = ['{"timeout": 5}', '{"retries": 3}']
    for c in configs:
        print("timeout x2 =", load_settings(c))

main()
