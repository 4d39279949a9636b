# Objects in an imported module die at exit with the module's namespace, after
# __main__'s (modules go in sys.modules order; one kept alive is cleared later).
import mod_exit_order
from mod_exit_order import E
keep = mod_exit_order.Holder()
main_obj = E('main-global')
_main_private = E('main-private')
print('end of script')
