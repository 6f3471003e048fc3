/** The tutor's English words: advice (why user namespaces are refused and how to allow them; why a lab could not be made). */
export const advice = {
  // Why user namespaces are refused, and the fix for each cause (advice/userns.ts).
  usernsCloneFix: 'Debian: sudo sysctl -w kernel.unprivileged_userns_clone=1 (and add it to /etc/sysctl.d/99-userns.conf to keep it)',
  maxUserNsFix: 'All distributions: sudo sysctl -w user.max_user_namespaces=15000 (Fedora/RHEL 7: also add user_namespace.enable=1 to the kernel command line)',
  apparmorWhy: 'AppArmor restricts unprivileged user namespaces (Ubuntu 23.10+)',
  apparmorFix: 'Ubuntu: sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0, or run the tutor with sudo',
  containerFix: 'In a container: start it with --cap-add SYS_ADMIN --cap-add NET_ADMIN --security-opt seccomp=unconfined (or --privileged), or run the tutor on the host.',
  orRoot: 'Or run the tutor as root: sudo netns-tutor',
  // Why a lab could not be made (advice/lab-failure.ts).
  doctorChecks: '`netns-tutor doctor` checks every prerequisite.',
  usernsOff: 'User namespaces are switched off here (user.max_user_namespaces is 0), so the lab has none to use.',
  rootRefused: 'Even root may not create namespaces here: this looks like a container without the privileges a lab needs.',
  /** `why`: the causes found, possibly none. */
  usernsRefused: (why: readonly string[]) => `This machine does not let an unprivileged user create the user namespace a lab needs${why.length ? ` (${why.join('; ')})` : ''}.`,
  mountFailed: 'The lab could not mount its private /run/netns.',
  mountFix: 'Run the tutor as root (sudo netns-tutor), or allow unprivileged user namespaces.',
};

export type AdviceWords = typeof advice;
