// attempt: write a host file with Node's fs module
// expect: GuestException Error
// message: fs.writeFileSync is not offered: a Polybridge JavaScript context may read files (its module folders when sandboxed) but never write them; write from Java instead
require('fs').writeFileSync(SENTINEL, 'escaped');
