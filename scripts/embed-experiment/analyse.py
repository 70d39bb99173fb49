"""Leave-one-half-out test of a sentence-embedding event classifier against the real-news gold.
usage: [EMB=embe5] [THS=0.7,0.74] [EXTRAS=1] [RULEFEAT=0.5] [REQONLY=1] analyse.py GOLD_DIR WORK_DIR lr|knnK halves...
WORK_DIR holds exp-H.json (`dossier export`) and EMB-H.jsonl (EmbedSentences). dev and dev4 code the
same stories, so they are one fold. Prints per threshold: lines the rules miss that the model adds,
its false alarms, and EventScorer's type+sentence P/R re-done here (rules, then rules + model);
writes adds-METHOD.txt (the additions at the third-last threshold) and, with EXTRAS, the additions
per half as TSV for ExtraEvents (extra-events.patch)."""
import json, sys, collections, numpy as np

TYPES = ['ACCUSE','ASSAULT','AGREE','COERCE','REJECT','REQUEST','CONSULT','PROTEST','SANCTION',
         'CONCEDE','THREATEN','SUPPORT','COOPERATE','RETREAT','MOBILIZE','AID']
TI = {t: i for i, t in enumerate(TYPES)}

def fname(s):
    s = s.replace('\\', '/'); h = s.find('#'); sl = s.rfind('/', 0, h if h >= 0 else len(s))
    return s[sl+1:]

def load(gold_dir, work, h):
    sents = [json.loads(l) for l in open(f'{work}/{__import__("os").environ.get("EMB","emb")}-{h}.jsonl')]
    exp = json.load(open(f'{work}/exp-{h}.json'))
    arts = {a['id']: a for a in exp['articles']}
    by_src = {fname(a['source']): a for a in exp['articles']}
    by_art = collections.defaultdict(list)
    by_art_ids = set(arts)
    for i, s in enumerate(sents):
        s['i'] = i; s['rule'] = set(); s['req'] = []; s['opt'] = []; s['h'] = h
        by_art[(s['article'], s['part'])].append(s)
    def over(key, a, b):
        return [s for s in by_art.get(key, []) if s['start'] < b and a < s['end']]
    mentions = []; seenm = set()
    for e in exp['events']:
        for src in e['sources']:
            k = (e['type'], src['article'], src['part'], src['start'])
            if src['article'] in by_art_ids and k not in seenm:
                seenm.add(k); mentions.append((e['type'], src['article'], src['part'], src['start'], src['end']))
            for s in over((src['article'], src['part']), src['start'], src['end']):
                s['rule'].add(e['type'])
    scored = set(); lines = []
    for l in open(f'{gold_dir}/{h}-events.jsonl'):
        if not l.strip(): continue
        g = json.loads(l); a = by_src.get(fname(g['source']))
        if a is None: continue
        part = g.get('part') or 'text'
        if part not in ('text', 'title'): continue
        txt = a.get(part) or ''
        at = txt.find(g['evidence'])
        if at < 0: continue
        scored.add(a['id'])
        ss = over((a['id'], part), at, at + len(g['evidence']))
        g['sents'] = [s['i'] for s in ss]; g['h'] = h; g['loc'] = (a['id'], part, at, at + len(g['evidence']))
        for s in ss:
            (s['opt'] if g.get('optional') else s['req']).append(g)
        lines.append(g)
    sents = [s for s in sents if s['article'] in scored]
    mentions = [m for m in mentions if m[1] in scored]
    return sents, lines, mentions

def matching(lines, mentions):
    """EventScorer's type+sentence matching (required lines first, one mention a line): which
    mentions are used, and how many required lines are found."""
    used = [False] * len(mentions); found = 0
    for g in sorted(lines, key=lambda g: bool(g.get('optional'))):
        a, p, st, en = g['loc']
        for i, (t, ma, mp, ms, me) in enumerate(mentions):
            if not used[i] and ma == a and mp == p and ms < en and st < me and t in g['types']:
                used[i] = True; found += 0 if g.get('optional') else 1
                break
    return used, found

def exact(lines, mentions):
    """EventScorer's type+sentence score: (system, matched, required, found)."""
    used, found = matching(lines, mentions)
    req = sum(1 for g in lines if not g.get('optional'))
    return len(mentions), sum(used), req, found

