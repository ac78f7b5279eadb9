"""Where a request's time went, from a `jfr print --events jdk.ExecutionSample --stack-depth 128` dump
of a distribution under one wrk run: each sample of a Jetty thread counted once, in the first part below
whose frame is on its stack (the order matters: reading a plan inside Jersey counts as reading)."""
import collections
import re
import sys

PARTS = [  # (part, a frame's prefix that puts a sample in it)
    ("reading the plan (PlanJson)", "vn.thidua.plan.json.PlanJson.read"),
    ("the rules", "vn.thidua.rules"),
    ("rendering a document (exporters)", "vn.thidua.export"),
    ("writing the answer (Jackson writer)", "org.glassfish.jersey.message.internal.WriterInterceptorExecutor"),
    # JFR keeps 64 frames: deep inside Jackson's binding PlanJson.read is cut off the stack
    ("reading the plan (PlanJson)", "com.fasterxml.jackson.databind.deser"),
    ("reading the plan (PlanJson)", "com.fasterxml.jackson.core.json.UTF8StreamJsonParser"),
    ("our filters (authentication, problems)", "vn.thidua.rest"),
    ("Jersey", "org.glassfish.jersey"),
    ("Jetty and the servlet chain", "org.eclipse.jetty"),
]
frame = re.compile(r"^\s+([\w$.<>]+)\(.*line:")
thread = re.compile(r'sampledThread = "([^"]*)"')
parts, samples, other = collections.Counter(), 0, collections.Counter()
with open(sys.argv[1], encoding="utf-8") as dump:
    stack, name = None, ""
    for line in dump:
        if line.startswith("jdk.ExecutionSample"):
            stack, name = [], ""
        elif stack is not None and (m := thread.search(line)):
            name = m.group(1)
        elif stack is not None and (m := frame.match(line)):
            stack.append(m.group(1))
        elif stack is not None and line.startswith("}"):
            if stack and "qtp" in name:  # Jetty's request threads
                samples += 1
                for part, prefix in PARTS:
                    if any(f.startswith(prefix) for f in stack):
                        parts[part] += 1
                        break
                else:
                    parts["other"] += 1
                    other[stack[0]] += 1
            stack = None
print(f"  {samples} samples of request threads")
for part in dict.fromkeys([p for p, _ in PARTS] + ["other"]):
    print(f"    {100 * parts[part] / max(samples, 1):5.1f}%  {part}")
print("  other, by top frame:", ", ".join(f"{n} {100 * c / max(samples, 1):.1f}%" for n, c in other.most_common(4)))
