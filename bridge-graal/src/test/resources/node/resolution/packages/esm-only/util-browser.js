export default 'browser util';
