// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"
#include "pdfbytes.h"

#include "core/vietnamese.h"
#include "ingest/legacyencoding.h"
#include "ingest/pdfreader.h"
#include "ingest/reader.h"
#include "ingest/textfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRandomGenerator>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vt::ingest;
using Enc = legacy::Encoding;

Q_DECLARE_METATYPE(legacy::Encoding)

// The same Vietnamese in hand-typed legacy bytes: TCVN3 as the ABC fonts store it, VNI as VNI-Times does, and
// Windows-1258 with its combining tones.
struct Sample
{
    const char *name;
    Enc encoding;
    QByteArray bytes;
    QString unicode;
};

static const QList<Sample> &samples()
{
    static const QList<Sample> list = {
        {"tcvn3 motto", Enc::Tcvn3,
            "C\xE9ng ho\xB5 x\xB7 h\xE9i ch\xF1 ngh\xDC"
            "a Vi\xD6t Nam",
            u"Cộng hoà xã hội chủ nghĩa Việt Nam"_s},
        {"tcvn3 capital", Enc::Tcvn3,
            "\xA7\xE9"
            "c l\xCBp - T\xF9 do - H\xB9nh ph\xF3"
            "c",
            u"Độc lập - Tự do - Hạnh phúc"_s},
        {"tcvn3 committee", Enc::Tcvn3, "U\xFB ban nh\xA9n d\xA9n t\xD8nh Ngh\xD6 An \xAE\xA9y",
            u"Uỷ ban nhân dân tỉnh Nghệ An đây"_s},
        {"tcvn3 u-horn", Enc::Tcvn3,
            "ng\xAD\xEAi d\xA9n n\xAD\xED"
            "c ngo\xB5i",
            u"người dân nước ngoài"_s},
        {"vni motto", Enc::Vni,
            "Co\xE4ng ho\xF8"
            "a xa\xF5 ho\xE4i chu\xFB ngh\xF3"
            "a Vie\xE4t Nam",
            u"Cộng hòa xã hội chủ nghĩa Việt Nam"_s},
        {"vni capital", Enc::Vni,
            "\xD1o\xE4"
            "c la\xE4p - T\xF6\xEF do - Ha\xEFnh phu\xF9"
            "c",
            u"Độc lập - Tự do - Hạnh phúc"_s},
        {"vni upper", Enc::Vni, "U\xDBY BAN NHA\xC2N DA\xC2N TO\xC5NG KE\xC1T", u"ỦY BAN NHÂN DÂN TỔNG KẾT"_s},
        {"vni horn", Enc::Vni,
            "ng\xF6\xF4\xF8i la\xE0m vie\xE4"
            "c \xF1"
            "a\xEBt tr\xF6\xF4\xF9"
            "c",
            u"người lầm việc đặt trước"_s},
        {"cp1258", Enc::Windows1258,
            "\xD0\xF4\xF2"
            "c l\xE2\xF2p - T\xFD\xF2 do - Ha\xF2nh phu\xEC"
            "c. Ng\xFD\xF5\xCCi la\xCCm vi\xEA\xF2"
            "c ta\xF2i",
            u"Độc lập - Tự do - Hạnh phúc. Người làm việc tại"_s},
    };
    return list;
}

class TestIngest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void legacyDecode_data();
    void legacyDecode();
    void unicodeLeftAlone_data();
    void unicodeLeftAlone();
    void textFiles_data();
    void textFiles();
    void undecidableTextRefused();
    void sniff_data();
    void sniff();
    void bornDigitalPdf();
    void scanResolution_data();
    void scanResolution();
    void legacyPdfLayer_data();
    void legacyPdfLayer();
    void encryptedPdf();
    void brokenFiles_data();
    void brokenFiles();
    void truncatedPdfRecovered();
    void sizeLimit();
    void seedsReadAsTheyAre();

private:
    QString write(const QString &name, const QByteArray &bytes);
    std::unique_ptr<QTemporaryDir> m_dir;
};

QString TestIngest::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

void TestIngest::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestIngest::legacyDecode_data()
{
    QTest::addColumn<Enc>("encoding");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("unicode");
    for (const Sample &s : samples())
        QTest::newRow(s.name) << s.encoding << s.bytes << s.unicode;
}

