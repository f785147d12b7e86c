/**
 * The usage error of a script's command line: `usage(message?)` prints what
 * was wrong (if anything), then how to call the script, and exits with
 * status 2. Shared by bench-content.ts, bench-hints.ts and size.ts.
 */
export function usageError(script: string, args: string): (message?: string) => never {
  return (message) => {
    if (message) console.error(`${script}: ${message}`);
    console.error(`usage: npm run ${script} -- ${args}`);
    process.exit(2);
  };
}
