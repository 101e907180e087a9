// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "candidates.h"

#include "core/vietnamese.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace vt::repair {
namespace {

constexpr int kMaxCandidates = 12;
// English-model OCR leaves more readings open (é may be any of a dozen vowels): keep more for the decoder.
constexpr int kMaxOcrCandidates = 40;
// ... and only those within this many nats of the best reading (12: as accurate as no limit, 10% faster).
constexpr float kMaxChannelGap = 12.0f;
constexpr int kMaxVariants = 96;
// −ln P(a letter printed where there was none), for proposing candidates; the channel scores them.
constexpr float kInsertionCost = 6.0f;
// −ln P(P | Đ) at the start of a word, set by hand (see rescoreWithChannel()).
constexpr float kPForD = 1.5f;
// A misread capital (capitalSlips()): the observed word is rarer than kRareWord in the corpus, the other more
// common than kCommonWord, at kCapitalSlip nats.
constexpr quint32 kRareWord = 20;
constexpr quint32 kCommonWord = 2000;
constexpr float kCapitalSlip = 6.0f;
// How much less likely an abbreviation the corpus never had is than the language model's unknown word.
constexpr float kUnseenAbbreviation = 5.0f;
// Words one letter from the observation (changed or added) proposed at most, and the longest observation for that.
constexpr qsizetype kMaxEditCandidates = 6;
constexpr qsizetype kMaxEditLength = 7;
// How much likelier real scans lose a word's last vowel with its marks than our pages (see
// rescoreWithChannel()), in nats.
constexpr float kLostVowel = 2.0f;

// How much a mark the observation shows but the candidate lacks (or the reverse) counts against it.
// Tesseract's Vietnamese model gets marks mostly right, so they are strong evidence; the English model
// only has Latin-1 accents (é for ê, ế, ệ…), so its marks are weak evidence.
float markCost(Mode mode)
{
    switch (mode) {
    case Mode::VieOcr:
        return 8.0f;
    case Mode::EngOcr:
        return 0.35f;
    default:
        return 0.0f;
    }
}

/// Where the observation and the candidate disagree on marks. With the English model only a mark that was
/// seen counts (it drops marks all the time, so a bare letter says little); with the Vietnamese model
/// a missing mark is evidence too.
int markDifferences(const QString &observedExact, const QString &candidate, Mode mode)
{
    if (observedExact.size() != candidate.size())
        return mode == Mode::EngOcr ? 0 : 2;
    int d = 0;
    for (qsizetype i = 0; i < candidate.size(); ++i) {
        const QChar o = observedExact.at(i);
        if (o == candidate.at(i))
            continue;
        if (mode == Mode::EngOcr && o.unicode() < 0x80)
            continue;
        ++d;
    }
    return d;
}

/// Up to three ASCII consonants ("b", "ph", "ngh"): what is left of a word whose vowel OCR lost.
bool hasNoVowel(const QString &observed)
{
    return !observed.isEmpty() && observed.size() <= 3 && std::all_of(observed.cbegin(), observed.cend(), [](QChar c) {
        return c.isLetter() && c.unicode() < 0x80 && !QStringView(u"aeiouy").contains(c.toLower());
    });
}

bool ruleMatchesAt(const ChannelRule &rule, const QString &s, qsizetype at)
{
    if (rule.observed.startsWith(u'^'))
        return at == 0 && s.startsWith(QStringView(rule.observed).mid(1));
    return QStringView(s).mid(at).startsWith(rule.observed);
}

} // namespace

CandidateGenerator::CandidateGenerator(
    const LanguageModel &lm, std::vector<ChannelRule> engRules, OcrChannel engChannel)
    : m_lm(lm), m_engRules(std::move(engRules)), m_engChannel(std::move(engChannel))
{
    for (LanguageModel::WordId id = LanguageModel::kNumber + 1; id < LanguageModel::WordId(lm.vocabularySize()); ++id) {
        const QString word = lm.word(id);
        if (word.isEmpty() || !word.front().isLetter())
            continue;
        m_groups[text::foldForSearch(word)].push_back(id);
    }
    for (auto &group : m_groups) {
        std::stable_sort(group.begin(), group.end(),
            [&lm](LanguageModel::WordId a, LanguageModel::WordId b) { return lm.count(a) > lm.count(b); });
    }
}

