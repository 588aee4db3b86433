export const kind = 'esm sync';
