#!/usr/bin/env python3
"""Runs a command and reports where its CPU time went, per process role and thread name:
'main' is the command's own process, 'child' every descendant (forked workers, tesseract...).
Thread CPU is sampled every 0.5 s from /proc (Linux), so threads that live less than that are
missed; digits in thread names are folded (C2 CompilerThread0 and 1 are one line).

usage: threads.py -- COMMAND [ARGS...]
"""
import collections
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from measure import children_map, descendants  # noqa: E402  (the same /proc walk)


def main():
    args = sys.argv[1:]
    if args[:1] == ['--']:
        args = args[1:]
    tick = os.sysconf('SC_CLK_TCK')
    pid = os.fork()
    if pid == 0:
        os.execvp(args[0], args)
    last = {}
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        procs = [(pid, 'main')] + [(p, 'child') for p in descendants(pid, children_map())]
        for p, role in procs:
            try:
                comm_p = open('/proc/%d/comm' % p).read().strip()
                for t in os.listdir('/proc/%d/task' % p):
                    s = open('/proc/%d/task/%s/stat' % (p, t)).read()
                    name = s[s.index('(') + 1:s.rindex(')')]
                    f = s[s.rindex(')') + 2:].split()
                    last[(p, t)] = (role + ':' + comm_p, re.sub(r'\d+', 'N', name), (int(f[11]) + int(f[12])) / tick)
            except (OSError, ValueError):
                pass
        time.sleep(0.5)
    agg = collections.Counter()
    for role, name, cpu in last.values():
        agg[(role, name)] += cpu
    total = sum(agg.values())
    print('%-28s %-28s %8s %6s' % ('process', 'thread', 'CPU s', '%'), file=sys.stderr)
    for (role, name), cpu in agg.most_common(15):
        print('%-28s %-28s %8.1f %5.1f%%' % (role, name, cpu, 100 * cpu / total), file=sys.stderr)
    print('%-28s %-28s %8.1f' % ('total', '', total), file=sys.stderr)
    sys.exit(os.waitstatus_to_exitcode(status))


if __name__ == '__main__':
    main()
