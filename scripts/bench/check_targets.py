#!/usr/bin/env python3
"""Checks measured figures against scripts/bench/targets.tsv; prints PASS/FAIL per target.

usage: check_targets.py BENCH RESULT.json   (exit 1 when a target fails)
"""
import json
import operator
import os
import sys

OPS = {'>=': operator.ge, '<=': operator.le, '>': operator.gt, '<': operator.lt}


def main():
    bench, result_file = sys.argv[1], sys.argv[2]
    with open(result_file) as f:
        result = json.load(f)
    here = os.path.dirname(os.path.abspath(__file__))
    failed = False
    with open(os.path.join(here, 'targets.tsv')) as f:
        for line in f:
            if line.startswith('#') or not line.strip():
                continue
            name, metric, op, value, meaning = line.rstrip('\n').split('\t')
            if name != bench:
                continue
            got = result.get(metric)
            ok = got is not None and OPS[op](float(got), float(value))
            failed |= not ok
            print('%s  %s %s = %s (target %s %s): %s' % ('PASS' if ok else 'FAIL', bench, metric, got, op, value, meaning))
    sys.exit(1 if failed else 0)


if __name__ == '__main__':
    main()
