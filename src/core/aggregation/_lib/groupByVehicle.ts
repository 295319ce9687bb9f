/**
 * Indices of `items` per vehicle, each list sorted by `time` (then input order). Sorting once per
 * vehicle, and skipping the sort when an export is already in order, keeps a million rows cheap.
 */
export function groupByVehicle<T extends { vehicleId: string }>(
  items: readonly T[],
  time: (item: T) => number,
): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  const times = new Float64Array(items.length);
  for (let i = 0; i < items.length; i++) times[i] = time(items[i]);
  for (let i = 0; i < items.length; i++) {
    const id = items[i].vehicleId;
    const list = groups.get(id);
    if (list) list.push(i);
    else groups.set(id, [i]);
  }
  for (const list of groups.values()) {
    let sorted = true;
    for (let k = 1; k < list.length && sorted; k++) sorted = times[list[k - 1]] <= times[list[k]];
    if (!sorted) list.sort((a, b) => times[a] - times[b] || a - b);
  }
  return groups;
}
