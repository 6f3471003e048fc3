/** The tutor's English words: lab (starting a lab, and why it could not start). */
export const lab = {
  // --host (lab/lab.ts).
  hostNeedsRoot: '--host runs on the real host network stack and needs root.',
  hostNeedsRootHint: 'Run it with sudo, or leave out --host to use a throwaway lab (no root needed where user namespaces are allowed).',
  // Programs missing from PATH (lab/preflight.ts); `names`: the programs, `one`: whether there is only one.
  notInstalled: (names: string, one: boolean) =>
    `${names} ${one ? 'is' : 'are'} not installed (not found on PATH). The lessons cannot run without ${one ? 'it' : 'them'}: the lab needs ${one ? 'it' : 'them'} for every command.`,
  /** `debian`, `fedora`: the packages to install on each. */
  notInstalledHint: (one: boolean, debian: string, fedora: string) =>
    `Install ${one ? 'it' : 'them'} (Debian/Ubuntu: sudo apt-get install ${debian}; Fedora/RHEL: sudo dnf install ${fedora}), then run \`netns-tutor doctor\` to check the rest.`,
  // The throwaway lab (lab/sandbox.ts).
  cannotStart: (why: string) => `Cannot start the lab: ${why}`,
  noUnshare: '`unshare` is not installed, so the tutor cannot make a lab.',
  noUnshareHint: 'Install util-linux (Debian/Ubuntu: sudo apt-get install util-linux; Fedora/RHEL: sudo dnf install util-linux), or run `netns-tutor doctor`.',
  /** `said`: unshare's last line of errors, or ''; `code`: its exit code; `why`: the advice's explanation (advice/lab-failure.ts). */
  cannotMake: (said: string, code: number | null, why: string) =>
    `Cannot make a lab on this machine: ${said ? `unshare said "${said}"` : `unshare exited with ${code}`}. ${why}`,
  noHolder: 'The lab started but its first process could not be found in /proc.',
};

export type LabWords = typeof lab;
