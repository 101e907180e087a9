// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "output.h"

#include "core/dispatchfields.h"
#include "core/logging.h"
#include "extract/extractor.h"
#include "ingest/readerror.h"
#include "ingest/textfile.h"
#include "pipeline/importer.h"
#include "print/registerprint.h"
#include "print/routingslip.h"
#include "print/stamp.h"
#include "repair/repairer.h"
#include "store/dispatchstore.h"
#include "store/maintenance.h"
#include "store/search.h"

#include <QCommandLineParser>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <cstdio>
#include <unistd.h>
#include <functional>

using namespace Qt::StringLiterals;

namespace vt::cli {
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

int failWith(const QString &message, int code = Failed)
{
    err() << u"vanthu-cli: "_s << message << u'\n';
    err().flush();
    return code;
}

int failWith(const Error &e)
{
    return failWith(e.message, e.code == Error::InvalidArgument ? Usage : Failed);
}

QString optionName(const char *field)
{
    return QString::fromLatin1(field).replace(u'_', u'-');
}

struct Command
{
    const char *name;
    const char *synopsis;
    const char *description;
    std::function<void(QCommandLineParser &)> options;
    std::function<int(QCommandLineParser &, store::Database &)> run;
    /// For commands that work without a database (repair): called instead of `run`.
    std::function<int(QCommandLineParser &)> standalone = {};
};

void addFieldOptions(QCommandLineParser &p)
{
    for (const DispatchField &f : dispatchFields())
        p.addOption({optionName(f.name), u"Set %1."_s.arg(QString::fromLatin1(f.name)), u"value"_s});
    p.addOption({u"direction"_s, u"incoming (default) or outgoing."_s, u"dir"_s});
    p.addOption({u"arrival-date"_s, u"Arrival date (default today): 2024-08-29 or 29/8/2024."_s, u"date"_s});
    p.addOption({u"text"_s, u"Read the full text from a file ('-' for standard input)."_s, u"file"_s});
}

void addFilterOptions(QCommandLineParser &p)
{
    p.addOption({u"direction"_s, u"incoming or outgoing."_s, u"dir"_s});
    p.addOption({u"issued-from"_s, u"Issued on or after this date."_s, u"date"_s});
    p.addOption({u"issued-to"_s, u"Issued on or before this date."_s, u"date"_s});
    p.addOption({u"arrived-from"_s, u"Arrived on or after this date."_s, u"date"_s});
    p.addOption({u"arrived-to"_s, u"Arrived on or before this date."_s, u"date"_s});
    p.addOption({u"issuer"_s, u"Issuer starts with this (diacritics optional)."_s, u"name"_s});
    p.addOption({u"type"_s, u"Document type, e.g. \"Kế hoạch\" or \"ke hoach\"."_s, u"type"_s});
    p.addOption({u"reference"_s, u"Reference starts with this, e.g. 2668/VP."_s, u"prefix"_s});
    p.addOption({u"status"_s, u"waiting, in_progress or done."_s, u"status"_s});
    p.addOption({u"urgency"_s, u"normal, urgent (Khẩn), very_urgent (Thượng khẩn), flash (Hỏa tốc)."_s, u"level"_s});
    p.addOption(
        {u"confidentiality"_s, u"normal, confidential (Mật), secret (Tối mật), top_secret (Tuyệt mật)."_s, u"level"_s});
    p.addOption({u"trash"_s, u"List the trash instead of the registers."_s});
    p.addOption({u"sort"_s,
        u"relevance, arrival-date, arrival-number, issued-date, reference, issuer, type or due-date."_s, u"key"_s});
    p.addOption({u"asc"_s, u"Ascending order (default descending)."_s});
}

void addPaging(QCommandLineParser &p, int defaultLimit)
{
    p.addOption({u"limit"_s, u"At most this many records (default %1)."_s.arg(defaultLimit), u"n"_s,
        QString::number(defaultLimit)});
    p.addOption({u"offset"_s, u"Skip this many records."_s, u"n"_s, u"0"_s});
    p.addOption({u"json"_s, u"Print JSON."_s});
}

Result<QDate> dateOption(QCommandLineParser &p, const QString &name)
{
    if (!p.isSet(name))
        return QDate();
    const QDate d = parseDate(p.value(name));
    if (!d.isValid())
        return fail(Error::InvalidArgument,
            u"--%1: \"%2\" is not a date; write 2024-08-29 or 29/8/2024."_s.arg(name, p.value(name)));
    return d;
}

template <typename E>
Result<std::optional<E>> enumOption(QCommandLineParser &p, const QString &name, std::optional<E> (*parse)(QStringView))
{
    if (!p.isSet(name))
        return std::optional<E>();
    const auto v = parse(p.value(name));
    if (!v)
        return fail(Error::InvalidArgument, u"--%1: unknown value \"%2\"; see --help."_s.arg(name, p.value(name)));
    return v;
}

Result<store::SearchQuery> queryFromOptions(QCommandLineParser &p, const QString &text, bool paging = true)
{
    store::SearchQuery q;
    q.text = text;
    store::Filter &f = q.filter;
#define VT_OPT(target, expr)                                                                                           \
    do {                                                                                                               \
        auto v = (expr);                                                                                               \
        if (!v)                                                                                                        \
            return tl::unexpected(v.error());                                                                          \
        target = *v;                                                                                                   \
    } while (false)
    VT_OPT(f.direction, enumOption<Direction>(p, u"direction"_s, parseDirection));
    VT_OPT(f.status, enumOption<Status>(p, u"status"_s, parseStatus));
    VT_OPT(f.urgency, enumOption<Urgency>(p, u"urgency"_s, parseUrgency));
    VT_OPT(f.confidentiality, enumOption<Confidentiality>(p, u"confidentiality"_s, parseConfidentiality));
    VT_OPT(f.issuedFrom, dateOption(p, u"issued-from"_s));
    VT_OPT(f.issuedTo, dateOption(p, u"issued-to"_s));
    VT_OPT(f.arrivalFrom, dateOption(p, u"arrived-from"_s));
    VT_OPT(f.arrivalTo, dateOption(p, u"arrived-to"_s));
#undef VT_OPT
    f.issuer = p.value(u"issuer"_s);
    f.type = p.value(u"type"_s);
    f.referencePrefix = p.value(u"reference"_s);
    f.trash = p.isSet(u"trash"_s);
    q.descending = !p.isSet(u"asc"_s);
    static const std::pair<QStringView, store::SortKey> sorts[] = {
        {u"relevance", store::SortKey::Relevance},
        {u"arrival-date", store::SortKey::ArrivalDate},
        {u"arrival-number", store::SortKey::ArrivalNumber},
        {u"issued-date", store::SortKey::IssuedDate},
        {u"reference", store::SortKey::Reference},
        {u"issuer", store::SortKey::Issuer},
        {u"type", store::SortKey::Type},
        {u"due-date", store::SortKey::DueDate},
    };
    if (p.isSet(u"sort"_s)) {
        const QString want = p.value(u"sort"_s).replace(u'_', u'-');
        const auto it
            = std::find_if(std::begin(sorts), std::end(sorts), [&](const auto &s) { return s.first == want; });
        if (it == std::end(sorts))
            return fail(Error::InvalidArgument, u"--sort: unknown key \"%1\"; see --help."_s.arg(want));
        q.sort = it->second;
    }
    if (paging) {
        bool ok = false;
        q.limit = p.value(u"limit"_s).toInt(&ok);
        if (!ok || q.limit <= 0)
            return fail(Error::InvalidArgument, u"--limit must be a positive number."_s);
        q.offset = qMax(0, p.value(u"offset"_s).toInt());
    }
    return q;
}

Result<QString> readAll(const QString &path)
{
    if (path == u"-") {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return fail(Error::Io, u"Cannot read standard input."_s);
        return QString::fromUtf8(in.readAll());
    }
    return ingest::readTextFile(path);
}

/// Applies --field options (and --direction, --arrival-date, --text) to `d`.
Result<void> applyFieldOptions(QCommandLineParser &p, Dispatch &d)
{
    for (const DispatchField &f : dispatchFields()) {
        const QString name = optionName(f.name);
        if (p.isSet(name) && !f.set(d, p.value(name)))
            return fail(Error::InvalidArgument, u"--%1: invalid value \"%2\"."_s.arg(name, p.value(name)));
    }
    if (p.isSet(u"direction"_s)) {
        const auto dir = parseDirection(p.value(u"direction"_s));
        if (!dir)
            return fail(Error::InvalidArgument, u"--direction must be incoming or outgoing."_s);
        d.direction = *dir;
    }
    auto arrival = dateOption(p, u"arrival-date"_s);
    if (!arrival)
        return tl::unexpected(arrival.error());
    if (arrival->isValid())
        d.arrivalDate = *arrival;
    if (p.isSet(u"text"_s)) {
        auto text = readAll(p.value(u"text"_s));
        if (!text)
            return tl::unexpected(text.error());
        d.fullText = *text;
    }
    return {};
}

Result<qint64> idArgument(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 2 ? args.at(1).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return fail(Error::InvalidArgument, u"give one record id, e.g. `vanthu-cli %1 12`."_s.arg(args.value(0)));
    return id;
}

int reportAdd(const Result<store::AddResult> &r, const QString &what)
{
    if (!r)
        return failWith(u"%1: %2"_s.arg(what, r.error().message));
    if (!r->added) {
        for (const store::Duplicate &dup : r->duplicates)
            err() << u"vanthu-cli: "_s << what << u": possible duplicate: "_s << dup.description << u'\n';
        err() << u"vanthu-cli: "_s << what << u": not registered; re-run with --yes to register it anyway.\n"_s;
        err().flush();
        return NeedsConfirmation;
    }
    out() << u"Registered %1 as number %2/%3 (id %4).\n"_s.arg(what).arg(r->arrivalNumber).arg(r->year).arg(r->id);
    return Ok;
}

int cmdInit(QCommandLineParser &, store::Database &db)
{
    out() << u"Database ready: %1\n"_s.arg(db.path());
    return Ok;
}

int cmdAdd(QCommandLineParser &p, store::Database &db)
{
    Dispatch d;
    if (p.isSet(u"json"_s)) {
        auto text = readAll(u"-"_s);
        if (!text)
            return failWith(text.error());
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text->toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return failWith(
                u"standard input is not a JSON object (%1 at offset %2)."_s.arg(error.errorString()).arg(error.offset),
                Usage);
        auto parsed = fromJson(doc.object());
        if (!parsed)
            return failWith(parsed.error());
        d = *parsed;
    }
    if (auto r = applyFieldOptions(p, d); !r)
        return failWith(r.error());
    store::AddOptions options;
    options.attachments = p.values(u"attach"_s);
    options.confirmDuplicates = p.isSet(u"yes"_s);
    store::DispatchStore dispatches(db);
    return reportAdd(dispatches.add(d, options), d.reference.isEmpty() ? u"the record"_s : d.reference);
}

int cmdUpdate(QCommandLineParser &p, store::Database &db)
{
    auto id = idArgument(p);
    if (!id)
        return failWith(id.error());
    store::DispatchStore dispatches(db);
    auto d = dispatches.get(*id);
    if (!d)
        return failWith(d.error());
    if (auto r = applyFieldOptions(p, *d); !r)
        return failWith(r.error());
    if (auto r = dispatches.update(*d); !r)
        return failWith(r.error());
    out() << u"Updated record %1.\n"_s.arg(*id);
    return Ok;
}

int cmdShow(QCommandLineParser &p, store::Database &db)
{
    auto id = idArgument(p);
    if (!id)
        return failWith(id.error());
    store::DispatchStore dispatches(db);
    auto d = dispatches.get(*id);
    if (!d)
        return failWith(d.error());
    auto files = dispatches.attachments(*id);
    if (!files)
        return failWith(files.error());
    if (p.isSet(u"json"_s)) {
        QJsonObject o = toJson(*d);
        QJsonArray list;
        for (const store::Attachment &a : *files)
            list.append(QJsonObject{{u"file_name"_s, a.fileName}, {u"sha256"_s, a.sha256}, {u"size"_s, a.size}});
        o.insert(u"attachments"_s, list);
        out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    printRecord(out(), *d);
    for (const store::Attachment &a : *files)
        out() << u"attachment: %1 (%2 bytes, sha256 %3)\n"_s.arg(a.fileName).arg(a.size).arg(a.sha256);
    return Ok;
}

int cmdHistory(QCommandLineParser &p, store::Database &db)
{
    auto id = idArgument(p);
    if (!id)
        return failWith(id.error());
    store::DispatchStore dispatches(db);
    auto entries = dispatches.history(*id);
    if (!entries)
        return failWith(entries.error());
    if (entries->isEmpty())
        return failWith(u"There is no record with id %1."_s.arg(*id));
    printHistory(out(), *entries);
    return Ok;
}

int printHits(QCommandLineParser &p, const QList<store::SearchHit> &hits)
{
    if (p.isSet(u"json"_s)) {
        QJsonArray array;
        for (const store::SearchHit &h : hits) {
            QJsonObject o = toJson(h.dispatch, false);
            if (!h.snippet.isEmpty()) {
                o.insert(u"snippet"_s, h.snippet);
                QJsonArray marks;
                for (const auto &[start, length] : h.highlights)
                    marks.append(QJsonArray{start, length});
                o.insert(u"highlights"_s, marks);
                o.insert(u"score"_s, h.score);
                o.insert(u"exact"_s, h.exact);
            }
            array.append(o);
        }
        out() << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }
    for (const store::SearchHit &h : hits)
        printHit(out(), h);
    if (hits.isEmpty())
        err() << u"No records found.\n"_s;
    return Ok;
}

int cmdList(QCommandLineParser &p, store::Database &db)
{
    auto q = queryFromOptions(p, {});
    if (!q)
        return failWith(q.error());
    auto r = store::Searcher(db).search(*q);
    if (!r)
        return failWith(r.error());
    return printHits(p, r->hits);
}

int cmdSearch(QCommandLineParser &p, store::Database &db)
{
    const QStringList args = p.positionalArguments();
    if (args.size() < 2)
        return failWith(u"give the words to search for, e.g. `vanthu-cli search \"ke hoach doi ngoai\"`."_s, Usage);
    auto q = queryFromOptions(p, args.mid(1).join(u' '));
    if (!q)
        return failWith(q.error());
    auto r = store::Searcher(db).search(*q);
    if (!r)
        return failWith(r.error());
    return printHits(p, r->hits);
}

int cmdExport(QCommandLineParser &p, store::Database &db)
{
    const QString format = p.value(u"format"_s);
    if (format != u"csv" && format != u"json")
        return failWith(u"--format must be csv or json."_s, Usage);
    const QStringList args = p.positionalArguments();
    auto q = queryFromOptions(p, args.mid(1).join(u' '), false);
    if (!q)
        return failWith(q.error());
    QFile file;
    if (p.isSet(u"output"_s)) {
        file.setFileName(p.value(u"output"_s));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return failWith(u"Cannot write %1: %2."_s.arg(file.fileName(), file.errorString()));
    } else if (!file.open(stdout, QIODevice::WriteOnly)) {
        return failWith(u"Cannot write to standard output."_s);
    }
    qint64 n = 0;
    bool first = true;
    if (format == u"csv") {
        // A BOM, so that spreadsheet programs read the Vietnamese as UTF-8.
        file.write("\xEF\xBB\xBF" + csvLine(csvHeader()).toUtf8());
    } else {
        file.write("[\n");
    }
    auto r = store::Searcher(db).forEach(*q, [&](const store::SearchHit &hit) {
        if (format == u"csv") {
            file.write(csvLine(csvRow(hit.dispatch)).toUtf8());
        } else {
            if (!first)
                file.write(",\n");
            file.write(QJsonDocument(toJson(hit.dispatch, false)).toJson(QJsonDocument::Compact));
        }
        first = false;
        ++n;
        return true;
    });
    if (format == u"json")
        file.write("\n]\n");
    file.close();
    if (!r)
        return failWith(r.error());
    if (p.isSet(u"output"_s))
        err() << u"Exported %1 records to %2.\n"_s.arg(n).arg(p.value(u"output"_s));
    return Ok;
}

void addImportOptions(QCommandLineParser &p)
{
    p.addOption({u"password"_s, u"Password of encrypted PDFs."_s, u"password"_s});
    p.addOption({u"ocr-lang"_s, u"Tesseract languages for scans (default vie)."_s, u"langs"_s, u"vie"_s});
    p.addOption({u"no-repair"_s, u"Keep OCR'd and plain text exactly as read."_s});
}

Result<pipeline::Importer> importerFromOptions(QCommandLineParser &p)
{
    pipeline::ImportOptions options;
    options.read.password = p.value(u"password"_s).toUtf8();
    options.read.languages = p.value(u"ocr-lang"_s);
    options.read.imageDpi = 0; // the command line shows no pages
    options.repair = !p.isSet(u"no-repair"_s);
    return pipeline::Importer::create(options);
}

/// The files named on the command line; folders are searched (with subfolders) for the types import takes.
QStringList inputFiles(const QStringList &args)
{
    QStringList files;
    for (const QString &arg : args) {
        if (!QFileInfo(arg).isDir()) {
            files.append(arg);
            continue;
        }
        QDirIterator it(arg, pipeline::supportedNameFilters(), QDir::Files, QDirIterator::Subdirectories);
        QStringList inDir;
        while (it.hasNext())
            inDir.append(it.next());
        inDir.sort();
        files += inDir;
    }
    return files;
}

/// Reads the files (several at a time, so OCR workers stay busy on short scans), reporting pages and files on
/// stderr as they finish. A file that fails gets its message and an empty slot; the others go on.
QList<std::optional<pipeline::ImportedFile>> importAll(const pipeline::Importer &importer, const QStringList &files)
{
    QList<std::optional<pipeline::ImportedFile>> results(files.size());
    const qsizetype count = files.size();
    int finished = 0;
    const auto progress = [&](qsizetype i, const ingest::ReadProgress &p) {
        if (p.pageCount > 1) {
            err() << u"%1: page %2 of %3\n"_s.arg(QFileInfo(files.at(i)).fileName()).arg(p.pagesDone).arg(p.pageCount);
            err().flush();
        }
    };
    const auto done = [&](qsizetype i, Result<pipeline::ImportedFile> &&file) {
        const QString name = QFileInfo(files.at(i)).fileName();
        err() << u"[%1/%2] %3\n"_s.arg(++finished).arg(count).arg(name);
        if (!file) {
            QString message = file.error().message;
            const ingest::Failure kind = ingest::failureOf(file.error());
            if (kind == ingest::Failure::NeedsPassword || kind == ingest::Failure::WrongPassword)
                message += u" Give it with --password."_s;
            // Readers name the file in their messages; say which one it was when they do not.
            failWith((message.contains(name) ? message : u"%1: %2"_s.arg(name, message)) + u" Skipped."_s);
            return;
        }
        for (const QString &warning : file->source.warnings)
            err() << u"vanthu-cli: "_s << name << u": "_s << warning << u'\n';
        err().flush();
        results[i] = std::move(*file);
    };
    importer.importFiles(files, 0, done, progress);
    return results;
}

int cmdExtract(QCommandLineParser &p)
{
    const QStringList files = inputFiles(p.positionalArguments().mid(1));
    if (files.isEmpty())
        return failWith(u"give the files (or folders) to read, e.g. `vanthu-cli extract cong-van.pdf`."_s, Usage);
    auto importer = importerFromOptions(p);
    if (!importer)
        return failWith(importer.error());
    const bool json = p.isSet(u"json"_s);
    int failed = 0;
    const auto imported = importAll(*importer, files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        const auto &file = imported.at(i);
        if (!file) {
            ++failed;
            continue;
        }
        const QString name = QFileInfo(files.at(i)).fileName();
        for (const pipeline::ImportedDocument &doc : file->documents) {
            if (json) {
                QJsonObject o = extract::toJson(doc.extracted);
                o.insert(u"file"_s, name);
                o.insert(u"path"_s, files.at(i));
                o.insert(u"doc_index"_s, doc.indexInFile);
                if (p.isSet(u"text"_s))
                    o.insert(u"text"_s, doc.text);
                out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)) << u'\n';
            } else {
                out() << u"== %1, document %2 of %3\n"_s.arg(name).arg(doc.indexInFile + 1).arg(file->documents.size());
                Dispatch d = doc.dispatch();
                if (!p.isSet(u"text"_s))
                    d.fullText.clear();
                printRecord(out(), d);
                out() << u'\n';
            }
        }
        out().flush();
    }
    return failed ? Failed : Ok;
}

