// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "channel.h"

#include "tsvtable.h"

#include "core/vietnamese.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace vt::repair {
namespace {

// Costs of what the table never saw (ln P). A confusion between two spellings of one letter (ố read as ó)
// is plausible; any other unseen substitution, insertion or deletion is a long shot.
constexpr float kUnseenMark = -5.0f;
constexpr float kUnseenOther = -9.0f;
// Built-in rules were never seen on our pages: they count on top of their own cost.
constexpr float kFallbackPenalty = 3.0f;
// Longest words scored by alignment; longer ones (never a syllable) get the unseen cost per character.
constexpr qsizetype kMaxLength = 24;

QString unitText(const QString &field)
{
    return field == u"∅" ? QString() : field;
}

/// The letter without its marks, lower case ("Ộ" → "o", "đ" → "d"); other characters as they are.
QChar foldChar(QChar c)
{
    static const QHash<char16_t, QChar> folds = [] {
        QHash<char16_t, QChar> map;
        for (char16_t u = 0xC0; u < 0x1F00; ++u) {
            const QString folded = text::foldForSearch(QString(QChar(u)));
            if (folded.size() == 1 && folded.front() != QChar(u))
                map.insert(u, folded.front());
        }
        return map;
    }();
    if (c.unicode() < 0x80)
        return c.toLower();
    return folds.value(c.unicode(), c);
}

} // namespace

quint64 OcrChannel::key(QStringView source, QStringView observed)
{
    const auto at = [](QStringView s, qsizetype i) { return i < s.size() ? quint64(s.at(i).unicode()) : 0; };
    return at(source, 0) << 48 | at(source, 1) << 32 | at(observed, 0) << 16 | at(observed, 1);
}

