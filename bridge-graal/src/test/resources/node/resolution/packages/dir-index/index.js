module.exports = 'index.js of a folder without package.json';
