#!/usr/bin/env python3
"""mutation.py list FILE | instrument FILE BASE: condition mutants of a C
source, to find analysis branches that no test needs (issue 10: every
branch earns its place).

A mutant deletes one condition: an operand of a top-level && chain of an
if, while or return becomes true, an operand of a || chain becomes false
(one level of parentheses deeper too), and a whole if or while condition
becomes false (its branch is never taken).  Conditions that declare a
variable ('if (gcond *c = ...)') are left alone.

  list FILE             print the mutants, one JSON object a line
  instrument FILE BASE  rewrite FILE so that mutant BASE+k is switched on
                        at run time by LEAKWATCH_MUT=BASE+k (one build
                        serves them all); print the mutants with ids

scripts/mutation.sh builds the instrumented plugin and runs the tests
with each mutant switched on."""
import json
import re
import sys


def skip_str(s, i):
    q = s[i]
    i += 1
    while s[i] != q:
        i += 2 if s[i] == '\\' else 1
    return i + 1


def match_paren(s, i):
    """S[I] is '(': the index after its ')'."""
    d = 0
    while True:
        c = s[i]
        if c in '"\'':
            i = skip_str(s, i)
            continue
        if s.startswith('/*', i):
            i = s.index('*/', i) + 2
            continue
        if c == '(':
            d += 1
        elif c == ')':
            d -= 1
            if d == 0:
                return i + 1
        i += 1


def split_top(s, a, b, op):
    """The operands of OP at the top level of S[A:B], as spans."""
    parts, d, i, start = [], 0, a, a
    while i < b:
        c = s[i]
        if c in '"\'':
            i = skip_str(s, i)
            continue
        if s.startswith('/*', i):
            i = s.index('*/', i) + 2
            continue
        if c in '([{':
            d += 1
        elif c in ')]}':
            d -= 1
        elif d == 0 and s.startswith(op, i):
            parts.append((start, i))
            i += 2
            start = i
            continue
        elif d == 0 and c == '?':
            return [(a, b)]
        i += 1
    parts.append((start, b))
    return parts


def strip(s, a, b):
    while a < b and s[a] in ' \t\n':
        a += 1
    while b > a and s[b - 1] in ' \t\n':
        b -= 1
    return a, b


def mutants_of(src):
    found = []

    def cond(a, b, depth, whole):
        a, b = strip(src, a, b)
        for op, val in (('||', 'false'), ('&&', 'true')):
            parts = split_top(src, a, b, op)
            if len(parts) > 1:
                for x, y in parts:
                    x, y = strip(src, x, y)
                    found.append((x, y, op + '->' + val, val))
                    if depth < 2 and src[x] == '(' and match_paren(src, x) == y:
                        cond(x + 1, y - 1, depth + 1, False)
                return
        if whole:
            found.append((a, b, 'cond->false', 'false'))

    def in_comment(pos):
        line = src[src.rfind('\n', 0, pos) + 1:pos]
        return line.lstrip().startswith(('*', '/*'))

    for m in re.finditer(r'\b(if|while) \(', src):
        if in_comment(m.start()):
            continue
        p = m.end() - 1
        e = match_paren(src, p)
        if re.match(r'\s*[A-Za-z_][\w<>:]* \*?\w+ = ', src[p + 1:e - 1]):
            continue
        cond(p + 1, e - 1, 0, True)
    for m in re.finditer(r'\breturn ', src):
        if in_comment(m.start()):
            continue
        e = src.index(';', m.end())
        if '&&' in src[m.end():e] or '||' in src[m.end():e]:
            cond(m.end(), e, 0, False)
    return [{'line': src.count('\n', 0, x) + 1, 'kind': kind,
             'old': src[x:y], 'start': x, 'end': y, 'new': val}
            for x, y, kind, val in found]


SWITCH = '''
#include <stdlib.h>
/* mutation.py: mutant LEAKWATCH_MUT is switched on.  */
static inline bool
lw_mut_on (int id)
{
  static int m = -2;
  if (m == -2)
    m = getenv ("LEAKWATCH_MUT") ? atoi (getenv ("LEAKWATCH_MUT")) : -1;
  return m == id;
}
'''


def instrument(path, base):
    src = open(path).read()
    muts = mutants_of(src)
    ins = []
    for k, m in enumerate(muts):
        m['id'] = base + k
        m['file'] = path
        ins.append((m['start'], 0, -m['end'],
                    '(lw_mut_on (%d) ? %s : (bool) (' % (m['id'], m['new'])))
        ins.append((m['end'], -1, 0, '))'))
    ins.sort(key=lambda t: (t[0], t[1], t[2]))
    out, last = [], 0
    for pos, _, _, text in ins:
        out.append(src[last:pos])
        out.append(text)
        last = pos
    out.append(src[last:])
    src = ''.join(out)
    # After the last #include: the helper needs the plugin's headers.
    inc = list(re.finditer(r'^#include .*\n', src, re.M))
    if not inc:
        sys.exit('mutation.py: %s has no #include' % path)
    at = inc[-1].end()
    open(path, 'w').write(src[:at] + SWITCH + src[at:])
    return muts


def main():
    if len(sys.argv) == 3 and sys.argv[1] == 'list':
        muts = mutants_of(open(sys.argv[2]).read())
        for k, m in enumerate(muts):
            m['id'] = k
    elif len(sys.argv) == 4 and sys.argv[1] == 'instrument':
        muts = instrument(sys.argv[2], int(sys.argv[3]))
    else:
        sys.exit(__doc__)
    for m in muts:
        print(json.dumps(m))


if __name__ == '__main__':
    main()
