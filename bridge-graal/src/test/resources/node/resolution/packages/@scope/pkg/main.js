module.exports = 'scoped';
