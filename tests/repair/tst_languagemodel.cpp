// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vietnamese.h"
#include "repair/languagemodel.h"
#include "repair/lmtrainer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using vt::Error;
using vt::repair::LanguageModel;
using vt::repair::LmTrainer;
using vt::repair::LmTrainingOptions;
using WordId = LanguageModel::WordId;

namespace {

QStringList keys(const QList<vt::repair::LmToken> &tokens)
{
    QStringList out;
    for (const auto &t : tokens)
        out << t.key;
    return out;
}

// A few administrative sentences, repeated so that some trigrams are seen more than once and survive pruning.
const QString kTinyCorpus = uR"(CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH
Ủy ban nhân dân tỉnh ban hành quyết định số 84/2025/QĐ-UBND.
Ủy ban nhân dân tỉnh giao Sở Tài chính chủ trì, phối hợp với các sở, ngành.
Chủ tịch Ủy ban nhân dân các xã, phường chịu trách nhiệm thi hành Quyết định này.
Quyết định này có hiệu lực kể từ ngày ký; các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành.
Sở Tài chính hướng dẫn các cơ quan, đơn vị thực hiện.
)"_s;

QString wordKey(QStringView word)
{
    return vt::text::exactKey(word);
}

} // namespace

class TestLanguageModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lmTokens_data();
    void lmTokens();
    void lmTokensSpans();
    void sameKey_data();
    void sameKey();
    void vocabulary();
    void normalised_data();
    void normalised();
    void seenBeatsUnseen_data();
    void seenBeatsUnseen();
    void outOfRangeIds();
    void damagedFile_data();
    void damagedFile();
    void missingFile();
    void realModel_data();
    void realModel();
    void realModelNormalised();

private:
    // Trains the tiny model with the given trigram pruning threshold into m_dir; returns the path.
    QString trainTiny(quint32 minTrigramCount);
    std::shared_ptr<const LanguageModel> tiny(quint32 minTrigramCount = 1);
    std::shared_ptr<const LanguageModel> realModel_load();

    QTemporaryDir m_dir;
};

void TestLanguageModel::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

QString TestLanguageModel::trainTiny(quint32 minTrigramCount)
{
    LmTrainer trainer;
    trainer.addText(kTinyCorpus, vt::repair::LmSource::Core, 2);
    trainer.addText(
        u"Hướng dẫn sử dụng: bấm nút Lưu để lưu tài liệu. The file was saved."_s, vt::repair::LmSource::General);
    trainer.addVocabulary(u"khỏe"); // a lexicon syllable no text contains
    const QString path = m_dir.filePath(u"tiny-%1.lm"_s.arg(minTrigramCount));
    LmTrainingOptions options;
    options.minTrigramCount = minTrigramCount;
    const auto stats = trainer.write(path, options);
    if (!stats)
        qWarning() << stats.error().message << stats.error().detail;
    return stats ? path : QString();
}

std::shared_ptr<const LanguageModel> TestLanguageModel::tiny(quint32 minTrigramCount)
{
    const QString path = trainTiny(minTrigramCount);
    if (path.isEmpty())
        return {};
    auto model = LanguageModel::load(path);
    if (!model)
        qWarning() << model.error().message << model.error().detail;
    return model ? *model : nullptr;
}

