export default 'node util';
