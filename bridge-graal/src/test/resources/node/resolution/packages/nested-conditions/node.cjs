module.exports = 'node require';
