// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repairer.h"

#include "candidates.h"
#include "caseprior.h"
#include "decoder.h"
#include "languagemodel.h"

#include "core/personalnames.h"
#include "core/vietnamese.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <cmath>
#include <numeric>

using namespace Qt::StringLiterals;

namespace vt::repair {
namespace {

// The second pass over English-model OCR: a word decoded with this confidence elsewhere in the document gains
// kDocumentWeight × ln(1 + times).
constexpr double kConfident = 0.9;
constexpr float kDocumentWeight = 0.75f;
constexpr qsizetype kDocumentPassLimit = 200'000;
constexpr qsizetype kRunOnCandidates = 12;

// Weight of the capitalisation prior (CasePrior) against the language model.
constexpr float kCaseWeight = 0.5f;
// ln ½: a word capitalised inside sentences more often than not.
constexpr float kUsuallyCapitalised = -0.6931f;

// Added to a candidate that is a name syllable where a personal name stands (see nameParts()).
// 2 nats: seed 001 +0.26 points, English-model OCR at 200 dpi with heavy noise +0.07, stripped held-out +0.02;
// 1 and 3 did no better.
constexpr float kNameWeight = 2.0f;

// ln P("&" | "8"): scans print it (seed 001), our rendered pages never do; set by hand.
constexpr float kAmpersandForEight = -2.0f;

// Symbols an English-model OCR puts for letters inside Vietnamese words ("ti€u", "¢ac").
bool isOcrLetterSymbol(QChar c)
{
    return c == u'€' || c == u'¢' || c == u'@' || c == u'&' || c == u'$';
}

bool isCoreChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark() || isOcrLetterSymbol(c);
}

bool isSentenceEnd(QChar c)
{
    return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':';
}

/// A whitespace-separated chunk of the input: punctuation around a core word.
struct Piece
{
    qsizetype begin = 0; ///< of the core
    qsizetype length = 0;
    bool endsSentence = false;
    bool inCode = false; ///< one part of "2095/STTTT-TTBCXB" or "dat/thue": joined to others by / - _ .
    qsizetype line = 0; ///< index of the input line
    /// English-model OCR damage recognised by its shape: "$ 6" (Số with S read as "$" and a space) and
    /// "Viv" / "V/y" for "V/v" (về việc).
    enum class Shape : quint8 { Word, DollarJoined, Versus } shape = Shape::Word;
    /// The second of two lower-case words OCR joined with a speck read as a dot ("hang.nam"), or the number
    /// after a word glued to it ("khoan.2"): written apart when the word is repaired as Vietnamese (and the
    /// second as well, or a number).
    bool afterSpeck = false;
};

/// "V/v" as the English model reads it: "Viv", "V/y", "Vlv", "V1v"; and "V/v" itself.
bool looksLikeVersus(QStringView core)
{
    static const QString middles = u"/iIl1|"_s;
    return core.size() == 3 && core[0] == u'V' && middles.contains(core[1]) && (core[2] == u'v' || core[2] == u'y');
}

bool isJoiner(QChar c)
{
    return c == u'/' || c == u'-' || c == u'_' || c == u'.';
}

/// "STTTT", "ND", "BCĐTTĐN": upper-case letters only, two or more.
bool isAbbreviation(QStringView core)
{
    return core.size() >= 2
        && std::all_of(core.begin(), core.end(), [](QChar c) { return c.isLetter() && c.isUpper(); });
}

/// A speck of dirt OCR reads between two words where the space was: a dot, hyphen, underscore or apostrophe.
bool isSpeck(QChar c)
{
    return c == u'.' || c == u'-' || c == u'_' || c == u'\'' || c == u'’' || c == u'‘';
}

/// The letters after a word's first: lower case, marks, or digits OCR put for letters ("s6").
bool isLowerTail(QStringView word)
{
    return std::all_of(word.begin() + 1, word.end(), [](QChar c) { return c.isLower() || c.isMark() || c.isDigit(); });
}

/// Where the speck is in two words of two letters or more that OCR joined with a speck read as one dot, hyphen,
/// underscore or apostrophe ("hang.nam", "bo-sung", "Noi-nhan", "hanh’chinh", "cu-Nghi"), else −1. Web addresses
/// have more dots or parts that are no word; the repairer only separates Vietnamese.
qsizetype speckJoin(QStringView core)
{
    qsizetype at = -1;
    for (qsizetype k = 0; k < core.size(); ++k) {
        if (!isSpeck(core[k]))
            continue;
        if (at >= 0)
            return -1;
        at = k;
    }
    if (at < 2 || core.size() - at - 1 < 2)
        return -1;
    const QStringView first = core.left(at), second = core.mid(at + 1);
    // Two words in capitals ("VU.CHUNG", "MUC.VA") when both are syllables: abbreviations ("TP.HCM") are not.
    if (core[at] != u'-' && isAbbreviation(first) && isAbbreviation(second))
        return text::isSyllable(first) && text::isSyllable(second) ? at : -1;
    // The second may be capitalised after a word in lower case ("cu-Nghi"); two capitalised words joined by a
    // hyphen are one name ("Ria-Vung").
    return first.front().isLetter() && isLowerTail(first)
            && (second.front().isLower() || (first.front().isLower() && second.front().isUpper()))
            && isLowerTail(second)
        ? at
        : -1;
}

/// Where the speck is in a word OCR glued to the number after it with a speck read as a dot, underscore, hyphen or
/// apostrophe ("s6.78/2025/ND-CP", "khoan.2", "Dieu-18"), else −1. Abbreviations with a dot ("Q.1", "TP.HCM")
/// have one letter or no digit after it.
qsizetype speckBeforeNumber(QStringView core)
{
    qsizetype at = 0;
    while (at < core.size() && !isSpeck(core[at]))
        ++at;
    if (at < 2 || at > 7 || at + 1 >= core.size() || !core[at + 1].isDigit() || !core.front().isLetter())
        return -1;
    return isLowerTail(core.left(at)) ? at : -1;
}

QList<Piece> split(QStringView text)
{
    QList<Piece> pieces;
    const qsizetype n = text.size();
    qsizetype i = 0, line = 0;
    while (i < n) {
        while (i < n && text[i].isSpace()) {
            if (text[i] == u'\n') {
                ++line;
                if (!pieces.isEmpty())
                    pieces.back().endsSentence = true;
            }
            ++i;
        }
        const qsizetype start = i;
        while (i < n && !text[i].isSpace())
            ++i;
        if (i == start)
            break;
        qsizetype b = start, e = i;
        while (b < e && !isCoreChar(text[b]))
            ++b;
        while (e > b && !isCoreChar(text[e - 1]))
            --e;
        Piece p{b, e - b, false, false, line};
        // "$ 6": a lone "$" and a short word after one space are one damaged word ("Số").
        if (text.mid(start, i - start) == u"$" && i + 1 < n && text[i] == u' ' && !text[i + 1].isSpace()) {
            qsizetype k = i + 1;
            while (k < n && isCoreChar(text[k]))
                ++k;
            if (k > i + 1 && k - (i + 1) <= 2) {
                p = {start, k - start, false, false, line, Piece::Shape::DollarJoined};
                i = k;
                while (i < n && !text[i].isSpace())
                    ++i;
                e = k;
            }
        }
        if (looksLikeVersus(text.mid(b, e - b)))
            p.shape = Piece::Shape::Versus;
        for (qsizetype k = e; k < i; ++k)
            p.endsSentence = p.endsSentence || isSentenceEnd(text[k]);
        // Two words joined by a speck ("hang.nam", "bo-sung"): OCR read the space between them as a dot or dash.
        if (const qsizetype dot = speckJoin(text.mid(b, e - b)); dot > 0 && p.shape == Piece::Shape::Word) {
            pieces.append({b, dot, false, false, line});
            p = {b + dot + 1, e - b - dot - 1, p.endsSentence, false, line};
            p.afterSpeck = true;
            pieces.append(p);
            continue;
        }
        // A word glued to a number by a speck ("s6.78/2025/ND-CP"): the word, then the rest as if apart.
        if (const qsizetype dot = speckBeforeNumber(text.mid(b, e - b)); dot > 0 && p.shape == Piece::Shape::Word) {
            pieces.append({b, dot, false, false, line});
            b += dot + 1;
            p = {b, e - b, p.endsSentence, false, line};
            p.afterSpeck = true;
        }
        // Split references and slash-joined words into their parts: "dat/thue" holds two words to repair,
        // "151/2025/ND-CP" two abbreviations that may only regain their Đ.
        if (p.length > 0 && p.shape == Piece::Shape::Word
            && std::any_of(text.begin() + b, text.begin() + e, isJoiner)) {
            const qsizetype firstPart = pieces.size();
            qsizetype k = b;
            while (k < e) {
                while (k < e && isJoiner(text[k]))
                    ++k;
                const qsizetype partStart = k;
                while (k < e && !isJoiner(text[k]))
                    ++k;
                if (k > partStart)
                    pieces.append({partStart, k - partStart, false, true, line});
            }
            if (firstPart < pieces.size())
                pieces[firstPart].afterSpeck = p.afterSpeck;
            if (!pieces.isEmpty())
                pieces.back().endsSentence = p.endsSentence;
            continue;
        }
        if (p.length == 0) {
            // Only punctuation: "&" may be an OCR'd "8"; anything else only ends a sentence or not.
            const QStringView chunk = text.mid(start, i - start);
            if (chunk == u"&") {
                pieces.append({start, 1, false, false, line});
            } else if (!pieces.isEmpty()) {
                for (QChar c : chunk)
                    pieces.back().endsSentence = pieces.back().endsSentence || isSentenceEnd(c);
            }
            continue;
        }
        pieces.append(p);
    }
    return pieces;
}

bool hasLetter(QStringView s)
{
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter() || (c != u'&' && isOcrLetterSymbol(c)); });
}

