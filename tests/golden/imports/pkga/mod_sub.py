print("pkga.mod_sub init", __name__, __package__)


def helper(x):
    return x * 10