void TestIngest::legacyDecode()
{
    QFETCH(Enc, encoding);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, unicode);
    QCOMPARE(legacy::decode(bytes, encoding), unicode);
    // The detector finds the encoding from the bytes alone.
    const legacy::Guess guess = legacy::guessBytes(bytes);
    QCOMPARE(guess.encoding, encoding);
    QCOMPARE(guess.text, unicode);
    if (encoding != Enc::Windows1258) {
        // The same bytes as a PDF text layer gives them (each byte one Latin-1 character) are mojibake.
        const legacy::Guess mojibake = legacy::guessMojibake(QString::fromLatin1(bytes));
        QCOMPARE(mojibake.encoding, encoding);
        QCOMPARE(mojibake.text, unicode);
    }
}

void TestIngest::unicodeLeftAlone_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("vietnamese") << u"Ủy ban nhân dân tỉnh đề nghị các sở, ngành phối hợp thực hiện."_s;
    QTest::newRow("english") << u"The committee asks all departments to report by Friday."_s;
    QTest::newRow("english-model OCR") << u"Kién Giang, ngay 29 thang 8 nam 2024 vé viéc tuyén truyén"_s;
    QTest::newRow("french") << u"Le café crème coûte très cher à Hà Nội, déjà."_s;
    QTest::newRow("numbers") << u"Số 12/2024/QĐ-UBND ngày 01/02/2024 — 45 000 đồng"_s;
}

void TestIngest::unicodeLeftAlone()
{
    QFETCH(QString, text);
    QCOMPARE(legacy::guessMojibake(text).encoding, Enc::None);
}

void TestIngest::textFiles_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QStringList>("pages");
    const QString vi = u"Kính gửi: Sở Tài chính\nV/v đề nghị thẩm định dự toán"_s;
    QTest::newRow("utf-8") << vi.toUtf8() << u"UTF-8"_s << QStringList{vi};
    QTest::newRow("utf-8 bom, crlf") << QByteArray("\xEF\xBB\xBF") + QString(vi).replace(u"\n"_s, u"\r\n"_s).toUtf8()
                                     << u"UTF-8"_s << QStringList{vi};
    QStringEncoder le(QStringConverter::Utf16LE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16le") << QByteArray(le(vi)) << u"UTF-16LE"_s << QStringList{vi};
    QStringEncoder be(QStringConverter::Utf16BE, QStringConverter::Flag::WriteBom);
    QTest::newRow("utf-16be") << QByteArray(be(vi)) << u"UTF-16BE"_s << QStringList{vi};
    QTest::newRow("form feed pages") << (u"Trang một\n\fTrang hai"_s).toUtf8() << u"UTF-8"_s
                                     << QStringList{u"Trang một\n"_s, u"Trang hai"_s};
    for (const Enc enc : {Enc::Tcvn3, Enc::Vni, Enc::Windows1258}) {
        QByteArray bytes;
        QStringList unicode;
        for (const Sample &s : samples()) {
            if (s.encoding == enc) {
                bytes += s.bytes + "\r\n";
                unicode.append(s.unicode);
            }
        }
        QTest::newRow(qPrintable(legacy::name(enc)))
            << bytes << legacy::name(enc) << QStringList{unicode.join(u'\n') + u'\n'};
    }
    // A TCVN3 file someone once "converted" to UTF-8 as if it were Latin-1.
    QByteArray tcvn3;
    QStringList unicode;
    for (const Sample &s : samples()) {
        if (s.encoding == Enc::Tcvn3) {
            tcvn3 += s.bytes + "\n";
            unicode.append(s.unicode);
        }
    }
    QTest::newRow("tcvn3 as utf-8 mojibake")
        << QString::fromLatin1(tcvn3).toUtf8() << u"TCVN3"_s << QStringList{unicode.join(u'\n') + u'\n'};
}

void TestIngest::textFiles()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    QFETCH(QStringList, pages);
    const QString path
        = write(u"doc-%1.txt"_s.arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'_'), bytes);
    int progressCalls = 0;
    ReadHooks hooks;
    hooks.progress = [&](const ReadProgress &p) {
        ++progressCalls;
        QCOMPARE(p.pageCount, int(pages.size()));
    };
    auto file = readFile(path, {}, hooks);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->kind, u"text"_s);
    QCOMPARE(file->size, bytes.size());
    QCOMPARE(file->sha256, QCryptographicHash::hash(bytes, QCryptographicHash::Sha256));
    QCOMPARE(file->pages.size(), pages.size());
    QCOMPARE(progressCalls, int(pages.size()));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        QCOMPARE(file->pages[i].text, pages[i]);
        QCOMPARE(file->pages[i].encoding, encoding);
        QCOMPARE(file->pages[i].source, Page::PlainText);
        QCOMPARE(file->pages[i].number, int(i + 1));
    }
    const bool legacyInput = encoding != u"UTF-8" && !encoding.startsWith(u"UTF-16");
    QCOMPARE(file->warnings.isEmpty(), !legacyInput);
    // readTextFile (used by the CLI) agrees.
    QCOMPARE(*readTextFile(path), pages.join(u'\f'));
}