void TestLanguageModel::lmTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("only punctuation") << u" ... \n - "_s << QStringList();
    QTest::newRow("syllables") << u"Ủy ban nhân dân"_s
                               << QStringList{u"uỷ"_s, u"ban"_s, u"nhân"_s, u"dân"_s, u"</s>"_s};
    QTest::newRow("word") << u"UBND tỉnh"_s << QStringList{u"ubnd"_s, u"tỉnh"_s, u"</s>"_s};
    QTest::newRow("number") << u"ngày 02/8/2024"_s << QStringList{u"ngày"_s, u"<num>"_s, u"</s>"_s};
    QTest::newRow("amount") << u"1.000.000 đồng"_s << QStringList{u"<num>"_s, u"đồng"_s, u"</s>"_s};
    QTest::newRow("reference") << u"số 84/2025/QĐ-UBND"_s
                               << QStringList{u"số"_s, u"<num>"_s, u"qđ"_s, u"ubnd"_s, u"</s>"_s};
    QTest::newRow("full stop") << u"Điều 1. Phạm vi"_s
                               << QStringList{u"điều"_s, u"<num>"_s, u"</s>"_s, u"phạm"_s, u"vi"_s, u"</s>"_s};
    QTest::newRow("colon") << u"Kính gửi: Sở"_s << QStringList{u"kính"_s, u"gửi"_s, u"</s>"_s, u"sở"_s, u"</s>"_s};
    QTest::newRow("? ! ;") << u"Hỏi? Đáp! Một; hai"_s
                           << QStringList{
                                  u"hỏi"_s, u"</s>"_s, u"đáp"_s, u"</s>"_s, u"một"_s, u"</s>"_s, u"hai"_s, u"</s>"_s};
    QTest::newRow("other punctuation skipped")
        << u"sở, ngành (nếu có) - “xã”"_s << QStringList{u"sở"_s, u"ngành"_s, u"nếu"_s, u"có"_s, u"xã"_s, u"</s>"_s};
    QTest::newRow("newline") << u"dòng một\ndòng hai"_s
                             << QStringList{u"dòng"_s, u"một"_s, u"</s>"_s, u"dòng"_s, u"hai"_s, u"</s>"_s};
    QTest::newRow("CRLF") << u"một\r\nhai"_s << QStringList{u"một"_s, u"</s>"_s, u"hai"_s, u"</s>"_s};
    QTest::newRow("one end per gap") << u"Xong./.\n\n\nTiếp"_s
                                     << QStringList{u"xong"_s, u"</s>"_s, u"tiếp"_s, u"</s>"_s};
    QTest::newRow("no leading end") << u"\n. Đầu"_s << QStringList{u"đầu"_s, u"</s>"_s};
    QTest::newRow("NFD input") << u"Hoa\u0300 Bi\u0300nh"_s << QStringList{u"hoà"_s, u"bình"_s, u"</s>"_s};
}

void TestLanguageModel::lmTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(keys(vt::repair::lmTokens(text)), expected);
}

void TestLanguageModel::lmTokensSpans()
{
    const QString text = u"Ủy ban, ngày 5.\nHết"_s;
    const auto tokens = vt::repair::lmTokens(text);
    QStringList spans;
    for (const auto &t : tokens)
        spans << (t.key == u"</s>" ? u"|%1,%2"_s.arg(t.begin).arg(t.length) : text.mid(t.begin, t.length));
    QCOMPARE(spans, (QStringList{u"Ủy"_s, u"ban"_s, u"ngày"_s, u"5"_s, u"|0,0"_s, u"Hết"_s, u"|0,0"_s}));
}

void TestLanguageModel::sameKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::newRow("old and new tone place") << u"Hòa"_s << u"hoà"_s;
    QTest::newRow("upper case") << u"THỦY"_s << u"thuỷ"_s;
    QTest::newRow("Ủy") << u"Ủy"_s << u"uỷ"_s;
    QTest::newRow("NFD") << u"Vie\u0302\u0323t"_s << u"Việt"_s;
}

void TestLanguageModel::sameKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    const auto ta = vt::repair::lmTokens(a);
    const auto tb = vt::repair::lmTokens(b);
    QCOMPARE(ta.size(), 2);
    QCOMPARE(keys(ta), keys(tb));
}

