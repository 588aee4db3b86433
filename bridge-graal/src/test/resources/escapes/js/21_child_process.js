// attempt: run a host command with child_process
// expect: GuestException Error
// message: child_process.execSync is not offered: a Polybridge JavaScript context cannot start processes
require('child_process').execSync('touch ' + SENTINEL);
