// The command line that starts the bundled language server.

/** Splits a vmargs setting into arguments, honouring double quotes: -Dx="a b" stays one argument. */
export function splitArgs(text: string | undefined | null): string[] {
  const args: string[] = [];
  if (!text) {
    return args;
  }
  let current = '';
  let quoted = false;
  let started = false;
  for (const ch of text) {
    if (ch === '"') {
      quoted = !quoted;
      started = true;
    } else if (/\s/.test(ch) && !quoted) {
      if (started) {
        args.push(current);
        current = '';
        started = false;
      }
    } else {
      current += ch;
      started = true;
    }
  }
  if (started) {
    args.push(current);
  }
  return args;
}

export function serverArgs(jar: string, vmargs: string | undefined | null): string[] {
  return [...splitArgs(vmargs), '-Dfile.encoding=UTF-8', '-jar', jar, 'server'];
}
