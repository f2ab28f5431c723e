"""spaCy peer for `detente eval ud`: UPOS accuracy and tag+parse speed on gold tokens.

Reads a CoNLL-U file, builds one spaCy Doc per sentence from the gold words (so both systems
see the same tokens), runs the small English pipeline without NER, and prints a JSON object
with `upos` (accuracy of token.pos_ against the gold UPOS), `words` and `tokens_per_sec`
(fastest of a few runs, one thread). Usage: python spacy_peer.py TREEBANK.conllu MODEL_NAME
"""

import json
import sys
import time


def read_conllu(path):
    sentences, words = [], []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if words:
                    sentences.append(words)
                    words = []
                continue
            if line.startswith("#"):
                continue
            columns = line.split("\t")
            if "-" in columns[0] or "." in columns[0]:
                continue
            words.append((columns[1], columns[3]))
    if words:
        sentences.append(words)
    return sentences


def main():
    path, model = sys.argv[1], sys.argv[2]
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(model, exclude=["ner"])
    sentences = read_conllu(path)
    total = sum(len(sentence) for sentence in sentences)

    def docs():
        return [Doc(nlp.vocab, words=[form for form, _ in sentence]) for sentence in sentences]

    best = None
    analyzed = None
    for _ in range(3):
        batch = docs()
        started = time.perf_counter()
        analyzed = list(nlp.pipe(batch))
        elapsed = time.perf_counter() - started
        best = elapsed if best is None else min(best, elapsed)
    correct = sum(
        token.pos_ == gold
        for doc, sentence in zip(analyzed, sentences)
        for token, (_, gold) in zip(doc, sentence)
    )
    print(json.dumps({
        "system": f"spaCy {spacy.__version__} {model} {nlp.meta.get('version', '?')}",
        "pipes": nlp.pipe_names,
        "words": total,
        "upos": round(correct / total, 4),
        "tokens_per_sec": round(total / best),
    }))


if __name__ == "__main__":
    main()
