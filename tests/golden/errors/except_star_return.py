print("never")
def f():
    try:
        pass
    except* ValueError:
        return
