/** Orders ids by code units, as the matcher does: the same order in every locale. */
export const byId = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
