const data = require('./data.json'); const helper = require('./helper'); exports.name = data.name; exports.twice = helper.twice; exports.version = require('./package.json').version;
