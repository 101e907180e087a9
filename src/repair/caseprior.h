// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "languagemodel.h"

#include "core/result.h"

#include <QString>

#include <vector>

namespace vt::repair {

/// How likely each vocabulary word is to be written capitalised inside a sentence: "Thị" (in names) often,
/// "thì" never. Read from case-prior.tsv (vanthu-train-lm --case-out); a prior for capitalised tokens that OCR
/// damaged, so "Thi" inside a sentence reads as "Thị". Immutable once read; thread-safe.
class CasePrior
{
public:
    /// An absent file gives an empty prior (every word scores 0).
    static Result<CasePrior> read(const QString &path, const LanguageModel &lm);

    /// ln P(capitalised | word, inside a sentence), smoothed; 0 when the prior is empty.
    float capitalisedLogProb(LanguageModel::WordId id) const
    {
        return id < m_logProb.size() ? m_logProb[id] : m_unseen;
    }

private:
    std::vector<float> m_logProb;
    float m_unseen = 0;
};

} // namespace vt::repair
