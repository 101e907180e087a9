// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later

// vanthu-train-lm: rebuilds resources/repair/vi-syllables.lm from ../shared/corpus (see docs/repair-model.md).
// Train:      --corpus ../shared/corpus --split resources/repair/dev-split.txt --out resources/repair/vi-syllables.lm
// Make split: --make-split --corpus ../shared/corpus --split resources/repair/dev-split.txt
// Score:      --score --out MODEL "tại khoản 2 Điều 5" "tài khoản 2 Điều 5"
// Case table: --case-out resources/repair/case-prior.tsv --corpus ../shared/corpus --split
// resources/repair/dev-split.txt Evaluate:   --eval --corpus ../shared/corpus --split resources/repair/dev-split.txt
// --out MODEL [--hyp-dir DIR]
#include "core/vietnamese.h"
#include "repair/languagemodel.h"
#include "repair/lmtrainer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>
#include <vector>

using namespace Qt::StringLiterals;
using vt::repair::LanguageModel;
using vt::repair::LmSource;
using vt::repair::LmTrainer;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

QString readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

QStringList filesIn(const QString &dir, const QStringList &filters)
{
    QStringList files;
    const QDir d(dir);
    for (const QString &name : d.entryList(filters, QDir::Files, QDir::Name))
        files << d.filePath(name);
    return files;
}

QSet<QString> readSplit(const QString &path)
{
    QSet<QString> ids;
    const QStringList lines = readText(path).split(u'\n');
    for (const QString &line : lines) {
        const QString id = line.trimmed();
        if (!id.isEmpty() && !id.startsWith(u'#'))
            ids.insert(id);
    }
    return ids;
}

// --- the held-out split ------------------------------------------------------------------------------------

// The issuing body as a grouping key. Provincial bodies (people's committee, council, chairman, the provincial
// tax office) group by province, as the gold records do ("Tỉnh Hà Tĩnh"), because they share names and places.
QString issuerKey(const QString &name)
{
    QString key = vt::text::exactKey(name.simplified());
    for (const QString &place : {u"tỉnh "_s, u"thành phố "_s}) {
        const qsizetype at = key.indexOf(place);
        if (at >= 0)
            return key.mid(at);
    }
    if (key.contains(u"cục thuế"_s))
        return u"cục thuế"_s;
    return key;
}

// The agency line of a document's header: what precedes "CỘNG HÒA XÃ HỘI…" on its line, else the line before.
// Documents with no agency line fall back to the suffix of their reference ("…/NĐ-CP" → Chính phủ).
QString headerIssuer(const QString &text)
{
    const QStringList lines = text.split(u'\n').mid(0, 12);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const qsizetype at = vt::text::exactKey(lines[i]).indexOf(u"cộng hoà xã hội"_s);
        if (at < 0)
            continue;
        QString name = at > 0 ? lines[i].left(at) : i > 0 ? lines[i - 1] : QString();
        name = name.section(u"Số:"_s, 0, 0);
        static const QRegularExpression trailing(u"[-_\\s]+$"_s);
        name.remove(trailing);
        if (!name.trimmed().isEmpty())
            return name;
        break;
    }
    static const QRegularExpression reference(u"Số:\\s*\\S+-([A-Za-z]+)"_s);
    const QRegularExpressionMatch m = reference.match(text.left(2000));
    if (m.hasMatch()) {
        const QString code = m.captured(1);
        return code == u"CP"_s ? u"Chính phủ"_s : code == u"TTg"_s ? u"Thủ tướng Chính phủ"_s : code;
    }
    return u"?"_s;
}