std::vector<ChannelRule> CandidateGenerator::defaultEngRules()
{
    // Observed (folded, lower case) → source letters, with a cost in nats. Digits and symbols read for
    // letters, and Vietnamese marks the English model turns into extra letters (ư → "ir", ủ → "ti", ơ → "d").
    return {
        {u"6"_s, u"o"_s, 1.0f},
        {u"0"_s, u"o"_s, 1.5f},
        {u"4"_s, u"a"_s, 1.0f},
        {u"1"_s, u"l"_s, 1.0f},
        {u"1"_s, u"i"_s, 1.5f},
        {u"3"_s, u"a"_s, 1.8f},
        {u"5"_s, u"s"_s, 2.0f},
        {u"8"_s, u"a"_s, 2.5f},
        {u"€"_s, u"e"_s, 0.3f},
        {u"&"_s, u"o"_s, 1.5f},
        {u"¢"_s, u"c"_s, 0.3f},
        {u"$"_s, u"s"_s, 0.5f},
        {u"@"_s, u"a"_s, 1.0f},
        {u"q"_s, u"o"_s, 1.2f},
        {u"ir"_s, u"u"_s, 1.0f},
        {u"ti"_s, u"u"_s, 1.6f},
        {u"ii"_s, u"u"_s, 1.2f},
        {u"ud"_s, u"uo"_s, 1.0f},
        {u"im"_s, u"un"_s, 1.6f},
        {u"yu"_s, u"u"_s, 1.4f},
        {u"d"_s, u"a"_s, 1.6f},
        {u"d"_s, u"o"_s, 1.6f},
        {u"^p"_s, u"d"_s, 1.0f},
        {u"e"_s, u"a"_s, 2.2f},
        {u"e"_s, u"o"_s, 2.4f},
        {u"i"_s, u"u"_s, 2.4f},
        {u"rn"_s, u"m"_s, 1.5f},
        {u"cl"_s, u"d"_s, 2.0f},
        {u"li"_s, u"h"_s, 2.5f},
        {u"c"_s, u"e"_s, 2.2f},
    };
}

void CandidateGenerator::addGroup(
    const QString &folded, float cost, const QString &observedExact, Mode mode, QList<Candidate> &out) const
{
    const auto it = m_groups.constFind(folded);
    if (it == m_groups.cend())
        return;
    int taken = 0;
    for (LanguageModel::WordId id : *it) {
        if (taken++ >= (mode == Mode::EngOcr ? kMaxOcrCandidates : kMaxCandidates))
            break;
        const QString word = m_lm.word(id);
        const float channel = -cost - markCost(mode) * float(markDifferences(observedExact, word, mode));
        auto existing = std::find_if(out.begin(), out.end(), [id](const Candidate &c) { return c.id == id; });
        if (existing == out.end())
            out.append({id, word, channel});
        else
            existing->channel = std::max(existing->channel, channel);
    }
}

QList<Candidate> CandidateGenerator::capitalSlips(const QString &word) const
{
    const QString key = text::exactKey(word);
    const LanguageModel::WordId self = m_lm.id(key);
    if (key.size() < 2 || (self != LanguageModel::kUnknown && m_lm.count(self) >= kRareWord))
        return {};
    QList<Candidate> out;
    for (QChar first : u"bcdđghklmnpqrstvx"_s) {
        if (first == key.front())
            continue;
        const QString other = first + key.mid(1);
        const LanguageModel::WordId id = m_lm.id(other);
        if (id != LanguageModel::kUnknown && m_lm.count(id) >= kCommonWord)
            out.append({id, other, -kCapitalSlip});
    }
    return out;
}

QList<Candidate> CandidateGenerator::abbreviationCandidates(const QString &token) const
{
    const QString folded = text::foldForSearch(token);
    QList<Candidate> out{{m_lm.id(token), token, 0}};
    const auto it = m_groups.constFind(folded);
    if (it == m_groups.cend())
        return out;
    for (LanguageModel::WordId id : *it) {
        QString word = m_lm.word(id);
        if (word == token || !word.contains(u'đ'))
            continue;
        QString plain = word;
        plain.replace(u'đ', u'd');
        if (plain == folded)
            out.append({id, word, 0});
    }
    // The most frequent spelling first, with a small prior for it: these parts have little context.
    std::stable_sort(out.begin(), out.end(),
        [this](const Candidate &a, const Candidate &b) { return m_lm.count(a.id) > m_lm.count(b.id); });
    for (qsizetype k = 1; k < out.size(); ++k)
        out[k].channel = -1.0f;
    // The spelling as typed, never seen in the corpus, against one with Đ that was ("DT" / "ĐT"): the language
    // model's probability of an unknown word is that of any foreign word, far more than of one rare abbreviation.
    for (Candidate &c : out) {
        if (c.id == LanguageModel::kUnknown && c.text == token)
            c.channel -= kUnseenAbbreviation;
    }
    return out.size() > 1 ? out : QList<Candidate>{};
}

void CandidateGenerator::rescoreWithChannel(const QString &token, QList<Candidate> &out) const
{
    const QString observed = text::nfc(token);
    if (const auto *sources = m_engChannel.wordSources(observed)) {
        for (const auto &[source, logProb] : *sources) {
            const LanguageModel::WordId id = m_lm.id(source);
            if (id == LanguageModel::kUnknown)
                continue;
            if (std::none_of(out.cbegin(), out.cend(), [id](const Candidate &c) { return c.id == id; }))
                out.append({id, source, 0});
        }
    }
    const bool lostVowel = hasNoVowel(observed);
    for (Candidate &c : out) {
        float channel = m_engChannel.logProb(c.text, observed);
        // Bold Times New Roman Đ is read as P (real scans: "Pai", "Pang"); our pages' fonts never show it.
        if (observed.startsWith(u'p') && c.text.startsWith(u'đ'))
            channel = std::max(channel, m_engChannel.logProb(c.text.mid(1), observed.mid(1)) - kPForD);
        // A vowel lost with its marks at the end of a word ("Đảng b", "thành ph"): real scans do it far more
        // often than our pages (seed 001: three in 779 words); the table's costs keep which vowels go.
        if (lostVowel && c.text.size() > observed.size() && text::foldForSearch(c.text).startsWith(observed))
            channel += kLostVowel;
        c.channel = channel;
    }
}

