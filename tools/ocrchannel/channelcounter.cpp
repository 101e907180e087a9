// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/channelcounter.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

// Op keys pack up to two UTF-16 units per side; 0 marks an absent unit, so "" (∅) is all zeros.
quint32 unitKey(QStringView s)
{
    return (s.size() > 0 ? s[0].unicode() : 0u) | (s.size() > 1 ? quint32(s[1].unicode()) << 16 : 0u);
}

quint64 opKey(QStringView s, QStringView o)
{
    return quint64(unitKey(s)) | (quint64(unitKey(o)) << 32);
}

QString unitString(quint32 key)
{
    QString s;
    if (key & 0xffff)
        s += QChar(char16_t(key & 0xffff));
    if (key >> 16)
        s += QChar(char16_t(key >> 16));
    return s.isEmpty() ? QString(QChar(kEmpty)) : s;
}

// Word-level keys drop the punctuation glued to a token, so "tỉnh," and "tinh." count as tỉnh→tinh. Symbols that
// OCR makes out of letters and digits ("&" for 8, "€" for ê) are not in this set and stay.
QString stripToken(const QString &token)
{
    static const QString punct = u".,;:!?()[]{}\"'“”‘’…«»"_s;
    qsizetype b = 0, e = token.size();
    while (b < e && punct.contains(token[b]))
        ++b;
    while (e > b && punct.contains(token[e - 1]))
        --e;
    return token.mid(b, e - b);
}

// A word pair is trusted for character counts only if it plausibly is one word read badly, not a misalignment.
bool plausible(const QString &s, const QString &o)
{
    if (normalizedDistance(foldKey(s), foldKey(o)) <= 0.6)
        return true;
    return s.size() >= 2 && editDistance(s, o) <= 2;
}

// The key of a source token in the word rows; empty for dashes and rules ("-", "–", "-----"), which are not words
// (the character rows cover them).
QString wordKey(const QString &token)
{
    const QString key = stripToken(token);
    return std::any_of(key.begin(), key.end(), [](QChar c) { return c.isLetterOrNumber(); }) ? key : QString();
}

QString withVisibleSpaces(QString s)
{
    return s.replace(u' ', QChar(kSpace));
}

} // namespace

void ChannelCounter::addLine(const QString &model, const QList<WordMatch> &words)
{
    ModelData &d = m_models[model];
    Stats &st = m_stats[model];
    ++st.lines;
    int sourceWords = 0, merges = 0;
    for (const WordMatch &w : words) {
        if (w.sourceCount == 0) {
            ++st.inserted;
            continue;
        }
        sourceWords += w.sourceCount;
        st.words += w.sourceCount;
        const QString s = w.source.toLower();
        const QString o = w.ocr.toLower();
        if (w.ocrCount == 0) {
            ++st.deleted;
            if (const QString key = wordKey(s); !key.isEmpty()) {
                ++d.wordSource[key];
                ++d.wordPairs[{key, QString(QChar(kEmpty))}];
            }
            continue;
        }
        if (w.sourceCount == 2) {
            // A merge: both words count as occurrences whose reading was "something else" at word level.
            ++st.merged, ++merges;
            for (const QString &part : s.split(u' ')) {
                if (const QString key = wordKey(part); !key.isEmpty())
                    ++d.wordSource[key];
            }
        } else {
            if (w.ocrCount == 2)
                ++st.split;
            if (const QString key = wordKey(s); !key.isEmpty()) {
                const QString read = withVisibleSpaces(stripToken(o));
                ++d.wordSource[key];
                ++d.wordPairs[{key, read.isEmpty() ? QString(QChar(kEmpty)) : read}];
            }
        }
        ++st.wordPairs;
        if (!plausible(s, o)) {
            ++st.implausible;
            continue;
        }
        ++d.charPairs[{withVisibleSpaces(s), withVisibleSpaces(o)}];
    }
    d.keptSpaces += std::max(0, sourceWords - 1 - merges);
}

