// The two ways the benchmark rounds its figures, shared so that the table, the JSON and both
// sites' figures are rounded alike.

/** One decimal. @param {number} n */
export function round(n) {
  return Math.round(n * 10) / 10;
}

/** The median of sorted numbers, rounded to a whole number when it falls between two (0 if none). @param {number[]} sorted */
export const median = (sorted) => {
  if (sorted.length === 0) return 0;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : Math.round((sorted[mid - 1] + sorted[mid]) / 2);
};
