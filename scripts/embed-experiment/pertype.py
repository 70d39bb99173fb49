"""Per type: the added candidates by threshold (grouped CV), and a veto test on rule mentions.
usage (in WORK): EMB=embe5 pertype.py dev dev2 dev3 dev4 dev5 dev6 dev8"""
import sys, os, collections, numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], os.path.join(HERE, '../../eval-gold/real'), '.', 'lr'] + sys.argv[1:]
exec(open(os.path.join(HERE, 'analyse.py')).read().split('def main():')[0])
halves = sys.argv[4:]
data = {h: load(sys.argv[1], '.', h) for h in halves}
X = {h: np.array([s['v'] for s in data[h][0]]) for h in halves}
for h in halves: X[h] /= np.linalg.norm(X[h], axis=1, keepdims=True)
Y = {h: labels(data[h][0]) for h in halves}
group = {'dev': 'A', 'dev4': 'A'}
cand = collections.defaultdict(list); veto = []
for h in halves:
    tr = [o for o in halves if group.get(o, o) != group.get(h, h)]
    W = logreg(np.vstack([X[o] for o in tr]), np.vstack([Y[o] for o in tr]))
    P = predict(W, X[h]); sents, lines, mentions = data[h]
    idx = {s['i']: k for k, s in enumerate(sents)}
    for k, s in enumerate(sents):
        for j, t in enumerate(TYPES):
            if t in s['rule']: continue
            req_missed = any(t in g['types'] for g in s['req'] if not any(tt in sents[idx[i]]['rule'] for i in g['sents'] if i in idx for tt in g['types']))
            ok = any(t in g['types'] for g in s['req'] + s['opt'])
            cand[t].append((P[k, j], 'new' if req_missed else ('ok' if ok else 'fa')))
    # veto: rule mentions, matched or not (exact), with the classifier's score for their type
    used, _ = matching(lines, mentions)
    for i, (t, ma, mp, ms, me) in enumerate(mentions):
        ks = [k for k, s in enumerate(sents) if s['article'] == ma and s['part'] == mp and s['start'] < me and ms < s['end']]
        if ks: veto.append((max(P[k, TI[t]] for k in ks), used[i]))
for t in TYPES:
    c = sorted(cand[t], key=lambda x: -x[0])
    out = []
    for th in (0.6, 0.65, 0.7, 0.74):
        sel = [x for x in c if x[0] >= th]
        out.append(f"{th}: +{sum(x[1]=='new' for x in sel)} ok{sum(x[1]=='ok' for x in sel)} fa{sum(x[1]=='fa' for x in sel)}")
    print(f'{t:10s}', ' | '.join(out))
veto.sort()
print('veto: rule mentions', len(veto), 'unmatched', sum(not u for _, u in veto))
for th in (0.05, 0.1, 0.15, 0.2, 0.3):
    sel = [u for p, u in veto if p < th]
    print(f'  score < {th}: {len(sel)} mentions, of which false alarms {sum(not u for u in sel)}')
for n in (10, 20, 40, 80):
    print(f'  lowest {n} (score<={veto[n-1][0]:.3f}): false alarms {sum(not u for _, u in veto[:n])}')
