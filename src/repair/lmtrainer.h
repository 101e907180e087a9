// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstring>
#include <memory>

namespace vt::repair {

/// How the trainer treats the words of a text.
enum class LmSource {
    Core, ///< every word joins the vocabulary (administrative documents, laws, place names)
    General, ///< counted, but only well-formed Vietnamese syllables join the vocabulary; other words are <unk>
};

struct LmTrainingOptions
{
    /// Trigrams seen fewer times (weighted) are pruned into their backoff. 1 keeps all: the committed model fits
    /// its size budget unpruned, and pruning singletons halves the file for about 0.01 point of accuracy.
    quint32 minTrigramCount = 1;
    quint32 minBigramCount = 1; ///< the same for bigrams; a bigram that prefixes a kept trigram is always kept
    qsizetype maxVocabulary = 65535; ///< the rarest words beyond this become <unk>; the format allows 65,535
    double loadFactor = 0.7; ///< of the open-addressing tables: lower is faster on misses, bigger on disk
};

struct LmStatistics
{
    qint64 tokens = 0; ///< running words and sentence ends counted (weighted)
    qint64 sentences = 0;
    qint64 vocabulary = 0;
    qint64 bigrams = 0; ///< distinct, before pruning
    qint64 trigrams = 0;
    qint64 keptBigrams = 0; ///< stored in the file
    qint64 keptTrigrams = 0;
    qint64 fileSize = 0;
    double discounts[3][3] = {}; ///< modified Kneser-Ney D1, D2, D3+ of unigrams, bigrams, trigrams
};

/// Builds the model file LanguageModel::load() maps: counts n-grams over lmTokens() of every text added,
/// estimates an interpolated modified Kneser-Ney trigram model (Chen & Goodman 1998), prunes rare n-grams and
/// renormalises what is left into backoff form, quantises, and writes the binary file. LanguageModel only reads;
/// the trainer lives in the same library so tests can train a tiny model.
class LmTrainer
{
public:
    LmTrainer();
    ~LmTrainer();
    LmTrainer(const LmTrainer &) = delete;
    LmTrainer &operator=(const LmTrainer &) = delete;

    /// Counts the text `weight` times (an integer weight is the same as repeating the text).
    void addText(QStringView text, LmSource source = LmSource::Core, int weight = 1);
    /// Puts a word (as lmTokens() would key it) in the vocabulary even if no text contains it, so the decoder
    /// can propose it; it gets the unigram floor probability.
    void addVocabulary(QStringView word);

