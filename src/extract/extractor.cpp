// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "extractor.h"

#include "core/dispatchfields.h"
#include "finders.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace vt::extract {
namespace detail {

void Scope::note(const QString &field, qsizetype line, qsizetype start, qsizetype length, double confidence)
{
    FieldEvidence e;
    e.confidence = confidence;
    e.line = line;
    e.start = start;
    e.length = length;
    if (line >= 0 && line < lines.size()) {
        e.page = lines.at(line).page;
        e.region = lines.at(line).box;
    }
    doc.evidence.insert(field, e);
}

namespace {

// The middle of a page, from the boxes of the lines on it.
double pageMiddle(const QList<Line> &lines, int page)
{
    double right = 0;
    for (const Line &l : lines) {
        if (l.page == page && !l.box.isEmpty())
            right = std::max(right, l.box.right());
    }
    return right / 2;
}

} // namespace

double Scope::pageMiddle(int page) const
{
    return detail::pageMiddle(lines, page);
}

// A line spanning both halves (OCR often reads the two header columns as one line) counts for both.
bool Scope::leftColumn(qsizetype line) const
{
    const Line &l = lines.at(line);
    if (!hasBoxes || l.box.isEmpty())
        return true;
    return l.box.left() < pageMiddle(l.page);
}

bool Scope::rightColumn(qsizetype line) const
{
    const Line &l = lines.at(line);
    if (!hasBoxes || l.box.isEmpty())
        return true;
    return l.box.right() > pageMiddle(l.page);
}

QList<std::pair<qsizetype, qsizetype>> nationalHeaderSpans(QStringView fold)
{
    static const QRegularExpression re(
        uR"(c\S{1,3}ng\s{0,3}h\S{1,3}a\s{0,3}x\S{1,2}\s{0,3}h\S{1,3}i\s{0,3}ch\S\s{0,3}ngh\S{1,2}a\s{0,3}vi\S{1,2}t\s{0,3}nam|d\S{1,2}ng\s{0,3}c\S{1,2}ng\s{0,3}s\S{1,2}n\s{0,3}vi\S{1,2}t\s{0,3}nam|d\S{1,2}c\s{0,3}\S{2,4}p\s{0,3}[-–]\s{0,3}t\S\s{0,3}do\s{0,3}[-–]\s{0,3}h\S{1,2}nh\s{0,3}ph\S{1,3}c)"_s);
    QList<std::pair<qsizetype, qsizetype>> spans;
    auto it = re.globalMatch(fold);
    while (it.hasNext()) {
        const auto m = it.next();
        spans.append({m.capturedStart(), m.capturedLength()});
    }
    return spans;
}

bool isHeaderMarker(const Line &line)
{
    // The quốc hiệu is printed in capitals; the same words inside a sentence ("Hiến pháp nước Cộng hòa xã hội
    // chủ nghĩa Việt Nam") are not a header. The tiêu ngữ is in mixed case, on a short line of its own.
    for (const auto &[start, length] : nationalHeaderSpans(line.fold)) {
        const bool motto = !line.fold.mid(start, length).contains(u"viet"_s);
        if (motto ? line.text.trimmed().size() <= 120 : upperShare(QStringView(line.text).mid(start, length)) >= 0.7)
            return true;
    }
    return false;
}

namespace {

struct Segment
{
    qsizetype start = 0;
    qsizetype header = 0;
    bool hasHeader = false;
};

int nonBlankBetween(const QList<Line> &lines, qsizetype from, qsizetype to)
{
    int n = 0;
    for (qsizetype i = from; i < to && i < lines.size(); ++i)
        n += lines.at(i).blank() ? 0 : 1;
    return n;
}

// A document body between two headers: a paragraph, or enough lines of text (a scan wraps its paragraphs).
bool hasBody(const QList<Line> &lines, qsizetype from, qsizetype to)
{
    int textLines = 0;
    for (qsizetype i = from; i < to; ++i) {
        const QString &t = lines.at(i).text;
        if (t.size() > 100)
            return true;
        textLines += std::any_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); }) ? 1 : 0;
    }
    return textLines >= 8;
}

