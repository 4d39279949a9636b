import textwrap
paras = ["Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.",
         "Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat."]
for width in (20, 35, 60):
    print(f'--- width {width} ---')
    for p in paras:
        print(textwrap.fill(p, width=width))
        print()
box = textwrap.TextWrapper(width=30, initial_indent='| ', subsequent_indent='| ')
print('+' + '-' * 30)
for line in box.wrap(paras[0]):
    print(f'{line:<31}|')
print('+' + '-' * 30)
def usage():
    return textwrap.dedent('''\
        Usage: tool [OPTIONS]

          --help     Show this message.
          --verbose  Talk more.
        ''')
print(usage(), end='')
print(textwrap.indent(usage(), '    ', lambda l: l.strip().startswith('--')), end='')
print(textwrap.shorten(paras[1], 40), textwrap.shorten(paras[1], 40, placeholder='…'), textwrap.shorten('short', 40))
print(textwrap.wrap('Supercalifragilisticexpialidocious is long', 10))
print(textwrap.fill('A\tB\tC', 20, tabsize=8), textwrap.fill('x ' * 10, 9, max_lines=2))