int makeSplit(const QString &corpus, const QString &fieldsPath, const QString &splitPath)
{
    QHash<QString, QString> goldIssuer;
    const QStringList records = readText(fieldsPath).split(u'\n', Qt::SkipEmptyParts);
    for (const QString &line : records) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        const QString issuer = o.value(u"noi_ban_hanh").toString();
        if (!issuer.isEmpty())
            goldIssuer.insert(o.value(u"doc").toString(), issuer);
    }
    std::map<QString, QStringList> groups;
    const QStringList files = filesIn(corpus + u"/admin"_s, {u"*.txt"_s});
    for (const QString &path : files) {
        const QString doc = QFileInfo(path).completeBaseName();
        const QString issuer = goldIssuer.value(doc, headerIssuer(readText(path)));
        groups[issuerKey(issuer)] << doc;
    }
    // Groups in the order of a hash of their key: arbitrary but fixed, and independent of group size.
    std::vector<std::pair<QByteArray, QString>> order;
    for (const auto &[key, docs] : groups)
        order.push_back({QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1).toHex(), key});
    std::sort(order.begin(), order.end());
    const qsizetype total = files.size();
    const qsizetype target = qRound(0.20 * total);
    const qsizetype ceiling = qCeil(0.22 * total);
    QStringList held;
    QStringList heldGroups;
    for (const auto &[hash, key] : order) {
        const QStringList &docs = groups[key];
        if (held.size() >= target)
            break;
        if (held.size() + docs.size() > ceiling)
            continue; // a group that would overshoot is skipped whole, never split
        held << docs;
        heldGroups << u"#   %1 (%2)"_s.arg(key).arg(docs.size());
    }
    held.sort();
    QFile f(splitPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << "cannot write " << splitPath << Qt::endl;
        return 1;
    }
    QTextStream s(&f);
    s << "# Held-out development split of ../shared/corpus/admin for the repair language model.\n"
      << "# Made by: vanthu-train-lm --make-split --corpus ../shared/corpus --split " << QFileInfo(splitPath).fileName()
      << "\n# Documents are grouped by issuer (noi_ban_hanh of ../shared/dev/admin-fields.jsonl, else the header's\n"
      << "# agency line; provincial bodies by province); groups are taken whole, in SHA-1 order of the group key,\n"
      << "# skipping any that would pass 22%, until 20% of the documents are held out.\n"
      << "# Held out: " << held.size() << " of " << total << " documents, " << heldGroups.size() << " of "
      << groups.size() << " issuers:\n"
      << heldGroups.join(u'\n') << "\n"
      << held.join(u'\n') << "\n";
    out() << "held out " << held.size() << " of " << total << " documents (" << heldGroups.size() << " of "
          << groups.size() << " issuers) → " << splitPath << Qt::endl;
    return 0;
}

// --- training ------------------------------------------------------------------------------------------------

void collectPlaceNames(const QJsonValue &v, QStringList &names)
{
    if (v.isArray()) {
        for (const QJsonValue &item : v.toArray())
            collectPlaceNames(item, names);
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(u"FullName").toString();
        if (!name.isEmpty())
            names << name;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it->isArray())
                collectPlaceNames(*it, names);
        }
    }
}

void addPlaceNames(LmTrainer &trainer, const QJsonValue &v)
{
    QStringList names;
    collectPlaceNames(v, names);
    for (const QString &name : names)
        trainer.addText(name, LmSource::Core);
}

// The 2021 and 2023 editions of the legal corpus share most laws word for word. Counting a paragraph twice would
// halve the singletons Kneser-Ney estimates its discounts from and overweight old laws, so a long paragraph
// (60+ characters; short ones like "Điều 1. Phạm vi điều chỉnh" recur legitimately) is counted once.
QString withoutRepeatedParagraphs(const QString &text, QSet<QString> &seen)
{
    QStringList kept;
    const QStringList lines = text.split(u'\n');
    for (const QString &line : lines) {
        const QString paragraph = line.simplified();
        if (paragraph.size() >= 60) {
            if (seen.contains(paragraph))
                continue;
            seen.insert(paragraph);
        }
        kept << line;
    }
    return kept.join(u'\n');
}

