// attempt: list a host folder outside the module folders
// expect: GuestException Error
// message: EACCES: permission denied, scandir '/etc'
require('fs').readdirSync('/etc');
