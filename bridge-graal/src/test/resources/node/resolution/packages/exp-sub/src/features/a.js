module.exports = 'feature a';
