"""Comprehension-heavy text statistics on a generated text: word counts
with a dict, letter frequencies, bigrams, sentence lengths, the longest
words, each made by list, dict, set and generator comprehensions and
str methods.  main(n) uses a text of n sentences and returns a tuple of
the statistics."""

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "we", "zu", "an", "el"]


def make_text(n):
    """n sentences of made-up words, from a fixed linear congruential
    sequence (the same on every interpreter; its high bits, the low
    ones have short periods)."""
    state = 12345
    sentences = []
    for _ in range(n):
        words = []
        state = (state * 1103515245 + 12345) % 2 ** 31
        for _ in range(4 + (state >> 16) % 9):
            state = (state * 1103515245 + 12345) % 2 ** 31
            length = 1 + (state >> 16) % 3
            words.append("".join(SYLLABLES[(state >> (8 + 5 * k)) % 12] for k in range(length)))
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def main(n):
    text = make_text(n)
    sentences = [s.strip() for s in text.split(".") if s.strip()]
    words = [w.lower() for s in sentences for w in s.split()]
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    letters = {ch: text.count(ch) for ch in set(text.lower()) if ch.isalpha()}
    bigrams = {}
    for a, b in zip(words, words[1:]):
        bigrams[a, b] = bigrams.get((a, b), 0) + 1
    repeated_bigrams = sum(1 for c in bigrams.values() if c > 1)
    lengths = [len(s.split()) for s in sentences]
    mean_length = round(sum(lengths) / len(lengths), 6)
    longest = max(len(w) for w in counts)
    long_words = sorted({w for w in counts if len(w) == longest})[:3]
    vowel_share = round(sum(1 for w in words for ch in w if ch in "aeiou") /
                        sum(len(w) for w in words), 6)
    by_initial = {ch: len([w for w in counts if w[0] == ch]) for ch in "klmnrstvwz"}
    return (len(words), len(counts), top, sorted(letters.items())[:3], repeated_bigrams,
            mean_length, long_words, vowel_share, sorted(by_initial.items()))


SIZE = 20000
QUICK_SIZE = 5000

if __name__ == "__main__":
    stats = main(100)
    assert stats[:3] == (809, 347, [('ne', 28), ('vo', 28), ('sa', 25), ('an', 23), ('ka', 23)]), stats
    assert stats[4:7] == (23, 8.09, ['ananan', 'ananne', 'ananru']), stats
    print("OK")
