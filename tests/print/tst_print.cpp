// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The routing slip, the registers and the ĐẾN stamp written to PDF and read back with Poppler.

#include "archivegenerator.h"

#include "print/registerprint.h"
#include "print/routingslip.h"
#include "print/stamp.h"

#include "store/database.h"
#include "store/dispatchstore.h"
#include "store/search.h"

#include <poppler-qt6.h>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vt;

namespace {

const print::AgencyInfo kAgency{u"UBND tỉnh Kiên Giang"_s, u"Sở Thông tin và Truyền thông"_s, u"Kiên Giang"_s};

/// The text of each page, whitespace collapsed to single spaces (wrapped cells and lines read as one line).
QStringList pageTexts(const QString &pdf)
{
    QStringList pages;
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    if (!doc)
        return pages;
    for (int i = 0; i < doc->numPages(); ++i)
        pages << doc->page(i)->text(QRectF()).simplified();
    return pages;
}

QSizeF pageSize(const QString &pdf, int page)
{
    std::unique_ptr<Poppler::Document> doc = Poppler::Document::load(pdf);
    return doc ? doc->page(page)->pageSizeF() : QSizeF();
}

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

/// Words of `text` in order, each found in `haystack` (wrapping may break lines anywhere between words).
bool containsWords(const QString &haystack, const QString &text)
{
    qsizetype from = 0;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        from = haystack.indexOf(word, from);
        if (from < 0)
            return false;
        from += word.size();
    }
    return true;
}

/// Every word of `phrase` occurs in `text` (multi-line table headings interleave in reading order).
bool hasWords(const QString &text, const QString &phrase)
{
    const QStringList words = phrase.split(u' ', Qt::SkipEmptyParts);
    return std::all_of(words.begin(), words.end(), [&](const QString &w) { return text.contains(w); });
}

} // namespace

class TestPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void routingSlip();
    void registerIncoming();
    void registerGrowsWithRows();
    void registerOutgoing();
    void registerBadRange();
    void stampPdfKeepsOriginal();
    void stampImage();
    void stampRotatedPdf();
    void stampWithoutOriginal();

private:
    /// Registers a new dispatch with `original` as its file and exports its stamped copy to `out`.
    Result<print::StampedCopy> stampedCopy(
        const QString &original, QDate arrival, const QString &reference, const QString &issuer, const QString &out);

    std::optional<store::Database> m_db;
    QTemporaryDir m_dir;
    qint64 m_slipId = 0;
    int m_slipNumber = 0;
};

Result<print::StampedCopy> TestPrint::stampedCopy(
    const QString &original, QDate arrival, const QString &reference, const QString &issuer, const QString &out)
{
    Dispatch d;
    d.arrivalDate = arrival;
    d.reference = reference;
    d.issuer = issuer;
    auto added = store::DispatchStore(*m_db).add(d, {.attachments = {original}});
    if (!added)
        return tl::unexpected(added.error());
    if (!added->added)
        return fail(Error::Duplicate, u"the test's dispatch was taken for a duplicate"_s);
    return print::exportStamped(*m_db, added->id, kAgency, out);
}

