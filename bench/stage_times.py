#!/usr/bin/env python3
"""Where a run's time goes, from its Spark event log: stage wall time and executor run time summed by
the job's own call site (the first org.msmepulse frame of the SQL execution, else the RDD call site).
  bench/stage_times.py EVENT_LOG [TOP]
EVENT_LOG is a plain event log file, or a rolling event log folder (eventlog_v2_*, zstd files are read
with the zstd command). Write one with a --conf file holding:
  spark.eventLog.enabled=true
  spark.eventLog.dir=file:///tmp/events
Stage wall times overlap when stages run side by side; executor run time is the CPU-side figure.
Also printed: SparkContext start (and, with LAUNCH_MS=<epoch ms of the launch>, JVM launch) to the first
stage, and each step's wall time by the job descriptions PulseJob sets ("msme-pulse: <step>")."""
import collections, glob, json, os, subprocess, sys


def lines(path):
    files = sorted(glob.glob(os.path.join(path, "events_*"))) if os.path.isdir(path) else [path]
    for f in files:
        if f.endswith(".zstd") or f.endswith(".zst"):
            data = subprocess.run(["zstd", "-dc", f], check=True, capture_output=True).stdout.decode("utf-8")
        else:
            data = open(f, encoding="utf-8").read()
        yield from data.splitlines()


def main():
    path, top = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 25
    stage_job, job_exec, job_site, exec_site, stages = {}, {}, {}, {}, []
    app_start = app_end = None
    step_start = {}   # job description (the run's step) -> first job submission time
    for line in lines(path):
        e = json.loads(line)
        ev = e["Event"]
        if ev == "SparkListenerJobStart":
            props = e.get("Properties", {})
            for s in e["Stage IDs"]:
                stage_job[s] = e["Job ID"]
            job_exec[e["Job ID"]] = props.get("spark.sql.execution.id")
            job_site[e["Job ID"]] = props.get("callSite.short", "")
            step = props.get("spark.job.description") or ""
            if step.startswith("msme-pulse: "):
                step_start.setdefault(step, e["Submission Time"])
        elif ev.endswith("SparkListenerSQLExecutionStart"):
            site = [l.strip() for l in e.get("details", "").split("\n") if "msmepulse" in l]
            exec_site[str(e["executionId"])] = (site[0] if site else e.get("description", ""))[:100]
        elif ev == "SparkListenerStageCompleted":
            stages.append(e["Stage Info"])
        elif ev == "SparkListenerApplicationStart":
            app_start = e["Timestamp"]
        elif ev == "SparkListenerApplicationEnd":
            app_end = e["Timestamp"]
    wall, run, count = collections.Counter(), collections.Counter(), collections.Counter()
    for si in stages:
        job = stage_job.get(si["Stage ID"])
        ex = job_exec.get(job)
        key = exec_site.get(str(ex), "?") if ex is not None else "(no SQL) " + str(job_site.get(job, "?"))[:80]
        acc = {a["Name"]: a.get("Value") for a in si.get("Accumulables", [])}
        run[key] += int(acc.get("internal.metrics.executorRunTime", 0) or 0)
        count[key] += 1
        wall[key] += si.get("Completion Time", 0) - si.get("Submission Time", 0)
    print(f"{len(stages)} stages, stage wall {sum(wall.values()) / 1000:.1f} s, executor run {sum(run.values()) / 1000:.1f} s")
    print(f"{'wall s':>8} {'run s':>8} {'stages':>6}  call site")
    for k, v in sorted(wall.items(), key=lambda x: -x[1])[:top]:
        print(f"{v / 1000:8.1f} {run[k] / 1000:8.1f} {count[k]:6d}  {k}")
    if app_start is not None and stages:
        first = min(si["Submission Time"] for si in stages if si.get("Submission Time"))
        print(f"\nSparkContext start to first stage: {(first - app_start) / 1000:.1f} s")
        if os.environ.get("LAUNCH_MS"):
            print(f"launch (JVM start) to first stage: {(first - int(os.environ['LAUNCH_MS'])) / 1000:.1f} s")
    if step_start and app_end is not None:
        # each step's wall time, driver work included: from its first job to the next step's first job
        print(f"\n{'step s':>8}  step (job description set by PulseJob)")
        ordered = sorted(step_start.items(), key=lambda x: x[1])
        for i, (step, t) in enumerate(ordered):
            nxt = ordered[i + 1][1] if i + 1 < len(ordered) else app_end
            print(f"{(nxt - t) / 1000:8.1f}  {step}")


if __name__ == "__main__":
    main()
