export default 'esm index'; export const kind = 'esm';
