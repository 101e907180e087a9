// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/textalign.h"

#include "core/vietnamese.h"

#include <algorithm>
#include <limits>
#include <vector>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

// Sorted character bigrams of a folded line; multiset intersection by merge gives the Dice overlap.
std::vector<quint32> bigrams(QStringView folded)
{
    std::vector<quint32> out;
    if (folded.size() < 2)
        return out;
    out.reserve(folded.size() - 1);
    for (qsizetype i = 0; i + 1 < folded.size(); ++i)
        out.push_back((quint32(folded[i].unicode()) << 16) | folded[i + 1].unicode());
    std::sort(out.begin(), out.end());
    return out;
}

double diceDistance(const std::vector<quint32> &a, const std::vector<quint32> &b)
{
    if (a.empty() && b.empty())
        return 0.0;
    if (a.empty() || b.empty())
        return 1.0;
    size_t i = 0, j = 0, common = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] == b[j]) {
            ++common, ++i, ++j;
        } else if (a[i] < b[j]) {
            ++i;
        } else {
            ++j;
        }
    }
    return 1.0 - 2.0 * double(common) / double(a.size() + b.size());
}

QStringList nonBlank(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines) {
        const QString c = collapseSpaces(l);
        if (!c.isEmpty())
            out.append(c);
    }
    return out;
}

// Costs of the line alignment. Two skips (0.9) beat a 1:1 match only when the lines share almost nothing.
constexpr double kLineSkip = 0.45;
constexpr double kLineJoin = 0.25;
// A kept line pair must share at least this much; worse pairs are misreadings of layout, not of letters.
constexpr double kLineKeep = 0.75;

// Costs of the token alignment (see alignWords()).
constexpr double kWordIndel = 1.0;
constexpr double kPunctIndel = 0.5; // a token with no letter or digit
constexpr double kWordSubScale = 1.4; // even a total mismatch (1.4) beats dropping a word and a mark (1.5)
constexpr double kWordJoin = 0.4;
// A merge or split must nearly spell the other side; otherwise a short neighbour ("tháng 8" for "thdng") would be
// swallowed because the distance is normalised over a longer string.
constexpr double kJoinMaxDistance = 0.25;

// How well two tokens joined spell a third, or 1 when the join explains no more than either part alone would
// ("8 năm" for "nam" is a lost "8", not a merge).
double joinDistance(const QString &a, const QString &b, const QString &joined)
{
    const int d = editDistance(QString(a + b), joined);
    if (d >= std::min(editDistance(a, joined), editDistance(b, joined)))
        return 1.0;
    return double(d) / double(std::max(a.size() + b.size(), joined.size()));
}

enum Step : quint8 { None, Sub, DelSrc, InsOcr, Merge, Split };

} // namespace

int editDistance(QStringView a, QStringView b)
{
    if (a.isEmpty())
        return int(b.size());
    if (b.isEmpty())
        return int(a.size());
    thread_local std::vector<int> row;
    row.resize(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diag = row[0];
        row[0] = int(i);
        const QChar ca = a[i - 1];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int up = row[size_t(j)];
            const int best = std::min({up + 1, row[size_t(j - 1)] + 1, diag + (ca == b[j - 1] ? 0 : 1)});
            diag = up;
            row[size_t(j)] = best;
        }
    }
    return row[size_t(b.size())];
}

double normalizedDistance(QStringView a, QStringView b)
{
    const qsizetype longer = std::max(a.size(), b.size());
    return longer == 0 ? 0.0 : double(editDistance(a, b)) / double(longer);
}

QString foldKey(QStringView s)
{
    return vt::text::foldForSearch(s);
}

QString collapseSpaces(QStringView s)
{
    return s.toString().simplified();
}

LineAlignment alignLines(const QStringList &sourceIn, const QStringList &ocrIn)
{
    const QStringList src = nonBlank(sourceIn);
    const QStringList ocr = nonBlank(ocrIn);
    const qsizetype n = src.size(), m = ocr.size();
    std::vector<QString> fs, fo;
    std::vector<std::vector<quint32>> bs, bo;
    for (const QString &s : src) {
        fs.push_back(foldKey(s));
        bs.push_back(bigrams(fs.back()));
    }
    for (const QString &o : ocr) {
        fo.push_back(foldKey(o));
        bo.push_back(bigrams(fo.back()));
    }

    // Only lines with some text may be joined; a speck read as "|" is an extra line, not half of one.
    const auto substantialLine = [](const QString &f) {
        return std::count_if(f.begin(), f.end(), [](QChar c) { return c.isLetterOrNumber(); }) >= 3;
    };
    std::vector<bool> substantial, substantialOcr;
    for (const QString &f : fs)
        substantial.push_back(substantialLine(f));
    for (const QString &f : fo)
        substantialOcr.push_back(substantialLine(f));

    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    std::vector<double> cost(size_t((n + 1) * (m + 1)), std::numeric_limits<double>::infinity());
    std::vector<Step> from(cost.size(), None);
    cost[at(0, 0)] = 0;
    const auto relax = [&](qsizetype i, qsizetype j, double c, Step s) {
        if (c < cost[at(i, j)]) {
            cost[at(i, j)] = c;
            from[at(i, j)] = s;
        }
    };
    for (qsizetype i = 0; i <= n; ++i) {
        for (qsizetype j = 0; j <= m; ++j) {
            const double c = cost[at(i, j)];
            if (c == std::numeric_limits<double>::infinity())
                continue;
            if (i < n)
                relax(i + 1, j, c + kLineSkip, DelSrc);
            if (j < m)
                relax(i, j + 1, c + kLineSkip, InsOcr);
            if (i < n && j < m)
                relax(i + 1, j + 1, c + diceDistance(bs[size_t(i)], bo[size_t(j)]), Sub);
            if (i + 1 < n && j < m && substantial[size_t(i)] && substantial[size_t(i + 1)]) {
                const auto joined = bigrams(QString(fs[size_t(i)] + u' ' + fs[size_t(i + 1)]));
                relax(i + 2, j + 1, c + kLineJoin + diceDistance(joined, bo[size_t(j)]), Merge);
            }
            if (i < n && j + 1 < m && substantialOcr[size_t(j)] && substantialOcr[size_t(j + 1)]) {
                const auto joined = bigrams(QString(fo[size_t(j)] + u' ' + fo[size_t(j + 1)]));
                relax(i + 1, j + 2, c + kLineJoin + diceDistance(bs[size_t(i)], joined), Split);
            }
        }
    }

    LineAlignment out;
    qsizetype i = n, j = m;
    while (i > 0 || j > 0) {
        const double here = cost[at(i, j)];
        switch (from[at(i, j)]) {
        case DelSrc:
            ++out.droppedSource, --i;
            break;
        case InsOcr:
            ++out.droppedOcr, --j;
            break;
        case Sub: {
            const double d = here - cost[at(i - 1, j - 1)];
            if (d <= kLineKeep) {
                out.matches.append({src[i - 1], ocr[j - 1]});
            } else {
                ++out.droppedSource, ++out.droppedOcr;
            }
            --i, --j;
            break;
        }
        case Merge:
            out.matches.append({src[i - 2] + u' ' + src[i - 1], ocr[j - 1]});
            i -= 2, --j;
            break;
        case Split:
            out.matches.append({src[i - 1], ocr[j - 2] + u' ' + ocr[j - 1]});
            --i, j -= 2;
            break;
        case None:
            i = j = 0;
            break;
        }
    }
    std::reverse(out.matches.begin(), out.matches.end());
    return out;
}

