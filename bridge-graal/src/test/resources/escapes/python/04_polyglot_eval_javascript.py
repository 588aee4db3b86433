# attempt: evaluate JavaScript from inside Python
# expect: GuestException RuntimeError
# message: polyglot access is not allowed
import polyglot
polyglot.eval(language='js', string='1 + 1')