bool isNumber(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u',' || c == u'/' || c == u'-';
    });
}

/// Codes that are not to be turned into words: letters glued to digits ("A4", "14a", "NQ-TW2"), and Roman
/// numerals in capitals ("Đại hội XI", "Chương IV"), which would otherwise read as "XỬ" or "IV".
bool isCode(QStringView core, Mode mode)
{
    if (core.size() <= 6
        && std::all_of(core.begin(), core.end(), [](QChar c) { return c == u'I' || c == u'V' || c == u'X'; }))
        return true;
    if (mode != Mode::EngOcr && hasLetter(core)
        && std::any_of(core.begin(), core.end(), [](QChar c) { return c.isDigit(); }))
        return true;
    return false;
}

/// The language model keys words with the tone on the second vowel of a final oa/oe/uy ("hoà", "khoẻ", "uỷ").
/// Documents print "hoà" more often than "hòa", but "khỏe" and "ủy" far more often than "khoẻ" and "uỷ"
/// (counts over the administrative corpus): write each as documents usually do.
QString usualToneSpelling(const QString &word)
{
    if (word.size() < 2)
        return word;
    const QString plain = text::stripDiacritics(word.right(2));
    if (plain != u"oe" && plain != u"uy")
        return word;
    if (word.size() >= 3 && text::stripDiacritics(word.mid(word.size() - 3, 1)) == u"q")
        return word; // "quý": the u belongs to the onset
    const QString second = word.right(1).normalized(QString::NormalizationForm_D);
    const QString first = word.mid(word.size() - 2, 1);
    if (second.size() != 2 || first.normalized(QString::NormalizationForm_D).size() != 1)
        return word; // no tone on the second vowel, or a mark on the first already
    const QChar tone = second.at(1);
    return word.left(word.size() - 2) + QString(first + tone).normalized(QString::NormalizationForm_C) + second.at(0);
}

