module.exports = 'cjs index';