struct PendingFile
{
    QString path;
    pipeline::ImportedFile imported;
    QList<Dispatch> dispatches;
};

/// A document found but not registered yet: what the clerk checks before saying yes.
QString pendingLine(const Dispatch &d)
{
    QStringList parts;
    parts << (d.type.isEmpty() ? u"(type?)"_s : d.type) << (d.reference.isEmpty() ? u"(no reference)"_s : d.reference)
          << (d.issuedDate.isValid() ? d.issuedDate.toString(u"dd/MM/yyyy"_s) : u"(no date)"_s)
          << (d.issuer.isEmpty() ? u"(issuer?)"_s : d.issuer);
    QString line = parts.join(u"  "_s);
    if (!d.summary.isEmpty())
        line += u"\n      "_s + (d.summary.size() > 100 ? d.summary.left(99) + u'…' : d.summary);
    return line;
}

bool confirmOnTerminal(const QString &question)
{
    if (!isatty(fileno(stdin)))
        return false;
    err() << question << u" [y/N] "_s;
    err().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == u"y" || answer == u"yes" || answer == u"c" || answer == u"có";
}

int cmdImport(QCommandLineParser &p, store::Database &db)
{
    const QStringList files = inputFiles(p.positionalArguments().mid(1));
    if (files.isEmpty())
        return failWith(
            u"give the files (or folders) to import, e.g. `vanthu-cli import ~/Downloads/cong-van.pdf`."_s, Usage);
    auto importer = importerFromOptions(p);
    if (!importer)
        return failWith(importer.error());

    // Read everything first: the summary and the question come before anything is registered.
    store::DispatchStore dispatches(db);
    QList<PendingFile> pending;
    int failed = 0, documents = 0, duplicates = 0;
    auto imported = importAll(*importer, files);
    for (qsizetype i = 0; i < files.size(); ++i) {
        auto &file = imported[i];
        if (!file) {
            ++failed;
            continue;
        }
        PendingFile item{files.at(i), std::move(*file), {}};
        for (const pipeline::ImportedDocument &doc : item.imported.documents) {
            Dispatch d = doc.dispatch();
            d.direction = Direction::Incoming;
            if (auto r = applyFieldOptions(p, d); !r)
                return failWith(r.error());
            item.dispatches.append(d);
        }
        documents += int(item.dispatches.size());
        pending.append(std::move(item));
    }

    out() << u"Found %1 documents in %2 of %3 files:\n"_s.arg(documents).arg(pending.size()).arg(files.size());
    for (const PendingFile &item : pending) {
        const QString name = QFileInfo(item.path).fileName();
        for (qsizetype i = 0; i < item.dispatches.size(); ++i) {
            const Dispatch &d = item.dispatches.at(i);
            out() << u"  "_s << name;
            if (item.dispatches.size() > 1)
                out() << u" #"_s << (i + 1);
            out() << u": "_s << pendingLine(d) << u'\n';
            // The file once, for its first document; its digest is the reader's, not read again.
            const store::StoredFile original{QString::fromLatin1(item.imported.source.sha256.toHex()),
                item.imported.source.size, QFileInfo(item.path).fileName()};
            auto found = dispatches.duplicatesOf(d, i == 0 ? QList{original} : QList<store::StoredFile>{});
            if (!found)
                return failWith(found.error());
            for (const store::Duplicate &dup : *found)
                out() << u"      possible duplicate: "_s << dup.description << u'\n';
            duplicates += int(found->size());
        }
    }
    out().flush();
    if (documents == 0)
        return failed ? Failed : Ok;
    if (!p.isSet(u"yes"_s)
        && !confirmOnTerminal(u"Register these %1 documents in the incoming register?"_s.arg(documents))) {
        err() << u"vanthu-cli: nothing registered; run again with --yes to register them.\n"_s;
        err().flush();
        return NeedsConfirmation;
    }

    int added = 0, heldBack = 0;
    for (const PendingFile &item : pending) {
        const QString name = QFileInfo(item.path).fileName();
        store::AddOptions options;
        options.attachments = {item.path};
        options.confirmDuplicates = p.isSet(u"register-duplicates"_s);
        auto results = dispatches.addGroup(item.dispatches, options);
        if (!results) {
            failWith(u"%1: %2 Nothing of it was registered."_s.arg(name, results.error().message));
            ++failed;
            continue;
        }
        for (qsizetype i = 0; i < results->size(); ++i) {
            const store::AddResult &r = results->at(i);
            const QString what = item.dispatches.size() > 1 ? u"%1 #%2"_s.arg(name).arg(i + 1) : name;
            if (r.added) {
                out() << u"Registered %1 as number %2/%3 (id %4).\n"_s.arg(what)
                             .arg(r.arrivalNumber)
                             .arg(r.year)
                             .arg(r.id);
                ++added;
            } else {
                ++heldBack;
            }
        }
        if (!results->isEmpty() && !results->first().added)
            err() << u"vanthu-cli: "_s << name
                  << u": held back as a possible duplicate; run again with --register-duplicates to register it "
                     "anyway.\n"_s;
    }
    err() << u"Registered %1 of %2 documents (%3 held back as possible duplicates, %4 files failed).\n"_s.arg(added)
                 .arg(documents)
                 .arg(heldBack)
                 .arg(failed);
    err().flush();
    out().flush();
    if (failed)
        return Failed;
    return heldBack ? NeedsConfirmation : Ok;
}

