/** The tutor's English words: doctor (each prerequisite, its verdict and fix; `netns-tutor doctor`'s last line). */
export const doctor = {
  // Operating system.
  os: 'Operating system',
  notLinux: (platform: string) => `${platform}: network namespaces are a Linux kernel feature`,
  macFix: 'macOS: run a Linux VM (e.g. `multipass launch` or UTM) and use the tutor inside it.',
  windowsFix: 'Windows: use WSL2 (`wsl --install -d Debian`), then run the tutor inside WSL.',
  // Programs: ip, ping, unshare and nsenter.
  found: 'found',
  notFound: 'not found',
  ipTooOld: (version: string) => `${version}: too old to print JSON (-j); 4.13 or newer is needed`,
  utilLinux: 'unshare and nsenter (util-linux)',
  missing: (programs: string) => `missing: ${programs}`,
  // Privileges and user namespaces.
  privileges: 'Privileges',
  root: 'running as root: labs need no user namespace',
  userns: 'User namespaces',
  usernsWork: 'unprivileged user namespaces work: labs run without root',
  /** `why`: the causes found (possibly none); `trial`: what the trial printed. */
  usernsFailed: (why: readonly string[], trial: string) => `not root, and a trial user namespace failed${why.length ? ` (${why.join('; ')})` : ''}: ${trial}`,
  // A trial lab.
  lab: 'Throwaway lab',
  labWorked: 'a trial lab was made and removed',
  labRootFix: 'Run `sudo netns-tutor doctor` to see whether root can make labs here.',
  // The terminal.
  terminal: 'Terminal',
  notTty: 'not an interactive terminal: the tutor will use plain mode (lines in, lines out)',
  notTtyFix: 'Run it in a terminal for the full screen, or pass --plain to choose plain mode yourself.',
  narrow: (columns: number) => `${columns} columns: narrower than 60, the topology panel hides`,
  narrowFix: 'Widen the window to at least 60 columns (120 or more shows the topology beside the lesson).',
  columns: (columns: number | '?') => `${columns} columns`,
  // The verdict, after the findings.
  canRun: 'Lessons can run on this machine.',
  cannotRun: 'Lessons cannot run here yet: fix the ✗ lines above.',
  lessonToolFound: (lessons: string) => `found (for the lessons ${lessons})`,
  lessonToolMissing: (lessons: string) => `not found: the lessons ${lessons} need it; the others run without it`,
};

export type DoctorWords = typeof doctor;