void TestIngest::undecidableTextRefused()
{
    // One Latin-1 word is not evidence of a Vietnamese encoding: refused, with a message about the encoding.
    const QString path = write(u"latin1.txt"_s, "Ngh\xe9 an\n");
    auto file = readFile(path);
    QVERIFY(!file);
    QCOMPARE(file.error().code, vt::Error::InvalidArgument);
    QVERIFY2(file.error().message.contains(u"UTF-8"_s), qPrintable(file.error().message));
    QVERIFY(file.error().message.contains(u"latin1.txt"_s));
    QVERIFY(!readTextFile(path));
}

void TestIngest::sniff_data()
{
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<int>("kind");
    QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << int(ContentKind::Pdf);
    QTest::newRow("pdf after junk") << QByteArray("\r\n\r\n%PDF-1.4\n") << int(ContentKind::Pdf);
    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << int(ContentKind::Image);
    QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << int(ContentKind::Image);
    QTest::newRow("tiff le") << QByteArray("II*\0\x08\0\0\0", 8) << int(ContentKind::Image);
    QTest::newRow("tiff be") << QByteArray("MM\0*\0\0\0\x08", 8) << int(ContentKind::Image);
    QTest::newRow("webp") << QByteArray("RIFF\x10\0\0\0WEBPVP8 ", 16) << int(ContentKind::Image);
    QTest::newRow("utf-16 text") << QByteArray("\xFF\xFEK\0\xED\0", 6) << int(ContentKind::Text);
    QTest::newRow("text") << QByteArray("UBND TINH KIEN GIANG") << int(ContentKind::Text);
    QTest::newRow("zip") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << int(ContentKind::Unknown);
}

void TestIngest::sniff()
{
    QFETCH(QByteArray, head);
    QFETCH(int, kind);
    QCOMPARE(int(sniffContent(head)), kind);
}

void TestIngest::scanResolution_data()
{
    QTest::addColumn<QList<int>>("dpis"); // of the file's pages
    QTest::addColumn<int>("expected");
    QTest::newRow("200 dpi scan") << QList<int>{200, 200} << 200;
    QTest::newRow("300 dpi scan") << QList<int>{300} << 300;
    QTest::newRow("150 dpi fax") << QList<int>{150} << 150;
    QTest::newRow("pages disagree") << QList<int>{200, 300} << 0;
}

void TestIngest::scanResolution()
{
    // The resolution a scanned PDF was made at is read from its images, so a 200 dpi scan is not blown up to
    // 300 dpi for OCR (which reads the smeared noise far worse).
    QFETCH(QList<int>, dpis);
    QFETCH(int, expected);
    QList<QImage> images;
    for (int dpi : dpis)
        images.append(fixtures::renderPage(fixtures::dispatchLines(1), dpi));
    const QString path = m_dir->filePath(u"scan-%1.pdf"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
    QVERIFY(fixtures::writeImagePdf(path, images));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QSize> sizes = vt::ingest::imageSizes(f.readAll());
    QCOMPARE(sizes.size(), dpis.size());
    QCOMPARE(sizes.first(), images.first().size());
    QCOMPARE(vt::ingest::scanResolution(sizes, QSizeF(595.3, 841.9)), expected);
    // Turned scans are scans too; no images, or a page of another shape, tell nothing.
    QCOMPARE(vt::ingest::scanResolution(sizes, QSizeF(841.9, 595.3)), expected);
    QCOMPARE(vt::ingest::scanResolution({}, QSizeF(595.3, 841.9)), 0);
    QCOMPARE(vt::ingest::scanResolution(sizes, QSizeF(595.3, 595.3)), 0);
}

void TestIngest::bornDigitalPdf()
{
    const QList<QStringList> pages{fixtures::dispatchLines(1), fixtures::dispatchLines(2), fixtures::dispatchLines(3)};
    const QString path = m_dir->filePath(u"born-digital.pdf"_s);
    QVERIFY(fixtures::writeTextPdf(path, pages));
    QList<ReadProgress> progress;
    ReadHooks hooks;
    hooks.progress = [&](const ReadProgress &p) { progress.append(p); };
    auto file = readFile(path, {}, hooks);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->kind, u"pdf"_s);
    QVERIFY2(file->warnings.isEmpty(), qPrintable(file->warnings.join(u'\n')));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(file->sha256, QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    QCOMPARE(file->pages.size(), 3);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.last().pagesDone, 3);
    QCOMPARE(progress.last().pageCount, 3);
    for (int i = 0; i < 3; ++i) {
        const Page &page = file->pages[i];
        QCOMPARE(page.number, i + 1);
        QCOMPARE(page.source, Page::TextLayer); // read, not OCR'd
        QCOMPARE(page.encoding, u"Unicode"_s);
        QVERIFY(page.image.isNull());
        QVERIFY(qAbs(page.sizePt.width() - 595.3) < 1 && qAbs(page.sizePt.height() - 841.9) < 1);
        QStringList texts;
        for (const Line &line : page.lines) {
            texts.append(line.text);
            QVERIFY(QRectF(QPointF(0, 0), page.sizePt).contains(line.box));
            QVERIFY(line.box.height() > 5 && line.box.height() < 30); // a 13 pt line
        }
        QCOMPARE(texts, pages[i]); // every line, exactly, in order
        QCOMPARE(page.text, pages[i].join(u'\n'));
        for (qsizetype l = 1; l < page.lines.size(); ++l)
            QVERIFY(page.lines[l].box.top() > page.lines[l - 1].box.top());
        // 20 mm margin = 56.7 pt.
        QVERIFY(qAbs(page.lines.first().box.left() - 56.7) < 3);
    }
    QCOMPARE(file->text(), (QStringList{pages[0].join(u'\n'), pages[1].join(u'\n'), pages[2].join(u'\n')}.join(u'\f')));
}

