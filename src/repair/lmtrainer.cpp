// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repair/lmtrainer.h"

#include "core/vietnamese.h"
#include "repair/languagemodel.h"

#include <QHash>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::repair {

namespace {

using WordId = LanguageModel::WordId;
constexpr WordId kNone = ~WordId(0);
constexpr quint64 kIdMask = (quint64(1) << lmformat::kIdBits) - 1;

struct Gram
{
    quint64 key;
    quint64 count;
};

// Sorted distinct keys with their multiplicity.
std::vector<Gram> countKeys(std::vector<quint64> &keys)
{
    std::sort(keys.begin(), keys.end());
    std::vector<Gram> out;
    for (const quint64 k : keys) {
        if (out.empty() || out.back().key != k)
            out.push_back({k, 0});
        ++out.back().count;
    }
    keys.clear();
    keys.shrink_to_fit();
    return out;
}

qsizetype indexOf(const std::vector<Gram> &grams, quint64 key)
{
    const auto it
        = std::lower_bound(grams.begin(), grams.end(), key, [](const Gram &g, quint64 k) { return g.key < k; });
    return it != grams.end() && it->key == key ? it - grams.begin() : -1;
}

// Modified Kneser-Ney discounts D1, D2, D3+ from the counts-of-counts (Chen & Goodman 1998, eq. 26).
struct Discounts
{
    double d[4] = {0, 0.5, 1.0, 1.5};
    double operator()(quint64 c) const { return d[std::min<quint64>(c, 3)]; }
    double leftover(quint64 c) const { return c == 0 ? 0.0 : (*this)(c); }
};

template <typename Counts> Discounts discountsFrom(const Counts &counts)
{
    double n[5] = {0, 0, 0, 0, 0};
    for (const quint64 c : counts) {
        if (c >= 1 && c <= 4)
            ++n[c];
    }
    Discounts out;
    if (n[1] == 0 || n[2] == 0 || n[3] == 0 || n[4] == 0)
        return out; // a toy corpus: keep the textbook defaults rather than divide by zero
    const double y = n[1] / (n[1] + 2 * n[2]);
    const double d[4] = {0, 1 - 2 * y * n[2] / n[1], 2 - 3 * y * n[3] / n[2], 3 - 4 * y * n[4] / n[3]};
    for (int k = 1; k <= 3; ++k) {
        if (!(d[k] > 0 && d[k] < k))
            return out;
    }
    std::copy(d, d + 4, out.d);
    return out;
}

// An open-addressing table of 64-bit slots: the n-gram key in the high bits, its value in the low `shift` bits,
// placed by linear probing from slotOf(mix(key)).
struct Table
{
    std::vector<quint64> cells;
    quint32 maxProbe = 0;
};

Table buildTable(const std::vector<std::pair<quint64, quint64>> &entries, int shift, double loadFactor)
{
    Table t;
    const quint64 slotCount = std::max<quint64>(entries.size() + 1, quint64(std::ceil(entries.size() / loadFactor)));
    t.cells.assign(slotCount, lmformat::kEmptySlot);
    for (const auto &[key, value] : entries) {
        quint64 i = lmformat::slotOf(lmformat::mix(key), slotCount);
        quint32 probe = 0;
        for (; t.cells[i] != lmformat::kEmptySlot; ++probe)
            i = i + 1 == slotCount ? 0 : i + 1;
        t.cells[i] = (key << shift) | value;
        t.maxProbe = std::max(t.maxProbe, probe);
    }
    return t;
}

// Linear 16-bit quantisation over [min, max]: error below (max - min) / 131070, e.g. 3e-4 nats for probabilities
// down to e^-20, far below what the decoder can notice and small enough to keep distributions summing to 1.
struct Quantiser
{
    float min = 0;
    float step = 1;
    long top = 65535;
    Quantiser(double lo, double hi, int bits) : min(float(lo)), top((1L << bits) - 1)
    {
        step = float(hi > lo ? (hi - lo) / double(top) : 1.0);
    }
    quint64 operator()(double x) const { return quint64(std::clamp(std::lround((x - min) / step), 0L, top)); }
};

template <typename T> void appendSection(QByteArray &file, lmformat::SectionRef &ref, const T *data, qsizetype count)
{
    while (file.size() % 8 != 0)
        file.append('\0');
    ref.offset = quint64(file.size());
    ref.size = quint64(count) * sizeof(T);
    file.append(reinterpret_cast<const char *>(data), qsizetype(ref.size));
}

} // namespace

