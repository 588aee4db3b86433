// attempt: import a host file outside the module folders through a node: core module facade path
// expect: value rejected
// result: outcome
var outcome = 'pending';
import('/@pb/0' + SECRET_FILE).then(
  () => { outcome = 'loaded'; },
  () => { outcome = 'rejected'; });