void TestIngest::legacyPdfLayer_data()
{
    QTest::addColumn<Enc>("encoding");
    for (const Enc enc : {Enc::Tcvn3, Enc::Vni})
        QTest::newRow(qPrintable(legacy::name(enc))) << enc;
}

void TestIngest::legacyPdfLayer()
{
    QFETCH(Enc, encoding);
    QList<QByteArray> lines;
    QStringList expected;
    for (const Sample &s : samples()) {
        if (s.encoding == encoding) {
            lines.append(s.bytes);
            expected.append(s.unicode);
        }
    }
    // Page 2 is set in the same font but too short to decide alone; it follows the file.
    const QString path = write(u"legacy-%1.pdf"_s.arg(legacy::name(encoding)),
        pdfbytes::build({pdfbytes::textContent(lines), pdfbytes::textContent({lines.first().left(12)})}));
    auto file = readFile(path);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 2);
    const Page &page = file->pages.first();
    QCOMPARE(page.source, Page::TextLayer);
    QCOMPARE(page.encoding, legacy::name(encoding));
    QCOMPARE(page.text, expected.join(u'\n'));
    QCOMPARE(page.lines.size(), expected.size());
    QCOMPARE(file->pages[1].encoding, legacy::name(encoding));
    QCOMPARE(file->pages[1].text, legacy::decode(lines.first().left(12), encoding).trimmed());
    QCOMPARE(file->warnings.size(), 1);
    QVERIFY(file->warnings.first().contains(legacy::name(encoding)));
}

void TestIngest::encryptedPdf()
{
    const QByteArray password = "mat-khau-2024";
    const QString path = write(u"protected.pdf"_s,
        pdfbytes::build(
            {pdfbytes::textContent({"Cong van mat so 17/UBND-VP", "Noi dung chi danh cho nguoi nhan."})}, password));
    auto locked = readFile(path);
    QVERIFY(!locked);
    QCOMPARE(failureOf(locked.error()), Failure::NeedsPassword);
    QVERIFY(locked.error().message.contains(u"protected.pdf"_s));
    QVERIFY(locked.error().message.contains(u"password"_s));

    ReadOptions wrong;
    wrong.password = "mat-khau-2025";
    auto refused = readFile(path, wrong);
    QVERIFY(!refused);
    QCOMPARE(failureOf(refused.error()), Failure::WrongPassword);

    ReadOptions right;
    right.password = password;
    auto file = readFile(path, right);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 1);
    QCOMPARE(file->pages[0].source, Page::TextLayer);
    QCOMPARE(file->pages[0].text, u"Cong van mat so 17/UBND-VP\nNoi dung chi danh cho nguoi nhan."_s);
}

