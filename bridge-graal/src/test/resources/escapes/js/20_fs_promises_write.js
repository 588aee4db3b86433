// attempt: write a host file with fs/promises
// expect: value rejected
// result: outcome
var outcome = 'pending';
require('node:fs/promises').writeFile(SENTINEL, 'escaped').then(
  () => { outcome = 'written'; },
  (e) => { outcome = e.code === 'ERR_POLYBRIDGE_NOT_OFFERED' ? 'rejected' : String(e); });
