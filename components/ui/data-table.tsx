import type { ReactNode } from "react";

/**
 * A table beside a drawing (the network's pairs, the map's places): caption, column heads (`num` ones
 * right-aligned, as their cells), and the rows given. Its look is the `data-table` class (globals.css),
 * so the up to a hundred rows carry no utility lists.
 */
export function DataTable({ testId, caption, columns, children }: { testId: string; caption: string; columns: { label: string; num?: boolean }[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="data-table" data-testid={testId}>
        <caption className="mb-2 text-left text-stone-600 dark:text-stone-400">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.label} scope="col" {...(c.num ? { className: "num" } : {})}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
