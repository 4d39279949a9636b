class ConfigError(Exception):
    pass

def read_port(cfg):
    try:
        return int(cfg["port"])
    except (KeyError, ValueError) as exc:
        raise ConfigError(f"bad port in {cfg!r}") from exc

print(read_port({"port": "80"}))
read_port({"port": "eighty"})
