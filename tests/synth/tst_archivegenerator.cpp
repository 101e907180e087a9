// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "archivegenerator.h"
#include "textutil.h"

#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;
using vt::Dispatch;
using vt::synth::ArchiveGenerator;
using vt::synth::GeneratorOptions;

namespace {

bool isNfc(const QString &s)
{
    return s.normalized(QString::NormalizationForm_C) == s;
}

/// Every field the generator writes; Dispatch has no operator== of its own.
bool sameRecord(const Dispatch &a, const Dispatch &b)
{
    return a.direction == b.direction && a.arrivalDate == b.arrivalDate && a.issuer == b.issuer
        && a.issuerParent == b.issuerParent && a.number == b.number && a.notation == b.notation
        && a.reference == b.reference && a.place == b.place && a.issuedDate == b.issuedDate && a.type == b.type
        && a.summary == b.summary && a.addressees == b.addressees && a.recipients == b.recipients
        && a.signer == b.signer && a.signerTitle == b.signerTitle && a.signingAuthority == b.signingAuthority
        && a.urgency == b.urgency && a.confidentiality == b.confidentiality && a.dueDate == b.dueDate
        && a.handlingUnit == b.handlingUnit && a.handlingPerson == b.handlingPerson && a.instruction == b.instruction
        && a.status == b.status && a.notes == b.notes && a.pageCount == b.pageCount && a.fullText == b.fullText
        && a.citations == b.citations;
}

double share(int count, int total)
{
    return 100.0 * count / total;
}

} // namespace

class TestArchiveGenerator : public QObject
{
    Q_OBJECT

private slots:
    void tonePlacement_data();
    void tonePlacement();
    void determinism();
    void fieldsAreConsistent();
    void distributions();
    void bodySizeFollowsOption_data();
    void bodySizeFollowsOption();
    void vocabulary();
    void throughput();
};

void TestArchiveGenerator::tonePlacement_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hòa") << u"hòa giải"_s << u"hoà giải"_s;
    QTest::newRow("Thủy") << u"Nguyễn Thị Thủy"_s << u"Nguyễn Thị Thuỷ"_s;
    QTest::newRow("Ủy ban") << u"Ủy ban nhân dân"_s << u"Uỷ ban nhân dân"_s;
    QTest::newRow("capitals") << u"KHÁNH HÒA"_s << u"KHÁNH HOÀ"_s;
    QTest::newRow("khỏe") << u"sức khỏe."_s << u"sức khoẻ."_s;
    QTest::newRow("closed syllable") << u"hoàng thuyền toàn"_s << u"hoàng thuyền toàn"_s;
    QTest::newRow("quý") << u"quý III"_s << u"quý III"_s;
    QTest::newRow("end of text") << u"văn hóa"_s << u"văn hoá"_s;
}

void TestArchiveGenerator::tonePlacement()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    vt::synth::text::toNewTonePlacement(input);
    QCOMPARE(input, expected);
    QVERIFY(isNfc(input));
}

void TestArchiveGenerator::determinism()
{
    ArchiveGenerator a({.seed = 42});
    ArchiveGenerator b({.seed = 42});
    ArchiveGenerator c({.seed = 43});
    int differentFromOtherSeed = 0;
    for (int i = 0; i < 1000; ++i) {
        const Dispatch x = a.next();
        const Dispatch y = b.next();
        const Dispatch z = c.next();
        QVERIFY2(sameRecord(x, y), qPrintable(u"record %1 differs for the same seed"_s.arg(i)));
        if (x.fullText != z.fullText)
            ++differentFromOtherSeed;
    }
    QCOMPARE(differentFromOtherSeed, 1000);
}

