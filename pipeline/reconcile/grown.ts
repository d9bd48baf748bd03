// grownInts: lists of numbers built one at a time in a typed array (a run's state for every
// article, where arrays of JavaScript numbers or strings cost several times as much) grow
// into a copy half as long again when full.

export const grownInts = (from: Int32Array): Int32Array<ArrayBuffer> => {
  const to = new Int32Array(Math.ceil(from.length * 1.5));
  to.set(from);
  return to;
};