QString discountText(const double (&d)[3])
{
    return u"%1 %2 %3"_s.arg(d[0], 0, 'f', 3).arg(d[1], 0, 'f', 3).arg(d[2], 0, 'f', 3);
}

// --- the case table --------------------------------------------------------------------------------------------

/// How often each word is capitalised inside a sentence (not its first word), over the training documents (laws
/// and administrative documents outside the held-out split): "Thị" in names nearly always, "thì" never. Words in
/// capitals ("CỘNG HÒA") count neither way. The repairer uses it as a prior for capitalised OCR tokens.
int writeCaseTable(const QString &corpus, const QSet<QString> &heldOut, const QString &outPath)
{
    QHash<QString, std::pair<quint32, quint32>> counts; // key → (capitalised, occurrences)
    const auto count = [&counts](const QString &text) {
        const QList<vt::repair::LmToken> tokens = vt::repair::lmTokens(text);
        for (qsizetype i = 1; i < tokens.size(); ++i) {
            const vt::repair::LmToken &t = tokens[i];
            const QString &previous = tokens[i - 1].key;
            if (t.length == 0 || t.key.startsWith(u'<') || previous == u"</s>")
                continue;
            const QStringView word = QStringView(text).mid(t.begin, t.length);
            const qsizetype upper = std::count_if(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
            if (upper > 1)
                continue;
            auto &[capitalised, occurrences] = counts[t.key];
            capitalised += upper == 1 && word.front().isUpper();
            ++occurrences;
        }
    };
    for (const QString &path : filesIn(corpus + u"/laws"_s, {u"*.txt"_s}))
        count(readText(path));
    for (const QString &path : filesIn(corpus + u"/admin"_s, {u"*.txt"_s})) {
        if (!heldOut.contains(QFileInfo(path).completeBaseName()))
            count(readText(path));
    }
    // Place names are proper names wherever they occur ("tỉnh Kiên Giang"), even those the documents never
    // mention: each name counts once, its first word ("Phường", "Tỉnh") left out ("Phường Phúc Xá" → "Phúc", "Xá").
    QFile units(corpus + u"/lexicon/vn-admin-units-2025-03.json"_s);
    if (units.open(QIODevice::ReadOnly)) {
        QStringList names;
        collectPlaceNames(QJsonDocument::fromJson(units.readAll()).array(), names);
        for (const QString &name : names)
            count(name);
    }
    QStringList keys;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it->second >= 2)
            keys << it.key();
    }
    keys.sort();
    QFile f(outPath);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << "cannot write " << outPath << Qt::endl;
        return 1;
    }
    QTextStream s(&f);
    s << "# How often each word is capitalised inside a sentence in the training documents (laws, and the\n"
      << "# administrative documents outside dev-split.txt); words seen at least twice there. Made by\n"
      << "# vanthu-train-lm --case-out case-prior.tsv; see docs/repair-model.md.\n"
      << "word\tcapitalised\toccurrences\n";
    for (const QString &key : keys)
        s << key << '\t' << counts[key].first << '\t' << counts[key].second << '\n';
    out() << "case table: " << keys.size() << " words → " << outPath << Qt::endl;
    return 0;
}

struct TrainSettings
{
    bool dedupLaws = true;
    int lawWeight = 1;
    int adminWeight = 1;
    int generalWeight = 0;
    vt::repair::LmTrainingOptions options;
};

