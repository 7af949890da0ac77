/**
 * An estimate to the two significant figures a sample of a few hundred articles can vouch for:
 * 2 184 → 2 200, 99 840 → 100 000. Below 100 as it is (those come from counting, near enough).
 */
export function roughly(n: number): number {
  if (n < 100) return n;
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / unit) * unit;
}