Result<OcrChannel> OcrChannel::read(const QString &path, const QString &model)
{
    OcrChannel channel;
    const auto rows = readTsvTable(path, u"OCR channel table"_s);
    if (!rows)
        return tl::unexpected(rows.error());
    for (const TsvRow &row : *rows) {
        const QStringList &f = row.fields;
        const int lineNo = row.line;
        if (f.size() < 6)
            return fail(Error::Corrupt,
                u"%1 line %2: expected 6 tab-separated fields (model, kind, source, ocr, count, logprob); "
                u"rebuild the table with vanthu-ocr-channel learn."_s.arg(path)
                    .arg(lineNo));
        if (f.at(0) != model)
            continue;
        bool ok = false;
        const float logProb = f.at(5).toFloat(&ok);
        if (!ok || !std::isfinite(logProb) || logProb > 0)
            return fail(
                Error::Corrupt, u"%1 line %2: bad log-probability \"%3\"."_s.arg(path).arg(lineNo).arg(f.at(5)));
        const QString source = unitText(f.at(2));
        const QString observed = unitText(f.at(3));
        if (source.contains(u'<') || observed.contains(u'<') || source.contains(u'␣') || observed.contains(u'␣'))
            continue; // the rest-of-the-mass rows, and merges and splits of words
        if (f.at(1) == u"word") {
            if (source.isEmpty() || observed.isEmpty() || observed.contains(u' '))
                continue;
            const QString sourceKey = text::exactKey(source);
            channel.m_wordSources[observed].push_back({sourceKey, logProb});
            QHash<QString, float> &readings = channel.m_words[sourceKey];
            readings[observed] = std::max(readings.value(observed, -INFINITY), logProb);
            continue;
        }
        if (f.at(1) != u"char" || source.size() > 2 || observed.size() > 2)
            continue;
        channel.m_units[key(source, observed)] = logProb;
        if (!source.isEmpty() && source != observed)
            channel.m_rows.push_back({observed, source, -logProb});
    }
    for (auto &sources : channel.m_wordSources) {
        std::sort(sources.begin(), sources.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    }
    return channel;
}

float OcrChannel::unit(QStringView source, QStringView observed) const
{
    const auto it = m_units.find(key(source, observed));
    if (it != m_units.end())
        return it->second;
    if (source.size() == 1 && observed.size() == 1 && source == observed)
        return 0;
    if (!m_fallback.empty() && !source.isEmpty()) {
        QChar folded[2];
        for (qsizetype k = 0; k < source.size(); ++k)
            folded[k] = foldChar(source.at(k));
        const auto f = m_fallback.find(key(QStringView(folded, source.size()), observed));
        if (f != m_fallback.end())
            return f->second;
    }
    if (source.size() == 1 && observed.size() == 1)
        return foldChar(source.front()) == foldChar(observed.front()) ? kUnseenMark : kUnseenOther;
    if (source.size() + observed.size() == 1)
        return kUnseenOther;
    return -INFINITY; // units of two characters exist only as the table has them or the fallback rules give
}

float OcrChannel::logProb(const QString &source, const QString &observed) const
{
    float word = -INFINITY;
    const auto w = m_words.constFind(source);
    if (w != m_words.cend())
        word = w->value(observed, -INFINITY);
    const qsizetype n = source.size(), m = observed.size();
    if (n > kMaxLength || m > kMaxLength)
        return std::max(word, kUnseenOther * float(std::max(n, m)));

    // best[i][j]: the best segmentation of source[0, i) read as observed[0, j).
    std::array<std::array<float, kMaxLength + 1>, kMaxLength + 1> best;
    for (auto &row : best)
        row.fill(-INFINITY);
    best[0][0] = 0;
    const QStringView s(source), o(observed);
    for (qsizetype i = 0; i <= n; ++i) {
        for (qsizetype j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            float top = -INFINITY;
            for (qsizetype a = 0; a <= 2 && a <= i; ++a) {
                for (qsizetype b = 0; b <= 2 && b <= j; ++b) {
                    if (a + b == 0)
                        continue;
                    const float before = best[size_t(i - a)][size_t(j - b)];
                    if (before == -INFINITY)
                        continue;
                    top = std::max(top, before + unit(s.mid(i - a, a), o.mid(j - b, b)));
                }
            }
            best[size_t(i)][size_t(j)] = top;
        }
    }
    return std::max(word, best[size_t(n)][size_t(m)]);
}

const std::vector<std::pair<QString, float>> *OcrChannel::wordSources(const QString &observed) const
{
    const auto it = m_wordSources.constFind(observed);
    return it == m_wordSources.cend() ? nullptr : &*it;
}

void OcrChannel::addFallbackRules(const std::vector<ChannelRule> &rules)
{
    for (const ChannelRule &r : rules) {
        const QString observed = r.observed.startsWith(u'^') ? r.observed.mid(1) : r.observed;
        if (r.source.size() <= 2 && observed.size() <= 2)
            m_fallback.try_emplace(key(r.source, observed), -r.cost - kFallbackPenalty);
    }
}

std::vector<ChannelRule> OcrChannel::rules(float maxCost) const
{
    std::vector<ChannelRule> out;
    for (const ChannelRule &r : m_rows) {
        if (r.cost > maxCost || r.observed.isEmpty())
            continue;
        const QString source = text::foldForSearch(r.source), observed = text::foldForSearch(r.observed);
        if (source != observed)
            out.push_back({observed, source, r.cost});
    }
    // Folding merges rows (ô→6, ố→6, ổ→6 all become o→6): keep the likeliest of each.
    std::sort(out.begin(), out.end(), [](const ChannelRule &a, const ChannelRule &b) {
        return std::tie(a.observed, a.source, a.cost) < std::tie(b.observed, b.source, b.cost);
    });
    out.erase(std::unique(out.begin(), out.end(),
                  [](const ChannelRule &a, const ChannelRule &b) {
                      return a.observed == b.observed && a.source == b.source;
                  }),
        out.end());
    return out;
}

} // namespace vt::repair