int cmdTrash(QCommandLineParser &p, store::Database &db)
{
    auto id = idArgument(p);
    if (!id)
        return failWith(id.error());
    store::DispatchStore dispatches(db);
    const QString command = p.positionalArguments().first();
    Result<void> r;
    if (command == u"trash") {
        r = dispatches.moveToTrash(*id);
    } else if (command == u"restore") {
        r = dispatches.restore(*id);
    } else {
        if (!p.isSet(u"yes"_s))
            return failWith(
                u"purge deletes record %1 for good; re-run with --yes to confirm."_s.arg(*id), NeedsConfirmation);
        r = dispatches.purge(*id);
    }
    if (!r)
        return failWith(r.error());
    out() << u"Record %1: %2 done.\n"_s.arg(*id).arg(command);
    return Ok;
}

int cmdBackup(QCommandLineParser &p, store::Database &db)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return failWith(
            u"give the backup file, e.g. `vanthu-cli backup /media/usb/vanthu-2024-08-29.sqlite`."_s, Usage);
    if (auto r = store::backup(db, args.at(1)); !r)
        return failWith(r.error());
    out() << u"Backup written to %1.\n"_s.arg(args.at(1));
    return Ok;
}

int cmdCheck(QCommandLineParser &p, store::Database &db)
{
    if (p.isSet(u"rebuild-index"_s)) {
        if (auto r = store::rebuildSearchIndex(db); !r)
            return failWith(r.error());
        out() << u"Search index rebuilt.\n"_s;
    }
    auto report = store::check(db);
    if (!report)
        return failWith(report.error());
    for (const QString &problem : report->problems)
        out() << u"problem: "_s << problem << u'\n';
    out() << u"%1 records, %2 attachments checked: %3.\n"_s.arg(report->records)
                 .arg(report->attachments)
                 .arg(report->ok() ? u"no problems"_s : u"%1 problem(s)"_s.arg(report->problems.size()));
    return report->ok() ? Ok : Failed;
}