void TestLanguageModel::vocabulary()
{
    const auto lm = tiny();
    QVERIFY(lm);
    QCOMPARE(lm->id(u"<unk>"), LanguageModel::kUnknown);
    QCOMPARE(lm->id(u"<s>"), LanguageModel::kBegin);
    QCOMPARE(lm->id(u"</s>"), LanguageModel::kEnd);
    QCOMPARE(lm->id(u"<num>"), LanguageModel::kNumber);
    QCOMPARE(lm->word(LanguageModel::kBegin), u"<s>"_s);
    QCOMPARE(lm->id(u"xyzzy"), LanguageModel::kUnknown);
    QCOMPARE(lm->id(QStringView()), LanguageModel::kUnknown);
    QCOMPARE(lm->word(WordId(lm->vocabularySize())), QString());
    for (WordId id = 0; id < WordId(lm->vocabularySize()); ++id)
        QCOMPARE(lm->id(lm->word(id)), id); // every word round-trips
    // "Ủy" was trained in upper and lower case and old tone placement: one key, counted twice per line.
    const WordId uy = lm->id(wordKey(u"Ủy"));
    QVERIFY(uy != LanguageModel::kUnknown);
    QCOMPARE(lm->count(uy), 2u * 4u);
    // Vietnamese from a general text joins the vocabulary; its foreign words do not.
    QVERIFY(lm->id(u"lưu") != LanguageModel::kUnknown);
    QCOMPARE(lm->id(u"saved"), LanguageModel::kUnknown);
    // A lexicon word nobody wrote: present, count 0, a small but finite probability.
    const WordId khoe = lm->id(wordKey(u"khỏe"));
    QVERIFY(khoe != LanguageModel::kUnknown);
    QCOMPARE(lm->count(khoe), 0u);
    const float p = lm->logProb(LanguageModel::kBegin, LanguageModel::kBegin, khoe);
    QVERIFY(std::isfinite(p) && p < -3 && p > -30);
}

void TestLanguageModel::normalised_data()
{
    QTest::addColumn<quint32>("minTrigramCount");
    QTest::addColumn<QString>("context"); // two words, "<s>" allowed

    for (const quint32 prune : {1u, 2u, 3u}) {
        QTest::addRow("start, prune %u", prune) << prune << u"<s> <s>"_s;
        QTest::addRow("<s> ủy, prune %u", prune) << prune << u"<s> uỷ"_s;
        QTest::addRow("ủy ban, prune %u", prune) << prune << u"uỷ ban"_s;
        QTest::addRow("tài chính, prune %u", prune) << prune << u"tài chính"_s;
        QTest::addRow("unseen context, prune %u", prune) << prune << u"phường tài"_s;
        QTest::addRow("unknown context, prune %u", prune) << prune << u"<unk> <unk>"_s;
    }
}

void TestLanguageModel::normalised()
{
    QFETCH(quint32, minTrigramCount);
    QFETCH(QString, context);
    const auto lm = tiny(minTrigramCount);
    QVERIFY(lm);
    const QStringList words = context.split(u' ');
    const WordId u = lm->id(words[0]);
    const WordId v = lm->id(words[1]);
    double sum = 0;
    for (WordId w = 0; w < WordId(lm->vocabularySize()); ++w)
        sum += std::exp(double(lm->logProb(u, v, w)));
    QVERIFY2(std::abs(sum - 1.0) < 1e-2, qPrintable(u"sum %1"_s.arg(sum, 0, 'f', 6)));
}

void TestLanguageModel::seenBeatsUnseen_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("seen");
    QTest::addColumn<QString>("unseen");
    QTest::newRow("ủy ban nhân") << u"uỷ ban"_s << u"nhân"_s << u"chính"_s;
    QTest::newRow("sentence start") << u"<s> <s>"_s << u"uỷ"_s << u"hướng"_s;
    QTest::newRow("sở tài chính") << u"sở tài"_s << u"chính"_s << u"liệu"_s;
    QTest::newRow("thi hành") << u"chịu trách"_s << u"nhiệm"_s << u"thi"_s;
    QTest::newRow("end") << u"thực hiện"_s << u"</s>"_s << u"hiện"_s;
}

void TestLanguageModel::seenBeatsUnseen()
{
    QFETCH(QString, context);
    QFETCH(QString, seen);
    QFETCH(QString, unseen);
    const auto lm = tiny();
    QVERIFY(lm);
    const QStringList words = context.split(u' ');
    const WordId u = lm->id(words[0]);
    const WordId v = lm->id(words[1]);
    QVERIFY(lm->id(seen) != LanguageModel::kUnknown && lm->id(unseen) != LanguageModel::kUnknown);
    QCOMPARE_GT(lm->logProb(u, v, lm->id(seen)), lm->logProb(u, v, lm->id(unseen)));
}

void TestLanguageModel::outOfRangeIds()
{
    const auto lm = tiny();
    QVERIFY(lm);
    const WordId huge = 0xFFFFFFF0u;
    QCOMPARE(lm->logProb(huge, huge, huge),
        lm->logProb(LanguageModel::kUnknown, LanguageModel::kUnknown, LanguageModel::kUnknown));
    QCOMPARE(lm->count(huge), 0u);
}

