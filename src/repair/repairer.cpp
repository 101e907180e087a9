// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "repairer.h"

#include "candidates.h"
#include "decoder.h"
#include "languagemodel.h"

#include "core/vietnamese.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <numeric>

using namespace Qt::StringLiterals;

namespace vt::repair {
namespace {

// Symbols an English-model OCR puts for letters inside Vietnamese words ("ti€u", "¢ac").
bool isOcrLetterSymbol(QChar c)
{
    return c == u'€' || c == u'¢' || c == u'@' || c == u'&';
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
};

bool isJoiner(QChar c)
{
    return c == u'/' || c == u'-' || c == u'_' || c == u'.';
}

QList<Piece> split(QStringView text)
{
    QList<Piece> pieces;
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && text[i].isSpace()) {
            if (text[i] == u'\n' && !pieces.isEmpty())
                pieces.back().endsSentence = true;
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
        Piece p{b, e - b, false, false};
        for (qsizetype k = e; k < i; ++k)
            p.endsSentence = p.endsSentence || isSentenceEnd(text[k]);
        // Split references and slash-joined words into their parts: "dat/thue" holds two words to repair,
        // "151/2025/ND-CP" two abbreviations that may only regain their Đ.
        if (p.length > 0 && std::any_of(text.begin() + b, text.begin() + e, isJoiner)) {
            qsizetype k = b;
            while (k < e) {
                while (k < e && isJoiner(text[k]))
                    ++k;
                const qsizetype partStart = k;
                while (k < e && !isJoiner(text[k]))
                    ++k;
                if (k > partStart)
                    pieces.append({partStart, k - partStart, false, true});
            }
            if (!pieces.isEmpty())
                pieces.back().endsSentence = p.endsSentence;
            continue;
        }
        if (p.length == 0) {
            // Only punctuation: "&" may be an OCR'd "8"; anything else only ends a sentence or not.
            const QStringView chunk = text.mid(start, i - start);
            if (chunk == u"&") {
                pieces.append({start, 1, false});
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

/// "STTTT", "ND", "BCĐTTĐN": upper-case letters only, two or more.
bool isAbbreviation(QStringView core)
{
    return core.size() >= 2
        && std::all_of(core.begin(), core.end(), [](QChar c) { return c.isLetter() && c.isUpper(); });
}

/// Writes `word` (lower case) in the case pattern of `original`: "HQI" → "HỘI", "Pai" → "Đài", "S6" → "Số".
QString applyCase(QStringView original, const QString &word)
{
    int upper = 0, lower = 0;
    for (QChar c : original) {
        if (c.isUpper())
            ++upper;
        else if (c.isLower())
            ++lower;
    }
    // Mostly capitals is a capitalised line in which OCR lowered a letter ("PiCH" → "ĐÍCH").
    if (upper >= 2 && upper > lower)
        return word.toUpper();
    if (!original.isEmpty() && original.front().isUpper())
        return word.left(1).toUpper() + word.mid(1);
    return word;
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

    std::shared_ptr<Repairer> repairer(new Repairer);
    repairer->m_lm = *lm;
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
    const QList<Piece> pieces = split(text);
    result.mode = mode == Mode::Auto ? detectModeOf(text, pieces) : mode;
    const Mode m = result.mode;
    const LanguageModel &lm = *m_lm;

    // Candidates depend only on the word and the mode: documents repeat their words, so look each up once.
    QHash<QString, QList<Candidate>> cache;
    const auto candidatesFor = [&](const Piece &p, const QString &core) -> QList<Candidate> {
        if (core == u"&")
            return m == Mode::EngOcr ? QList<Candidate>{{LanguageModel::kNumber, u"8"_s, 0}} : QList<Candidate>{};
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
        if (p.inCode && isAbbreviation(core))
            return m_candidates->abbreviationCandidates(lower);
        if (!hasLetter(core) || isCode(core, m) || (p.inCode && core.size() == 1))
            return {};
        auto it = cache.constFind(lower);
        if (it == cache.cend())
            it = cache.insert(lower, m_candidates->candidates(lower, m));
        return *it;
    };

    qsizetype copied = 0;
    result.text.reserve(text.size() + text.size() / 8);
    // Sentences are decoded one at a time, and a run-on "sentence" (a 10 MB line) in windows, so memory
    // stays bounded by the window, not the input.
    constexpr qsizetype kWindow = 256;
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
            w.candidates = candidatesFor(p, w.core);
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

        std::vector<Slot> positions;
        positions.reserve(work.size());
        for (Work &w : work) {
            if (!decode)
                w.candidates.clear();
            if (!w.candidates.isEmpty()) {
                positions.push_back({w.candidates});
            } else {
                const LanguageModel::WordId id
                    = isNumber(w.core) ? LanguageModel::kNumber : lm.id(text::exactKey(w.core));
                positions.push_back({{Candidate{id, w.core, 0}}});
            }
        }
        const std::vector<Decision> decisions = decodeSentence(lm, positions);

        for (size_t k = 0; k < work.size(); ++k) {
            const Piece &p = pieces[start + qsizetype(k)];
            const Work &w = work[k];
            QString out = w.core;
            double confidence = 0;
            QList<Alternative> alternatives;
            if (!w.candidates.isEmpty()) {
                const Decision &d = decisions[k];
                const QList<Candidate> &cands = positions[k].candidates;
                const auto spell = [&](const Candidate &c) {
                    return c.id == LanguageModel::kNumber ? c.text : applyCase(w.core, usualToneSpelling(c.text));
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
            result.text += text.mid(copied, p.begin - copied);
            result.text += out;
            copied = p.begin + p.length;
            if (hasLetter(w.core) || out != w.core) {
                if (alternatives.isEmpty())
                    alternatives.append({out, confidence});
                result.tokens.append({p.begin, p.length, w.core, out, confidence, alternatives});
            }
        }
        start = end;
    }
    result.text += text.mid(copied);
    return result;
}

} // namespace vt::repair
