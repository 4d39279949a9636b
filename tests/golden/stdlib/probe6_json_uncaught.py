import json
config_text = '{"name": "app", "debug": true, "ports": [80, 443]}'
cfg = json.loads(config_text)
print(cfg["name"], cfg["ports"])
broken = '{"name": "app", "debug": True}'
json.loads(broken)
