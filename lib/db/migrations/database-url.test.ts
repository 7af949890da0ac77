import { describe, expect, it } from "vitest";

import { parseDatabaseUrl } from "./database-url";

describe("parseDatabaseUrl", () => {
  it("splits a URL into the fields adapter-pg needs, decoding escapes", () => {
    expect(parseDatabaseUrl("postgresql://chron%40icle:p%2Fss@db.example:6543/archive?sslmode=disable")).toEqual({
      host: "db.example",
      port: 6543,
      user: "chron@icle",
      password: "p/ss",
      database: "archive",
    });
  });

  it("defaults the port and the user, and leaves the password out when there is none", () => {
    expect(parseDatabaseUrl("postgres://127.0.0.1/test")).toEqual({
      host: "127.0.0.1",
      port: 5432,
      user: "postgres",
      password: undefined,
      database: "test",
    });
  });

  it("says what is wrong with a URL it cannot use", () => {
    expect(() => parseDatabaseUrl("localhost:5432")).toThrow(/must start with postgres/);
    expect(() => parseDatabaseUrl("not a url")).toThrow(/not a URL/);
    expect(() => parseDatabaseUrl("postgres://localhost:5432")).toThrow(/names no database/);
  });
});
