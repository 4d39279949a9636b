print("never")
try:
    pass
except*:
    pass