/// Mostly capitals: "UBND", "HQI", "PiCH", "TTr".
bool isShouting(QStringView core)
{
    int upper = 0, lower = 0;
    for (QChar c : core) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    return upper >= 2 && upper > lower;
}

/// Name syllables in the language model's spelling ("thuý", not "Thúy"), by the part of a name they take.
struct NameSyllables
{
    QSet<QString> surnames, others; ///< exactKey of each
    QSet<QString> foldedSurnames; ///< foldForSearch: what a surname looks like with its marks lost ("pham")
};

const NameSyllables &nameSyllables()
{
    static const NameSyllables names = [] {
        NameSyllables n;
        for (const QString &surname : text::namePartCounts(text::NamePart::Surname).keys()) {
            n.surnames.insert(text::exactKey(surname));
            n.foldedSurnames.insert(text::foldForSearch(surname));
        }
        for (const text::NamePart part : {text::NamePart::Middle, text::NamePart::Given}) {
            for (const QString &syllable : text::namePartCounts(part).keys())
                n.others.insert(text::exactKey(syllable));
        }
        return n;
    }();
    return names;
}

/// Where a personal name stands, per piece: 1 for its surname, 2 for the syllables after it, 0 elsewhere. A name
/// is a surname (as its letters read without marks: "Pham") and two or three more capitalised words on its line
/// in the same sentence ("Pham Thi Minh Hién", "Bà Huỳnh Thi Mỹ Hằng"). Two words are too often a place ("Hà
/// Nội", "Cao Bằng") to count.
std::vector<signed char> nameParts(QStringView text, const QList<Piece> &pieces)
{
    std::vector<signed char> part(size_t(pieces.size()), 0);
    const auto capitalised = [&](const Piece &p) {
        const QStringView core = text.mid(p.begin, p.length);
        return !p.inCode && p.shape == Piece::Shape::Word && core.size() >= 2 && core.front().isUpper()
            && !isShouting(core);
    };
    for (qsizetype i = 0; i + 2 < pieces.size(); ++i) {
        if (!capitalised(pieces[i]) || pieces[i].endsSentence
            || !nameSyllables().foldedSurnames.contains(
                text::foldForSearch(text.mid(pieces[i].begin, pieces[i].length))))
            continue;
        qsizetype end = i + 1; // one past the name's last syllable
        while (end < pieces.size() && end - i < 4 && pieces[end].line == pieces[i].line && capitalised(pieces[end])) {
            ++end;
            if (pieces[end - 1].endsSentence)
                break;
        }
        if (end - i < 3)
            continue;
        part[size_t(i)] = 1;
        for (qsizetype k = i + 1; k < end; ++k)
            part[size_t(k)] = 2;
        i = end - 1;
    }
    return part;
}

