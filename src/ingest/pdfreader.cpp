// SPDX-FileCopyrightText: Văn Thư developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ingest/pdfreader.h"

#include "core/vietnamese.h"
#include "ingest/legacyencoding.h"
#include "ingest/ocrbatch.h"
#include "ingest/readerror.h"
#include "ingest/translate.h"
#include "core/logging.h"

#include <poppler/qt6/poppler-qt6.h>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

namespace vt::ingest {
namespace {

void quietPoppler()
{
    // Poppler reports every syntax error of a damaged file through qDebug, which the CLI shows; the reader reports
    // damage itself, so Poppler's details go to the log at debug level.
    static std::once_flag once;
    std::call_once(once, [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) {
                logging::get("ingest")->debug("poppler: {}", message.toStdString());
            },
            {});
    });
}

std::unique_ptr<Poppler::Document> openPdf(const QByteArray &bytes, const QByteArray &password)
{
    quietPoppler();
    return Poppler::Document::loadFromData(bytes, password, password);
}

bool abortRender(const QVariant &closure)
{
    const auto *isCanceled = reinterpret_cast<const std::function<bool()> *>(closure.value<quintptr>());
    return *isCanceled && (*isCanceled)();
}

// The text layer as lines; `words` receives how many words Poppler found, readable or not (glyphs of a font
// without a Unicode map come back with empty or replacement text).
QList<Line> linesOf(const Poppler::Page &page, const std::function<bool()> &isCanceled = {}, int *words = nullptr)
{
    QList<Line> lines;
    Line current;
    const auto boxes = page.textList(Poppler::Page::Rotate0, &abortRender, QVariant::fromValue(quintptr(&isCanceled)));
    if (words)
        *words = int(boxes.size());
    for (const std::unique_ptr<Poppler::TextBox> &word : boxes) {
        current.text += word->text();
        current.box = current.box.isNull() ? word->boundingBox() : current.box.united(word->boundingBox());
        if (word->nextWord()) {
            if (word->hasSpaceAfter())
                current.text += u' ';
            continue;
        }
        current.text = text::nfc(current.text.trimmed());
        if (!current.text.isEmpty())
            lines.append(std::move(current));
        current = Line{};
    }
    return lines;
}

int visibleChars(const QString &text)
{
    return int(std::count_if(text.cbegin(), text.cend(), [](QChar c) { return !c.isSpace(); }));
}

// A layer worth reading has text, mostly characters a font with a Unicode map gives (a font without one yields
// U+FFFD, private-use or control characters). A thin one (a scanner's footer over a scanned page, a page number)
// may sit on a scan, so such a page is OCR'd as well and the richer reading kept.
enum class Layer { None, Thin, Full };
constexpr int kThinLayerChars = 40;

Layer layerOf(const QList<Line> &lines)
{
    int total = 0, bad = 0;
    for (const Line &line : lines) {
        for (const QChar c : line.text) {
            if (c.isSpace())
                continue;
            ++total;
            bad += c == QChar::ReplacementCharacter || c.category() == QChar::Other_PrivateUse
                || c.category() == QChar::Other_Control;
        }
    }
    if (total == 0 || bad * 5 >= total)
        return Layer::None;
    return total < kThinLayerChars ? Layer::Thin : Layer::Full;
}

QString joined(const QList<Line> &lines)
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const Line &l : lines)
        texts.append(l.text);
    return texts.join(u'\n');
}

bool looksTruncated(const QByteArray &bytes)
{
    return !bytes.right(2048).contains("%%EOF");
}

// Converts the text-layer pages that are TCVN3/VNI mojibake. A page too short to decide on its own follows the
// file, provided it has no Vietnamese letters of its own.
void convertLegacy(QList<Page> &pages, QStringList &warnings, const QString &fileName)
{
    QStringList all;
    for (const Page &p : std::as_const(pages)) {
        if (p.source == Page::TextLayer)
            all.append(p.text);
    }
    const legacy::Encoding fileEncoding = legacy::guessMojibake(all.join(u'\n')).encoding;
    QList<int> converted;
    for (Page &p : pages) {
        if (p.source != Page::TextLayer)
            continue;
        legacy::Encoding enc = legacy::guessMojibake(p.text).encoding;
        if (enc == legacy::Encoding::None && fileEncoding != legacy::Encoding::None) {
            const QString candidate = legacy::fromMojibake(p.text, fileEncoding);
            if (candidate != p.text && legacy::measure(candidate).score() > legacy::measure(p.text).score())
                enc = fileEncoding;
        }
        if (enc == legacy::Encoding::None)
            continue;
        for (Line &line : p.lines)
            line.text = legacy::fromMojibake(line.text, enc);
        p.text = joined(p.lines);
        p.encoding = legacy::name(enc);
        converted.append(p.number);
    }
    if (!converted.isEmpty())
        warnings.append(tr("%1: the text of %2 of %3 pages was in a legacy Vietnamese font encoding (%4) and was "
                           "converted to Unicode; check the accents.")
                            .arg(fileName)
                            .arg(converted.size())
                            .arg(pages.size())
                            .arg(pages[converted.front() - 1].encoding));
}

} // namespace

