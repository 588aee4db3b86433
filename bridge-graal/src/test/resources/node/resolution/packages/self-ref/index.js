module.exports = 'self ' + require('self-ref/other');