void TestPrint::initTestCase()
{
    QVERIFY(m_dir.isValid());
    if (qEnvironmentVariableIsSet("VT_PRINT_KEEP")) { // to look at the PDFs
        m_dir.setAutoRemove(false);
        qInfo("PDFs kept in %s", qPrintable(m_dir.path()));
    }
    auto db = store::Database::open(m_dir.filePath(u"register.sqlite"_s), {.fullSync = false});
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db.emplace(std::move(*db));
    // A year of generated records (2024), so ranges of it hold a known number of rows.
    synth::ArchiveGenerator generator({.seed = 11, .firstYear = 2024, .lastYear = 2024, .bodyBytes = 300});
    QList<Dispatch> batch;
    for (int i = 0; i < 1500; ++i) {
        Dispatch d = generator.next();
        if (d.arrivalDate.year() == 2024)
            batch.append(d);
    }
    QVERIFY(batch.size() > 1000);
    // Registered as they arrive, so numbers follow arrival dates as in a real register.
    std::stable_sort(
        batch.begin(), batch.end(), [](const Dispatch &a, const Dispatch &b) { return a.arrivalDate < b.arrivalDate; });
    store::DispatchStore store(*m_db);
    QVERIFY(store.addBatch(batch));

    Dispatch d;
    d.arrivalDate = QDate(2025, 3, 5);
    d.issuer = u"Ban Chỉ đạo công tác thông tin đối ngoại tỉnh"_s;
    d.reference = u"116-KH/BCĐTTĐN"_s;
    d.type = u"Kế hoạch"_s;
    d.issuedDate = QDate(2025, 2, 28);
    d.summary = u"Thông tin đối ngoại năm 2025 trên địa bàn tỉnh, phối hợp các sở, ngành và địa phương"_s;
    d.handlingUnit = u"Phòng Thông tin - Báo chí - Xuất bản"_s;
    d.cooperatingUnits = {u"Văn phòng Sở"_s, u"Phòng Kế hoạch - Tài chính"_s};
    d.dueDate = QDate(2025, 3, 20);
    d.instruction = u"Tham mưu văn bản triển khai, báo cáo trước ngày 20/3"_s;
    auto added = store.add(d);
    QVERIFY(added && added->added);
    m_slipId = added->id;
    m_slipNumber = added->arrivalNumber;
}

void TestPrint::routingSlip()
{
    const QString path = m_dir.filePath(u"slip.pdf"_s);
    QVERIFY(print::writeRoutingSlip(path, *m_db, m_slipId, kAgency, QDate(2025, 3, 6)));
    const QStringList pages = pageTexts(path);
    QCOMPARE(pages.size(), 1);
    const QString text = pages.first();
    // The agency's name wraps in its column, and the right column's lines come between in reading order.
    QVERIFY2(text.contains(u"SỞ THÔNG TIN VÀ TRUYỀN"_s), qPrintable(text));
    QVERIFY(text.contains(u"UBND TỈNH KIÊN GIANG"_s));
    QVERIFY(text.contains(u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s));
    QVERIFY(text.contains(u"Kiên Giang, ngày 06 tháng 3 năm 2025"_s));
    QVERIFY(text.contains(u"PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN"_s));
    QVERIFY(text.contains(u"116-KH/BCĐTTĐN"_s));
    QVERIFY(containsWords(text, u"Thông tin đối ngoại năm 2025 trên địa bàn tỉnh, phối hợp các sở"_s));
    QVERIFY(text.contains(u"Số đến: %1"_s.arg(m_slipNumber)));
    QVERIFY(containsWords(text, u"chủ trì: Phòng Thông tin - Báo chí - Xuất bản"_s));
    QVERIFY2(containsWords(text, u"Văn phòng Sở; Phòng Kế hoạch - Tài chính"_s), qPrintable(text));
    QVERIFY(text.contains(u"20/03/2025"_s));
    QVERIFY(containsWords(text, u"Tham mưu văn bản triển khai"_s));
    for (const QString &part : {u"1. Ý kiến của lãnh đạo cơ quan"_s, u"2. Ý kiến của lãnh đạo đơn vị"_s,
             u"3. Ý kiến đề xuất của người giải quyết"_s})
        QVERIFY(text.contains(part));
    const QSizeF size = pageSize(path, 0);
    QVERIFY(qAbs(size.width() - 595) < 2 && qAbs(size.height() - 842) < 2); // A4 portrait

    // An outgoing record has no routing slip.
    store::SearchQuery outgoing;
    outgoing.filter.direction = Direction::Outgoing;
    outgoing.limit = 1;
    auto hits = store::Searcher(*m_db).search(outgoing);
    QVERIFY(hits && !hits->hits.isEmpty());
    const auto wrong
        = print::writeRoutingSlip(m_dir.filePath(u"none.pdf"_s), *m_db, hits->hits.first().dispatch.id, kAgency);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::InvalidArgument);

    const auto missing = print::writeRoutingSlip(m_dir.filePath(u"none.pdf"_s), *m_db, 999999, kAgency);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::NotFound);
    QVERIFY(!QFile::exists(m_dir.filePath(u"none.pdf"_s)));
}