void TestLanguageModel::damagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << u"empty"_s << int(Error::Corrupt);
    QTest::newRow("half a header") << u"truncate:40"_s << int(Error::Corrupt);
    QTest::newRow("header only") << u"truncate:header"_s << int(Error::Corrupt);
    QTest::newRow("last byte missing") << u"truncate:-1"_s << int(Error::Corrupt);
    QTest::newRow("half missing") << u"truncate:half"_s << int(Error::Corrupt);
    QTest::newRow("extra bytes") << u"append"_s << int(Error::Corrupt);
    QTest::newRow("bad magic") << u"flip:0"_s << int(Error::Corrupt);
    QTest::newRow("bad version") << u"flip:8"_s << int(Error::Corrupt);
    QTest::newRow("bad vocabulary size") << u"flip:32"_s << int(Error::Corrupt);
    QTest::newRow("bad quantisation") << u"flip:75"_s << int(Error::Corrupt);
    QTest::newRow("bad section offset") << u"flip:90"_s << int(Error::Corrupt);
    QTest::newRow("bad word offsets") << u"flip:230"_s << int(Error::Corrupt);
    QTest::newRow("bad table") << u"flip:-3"_s << int(Error::Corrupt);
    QTest::newRow("bad middle") << u"flip:half"_s << int(Error::Corrupt);
    QTest::newRow("text file") << u"text"_s << int(Error::Corrupt);
}

void TestLanguageModel::damagedFile()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    const QString good = trainTiny(1);
    QVERIFY(!good.isEmpty());
    QFile in(good);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    const auto position = [&](const QString &arg) -> qsizetype {
        if (arg == u"half")
            return bytes.size() / 2;
        if (arg == u"header")
            return sizeof(vt::repair::lmformat::Header);
        const qsizetype n = arg.toLongLong();
        return n < 0 ? bytes.size() + n : n;
    };
    const QString arg = damage.section(u':', 1);
    if (damage == u"empty")
        bytes.clear();
    else if (damage.startsWith(u"truncate"))
        bytes.truncate(position(arg));
    else if (damage == u"append")
        bytes.append(16, '\0');
    else if (damage.startsWith(u"flip"))
        bytes[position(arg)] = char(bytes[position(arg)] ^ 0x10);
    else if (damage == u"text")
        bytes = "VTLM-KN3 is not what this file is, it is just some text long enough to hold a header......."
                "....................................................................................";
    const QString path = m_dir.filePath(u"damaged.lm"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write(bytes);
    out.close();
    const auto model = LanguageModel::load(path);
    QVERIFY(!model);
    QCOMPARE(int(model.error().code), code);
    QVERIFY(!model.error().message.isEmpty());
}

void TestLanguageModel::missingFile()
{
    const auto model = LanguageModel::load(m_dir.filePath(u"no-such.lm"_s));
    QVERIFY(!model);
    QCOMPARE(model.error().code, Error::NotFound);
}

std::shared_ptr<const LanguageModel> TestLanguageModel::realModel_load()
{
    auto model = LanguageModel::load(QStringLiteral(VT_MODEL_PATH));
    return model ? *model : nullptr;
}

void TestLanguageModel::realModel_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("likely");
    QTest::addColumn<QString>("unlikely");
    QTest::newRow("<s> ủy ban") << u"<s> ủy"_s << u"ban"_s << u"bàn"_s;
    QTest::newRow("ủy ban nhân") << u"ủy ban"_s << u"nhân"_s << u"nhăn"_s;
    QTest::newRow("nhân dân tỉnh") << u"nhân dân"_s << u"tỉnh"_s << u"tinh"_s;
    QTest::newRow("cộng hòa xã") << u"cộng hòa"_s << u"xã"_s << u"xa"_s;
    QTest::newRow("căn cứ luật") << u"căn cứ"_s << u"luật"_s << u"lụt"_s;
    QTest::newRow("quyết định") << u"<s> quyết"_s << u"định"_s << u"đính"_s;
    QTest::newRow("tài chính") << u"sở tài"_s << u"chính"_s << u"chinh"_s;
    QTest::newRow("to end") << u"thi hành"_s << u"</s>"_s << u"hạnh"_s;
}

