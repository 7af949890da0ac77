/** "  120/10000  1.2%  98.4 art/s  ETA 1m 40s" — the import progress shown on a terminal. */
export function progressLine(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const percent = total > 0 ? ((done / total) * 100).toFixed(1) : "100.0";
  const eta = rate > 0 ? duration(((total - done) / rate) * 1000) : "—";
  const width = 24;
  const filled = total > 0 ? Math.round((done / total) * width) : width;
  return `[${"#".repeat(filled)}${".".repeat(width - filled)}] ${done}/${total}  ${percent}%  ${rate.toFixed(1)} art/s  ETA ${eta}`;
}

export function duration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}