void TestPrint::registerIncoming()
{
    const print::RegisterRange range{Direction::Incoming, QDate(2024, 1, 1), QDate(2024, 3, 31)};
    store::SearchQuery q;
    q.filter.direction = Direction::Incoming;
    q.filter.arrivalFrom = range.from;
    q.filter.arrivalTo = range.to;
    q.filter.confidentiality = Confidentiality::Normal;
    q.sort = store::SortKey::ArrivalNumber;
    q.descending = false;
    QList<Dispatch> expected;
    QVERIFY(store::Searcher(*m_db).forEach(q, [&](const store::SearchHit &h) {
        expected.append(h.dispatch);
        return true;
    }));
    QVERIFY(expected.size() > 50);

    const QString path = m_dir.filePath(u"incoming.pdf"_s);
    QElapsedTimer timer;
    timer.start();
    auto summary = print::writeRegister(path, *m_db, range, kAgency);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error().message));
    qInfo("%lld rows, %d pages in %lld ms", summary->rows, summary->pages, timer.elapsed());
    QCOMPARE(summary->rows, qint64(expected.size()));
    QCOMPARE(summary->firstNumber, expected.first().arrivalNumber);
    QCOMPARE(summary->lastNumber, expected.last().arrivalNumber);

    const QStringList pages = pageTexts(path);
    QCOMPARE(pages.size(), summary->pages);
    QVERIFY(pages.size() > 3);
    const QString cover = pages.first();
    QVERIFY2(cover.contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐẾN"_s), qPrintable(cover));
    QVERIFY(cover.contains(u"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"_s));
    QVERIFY(cover.contains(u"Năm: 2024"_s));
    QVERIFY(cover.contains(u"Từ ngày 01/01/2024 đến ngày 31/03/2024"_s));
    QVERIFY(
        cover.contains(u"Từ số %1 đến số %2"_s.arg(expected.first().arrivalNumber).arg(expected.last().arrivalNumber)));
    QVERIFY(!cover.contains(expected.first().reference));
    // Every table page repeats the heading and carries its number; A4 landscape.
    for (int i = 1; i < pages.size(); ++i) {
        for (const QString &heading : {u"Ngày đến"_s, u"Số đến"_s, u"Tác giả"_s, u"Số, ký hiệu văn bản"_s,
                 u"Ngày tháng văn bản"_s, u"Tên loại và trích yếu nội dung văn bản"_s, u"Đơn vị hoặc người nhận"_s,
                 u"Ngày chuyển"_s, u"Ký nhận"_s, u"Ghi chú"_s})
            QVERIFY2(hasWords(pages.at(i), heading), qPrintable(heading));
        QVERIFY(containsWords(pages.at(i), u"Tên loại và trích yếu nội dung văn bản"_s));
        QVERIFY(pages.at(i).contains(u"(10)"_s));
        QVERIFY(pages.at(i).contains(u"Trang %1"_s.arg(i + 1)));
    }
    const QSizeF size = pageSize(path, 1);
    QVERIFY(qAbs(size.width() - 842) < 2 && qAbs(size.height() - 595) < 2);
    // Every record is on one page, whole (its reference and the start of its summary together), in order.
    // A long reference may wrap in its cell after a hyphen: its part up to the first hyphen is looked for.
    int page = 1;
    for (const Dispatch &d : expected) {
        int found = -1;
        for (int i = page; i < pages.size(); ++i) {
            const QString key = d.reference.size() <= 12 ? d.reference : d.reference.section(u'-', 0, 0) + u'-';
            if (pages.at(i).contains(key)) {
                found = i;
                break;
            }
        }
        QVERIFY2(found >= 0, qPrintable(d.reference));
        page = found;
        const QString head = d.summary.section(u' ', 0, 3);
        QVERIFY2(hasWords(pages.at(found), head), qPrintable(d.reference + u" / "_s + head));
    }
}

