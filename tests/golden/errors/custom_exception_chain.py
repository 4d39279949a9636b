class ConfigError(Exception):
    pass
def load():
    try:
        int("x1")
    except ValueError as e:
        raise ConfigError("bad config value") from e
print("loading")
load()
