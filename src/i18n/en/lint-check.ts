/** The tutor's English words: lint, the check lines of a lesson (check/parse.ts, check/reader.ts, check/keyword-readers.ts). */
export const lintCheck = {
  /** What was expected where a word is missing or wrong: the WHAT of "expected WHAT after …". */
  what: {
    check: (keywords: string) => `a check (one of ${keywords})`,
    netns: 'a namespace name',
    iface: 'an interface name',
    peerIface: 'the peer interface name',
    bridge: 'a bridge name',
    cidr: 'an address with its prefix, like 192.0.0.1/24',
    pingAddr: 'an address to ping, like 192.0.0.1',
    path: 'an absolute path, like /var/run/netns/ns0',
    linkKind: 'a link kind (veth, loopback, bridge, dummy, …)',
    routeDest: 'a destination: `default`, a prefix like 192.0.0.0/24, or an address',
    routePrefix: '`default`, a prefix like 192.0.0.0/24, or an address',
    gateway: 'a gateway address',
    sysctlKey: (example: string) => `a sysctl key (like \`${example}\`)`,
    sysctlValue: (values: readonly string[]) => `the value ${values.join(' or ')}`,
    equalsValue: '`= VALUE`',
    errorReason: (reasons: readonly string[]) => `an error: ${reasons.join(', ')}`,
    pingedAddr: 'an address, like 192.0.0.1, or `between NS1 and NS2`',
    linkTest: '`exists`, `is up`, `is down`, `type KIND` or `master BR`',
    upOrDown: '`up` or `down`',
    exists: '`exists`',
    peer: '`peer IF`',
    on: '`on IF`',
    outcome: '`succeeds` or `fails`',
    succeeds: '`succeeds`',
    and: '`and NS2`',
    output: '`contains "TEXT"` or `matches /REGEX/`',
    sawLink: '`link IF`',
    from: '`from COMMAND…` or the end of the line',
  },
  // Reading a check line word by word.
  expected: (what: string) => `expected ${what}`,
  expectedAtEnd: (what: string, after: string) => `expected ${what} after \`${after}\`, but the line ends there`,
  /** `suggestion`: didYouMean's text, or ''. */
  expectedFound: (what: string, after: string, found: string, suggestion: string) => `expected ${what} after \`${after}\`, found \`${found}\`${suggestion}`,
  unexpected: (word: string, after: string) => `unexpected \`${word}\` after \`${after}\`: the check ends there`,
  didYouMean: (word: string) => ` (did you mean \`${word}\`?)`,
  singleQuoteOpen: 'the single quote opened here is never closed',
  doubleQuoteOpen: 'the double quote opened here is never closed',
  trailingBackslash: 'a line cannot end with `\\`',
  ranOperator: (op: string) => `\`ran\` takes the words of one command: \`${op}\` is not allowed here (quote it if it is part of a word)`,
  // A check line as a whole.
  blankLine: 'expected a check, found a blank line',
  commentLine: 'expected a check, found a comment (skip comment lines before parsing)',
  notTwice: '`not` can appear only once, at the start of the line',
  internal: (error: string) => `internal error while reading this check: ${error}`,
  /** The words a check starts with, as a list in a sentence. */
  keywords: 'netns, link, veth, addr, route, ping, sysctl, ran, exit, output, file, saw, pinged or error',
  unknownCheck: (word: string, suggestion: string, keywords: string) => `unknown check \`${word}\`${suggestion}; a check starts with ${keywords}, optionally after \`not\``,
  notPingAddr: (word: string) => `expected an IPv4 or IPv6 address to ping, found \`${word}\``,
  notAbsolute: (word: string) => `expected an absolute path (starting with /) after \`file\`, found \`${word}\``,
  // link, route, sysctl.
  badLinkKind: (word: string) => `expected a link kind like veth, loopback, bridge or dummy, found \`${word}\``,
  /** `forms`: what may still follow (`via GW`, `dev IF`, `in NS`). */
  routeExpected: (forms: readonly string[], after: string, found: string, suggestion: string) =>
    `expected ${forms.join(', ')} or the end of the line after \`${after}\`, found \`${found}\`${suggestion}`,
  routeTwice: (form: string) => `${form} is given twice: write route DEST [via GW] [dev IF] [in NS]`,
  routeOrder: (form: string, before: string) => `${form} must come before ${before}: write route DEST [via GW] [dev IF] [in NS]`,
  badGateway: (word: string) => `expected a gateway address (IPv4 or IPv6, no prefix) after \`via\`, found \`${word}\``,
  hostBits: (cidr: string, network: string) => `\`${cidr}\` has host bits set; the kernel keeps a route by its network, so write \`${network}\``,
  sysctlKeyFirst: (key: string) => `expected a sysctl key before \`=\`, like \`sysctl ${key} = 1\``,
  sysctlSpaces: (fixed: string) => `write spaces around \`=\`: \`sysctl ${fixed}\`, the way \`sysctl KEY\` prints it`,
  sysctlDots: (key: string) => `write the key with dots, as \`sysctl\` prints it: \`${key}\``,
  sysctlUnknown: (keys: readonly string[], word: string, suggestion: string) =>
    `the tutor reads only ${keys.map((x) => `\`${x}\``).join(', ')} from each namespace, so \`${word}\` cannot be checked${suggestion}`,
  /** `said`: sysctlWriteAs, sysctlMeantEquals or ''. */
  sysctlNoEquals: (after: string, found: string, said: string) => `expected \`= VALUE\` after \`${after}\`, found \`${found}\`${said}`,
  sysctlWriteAs: (key: string, value: string) => ` (write \`${key} = ${value}\`)`,
  sysctlMeantEquals: ' (did you mean `=`?)',
  sysctlBadValue: (key: string, values: readonly string[], found: string) => `${key} is ${values.join(' or ')}, found \`${found}\``,
  // Commands (`ran …`, `error … from …`), errors and pings.
  commandExpected: (lead: string) => `expected the words of a command after \`${lead}\`, like \`${lead} ip netns list\``,
  /** `rest`: the command without its leading word, or ''. */
  commandLeading: (word: string, lead: string, rest: string) => `commands are recorded without a leading \`${word}\`; write \`${lead} ${rest || 'ip …'}\``,
  unknownError: (word: string, suggestion: string, reasons: readonly string[]) =>
    `unknown error \`${word}\`${suggestion}; the errors the tutor recognises in every language are ${reasons.join(', ')}`,
  pingedSame: (a: string, b: string) => `a path has two different ends: \`pinged between ${a} and ${b}\` names ${a} twice`,
  pingedBetweenFails: '`pinged between NS1 and NS2` takes only `succeeds`: to see a ping fail, write `pinged ADDR from NS fails`',
  notPingedAddr: (word: string) => `expected the IPv4 or IPv6 address the learner pinged, or \`between NS1 and NS2\`, found \`${word}\``,
  withAfterSucceeds: '`with ERROR` says why a ping failed: it follows `fails`, not `succeeds`',
  // output contains "TEXT", output matches /REGEX/.
  quotedExpected: 'expected the text in double quotes after `output contains`, like output contains "inet 192.0.0.1/24"',
  unknownEscape: (ch: string) => `unknown escape \`\\${ch}\`: inside the quotes only \\" and \\\\ are escapes`,
  afterQuote: (tail: string) => `unexpected \`${tail}\` after the closing quote: the check ends there`,
  emptyText: 'the text between the quotes is empty, so the check would always hold',
  unclosedText: 'the text opened here has no closing `"`',
  regexExpected: 'expected a regular expression between slashes after `output matches`, like output matches /192\\.0\\.0\\.\\d+/',
  unclosedRegex: 'the regular expression opened here has no closing `/`',
  emptyRegex: 'the regular expression is empty, so the check would always hold',
  afterRegex: (tail: string) => `unexpected \`${tail}\` after /REGEX/flags: the check ends there`,
  badFlag: (flag: string) => `unknown regular expression flag \`${flag}\`: flags are d, g, i, m, s, u, v, y`,
  /** `why`: the JavaScript engine's own words. */
  badRegex: (regex: string, flags: string, why: string) => `invalid regular expression /${regex}/${flags}: ${why}`,
  // Names and addresses.
  keywordAsName: (what: string, after: string, word: string) => `expected ${what} after \`${after}\`, found the keyword \`${word}\``,
  ifaceTooLong: (word: string, bytes: number) => `\`${word}\` is too long for an interface name: at most 15 characters, it has ${bytes}`,
  badIface: (word: string) => `\`${word}\` is not a valid interface name: it cannot contain \`/\`, \`:\`, quotes or spaces, nor be \`.\` or \`..\``,
  badNetns: (word: string) => `\`${word}\` is not a valid namespace name: it is a file name under /run/netns, so no \`/\`, quotes or spaces`,
  noPrefix: (what: string, word: string) => `expected ${what}, found \`${word}\` without a prefix length: add one, like /24 (IPv4) or /64 (IPv6)`,
  notCidr: (what: string, word: string) => `expected ${what}, found \`${word}\``,
  notAddress: (addr: string, what: string) => `\`${addr}\` is not an IPv4 or IPv6 address (expected ${what})`,
  badPrefix: (prefix: string, family: number, max: number) => `\`/${prefix}\` is not a prefix length: an IPv${family} prefix is a number from 0 to ${max}`,
};

export type LintCheckWords = typeof lintCheck;
