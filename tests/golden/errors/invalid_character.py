# Identifiers may use any XID characters; anything else is reported where it stands.
café = 1
π = 3.14
变量 = 2
ﬁle = 5
_ñ = 6
print(café, π, 变量, fi, _ñ, file if False else 'ok')
x = 1 € 2