/// Pixel sizes of the images the file holds. Image XObjects are streams, and streams never sit inside object
/// streams, so their dictionaries can be read from the raw bytes: from the "obj" before "/Image" to "stream".
QList<QSize> imageSizes(const QByteArray &pdf)
{
    static const QRegularExpression subtype(u"/Subtype\\s*/Image\\b"_s);
    static const QRegularExpression width(u"/Width\\s+(\\d+)"_s), height(u"/Height\\s+(\\d+)"_s);
    QList<QSize> sizes;
    const QString text = QString::fromLatin1(pdf);
    for (auto it = subtype.globalMatch(text); it.hasNext();) {
        const qsizetype at = it.next().capturedStart();
        const qsizetype begin = text.lastIndexOf(u" obj"_s, at);
        const qsizetype end = text.indexOf(u"stream"_s, at);
        if (begin < 0 || end < 0 || end - begin > 4096)
            continue;
        const QString dict = text.mid(begin, end - begin);
        const QRegularExpressionMatch w = width.match(dict), h = height.match(dict);
        if (w.hasMatch() && h.hasMatch())
            sizes.append({w.captured(1).toInt(), h.captured(1).toInt()});
    }
    return sizes;
}

/// The resolution a scanned page was made at: that of the page-filling images of the file, when they agree.
/// Rendering a 200 dpi scan at 300 dpi smears its noise into grey blobs that Tesseract reads far worse than the
/// scan itself (on our noisy 200 dpi pages, mean word confidence 77 against 95), so such pages are rendered at
/// their own resolution. 0 when unknown.
int scanResolution(const QList<QSize> &images, QSizeF pagePt)
{
    if (pagePt.isEmpty())
        return 0;
    const double pageAspect = pagePt.width() / pagePt.height();
    double low = 0, high = 0;
    for (const QSize &size : images) {
        if (size.isEmpty())
            continue;
        for (const bool turned : {false, true}) {
            const double w = turned ? size.height() : size.width(), h = turned ? size.width() : size.height();
            if (qAbs(w / h - pageAspect) > 0.02 * pageAspect)
                continue;
            const double dpi = w * 72.0 / pagePt.width();
            low = low == 0 ? dpi : std::min(low, dpi);
            high = std::max(high, dpi);
        }
    }
    if (low == 0 || high > low * 1.05)
        return 0;
    return qRound((low + high) / 2);
}

QList<Line> pdfTextLines(const QByteArray &pdf, int pageIndex)
{
    auto doc = openPdf(pdf, {});
    if (!doc || doc->isLocked())
        return {};
    std::unique_ptr<Poppler::Page> page(doc->page(pageIndex));
    return page ? linesOf(*page) : QList<Line>{};
}

