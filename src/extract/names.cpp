// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textrules.h"

#include "core/vietnamese.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace vt::extract::detail {
namespace {

enum Position { Surname, Middle, Given };

// How often a syllable takes each place in a name: the signers of the training part of the admin corpus and of the
// laws (namesyllables.inc, made by `vanthu-eval-fields names`), plus the common name syllables every clerk knows,
// which a corpus of eighty signers misses (counted as kCommon each).
constexpr int kCommon = 3;

const char16_t kCorpusTable[] =
#include "namesyllables.inc"
    ;

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

struct NameTable
{
    QHash<QString, int> count[3];
    QHash<QString, int> anywhere; // any position
};

const NameTable &nameTable()
{
    static const NameTable table = [] {
        NameTable t;
        auto add = [&t](Position p, const QString &syllable, int n) {
            t.count[p][syllable] += n;
            t.anywhere[syllable] += n;
        };
        for (const QString &line : QString::fromUtf16(kCorpusTable).split(u'\n', Qt::SkipEmptyParts)) {
            const QStringList f = line.split(u' ');
            if (f.size() == 3)
                add(f.at(0) == u"s"_s ? Surname : f.at(0) == u"m"_s ? Middle : Given, f.at(1), f.at(2).toInt());
        }
        const char16_t *surnames = u"Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đào Đoàn "
                                   u"Đinh Lâm Mai Trương Trịnh Cao Hà Lương Tạ Tô Châu Thái Lưu La Quách Kiều Lại "
                                   u"Phùng Tống Từ Vương Hứa Giang Chu Triệu Nông Lò Thạch Danh Huỳnh Y";
        const char16_t *middles = u"Văn Thị Hữu Đức Minh Thanh Quốc Ngọc Xuân Hoàng Công Đình Thế Kim Thu Hồng Anh "
                                  u"Phú Quang Trọng Tuấn Bảo Gia Khánh Mạnh Thành Việt Hải Tấn Chí Duy Huy Nhật "
                                  u"Phước Hoài Trung Bá Như Mỹ Diệu Cẩm Phương Tiến Vĩnh Đăng Lệ Thúy Bích Khắc";
        const char16_t *given = u"Anh Hùng Dũng Tuấn Sơn Hải Hà Linh Lan Hương Hoa Long Nam Bình Cường Thắng Trung "
                                u"Hiếu Phúc Lộc Hòa Hạnh Hằng Thảo Trang Nga Mai Hưng Quang Vinh Tâm Tân Thành "
                                u"Thanh Tú Huy Minh Khoa Phong Toàn Tiến Thịnh Quân Phương Yến Nhung Vân Thủy Hiền "
                                u"Dung Loan Oanh Thu Hồng Liên Huệ Lợi Nghĩa Đức Đạt Khánh Châu Giang Kiên Lâm "
                                u"Mạnh Ngọc Quý Sang Tài Thái Thuận Trí Trọng Tùng Việt Xuân Hậu Chiến Hiệp Nhân "
                                u"Thiện Tín Triều Tường Hoàng Phước Lực Khải Hiển Tiên";
        for (const auto &[list, position] : {std::pair{surnames, Surname}, {middles, Middle}, {given, Given}}) {
            for (const QString &s : QString::fromUtf16(list).split(u' '))
                add(position, s, kCommon);
        }
        return t;
    }();
    return table;
}

// The best replacement among the syllables of `position` that `accept` allows; empty when there is none or two
// tie. `minimum`: the count it needs.
template <typename Accept> QString bestCandidate(Position position, int minimum, Accept accept)
{
    QString best;
    int bestCount = 0;
    bool tie = false;
    const auto &counts = nameTable().count[position];
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
            if (nameTable().anywhere.contains(w) || w.size() < 2)
                continue; // a name syllable where it is, or elsewhere: kept
            const Position position = i == 0 ? Surname : i + 1 == words.size() ? Given : Middle;
            const QString fold = foldText(w);
            // Given names are an open class: a word ("Ánh", "Lai") may be one, so only a non-word is put right.
            // Family names are a closed class, and the middle syllables "Thị", "Văn" carry most names.
            const bool word = isWord(w) && !damaged;
            if (position == Given && word)
                continue;
            // Marks first: the usual damage of OCR and of text typed without diacritics ("Lề" → "Lê", "Thi" →
            // "Thị").
            const int marksMinimum = position == Middle ? 2 * kCommon + 2 : 2;
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
