// addToGroup: appends a value to its key's list in a map of lists, in place. Copying the
// list on every append (`[...(map.get(k) ?? []), v]`) is quadratic in the group's size: one
// article of many thousand repeated mentions took minutes that way. It lives in extractors/,
// the lowest layer, so the extractors and the pipeline share it.

export function addToGroup<K, V>(groups: Map<K, V[]>, key: K, value: V): void {
  const list = groups.get(key);
  if (list) list.push(value);
  else groups.set(key, [value]);
}
