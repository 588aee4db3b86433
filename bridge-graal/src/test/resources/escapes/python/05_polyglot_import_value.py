# attempt: read a value another language exported
# expect: GuestException NotImplementedError
# message: polyglot access is not allowed
import polyglot
polyglot.import_value('secret')
