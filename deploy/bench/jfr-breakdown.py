#!/usr/bin/env python3
"""Where a Flight Recorder profile of Ledernett spends its request threads' time, by area.

A sample counts for every area whose frame appears anywhere in its stack (areas overlap: a
table row is also inside the render phase). Used for docs/performance.md:

    jcmd <pid> JFR.start name=p filename=/tmp/p.jfr duration=15s   # while wrk loads one URL
    jfr print --stack-depth 300 --events jdk.ExecutionSample /tmp/p.jfr > /tmp/p.txt
    python3 deploy/bench/jfr-breakdown.py /tmp/p.txt

Start the server with -XX:FlightRecorderOptions:stackdepth=512: Faces stacks are deeper than
JFR's default of 64 frames, and `jfr print` shows only 5 frames unless told otherwise.
"""
import collections
import sys

AREAS = [
    ("Faces render phase", "RenderResponsePhase"),
    ("  building the view (Facelets)", "buildView"),
    ("  PrimeFaces data table", "DataTableRenderer"),
    ("    its rows", "encodeRow"),
    ("  links (h:link)", "LinkRenderer"),
    ("  saving the view's state", "saveView"),
    ("expression evaluation (EL)", "ValueExpressionImpl.getValue"),
    ("CDI (Weld)", "org.jboss.weld"),
    ("JAX-RS (Jersey)", "org.glassfish.jersey.server.ServerRuntime"),
    ("JSON (Yasson)", "yasson"),
    ("JPA (EclipseLink)", "org.eclipse.persistence"),
    ("  change calculation at commit", "calculateChanges"),
    ("database (H2)", "org.h2"),
    ("sign-in (Jakarta Security)", "soteria"),
    ("logging", "java.util.logging"),
    ("adviser ranking", "Ranking.rank"),
    ("  committed load", "Workload.committed"),
]


def main(path):
    text = open(path, encoding="utf-8").read()
    samples = [s for s in text.split("jdk.ExecutionSample")[1:] if "http-thread-pool" in s]
    if not samples:
        sys.exit("no samples of request threads (http-thread-pool) in " + path)
    counts = collections.Counter()
    for sample in samples:
        for name, frame in AREAS:
            if frame in sample:
                counts[name] += 1
    print(f"{len(samples)} samples of request threads")
    for name, _ in AREAS:
        if counts[name]:
            print(f"{100 * counts[name] / len(samples):5.1f} %  {name}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/dev/stdin")
