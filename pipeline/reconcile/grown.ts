// grown: lists of numbers built one at a time in a typed array (a run's state for every
// article or mention, where arrays of JavaScript numbers or strings cost several times as
// much) grow into a copy half as long again when full.

type Growable = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

export function grown<T extends Growable>(from: T): T {
  const to = new (from.constructor as new (length: number) => T)(Math.ceil(from.length * 1.5));
  to.set(from);
  return to;
}
