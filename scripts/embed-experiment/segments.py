"""Clause-sized variant: train on gold evidence snippets (positives) + sentences + segments of
sentences without any gold line (negatives); score a sentence by the max over it and its segments
(NOSEGMAX=1: by the sentence alone). Needs, in WORK, segv-H.jsonl (the segments of embe5-H.jsonl's
sentences, cut at clause punctuation and conjunctions, embedded by EmbedLines) and evv-H.jsonl (the
gold evidence snippets, embedded by EmbedLines); run.sh makes both.
usage (in WORK): [THS=0.7,0.75] [NOSEGMAX=1] segments.py dev dev2 dev3 dev4 dev5 dev6 dev8"""
import sys, os, json, collections, numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], os.path.join(HERE, '../../eval-gold/real'), '.', 'lr'] + sys.argv[1:]
exec(open(os.path.join(HERE, 'analyse.py')).read().split('def main():')[0])
halves = sys.argv[4:]
os.environ['EMB'] = 'embe5'
data = {h: load(sys.argv[1], '.', h) for h in halves}
def norm(A): A = np.array(A); return A / np.linalg.norm(A, axis=1, keepdims=True)
seg = {}
for h in halves:
    rows = [json.loads(l) for l in open(f'segv-{h}.jsonl')]
    seg[h] = (np.array([r['sent'] for r in rows]), norm([r['v'] for r in rows]))
ev = {}
for h in halves:
    rows = [json.loads(l) for l in open(f'evv-{h}.jsonl')]
    Yv = np.zeros((len(rows), len(TYPES)))
    for k, r in enumerate(rows):
        for t in r['types']: Yv[k, TI[t]] = 1
    ev[h] = (norm([r['v'] for r in rows]), Yv)
group = {'dev': 'A', 'dev4': 'A'}
ths = [float(x) for x in os.environ.get('THS', '0.6,0.65,0.7,0.75,0.8').split(',')]
tot = {t: collections.Counter() for t in ths}
for h in halves:
    tr = [o for o in halves if group.get(o, o) != group.get(h, h)]
    Xs, Ys = [], []
    for o in tr:
        sents = data[o][0]; Xo = norm([s['v'] for s in sents]); Yo = labels(sents)
        Xs.append(Xo); Ys.append(Yo)
        Xe, Ye = ev[o]; Xs.append(Xe); Ys.append(Ye)
        # segments of sentences of scored articles with no gold line at all: negatives
        neg_i = {s['i'] for s in sents if not s['req'] and not s['opt']}
        si, Xg = seg[o]; m = np.array([i in neg_i for i in si])
        if m.any(): Xs.append(Xg[m]); Ys.append(np.zeros((m.sum(), len(TYPES))))
    W = logreg(np.vstack(Xs), np.vstack(Ys))
    sents, lines, mentions = data[h]
    P = predict(W, norm([s['v'] for s in sents]))
    si, Xg = seg[h]; Pg = predict(W, Xg)
    idx = {s['i']: k for k, s in enumerate(sents)}
    for r, i in enumerate(si if not os.environ.get('NOSEGMAX') else []):
        if i in idx: P[idx[i]] = np.maximum(P[idx[i]], Pg[r])
    for th in ths:
        added = [(t, s['article'], s['part'], s['start'], s['end']) for k, s in enumerate(sents)
                 for j, t in enumerate(TYPES) if P[k, j] >= th and t not in s['rule']]
        b = exact(lines, mentions); n = exact(lines, mentions + added)
        c = tot[th]
        for key, v in zip(('s0', 'm0', 'req', 'f0'), b): c[key] += v
        for key, v in zip(('s1', 'm1', 'req1', 'f1'), n): c[key] += v
for th in ths:
    c = tot[th]
    print(f"th {th}: added {c['s1']-c['s0']} mentions, {c['m1']-c['m0']} matched, found {c['f0']}->{c['f1']} of {c['req']}; "
          f"P {c['m0']/c['s0']:.3f}->{c['m1']/c['s1']:.3f} R {c['f0']/c['req']:.3f}->{c['f1']/c['req']:.3f}")
