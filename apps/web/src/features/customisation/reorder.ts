// The order after moving the item at `index` by `offset` places (-1 = up), or null when the move
// would leave the list.
export function moveItem<T>(items: readonly T[], index: number, offset: number): T[] | null {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) {
    return null;
  }
  const next = [...items];
  const [moved] = next.splice(index, 1);
  next.splice(target, 0, moved as T);
  return next;
}
