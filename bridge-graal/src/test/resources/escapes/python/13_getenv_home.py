# attempt: read HOME from the environment
# expect: value None
import os
os.getenv('HOME')