void TestArchiveGenerator::fieldsAreConsistent()
{
    const GeneratorOptions options{.seed = 7, .firstYear = 2018, .lastYear = 2023, .bodyBytes = 2048};
    ArchiveGenerator generator(options);
    const QDate first(options.firstYear, 1, 1);
    const QDate last(options.lastYear, 12, 31);
    const QRegularExpression number(u"^\\d{2,}$"_s);
    QSet<QString> seen;
    int bodyOutliers = 0;
    for (int i = 0; i < 5000; ++i) {
        const Dispatch d = generator.next();
        const QString where = u"record %1 (%2 %3)"_s.arg(i).arg(d.type, d.reference);
        QCOMPARE(d.id, 0);
        QCOMPARE(d.arrivalNumber, 0);
        QVERIFY(!d.createdAt.isValid());

        QVERIFY2(number.match(d.number).hasMatch(), qPrintable(where));
        QVERIFY2(d.reference == d.number + u'/' + d.notation || d.reference == d.number + u'-' + d.notation,
            qPrintable(where));
        QVERIFY2(d.number.toInt() >= 10 || d.number.startsWith(u'0'), qPrintable(where));
        const QString key
            = d.issuerParent + u'|' + d.issuer + u'|' + d.reference + u'|' + QString::number(d.issuedDate.year());
        QVERIFY2(!seen.contains(key), qPrintable(u"duplicate số/ký hiệu: "_s + key));
        seen.insert(key);

        QVERIFY2(d.issuedDate >= first && d.issuedDate <= last, qPrintable(where));
        QVERIFY2(d.arrivalDate >= d.issuedDate && d.issuedDate.daysTo(d.arrivalDate) <= 7, qPrintable(where));
        if (d.dueDate.isValid())
            QVERIFY2(d.dueDate >= d.arrivalDate, qPrintable(where));
        QVERIFY(!d.issuer.isEmpty() && !d.place.isEmpty() && !d.type.isEmpty() && !d.signerTitle.isEmpty());
        QVERIFY2(d.signer.count(u' ') >= 2, qPrintable(d.signer));

        const int words = vt::synth::text::wordCount(d.summary);
        QVERIFY2(words >= 6 && words <= 30, qPrintable(where + u": "_s + d.summary));
        QVERIFY2(d.fullText.contains(d.summary), qPrintable(where));
        QVERIFY2(d.fullText.contains(d.reference), qPrintable(where));
        QVERIFY2(d.fullText.contains(d.signer), qPrintable(where));
        QVERIFY2(!d.fullText.contains(u'{'), qPrintable(where + u": unexpanded placeholder"_s));
        QVERIFY2(!d.fullText.contains(u"  "_s), qPrintable(where + u": double space"_s));
        QVERIFY2(d.addressees.size() <= 4, qPrintable(where));
        QVERIFY2(d.recipients.size() >= 2 && d.recipients.size() <= 6, qPrintable(where));
        QVERIFY2(d.recipients.back().startsWith(u"Lưu: VT, ") && d.recipients.back().endsWith(u'.'),
            qPrintable(d.recipients.back()));
        for (const vt::Citation &citation : d.citations) {
            QVERIFY2(d.fullText.contains(citation.reference), qPrintable(where + u": "_s + citation.reference));
            QVERIFY(citation.date.isValid() && citation.date < d.issuedDate);
            QVERIFY(!citation.issuer.isEmpty() && !citation.type.isEmpty());
        }

        for (const QString &text : {d.summary, d.fullText, d.issuer, d.issuerParent, d.signer, d.signerTitle,
                 d.notation, d.place, d.instruction, d.handlingUnit, d.notes})
            QVERIFY2(isNfc(text), qPrintable(where));
        for (const QString &text : d.addressees + d.recipients)
            QVERIFY2(isNfc(text), qPrintable(where));

        const qsizetype bytes = d.fullText.toUtf8().size();
        if (bytes < options.bodyBytes * 0.7 || bytes > options.bodyBytes * 1.3) {
            ++bodyOutliers;
            qWarning() << "body size" << bytes << "for" << d.type;
        }
    }
    QCOMPARE(bodyOutliers, 0);
}

