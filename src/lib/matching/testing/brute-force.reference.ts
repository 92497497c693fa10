/**
 * Test support: exhaustive maximum-weight matching by enumerating every
 * matching (each household: unmatched or any free flat). Exponential, so only
 * for instances up to about 8 × 8; independent of the solver's code.
 */

/** Weight matrix: weights[h][f] > 0 is an edge, 0 means no edge. */
export type WeightMatrix = readonly (readonly number[])[];

/** Largest total weight over all matchings of the matrix. */
export function bruteForceMaximum(weights: WeightMatrix, flats: number): number {
  const used = new Array<boolean>(flats).fill(false);
  let best = 0;
  const visit = (household: number, total: number): void => {
    if (household === weights.length) {
      if (total > best) best = total;
      return;
    }
    visit(household + 1, total);
    const row = weights[household]!;
    for (let f = 0; f < flats; f++) {
      const weight = row[f]!;
      if (weight <= 0 || used[f]) continue;
      used[f] = true;
      visit(household + 1, total + weight);
      used[f] = false;
    }
  };
  visit(0, 0);
  return best;
}
