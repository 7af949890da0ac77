// Az.js ships no types; this declares only the slice of its API the people extractor uses.
declare module "az" {
  export interface AzTag {
    POS?: string;
    CAse?: string;
    GNdr?: string;
    NMbr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  export interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    parser: string;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: Record<string, boolean>): AzParse | false;
  }
  export interface AzMorph {
    (word: string, config?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (err: unknown) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
