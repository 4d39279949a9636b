# A SyntaxError from eval() reaches the top level with the '<string>' filename.
print("before")
namespace = {}
exec("def f(n):\n    return n * 2", namespace)
print(namespace['f'](21))
eval("1 + (2")
