// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace vt::text {

/// What a token is. Whitespace is not a token; it is what lies between tokens.
enum class TokenKind {
    Syllable,     ///< a run of letters that is a Vietnamese syllable ("người", "nguoi", "Kiên")
    Word,         ///< any other run of letters: abbreviations, foreign words ("UBND", "STTTT", "email")
    Number,       ///< digits, with inner separators between digits kept ("2024", "02/8/2024", "1.000.000", "3,5")
    Punctuation,  ///< one non-letter, non-digit, non-space character ("/", "-", ",", "(", "\"")
};

/// A token as a span of the input, so callers can rebuild the text exactly or highlight in place.
struct Token
{
    TokenKind kind;
    qsizetype begin = 0;   ///< offset in UTF-16 code units
    qsizetype length = 0;

    QStringView in(QStringView text) const { return text.mid(begin, length); }
    friend bool operator==(const Token &, const Token &) = default;
};

/// Splits text into syllables, words, numbers and punctuation. Combining marks stay with their letter.
/// A letter run glued to digits ("A1", "2b") is one Word. References such as "2095/STTTT-TTBCXB" come out
/// as Number "/" Word "-" Word; their structure is the extractor's business, not the tokenizer's.
QList<Token> tokenize(QStringView text);

/// Letter-or-digit runs only: what the search index indexes. Cheaper than tokenize(); no classification.
/// Calls `sink(begin, length)` for each run.
template<typename Sink>
void forEachTerm(QStringView text, Sink &&sink);

bool isTermChar(QChar c);

template<typename Sink>
void forEachTerm(QStringView text, Sink &&sink)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !isTermChar(text[i]))
            ++i;
        const qsizetype start = i;
        while (i < n && isTermChar(text[i]))
            ++i;
        if (i > start)
            sink(start, i - start);
    }
}

} // namespace vt::text
