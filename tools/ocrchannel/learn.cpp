// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ocrchannel/learn.h"

#include "ocrchannel/channelcounter.h"
#include "ocrchannel/channeltable.h"
#include "ocrchannel/textalign.h"

#include <QCommandLineParser>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

namespace vt::ocrchannel {
namespace {

void out(const QString &s)
{
    std::fputs(qPrintable(s + u'\n'), stdout);
}

QStringList readLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll()).normalized(QString::NormalizationForm_C).split(u'\n');
}

struct PagePair
{
    QString setting; // directory name, "eng-300-none"
    QStringList source, ocr;
    qint64 chars = 0, edits = 0;
};

// Character error rate of whole pages, spaces collapsed: the same measure score-repair's cer uses. The edit
// distance of a 3,000-character page is the slow part of learning, so it runs on all cores.
void measurePages(QList<PagePair> &pages)
{
    std::atomic<qsizetype> next{0};
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t) {
        workers.emplace_back([&] {
            for (qsizetype i = next++; i < pages.size(); i = next++) {
                const QString s = collapseSpaces(pages[i].source.join(u' '));
                pages[i].chars = s.size();
                pages[i].edits = editDistance(s, collapseSpaces(pages[i].ocr.join(u' ')));
            }
        });
    }
    for (auto &w : workers)
        w.join();
}

void printTop(const QList<ChannelRow> &rows, const QString &model, const QString &kind, int n)
{
    QList<ChannelRow> errors;
    for (const ChannelRow &r : rows) {
        if (r.model == model && r.kind == kind && r.ocr != r.source && r.ocr != kOther)
            errors.append(r);
    }
    std::sort(errors.begin(), errors.end(), [](const auto &a, const auto &b) { return a.count > b.count; });
    out(u"\ntop %1 %2 confusions of %3 OCR (source → ocr, count, P(ocr|source)):"_s.arg(n).arg(kind, model));
    for (qsizetype i = 0; i < std::min<qsizetype>(n, errors.size()); ++i) {
        const ChannelRow &r = errors[i];
        out(u"  %1 → %2\t%3\t%4"_s.arg(r.source, r.ocr).arg(r.count).arg(std::exp(r.logprob), 0, 'f', 3));
    }
}

} // namespace