QList<Candidate> CandidateGenerator::candidates(const QString &token, Mode mode) const
{
    QList<Candidate> out;
    const QString exact = text::exactKey(token);
    const QString folded = text::foldForSearch(token);
    addGroup(folded, 0, exact, mode, out);

    if (mode == Mode::EngOcr && !m_engRules.empty()) {
        // Rewrite the observation with one or two channel rules and look each variant up.
        struct Variant
        {
            QString text;
            float cost;
        };
        std::vector<Variant> frontier{{folded, 0}};
        std::vector<Variant> all;
        for (int depth = 0; depth < 2 && all.size() < size_t(kMaxVariants); ++depth) {
            std::vector<Variant> next;
            for (const Variant &v : frontier) {
                for (const ChannelRule &rule : m_engRules) {
                    const qsizetype width = rule.observed.startsWith(u'^') ? 1 : rule.observed.size();
                    for (qsizetype at = 0; at + width <= v.text.size(); ++at) {
                        if (!ruleMatchesAt(rule, v.text, at))
                            continue;
                        QString rewritten = v.text;
                        rewritten.replace(at, width, rule.source);
                        next.push_back({rewritten, v.cost + rule.cost});
                        if (next.size() >= size_t(kMaxVariants))
                            break;
                    }
                }
            }
            all.insert(all.end(), next.begin(), next.end());
            frontier = std::move(next);
        }
        // A speck read as a letter ("cuo" for "cứ"): the observation with one character left out.
        if (folded.size() >= 3) {
            for (qsizetype at = 0; at < folded.size(); ++at)
                all.push_back({QString(folded).remove(at, 1), kInsertionCost});
        }
        // A vowel lost with its marks ("Đảng b tỉnh", "điện t", "thành ph"): consonants alone are no word.
        if (hasNoVowel(folded)) {
            for (QChar vowel : u"aeiouy"_s)
                all.push_back({folded + vowel, kInsertionCost});
        }
        for (const Variant &v : all)
            addGroup(v.text, v.cost, exact, mode, out);
        if (!m_engChannel.isEmpty())
            rescoreWithChannel(token, out);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const Candidate &a, const Candidate &b) { return a.channel > b.channel; });
    qsizetype keep = mode == Mode::EngOcr ? kMaxOcrCandidates : kMaxCandidates;
    // A reading far less likely than the best needs a language model far more certain than a trigram is.
    if (mode == Mode::EngOcr && !m_engChannel.isEmpty()) {
        while (keep > 1 && keep <= out.size() && out.at(keep - 1).channel < out.front().channel - kMaxChannelGap)
            --keep;
    }
    if (out.size() > keep)
        out.resize(keep);
    if (mode == Mode::EngOcr && !m_engChannel.isEmpty() && !out.isEmpty())
        addOneLetterEdits(token, folded, exact, out);
    return out;
}

void CandidateGenerator::addOneLetterEdits(
    const QString &token, const QString &folded, const QString &exact, QList<Candidate> &out) const
{
    // Heavy noise changes letters the table rarely saw changed ("tink" for "tỉnh", "hgay" for "ngày", "ten" for
    // "trên"): words one letter away, scored by the channel as the long shots they are. A few at most, after the
    // others, so they never crowd out likelier readings.
    if (folded.size() < 2 || folded.size() > kMaxEditLength
        || !std::all_of(folded.cbegin(), folded.cend(), [](QChar c) { return c >= u'a' && c <= u'z'; }))
        return;
    static const QString letters = u"abcdeghiklmnopqrstuvxy"_s;
    QList<Candidate> edits;
    for (qsizetype at = 0; at <= folded.size(); ++at) {
        for (QChar l : letters) {
            addGroup(QString(folded).insert(at, l), 0, exact, Mode::EngOcr, edits);
            if (at < folded.size() && folded.at(at) != l) {
                QString changed = folded;
                changed[at] = l;
                addGroup(changed, 0, exact, Mode::EngOcr, edits);
            }
        }
    }
    rescoreWithChannel(token, edits);
    edits.removeIf([&out](const Candidate &e) {
        return std::any_of(out.cbegin(), out.cend(), [&e](const Candidate &c) { return c.id == e.id; });
    });
    std::stable_sort(
        edits.begin(), edits.end(), [](const Candidate &a, const Candidate &b) { return a.channel > b.channel; });
    const float floor = out.front().channel - kMaxChannelGap;
    for (qsizetype k = 0; k < edits.size() && k < kMaxEditCandidates && edits.at(k).channel >= floor; ++k)
        out.append(edits.at(k));
}

} // namespace vt::repair
