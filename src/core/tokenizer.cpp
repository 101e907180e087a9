// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tokenizer.h"

#include "core/vietnamese.h"

namespace vt::text {
namespace {

enum class CharClass { Space, Letter, Digit, Mark, Other };

struct CodePoint
{
    char32_t value;
    qsizetype length;
};

CodePoint codePointAt(QStringView s, qsizetype i)
{
    const QChar c = s[i];
    if (c.isHighSurrogate() && i + 1 < s.size() && s[i + 1].isLowSurrogate())
        return {QChar::surrogateToUcs4(c, s[i + 1]), 2};
    return {c.unicode(), 1};
}

CharClass classify(char32_t c)
{
    if (c < 0x80) {
        if ((c | 0x20) >= u'a' && (c | 0x20) <= u'z')
            return CharClass::Letter;
        if (c >= u'0' && c <= u'9')
            return CharClass::Digit;
        return QChar::isSpace(c) ? CharClass::Space : CharClass::Other;
    }
    if (QChar::isSpace(c))
        return CharClass::Space;
    if (QChar::isLetter(c))
        return CharClass::Letter;
    if (QChar::isNumber(c))
        return CharClass::Digit;
    if (QChar::isMark(c))
        return CharClass::Mark;
    return CharClass::Other;
}

CharClass classAt(QStringView s, qsizetype i)
{
    return classify(codePointAt(s, i).value);
}

bool isInTerm(CharClass k)
{
    return k == CharClass::Letter || k == CharClass::Digit || k == CharClass::Mark;
}

// The separators a number keeps inside it: dates 02/8/2024, thousands 1.000.000, decimals 3,5, ranges 2024-2025.
bool isNumberSeparator(QChar c)
{
    return c == u'.' || c == u',' || c == u'/' || c == u'-';
}

// End of the run of term characters starting at `i`; tells whether it held letters, digits or marks.
qsizetype scanRun(QStringView text, qsizetype i, bool *letters, bool *digits, bool *marks)
{
    *letters = *digits = *marks = false;
    while (i < text.size()) {
        const CodePoint cp = codePointAt(text, i);
        const CharClass k = classify(cp.value);
        if (!isInTerm(k))
            break;
        *letters |= k == CharClass::Letter;
        *digits |= k == CharClass::Digit;
        *marks |= k == CharClass::Mark;
        i += cp.length;
    }
    return i;
}

} // namespace

bool isTermChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'0' && u <= u'9') || ((u | 0x20) >= u'a' && (u | 0x20) <= u'z');
    // A lone UTF-16 unit of a pair cannot be classified; counting surrogates in keeps CJK Extension B and later
    // (names in Hán-Nôm) indexable rather than silently dropped.
    return c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
}

QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const CodePoint cp = codePointAt(text, i);
        const CharClass k = classify(cp.value);
        if (k == CharClass::Space) {
            i += cp.length;
            continue;
        }
        const qsizetype start = i;
        if (k == CharClass::Other) {
            // One character, with any combining marks on it: a mark never starts a token of its own.
            i += cp.length;
            while (i < n && classAt(text, i) == CharClass::Mark)
                i += codePointAt(text, i).length;
            out.append({TokenKind::Punctuation, start, i - start});
            continue;
        }
        bool letters = false;
        bool digits = false;
        bool marks = false;
        i = scanRun(text, i, &letters, &digits, &marks);
        TokenKind kind = TokenKind::Word;
        if (!letters && !marks) {
            kind = TokenKind::Number;
            // Take "sep digits" while the separator sits between digits and what follows is digits only,
            // so "3/2b" stays Number "/" Word rather than swallowing part of a word.
            while (i + 1 < n && isNumberSeparator(text[i]) && classAt(text, i + 1) == CharClass::Digit) {
                bool l = false;
                bool d = false;
                bool m = false;
                const qsizetype end = scanRun(text, i + 1, &l, &d, &m);
                if (l || m)
                    break;
                i = end;
            }
        } else if (letters && !digits && isSyllable(text.sliced(start, i - start))) {
            kind = TokenKind::Syllable;
        }
        out.append({kind, start, i - start});
    }
    return out;
}

} // namespace vt::text