int cmdRepair(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    if (args.size() != 2)
        return failWith(u"give one text file to repair, or - for standard input."_s, Usage);
    const auto mode = repair::parseMode(p.value(u"mode"_s));
    if (!mode)
        return failWith(u"--mode must be auto, stripped, eng-ocr or vie-ocr."_s, Usage);
    auto text = readAll(args.at(1));
    if (!text)
        return failWith(text.error());
    auto repairer = repair::Repairer::load();
    if (!repairer)
        return failWith(repairer.error());
    const repair::RepairResult r = (*repairer)->repair(*text, *mode);
    if (!p.isSet(u"json"_s)) {
        out() << r.text;
        return Ok;
    }
    QJsonArray tokens;
    for (const repair::RepairedToken &t : r.tokens) {
        QJsonArray alternatives;
        for (const repair::Alternative &a : t.alternatives)
            alternatives.append(QJsonObject{{u"text"_s, a.text}, {u"probability"_s, a.probability}});
        tokens.append(QJsonObject{{u"begin"_s, t.begin}, {u"length"_s, t.length}, {u"original"_s, t.original},
            {u"repaired"_s, t.repaired}, {u"confidence"_s, t.confidence}, {u"alternatives"_s, alternatives}});
    }
    const QJsonObject o{{u"mode"_s, repair::toString(r.mode)}, {u"text"_s, r.text}, {u"tokens"_s, tokens}};
    out() << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    return Ok;
}