void TestPrint::registerGrowsWithRows()
{
    const QString oneMonth = m_dir.filePath(u"month.pdf"_s);
    const QString sixMonths = m_dir.filePath(u"half.pdf"_s);
    auto a
        = print::writeRegister(oneMonth, *m_db, {Direction::Incoming, QDate(2024, 1, 1), QDate(2024, 1, 31)}, kAgency);
    auto b
        = print::writeRegister(sixMonths, *m_db, {Direction::Incoming, QDate(2024, 1, 1), QDate(2024, 6, 30)}, kAgency);
    QVERIFY(a && b);
    QVERIFY(b->rows > 4 * a->rows);
    QVERIFY(b->pages > 3 * (a->pages - 1));
    QCOMPARE(pageTexts(sixMonths).size(), b->pages);

    // A range without records: the cover and one table page saying so.
    const QString empty = m_dir.filePath(u"empty.pdf"_s);
    auto none
        = print::writeRegister(empty, *m_db, {Direction::Incoming, QDate(2030, 1, 1), QDate(2030, 1, 31)}, kAgency);
    QVERIFY(none);
    QCOMPARE(none->rows, 0);
    QCOMPARE(none->pages, 2);
    QVERIFY(pageTexts(empty).at(1).contains(u"Không có văn bản nào"_s));
}

void TestPrint::registerOutgoing()
{
    const QString path = m_dir.filePath(u"outgoing.pdf"_s);
    auto summary
        = print::writeRegister(path, *m_db, {Direction::Outgoing, QDate(2024, 1, 1), QDate(2024, 2, 29)}, kAgency);
    QVERIFY(summary);
    QVERIFY(summary->rows > 10);
    const QStringList pages = pageTexts(path);
    QVERIFY(pages.first().contains(u"SỔ ĐĂNG KÝ VĂN BẢN ĐI"_s));
    for (const QString &heading : {u"Số, ký hiệu văn bản"_s, u"Ngày tháng văn bản"_s,
             u"Tên loại và trích yếu nội dung văn bản"_s, u"Người ký"_s, u"Nơi nhận văn bản"_s,
             u"Đơn vị, người nhận bản lưu"_s, u"Số lượng bản"_s, u"Ngày chuyển"_s, u"Ký nhận"_s, u"Ghi chú"_s})
        QVERIFY2(hasWords(pages.at(1), heading), qPrintable(heading));
    QVERIFY(!pages.at(1).contains(u"Ngày đến"_s));
}

void TestPrint::registerBadRange()
{
    const QString path = m_dir.filePath(u"bad.pdf"_s);
    auto r = print::writeRegister(path, *m_db, {Direction::Incoming, QDate(2024, 5, 1), QDate(2024, 4, 1)}, kAgency);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::InvalidArgument);
    QVERIFY(!QFile::exists(path));
}

void TestPrint::stampPdfKeepsOriginal()
{
    // An original of two pages with a text layer, as a received PDF would be.
    const QString original = m_dir.filePath(u"cong-van.pdf"_s);
    {
        QPdfWriter writer(original);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter p(&writer);
        p.setFont(QFont(u"DejaVu Serif"_s, 12));
        p.drawText(QPointF(3000, 1500), u"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"_s);
        p.drawText(QPointF(600, 4000), u"Kính gửi: Sở Thông tin và Truyền thông"_s);
        writer.newPage();
        p.drawText(QPointF(600, 1500), u"Trang hai của công văn"_s);
    }
    Dispatch d;
    d.arrivalDate = QDate(2025, 4, 2);
    d.reference = u"321/UBND-VX"_s;
    d.issuer = u"UBND huyện Châu Thành"_s;
    d.type = u"Công văn"_s;
    d.summary = u"V/v cung cấp thông tin"_s;
    d.handlingUnit = u"Văn phòng Sở"_s;
    store::DispatchStore store(*m_db);
    auto added = store.add(d, {.attachments = {original}});
    QVERIFY(added && added->added);
    auto files = store.attachments(added->id);
    QVERIFY(files && files->size() == 1);
    const QString stored = store.attachmentStore().pathOf(files->first().sha256);
    const QByteArray before = sha256Of(stored);
    QCOMPARE(before, files->first().sha256.toLatin1());

    const QString out = m_dir.filePath(u"stamped.pdf"_s);
    auto copy = print::exportStamped(*m_db, added->id, kAgency, out, u"05.VX"_s);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QVERIFY(copy->vector);
    QCOMPARE(sha256Of(stored), before);
    QVERIFY(store.attachmentStore().verify(files->first().sha256));

    const QStringList originalPages = pageTexts(original);
    const QStringList pages = pageTexts(out);
    QCOMPARE(pages.size(), originalPages.size());
    QCOMPARE(copy->pages, 2);
    const QString first = pages.first();
    QVERIFY2(first.contains(u"ĐẾN"_s), qPrintable(first));
    QVERIFY(first.contains(u"SỞ THÔNG TIN VÀ TRUYỀN THÔNG"_s));
    QVERIFY(first.contains(u"Số: %1"_s.arg(added->arrivalNumber)) || first.contains(u"%1"_s.arg(added->arrivalNumber)));
    QVERIFY(first.contains(u"02/04/2025"_s));
    QVERIFY(containsWords(first, u"Chuyển: Văn phòng Sở"_s));
    QVERIFY(first.contains(u"05.VX"_s));
    QVERIFY(first.contains(u"Kính gửi: Sở Thông tin và Truyền thông"_s)); // the original text is still there
    QCOMPARE(pages.at(1), originalPages.at(1));
    // Top left quarter, clear of the original's lines.
    QVERIFY(copy->stampAt.x() < 105 && copy->stampAt.y() < 140);
}