// Moves a header start back over the left header column printed above (or beside) the quốc hiệu. A text layer
// may give that column entirely before the right one: the agency lines, "Số: …" and the V/v lines (whose
// continuation lines are in lower case) then precede the quốc hiệu.
qsizetype agencyStart(const QList<Line> &lines, qsizetype marker, qsizetype floor)
{
    qsizetype start = marker;
    int agencyLines = 0;
    QList<qsizetype> pending; // lines that belong to the header only if a V/v line opens them
    for (qsizetype i = marker - 1; i >= floor && i >= marker - 14 && agencyLines < 4; --i) {
        const Line &l = lines.at(i);
        const QString t = collapse(l.text);
        if (l.blank() || std::none_of(t.cbegin(), t.cend(), [](QChar c) { return c.isLetter(); }))
            continue; // blank, or the rule under the agency name ("-------")
        if (subjectLabel().match(l.fold).hasMatch() && subjectLabel().match(l.fold).capturedStart() <= 3
            && t.size() <= 120) {
            start = i;
            pending.clear();
            continue;
        }
        if (!pending.isEmpty())
            break;
        if (numberLabel().match(l.fold).hasMatch() && numberLabel().match(l.fold).capturedStart() <= 3
            && t.size() <= 120) {
            start = i;
            continue;
        }
        // An agency line, also with OCR's marks around it ("BẢO I HIẾM XÃ HỘI TỈNH NAM ĐỊNH là viteei").
        if ((isUpperLine(t) || (upperShare(t) >= 0.6 && isUpperLine(agencyText(t)))) && t.size() <= 120) {
            start = i;
            ++agencyLines;
            continue;
        }
        // A summary's second line: short, no sentence end; taken if a V/v line is found above it.
        if (start == marker && t.size() <= 90 && !t.endsWith(u'.') && !t.startsWith(u'-') && pending.size() < 3) {
            pending.append(i);
            continue;
        }
        break;
    }
    return start;
}

QList<Segment> splitDocuments(const QList<Line> &lines)
{
    QList<Segment> segments;
    qsizetype lastMarker = -100;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!isHeaderMarker(lines.at(i)))
            continue;
        // Quốc hiệu and tiêu ngữ, or header lines repeated within the same block, belong to one header.
        const bool sameBlock = i - lastMarker <= 6 && nonBlankBetween(lines, lastMarker + 1, i) <= 3;
        lastMarker = i;
        if (sameBlock)
            continue;
        const qsizetype floor = segments.isEmpty() ? 0 : segments.last().header + 1;
        const qsizetype start = agencyStart(lines, i, floor);
        if (!segments.isEmpty() && !hasBody(lines, segments.last().header, start))
            continue; // no body since the last header: still the same document
        segments.append({start, start, true});
    }
    if (segments.isEmpty())
        return {Segment{0, 0, false}};
    // Text before the first header stays with it unless it is a document of its own (it has a Nơi nhận).
    if (segments.first().start > 0) {
        static const QRegularExpression recipients(u"^\\s*noi\\s*nh\\S{1,3}n\\b"_s);
        bool own = false;
        for (qsizetype i = 0; i < segments.first().start; ++i)
            own = own || recipients.match(lines.at(i).fold).hasMatch();
        if (own)
            segments.prepend({0, 0, false});
        else
            segments.first().start = 0;
    }
    return segments;
}

} // namespace
} // namespace detail

QList<SourceLine> linesFromText(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n');
    QList<SourceLine> out;
    for (const QString &l : normalised.split(u'\n'))
        out.append({l, 1, {}});
    if (!out.isEmpty() && out.last().text.isEmpty())
        out.removeLast();
    return out;
}

