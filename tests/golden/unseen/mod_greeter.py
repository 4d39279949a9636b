"""A plugin loaded by path."""
NAME = "greeter"
def run(who):
    return f"hello {who} from {__name__}"