void TestArchiveGenerator::distributions()
{
    ArchiveGenerator generator({.seed = 11});
    const int total = 10000;
    std::map<QString, int> types;
    int incoming = 0, urgent = 0, veryUrgent = 0, flash = 0, secret = 0, topSecret = 0, withCitation = 0;
    int deputy = 0, onBehalf = 0, byOrder = 0, delegated = 0, acting = 0, handled = 0, due = 0;
    QSet<QString> issuers;
    for (int i = 0; i < total; ++i) {
        const Dispatch d = generator.next();
        ++types[d.type];
        incoming += d.direction == vt::Direction::Incoming;
        urgent += d.urgency == vt::Urgency::Urgent;
        veryUrgent += d.urgency == vt::Urgency::VeryUrgent;
        flash += d.urgency == vt::Urgency::Flash;
        secret += d.confidentiality == vt::Confidentiality::Confidential;
        topSecret += d.confidentiality == vt::Confidentiality::Secret;
        deputy += d.signingAuthority == vt::SigningAuthority::Deputy;
        onBehalf += d.signingAuthority == vt::SigningAuthority::OnBehalf;
        byOrder += d.signingAuthority == vt::SigningAuthority::ByOrder;
        delegated += d.signingAuthority == vt::SigningAuthority::Delegated;
        acting += d.signingAuthority == vt::SigningAuthority::Acting;
        withCitation += !d.citations.isEmpty();
        handled += !d.handlingUnit.isEmpty();
        due += d.dueDate.isValid();
        issuers.insert(d.issuerParent + u'|' + d.issuer);
    }
    for (const auto &[type, count] : types)
        qInfo().noquote() << type << QString::number(share(count, total), 'f', 1) + u'%';
    qInfo() << "incoming" << share(incoming, total) << "% khẩn" << share(urgent, total) << "% thượng khẩn"
            << share(veryUrgent, total) << "% hỏa tốc" << share(flash, total) << "% mật" << share(secret, total)
            << "% tối mật" << share(topSecret, total) << "%";
    qInfo() << "KT" << share(deputy, total) << "% TM" << share(onBehalf, total) << "% TL" << share(byOrder, total)
            << "% TUQ" << share(delegated, total) << "% Q" << share(acting, total) << "% citing"
            << share(withCitation, total) << "% handled" << share(handled, total) << "% due" << share(due, total)
            << "% issuers" << issuers.size();

    auto near = [&](int count, double expected, double tolerance) {
        const double actual = share(count, total);
        return actual >= expected - tolerance && actual <= expected + tolerance;
    };
    QVERIFY(near(types[u"Công văn"_s], 45, 3));
    QVERIFY(near(types[u"Kế hoạch"_s], 12, 2));
    QVERIFY(near(types[u"Quyết định"_s], 12, 2));
    QVERIFY(near(types[u"Thông báo"_s] + types[u"Báo cáo"_s], 13.5, 2));
    QVERIFY(types.size() >= 15);
    QVERIFY(near(incoming, 85, 2));
    QVERIFY(near(urgent, 6, 1.5));
    QVERIFY(near(veryUrgent, 2, 1));
    QVERIFY(near(flash, 1, 0.8));
    QVERIFY(near(secret, 2, 1));
    QVERIFY(topSecret > 0 && topSecret < secret);
    QVERIFY(near(deputy, 40, 6));
    QVERIFY(near(onBehalf, 20, 6));
    QVERIFY(byOrder > 0 && delegated > 0 && acting > 0 && byOrder + delegated + acting < total / 10);
    QVERIFY(issuers.size() >= 35);
}

void TestArchiveGenerator::bodySizeFollowsOption_data()
{
    QTest::addColumn<int>("bodyBytes");
    QTest::newRow("512") << 512;
    QTest::newRow("1500") << 1500;
    QTest::newRow("4096") << 4096;
    QTest::newRow("16384") << 16384;
}