/// Per piece: whether it stands among words in capitals ("UBND TINH KIEN GIANG"): itself and up to two words
/// on each side on its line vote. One word's case is not taken from its own OCR'd letters alone (eng OCR reads
/// "Bộ" as "BO"), and a line is not judged whole, since OCR joins the two header columns into one line.
std::vector<bool> upperCaseContext(QStringView text, const QList<Piece> &pieces)
{
    constexpr qsizetype kReach = 2;
    std::vector<qsizetype> words; // pieces that vote
    std::vector<signed char> vote(size_t(pieces.size()), 0); // +1 capitals, −1 lower case, 0 no vote
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        const Piece &p = pieces[i];
        const QStringView core = text.mid(p.begin, p.length);
        if (p.inCode || core.size() < 2 || !hasLetter(core) || (isShouting(core) && !text::isSyllable(core)))
            continue; // abbreviations ("Lưu: VT, TCCB") say nothing about the words around them
        vote[size_t(i)] = isShouting(core)                                               ? 1
            : std::any_of(core.begin(), core.end(), [](QChar c) { return c.isLower(); }) ? -1
                                                                                         : 0;
        if (vote[size_t(i)] != 0)
            words.push_back(i);
    }
    std::vector<bool> upper(size_t(pieces.size()), false);
    for (qsizetype i = 0; i < pieces.size(); ++i) {
        int sum = vote[size_t(i)];
        const auto at = std::lower_bound(words.begin(), words.end(), i);
        auto left = at;
        for (qsizetype k = 0; k < kReach && left != words.begin(); ++k) {
            --left;
            if (pieces[*left].line != pieces[i].line)
                break;
            sum += vote[size_t(*left)];
        }
        auto right = (at != words.end() && *at == i) ? at + 1 : at;
        for (qsizetype k = 0; k < kReach && right != words.end(); ++k, ++right) {
            if (pieces[*right].line != pieces[i].line)
                break;
            sum += vote[size_t(*right)];
        }
        // A tie goes to the word's own letters: "QUYET DINH: Dieu 1. Cong bo", "TRUONG BAN Pham Thi".
        upper[size_t(i)] = sum > 0 || (sum == 0 && vote[size_t(i)] > 0);
    }
    return upper;
}

/// Writes `word` (lower case) in the case pattern of `original`: "HQI" → "HỘI", "Pai" → "Đài", "S6" → "Số".
/// In a line of capitals every word is written in capitals ("cuc" → "CỤC"); elsewhere a word in capitals
/// that was repaired into another word is a capitalised word OCR read as capitals ("BO" → "Bộ").
QString applyCase(QStringView original, const QString &word, bool upperLine)
{
    // A name in camel case kept as it was ("ThuVienPhapLuat.vn"): no word of ours is spelt so.
    if (std::adjacent_find(
            original.begin(), original.end(), [](QChar a, QChar b) { return a.isLower() && b.isUpper(); })
            != original.end()
        && word == original.toString().toLower())
        return original.toString();
    if (original.size() == word.size() && isShouting(original) && !text::isSyllable(original)
        && !text::isSyllable(word)) {
        QString out = word; // an abbreviation: letter for letter ("ND" → "NĐ", "TTr" stays)
        for (qsizetype k = 0; k < out.size(); ++k)
            out[k] = original[k].isUpper() ? out[k].toUpper() : out[k];
        return out;
    }
    if (upperLine)
        return word.toUpper();
    if (isShouting(original))
        return word.left(1).toUpper() + word.mid(1);
    if (!original.isEmpty() && original.front().isUpper())
        return word.left(1).toUpper() + word.mid(1);
    return word;
}

/// In OCR text a sentence goes on across a line break when the next line starts with a lower-case word and nothing
/// but the break (no punctuation, no blank line) is between them: a paragraph wrapped on the page ("từ nay" /
/// "đến hết"); and across a dot or colon followed by a lower-case word on the same line ("Cục. thuế"): OCR reads
/// specks as dots and colons, and Vietnamese sentences start with a capital. (Stripped text keeps its line breaks
/// as sentence ends: longer sentences cost the decoder 5% of its speed there.)
void joinContinuedSentences(QStringView text, QList<Piece> &pieces)
{
    for (qsizetype i = 0; i + 1 < pieces.size(); ++i) {
        Piece &p = pieces[i];
        const Piece &next = pieces[i + 1];
        if (!p.endsSentence || !text[next.begin].isLower())
            continue;
        const QStringView between = text.mid(p.begin + p.length, next.begin - p.begin - p.length);
        if (next.line == p.line + 1 && between.count(u'\n') == 1
            && std::all_of(between.begin(), between.end(), [](QChar c) { return c.isSpace() || c == u','; }))
            p.endsSentence = false;
        else if (next.line == p.line && std::all_of(between.begin(), between.end(), [](QChar c) {
                     return c == u'.' || c == u':' || c.isSpace();
                 }))
            p.endsSentence = false;
    }
}

/// Whether pieces[at] starts a sentence: the text's first word, one after . ! ? ; : or one followed by a colon
/// (the "Số:" label). A line that continues a paragraph starts none.
bool startsSentence(QStringView text, const QList<Piece> &pieces, qsizetype at)
{
    const Piece &p = pieces[at];
    const qsizetype end = p.begin + p.length;
    if (at == 0 || (end < text.size() && text[end] == u':'))
        return true;
    const Piece &before = pieces[at - 1];
    const QStringView between = text.mid(before.begin + before.length, p.begin - before.begin - before.length);
    return std::any_of(between.begin(), between.end(), isSentenceEnd);
}

/// Where a token was written: its first character in the output text and its index in the result's tokens.
struct WrittenToken
{
    qsizetype at = 0;
    qsizetype token = 0;
};

