import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  { ignores: ["lib/generated/**", ".next/**", ".data/**", "node_modules/**", "playwright-report/**", "test-results/**"] },
  {
    // Components render plain data; only lib/queries and lib/actions talk to the database.
    files: ["components/**/*.{ts,tsx}", "app/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@/lib/db", message: "Read through lib/queries, write through lib/actions." }] }],
    },
  },
  {
    // One way in: raw statements are `sql` templates sent through lib/db (queryRows, prismaTx, poolTx,
    // inTransaction); the driver and Prisma's raw methods stay inside lib/db. Tests, scripts and the
    // benchmark seeders drive PostgreSQL themselves.
    files: ["lib/**/*.{ts,tsx}"],
    ignores: ["lib/db/**", "lib/embedded-postgres/**", "lib/bench/**", "lib/importer/eval/**", "lib/**/*.test.ts"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "pg", message: "Send statements through @/lib/db." }] }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[property.name=/^\\$(queryRaw|executeRaw|queryRawUnsafe|executeRawUnsafe)$/]",
          message: "Send raw statements through @/lib/db (queryRows, prismaTx, poolTx, inTransaction).",
        },
        { selector: "MemberExpression[object.name='Prisma'][property.name=/^(sql|join|empty|raw)$/]", message: "Use sql, join, empty from @/lib/db." },
      ],
    },
  },
];

export default config;
