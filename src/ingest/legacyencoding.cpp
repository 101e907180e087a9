// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/legacyencoding.h"

#include "core/vietnamese.h"

#include <array>

using namespace Qt::StringLiterals;

namespace vt::ingest::legacy {
namespace {

// Windows-1252 0x80..0x9F; 0 where unassigned (read as the C1 control, as Latin-1 does).
constexpr std::array<char16_t, 32> kCp1252High = {0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
    0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

// TCVN3 (VN3) 0xA1..0xFE, written from TCVN 5712:1993; 0 = unassigned.
constexpr char16_t kTcvn3[]
    = u"ĂÂÊÔƠƯĐăâêôơưđ\0\0\0\0\0\0àảãáạ\0ằẳẵắ\0\0\0\0\0\0\0ặầẩẫấậè\0ẻẽéẹềểễếệìỉ\0\0\0ĩíịò\0ỏõóọồổỗốộờởỡớợù\0ủũú"
      u"ụừửữứựỳỷỹýỵ";
static_assert(sizeof(kTcvn3) / sizeof(char16_t) == 0xFE - 0xA1 + 2);

// Combining marks.
constexpr char16_t kAcute = 0x0301, kGrave = 0x0300, kHook = 0x0309, kTilde = 0x0303, kDot = 0x0323;
constexpr char16_t kCircumflex = 0x0302, kBreve = 0x0306;

// Windows-1258 0xC0..0xFF where it differs from Latin-1.
char16_t cp1258(uchar b)
{
    switch (b) {
    case 0xC3:
        return 0x0102;
    case 0xCC:
        return kGrave;
    case 0xD0:
        return 0x0110;
    case 0xD2:
        return kHook;
    case 0xD5:
        return 0x01A0;
    case 0xDD:
        return 0x01AF;
    case 0xDE:
        return kTilde;
    case 0xE3:
        return 0x0103;
    case 0xEC:
        return kAcute;
    case 0xF0:
        return 0x0111;
    case 0xF2:
        return kDot;
    case 0xF5:
        return 0x01A1;
    case 0xFD:
        return 0x01B0;
    case 0xFE:
        return 0x20AB;
    default:
        return char16_t(b);
    }
}

// VNI: letters that are one byte (lower case; the capital is the byte - 0x20).
char16_t vniLetter(uchar b)
{
    const bool upper = b < 0xE0;
    const uchar lower = upper ? uchar(b + 0x20) : b;
    char16_t c = 0;
    switch (lower) {
    case 0xF1:
        c = u'đ';
        break;
    case 0xF4:
        c = u'ơ';
        break;
    case 0xF6:
        c = u'ư';
        break;
    case 0xED:
        c = u'í';
        break;
    case 0xEC:
        c = u'ì';
        break;
    case 0xE6:
        c = u'ỉ';
        break;
    case 0xF3:
        c = u'ĩ';
        break;
    case 0xF2:
        c = u'ị';
        break;
    case 0xEE:
        c = u'ỵ';
        break;
    default:
        return 0;
    }
    return upper ? QChar(c).toUpper().unicode() : c;
}

// VNI: the byte after a vowel that carries its marks (either case). Returns the combining marks, or nothing.
QStringView vniMarks(uchar b)
{
    switch (b < 0xE0 ? b + 0x20 : b) {
    case 0xF9:
        return u"\u0301";
    case 0xF8:
        return u"\u0300";
    case 0xFB:
        return u"\u0309";
    case 0xF5:
        return u"\u0303";
    case 0xEF:
        return u"\u0323";
    case 0xE2:
        return u"\u0302";
    case 0xE1:
        return u"\u0302\u0301";
    case 0xE0:
        return u"\u0302\u0300";
    case 0xE5:
        return u"\u0302\u0309";
    case 0xE3:
        return u"\u0302\u0303";
    case 0xE4:
        return u"\u0302\u0323";
    case 0xEA:
        return u"\u0306";
    case 0xE9:
        return u"\u0306\u0301";
    case 0xE8:
        return u"\u0306\u0300";
    case 0xFA:
        return u"\u0306\u0309";
    case 0xFC:
        return u"\u0306\u0303";
    case 0xEB:
        return u"\u0306\u0323";
    default:
        return {};
    }
}

// The byte a Windows-1252 character stands for, or -1.
int byteOf(char16_t c)
{
    if (c < 0x100)
        return c;
    for (int i = 0; i < 32; ++i) {
        if (kCp1252High[i] == c)
            return 0x80 + i;
    }
    return -1;
}

QChar highFallback(uchar b)
{
    if (b >= 0x80 && b < 0xA0 && kCp1252High[b - 0x80])
        return QChar(kCp1252High[b - 0x80]);
    return QChar(char16_t(b));
}

bool acceptsVniMarks(QChar base, QStringView marks)
{
    const char16_t l = base.toLower().unicode();
    if (marks.startsWith(QChar(kCircumflex)))
        return l == u'a' || l == u'e' || l == u'o';
    if (marks.startsWith(QChar(kBreve)))
        return l == u'a';
    return QStringView(u"aeiouyơư").contains(QChar(l));
}

// Decodes a sequence of byte values (or characters above 0xFF, kept) in `encoding`; not yet NFC.
QString decodeUnits(QStringView units, Encoding encoding)
{
    QString out;
    out.reserve(units.size());
    for (const QChar ch : units) {
        const int b = byteOf(ch.unicode());
        if (b < 0x80) {
            out.append(b < 0 ? ch : QChar(b));
            continue;
        }
        switch (encoding) {
        case Encoding::Tcvn3: {
            const char16_t c = b >= 0xA1 && b <= 0xFE ? kTcvn3[b - 0xA1] : 0;
            out.append(c ? QChar(c) : highFallback(uchar(b)));
            break;
        }
        case Encoding::Vni: {
            if (const char16_t c = vniLetter(uchar(b))) {
                out.append(QChar(c));
                break;
            }
            const QStringView marks = vniMarks(uchar(b));
            if (!marks.isEmpty() && !out.isEmpty() && acceptsVniMarks(out.back(), marks))
                out.append(marks);
            else
                out.append(highFallback(uchar(b)));
            break;
        }
        case Encoding::Windows1258:
            out.append(b >= 0xC0 ? QChar(cp1258(uchar(b))) : highFallback(uchar(b)));
            break;
        case Encoding::None:
            out.append(highFallback(uchar(b)));
            break;
        }
    }
    return out;
}

// Helvetica-style WinAnsi fonts draw TCVN3's ư (0xAD) as a hyphen, so "c-êng" is "cường": a hyphen inside a run
// of letters becomes ư when that makes the run one valid syllable ("Rịa-Vũng" stays).
QString restoreHyphenatedU(QString s)
{
    for (qsizetype i = 1; i + 1 < s.size(); ++i) {
        if (s[i] != u'-' || !s[i - 1].isLetter() || !s[i + 1].isLetter())
            continue;
        qsizetype a = i - 1, b = i + 1;
        while (a > 0 && (s[a - 1].isLetter() || s[a - 1].isMark()))
            --a;
        while (b < s.size() && (s[b].isLetter() || s[b].isMark()))
            ++b;
        const QChar u = s[i - 1].isUpper() && s[i + 1].isUpper() ? QChar(0x01AF) : QChar(0x01B0);
        const QString candidate = s.mid(a, i - a) + u + s.mid(i + 1, b - i - 1);
        if (text::isWellFormedSyllable(candidate))
            s[i] = u;
    }
    return s;
}

bool isVietnameseLetter(char16_t c)
{
    return c == 0x0102 || c == 0x0103 || c == 0x0110 || c == 0x0111 || c == 0x01A0 || c == 0x01A1 || c == 0x01AF
        || c == 0x01B0 || (c >= 0x1EA0 && c <= 0x1EF9);
}

} // namespace

QString name(Encoding encoding)
{
    switch (encoding) {
    case Encoding::Tcvn3:
        return u"TCVN3"_s;
    case Encoding::Vni:
        return u"VNI"_s;
    case Encoding::Windows1258:
        return u"Windows-1258"_s;
    case Encoding::None:
        break;
    }
    return {};
}

QString decode(QByteArrayView bytes, Encoding encoding)
{
    return text::nfc(decodeUnits(QString::fromLatin1(bytes), encoding));
}

QString fromMojibake(QStringView text, Encoding encoding)
{
    QString out = text::nfc(decodeUnits(text, encoding));
    return encoding == Encoding::Tcvn3 ? text::nfc(restoreHyphenatedU(std::move(out))) : out;
}

Evidence measure(QStringView text)
{
    Evidence e;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (!text[i].isLetter()) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        bool nonAscii = false;
        while (i < n && (text[i].isLetter() || text[i].isMark())) {
            nonAscii = nonAscii || text[i].unicode() >= 0x80;
            ++i;
        }
        if (!nonAscii)
            continue;
        if (text::isWellFormedSyllable(text.mid(start, i - start)))
            ++e.valid;
        else
            ++e.invalid;
    }
    return e;
}

Guess guessMojibake(QStringView text)
{
    int own = 0, high = 0;
    for (const QChar c : text) {
        own += isVietnameseLetter(c.unicode()) || (c.isMark() && c.unicode() < 0x370);
        high += c.unicode() >= 0xA0 && c.unicode() <= 0xFF;
    }
    // Text with Vietnamese letters of its own is Unicode already; a stray "Đ" in a TCVN3 layer is not enough to say.
    if (high == 0 || own > high / 10)
        return {};
    const Evidence before = measure(text);
    Guess best;
    for (const Encoding enc : {Encoding::Tcvn3, Encoding::Vni}) {
        QString converted = fromMojibake(text, enc);
        const Evidence after = measure(converted);
        if (after.valid >= 2 && after.valid >= 2 * after.invalid && after.score() > before.score() + 1
            && after.score() > best.evidence.score() && after.valid > before.valid)
            best = Guess{enc, std::move(converted), after};
    }
    return best;
}

Guess guessBytes(QByteArrayView bytes)
{
    Guess best;
    for (const Encoding enc : {Encoding::Tcvn3, Encoding::Vni, Encoding::Windows1258}) {
        QString converted = decode(bytes, enc);
        const Evidence e = measure(converted);
        if (e.valid >= 3 && e.valid * 10 >= 7 * (e.valid + e.invalid)
            && (best.encoding == Encoding::None || e.score() > best.evidence.score()))
            best = Guess{enc, std::move(converted), e};
    }
    return best;
}

} // namespace vt::ingest::legacy
