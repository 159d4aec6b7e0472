/** Add an item to the list a key groups in `map`, starting the list when there is none. */
export function appendTo<Key, Item>(map: Map<Key, Item[]>, key: Key, item: Item): void {
  const items = map.get(key);
  if (items) items.push(item);
  else map.set(key, [item]);
}