int train(const QString &corpus, const QSet<QString> &heldOut, const QString &outPath, const TrainSettings &s)
{
    QElapsedTimer timer;
    timer.start();
    LmTrainer trainer;
    qsizetype laws = 0;
    qsizetype admin = 0;
    qsizetype general = 0;
    QSet<QString> seen;
    for (const QString &path : filesIn(corpus + u"/laws"_s, {u"*.txt"_s})) {
        const QString text = readText(path);
        trainer.addText(s.dedupLaws ? withoutRepeatedParagraphs(text, seen) : text, LmSource::Core, s.lawWeight);
        ++laws;
    }
    for (const QString &path : filesIn(corpus + u"/admin"_s, {u"*.txt"_s})) {
        if (s.adminWeight <= 0 || heldOut.contains(QFileInfo(path).completeBaseName()))
            continue;
        trainer.addText(readText(path), LmSource::Core, s.adminWeight);
        ++admin;
    }
    for (const QString &path : filesIn(corpus + u"/software-docs"_s, {u"*"_s})) {
        if (s.generalWeight <= 0)
            break;
        trainer.addText(readText(path), LmSource::General, s.generalWeight);
        ++general;
    }
    const QStringList lexicon = readText(corpus + u"/lexicon/hunspell-vi-syllables.txt"_s).split(u'\n');
    for (const QString &word : lexicon)
        trainer.addVocabulary(word);
    QFile units(corpus + u"/lexicon/vn-admin-units-2025-03.json"_s);
    if (units.open(QIODevice::ReadOnly))
        addPlaceNames(trainer, QJsonDocument::fromJson(units.readAll()).array());
    if (laws == 0) {
        err() << "no corpus under " << corpus << Qt::endl;
        return 1;
    }
    out() << "read " << laws << " laws, " << admin << " administrative documents (" << heldOut.size() << " held out), "
          << general << " general files in " << timer.elapsed() << " ms" << Qt::endl;

    const auto stats = trainer.write(outPath, s.options);
    if (!stats) {
        err() << stats.error().message << " " << stats.error().detail << Qt::endl;
        return 1;
    }
    out() << "tokens " << stats->tokens << ", sentences " << stats->sentences << "\n"
          << "vocabulary " << stats->vocabulary << "\n"
          << "bigrams " << stats->keptBigrams << " kept of " << stats->bigrams << "\n"
          << "trigrams " << stats->keptTrigrams << " kept of " << stats->trigrams << "\n"
          << "discounts (D1 D2 D3+) " << discountText(stats->discounts[0]) << " / " << discountText(stats->discounts[1])
          << " / " << discountText(stats->discounts[2]) << "\n"
          << "file " << outPath << ": " << stats->fileSize << " bytes ("
          << QString::number(stats->fileSize / 1048576.0, 'f', 1) << " MiB)\n"
          << "time " << timer.elapsed() << " ms" << Qt::endl;
    return 0;
}

// --- quick evaluation: restore diacritic-stripped held-out documents with a trigram Viterbi -------------------

// The chosen word in the letter case of the input ("UBND" stays upper, "Ha" → "Hà").
QString withCaseOf(const QString &word, QStringView input)
{
    if (word.isEmpty())
        return input.toString();
    QString result = word;
    if (word.size() == input.size()) {
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (input[i].isUpper())
                result[i] = result[i].toUpper();
        }
    } else if (input.toString() == input.toString().toUpper()) {
        result = result.toUpper();
    } else if (!input.isEmpty() && input[0].isUpper()) {
        result[0] = result[0].toUpper();
    }
    return result;
}

class Restorer
{
public:
    explicit Restorer(const LanguageModel &lm) : m_lm(lm)
    {
        for (LanguageModel::WordId id = 4; id < LanguageModel::WordId(lm.vocabularySize()); ++id)
            m_byFold[vt::text::foldForSearch(lm.word(id))].append(id);
    }

    QString restore(const QString &input) const
    {
        const QList<vt::repair::LmToken> tokens = vt::repair::lmTokens(input);
        QString result;
        qsizetype copied = 0;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= tokens.size(); ++i) {
            if (i < tokens.size() && tokens[i].key != u"</s>")
                continue;
            const QList<vt::repair::LmToken> sentence = tokens.mid(start, i - start);
            const std::vector<QString> words = decode(sentence);
            for (qsizetype k = 0; k < sentence.size(); ++k) {
                result += QStringView(input).sliced(copied, sentence[k].begin - copied);
                const QStringView span = QStringView(input).sliced(sentence[k].begin, sentence[k].length);
                result += withCaseOf(words[size_t(k)], span);
                copied = sentence[k].begin + sentence[k].length;
            }
            start = i + 1;
        }
        result += QStringView(input).sliced(copied);
        return result;
    }

    /// logProb() calls so far, to report the model's speed.
    quint64 calls() const { return m_calls; }

