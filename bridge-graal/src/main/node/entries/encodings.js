// The WHATWG Encoding Standard's labels, each mapped to its encoding's name.
module.exports = require('whatwg-encoding/lib/labels-to-names.json');
