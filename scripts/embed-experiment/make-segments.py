"""Writes, in WORK, seg-H.jsonl (each sentence of embe5-H.jsonl cut into clause-sized segments at
punctuation, quotes and conjunctions; pieces under 4 words join the one before; sentences of one
piece are left out) and, for studied halves, ev-H.jsonl (the gold lines' evidence snippets and types).
usage (in WORK): make-segments.py GOLD_DIR halves...   (a blind half: its gold is not read)"""
import json, re, sys, os
SPLIT = re.compile(r'[,;:—–“”"]|\s(?=(?:and|but|while|after|before|because|when|who|which|where|although|as)\s)')
BLIND = {'dev7', 'held', 'held2', 'held5'}
gold = sys.argv[1]
for h in sys.argv[2:]:
    with open(f'seg-{h}.jsonl', 'w') as f:
        for i, l in enumerate(open(f'embe5-{h}.jsonl')):
            t = json.loads(l)['text']
            cuts = [0] + [m.start() for m in SPLIT.finditer(t)] + [len(t)]
            pieces = []
            for a, b in zip(cuts, cuts[1:]):
                p = t[a:b].strip(' ,;:—–“”"')
                if not p:
                    continue
                if pieces and len(p.split()) < 4:
                    pieces[-1] += ' ' + p
                else:
                    pieces.append(p)
            for p in pieces if len(pieces) > 1 else []:
                f.write(json.dumps({'sent': i, 'text': p}) + '\n')
    if h in BLIND:
        continue
    with open(f'ev-{h}.jsonl', 'w') as f:
        for l in open(os.path.join(gold, f'{h}-events.jsonl')):
            g = json.loads(l) if l.strip() else {}
            if g.get('types'):
                f.write(json.dumps({'types': g['types'], 'optional': bool(g.get('optional')),
                                    'text': g['evidence']}) + '\n')