/// An abbreviation of three or more capitals with a D ("TTDN") whose letters are the initials of words the text
/// spells out ("thông tin đối ngoại") takes their Đ ("TTĐN"), when every such run of words agrees. The words'
/// initials are the evidence; without them a D stays a D.
void restoreDFromExpansions(RepairResult &result, const std::vector<WrittenToken> &written)
{
    constexpr qsizetype kShortest = 3;
    QString folded, initials; // one letter per written word: folded, and as written (lower case)
    std::vector<size_t> abbreviations;
    for (size_t k = 0; k < written.size(); ++k) {
        const QString &word = result.tokens.at(written[k].token).repaired;
        if (!word.front().isLetter())
            continue;
        if (isAbbreviation(word) && !text::isSyllable(word)) {
            if (word.size() >= kShortest && word.contains(u'D'))
                abbreviations.push_back(k);
            continue;
        }
        const QChar first = word.front().toLower();
        initials += first;
        folded += first.unicode() < 0x80 ? first : text::foldForSearch(QString(first)).front();
    }
    if (abbreviations.empty())
        return;
    QHash<QString, QString> patterns; // per abbreviation: the initials of the runs found, if they all agree
    for (size_t k : abbreviations) {
        RepairedToken &token = result.tokens[written[k].token];
        const QString key = text::foldForSearch(token.repaired);
        auto found = patterns.constFind(key);
        if (found == patterns.cend()) {
            QString pattern;
            for (qsizetype at = folded.indexOf(key); at >= 0; at = folded.indexOf(key, at + 1)) {
                const QString run = initials.mid(at, key.size());
                if (!pattern.isEmpty() && pattern != run) {
                    pattern.clear();
                    break;
                }
                pattern = run;
            }
            found = patterns.insert(key, pattern);
        }
        const QString &pattern = *found;
        if (!pattern.contains(u'đ'))
            continue;
        QString restored = token.repaired;
        for (qsizetype i = 0; i < restored.size(); ++i) {
            if (pattern.at(i) == u'đ' && restored.at(i) == u'D')
                restored[i] = u'Đ';
        }
        for (qsizetype i = 0; i < restored.size(); ++i)
            result.text[written[k].at + i] = restored.at(i);
        for (Alternative &a : token.alternatives) {
            if (a.text == token.repaired)
                a.text = restored;
        }
        token.repaired = restored;
    }
}

/// Repairer::detectMode() on text already split, so repair() in Auto mode splits once.
Mode detectModeOf(QStringView text, const QList<Piece> &pieces);

} // namespace

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Auto:
        return u"auto"_s;
    case Mode::Stripped:
        return u"stripped"_s;
    case Mode::EngOcr:
        return u"eng-ocr"_s;
    case Mode::VieOcr:
        return u"vie-ocr"_s;
    }
    return {};
}

std::optional<Mode> parseMode(QStringView text)
{
    for (Mode m : {Mode::Auto, Mode::Stripped, Mode::EngOcr, Mode::VieOcr}) {
        if (text == toString(m))
            return m;
    }
    return std::nullopt;
}

Repairer::~Repairer() = default;

QString Repairer::defaultModelDir()
{
    const QString env = qEnvironmentVariable("VANTHU_MODEL_DIR");
    if (!env.isEmpty())
        return env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QDir::currentPath();
    for (const QString &candidate :
        QStringList{appDir + u"/../share/vanthu/repair"_s, QStringLiteral(VT_SOURCE_MODEL_DIR)}) {
        if (QFileInfo::exists(candidate + u"/vi-syllables.lm"_s))
            return QDir::cleanPath(candidate);
    }
    return QStringLiteral(VT_SOURCE_MODEL_DIR);
}

Result<std::shared_ptr<const Repairer>> Repairer::load(const QString &modelDir)
{
    auto lm = LanguageModel::load(modelDir + u"/vi-syllables.lm"_s);
    if (!lm)
        return tl::unexpected(lm.error());
    auto channel = OcrChannel::read(modelDir + u"/ocr-channel.tsv"_s, u"eng"_s);
    if (!channel)
        return tl::unexpected(channel.error());
    std::vector<ChannelRule> rules = CandidateGenerator::defaultEngRules();
    channel->addFallbackRules(rules);
    const std::vector<ChannelRule> learned = channel->rules(7.0f);
    rules.insert(rules.end(), learned.begin(), learned.end());

    auto casePrior = CasePrior::read(modelDir + u"/case-prior.tsv"_s, **lm);
    if (!casePrior)
        return tl::unexpected(casePrior.error());

    std::shared_ptr<Repairer> repairer(new Repairer);
    repairer->m_lm = *lm;
    repairer->m_casePrior = std::make_unique<const CasePrior>(std::move(*casePrior));
    repairer->m_candidates
        = std::make_unique<const CandidateGenerator>(*repairer->m_lm, std::move(rules), std::move(*channel));
    return std::shared_ptr<const Repairer>(std::move(repairer));
}

Mode Repairer::detectMode(QStringView text)
{
    return detectModeOf(text, split(text));
}