int runLearn(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Align the page pairs written by render-ocr and learn the OCR channel table."_s);
    parser.addHelpOption();
    parser.addPositionalArgument(u"learn"_s, u"the subcommand"_s);
    const QCommandLineOption pairs(u"pairs"_s, u"Directory written by render-ocr (training pages)."_s, u"DIR"_s);
    const QCommandLineOption outFile(u"out"_s, u"The table to write."_s, u"FILE"_s);
    const QCommandLineOption iterations(u"em-iterations"_s, u"Character alignment passes."_s, u"N"_s, u"3"_s);
    const QCommandLineOption maxBytes(u"max-bytes"_s, u"Size limit of the table."_s, u"N"_s, u"2000000"_s);
    const QCommandLineOption minChar(u"min-char-count"_s, u"Rarer character pairs go to <other>."_s, u"N"_s, u"2"_s);
    const QCommandLineOption minSource(
        u"min-word-source"_s, u"Occurrences a word needs for word rows."_s, u"N"_s, u"3"_s);
    const QCommandLineOption minPair(u"min-word-pair"_s, u"Occurrences a word confusion needs."_s, u"N"_s, u"2"_s);
    parser.addOptions({pairs, outFile, iterations, maxBytes, minChar, minSource, minPair});
    parser.process(args);
    if (!parser.isSet(pairs) || !parser.isSet(outFile)) {
        std::fputs("learn needs --pairs DIR and --out FILE\n", stderr);
        return 2;
    }

    QList<PagePair> pages;
    QDirIterator it(parser.value(pairs), {u"*.src.txt"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString src = it.next();
        const QString ocr = src.chopped(int(qstrlen(".src.txt"))) + u".ocr.txt"_s;
        if (!QFile::exists(ocr))
            continue;
        pages.append({QFileInfo(src).dir().dirName(), readLines(src), readLines(ocr)});
    }
    if (pages.isEmpty()) {
        std::fputs("no *.src.txt/*.ocr.txt pairs under --pairs\n", stderr);
        return 1;
    }
    std::sort(pages.begin(), pages.end(), [](const auto &a, const auto &b) { return a.setting < b.setting; });
    measurePages(pages);

    ChannelCounter counter;
    struct Totals
    {
        qint64 pages = 0, lines = 0, matched = 0, droppedSrc = 0, droppedOcr = 0, chars = 0, edits = 0;
    };
    QMap<QString, Totals> perSetting;
    for (const PagePair &p : pages) {
        const QString model = p.setting.section(u'-', 0, 0);
        const LineAlignment lines = alignLines(p.source, p.ocr);
        Totals &t = perSetting[p.setting];
        ++t.pages;
        t.lines += p.source.size();
        t.matched += lines.matches.size();
        t.droppedSrc += lines.droppedSource;
        t.droppedOcr += lines.droppedOcr;
        t.chars += p.chars;
        t.edits += p.edits;
        for (const LineMatch &m : lines.matches)
            counter.addLine(model, alignWords(m.source, m.ocr));
    }

    out(u"setting\tpages\tsource_lines\tmatched\tdropped_src\tdropped_ocr\tchars\tcer"_s);
    for (auto s = perSetting.cbegin(); s != perSetting.cend(); ++s) {
        const Totals &t = s.value();
        out(u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8"_s.arg(s.key())
                .arg(t.pages)
                .arg(t.lines)
                .arg(t.matched)
                .arg(t.droppedSrc)
                .arg(t.droppedOcr)
                .arg(t.chars)
                .arg(t.chars ? double(t.edits) / double(t.chars) : 0.0, 0, 'f', 4));
    }

    ChannelOptions options;
    options.emIterations = std::max(1, parser.value(iterations).toInt());
    options.maxBytes = parser.value(maxBytes).toLongLong();
    options.minCharCount = std::max(1, parser.value(minChar).toInt());
    options.minWordSource = std::max(1, parser.value(minSource).toInt());
    options.minWordPair = std::max(1, parser.value(minPair).toInt());
    const QList<ChannelRow> unsorted = counter.estimate(options);
    QList<ChannelRow> rows = unsorted;
    // Grouped by source, most frequent reading first: the file reads like a confusion list.
    std::stable_sort(rows.begin(), rows.end(), [](const ChannelRow &a, const ChannelRow &b) {
        if (a.model != b.model)
            return a.model < b.model;
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.source != b.source)
            return a.source < b.source;
        if ((a.ocr == kOther) != (b.ocr == kOther))
            return b.ocr == kOther;
        if (a.count != b.count)
            return a.count > b.count;
        return a.ocr < b.ocr; // a total order, so a rerun writes the same file
    });

    QStringList comments{
        u"Văn Thư OCR channel: ln P(ocr | source) learned from Vietnamese text rendered to page images and read"_s,
        u"back by Tesseract 5 (eng and vie models). Made by tools/ocrchannel; see docs/ocr-channel.md."_s,
        u"Strings are lower-case NFC. ∅ = nothing (source ∅: an insertion slot; ocr ∅: a deletion). ␣ = a space"_s,
        u"(a merge or split of words). <other> = the rest of the source's mass, so each source's rows sum to 1."_s,
        u"char rows: N(source) = sum of the source's counts; two-character sources are units read as one."_s,
        u"word rows: whitespace tokens without edge punctuation; only words OCR misreads at least sometimes."_s,
    };
    for (auto s = counter.stats().cbegin(); s != counter.stats().cend(); ++s) {
        const auto &st = s.value();
        comments.append(u"%1: %2 aligned lines, %3 source words, %4 word pairs (%5 not trusted for characters), "
                        u"%6 deleted, %7 inserted, %8 merged, %9 split"_s.arg(s.key())
                            .arg(st.lines)
                            .arg(st.words)
                            .arg(st.wordPairs)
                            .arg(st.implausible)
                            .arg(st.deleted)
                            .arg(st.inserted)
                            .arg(st.merged)
                            .arg(st.split));
    }
    if (auto saved = ChannelTable::save(parser.value(outFile), rows, comments); !saved) {
        std::fputs(qPrintable(saved.error().message + u'\n'), stderr);
        return 1;
    }
    out(u"\nwrote %1 rows to %2 (%3 bytes)"_s.arg(rows.size())
            .arg(parser.value(outFile))
            .arg(QFileInfo(parser.value(outFile)).size()));
    for (const QString &model : counter.stats().keys()) {
        printTop(rows, model, u"char"_s, 30);
        printTop(rows, model, u"word"_s, 30);
    }
    return 0;
}

} // namespace vt::ocrchannel