void TestLanguageModel::realModel()
{
    QFETCH(QString, context);
    QFETCH(QString, likely);
    QFETCH(QString, unlikely);
    if (!QFile::exists(QStringLiteral(VT_MODEL_PATH)))
        QSKIP("resources/repair/vi-syllables.lm is not built; run vanthu-train-lm");
    QElapsedTimer timer;
    timer.start();
    const auto loaded = LanguageModel::load(QStringLiteral(VT_MODEL_PATH));
    const qint64 ms = timer.elapsed();
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    const LanguageModel &lm = **loaded;
    if (QByteArray(QTest::currentDataTag()) == "<s> ủy ban")
        qInfo("model: %lld words, loaded in %lld ms", qint64(lm.vocabularySize()), ms);
    QCOMPARE_LT(ms, 300);
    QVERIFY(lm.vocabularySize() > 6000);

    const auto idOf = [&](const QString &w) { return w.startsWith(u'<') ? lm.id(w) : lm.id(wordKey(w)); };
    const QStringList words = context.split(u' ');
    const WordId u = idOf(words[0]);
    const WordId v = idOf(words[1]);
    QVERIFY(v != LanguageModel::kUnknown);
    QVERIFY(idOf(likely) != LanguageModel::kUnknown);
    QCOMPARE_GT(lm.logProb(u, v, idOf(likely)), lm.logProb(u, v, idOf(unlikely)));
}

void TestLanguageModel::realModelNormalised()
{
    if (!QFile::exists(QStringLiteral(VT_MODEL_PATH)))
        QSKIP("resources/repair/vi-syllables.lm is not built; run vanthu-train-lm");
    const auto lm = realModel_load();
    QVERIFY(lm);
    const WordId V = WordId(lm->vocabularySize());
    const WordId uy = lm->id(wordKey(u"ủy"));
    const WordId ban = lm->id(u"ban");
    const WordId contexts[][2] = {{LanguageModel::kBegin, LanguageModel::kBegin}, {LanguageModel::kBegin, uy},
        {uy, ban}, {ban, uy}, {LanguageModel::kUnknown, LanguageModel::kNumber}};
    for (const auto &c : contexts) {
        double sum = 0;
        for (WordId w = 0; w < V; ++w)
            sum += std::exp(double(lm->logProb(c[0], c[1], w)));
        QVERIFY2(std::abs(sum - 1.0) < 1e-2, qPrintable(u"sum %1"_s.arg(sum, 0, 'f', 6)));
    }

    // Every syllable of the hunspell lexicon can be proposed by the decoder.
    const QByteArray shared = qgetenv("VT_SHARED_DIR");
    QFile lexicon(QString::fromLocal8Bit(shared) + u"/corpus/lexicon/hunspell-vi-syllables.txt"_s);
    if (!shared.isEmpty() && lexicon.open(QIODevice::ReadOnly)) {
        const QStringList lines = QString::fromUtf8(lexicon.readAll()).split(u'\n', Qt::SkipEmptyParts);
        QStringList missing;
        for (const QString &line : lines) {
            if (lm->id(wordKey(line.trimmed())) == LanguageModel::kUnknown)
                missing << line;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.mid(0, 10).join(u' ')));
    }

    // Throughput on the decoder's access pattern: one context, every candidate of a folded syllable.
    QList<WordId> ids;
    for (WordId w = 4; w < V; w += 7)
        ids << w;
    QElapsedTimer timer;
    timer.start();
    float total = 0;
    qint64 calls = 0;
    for (int round = 0; round < 10; ++round) {
        for (qsizetype i = 2; i < ids.size(); ++i) {
            for (qsizetype k = 0; k < 64; ++k, ++calls)
                total += lm->logProb(ids[i - 2], ids[i - 1], ids[(i * 31 + k + round) % ids.size()]);
        }
    }
    const double ns = double(timer.nsecsElapsed()) / double(calls);
    qInfo("logProb: %.1f ns per call (%lld calls, checksum %g)", ns, calls, double(total));
    QVERIFY(ns < 2000); // a loose bound: catches a lookup gone linear, not a slow machine
}

QTEST_GUILESS_MAIN(TestLanguageModel)
#include "tst_languagemodel.moc"