namespace {
Mode detectModeOf(QStringView text, const QList<Piece> &pieces)
{
    qsizetype words = 0, marked = 0, vietnameseLetters = 0, glued = 0;
    for (const Piece &p : pieces) {
        const QStringView core = text.mid(p.begin, p.length);
        if (!hasLetter(core))
            continue;
        ++words;
        if (text::hasDiacritics(core))
            ++marked;
        // Letters only Vietnamese has (ă â ê ô ơ ư đ, with or without a tone): a circumflex, breve or horn in
        // the decomposed letter, or the barred d. The English model never prints them.
        for (QChar c : text::nfc(core)) {
            if (c == u'đ' || c == u'Đ') {
                ++vietnameseLetters;
                continue;
            }
            const QString parts = QString(c).normalized(QString::NormalizationForm_D);
            if (parts.contains(QChar(0x0302)) || parts.contains(QChar(0x0306)) || parts.contains(QChar(0x031B)))
                ++vietnameseLetters;
        }
        if (!isCode(core, Mode::VieOcr)
            && std::any_of(core.begin(), core.end(), [](QChar c) { return c.isDigit() || isOcrLetterSymbol(c); }))
            ++glued;
    }
    if (words == 0)
        return Mode::VieOcr;
    // The English model writes only Latin-1 accents: marks without ă â ê ô ơ ư đ, or digits inside words.
    if (glued * 50 > words || (marked * 10 > words && vietnameseLetters * 10 < marked))
        return Mode::EngOcr;
    if (marked * 50 < words)
        return Mode::Stripped;
    return Mode::VieOcr;
}

} // namespace