    Result<LmStatistics> write(const QString &path, const LmTrainingOptions &options = {}) const;

private:
    struct Data;
    std::unique_ptr<Data> d;
};

/// The model file, shared by the writer (lmtrainer.cpp) and the reader (languagemodel.cpp). Little-endian,
/// every section 8-byte aligned so the mapped arrays can be used in place.
namespace lmformat {

inline constexpr char kMagic[8] = {'V', 'T', 'L', 'M', '-', 'K', 'N', '3'};
inline constexpr quint32 kVersion = 1;
/// 16-bit ids put a whole trigram and its probability in one 64-bit slot, so a probe is one load. The vocabulary
/// is about 10,000 words (6,600 syllables plus abbreviations and names); rarer words beyond the cap become <unk>.
inline constexpr int kIdBits = 16;
inline constexpr quint32 kMaxVocabulary = (1u << kIdBits) - 1; ///< id 0xFFFF is never used: all-ones is "empty"
inline constexpr quint64 kEmptySlot = ~quint64(0);
inline constexpr quint32 kEmptyWord = ~quint32(0);
inline constexpr int kTrigramShift = 16; ///< trigram slot: pack3(u, v, w) << 16 | quantised log p(w|u v)
inline constexpr int kBigramShift = 32; ///< bigram slot: pack2(v, w) << 32 | flags, backoff, log p(w|v)
inline constexpr quint64 kHasTrigrams = quint64(1) << 31; ///< bigram "u v" is the context of stored trigrams
inline constexpr int kBackoffBits = 15;

enum Section {
    WordOffsets, ///< quint32[V + 1], into WordPool, in UTF-16 units
    WordPool, ///< char16_t[], the words in id order
    WordTable, ///< quint32[wordSlots]: word id or kEmptyWord, at slotOf(hashWord(word)) + linear probing
    Unigrams, ///< Unigram[V]
    UnigramCount, ///< quint32[V]: training count, saturating
    Bigrams, ///< quint64[bigramSlots]: (v << 16 | w) << 32 | kHasTrigrams? | backoff << 16 | log p; or empty
    Trigrams, ///< quint64[trigramSlots]: (u << 32 | v << 16 | w) << 16 | log p; or empty
    SectionCount
};

struct Unigram
{
    float logProb; ///< log p(w)
    float backoff; ///< log backoff of the context "w", for bigrams "w x" not stored
};

struct SectionRef
{
    quint64 offset;
    quint64 size; ///< bytes
};

struct Header
{
    char magic[8];
    quint32 version;
    quint32 headerSize;
    quint64 fileSize;
    quint64 checksum; ///< fileChecksum(): of the whole file, this field read as 0
    quint32 vocabularySize;
    quint32 wordSlots;
    quint32 wordMaxProbe; ///< longest probe sequence in the table: bounds a lookup even on a bad file
    quint32 bigramCount;
    quint32 bigramSlots;
    quint32 bigramMaxProbe;
    quint32 trigramCount;
    quint32 trigramSlots;
    quint32 trigramMaxProbe;
    quint32 reserved;
    float probMin; ///< log p = probMin + q * probStep, q the 16-bit code
    float probStep;
    float backoffMin; ///< log backoff = backoffMin + q * backoffStep, q the 15-bit code
    float backoffStep;
    SectionRef sections[SectionCount];
};
static_assert(sizeof(Header) == 88 + 16 * SectionCount);

inline constexpr quint64 pack2(quint32 v, quint32 w)
{
    return (quint64(v) << kIdBits) | w;
}
inline constexpr quint64 pack3(quint32 u, quint32 v, quint32 w)
{
    return (quint64(u) << (2 * kIdBits)) | (quint64(v) << kIdBits) | w;
}

/// splitmix64's finaliser: packed ids are far from random, and linear probing needs them spread.
inline quint64 mix(quint64 x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

/// Maps a hash onto [0, slotCount) without a division (Lemire's multiply-shift), so tables need not be powers of 2.
__extension__ typedef unsigned __int128 Uint128; // __extension__: no -Wpedantic warning for a GCC/Clang type
inline quint64 slotOf(quint64 hash, quint64 slotCount)
{
    return quint64((Uint128(hash) * slotCount) >> 64);
}

/// FNV-1a over UTF-16 units, then mixed: the reader hashes the QStringView it is given, no conversion.
inline quint64 hashWord(QStringView word)
{
    quint64 h = 0xcbf29ce484222325ull;
    for (const QChar c : word)
        h = (h ^ c.unicode()) * 0x100000001b3ull;
    return mix(h);
}

/// Cheap whole-file check (a few ms for 20 MB): a truncated copy or a flipped bit is refused at load rather
/// than turning into wrong probabilities.
inline quint64 checksum(const uchar *data, quint64 size)
{
    quint64 h = 0x9e3779b97f4a7c15ull ^ size;
    quint64 i = 0;
    for (; i + 8 <= size; i += 8) {
        quint64 w;
        std::memcpy(&w, data + i, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdull;
        h ^= h >> 32;
    }
    for (; i < size; ++i)
        h = (h ^ data[i]) * 0x100000001b3ull;
    return mix(h);
}

/// The checksum stored in the header: the header itself with `checksum` read as 0, then everything after it,
/// so a damaged count or quantisation step is caught as surely as a damaged table.
inline quint64 fileChecksum(const uchar *file, quint64 size)
{
    Header h;
    std::memcpy(&h, file, sizeof h);
    h.checksum = 0;
    const quint64 head = checksum(reinterpret_cast<const uchar *>(&h), sizeof h);
    return mix(head ^ (checksum(file + sizeof h, size - sizeof h) * 0x9e3779b97f4a7c15ull));
}

} // namespace lmformat

} // namespace vt::repair
