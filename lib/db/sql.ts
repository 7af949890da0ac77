import { Prisma } from "../generated/prisma/client";

/**
 * The one way to write a statement: a tagged template whose `${values}` travel as parameters, never
 * spliced into the text. Prisma's own `Sql`, so a statement goes unchanged to the Prisma client or
 * straight to the driver (`text` and `values`); see ./transaction.ts for where it is sent.
 */
export type Sql = Prisma.Sql;

export const sql: (strings: readonly string[], ...values: unknown[]) => Sql = Prisma.sql;

/** Statements or values joined by a separator (a list of conditions, an IN list). */
export const join: (items: readonly unknown[], separator?: string) => Sql = Prisma.join;

/** A statement part that adds nothing (an optional condition left out). */
export const empty: Sql = Prisma.empty;

/** Text spliced in as is: only for identifiers chosen by code (a column from a fixed list), never input. */
export const raw: (text: string) => Sql = Prisma.raw;
