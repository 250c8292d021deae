/** Oldest first; rows at the same second keep the source's order (Array.prototype.sort is stable). */
export const byTime = (a: { at: number }, b: { at: number }) => a.at - b.at;