private:
    // The best word sequence under the model (a trigram Viterbi over every vocabulary word with the token's
    // diacritic-free spelling), in the vocabulary's lower case.
    std::vector<QString> decode(const QList<vt::repair::LmToken> &sentence) const
    {
        using WordId = LanguageModel::WordId;
        const size_t n = size_t(sentence.size());
        if (n == 0)
            return {};
        std::vector<QList<WordId>> cands(n);
        for (size_t i = 0; i < n; ++i) {
            const QString &key = sentence[qsizetype(i)].key;
            cands[i] = key == u"<num>" ? QList<WordId>{LanguageModel::kNumber} : m_byFold.value(key);
            if (cands[i].isEmpty())
                cands[i] = {m_lm.id(key)};
        }
        const QList<WordId> begin{LanguageModel::kBegin};
        const auto at = [&](qsizetype i) -> const QList<WordId> & { return i < 0 ? begin : cands[size_t(i)]; };
        // score[x][y]: best log-probability of a path ending in candidate x at i-1 and y at i.
        std::vector<std::vector<float>> score(1, std::vector<float>(size_t(at(0).size())));
        std::vector<std::vector<std::vector<int>>> back(n);
        for (qsizetype y = 0; y < at(0).size(); ++y)
            score[0][size_t(y)] = m_lm.logProb(LanguageModel::kBegin, LanguageModel::kBegin, at(0)[y]);
        for (qsizetype i = 1; i < qsizetype(n); ++i) {
            const auto &xs = at(i - 2);
            const auto &ys = at(i - 1);
            const auto &zs = at(i);
            std::vector<std::vector<float>> next(size_t(ys.size()), std::vector<float>(size_t(zs.size()), -1e30f));
            back[size_t(i)].assign(size_t(ys.size()), std::vector<int>(size_t(zs.size()), 0));
            m_calls += quint64(xs.size() * ys.size() * zs.size());
            for (qsizetype x = 0; x < xs.size(); ++x) {
                for (qsizetype y = 0; y < ys.size(); ++y) {
                    const float base = score[size_t(x)][size_t(y)];
                    for (qsizetype z = 0; z < zs.size(); ++z) {
                        const float s = base + m_lm.logProb(xs[x], ys[y], zs[z]);
                        if (s > next[size_t(y)][size_t(z)]) {
                            next[size_t(y)][size_t(z)] = s;
                            back[size_t(i)][size_t(y)][size_t(z)] = int(x);
                        }
                    }
                }
            }
            score = std::move(next);
        }
        const qsizetype last = qsizetype(n) - 1;
        float best = -1e30f;
        int bx = 0;
        int by = 0;
        for (qsizetype x = 0; x < at(last - 1).size(); ++x) {
            for (qsizetype y = 0; y < at(last).size(); ++y) {
                const float s
                    = score[size_t(x)][size_t(y)] + m_lm.logProb(at(last - 1)[x], at(last)[y], LanguageModel::kEnd);
                if (s > best) {
                    best = s;
                    bx = int(x);
                    by = int(y);
                }
            }
        }
        std::vector<int> chosen(n);
        chosen[n - 1] = by;
        if (n >= 2)
            chosen[n - 2] = bx;
        for (size_t i = n - 1; i >= 2; --i)
            chosen[i - 2] = back[i][size_t(chosen[i - 1])][size_t(chosen[i])];
        std::vector<QString> words(n);
        for (size_t i = 0; i < n; ++i) {
            const WordId id = cands[i][chosen[i]];
            // Numbers and unknown words keep their input text (an empty word tells restore() so).
            if (sentence[qsizetype(i)].key != u"<num>" && id != LanguageModel::kUnknown)
                words[i] = m_lm.word(id);
        }
        return words;
    }

    const LanguageModel &m_lm;
    QHash<QString, QList<LanguageModel::WordId>> m_byFold;
    mutable quint64 m_calls = 0;
};