void TestPrint::stampImage()
{
    QImage scan(1654, 2339, QImage::Format_RGB32); // A4 at 200 dpi
    scan.fill(Qt::white);
    scan.setDotsPerMeterX(7874);
    scan.setDotsPerMeterY(7874);
    {
        QPainter p(&scan);
        p.fillRect(QRect(150, 150, 600, 200), Qt::black); // the header, where the stamp must not go
    }
    const QString original = m_dir.filePath(u"scan.png"_s);
    QVERIFY(scan.save(original));
    const QString out = m_dir.filePath(u"scan-stamped.pdf"_s);
    auto copy = stampedCopy(original, QDate(2025, 4, 3), u"77/SNV-TCBC"_s, u"Sở Nội vụ"_s, out);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QVERIFY(!copy->vector);
    QCOMPARE(copy->pages, 1);
    const QStringList pages = pageTexts(out);
    QCOMPARE(pages.size(), 1);
    QVERIFY2(pages.first().contains(u"ĐẾN"_s), qPrintable(pages.first()));
    QVERIFY(pages.first().contains(u"03/04/2025"_s));
    const QSizeF size = pageSize(out, 0);
    QVERIFY(qAbs(size.width() - 595) < 3 && qAbs(size.height() - 842) < 3); // the scan's size at 200 dpi
    const QRectF header(150 * 25.4 / 200, 150 * 25.4 / 200, 600 * 25.4 / 200, 200 * 25.4 / 200);
    QVERIFY(!QRectF(copy->stampAt, QSizeF(50, 35)).intersects(header));
}

/// A one-page PDF turned by /Rotate 90, written by hand (QPdfWriter does not write /Rotate).
QByteArray rotatedPdf()
{
    const QByteArray content = "BT /F1 24 Tf 100 700 Td (Rotated page) Tj ET";
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Rotate 90 /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void TestPrint::stampRotatedPdf()
{
    const QString original = m_dir.filePath(u"rotated.pdf"_s);
    {
        QFile f(original);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(rotatedPdf());
    }
    QCOMPARE(pageSize(original, 0), QSizeF(842, 595)); // shown turned: landscape
    const QString out = m_dir.filePath(u"rotated-stamped.pdf"_s);
    auto copy = stampedCopy(original, QDate(2025, 4, 4), u"9/TB-VP"_s, u"Văn phòng Tỉnh ủy"_s, out);
    QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().message));
    QVERIFY(!copy->vector); // rendered, so that the stamp stands upright on the turned page
    QCOMPARE(copy->pages, 1);
    const QSizeF size = pageSize(out, 0);
    QVERIFY2(qAbs(size.width() - 842) < 3 && qAbs(size.height() - 595) < 3,
        qPrintable(u"%1 x %2"_s.arg(size.width()).arg(size.height())));
    const QString text = pageTexts(out).value(0);
    QVERIFY2(text.contains(u"ĐẾN"_s) && text.contains(u"04/04/2025"_s), qPrintable(text));
}

void TestPrint::stampWithoutOriginal()
{
    auto r = print::exportStamped(*m_db, m_slipId, kAgency, m_dir.filePath(u"nothing.pdf"_s));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Error::NotFound);
}

QTEST_MAIN(TestPrint)
#include "tst_print.moc"
