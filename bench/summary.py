#!/usr/bin/env python3
"""Prints the statistics table of a Gatling HTML report as Markdown (for bench/RESULTS.md).

Usage: bench/summary.py target/gatling/<run>/
"""
import html
import pathlib
import re
import sys

COLUMNS = {2: "count", 5: "ko_percent", 6: "rps", 8: "p50", 10: "p95", 11: "p99", 12: "max", 13: "mean"}


def rows(report: pathlib.Path):
    page = (report / "index.html").read_text(encoding="utf-8")
    for row in re.findall(r"<tr id=\"(?:ROOT|req_[^\"]+)\".*?</tr>", page, re.S):
        name = re.search(r'class="ellipsed-name">([^<]*)<', row).group(1)
        values = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
        yield html.unescape(name), {key: values.get(str(col), "") for col, key in COLUMNS.items()}


def main():
    report = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    print("| Request | Count | req/s | KO % | p50 ms | p95 ms | p99 ms | max ms |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, v in rows(report):
        label = f"**{name}**" if name == "All Requests" else name
        print(f"| {label} | {v['count']} | {v['rps']} | {v['ko_percent']} | {v['p50']} | {v['p95']} | {v['p99']} "
              f"| {v['max']} |")


if __name__ == "__main__":
    main()
