// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace vt::repair {

/// What the language model sees of a text: one key per word, sentence boundaries, numbers as one class.
/// The trainer and the decoder both call lmTokens(), so they cannot disagree on what a word is.
///
/// - a run of letters (text::tokenize Syllable or Word) → text::exactKey(word) (lower case, NFC, canonical tone);
/// - a Number → "<num>";
/// - ". ! ? ; :" and line breaks end a sentence → "</s>" (the decoder starts each sentence with "<s>");
/// - other punctuation is skipped.
struct LmToken
{
    QString key;
    qsizetype begin = 0; ///< span in the input (UTF-16), for the decoder to map back; 0/0 for "</s>"
    qsizetype length = 0;
};
QList<LmToken> lmTokens(QStringView text);

/// A syllable trigram model (interpolated Kneser-Ney, pruned, quantised) in a compact binary file that is
/// memory-mapped, not parsed: loading is a map and a check of the header. Immutable once loaded, so one
/// instance serves every thread.
class LanguageModel
{
public:
    using WordId = quint32;
    static constexpr WordId kUnknown = 0; ///< "<unk>"
    static constexpr WordId kBegin = 1; ///< "<s>"
    static constexpr WordId kEnd = 2; ///< "</s>"
    static constexpr WordId kNumber = 3; ///< "<num>"

    /// Maps the model file. Error::NotFound if absent, Error::Corrupt if the header or sizes are wrong.
    static Result<std::shared_ptr<const LanguageModel>> load(const QString &path);

    /// The id of a key as produced by lmTokens(); kUnknown when the word is not in the vocabulary.
    WordId id(QStringView key) const;
    QString word(WordId id) const;
    qsizetype vocabularySize() const;
    /// How often the word occurred in training (saturating), for pruning candidates.
    quint32 count(WordId id) const;

    /// Natural-log probability of `w` after `prev2 prev1` (use kBegin for the start of a sentence).
    float logProb(WordId prev2, WordId prev1, WordId w) const;

    /// The looked-up context "prev2 prev1", for scoring many words after the same two: the decoder's inner
    /// loop. logProb(context(a, b), w) == logProb(a, b, w).
    struct Context
    {
        WordId prev2 = kBegin;
        WordId prev1 = kBegin;
        quint64 entry = 0; ///< the context's bigram slot, or the empty marker
        float logBackoff = 0;
    };
    Context context(WordId prev2, WordId prev1) const;
    float logProb(const Context &context, WordId w) const;

    ~LanguageModel();

private:
    LanguageModel() = default;
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace vt::repair
