import { constants, crc32, deflateRawSync } from "node:zlib";

/**
 * A gzip body whose 24-byte nonces can be replaced without compressing again: each run of bytes
 * between nonces is deflated once, on its own and ending on a byte boundary (a full flush), and each
 * nonce travels as a stored (uncompressed) deflate block of its own, so a copy is the kept pieces
 * around new nonces, a final empty block, and the trailer's CRC-32 computed over the new text.
 * RFC 1951 §3.2.4 (stored blocks), RFC 1952 (the gzip member).
 */
export interface GzipSegments {
  parts: Buffer[];
  /** Uncompressed bytes, for the trailer. */
  length: number;
}

const HEADER = Buffer.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 0xff]);
const FINAL_EMPTY_BLOCK = Buffer.from([0x01, 0x00, 0x00, 0xff, 0xff]);

function storedBlockHeader(length: number): Buffer {
  return Buffer.from([0x00, length & 0xff, length >> 8, ~length & 0xff, (~length >> 8) & 0xff]);
}

/** Deflates each text between the nonces (`texts` has one more entry than there are nonces). */
export function gzipSegments(texts: Buffer[]): GzipSegments {
  return {
    parts: texts.map((text) => deflateRawSync(text, { level: 6, finishFlush: constants.Z_FULL_FLUSH })),
    length: texts.reduce((sum, text) => sum + text.length, 0),
  };
}

/** The gzip body for `texts` with `nonce` between each two of them; `texts` are the ones given to gzipSegments. */
export function gzipCopy(segments: GzipSegments, texts: Buffer[], nonce: Buffer): Buffer[] {
  let crc = 0;
  const out: Buffer[] = [HEADER];
  segments.parts.forEach((part, i) => {
    if (i > 0) {
      out.push(storedBlockHeader(nonce.length), nonce);
      crc = crc32(nonce, crc);
    }
    out.push(part);
    // zlib.crc32 of no bytes answers 0, not the value it was given.
    if (texts[i]!.length > 0) crc = crc32(texts[i]!, crc);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE((segments.length + nonce.length * (segments.parts.length - 1)) >>> 0, 4);
  out.push(FINAL_EMPTY_BLOCK, trailer);
  return out;
}
