/** Costs of the interactive shell: filled in with the shell itself. */
export async function benchShell(): Promise<{ name: string; medianMs: number; baseline: string; baselineMs: number; target: string }[]> {
  return [];
}
