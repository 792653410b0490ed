#!/usr/bin/env python3
"""Runs a command and reports, as one JSON line on stderr's last line (and in --json FILE):
wall-clock seconds, CPU seconds (user+sys of the command and every child it waited for),
peak resident memory of the command's main process, of its descendants together (forked
workers, tesseract...), and of the whole tree, sampled every 0.1 s from /proc (Linux only).

usage: measure.py --json OUT.json -- COMMAND [ARGS...]
"""
import json
import os
import sys
import time


def children_map():
    kids = {}
    for d in os.listdir('/proc'):
        if not d.isdigit():
            continue
        try:
            with open('/proc/%s/stat' % d) as f:
                s = f.read()
            ppid = int(s[s.rindex(')') + 2:].split()[1])
            kids.setdefault(ppid, []).append(int(d))
        except (OSError, ValueError):
            pass
    return kids


def rss_kb(pid):
    try:
        with open('/proc/%d/status' % pid) as f:
            for line in f:
                if line.startswith('VmRSS:'):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def descendants(pid, kids):
    out, todo = [], list(kids.get(pid, []))
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(kids.get(p, []))
    return out


def main():
    args = sys.argv[1:]
    out_file = None
    if args[:1] == ['--json']:
        out_file, args = args[1], args[2:]
    if args[:1] == ['--']:
        args = args[1:]
    start = time.time()
    pid = os.fork()
    if pid == 0:
        os.execvp(args[0], args)
    peak_main = peak_workers = peak_total = 0
    status = rusage = None
    while True:
        done, st, ru = os.wait4(pid, os.WNOHANG)
        if done:
            status, rusage = st, ru
            break
        kids = children_map()
        main_kb = rss_kb(pid)
        workers_kb = sum(rss_kb(p) for p in descendants(pid, kids))
        peak_main = max(peak_main, main_kb)
        peak_workers = max(peak_workers, workers_kb)
        peak_total = max(peak_total, main_kb + workers_kb)
        time.sleep(0.1)
    wall = time.time() - start
    code = os.waitstatus_to_exitcode(status)
    result = {
        'exit': code,
        'wall_s': round(wall, 3),
        'cpu_s': round(rusage.ru_utime + rusage.ru_stime, 3),
        'peak_rss_main_mb': round(peak_main / 1024, 1),
        'peak_rss_workers_mb': round(peak_workers / 1024, 1),
        'peak_rss_total_mb': round(peak_total / 1024, 1),
    }
    if out_file:
        with open(out_file, 'w') as f:
            json.dump(result, f)
    print(json.dumps(result), file=sys.stderr)
    sys.exit(code)


if __name__ == '__main__':
    main()
