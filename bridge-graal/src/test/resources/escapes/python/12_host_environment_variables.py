# attempt: read the host's environment variables
# expect: value []
import os
[name for name in os.environ if name in HOST_ENV]
