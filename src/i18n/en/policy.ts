/** The tutor's English words: policy (why a line is not run, or what was adjusted before running it). */
export const policy = {
  // Refusals: one or two friendly sentences, what was refused, why, and what to do instead.
  parentheses: 'Parentheses are shell syntax (a subshell), and the tutor runs each command without a shell. Leave them out, or put the word that holds them in quotes.',
  operator: (op: string, filters: readonly string[]) =>
    `The lab runs one command at a time, so \`${op}\` is not supported. Type the commands one after another; a single \`|\` into ${filters.join(', ')} is fine.`,
  substitution: (what: string) => `Command substitution (${what}) is not run here: the tutor runs each command without a shell. Type the inner command on its own first.`,
  redirect: (op: string) => `Redirections (\`${op}\`) are not allowed: the lab shares the host's files and never writes them. Leave out the \`${op}\` part; the output appears here.`,
  unbalancedQuote: (quote: string) => `A ${quote} quote is left open. Close it and try again.`,
  glob: (pattern: string) => `Wildcards like \`${pattern}\` are not expanded here (there is no shell). Name the file or directory itself, e.g. \`ls /var/run/netns/\`.`,
  /** A program the lab does not run; `inner`: started by another (`ip netns exec NS prog`); `meant`: didYouMean's sentence, or ''. */
  program: (program: string, inner: boolean, meant: string, tools: string, filters: readonly string[]) =>
    `${inner ? `That would start \`${program}\` inside a namespace, and it` : `\`${program}\``} is not one of the lab's tools.${meant} The lab shares the host's files, so it runs only networking tools and harmless readers: ${tools} (and ${filters.join(', ')} after a \`|\`).`,
  didYouMean: (nearest: string) => ` Did you mean \`${nearest}\`?`,
  filter: (program: string, filters: readonly string[]) => `Only ${filters.join(', ')} can follow a \`|\`; \`${program}\` cannot.`,
  install: (manager: string, packages: readonly string[]) =>
    `Nothing needs installing inside the lab: \`${manager}\` is not run here. The article installs iproute${packages.length ? ` (${packages.join(' ')})` : ''} because a bare system may lack \`ip\`; \`netns-tutor doctor\` checks this machine and prints the exact install command if anything is missing.`,
  shellBuiltin: (program: string) => `\`${program}\` is a shell command, and the tutor has no shell: each line runs on its own. To leave, type /quit.`,
  sysctlWrite: (key: string) => `\`${key}\` is not per network namespace, so changing it would change the host. The lab lets sysctl write only net.* keys.`,
  sysctlLoad: 'Loading sysctl settings from a file would change keys that are not per namespace. Set one net.* key at a time: `sysctl -w net.ipv4.ip_forward=1`.',
  option: (program: string, option: string, why: string) => `\`${program} ${option}\` is not allowed in the lab: ${why}.`,
  /** Why an option is refused (policy/tool-options.ts). */
  optionWhy: {
    batch: 'commands read from a file are not checked as typed ones are; type them one by one',
    writes: 'it would write a file, and the lab shares the host\'s files',
    runs: 'it would start another program, and the lab runs only its own tools',
    device: 'it would write a device\'s own memory',
    curl: 'here curl fetches pages with the usual options (-s, -S, -v, -i, -I, -L, -f, -m, -H, -X, -d, -w, -o /dev/null) and none that write files or read settings',
  },
  tooLong: (length: number) => `That line is ${length} characters long; the tutor takes lines up to 4096.`,
  controlChars: 'That line holds control characters (shown as ^X), which no command here needs. Type or paste it again as plain text.',
  notUtf8: 'That line holds bytes that are not valid UTF-8 (shown as �): the terminal may be set to another encoding. Set it to UTF-8, or type the line again instead of pasting it.',
  // Notes: a short line about an adjustment made before running.
  strippedPrompt: 'Left out the leading `$ `: it is the prompt in the article, not part of the command.',
  strippedSudo: 'Left out `sudo`: inside the lab you are already root.',
  strippedComment: 'Left out the `# …` comment at the end.',
};

export type PolicyWords = typeof policy;