QList<WordMatch> alignWords(QStringView sourceLine, QStringView ocrLine)
{
    const QList<QStringView> src = sourceLine.split(u' ', Qt::SkipEmptyParts);
    const QList<QStringView> ocr = ocrLine.split(u' ', Qt::SkipEmptyParts);
    const qsizetype n = src.size(), m = ocr.size();
    QStringList fs, fo;
    for (QStringView s : src)
        fs.append(foldKey(s));
    for (QStringView o : ocr)
        fo.append(foldKey(o));
    const auto sub
        = [](QStringView a, QStringView b) { return a == b ? 0.0 : kWordSubScale * normalizedDistance(a, b); };
    // Specks read as "." or "_" and dropped dashes are common; they must not glue onto a neighbour as a "split".
    const auto wordy
        = [](QStringView t) { return std::any_of(t.begin(), t.end(), [](QChar c) { return c.isLetterOrNumber(); }); };
    std::vector<bool> ws, wo;
    for (QStringView s : src)
        ws.push_back(wordy(s));
    for (QStringView o : ocr)
        wo.push_back(wordy(o));

    const auto at = [m](qsizetype i, qsizetype j) { return size_t(i * (m + 1) + j); };
    std::vector<double> cost(size_t((n + 1) * (m + 1)), std::numeric_limits<double>::infinity());
    std::vector<Step> from(cost.size(), None);
    cost[at(0, 0)] = 0;
    const auto relax = [&](qsizetype i, qsizetype j, double c, Step s) {
        if (c < cost[at(i, j)]) {
            cost[at(i, j)] = c;
            from[at(i, j)] = s;
        }
    };
    for (qsizetype i = 0; i <= n; ++i) {
        for (qsizetype j = 0; j <= m; ++j) {
            const double c = cost[at(i, j)];
            if (c == std::numeric_limits<double>::infinity())
                continue;
            if (i < n)
                relax(i + 1, j, c + (ws[size_t(i)] ? kWordIndel : kPunctIndel), DelSrc);
            if (j < m)
                relax(i, j + 1, c + (wo[size_t(j)] ? kWordIndel : kPunctIndel), InsOcr);
            if (i < n && j < m)
                relax(i + 1, j + 1, c + sub(fs[i], fo[j]), Sub);
            if (i + 1 < n && j < m && ws[size_t(i)] && ws[size_t(i + 1)]) {
                if (const double d = joinDistance(fs[i], fs[i + 1], fo[j]); d <= kJoinMaxDistance)
                    relax(i + 2, j + 1, c + kWordJoin + kWordSubScale * d, Merge);
            }
            if (i < n && j + 1 < m && wo[size_t(j)] && wo[size_t(j + 1)]) {
                if (const double d = joinDistance(fo[j], fo[j + 1], fs[i]); d <= kJoinMaxDistance)
                    relax(i + 1, j + 2, c + kWordJoin + kWordSubScale * d, Split);
            }
        }
    }

    QList<WordMatch> out;
    qsizetype i = n, j = m;
    while (i > 0 || j > 0) {
        switch (from[at(i, j)]) {
        case DelSrc:
            out.append({src[i - 1].toString(), {}, 1, 0}), --i;
            break;
        case InsOcr:
            out.append({{}, ocr[j - 1].toString(), 0, 1}), --j;
            break;
        case Sub:
            out.append({src[i - 1].toString(), ocr[j - 1].toString(), 1, 1}), --i, --j;
            break;
        case Merge:
            out.append({src[i - 2] + u' ' + src[i - 1], ocr[j - 1].toString(), 2, 1});
            i -= 2, --j;
            break;
        case Split:
            out.append({src[i - 1].toString(), ocr[j - 2] + u' ' + ocr[j - 1], 1, 2});
            --i, j -= 2;
            break;
        case None:
            i = j = 0;
            break;
        }
    }
    std::reverse(out.begin(), out.end());
    return out;
}

} // namespace vt::ocrchannel
