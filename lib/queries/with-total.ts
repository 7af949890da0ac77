/** Rows of a statement that counted every match beside each row (`count(*) OVER ()`): that total, and the rows as items. */
export function withTotal<R extends { total: number }, I>(rows: R[], item: (row: R) => I): { total: number; items: I[] } {
  return { total: rows[0]?.total ?? 0, items: rows.map(item) };
}
