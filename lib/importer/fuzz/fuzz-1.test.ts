import { fuzzShare } from "./fuzz-run";

fuzzShare(1, 2, 20_261_204);
