module.exports = { from: 'main', file: __filename.split('/').slice(-2).join('/') };
