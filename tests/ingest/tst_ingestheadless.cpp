// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfbytes.h"

#include "ingest/ocrpool.h"
#include "ingest/reader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace vt::ingest;

// The reader as the command line runs it: a QCoreApplication, no QGuiApplication, so no font database.
class TestIngestHeadless : public QObject
{
    Q_OBJECT

private slots:
    void textPageRenderedForOcr();
};

void TestIngestHeadless::textPageRenderedForOcr()
{
    // A page set in an embedded TrueType font, the common case: Poppler's QPainter backend would load it with
    // QRawFont, which crashes without a QGuiApplication; the reader must render such pages with Splash.
    QFile font(u"/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"_s);
    if (!font.open(QIODevice::ReadOnly))
        QSKIP("DejaVu Serif (fonts-dejavu-core) is not installed");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"typed.pdf"_s);
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdfbytes::build(
        {pdfbytes::textContent({"CONG VAN SO 15/UBND-VP", "Kinh gui: So Tai chinh tinh"})}, {}, font.readAll()));
    f.close();
    ReadOptions options;
    options.forceOcr = true;
    options.ocrPool = std::make_shared<OcrPool>(OcrSettings{}, 1);
    auto file = readFile(path, options);
    QVERIFY2(file, qPrintable(file ? QString() : file.error().message));
    QCOMPARE(file->pages.size(), 1);
    QCOMPARE(file->pages[0].source, Page::Ocr);
    QVERIFY2(file->pages[0].text.contains(u"15/UBND-VP"_s), qPrintable(file->pages[0].text));
}

QTEST_GUILESS_MAIN(TestIngestHeadless)
#include "tst_ingestheadless.moc"