struct LmTrainer::Data
{
    struct Word
    {
        QString key;
        quint64 count = 0;
        bool core = false; // seen in a Core text
        bool lexicon = false; // added by addVocabulary()
    };
    std::vector<Word> words{{u"<unk>"_s}, {u"<s>"_s}, {u"</s>"_s}, {u"<num>"_s}};
    QHash<QString, WordId> index{{u"<unk>"_s, 0}, {u"<s>"_s, 1}, {u"</s>"_s, 2}, {u"<num>"_s, 3}};
    std::vector<WordId> stream; // provisional ids; every sentence ends with kEnd
    struct Run
    {
        size_t begin;
        int weight;
    };
    std::vector<Run> runs;

    WordId intern(const QString &key)
    {
        const auto it = index.constFind(key);
        if (it != index.cend())
            return *it;
        const WordId id = WordId(words.size());
        words.push_back({key});
        index.insert(key, id);
        return id;
    }
};

LmTrainer::LmTrainer() : d(std::make_unique<Data>()) {}

LmTrainer::~LmTrainer() = default;

void LmTrainer::addText(QStringView text, LmSource source, int weight)
{
    if (weight <= 0)
        return;
    const QList<LmToken> tokens = lmTokens(text);
    if (tokens.isEmpty())
        return;
    d->runs.push_back({d->stream.size(), weight});
    for (const LmToken &t : tokens) {
        const WordId id = d->intern(t.key);
        Data::Word &w = d->words[id];
        w.count += quint64(weight);
        w.core |= source == LmSource::Core;
        d->stream.push_back(id);
    }
}

void LmTrainer::addVocabulary(QStringView word)
{
    const QString key = text::exactKey(word.trimmed());
    if (!key.isEmpty())
        d->words[d->intern(key)].lexicon = true;
}