MASK = {}
def labels(sents):
    Y = np.zeros((len(sents), len(TYPES))); M = np.ones((len(sents), len(TYPES)))
    req_only = bool(__import__('os').environ.get('REQONLY'))
    for k, s in enumerate(sents):
        for g in s['opt'] if req_only else []:
            for t in g['types']:
                M[k, TI[t]] = 0
        for g in s['req'] + ([] if req_only else s['opt']):
            for t in g['types']:
                Y[k, TI[t]] = 1; M[k, TI[t]] = 1
    MASK[id(Y)] = M
    return Y

def logreg(X, Y, l2=1e-3, it=400, lr=0.5, M=None):
    W = np.zeros((X.shape[1] + 1, Y.shape[1])); Xb = np.hstack([X, np.ones((len(X), 1))])
    pos = Y.mean(0).clip(1e-3); wpos = 0.5 / pos; wneg = 0.5 / (1 - pos)  # balanced classes
    for _ in range(it):
        P = 1 / (1 + np.exp(-Xb @ W))
        Wt = (Y * wpos + (1 - Y) * wneg) * (1 if M is None else M)
        G = Xb.T @ ((P - Y) * Wt) / len(X) + l2 * W
        W -= lr * G
    return W

def predict(W, X):
    return 1 / (1 + np.exp(-np.hstack([X, np.ones((len(X), 1))]) @ W))

def knn(Xtr, Ytr, X, k=5):
    S = X @ Xtr.T
    idx = np.argsort(-S, axis=1)[:, :k]
    out = np.zeros((len(X), Ytr.shape[1]))
    for r in range(len(X)):
        w = S[r, idx[r]].clip(0)
        out[r] = (Ytr[idx[r]] * w[:, None]).sum(0) / max(w.sum(), 1e-9)
    return out

