// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

/// The values the reader produces: a file becomes pages of text, with line boxes where the layout is known.
/// Plain values, safe to copy across threads.
namespace vt::ingest {

class OcrPool;

/// One line of a page, in reading order. `box` is in page points (1/72 in) from the top-left corner of the page
/// as it is upright (after orientation and skew correction for OCR'd pages); null when unknown (plain text).
struct Line
{
    QString text; ///< NFC
    QRectF box;
    double confidence = 1.0; ///< 0..1; 1 for text layers and text files
};

struct Page
{
    enum Source { PlainText, TextLayer, Ocr };

    int number = 0; ///< 1-based
    Source source = PlainText;
    QString text; ///< NFC, lines separated by '\n', a blank line between blocks of OCR'd text
    QList<Line> lines;
    QSizeF sizePt; ///< page size in points; empty for plain text
    /// The page as scanned or rendered (grey, ReadOptions::imageDpi) for OCR'd pages, upright; null otherwise.
    QImage image;
    double ocrConfidence = 0; ///< Tesseract's mean word confidence, 0..1 (OCR'd pages only)
    int rotation = 0; ///< degrees clockwise the page was turned to be upright (OCR'd pages)
    double skewDegrees = 0; ///< skew removed before OCR
    /// How the text was encoded: "UTF-8", "UTF-16LE", "TCVN3", "VNI", "Windows-1258" for text files; "Unicode",
    /// "TCVN3" or "VNI" for PDF text layers (legacy ones are converted); empty for OCR.
    QString encoding;
};

struct SourceFile
{
    QString path;
    QByteArray sha256; ///< raw digest of the file's bytes
    qint64 size = 0;
    QString kind; ///< "pdf", "image" or "text": what the content is, whatever the extension says
    QList<Page> pages;
    QStringList warnings; ///< one line each, for the user (a damaged page, a converted encoding, …)

    /// All pages' text, separated by form feeds ('\f'), the way the extractor and repair read it.
    QString text() const;
};

struct ReadOptions
{
    qint64 maxFileSize = 200LL * 1024 * 1024; ///< larger files are refused (Error::InvalidArgument)
    QByteArray password; ///< for encrypted PDFs; tried as user and owner password
    QString languages = QStringLiteral("vie"); ///< Tesseract languages, "vie" or "vie+eng"
    QString tessdataPath; ///< empty: Tesseract's default
    int ocrThreads = 0; ///< workers of the OCR pool; 0 = QThread::idealThreadCount()
    int renderDpi = 300; ///< pages without a text layer are rendered at this resolution for OCR
    int imageDpi = 150; ///< resolution of Page::image kept for review; 0 = keep no image
    bool forceOcr = false; ///< OCR every PDF page even when it has a text layer
    bool detectOrientation = true; ///< run Tesseract's OSD on pages that read poorly and turn them upright
    bool deskew = true; ///< measure skew (Leptonica) and straighten pages before OCR
    /// The OCR workers to use; when null, a process-wide pool for these settings (OcrPool::shared). When set, its
    /// own languages, data path, thread count, orientation and deskew settings apply.
    std::shared_ptr<OcrPool> ocrPool;
};

struct ReadProgress
{
    int pagesDone = 0;
    int pageCount = 0;
    int page = 0; ///< the page that just finished (1-based)
    Page::Source source = Page::PlainText;
};

/// Callbacks of one readFile() call. `progress` is called on the calling thread, once per page as pages finish
/// (not necessarily in page order). `isCanceled` is polled from the calling thread and from OCR and render threads,
/// also from inside Poppler's renderer and Tesseract's recogniser, so it must be thread-safe and cheap
/// (an atomic load, QPromise::isCanceled()).
struct ReadHooks
{
    std::function<void(const ReadProgress &)> progress;
    std::function<bool()> isCanceled;

    bool canceled() const { return isCanceled && isCanceled(); }
};

} // namespace vt::ingest