int evaluate(const QString &corpus, const QSet<QString> &heldOut, const QString &modelPath, const QString &hypDir)
{
    QElapsedTimer timer;
    timer.start();
    const auto model = LanguageModel::load(modelPath);
    if (!model) {
        err() << model.error().message << " " << model.error().detail << Qt::endl;
        return 1;
    }
    out() << "loaded " << modelPath << " in " << timer.elapsed() << " ms" << Qt::endl;
    const Restorer restorer(**model);
    QDir().mkpath(hypDir);
    QFile hypFile(hypDir + u"/hyp.txt"_s);
    QFile goldFile(hypDir + u"/gold.txt"_s);
    if (!hypFile.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || !goldFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << "cannot write to " << hypDir << Qt::endl;
        return 1;
    }
    qint64 words = 0;
    qint64 correct = 0;
    timer.restart();
    QStringList ids = heldOut.values();
    ids.sort();
    for (const QString &id : ids) {
        const QString gold = vt::text::nfc(readText(corpus + u"/admin/"_s + id + u".txt"_s));
        const QString input = vt::text::stripDiacritics(gold);
        const QString cased = restorer.restore(input);
        hypFile.write(cased.toUtf8() + '\n');
        goldFile.write(gold.toUtf8() + '\n');
        const auto g = vt::repair::lmTokens(gold);
        const auto h = vt::repair::lmTokens(cased);
        if (g.size() != h.size())
            continue;
        for (qsizetype i = 0; i < g.size(); ++i) {
            if (g[i].key == u"</s>" || g[i].key == u"<num>")
                continue;
            ++words;
            correct += g[i].key == h[i].key;
        }
    }
    out() << "restored " << ids.size() << " documents in " << timer.elapsed() << " ms, " << restorer.calls()
          << " logProb() calls\n"
          << "word accuracy (case-insensitive, this tool) " << QString::number(100.0 * correct / qMax(words, 1), 'f', 2)
          << "% of " << words << "\n"
          << "official: ../shared/tools/score-repair " << hypFile.fileName() << " " << goldFile.fileName() << Qt::endl;
    return 0;
}

