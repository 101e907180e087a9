// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// vanthu-bench: measures the store on synthetic archives. Not a test: it prints figures for
// docs/benchmarks.md.
//
//   vanthu-bench generate --db FILE --count N [--seed S]   generate N dispatches and load them
//   vanthu-bench search   --db FILE [--rounds R]            p50/p95 over a fixed query mix
//   vanthu-bench repair   [--count N] [--model DIR]         restoring stripped text: syllables/s on one core

#include "synth/archivegenerator.h"

#include "core/logging.h"
#include "core/tokenizer.h"
#include "core/vietnamese.h"
#include "store/dispatchstore.h"
#include "store/search.h"
#include "repair/repairer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

qint64 fileSize(const QString &path)
{
    qint64 total = QFileInfo(path).size();
    for (const char *suffix : {"-wal", "-shm"})
        total += QFileInfo(path + QLatin1StringView(suffix)).size();
    return total;
}

qint64 rawTextBytes(const vt::Dispatch &d)
{
    qint64 n = d.fullText.toUtf8().size();
    for (const QString &s : {d.issuer, d.issuerParent, d.reference, d.place, d.type, d.summary, d.signer,
                             d.signerTitle, d.handlingUnit, d.instruction, d.notes})
        n += s.toUtf8().size();
    for (const QString &s : d.addressees + d.recipients)
        n += s.toUtf8().size();
    return n;
}

