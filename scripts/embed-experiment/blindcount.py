"""Counts (only: the blind gold is never read) what the classifier trained on the studied halves
would add on a blind half, and writes those additions as TSV for ExtraEvents.
usage (in WORK): EMB=embe5 blindcount.py dev7 dev dev2 dev3 dev4 dev5 dev6 dev8"""
import json, sys, os, numpy as np
HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], os.path.join(HERE, '../../eval-gold/real'), '.', 'lr'] + sys.argv[1:]
exec(open(os.path.join(HERE, 'analyse.py')).read().split('def main():')[0])
blind = sys.argv[4]; halves = sys.argv[5:]
emb = os.environ.get('EMB', 'emb')
data = {h: load(sys.argv[1], '.', h) for h in halves}
X = np.vstack([np.array([s['v'] for s in data[h][0]]) for h in halves]); X /= np.linalg.norm(X, axis=1, keepdims=True)
Y = np.vstack([labels(data[h][0]) for h in halves])
W = logreg(X, Y)
np.save(f'W-{emb}.npy', W)
sents = [json.loads(l) for l in open(f'{emb}-{blind}.jsonl')]
exp = json.load(open(f'exp-{blind}.json'))
rule = [set() for _ in sents]
for e in exp['events']:
    for src in e['sources']:
        for k, s in enumerate(sents):
            if s['article'] == src['article'] and s['part'] == src['part'] and s['start'] < src['end'] and src['start'] < s['end']:
                rule[k].add(e['type'])
Xb = np.array([s['v'] for s in sents]); Xb /= np.linalg.norm(Xb, axis=1, keepdims=True)
P = predict(W, Xb)
for th in [0.65, 0.7, 0.72, 0.74, 0.76, 0.8]:
    n = sum(1 for k in range(len(sents)) for j, t in enumerate(TYPES) if P[k, j] >= th and t not in rule[k])
    print(f'{blind} th {th}: would add {n} mentions')
    with open(f'extras-{emb}-lr-{blind}-{th}.tsv', 'w') as f:
        for k, s in enumerate(sents):
            for j, t in enumerate(TYPES):
                if P[k, j] >= th and t not in rule[k]:
                    f.write(f"{s['article']}\t{s['part']}\t{s['start']}\t{s['end']}\t{t}\n")
