// attempt: import a host file outside the module folders as an ES module
// expect: value rejected
// result: outcome
var outcome = 'pending';
import(SECRET_FILE).then(
  () => { outcome = 'loaded'; },
  () => { outcome = 'rejected'; });