def main():
    gold_dir, work, method = sys.argv[1], sys.argv[2], sys.argv[3]
    halves = sys.argv[4:]
    data = {h: load(gold_dir, work, h) for h in halves}
    X = {h: np.array([s['v'] for s in data[h][0]]) for h in halves}
    for h in halves:
        X[h] /= np.linalg.norm(X[h], axis=1, keepdims=True)
    Y = {h: labels(data[h][0]) for h in halves}
    import os
    if os.environ.get('RULEFEAT'):
        sc = float(os.environ['RULEFEAT'])
        for h in halves:
            R = np.array([[sc if t in s['rule'] else 0 for t in TYPES] for s in data[h][0]])
            X[h] = np.hstack([X[h], R])
    print('sentences', {h: len(data[h][0]) for h in halves})
    import os
    ths = [float(x) for x in os.environ.get('THS', '0.5,0.6,0.7,0.8,0.9,0.95,0.98').split(',')]
    tot = {t: collections.Counter() for t in ths}
    adds = collections.defaultdict(list)
    pool = []
    for h in halves:
        # dev and dev4 code the same stories (ECB+ topics): one fold, so no story is on both sides
        group = {'dev': 'A', 'dev4': 'A'}
        tr = [o for o in halves if group.get(o, o) != group.get(h, h)]
        Xtr = np.vstack([X[o] for o in tr]); Ytr = np.vstack([Y[o] for o in tr])
        Mtr = np.vstack([MASK[id(Y[o])] for o in tr])
        if method == 'lr':
            P = predict(logreg(Xtr, Ytr, M=Mtr), X[h])
        else:
            P = knn(Xtr, Ytr, X[h], int(method[3:] or 5))
        sents, lines, mentions = data[h]
        scored_by_th = {}
        req = [g for g in lines if not g.get('optional') and g['types']]
        idx = {s['i']: k for k, s in enumerate(sents)}
        # lines the rules find (type in a sentence of the line)
        def found_by(g, extra):
            return any(t in sents[idx[i]]['rule'] or (i, t) in extra for i in g['sents'] if i in idx for t in g['types'])
        for k, s in enumerate(sents):
            for j, t in enumerate(TYPES):
                if t in s['rule']: continue
                news = [id(g) for g in s['req'] if t in g['types'] and not found_by(g, set())]
                ok = any(t in g['types'] for g in s['req'] + s['opt'])
                pool.append((P[k, j], (h, news[0]) if news else None, 'new' if news else ('ok' if ok else 'fa')))
        if os.environ.get('EXTRAS'):
            for th in ths:
                with open(f"extras-{os.environ.get('EMB','emb')}-{method}-{h}-{th}.tsv", 'w') as f:
                    for k, s in enumerate(sents):
                        for j, t in enumerate(TYPES):
                            if P[k, j] >= th and t not in s['rule']:
                                f.write(f"{s['article']}\t{s['part']}\t{s['start']}\t{s['end']}\t{t}\n")
        for th in ths:
            extra = set()
            for k, s in enumerate(sents):
                for j, t in enumerate(TYPES):
                    if P[k, j] >= th and t not in s['rule']:
                        extra.add((s['i'], t))
            added = [(t, sents[idx[i]]['article'], sents[idx[i]]['part'], sents[idx[i]]['start'], sents[idx[i]]['end']) for (i, t) in sorted(extra)]
            b = exact(lines, mentions); n = exact(lines, mentions + added)
            c = tot[th]; c['xsys0'] += b[0]; c['xm0'] += b[1]; c['xreq'] += b[2]; c['xf0'] += b[3]
            c['xsys1'] += n[0]; c['xm1'] += n[1]; c['xf1'] += n[3]
            c[h + ':x'] = f"P {b[1]/max(b[0],1):.3f}->{n[1]/max(n[0],1):.3f} R {b[3]/max(b[2],1):.3f}->{n[3]/max(n[2],1):.3f}"
            right = sum(1 for (i, t) in extra if any(t in g['types'] for g in sents[idx[i]]['req'] + sents[idx[i]]['opt']))
            base = sum(found_by(g, set()) for g in req)
            now = sum(found_by(g, extra) for g in req)
            alone = set((s['i'], TYPES[j]) for k, s in enumerate(sents) for j in range(len(TYPES)) if P[k, j] >= th)
            c = tot[th]; c['aloneN'] += len(alone)
            c['aloneR'] += sum(1 for (i, t) in alone if any(t in g['types'] for g in sents[idx[i]]['req'] + sents[idx[i]]['opt']))
            c['aloneF'] += sum(1 for g in req if any((i, t) in alone for i in g['sents'] for t in g['types']))
            c['req'] += len(req); c['base'] += base; c['new'] += now - base
            c['added'] += len(extra); c['right'] += right
            c[h + ':new'] = now - base; c[h + ':fa'] = len(extra) - right
            if th == ths[max(0, len(ths) - 3)]:
                for (i, t) in sorted(extra):
                    s = sents[idx[i]]; ok = any(t in g['types'] for g in s['req'] + s['opt'])
                    adds[h].append(('OK ' if ok else 'FA ') + t + ' ' + s['text'][:150])
    pool.sort(key=lambda x: -x[0])
    nr = fa = op = 0; seen = set()
    print('pooled added candidates by score: k score newRequired optionalOrDup FA')
    for k, (p, key, kind) in enumerate(pool[:200]):
        if kind == 'new' and key not in seen: nr += 1; seen.add(key)
        elif kind == 'fa': fa += 1
        else: op += 1
        if k + 1 in (5, 10, 20, 30, 50, 75, 100, 150, 200):
            print(f'  top {k+1}: score>={p:.3f} new {nr} other-right {op} FA {fa}')
    for th in ths:
        c = tot[th]
        print(f"th {th}: required {c['req']} rules find {c['base']} model adds {c['new']} lines; "
              f"alone P {c['aloneR']/max(c['aloneN'],1):.2f} R {c['aloneF']/max(c['req'],1):.2f} | added mentions {c['added']}, right {c['right']} ({c['right']/max(c['added'],1):.2f}) | "
              + ' '.join(f"{h}:+{c[h+':new']}/-{c[h+':fa']}" for h in halves))
        print(f"   exact (all halves pooled): P {c['xm0']/max(c['xsys0'],1):.3f}->{c['xm1']/max(c['xsys1'],1):.3f} "
              f"R {c['xf0']/max(c['xreq'],1):.3f}->{c['xf1']/max(c['xreq'],1):.3f} found {c['xf0']}->{c['xf1']} of {c['xreq']}; " + ' | '.join(f"{h} {c[h+':x']}" for h in halves))
    with open(f'{work}/adds-{method}.txt', 'w') as f:
        for h in halves:
            for a in adds[h]:
                f.write(h + ' ' + a + '\n')

main()
