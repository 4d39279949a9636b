import warnings
def api(x):
    if x < 0:
        warnings.warn(f'negative value {x} clipped', RuntimeWarning, stacklevel=2)
        x = 0
    return x
print(api(-1), api(2))
print(api(-5))
warnings.filterwarnings('error', category=RuntimeWarning)
print(api(3))
api(-7)
