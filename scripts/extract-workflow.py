#!/usr/bin/env python3
"""Prints the GitHub Actions workflow of docs/publishing.md (the first ```yaml block after the heading
"A GitHub Actions workflow"), so that `make lint` checks the workflow users copy, as it is written."""
import re
import sys

text = open(sys.argv[1] if len(sys.argv) > 1 else "docs/publishing.md", encoding="utf-8").read()
match = re.search(r"^## \d+\. A GitHub Actions workflow$.*?^```yaml\n(.*?)^```$", text, re.S | re.M)
if not match:
    sys.exit("no ```yaml block under '## N. A GitHub Actions workflow'")
sys.stdout.write(match.group(1))
