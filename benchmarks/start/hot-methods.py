"""Hottest methods of a `jfr print --events jdk.ExecutionSample` dump: by top frame, and our own
(vn.thidua) frames counted once per sample wherever they are on the stack."""
import collections
import re
import sys

top, ours, samples = collections.Counter(), collections.Counter(), 0
frame = re.compile(r"^\s+([\w$.<>]+)\(.*line:")
with open(sys.argv[1], encoding="utf-8") as dump:
    stack = None
    for line in dump:
        if line.startswith("jdk.ExecutionSample"):
            stack = []
        elif stack is not None and (m := frame.match(line)):
            stack.append(m.group(1))
        elif stack is not None and line.startswith("}"):
            if stack:
                samples += 1
                top[stack[0]] += 1
                for name in {f for f in stack if f.startswith("vn.thidua")}:
                    ours[name] += 1
            stack = None
print(f"  profile: {samples} samples")
for title, counter in (("top of stack", top), ("our frames on the stack", ours)):
    print(f"  {title}:")
    for name, n in counter.most_common(12):
        print(f"    {100 * n / max(samples, 1):5.1f}%  {name}")
