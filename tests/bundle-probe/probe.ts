// A module for tests/bundle.test.ts: it and its sibling each report their own address.
export const here = import.meta.url;
export { there } from './sibling.ts';