print::AgencyInfo agencyFromOptions(QCommandLineParser &p)
{
    return {p.value(u"parent"_s), p.value(u"agency"_s), p.value(u"place"_s)};
}

Result<qint64> printIdArgument(QCommandLineParser &p)
{
    const QStringList args = p.positionalArguments();
    bool ok = false;
    const qint64 id = args.size() == 3 ? args.at(2).toLongLong(&ok) : 0;
    if (!ok || id <= 0)
        return fail(Error::InvalidArgument,
            u"give one record id, e.g. `vanthu-cli print %1 12 --out %1.pdf`."_s.arg(args.value(1)));
    return id;
}

int printSlip(QCommandLineParser &p, store::Database &db, const QString &pdf)
{
    auto id = printIdArgument(p);
    if (!id)
        return failWith(id.error());
    auto date = dateOption(p, u"date"_s);
    if (!date)
        return failWith(date.error());
    if (auto r
        = print::writeRoutingSlip(pdf, db, *id, agencyFromOptions(p), date->isValid() ? *date : QDate::currentDate());
        !r)
        return failWith(r.error());
    out() << u"Routing slip of record %1 written to %2.\n"_s.arg(*id).arg(pdf);
    return Ok;
}

int printRegister(QCommandLineParser &p, store::Database &db, const QString &pdf)
{
    if (p.isSet(u"incoming"_s) == p.isSet(u"outgoing"_s))
        return failWith(u"say which register: --incoming or --outgoing."_s, Usage);
    print::RegisterRange range;
    range.direction = p.isSet(u"incoming"_s) ? Direction::Incoming : Direction::Outgoing;
    range.confidential = p.isSet(u"confidential"_s);
    auto from = dateOption(p, u"from"_s);
    auto to = dateOption(p, u"to"_s);
    if (!from || !to)
        return failWith(!from ? from.error() : to.error());
    const int year = QDate::currentDate().year();
    range.from = from->isValid() ? *from : QDate(year, 1, 1);
    range.to = to->isValid() ? *to : QDate(range.from.year(), 12, 31);
    auto r = print::writeRegister(pdf, db, range, agencyFromOptions(p));
    if (!r)
        return failWith(r.error());
    out() << u"%1 from %2 to %3: %4 records (numbers %5 to %6), %7 pages, written to %8.\n"_s
                 .arg(range.direction == Direction::Incoming ? u"Incoming register"_s : u"Outgoing register"_s,
                     range.from.toString(u"dd/MM/yyyy"_s), range.to.toString(u"dd/MM/yyyy"_s))
                 .arg(r->rows)
                 .arg(r->firstNumber)
                 .arg(r->lastNumber)
                 .arg(r->pages)
                 .arg(pdf);
    return Ok;
}

