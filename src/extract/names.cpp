// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include "core/personalnames.h"
#include "core/vietnamese.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

using text::NamePart;
constexpr int kCommon = text::kCommonNameCount;

// The syllables of Vietnamese words (the shared hunspell-vi list, syllables.inc): a name syllable that is none of
// them ("Sển") is a misprint or a misreading.
const char16_t kSyllables[] =
#include "syllables.inc"
    ;

// Also in its other spelling: final i for y ("Quí", "Quý"), and the tone on the other vowel ("Hoà", "Hòa").
bool isWord(const QString &syllable)
{
    static const QSet<QString> words = [] {
        const QStringList list = QString::fromUtf16(kSyllables).split(u' ', Qt::SkipEmptyParts);
        QSet<QString> out;
        for (const QString &w : list)
            out.insert(text::canonicalTone(w));
        return out;
    }();
    QString w = text::canonicalTone(syllable.toLower());
    if (words.contains(w))
        return true;
    static const QString i = u"iíìỉĩị"_s, y = u"yýỳỷỹỵ"_s;
    if (w.isEmpty() || (!i.contains(w.back()) && !y.contains(w.back())))
        return false;
    const qsizetype at = i.contains(w.back()) ? i.indexOf(w.back()) : y.indexOf(w.back());
    w.back() = i.contains(w.back()) ? y.at(at) : i.at(at);
    return words.contains(text::canonicalTone(w));
}

// The best replacement among the syllables of `position` that `accept` allows; empty when there is none or two
// tie. `minimum`: the count it needs.
template <typename Accept> QString bestCandidate(NamePart position, int minimum, Accept accept)
{
    QString best;
    int bestCount = 0;
    bool tie = false;
    const auto &counts = text::namePartCounts(position);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() < minimum || !accept(it.key()))
            continue;
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
            tie = false;
        } else if (it.value() == bestCount) {
            tie = true;
        }
    }
    return tie ? QString() : best;
}

} // namespace

QString correctedName(const QString &name, bool *changed)
{
    QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    *changed = false;
    if (words.size() < 2 || words.size() > 5)
        return name;
    // Damage comes in clusters: once a syllable of the name had to be put right, the others that no name has are
    // read as damaged too, words or not ("Lề Thi Phá Ca": "Phá" → "Phú").
    for (const bool damaged : {false, true}) {
        if (damaged && !*changed)
            break;
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &w = words.at(i);
            if (text::nameSyllableCount(w) > 0 || w.size() < 2)
                continue; // a name syllable where it is, or elsewhere: kept
            const NamePart position = i == 0 ? NamePart::Surname
                : i + 1 == words.size()      ? NamePart::Given
                                             : NamePart::Middle;
            const QString fold = foldText(w);
            // Given names are an open class: a word ("Ánh", "Lai") may be one, so only a non-word is put right.
            // Family names are a closed class, and the middle syllables "Thị", "Văn" carry most names.
            const bool word = isWord(w) && !damaged;
            if (position == NamePart::Given && word)
                continue;
            // Marks first: the usual damage of OCR and of text typed without diacritics ("Lề" → "Lê", "Thi" →
            // "Thị").
            const int marksMinimum = position == NamePart::Middle ? 2 * kCommon + 2 : 2;
            QString fix = bestCandidate(position, marksMinimum, [&](const QString &c) { return foldText(c) == fold; });
            // Then one letter, towards a syllable common in that place ("Sển" → "Sơn"), for a non-word only.
            if (fix.isEmpty() && !word) {
                const QString lower = w.toLower();
                fix = bestCandidate(
                    position, kCommon, [&](const QString &c) { return distance(lower, c.toLower(), 1) == 1; });
            }
            if (!fix.isEmpty()) {
                words[i] = fix;
                *changed = true;
            }
        }
    }
    return words.join(u' ');
}

} // namespace vt::extract::detail
