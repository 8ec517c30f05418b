#!/usr/bin/env python3
"""patho.py: pathological inputs for leakwatch, generated, and their cost.

    python3 scripts/patho.py gen CASE            the C file on stdout
    python3 scripts/patho.py run CC PLUGIN [CASE...]

Cases (each a correct program: leakwatch should report nothing):
  bb100k        one function of about 100,000 basic blocks (50,000 ifs),
                a thread created first and joined last, a must-check
                result read at the end
  nest1000      1,000 nested while loops, a cleanup variable freed and
                reassigned in the innermost, a thread joined after
  cleanup10k    10,000 cleanup variables in one function
  threads10k    10,000 pthread_create calls with an unwind ladder of
                10,000 labels and joins (the kernel style)
  straight100k  100,000 statements in one basic block, with a must-check
                result stored and read every 10 statements

'run' compiles each at -O0 with -c, under 'ulimit -s 8192' (the default
stack) and /usr/bin/time, without and with the plugin, then once more
with -fplugin-arg-leakwatch-debug to see whether a per-function budget
stopped an analysis.  It prints one line per case and compiler: elapsed
and CPU (user + system) seconds, peak memory (MB), exit status,
leakwatch diagnostics, crashes.  On a shared machine compare the CPU
seconds: elapsed time includes waiting for a core.  Python 3
standard library only.
"""

import os
import re
import subprocess
import sys
import tempfile

HEAD = r"""#include <pthread.h>
#include <stdlib.h>
#include <string.h>
volatile int sink;
static inline void freep (void *p) { free (*(void **) p); }
#define _cleanup_free_ __attribute__ ((cleanup (freep)))
__attribute__ ((warn_unused_result)) int step (int);
int cond (int);
void *worker (void *);
"""


def bb100k():
    out = [HEAD, 'int\nbig (void)\n{',
           '  pthread_t t;',
           '  if (pthread_create (&t, NULL, worker, NULL) != 0)',
           '    return -1;',
           '  int r = step (0);']
    for i in range(50000):
        out.append('  if (cond (%d)) sink += %d;' % (i, i))
    out += ['  pthread_join (t, NULL);', '  return r;', '}', '']
    return '\n'.join(out)


def nest1000():
    n = 1000
    out = [HEAD, 'int\ndeep (void)\n{',
           '  _cleanup_free_ char *p = NULL;',
           '  pthread_t t;',
           '  if (pthread_create (&t, NULL, worker, NULL) != 0)',
           '    return -1;']
    for i in range(n):
        out.append(' ' * (i % 60) + 'while (cond (%d)) {' % i)
    out += ['free (p);', 'p = strdup ("x");', 'if (!p) break;']
    out.append('}' * n)
    out += ['  pthread_join (t, NULL);', '  return p != NULL;', '}', '']
    return '\n'.join(out)


def cleanup10k():
    n = 10000
    out = [HEAD, 'int\nmany (void)\n{']
    for i in range(n):
        out.append('  _cleanup_free_ char *p%d = strdup ("x");' % i)
        out.append('  if (!p%d) return -1;' % i)
    out.append('  return p0[0] + p%d[0];' % (n - 1))
    out += ['}', '']
    return '\n'.join(out)


def threads10k():
    n = 10000
    out = [HEAD, 'int\nspawn (void)\n{', '  int rc = -1;',
           '  pthread_t t[%d];' % n]
    for i in range(n):
        out.append('  if (pthread_create (&t[%d], NULL, worker, NULL) != 0)'
                   ' goto out%d;' % (i, i))
    out.append('  rc = 0;')
    for i in range(n, 0, -1):
        out.append('out%d:' % i)
        out.append('  pthread_join (t[%d], NULL);' % (i - 1))
    out += ['out0:', '  return rc;', '}', '']
    return '\n'.join(out)


def straight100k():
    out = [HEAD, 'int\nflat (int a)\n{', '  int r;']
    for i in range(100000):
        if i % 10 == 0:
            out.append('  r = step (a + %d);' % i)
        elif i % 10 == 5:
            out.append('  sink += r;')
        else:
            out.append('  sink += a * %d;' % i)
    out += ['  return r;', '}', '']
    return '\n'.join(out)


CASES = {
    'bb100k': bb100k,
    'nest1000': nest1000,
    'cleanup10k': cleanup10k,
    'threads10k': threads10k,
    'straight100k': straight100k,
}

DIAG = re.compile(r'\[-W(error=)?(thread-leak|cleanup-[a-z]+|unused-result)\]')
CRASH = re.compile(r'internal compiler error|Segmentation fault|please submit'
                   r'|stack overflow|AddressSanitizer')


# What -fplugin-arg-leakwatch-debug says when an analysis gives up.
STOPPED = re.compile(r'budget exhausted|no fixpoint|not checked')


def compile_one(cc, src, extra):
    """(elapsed s, CPU s, peak MB, status, output) of one compile at -O0."""
    cmd = ('ulimit -s 8192 && exec /usr/bin/time -f "TIME %%e %%U %%S %%M" '
           '%s -O0 -c %s -o /dev/null %s' % (cc, src, extra))
    p = subprocess.run(['sh', '-c', cmd], stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True)
    m = re.search(r'TIME ([0-9.]+) ([0-9.]+) ([0-9.]+) ([0-9]+)\s*$',
                  p.stdout)
    if not m:
        return -1.0, -1.0, -1.0, p.returncode, p.stdout
    return (float(m.group(1)), float(m.group(2)) + float(m.group(3)),
            int(m.group(4)) / 1024.0, p.returncode, p.stdout[:m.start()])


def run(cc, plugin, names):
    tmp = tempfile.mkdtemp(prefix='patho-')
    print('%-13s %-8s %8s %8s %8s %6s %6s %6s  %s'
          % ('case', 'plugin', 'elapsed', 'CPU s', 'peak MB', 'status',
             'diags', 'crash', 'analysis stopped (debug)'))
    bad = 0
    for name in names:
        src = os.path.join(tmp, name + '.c')
        with open(src, 'w') as f:
            f.write(CASES[name]())
        for label, extra in (('without', ''), ('with', '-fplugin=' + plugin)):
            secs, cpu, mb, st, out = compile_one(cc, src, extra)
            diags = len(DIAG.findall(out))
            crash = bool(CRASH.search(out))
            note = ''
            if label == 'with':
                dbg = compile_one(
                    cc, src, extra + ' -fplugin-arg-leakwatch-debug')[4]
                lines = [l.strip() for l in dbg.splitlines()
                         if STOPPED.search(l)]
                note = lines[0] if lines else 'none'
                if len(lines) > 1:
                    note += ' (+%d more)' % (len(lines) - 1)
            print('%-13s %-8s %8.2f %8.2f %8.1f %6d %6d %6s  %s'
                  % (name, label, secs, cpu, mb, st, diags,
                     'YES' if crash else 'no', note), flush=True)
            if crash or st != 0:
                bad += 1
                sys.stderr.write(out[-2000:])
    subprocess.run(['rm', '-rf', tmp])
    return bad


def main():
    a = sys.argv[1:]
    if len(a) == 2 and a[0] == 'gen' and a[1] in CASES:
        sys.stdout.write(CASES[a[1]]())
        return 0
    if len(a) >= 3 and a[0] == 'run':
        names = a[3:] or list(CASES)
        for n in names:
            if n not in CASES:
                sys.exit('patho.py: unknown case %r; cases: %s'
                         % (n, ', '.join(CASES)))
        return 1 if run(a[1], a[2], names) else 0
    sys.exit(__doc__)


if __name__ == '__main__':
    sys.exit(main())