Result<void> readPdf(const QByteArray &bytes, SourceFile &file, const ReadOptions &options, const ReadHooks &hooks,
    const std::shared_ptr<OcrPool> &pool)
{
    const QString name = QFileInfo(file.path).fileName();
    auto doc = openPdf(bytes, options.password);
    if (!doc)
        return fail(Error::Corrupt,
            tr("%1 is a damaged PDF that cannot be opened%2; ask the sender for the file "
               "again.")
                .arg(name, looksTruncated(bytes) ? tr(" (it is cut short)") : QString()));
    if (doc->isLocked()) {
        if (options.password.isEmpty())
            return tl::unexpected(makeFailure(
                Failure::NeedsPassword, tr("%1 is protected by a password; give the password to open it.").arg(name)));
        return tl::unexpected(makeFailure(
            Failure::WrongPassword, tr("The password given for %1 is not correct; check it and try again.").arg(name)));
    }
    const int count = doc->numPages();
    if (count <= 0)
        return fail(
            Error::Corrupt, tr("%1 is a PDF without any readable page; ask the sender for the file again.").arg(name));
    if (looksTruncated(bytes))
        file.warnings.append(
            tr("%1 seems cut short (no end-of-file marker); pages may be missing or incomplete.").arg(name));

    OcrBatch batch(pool, options, hooks, count);
    QList<Page> pages(count);
    QSet<int> thin; // pages with a thin text layer, OCR'd as well
    std::optional<QList<QSize>> images; // the file's image sizes, read at the first scanned page
    for (int i = 0; i < count; ++i) {
        if (hooks.canceled())
            return tl::unexpected(makeFailure(Failure::Canceled, tr("Reading was canceled.")));
        Page &page = pages[i];
        page.number = i + 1;
        std::unique_ptr<Poppler::Page> pp(doc->page(i));
        if (!pp) {
            file.warnings.append(tr("%1: page %2 is damaged and was skipped.").arg(name).arg(i + 1));
            batch.pageDone(page.number, Page::TextLayer);
            continue;
        }
        page.sizePt = pp->pageSizeF();
        int words = 0;
        QList<Line> lines = linesOf(*pp, hooks.isCanceled, &words);
        if (!options.forceOcr) {
            const Layer layer = layerOf(lines);
            if (layer != Layer::None) {
                page.source = Page::TextLayer;
                page.lines = std::move(lines);
                page.text = joined(page.lines);
                page.encoding = u"Unicode"_s;
            }
            if (layer == Layer::Full) {
                batch.pageDone(page.number, Page::TextLayer);
                continue;
            }
            if (layer == Layer::Thin)
                thin.insert(i);
        }
        int dpi = options.renderDpi;
        if (words == 0) {
            if (!images)
                images = imageSizes(bytes);
            // A scan below the rendering resolution is read at its own; finer ones are scaled down as usual.
            const int native = scanResolution(*images, page.sizePt);
            if (native >= 100 && native < dpi)
                dpi = native;
        }
        const QByteArray password = options.password;
        batch.submit(page.number,
            [bytes, password, i, dpi, name, imageOnly = words == 0](
                const std::function<bool()> &isCanceled) -> Result<OcrBatch::Scan> {
                // One Document per job: Poppler documents are not safe to render from several threads at once.
                QElapsedTimer timer;
                timer.start();
                auto own = openPdf(bytes, password);
                std::unique_ptr<Poppler::Page> p(own ? own->page(i) : nullptr);
                if (!p)
                    return fail(Error::Corrupt, tr("%1: page %2 could not be opened.").arg(name).arg(i + 1));
                // A page without any text is a scan: the QPainter backend draws its page-sized image three times
                // faster than Splash (100 vs 350 ms for A4 at 300 dpi), a third of a page's OCR time. Pages that
                // show text go to Splash: the QPainter backend loads fonts through QRawFont, which needs a
                // QGuiApplication (the CLI has none) and crashes without one.
                own->setRenderBackend(
                    imageOnly ? Poppler::Document::QPainterBackend : Poppler::Document::SplashBackend);
                own->setRenderHint(Poppler::Document::Antialiasing);
                own->setRenderHint(Poppler::Document::TextAntialiasing);
                QImage image = p->renderToImage(dpi, dpi, -1, -1, -1, -1, Poppler::Page::Rotate0, nullptr, nullptr,
                    &abortRender, QVariant::fromValue(quintptr(&isCanceled)));
                if (isCanceled && isCanceled())
                    return tl::unexpected(makeFailure(Failure::Canceled, tr("Reading was canceled.")));
                if (image.isNull())
                    return fail(Error::Corrupt, tr("%1: page %2 could not be rendered.").arg(name).arg(i + 1));
                logging::get("ingest")->debug(
                    "{} page {} rendered at {} dpi in {} ms", name.toStdString(), i + 1, dpi, timer.elapsed());
                return OcrBatch::Scan{std::move(image), dpi};
            });
    }
    auto ocrd = batch.finish(file.warnings);
    if (!ocrd)
        return tl::unexpected(ocrd.error());
    for (Page &p : *ocrd) {
        const int index = p.number - 1;
        if (thin.contains(index) && visibleChars(p.text) <= 2 * visibleChars(pages[index].text))
            continue; // the scan holds no more than its text layer says
        const QSizeF size = pages[index].sizePt;
        pages[index] = std::move(p);
        if (pages[index].sizePt.isEmpty())
            pages[index].sizePt = size;
    }
    convertLegacy(pages, file.warnings, name);
    file.pages = std::move(pages);
    return {};
}

} // namespace vt::ingest
