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
bool isOcrLetterSymbol(QChar c) { return c == u'€' || c == u'¢' || c == u'@'; }

bool isCoreChar(QChar c) { return c.isLetterOrNumber() || c.isMark() || isOcrLetterSymbol(c); }

bool isSentenceEnd(QChar c) { return c == u'.' || c == u'!' || c == u'?' || c == u';' || c == u':'; }

/// A whitespace-separated chunk of the input: punctuation around a core word.
struct Piece
{
    qsizetype begin = 0;   ///< of the core
    qsizetype length = 0;
    bool endsSentence = false;
};

/// What the decoder does with a piece.
struct Work
{
    Piece piece;
    QString core;
    QList<Candidate> candidates; ///< empty: left alone
    bool vietnamese = false;     ///< has candidates that are Vietnamese words
};

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
        Piece p{b, e - b, false};
        for (qsizetype k = e; k < i; ++k)
            p.endsSentence = p.endsSentence || isSentenceEnd(text[k]);
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
    return std::any_of(s.begin(), s.end(), [](QChar c) { return c.isLetter(); });
}

bool isNumber(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), [](QChar c) {
        return c.isDigit() || c == u'.' || c == u',' || c == u'/' || c == u'-';
    });
}

/// References, codes and abbreviations that are not to be turned into words: "2095/STTTT-TTBCXB", "V/v",
/// "UBND", "A4".
bool isCode(QStringView core, Mode mode)
{
    if (core.contains(u'/') || core.contains(u'-') || core.contains(u'.') || core.contains(u'_'))
        return true;
    if (mode != Mode::EngOcr && hasLetter(core) && std::any_of(core.begin(), core.end(), [](QChar c) { return c.isDigit(); }))
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
    if (upper >= 2 && lower == 0)
        return word.toUpper();
    if (!original.isEmpty() && original.front().isUpper())
        return word.left(1).toUpper() + word.mid(1);
    return word;
}

} // namespace

