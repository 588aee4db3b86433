# attempt: run a shell command with os.system
# expect: BridgeException
# message: Guest code tried to start a process (os.system, subprocess, ...), which a Polybridge context never allows. Run the command from Java and pass its result to the guest.
import os
os.system('touch ' + SENTINEL)