QList<ExtractedDocument> extractDocuments(const QList<SourceLine> &sourceLines)
{
    using namespace detail;
    QList<Line> lines;
    lines.reserve(sourceLines.size());
    bool hasBoxes = false;
    for (const SourceLine &s : sourceLines) {
        lines.append(prepareLine(s));
        hasBoxes = hasBoxes || !s.box.isEmpty();
    }
    QList<ExtractedDocument> out;
    if (nonBlankBetween(lines, 0, lines.size()) == 0)
        return out;

    const QList<Segment> segments = splitDocuments(lines);
    for (qsizetype s = 0; s < segments.size(); ++s) {
        ExtractedDocument doc;
        doc.firstLine = segments.at(s).start;
        doc.lastLine = s + 1 < segments.size() ? segments.at(s + 1).start - 1 : lines.size() - 1;
        doc.hasHeader = segments.at(s).hasHeader;
        doc.firstPage = lines.at(doc.firstLine).page;
        doc.lastPage = lines.at(doc.lastLine).page;
        Scope scope{lines, doc};
        scope.first = doc.firstLine;
        scope.headerLine = segments.at(s).header;
        scope.last = doc.lastLine;
        scope.hasBoxes = hasBoxes;
        findHeader(scope);
        findFooter(scope);
        findCitations(scope);
        findCatalogueLine(scope);
        doc.fields.pageCount = doc.lastPage - doc.firstPage + 1;
        out.append(std::move(doc));
    }
    return out;
}

qsizetype mainDocument(const QList<ExtractedDocument> &documents)
{
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (documents.at(i).hasHeader && !documents.at(i).fields.reference.isEmpty())
            return i;
    }
    for (qsizetype i = 0; i < documents.size(); ++i) {
        if (!documents.at(i).fields.reference.isEmpty())
            return i;
    }
    return documents.isEmpty() ? -1 : 0;
}

QJsonObject toJson(const ExtractedDocument &document)
{
    const Dispatch &d = document.fields;
    auto text = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o;
    o.insert(u"issuer"_s, text(d.issuer));
    o.insert(u"issuer_parent"_s, text(d.issuerParent));
    o.insert(u"number"_s, text(d.number));
    o.insert(u"notation"_s, text(d.notation));
    o.insert(u"reference"_s, text(d.reference));
    o.insert(u"place"_s, text(d.place));
    o.insert(u"issued_date"_s, d.issuedDate.isValid() ? QJsonValue(d.issuedDate.toString(Qt::ISODate)) : QJsonValue());
    o.insert(u"type"_s, text(d.type));
    o.insert(u"summary"_s, text(d.summary));
    o.insert(u"addressees"_s, QJsonArray::fromStringList(d.addressees));
    o.insert(u"recipients"_s, QJsonArray::fromStringList(d.recipients));
    o.insert(u"luu"_s, text(document.luu));
    o.insert(u"signer"_s, text(d.signer));
    o.insert(u"signer_title"_s, text(d.signerTitle));
    o.insert(u"signing_authority"_s, text(toCode(d.signingAuthority)));
    o.insert(u"urgency"_s, toCode(d.urgency));
    o.insert(u"confidentiality"_s, toCode(d.confidentiality));
    QJsonArray citations;
    for (const Citation &c : d.citations) {
        citations.append(QJsonObject{{u"reference"_s, c.reference},
            {u"date"_s, c.date.isValid() ? QJsonValue(c.date.toString(Qt::ISODate)) : QJsonValue()},
            {u"issuer"_s, text(c.issuer)}, {u"type"_s, text(c.type)}});
    }
    o.insert(u"citations"_s, citations);
    o.insert(u"page_range"_s, QJsonArray{document.firstPage, document.lastPage});
    QJsonObject confidence;
    for (auto it = document.evidence.cbegin(); it != document.evidence.cend(); ++it)
        confidence.insert(it.key(), std::round(it.value().confidence * 1000) / 1000);
    o.insert(u"confidence"_s, confidence);
    return o;
}

} // namespace vt::extract