double ChannelCounter::opCost(const ModelData &d, quint64 op, int a, int b, int pass) const
{
    const bool multi = a + b > 2 || (a == 2 || b == 2);
    if (pass == 0) {
        // Fixed costs for the first pass: a diacritic-only change is the cheapest error, and a unit of two
        // characters is cheaper than its two single edits, so "ư"→"ir" is found before any counts exist.
        if (a == 1 && b == 1) {
            const QChar s(char16_t(op & 0xffff)), o(char16_t((op >> 32) & 0xffff));
            if (s == o)
                return 0;
            return foldKey(QString(s)) == foldKey(QString(o)) ? 0.6 : 1.0;
        }
        return multi ? 1.3 + 0.3 * (a + b - 3) : 1.0;
    }
    const quint32 src = quint32(op & 0xffffffffu);
    const double n = d.sourceTotal.value(src);
    if (n <= 0)
        return 25.0;
    const double denom = n + m_k * (d.variety.value(src) + 1);
    const double c = d.opCount.value(op);
    if (c > 0)
        return -std::log((c + m_k) / denom);
    // Unseen units pay extra, so that new two-character operations appear only where no seen pair explains them.
    return -std::log(m_k / denom) + (multi ? 1.5 : 0.0);
}

QList<quint64> ChannelCounter::viterbi(const ModelData &d, const QString &s, const QString &o, int pass) const
{
    const qsizetype n = s.size(), m = o.size();
    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    std::vector<double> cost(size_t((n + 1) * (m + 1)), std::numeric_limits<double>::infinity());
    std::vector<quint8> back(cost.size(), 0); // a*3+b of the step that reached the cell
    cost[0] = 0;
    for (qsizetype i = 0; i <= n; ++i) {
        for (qsizetype j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            double best = std::numeric_limits<double>::infinity();
            quint8 step = 0;
            for (int a = 0; a <= 2 && a <= i; ++a) {
                for (int b = 0; b <= 2 && b <= j; ++b) {
                    if (a == 0 && b == 0)
                        continue;
                    const QStringView ss = QStringView(s).mid(i - a, a), oo = QStringView(o).mid(j - b, b);
                    if (a > 0 && b > 0 && (a > 1 || b > 1) && (ss.front() == oo.front() || ss.back() == oo.back()))
                        continue;
                    // Spaces occur in the aligned source only where words merged, so N("x␣") would be biased.
                    if (a == 2 && ss.contains(QChar(kSpace)))
                        continue;
                    const double prev = cost[at(i - a, j - b)];
                    if (prev == std::numeric_limits<double>::infinity())
                        continue;
                    const double c = prev + opCost(d, opKey(ss, oo), a, b, pass);
                    if (c < best)
                        best = c, step = quint8(a * 3 + b);
                }
            }
            cost[at(i, j)] = best;
            back[at(i, j)] = step;
        }
    }
    QList<quint64> ops;
    qsizetype i = n, j = m;
    while (i > 0 || j > 0) {
        const int a = back[at(i, j)] / 3, b = back[at(i, j)] % 3;
        ops.append(opKey(QStringView(s).mid(i - a, a), QStringView(o).mid(j - b, b)));
        i -= a, j -= b;
    }
    std::reverse(ops.begin(), ops.end());
    return ops;
}

QList<CharOp> ChannelCounter::alignChars(const QString &model, const QString &source, const QString &ocr) const
{
    QList<CharOp> out;
    static const ModelData empty;
    const auto it = m_models.constFind(model);
    for (quint64 op : viterbi(it == m_models.cend() ? empty : it.value(), source, ocr, m_pass))
        out.append({unitString(quint32(op & 0xffffffffu)), unitString(quint32(op >> 32))});
    return out;
}

