export default 'node import';
