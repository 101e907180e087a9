// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "caseprior.h"

#include "tsvtable.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace vt::repair {
namespace {

// Add-k smoothing: a word seen twice and never capitalised is not ruled out.
constexpr double kSmoothing = 0.5;

} // namespace

Result<CasePrior> CasePrior::read(const QString &path, const LanguageModel &lm)
{
    CasePrior prior;
    const auto rows = readTsvTable(path, u"case table"_s);
    if (!rows)
        return tl::unexpected(rows.error());
    if (rows->isEmpty())
        return prior;
    // A word the table does not know (rare, or only ever first in its sentence) is as likely either way.
    prior.m_unseen = float(std::log(0.5));
    prior.m_logProb.assign(size_t(lm.vocabularySize()), prior.m_unseen);
    for (const TsvRow &row : *rows) {
        const QStringList &f = row.fields;
        const int lineNo = row.line;
        bool okCapitalised = false, okTotal = false;
        const double capitalised = f.size() == 3 ? f.at(1).toDouble(&okCapitalised) : 0;
        const double total = f.size() == 3 ? f.at(2).toDouble(&okTotal) : 0;
        if (!okCapitalised || !okTotal || capitalised < 0 || capitalised > total)
            return fail(Error::Corrupt,
                u"%1 line %2: expected word, capitalised count, occurrences; rebuild it with vanthu-train-lm "
                u"--case-out."_s.arg(path)
                    .arg(lineNo));
        const LanguageModel::WordId id = lm.id(f.at(0));
        if (id != LanguageModel::kUnknown && id < prior.m_logProb.size())
            prior.m_logProb[id] = float(std::log((capitalised + kSmoothing) / (total + 2 * kSmoothing)));
    }
    return prior;
}

} // namespace vt::repair