QList<ChannelRow> ChannelCounter::estimate(const ChannelOptions &options)
{
    m_k = options.charK;
    for (ModelData &d : m_models) {
        d.sourceTotal.clear();
        for (auto it = d.charPairs.cbegin(); it != d.charPairs.cend(); ++it) {
            const QString &s = it.key().first;
            const double w = double(it.value());
            d.sourceTotal[0] += w * double(s.size() + 1);
            for (qsizetype i = 0; i < s.size(); ++i) {
                d.sourceTotal[unitKey(QStringView(s).mid(i, 1))] += w;
                if (i + 1 < s.size())
                    d.sourceTotal[unitKey(QStringView(s).mid(i, 2))] += w;
            }
        }
        // Gaps between words that stayed gaps: the "␣"→"␣" identity that merges are measured against.
        d.sourceTotal[kSpace] += double(d.keptSpaces);
        for (int pass = 0; pass < options.emIterations; ++pass) {
            m_pass = pass;
            QHash<quint64, double> counts;
            for (auto it = d.charPairs.cbegin(); it != d.charPairs.cend(); ++it) {
                for (quint64 op : viterbi(d, it.key().first, it.key().second, pass))
                    counts[op] += double(it.value());
            }
            counts[opKey(QString(QChar(kSpace)), QString(QChar(kSpace)))] += double(d.keptSpaces);
            d.opCount = std::move(counts);
            d.variety.clear();
            for (auto it = d.opCount.cbegin(); it != d.opCount.cend(); ++it)
                ++d.variety[quint32(it.key() & 0xffffffffu)];
        }
        m_pass = options.emIterations;
    }

    QList<ChannelRow> rows;
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        rows += charRows(it.key(), it.value(), options);
    // The word table is the part that grows with the data: raise its threshold until the file fits.
    for (int minPair = options.minWordPair;; ++minPair) {
        QList<ChannelRow> words;
        for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
            words += wordRows(it.key(), it.value(), options, minPair);
        qint64 bytes = 0;
        for (const QList<ChannelRow> *part : {&rows, &words}) {
            for (const ChannelRow &r : *part)
                bytes += r.model.toUtf8().size() + r.source.toUtf8().size() + r.ocr.toUtf8().size() + 24;
        }
        if (bytes <= options.maxBytes || minPair > 1000) {
            rows += words;
            break;
        }
    }
    return rows;
}

QList<ChannelRow> ChannelCounter::charRows(const QString &model, const ModelData &d, const ChannelOptions &o) const
{
    QHash<quint32, QList<QPair<quint32, double>>> bySource;
    for (auto it = d.opCount.cbegin(); it != d.opCount.cend(); ++it)
        bySource[quint32(it.key() & 0xffffffffu)].append({quint32(it.key() >> 32), it.value()});
    QList<ChannelRow> rows;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const quint32 src = it.key();
        const double n = d.sourceTotal.value(src);
        QList<QPair<quint32, double>> kept;
        double inserted = 0;
        for (const auto &[ocr, c] : it.value()) {
            inserted += c;
            if (c >= o.minCharCount || (ocr == src && c > 0))
                kept.append({ocr, c});
        }
        if (src == 0) // "no insertion" at a slot is the identity of ∅
            kept.append({0u, std::max(0.0, n - inserted)});
        if (kept.isEmpty() || n <= 0)
            continue;
        std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        const double denom = n + o.charK * double(kept.size() + 1);
        double used = 0;
        for (const auto &[ocr, c] : kept) {
            used += c;
            rows.append({model, u"char"_s, unitString(src), unitString(ocr), qint64(std::llround(c)),
                std::log((c + o.charK) / denom)});
        }
        const double rest = std::max(0.0, n - used);
        rows.append({model, u"char"_s, unitString(src), kOther, qint64(std::llround(rest)),
            std::log((rest + o.charK) / denom)});
    }
    return rows;
}

QList<ChannelRow> ChannelCounter::wordRows(
    const QString &model, const ModelData &d, const ChannelOptions &o, int minPair) const
{
    QHash<QString, QList<QPair<QString, qint64>>> bySource;
    for (auto it = d.wordPairs.cbegin(); it != d.wordPairs.cend(); ++it) {
        if (it.value() >= minPair)
            bySource[it.key().first].append({it.key().second, it.value()});
    }
    QList<ChannelRow> rows;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const qint64 n = d.wordSource.value(it.key());
        auto kept = it.value();
        // A word that OCR always reads right needs no rows: the character model already says so.
        const bool confused
            = std::any_of(kept.cbegin(), kept.cend(), [&](const auto &p) { return p.first != it.key(); });
        if (n < o.minWordSource || !confused)
            continue;
        std::sort(kept.begin(), kept.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
        const double denom = double(n) + o.wordK * double(kept.size() + 1);
        qint64 used = 0;
        for (const auto &[read, c] : kept) {
            used += c;
            rows.append({model, u"word"_s, it.key(), read, c, std::log((double(c) + o.wordK) / denom)});
        }
        const qint64 rest = std::max<qint64>(0, n - used);
        rows.append({model, u"word"_s, it.key(), kOther, rest, std::log((double(rest) + o.wordK) / denom)});
    }
    return rows;
}

} // namespace vt::ocrchannel