QString toString(Mode mode)
{
    switch (mode) {
    case Mode::Auto: return u"auto"_s;
    case Mode::Stripped: return u"stripped"_s;
    case Mode::EngOcr: return u"eng-ocr"_s;
    case Mode::VieOcr: return u"vie-ocr"_s;
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
    for (const QString &candidate : QStringList{appDir + u"/../share/vanthu/repair"_s, QStringLiteral(VT_SOURCE_MODEL_DIR)}) {
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
    auto learned = CandidateGenerator::readChannelTable(modelDir + u"/ocr-channel.tsv"_s);
    if (!learned)
        return tl::unexpected(learned.error());
    std::vector<ChannelRule> rules = CandidateGenerator::defaultEngRules();
    rules.insert(rules.end(), learned->begin(), learned->end());

    std::shared_ptr<Repairer> repairer(new Repairer);
    repairer->m_lm = *lm;
    repairer->m_candidates = std::make_unique<const CandidateGenerator>(*repairer->m_lm, std::move(rules));
    return std::shared_ptr<const Repairer>(std::move(repairer));
}

Mode Repairer::detectMode(QStringView text)
{
    qsizetype words = 0, marked = 0, vietnameseLetters = 0, glued = 0;
    static const QString kVietnameseOnly = u"ăâêôơưđĂÂÊÔƠƯĐ"_s;
    for (const Piece &p : split(text)) {
        const QStringView core = text.mid(p.begin, p.length);
        if (!hasLetter(core))
            continue;
        ++words;
        if (text::hasDiacritics(core))
            ++marked;
        const QString base = text::nfc(core);
        for (QChar c : base) {
            const QChar plain = text::stripDiacritics(QString(c)).at(0);
            if (kVietnameseOnly.contains(c) || (c != plain && kVietnameseOnly.contains(plain)) || c == u'đ' || c == u'Đ')
                ++vietnameseLetters;
        }
        if (!isCode(core, Mode::VieOcr) && std::any_of(core.begin(), core.end(), [](QChar c) {
                return c.isDigit() || isOcrLetterSymbol(c);
            }))
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

RepairResult Repairer::repair(QStringView text, Mode mode) const
{
    RepairResult result;
    result.mode = mode == Mode::Auto ? detectMode(text) : mode;
    const Mode m = result.mode;
    const LanguageModel &lm = *m_lm;

    // Gather the pieces of each sentence with their candidates.
    std::vector<Work> work;
    for (const Piece &p : split(text)) {
        Work w{p, text.mid(p.begin, p.length).toString(), {}, false};
        const QString lower = w.core.toLower();
        if (w.core == u"&") {
            if (m == Mode::EngOcr)
                w.candidates = {{LanguageModel::kNumber, u"8"_s, 0}};
        } else if (isNumber(w.core)) {
            if (m == Mode::EngOcr && w.core.size() <= 2) {
                // "13" may be "là", "0" may be "ở": let the language model weigh the word against a number.
                w.candidates = m_candidates->candidates(lower, m);
                if (!w.candidates.isEmpty())
                    w.candidates.prepend({LanguageModel::kNumber, w.core, 0});
            }
        } else if (hasLetter(w.core) && !isCode(w.core, m)) {
            w.candidates = m_candidates->candidates(lower, m);
            w.vietnamese = !w.candidates.isEmpty();
        }
        work.push_back(std::move(w));
    }

    // Decode sentence by sentence. A sentence where most words are not Vietnamese (English, Chinese, codes)
    // is left as it is, with zero confidence, rather than forced into Vietnamese.
    std::vector<QString> output(work.size());
    std::vector<double> confidence(work.size(), 0.0);
    std::vector<QList<Alternative>> alternatives(work.size());
    size_t start = 0;
    while (start < work.size()) {
        size_t end = start;
        while (end < work.size() && !work[end].piece.endsSentence)
            ++end;
        end = std::min(end + 1, work.size());

        int words = 0, vietnamese = 0;
        for (size_t i = start; i < end; ++i) {
            if (hasLetter(work[i].core)) {
                ++words;
                vietnamese += work[i].vietnamese;
            }
        }
        const bool decode = vietnamese > 0 && vietnamese * 2 >= words;
        std::vector<Slot> positions;
        std::vector<size_t> slotOf;
        for (size_t i = start; i < end; ++i) {
            Work &w = work[i];
            output[i] = w.core;
            if (decode && !w.candidates.isEmpty()) {
                positions.push_back({w.candidates});
            } else {
                const bool number = isNumber(w.core);
                const LanguageModel::WordId id = number ? LanguageModel::kNumber : lm.id(text::exactKey(w.core));
                positions.push_back({{Candidate{id, w.core, 0}}});
                if (!decode || w.candidates.isEmpty())
                    w.candidates.clear();
            }
            slotOf.push_back(i);
        }
        const std::vector<Decision> decisions = decodeSentence(lm, positions);
        for (size_t s = 0; s < positions.size(); ++s) {
            const size_t i = slotOf[s];
            const Work &w = work[i];
            if (w.candidates.isEmpty()) {
                confidence[i] = (w.vietnamese && decode) ? 1.0 : 0.0;
                continue;
            }
            const Decision &d = decisions[s];
            const Candidate &best = positions[s].candidates.at(d.chosen);
            output[i] = best.id == LanguageModel::kNumber ? best.text : applyCase(w.core, usualToneSpelling(best.text));
            confidence[i] = d.probability[size_t(d.chosen)];
            std::vector<int> order(size_t(positions[s].candidates.size()));
            std::iota(order.begin(), order.end(), 0);
            std::sort(order.begin(), order.end(),
                [&](int a, int b) { return d.probability[size_t(a)] > d.probability[size_t(b)]; });
            for (int k = 0; k < int(order.size()) && k < 4; ++k) {
                const Candidate &c = positions[s].candidates.at(order[size_t(k)]);
                alternatives[i].append({c.id == LanguageModel::kNumber ? c.text : applyCase(w.core, usualToneSpelling(c.text)),
                                        d.probability[size_t(order[size_t(k)])]});
            }
        }
        start = end;
    }

    // Rebuild the text: everything between the words is copied as it was.
    qsizetype copied = 0;
    result.text.reserve(text.size() + text.size() / 8);
    for (size_t i = 0; i < work.size(); ++i) {
        const Piece &p = work[i].piece;
        result.text += text.mid(copied, p.begin - copied);
        result.text += output[i];
        copied = p.begin + p.length;
        if (hasLetter(work[i].core) || work[i].core == u"&" || output[i] != work[i].core) {
            result.tokens.append({p.begin, p.length, work[i].core, output[i], confidence[i],
                                  alternatives[i].isEmpty() ? QList<Alternative>{{output[i], confidence[i]}}
                                                            : alternatives[i]});
        }
    }
    result.text += text.mid(copied);
    return result;
}

} // namespace vt::repair