/// Prints each word's log-probability under the model, sentence by sentence, to see why the decoder chose as it
/// did ("tại khoản 2" against "tài khoản 2").
int score(const QString &modelPath, const QStringList &texts)
{
    auto model = LanguageModel::load(modelPath);
    if (!model) {
        err() << "cannot load " << modelPath << Qt::endl;
        return 1;
    }
    const LanguageModel &lm = **model;
    for (const QString &text : texts) {
        LanguageModel::WordId prev2 = LanguageModel::kBegin, prev1 = LanguageModel::kBegin;
        double total = 0;
        for (const vt::repair::LmToken &t : vt::repair::lmTokens(text)) {
            const LanguageModel::WordId id = t.key == u"<num>" ? LanguageModel::kNumber : lm.id(t.key);
            const float lp = lm.logProb(prev2, prev1, id);
            total += lp;
            out() << t.key << (id == LanguageModel::kUnknown ? "(unk)" : "") << ' ' << QString::number(lp, 'f', 2)
                  << "  ";
            prev2 = prev1;
            prev1 = id;
            if (id == LanguageModel::kEnd)
                prev2 = prev1 = LanguageModel::kBegin;
        }
        out() << "| total " << QString::number(total, 'f', 2) << Qt::endl;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"vanthu-train-lm"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Builds the syllable trigram model of the repair stage."_s);
    parser.addHelpOption();
    const QCommandLineOption optCorpus(u"corpus"_s, u"The shared corpus directory."_s, u"dir"_s, u"../shared/corpus"_s);
    const QCommandLineOption optSplit(u"split"_s, u"Held-out document ids (excluded from training)."_s, u"file"_s,
        u"resources/repair/dev-split.txt"_s);
    const QCommandLineOption optOutPath(
        u"out"_s, u"The model file to write (or evaluate)."_s, u"file"_s, u"resources/repair/vi-syllables.lm"_s);
    const QCommandLineOption optMakeSplit(u"make-split"_s, u"Write the held-out split by issuer, then stop."_s);
    const QCommandLineOption optFields(u"fields"_s, u"Gold records naming each document's issuer."_s, u"file"_s);
    const QCommandLineOption optEval(u"eval"_s, u"Restore the stripped held-out documents with the model."_s);
    const QCommandLineOption optHypDir(u"hyp-dir"_s, u"Where --eval writes hyp.txt and gold.txt."_s, u"dir"_s,
        QDir::tempPath() + u"/vanthu-lm-eval"_s);
    const QCommandLineOption optAdminWeight(u"admin-weight"_s, u"Count administrative text N times."_s, u"N"_s, u"1"_s);
    const QCommandLineOption optGeneralWeight(
        u"general-weight"_s, u"Weight of software docs (0, the default: skip)."_s, u"N"_s, u"0"_s);
    const QCommandLineOption optMinTrigram(u"min-trigram"_s, u"Prune trigrams seen fewer times."_s, u"N"_s, u"1"_s);
    const QCommandLineOption optMinBigram(u"min-bigram"_s, u"Prune bigrams seen fewer times."_s, u"N"_s, u"1"_s);
    const QCommandLineOption optKeepRepeats(
        u"keep-repeated-law-paragraphs"_s, u"Count law paragraphs repeated across editions every time."_s);
    const QCommandLineOption optCaseOut(
        u"case-out"_s, u"Write the capitalisation table (case-prior.tsv) instead of the model."_s, u"file"_s);
    const QCommandLineOption optScore(
        u"score"_s, u"Print the model's log-probabilities of each word of the texts given."_s);
    parser.addPositionalArgument(u"texts"_s, u"With --score: the texts to score."_s, u"[text...]"_s);
    parser.addOptions({optScore, optCaseOut, optKeepRepeats, optCorpus, optSplit, optOutPath, optMakeSplit, optFields,
        optEval, optHypDir, optAdminWeight, optGeneralWeight, optMinTrigram, optMinBigram});
    parser.process(app);

    const QString corpusDir = parser.value(optCorpus);
    if (parser.isSet(optScore))
        return score(parser.value(optOutPath), parser.positionalArguments());
    if (parser.isSet(optMakeSplit)) {
        const QString fieldsPath
            = parser.isSet(optFields) ? parser.value(optFields) : corpusDir + u"/../dev/admin-fields.jsonl"_s;
        return makeSplit(corpusDir, fieldsPath, parser.value(optSplit));
    }
    const QSet<QString> heldOut = readSplit(parser.value(optSplit));
    if (heldOut.isEmpty()) {
        err() << "no held-out ids in " << parser.value(optSplit) << Qt::endl;
        return 1;
    }
    if (parser.isSet(optCaseOut))
        return writeCaseTable(corpusDir, heldOut, parser.value(optCaseOut));
    if (parser.isSet(optEval))
        return evaluate(corpusDir, heldOut, parser.value(optOutPath), parser.value(optHypDir));
    TrainSettings s;
    s.dedupLaws = !parser.isSet(optKeepRepeats);
    s.adminWeight = parser.value(optAdminWeight).toInt();
    s.generalWeight = parser.value(optGeneralWeight).toInt();
    s.options.minTrigramCount = parser.value(optMinTrigram).toUInt();
    s.options.minBigramCount = parser.value(optMinBigram).toUInt();
    return train(corpusDir, heldOut, parser.value(optOutPath), s);
}
