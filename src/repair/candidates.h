// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "channel.h"
#include "languagemodel.h"
#include "repairer.h"

#include <QHash>
#include <QList>
#include <QString>

#include <vector>

namespace vt::repair {

/// A word the observed token may stand for, with the channel's opinion of how likely the observation is.
struct Candidate
{
    LanguageModel::WordId id = LanguageModel::kUnknown;
    QString text; ///< lower case; the LM key, or the number a symbol stands for
    float channel = 0; ///< ln P(observed | candidate), up to a constant per token
};

/// Proposes candidate words for an observed token, per mode. Built once from the language model's vocabulary
/// (grouped by folded form) and the OCR channel's rules; const and thread-safe afterwards.
class CandidateGenerator
{
public:
    /// `engChannel` scores English-model OCR candidates; empty, the rules' costs do.
    CandidateGenerator(const LanguageModel &lm, std::vector<ChannelRule> engRules, OcrChannel engChannel = {});

    /// Built-in rules for English-model OCR of Vietnamese (digits and symbols for letters, marks read as
    /// letters), used when no learned channel table is available.
    static std::vector<ChannelRule> defaultEngRules();

    /// Candidates for `token` (lower case, NFC), best channel score first; empty when the token is not a
    /// Vietnamese word this model knows (the decoder then leaves it alone).
    QList<Candidate> candidates(const QString &token, Mode mode) const;

    /// For a rare word (Vietnamese-model OCR, capitalised): common words that differ only in the first letter, as
    /// a misread capital ("rết" → "kết"), at a cost only a clear preference of the language model overcomes; with
    /// the word itself first. Empty when the word is not rare or nothing fits.
    QList<Candidate> capitalSlips(const QString &word) const;

    /// For an abbreviation inside a reference ("ND" in "151/2025/ND-CP"): only the spellings that differ by
    /// đ for d ("NĐ"), as the corpus knows them, and the token as it is. Never a word with tone marks.
    QList<Candidate> abbreviationCandidates(const QString &token) const;

    const LanguageModel &lm() const { return m_lm; }

private:
    /// Adds the words the channel's word rows saw read as `token` and scores every candidate with the channel.
    void rescoreWithChannel(const QString &token, QList<Candidate> &out) const;
    /// Appends a few words one letter from `folded` (English-model OCR), scored by the channel.
    void addOneLetterEdits(
        const QString &token, const QString &folded, const QString &exact, QList<Candidate> &out) const;
    void addGroup(
        const QString &folded, float cost, const QString &observedExact, Mode mode, QList<Candidate> &out) const;
    const LanguageModel &m_lm;
    /// Folded form ("tinh") → vocabulary words with that form, most frequent first.
    QHash<QString, std::vector<LanguageModel::WordId>> m_groups;
    std::vector<ChannelRule> m_engRules;
    OcrChannel m_engChannel;
};

} // namespace vt::repair
