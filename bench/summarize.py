"""Prints the bench table: medians per target and concurrency, and DarkSocialBot / peer ratios."""
import json
import statistics
import sys


def cpu_per_turn(r):
    """Server CPU time per turn in µs: steadier than turns/s on a shared machine, since it does not count waiting."""
    return r["cpu"]["serverPct"] / 100 * 1e6 / r["turnsPerSec"] if r["turnsPerSec"] else float("nan")


if sys.argv[1] == "--line":
    r = json.load(sys.stdin)
    print(f"[bench]   {r['label']} C={r['concurrency']}: {r['turnsPerSec']} turns/s p50={r['p50ms']} p95={r['p95ms']} "
          f"p99={r['p99ms']} ms errors={r['errors']} replies={r['delivered']} server CPU={r['cpu']['serverPct']}% "
          f"({cpu_per_turn(r):.0f} µs/turn)")
    sys.exit(0)

rows = [json.loads(line) for line in open(sys.argv[1]) if line.strip()]
groups = {}
for r in rows:
    groups.setdefault((r["label"], r["concurrency"]), []).append(r)

def med(runs, key):
    return statistics.median(k(r) if callable(k := key) else r[key] for r in runs)

print("\n| target | C | runs | turns/s | p50 ms | p95 ms | p99 ms | replies delivered / turns | errors | server CPU | CPU per turn |")
print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
for (label, c), runs in sorted(groups.items()):
    print(f"| {label} | {c} | {len(runs)} | {med(runs, 'turnsPerSec'):,.0f} | {med(runs, 'p50ms'):.2f} | {med(runs, 'p95ms'):.2f} "
          f"| {med(runs, 'p99ms'):.2f} | {sum(r['delivered'] for r in runs)} / {sum(r['turnsOk'] for r in runs)} "
          f"| {sum(r['errors'] for r in runs)} | {med(runs, lambda r: r['cpu']['serverPct']):.0f} % | {med(runs, cpu_per_turn):.0f} µs |")

concurrencies = sorted({c for _, c in groups})
if any(label == "peer" for label, _ in groups):
    print("\n| C | throughput ratio (DarkSocialBot / peer) | p99 ratio (peer / DarkSocialBot) | CPU per turn ratio (peer / DarkSocialBot) |")
    print("|---:|---:|---:|---:|")
    for c in concurrencies:
        ours, peer = groups.get(("darksocialbot", c)), groups.get(("peer", c))
        if ours and peer:
            print(f"| {c} | {med(ours, 'turnsPerSec') / med(peer, 'turnsPerSec'):.1f}x | {med(peer, 'p99ms') / med(ours, 'p99ms'):.1f}x "
                  f"| {med(peer, cpu_per_turn) / med(ours, cpu_per_turn):.1f}x |")