int printStamp(QCommandLineParser &p, store::Database &db, const QString &pdf)
{
    auto id = printIdArgument(p);
    if (!id)
        return failWith(id.error());
    auto r = print::exportStamped(db, *id, agencyFromOptions(p), pdf, p.value(u"file-ref"_s));
    if (!r)
        return failWith(r.error());
    out() << u"Copy of record %1's original with the ĐẾN stamp on page 1 (%2 page%5%3) written to %4.\n"_s.arg(*id)
                 .arg(r->pages)
                 .arg(r->vector ? QString() : u", from a scanned image"_s)
                 .arg(pdf)
                 .arg(r->pages == 1 ? QString() : u"s"_s);
    if (r->coversText)
        err() << u"vanthu-cli: page 1 has no blank place for the stamp in its top half; it covers some text "
                 "(on a white ground).\n"_s;
    return Ok;
}

int cmdPrint(QCommandLineParser &p, store::Database &db)
{
    const QString what = p.positionalArguments().value(1);
    if (!p.isSet(u"out"_s))
        return failWith(u"give the PDF file to write with --out FILE.pdf."_s, Usage);
    const QString pdf = p.value(u"out"_s);
    if (what == u"slip")
        return printSlip(p, db, pdf);
    if (what == u"register")
        return printRegister(p, db, pdf);
    if (what == u"stamp")
        return printStamp(p, db, pdf);
    return failWith(u"print what? slip ID, register or stamp ID; see `vanthu-cli print --help`."_s, Usage);
}

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"init", "init", "Create the database (or upgrade it) and print where it is.", {}, cmdInit},
        {"add", "add [--FIELD VALUE]... [--json] [--text FILE] [--attach FILE]... [--yes]",
            "Register a dispatch from options or a JSON object on standard input (--json).",
            [](QCommandLineParser &p) {
                addFieldOptions(p);
                p.addOption({u"json"_s, u"Read the record as a JSON object from standard input."_s});
                p.addOption({u"attach"_s, u"Store this file as the original (repeatable)."_s, u"file"_s});
                p.addOption({u"yes"_s, u"Register even if it looks like a duplicate."_s});
            },
            cmdAdd},
        {"update", "update ID [--FIELD VALUE]...", "Change fields of a record (written to its history).",
            addFieldOptions, cmdUpdate},
        {"show", "show ID [--json]", "Print a record with its full text.",
            [](QCommandLineParser &p) {
                p.addOption({u"json"_s, u"Print JSON."_s});
            },
            cmdShow},
        {"history", "history ID", "Print a record's audit trail.", {}, cmdHistory},
        {"list", "list [FILTERS] [--limit N] [--json]", "List the register, newest first.",
            [](QCommandLineParser &p) {
                addFilterOptions(p);
                addPaging(p, 50);
            },
            cmdList},
        {"search", "search WORDS... [FILTERS] [--json]",
            "Full-text search; words without diacritics match every accented form.",
            [](QCommandLineParser &p) {
                addFilterOptions(p);
                addPaging(p, 20);
            },
            cmdSearch},
        {"export", "export --format csv|json [WORDS...] [FILTERS] [--output FILE]",
            "Write the matching records as CSV or JSON.",
            [](QCommandLineParser &p) {
                addFilterOptions(p);
                p.addOption({u"format"_s, u"csv or json."_s, u"format"_s});
                p.addOption({u"output"_s, u"Write to this file instead of standard output."_s, u"file"_s});
            },
            cmdExport},
        {"import", "import FILE|DIR... [--yes] [--password P]",
            "Read PDFs, scans, photos and text files, show the documents found, and register them in the incoming "
            "register.",
            [](QCommandLineParser &p) {
                addFieldOptions(p);
                addImportOptions(p);
                p.addOption({u"yes"_s, u"Register without asking."_s});
                p.addOption({u"register-duplicates"_s, u"Register documents that look like duplicates too."_s});
            },
            cmdImport},
        {"extract", "extract FILE|DIR... [--json] [--text]",
            "Read files and print the documents and fields found, without registering anything.",
            [](QCommandLineParser &p) {
                addImportOptions(p);
                p.addOption({u"json"_s, u"One JSON object per document and line."_s});
                p.addOption({u"text"_s, u"Also print each document's (repaired) text."_s});
            },
            {}, cmdExtract},
        {"trash", "trash ID", "Move a record to the trash (its number stays used).", {}, cmdTrash},
        {"restore", "restore ID", "Bring a record back from the trash.", {}, cmdTrash},
        {"purge", "purge ID --yes", "Delete a trashed record for good.",
            [](QCommandLineParser &p) {
                p.addOption({u"yes"_s, u"Confirm."_s});
            },
            cmdTrash},
        {"backup", "backup DEST", "Copy the database and its attachments while it stays in use.", {}, cmdBackup},
        {"repair", "repair [--mode auto|stripped|eng-ocr|vie-ocr] [--json] FILE|-",
            "Restore Vietnamese whose diacritics were stripped or garbled by OCR; prints the text, or the words "
            "with confidences and alternatives (--json).",
            [](QCommandLineParser &p) {
                p.addOption({u"mode"_s, u"What damage to expect (default auto)."_s, u"mode"_s, u"auto"_s});
                p.addOption({u"json"_s, u"Print every word with its confidence and alternatives."_s});
            },
            {}, cmdRepair},
        {"print",
            "print slip ID | register (--incoming|--outgoing) [--from DATE] [--to DATE] [--confidential] | stamp ID "
            "[--file-ref HS] --out FILE.pdf [--agency NAME] [--parent NAME] [--place PLACE]",
            "Write a routing slip (Phiếu giải quyết văn bản đến), a register for a date range (Sổ đăng ký văn bản "
            "đến/đi, default this year) or a copy of a record's original with the ĐẾN stamp to a PDF file.",
            [](QCommandLineParser &p) {
                p.addOption({u"out"_s, u"The PDF file to write."_s, u"file"_s});
                p.addOption({u"agency"_s, u"Your agency's name, for headers, covers and the stamp."_s, u"name"_s});
                p.addOption({u"parent"_s, u"Your agency's parent (cơ quan chủ quản)."_s, u"name"_s});
                p.addOption({u"place"_s, u"Place name for printed dates (địa danh)."_s, u"place"_s});
                p.addOption({u"incoming"_s, u"register: the incoming register (văn bản đến)."_s});
                p.addOption({u"outgoing"_s, u"register: the outgoing register (văn bản đi)."_s});
                p.addOption({u"from"_s, u"register: first arrival date (default 1 January this year)."_s, u"date"_s});
                p.addOption({u"to"_s, u"register: last arrival date (default 31 December)."_s, u"date"_s});
                p.addOption({u"confidential"_s, u"register: the confidential series (văn bản mật)."_s});
                p.addOption({u"file-ref"_s, u"stamp: the case file (Số và ký hiệu HS)."_s, u"hs"_s});
                p.addOption({u"date"_s, u"slip: the slip's date (default today)."_s, u"date"_s});
            },
            cmdPrint},
        {"check", "check [--rebuild-index]", "Verify the database, numbering, search index and attachments.",
            [](QCommandLineParser &p) {
                p.addOption({u"rebuild-index"_s, u"Rebuild the search index first."_s});
            },
            cmdCheck},
    };
    return list;
}

