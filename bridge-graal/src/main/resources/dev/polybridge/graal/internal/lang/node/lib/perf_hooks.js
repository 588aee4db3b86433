// node's perf/hooks.
'use strict';
module.exports = { performance: require('internal/web').performance };
