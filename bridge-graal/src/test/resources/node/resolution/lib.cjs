exports.greeting = 'hello';
exports.count = 2;
