// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textutil.h"

namespace vt::synth::text {

namespace {

// Precomposed vowels by tone: huyền, sắc, hỏi, ngã, nặng. Written as code points so that the table
// cannot be altered by an editor that normalises the source file.
constexpr char16_t kToned[10][5] = {
    {0x00F2, 0x00F3, 0x1ECF, 0x00F5, 0x1ECD}, // o
    {0x00D2, 0x00D3, 0x1ECE, 0x00D5, 0x1ECC}, // O
    {0x00E0, 0x00E1, 0x1EA3, 0x00E3, 0x1EA1}, // a
    {0x00C0, 0x00C1, 0x1EA2, 0x00C3, 0x1EA0}, // A
    {0x00E8, 0x00E9, 0x1EBB, 0x1EBD, 0x1EB9}, // e
    {0x00C8, 0x00C9, 0x1EBA, 0x1EBC, 0x1EB8}, // E
    {0x00F9, 0x00FA, 0x1EE7, 0x0169, 0x1EE5}, // u
    {0x00D9, 0x00DA, 0x1EE6, 0x0168, 0x1EE4}, // U
    {0x1EF3, 0x00FD, 0x1EF7, 0x1EF9, 0x1EF5}, // y
    {0x1EF2, 0x00DD, 0x1EF6, 0x1EF8, 0x1EF4}, // Y
};
constexpr char16_t kBase[10] = {u'o', u'O', u'a', u'A', u'e', u'E', u'u', u'U', u'y', u'Y'};

/// Row of kToned (0, 1 for o/O; 6, 7 for u/U) and tone of a toned o or u, or -1.
int tonedRow(char16_t c, int *tone)
{
    for (int row : {0, 1, 6, 7}) {
        for (int t = 0; t < 5; ++t) {
            if (kToned[row][t] == c) {
                *tone = t;
                return row;
            }
        }
    }
    return -1;
}

int baseRow(char16_t c)
{
    for (int row = 0; row < 10; ++row) {
        if (kBase[row] == c)
            return row;
    }
    return -1;
}

bool mayCarryTone(char16_t c)
{
    // Cheap filter before the table scans: every toned o/u lies in these ranges.
    return (c >= 0x00D2 && c <= 0x00FA) || c == 0x0168 || c == 0x0169 || (c >= 0x1ECC && c <= 0x1EE7);
}

} // namespace

void appendNumber(QString &out, qint64 n)
{
    if (n < 0) {
        out += u'-';
        n = -n;
    }
    char16_t digits[20];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + n % 10);
        n /= 10;
    } while (n > 0);
    while (count > 0)
        out += QChar(digits[--count]);
}

void appendPadded2(QString &out, int n)
{
    if (n >= 0 && n < 10)
        out += u'0';
    appendNumber(out, n);
}

void appendGrouped(QString &out, qint64 n)
{
    if (n < 1000) {
        appendNumber(out, n);
        return;
    }
    appendGrouped(out, n / 1000);
    out += u'.';
    const int rest = int(n % 1000);
    if (rest < 100)
        out += u'0';
    if (rest < 10)
        out += u'0';
    appendNumber(out, rest);
}

void appendTenths(QString &out, int tenths)
{
    appendNumber(out, tenths / 10);
    if (tenths % 10 != 0) {
        out += u',';
        appendNumber(out, tenths % 10);
    }
}

void appendShortDate(QString &out, QDate date, bool padMonth)
{
    appendPadded2(out, date.day());
    out += u'/';
    const int month = date.month();
    if (padMonth || month <= 2)
        appendPadded2(out, month);
    else
        appendNumber(out, month);
    out += u'/';
    appendNumber(out, date.year());
}

void appendLongDate(QString &out, QDate date)
{
    out += u"ngày ";
    appendPadded2(out, date.day());
    out += u" tháng ";
    if (date.month() <= 2)
        appendPadded2(out, date.month());
    else
        appendNumber(out, date.month());
    out += u" năm ";
    appendNumber(out, date.year());
}

void appendRoman(QString &out, int n)
{
    static constexpr QStringView kRoman[] = {u"", u"I", u"II", u"III", u"IV", u"V", u"VI", u"VII", u"VIII", u"IX", u"X",
        u"XI", u"XII", u"XIII", u"XIV", u"XV"};
    if (n > 0 && n < int(std::size(kRoman)))
        out += kRoman[n];
    else
        appendNumber(out, n);
}

void capitalizeFrom(QString &out, qsizetype position)
{
    if (position < out.size())
        out[position] = out[position].toUpper();
}

qsizetype utf8Length(QStringView s)
{
    qsizetype bytes = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : (u >= 0xD800 && u < 0xE000) ? 2 : 3;
    }
    return bytes;
}

int wordCount(QStringView s)
{
    int words = 0;
    bool inWord = false;
    for (QChar c : s) {
        const bool space = c == u' ' || c == u'\n';
        if (!space && !inWord)
            ++words;
        inWord = !space;
    }
    return words;
}

void toNewTonePlacement(QString &s)
{
    const qsizetype n = s.size();
    QChar *data = s.data();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        const char16_t c = data[i].unicode();
        if (!mayCarryTone(c))
            continue;
        int tone = 0;
        const int row = tonedRow(c, &tone);
        if (row < 0)
            continue;
        const char16_t next = data[i + 1].unicode();
        const int nextRow = baseRow(next);
        // o takes a/e after it (hòa, khỏe), u takes y (thủy); the syllable must end there, or the tone
        // already sits on the later vowel in both styles (hoàng, thuyền).
        const bool pairs = row <= 1 ? (nextRow >= 2 && nextRow <= 5) : (nextRow == 8 || nextRow == 9);
        if (!pairs)
            continue;
        if (i + 2 < n && data[i + 2].isLetter())
            continue;
        data[i] = QChar(kBase[row]);
        data[i + 1] = QChar(kToned[nextRow][tone]);
        ++i;
    }
}

QString asciiFold(QStringView s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'đ' || c == u'Đ') {
            out += u'd';
            continue;
        }
        // Peel off combining marks: ế → ê + ◌́ → e + ◌̂ + ◌́.
        while (c.unicode() >= 0x80 && c.decompositionTag() == QChar::Canonical)
            c = c.decomposition().front();
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

std::vector<QStringView> split(QStringView s, QChar separator)
{
    std::vector<QStringView> parts;
    qsizetype start = 0;
    while (start <= s.size()) {
        qsizetype end = s.indexOf(separator, start);
        if (end < 0)
            end = s.size();
        QStringView part = s.sliced(start, end - start).trimmed();
        if (!part.isEmpty())
            parts.push_back(part);
        start = end + 1;
    }
    return parts;
}

} // namespace vt::synth::text