void TestArchiveGenerator::bodySizeFollowsOption()
{
    QFETCH(int, bodyBytes);
    ArchiveGenerator generator({.seed = 3, .bodyBytes = bodyBytes});
    qint64 sum = 0;
    int outliers = 0;
    const int total = 2000;
    for (int i = 0; i < total; ++i) {
        const qsizetype bytes = generator.next().fullText.toUtf8().size();
        sum += bytes;
        outliers += bytes < bodyBytes * 0.7 || bytes > bodyBytes * 1.3;
    }
    const double mean = double(sum) / total;
    qInfo() << "bodyBytes" << bodyBytes << "mean" << mean << "outside ±30%:" << outliers;
    QVERIFY(mean > bodyBytes * 0.85 && mean < bodyBytes * 1.15);
    QVERIFY(outliers <= total / 100);
}

void TestArchiveGenerator::vocabulary()
{
    // Search benchmarks need a realistic spread: a few syllables in nearly every record, many rare ones,
    // and both tone placements of the same word.
    ArchiveGenerator generator({.seed = 5});
    const int total = 10000;
    QHash<QString, int> documentFrequency;
    for (int i = 0; i < total; ++i) {
        const Dispatch d = generator.next();
        QSet<QString> syllables;
        const QString text = d.fullText.toLower();
        qsizetype start = -1;
        for (qsizetype j = 0; j <= text.size(); ++j) {
            const bool letter = j < text.size() && text[j].isLetter();
            if (letter && start < 0)
                start = j;
            if (!letter && start >= 0) {
                syllables.insert(text.sliced(start, j - start));
                start = -1;
            }
        }
        for (const QString &syllable : syllables)
            ++documentFrequency[syllable];
    }
    int rare = 0, common = 0;
    for (auto it = documentFrequency.cbegin(); it != documentFrequency.cend(); ++it) {
        rare += it.value() <= total / 1000;
        common += it.value() >= total / 2;
    }
    qInfo() << "distinct letter runs" << documentFrequency.size() << "in <=0.1% of records" << rare << "in >=50%"
            << common;
    for (const QString &probe : {u"chuyển"_s, u"đổi"_s, u"thiên"_s, u"tai"_s, u"ngoại"_s, u"ocop"_s, u"khmer"_s,
             u"san"_s, u"hô"_s, u"thuế"_s, u"casino"_s})
        qInfo().noquote() << probe << documentFrequency.value(probe);
    // Names, places and e-mail addresses keep the vocabulary growing with the archive, as in real registers.
    QVERIFY(documentFrequency.size() > 2000);
    QVERIFY(rare > 500);
    QVERIFY(common > 20);
    // Both placements of the same tone, in about the proportion the generator aims at (one in five new).
    for (const auto &[oldStyle, newStyle] :
        {std::pair{u"hóa"_s, u"hoá"_s}, std::pair{u"ủy"_s, u"uỷ"_s}, std::pair{u"hòa"_s, u"hoà"_s}}) {
        const int o = documentFrequency.value(oldStyle), n = documentFrequency.value(newStyle);
        qInfo().noquote() << oldStyle << o << newStyle << n;
        QVERIFY(n > 0 && o > 2 * n);
    }
}

void TestArchiveGenerator::throughput()
{
    ArchiveGenerator generator({.seed = 99});
    const int total = 100000;
    qint64 bytes = 0;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < total; ++i)
        bytes += generator.next().fullText.size();
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    qInfo() << "generated" << total << "records in" << ms << "ms:" << qint64(total * 1000.0 / ms) << "records/s,"
            << "estimated" << (ms * 10) / 1000 << "s for 1M (" << bytes / total << "UTF-16 units per fullText)";
}

QTEST_GUILESS_MAIN(TestArchiveGenerator)
#include "tst_archivegenerator.moc"
