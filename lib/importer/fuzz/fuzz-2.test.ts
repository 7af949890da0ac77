import { fuzzShare } from "./fuzz-run";

fuzzShare(2, 2, 19_910_101);