void TestIngest::brokenFiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("says");

    QByteArray noise(4096, Qt::Uninitialized);
    QRandomGenerator rng(7);
    for (char &c : noise)
        c = char(rng.bounded(256));
    noise[10] = '\0';
    QTest::newRow("binary noise named .pdf")
        << u"noise.pdf"_s << noise << int(vt::Error::InvalidArgument) << u"neither a PDF"_s;
    QTest::newRow("pdf header, then noise")
        << u"fake.pdf"_s << QByteArray("%PDF-1.7\n" + noise) << int(vt::Error::Corrupt) << u"damaged PDF"_s;
    QTest::newRow("png header, then noise") << u"broken.png"_s << QByteArray("\x89PNG\r\n\x1a\n", 8) + noise
                                            << int(vt::Error::Corrupt) << u"damaged image"_s;
    QTest::newRow("empty") << u"empty.txt"_s << QByteArray() << int(vt::Error::InvalidArgument) << u"empty"_s;
    // A PDF cut before its first page object: nothing to recover.
    const QByteArray whole = pdfbytes::build({pdfbytes::textContent({"Trang mot"})});
    QTest::newRow("truncated pdf") << u"cut.pdf"_s << whole.left(whole.indexOf("3 0 obj")) << int(vt::Error::Corrupt)
                                   << u"cut short"_s;
}

void TestIngest::brokenFiles()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QString, says);
    auto file = readFile(write(name, bytes));
    QVERIFY(!file);
    QCOMPARE(int(file.error().code), code);
    QVERIFY2(file.error().message.contains(says), qPrintable(file.error().message));
    QVERIFY2(file.error().message.contains(name), qPrintable(file.error().message));
}

void TestIngest::truncatedPdfRecovered()
{
    const QByteArray whole
        = pdfbytes::build({pdfbytes::textContent({"Trang mot cua cong van so 5/UBND ngay 12 thang 3"}),
            pdfbytes::textContent({"Trang hai cua cong van so 5/UBND ngay 12 thang 3"})});
    // Cut before the cross-reference table and trailer: no catalog to start from, refused as cut short.
    auto lost = readFile(write(u"cut-late.pdf"_s, whole.left(whole.indexOf("xref"))));
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, vt::Error::Corrupt);
    QVERIFY2(lost.error().message.contains(u"cut short"_s), qPrintable(lost.error().message));
    // Cut only at the end marker: everything is read, and the user is told the file is incomplete.
    auto file = readFile(write(u"cut-end.pdf"_s, whole.left(whole.lastIndexOf("%%EOF"))));
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 2);
    QCOMPARE(file->pages[1].text, u"Trang hai cua cong van so 5/UBND ngay 12 thang 3"_s);
    QCOMPARE(file->warnings.size(), 1);
    QVERIFY2(file->warnings.first().contains(u"cut short"_s), qPrintable(file->warnings.first()));
}

void TestIngest::sizeLimit()
{
    const QString path = m_dir->filePath(u"big.pdf"_s);
    QVERIFY(fixtures::writeTextPdf(path, {fixtures::dispatchLines(0)}));
    ReadOptions options;
    options.maxFileSize = 1024;
    auto file = readFile(path, options);
    QVERIFY(!file);
    QCOMPARE(file.error().code, vt::Error::InvalidArgument);
    QVERIFY2(file.error().message.contains(u"limit"_s), qPrintable(file.error().message));

    QCOMPARE(readFile(m_dir->filePath(u"no-such.pdf"_s)).error().code, vt::Error::NotFound);
    QCOMPARE(readFile(m_dir->path()).error().code, vt::Error::InvalidArgument);
}

void TestIngest::seedsReadAsTheyAre()
{
    const QString seeds = qEnvironmentVariable("VT_SHARED_DIR") + u"/seeds"_s;
    const QStringList names = QDir(seeds).entryList({u"*.txt"_s}, QDir::Files);
    if (names.isEmpty())
        QSKIP("../shared/seeds is not available");
    for (const QString &name : names) {
        QFile f(seeds + u'/' + name);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString original = vt::text::nfc(QString::fromUtf8(f.readAll()).replace(u"\r\n"_s, u"\n"_s));
        auto file = readFile(f.fileName());
        QVERIFY2(file, qPrintable(name));
        QCOMPARE(file->kind, u"text"_s); // 001 starts like an old archive format to `file`; the content is text
        QCOMPARE(file->pages.first().encoding, u"UTF-8"_s); // English-model OCR is not mistaken for TCVN3
        QVERIFY2(file->warnings.isEmpty(), qPrintable(name));
        QCOMPARE(file->text(), original);
    }
}

QTEST_MAIN(TestIngest)
#include "tst_ingest.moc"