Result<LmStatistics> LmTrainer::write(const QString &path, const LmTrainingOptions &options) const
{
    using namespace lmformat;
    using LM = LanguageModel;
    LmStatistics stats;

    // 1. Vocabulary: the specials, then every eligible word by falling count, so frequent words get small ids.
    std::vector<WordId> order;
    for (WordId i = 4; i < d->words.size(); ++i) {
        const Data::Word &w = d->words[i];
        if (w.core || w.lexicon || (w.count > 0 && text::isWellFormedSyllable(w.key)))
            order.push_back(i);
    }
    std::sort(order.begin(), order.end(), [&](WordId a, WordId b) {
        const Data::Word &x = d->words[a];
        const Data::Word &y = d->words[b];
        return x.count != y.count ? x.count > y.count : x.key < y.key;
    });
    const qsizetype cap = std::min<qsizetype>(options.maxVocabulary, kMaxVocabulary) - 4;
    if (qsizetype(order.size()) > cap)
        order.resize(size_t(std::max<qsizetype>(cap, 0)));
    std::vector<WordId> remap(d->words.size(), LM::kUnknown);
    std::vector<QString> vocabulary{u"<unk>"_s, u"<s>"_s, u"</s>"_s, u"<num>"_s};
    for (WordId i = 0; i < 4; ++i)
        remap[i] = i;
    for (const WordId i : order) {
        remap[i] = WordId(vocabulary.size());
        vocabulary.push_back(d->words[i].key);
    }
    const WordId V = WordId(vocabulary.size());
    stats.vocabulary = V;

    // 2. Raw counts over "<s> w1 … wn </s>"; a weight repeats the n-grams of its run.
    std::vector<quint64> unigramCount(V, 0);
    std::vector<quint64> bigramKeys;
    std::vector<quint64> trigramKeys;
    bigramKeys.reserve(d->stream.size());
    trigramKeys.reserve(d->stream.size());
    for (size_t r = 0; r < d->runs.size(); ++r) {
        const size_t end = r + 1 < d->runs.size() ? d->runs[r + 1].begin : d->stream.size();
        const int weight = d->runs[r].weight;
        WordId u = kNone;
        WordId v = LM::kBegin;
        for (size_t i = d->runs[r].begin; i < end; ++i) {
            const WordId w = remap[d->stream[i]];
            unigramCount[w] += quint64(weight);
            stats.tokens += weight;
            for (int k = 0; k < weight; ++k) {
                bigramKeys.push_back(pack2(v, w));
                if (u != kNone)
                    trigramKeys.push_back(pack3(u, v, w));
            }
            if (w == LM::kEnd) {
                u = kNone;
                v = LM::kBegin;
                unigramCount[LM::kBegin] += quint64(weight);
                stats.sentences += weight;
            } else {
                u = v;
                v = w;
            }
        }
    }
    const std::vector<Gram> bigrams = countKeys(bigramKeys);
    const std::vector<Gram> trigrams = countKeys(trigramKeys);
    stats.bigrams = qint64(bigrams.size());
    stats.trigrams = qint64(trigrams.size());

    // 3. Kneser-Ney adjusted counts: below the top order a gram counts the distinct words seen before it, except
    //    after "<s>", where nothing can precede and the raw count stands.
    std::vector<quint64> bigramAdjusted(bigrams.size(), 0);
    std::vector<quint32> suffixOf(trigrams.size()); // trigram u v w → bigram v w
    std::vector<quint32> prefixOf(trigrams.size()); // trigram u v w → bigram u v
    for (size_t t = 0; t < trigrams.size(); ++t) {
        const quint64 k = trigrams[t].key;
        suffixOf[t] = quint32(indexOf(bigrams, k & ((quint64(1) << (2 * kIdBits)) - 1)));
        prefixOf[t] = quint32(indexOf(bigrams, k >> kIdBits));
        ++bigramAdjusted[suffixOf[t]];
    }
    std::vector<quint64> unigramAdjusted(V, 0);
    for (size_t j = 0; j < bigrams.size(); ++j) {
        if ((bigrams[j].key >> kIdBits) == LM::kBegin)
            bigramAdjusted[j] = bigrams[j].count;
        ++unigramAdjusted[bigrams[j].key & kIdMask];
    }
    std::vector<quint64> trigramCounts(trigrams.size());
    for (size_t t = 0; t < trigrams.size(); ++t)
        trigramCounts[t] = trigrams[t].count;
    const Discounts d1 = discountsFrom(unigramAdjusted);
    const Discounts d2 = discountsFrom(bigramAdjusted);
    const Discounts d3 = discountsFrom(trigramCounts);
    for (int k = 0; k < 3; ++k) {
        stats.discounts[0][k] = d1.d[k + 1];
        stats.discounts[1][k] = d2.d[k + 1];
        stats.discounts[2][k] = d3.d[k + 1];
    }

    // 4. Interpolated probabilities. Unigrams share their discounted mass uniformly, so a lexicon word never
    //    seen in training still has a probability and the decoder can choose it.
    std::vector<double> p1(V, 0.0);
    {
        double total = 0;
        double leftover = 0;
        for (WordId w = 0; w < V; ++w) {
            total += double(unigramAdjusted[w]);
            leftover += d1.leftover(unigramAdjusted[w]);
        }
        const double predictable = V - 1; // every word but "<s>"
        for (WordId w = 0; w < V; ++w) {
            if (w == LM::kBegin)
                continue;
            p1[w] = total > 0 ? (double(unigramAdjusted[w]) - d1.leftover(unigramAdjusted[w])) / total
                    + leftover / total / predictable
                              : 1.0 / predictable;
        }
    }
    std::vector<double> p2(bigrams.size());
    for (size_t begin = 0; begin < bigrams.size();) {
        const quint64 context = bigrams[begin].key >> kIdBits;
        size_t end = begin;
        double total = 0;
        double leftover = 0;
        for (; end < bigrams.size() && (bigrams[end].key >> kIdBits) == context; ++end) {
            total += double(bigramAdjusted[end]);
            leftover += d2.leftover(bigramAdjusted[end]);
        }
        for (size_t j = begin; j < end; ++j) {
            const WordId w = WordId(bigrams[j].key & kIdMask);
            p2[j] = (double(bigramAdjusted[j]) - d2(bigramAdjusted[j]) + leftover * p1[w]) / total;
        }
        begin = end;
    }
    std::vector<double> p3(trigrams.size());
    for (size_t begin = 0; begin < trigrams.size();) {
        const quint64 context = trigrams[begin].key >> kIdBits;
        size_t end = begin;
        double total = 0;
        double leftover = 0;
        for (; end < trigrams.size() && (trigrams[end].key >> kIdBits) == context; ++end) {
            total += double(trigrams[end].count);
            leftover += d3.leftover(trigrams[end].count);
        }
        for (size_t t = begin; t < end; ++t)
            p3[t] = (double(trigrams[t].count) - d3(trigrams[t].count) + leftover * p2[suffixOf[t]]) / total;
        begin = end;
    }

    // 5. Pruning, then backoff weights that make every pruned distribution sum to 1 again:
    //    b(ctx) = (1 − Σ kept p(w|ctx)) / (1 − Σ kept p'(w|shorter ctx)).
    std::vector<char> keepTrigram(trigrams.size());
    std::vector<char> keepBigram(bigrams.size());
    for (size_t j = 0; j < bigrams.size(); ++j)
        keepBigram[j] = bigrams[j].count >= options.minBigramCount;
    for (size_t t = 0; t < trigrams.size(); ++t) {
        keepTrigram[t] = trigrams[t].count >= options.minTrigramCount;
        if (keepTrigram[t])
            keepBigram[prefixOf[t]] = 1; // it carries the backoff weight of the trigram's context
    }
    const auto safeLogRatio = [](double num, double den) {
        return std::clamp(std::log(std::max(num, 1e-12) / std::max(den, 1e-12)), -30.0, 30.0);
    };
    std::vector<float> unigramBackoff(V, 0.0f);
    std::vector<double> bigramEffective(bigrams.size()); // p'(w|v) after pruning
    for (size_t begin = 0; begin < bigrams.size();) {
        const WordId v = WordId(bigrams[begin].key >> kIdBits);
        size_t end = begin;
        double kept = 0;
        double keptLower = 0;
        for (; end < bigrams.size() && (bigrams[end].key >> kIdBits) == v; ++end) {
            if (keepBigram[end]) {
                kept += p2[end];
                keptLower += p1[bigrams[end].key & kIdMask];
            }
        }
        const double logBackoff = safeLogRatio(1 - kept, 1 - keptLower);
        unigramBackoff[v] = float(logBackoff);
        for (size_t j = begin; j < end; ++j) {
            bigramEffective[j] = keepBigram[j] ? p2[j] : std::exp(logBackoff) * p1[bigrams[j].key & kIdMask];
        }
        begin = end;
    }
    std::vector<double> bigramBackoff(bigrams.size(), 0.0); // log b(u v), stored with the bigram u v
    for (size_t begin = 0; begin < trigrams.size();) {
        const quint64 context = trigrams[begin].key >> kIdBits;
        size_t end = begin;
        double kept = 0;
        double keptLower = 0;
        for (; end < trigrams.size() && (trigrams[end].key >> kIdBits) == context; ++end) {
            if (keepTrigram[end]) {
                kept += p3[end];
                keptLower += bigramEffective[suffixOf[end]];
            }
        }
        bigramBackoff[prefixOf[begin]] = kept > 0 ? safeLogRatio(1 - kept, 1 - keptLower) : 0.0;
        begin = end;
    }

    // 6. Quantise and lay out the tables.
    double probLow = 0;
    double backoffLow = 0;
    double backoffHigh = 0;
    std::vector<char> hasTrigrams(bigrams.size(), 0);
    for (size_t t = 0; t < trigrams.size(); ++t) {
        if (keepTrigram[t]) {
            probLow = std::min(probLow, std::log(p3[t]));
            hasTrigrams[prefixOf[t]] = 1;
        }
    }
    for (size_t j = 0; j < bigrams.size(); ++j) {
        if (keepBigram[j]) {
            probLow = std::min(probLow, std::log(p2[j]));
            backoffLow = std::min(backoffLow, bigramBackoff[j]);
            backoffHigh = std::max(backoffHigh, bigramBackoff[j]);
        }
    }
    const Quantiser probQ(std::floor(probLow), 0.0, 16);
    const Quantiser backoffQ(backoffLow, backoffHigh, kBackoffBits);
    std::vector<std::pair<quint64, quint64>> entries;
    for (size_t j = 0; j < bigrams.size(); ++j) {
        if (keepBigram[j]) {
            entries.push_back({bigrams[j].key,
                (hasTrigrams[j] ? kHasTrigrams : 0) | (backoffQ(bigramBackoff[j]) << 16) | probQ(std::log(p2[j]))});
        }
    }
    stats.keptBigrams = qint64(entries.size());
    const Table bigramTable = buildTable(entries, kBigramShift, options.loadFactor);
    entries.clear();
    for (size_t t = 0; t < trigrams.size(); ++t) {
        if (keepTrigram[t])
            entries.push_back({trigrams[t].key, probQ(std::log(p3[t]))});
    }
    stats.keptTrigrams = qint64(entries.size());
    const Table trigramTable = buildTable(entries, kTrigramShift, options.loadFactor);

    std::vector<quint32> wordOffsets{0};
    std::u16string pool;
    for (const QString &w : vocabulary) {
        pool.append(reinterpret_cast<const char16_t *>(w.utf16()), size_t(w.size()));
        wordOffsets.push_back(quint32(pool.size()));
    }
    const quint64 wordSlots = 2 * quint64(V);
    std::vector<quint32> wordTable(wordSlots, kEmptyWord);
    quint32 wordMaxProbe = 0;
    for (WordId id = 0; id < V; ++id) {
        quint64 i = slotOf(hashWord(vocabulary[id]), wordSlots);
        quint32 probe = 0;
        for (; wordTable[i] != kEmptyWord; ++probe)
            i = i + 1 == wordSlots ? 0 : i + 1;
        wordTable[i] = id;
        wordMaxProbe = std::max(wordMaxProbe, probe);
    }
    std::vector<Unigram> unigrams(V);
    std::vector<quint32> counts(V);
    for (WordId w = 0; w < V; ++w) {
        unigrams[w] = {w == LM::kBegin ? -99.0f : float(std::log(p1[w])), unigramBackoff[w]};
        counts[w] = quint32(std::min<quint64>(unigramCount[w], std::numeric_limits<quint32>::max()));
    }

    Header h{};
    std::copy(std::begin(kMagic), std::end(kMagic), h.magic);
    h.version = kVersion;
    h.headerSize = sizeof(Header);
    h.vocabularySize = V;
    h.wordSlots = quint32(wordSlots);
    h.wordMaxProbe = wordMaxProbe;
    h.bigramCount = quint32(stats.keptBigrams);
    h.bigramSlots = quint32(bigramTable.cells.size());
    h.bigramMaxProbe = bigramTable.maxProbe;
    h.trigramCount = quint32(stats.keptTrigrams);
    h.trigramSlots = quint32(trigramTable.cells.size());
    h.trigramMaxProbe = trigramTable.maxProbe;
    h.probMin = probQ.min;
    h.probStep = probQ.step;
    h.backoffMin = backoffQ.min;
    h.backoffStep = backoffQ.step;

    QByteArray file(sizeof(Header), '\0');
    appendSection(file, h.sections[WordOffsets], wordOffsets.data(), qsizetype(wordOffsets.size()));
    appendSection(file, h.sections[WordPool], pool.data(), qsizetype(pool.size()));
    appendSection(file, h.sections[WordTable], wordTable.data(), qsizetype(wordTable.size()));
    appendSection(file, h.sections[Unigrams], unigrams.data(), V);
    appendSection(file, h.sections[UnigramCount], counts.data(), V);
    appendSection(file, h.sections[Bigrams], bigramTable.cells.data(), qsizetype(bigramTable.cells.size()));
    appendSection(file, h.sections[Trigrams], trigramTable.cells.data(), qsizetype(trigramTable.cells.size()));
    while (file.size() % 8 != 0)
        file.append('\0');
    h.fileSize = quint64(file.size());
    std::memcpy(file.data(), &h, sizeof h);
    h.checksum = fileChecksum(reinterpret_cast<const uchar *>(file.constData()), quint64(file.size()));
    std::memcpy(file.data(), &h, sizeof h);
    stats.fileSize = file.size();

    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(file) != file.size() || !out.commit())
        return fail(Error::Io, u"Cannot write the language model %1."_s.arg(path), out.errorString());
    return stats;
}

} // namespace vt::repair