int generate(const QString &path, qint64 count, quint64 seed)
{
    if (QFileInfo::exists(path)) {
        std::fprintf(stderr, "vanthu-bench: %s exists; give a new file.\n", qPrintable(path));
        return 1;
    }
    auto db = vt::store::Database::open(path, {.fullSync = false});
    if (!db) {
        std::fprintf(stderr, "vanthu-bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    db->connection().exec("PRAGMA cache_size = -262144"); // 256 MB while loading
    vt::store::DispatchStore store(*db);
    vt::synth::ArchiveGenerator generator({.seed = seed});

    constexpr int kBatch = 5000;
    qint64 rawBytes = 0;
    qint64 genNs = 0;
    QElapsedTimer total;
    total.start();
    for (qint64 done = 0; done < count;) {
        QList<vt::Dispatch> batch;
        const qint64 n = std::min<qint64>(kBatch, count - done);
        batch.reserve(n);
        QElapsedTimer g;
        g.start();
        for (qint64 i = 0; i < n; ++i) {
            batch.append(generator.next());
            rawBytes += rawTextBytes(batch.back());
        }
        genNs += g.nsecsElapsed();
        if (auto r = store.addBatch(batch); !r) {
            std::fprintf(stderr, "vanthu-bench: %s\n", qPrintable(r.error().message));
            return 1;
        }
        done += n;
        if (done % 100000 == 0 || done == count)
            std::fprintf(stderr, "  %lld records, %.0f s\n", static_cast<long long>(done), total.elapsed() / 1000.0);
    }
    const double loadSeconds = total.elapsed() / 1000.0;
    QElapsedTimer opt;
    opt.start();
    db->connection().exec("INSERT INTO dispatch_fts (dispatch_fts) VALUES ('optimize')");
    db->connection().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    const double optimizeSeconds = opt.elapsed() / 1000.0;
    const qint64 dbBytes = fileSize(path);

    std::printf("records            %lld\n", static_cast<long long>(count));
    std::printf("generate+load      %.1f s (%.0f records/s; generation alone %.1f s)\n", loadSeconds,
                count / loadSeconds, genNs / 1e9);
    std::printf("fts optimize       %.1f s\n", optimizeSeconds);
    std::printf("total              %.1f s\n", loadSeconds + optimizeSeconds);
    std::printf("raw text           %.1f MB (UTF-8 of every text field and the full text)\n", rawBytes / 1e6);
    std::printf("database           %.1f MB (%.2f x raw text)\n", dbBytes / 1e6, double(dbBytes) / rawBytes);
    std::printf("peak RSS           %.0f MB\n", peakRssMb());
    return 0;
}

struct Case
{
    QString category;
    vt::store::SearchQuery query;
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// Full-text queries: 1–3 words an office searches for, common and rare, each typed with and without
// diacritics. The words are ours; how often they occur depends on the generator's vocabulary.
const QStringList kPhrases = {
    u"kế hoạch"_s,         u"đối ngoại"_s,       u"chuyển đổi số"_s,    u"thiên tai"_s,     u"tuyên truyền"_s,
    u"giáo dục"_s,         u"an toàn giao thông"_s, u"đất đai"_s,       u"y tế"_s,          u"cải cách hành chính"_s,
    u"ngân sách"_s,        u"phòng cháy"_s,      u"biên giới"_s,        u"du lịch"_s,       u"môi trường"_s,
    u"quyết toán"_s,       u"hội nghị"_s,        u"thanh tra"_s,        u"nông thôn mới"_s, u"dịch bệnh"_s,
};

int search(const QString &path, int rounds)
{
    auto db = vt::store::Database::open(path, {.readOnly = true});
    if (!db) {
        std::fprintf(stderr, "vanthu-bench: %s\n", qPrintable(db.error().message));
        return 1;
    }
    db->connection().exec("PRAGMA cache_size = -65536"); // 64 MB, as the app will run
    vt::store::Searcher searcher(*db);

    // Sample real references and issuers from the archive, deterministically.
    QStringList references, issuers;
    {
        // 40 records spread evenly over the archive.
        auto stmt = db->connection().prepare("SELECT reference, issuer FROM dispatch WHERE id % "
                                             "(1 + (SELECT max(id) FROM dispatch) / 40) = 1 LIMIT 40");
        while (stmt && stmt->step().value_or(false)) {
            references.append(stmt->text(0));
            issuers.append(stmt->text(1));
        }
    }
    QList<Case> cases;
    QRandomGenerator rng(42);
    for (const QString &ref : references) {
        vt::store::SearchQuery q;
        q.filter.referencePrefix = ref.left(std::max<qsizetype>(3, ref.indexOf(u'/') + 3));
        q.sort = vt::store::SortKey::ArrivalDate;
        cases.append({u"field: reference prefix"_s, q});
    }
    for (const QString &issuer : issuers) {
        vt::store::SearchQuery q;
        q.filter.issuer = rng.bounded(2) ? issuer : vt::text::foldForSearch(issuer);
        const int year = 2016 + int(rng.bounded(10));
        q.filter.issuedFrom = QDate(year, 1, 1);
        q.filter.issuedTo = QDate(year, 12, 31);
        q.sort = vt::store::SortKey::IssuedDate;
        cases.append({u"field: issuer + date range"_s, q});
    }
    for (const QString &phrase : kPhrases) {
        vt::store::SearchQuery q;
        q.text = phrase;
        cases.append({u"full text, with diacritics"_s, q});
        q.text = vt::text::foldForSearch(phrase);
        cases.append({u"full text, without diacritics"_s, q});
    }

    QMap<QString, std::vector<double>> times;
    QMap<QString, qint64> hits;
    for (int round = 0; round < rounds; ++round) {
        for (const Case &c : cases) {
            QElapsedTimer t;
            t.start();
            auto r = searcher.search(c.query);
            const double ms = t.nsecsElapsed() / 1e6;
            if (!r) {
                std::fprintf(stderr, "vanthu-bench: %s\n", qPrintable(r.error().message));
                return 1;
            }
            if (round > 0) // the first round warms the page cache
                times[c.category].push_back(ms);
            hits[c.category] += r->hits.size();
        }
    }
    std::printf("%-32s %8s %8s %8s %8s\n", "query (top 50)", "n", "p50 ms", "p95 ms", "max ms");
    for (auto it = times.cbegin(); it != times.cend(); ++it) {
        std::printf("%-32s %8zu %8.1f %8.1f %8.1f\n", qPrintable(it.key()), it.value().size(),
                    percentile(it.value(), 0.5), percentile(it.value(), 0.95),
                    *std::max_element(it.value().begin(), it.value().end()));
    }
    std::printf("peak RSS %.0f MB\n", peakRssMb());
    return 0;
}

/// Restores the diacritics of N generated documents with their marks stripped, on one thread, and reports
/// speed, load time, memory, and agreement with the generated originals (word for word, tone placement
/// normalised). The text is the project's own synthetic prose, not the held-out corpus split, which
/// scripts/eval-repair.sh scores with the shared scorer.
int repairSpeed(qint64 count, const QString &modelDir)
{
    QElapsedTimer timer;
    timer.start();
    auto repairer = vt::repair::Repairer::load(modelDir.isEmpty() ? vt::repair::Repairer::defaultModelDir() : modelDir);
    if (!repairer) {
        std::fprintf(stderr, "vanthu-bench: %s\n", qPrintable(repairer.error().message));
        return 1;
    }
    const double loadMs = timer.nsecsElapsed() / 1e6;

    vt::synth::ArchiveGenerator generator({.seed = 11});
    QStringList originals;
    for (qint64 i = 0; i < count; ++i)
        originals.append(generator.next().fullText);
    const QString original = originals.join(u"\n\n"_s);
    QStringList strippedDocs;
    qint64 syllables = 0;
    for (const QString &doc : originals) {
        strippedDocs.append(vt::text::stripDiacritics(doc));
        vt::text::forEachTerm(QStringView(strippedDocs.back()), [&](qsizetype, qsizetype) { ++syllables; });
    }

    (*repairer)->repair(strippedDocs.first(), vt::repair::Mode::Stripped); // warm the page cache of the model
    // One document at a time, as the import pipeline calls it.
    QStringList repairedDocs;
    timer.restart();
    for (const QString &doc : std::as_const(strippedDocs))
        repairedDocs.append((*repairer)->repair(doc, vt::repair::Mode::Stripped).text);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const QString repaired = repairedDocs.join(u"\n\n"_s);

    const QStringList want = vt::text::canonicalTone(original).split(u' ', Qt::SkipEmptyParts);
    const QStringList got = vt::text::canonicalTone(repaired).split(u' ', Qt::SkipEmptyParts);
    qint64 same = 0;
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
        same += want.at(i) == got.at(i);
    std::printf("documents          %lld (%.1f MB of text)\n", static_cast<long long>(count), original.toUtf8().size() / 1e6);
    std::printf("words and numbers  %lld\n", static_cast<long long>(syllables));
    std::printf("model load         %.0f ms\n", loadMs);
    std::printf("repair (1 thread)  %.2f s = %.0f syllables/s\n", seconds, syllables / seconds);
    std::printf("agreement          %.2f%% of space-separated words equal to the original\n",
                100.0 * double(same) / double(std::max<qsizetype>(1, want.size())));
    std::printf("peak RSS           %.0f MB\n", peakRssMb());
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    vt::logging::initForCli(false);
    QCommandLineParser p;
    p.addHelpOption();
    p.addPositionalArgument(u"command"_s, u"generate or search"_s);
    p.addOption({u"db"_s, u"Database file."_s, u"file"_s});
    p.addOption({u"count"_s, u"Records to generate."_s, u"n"_s, u"100000"_s});
    p.addOption({u"seed"_s, u"Generator seed."_s, u"n"_s, u"1"_s});
    p.addOption({u"rounds"_s, u"Rounds over the query mix (the first warms up)."_s, u"n"_s, u"4"_s});
    p.addOption({u"model"_s, u"Repair model folder (default: the committed one)."_s, u"dir"_s});
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.size() == 1 && args.first() == u"repair")
        return repairSpeed(p.isSet(u"count"_s) ? p.value(u"count"_s).toLongLong() : 2000, p.value(u"model"_s));
    if (args.size() != 1 || !p.isSet(u"db"_s))
        p.showHelp(2);
    if (args.first() == u"generate")
        return generate(p.value(u"db"_s), p.value(u"count"_s).toLongLong(), p.value(u"seed"_s).toULongLong());
    if (args.first() == u"search")
        return search(p.value(u"db"_s), std::max(2, p.value(u"rounds"_s).toInt()));
    p.showHelp(2);
}
