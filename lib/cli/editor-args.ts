import { parseArgs } from "node:util";
import { createInterface } from "node:readline";

/** `--email … --name …` (and `--generate` to skip the prompt), as npm passes them after `--`. */
export function editorArgs(argv: string[]): { email?: string; name?: string; generate: boolean } {
  const { values } = parseArgs({
    args: argv,
    options: { email: { type: "string" }, name: { type: "string" }, generate: { type: "boolean", default: false } },
    strict: true,
  });
  return { email: values.email, name: values.name, generate: values.generate ?? false };
}

/**
 * Asks for a password on the terminal without echoing it; an empty answer (or no terminal at all, as
 * in scripts) means "generate one".
 */
export async function askPassword(prompt: string): Promise<string | undefined> {
  if (!process.stdin.isTTY) return undefined;
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const out = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  let asking = true;
  out._writeToOutput = (s: string) => {
    if (!asking || s.includes(prompt)) out.output.write(s);
  };
  const answer = await new Promise<string>((resolve) => rl.question(prompt, resolve));
  asking = false;
  rl.close();
  process.stdout.write("\n");
  return answer.trim() === "" ? undefined : answer;
}