RepairResult Repairer::repair(QStringView text, Mode mode) const
{
    RepairResult result;
    QList<Piece> pieces = split(text);
    result.mode = mode == Mode::Auto ? detectModeOf(text, pieces) : mode;
    const Mode m = result.mode;
    const LanguageModel &lm = *m_lm;
    if (m == Mode::EngOcr || m == Mode::VieOcr)
        joinContinuedSentences(text, pieces);
    // The English model's case is unreliable (it reads "Bộ" as "BO"): there, the words around decide.
    const std::vector<bool> upperContext = m == Mode::EngOcr ? upperCaseContext(text, pieces) : std::vector<bool>{};
    const auto inUpperLine = [&](const Piece &p) {
        const size_t at = size_t(&p - pieces.data());
        return at < upperContext.size() ? bool(upperContext[at]) : isShouting(text.mid(p.begin, p.length));
    };

    const std::vector<signed char> inName = nameParts(text, pieces);
    const auto asName = [&](const Piece &p, QList<Candidate> list) {
        const signed char part = inName[size_t(&p - pieces.data())];
        if (part == 0 || list.size() < 2)
            return list;
        const QSet<QString> &names = part == 1 ? nameSyllables().surnames : nameSyllables().others;
        for (Candidate &c : list) {
            if (names.contains(c.text))
                c.channel += kNameWeight;
        }
        return list;
    };

    const auto beforeCapitalisedWord = [&](const Piece &p) {
        const qsizetype at = &p - pieces.data();
        if (at + 1 >= pieces.size() || pieces[at + 1].line != p.line || p.endsSentence)
            return false;
        const Piece &next = pieces[at + 1];
        const QStringView between = text.mid(p.begin + p.length, next.begin - p.begin - p.length);
        return text[next.begin].isUpper() && !isShouting(text.mid(next.begin, next.length))
            && std::all_of(between.begin(), between.end(), [](QChar c) { return c == u' '; });
    };

    // A reference OCR broke at its hyphen ("62/2025/ND- CP", "3574/QD - BYT"): the part after the spaces is
    // written back against the part before. References have no spaces, and their parts are capitals.
    const auto brokenReference = [&](qsizetype at) {
        const Piece &before = pieces[at - 1], &p = pieces[at];
        if (!before.inCode || before.line != p.line || !isAbbreviation(text.mid(p.begin, p.length)))
            return false;
        const QStringView gap = text.mid(before.begin + before.length, p.begin - before.begin - before.length);
        return gap.count(u'-') == 1 && gap.count(u' ') >= 1
            && std::all_of(gap.begin(), gap.end(), [](QChar c) { return c == u'-' || c == u' '; });
    };

    // Candidates depend only on the word and the mode: documents repeat their words, so look each up once.
    QHash<QString, QList<Candidate>> cache, capitalisedCache;
    const auto candidatesFor = [&](const Piece &p, const QString &core) -> QList<Candidate> {
        if (core == u"&") {
            if (m != Mode::EngOcr)
                return {};
            // An 8 read badly, or "ở" (the channel's word rows): the language model decides.
            QList<Candidate> c = m_candidates->candidates(core, m);
            c.prepend({LanguageModel::kNumber, u"8"_s, kAmpersandForEight});
            return c;
        }
        if (p.shape != Piece::Shape::Word && m != Mode::EngOcr)
            return {};
        if (p.shape == Piece::Shape::Versus)
            return QList<Candidate>{{LanguageModel::kUnknown, u"V/v"_s, 0}};
        if (p.shape == Piece::Shape::DollarJoined) {
            QString observed = core.toLower();
            observed.remove(u' ');
            observed[0] = u's';
            return m_candidates->candidates(observed, m);
        }
        const QString lower = core.toLower();
        if (isNumber(core)) {
            if (m != Mode::EngOcr || core.size() > 2)
                return {};
            // "13" may be "là", "0" may be "ở": let the language model weigh the word against a number.
            QList<Candidate> c = m_candidates->candidates(lower, m);
            if (!c.isEmpty())
                c.prepend({LanguageModel::kNumber, core, 0});
            return c;
        }
        // Abbreviations: in references, and capitals that are not a syllable among lower-case words ("CS",
        // "NVT", "PCTr"). In a line of capitals a non-syllable may be a damaged word ("HQI").
        if ((p.inCode && isAbbreviation(core)) || (!inUpperLine(p) && isShouting(core) && !text::isSyllable(core))) {
            // Two capitals no text ever had as an abbreviation, before a capitalised word: a damaged word ("SG Tư
            // pháp" for "Sở Tư pháp"), which the language model may prefer to the letters as read.
            if (m == Mode::EngOcr && !p.inCode && core.size() == 2 && lm.id(lower) == LanguageModel::kUnknown
                && beforeCapitalisedWord(p)) {
                QList<Candidate> words = m_candidates->candidates(lower, m);
                words.prepend({LanguageModel::kUnknown, lower, 0});
                return words;
            }
            return m_candidates->abbreviationCandidates(lower);
        }
        if (!hasLetter(core) || isCode(core, m) || (p.inCode && core.size() == 1))
            return {};
        auto it = cache.constFind(lower);
        if (it == cache.cend())
            it = cache.insert(lower, m_candidates->candidates(lower, m));
        // A capital the Vietnamese model misread ("tổng Rết" for "tổng Kết"): a rare word may be a common one with
        // another first letter, which the language model then has to prefer by far.
        if (m == Mode::VieOcr && core.size() >= 2 && core.front().isUpper() && !isShouting(core)
            && std::any_of(
                it->cbegin(), it->cend(), [&](const Candidate &c) { return c.text == text::exactKey(core); })) {
            const QList<Candidate> slips = m_candidates->capitalSlips(lower);
            if (!slips.isEmpty())
                return QList<Candidate>(*it) << slips;
        }
        // A capitalised word inside a sentence is more likely one that is often written so (a name: "Thị").
        const qsizetype at = &p - pieces.data();
        if (it->size() < 2 || !core.front().isUpper() || isShouting(core) || at == 0 || pieces[at - 1].endsSentence
            || pieces[at - 1].line != p.line)
            return *it;
        auto weighed = capitalisedCache.constFind(lower);
        if (weighed == capitalisedCache.cend()) {
            QList<Candidate> list = *it;
            for (Candidate &c : list)
                c.channel += kCaseWeight * m_casePrior->capitalisedLogProb(c.id);
            weighed = capitalisedCache.insert(lower, list);
        }
        return *weighed;
    };

    qsizetype copied = 0;
    std::vector<WrittenToken> written;
    result.text.reserve(text.size() + text.size() / 8);
    // Sentences are decoded one at a time, and a run-on "sentence" (a 10 MB line) in windows, so memory
    // stays bounded by the window, not the input.
    constexpr qsizetype kWindow = 256;
    // English-model OCR: a first pass collects the words decoded with confidence; the second favours them where
    // the same document has them damaged beyond what the neighbours settle (names, the letter's subject).
    QHash<LanguageModel::WordId, int> confident;
    // A run of text longer than any document (a 10 MB line) gets one pass, and the beam and candidate count of
    // the other modes: its words are not one document's, and it must end in bounded time.
    const bool document = pieces.size() <= kDocumentPassLimit;
    const bool twoPasses = m == Mode::EngOcr && document;
    for (int pass = twoPasses ? 0 : 1; pass < 2; ++pass) {
        const bool writing = pass == 1;
        qsizetype start = 0;
        while (start < pieces.size()) {
            qsizetype end = start;
            while (end < pieces.size() && !pieces[end].endsSentence && end - start < kWindow)
                ++end;
            end = std::min(end + 1, pieces.size());

            struct Work
            {
                QString core;
                QList<Candidate> candidates;
                bool vietnamese = false;
            };
            std::vector<Work> work;
            work.reserve(size_t(end - start));
            int words = 0, vietnamese = 0;
            for (qsizetype i = start; i < end; ++i) {
                const Piece &p = pieces[i];
                Work w{text.mid(p.begin, p.length).toString(), {}, false};
                w.candidates = asName(p, candidatesFor(p, w.core));
                // Vietnamese: a syllable, or OCR damage the channel turns into one ("chirc" → "chức"). Foreign words
                // that the training text happened to contain ("review") propose only themselves.
                w.vietnamese = hasLetter(w.core) && !(p.inCode && isAbbreviation(w.core)) && !w.candidates.isEmpty()
                    && (text::isSyllable(w.core) || w.candidates.front().text != w.core.toLower());
                // Abbreviations and codes say nothing about the language of the sentence; upper-case words
                // that are Vietnamese ("CỘNG HÒA") do.
                if (hasLetter(w.core) && !p.inCode && (!isAbbreviation(w.core) || w.vietnamese)) {
                    ++words;
                    vietnamese += w.vietnamese;
                }
                work.push_back(std::move(w));
            }
            // A sentence where most words are not Vietnamese (English, Chinese, codes) is left as it is, with
            // zero confidence, rather than forced into Vietnamese.
            const bool decode = vietnamese > 0 && vietnamese * 2 >= words;
            // A line of references only ("~ 187/2025/ND-CP;") still has its abbreviations' Đ restored.
            const bool referencesOnly = words == 0;

            std::vector<Slot> positions;
            positions.reserve(work.size());
            for (size_t k = 0; k < work.size(); ++k) {
                Work &w = work[k];
                const Piece &p = pieces[start + qsizetype(k)];
                if (!decode && !(referencesOnly && p.inCode && isAbbreviation(w.core)))
                    w.candidates.clear();
                if (!document && w.candidates.size() > kRunOnCandidates)
                    w.candidates.resize(kRunOnCandidates);
                if (!w.candidates.isEmpty()) {
                    positions.push_back({w.candidates});
                    if (writing && !confident.isEmpty() && w.candidates.size() > 1) {
                        for (Candidate &c : positions.back().candidates) {
                            const int seen = confident.value(c.id);
                            if (seen > 0)
                                c.channel += kDocumentWeight * float(std::log1p(seen));
                        }
                    }
                } else {
                    const LanguageModel::WordId id
                        = isNumber(w.core) ? LanguageModel::kNumber : lm.id(text::exactKey(w.core));
                    positions.push_back({{Candidate{id, w.core, 0}}});
                }
            }
            const std::vector<Decision> decisions
                = decodeSentence(lm, positions, m == Mode::EngOcr && document ? kOcrBeam : kDefaultBeam);
            if (!writing) {
                for (size_t k = 0; k < work.size(); ++k) {
                    const Decision &d = decisions[k];
                    const QList<Candidate> &cands = positions[k].candidates;
                    if (cands.size() > 1 && d.probability[size_t(d.chosen)] >= kConfident)
                        ++confident[cands.at(d.chosen).id];
                }
                start = end;
                continue;
            }

            for (size_t k = 0; k < work.size(); ++k) {
                const Piece &p = pieces[start + qsizetype(k)];
                const Work &w = work[k];
                QString out = w.core;
                double confidence = 0;
                QList<Alternative> alternatives;
                if (!w.candidates.isEmpty()) {
                    const Decision &d = decisions[k];
                    const QList<Candidate> &cands = positions[k].candidates;
                    const qsizetype at = start + qsizetype(k);
                    const auto spell = [&](const Candidate &c) {
                        if (c.id == LanguageModel::kNumber || p.shape == Piece::Shape::Versus)
                            return c.text;
                        // "$" (an S) has no case: the word is capitalised where a sentence starts ("Số:"),
                        // before a name ("Sở Tư pháp") or where it usually is, but not in "Nghị định số".
                        const bool beforeName = at + 1 < pieces.size() && pieces[at + 1].line == p.line
                            && text[pieces[at + 1].begin].isUpper();
                        const bool capitalS = startsSentence(text, pieces, at) || beforeName
                            || m_casePrior->capitalisedLogProb(c.id) > kUsuallyCapitalised;
                        QString caseOf = p.shape == Piece::Shape::DollarJoined ? (capitalS ? u"S"_s : u"s"_s) : w.core;
                        if (caseOf.startsWith(u'$'))
                            caseOf.front() = capitalS ? u'S' : u's';
                        // A capital I read for a lower-case l ("Iao" → "lao"): the I says nothing about case.
                        if (m == Mode::EngOcr && caseOf.size() > 1 && caseOf.front() == u'I' && caseOf.at(1).isLower()
                            && c.text.startsWith(u'l'))
                            caseOf.front() = u'l';
                        return applyCase(caseOf, usualToneSpelling(c.text), inUpperLine(p));
                    };
                    out = spell(cands.at(d.chosen));
                    confidence = d.probability[size_t(d.chosen)];
                    std::vector<int> order(size_t(cands.size()));
                    std::iota(order.begin(), order.end(), 0);
                    std::sort(order.begin(), order.end(),
                        [&](int a, int b) { return d.probability[size_t(a)] > d.probability[size_t(b)]; });
                    for (size_t r = 0; r < order.size() && r < 4; ++r)
                        alternatives.append({spell(cands.at(order[r])), d.probability[size_t(order[r])]});
                } else if (decode && w.vietnamese) {
                    confidence = 1.0;
                }
                // A hyphen may join a loanword's syllables ("vắc-xin"), which the Vietnamese model reads right.
                // A speck between a word and a number is a space too ("số.78/2025" → "số 78/2025").
                if (p.afterSpeck && k > 0 && work[k - 1].vietnamese && m != Mode::Stripped
                    && (w.vietnamese ? m == Mode::EngOcr || text[p.begin - 1] != u'-' : text[p.begin].isDigit())) {
                    result.text += text.mid(copied, p.begin - copied - 1);
                    result.text += u' ';
                } else if (k > 0 && m != Mode::Stripped && brokenReference(start + qsizetype(k))) {
                    const Piece &before = pieces[start + qsizetype(k) - 1];
                    result.text += text.mid(copied, before.begin + before.length - copied);
                    result.text += u'-';
                } else {
                    result.text += text.mid(copied, p.begin - copied);
                }
                const qsizetype outAt = result.text.size();
                result.text += out;
                copied = p.begin + p.length;
                if (hasLetter(w.core) || out != w.core) {
                    if (alternatives.isEmpty())
                        alternatives.append({out, confidence});
                    written.push_back({outAt, result.tokens.size()});
                    result.tokens.append({p.begin, p.length, w.core, out, confidence, alternatives});
                }
            }
            start = end;
        }
    }
    result.text += text.mid(copied);
    restoreDFromExpansions(result, written);
    return result;
}

} // namespace vt::repair