QString usage()
{
    QString text = u"Usage: vanthu-cli [--db PATH] COMMAND [OPTIONS]\n\n"
                   "Văn Thư's command line: the register of incoming and outgoing correspondence.\n"
                   "The database is $VANTHU_DB, or %1 by default; --db selects another.\n\nCommands:\n"_s.arg(
                       store::Database::defaultPath());
    for (const Command &c : commands())
        text += u"  %1\n      %2\n"_s.arg(QString::fromLatin1(c.synopsis), QString::fromLatin1(c.description));
    text += u"\n`vanthu-cli COMMAND --help` lists a command's options. Exit status: 0 done, 1 failed, 2 wrong usage, "
            "3 needs confirmation (--yes).\n"_s;
    return text;
}

/// The command word: the first argument that is neither an option nor the value of --db.
QString findCommand(const QStringList &arguments)
{
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == u"--db") {
            ++i;
            continue;
        }
        if (!a.startsWith(u'-'))
            return a;
    }
    return {};
}

} // namespace

bool needsGui(const QStringList &arguments)
{
    return findCommand(arguments) == u"print";
}

int run(const QStringList &arguments)
{
    const QString name = findCommand(arguments);
    if (name.isEmpty()) {
        if (arguments.contains(u"--version"_s)) {
            out() << u"vanthu-cli "_s << QCoreApplication::applicationVersion() << u'\n';
            return Ok;
        }
        const bool asked = arguments.contains(u"--help"_s) || arguments.contains(u"-h"_s);
        (asked ? out() : err()) << usage();
        return asked ? Ok : Usage;
    }
    const auto it = std::find_if(
        commands().begin(), commands().end(), [&](const Command &c) { return name == QLatin1StringView(c.name); });
    if (it == commands().end())
        return failWith(u"unknown command \"%1\"; run `vanthu-cli --help` for the list."_s.arg(name), Usage);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(QString::fromLatin1(it->description));
    parser.addHelpOption();
    parser.addOption({u"db"_s, u"The database file (default: $VANTHU_DB or the user's data folder)."_s, u"path"_s});
    parser.addOption({u"verbose"_s, u"Log what happens to standard error."_s});
    if (it->options)
        it->options(parser);
    if (!parser.parse(QStringList{u"vanthu-cli"_s} + arguments))
        return failWith(parser.errorText() + u"; see `vanthu-cli %1 --help`."_s.arg(name), Usage);
    if (parser.isSet(u"help"_s)) {
        out() << u"Usage: vanthu-cli %1\n\n"_s.arg(QString::fromLatin1(it->synopsis))
              << parser.helpText().section(u'\n', 2);
        return Ok;
    }
    logging::initForCli(parser.isSet(u"verbose"_s));
    if (it->standalone) {
        const int code = it->standalone(parser);
        out().flush();
        err().flush();
        return code;
    }

    const QString path = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : store::Database::defaultPath();
    if (name != u"init" && !QFileInfo::exists(path))
        return failWith(
            u"there is no database at %1; create it with `vanthu-cli init` or pick one with --db."_s.arg(path));
    auto db = store::Database::open(path);
    if (!db)
        return failWith(db.error());
    const int code = it->run(parser, *db);
    out().flush();
    err().flush();
    return code;
}

} // namespace vt::cli
