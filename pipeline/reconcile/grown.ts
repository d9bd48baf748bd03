// grown: lists of numbers built one at a time in a typed array (a run's state for every
// article or mention, where arrays of JavaScript numbers or strings cost several times as
// much) grow into a copy half as long again when full; fitted gives a full list back at its
// length, the room left to grow let go, for one held long after it is built.

type Growable = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

export function grown<T extends Growable>(from: T): T {
  const to = new (from.constructor as new (length: number) => T)(Math.ceil(from.length * 1.5));
  to.set(from);
  return to;
}

/** The first `length` numbers of `from` in an array of their own (`from` itself when it is that long). */
export function fitted<T extends Growable>(from: T, length: number): T {
  return from.length === length ? from : (from.slice(0, length) as T);
}
