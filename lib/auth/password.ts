import { randomBytes } from "node:crypto";
import argon2 from "argon2";

// OWASP's argon2id floor (19 MiB, 2 passes, 1 lane): ~0.2 s a hash on the shared 2-core machine, costly for an offline attacker.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;


export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, OPTIONS);
}

/** False for a wrong password and for a malformed hash alike: sign-in never learns which. */
export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

let decoy: Promise<string> | null = null;

/** Spends the time a real check takes, so an unknown email answers no faster than a wrong password. */
export async function verifyDecoy(password: string): Promise<void> {
  decoy ??= hashPassword(randomBytes(16).toString("hex"));
  await verifyPassword(await decoy, password);
}

/** A random password of 24 characters from a 62-letter alphabet (~143 bits). */
export function generatePassword(): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  let out = "";
  while (out.length < 24) {
    for (const byte of randomBytes(32)) {
      // Rejection sampling keeps every letter equally likely (248 = 4 × 62).
      if (byte < 248 && out.length < 24) out += alphabet[byte % 62];
    }
  }
  return out;
}
